"""The analyst's pages beside the overview: a map of the records, a principle × province heatmap with outcome
figures, and a quality page. Each is one self-contained offline HTML file drawn from the overview's graph; its data
travels as escaped JSON and is written into the page as DOM text, so record content cannot inject markup."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import networkx as nx

from .graph import PREFIXES, number, record_links, styles, view_query

PAGES = ("map", "heatmap", "quality")
SPARQL_FILES = {"heatmap": ("heatmap", "outcomes")}
RECORD_FIELDS = ("province", "office", "author", "principles", "steps")


@cache
def places() -> tuple[dict[tuple[str, str], tuple[float, float]], dict[str, tuple[float, float]]]:
    """(province, district) → the district's lat/lon, and province → the mean of its districts (the gazetteer)."""
    from ..extract.gazetteer import gazetteer

    districts: dict[tuple[str, str], tuple[float, float]] = {}
    by_province: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for district in gazetteer().districts:
        if district.lat is None or district.lon is None:
            continue
        districts.setdefault((district.province_name, district.name), (district.lat, district.lon))
        by_province[district.province_name].append((district.lat, district.lon))
    centroids = {p: (round(sum(a for a, _ in xs) / len(xs), 4), round(sum(b for _, b in xs) / len(xs), 4))
                 for p, xs in by_province.items()}
    return districts, centroids


class RecordTable:
    """The records as a page carries them: columns, with every name (place, office, principle, warning) written
    once in `names` and referred to by its index, so that 10,000 records stay light; names[0] is ""."""

    def __init__(self) -> None:
        self.names: dict[str, int] = {"": 0}
        self.columns: dict[str, list] = {key: [] for key in ("iri", "id", "title", "province", "district",
                                                              "office", "principles", "warnings", "inferred")}

    def name(self, text: str) -> int:
        return self.names.setdefault(text, len(self.names))

    def add(self, record: dict, problems: bool = False) -> None:
        columns, names = self.columns, self.names

        def name(text: str) -> int:
            return names.setdefault(text, len(names))

        for key in ("iri", "id", "title"):
            columns[key].append(record[key])
        for key in ("province", "district", "office"):
            columns[key].append(name(record[key]))
        columns["principles"].append([name(p) for p in record["principles"]])
        if problems:
            columns["warnings"].append([name(w) for w in record["warnings"]])
            columns["inferred"].append([name(f"{f} ({h})") for f, h in record["inferred"]])

    def data(self) -> dict:
        return {**{k: v for k, v in self.columns.items() if v}, "names": list(self.names)}


def record_at(table: dict, index: int) -> dict:
    """One record of a page's table with its names written out (as the page's script reads it)."""
    names = table["names"]
    record = {key: table[key][index] for key in ("iri", "id", "title")}
    record |= {key: names[table[key][index]] for key in ("province", "district", "office")}
    record |= {key: [names[i] for i in table[key][index]] for key in ("principles", "warnings", "inferred")
               if key in table}
    return record


def page_records(graph: nx.Graph) -> list[dict]:
    """The records as the pages list them: id, title, place, office, writer and principles (made once for the
    three pages of a build: write_pages)."""
    rows = []
    creator = record_links()["dcterms:creator"]  # a person or an organisation (an office, a club) wrote it
    attributes, adjacency = graph._node, graph._adj  # plain dicts: graph.nodes[n] is a Python call per lookup
    records = [(node, data) for node, data in attributes.items() if data["cls"] == "record"]
    for node, data in sorted(records, key=lambda item: item[1].get("record_id", "")):  # stable: as sorting all
        offices = []
        written_by = False
        for other, edge in adjacency[node].items():
            if attributes[other]["cls"] == "organization":
                offices.append(attributes[other]["full"])
            written_by = written_by or edge.get("label") == creator
        rows.append({"iri": node, "id": data["record_id"], "title": data["full"], "province": data["province"],
                     "district": data["district"], "office": "; ".join(sorted(offices)),
                     "author": written_by, "principles": data["principles"],
                     "steps": len(data["steps"]), "quantities": data["quantities"], "warnings": data["warnings"],
                     "inferred": data["inferred"]})
    return rows


def map_data(graph: nx.Graph, records: list[dict] | None = None) -> dict:
    """One mark per district (or province centroid, for records whose district is unknown): its records, their
    count and principle mix; the records themselves in a compact table, listed when a mark is opened."""
    districts, centroids = places()
    records = page_records(graph) if records is None else records
    table = RecordTable()
    points: dict[tuple[float, float], dict] = {}
    unplaced = []
    for index, record in enumerate(records):
        table.add(record)
        where = districts.get((record["province"], record["district"]))
        how = "district"
        if where is None:
            where, how = centroids.get(record["province"]), "province"
        if where is None:
            unplaced.append(index)
            continue
        point = points.setdefault(where, {"lat": where[0], "lon": where[1], "records": [], "how": how,
                                          "place": record["district"] if how == "district" else record["province"]})
        point["records"].append(index)
    counts = Counter(p for r in records for p in r["principles"])
    rank = {p: i for i, (p, _) in enumerate(counts.most_common())}
    for point in points.values():
        mine = Counter(p for i in point["records"] for p in records[i]["principles"])
        ordered = sorted(mine, key=lambda p: (-mine[p], rank[p]))
        point["count"] = len(point["records"])
        point["mix"] = [[table.name(p), mine[p]] for p in ordered]
        point["principle"] = ordered[0] if ordered else ""
    outline = sorted(set(districts.values()))
    return {"records": table.data(), "points": sorted(points.values(), key=lambda p: -p["count"]),
            "unplaced": unplaced, "principles": list(rank), "outline": outline}


