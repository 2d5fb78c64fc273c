"""The shared lines are sorted by their UTF-8 bytes (faster): the order must be sorted()'s, code point by code point."""

from kmgraph.build.pipeline import _code_point_order


def test_the_shared_lines_sort_by_bytes_as_sorted_sorts_them():
    lines = ['<https://x/p/ก> <https://x/n> "ข" .', '<https://x/p/a> <https://x/n> "b" .', "\uffff", "\ue000",
             "\ud7ff", "\ud800 lone surrogate", "\U0001f600", "~", "\x7f", "\u0e01\u0e48", "\u0e01", "A", "a", ""]
    assert sorted(lines, key=_code_point_order) == sorted(lines)
    assert sorted(reversed(lines), key=_code_point_order) == sorted(lines)
