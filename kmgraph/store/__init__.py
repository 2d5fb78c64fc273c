"""Stores: the embedded pyoxigraph store, the Graph Store Protocol client, and the SPARQL server."""
