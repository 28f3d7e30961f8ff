"""Human-readable rendering of a record with rich."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from newsgraph.records import Record

console = Console()


def print_record(record: Record) -> None:
    a = record.article
    console.rule(f"[bold]{a.headline or a.source}", style="cyan")
    meta = [
        ("source", a.source),
        ("status", record.status.value + (f" ({record.reason})" if record.reason else "")),
        ("outlet", a.outlet),
        ("section", a.section),
        ("authors", ", ".join(a.authors) or None),
        ("dateline", a.dateline),
        ("published", a.published),
        ("updated", a.updated),
        ("language", a.language),
        ("body", f"{len(a.body):,} characters, {len(a.paragraphs)} paragraphs"),
    ]
    for key, value in meta:
        if value:
            console.print(f"[dim]{key:>10}[/] {value}", highlight=False)
    for caption in a.captions:
        console.print(f"[dim]{'caption':>10}[/] {caption.text} [dim]({caption.credit})[/]", highlight=False)
    if record.entities:
        table = Table("entity", "type", "role", "country", "sector", "mentions", title="Entities", title_justify="left")
        for e in record.entities:
            table.add_row(e.name, e.type, e.role or "", e.country or "", e.sector or "", str(len(e.mentions)))
        console.print(table)
    if record.quotes:
        table = Table("speaker", "kind", "content", title="Quotes", title_justify="left")
        for q in record.quotes:
            table.add_row(q.speaker_name or "?", q.kind, " … ".join(s.text for s in q.content)[:160])
        console.print(table)
    if record.times:
        table = Table("text", "type", "value", "granularity", title="Times", title_justify="left")
        for t in record.times:
            table.add_row(t.span.text, t.type, t.value or "", t.granularity or "")
        console.print(table)
    if record.places:
        table = Table("place", "country", "geonames", "feature", "metonymic", title="Places", title_justify="left")
        for p in record.places:
            table.add_row(
                p.span.text,
                p.country or "",
                str(p.geonames_id or ""),
                p.feature or "",
                "yes" if p.metonymic else "",
            )
        console.print(table)
    if record.events:
        table = Table("type", "actor", "recipient", "date", "modes", title="Events", title_justify="left")
        for ev in record.events:
            modes = [m for m in ("negated", "future", "hypothetical", "historical", "reported") if getattr(ev, m)]
            table.add_row(
                ev.type + (f"/{ev.mode}" if ev.mode else ""),
                ", ".join(p.name for p in ev.actors),
                ", ".join(p.name for p in ev.recipients),
                ev.date or "",
                " ".join(modes),
            )
        console.print(table)
    for failure in record.failures:
        console.print(f"[red]stage {failure.stage} failed:[/] {failure.reason}: {failure.message}", highlight=False)
