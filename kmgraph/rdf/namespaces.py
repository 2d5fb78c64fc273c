"""The namespaces as the RDF stage and the layers above import them; they are defined in kmgraph/namespaces.py,
below extraction, which reads the concept schemes with them."""

from ..namespaces import (  # noqa: F401 - re-exported
    DCTERMS,
    FOAF,
    KMC,
    KMO,
    NIF,
    ORG,
    PREFIXES,
    PROV,
    RDF,
    RDF_TYPE,
    RDFS,
    SCHEMA,
    SH,
    SKOS,
    VOCABULARIES,
    VOID,
    XSD,
    short,
    sparql_prefixes,
)
