"""Write N realistic knowledge records and their gold file, reproducibly from a seed.

usage: python benchmarks/make_corpus.py N --seed S -o DIR
Writes DIR/records/NNNNN.txt (the four templates, varied officers, offices over all provinces, principles in
their spelling variants, steps, outcomes, quantities; typos, PDF damage, page numbers, cp874, UTF-16, CRLF,
BOM) and DIR/gold.json in the format of ../shared/gold/seeds.json, so benchmarks/score_records.py scores it.
The mix: 58% the four templates, 30% the earlier wild families (WILD_FAMILIES), 12% this session's (NEW_FAMILIES);
gold.json's "layouts" names each record's.
The gold comes from what the generator wrote, never from kmgraph's own reading.
"""

from __future__ import annotations

import argparse
import codecs
import datetime
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kmgraph import tables  # noqa: E402
from kmgraph.extract.link import vocabulary  # noqa: E402
from kmgraph.thai import compact  # noqa: E402
from kmgraph.thai.chars import display_width, pad  # noqa: E402

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
POOLS = tomllib.loads((Path(__file__).parent / "corpus.toml").read_text(encoding="utf-8"))
HONORIFICS = [("นาย", "m", 30), ("นาง", "f", 25), ("นางสาว", "f", 25), ("ว่าที่ร้อยตรี", "m", 8),
              ("ว่าที่ร้อยตรีหญิง", "f", 4), ("ดร.", "m", 4)]
LEVELS = ["ปฏิบัติการ", "ชำนาญการ", "ชำนาญการพิเศษ", None]
POSTS = ["นักวิชาการพัฒนาชุมชน", "นักวิชาการพัฒนาชุมชน", "นักวิชาการพัฒนาชุมชน", "เจ้าหน้าที่พัฒนาชุมชน",
         "พัฒนาการอำเภอ"]
PRINCIPLES = ["sep", "rwp", "participation", "five-k", "rwp-06", "rwp-02", "rwp-05", "rwp-17", "rwp-22", "rwp-23"]
TEMPLATES = ["numbered-form", "portal-page", "label-value-form", "individual-form"]
# Layouts of records found on the web (issue #10, tests/fixtures/wild/FAMILIES.md): a flipbook's whole form on one
# line with PDF damage, a blog post with a dateline and label variants, a narrative page with its steps in the
# prose and its author's credit at the end, a record owned by an office or a club. Their places are real.
WILD_FAMILIES = ["wild-flipbook", "wild-blog", "wild-narrative", "wild-organisation", "wild-twocol", "wild-slashcat",
                 "wild-cover", "wild-pagestart", "wild-coauthors"]
WILD_SHARE = 0.3
# This session's families (issue #10, rounds 4-5): a story page with closing credits, a news post with no blank line,
# a KM blog's `KM : TITLE โดย NAME` title line, a portal page with a numbered list, a title over two short lines, a
# Word form saved as text. They take NEW_SHARE from the four templates; the earlier wild families keep WILD_SHARE.
NEW_FAMILIES = ["wild-storypage", "wild-news", "wild-kmtitle", "wild-portallist", "wild-twolinetitle", "wild-wordform"]
NEW_SHARE = 0.12
ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December"]
ENGLISH_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
THAI_DAYS = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
SHORT_MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
          "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
CONCEPT = "https://w3id.org/kmgraph/concept/"


@dataclass
class Person:
    honorific: str
    given: str
    family: str

    @property
    def name(self) -> str:
        return f"{self.honorific}{self.given} {self.family}"


@dataclass
class Draft:
    """One record's content and the facts it must yield (the gold)."""

    rid: str
    template: str
    title: str
    gold: dict = field(default_factory=dict)


class Corpus:
    def __init__(self, seed: int):
        from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

        self.rng = random.Random(seed)
        blocked = tuple(h for h, _, _ in HONORIFICS) + tables.lexicon().organization_prefixes + ("ดร",)
        clean = re.compile(r"[ก-์]{2,10}")
        self.male = sorted(n for n in thai_male_names() if clean.fullmatch(n) and not n.startswith(blocked))
        self.female = sorted(n for n in thai_female_names() if clean.fullmatch(n) and not n.startswith(blocked))
        doubled = re.compile(r"([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])\1")  # a list's own typos (อยูู่) are not ours
        self.family = sorted(n for n in thai_family_names() if re.fullmatch(r"[ก-์]{3,14}", n) and not doubled.search(n))
        self.male = [n for n in self.male if not doubled.search(n)]
        self.female = [n for n in self.female if not doubled.search(n)]
        self.provinces = [p for p in tables.provinces() if p.name_th != "กรุงเทพมหานคร"]
        self.districts = {p.name_th: self._districts(p.name_th) for p in self.provinces}
        self.people: list[tuple[Person, str, str | None, str, str | None]] = []
        self.vocab = vocabulary()
        self.concept_keys = {key for c in self.vocab.concepts.values() for key in c.keys if len(key) > 3}
        self.repairs = {word: damaged for damaged, word in tables.sara_am_repairs().items()}

    def _districts(self, province: str) -> list[str]:
        rng = random.Random(province)
        names = {f"เมือง{province}"}
        while len(names) < rng.randint(4, 12):
            names.add(rng.choice(POOLS["district_parts_a"]) + rng.choice(POOLS["district_parts_b"]))
        return sorted(names)

    def person(self) -> Person:
        honorific, sex, _ = self.rng.choices(HONORIFICS, weights=[w for *_, w in HONORIFICS])[0]
        given = self.rng.choice(self.male if sex == "m" else self.female)
        return Person(honorific, given, self.rng.choice(self.family))

    def officer(self):
        """An officer (reused now and then, as people write several records) with post, office and place."""
        if self.people and self.rng.random() < 0.3:
            return self.rng.choice(self.people)
        province = self.rng.choice(self.provinces).name_th
        district = self.rng.choice(self.districts[province]) if self.rng.random() < 0.85 else None
        post = self.rng.choice(POSTS)
        level = None if post in ("เจ้าหน้าที่พัฒนาชุมชน", "พัฒนาการอำเภอ") else self.rng.choice(LEVELS[:3])
        entry = (self.person(), post, level, province, district)
        self.people.append(entry)
        return entry

    def real_place(self) -> tuple[str, str]:
        """A real district whose name is in one province only, and that province."""
        if not hasattr(self, "_unique_districts"):
            from kmgraph.extract.gazetteer import gazetteer

            places = gazetteer()
            self._unique_districts = sorted(
                (d.name, d.province_name) for d in places.districts
                if len(places.districts_named(d.name)) == 1 and not d.name.startswith("เมือง")
                and re.fullmatch(r"[ก-์]+", d.name))
        return self.rng.choice(self._unique_districts)

    def digits(self, text: str) -> str:
        return text.translate(THAI_DIGITS) if self.rng.random() < 0.5 else text

    def phone(self) -> tuple[str, str]:
        digits = "0" + self.rng.choice("2345789") + "".join(self.rng.choice("0123456789") for _ in range(8))
        if digits[1] not in "689":
            digits = digits[:9]
        written = f"{digits[:3]}-{digits[3:6]}-{digits[6:]}" if self.rng.random() < 0.6 else digits
        return digits, self.digits(written)

    def sentence_free(self, text: str) -> bool:
        key = compact(text)
        return not any(k in key for k in self.concept_keys)


