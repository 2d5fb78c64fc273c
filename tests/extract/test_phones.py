"""Thai phone numbers."""

from kmgraph.extract.phones import parse_phone
from kmgraph.model import Text


def test_phone_numbers():
    assert parse_phone(Text("โทรศัพท์ ๐๘๑-๙๙๒๐๓๘๗", 0, 20)).text == "0819920387"
    assert parse_phone(Text("๐๕๕-๗๐๕-๐๓๒", 0, 11)).text == "055705032"
    assert parse_phone(Text("+66 81 234 5678", 0, 15)).text == "0812345678"
    assert parse_phone(Text("ปี 2560", 0, 7)) is None
