"""The record's owner: the texts that may name the author (fields, bylines, signatures, credits, a cover's or a
site's owner, an organization) and the author, post, office, places and phone read from them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from .. import tables
from ..model import Author, CleanText, Line, Record, Segmented, Text
from ..thai import compact, longest_first
from .authors import all_writers
from .chrome import is_site_name
from .credits import credit_label, credit_rank, glued_to_name, news_only, title_byline
from .datelines import news_dateline
from .dates import parse_date
from .fields import HeaderFields, split_inline_fields
from .header import lines_after_title
from .lengths import MAX_BYLINE, MAX_CHROME, MAX_NAME, MAX_TITLE
from .letters import lexicon_prefix
from .names import byline_in, from_honorific, honorific_keys, is_byline, is_name_line, names_someone
from .offices import (
    CONTEXT_CHARS,
    centre_of_page,
    department_in,
    office_of_page,
    office_of_post,
    place_of_post,
    province_of_district,
)
from .persons import parse_author, parse_position
from .phones import closing_phone, parse_phone
from .places import capital_district, district_of_province, find_office, find_place, opens_with_office
from .sections import section_spans, section_texts, verbatim
from .segment import is_noise


def credits_as_authors(segmented: Segmented) -> Segmented:
    """A closing credit read as a title field (เรื่อง : นายณัฐพล ใจกล้า / นักวิชาการพัฒนาชุมชน… สพอ.…): a value that is
    a person's name with a post title after it on its line, or alone with one on the line below it, names the
    author, not the title."""
    sections = list(segmented.sections)
    credits = []
    for index, section in enumerate(sections):
        if section.kind == "title" and is_byline(section.value.strip()):
            credits.append(index)
            continue
        if section.kind != "title" or not is_name_line(section.value.strip()):
            continue
        below = [line for later in sections[index:index + 2] for line in later.lines if line.text.strip()]
        if below and lexicon_prefix(below[0].text.strip(), tables.lexicon().post_titles) is not None:
            credits.append(index)
            following = sections[index + 1] if index + 1 < len(sections) else None
            if not any(line.text.strip() for line in section.lines) and following is not None \
                    and following.lines and following.lines[0] is below[0]:
                # the post opens the next section (a dated line below it opens the body): it is the credit's line
                sections[index] = replace(section, lines=(below[0],))
                sections[index + 1] = replace(following, lines=following.lines[1:])
    if not credits:
        return segmented
    return replace(segmented, sections=tuple(replace(section, kind="author") if index in credits else section
                                             for index, section in enumerate(sections)))


def _after_closing_credit(segmented: Segmented) -> list[Line]:
    """The lines closing a page under its last owner's field when that field is the page's last but one section
    (a story's credits: เรื่อง : NAME POST / ภาพ : NAME POST / the office's line): they are the credit's block."""
    sections = segmented.sections
    if len(sections) >= 2 and sections[-2].kind == "author":
        return [line for line in sections[-1].lines if line.text.strip()]
    return []


def sign_offs_as_header(segmented: Segmented) -> Segmented:
    """A foreword's sign-off (คำนำ … / ผู้จัดทำ) read as an owner's label with no name: when a later owner field
    names someone, the lines under the sign-off (the record's title, on a book's page) are header lines."""
    authors = segmented.of_kind("author")
    named = [section for section in authors if section.value.strip()]
    blank = [section for section in authors if not section.value.strip() and named
             and section.heading_start < named[-1].heading_start
             and not any(names_someone(line.text) for line in section.lines if line.text.strip())]
    if not blank:
        return segmented
    header = tuple(sorted([*segmented.header, *(line for section in blank for line in section.lines)],
                          key=lambda line: line.start))
    return replace(segmented, header=header,
                   sections=tuple(section for section in segmented.sections if section not in blank))


