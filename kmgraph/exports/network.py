"""The view graph (networkx, from kmgraph.views.graph) written for the tools analysts already use: GraphML
(Gephi, Cytoscape, igraph, networkx) and GEXF (Gephi, networkx). Node ids are the nodes' IRIs; every attribute
is flattened to a string (lists joined with "; ", facts as "name: value" pairs joined with " | "), so networkx,
igraph and Gephi read them back as they are."""

from __future__ import annotations

from typing import Any, BinaryIO

import networkx as nx

LIST_SEPARATOR = "; "
FACT_SEPARATOR = " | "


def flat_value(value: Any) -> str | int | float | bool:
    """A view attribute as a scalar GraphML/GEXF can hold: numbers and text kept, lists and facts joined."""
    if isinstance(value, (bool, int, float, str)):
        return value
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        parts = [f"{item[0]}: {item[1]}" if isinstance(item, (list, tuple)) and len(item) == 2 else str(item)
                 for item in value]
        separator = FACT_SEPARATOR if any(isinstance(item, (list, tuple)) for item in value) else LIST_SEPARATOR
        return separator.join(parts)
    return str(value)


def flatten(graph: nx.Graph) -> nx.Graph:
    """A copy of the view graph with scalar attributes: `label` is the full Thai label (Gephi shows it),
    `short_label` the clipped one the page draws, `cls` the node's class (record, person, province …)."""
    flat = nx.Graph()
    for node, data in graph.nodes(data=True):
        attributes = {key: flat_value(value) for key, value in data.items() if key not in ("label", "full")}
        attributes["label"] = str(data.get("full") or data.get("label") or node)
        attributes["short_label"] = str(data.get("label") or "")
        flat.add_node(node, **attributes)
    for a, b, data in graph.edges(data=True):
        flat.add_edge(a, b, **{key: flat_value(value) for key, value in data.items()})
    return flat


def write_graphml(graph: nx.Graph, out: BinaryIO) -> None:
    nx.write_graphml(flatten(graph), out, encoding="utf-8", prettyprint=True)


def write_gexf(graph: nx.Graph, out: BinaryIO) -> None:
    nx.write_gexf(flatten(graph), out, encoding="utf-8", prettyprint=True)
