"""Names no list knows, in damaged records (issue #10, round 3): a repair that reads words by the dictionary would
"fix" such a name into words (มนิภา → มินภา, ทานะกุล → ทำนะกุล, ปนิดา → ปนิด้า) or move a mark onto the honorific
(นายสุวิท → นายุสิวท). Invented names put in the place of the author's name of real damaged fixtures come out as
written; damaged names the lists know are still repaired."""

from __future__ import annotations

import pytest

from kmgraph.model import SourceText
from kmgraph.thai import normalize
from kmgraph.thai.reread import _lexicon
from tests.conftest import FIXTURES

# fixture, the author's name in it, what damage the record shows
RECORDS = {
    "pdfbook_1": (FIXTURES / "wild" / "pdfbook_1.txt", "นางอรุณี ทองสุข"),  # marks moved, in chains
    "pubhtml5_1": (FIXTURES / "wild" / "pubhtml5_1.txt", "นายศุภชัย พรหมสวัสดิ์"),  # the same, sara am dropped
    "markdrop_1": (FIXTURES / "wild-new" / "markdrop_1.txt", "นางสาวพรทิพย ศรีออน"),  # low tone marks dropped
    "pagestart_1": (FIXTURES / "wild-new" / "pagestart_1.txt", "นางสาวกาญจนา แสนคา"),  # sara am dropped
}
# invented names, each with a part no list knows that a repair once changed (in the comment: into what)
INVENTED = [
    ("นางสาวมนิภา ศรีสุข", "มนิภา"),  # มินภา (a move: มิน and ภา are words)
    ("นางสาวภนิดา ชมภู", "ภนิดา"),  # ภินดา
    ("นายกนิษ ศรีทอง", "กนิษ"),  # กินษ
    ("นายสุวิท นาคาวงศ", "สุวิท"),  # นายุสิวท: a mark moved onto the honorific
    ("นายวรกิต ทนิเวศ", "วรกิต"),  # วริกต; วรก็ิต where low marks were dropped
    ("นางสาวปนิดา แก้วมา", "ปนิดา"),  # ปนิด้า
    ("นางสาวจิราภา ทาระพันธ", "ทาระพันธ"),  # ทำระพันธ (sara am read in context)
    ("นายอดิศร ทานะกุล", "ทานะกุล"),  # ทำนะกุล
    ("นางสาวกนกพร จาปาทอง", "จาปาทอง"),  # จำปาทอง (a word of the sara am list in it)
]


def normalized(record: str, name: str) -> str:
    path, author = RECORDS[record]
    text = path.read_text(encoding="utf-8")
    assert author in text
    return normalize(SourceText(path, text.replace(author, name), "utf-8"))[0].text


@pytest.mark.parametrize("name, unknown", INVENTED, ids=[unknown for _, unknown in INVENTED])
@pytest.mark.parametrize("record", list(RECORDS))
def test_an_invented_name_in_a_damaged_record_is_left_as_written(record, name, unknown):
    words, names = _lexicon()
    assert unknown not in words and unknown not in names  # the test's premise: no list knows it
    assert name in normalized(record, name)


@pytest.mark.parametrize("record, damaged, repaired", [
    ("pdfbook_1", "นางสาวปวีณา ทองสขุ", "นางสาวปวีณา ทองสุข"),  # a move that makes a known name
    ("pubhtml5_1", "นายธนากร ศรีสขุ", "นายธนากร ศรีสุข"),
    ("markdrop_1", "นางสาวพรทิพย ศรีออน", "นางสาวพรทิพย์ ศรีอ่อน"),  # the text shows the marks dropped throughout
    ("pagestart_1", "นางสาวกาญจนา แสนคา", "นางสาวกาญจนา แสนคำ"),  # a known name read with sara am
])
def test_a_damaged_name_the_lists_know_is_still_repaired(record, damaged, repaired):
    assert repaired in normalized(record, damaged)