def extract_author(record: Record, segmented: Segmented, header: list[Line], record_notes: list[Text],
                    run_on: list[Text]) -> None:
    """Author, post, office, places and phone: from labelled fields first, then from what the words of the header
    are (a byline, a profile, an organization named in the title), places completed from the gazetteer. The
    header fields are searched as they stand in the clean text (verbatim), since the spans of what is found in
    them are computed from offsets."""
    clean = record.clean
    assert clean is not None

    def texts(*kinds: str) -> list[Text]:
        return [verbatim(clean, text) for text in section_texts(segmented, *kinds)]

    sources = [("label", text) for text in run_on] + _author_sources(clean, segmented, header, record.title)
    found = record.found_by
    inline: dict[str, list[Text]] = {}
    writer_texts = [text for how, text in sources if how == "label"]  # where the co-writers are named
    labelled: set[int] = set()  # starts of values read after a label; the others were known by their words
    for how, text in sources:
        text = _team_office(text) or text  # ทีมจัดการความรู้ ศูนย์ศึกษาและพัฒนาชุมชนลำปาง: the centre owns the record
        if (record.author is not None and how != found.get("author") and how != "label"
                and (inline.get("position") or not _names_author(record.author, text))):
            continue  # the author is known and this text adds nothing to it (see the two branches below): unread
        fields = _organization_over_post(text, split_inline_fields(_without_item_number(text)))
        author = None
        if not (fields.name and fields.name.text.strip()) and fields.fields.get("author"):
            inner = split_inline_fields(fields.fields["author"][0])  # ชื่อ-สกุล เจ้าของความรู้ NAME: labels in a row
            fields = HeaderFields(inner.name, {**fields.fields, **inner.fields}, fields.labelled | inner.labelled)
        if not (fields.name and fields.name.text.strip()) and fields.fields.get("position"):
            fields = _name_after_post(fields)  # นักวิชาการพัฒนาชุมชนชำนาญการ นายสมชาย ใจดี
        if fields.name and how == "label" and (group := _group_over_its_contact(fields.name)) is not None:
            fields = HeaderFields(group, fields.fields, fields.labelled)  # เจ้าของความรู้ กลุ่ม… ประธานกลุ่ม นาง…
        elif fields.name:
            fields = _name_before_digits(HeaderFields(from_honorific(fields.name), fields.fields, fields.labelled))
            fields = _karan_back_from_post(fields)
        if fields.name and (group := _group_before_address(clean.text, fields.name)) is not None:
            fields = HeaderFields(group, fields.fields, fields.labelled)  # เจ้าของความรู้ กลุ่ม…บ้าน… หมู่ที่ 3 ตำบล…
        if fields.name and names_someone(fields.name.text):
            author = parse_author(fields.name.text)
            span = fields.name
        elif not (fields.name and fields.name.text.strip()) and fields.fields.get("office"):
            office = find_office(fields.fields["office"][0])
            if office:
                author, span = Author("organization", office[0].text), office[0]
        if record.author is None and author is not None:
            record.author, record.author_span, found["author"] = author, span, how
            writer_texts.append(text)
            if how == "guessed":
                record.warnings.append(f"author {author.name} guessed from the organization the title or the text "
                                       "opens with")
        if record.author is not None and how == found.get("author") or how == "label":
            for kind, values in fields.fields.items():
                inline.setdefault(kind, []).extend(values)
            labelled |= fields.labelled
        elif not inline.get("position") and fields.fields.get("position") and _names_author(record.author, text):
            # the form gives only the name; another header text names the same person with the post (a cover line)
            for kind, values in fields.fields.items():
                inline.setdefault(kind, []).extend(values)
            labelled |= fields.labelled
    if record.author is None and (owner := _site_owner(header) or _running_head_owner(clean.text)) is not None:
        record.author, record.author_span, found["author"] = Author("organization", owner.text), owner, "lexicon"
    record_notes.extend(inline.get("other", []))
    if record.author and record.author.kind == "person" and not record.author.honorific:
        record.author = _honorific_from_text(record.author, record.clean.text if record.clean else "")

    addresses: list[Text] = []
    for address in texts("address"):
        parts = split_inline_fields(address)
        addresses += [parts.name] if parts.name else []
        # everything in an address section's value follows its label (ที่อยู่ : กลุ่มงาน… สำนักงาน…)
        labelled |= {address.start} | {value.start for values in parts.fields.values() for value in values}
        for kind, values in parts.fields.items():
            inline.setdefault(kind, []).extend(values)

    position_rest: list[Text] = []
    if inline.get("position") and not (record.author and record.author.kind == "organization"):
        # an organization holds no post: one read near its name is a person's the story names (พัฒนากร…)
        piece = inline["position"][0]
        record.position, rest = parse_position(piece.text)
        found["position"] = _how(found, piece, labelled)
        if rest:
            offset = piece.text.rfind(rest)
            position_rest.append(Text(rest, piece.start + max(offset, 0), piece.end))
            place_of_post(record, position_rest[-1])

    author_text = record.author_span
    places = inline.get("office", []) + position_rest + addresses + inline.get("place", [])
    place_fields = texts("place")
    places += ([author_text] if author_text else []) + place_fields
    if record.author and record.author.kind == "organization" and author_text:
        places += _address_of(clean.text, author_text)  # กลุ่ม…บ้านดอนสวรรค์ อำเภอท่าอุเทน …: the group's district
        places += _village_address(clean.text, author_text)  # its village's address, given in the story
    unit = _labelled_unit([value for value in inline.get("office", []) if value.start in labelled])
    own = inline.get("office", []) + position_rest + addresses  # where the writer's own office is written
    unit = unit if unit is not None and not any(find_office(piece) for piece in own) else None
    if unit is not None:  # สังกัด กลุ่มงานส่งเสริม…: a unit under an office label is the office as written
        record.office, found["office"] = unit, "label"  # (not an office the story names)
    for piece in [] if unit is not None else places:
        office = find_office(piece)
        if office:
            record.office, level, place = office
            found["office"] = _how(found, piece, labelled | {p.start for p in place_fields})
            start = record.office.end - len(place)
            if level == "district":
                record.district = Text(place, max(start, record.office.start), record.office.end)
                found["district"] = found["office"]
            else:
                record.province = Text(place, max(start, record.office.start), record.office.end)
                found["province"] = found["office"]
            break
    if record.author and record.author.kind == "organization" and record.office is None:
        office = find_office(author_text) if author_text else None
        if office:
            record.office = office[0]

    office_of_post(record)  # พัฒนาการอำเภอบ้านแพง: the head of สำนักงานพัฒนาชุมชนอำเภอบ้านแพง
    if record.office is None:  # the department itself, after an executive's post (รองอธิบดีกรมการพัฒนาชุมชน)
        record.office = department_in(inline.get("office", []) + position_rest)
    if record.office is None and not _group_owned(record):  # a site's name is no office of a group it publishes
        office_of_page(record, header + _after_closing_credit(segmented))
    labelled = {id(piece) for piece in place_fields + addresses + inline.get("place", [])}
    provincial = record.office is not None and record.district is None and record.province is not None
    if record.district is None and record.office is None or record.district is None and record.province:
        # a provincial office's record has no district, wherever its story happened (สถานที่เกิดเหตุการณ์ …)
        # a labelled place is read as written; a district named in prose must be known
        for piece in [] if provincial and found.get("province") != "guessed" else places:
            record.district = find_place(piece, "district", known_only=id(piece) not in labelled)
            if record.district:
                found["district"] = found.get("author", "label")
                break
    if record.province is None:
        for piece in places:
            record.province = find_place(piece, "province")
            if record.province:
                found["province"] = found.get("author", "label")
                break
    if record.office is None and record.district is None and record.province is None:
        address = _work_address(clean.text)  # no office named: the village the work was done in
        if address is not None:
            record.district, record.province = address
            found["district"] = found["province"] = "guessed"
    if record.province is None and record.district is not None:
        context = "\n".join([piece.text for piece in places] + [line.text for line in header]
                            + [record.clean.text[:CONTEXT_CHARS] if record.clean else ""])
        record.province = province_of_district(record, context)
    if record.district is not None and record.province is not None:
        capital = capital_district(record.district.text,
                                   tables.lexicon().gazetteer.province_prefixes[0] + record.province.text)
        if capital:
            record.district = Text(capital, record.district.start, record.district.end)
            if record.office and record.office.text.endswith(tables.lexicon().gazetteer.capital_district_word):
                record.office = Text(tables.lexicon().offices.district_canonical + capital,
                                     record.office.start, record.office.end)
        elif (own := district_of_province(record.district.text, record.province.text)) is not None:
            if record.office and record.office.text.endswith(record.district.text):  # the office of that district
                record.office = Text(record.office.text[:-len(record.district.text)] + own,
                                     record.office.start, record.office.end)
            record.district = Text(own, record.district.start, record.district.end)
    if record.province is None and record.title is not None:
        record.province = find_place(verbatim(clean, record.title), "province")
        if record.province:
            found["province"] = "guessed"
    if not _group_owned(record):  # a centre's story book: the centre over each story, whoever tells it
        centre_of_page(record, header)

    phones = texts("phone") + inline.get("phone", [])
    for piece in phones:
        record.phone = parse_phone(piece)
        if record.phone:
            found["phone"] = "label"
            break
    if record.phone is None:  # a number written without its label, in the header or the author's lines
        unlabelled = [text for _, text in sources] + [Text(line.text, line.start, line.end) for line in header]
        for piece in unlabelled:
            record.phone = _uncounted_phone(piece)
            if record.phone:
                found["phone"] = "lexicon"
                break
    if record.phone is None:  # the owner's or the office's closing line: โทร … alone on the line below
        owners = [record.author_span] if record.author_span is not None else []
        own = record.office.text if record.office is not None else None
        owners += [text for _, text in _closing_offices(segmented)
                   if own is not None and (office := find_office(text)) and office[0].text == own]
        if record.author is not None and record.author.kind == "organization":
            owners += _named_again(clean.text, record.author.name)  # the owner's label line under a running head
        for owner in owners:
            record.phone = _phone_below(clean.text, owner)
            if record.phone:
                found["phone"] = "label"
                break
    if record.phone is None and record.office is not None:  # the running head of the record's own office
        record.phone = _running_head_phone(clean.text, record.office)
        if record.phone:
            found["phone"] = "lexicon"
    if record.phone is None and segmented.sections:  # a labelled phone on a closing line (phones.closing_phone)
        record.phone = closing_phone([Text(line.text, line.start, line.end) for line in segmented.sections[-1].lines
                                      if line.text.strip()][-MAX_CREDIT_LINES:])
        if record.phone:
            found["phone"] = "label"
    for piece in inline.get("date", []):
        iso = parse_date(piece.text)
        if iso:
            record.date = Text(iso, piece.start, piece.end)
            found["date"] = "label"
            break
    record.authors = all_writers(record, writer_texts)


_DIGIT = re.compile("[0-9๐-๙]")


def _name_before_digits(fields: HeaderFields) -> HeaderFields:
    """A person's name ends where digits start (โดยนางเยาวลักษณ์ ศรีวงศ์   ๒๒ ส.ค. ๖๓: a blog's byline and its date):
    the name before them; what follows, when it is a date, is a date field of the byline."""
    name = fields.name
    digit = _DIGIT.search(name.text) if name is not None else None
    if name is None or digit is None or not compact(name.text).startswith(honorific_keys()):
        return fields
    kept = name.text[:digit.start()].rstrip()
    if not names_someone(kept):
        return fields
    extra = dict(fields.fields)
    rest = Text(name.text[digit.start():].rstrip(), name.start + digit.start(), name.end)
    if parse_date(rest.text):
        extra["date"] = [*extra.get("date", []), rest]
    return HeaderFields(Text(kept, name.start, name.start + len(kept)), extra, fields.labelled)


def _group_over_its_contact(name: Text) -> Text | None:
    """An owner's value that opens with an organization's name and names a person after it with the role (เจ้าของ
    องค์ความรู้ กลุ่มแม่บ้าน…บ้านควนหนองหงส์ ประธานกลุ่ม นางวิไลวรรณ …): the organization owns the knowledge, the person
    is its contact; its name is the words before the role's. None when the value opens otherwise or names no one."""
    if not name.text.startswith(tuple(tables.lexicon().organization_prefixes)):
        return None
    person = from_honorific(name)
    if person.start == name.start or not names_someone(person.text):
        return None
    words = list(re.finditer(r"\S+", name.text[:person.start - name.start]))
    kept = words[:max(1, len(words) - 1)]
    end = kept[-1].end()
    return Text(name.text[:end], name.start, name.start + end)


_MOVED_KARAN = re.compile("^[\u0e01-\u0e2e]\u0e4c(?=[\u0e31\u0e34-\u0e3a])")  # นั with a karan before its vowel


def _karan_back_from_post(fields: HeaderFields) -> HeaderFields:
    """A family name's last karan a font moved on to the post glued after it (ศรีวงษน์ักวิชาการ: a karan before
    the post's first vowel, which Thai never writes): the karan back on the name (ศรีวงษ์), the post without it."""
    name, posts = fields.name, fields.fields.get("position")
    if name is None or not posts or posts[0].start != name.end or not _MOVED_KARAN.match(posts[0].text):
        return fields
    post = posts[0]
    mended = Text(post.text[0] + post.text[2:], post.start, post.end)
    named = Text(name.text + "\u0e4c", name.start, name.end)
    return HeaderFields(named, {**fields.fields, "position": [mended, *posts[1:]]}, fields.labelled)