def principle_mentions(corpus: Corpus) -> tuple[list[str], list[list[str]], list[str]]:
    """Sentences naming 1–3 principles in one of their labels; the gold entries; optional 5ก parts."""
    chosen = corpus.rng.sample(PRINCIPLES, corpus.rng.randint(1, 3))
    sentences, gold, optional = [], [], []
    for key in chosen:
        concept = corpus.vocab.concepts[CONCEPT + key]
        labels = [concept.label] + sorted(_labels(corpus, concept.iri) - {concept.label})
        label = corpus.rng.choice(labels)
        label = label.replace("5", "๕") if corpus.rng.random() < 0.5 else label
        if key == "participation" and corpus.rng.random() < 0.3:
            sentences.append("โดยให้ประชาชนร่วมคิด ร่วมตัดสินใจ และร่วมปฏิบัติ")
        else:
            sentences.append(corpus.rng.choice(POOLS["principle_sentences"]).format(label=label))
        gold.append(labels)
        if key == "five-k":
            optional += ["กลุ่ม", "สมาชิก", "กรรมการ", "กฎ", "กติกา", "ระเบียบ", "กองทุน", "กิจกรรม", "ทุน"]
    return sentences, gold, optional


def _labels(corpus: Corpus, iri: str) -> set[str]:
    import pyoxigraph as ox

    store = _concept_store()
    return {q.object.value for q in store.quads_for_pattern(ox.NamedNode(iri), None, None)
            if isinstance(q.object, ox.Literal) and q.object.language == "th"
            and q.predicate.value.endswith(("prefLabel", "altLabel"))}


_STORE = []


def _concept_store():
    import pyoxigraph as ox

    if not _STORE:
        store = ox.Store()
        store.load(path=str(tables.ontology_file("concepts.ttl")), format=ox.RdfFormat.TURTLE)
        _STORE.append(store)
    return _STORE[0]


def quantities(corpus: Corpus) -> tuple[list[str], list[dict]]:
    phrases, gold = [], []
    for _ in range(corpus.rng.randint(1, 3)):
        if corpus.rng.random() < 0.25:
            value = corpus.rng.randint(5, 99)
            phrases.append(corpus.rng.choice(POOLS["percent_phrases"]).format(n=corpus.digits(str(value))))
            gold.append({"value": value, "unit": "ร้อยละ"})
            continue
        template, unit = corpus.rng.choice(POOLS["quantity_phrases"])
        value = corpus.rng.randint(2, 40_000) if unit in ("คน", "บาท") else corpus.rng.randint(2, 300)
        written = f"{value:,}" if value >= 1000 and corpus.rng.random() < 0.7 else str(value)
        phrases.append(template.format(n=corpus.digits(written)))
        gold.append({"value": value, "unit": unit})
    return phrases, gold


def pick(corpus: Corpus, pool: str, low: int, high: int) -> list[str]:
    return corpus.rng.sample(POOLS[pool], corpus.rng.randint(low, min(high, len(POOLS[pool]))))


def typo(corpus: Corpus, text: str) -> str:
    right, wrong = corpus.rng.choice(POOLS["typos"])
    return text.replace(right, wrong, 1) if right in text and corpus.rng.random() < 0.3 else text


def starts(text: str, size: int = 18) -> dict:
    return {"starts": re.sub(r"\s+", "", text)[:size]}


def make_draft(corpus: Corpus, index: int) -> tuple[Draft, str]:
    rng = corpus.rng
    template = TEMPLATES[index % 4] if rng.random() < 0.8 else rng.choice(TEMPLATES)
    roll = rng.random()
    if roll < WILD_SHARE:
        template = rng.choice(WILD_FAMILIES)
    elif roll < WILD_SHARE + NEW_SHARE:
        template = rng.choice(NEW_FAMILIES)
    person, post, level, province, district = corpus.officer()
    if template in WILD_FAMILIES + NEW_FAMILIES:  # real places: the gazetteer gives an unnamed province
        district, province = corpus.real_place()
    topic = rng.choice(POOLS["topics"])
    title = f"เทคนิค{topic}" + (f" จังหวัด{province}" if rng.random() < 0.2 else "")
    steps = [typo(corpus, s) + (" " + rng.choice(POOLS["step_details"]) if rng.random() < 0.6 else "")
             for s in pick(corpus, "steps", 3, 8)]
    principles, principle_gold, optional = principle_mentions(corpus)
    q_phrases, q_gold = quantities(corpus)
    narrative = pick(corpus, "narrative", 10, 12)
    background = " ".join(pick(corpus, "background", 1, 2) + narrative[:4] + q_phrases[:1] + principles
                          + narrative[4:])
    draft = Draft(f"{index:05d}", template, title)
    phone_digits, phone_written = corpus.phone()
    office = (f"สำนักงานพัฒนาชุมชนอำเภอ{district}" if district else f"สำนักงานพัฒนาชุมชนจังหวัด{province}")
    gold = {
        "title": title, "author": {"kind": "person", "honorific": person.honorific, "given_name": person.given,
                                   "family_name": person.family},
        "position": {"title": post, "level": level}, "office": {"name": office}, "district": district,
        "province": province, "phone": phone_digits, "date": None, "category": None,
        "steps": [], "techniques": [], "cautions": [], "success_factors": [], "outcomes": [],
        "principles": principle_gold, "quantities": q_gold,
    }
    if optional:
        gold["principles_optional"] = optional
    wrapped = {}
    if template != "portal-page" and rng.random() < 0.5:
        at = rng.randrange(len(steps))
        wrapped[at] = rng.choice(POOLS["wrapped_tails"])
    for i, step in enumerate(steps):
        gold["steps"].append({**starts(step), **({"contains": re.sub(r"\s+", "", wrapped[i])} if i in wrapped else {})})
    render = {"numbered-form": render_numbered, "portal-page": render_portal, "label-value-form": render_label_value,
              "individual-form": render_individual, "wild-flipbook": render_flipbook, "wild-blog": render_blog,
              "wild-narrative": render_narrative, "wild-organisation": render_organisation,
              "wild-twocol": render_twocol, "wild-slashcat": render_slashcat, "wild-cover": render_cover,
              "wild-pagestart": render_pagestart, "wild-coauthors": render_coauthors,
              "wild-storypage": render_storypage, "wild-news": render_news, "wild-kmtitle": render_kmtitle,
              "wild-portallist": render_portallist, "wild-twolinetitle": render_twolinetitle,
              "wild-wordform": render_wordform}[template]
    text = render(corpus, draft, gold, person, post, level, office, province, district, phone_written, background,
                  steps, wrapped, q_phrases[1:])
    draft.gold = gold
    return draft, text


