"""Word lists newsgraph ships: countries, demonyms, roles. Data, not logic."""