def _organization_over_post(text: Text, fields: HeaderFields) -> HeaderFields:
    """An organization's name that runs on over post-like words to its place (ชมรมผู้นำอาสาพัฒนาชุมชนอำเภอบางระกำ,
    read as the name ชมรม before the post ผู้นำอาสาพัฒนา): the whole name, the fields read after it but a post."""
    name = fields.name
    if name is None or not fields.fields.get("position") or not compact(name.text).startswith(
            tuple(compact(word) for word in tables.lexicon().organization_prefixes)):
        return fields
    lead = len(text.text) - len(text.text.lstrip())
    organization = _organization_in(Text(text.text[lead:], text.start + lead, text.end))
    if organization is None:  # ชมรมผู้นำอาสาพัฒนาตำบลบ้านนา: a subdistrict (its place glued on) ends the name too
        organization = _organization_to_subdistrict(text, name)
    if organization is None or organization.end <= name.end or len(organization.text.split()) > 1:
        return fields
    rest = split_inline_fields(Text(text.text[organization.end - text.start:], organization.end, text.end))
    kept = {kind: values for kind, values in rest.fields.items() if kind != "position"}  # an organization holds no post
    return HeaderFields(organization, kept, rest.labelled)


def _organization_to_subdistrict(text: Text, name: Text) -> Text | None:
    """An organization's name written as one word that runs on over post words to its subdistrict (ชมรมผู้นำอาสา
    พัฒนาตำบลบ้านนา, the word ending where its district's อำเภอ… follows apart): the whole word; None when no
    subdistrict's word (lexicon.toml [gazetteer] subdistrict_prefixes) is glued in it after the name read."""
    lead = len(text.text) - len(text.text.lstrip())
    word = text.text[lead:].split(maxsplit=1)[0] if text.text.strip() else ""
    start = text.start + lead
    if len(word) > MAX_NAME:
        return None
    after = name.end - start
    if after <= 0 or not any(word.find(prefix, after) > after
                             for prefix in tables.lexicon().gazetteer.subdistrict_prefixes):
        return None
    return Text(word, start, start + len(word))


def _names_author(author: Author | None, text: Text) -> bool:
    """Whether text names the person who is the record's author (given and family name, spaces aside)."""
    if author is None or author.kind != "person" or not (author.given_name and author.family_name):
        return False
    return compact(author.given_name + author.family_name) in compact(text.text)


_ITEM_NUMBER = re.compile(r"^\s*[0-9๐-๙]{1,2}\s?[.)]\s*")


_LEADER_DOTS = re.compile(r"[ \t]*[.…]{2,}[ \t]*")  # dots leading a label's value to it (ผู้นำเสนอ...NAME)


def _without_item_number(text: Text) -> Text:
    """An author field whose value is a numbered list of names (ชื่อเจ้าของความรู้ / 1) นาย… / 2) นาง…): the
    first name without its number (taken for a numbered item of the header, it would hide the name); one led to its
    label by dots (ผู้นำเสนอ/เล่าเรื่อง...กลุ่ม…): the name without them."""
    dots = _LEADER_DOTS.match(text.text)
    if dots is not None:
        text = Text(text.text[dots.end():], text.start + dots.end(), text.end)
    number = _ITEM_NUMBER.match(text.text)
    if number is None or not compact(text.text[number.end():]).startswith(honorific_keys()):
        return text
    return Text(text.text[number.end():], text.start + number.end(), text.end)


def _how(found: dict[str, str], piece: Text, labelled: set[int]) -> str:
    """How a value was found: after a label, else by its words (lexicon), unless the author itself was guessed."""
    if found.get("author") == "guessed":
        return "guessed"
    return "label" if piece.start in labelled else "lexicon"


def _name_after_post(fields: HeaderFields) -> HeaderFields:
    """A header that opens with the post and names the person after it: the name is what follows the post."""
    piece = fields.fields["position"][0]
    _, rest = parse_position(piece.text)
    line = rest.split("\n", 1)[0].strip()
    if not line or not names_someone(line):
        return fields
    start = piece.start + piece.text.find(line)
    post = Text(piece.text[: start - piece.start].strip(), piece.start, start)
    return HeaderFields(Text(line, start, start + len(line)), {**fields.fields, "position": [post]})