def _list(items: list[str], numerals: str, style: str = "{n}. {item}", wrapped: dict | None = None) -> list[str]:
    lines = []
    for i, item in enumerate(items, 1):
        number = str(i).translate(THAI_DIGITS) if numerals == "thai" else str(i)
        lines.append(style.format(n=number, item=item))
        if wrapped and i - 1 in wrapped:
            lines.append(wrapped[i - 1])
    return lines


def render_numbered(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                    steps, wrapped, more_quantities):
    rng = corpus.rng
    techniques = pick(corpus, "techniques", 1, 2)
    cautions = pick(corpus, "cautions", 1, 3)
    factors = pick(corpus, "success_factors", 1, 3)
    outcomes = pick(corpus, "outcomes", 1, 3)
    if more_quantities:
        outcomes[-1] += " " + " ".join(more_quantities)
    category = rng.choice(["องค์ความรู้หมวดเทคนิคการพัฒนาอาชีพครัวเรือนตามแนวทางสัมมาชีพ",
                           "หมวดที่ ๒ ส่งเสริมเศรษฐกิจฐานรากให้ขยายตัวอย่างสมดุล",
                           "หมวดที่ ๓ เสริมสร้างทุนชุมชนให้มีธรรมาภิบาล"])
    gold.update(category=category, techniques=[starts(t) for t in techniques], cautions=[starts(c) for c in cautions],
                success_factors=[starts(f) for f in factors], outcomes=[starts(o) for o in outcomes])
    label = rng.choice(["ชื่อเจ้าของความรู้", "เจ้าขององค์ความรู้"])
    lines = ["บันทึกองค์ความรู้", "", f"๑. ชื่อองค์ความรู้ {draft.title}",
             f"๒. {label} {person.name} ตำแหน่ง {post}{level or ''}",
             f"{office} จังหวัด{province} โทรศัพท์ {phone}", f"๓. หมวดองค์ความรู้ที่บ่งชี้ {category}",
             "๔. ที่มาและเป้าหมายของการจัดการความรู้", "", background, "", "๕. วิธีการ/ขั้นตอนการจัดการความรู้", ""]
    lines += _list(steps, "thai", wrapped=wrapped)
    lines += ["", "๖. ผลลัพธ์ที่ได้จากการจัดการความรู้", "๖.๑ เทคนิคและแนวทางในการดำเนินงาน", ""]
    for technique in techniques:
        lines += [technique, ""]
    lines += ["๖.๒ ข้อพึงระวัง"] + _list(cautions, "thai", "๖.๒.{n} {item}")
    lines += ["๖.๓ ปัจจัยแห่งความสำเร็จ"] + _list(factors, "thai", "๖.๓.{n}.{item}")
    lines += ["๖.๔ ปัญหาและวิธีการแก้ไข", "-", "๖.๕ ผลลัพธ์จากการแก้ปัญหาและการพัฒนาเรื่องนี้"]
    lines += _list(outcomes, "thai")
    return "\n".join(lines) + "\n"


def render_portal(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                  steps, wrapped, more_quantities):
    rng = corpus.rng
    cautions = pick(corpus, "cautions", 0, 2)
    year, month, day = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    hour, minute, second = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    stamp = f"{year}-{month:02d}-{day:02d}-{hour:02d}:{minute:02d}:{second:02d}"
    gold.update(category="เทคนิคส่งเสริมสัมมาชีพ", phone=None, cautions=[starts(c) for c in cautions],
                date=f"{year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}")
    address = office + (f" จังหวัด{province}" if district else "")
    objective = "เพื่อ" + rng.choice(POOLS["topics"]) + (" " + " ".join(more_quantities) if more_quantities else "")
    lines = ["เทคนิคส่งเสริมสัมมาชีพ", "", "image1", "", draft.title, "",
             f"โดย : {person.name} ตำแหน่ง : {post}{level or ''} วันที่ : {stamp}", "", f"ที่อยู่ : {address}", "",
             "ความเป็นมา / แรงบันดาลใจ / เหตุผลที่ทำ ->", "", background, "", "วัตถุประสงค์ ->", "", objective, "",
             "กระบวนการ/ขั้นตอน->", ""]
    for line in _list(steps, "arabic", "{n}) {item}"):
        lines += [line, ""]
    lines += ["ข้อพึงระวัง ->", ""]
    for caution in cautions:
        lines += [caution, ""]
    lines += ["รูปประกอบ -> image1 image2", "", f"เว็บไซต์สัมมาชีพชุมชนจังหวัด{province}",
              "กรมการพัฒนาชุมชน กระทรวงมหาดไทย", "", "โทรศัพท์ :", "Email :", "ที่อยู่ :", "", "เกี่ยวกับเรา"]
    return "\n".join(lines) + "\n"


def render_label_value(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                       steps, wrapped, more_quantities):
    rng = corpus.rng
    district = district or corpus.districts[province][0]
    club = rng.random() < 0.4
    if club:
        name = f"ชมรมอาสาพัฒนาชุมชนอำเภอ{district}"
        gold["author"] = {"kind": "organization", "name": name}
    else:
        name = person.name
    gold.update(position=None, office=None, district=district)
    intro = "มีขั้นตอนการดำเนินงานดังต่อไปนี้" + (" " + " ".join(more_quantities) if more_quantities else "")
    lines = ["แบบบันทึกองค์ความรู้", "", "ชื่อผู้ถอดบทเรียน", "", name, "", "เบอร์โทรที่สามารถติดต่อได้", "", phone, "",
             "ชื่อเรื่อง", "", draft.title, "", "เป็นการแก้ไขปัญหาเกี่ยวกับ", "", rng.choice(POOLS["topics"]), "",
             "สถานที่เกิดเหตุการณ์", "", f"อำเภอ{district} จังหวัด{province}", "", "เนื้อเรื่อง", "", background, "",
             intro, ""]
    lines += _list(steps, "thai", wrapped=wrapped)
    lines += ["", "บันทึกขุมความรู้ (Knowledge Assets)", ""] + _list(pick(corpus, "techniques", 1, 2), "thai")
    lines += ["", "แก่นความรู้ (Core Competency)", ""] + _list(pick(corpus, "success_factors", 1, 2), "thai")
    return "\n".join(lines) + "\n"


