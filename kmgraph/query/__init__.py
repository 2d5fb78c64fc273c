"""Queries: named queries and their parameters, the SPARQL guard, and the rendering of results."""
