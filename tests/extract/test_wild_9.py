"""Records in the wild, round 10 of the study (issue #10): tests/fixtures/wild-9 (see its FAMILIES.md and
docs/wild-formats.md) against tests/gold/wild-9.json, held to what each fixture is read right today. The set was two
held-out sets (34 and 35), read once unseen (header facts 0.973 and 1.000) before the reader was fixed on them."""

from __future__ import annotations

from tests.extract.wild_sets import ALL_FACTS, WildSet, set_tests
from tests.extract.wild_sets import all_but as _but

WILD_9 = WildSet("wild-9", score_floor=0.964, header_floor=0.995, read_right={
    "anyflipbook_1": ALL_FACTS,  # P. 8 glued to a centre's one-line unit form; low tones dropped (องคความรู)
    "blogspot_1": ALL_FACTS,  # provincial Blogspot, English dateline; the story form (ชื่อเรื่อง “…”, เหตุการณ์นี้เกิดขึ้นเมื่อ)
    "bookcover_1": ALL_FACTS,  # model-household cover; marks moved throughout (ความสาํเรจ็ของครวัเรอืนตน้แบบ)
    "bookcover_2": _but("outcomes"),  # cover under a series line; sara am reversed; the outcome with moved marks
    "centrebook_1": ALL_FACTS,  # anyflip story book; low tones dropped; เรียบเรียง : a centre's KM team; P. 14
    "centrebook_2": ALL_FACTS,  # a series' running head … ๒๓; first-person story; เรื่อง : NAME over POST สพอ.…
    "districtblog_1": ALL_FACTS,  # Thai weekday dateline with พ.ศ.; ✗/✓ category options; ส่วนราชการ office
    "districtblog_2": ALL_FACTS,  # ✗ on the options not chosen, the chosen one bare; ๔.๑ numbered steps
    "docplayer_1": ALL_FACTS,  # transcription; the whole form on one line with low tones dropped
    "issuu_1": ALL_FACTS,  # running head: office, Thai-digit phone, title; sara am as nothing; spaces after marks
    "issuu_2": ALL_FACTS,  # the document's name over the running head; spaces after marks (ชุ มชนบ้ าน)
    "joomla_1": ALL_FACTS,  # TITLEPDFพิมพ์อีเมล; เขียนโดย สพอ.<district>; Thai weekday date with a C.E. year
    "joomla_2": ALL_FACTS,  # เขียนโดย Administrator; a group owner told in the story (เรื่องนี้เล่าโดยกลุ่ม…)
    "kmblog_1": ALL_FACTS,  # an office's profile as owner; ชื่อ บล็อก :; เขียนเมื่อ : D ก.ย. YY | อ่าน N
    "kmblog_2": _but("cautions", "outcomes"),  # profile; ผลที่ได้ and ข้อควรระวัง run into their label's line
    "kmwordpress_1": _but("cautions", "outcomes"),  # breadcrumb; labelled owner; outcome in prose; แชร์ต่อ: footer
    "kmwordpress_2": _but("cautions", "outcomes"),  # owner label without a colon; spaced en-dash phone 074 – 781 – 204
    "listing_1": ALL_FACTS,  # UTF-8 read as cp1252; counter; วันที่ D/M/YYYY | อ่าน N ครั้ง; the next teaser
    "news_1": ALL_FACTS,  # โพสต์เมื่อ … | ข่าว/ภาพ : สพอ.… | ผู้เข้าชม on one line; steps 1) 2) 3) in the news
    "news_2": ALL_FACTS,  # a headline as long as a wrapped line; <district> – 14 ธ.ค. 65 dateline
    "portal_1": _but("steps"),  # counter over the section line; sara am printed as a space (ท าสมุด); headings ->
    "portal_2": ALL_FACTS,  # โดย : … ต าแหน่ง : … on one line; ที่อยู่ : office
    "pubhtml5form_1": _but("success_factors"),  # - 11 - page mark; whole form on one line; marks moved
    "pubhtml5form_2": ALL_FACTS,  # -11- glued to the form; marks moved (แบบบนั ทกึ)
    "pubhtml5form_3": ALL_FACTS,  # a page opening mid-form (-4- 6.ผลลัพธ…); low tones and sara am dropped
    "scribd_1": ALL_FACTS,  # viewer chrome; Thai-digit form; ชื่อ-สกุล NAME POST on one line; tones dropped
    "scribd_2": ALL_FACTS,  # viewer chrome; marks moved inside labels and names (ชอื่-สกลุ นางวภิาวดี)
    "story_1": ALL_FACTS,  # provincial site; English dateline … by webmaster; a group owner in the story
    "wordform_1": _but("cautions", "outcomes"),  # TIS-620 read as cp1252; □/■ shown as UTF-8 in cp1252 (â–¡)
    "wordform_2": _but("cautions", "outcomes"),  # TIS-620 read as cp1252; [ ]/[X] category row; date at the end
})


(test_every_fixture_has_its_gold_and_its_facts, test_the_facts_each_fixture_is_read_right_stay_right,
 test_the_whole_set_scores_at_least_its_floors) = set_tests(WILD_9)
