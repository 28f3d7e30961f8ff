"""Layout of the actor network SVG: the busiest actors on a circle, one arrow per (who, whom, event type)."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

SIZE = 640
RADIUS = 230
MAX_NODES = 40
TYPE_COLOURS = {"CONSULT": "#1f77b4", "ACCUSE": "#d62728", "AID": "#2ca02c"}
OTHER_COLOUR = "#7f7f7f"


@dataclass
class Node:
    key: str
    name: str
    x: float
    y: float
    r: float
    degree: int
    href: str
    anchor: str  # text-anchor so labels point away from the circle


@dataclass
class Edge:
    source: str
    target: str
    type: str
    count: int
    colour: str
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass
class Network:
    size: int
    nodes: list[Node]
    edges: list[Edge]
    types: list[tuple[str, str]]  # (type, colour) for the legend
    hidden_nodes: int


def type_colour(event_type: str) -> str:
    return TYPE_COLOURS.get(event_type, OTHER_COLOUR)


def layout(edges: list[dict], href_of, max_nodes: int = MAX_NODES) -> Network:
    """``edges``: dicts with src, src_name, dst, dst_name, type, n."""
    degree: Counter[str] = Counter()
    names: dict[str, str] = {}
    for e in edges:
        degree[e["src"]] += e["n"]
        degree[e["dst"]] += e["n"]
        names.setdefault(e["src"], e["src_name"])
        names.setdefault(e["dst"], e["dst_name"])
    keep = [key for key, _ in degree.most_common(max_nodes)]
    centre = SIZE / 2
    top = max(degree.values(), default=1)
    nodes: dict[str, Node] = {}
    for i, key in enumerate(keep):
        angle = 2 * math.pi * i / max(len(keep), 1) - math.pi / 2
        x, y = centre + RADIUS * math.cos(angle), centre + RADIUS * math.sin(angle)
        r = 4 + 8 * math.sqrt(degree[key] / top)
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        nodes[key] = Node(key, names[key], round(x, 1), round(y, 1), round(r, 1), degree[key], href_of(key), anchor)
    drawn = []
    for e in edges:
        a, b = nodes.get(e["src"]), nodes.get(e["dst"])
        if a and b and a is not b:
            x1, y1, x2, y2 = _shorten(a, b)
            drawn.append(Edge(a.key, b.key, e["type"], e["n"], type_colour(e["type"]), x1, y1, x2, y2))
    types = sorted({e.type for e in drawn})
    return Network(SIZE, list(nodes.values()), drawn, [(t, type_colour(t)) for t in types], len(degree) - len(nodes))


def _shorten(a: Node, b: Node) -> tuple[float, float, float, float]:
    """The segment between two circles' rims, so arrowheads stay visible, moved a little to its right so
    that A→B and B→A are two lines."""
    dx, dy = b.x - a.x, b.y - a.y
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    ox, oy = -uy * 3, ux * 3
    return (
        round(a.x + ux * a.r + ox, 1),
        round(a.y + uy * a.r + oy, 1),
        round(b.x - ux * (b.r + 3) + ox, 1),
        round(b.y - uy * (b.r + 3) + oy, 1),
    )
