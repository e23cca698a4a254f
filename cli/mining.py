"""``kozh mine`` and ``kozh merge``: what goes into a termbase."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from db import Termbase
from glossary.ingest import mine_documents, read_documents, store_all

from .common import db_option, note, reports_errors


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--dry-run", is_flag=True, help="Print what is found; store nothing.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True, help="Output of --dry-run.")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of the input (e.g. cp949, gb18030, big5).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Keep only pairs at least this confident.")
@click.option("--name", "stdin_name", help="The document name for text read from stdin "
              "(default: named by its content).")
@click.option("--force", is_flag=True, help="Write into a SQLite file kozh did not make.")
@reports_errors
def mine(paths: tuple[str, ...], db_path: Path | None, dry_run: bool, fmt: str,
         encoding: str, min_confidence: float, stdin_name: str | None, force: bool) -> None:
    """Mine Korean texts for Chinese glosses.

    PATHS are files, directories (*.txt, *.md) or - for stdin."""
    if fmt == "jsonl" and not dry_run:
        raise click.UsageError("--format jsonl prints what --dry-run finds; add --dry-run")
    mined = mine_documents(read_documents(paths, encoding, stdin_name=stdin_name),
                           min_confidence)
    if dry_run:
        for doc in mined:
            for pair in doc.pairs:
                _print_pair(pair.to_dict(), fmt)
        return
    with Termbase(db_path, force=force) as termbase:
        total = documents = 0
        for result in store_all(termbase, mined):
            total += result.occurrences
            documents += 1
            same = f" (same text as {result.same_as})" if result.same_as else ""
            note(f"{result.name}: {result.status}{same}, {result.occurrences} pairs")
        note(f"{total} pairs from {documents} document(s) into {termbase.path}")


def _print_pair(found: dict[str, Any], fmt: str) -> None:
    if fmt == "jsonl":
        click.echo(json.dumps(found, ensure_ascii=False))
    else:
        click.echo(f"{found['ko']}\t{found['zh']}\t{found['kind']}\t{found['confidence']:.2f}"
                   f"\t{found['doc']}:{found['paren_start']}")


@click.command()
@click.argument("others", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@reports_errors
def merge(others: tuple[Path, ...], db_path: Path | None) -> None:
    """Fold other termbases into this one.

    Documents, counts, contexts and forms come along; the result does not
    depend on the order in which termbases are merged."""
    with Termbase(db_path) as termbase:
        for other in others:
            results = termbase.merge(other)
            tally: dict[str, int] = {}
            for result in results:
                tally[result.status] = tally.get(result.status, 0) + 1
            summary = ", ".join(f"{count} {status}" for status, count in sorted(tally.items()))
            note(f"{other}: {len(results)} document(s){': ' if summary else ''}{summary}")
