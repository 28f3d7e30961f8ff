"""Made-up plain-text articles for store and executor tests."""

from __future__ import annotations

import random
from pathlib import Path

WORDS = [
    "minister",
    "talks",
    "ceasefire",
    "border",
    "trade",
    "vote",
    "council",
    "agency",
    "report",
    "market",
    "city",
    "river",
    "company",
    "union",
    "court",
    "police",
    "army",
    "health",
    "school",
    "budget",
    "election",
    "summit",
    "treaty",
    "port",
    "harvest",
    "strike",
]


def write_articles(directory: Path, count: int, seed: int = 7, paragraphs: int = 3) -> list[Path]:
    """Plain-text articles of varied made-up prose, each with a headline line."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        body = "\n\n".join(" ".join(rng.choice(WORDS) for _ in range(50)).capitalize() + "." for _ in range(paragraphs))
        path = directory / f"story-{i:04d}.txt"
        path.write_text(f"Story {i} about the {rng.choice(WORDS)}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths
