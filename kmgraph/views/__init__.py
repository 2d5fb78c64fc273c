"""Views: the graph read back from a store, laid out, drawn as self-contained HTML."""