def render_individual(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                      steps, wrapped, more_quantities):
    rng = corpus.rng
    number = rng.randint(1, 4)
    names = ["สร้างสรรค์ชุมชนพึ่งตนเองได้", "ส่งเสริมเศรษฐกิจฐานรากให้ขยายตัวอย่างสมดุล",
             "เสริมสร้างทุนชุมชนให้มีธรรมาภิบาล", "เสริมสร้างองค์กรให้มีขีดสมรรถนะสูง"]
    outcomes = pick(corpus, "outcomes", 1, 3)
    if more_quantities:
        outcomes[-1] += " " + " ".join(more_quantities)
    factors = pick(corpus, "success_factors", 1, 3)
    cautions = pick(corpus, "cautions", 1, 2)
    year, month, day = rng.randint(2558, 2567), rng.randint(1, 12), rng.randint(1, 28)
    gold.update(category=f"หมวดที่ {number} {names[number - 1]}", outcomes=[starts(o) for o in outcomes],
                success_factors=[starts(f) for f in factors], cautions=[starts(c) for c in cautions],
                date=f"{year - 543}-{month:02d}-{day:02d}")
    address = office + f" จังหวัด{province}"
    lines = ["แบบบันทึกองค์ความรู้ระดับบุคคล", "", f"1. ชื่อองค์ความรู้ : {draft.title}",
             f"2. ชื่อ-สกุล : {person.name} ตำแหน่ง : {post}{level or ''}",
             f"สังกัด : {address} โทร. {phone}", f"วันที่ {day} {MONTHS[month - 1]} {year}",
             "3. องค์ความรู้ที่บ่งชี้ (หมวดที่ 1-4)"]
    lines += [("☑" if i == number else "☐") + f" หมวดที่ {i} {name}" for i, name in enumerate(names, 1)]
    lines += ["4. ที่มา ความสำคัญของความรู้", background, "5. ขั้นตอนการดำเนินงาน"]
    lines += _list(steps, "arabic", "{n}) {item}", wrapped=wrapped)
    lines += ["6. ผลการดำเนินงาน"] + ["- " + o for o in outcomes]
    lines += ["7. ปัจจัยแห่งความสำเร็จ"] + _list(factors, "arabic")
    lines += ["8. ข้อพึงระวัง"] + _list(cautions, "arabic")
    return "\n".join(lines) + "\n"


# --- wild families (issue #10) --------------------------------------------------------------------------


def _date(corpus: Corpus) -> datetime.date:
    return datetime.date(corpus.rng.randint(2014, 2024), corpus.rng.randint(1, 12), corpus.rng.randint(1, 28))


def dateline(corpus: Corpus, day: datetime.date) -> str:
    """A blog's dateline in one of the forms met on the web."""
    be = day.year + 543
    return corpus.rng.choice([
        f"By admin, {MONTHS[day.month - 1]} {day.day}, {be}",
        f"{ENGLISH_DAYS[day.weekday()]}, {day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}",
        f"วัน{THAI_DAYS[day.weekday()]}ที่ {day.day} {MONTHS[day.month - 1]} พ.ศ. {be}",
        f"โพสต์เมื่อ {day.day} {MONTHS[day.month - 1]} {be}",
    ])


def chrome_tail(corpus: Corpus) -> list[str]:
    return corpus.rng.choice([["", "แชร์หน้านี้ พิมพ์ กลับหน้าก่อนหน้า"], ["", "Share this:", "Facebook  Twitter"],
                              ["", f"จำนวนผู้เข้าชม {corpus.rng.randint(20, 5000):,} ครั้ง"], []])


def render_flipbook(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                    steps, wrapped, more_quantities):
    """A flipbook's text layer: host chrome, then the whole individual form on one line, with PDF damage."""
    rng = corpus.rng
    background = " ".join([background] + more_quantities)
    gold.update(steps=[starts(s) for s in steps])
    numbers = " ".join(f"5.{i} {step}" for i, step in enumerate(steps, 1))
    year = rng.randint(2560, 2567)
    form = (f"แบบบันทึกองค์ความรู้ระดับบุคคล 1. ชื่อองค์ความรู้ {draft.title} 2. ชื่อ-สกุล {person.name} "
            f"ตำแหน่ง{post}{level or ''} สังกัด {office} จังหวัด{province} โทร {phone} "
            f"4. ที่มา ความสำคัญ {background} 5. ขั้นตอนการดำเนินงาน {numbers}")
    lines = [f"Home Explore KM {province} {year}", "", f"Published by km{rng.randint(1, 99)}, "
             f"{year - 543}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 0{rng.randint(0, 9)}:1{rng.randint(0, 9)}:22",
             "", "Search", "", "Read the Text Version", "", pdf_damage(corpus, form, form.index(" 4. "))]
    return "\n".join(lines) + "\n"


def render_blog(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                steps, wrapped, more_quantities):
    """A provincial KM blog post: site menu, title, a dateline, the author under a label variant, steps, chrome."""
    rng = corpus.rng
    background = " ".join([background] + more_quantities)
    day = _date(corpus)
    outcomes = pick(corpus, "outcomes", 1, 2)
    gold.update(date=day.isoformat(), outcomes=[starts(o) for o in outcomes], steps=[starts(s) for s in steps])
    label = rng.choice(["ผู้เขียน", "เจ้าของความรู้ :", "ชื่อ – สกุล", "ชื่อ-นามสกุล :", "ผู้บันทึก", "ชื่อเจ้าขององค์ความรู้"])
    place = f"{office} จังหวัด{province}" if rng.random() < 0.5 else office  # the province only implied
    lines = [f"พัฒนาชุมชนจังหวัด{province} | คลังความรู้", "หน้าแรก  เกี่ยวกับเรา  คลังความรู้  ดาวน์โหลด", "",
             draft.title, "", dateline(corpus, day), "", f"{label} {person.name}", f"ตำแหน่ง {post}{level or ''}",
             f"{rng.choice(['สังกัด', 'หน่วยงาน'])} {place}", f"โทร. {phone}", "", background,
             "ขั้นตอนการดำเนินงาน"] + _list(steps, "arabic", "{n}) {item}")
    lines += ["ผลลัพธ์"] + ["- " + o for o in outcomes] + chrome_tail(corpus)
    return "\n".join(lines) + "\n"


