"""Layout of the events timeline SVG: one lane per event type, x by date, marker shape by mode."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

WIDTH, LANE_HEIGHT, LEFT, RIGHT, TOP = 900, 34, 110, 20, 24
MODALITIES = ("asserted", "negated", "future", "hypothetical", "historical", "reported")


@dataclass
class Marker:
    x: float
    y: float
    modality: str
    title: str
    href: str
    sources: int


@dataclass
class Timeline:
    width: int
    height: int
    lanes: list[tuple[str, float]]  # (label, y)
    ticks: list[tuple[float, str, str]]  # (x, label, text-anchor)
    markers: list[Marker]
    undated: int
    outside: int = 0  # dated events far outside the others, left out of the drawing


def parse_when(value: str | None) -> date | None:
    """TIMEX-style dates: 2022-03-10, 2022-03, 2022; anything else (weeks, durations) is not placed."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 1 and len(parts[0]) == 4:
            return date(int(parts[0]), 1, 1)
    except ValueError:
        return None
    return None


def layout(events: list[dict]) -> Timeline:
    dated = [(parse_when(e["when"]), e) for e in events]
    placed = [(d, e) for d, e in dated if d]
    types = sorted({e["type"] for _, e in placed})
    lane_y = {t: TOP + i * LANE_HEIGHT + LANE_HEIGHT / 2 for i, t in enumerate(types)}
    height = TOP + max(1, len(types)) * LANE_HEIGHT + 30
    if not placed:
        return Timeline(WIDTH, height, [], [], [], undated=len(events))
    lo, hi = _axis_range(sorted(d for d, _ in placed))
    inside = [(d, e) for d, e in placed if lo <= d <= hi]
    outside, placed = len(placed) - len(inside), inside
    span = max((hi - lo).days, 1)
    plot = WIDTH - LEFT - RIGHT

    def x_of(d: date) -> float:
        return round(LEFT + (d - lo).days / span * plot, 1)

    markers = []
    for i, (d, e) in enumerate(placed):
        jitter = ((i % 5) - 2) * 4  # spread same-day events a little inside their lane
        markers.append(
            Marker(x_of(d), lane_y[e["type"]] + jitter, e["modality"], e["title"], e["href"], e.get("sources") or 1)
        )
    ticks = [(x_of(lo), lo.isoformat())]
    if hi != lo:
        steps = 4
        ticks += [(round(LEFT + plot * k / steps, 1), _date_at(lo, span, k / steps).isoformat()) for k in range(1, 5)]
    anchored = [
        (x, label, "start" if i == 0 else "end" if i == len(ticks) - 1 else "middle")
        for i, (x, label) in enumerate(ticks)
    ]
    lanes = [(_short(t), lane_y[t]) for t in types]
    return Timeline(
        WIDTH, height, lanes, anchored, markers, undated=len(events) - len(placed) - outside, outside=outside
    )


def _axis_range(dates: list[date]) -> tuple[date, date]:
    """The whole span, less far outliers (a "1701" read off a history paragraph) that would squeeze every
    other event into one pixel: dates beyond 3 interquartile ranges (at least 30 days) of the middle half."""
    if len(dates) < 8:
        return dates[0], dates[-1]
    q1, q3 = dates[len(dates) // 4].toordinal(), dates[(3 * len(dates)) // 4].toordinal()
    fence = max(3 * (q3 - q1), 30)
    kept = [d for d in dates if q1 - fence <= d.toordinal() <= q3 + fence]
    return kept[0], kept[-1]


def _short(label: str, width: int = 14) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def _date_at(lo: date, span_days: int, fraction: float) -> date:
    return date.fromordinal(lo.toordinal() + round(span_days * fraction))
