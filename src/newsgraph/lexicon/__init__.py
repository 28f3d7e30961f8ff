"""Word lists newsgraph ships: countries, demonyms, roles. Data, not logic."""


def parse_code_table(text: str) -> dict[str, str]:
    """Parse ``CODE word,word|CODE word`` lines (one or more entries per line) into {word: CODE}.

    The first code given for a word wins, so a table can list the usual reading first."""
    mapping: dict[str, str] = {}
    for chunk in text.replace("\n", "|").split("|"):
        chunk = chunk.strip()
        if chunk:
            code, words = chunk.split(" ", 1)
            for word in words.split(","):
                mapping.setdefault(word.strip(), code)
    return mapping
