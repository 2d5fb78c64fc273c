"""The gazetteer (kmgraph/gazetteer.py over kmgraph/data/gazetteer.tsv), checked against facts about Thailand."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from importlib import metadata

import pytest

from kmgraph import tables
from kmgraph.extract.gazetteer import GAZETTEER_FILE, Gazetteer, gazetteer
from kmgraph.model import KmgraphError
from tests.conftest import ROOT

CHALOEM_PHRA_KIAT = "เฉลิมพระเกียรติ"
CHALOEM_PROVINCES = {"สระบุรี", "นครราชสีมา", "บุรีรัมย์", "น่าน", "นครศรีธรรมราช"}
BANGKOK = "กรุงเทพมหานคร"


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return gazetteer()


def test_counts_match_thailand(g):
    """77 provinces, 878 amphoe + Bangkok's 50 khet, about 7,400 tambon and khwaeng."""
    assert {d.iso_code for d in g.districts} == {p.iso_code for p in tables.provinces()}
    assert len(g.districts) == 928
    assert len(g.districts_in(g.province_named(BANGKOK))) == 50
    assert sum(len(d.subdistricts) for d in g.districts) == 7426
    assert len({(d.iso_code, d.name) for d in g.districts}) == 928


def test_every_province_but_bangkok_has_one_capital(g):
    capitals = Counter(d.province_name for d in g.districts if d.is_capital)
    assert set(capitals) == {p.name_th for p in tables.provinces()} - {BANGKOK}
    assert set(capitals.values()) == {1}


def test_chaloem_phra_kiat_is_in_five_provinces(g):
    assert {d.province_name for d in g.districts_named(CHALOEM_PHRA_KIAT)} == CHALOEM_PROVINCES
    assert {d.province_name for d in g.districts_named("อำเภอ" + CHALOEM_PHRA_KIAT)} == CHALOEM_PROVINCES


def test_a_name_in_several_provinces_is_reported_ambiguous_not_guessed(g):
    resolution = g.resolve_district(CHALOEM_PHRA_KIAT)
    assert resolution.status == "ambiguous" and resolution.district is None and resolution.province is None
    assert {d.province_name for d in resolution.candidates} == CHALOEM_PROVINCES
    # context that names none of the candidates' places leaves it ambiguous
    assert g.resolve_district(CHALOEM_PHRA_KIAT, context_text="จังหวัดลำปาง ตำบลบ้านเสด็จ").status == "ambiguous"


def test_every_shared_name_is_ambiguous_and_every_other_name_resolves_to_itself(g):
    by_name = Counter(d.name for d in g.districts)
    for district in g.districts:
        resolution = g.resolve_district(district.name)
        if by_name[district.name] > 1:
            assert resolution.status == "ambiguous", district
        else:
            assert resolution.district == district, district
        assert g.resolve_district(district.name, district.province).district == district


@pytest.mark.parametrize(
    "context, province, evidence",
    [
        ("สำนักงานพัฒนาชุมชนจังหวัดน่าน", "น่าน", "context province"),
        ("บ้านเลขที่ 5 ต.ห้วยบง", "สระบุรี", "context subdistrict"),
        ("ตำบล ทางพูน", "นครศรีธรรมราช", "context subdistrict"),
        ("ที่อยู่ 55130 โทร 0812345678", "น่าน", "context zipcode"),
        ("รหัสไปรษณีย์ ๕๕๑๓๐", "น่าน", "context zipcode"),  # Thai digits
        ("การประชุมที่ บุรีรัมย์ เมื่อวานนี้", "บุรีรัมย์", "context province name"),
        # two provinces written with their prefix narrow it, then a subdistrict decides
        ("จ.น่าน และ จ.สระบุรี ตำบลพุแค", "สระบุรี", "context subdistrict"),
    ],
)
def test_context_resolves_a_shared_name(g, context, province, evidence):
    resolution = g.resolve_district("อ." + CHALOEM_PHRA_KIAT, context_text=context)
    assert (resolution.status, resolution.district.province_name, resolution.evidence) == (
        "resolved", province, evidence)


@pytest.mark.parametrize(
    "context",
    [
        "เผยแพร่ความรู้ให้สมาชิก",  # แพร่ inside a word
        "ดีมากเลย ไม่ต้องตากแดด",  # เลย, ตาก inside words
        "การประชุมที่บุรีรัมย์",  # a province glued to other words is not taken for a place
        "ว่าที่ ร.ต.สมชาย จ.ส.อ.สมปอง",  # ranks whose letters look like prefixes
    ],
)
def test_words_that_contain_a_province_name_are_not_evidence(g, context):
    assert g.resolve_district("อำเภอเมือง", context_text=context).status == "ambiguous"
    assert g.resolve_district(CHALOEM_PHRA_KIAT, context_text=context).status == "ambiguous"


