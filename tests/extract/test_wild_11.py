"""Records in the wild, round 10 of the study (issue #10): tests/fixtures/wild-11 (see its FAMILIES.md and
docs/wild-formats.md) against tests/gold/wild-11.json, held to what each fixture is read right today. The set was two
held-out sets (38: layouts; 39: damage of two kinds at once), read once unseen (header facts 0.907 and 0.967) before
the reader was fixed on them."""

from __future__ import annotations

from tests.extract.wild_sets import ALL_FACTS, WildSet, set_tests
from tests.extract.wild_sets import all_but as _but

WILD_11 = WildSet("wild-11", score_floor=0.956, header_floor=0.980, read_right={
    "bookcover_1": _but("title", "author", "steps"),  # marks moved with spaces left (ภกูองไชย); tones dropped
    "bookcover_2": ALL_FACTS,  # a pubhtml5 household book; Thai-digit figures; marks moved
    "centreblog_1": ALL_FACTS,  # a centre's Blogspot; Thai dateline; ถอดบทเรียน.. title; * and ** sub-items
    "centrebook_1": ALL_FACTS,  # the story's title over a teaser line (…); running head ๒๓; low tones dropped
    "centrebook_2": ALL_FACTS,  # low tones dropped, sara am as a space (ปมน า); เรื่อง : NAME over POST สพอ.…
    "districtblog_1": ALL_FACTS,  # a heading line (บันทึกความรู้ของสำนักงาน เรื่อง …) over the form's own title
    "districtblog_2": ALL_FACTS,  # a heading line of the fiscal year over the form; Thai dateline
    "docplayer_1": ALL_FACTS,  # TIS-620 shown as Mac Roman, Thai digits too (Ò. Ú.); บันทึก ณ วันที่ at the end
    "issuu_1": ALL_FACTS,  # running head with the title; the title again; spaces after marks
    "issuu_2": _but("steps", "cautions"),  # the document's name over the running head; the mai tho of น้ำ dropped
    "joomla_1": ALL_FACTS,  # เขียนโดย … with the date on one line; the owner named in the first sentence
    "joomla_2": _but("cautions", "outcomes"),  # PDFพิมพ์อีเมล on its own line over the title; ผู้บันทึก NAMEPOST
    "kmblog_1": ALL_FACTS,  # the dateline after the story; the office and phone closing it
    "kmblog_2": ALL_FACTS,  # a district's profile; first-person story; office line then เขียนเมื่อ at the end
    "kmwordpress_1": ALL_FACTS,  # a title split over two lines; ผู้เขียน NAME; labels without colons
    "kmwordpress_2": ALL_FACTS,  # ชื่อ-สกุล, ตำแหน่ง, สังกัด without colons; caution in prose
    "listing_1": ALL_FACTS,  # a category line (หมวด: …) over the teaser; a group owner
    "listing_2": ALL_FACTS,  # TIS-620 read as cp1252; a person owner in the stamp (โดย NAME)
    "news_1": ALL_FACTS,  # headline naming the district head over โพสต์เมื่อ; the head in the lead
    "news_2": ALL_FACTS,  # the headline opening with the officer's name; hashtags at the end
    "pdfbook_1": _but("title", "cautions"),  # Page 14/52 running heads; a title over two lines; low tones dropped
    "portal_1": ALL_FACTS,  # stray “ before the title; sara am printed as a space
    "portal_2": _but("steps"),  # [ภาพประกอบ]; zero-width spaces in the name; sara am printed as a space
    "pubhtml5form_1": _but("title"),  # -12- / -13- page marks; the title with its village address, marks moved
    "pubhtml5form_2": ALL_FACTS,  # the page number alone after the one-line form; marks moved
    "scribd_1": _but("principles"),  # the owner before the title (๑. เจ้าของความรู้, ๒. ชื่อเรื่อง)
    "story_1": ALL_FACTS,  # provincial site; English dateline; a group owner; กลุ่มทำดังนี้ over the steps
    "typedform_1": _but("steps", "cautions", "outcomes"),  # typed form: zero-width spaces, เเ for แ, ☐/☑ options
    "wordform_1": _but("techniques", "cautions", "outcomes"),  # TIS-620 as cp1252; office row first; ผู้บันทึก
    "wordform_2": _but("cautions", "outcomes"),  # TIS-620 as cp1252; ( )/(/) category row; Thai-digit date
})


(test_every_fixture_has_its_gold_and_its_facts, test_the_facts_each_fixture_is_read_right_stay_right,
 test_the_whole_set_scores_at_least_its_floors) = set_tests(WILD_11)
