"""Records in the wild, round 9 of the study (issue #10): tests/fixtures/wild-8 (see its FAMILIES.md and
docs/wild-formats.md) against tests/gold/wild-8.json, held to what each fixture is read right today. The set was two
held-out sets, read once unseen (header facts 0.933 and 0.967) before the reader was fixed on them."""

from __future__ import annotations

from tests.extract.wild_sets import ALL_FACTS, WildSet, set_tests
from tests.extract.wild_sets import all_but as _but

WILD_8 = WildSet("wild-8", score_floor=0.969, header_floor=0.984, read_right={
    "anyflipbook_1": ALL_FACTS,  # P. 12 glued to a centre's one-line form; สวนราชการ ศูนย…; tones dropped; 032-471 – 658
    "bookcover_1": _but("author"),  # model-household cover; the villager's name with marks moved and tones dropped
    "bookcover_2": ALL_FACTS,  # model-household cover; Thai-digit village address; sara am reversed (ตาํบล)
    "centrebook_1": ALL_FACTS,  # anyflip story book; 01 02 03 04 05 strip; marks moved throughout; a centre as owner
    "centrebook_2": ALL_FACTS,  # running head … เล่ม ๒   ๑๗; ภาพ/เรื่อง : NAME over POST สพอ.<district>; ๗ ก.ย. ๖๕
    "districtblog_1": ALL_FACTS,  # Thai weekday dateline with พ.ศ.; ✗ on the options not chosen; ส่วนราชการ office
    "districtblog_2": ALL_FACTS,  # English dateline; KM สพอ.… title line; the chosen หมวดที่ marked by a trailing /
    "docplayer_1": _but("title"),  # transcription with every upper vowel and sara am dropped (น  า for น้ำ)
    "issuu_1": ALL_FACTS,  # running head: office, Thai-digit phone, title, village address and หน้า ๑
    "issuu_2": _but("title", "steps"),  # running head as issuu_1; low tones and the mai tho of น้ำ dropped (นํา)
    "joomla_1": ALL_FACTS,  # เขียนโดย <user> with a Thai weekday date and a C.E. year on the line; ผู้บันทึก lines
    "joomla_2": ALL_FACTS,  # TITLEPDFพิมพ์อีเมล; เขียนโดย Administrator; the office only in a closing line with its phone
    "kmblog_1": ALL_FACTS,  # a provincial office's profile as owner; ชื่อ บล็อก :; เขียนเมื่อ : D ส.ค. YY
    "kmblog_2": _but("steps", "outcomes"),  # a district's profile; the whole form run into one teaser paragraph
    "kmblog_3": ALL_FACTS,  # an office's profile; a closing ผู้เขียน block: name, post and office on their own lines
    "kmwordpress_1": ALL_FACTS,  # By admin, <month> D, YYYY (B.E.); labelled owner; office running into ชื่องาน :
    "kmwordpress_2": ALL_FACTS,  # labels without colons; office running into ชื่องาน :; Posted in … | Leave a comment
    "listing_1": ALL_FACTS,  # counter; TITLE D/M/YYYY | โดย <group> over วันที่ … | อ่าน N ครั้ง; a one-paragraph form
    "news_1": _but("outcomes"),  # a five-item menu bar; Thai weekday date opening the one-paragraph lead; 1) 2) 3)
    "news_2": ALL_FACTS,  # a headline as long as a wrapped line; <district> – 22 ก.พ. 66 dateline; two officers
    "portal_1": ALL_FACTS,  # section line over [ภาพประกอบ] and the title; โดย : … ต าแหน่ง : … วันที่ : on one line
    "portal_2": ALL_FACTS,  # stray “ before the title; labels ending in ->; sara am printed as a space
    "pubhtml5form_1": ALL_FACTS,  # whole numbered form on one line; ตาแหน่ง glued; marks moved; -7- page mark
    "pubhtml5form_2": _but("outcomes"),  # - 7 - / - 8 - page marks; the name run into ตาแหน่ง; two vowels moved
    "scribd_1": ALL_FACTS,  # viewer chrome; ชื่อ-สกุล NAME POST on one line; บันทึก ณ วันที่ ๒๓ ม.ค. ๖๕
    "scribd_2": _but("principles"),  # viewer chrome; marks moved inside labels; the office line running into หลักการ
    "story_1": ALL_FACTS,  # provincial site; English dateline; a group owner inside the story; (Visited N times)
    "story_2": ALL_FACTS,  # เรื่องเล่าจากชุมชน column word over the title; hard line breaks in sentences; a group owner
    "wordform_1": _but("cautions", "outcomes"),  # TIS-620 read as cp1252; tab rows; [X]/[ ] category row; date at end
    "wordform_2": _but("cautions", "outcomes"),  # TIS-620 read as cp1252; tab rows; ■/□ category row; date at end
})


(test_every_fixture_has_its_gold_and_its_facts, test_the_facts_each_fixture_is_read_right_stay_right,
 test_the_whole_set_scores_at_least_its_floors) = set_tests(WILD_8)
