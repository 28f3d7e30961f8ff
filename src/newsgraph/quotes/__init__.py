"""Who said what: quote marks, cue lexicon, attribution rules and speaker resolution.

``marks`` finds direct-quote regions in the raw text, ``rules`` reads attributions off the
spaCy parse (source, cue, content, relays), ``speakers`` resolves sources to entities.
"""