def render_narrative(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                     steps, wrapped, more_quantities):
    """A district office's news page: a news dateline naming the district, the steps inside the prose, the
    author's credit block at the end; the province is never named."""
    rng = corpus.rng
    background = " ".join([background] + more_quantities)
    day = _date(corpus)
    gold.update(date=day.isoformat(), steps=[starts(s) for s in steps])
    if rng.random() < 0.5:
        inline = " ".join(f"ขั้นตอนที่ {str(i).translate(THAI_DIGITS)} : {s}" for i, s in enumerate(steps, 1))
    else:
        inline = " ".join(f"{i}) {s}" for i, s in enumerate(steps, 1))
    short = f"{day.day} {SHORT_MONTHS[day.month - 1]} {str(day.year + 543)[2:]}"
    opener = rng.choice(["เรียบเรียงโดย :", "ผู้เขียน", "เจ้าของความรู้"])
    lines = [f"ข่าวกิจกรรม สพอ.{district}", "", f"{district} – {short} สพอ.{district} จัดเวทีถอดบทเรียน{draft.title[6:]}",
             "", draft.title, "", background, inline, "", f"{opener} {person.name}",
             f"{post}{level or ''} {office}", f"โทร. {phone}"] + chrome_tail(corpus)
    return "\n".join(lines) + "\n"


def render_organisation(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                        steps, wrapped, more_quantities):
    """A record owned by an organisation: a district office or a volunteer club, under an owner label."""
    rng = corpus.rng
    background = " ".join([background] + more_quantities)
    day = _date(corpus)
    if rng.random() < 0.5:
        owner = office
        gold.update(author={"kind": "organization", "name": office}, position=None)
    else:
        owner = f"ชมรมอาสาพัฒนาชุมชนอำเภอ{district}"
        gold.update(author={"kind": "organization", "name": owner}, position=None, office=None)
    gold.update(date=day.isoformat(), steps=[starts(s) for s in steps])
    lines = [draft.title, "", dateline(corpus, day), "", f"{rng.choice(['เจ้าของผลงาน', 'เจ้าของความรู้', 'โดย'])} {owner}",
             f"ติดต่อ โทร. {phone}", "", background, "ขั้นตอนการดำเนินงาน"] + _list(steps, "arabic")
    return "\n".join(lines) + "\n" + "\n".join(chrome_tail(corpus)) + "\n"


def render_twocol(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                  steps, wrapped, more_quantities):
    """A KM book page with its layout kept: a running head, the header lines, then the steps and the outcomes in
    two columns side by side, joined on each line by a run of spaces."""
    rng = corpus.rng
    background = " ".join([background] + more_quantities)
    outcomes = pick(corpus, "outcomes", 1, min(3, len(steps)))
    factors = pick(corpus, "success_factors", 1, 2)
    gold.update(steps=[starts(s) for s in steps], outcomes=[starts(o) for o in outcomes],
                success_factors=[starts(f) for f in factors])
    left = _list(steps, "arabic")
    width = max(display_width(line) for line in left + ["ขั้นตอนการดำเนินงาน"]) + rng.randint(6, 14)
    right = ["ผลที่เกิดขึ้น"] + ["- " + o for o in outcomes]
    rows = [pad(a, width) + b if b else a
            for a, b in zip(["ขั้นตอนการดำเนินงาน"] + left, right + [""] * (len(left) + 1 - len(right)), strict=False)]
    lines = [pad(f"องค์ความรู้ พช.{province} ปี {rng.randint(2560, 2567)}", 70) + f"หน้า {rng.randint(2, 60)}", "",
             draft.title, "", f"ชื่อเจ้าของความรู้ {person.name}", f"ตำแหน่ง {post}{level or ''}",
             f"สังกัด {office} จังหวัด{province}", f"โทร. {phone}", "", "ความเป็นมา", background, ""] + rows
    lines += ["", "ปัจจัยแห่งความสำเร็จ"] + ["- " + f for f in factors]
    return "\n".join(lines) + "\n"


CATEGORY_OPTIONS = ["สร้างสรรค์ชุมชนพึ่งตนเองได้", "ส่งเสริมเศรษฐกิจฐานรากให้ขยายตัวอย่างสมดุล",
                    "เสริมสร้างทุนชุมชนให้มีธรรมาภิบาล", "เสริมสร้างองค์กรให้มีขีดสมรรถนะสูง"]


def _one_line_form(draft, person, post, level, office, province, phone) -> str:
    """The opening of an individual form as a flipbook's text layer writes it: on one line."""
    return (f"แบบบันทึกองค์ความรู้ระดับบุคคล 1. ชื่อองค์ความรู้ {draft.title} 2. ชื่อ-สกุล {person.name} "
            f"ตำแหน่ง {post}{level or ''} สังกัด {office} จังหวัด{province} โทร. {phone}")


def render_slashcat(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                    steps, wrapped, more_quantities):
    """A flipbook's one-line form listing all four categories, the chosen one marked by a following "/"."""
    rng = corpus.rng
    background = " ".join([background] + more_quantities)
    number = rng.randint(1, 4)
    outcome = rng.choice(POOLS["outcomes"])
    gold.update(category=f"หมวดที่ {number} {CATEGORY_OPTIONS[number - 1]}", steps=[starts(s) for s in steps],
                outcomes=[starts(outcome)])
    options = " ".join(f"หมวดที่ {i} {name}" + (" /" if i == number else "")
                       for i, name in enumerate(CATEGORY_OPTIONS, 1))
    numbers = " ".join(f"5.{i} {step}" for i, step in enumerate(steps, 1))
    form = (_one_line_form(draft, person, post, level, office, province, phone)
            + f" 3. องค์ความรู้ที่บ่งชี้ (เลือกได้จำนวน 1 หมวด) {options} 4. ที่มา ความสำคัญ {background}"
            f" 5. ขั้นตอนการดำเนินงาน {numbers} 6. ผลลัพธ์ที่ได้ {outcome}")
    lines = [f"Home Explore KM{province}", "", "Published by cdd, 2020-04-20 02:17:51", "", "Search", "",
             "Read the Text Version", "", form]
    return "\n".join(lines) + "\n"


