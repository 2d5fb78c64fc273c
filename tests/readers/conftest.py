"""Documents made once per test session by real tools (python-docx, LibreOffice), shared by the reader tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx.enum.text import WD_BREAK
from docx.shared import Inches

from tests.readers import makers
from tests.servers import need

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_5796a825079509ea.txt"
HEADER = "สำนักงานพัฒนาชุมชนจังหวัดลำปาง รายงานองค์ความรู้ประจำปี ๒๕๖๗"
FOOTER = "เอกสารภายใน หน้า"
PASSWORD = "geheim"
# A phrase, and the same phrase as a legacy Thai font's private-use glyphs spell it (tone marks shifted left
# or down, ญ and ฐ without their descenders).
THAI_PHRASE = "ปั้นดินเผา ที่นี่ ใหญ่ ฐาน ปู่"
# Names ending in ดิ์/ธิ์ whose thanthakhat LibreOffice's Garuda export puts late in the text layer: after the next
# word's first letter, after a later word, or at the end of the line.
LATE_MARK_LINES = [
    "ชื่อ-สกุล นายอุบลศักดิ์ ภูจ่าพล ตำแหน่ง : นักวิชาการพัฒนาชุมชน",
    "โดย นายรุสดี โตมรศักดิ์ ตำแหน่ง : นักพัฒนา",
    "นายสมศักดิ์ ใจดี",
    "ประสิทธิ์ ทองดี",
    "ศักดิ์สิทธิ์ วงศ์ใหญ่",
]
THAI_PHRASE_PRIVATE_USE = "ป\uf710\uf714นดินเผา ท\uf702\uf713น\uf702\uf713 ให\uf70f\uf70a \uf700าน ป\uf719\uf70a"


@dataclass(frozen=True)
class Made:
    """The files made for the session."""

    folder: Path
    seed_docx: Path
    seed_pdf: Path
    forms_docx: Path
    forms_pdf: Path
    private_use_pdf: Path
    late_marks_pdf: Path
    scanned_pdf: Path
    mixed_pdf: Path
    book_pdf: Path
    encrypted_pdf: Path
    libreoffice_docx: Path
    forms_odt: Path
    seed_odt: Path


FORMS_HEADER = "หัวกระดาษของแบบฟอร์ม"
FORMS_FOOTER = "ท้ายกระดาษของแบบฟอร์ม"
# The lines the forms document must read as: Word numbering rendered, tables flattened, in document order.
FORMS_LINES = [
    "บันทึกองค์ความรู้",
    "1. ศึกษาแนวทางการดำเนินโครงการ",
    "2. กำหนดแผนการดำเนินงาน",
    "3. ประสานผู้นำชุมชน",
    "ชื่อองค์ความรู้: เทคนิคการสร้างและพัฒนาผู้นำ",
    "ชื่อเจ้าของความรู้: นางสุภาพ รัตน์สุภาพงค์",
    "ตำแหน่ง: นักวิชาการพัฒนาชุมชนชำนาญการ",
    "๑. ข้อพึงระวัง",
    "๑.๑. คัดเลือกปราชญ์ชุมชนให้เหมาะสม",
    "๑.๒. ติดตามอย่างต่อเนื่อง",
    "๒. ปัจจัยแห่งความสำเร็จ",
    "- การมีส่วนร่วม",
    "ลำดับ | ขั้นตอน | ผู้รับผิดชอบ",
    "1 | จัดเวทีประชุม | พัฒนากร",
    "2 | ฝึกอาชีพ | วิทยากร",
    "ผู้บันทึก: นางสุภาพ รัตน์สุภาพงค์ (สำนักงานพัฒนาชุมชนอำเภอเสริมงาม)",
    "จบบันทึก",
]


def write_forms_docx(path: Path) -> Path:
    """A Word form like the officers': Word-numbered steps, a label/value table, Thai numbering, a steps table."""
    document = makers.thai_document()
    makers.set_header_footer(document, FORMS_HEADER, FORMS_FOOTER)
    document.add_paragraph("บันทึกองค์ความรู้")
    for text in ("ศึกษาแนวทางการดำเนินโครงการ", "กำหนดแผนการดำเนินงาน", "ประสานผู้นำชุมชน"):
        document.add_paragraph(text, style="List Number")
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("ชื่อองค์ความรู้", "เทคนิคการสร้างและพัฒนาผู้นำ"),
                                                ("ชื่อเจ้าของความรู้", "นางสุภาพ รัตน์สุภาพงค์"),
                                                ("ตำแหน่ง", "นักวิชาการพัฒนาชุมชนชำนาญการ")], strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    thai = makers.add_numbering(document, "thaiNumbers")
    makers.add_numbered(document, "ข้อพึงระวัง", thai)
    makers.add_numbered(document, "คัดเลือกปราชญ์ชุมชนให้เหมาะสม", thai, level=1)
    makers.add_numbered(document, "ติดตามอย่างต่อเนื่อง", thai, level=1)
    makers.add_numbered(document, "ปัจจัยแห่งความสำเร็จ", thai)
    document.add_paragraph("การมีส่วนร่วม", style="List Bullet")
    steps = document.add_table(rows=3, cols=3)
    for row, cells in zip(steps.rows, [("ลำดับ", "ขั้นตอน", "ผู้รับผิดชอบ"), ("1", "จัดเวทีประชุม", "พัฒนากร"),
                                       ("2", "ฝึกอาชีพ", "วิทยากร")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    form_field = document.add_paragraph("ผู้บันทึก: ")
    form_field.paragraph_format.tab_stops.add_tab_stop(Inches(3))  # a tab stop is no tab character
    form_field._p.append(makers.content_control("นางสุภาพ รัตน์สุภาพงค์"))
    form_field._p.append(makers.tracked_insertion(" (สำนักงานพัฒนาชุมชนอำเภอเสริมงาม)"))
    document.add_paragraph("จบบันทึก")
    document.save(path)
    return path


def write_seed_docx(path: Path, seed: Path = SEED) -> Path:
    """The seed record typed into Word, one paragraph per line, with a running header and page numbers."""
    document = makers.thai_document()
    makers.set_header_footer(document, HEADER, FOOTER)
    for line in seed.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(path)
    return path


BOOK_RECORDS = 3


def write_book_docx(path: Path) -> Path:
    """A KM book: short records, one a page, each opening with the form's title, under a running header."""
    document = makers.thai_document()
    makers.set_header_footer(document, HEADER, FOOTER)
    for number in range(1, BOOK_RECORDS + 1):
        document.add_paragraph("บันทึกองค์ความรู้")
        document.add_paragraph(f"๑. ชื่อองค์ความรู้ การออมทรัพย์ เรื่องที่ {number}")
        document.add_paragraph("๒. ชื่อเจ้าของความรู้ นางสุภาพ รัตน์สุภาพงค์").add_run().add_break(WD_BREAK.PAGE)
    document.save(path)
    return path


LIBREOFFICE_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>แบบฟอร์ม</title></head><body>
<p>บันทึกองค์ความรู้</p>
<ol><li>ศึกษาแนวทาง</li><li>ประสานผู้นำ</li><li>จัดเวทีประชุม</li></ol>
<ul><li>ข้อสังเกต</li></ul>
<table border="1"><tr><td>ชื่อเจ้าของความรู้</td><td>นางสุภาพ รัตน์สุภาพงค์</td></tr>
<tr><td>ตำแหน่ง</td><td>นักวิชาการพัฒนาชุมชน</td></tr></table>
<p>จบ</p></body></html>
"""


@pytest.fixture(scope="session")
def made(tmp_path_factory) -> Made:
    soffice = need("soffice")
    folder = tmp_path_factory.mktemp("documents")
    profile = folder / "libreoffice-profile"
    seed_docx = write_seed_docx(folder / "seed.docx")
    forms_docx = write_forms_docx(folder / "forms.docx")
    private_use = makers.thai_document()
    private_use.add_paragraph(THAI_PHRASE_PRIVATE_USE)
    private_use_docx = folder / "private_use.docx"
    private_use.save(private_use_docx)
    book_docx = write_book_docx(folder / "book.docx")
    late_marks = makers.thai_document()
    for line in LATE_MARK_LINES:
        late_marks.add_paragraph(line)
    late_marks_docx = folder / "late_marks.docx"
    late_marks.save(late_marks_docx)
    seed_pdf, forms_pdf, private_use_pdf, book_pdf, late_marks_pdf = makers.soffice_convert(
        soffice, [seed_docx, forms_docx, private_use_docx, book_docx, late_marks_docx], "pdf", folder / "pdf", profile)

    scan = makers.page_image(seed_pdf, folder / "scan.png")
    scanned = makers.thai_document()
    scanned.add_picture(str(scan))
    scanned_docx = folder / "scanned.docx"
    scanned.save(scanned_docx)
    mixed = makers.thai_document()
    mixed.add_paragraph("บันทึกองค์ความรู้").add_run().add_break(WD_BREAK.PAGE)
    mixed.add_picture(str(scan))
    mixed_docx = folder / "mixed.docx"
    mixed.save(mixed_docx)
    scanned_pdf, mixed_pdf = makers.soffice_convert(soffice, [scanned_docx, mixed_docx], "pdf", folder / "pdf",
                                                    profile)

    options = {"EncryptFile": {"type": "boolean", "value": "true"},
               "DocumentOpenPassword": {"type": "string", "value": PASSWORD}}
    (encrypted_pdf,) = makers.soffice_convert(soffice, [seed_docx], f"pdf:writer_pdf_Export:{json.dumps(options)}",
                                              folder / "encrypted", profile)

    html = folder / "libreoffice.html"
    html.write_text(LIBREOFFICE_HTML, encoding="utf-8")
    (libreoffice_docx,) = makers.soffice_convert(soffice, [html], "docx:MS Word 2007 XML", folder / "docx",
                                                 profile, infilter="HTML (StarWriter)")
    forms_odt, seed_odt = makers.soffice_convert(soffice, [forms_docx, seed_docx], "odt", folder / "odt", profile)
    return Made(folder, seed_docx, seed_pdf, forms_docx, forms_pdf, private_use_pdf, late_marks_pdf, scanned_pdf,
                mixed_pdf, book_pdf, encrypted_pdf, libreoffice_docx, forms_odt, seed_odt)
