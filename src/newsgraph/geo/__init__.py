"""Offline toponym resolution: gazetteers (packaged and an optional local GeoNames dump),
candidate generation, context ranking and metonymy."""