def render_pagestart(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                     steps, wrapped, more_quantities):
    """A flipbook's text page that begins with the tail of the previous record (its numbered outcomes, success
    factors and cautions) before this record's own one-line form."""
    background = " ".join([background] + more_quantities)
    before = (pick(corpus, "outcomes", 2, 2), pick(corpus, "success_factors", 1, 1), pick(corpus, "cautions", 2, 2))
    outcome, caution = before[0][1], before[2][1]  # this record's own differ from the previous one's
    gold.update(steps=[starts(s) for s in steps], outcomes=[starts(outcome)], cautions=[starts(caution)])
    tail = (f"-3- 6.ผลลัพธ์ที่ได้ 6.1 {before[0][0]} 7. ปัจจัยความสำเร็จ {before[1][0]} "
            f"8. ข้อควรระวัง {before[2][0]}")
    numbers = " ".join(f"4.{i} {step}" for i, step in enumerate(steps, 1))
    form = ("-1- " + _one_line_form(draft, person, post, level, office, province, phone)
            + f" 3. ที่มา ความสำคัญ {background} 4. ขั้นตอนการดำเนินงาน {numbers} 5. ผลลัพธ์ที่ได้ {outcome}"
            f" 6. ข้อควรระวัง {caution}")
    lines = ["Home Explore องค์ความรู้", "", "Published by cdd, 2021-05-02 11:05:33", "", "Read the Text Version", "",
             tail, "", form]
    return "\n".join(lines) + "\n"


COVER_SECOND_LINES = ["ครัวเรือนต้นแบบ โคก หนอง นา พัฒนาชุมชน", "ผู้นำต้นแบบการพัฒนาชุมชน",
                      "ครัวเรือนต้นแบบการพัฒนาคุณภาพชีวิต"]


def render_cover(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                 steps, wrapped, more_quantities):
    """A model household's (or leader's) KM book: host chrome naming the villager, a cover (title over two lines,
    the villager and their address, the district office that compiled the book), a foreword, steps, outcomes.
    The villager is the author (no post), the compiling office the office."""
    rng = corpus.rng
    owner = corpus.person()
    second = rng.choice(COVER_SECOND_LINES)
    office = f"สำนักงานพัฒนาชุมชนอำเภอ{district}"
    village = rng.choice(POOLS["district_parts_a"]) + rng.choice(POOLS["district_parts_b"])
    tambon = rng.choice(POOLS["district_parts_a"]) + rng.choice(POOLS["district_parts_b"])
    outcomes = pick(corpus, "outcomes", 1, 2)
    gold.update(title=f"{draft.title} {second}", position=None, office={"name": office}, phone=None,
                author={"kind": "person", "honorific": owner.honorific, "given_name": owner.given,
                        "family_name": owner.family},
                steps=[starts(s) for s in steps], outcomes=[starts(o) for o in outcomes])
    lines = ["The words you are searching are inside this book.", "", owner.name, "",
             "Published by cdd" + str(rng.randint(1, 99)) + ", 2021-10-05 08:40:12", "", draft.title, second, "",
             owner.name, f"บ้าน{village} ตำบล{tambon}", f"อำเภอ{district} จังหวัด{province}", "", office, "", "คำนำ",
             " ".join([background] + more_quantities), "", "ขั้นตอนการดำเนินงาน"] + _list(steps, "arabic")
    lines += ["", "ผลที่เกิดขึ้น"] + ["- " + o for o in outcomes]
    return "\n".join(lines) + "\n"


def render_coauthors(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                     steps, wrapped, more_quantities):
    """A numbered form naming several writers: two officers in the owner field (the office written once after
    both), now and then a co-writer after the last section. The first officer is the author."""
    rng = corpus.rng
    background = " ".join([background] + more_quantities)
    second, second_post = corpus.person(), rng.choice(POSTS[:4])
    cautions = pick(corpus, "cautions", 1, 2)
    writers = [person.name, second.name]
    lines = ["แบบบันทึกองค์ความรู้", f"1. ชื่อองค์ความรู้ : {draft.title}",
             f"2. ชื่อเจ้าขององค์ความรู้ : {person.name} ตำแหน่ง {post}{level or ''}",
             f"   และ{second.name} ตำแหน่ง {second_post}", f"   สังกัด {office} จังหวัด{province} โทร {phone}",
             "3. ความเป็นมา", background, "4. ขั้นตอนการดำเนินงาน"] + _list(steps, "arabic", "   {n}) {item}")
    lines += ["5. ข้อควรระวัง"] + ["   - " + c for c in cautions]
    if rng.random() < 0.5:
        third = corpus.person()
        writers.append(third.name)
        lines.append(f"ผู้ร่วมเขียน : {third.name} ประธานกลุ่ม{rng.choice(POOLS['topics'])[:12]}")
    gold.update(steps=[starts(s) for s in steps], cautions=[starts(c) for c in cautions], writers=writers)
    return "\n".join(lines) + "\n"


# --- this session's families (issue #10, docs/wild-formats.md rounds 4-5, tests/fixtures/wild-3 and wild-4) ---------

BOOK_NAMES = ["รวมเรื่องดีคนพัฒนา", "เรื่องเล่าจากพัฒนากร", "คลังความรู้คนพัฒนา"]
PORTAL_SECTIONS = ["ด้านการส่งเสริมอาชีพ", "ด้านการพัฒนาคุณภาพชีวิต", "ด้านการพัฒนาผู้นำชุมชน",
                   "ด้านการส่งเสริมเศรษฐกิจฐานราก"]
TITLE_SECOND_LINES = ["สู่ความเข้มแข็งของชุมชน", "ด้วยพลังของแม่บ้านในหมู่บ้าน", "เพื่อความยั่งยืนของครัวเรือน",
                      "แบบบูรณาการภาคีเครือข่าย"]  # no principle named (the gold's principles come from the prose)
WORD_FORM_CATEGORIES = ["หมวดองค์ความรู้", "องค์ความรู้ที่บ่งชี้"]


def _credit_post(corpus: Corpus) -> str:
    post = corpus.rng.choice(POSTS[:4])
    return post + (corpus.rng.choice(LEVELS[:3]) if post != "เจ้าหน้าที่พัฒนาชุมชน" else "")


