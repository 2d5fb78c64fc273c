"""TIS-620 typed on Windows and shown as Mac Roman (issue #10, round 11): a flipbook's whole text under AnyFlip's
ASCII chrome, its Windows punctuation (“ ” – at 0x93, 0x94, 0x96) shown as characters Mac OS Thai also uses for
its mark variants. Invented record (own words, invented people, a real district/province pair), written by the
real codecs."""

from __future__ import annotations

from kmgraph.readers.mojibake import repair_mojibake
from tests.conftest import read_text_record

CHROME = "AnyFlip\nShare\nDownload PDF\nCreate your own flipbook\n"
THAI = ("องค์ความรู้ เรื่อง “การทำปุ๋ยหมักชีวภาพจากเศษผัก”\n"
        "เจ้าของความรู้ นายประเสริฐ มั่นคง\n"
        "พัฒนากรผู้ประสานงานตำบลโพธิ์ทอง\n"
        "สำนักงานพัฒนาชุมชนอำเภอโคกสำโรง จังหวัดลพบุรี\n"
        "โทร 036 – 412 387\n"
        "ขั้นตอนการทำงาน 1. เก็บเศษผักจากตลาด 2. หมักกับกากน้ำตาล 3. กลับกองทุกสัปดาห์\n")
FLIPBOOK = CHROME + THAI.encode("cp874").decode("mac_roman")


def test_windows_punctuation_in_tis620_shown_as_mac_roman_reads_back_as_punctuation():
    """Regression: ì°“√…î (“การ…”) and ñ (–) were read as Mac OS Thai mark variants, so the quoted title's run was
    not written as Thai and stayed mojibake, and the dash stayed ñ."""
    assert "ì" in FLIPBOOK and "ñ" in FLIPBOOK
    repaired, warnings = repair_mojibake(FLIPBOOK)
    assert repaired == CHROME + THAI  # one character for one: offsets kept
    assert warnings and "Mac Roman" in warnings[0]


def test_the_flipbooks_title_owner_and_phone_read_as_thai(tmp_path):
    """Regression: the title stayed mojibake and the phone (036 ñ 412 387) was lost."""
    record = read_text_record(tmp_path, FLIPBOOK)
    assert record["title"] == "การทำปุ๋ยหมักชีวภาพจากเศษผัก"
    assert record["author"]["name"] == "นายประเสริฐ มั่นคง"
    assert record["phone"] == "036412387"


def test_mac_thai_mark_variants_inside_words_stay_marks():
    """The same characters typed on a Mac are mark variants inside words (ิ of กิน at 0x94 shows as î): they stay
    marks where the words read so."""
    typed = "กินข้าวที่บ้าน".encode("cp874").replace("ิ".encode("cp874"), b"\x94").decode("mac_roman")
    assert "î" in typed
    assert repair_mojibake(typed + "\n" + "การพัฒนาชุมชน".encode("cp874").decode("mac_roman"))[0].startswith("กินข้าว")
