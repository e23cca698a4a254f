"""``kozh lookup`` and ``kozh stats``: reading a termbase."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from db import Termbase

from .common import db_option, print_json, reports_errors


@click.command()
@click.argument("query")
@db_option
@click.option("json_", "--json", is_flag=True, help="Print JSON.")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 10_000),
              help="At most this many entries.")
@click.option("all_", "--all", is_flag=True, help="Show rejected renderings too.")
@reports_errors
def lookup(query: str, db_path: Path | None, json_: bool, limit: int, all_: bool) -> None:
    """Look up a Korean or Chinese term, in either script.

    Exact matches come first (Korean typed without its spaces or hyphens
    too), then prefix and substring matches; the preferred rendering first,
    rejected ones only with --all."""
    if not query.strip():
        raise click.BadParameter("a term to look up, not blank", param_hint="QUERY")
    with Termbase(db_path, read_only=True) as termbase:
        entries = termbase.lookup(query, limit=limit, include_rejected=all_)
        if not entries and not json_:
            raise click.ClickException(f"no entry for {query!r}{_from_its_parts(query, termbase)}")
    if json_:
        print_json(entries)
        return
    for entry in entries:
        hant = f" ({entry.zh_hant})" if entry.zh_hant != entry.zh_hans else ""
        click.echo(f"{entry.zh_hans}{hant}  [{entry.match}]")
        for rendering in entry.renderings:
            where = ""
            if rendering.sources:
                doc, context = rendering.sources[0]
                where = f"  — {doc}: {context}" if context else f"  — {doc}"
            said = [f"[{rendering.domain}]"] if rendering.domain else []
            said += [rendering.note] if rendering.note else []
            remark = f"  ({' '.join(said)})" if said else ""
            click.echo(f"  {rendering.ko}  ×{rendering.count}  {rendering.kind}  "
                       f"{rendering.status}{remark}{where}")


def _from_its_parts(query: str, termbase: Termbase) -> str:
    """For Chinese the termbase does not hold, what its known parts make of
    it (中国人民银行行长: 중국 인민은행행장), as ``kozh suggest`` proposes it."""
    from glossary.aids.suggestions import suggest_for_a_miss  # only a miss needs it

    found = suggest_for_a_miss(query, termbase)
    if not found:
        return ""
    parts = [one for one in found if one.method == "termbase-part"]
    if parts:
        return f"; from its parts: {parts[0].ko} ({parts[0].note}; kozh suggest {query} for more)"
    return f"; kozh suggest {query} proposes {found[0].ko} ({found[0].method}) and more"


@click.command()
@db_option
@click.option("json_", "--json", is_flag=True, help="Print JSON.")
@click.option("--documents", "by_document", is_flag=True,
              help="List the documents instead: name, origin, when added, pairs.")
@reports_errors
def stats(db_path: Path | None, json_: bool, by_document: bool) -> None:
    """Show what the termbase holds, and where it is."""
    with Termbase(db_path, read_only=True) as termbase:
        documents = termbase.documents() if by_document else []
        figures = None if by_document else termbase.stats()
    if figures is None:
        fields = ("document", "origin", "added_at", "pairs")
        if json_:
            click.echo(json.dumps([dict(zip(fields, row, strict=True)) for row in documents],
                                  ensure_ascii=False, indent=2))
        else:
            for row in documents:
                click.echo("\t".join(map(str, row)))
        return
    if json_:
        click.echo(json.dumps(asdict(figures), ensure_ascii=False))
        return
    click.echo(f"termbase:     {figures.path}")
    click.echo(f"documents:    {figures.documents}")
    click.echo(f"concepts:     {figures.concepts}")
    click.echo(f"renderings:   {figures.renderings}")
    for kind, count in figures.kinds.items():  # the renderings of each kind
        click.echo(f"  {kind:16s}{count}")
    click.echo(f"occurrences:  {figures.occurrences}")
