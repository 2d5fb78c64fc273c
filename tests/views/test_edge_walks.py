"""The pages walk and count a graph's edges without networkx's views, in the order and number those give."""

from __future__ import annotations

import networkx as nx

from kmgraph.views.html import edge_count, edges_of


def test_edges_are_walked_and_counted_as_networkx_does_with_a_self_loop_and_a_lone_node():
    graph = nx.Graph()
    graph.add_node("lone")
    graph.add_edge("b", "a", label="x")
    graph.add_edge("a", "c", label="y")
    graph.add_edge("c", "c", label="self")
    graph.add_edge("d", "b")
    assert list(edges_of(graph)) == list(graph.edges(data=True))
    assert edge_count(graph) == graph.number_of_edges() == 4
    directed = nx.DiGraph([("a", "b"), ("b", "a")])
    assert list(edges_of(directed)) == list(directed.edges(data=True)) and edge_count(directed) == 2
