"""Records in the wild, round 7 of the study (issue #10): tests/fixtures/wild-6 (see its FAMILIES.md and
docs/wild-formats.md) against tests/gold/wild-6.json, held to what each fixture is read right today. The set was two
held-out sets, read once unseen (header facts 0.953 and 0.920) before the reader was fixed on them."""

from __future__ import annotations

from tests.extract.wild_sets import ALL_FACTS, WildSet, set_tests
from tests.extract.wild_sets import all_but as _but

WILD_6 = WildSet("wild-6", score_floor=0.97, header_floor=0.99, read_right={
    "anyflipbook_1": ALL_FACTS,  # องค์ความรู้ เรื่อง “…”; a CDD centre as owner; spaced en-dash phone
    "anyflipbook_2": ALL_FACTS,  # องค์ความรู้ เรื่อง “…”; a CDD centre as owner; spaced en-dash phone
    "blogstory_1": _but("principles"),  # a group owner named in the first paragraph with its district
    "bookcover_1": ALL_FACTS,  # title over two lines; a villager or model leader as owner
    "bookcover_2": ALL_FACTS,  # title over two lines; a villager or model leader as owner
    "centrebook_1": ALL_FACTS,  # running head … เล่ม ๓   ๒๑
    "districtblog_1": ALL_FACTS,  # English dateline; KM : title; Thai-digit unit form with ✓/☐ category
    "districtblog_2": ALL_FACTS,  # English dateline; KM : title; Thai-digit unit form with ✓/☐ category
    "docplayer_1": _but("title", "steps", "outcomes"),  # running head with the office; tones dropped
    "issuu_1": _but("cautions"),  # running head with the office and a Thai-digit phone; tones dropped
    "joomla_1": ALL_FACTS,  # PDF พิมพ์ อีเมล glued to the title; เขียนโดย Administrator
    "joomla_2": ALL_FACTS,  # PDF พิมพ์ อีเมล glued to the title; เขียนโดย Administrator
    "kmblog_1": ALL_FACTS,  # an office's profile as owner; ชื่อ บล็อก :; เขียนเมื่อ : D ส.ค. YY
    "kmblog_2": ALL_FACTS,  # an office's profile as owner; ชื่อ บล็อก :; เขียนเมื่อ : D ส.ค. YY
    "kmwordpress_1": _but("principles"),  # By admin, <Thai month> D, YYYY (B.E. year)
    "kmwordpress_2": ALL_FACTS,  # By admin, <Thai month> D, YYYY (B.E. year)
    "listing_1": ALL_FACTS,  # visitor counter; D มี.ค. YYYY | โดย NAME; a form run into one paragraph
    "listing_2": ALL_FACTS,  # visitor counter; D มี.ค. YYYY | โดย NAME; a form run into one paragraph
    "news_1": ALL_FACTS,  # <district> – D ม.ค. YY dateline; พัฒนาการอำเภอ run into the lead
    "news_2": ALL_FACTS,  # <district> – D ม.ค. YY dateline; พัฒนาการอำเภอ run into the lead
    "oldsite_1": ALL_FACTS,  # ผู้บันทึก label; post พัฒนาการอำเภอ<district>
    "portal_1": ALL_FACTS,  # category line above the title, stray “ before it, โดย : byline, portal time
    "portal_2": ALL_FACTS,  # category line above the title, stray “ before it, โดย : byline, portal time
    "pubhtml5form_1": ALL_FACTS,  # whole numbered form on one line; ตำแหน่ง glued to the name; marks moved
    "pubhtml5form_2": _but("title"),  # whole numbered form on one line; ตำแหน่ง glued to the name; marks moved
    "scribd_1": ALL_FACTS,  # viewer chrome; Thai-digit numbered form; marks moved inside labels
    "scribdcentre_1": ALL_FACTS,  # viewer chrome; Thai-digit numbered form; marks moved inside labels
    "story_1": ALL_FACTS,  # a group owner named in the first paragraph with its district
    "wordform_1": _but("cautions", "outcomes"),  # tab rows; ■/□ or ☐/☑ category row; form feed; date alone at the end
    "wordform_2": ALL_FACTS,  # tab rows; ■/□ or ☐/☑ category row; form feed; date alone at the end
})


(test_every_fixture_has_its_gold_and_its_facts, test_the_facts_each_fixture_is_read_right_stay_right,
 test_the_whole_set_scores_at_least_its_floors) = set_tests(WILD_6)