def heatmap_data(graph: nx.Graph, records: list[dict] | None = None) -> dict:
    """Records per province and principle, and the quantities of each principle's records summed by unit."""
    records = page_records(graph) if records is None else records
    counts = Counter((r["province"], p) for r in records if r["province"] for p in r["principles"])
    provinces = sorted({r["province"] for r in records if r["province"]})
    principles = [p for p, _ in Counter(p for r in records for p in r["principles"]).most_common()]
    totals: dict[tuple[str, str], float] = defaultdict(float)
    holders: dict[tuple[str, str], set] = defaultdict(set)
    for record in records:
        for principle in record["principles"]:
            for value, unit, _ in record["quantities"]:
                totals[principle, unit] += value
                holders[principle, unit].add(record["id"])
    outcomes = [{"principle": p, "unit": u, "total": total, "shown": number(total), "records": len(holders[p, u])}
                for (p, u), total in sorted(totals.items(), key=lambda kv: (kv[0][0], -kv[1]))]
    return {"provinces": provinces, "principles": principles,
            "cells": [[counts.get((province, p), 0) for p in principles] for province in provinces],
            "outcomes": outcomes, "sparql": {name: PREFIXES + view_query(name) for name in SPARQL_FILES["heatmap"]}}


SPECIFICS = (re.compile(r"'[^']*'"), re.compile(r"[\u0e00-\u0e7f]+(?:\s+[\u0e00-\u0e7f]+)*"),
             re.compile(r"(?<![\w-])\d+(?![\w-])"))


def problem_kind(warning: str) -> str:
    """The kind of problem a warning tells, without its particulars (names, numbers, quoted text, what follows a
    colon or stands in brackets): "province … taken from the gazetteer for district …"."""
    kind = warning.split(" (")[0].split(":")[0].strip()
    for pattern in SPECIFICS:
        kind = pattern.sub("…", kind)
    return kind


def quality_data(graph: nx.Graph, records: list[dict] | None = None) -> dict:
    """Kinds of problem with how many records have each (the reader's warnings, facts it inferred, facts
    missing), each kind's records by index into a compact table, listed when the kind is opened."""
    text = styles().text
    records = page_records(graph) if records is None else records
    table = RecordTable()
    groups: dict[str, list[int]] = defaultdict(list)
    for index, record in enumerate(records):
        table.add(record, problems=True)
        for kind in sorted({problem_kind(w) for w in record["warnings"]}):
            groups[f"{text['warnings']}: {kind}"].append(index)
        for field, how in sorted(set(record["inferred"])):
            groups[f"{text['inferred']}: {field} ({how})"].append(index)
        for field in RECORD_FIELDS:
            if not record[field]:
                groups[f"{text['missing']}: {text['field_' + field]}"].append(index)
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return {"records": table.data(), "groups": [{"kind": kind, "records": members} for kind, members in ordered],
            "with_problems": len({i for members in groups.values() for i in members}), "total": len(records)}


BUILDERS = {"map": map_data, "heatmap": heatmap_data, "quality": quality_data}


def render_page(graph: nx.Graph, kind: str, title: str, records: list[dict] | None = None) -> str:
    """One of the analyst's pages as a self-contained HTML file (its data gzip-packed when it is big); records:
    page_records(graph), when the caller has made them already."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    from .html import PACK_FROM_BYTES, escaped_json, escaped_size, packed_bytes, page_json

    style = styles()
    data = BUILDERS[kind](graph, records)
    data["text"] = style.text
    data["colors"] = style.text["palette"].split(",")
    data["principle_color"] = style.classes["principle"].color
    text = page_json(data)  # encoded once: escaped, or packed if the escaped page data would be big
    raw = text.encode("utf-8")
    encoding, payload = ("gzip", packed_bytes(raw)) if escaped_size(raw) > PACK_FROM_BYTES else \
        ("json", escaped_json(text))
    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    return env.get_template("page.html").render(kind=kind, title=title, text=style.text, font=style.layout.font,
                                                encoding=encoding, data_json=Markup(payload))


def sparql_files(kind: str) -> dict[str, str]:
    """The SPARQL files a page's figures come from, written beside it so that its command reproduces them."""
    return {f"{name}.rq": PREFIXES + view_query(name) + "\n" for name in SPARQL_FILES.get(kind, ())}