def test_two_provinces_in_context_narrow_but_do_not_decide(g):
    resolution = g.resolve_district(CHALOEM_PHRA_KIAT, context_text="จังหวัดน่าน จังหวัดสระบุรี")
    assert resolution.status == "ambiguous"
    assert {d.province_name for d in resolution.candidates} == {"น่าน", "สระบุรี"}


def test_bangkok_khet_and_chiang_mai_amphoe_share_a_name(g):
    assert g.resolve_district("เขตจอมทอง").status == "ambiguous"
    assert g.resolve_district("เขตจอมทอง", "กทม.").district.province_name == BANGKOK
    assert g.resolve_district("จอมทอง", context_text="แขวงบางมด").district.province_name == BANGKOK
    assert g.resolve_district("อำเภอจอมทอง จังหวัดเชียงใหม่").district.province_name == "เชียงใหม่"


@pytest.mark.parametrize("province", [p for p in tables.provinces() if p.name_th != BANGKOK], ids=lambda p: p.iso_code)
def test_mueang_with_a_province_is_its_capital(g, province):
    for name, given in (("อำเภอเมือง", province.name_th), ("อ.เมือง", province), ("เมือง", province.iso_code)):
        resolution = g.resolve_district(name, given)
        assert resolution.status == "resolved" and resolution.district.is_capital
        assert resolution.district.province == province
    written = g.resolve_district(f"อำเภอเมือง จังหวัด{province.name_th}")
    assert written.district.province == province and written.evidence == "province"


def test_mueang_alone_is_ambiguous_and_named_forms_resolve(g):
    assert len(g.resolve_district("อำเภอเมือง").candidates) == 76
    assert g.resolve_district("อำเภอเมือง", context_text="จ.ลำปาง").district.name == "เมืองลำปาง"
    assert g.resolve_district("เมืองอยุธยา").district.name == "พระนครศรีอยุธยา"  # its capital is not เมือง…
    assert g.resolve_district("อำเภอเมือง", "อยุธยา").district.name == "พระนครศรีอยุธยา"
    assert g.resolve_district("อำเภอเมือง", BANGKOK).status == "unknown"  # Bangkok has no capital district


@pytest.mark.parametrize(
    "written, name",
    [
        ("อ.แม่ทา", "แม่ทา"),
        ("อำเภอ แม่ ทา", "แม่ทา"),
        ("กิ่งอำเภอแม่ทา", "แม่ทา"),
        ("สุไหงโก-ลก", "สุไหงโกลก"),
        ("เขต พระนคร", "พระนคร"),
        ("อำเภอพระนครศรีอยุธยา", "พระนครศรีอยุธยา"),
        ("เสริมงาม ลำปาง", "เสริมงาม"),
    ],
)
def test_spelling_variants(g, written, name):
    assert g.resolve_district(written).district.name == name


def test_a_province_written_after_the_name_without_its_prefix_decides(g):
    resolution = g.resolve_district("อ.เฉลิมพระเกียรติ น่าน")
    assert (resolution.district.province_name, resolution.evidence) == ("น่าน", "province")
    assert g.resolve_district("จอมทอง เชียงใหม่").district.province_name == "เชียงใหม่"


def test_unknown_names_and_wrong_provinces(g):
    assert g.resolve_district("ปลาทูทอด").status == "unknown"
    assert g.resolve_district("แม่ทา", "จังหวัดไม่มีจริง").status == "unknown"
    wrong = g.resolve_district("จอมทอง", "น่าน")
    assert wrong.status == "unknown" and wrong.province.name_th == "น่าน"
    assert {d.province_name for d in wrong.candidates} == {BANGKOK, "เชียงใหม่"}
    assert g.districts_named("ปลาทูทอด") == ()


