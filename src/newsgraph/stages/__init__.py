"""Pipeline stages, in the order they run. Each module holds one stage with one job."""

STAGE_ORDER = ("page", "language", "nlp", "entities", "quotes", "time", "places", "events")
