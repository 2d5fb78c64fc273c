import pytest

from kmgraph.dates import parse_date


@pytest.mark.parametrize(
    "text, iso",
    [
        ("2017-04-04-13:02:20", "2017-04-04T13:02:20"),
        ("2017-04-04", "2017-04-04"),
        ("๔ เมษายน ๒๕๖๐", "2017-04-04"),
        ("15 มี.ค. 2561", "2018-03-15"),
        ("4/4/2560", "2017-04-04"),
        ("ไม่ระบุ", None),
        ("2017-13-45", None),
    ],
)
def test_dates(text, iso):
    assert parse_date(text) == iso
