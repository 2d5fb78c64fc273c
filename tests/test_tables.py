"""The extraction and reading tables (lexicon.toml, templates.toml, readers.toml) are typed objects, checked once: a
missing or mistyped key is one ConfigError naming the file and the key."""

from __future__ import annotations

import shutil

import pytest

from kmgraph import config, errors, tables


def test_the_tables_are_typed_and_frozen():
    lexicon, templates = tables.lexicon(), tables.templates()
    assert isinstance(lexicon.honorifics, tuple) and "นาย" in lexicon.honorifics
    assert lexicon.offices.canonical("district") == lexicon.offices.district_canonical
    assert lexicon.places.level("province") == lexicon.places.province
    assert all(isinstance(number, int) for number in lexicon.months.values())
    assert templates.sections["title"].type == "field" and isinstance(templates.sections["title"].labels, tuple)
    assert templates.templates["portal-page"].titles_are_category
    assert not templates.templates["numbered-form"].titles_are_category  # the optional key's default
    with pytest.raises(AttributeError):
        lexicon.honorifics = ()  # type: ignore[misc]


def test_the_tables_modules_read_themselves_are_typed_too():
    lexicon, templates, readers = tables.lexicon(), tables.templates(), tables.readers()
    assert "คำนำ" in lexicon.heading_words and "โดย" in lexicon.bylines.words
    assert lexicon.credit_roles["เรื่อง"] == 0 and lexicon.credit_roles["ภาพ"] == 2
    assert lexicon.head_posts["พัฒนาการอำเภอ"] == "district"
    assert "และ" in templates.title_tails.unfinished_ends and "เล่มที่" in templates.title_tails.publication_markers
    assert readers.thai_private_use["\uf70a"] == "\u0e48" and readers.symbol_private_use["\uf0b7"] == "-"
    assert "หน้า" in readers.pdf.page_number_words and "article" in readers.html.content_selectors
    mojibake = readers.mojibake
    assert isinstance(mojibake.word_share, float) and isinstance(mojibake.least_letters, int)
    mac_roman = mojibake.tis620_shown_as[0]
    assert (mac_roman.codec, mac_roman.mac_thai, mac_roman.variants["\u03bc"]) == ("mac_roman", True, "\u00b5")
    assert (mojibake.tis620_shown_as[1].mac_thai, mojibake.tis620_shown_as[1].variants) == (False, {})  # defaults
    assert mojibake.utf8_shown_as[1].codecs == ("cp874", "cp1252")


