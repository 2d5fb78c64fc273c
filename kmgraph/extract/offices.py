"""The office and the place of a post: a post named after its place, the office a page names, the department,
the province of a district from the gazetteer."""

from __future__ import annotations

from .. import tables
from ..model import Line, Record, Text
from .datelines import news_dateline
from .lengths import MAX_BYLINE
from .places import find_office, place_name

CONTEXT_CHARS = 5000  # characters of a record read for places that tell an ambiguous district's province


def office_of_page(record: Record, header: list[Line]) -> None:
    """No office or district with the author: the district office a page's short header lines name (a site's
    "ข่าวกิจกรรม สพอ.กุยบุรี"), else the district a news dateline opens with, if the gazetteer knows it."""
    from .gazetteer import gazetteer

    for line in header:
        if len(line.text) > MAX_BYLINE:
            continue
        office = find_office(Text(line.text, line.start, line.end))
        if (office and office[1] == "district" and gazetteer().districts_named(office[2])
                and (record.district is None or record.district.text == office[2])):
            record.office, _, place = office
            record.found_by["office"] = "lexicon"
            if record.district is None:  # the span of the place's name, the office's last words
                record.district = Text(place, max(record.office.end - len(place), record.office.start),
                                       record.office.end)
                record.found_by["district"] = "lexicon"
            return
    for line in header if record.district is None else []:
        news = news_dateline(line.text)
        if news and gazetteer().districts_named(news[0].group("place")):
            start = line.start + news[0].start("place")
            record.district = Text(news[0].group("place"), start, start + len(news[0].group("place")))
            record.found_by["district"] = "lexicon"
            return


def centre_of_page(record: Record, header: list[Line]) -> None:
    """No office found: a centre's name alone on a header line (a centre's story book: เรื่องเล่าจากห้องเรียนชุมชน /
    ศูนย์ศึกษาและพัฒนาชุมชนขอนแก่น over each story) is the record's office; the places stay the story's."""
    if record.office is not None:
        return
    centre = tables.lexicon().offices.centre_canonical
    for line in header:
        stripped = line.text.strip()
        if not stripped or len(stripped) > MAX_BYLINE:
            continue
        lead = len(line.text) - len(line.text.lstrip())
        office = find_office(Text(stripped, line.start + lead, line.start + lead + len(stripped)))
        if office and office[0].text.startswith(centre) and office[0].end - office[0].start == len(stripped):
            record.office = office[0]
            record.found_by["office"] = "lexicon"
            return


def department_in(pieces: list[Text]) -> Text | None:
    """The department named as an office (สังกัด กรมการพัฒนาชุมชน, a post's rest): an office with no place."""
    department = tables.lexicon().offices.department
    for piece in pieces:
        lead = len(piece.text) - len(piece.text.lstrip())
        if piece.text.startswith(department, lead):
            return Text(department, piece.start + lead, piece.start + lead + len(department))
    return None


def place_of_post(record: Record, rest: Text) -> None:
    """A post named after its place (พัฒนาการอำเภอสวี, พัฒนาการจังหวัดน่าน): the place is the record's."""
    places = tables.lexicon().places
    if record.position is None:
        return
    for level in ("district", "province"):
        if record.position.title.endswith(places.level(level)):
            name, used = place_name(rest.text, level, known_only=True, run_on=True)
            if name:
                lead = len(rest.text) - len(rest.text.lstrip())
                setattr(record, level, Text(name, rest.start + lead, rest.start + max(used, lead)))
                record.found_by[level] = "lexicon"


def office_of_post(record: Record) -> None:
    """No office named: a post that heads the office of its place (พัฒนาการอำเภอบ้านแพง) names it, from the place
    read after the post (lexicon.toml [head_posts])."""
    if record.office is not None or record.position is None:
        return
    level = tables.lexicon().head_posts.get(record.position.title)
    place = getattr(record, level) if level in ("district", "province") else None
    if place is None:
        return
    offices = tables.lexicon().offices
    canonical = offices.district_canonical if level == "district" else offices.province_canonical
    record.office = Text(canonical + place.text, place.start, place.end)
    record.found_by["office"] = "lexicon"


def province_of_district(record: Record, context: str) -> Text | None:
    """The province of the record's district from the gazetteer; an ambiguous name is resolved from the context
    or left empty with a warning naming the candidates."""
    from .gazetteer import gazetteer

    district = record.district
    resolution = gazetteer().resolve_district(district.text, context_text=context)
    if resolution.resolved:
        record.found_by["province"] = "gazetteer"
        if resolution.district and resolution.district.name != district.text:
            record.district = Text(resolution.district.name, district.start, district.end)
        record.warnings.append(f"province {resolution.province.name_th} taken from the gazetteer for district "
                               f"{district.text} ({resolution.evidence})")
        return Text(resolution.province.name_th, district.start, district.end)
    if resolution.status == "ambiguous":
        names = ", ".join(sorted(d.province_name for d in resolution.candidates))
        record.warnings.append(f"district {district.text} is in several provinces ({names}): province left empty")
    return None
