"""The extraction tables (lexicon.toml, templates.toml) are typed objects, checked once: a missing or mistyped key
is one ConfigError naming the file and the key."""

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
])
def test_a_missing_or_mistyped_key_is_one_config_error(tmp_path, monkeypatch, name, old, new, message):
    data = tmp_path / "data"
    shutil.copytree(tables.DATA_DIR, data)
    path = data / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    monkeypatch.setattr(tables, "DATA_DIR", data)
    caches = (tables._toml, tables.lexicon, tables.templates, config.views)
    for cached in caches:
        cached.cache_clear()
    try:
        with pytest.raises(errors.ConfigError, match=message) as raised:
            config.check()
        assert str(data / name) in str(raised.value)
    finally:
        for cached in caches:
            cached.cache_clear()
