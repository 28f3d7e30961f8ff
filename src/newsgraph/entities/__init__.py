"""Entity building blocks: name mentions, role titles, name clustering and light coreference.

``mentions`` turns spaCy's entities into clean name mentions, ``roles`` reads the title around a
name, ``clusters`` groups mentions into entities with one document-level type, ``coref`` adds
pronoun and nominal mentions, and ``build`` writes the :class:`~newsgraph.records.Entity` records.
"""
