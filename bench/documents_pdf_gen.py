"""Make the PDF benchmark's inputs (``bench/documents_pdf/``) from the articles written for it.

    python bench/documents_pdf_gen.py        # rewrites bench/documents_pdf/*.pdf

The articles (``bench/documents_pdf/articles.jsonl``, invented reports on north-east Syria, English
and Arabic) are the truth; every PDF is made from them with Debian tools, never by the reader's
own code:

- English text PDFs: groff's ``ms`` macros through ``gropdf`` (package ``groff``): justified,
  hyphenated at line ends, one or two columns, a running header (the outlet, a file name) and a
  page-number footer on every page, small pages so an article runs over several.
- Arabic text PDFs: ``pango-view`` (package ``pango1.0-tools``, cairo's PDF output, HarfBuzz
  shaping) with Noto Naskh Arabic (``fonts-noto-core``), a page at a time joined by ``pdfunite``
  (``poppler-utils``), the same running header and footer.
- News-database exports: part A's text exports (``bench/documents/nexis-uni.txt``,
  ``nexis-classic.txt``, ``factiva-codes.txt``; truth in ``bench/documents/truth.json``) printed
  through pango-view (they hold an Arabic article), with a running header and page numbers.
- A clippings file: five of the text PDFs one after another (``clippings.pdf``, pdfunite).
- Scans: each text PDF's pages rendered to 200-dpi greyscale by ``pdftoppm``, given a slight tilt,
  grain and specks (Pillow, seeded: the same files every run) and saved as an image-only PDF:
  ``-scan.pdf`` lightly noisy (the "clean 200-dpi scan" of the goal), ``-noisy.pdf`` more so (for
  the articles marked ``noisy``, to keep the folder small).

Needs: groff, pango1.0-tools, poppler-utils, fonts-noto-core, and Pillow in the venv. Only the
generator needs them; the benchmark and the tests read the committed files.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent / "documents_pdf"
ARABIC_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                 "تشرين الأول", "تشرين الثاني", "كانون الأول"]
ARABIC_OUTLETS = {"North Press Agency": "نورث برس", "Hawar News Agency": "وكالة هاوار", "Enab Baladi": "عنب بلدي"}


def articles() -> list:
    with open(HERE / "articles.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _groff_text(text: str) -> str:
    """A paragraph as groff input: backslashes escaped, a line never read as a request."""
    return "\\&" + text.replace("\\", "\\e")


def _english_date(iso: str, style: int) -> str:
    day = dt.date.fromisoformat(iso)
    return [f"{day.day} {day:%B %Y}", f"{day:%B} {day.day}, {day.year}", f"Published: {iso}"][style % 3]


def groff_source(article: dict, number: int) -> str:
    layout = article["layout"]
    two_columns = layout == "two-column"
    page = {"single": ("4.5i", "6.5i"), "two-column": ("6i", "5.5i"), "report": ("4.5i", "6i")}[layout]
    lines = [
        ".nr PO 0.5i", f".nr LL {float(page[0][:-1]) - 1:.2f}i", f".pl {page[1]}", ".nr HM 0.5i", ".nr FM 0.6i",
        ".nr PS 10" if two_columns else ".nr PS 11", ".nr VS 12p" if two_columns else ".nr VS 13p",
        f".ds LH {article['outlet']}", ".ds CH", f".ds RH {'Field report' if layout == 'report' else 'Press file'}",
        ".ds LF", ".ds CF Page %", ".ds RF",
        ".hy 14", ".kern 0",  # gropdf sets kerned pairs apart ("fiv e"): a glitch of the tool, not of PDFs
        ".LP", ".ps +4", ".vs +4", ".B", _groff_text(article["title"]), ".R", ".ps", ".vs",
        ".LP", _groff_text(f"By {article['author']} | {article['outlet']}"),
        ".LP", _groff_text(_english_date(article["published"], number)),
    ]
    if two_columns:
        lines.append(".2C")
    for paragraph in article["body"].split("\n\n"):
        lines += [".PP", _groff_text(paragraph)]
    # ms prints no header on page 1: name the page as the outlet's PDFs do, then let ms take over.
    return "\n".join(lines) + "\n"


def english_pdf(article: dict, number: int, out: Path) -> None:
    width, length = {"single": ("4.5i", "6.5i"), "two-column": ("6i", "5.5i"), "report": ("4.5i", "6i")}[article["layout"]]
    pdf = subprocess.run(["groff", "-ms", "-Tpdf", f"-P-p{length},{width}"], input=groff_source(article, number).encode(),
                         capture_output=True, check=True).stdout
    out.write_bytes(pdf)


def _arabic_date(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"تاريخ النشر: {day.day} {ARABIC_MONTHS[day.month - 1]} {day.year}"


def arabic_pages(article: dict, lines_per_page: int = 16, width: int = 52) -> list:
    """The article's lines, a page each: title, byline, date, then the paragraphs wrapped at
    ``width`` characters with a blank line between them."""
    lines = [article["title"], f"كتب: {article['author']}", _arabic_date(article["published"]), ""]
    for paragraph in article["body"].split("\n\n"):
        lines += textwrap.wrap(paragraph, width) + [""]
    while lines and not lines[-1]:
        lines.pop()
    return [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)]


def arabic_pdf(article: dict, out: Path, tmp: Path) -> None:
    outlet = ARABIC_OUTLETS.get(article["outlet"], article["outlet"])
    pages = arabic_pages(article)
    files = []
    for n, body in enumerate(pages, 1):
        padded = body + [""] * (16 - len(body))
        text = "\n".join([f"{outlet} — ملف صحفي", ""] + padded + ["", f"صفحة {n}"])
        page = tmp / f"{out.stem}-{n}.pdf"
        source = tmp / f"{out.stem}-{n}.txt"
        source.write_text(text, encoding="utf-8")
        subprocess.run(["pango-view", "-q", "--font=Noto Naskh Arabic 12", "--width=360", "--margin=36",
                        "--rtl", "--align=left", f"--output={page}", str(source)], check=True)
        files.append(str(page))
    if len(files) == 1:
        out.write_bytes(Path(files[0]).read_bytes())
    else:
        subprocess.run(["pdfunite", *files, str(out)], check=True)


def scan(pdf: Path, out: Path, tmp: Path, *, noise: float, specks: int, seed: int) -> None:
    """Each page as a 200-dpi greyscale image with a tilt, grain and specks, in an image-only PDF."""
    from PIL import Image, ImageFilter

    prefix = tmp / pdf.stem
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(prefix)], check=True)
    rng = random.Random(seed)
    images = []
    for page in sorted(tmp.glob(f"{pdf.stem}-*.png")):
        image = Image.open(page).convert("L")
        image = image.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, expand=False, fillcolor=255)
        grain = Image.effect_noise(image.size, noise)  # centred on 128
        image = Image.blend(image, grain, 0.12 if noise else 0.0).point(lambda v: min(255, int(v * 1.1)))
        pixels = image.load()
        for _ in range(specks):
            x, y = rng.randrange(image.width), rng.randrange(image.height)
            for dx in range(rng.randint(1, 3)):
                for dy in range(rng.randint(1, 3)):
                    if x + dx < image.width and y + dy < image.height:
                        pixels[x + dx, y + dy] = 30
        images.append(image.filter(ImageFilter.GaussianBlur(0.3)))
        page.unlink()
    images[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=images[1:], quality=80)


EXPORTS = ("nexis-uni.txt", "nexis-classic.txt", "factiva-codes.txt")  # part A's, bench/documents/
# A clippings file: these articles' PDFs one after another (pdfunite), each from a new page.
CLIPPINGS = ("en-alhol-water", "en-roj-repatriation", "ar-roj-children", "en-hajin-return", "en-camps-report")


def export_pdf(source: Path, out: Path, tmp: Path, lines_per_page: int = 40) -> None:
    """A news database's export printed to PDF by pango-view (its Arabic articles too): each
    paragraph of the text export wrapped at 80 characters, a blank line between paragraphs, a
    running header and "Page N" footers, as the databases' own PDFs have."""
    lines = []
    for paragraph in source.read_text(encoding="utf-8").splitlines():
        if paragraph.strip():
            lines += textwrap.wrap(paragraph.strip(), 80) + [""]
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    files = []
    for n, body in enumerate(pages, 1):
        text = "\n".join(["Results list    Downloaded 2024-05-02", ""] + body + [""] * (lines_per_page - len(body))
                         + ["", f"Page {n}"])
        page_source = tmp / f"{out.stem}-{n}.txt"
        page_source.write_text(text, encoding="utf-8")
        page = tmp / f"{out.stem}-{n}.pdf"
        subprocess.run(["pango-view", "-q", "--font=DejaVu Serif 9", "--width=460", "--margin=40",
                        f"--output={page}", str(page_source)], check=True)
        files.append(str(page))
    subprocess.run(["pdfunite", *files, str(out)], check=True)


def main() -> int:
    exports = HERE.parent / "documents"
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        for name in EXPORTS:
            if (exports / name).exists():
                export_pdf(exports / name, HERE / (Path(name).stem + ".pdf"), tmp)
        for number, article in enumerate(articles()):
            out = HERE / f"{article['file']}.pdf"
            if article["language"] == "ar":
                arabic_pdf(article, out, tmp)
            else:
                english_pdf(article, number, out)
            scan(out, HERE / f"{article['file']}-scan.pdf", tmp, noise=40, specks=60, seed=number)
            if article.get("noisy"):
                scan(out, HERE / f"{article['file']}-noisy.pdf", tmp, noise=120, specks=600, seed=100 + number)
            print(out.name, file=sys.stderr)
    subprocess.run(["pdfunite", *(str(HERE / f"{name}.pdf") for name in CLIPPINGS), str(HERE / "clippings.pdf")],
                   check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