def _author_sources(clean: CleanText, segmented: Segmented, header: list[Line],
                    title: Text | None) -> list[tuple[str, Text]]:
    """Texts that may name the author, best first, with how they are known: labelled author fields; bylines
    (a name before a post title or an office, in a header line or the title line); a blog profile; an
    organization the title opens with."""
    sources = [("label", text) for text in section_spans(clean, segmented, "author")]
    sources += _bylines_under_labels(sources)
    profile_mark = tables.templates().chrome.profile_marks
    lines = [Text(line.text, line.start, line.end) for line in header]
    office_profiles: list[tuple[str, Text]] = []  # a blog account named after an office (สพอ.บ้านลาด :: โปรไฟล์)
    for line in lines:
        for mark in profile_mark:
            if line.text.rstrip().endswith(mark):
                name = line.text.rstrip()[: -len(mark)].rstrip(" :")
                sources.append(("label", Text(name, line.start, line.start + len(name))))
                if opens_with_office(name):
                    office_profiles.append(sources[-1])
    prose_bylines: list[tuple[str, Text]] = []
    for line in lines:
        if len(line.text) <= MAX_BYLINE and (byline := byline_in(line)) is not None:
            (prose_bylines if len(line.text.strip()) > MAX_TITLE else sources).append(("lexicon", byline))
        elif (owner := _owner_run_on(line)) is not None:
            sources.append(("label", owner))
    # the story's first paragraph, under no heading or under a story's (เนื้อหาบล็อก : ข้าพเจ้า นาย… ตำแหน่ง …)
    story = [line for section in segmented.of_kind(*SIGNATURE_KINDS) for line in section.lines if line.text.strip()][:1]
    for line in story:  # the form run on into the story's first paragraph, under a post's date line
        if (owner := _owner_run_on(Text(line.text, line.start, line.end))) is not None:
            sources.append(("label", owner))
        elif (byline := _byline_in_lead(Text(line.text, line.start, line.end))) is not None:
            if _first_person(line.text[:byline.start - line.start]) and office_profiles:  # ข้าพเจ้า NAME POST …:
                sources.insert(sources.index(office_profiles[0]), ("lexicon", byline))  # the writer, over the
            else:  # office account that posted the story (พัฒนาชุมชนจังหวัด… :: โปรไฟล์)
                prose_bylines.append(("lexicon", byline))
    lesser_credits: list[tuple[str, Text]] = []  # a photographer's credit: the owner only when no writer is named
    for line in lines:  # a byline closing the title line (KM : TITLE โดย NAME): a name, with no post after it
        where = title_byline(line.text) if len(line.text) <= MAX_TITLE else None
        if where and names_someone(line.text[where[0]:where[1]]) and where[0] > len(line.text) // 3:
            name = line.text[where[0]:where[1]]
            if not split_inline_fields(Text(name, 0, len(name))).fields:
                sources.append(("lexicon", Text(name, line.start + where[0], line.start + where[1])))
    for line in lines:  # a person after a label the reader does not know (ผู้รับผิดชอบ : นายสมชาย ใจดี)
        unknown = _UNKNOWN_LABEL_LINE.match(line.text)
        if unknown and len(line.text) <= MAX_BYLINE:
            piece = Text(line.text[unknown.end():].strip(), line.start + unknown.end(), line.end)
            fields = split_inline_fields(piece)
            if fields.name and compact(fields.name.text).startswith(honorific_keys()):
                rank = credit_rank(unknown.group(0))
                (lesser_credits if rank else sources).append(("lexicon", piece))
    office_credits: list[tuple[str, Text]] = []  # an office credited (สนับสนุนโดย OFFICE, ข่าว/ภาพ : สพอ.…)
    for line in lines:  # an office after a credit's label (สนับสนุนโดย สำนักงานพัฒนาชุมชนอำเภอ… โทร …)
        credited = _office_credit(line)
        if credited is not None:
            office_credits.append(("label", credited))
    office_credits += _office_under_title(segmented, title) + _closing_teams(segmented) + _closing_offices(segmented)
    sources += _person_under_title(clean, segmented, title)  # a cover: เรื่อง / TITLE / NAME / POST / OFFICE
    signature = closing_credit(clean, segmented, header)
    if signature:
        sources.append(("lexicon", signature))
    sources += [("label", teller) for teller in _tellers(clean.text)][:1]
    sources += lesser_credits
    if not sources or sources == office_profiles:  # a byline closing the story, read only when nothing above
        # names the writer but the office whose account posted it: the officer who signs it over the account
        sources[:0] = [("lexicon", byline) for byline in _closing_bylines(segmented)]
    if not sources and not prose_bylines:  # a book's running head names its officer with the post (องค์ความรู้ของ
        prose_bylines += [("lexicon", byline) for byline in _running_head_bylines(clean.text)][:1]  # นาย… POST หน้า ๓)
    if not sources and not prose_bylines:  # an officer named with the post inside a long paragraph
        prose_bylines += [("lexicon", byline) for line in lines  # (or glued to the prose before it in a shorter one)
                          if (byline := _byline_in_paragraph(line)) is not None][:1]
    if not sources and not prose_bylines:  # … เรียบเรียงจากประสบการณ์ของนายก ข พัฒนาการอำเภอ… closing the story
        prose_bylines += [("lexicon", byline) for byline in _closing_paragraph_bylines(segmented)][:1]
    if office_credits:  # a lead whose officer presides over an event (… เป็นประธานเปิด…): the credited office's news
        prose_bylines = [(how, byline) for how, byline in prose_bylines if not _presiding(clean.text, byline)]
    sources += prose_bylines  # a name before a post inside a sentence: only when no credit names the writer
    subject = _news_subject(clean.text, lines, title)
    reporters = _reporting_offices(clean.text, office_credits, subject)
    sources += [credit for credit in office_credits if credit not in reporters]  # an office credited owns the
    # record only when no person is named with a post; one credited only with the news (ข่าว/ภาพ : สพอ.…) of a group
    # the title opens with and the story is about reported it: the group owns the knowledge, the office no field
    owner = _cover_owner(clean, header)
    if owner:  # a cover's person owns the book over the office a label credits (จัดทำโดย / OFFICE)
        offices = [index for index, (_, text) in enumerate(sources) if opens_with_office(text.text)]
        sources.insert(offices[0] if offices else len(sources), ("lexicon", owner))
    organization = _organization_in(title) if title is not None else None
    if organization is None and subject is not None and reporters:
        organization = subject  # the group a news lead opens with, its news credited to an office
    if organization:
        sources.append(("guessed", organization))
    sources += [("lexicon", text) for _, text in reporters]  # after the group the title opens with
    if not sources and (head := _running_head_owner(clean.text)) is not None:
        sources.append(("lexicon", head))  # a book's running head names its office: the owner over a group it names
    if not sources:  # no one named or credited: an organization the story opens with (กลุ่ม… ตำบล… เล่าว่า …)
        story = lines_after_title(header, title) + [line for section in segmented.of_kind("body")
                                              for line in section.lines if line.text.strip()]
        for line in story[:1]:
            lead = _dateline_lead(line.text)  # ท่าอุเทน – กลุ่ม…: the news story opens after its dateline
            opening_text = line.text[lead:].rstrip()[:MAX_CHROME]
            opening = Text(opening_text, line.start + lead, line.start + lead + len(opening_text))
            office = find_office(opening)
            if office and office[0].start == opening.start:
                sources.append(("guessed", office[0]))
            elif (organization := _organization_in(opening)) is not None:
                sources.append(("guessed", organization))
        if not sources:  # … ได้ตั้งกลุ่ม…บ้าน… อำเภอ… ขึ้น …: a group named with its place in the first or last paragraph
            # of the story, else in any line of the record (องค์ความรู้นี้เป็นของกลุ่ม… under its outcomes)
            rest = [line for section in segmented.sections for line in section.lines if line.text.strip()]
            for line in story[:1] + story[-1:] + story[1:-1] + rest:
                group = _group_in(clean.text, Text(line.text, line.start, line.end))
                if group is not None:
                    sources.append(("guessed", group))
                    break
    return sources


def _first_person(before: str) -> bool:
    """Whether what stands before a lead's byline is a first-person pronoun alone (ข้าพเจ้า, ดิฉัน: lexicon.toml
    [bylines] pronouns): the writer names themself."""
    return before.strip() in tables.lexicon().bylines.pronouns


def _news_subject(text: str, lines: list[Text], title: Text | None) -> Text | None:
    """The organization a story is about: the one the title opens with (กลุ่มทอผ้าไหมบ้าน… อำเภอ… กับ…) when the story
    names it again, else the one a news lead opens with after its dateline (เชียงคำ – ๒๒ ส.ค. ๖๕ เครือข่าย…อำเภอเชียงคำ
    จังหวัดพะเยา เล่าว่า …)."""
    organization = _organization_in(title) if title is not None else None
    if organization is not None:
        return organization if text.find(organization.text, title.end) >= 0 else None
    for line in lines:
        lead = _dateline_lead(line.text)
        if lead and len(line.text) > MAX_TITLE:
            opening = line.text[lead:lead + MAX_CHROME]
            return _organization_in(Text(opening, line.start + lead, line.start + lead + len(opening)))
    return None


def _reporting_offices(text: str, credits: list[tuple[str, Text]],
                       subject: Text | None) -> list[tuple[str, Text]]:
    """The offices credited only with a story's news or photos (ข่าว/ภาพ : สพอ.ชนบท) of an organization the story is
    about (_news_subject): they reported the group's knowledge."""
    if subject is None:
        return []
    reporters = []
    for credit in credits:
        line_start = text.rfind("\n", 0, credit[1].start) + 1
        lead = text[line_start:credit[1].start]
        label = _credit_line().match(lead)
        if label is not None and label.end() == len(lead) and news_only(label.group("label")):
            reporters.append(credit)
    return reporters


def _bylines_under_labels(labelled: list[tuple[str, Text]]) -> list[tuple[str, Text]]:
    """A writer's label whose name is missing (a listing's เขียนโดย, its link dropped) takes the lines below it into
    its value (a teaser's title, then DATE | โดย NAME): the honorific names after a byline's word in those lines."""
    found: list[tuple[str, Text]] = []
    for _, text in labelled:
        if names_someone(text.text.split("\n", 1)[0]):
            continue
        start = text.start
        for line in text.text.split("\n"):
            where = title_byline(line) if len(line) <= MAX_BYLINE else None
            if where and compact(line[where[0]:]).startswith(honorific_keys()):
                found.append(("lexicon", Text(line[where[0]:where[1]], start + where[0], start + where[1])))
            start += len(line) + 1
    return found


def _group_in(text: str, paragraph: Text) -> Text | None:
    """An organization (กลุ่ม…, วิสาหกิจชุมชน…, ชมรม…) named inside a paragraph with its address right after its
    name (กลุ่ม…บ้านดอนสวรรค์ อำเภอท่าอุเทน จังหวัด…): its name, a word with no space in it. A group of a sentence
    with no address after it (… รวมกลุ่มกันทำปุ๋ย …) is no owner."""
    for match in _organization_word().finditer(paragraph.text):
        start = paragraph.start + match.start()
        piece = Text(text[start:paragraph.end], start, paragraph.end)
        organization = _organization_in(piece)
        if organization is None or len(organization.text.split()) > 1 or not _address_of(text, organization):
            continue
        return organization
    return None


@lru_cache(maxsize=1)
def _organization_word() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, longest_first(tables.lexicon().organization_prefixes))))


def _byline_in_lead(line: Text) -> Text | None:
    """A person named with a post in the opening of a story's lead too long to be read as a byline whole (วันจันทร์ที่
    6 กุมภาพันธ์ 2566 นายก ข พัฒนาการอำเภอ… พร้อมทีม… ลงพื้นที่… over a long paragraph): the byline read in the lead's
    opening MAX_BYLINE characters; one of a byline's length under a post's date line whole (เมื่อราคา…ตกต่ำ นางสาวก ข
    นักวิชาการพัฒนาชุมชน… สำนักงานพัฒนาชุมชนอำเภอ… เล่าว่า…: the story's section, no header line, names the writer)."""
    opening = Text(line.text[:MAX_BYLINE], line.start, min(line.end, line.start + MAX_BYLINE))
    byline = byline_in(opening)
    return byline if byline is not None and _names_a_person(byline) else None


