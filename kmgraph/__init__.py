"""kmgraph: Thai community-development knowledge records → RDF knowledge graph."""

__version__ = "0.1.0"

__all__ = ["__version__", "parse_record", "parse_records"]


def __getattr__(name):  # keep `import kmgraph` (and `kmgraph --help`) fast: load stages on use
    if name in ("parse_record", "parse_records"):
        from .extract import records

        return getattr(records, name)
    raise AttributeError(name)
