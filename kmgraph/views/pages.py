"""The analyst's pages beside the overview: a map of the records, a principle × province heatmap with outcome
figures, and a quality page. Each is one self-contained offline HTML file drawn from the overview's graph; its data
travels as escaped JSON and is written into the page as DOM text, so record content cannot inject markup."""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import networkx as nx

from .graph import PREFIXES, number, styles, view_query

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


def _records(graph: nx.Graph) -> list[dict]:
    """The records as the pages list them: id, title, place, office, writer and principles."""
    rows = []
    for node, data in sorted(graph.nodes(data=True), key=lambda item: item[1].get("record_id", "")):
        if data["cls"] != "record":
            continue
        near = defaultdict(list)
        for other in sorted(graph.neighbors(node)):
            near[graph.nodes[other]["cls"]].append(graph.nodes[other]["full"])
        rows.append({"iri": node, "id": data["record_id"], "title": data["full"], "province": data["province"],
                     "district": data["district"], "office": "; ".join(near["organization"]),
                     "author": "; ".join(near["person"]), "principles": data["principles"],
                     "steps": len(data["steps"]), "quantities": data["quantities"], "warnings": data["warnings"],
                     "inferred": data["inferred"]})
    return rows


def _brief(record: dict) -> dict:
    return {key: record[key] for key in ("iri", "id", "title", "province", "district", "office", "principles")}


def map_data(graph: nx.Graph) -> dict:
    """Records grouped on the map by their district's coordinates (or their province's centroid)."""
    districts, centroids = places()
    records = _records(graph)
    points: dict[tuple[float, float], dict] = {}
    unplaced = []
    for index, record in enumerate(records):
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
    principles = [p for p, _ in counts.most_common()]
    for point in points.values():
        mine = Counter(p for i in point["records"] for p in records[i]["principles"])
        point["principle"] = min(mine, key=lambda p: (-mine[p], principles.index(p))) if mine else ""
    outline = sorted({xy for xy in districts.values()})
    return {"records": [_brief(r) for r in records], "points": list(points.values()), "unplaced": unplaced,
            "principles": principles, "outline": outline}


def heatmap_data(graph: nx.Graph) -> dict:
    """Records per province and principle, and the quantities of each principle's records summed by unit."""
    records = _records(graph)
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


def quality_data(graph: nx.Graph) -> dict:
    """Records grouped by kind of problem: the reader's warnings, facts it inferred, facts missing."""
    text = styles().text
    records = _records(graph)
    groups: dict[str, list[int]] = defaultdict(list)
    for index, record in enumerate(records):
        for warning in sorted({w.split(" (")[0].split(":")[0].strip() for w in record["warnings"]}):
            groups[f"{text['warnings']}: {warning}"].append(index)
        for field, how in sorted(set(record["inferred"])):
            groups[f"{text['inferred']}: {field} ({how})"].append(index)
        for field in RECORD_FIELDS:
            if not record[field]:
                groups[f"{text['missing']}: {text['field_' + field]}"].append(index)
    details = [{**_brief(r), "warnings": r["warnings"], "inferred": [f"{f} ({h})" for f, h in r["inferred"]]}
               for r in records]
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return {"records": details, "groups": [{"kind": kind, "records": members} for kind, members in ordered],
            "total": len(records)}


BUILDERS = {"map": map_data, "heatmap": heatmap_data, "quality": quality_data}


def render_page(graph: nx.Graph, kind: str, title: str) -> str:
    """One of the analyst's pages as a self-contained HTML file."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    from .html import safe_json

    style = styles()
    data = BUILDERS[kind](graph)
    data["text"] = style.text
    data["colors"] = style.text["palette"].split(",")
    data["principle_color"] = style.classes["principle"].color
    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    return env.get_template("page.html").render(kind=kind, title=title, text=style.text, font=style.layout.font,
                                                data_json=Markup(safe_json(data)))


def sparql_files(kind: str) -> dict[str, str]:
    """The SPARQL files a page's figures come from, written beside it so that its command reproduces them."""
    return {f"{name}.rq": PREFIXES + view_query(name) + "\n" for name in SPARQL_FILES.get(kind, ())}
