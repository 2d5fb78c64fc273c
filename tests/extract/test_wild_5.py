"""Records in the wild, round 6 of the study (issue #10): tests/fixtures/wild-5 (see its FAMILIES.md and
docs/wild-formats.md) against tests/gold/wild-5.json, held to what each fixture is read right today. The set was two
held-out sets, read once unseen (header facts 0.973 and 0.940) before the reader was fixed on them."""

from __future__ import annotations

from tests.extract.wild_sets import ALL_FACTS, WildSet, set_tests
from tests.extract.wild_sets import all_but as _but

WILD_5 = WildSet("wild-5", score_floor=0.94, header_floor=0.996, read_right={
    "anyflipbook_1": ALL_FACTS,  # private-use tone glyphs; องค์ความรู้ เรื่อง “…”; P. N marks
    "anyflipbook_2": ALL_FACTS,  # private-use tone glyphs; องค์ความรู้ เรื่อง “…”; P. N marks
    "blogspot_1": ALL_FACTS,  # Thai weekday dateline; blog name and tagline over the date header
    "blogspot_2": ALL_FACTS,  # Thai weekday dateline; blog name and tagline over the date header
    "bookcover_1": _but("steps", "success_factors"),  # a cover title over two lines; villager owner; damaged marks
    "bookcover_2": _but("steps"),  # a cover title over two lines; villager owner; damaged marks
    "centrebook_1": ALL_FACTS,  # a centre's story book; running head with เล่ม N; credit เรื่อง/ภาพ : CENTRE
    "centrebook_2": ALL_FACTS,  # a centre's story book; running head with เล่ม N; credit เรื่อง/ภาพ : CENTRE
    "districtblog_1": ALL_FACTS,  # English dateline; Thai-digit unit form; ✓ category; office under ส่วนราชการ
    "issuu_1": _but("steps", "cautions"),  # running heads; tone marks dropped by a font; upload stamp no date
    "issuu_2": _but("title"),  # running heads; tone marks dropped by a font; upload stamp no date
    "joomla_1": _but("techniques"),  # TITLE PDF พิมพ์ อีเมล; ฮิต: N counter
    "joomla_2": ALL_FACTS,  # TITLE PDF พิมพ์ อีเมล; ฮิต: N counter
    "kmblog_1": ALL_FACTS,  # KM-blog profile owner; เขียนเมื่อ D ม.ค. YY
    "kmblog_2": ALL_FACTS,  # KM-blog profile owner; เขียนเมื่อ D ม.ค. YY
    "kmwordpress_1": _but("cautions", "principles"),  # By admin, <month> D, YYYY; value runs into ชื่องาน
    "kmwordpress_2": ALL_FACTS,  # By admin, <month> D, YYYY; value runs into ชื่องาน
    "listing_1": ALL_FACTS,  # a listing page; counter line; owner group in the outcomes
    "listing_2": _but("steps", "outcomes"),  # a listing page; counter line; owner group in the outcomes
    "news_1": _but("outcomes"),  # news dateline; officer run into the lead; ข่าว/ภาพ credit
    "news_2": ALL_FACTS,  # news dateline; officer run into the lead; ข่าว/ภาพ credit
    "portal_1": ALL_FACTS,  # portal category line; timestamp; stray quote
    "portal_2": _but("outcomes"),  # portal category line; timestamp; stray quote
    "pubhtml5form_1": _but("steps"),  # one-line form; marks moved; sara am dropped
    "pubhtml5form_2": _but("outcomes"),  # one-line form; marks moved; sara am dropped
    "scribd_1": _but("principles"),  # scribd chrome; numbered Thai-digit form; office running into หลักการ
    "scribd_2": _but("principles"),  # scribd chrome; numbered Thai-digit form; office running into หลักการ
    "story_1": ALL_FACTS,  # a group named in the story with its district; site header not the owner
    "wordform_1": _but("cautions", "outcomes"),  # Word form as text; tabs; ■/□ or [/] category; mojibake
    "wordform_2": _but("cautions"),  # Word form as text; tabs; ■/□ or [/] category; mojibake
})


(test_every_fixture_has_its_gold_and_its_facts, test_the_facts_each_fixture_is_read_right_stay_right,
 test_the_whole_set_scores_at_least_its_floors) = set_tests(WILD_5)
