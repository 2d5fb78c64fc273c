"""The data's IRIs: the graph options (base IRI, what to redact) and the minting of every node's IRI under the
base, stable across builds (names hashed in their compact form, contact details never in an IRI)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import quote

from ..thai import compact
from .redact import IRI_REDACTED, KINDS, redact

DEFAULT_BASE_IRI = "https://w3id.org/kmgraph/id/"

REDACTABLE = KINDS

@dataclass(frozen=True)
class GraphOptions:
    """How records become RDF: the base IRI of the data and what to leave out."""

    base_iri: str = DEFAULT_BASE_IRI
    redact: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        unknown = set(self.redact) - set(REDACTABLE)
        if unknown:
            raise ValueError(f"cannot redact {', '.join(sorted(unknown))}; choose from {', '.join(REDACTABLE)}")
        if not re.match(r"^[a-z][a-z0-9+.-]*:[^\s<>\"{}|\\^`]*[/#]$", self.base_iri):
            raise ValueError(f"base IRI must be an absolute IRI ending in / or #: {self.base_iri!r}")


def key_hash(text: str) -> str:
    """A short, stable identifier for a name: the hash of its compact form."""
    return hashlib.sha1(compact(text).encode("utf-8")).hexdigest()[:12]


class IriMinter:
    """The data's IRIs, all under one base (IRI strings; N() makes them terms)."""

    def __init__(self, base: str):
        self.base = base

    @staticmethod
    @lru_cache(maxsize=64)  # a record's IRIs (record, graph, source, places) are minted several times each
    def _quoted_id(record_id: str) -> str:
        """A record's id in an IRI. Contact details are never part of an IRI, --redact or not: IRIs are copied
        into links, logs and other datasets where no redaction reaches, and every caller of IriMinter (the
        build, too) must mint the same IRI without knowing the build's options."""
        return quote(redact(record_id, KINDS, IRI_REDACTED), safe="-_.~")

    def _by_id(self, kind: str, record_id: str) -> str:
        return f"{self.base}{kind}/{self._quoted_id(record_id)}"

    def _by_name(self, kind: str, name: str) -> str:
        return f"{self.base}{kind}/{key_hash(name)}"

    def record(self, record_id: str) -> str:
        return self._by_id("record", record_id)

    def graph(self, record_id: str) -> str:
        return self._by_id("graph", record_id)

    def source(self, record_id: str) -> str:
        return self._by_id("source", record_id)

    def person(self, key: str) -> str:
        return self._by_name("person", key)

    def _place(self, kind: str, name: str, province_iso: str | None, record_id: str) -> str:
        """A place or a local body, keyed by its province: เฉลิมพระเกียรติ is a district of five provinces, and
        their offices share its name. When the record names no known province the name alone cannot tell which
        place is meant, so the node is scoped to the record: it never merges with a known-province node, nor
        with a same-named place of another record whose province is unknown too (it may be another province's)."""
        scope = province_iso if province_iso else f"record/{self._quoted_id(record_id)}"
        return f"{self.base}{kind}/{scope}/{key_hash(name)}"

    def organization(self, name: str, province_iso: str | None, record_id: str) -> str:
        """An office or a local group (an author organization), within its province."""
        return self._place("org", name, province_iso, record_id)

    def post(self, key: str) -> str:
        return self._by_name("post", key)

    def district(self, name: str, province_iso: str | None, record_id: str) -> str:
        return self._place("district", name, province_iso, record_id)

    def department(self) -> str:
        return f"{self.base}org/cdd"

    def province(self, iso_code: str) -> str:
        return f"{self.base}province/{iso_code}"
