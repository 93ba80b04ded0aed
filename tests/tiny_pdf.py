"""A small PDF writer for the tests: pages of lines in Helvetica (WinAnsi), a footer on each page and
a header (text, or a function of the page's number and lines), "\\f" starting a new page. Not pango,
not groff: a layout of its own, for the readers."""
import textwrap


def _escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(paragraphs, width=88, lines_per_page=48, footer="Page {n} of {total}", header=None):
    lines = []
    for para in paragraphs:
        if para == "\f":
            lines.append("\f")
            continue
        lines.extend(textwrap.wrap(para, width) or [""])
        lines.append("")
    pages, page = [], []
    for line in lines:
        if line == "\f" or len(page) >= lines_per_page:
            pages.append(page)
            page = []
            if line == "\f":
                continue
        page.append(line)
    if page:
        pages.append(page)
    total = len(pages)
    body = [None, None, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    page_ids = []
    for n, page in enumerate(pages, 1):
        ops = []
        top = header(n, page) if callable(header) else header
        if top:
            ops += ["BT", "/F1 8 Tf", "56 800 Td", f"({_escape(top)}) Tj", "ET"]
        ops += ["BT", "/F1 10 Tf", "12 TL", "56 760 Td"]
        for line in page:
            ops.append(f"({_escape(line)}) Tj T*")
        ops.append("ET")
        if footer:
            ops += ["BT", "/F1 8 Tf", "270 30 Td", f"({_escape(footer.format(n=n, total=total))}) Tj", "ET"]
        stream = "\n".join(ops).encode("cp1252")
        body.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(body)
        body.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                    b"/Contents %d 0 R >>" % content_id)
        page_ids.append(len(body))
    body[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    body[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in page_ids) + b"] /Count %d >>" % len(page_ids)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(body, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(body) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(body) + 1, xref)
    return bytes(out)
