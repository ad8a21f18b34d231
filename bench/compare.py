"""The side-by-side benchmark behind bench/compare.sh (run that, not this).

Usage: compare.py NASKAH WORKDIR RUNS

Every time is the median of RUNS runs of a whole process (start, read, write), measured
from here with a monotonic clock, except "docxtpl, in process": the render and save alone,
timed inside one warm Python process (the anchor's best case). Prints one Markdown table.
"""
import json, os, platform, re, shutil, statistics, subprocess, sys, time
from pathlib import Path

naskah, work, runs = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
root = Path(__file__).resolve().parent.parent
sample = root / "samples" / "denpasar-perth.yaml"
python = sys.executable


def median_ms(cmd, n=runs, ok=(0,)):
    """Median wall time of a command, after one warm-up run; fails loudly if it fails
    (`naskah check` exits 1 when a draft has findings: `ok`)."""
    def once():
        p = subprocess.run(cmd, capture_output=True)
        if p.returncode not in ok:
            sys.exit(f"{' '.join(map(str, cmd))}: exit {p.returncode}\n{p.stderr.decode(errors='replace')}")
    once()
    times = []
    for _ in range(n):
        t = time.perf_counter()
        once()
        times.append((time.perf_counter() - t) * 1e3)
    return statistics.median(times)


def paired_ms(first, second, n=runs, ok=(0,)):
    """Medians of two commands run in turns, one of each at a time: on a host whose load
    moves, both see the same load (run one after the other, n runs each, a change of load
    between the two halves moved a ratio by half)."""
    def once(cmd):
        t = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True)
        if p.returncode not in ok:
            sys.exit(f"{' '.join(map(str, cmd))}: exit {p.returncode}\n{p.stderr.decode(errors='replace')}")
        return (time.perf_counter() - t) * 1e3
    once(first), once(second)
    times = [(once(first), once(second)) for _ in range(n)]
    return statistics.median(a for a, _ in times), statistics.median(b for _, b in times)


def mou_templates(n):
    """A templates folder whose mou.hbs has n articles: the sample's articles repeated, the
    required ones first (as benches/draft.rs)."""
    base = (root / "templates" / "mou.hbs").read_text()
    head, rest = base.split("::clause mou.objective", 1)
    rest = "::clause mou.objective" + rest
    articles, tail = rest.split("::clause mou.closing", 1)
    tail = "::clause mou.closing" + tail
    lines = [l for l in articles.splitlines() if l.strip()]
    required = ["scope", "benefits", "financing", "duration", "dispute", "language"]
    lines.sort(key=lambda l: not any(r in l for r in required))
    body = "".join(lines[i % len(lines)] + "\n" for i in range(n))
    d = work / f"tpl{n}"
    d.mkdir(exist_ok=True)
    (d / "mou.hbs").write_text(head + body + tail)
    return d


def docx_blocks(path):
    """The text of a drafted MoU in reading order: each row of a two-column table as
    (Indonesian, English), each paragraph outside tables as (text, "")."""
    import docx  # python-docx, installed with docxtpl

    doc = docx.Document(str(path))
    body = doc.element.body
    out = []
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
            if text.strip():
                out.append({"id": text, "en": ""})
        elif tag == "tbl":
            for row in child.iter():
                if not row.tag.endswith("}tr"):
                    continue
                cells = [c for c in row if c.tag.endswith("}tc")]
                texts = ["\n".join("".join(t.text or "" for t in p.iter() if t.tag.endswith("}t")) for p in c if p.tag.endswith("}p")) for c in cells]
                texts += ["", ""]
                out.append({"id": texts[0], "en": texts[1]})
    return out


def docxtpl_template(path):
    """A docxtpl template of the same layout: the title, then one two-column table whose
    rows are the MoU's blocks (Indonesian left, English right)."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("{{ title }}")
    table = doc.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "{%tr for b in blocks %}"
    table.cell(1, 0).text = "{{ b.id }}"
    table.cell(1, 1).text = "{{ b.en }}"
    table.cell(2, 0).text = "{%tr endfor %}"
    doc.save(str(path))


DOCXTPL_SCRIPT = """
import json, sys, time
from docxtpl import DocxTemplate
tpl, ctx, out = sys.argv[1], sys.argv[2], sys.argv[3]
n = int(sys.argv[4]) if len(sys.argv) > 4 else 0
context = json.load(open(ctx))
def once():
    doc = DocxTemplate(tpl)
    doc.render(context)
    doc.save(out)
if n == 0:
    once()
