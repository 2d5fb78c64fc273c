"""Records in the wild, round 10 of the study (issue #10): tests/fixtures/wild-10 (see its FAMILIES.md and
docs/wild-formats.md) against tests/gold/wild-10.json, held to what each fixture is read right today. The set was two
held-out sets (36: owners of every kind; 37: dates, phones and districts of several provinces), read once unseen
(header facts 0.920 and 0.953) before the reader was fixed on them."""

from __future__ import annotations

from tests.extract.wild_sets import ALL_FACTS, WildSet, set_tests
from tests.extract.wild_sets import all_but as _but

WILD_10 = WildSet("wild-10", score_floor=0.969, header_floor=0.991, read_right={
    "anyflipbook_1": ALL_FACTS,  # a provincial office's book; องค์ความรู เรื่อง “…”; post with a role in brackets
    "blogstory_1": ALL_FACTS,  # provincial blog; first-person story naming its author after ผม; Thai dateline
    "bookcover_1": ALL_FACTS,  # model-household cover; Thai-digit village address; running head with page
    "bookcover_2": _but("steps"),  # a cover with no chrome; marks moved throughout; its steps not found
    "centrebook_1": ALL_FACTS,  # anyflip search banner; marks moved throughout; เรื่อง/ภาพ : ศพช.<province>
    "centrebook_2": ALL_FACTS,  # TIS-620 shown as Mac Roman; a centre's team credit and its phone
    "districtblog_1": ALL_FACTS,  # English dateline; a story closed by เรียบเรียง : NAME over POST สพอ.<district>
    "districtblog_2": ALL_FACTS,  # KM : TITLE; ✗ on หมวดที่ options not chosen; Posted by … at …
    "docplayer_1": _but("title", "steps"),  # a club's form; tone marks dropped (ชือ, พืนฐาน); ประธานชมรม NAME
    "issuu_1": ALL_FACTS,  # running head with the title and its village address; sara am as a space
    "issuu_2": ALL_FACTS,  # no chrome but issuu; running head repeated; low tones dropped (กลุม)
    "joomla_1": _but("outcomes"),  # TIS-620 shown as Mac Roman; Written by / Hits:; จัดทำโดย office with phone
    "joomla_2": ALL_FACTS,  # Flash banner; เขียนโดย Administrator and a Thai weekday date on one line; footer office
    "kmblog_1": _but("outcomes"),  # a post's date beside its title; a villager's story; closing officer credit
    "kmblog_2": ALL_FACTS,  # a district's profile; story with no form; the office and โทร/แฟกซ์ at the end
    "kmwordpress_1": ALL_FACTS,  # a network as owner (เครือข่ายกองทุนแม่ของแผ่นดิน…); ติดต่อ : NAME ประธาน…
    "kmwordpress_2": ALL_FACTS,  # the office, phone 08 9731 4402 and ชื่องาน : on one line
    "listing_1": ALL_FACTS,  # a group owner with its village address; D/M/YYYY stamp (C.E.)
    "listing_2": ALL_FACTS,  # a district's listing; the whole form run into one paragraph; a group owner
    "news_1": ALL_FACTS,  # menu over a headline as long as a wrapped line; Thai-digit dateline (๑๘ ม.ค. ๖๖)
    "news_2": _but("principles"),  # office headline; bullet steps; ข่าว/ภาพ with a Thai-digit phone
    "portal_1": ALL_FACTS,  # the name run into the post (ปานทองนักวิชาการ…) and office on the โดย : line
    "portal_2": _but("steps"),  # English site name; stray “ before the title; sara am printed as a space
    "pubhtml5form_1": ALL_FACTS,  # Page 4/22; the form's labels on one line; low tones dropped
    "pubhtml5form_2": ALL_FACTS,  # -1- glued to the form; marks moved; no PubHTML5 banner
    "scribd_1": ALL_FACTS,  # a story with ผู้เล่าเรื่อง over NAMEPOSTOFFICE glued; sara am dropped (สานักงาน)
    "scribd_2": ALL_FACTS,  # viewer chrome with an upload date; mai tho dropped in labels (ชือองค์ความรู้)
    "story_1": ALL_FACTS,  # a bare story page; the group's phone; Posted on Mon D, YYYY by webmaster at the end
    "wordform_1": _but("cautions", "outcomes"),  # TIS-620 read as cp1252; the owner rows before the title row
    "wordform_2": _but("cautions", "outcomes"),  # TIS-620 read as cp1252; (032) 211846 phone
})


(test_every_fixture_has_its_gold_and_its_facts, test_the_facts_each_fixture_is_read_right_stay_right,
 test_the_whole_set_scores_at_least_its_floors) = set_tests(WILD_10)
