#!/usr/bin/env python3
"""Time and peak memory of naskah on each class of hostile input (the attack suite's
reproducers, tests/it/hostile.rs), under a 2 GB address-space limit and a time limit.

Usage: python3 benches/attack.py [path/to/naskah]   (default target/release/naskah)

Prints one row per reproducer: exit code, seconds, peak resident memory of naskah and its
workers (GNU time's %M, which includes reaped children), and the first line of stderr.
Then a batch of all of them beside a good draft, and two packets into one folder at once,
a hundred times.
"""
import os, subprocess, sys, tempfile, zlib, io, zipfile, time

NASKAH = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "target/release/naskah")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            z.writestr(name, data)
    return buf.getvalue()


def document(body):
    return f'<w:document {W}><w:body>{body}</w:body></w:document>'


def numbered(start, fmt, text):
    body = document('<w:p><w:r><w:t>NOTA KESEPAHAMAN</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>RUANG LINGKUP</w:t></w:r></w:p>')
    numbering = f'<w:numbering {W}><w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>'
    return docx([("word/document.xml", body), ("word/numbering.xml", numbering)])


def pdf(objects):
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, obj in enumerate(objects):
        offsets.append(len(out))
        out += f"{i + 1} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets:
        out += f"{o:010} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def stream(d, data):
    return f"<< {d} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def page_pdf(contents, extra=b""):
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " + contents + b" /Resources << /Font << /F1 5 0 R >> >> >>",
                extra, FONT])


def pages(n):
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids [{''.join(f'{5 + i} 0 R ' for i in range(n))}] /Count {n} >>".encode(), FONT,
            stream("", b"BT /F1 12 Tf 72 700 Td (Pasal 1 Ruang lingkup kerja sama) Tj ET")]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>"] * n
    return pdf(objs)


CASES = [
    ("docx: upperRoman from 3999999999 (1 KB)", "roman.docx", lambda: numbered("3999999999", "upperRoman", "Pasal %1")),
    ("docx: 1 MB lvlText", "label.docx", lambda: numbered("1", "decimal", "%1" * 500_000)),
    ("docx: 50,000 namespace declarations", "ns.docx", lambda: docx([("word/document.xml", f'<w:document {W}' + "".join(f' xmlns:n{i}="urn:x{i}"' for i in range(50_000)) + '><w:body/></w:document>')])),
    ("docx: 100,000 nested w:p", "deep.docx", lambda: docx([("word/document.xml", document("<w:p>" * 100_000 + "</w:p>" * 100_000))])),
    ("docx: 15 million empty elements", "nodes.docx", lambda: docx([("word/document.xml", document("<a/>" * 15_000_000))])),
    ("pdf: 25 million operators (compressed)", "ops.pdf", lambda: page_pdf(b"4 0 R", stream("/Filter /FlateDecode", zlib.compress(b"q Q " * 25_000_000, 9)))),
    ("pdf: /Contents of a million references", "refs.pdf", lambda: page_pdf(b"[" + b"4 0 R " * 1_000_000 + b"]", stream("", b"BT /F1 12 Tf 72 700 Td (NOTA) Tj ET"))),
    ("pdf: 20,000 one-line pages", "pages.pdf", lambda: pages(20_000)),
    ("pdf: 4,000 one-line pages (read)", "pages4k.pdf", lambda: pages(4_000)),
    ("text: 10 MB of one-letter lines", "lines.txt", lambda: b"a\n" * 5_000_000),
]


def run(args, cwd, limit_s=120):
    cmd = ["sh", "-c", f"ulimit -v 2000000; exec /usr/bin/time -f '%M %e' {NASKAH} " + " ".join(f"'{a}'" for a in args)]
    t = time.time()
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=limit_s)
    except subprocess.TimeoutExpired:
        return None, limit_s, 0, "TIMEOUT"
    took = time.time() - t
    err = p.stderr.decode(errors="replace").strip().splitlines()
    mem_kb = int(err[-1].split()[0]) if err and err[-1].split()[0].isdigit() else 0
    return p.returncode, took, mem_kb, (err[0] if len(err) > 1 else "")


def main():
    d = tempfile.mkdtemp()
    print(f"{'case':45} {'exit':>4} {'s':>6} {'MB':>6}  message")
    batch = os.path.join(d, "batch")
    os.makedirs(batch)
    for title, name, make in CASES:
        path = os.path.join(d, name)
        data = make()
        open(path, "wb").write(data if isinstance(data, bytes) else data.encode())
        os.link(path, os.path.join(batch, name))
        code, took, mem, msg = run(["check", name], d)
        print(f"{title:45} {code!s:>4} {took:6.2f} {mem / 1024:6.0f}  {msg[:110]}")
    # YAML alias bomb.
    open(os.path.join(d, "bomb.yaml"), "w").write('a: &a "' + "x" * 65536 + '"\nb: [' + ", ".join(["*a"] * 40_000) + "]\n")
    code, took, mem, msg = run(["validate", "bomb.yaml"], d)
    print(f"{'yaml: 64 KB scalar aliased 40,000 times':45} {code!s:>4} {took:6.2f} {mem / 1024:6.0f}  {msg[:110]}")
    open(os.path.join(batch, "good.txt"), "w").write("NOTA KESEPAHAMAN\nPasal 1\nRuang Lingkup\nBidang kerja sama meliputi pariwisata.\n")
    code, took, mem, msg = run(["check", "batch", "--format", "json"], d, 600)
    print(f"{'batch of all the above and one good draft':45} {code!s:>4} {took:6.2f} {mem / 1024:6.0f}")
    # Two packets into one folder at once, a hundred times.
    sample = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "samples", "denpasar-perth.yaml"))
    mixed = 0
    t = time.time()
    for i in range(100):
        out = os.path.join(d, f"p{i}")
        ps = [subprocess.Popen([NASKAH, "packet", sample, "-o", out], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(2)]
        codes = sorted(p.wait() for p in ps)
        files = sorted(os.listdir(out))
        if codes != [0, 2] or len(files) != 10 or any(f.startswith(".naskah") for f in os.listdir(d)):
            mixed += 1
    print(f"two packets into one folder at once, 100 times: {mixed} mixed or clobbered ({time.time() - t:.0f} s)")


main()