else:
    once()
    times = []
    for _ in range(n):
        t = time.perf_counter(); once(); times.append((time.perf_counter() - t) * 1e3)
    times.sort(); print(times[len(times) // 2])
"""


def main():
    (work / "render_docxtpl.py").write_text(DOCXTPL_SCRIPT)
    out = work / "out"
    out.mkdir(exist_ok=True)
    rows = []
    load0 = os.getloadavg()

    def row(case, ms, anchor=None, anchor_ms=None, target=""):
        ratio = f"{anchor_ms / ms:.1f}x" if anchor_ms else ""
        rows.append((case, f"{ms:.1f} ms", anchor or "", f"{anchor_ms:.1f} ms" if anchor_ms else "", ratio, target))
        print(f"  {case}: {ms:.1f} ms" + (f"; {anchor} {anchor_ms:.1f} ms ({ratio})" if anchor_ms else ""), file=sys.stderr, flush=True)

    row("`naskah validate` (sample)", median_ms([naskah, "validate", str(sample)]), target="<= 4 ms")
    for kind in ["loi", "plan", "action-plan", "dprd-letter", "mou"]:
        row(f"draft {kind} (DOCX)", median_ms([naskah, "draft", kind, str(sample), "-o", str(out), "--force"]), target="<= 8 ms")
    row("draft all five (DOCX)", median_ms([naskah, "draft", "all", str(sample), "-o", str(out), "--force"]), target="<= 15 ms")

    per_n = {}
    for n in [10, 100, 1000]:
        tpl = mou_templates(n)
        cmd = [naskah, "draft", "mou", str(sample), "-o", str(out / f"n{n}"), "--templates", str(tpl), "--force"]
        (out / f"n{n}").mkdir(exist_ok=True)
        ms = median_ms(cmd, n=runs if n < 1000 else max(7, runs // 3))
        ctx = work / f"ctx{n}.json"
        json.dump({"title": f"MoU of {n} articles", "blocks": docx_blocks(out / f"n{n}" / "mou.docx")}, open(ctx, "w"))
        template = work / "template.docx"
        docxtpl_template(template)
        dest = work / f"docxtpl{n}.docx"
        script = [python, str(work / "render_docxtpl.py"), str(template), str(ctx), str(dest)]
        inproc = float(subprocess.run(script + [str(max(7, runs // 3))], check=True, capture_output=True, text=True).stdout)
        whole = median_ms(script, n=max(7, runs // 3))
        per_n[n] = ms
        row(f"draft an MoU of {n} articles (DOCX)", ms, "docxtpl 0.20.2, in process", inproc, ">= 5x")
        row(f"draft an MoU of {n} articles (DOCX)", ms, "docxtpl 0.20.2, whole process", whole, ">= 5x")
    rows.append((f"growth, 100 -> 1000 articles", f"x{per_n[1000] / per_n[100]:.1f}", "", "", "", "<= x10"))

    # PDFs: naskah's own, and LibreOffice's of naskah's DOCX (the two-column PDFs naskah and
    # Word-like tools make), checked by naskah and read by pdftotext.
    docs = out / "docs"
    docs.mkdir(exist_ok=True)
    subprocess.run([naskah, "draft", "all", str(sample), "-o", str(docs), "--force"], check=True, capture_output=True)
    pdf_ms = median_ms([naskah, "draft", "all", str(sample), "-o", str(docs), "--format", "pdf", "--force"], n=max(7, runs // 3))
    profile = work / "lo-profile"
    soffice = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", str(work / "lo")]
    docx_files = sorted(str(p) for p in docs.glob("*.docx"))
    lo_ms = median_ms(soffice + docx_files, n=5)
    row("the five documents as PDF", pdf_ms, "LibreOffice 'soffice --convert-to pdf', the five DOCX", lo_ms)

    big = out / "big"
    big.mkdir(exist_ok=True)
    subprocess.run([naskah, "draft", "mou", str(sample), "-o", str(big), "--templates", str(mou_templates(60)), "--format", "both", "--force"], check=True, capture_output=True)
    subprocess.run(soffice[:-1] + [str(big), str(big / "mou.docx")], check=True, capture_output=True)
    # LibreOffice writes big/mou.pdf over naskah's: keep both.
    shutil.move(str(big / "mou.pdf"), str(big / "mou-lo.pdf"))
    subprocess.run([naskah, "draft", "mou", str(sample), "-o", str(big), "--templates", str(mou_templates(60)), "--format", "pdf", "--force"], check=True, capture_output=True)
    for name, what in [("mou.pdf", "naskah's PDF"), ("mou-lo.pdf", "LibreOffice's PDF")]:
        pdf = big / name
        pages = re.search(rb"/Count (\d+)", pdf.read_bytes())
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages = re.search(r"Pages:\s+(\d+)", info).group(1) if "Pages" in info else (pages.group(1).decode() if pages else "?")
        check, text = paired_ms([naskah, "check", str(pdf)], ["pdftotext", str(pdf), str(work / "out.txt")], n=runs, ok=(0, 1))
        row(f"`naskah check`, two-column MoU, {pages} pages, {what}", check, "`pdftotext` on the same file", text, ">= 1x")

    load1 = os.getloadavg()
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    print(f"\n{time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}; "
          f"load average {load0[0]:.2f} before, {load1[0]:.2f} after; medians of {runs} runs (fewer for LibreOffice and the large cases)\n")
    print("| case | naskah | anchor | anchor's time | naskah faster by | target |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")


main()
