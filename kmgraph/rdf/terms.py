"""RDF terms as N-Triples text, and a Turtle writer for statements grouped by subject.

A record's graph is made of (subject, predicate, object) statements whose terms are N-Triples strings: building
them is several times cheaper than making pyoxigraph terms, and they are written straight to N-Triples lines
and to Turtle (or TriG graph blocks). Vocabulary IRIs are written as prefixed names (rdf:type as `a`).
Whatever is written here is parsed back by pyoxigraph in the tests (and by the store loader on every build).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .namespaces import RDF_TYPE

Statement = tuple[str, str, str]  # subject term, predicate IRI, object term

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_SIMPLE_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_NEXT_PAIR = " ;\n\t"  # between a subject's predicate-object pairs


def iri(value: str) -> str:
    """An IRI term (the caller makes IRIs from validated parts: a checked base, hashes, quoted ids)."""
    return f"<{value}>"


def _quoted(text: str) -> str:
    # four scans for the characters N-Triples escapes are cheaper than one regex search over Thai text
    if '"' in text or "\\" in text or "\n" in text or "\r" in text:
        text = text.translate(_ESCAPES)
    return f'"{text}"'


def literal(text: str, language: str | None = None, datatype: str | None = None) -> str:
    """A literal term: plain, language-tagged or typed (datatype is a full IRI)."""
    if language:
        return f"{_quoted(text)}@{language}"
    if datatype:
        return f"{_quoted(text)}^^<{datatype}>"
    return _quoted(text)


_UNESCAPES = {"\\\\": "\\", '\\"': '"', "\\n": "\n", "\\r": "\r"}
_ESCAPED = re.compile(r'\\[\\"nr]')


def map_literal_text(term: str, change: Callable[[str], str]) -> str:
    """A plain or language-tagged literal with its text changed by change(); other terms (IRIs, typed literals
    such as numbers and dates) as they are."""
    if term[0] != '"' or term[-1] == ">":
        return term
    end = term.rindex('"')
    text = term[1:end]
    if "\\" in text:
        text = _ESCAPED.sub(lambda match: _UNESCAPES[match.group()], text)
    changed = change(text)
    if changed == text:
        return term
    return literal(changed, language=term[end + 2:] if term.startswith("@", end + 1) else None)


def line(statement: Statement) -> str:
    """One N-Triples line (without its newline)."""
    s, p, o = statement
    return f"{s} <{p}> {o} ."


def to_triples(statements: Iterable[Statement]) -> list:
    """Statements as pyoxigraph triples (parsed, so every term is checked)."""
    import pyoxigraph as ox

    data = "\n".join(map(line, statements)).encode("utf-8")
    return [quad.triple for quad in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


class TurtleWriter:
    """Writes statements grouped by subject as Turtle, with the given prefixes for vocabulary IRIs."""

    def __init__(self, prefixes: dict[str, str], data_base: str = ""):
        self._namespaces = sorted(prefixes.items(), key=lambda item: -len(item[1]))
        self._names: dict[str, str] = {}  # vocabulary IRIs (a bounded set) as written
        self._predicates: dict[str, str] = {}  # predicate IRIs (without <>) as written, rdf:type as `a`
        self._data = f"<{data_base}" if data_base else None  # the data's own IRIs: always in full

    def name(self, term: str) -> str:
        """A term as written in Turtle: a prefixed name for vocabulary IRIs, else as in N-Triples."""
        if term[0] == "<":
            found = self._names.get(term)
            if found is None:
                if self._data and term.startswith(self._data):
                    return term
                found = self._names[term] = self._prefixed(term[1:-1]) or term
            return found
        if term[-1] == ">":  # typed literal: its datatype may be prefixed
            value, _, datatype = term.rpartition("^^")
            return f"{value}^^{self.name(datatype)}"
        return term

    def _prefixed(self, value: str) -> str | None:
        for prefix, namespace in self._namespaces:
            if value.startswith(namespace) and _SIMPLE_LOCAL.match(value, len(namespace)):
                return f"{prefix}:{value[len(namespace):]}"
        return None

    def write(self, statements: Iterable[Statement]) -> str:
        """Turtle for statements given grouped by subject (no @prefix lines)."""
        names, predicates, data = self._names, self._predicates, self._data
        out: list[str] = []
        last = None
        for s, p, o in statements:
            if s != last:
                if last is not None:
                    out.append(" .\n")
                out.append(s)
                out.append(" ")
                last = s
            else:
                out.append(" ;\n\t")
            written = predicates.get(p)
            if written is None:
                written = predicates[p] = "a" if p == RDF_TYPE else self.name(f"<{p}>")
            out.append(written)
            out.append(" ")
            if o[0] == "<":  # the data's own IRIs in full, vocabulary IRIs as prefixed names
                out.append(o if data and o.startswith(data) else names.get(o) or self.name(o))
            elif o[-1] == ">":  # a typed literal
                out.append(self.name(o))
            else:
                out.append(o)
        if last is not None:
            out.append(" .\n")
        return "".join(out)

    def write_groups(self, groups: Iterable[tuple[str, list[tuple[str, str]]]]) -> str:
        """Turtle for (subject, its (predicate, object) pairs) groups, as write() gives for their statements."""
        predicates, data, name = self._predicates, self._data, self.name
        names_get = self._names.get
        out: list[str] = []
        for subject, pairs in groups:
            written: list[str] = []
            for p, o in pairs:
                predicate = predicates.get(p)
                if predicate is None:
                    predicate = predicates[p] = "a" if p == RDF_TYPE else name(f"<{p}>")
                if o[0] == "<":  # the data's own IRIs in full, vocabulary IRIs as prefixed names
                    if not (data and o.startswith(data)):
                        o = names_get(o) or name(o)
                elif o[-1] == ">":  # a typed literal: its datatype may be prefixed
                    value, _, datatype = o.rpartition("^^")
                    o = f"{value}^^{names_get(datatype) or name(datatype)}"
                written.append(f"{predicate} {o}")
            out.append(f"{subject} {_NEXT_PAIR.join(written)} .\n")
        return "".join(out)
