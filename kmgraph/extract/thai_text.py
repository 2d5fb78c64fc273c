"""How much of a text is Thai: the share of Thai letters that tells a record from other text."""

from __future__ import annotations

import re

THAI_SAMPLE = 2000  # characters of a text looked at for its Thai share


def thai_share(text: str) -> float:
    """The share of Thai characters among the letters of text (its first THAI_SAMPLE characters)."""
    sample = text[:THAI_SAMPLE]
    thai = len(sample) - len(THAI_CHARS.sub("", sample))
    not_thai = _THAI_BLOCK.sub("", sample)  # other letters are looked for outside the Thai block only
    letters = thai + len(not_thai) - len(_OTHER_LETTERS.sub("", not_thai))
    return thai / letters if letters else 0.0


THAI_CHARS = re.compile("[\u0e01-\u0e4e]+")  # runs: removed at once, not character by character
_THAI_BLOCK = re.compile("[\u0e00-\u0e7f]+")
_OTHER_LETTERS = re.compile("[^\\W\\d_\u0e00-\u0e7f]")
