"""Build a two-column (Indonesian | English) HTML document from pairs.
A pair whose Indonesian text starts with '#' is a heading row (h3 in both cells);
'##' makes a title row (h1). Used only to produce corpus DOCX/PDF files."""
import html, sys
def build(title, pairs, out, intro_html="", outro_html=""):
    rows = []
    for a, b in pairs:
        if a.startswith("##"):
            rows.append(f"<tr><td><h1>{html.escape(a[2:].strip())}</h1></td><td><h1>{html.escape(b)}</h1></td></tr>")
        elif a.startswith("#"):
            rows.append(f"<tr><td><h3>{html.escape(a[1:].strip())}</h3></td><td><h3>{html.escape(b)}</h3></td></tr>")
        else:
            rows.append(f"<tr><td><p>{html.escape(a)}</p></td><td><p>{html.escape(b)}</p></td></tr>")
    doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:'Liberation Serif';font-size:11pt}} td{{vertical-align:top;width:50%}} h1{{font-size:13pt;text-align:center}} h3{{font-size:11pt;text-align:center}}</style></head><body>
{intro_html}
<table border="0" cellpadding="4" width="100%">
{chr(10).join(rows)}
</table>
{outro_html}
</body></html>"""
    open(out, "w", encoding="utf-8").write(doc)