def render_storypage(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                     steps, wrapped, more_quantities):
    """A KM book's story page: the book's running head (name, B.E. year, page), a short headline, the story, steps,
    an outcome, then the closing credits `เรื่อง : NAME POST`, `ภาพ : OTHER POST`, the office's line, the running head
    again. The writer is the author; no phone, no date."""
    rng = corpus.rng
    office = f"สำนักงานพัฒนาชุมชนอำเภอ{district}"
    outcome = rng.choice(POOLS["outcomes"]) + (" " + " ".join(more_quantities) if more_quantities else "")
    gold.update(office={"name": office}, phone=None, steps=[starts(s) for s in steps], outcomes=[starts(outcome)])
    year, page = rng.randint(2560, 2567), rng.randint(3, 80)
    head = f"{rng.choice(BOOK_NAMES)} พช.{province} {corpus.digits(str(year))}   "
    lines = [head + corpus.digits(str(page)), draft.title, background, "ขั้นตอนการดำเนินงาน"]
    lines += _list(steps, "arabic")
    lines += ["ผลที่ได้รับ", outcome, f"เรื่อง : {person.name} {post}{level or ''}",
              f"ภาพ : {corpus.person().name} {_credit_post(corpus)}", f"{office} จังหวัด{province}",
              head + corpus.digits(str(page + 1))]
    return "\n".join(lines) + "\n"


def render_news(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                steps, wrapped, more_quantities):
    """A provincial office's news post with no blank line at all: site name, menu, a date line, the headline, a
    paragraph opening with NAME run into POST and OFFICE, the credit `ข่าว/ภาพ : สพอ.<district>`, a read counter.
    The province is the site's; no steps, no phone."""
    rng = corpus.rng
    office = f"สำนักงานพัฒนาชุมชนอำเภอ{district}"
    day = _date(corpus)
    be = day.year + 543
    written = rng.choice([f"{day.day} {SHORT_MONTHS[day.month - 1]} {be}", f"{day.day} {MONTHS[day.month - 1]} {be}"])
    gold.update(office={"name": office}, phone=None, date=day.isoformat(), steps=[])
    opening = (f"{person.name} {post}{level or ''} {office} "
               f"{rng.choice(['ลงพื้นที่ติดตามการดำเนินงาน', 'ร่วมกับผู้นำชุมชนจัดเวทีเรื่อง'])}{draft.title[6:]}")
    lines = [f"สำนักงานพัฒนาชุมชนจังหวัด{province}", "หน้าแรก | ข่าวสาร | องค์ความรู้ | ติดต่อเรา",
             corpus.digits(written), draft.title, opening, " ".join([background] + more_quantities),
             f"ข่าว/ภาพ : สพอ.{district}", f"อ่าน {rng.randint(12, 900)} ครั้ง"]
    return "\n".join(lines) + "\n"


def render_kmtitle(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                   steps, wrapped, more_quantities):
    """A provincial KM blog post: a Thai dateline, the whole header in the title line `KM : TITLE โดย NAME` (the
    name often bare: no honorific, no post, no office), the narrative (now and then naming the village of the
    work), steps `ขั้นตอนที่ ๑ …`, the Blogger footer. The place is the village address's, or none."""
    rng = corpus.rng
    day = _date(corpus)
    bare = rng.random() < 0.6
    name = f"{person.given} {person.family}" if bare else person.name
    gold.update(author={"kind": "person", "honorific": None if bare else person.honorific,
                        "given_name": person.given, "family_name": person.family},
                position=None, office=None, phone=None, date=day.isoformat(), steps=[starts(s) for s in steps])
    story = " ".join([background] + more_quantities)
    if rng.random() < 0.5:
        village = rng.choice(POOLS["district_parts_a"]) + rng.choice(POOLS["district_parts_b"])
        tambon = rng.choice(POOLS["district_parts_a"]) + rng.choice(POOLS["district_parts_b"])
        story = (f"ครัวเรือนเป้าหมายอยู่ที่บ้าน{village} หมู่ที่ {rng.randint(1, 15)} ตำบล{tambon} อำเภอ{district} "
                 f"จังหวัด{province} " + story)
    else:  # no place but a title that names its province
        gold.update(district=None, province=province if f"จังหวัด{province}" in draft.title else None)
    heading = ["บันทึกขุมความรู้ (Knowledge Assets)"] if rng.random() < 0.5 else []
    lines = [f"วัน{THAI_DAYS[day.weekday()]}ที่ {day.day} {MONTHS[day.month - 1]} พ.ศ. {day.year + 543}", "",
             f"KM : {draft.title} โดย {name}", "", "   " + story] + heading
    lines += [f"   ขั้นตอนที่ {str(i).translate(THAI_DIGITS)} {step}" for i, step in enumerate(steps, 1)]
    lines += ["", f"โพสต์โดย km{rng.randint(1, 99)} ที่ {rng.randint(6, 22)}:{rng.randint(10, 59)}",
              "ไม่มีความคิดเห็น:", "แสดงความคิดเห็น"]
    return "\n".join(lines) + "\n"


def render_portallist(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                      steps, wrapped, more_quantities):
    """A portal page with a numbered list: site chrome, the section line (the category), `[รูปภาพ]`, the title, the
    one-line byline `โดย : … ตำแหน่ง : … วันที่ : …`, the address, the story and `1. 2. 3.` steps."""
    rng = corpus.rng
    section = rng.choice(PORTAL_SECTIONS)
    year, month, day = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    hour, minute, second = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    gold.update(category=section, phone=None, steps=[starts(s) for s in steps],
                date=f"{year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}")
    lines = ["ระบบคลังความรู้ กรมการพัฒนาชุมชน", "หน้าหลัก | คลังความรู้ | ค้นหา", section, "[รูปภาพ]", draft.title,
             f"โดย : {person.name} ตำแหน่ง : {post}{level or ''} วันที่ : "
             f"{year}-{month:02d}-{day:02d}-{hour:02d}:{minute:02d}:{second:02d}",
             f"ที่อยู่ : {office} จังหวัด{province}", "ความเป็นมา ->", " ".join([background] + more_quantities),
             "ขั้นตอนการดำเนินงาน ->"] + _list(steps, "arabic")
    return "\n".join(lines) + "\n"


def render_twolinetitle(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                        steps, wrapped, more_quantities):
    """A cover whose title is set over two short lines (each at most 50 characters) above the owner's lines
    (name, post, office with province, phone), then the story, steps and outcomes."""
    rng = corpus.rng
    first = draft.title.split(" จังหวัด")[0]
    second = rng.choice(TITLE_SECOND_LINES)
    outcomes = pick(corpus, "outcomes", 1, 2)
    gold.update(title=f"{first} {second}", steps=[starts(s) for s in steps], outcomes=[starts(o) for o in outcomes])
    lines = [first, second, "", person.name, f"{post}{level or ''}", f"{office} จังหวัด{province}", f"โทร. {phone}", "",
             "ความเป็นมา", " ".join([background] + more_quantities), "", "ขั้นตอนการดำเนินงาน"]
    lines += _list(steps, "arabic") + ["", "ผลที่เกิดขึ้น"] + ["- " + o for o in outcomes]
    return "\n".join(lines) + "\n"


