"""Make real documents with real tools: python-docx writes DOCX, LibreOffice converts and exports PDF."""

from __future__ import annotations

import struct
import subprocess
import zlib
from pathlib import Path

import docx
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

THAI_FONT = "Garuda"  # fonts-thai-tlwg


def soffice_convert(soffice: str, inputs: list[Path], target: str, outdir: Path, profile: Path,
                    infilter: str | None = None) -> list[Path]:
    """Convert files with one headless LibreOffice run (its own profile folder); the converted paths."""
    outdir.mkdir(parents=True, exist_ok=True)
    command = [soffice, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", target, "--outdir", str(outdir), *map(str, inputs)]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    extension = target.split(":")[0]
    converted = [outdir / f"{path.stem}.{extension}" for path in inputs]
    missing = [str(path) for path in converted if not path.is_file()]
    if missing:
        raise RuntimeError(f"LibreOffice did not write {missing}")
    return converted


def thai_document() -> docx.document.Document:
    """An empty DOCX whose Normal style uses a Thai font for Thai (complex script) and Latin text."""
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = THAI_FONT
    normal.font.size = Pt(14)
    fonts = normal.element.get_or_add_rPr().find(qn("w:rFonts"))
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), THAI_FONT)
    return document


def add_page_field(paragraph) -> None:
    """Append Word's PAGE field (the current page number) to a paragraph."""
    run = paragraph.add_run()
    for kind in ("begin", "instr", "separate", "shown", "end"):
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = " PAGE "
        elif kind == "shown":
            element = OxmlElement("w:t")
            element.text = "1"
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


def set_header_footer(document, header: str, footer: str) -> None:
    """A running header, and a footer "<footer> <page number>" on every page."""
    section = document.sections[0]
    section.header.paragraphs[0].text = header
    paragraph = section.footer.paragraphs[0]
    paragraph.text = footer + " "
    add_page_field(paragraph)


def add_numbering(document, number_format: str, level_text: str = "%1.") -> str:
    """A new Word list definition (w:abstractNum + w:num) numbering in `number_format`; its numId."""
    numbering = document.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.iterchildren(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.iterchildren(qn("w:num"))]
    abstract_id, num_id = max(abstract_ids, default=0) + 1, max(num_ids, default=0) + 1
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{number_format}"/>'
        f'<w:lvlText w:val="{level_text if level == 0 else "%1.%2."}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (level + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for level in range(2))
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                         f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
    first_num = next(numbering.iterchildren(qn("w:num")), None)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                               f"</w:num>"))
    return str(num_id)


def add_numbered(document, text: str, num_id: str, level: int = 0):
    """A paragraph numbered by Word (w:numPr), its number not typed in the text."""
    paragraph = document.add_paragraph(text)
    properties = paragraph._p.get_or_add_pPr()
    properties.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/>'
                                f"</w:numPr>"))
    return paragraph


def content_control(text: str):
    """An inline content control (w:sdt), as Word forms hold their fill-in fields, showing `text`."""
    return parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="ชื่อ"/></w:sdtPr>'
                     f'<w:sdtContent><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>')


def tracked_insertion(text: str):
    """Text inserted with Word's track changes on (w:ins), not yet accepted."""
    return parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="editor" w:date="2024-01-01T00:00:00Z">'
                     f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>')


def png_grayscale(path: Path, width: int, height: int, pixels: bytes, stride: int) -> Path:
    """Write 8-bit grey pixels (rows of `stride` bytes) as a PNG file."""
    rows = b"".join(b"\x00" + pixels[y * stride:y * stride + width] for y in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 6))
                     + chunk(b"IEND", b""))
    return path


def page_image(pdf: Path, path: Path, scale: float = 1.5) -> Path:
    """Render a PDF's first page (with pypdfium2) to a greyscale PNG: a "scan" of it."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        bitmap = document[0].render(scale=scale, grayscale=True)
        return png_grayscale(path, bitmap.width, bitmap.height, bytes(bitmap.buffer), bitmap.stride)
    finally:
        document.close()


def form_row(line: str) -> tuple[str, str] | None:
    """A header line "label value" as a form's (label, value) row, or None when it is no labelled field with a
    value (the segmenter's own reading of labels decides)."""
    from kmgraph.extract.segment import match_heading

    heading = match_heading(line)
    if heading is None or not heading.value or heading.kind not in FORM_FIELDS:
        return None
    return line[:heading.value_offset].rstrip(" :\t"), line[heading.value_offset:]


FORM_FIELDS = {"title", "author", "category", "date", "phone", "address", "place", "problem_about"}


def add_record(document, text: str, as_form: bool) -> None:
    """A record's lines as paragraphs; with as_form, its runs of labelled header fields as two-column tables
    (label | value), as officers fill in Word forms."""
    rows: list[tuple[str, str]] = []

    def flush() -> None:
        if rows:
            table = document.add_table(rows=len(rows), cols=2)
            for row, (label, value) in zip(table.rows, rows, strict=True):
                row.cells[0].text, row.cells[1].text = label, value
            rows.clear()

    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        row = form_row(line) if as_form else None
        if row:
            rows.append(row)
            continue
        flush()
        document.add_paragraph(line)
    flush()


def write_record_docx(text: str, path: Path, as_form: bool = True) -> Path:
    """One record typed into Word (its header fields as a form table when as_form)."""
    document = thai_document()
    add_record(document, text, as_form)
    document.save(path)
    return path


def write_book_docx(texts: list[str], path: Path, as_form: bool = True) -> Path:
    """A KM book: the records one after another, each on a new page, under a running header and page numbers."""
    from docx.enum.text import WD_BREAK

    document = thai_document()
    set_header_footer(document, "หนังสือรวมองค์ความรู้", "หน้า")
    for number, text in enumerate(texts):
        if number:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        add_record(document, text, as_form)
    document.save(path)
    return path