@pytest.mark.parametrize(
    "office, status, province, district",
    [
        ("สำนักงานพัฒนาชุมชนอำเภอเสริมงาม", "resolved", "ลำปาง", "เสริมงาม"),
        ("สำนักงานพัฒนาชุมชนอำเภอเสริมงามจังหวัดลำปาง โทร 054 123456", "resolved", "ลำปาง", "เสริมงาม"),
        ("สังกัด สำนักงานพัฒนาชุมชน อำเภอ แม่ทา", "resolved", "ลำพูน", "แม่ทา"),
        ("สนง.พช.อ.เมือง จ.น่าน", "resolved", "น่าน", "เมืองน่าน"),
        ("สนง.พช.อ.บ้านนา สาร จ.สุราษฎร์ธานี", "resolved", "สุราษฎร์ธานี", "บ้านนาสาร"),  # a stray space
        ("สำนักงานพัฒนาชุมชนอำเภอบ้านนา จังหวัดนครนายก", "resolved", "นครนายก", "บ้านนา"),
        ("สำนักงานพัฒนาชุมชนอำเภอเมืองเชียงใหม่", "resolved", "เชียงใหม่", "เมืองเชียงใหม่"),
        ("สำนักงานพัฒนาชุมชนอำเภอเฉลิมพระเกียรติ จังหวัดบุรีรัมย์", "resolved", "บุรีรัมย์", CHALOEM_PHRA_KIAT),
        ("สำนักงานพัฒนาชุมชนอำเภอเฉลิมพระเกียรติ", "ambiguous", None, None),
        ("สำนักงานพัฒนาชุมชนจังหวัดน่าน", "resolved", "น่าน", None),
        ("สนง.พช.จ.กทม.", "resolved", BANGKOK, None),
        ("สำนักงานพัฒนาชุมชนอำเภอปลาทู จังหวัดตาก", "unknown", "ตาก", None),
        ("สำนักงานพัฒนาชุมชนอำเภอปลาทู", "unknown", None, None),
        ("กรมการพัฒนาชุมชน", "unknown", None, None),
    ],
)
def test_province_of_office(g, office, status, province, district):
    resolution = g.province_of_office(office)
    assert resolution.status == status
    assert (resolution.province.name_th if resolution.province else None) == province
    assert (resolution.district.name if resolution.district else None) == district


def test_office_context_resolves_a_shared_district(g):
    resolution = g.province_of_office("สำนักงานพัฒนาชุมชนอำเภอเฉลิมพระเกียรติ", context_text="ตำบลขุนน่าน")
    assert resolution.district.province_name == "น่าน" and resolution.evidence == "context subdistrict"


def test_every_office_prefix_of_the_lexicon_is_read(g):
    offices = tables.lexicon().offices
    for prefix in offices.district:
        assert g.province_of_office(prefix + "แม่ทา").province.name_th == "ลำพูน", prefix
    for prefix in offices.province:
        assert g.province_of_office(prefix + "ลำพูน").province.name_th == "ลำพูน", prefix


def test_provinces_by_name_alias_and_code(g):
    nan = g.province_named("น่าน")
    assert nan.iso_code == "TH-55"
    assert g.province_named("จังหวัด น่าน") == g.province_named("TH-55") == g.province_named("th-55") == nan
    assert g.province_named("กรุงเทพฯ").name_th == g.province_named("กทม.").name_th == BANGKOK
    assert g.province_named("โคราช").name_th == "นครราชสีมา"
    assert g.province_named("ปลาทู") is None


def test_coordinates_lie_in_thailand(g):
    placed = [d for d in g.districts if d.lat is not None]
    assert {d.name for d in g.districts} - {d.name for d in placed} == {"เมืองบึงกาฬ", "หว้านใหญ่", "กรงปินัง"}
    for district in placed:
        assert 5.6 <= district.lat <= 20.5 and 97.3 <= district.lon <= 105.7, district
    nan_city = g.districts_named("เมืองน่าน")[0]  # Nan town: 18.78 N, 100.78 E
    assert abs(nan_city.lat - 18.78) < 0.2 and abs(nan_city.lon - 100.78) < 0.2
    satun = g.districts_named("เมืองสตูล")[0]  # Satun town: 6.62 N, 100.07 E
    assert abs(satun.lat - 6.62) < 0.2 and abs(satun.lon - 100.07) < 0.2


def test_a_malformed_file_is_named_with_its_line(tmp_path):
    bad = tmp_path / "gazetteer.tsv"
    bad.write_text("# header\nTH-55\tเมืองน่าน\tในเวียง\n", encoding="utf-8")
    with pytest.raises(KmgraphError, match=r"gazetteer\.tsv:2: expected 7"):
        Gazetteer.load(bad)
    bad.write_text("# header\nTH-55\tเมืองน่าน\tในเวียง\t\t55000\tnorth\t100.77\n", encoding="utf-8")
    with pytest.raises(KmgraphError, match=r"gazetteer\.tsv:2: expected 7"):
        Gazetteer.load(bad)
    bad.write_text("TH-99\tเมืองน่าน\tในเวียง\t\t55000\t18.7\t100.77\n", encoding="utf-8")
    with pytest.raises(KmgraphError, match=r"gazetteer\.tsv:1: expected 7"):
        Gazetteer.load(bad)


def _thaiaddress_installed() -> bool:
    try:
        metadata.distribution("thaiaddress")
    except metadata.PackageNotFoundError:
        return False
    return True


@pytest.mark.skipif(not _thaiaddress_installed(),
                    reason="thaiaddress is not installed (pip install --no-deps thaiaddress==0.2.1)")
def test_the_build_script_reproduces_the_committed_file():
    script = ROOT / "kmgraph" / "data" / "build_gazetteer.py"
    built = subprocess.run([sys.executable, str(script)], capture_output=True, check=True, timeout=120).stdout
    assert built == GAZETTEER_FILE.read_bytes()