def _names_a_person(byline: Text) -> bool:
    """Whether a byline read in a story's prose names a person: a team of officers (ทีมพัฒนากรอำเภอ… ลงพื้นที่…)
    names no one."""
    name = split_inline_fields(byline).name
    return name is not None and parse_author(name.text).kind == "person"


PARAGRAPH_NAME_CHARS = 120  # characters before a post title in a paragraph where its holder's name is looked for


def _byline_in_paragraph(line: Text) -> Text | None:
    """A person named before a post title inside a paragraph too long to be read as a byline whole (… นางสาวก ข
    นักวิชาการพัฒนาชุมชนชำนาญการ สำนักงาน… ได้จัด…): the byline read in a window around the first post title."""
    post = _post_title_word().search(line.text)
    if post is None:
        return None
    start = max(0, post.start() - PARAGRAPH_NAME_CHARS)
    end = min(len(line.text), post.start() + MAX_BYLINE - PARAGRAPH_NAME_CHARS)
    window = Text(line.text[start:end], line.start + start, line.start + end)
    return byline_in(window) or _byline_after_honorific(window, post.start() - start)


def _byline_after_honorific(window: Text, post: int) -> Text | None:
    """A name glued to the prose word before it (…ถอดจากประสบการณ์ของนางวิไลวรรณ เกตุแก้ว เจ้าพนักงานพัฒนาชุมชน…):
    the byline read from the last honorific before the post title."""
    for match in reversed(list(_honorific_word().finditer(window.text, 0, post))):
        byline = byline_in(Text(window.text[match.start():], window.start + match.start(), window.end))
        if byline is not None and byline.start == window.start + match.start():
            return byline
    return None


def _presiding(text: str, byline: Text) -> bool:
    """Whether the byline's officer presides over an event (NAME POST[place] เป็นประธาน…: lexicon.toml [bylines]
    presiding_words)."""
    end = text.find("\n", byline.start)
    return _officer_presiding().match(text, byline.start, end if end >= 0 else len(text)) is not None


@lru_cache(maxsize=1)
def _officer_presiding() -> re.Pattern[str]:
    presiding = "|".join(map(re.escape, tables.lexicon().bylines.presiding_words))
    return re.compile(rf"(?:{_honorific_word().pattern})[ก-๙]+\s+[ก-๙]+\s*(?:{_post_title_word().pattern})\S*"
                      rf"\s+(?:{presiding})")


@lru_cache(maxsize=1)
def _honorific_word() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, longest_first(tables.lexicon().honorifics))))


@lru_cache(maxsize=1)
def _post_title_word() -> re.Pattern[str]:
    """Any post title the lexicon knows (นักวิชาการพัฒนาชุมชน, พัฒนาการอำเภอ …)."""
    return re.compile("|".join(map(re.escape, longest_first(tables.lexicon().post_titles))))


_DATELINE_DASH = re.compile(r"^\s*[ก-๙]{2,25}\s+[–—-]\s+")


def _dateline_lead(text: str) -> int:
    """Where a news story's words begin after the dateline it opens with (PLACE – , PLACE - DATE): the place a word
    of Thai letters set off by a spaced dash, the date if one follows; 0 for no dateline (leading spaces skipped)."""
    news = news_dateline(text)
    if news is not None:
        end = news[1].end
    elif (dash := _DATELINE_DASH.match(text)) is not None:
        end = dash.end()
    else:
        end = 0
    return end + len(text[end:]) - len(text[end:].lstrip())


MAX_ADDRESS = 120  # characters from a village's or tambon's word to the province of its address
MAX_ADDRESS_TRIES = 8  # the village and tambon words read (ประจำตำบล in prose is no address)


def _work_address(text: str) -> tuple[Text, Text] | None:
    """The district and province of the first village or tambon address in text (บ้าน… หมู่ที่ 7 ตำบล… อำเภอ…
    จังหวัด…): a district the gazetteer knows, with its province after it."""
    words = "|".join(map(re.escape, tables.lexicon().places.smaller))
    for number, match in enumerate(re.finditer(words, text)):
        if number == MAX_ADDRESS_TRIES:
            break
        start = match.start()
        window = Text(text[start:start + MAX_ADDRESS], start, min(len(text), start + MAX_ADDRESS))
        district = find_place(window, "district")
        if district is None:
            continue
        rest = Text(text[district.end:window.end], district.end, window.end)
        province = find_place(rest, "province")
        if province is not None:
            return district, province
    return None


def _labelled_unit(values: list[Text]) -> Text | None:
    """An office label's value that names a unit with no place of its own (กลุ่มงานส่งเสริมการพัฒนาชุมชน, สถาบันการ
    พัฒนาชุมชน): its first line, when no CDD office with a place is named in it."""
    units = tables.lexicon().offices.other
    for value in values:
        line = value.text.strip().split("\n", 1)[0].strip()
        if any(line.startswith(unit) and len(line) > len(unit) for unit in units) and find_office(value) is None:
            start = value.start + value.text.find(line)
            return Text(line, start, start + len(line))
    return None


def _office_credit(line: Text) -> Text | None:
    """An office a credit's label or a maker's words name (สนับสนุนโดย OFFICE, เรื่อง : OFFICE, จัดทำโดย OFFICE) on a
    header line of its own: the line from the office on."""
    if len(line.text) > MAX_BYLINE:
        return None
    label = _credit_line().match(line.text)
    if label is not None and glued_to_name(label.group("label"), line.text[label.end("label"):label.end()]):
        return None  # ข่าวพัฒนาชุมชนจังหวัด…: a site's name, no credit
    if label is None or credit_rank(label.group("label")) is None:
        label = _signature_opener().match(line.text)  # จัดทำโดย, รวบรวมโดย: the office made the record
        if label is None or not label.group(0).strip():
            return None
    rest = Text(line.text[label.end():], line.start + label.end(), line.end)
    return rest if opens_with_office(rest.text) else None


@lru_cache(maxsize=1)
def _credit_line() -> re.Pattern[str]:
    return re.compile(r"^\s*(?P<label>" + credit_label() + r")\s*[:：]?\s*")


def _team_office(text: Text) -> Text | None:
    """A team, unit or staff word with an office after it (ทีมจัดการความรู้ ศูนย์ศึกษาและพัฒนาชุมชนลำปาง, เจ้าหน้าที่
    สำนักงานพัฒนาชุมชนอำเภอ…): the text from the office on, the record's owner."""
    lead = len(text.text) - len(text.text.lstrip())
    if not text.text.startswith(tuple(tables.lexicon().offices.teams), lead):
        return None
    window = Text(text.text[:lead + MAX_NAME], text.start, text.start + min(len(text.text), lead + MAX_NAME))
    office = find_office(window)
    if office is None or office[0].start == text.start + lead:
        return None
    at = office[0].start - text.start
    after = office[0].end - text.start
    rest = split_inline_fields(Text(text.text[after:], office[0].end, text.end))
    if rest.name is not None and rest.name.text.strip():  # ทีม KM ศูนย์ฯสุราษฎร์ธานี ได้ถอดบทเรียน…: prose follows
        return office[0]  # the office by its name, not the sentence run on after it
    return Text(text.text[at:], office[0].start, text.end)


def _closing_teams(segmented: Segmented) -> list[tuple[str, Text]]:
    """A team of an office credited on a line of its own among the record's last lines (ทีมจัดการความรู้ ศูนย์…,
    เรียบเรียงโดย คณะทำงาน… สำนักงาน…): the office, after a credit's label or alone."""
    found: list[tuple[str, Text]] = []
    for line, how, at in _closing_credit_lines(segmented):
        team = _team_office(Text(line.text[at:], line.start + at, line.end))
        if team is not None:
            found.append((how, team))
    return found


def _closing_offices(segmented: Segmented) -> list[tuple[str, Text]]:
    """An office on a line of its own among the record's last lines, alone or after a credit's word, with only its
    address or phone after it (สำนักงานพัฒนาชุมชนอำเภอละงู โทร …, ข้อมูล: สำนักงานพัฒนาชุมชนอำเภอ…): the office a
    district's site closes its story with, the record's owner when no one is named."""
    found: list[tuple[str, Text]] = []
    for line, how, at in _closing_credit_lines(segmented):
        at += len(line.text[at:]) - len(line.text[at:].lstrip())
        office = find_office(Text(line.text, line.start, line.end))
        if office is not None and office[0].start == line.start + at and _only_places(line, office[0], phone=True):
            found.append((how, Text(line.text[at:], line.start + at, line.end)))
    return found


