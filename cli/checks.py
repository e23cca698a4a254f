"""``kozh check``: consistency of the termbase, or of a translation against it."""

from __future__ import annotations

from pathlib import Path

import click

from db import Termbase
from glossary.aids.check import check_termbase, check_text

from .common import (
    db_option,
    findings_cache,
    index_cache,
    note,
    print_json,
    read_text,
    reports_errors,
)


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("json_", "--json", is_flag=True, help="The same as --format json.")
@click.option("--text", "text_path", type=click.Path(allow_dash=True),
              help="Check a translated Korean text against the termbase instead: terms"
                   " not in their preferred rendering, or in one rejected or replaced.")
@click.argument("text_file", required=False, type=click.Path(allow_dash=True))
@reports_errors
def check(db_path: Path | None, fmt: str, json_: bool, text_path: str | None,
          text_file: str | None) -> None:
    """Report inconsistent renderings, Hanja variants and unsure pairs; or,
    given a translation (TEXT_FILE, the same as --text), its terms against
    the termbase.

    The translator's decisions count: rejected pairs are left out, and a
    preferred rendering (or all approved) settles a concept's several. What a
    check reads is kept beside the termbase (TERMBASE.check), so a check of a
    termbase unchanged since, or changed only by decisions, takes a moment."""
    if text_path and text_file:
        raise click.UsageError("give the translation once: as TEXT_FILE or with --text")
    text_path = text_path or text_file
    with Termbase(db_path, read_only=True) as termbase:
        if text_path:
            from glossary.aids.annotation import TermIndex  # only a text needs the index

            findings = check_text(read_text(text_path),
                                  TermIndex.from_termbase(termbase, index_cache(termbase.path)),
                                  termbase.avoided(), termbase)
        else:
            findings = check_termbase(termbase, findings_cache(termbase.path))
    if fmt == "json" or json_:
        print_json(findings)
        return
    for finding in findings:
        click.echo(f"{finding.severity:7s} {finding.check:16s} {finding.subject}: "
                   f"{finding.message}")
        for line in finding.evidence:
            click.echo(f"    {line}")
    warnings = sum(finding.severity == "warning" for finding in findings)
    note(f"{warnings} warning{'' if warnings == 1 else 's'}, {len(findings) - warnings} info"
         if findings else "no findings: nothing inconsistent")
