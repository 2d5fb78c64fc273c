"""Communities of offices and techniques for the overview's summary level.

Offices are linked to the principles and knowledge categories (the techniques) their records apply, each link
weighted by how many records; Louvain modularity (networkx, seeded: the same graph gives the same communities)
splits that graph into groups of offices that work alike. A community is named by its most applied principles
and counts its offices and records.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from .graph import add_edges, node_attributes

SEED = 7
SHOWN = 12  # the summary shows the biggest communities (by records); the rest are left to the drill-downs


@dataclass
class Community:
    name: str
    offices: list[str]  # office nodes (IRIs), most records first
    records: list[str]  # record nodes
    principles: Counter = field(default_factory=Counter)  # principle → records of the community applying it
    provinces: Counter = field(default_factory=Counter)  # province → records of the community there


def _offices_and_techniques(graph: nx.Graph) -> nx.Graph:
    """Offices and what their records apply (principles, categories), linked with a weight of records."""
    attributes, adjacency = node_attributes(graph), graph._adj
    weights: Counter = Counter()  # (office, technique) → records, in the order the pairs are first met
    for record, data in attributes.items():
        if data.get("cls") != "record":
            continue
        near = [(n, attributes[n]["cls"]) for n in adjacency[record]]
        techniques = [("principle", p) for p in data["principles"]]
        techniques += [("category", n) for n, cls in near if cls == "category"]
        weights.update((n, technique) for n, cls in near if cls == "organization" for technique in techniques)
    linked = nx.Graph()  # nodes and edges added in the order the pairs were first met (louvain follows that order)
    add_edges(linked, ((office, technique, {"weight": weight}) for (office, technique), weight in weights.items()))
    return linked


def office_communities(graph: nx.Graph, name: str = "{n}: {principles}", seed: int = SEED) -> list[Community]:
    """The communities of offices and techniques, biggest (most records) first, at most SHOWN of them.

    `name` formats a community's name from its rank n and its top principles."""
    linked = _offices_and_techniques(graph)
    if linked.number_of_edges() == 0:
        return []
    groups = nx.community.louvain_communities(linked, weight="weight", seed=seed)
    attributes, adjacency = node_attributes(graph), graph._adj
    found = []
    for group in groups:
        offices = sorted(n for n in group if isinstance(n, str))
        if not offices:
            continue
        per_office: Counter = Counter()
        members: set[str] = set()
        for office in offices:  # each office's neighbours read once
            own = [r for r in adjacency[office] if attributes[r].get("cls") == "record"]
            per_office[office] = len(own)
            members.update(own)
        records = sorted(members)
        community = Community("", sorted(offices, key=lambda o: (-per_office[o], o)), records)
        for record in records:
            data = attributes[record]
            community.principles.update(data["principles"])
            if data["province"]:
                community.provinces[data["province"]] += 1
        found.append(community)
    found.sort(key=lambda c: (-len(c.records), c.offices[0]))
    for rank, community in enumerate(found[:SHOWN], 1):
        top = [p for p, _ in sorted(community.principles.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
        community.name = name.format(n=rank, principles=" · ".join(top))
    return found[:SHOWN]