def _closing_credit_lines(segmented: Segmented) -> Iterator[tuple[Line, str, int]]:
    """The short lines among the record's last MAX_CREDIT_LINES non-empty ones, each with how a credit on it would
    be found ("label" after a credit's word, else "lexicon") and where the text after that word starts."""
    if not segmented.sections:
        return
    for line in [line for line in segmented.sections[-1].lines if line.text.strip()][-MAX_CREDIT_LINES:]:
        if len(line.text) > MAX_BYLINE:
            continue
        label = _signature_opener().match(line.text)
        yield line, "label" if label and label.group(0).strip() else "lexicon", label.end() if label else 0


def _office_under_title(segmented: Segmented, title: Text | None) -> list[tuple[str, Text]]:
    """An office's line alone right under a title field (องค์ความรู้ เรื่อง TITLE / สำนักงานพัฒนาชุมชนอำเภอ… จังหวัด
    …): the book's owner."""
    for section in segmented.of_kind("title"):
        lines = [line for line in section.lines if line.text.strip() and (title is None or line.start >= title.end)]
        if not lines or len(lines[0].text) > MAX_BYLINE:
            continue
        line = lines[0]
        lead = len(line.text) - len(line.text.lstrip())
        office = find_office(Text(line.text, line.start, line.end))
        if office is not None and office[0].start == line.start + lead and _only_places(line, office[0]):
            return [("lexicon", Text(line.text[lead:], line.start + lead, line.end))]
    return []


def _person_under_title(clean: CleanText, segmented: Segmented, title: Text | None) -> list[tuple[str, Text]]:
    """A person's name alone right under a title field's title, with the post and office lines below it (a book
    cover: เรื่อง / TITLE / นายก ข / พัฒนาการอำเภอ… / สำนักงาน…): the owner, post and office, read as one byline."""
    if title is None:
        return []
    for section in segmented.of_kind("title"):
        lines = [line for line in section.lines if line.text.strip() and line.start >= title.end]
        if not lines or not is_name_line(lines[0].text.strip()):
            continue
        end = lines[0].end
        for line in lines[1:1 + COVER_BYLINE_LINES]:
            text = line.text.strip()
            piece = Text(line.text, line.start, line.end)
            office = find_office(piece)
            if not (_post_title_word().match(text) or office is not None and _only_places(line, office[0])
                    and office[0].start == line.start + len(line.text) - len(line.text.lstrip())):
                break
            end = line.end
        lead = len(lines[0].text) - len(lines[0].text.lstrip())
        start = lines[0].start + lead
        return [("lexicon", Text(clean.text[start:end], start, end))]
    return []


COVER_BYLINE_LINES = 2  # a post line and an office line under a cover's name


def _only_places(line: Line, office: Text, phone: bool = False) -> bool:
    """Whether the words after an office's name on its line are only its address (จังหวัด แม่ฮ่องสอน), or, with
    phone, its phone (โทร ๐-๗๔๗๘-๑๒๓๖)."""
    rest = compact(line.text[office.end - line.start:])
    if not rest:
        return True
    words = tables.lexicon().gazetteer
    openers = (*words.province_prefixes, *words.district_prefixes)
    openers += tuple(tables.lexicon().inline_fields["phone"]) if phone else ()
    return rest.startswith(tuple(compact(word) for word in openers))


def _uncounted_phone(piece: Text) -> Text | None:
    """A phone written without its label, unless a count's unit follows it (ไปแล้ว 043 246 718 ครั้ง: a story's
    count under an owner's label, no phone; lexicon.toml [quantities] units)."""
    phone = parse_phone(piece)
    if phone is None:
        return None
    after = piece.text[phone.end - piece.start:].lstrip()
    return None if after.startswith(tuple(tables.lexicon().quantities.units)) else phone


MAX_PHONE_LINE = 40  # characters: a phone's line of its own under an owner's closing line (โทร. 036 – 244 – 517)


def _phone_below(text: str, owner: Text) -> Text | None:
    """A phone on the line right below the owner's line (NAMEตำแหน่ง POST / โทร. …, OFFICE / โทร …), alone with its
    label."""
    start = text.find("\n", owner.end)
    if start < 0:
        return None
    end = text.find("\n", start + 1)
    line = Text(text[start + 1:len(text) if end < 0 else end], start + 1, len(text) if end < 0 else end)
    if len(line.text.strip()) > MAX_PHONE_LINE:
        return None
    if not compact(line.text).startswith(tuple(compact(word) for word in tables.lexicon().inline_fields["phone"])):
        return None
    return parse_phone(line)


def _named_again(text: str, name: str) -> list[Text]:
    """Every place an organization's name closes a header line (หน่วยงานเจ้าของความรู้ ศูนย์ศึกษาและพัฒนาชุมชน…): the
    owner read from a book's running head is named again on its own labelled line, its phone on the line below."""
    places: list[Text] = []
    at = text.find(name, 0, CONTEXT_CHARS)
    while at >= 0:
        end = at + len(name)
        line_end = text.find("\n", end)
        if not text[end:len(text) if line_end < 0 else line_end].strip():
            places.append(Text(name, at, end))
        at = text.find(name, end, CONTEXT_CHARS)
    return places


def _running_head_owner(text: str) -> Text | None:
    """The office a book's running head names (สำนักงานพัฒนาชุมชนอำเภอทุ่งสง … หน้า ๒): a short line opening with an
    office, the same office opening another such line: the book's owner when no one is named."""
    seen: dict[str, Text] = {}
    for match in _DIGIT_LINE.finditer(text):
        line = Text(match.group(0), match.start(), match.end())
        if len(line.text) > MAX_BYLINE:
            continue
        lead = _PAGE_NUMBER_LEAD.match(line.text)
        office = find_office(line)
        if office is None or office[0].start != line.start + lead.end():
            continue
        if office[0].text in seen:
            return seen[office[0].text]
        seen[office[0].text] = office[0]
    return None



_PAGE_NUMBER_TAIL = re.compile(r"\s+\S*?\s*[0-9๐-๙]+(?:\s*/\s*[0-9๐-๙]+)?\s*$")  # … Page 14/40, … หน้า ๓


def _running_head_bylines(text: str) -> list[Text]:
    """A person named with the post in a book's running head (องค์ความรู้ของนาย… ชูแก้ว พัฒนาการอำเภอ… Page 14/40), the
    same name opening the byline of another such line: the byline without its page number, once."""
    seen: set[str] = set()
    for match in _DIGIT_LINE.finditer(text):
        if len(match.group(0)) > MAX_BYLINE:
            continue
        tail = _PAGE_NUMBER_TAIL.search(match.group(0))
        line = Text(match.group(0)[:tail.start()] if tail else match.group(0), match.start(),
                    match.start() + (tail.start() if tail else len(match.group(0))))
        byline = byline_in(line) if tail else None
        name = split_inline_fields(byline).name if byline is not None else None
        if name is None or not names_someone(name.text):
            continue
        if name.text in seen:
            return [byline]
        seen.add(name.text)
    return []


def _running_head_phone(text: str, office: Text) -> Text | None:
    """A phone on a line that opens with the record's own office (a book's running head: สำนักงานพัฒนาชุมชนอำเภอ…
    โทร … หน้า ๒)."""
    for match in _DIGIT_LINE.finditer(text):
        line = Text(match.group(0), match.start(), match.end())
        if len(line.text) > MAX_BYLINE:
            continue
        phone = parse_phone(line)
        if phone is None:
            continue
        lead = len(line.text) - len(line.text.lstrip())
        named = find_office(Text(line.text[:phone.start - line.start], line.start, phone.start))
        if named is not None and named[0].start == line.start + lead and named[0].text == office.text:
            return phone
    return None


_DIGIT_LINE = re.compile(r"^[^\n]*[0-9๐-๙][^\n]*$", re.MULTILINE)
_PAGE_NUMBER_LEAD = re.compile(r"\s*(?:[0-9๐-๙]{1,4}\s+)?")  # a running head may open with its page's number


def _site_owner(header: list[Line]) -> Text | None:
    """The office a site, a blog or a book's running head is named for (KM ศูนย์ฯพิษณุโลก, สำนักงาน… โทร …): the
    owner of a record that names no one else."""
    for line in header:
        if len(line.text) <= MAX_BYLINE and is_site_name(line.text.strip()):
            office = find_office(Text(line.text, line.start, line.end))
            if office:
                return office[0]
    return None