@pytest.mark.parametrize("name, old, new, message", [
    ("lexicon.toml", "[quantities]\nunits = [", "[quantities]\nunitz = [",
     r"lexicon.toml: the key quantities.units is missing"),
    ("lexicon.toml", 'centre_canonical = "ศูนย์ศึกษาและพัฒนาชุมชน"', "centre_canonical = 3",
     r"lexicon.toml: offices.centre_canonical should be a string"),
    ("lexicon.toml", '"มกราคม" = 1', '"มกราคม" = "1"', r"lexicon.toml: months.มกราคม should be an integer"),
    ("lexicon.toml", 'unit_first = ["ร้อยละ"]', 'unit_first = "ร้อยละ"',
     r"lexicon.toml: quantities.unit_first should be a list"),
    ("lexicon.toml", "\n[dates]\n", "\n[datez]\n", r"lexicon.toml: the table \[dates\] is missing"),
    ("templates.toml", '[sections.objective]\ntype = "block"', "[sections.objective]",
     r"templates.toml: the key sections.objective.type is missing"),
    ("templates.toml", 'titles_are_category = true', 'titles_are_category = "yes"',
     r"templates.toml: templates.portal-page.titles_are_category should be true or false"),
    ("templates.toml", "[placeholders]\nvalues = [", "[placeholders]\nvalues = [1, ",
     r"templates.toml: placeholders.values should be a list of strings"),
    # the tables the extractor's and the readers' modules opened themselves before
    ("lexicon.toml", "\nheading_words = [", "\nheading_wordz = [", r"lexicon.toml: the key heading_words is missing"),
    ("lexicon.toml", "[bylines]\nwords = [", "[bylines]\nwords = 1 #[",
     r"lexicon.toml: bylines.words should be a list of strings"),
    ("lexicon.toml", '"เรื่อง" = 0', '"เรื่อง" = "0"', r"lexicon.toml: credit_roles.เรื่อง should be an integer"),
    ("lexicon.toml", "\n[credit_roles]\n", "\n[credit_rolez]\n",
     r"lexicon.toml: the table \[credit_roles\] is missing"),
    ("lexicon.toml", '"พัฒนาการอำเภอ" = "district"', '"พัฒนาการอำเภอ" = 1',
     r"lexicon.toml: head_posts.พัฒนาการอำเภอ should be a string"),
    ("templates.toml", "\nunfinished_ends = [", "\nunfinished_endz = [",
     r"templates.toml: the key title_tails.unfinished_ends is missing"),
    ("templates.toml", "\n[title_tails]\n", "\n[title_tailz]\n",
     r"templates.toml: the table \[title_tails\] is missing"),
    ("templates.toml", "publication_markers = [", "publication_markers = [2, ",
     r"templates.toml: title_tails.publication_markers should be a list of strings"),
    ("readers.toml", '"\\uF70A" = "\\u0E48"', '"\\uF70A" = 48',
     r"readers.toml: thai_private_use.\uf70a should be a string"),
    ("readers.toml", '"\\uF70A" = "\\u0E48"', '"\\uF70Ax" = "\\u0E48"',
     r"readers.toml: thai_private_use keys should be one character each"),
    ("readers.toml", "\n[symbol_private_use]\n", "\n[symbol_private_usx]\n",
     r"readers.toml: the table \[symbol_private_use\] is missing"),
    ("readers.toml", 'page_number_words = ["หน้า", "page", "จาก", "of"]', 'page_number_words = "หน้า"',
     r"readers.toml: pdf.page_number_words should be a list of strings"),
    ("readers.toml", "\ncontent_selectors = [", "\ncontent_selectorz = [",
     r"readers.toml: the key html.content_selectors is missing"),
    ("readers.toml", "word_share = 0.6", 'word_share = "0.6"', r"readers.toml: mojibake.word_share should be a number"),
    ("readers.toml", "least_letters = 3", "least_letters = 3.5",
     r"readers.toml: mojibake.least_letters should be an integer"),
    ("readers.toml", 'codec = "cp1252"', 'codek = "cp1252"',
     r"readers.toml: the key mojibake.tis620_shown_as\[1\].codec is missing"),
    ("readers.toml", 'codecs = ["cp874", "cp1252"]', 'codecs = "cp874"',
     r"readers.toml: mojibake.utf8_shown_as\[1\].codecs should be a list of strings"),
    ("readers.toml", "mac_thai = true", 'mac_thai = "yes"',
     r"readers.toml: mojibake.tis620_shown_as\[0\].mac_thai should be true or false"),
    ("readers.toml", '"0x83" = "\\u0E48"', '"83" = "\\u0E48"',
     r"readers.toml: mojibake.mac_thai_variants keys should be bytes 0x80–0xFF, not '83'"),
])
def test_a_missing_or_mistyped_key_is_one_config_error(tmp_path, monkeypatch, name, old, new, message):
    data = tmp_path / "data"
    shutil.copytree(tables.DATA_DIR, data)
    path = data / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    monkeypatch.setattr(tables, "DATA_DIR", data)
    caches = (tables._toml, tables.lexicon, tables.templates, tables.readers, config.views)
    for cached in caches:
        cached.cache_clear()
    try:
        with pytest.raises(errors.ConfigError, match=message) as raised:
            config.check()
        assert str(data / name) in str(raised.value)
    finally:
        for cached in caches:
            cached.cache_clear()
