"""The label matcher's quick paths (the candidates chosen from a line's first letters, the text offset found
without a CompactMap) give what the whole window's key and its map give."""

import pytest

from kmgraph.extract.letters import _SKELETON_TABLE, lexicon_prefix, skeleton, skeleton_key, skeleton_pair
from kmgraph.extract.segment import (
    LABEL_WINDOW,
    _candidates,
    _label_end,
    _label_matches,
    _skeleton_candidates,
    _text_end,
    labels,
)
from kmgraph.thai import CompactMap, compact

SPACED = ["ชื่อ องค์ความรู้ : การทำปุ๋ย", "ชื่อ\u00a0\u00a0องค์ ความ รู้", "ผู้ บันทึก นาง สมศรี", "๑.  ชื่อเรื่อง x",
          "ช ื่ อ อ ง ค์ ค ว า ม รู้ spaced far apart beyond the twenty-four characters of the head", "", "   ",
          "วิธีการ/ขั้นตอน การทำงาน", "ปัจจัยแห่งความสำเร็จ คือ ความร่วมมือ"]


def test_text_end_is_the_compact_maps() -> None:
    for text in SPACED + [label.text for label in labels()]:
        key = compact(text)
        for size in range(1, len(key) + 1):
            assert _text_end(text, size) == CompactMap(text).to_text(size - 1) + 1, (text, size)


def _matches_by_whole_window(rest: str) -> list[tuple[object, int]]:
    """The matcher as it was: every line's whole window compacted, offsets through a CompactMap."""
    window = rest[:LABEL_WINDOW]
    rest_key = compact(window)
    found = [(label, CompactMap(window).to_text(size - 1) + 1 if size <= len(rest_key) else len(rest))
             for label in _candidates(rest_key) if (size := _label_end(rest_key, label)) is not None]
    return found + _skeleton_candidates(window)


def test_candidates_from_the_head_are_the_windows() -> None:
    texts = SPACED + [label.text + " ต่อ" for label in labels()] + ["  " + label.text[:1] + " " + label.text[1:]
                                                                   for label in labels()]
    for text in texts:
        assert list(_label_matches(text)) == _matches_by_whole_window(text), text
    assert any(label.key == compact("ชื่อองค์ความรู้") for label, _ in _label_matches(SPACED[4]))


def test_skeleton_pair_is_the_keys_first_two_letters() -> None:
    texts = SPACED + [label.text for label in labels()] + ["", "ก", " ำ-", "\x00x", "ก ำ", "๑๒3", "ชอื่ -สกลุ",
                                                            "ต่ ำ แ", "– ๙ ก", "่้ ์"]
    for text in texts:
        head = skeleton_key(text[:12])[:2]
        assert skeleton_pair(text[:12]) == (head if len(head) == 2 else None), text


def test_skeleton_key_is_the_tables() -> None:
    """skeleton_key by regex and replace gives what the translate table gives, over every character of the
    Basic Multilingual Plane's first 0x3100 and the labels."""
    every = "".join(map(chr, range(1, 0x3100)))
    for text in [every, every[::-1], "ก\u0e33\u0e33 ๑-๒ ข"] + [label.text for label in labels()]:
        assert skeleton_key(text) == text.translate(_SKELETON_TABLE)


def test_skeleton_offsets_worked_out_as_asked_are_the_whole_index() -> None:
    for text in SPACED + [label.text + " \\x00 ก่ ำ" for label in labels()]:
        whole = skeleton(text).index
        shape = skeleton(text)
        assert [shape.offset(at) for at in range(len(whole))] == list(whole)
        assert shape.index == whole
        with pytest.raises(IndexError):
            shape.offset(len(whole))


def _prefix_by_every_length(text: str, words: tuple[str, ...]) -> tuple[str, int] | None:
    """lexicon_prefix as it was: every length tried, longest first."""
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    for size in range(min(len(stripped), max(map(len, words))), 0, -1):
        if stripped[:size] in words:
            return stripped[:size], lead + size
    by_skeleton: dict[str, str] = {}
    for word in words:
        by_skeleton.setdefault(skeleton_key(word), word)
    shape = skeleton(stripped[:120])
    for size in range(min(len(shape.key), max(map(len, by_skeleton))), 1, -1):
        word = by_skeleton.get(shape.key[:size])
        if word:
            used = shape.text_end(size, stripped)
            return None if stripped[:used].count("\u0e33") > word.count("\u0e33") else (word, lead + used)
    return None


def test_lexicon_prefix_tries_the_words_lengths_only() -> None:
    words = ("นาย", "นางสาว", "นาง", "บ้านคา", "ก", "พัฒนากร", "นักวิชาการพัฒนาชุมชน", "")
    texts = [" นางสาวสมศรี", "นาง สาว", "บ้านคำ", "บ้านคา ต่อ", "กข", "พั ฒ น า ก ร ชำนาญการ", "x", "",
             "  นั ก วิชาการพัฒนาชุมชน"]
    for text in texts + [word + "ต่อ" for word in words]:
        assert lexicon_prefix(text, words) == _prefix_by_every_length(text, words), text
