"""newsgraph: reads news pages and writes down what they say, every fact with its evidence span."""

from newsgraph.records import (
    SCHEMA_VERSION,
    Article,
    Entity,
    Event,
    Mention,
    Place,
    Quote,
    Record,
    Span,
    TimeExpression,
)

__version__ = "0.1.0"
__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Entity",
    "Event",
    "Mention",
    "Place",
    "Quote",
    "Record",
    "Span",
    "TimeExpression",
    "__version__",
]
