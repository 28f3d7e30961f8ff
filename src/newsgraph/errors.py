"""Errors newsgraph raises on purpose, each with a code and a hint on how to fix it.

NewsgraphError
├── UsageError        bad arguments or configuration (CLI exit 2)
├── InputError        an input that cannot be read as a document (recorded, batch goes on)
└── StoreError        a database file that is corrupt, foreign or from a newer schema
"""

from __future__ import annotations


class NewsgraphError(Exception):
    code = "E000"

    def __init__(self, message: str, hint: str | None = None):
        self.message = message
        self.hint = hint
        super().__init__(f"[{self.code}] {message}" + (f" ({hint})" if hint else ""))


class UsageError(NewsgraphError):
    code = "E001"


class InputError(NewsgraphError):
    """Raised for one input; the caller records it as a Failure and moves on."""

    code = "E100"

    def __init__(self, source: str, reason: str, message: str, hint: str | None = None):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {message}", hint)


class StoreError(NewsgraphError):
    code = "E200"