def _owner_run_on(line: Text) -> Text | None:
    """An owner's label run on inside a paragraph with the post after it (… เจ้าขององค์ความรู้ NAME ตำแหน่ง POST
    สังกัด OFFICE …) or the title's label before it (ชื่อองค์ความรู้ TITLE เจ้าของความรู้ กองทุน…): the text from the
    owner's name on. A paragraph longer than a byline (the form run on into the
    story) is read in its opening MAX_BYLINE characters, the form's fields ending a byline's length after the name."""
    opening = Text(line.text[:MAX_BYLINE], line.start, min(line.end, line.start + MAX_BYLINE))
    fields = split_inline_fields(opening)
    owners = fields.fields.get("author")
    formed = fields.fields.get("position") or fields.fields.get("title")  # a post after the name, or the title's label
    if not owners or not formed or not (fields.name and fields.name.text.strip()):  # before it: a form, not prose
        return None
    if not fields.fields.get("position"):
        return owners[0]  # no post after the name: the owner's value as the form's line splits it (an organization)
    start = owners[0].start
    end = min(line.end, start + MAX_BYLINE)
    return Text(line.text[start - line.start:end - line.start], start, end)


_UNKNOWN_LABEL_LINE = re.compile(r"^\s*[ก-๙A-Za-z./]{2,30}\s?:\s*(?=\S)")


def _cover_owner(clean: CleanText, header: list[Line]) -> Text | None:
    """A book cover's owner: a line that is a person's name alone with their address right below it (a model
    household's or leader's village, tambon, district, province): the name and the address lines."""
    for index, line in enumerate(header):
        if not is_name_line(line.text.strip()):
            continue
        end, last = line.end, line.end
        nearby = header[index + 1: index + 1 + 2 * MAX_ADDRESS_LINES]
        below_lines = [below for below in nearby if not is_noise(below.text)]  # a page's number aside
        for below in below_lines[:MAX_ADDRESS_LINES]:  # (village and tambon,) district, province
            if not _next_line(clean.text[last:below.start]) or not below.text.strip():
                break
            last = below.end
            piece = Text(below.text, below.start, below.end)
            if find_place(piece, "district") or find_place(piece, "province"):
                end = below.end
        if end > line.end:
            lead = len(line.text) - len(line.text.lstrip())
            return Text(clean.text[line.start + lead:end], line.start + lead, end)
    return None


def _next_line(gap: str) -> bool:
    """Whether the text between two lines is one line break, a page's number on a line of its own aside (a cover's
    name, - ๘ -, its address: the PDF's page broke the block)."""
    parts = gap.split("\n")
    return len(parts) >= 2 and not parts[0].strip() and not parts[-1].strip() \
        and all(part.strip() and is_noise(part) for part in parts[1:-1])


MAX_ADDRESS_LINES = 2
MAX_CREDIT_LINES = 8  # the last lines of a record's last section, where a closing credit stands
SIGNATURE_KINDS = ("body", "story")  # sections a closing signature may stand in


def closing_credit(clean: CleanText, segmented: Segmented, header: list[Line]) -> Text | None:
    """A signature or closing credit among the header lines, the story's sections and the last lines of the last
    section (a credit under the last list: เรียบเรียง : NAME / POST OFFICE)."""
    lines = list(header) + [line for section in segmented.of_kind(*SIGNATURE_KINDS) for line in section.lines]
    if segmented.sections and segmented.sections[-1].kind not in SIGNATURE_KINDS:
        lines += segmented.sections[-1].lines[-MAX_CREDIT_LINES:]
    return _signature(clean, [line for line in lines if line.text.strip()])


def _closing_bylines(segmented: Segmented) -> list[Text]:
    """Bylines on a line of their own among the last lines of the record (NAME POST OFFICE closing the story)."""
    if not segmented.sections:
        return []
    last = [line for line in segmented.sections[-1].lines if line.text.strip()][-MAX_CREDIT_LINES:]
    found = []
    for line in last:
        if len(line.text) <= MAX_BYLINE and (byline := byline_in(line)) is not None and _names_a_person(byline):
            found.append(byline)
    return found


def _closing_paragraph_bylines(segmented: Segmented) -> list[Text]:
    """Persons named with a post inside a paragraph among the last lines of the record (… จากประสบการณ์ของนายก ข
    พัฒนาการอำเภอ… ซึ่ง…), last first: the owner of a page that names no one else (its site's name aside)."""
    if not segmented.sections:
        return []
    last = [line for line in segmented.sections[-1].lines if line.text.strip()][-MAX_CREDIT_LINES:]
    found = []
    for line in reversed(last):
        byline = _byline_in_paragraph(Text(line.text, line.start, line.end))
        if byline is not None and _names_a_person(byline):
            found.append(byline)
    return found


def _signature(clean: CleanText, lines: list[Line]) -> Text | None:
    """A signature block: a line that is a person's name (with honorific) and a line below it opening with a
    known post title (and the office line after that): นายวีระพงษ์ คำภูแสน / นักวิชาการพัฒนาชุมชน… / สำนักงาน…
    Of several credits (เรื่อง : A / POST, ภาพ : B / POST) the best-ranked role's: the writer's."""
    signatures = []
    for index in range(len(lines) - 1):
        found = _signature_at(clean, lines, index)
        if found is not None:
            rank = credit_rank(found[1]) or 0  # no opener, or one that names no role (เจ้าของความรู้): the owner
            if rank == 0:
                return found[0]
            signatures.append((rank, found[0]))
    return min(signatures, key=lambda signature: signature[0])[1] if signatures else None


def _signature_at(clean: CleanText, lines: list[Line], index: int) -> tuple[Text, str] | None:
    """The signature block that opens at lines[index], with the credit label it opens with ("" for none)."""
    honorifics = honorific_keys()
    line = lines[index]
    opener = _signature_opener().match(line.text)  # เรียบเรียงโดย : NAME, ผู้เขียน NAME (a credit at the end)
    begin = line.start + (opener.end() if opener else 0)
    text = clean.text[begin:line.end].strip()
    begin = clean.text.index(text, begin) if text else begin
    if len(text) > MAX_NAME or not compact(text).startswith(honorifics):
        return None
    if split_inline_fields(Text(text, 0, len(text))).fields:
        return None  # a byline with its post on the same line is read as a byline
    post = lines[index + 1]
    if lexicon_prefix(post.text.strip(), tables.lexicon().post_titles) is None:
        return None
    end = post.end
    if index + 2 < len(lines) and find_office(Text(lines[index + 2].text, 0, len(lines[index + 2].text))):
        end = lines[index + 2].end
    return Text(clean.text[begin:end], begin, end), opener.group(0) if opener else ""


@lru_cache(maxsize=1)
def _signature_opener() -> re.Pattern[str]:
    """The words a credit line at the end of a record opens with, before the author's name (lexicon.toml)."""
    words = tables.lexicon().signature_openers
    return re.compile(r"^\s*(?:" + credit_label() + "|" + "|".join(map(re.escape, longest_first(words)))
                      + r")\s*[:：]?\s*")


def _organization_in(title: Text) -> Text | None:
    """An organization (a club, group, network …) the text opens with, named after its place (ชมรม…อำเภอบางระกำ):
    its name up to the end of the place's name. An office is left to find_office."""
    if not title.text.startswith(tuple(tables.lexicon().organization_prefixes)):
        return None
    office = find_office(Text(title.text[:MAX_NAME], title.start, title.start + min(len(title.text), MAX_NAME)))
    if office and office[0].start == title.start:
        return None
    place = find_place(title, "district") or find_place(title, "province")
    if place is None or place.end - title.start > MAX_NAME + MAX_ADDRESS:
        return None
    name = title.text[: place.end - title.start]
    address = _address_after_name().search(name)
    if address is not None:  # กลุ่ม…บ้านหนองแวง ตำบล… อำเภอ…: the group's address follows its name
        name = name[:address.start()]
    if len(name) > MAX_NAME:  # a long name's place, or an address far down the line: no organization's name
        return None
    return Text(name, title.start, title.start + len(name))


def _group_before_address(text: str, name: Text) -> Text | None:
    """An organization written with its address after it (กลุ่ม…บ้าน… หมู่ที่ 3 ตำบล… อำเภอ… จังหวัด…): its name, the
    address left to be read as its places. A name short enough to be one whole is cut only before an address that
    goes down to a subdistrict or a village (กลุ่ม…บ้านดอนมูล ตำบลป่าคา อำเภอ…), never before a district or a
    province alone (ชมรม… อำเภอบางระกำ may be the club's name)."""
    group = _organization_in(name)
    address = _address_of(text, group) if group is not None else []
    if not address:
        return None
    if names_someone(name.text) and not _local_address().match(address[0].text):
        return None
    return group


@lru_cache(maxsize=1)
def _local_address() -> re.Pattern[str]:
    """An address opening with a subdistrict's or a village's word (ตำบล…, ต.…, หมู่ที่ …, บ้านเลขที่ …)."""
    openers = [*tables.lexicon().gazetteer.subdistrict_prefixes, *tables.lexicon().places.smaller]
    words = "|".join(map(_tones_optional, longest_first(openers)))
    return re.compile(r"\s+\(?(?:" + words + "|" + _village_number() + ")")


def _group_owned(record: Record) -> bool:
    """Whether the record's owner is an organization that is no office (a group, a club): it has no office."""
    author = record.author
    return (author is not None and author.kind == "organization" and record.author_span is not None
            and find_office(record.author_span) is None and _team_office(record.author_span) is None)


@lru_cache(maxsize=1)
def _teller_word() -> re.Pattern[str]:
    """A word crediting a story's teller (เรื่องนี้เล่าโดย, ถ่ายทอดโดย: lexicon.toml [bylines] teller_words), opening
    a line or after a space or a bracket, the teller glued or spaced after it."""
    words = tables.lexicon().bylines.teller_words
    if not words:
        return re.compile("(?!)")
    return re.compile(r"(?:^|(?<=[\s(]))(?:" + "|".join(map(re.escape, longest_first(tuple(words)))) + r")[ \t:]*",
                      re.MULTILINE)


MAX_NAME_WORDS = 3  # an honorific written apart, a given name and a family name


def _tellers(text: str) -> list[Text]:
    """The tellers a story credits (เรื่องนี้เล่าโดยกลุ่มทอผ้าไหมบ้านโนนสวรรค์ ที่รวมตัวกัน…, เล่าโดยนางบุญมา ศรีสุข
    ประธาน…): a person's name (honorific, given and family name) or an organization's name (one word, as written
    glued), whatever the sentence goes on with. A word crediting no name (เล่าโดยละเอียด) credits no one."""
    found: list[Text] = []
    if not any(word in text for word in tables.lexicon().bylines.teller_words):
        return found  # no teller's word in the record (most records): no scan of it with the pattern
    for match in _teller_word().finditer(text):
        end = text.find("\n", match.end())
        rest = text[match.end():len(text) if end < 0 else end]
        words = list(re.finditer(r"\S+", rest))
        if not words:
            continue
        key = compact(words[0].group())
        honorific = _honorific_of(key)
        if honorific and (key == honorific or _NAME_START.match(key, len(honorific))):
            count = MAX_NAME_WORDS if key == honorific else MAX_NAME_WORDS - 1  # นาง บุญมา ศรีสุข, นางบุญมา ศรีสุข
            name_end = words[min(count, len(words)) - 1].end()
        elif key.startswith(tuple(compact(word) for word in tables.lexicon().organization_prefixes)):
            name_end = words[0].end()
        else:
            continue
        name = rest[:name_end]
        team = None if honorific else _team_office(Text(rest, match.end(), match.end() + len(rest)))
        if team is not None:  # a team with its office (เรื่องเล่าโดย ทีมวิทยากร ศูนย์…): the office
            found.append(team)
        elif names_someone(name):
            if honorific and not rest[name_end:].strip() and end >= 0:  # the post on the credit's next line
                rest = text[match.end():_line_end(text, end + 1)]  # (เรื่องเล่าโดย NAME / POST LEVEL OFFICE)
            end = name_end + _post_after_teller(rest[name_end:]) if honorific else name_end
            found.append(Text(rest[:end], match.end(), match.end() + end))
    return found


def _line_end(text: str, start: int) -> int:
    """Where the line opening at start ends (the text's end when it is the last)."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _post_after_teller(rest: str) -> int:
    """How much of what follows a teller's name is the post and office credited with it (… เรื่องนี้บันทึกโดยนาย…
    นักวิชาการพัฒนาชุมชนชำนาญการ สำนักงานพัฒนาชุมชนอำเภอ… จังหวัด… ซึ่ง…): up to the line's end, within a byline's
    length, when a post the lexicon knows opens it; nothing otherwise (the sentence goes on)."""
    lexicon = tables.lexicon()
    stripped = rest.lstrip()
    if not stripped or lexicon_prefix(stripped, lexicon.post_titles + tuple(lexicon.post_abbreviations)) is None:
        return 0
    return min(len(rest), MAX_BYLINE)


_NAME_START = re.compile("[ก-ฮ]")


def _honorific_of(key: str) -> str:
    """The longest honorific a compacted word opens with."""
    return max((honorific for honorific in honorific_keys() if key.startswith(honorific)), key=len, default="")


def _village_address(text: str, name: Text) -> list[Text]:
    """The address the story gives for the village a group is named after (กลุ่มทอผ้าไหมบ้านโนนสวรรค์ … บ้านโนนสวรรค์
    หมู่ที่ 7 ตำบล… อำเภอ… จังหวัด…), or for the tambon of the village's name (… ที่ตำบลโนนสวรรค์ อำเภอ…): the address
    after the first mention of the village or that tambon that has one."""
    villages = tables.lexicon().places.villages
    at = max((name.text.find(word) for word in villages), default=-1)
    if at <= 0:
        return []
    village = name.text[at:].split()[0]
    word = next((word for word in villages if village.startswith(word)), "")
    if village in villages or not word:  # a village word with no village's name after it
        return []
    tambons = "|".join(re.escape(prefix) for prefix in longest_first(tables.lexicon().gazetteer.subdistrict_prefixes))
    mentions = re.escape(village) + (f"|(?:{tambons}) ?" + re.escape(village[len(word):]) if tambons else "")
    for number, match in enumerate(re.finditer(mentions, text)):
        if number == MAX_ADDRESS_TRIES:
            break
        mention = Text(match.group(), match.start(), match.end())
        if not name.start <= match.start() < name.end and (address := _address_of(text, mention)):
            return address
    return []


def _address_of(text: str, name: Text) -> list[Text]:
    """The address written on an organization's line right after its name (กลุ่ม…บ้าน… ตำบล… อำเภอ… จังหวัด…), up to
    the line's end: where the group is, its district and province; none when the name goes on with other words."""
    line_end = text.find("\n", name.end)
    end = min(name.end + MAX_ADDRESS, len(text) if line_end < 0 else line_end)
    rest = text[name.end:end]
    if _address_after_name().match(rest) is None:
        return []
    return [Text(rest, name.end, end)]


@lru_cache(maxsize=1)
def _address_after_name() -> re.Pattern[str]:
    """A space and the word that opens an address (ตำบล, อำเภอ, จังหวัด, หมู่ที่ …, or a bracket before it): where a
    group's name ends."""
    words = tables.lexicon().gazetteer
    openers = [*words.subdistrict_prefixes, *words.district_prefixes, *words.province_prefixes,
               *tables.lexicon().places.smaller]
    words = "|".join(map(_tones_optional, longest_first(openers)))
    return re.compile(r"\s+(?=\(?(?:" + words + "|" + _village_number() + "))")  # (หมู่ที่ 3 ตำบล…): bracketed too


def _village_number() -> str:
    """A village's number written short (หมู่ 6, ม.6: lexicon.toml [places] village_numbers and digits)."""
    words = tables.lexicon().places.village_numbers
    if not words:
        return "(?!)"
    return "(?:" + "|".join(map(_tones_optional, longest_first(words))) + f")[{_TONE_MARKS}]?" + r"\s*[0-9๐-๙]"


_TONE_MARKS = "\u0e48-\u0e4b"  # ่ ้ ๊ ๋


def _tones_optional(word: str) -> str:
    """A word's pattern that its tone marks may be missing from or wrongly added to (a PDF's dropped tones: หมูที 3
    for หมู่ที่ 3, ตำบ่ล for ตำบล)."""
    letters = re.sub(f"[{_TONE_MARKS}]", "", word)
    return f"[{_TONE_MARKS}]?".join(map(re.escape, letters))


def _honorific_from_text(author: Author, text: str) -> Author:
    """A person named without honorific gets the one written before their name elsewhere in the record."""
    if not author.given_name:
        return author
    for honorific in sorted(tables.lexicon().honorifics, key=len, reverse=True):
        if honorific + author.given_name in text or honorific + " " + author.given_name in text:
            name = honorific + " ".join(p for p in (author.given_name, author.family_name) if p)
            return Author(author.kind, name, honorific, author.given_name, author.family_name)
    return author
