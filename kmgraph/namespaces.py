"""The namespaces kmgraph reads and writes, defined once: their IRIs, the prefixes of Turtle/TriG output and SPARQL,
and the vocabularies VoID lists. A layer of its own below every stage (it imports nothing): extraction reads the
concept schemes of ontology/concepts.ttl through them, the RDF stage and those above write and query with them."""

from __future__ import annotations

KMO = "https://w3id.org/kmgraph/ontology#"
KMC = "https://w3id.org/kmgraph/concept/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCTERMS = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "http://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
VOID = "http://rdfs.org/ns/void#"
SH = "http://www.w3.org/ns/shacl#"

RDF_TYPE = RDF + "type"

PREFIXES = {
    "kmo": KMO, "kmc": KMC, "rdf": RDF, "rdfs": RDFS, "xsd": XSD,
    "dcterms": DCTERMS, "foaf": FOAF, "org": ORG, "prov": PROV, "schema": SCHEMA, "skos": SKOS, "nif": NIF,
}

# The vocabularies a dataset uses, as VoID lists them (in this order, so void.ttl stays byte-identical).
VOCABULARIES = (KMO, SKOS, FOAF, ORG, PROV, SCHEMA, DCTERMS, NIF)


def sparql_prefixes(*names: str) -> str:
    """PREFIX lines for a SPARQL query, from PREFIXES (all of them if no names are given)."""
    return "".join(f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in (names or PREFIXES))


def short(iri: str, prefixes: dict[str, str] = PREFIXES) -> str | None:
    """prefix:local for an IRI in one of the namespaces, or None."""
    for prefix, namespace in prefixes.items():
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return None