def render_wordform(corpus, draft, gold, person, post, level, office, province, district, phone, background,
                    steps, wrapped, more_quantities):
    """A Word form saved as text: tab-separated label/value rows and the four categories on one row, the chosen
    one ticked (■ among □); steps and outcomes below; now and then a date alone on the last line."""
    rng = corpus.rng
    number = rng.randint(1, 4)
    outcomes = pick(corpus, "outcomes", 1, 2)
    gold.update(category=f"หมวดที่ {number} {CATEGORY_OPTIONS[number - 1]}", steps=[starts(s) for s in steps],
                outcomes=[starts(o) for o in outcomes])
    row = "\t".join(("■" if i == number else "□") + f" หมวดที่ {i} {name}"
                    for i, name in enumerate(CATEGORY_OPTIONS, 1))
    lines = ["แบบบันทึกองค์ความรู้", f"ชื่อองค์ความรู้\t{draft.title}", f"เจ้าของความรู้\t{person.name}",
             f"ตำแหน่ง\t{post}{level or ''}", f"สังกัด\t{office} จังหวัด{province}", f"โทรศัพท์\t{phone}",
             f"{rng.choice(WORD_FORM_CATEGORIES)}\t{row}", "ที่มาและความสำคัญ", " ".join([background] + more_quantities),
             "ขั้นตอนการดำเนินงาน"] + _list(steps, "arabic", "{n}.\t{item}")
    lines += ["ผลที่ได้รับ"] + ["-\t" + o for o in outcomes]
    if rng.random() < 0.5:
        day = _date(corpus)
        gold["date"] = day.isoformat()
        lines += ["", corpus.digits(f"วันที่ {day.day} {SHORT_MONTHS[day.month - 1]} {day.year + 543}")]
    return "\n".join(lines) + "\n"


def pdf_damage(corpus: Corpus, text: str, head: int) -> str:
    """Flipbook damage: sara am printed as a space, marks moved past the next consonant (the unambiguous stacked
    form where that consonant has a vowel of its own) in the form's first `head` characters (labels, title, name:
    a mark moved into the next word of the prose would leave no span that reads as that word alone), tone marks
    as private-use glyphs."""
    rng = corpus.rng
    words = sorted({w for w in re.findall(r"[ก-์]*ำ[ก-์]*", text)})
    for word in rng.sample(words, min(len(words), rng.randint(2, 8))):
        text = text.replace(word, word.replace("\u0e33", " \u0e32", 1), 1)
    moved = list(re.finditer("([ก-ฮ])([\u0e34-\u0e37\u0e38\u0e39]?[\u0e48-\u0e49])([ก-ฮ])([\u0e31\u0e34-\u0e39])",
                             text[:head]))
    for match in sorted(rng.sample(moved, min(len(moved), rng.randint(1, 4))), key=lambda m: -m.start()):
        c1, marks, c2, vowel = match.groups()
        text = text[:match.start()] + c1 + c2 + marks + " " + vowel + text[match.end():]
    if rng.random() < 0.3:
        text = re.sub("(?<=[ก-ฮ])\u0e48(?=[าอ])", "\uf70a", text, count=3)
    return text


# --- damage ------------------------------------------------------------------------------------------


def damage(corpus: Corpus, text: str) -> tuple[str, str, str]:
    """PDF and typing damage the reader repairs, then an encoding and line ends. Returns text, encoding, eol."""
    rng = corpus.rng
    encoding = rng.choices(["utf-8", "utf-8-sig", "cp874", "utf-16"], weights=[70, 12, 12, 6])[0]
    if rng.random() < 0.3:
        words = [w for w in corpus.repairs if w in text]
        for word in rng.sample(words, min(len(words), rng.randint(1, 6))):
            text = text.replace(word, corpus.repairs[word])
    if rng.random() < 0.3:
        text = text.replace("\u0e33", "\u0e4d\u0e32")
    if rng.random() < 0.3:
        lines = text.split("\n")
        for _ in range(rng.randint(1, 2)):
            at = rng.randrange(3, len(lines) - 1)
            if lines[at].strip() and lines[at - 1].strip():
                lines.insert(at, f"- {str(rng.randint(2, 9)).translate(THAI_DIGITS)} -")
        text = "\n".join(lines)
    if encoding != "cp874" and rng.random() < 0.2:
        positions = [m.start() for m in re.finditer(r"(?<=[ก-ฮ])(?=[ก-ฮ])", text)]
        for at in sorted(rng.sample(positions, min(len(positions), 5)), reverse=True):
            text = text[:at] + "\u200b" + text[at:]
    eol = "\r\n" if rng.random() < 0.25 else "\n"
    return text.replace("\n", eol), encoding, eol


def encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if encoding == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8")
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:  # ☑ and friends are not in TIS-620: such a record stays UTF-8
        return text.encode("utf-8")


def graph_facts(drafts: list[Draft]) -> dict:
    persons = {(d.gold["author"]["given_name"], d.gold["author"]["family_name"])
               for d in drafts if d.gold["author"]["kind"] == "person"}
    return {
        "about": "Facts the built graph must hold across records.",
        "records": len(drafts), "persons": len(persons),
        "organization_authors": [d.rid for d in drafts if d.gold["author"]["kind"] == "organization"],
        "distinct_provinces": sorted({d.gold["province"] for d in drafts if d.gold["province"]}),
        "offices": sorted({d.gold["office"]["name"] for d in drafts if d.gold["office"]}),
    }


def make_corpus(count: int, seed: int, out: Path) -> dict:
    corpus = Corpus(seed)
    records_dir = out / "records"
    records_dir.mkdir(parents=True, exist_ok=True)
    drafts = []
    for index in range(count):
        draft, text = make_draft(corpus, index)
        text, encoding, _ = damage(corpus, text)
        (records_dir / f"{draft.rid}.txt").write_bytes(encode(text, encoding))
        drafts.append(draft)
    gold = {
        "about": "Generated by benchmarks/make_corpus.py; the comparison rules are those of ../shared/gold/seeds.json.",
        "records": {d.rid: d.gold for d in drafts},
        "layouts": {d.rid: d.template for d in drafts},
        "graph": graph_facts(drafts),
    }
    (out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args()
    gold = make_corpus(args.count, args.seed, args.out)
    print(f"wrote {len(gold['records'])} records and gold.json to {args.out}")


if __name__ == "__main__":
    main()
