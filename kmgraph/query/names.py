"""The names people use for what a view or a named query is about, resolved to the name the graph holds.

Provinces by Thai name, English name or ISO 3166-2:TH code (kmgraph/data/provinces.tsv), with จังหวัด or จ.
before it, or an alias of lexicon.toml (กทม., โคราช); principles by any
label of ontology/concepts.ttl in any language (preferred, alternative, hidden: 5ก, หลัก 5 ก, SEP,
เศรษฐกิจพอเพียง …); offices and records by the names the data holds (KNOWN_QUERIES lists them from a store, a
file or an endpoint; a record by its id or its title). Names compare ignoring spaces, case and Thai digits. An
unknown name is refused with one line listing the nearest known names (difflib)."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from .. import tables
from ..errors import UsageError
from ..thai import compact

KINDS = ("province", "principle", "office", "record")
NEAREST = 5
SIMILARITY = 0.5

# Names the data holds, for the kinds no table lists: SPARQL over the union of the graphs, one name per row
# (?canonical the name the graph matches, ?name another name for it). An office's name is in the shared graph,
# the link to it in the record's.
KNOWN_QUERIES = {
    "office": """PREFIX kmo: <https://w3id.org/kmgraph/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?canonical ?name WHERE { GRAPH ?g { ?r kmo:office ?o } GRAPH ?h { ?o skos:prefLabel ?canonical } }""",
    "record": """PREFIX kmo: <https://w3id.org/kmgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?canonical ?name WHERE { GRAPH ?g { ?r a kmo:KnowledgeRecord ; dcterms:identifier ?canonical .
  OPTIONAL { ?r dcterms:title ?name } } }""",
}


def key(name: str) -> str:
    """How names compare: no whitespace, Arabic digits, case folded."""
    return compact(name).casefold()


@dataclass(frozen=True)
class Names:
    """The known names of one kind: each name's key → the canonical name the graph holds; shown: how a known
    thing is listed in an error (its canonical name and the other names worth showing)."""

    kind: str
    canonical: dict[str, str]
    shown: dict[str, str]  # canonical name → how it is shown in an error (with its English name, its code)

    def resolve(self, value: str, several: bool = False) -> str:
        """The canonical name for value; a part of names is accepted when it names one thing (or several, if
        several is true: then value is returned as given); otherwise UsageError listing the nearest names."""
        wanted = key(value)
        if wanted in self.canonical:
            return self.canonical[wanted]
        found = sorted({name for k, name in self.canonical.items() if wanted and wanted in k})
        if len(found) == 1:
            return found[0]
        if found and several:
            return value
        if found:
            raise UsageError(f"{self.kind} {value!r} names several: {', '.join(found[:NEAREST])}"
                             f"{' …' if len(found) > NEAREST else ''}; give one of them")
        close = difflib.get_close_matches(wanted, list(self.canonical), n=4 * NEAREST, cutoff=SIMILARITY)
        nearest = list(dict.fromkeys(self.canonical[k] for k in close))[:NEAREST]
        listed = nearest or sorted(self.shown)[:NEAREST]
        if not listed:
            raise UsageError(f"no {self.kind} named {value!r}; no {self.kind} is known")
        what = "nearest" if nearest else "known include"
        raise UsageError(f"no {self.kind} named {value!r}; {what}: {', '.join(self.shown[n] for n in listed)}")


def _names(kind: str, entries: Iterable[tuple[str, Iterable[str], str]]) -> Names:
    """entries: (canonical, every name of it, how it is shown)."""
    canonical: dict[str, str] = {}
    shown: dict[str, str] = {}
    for name, names, display in entries:
        for other in names:
            if other:
                canonical.setdefault(key(other), name)
        shown.setdefault(name, display)
    return Names(kind, canonical, shown)


@lru_cache(maxsize=1)
def province_names() -> Names:
    """Thai name, English name, ISO code, the Thai name after จังหวัด or จ. and the aliases of lexicon.toml
    (กทม., โคราช …) → the Thai name."""
    lexicon = tables.lexicon()
    prefixes = lexicon.places.province
    aliases = lexicon.gazetteer.province_aliases
    entries = []
    for province in tables.provinces():
        names = [province.name_th, province.name_en, province.iso_code,
                 *(prefix + province.name_th for prefix in prefixes), *aliases.get(province.name_th, ())]
        entries.append((province.name_th, names, f"{province.name_th} ({province.name_en}, {province.iso_code})"))
    return _names("province", entries)


@lru_cache(maxsize=1)
def principle_names() -> Names:
    """Every label of the principles of concepts.ttl, in every language, → the Thai preferred label."""
    import pyoxigraph as ox

    from ..extract.link import SKOS, vocabulary

    store = ox.Store()
    store.load(path=str(tables.ontology_file("concepts.ttl")), format=ox.RdfFormat.TURTLE)
    entries = []
    for concept in vocabulary().concepts.values():
        if concept.kind != "principle":
            continue
        labels: dict[str, list[str]] = {}
        for predicate in ("prefLabel", "altLabel", "hiddenLabel"):
            for quad in store.quads_for_pattern(ox.NamedNode(concept.iri), ox.NamedNode(SKOS + predicate), None):
                labels.setdefault(predicate, []).append(quad.object.value)
        english = [name for name in labels.get("prefLabel", []) if name != concept.label]
        display = f"{concept.label} ({english[0]})" if english else concept.label
        entries.append((concept.label, [n for names in labels.values() for n in names], display))
    return _names("principle", entries)


def data_names(kind: str, rows: Iterable[tuple[str, str | None]]) -> Names:
    """Names the data holds (rows of KNOWN_QUERIES[kind]: canonical name, another name or None)."""
    grouped: dict[str, list[str]] = {}
    for canonical, other in rows:
        grouped.setdefault(canonical, [canonical]).extend([other] if other else [])
    return _names(kind, ((name, names, name) for name, names in grouped.items()))


def resolve(kind: str, value: str, known_rows: Iterable[tuple[str, str | None]] | None = None,
            several: bool = False) -> str:
    """The name the graph holds for value: provinces and principles from kmgraph's tables, offices and records
    from known_rows (KNOWN_QUERIES[kind] run on the data). A kind not in KINDS is returned as given."""
    if kind == "province":
        return province_names().resolve(value, several)
    if kind == "principle":
        return principle_names().resolve(value, several)
    if kind in KNOWN_QUERIES and known_rows is not None:
        return data_names(kind, known_rows).resolve(value, several)
    return value


def resolve_params(values: dict[str, str], known_rows: Callable[[str], Iterable[tuple[str, str | None]]]
                   ) -> dict[str, str]:
    """A named query's parameters with the names people use resolved (a parameter named after a kind in KINDS);
    known_rows(kind) runs KNOWN_QUERIES[kind] on the data, asked only for an office or a record."""
    resolved = dict(values)
    for name, value in values.items():
        if name in KINDS:
            resolved[name] = resolve(name, value, known_rows(name) if name in KNOWN_QUERIES else None)
    return resolved


def resolve_in_store(store, kind: str, value: str, several: bool = False) -> str:
    """resolve() with the names of offices and records read from an open pyoxigraph store."""
    rows = None
    if kind in KNOWN_QUERIES:
        rows = [(row[0].value, row[1].value if row[1] is not None else None)
                for row in store.query(KNOWN_QUERIES[kind])]
    return resolve(kind, value, rows, several)
