"""``kozh export`` and ``kozh import``: files for translators' tools."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from db import Termbase
from glossary.curation import who
from glossary.formats import EXPORT_FORMATS, IMPORT_FORMATS, ExportOptions, export, export_file
from glossary.ingest import import_file, import_report
from glossary.model import KINDS, STATUSES

from .common import db_option, note, reports_errors


@click.command(name="export")
@db_option
@click.option("--format", "fmt", default="tbx", show_default=True,
              type=click.Choice(EXPORT_FORMATS), help="File format.")
@click.option("-o", "--output", default="-", type=click.Path(allow_dash=True),
              help="Output file, - for stdout.")
@click.option("--min-count", default=1, show_default=True, type=click.IntRange(1),
              help="Minimum count of a rendering.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True)
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS),
              help="Only these kinds (repeatable).")
@click.option("--script", type=click.Choice(["hans", "hant", "both"]), default="both",
              show_default=True, help="Which Chinese script to write.")
@click.option("--direction", type=click.Choice(["ko-zh", "zh-ko"]), default="ko-zh",
              show_default=True, help="Source → target for omegat and deepl.")
@click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES),
              help="Only these statuses (repeatable; default: all but rejected; deepl and "
                   "omegat never carry rejected pairs).")
@click.option("--domain", "domains", multiple=True,
              help="Only pairs of this domain, as kozh list --domain names it (repeatable).")
@reports_errors
def export_(db_path: Path | None, fmt: str, output: str, min_count: int,
            min_confidence: float, kinds: tuple[str, ...], script: str, direction: str,
            statuses: tuple[str, ...], domains: tuple[str, ...]) -> None:
    """Export the termbase for CAT tools and MT glossaries.

    Formats: TBX v3 (TBX-Basic), TBX v2, OmegaT, DeepL, CSV, JSONL and TSV.
    A file is written whole or not at all."""
    options = ExportOptions(min_count, min_confidence, kinds, script, direction,
                            statuses=statuses, domains=domains)
    with Termbase(db_path, read_only=True) as termbase:
        if output == "-":
            rows = export(termbase.entries(), fmt, sys.stdout, options)
        else:
            rows = export_file(termbase.entries(), fmt, output, options,
                               protect=[termbase.path])
    for warning in options.warnings:
        note(f"warning: {warning}")
    note(f"{rows} written")


@click.command(name="import")
@click.argument("path", type=click.Path(allow_dash=True))
@db_option
@click.option("--format", "fmt", default="auto", show_default=True,
              type=click.Choice(IMPORT_FORMATS), help="File format (auto guesses).")
@click.option("--name", "stdin_name", help="The document name for a file read from stdin.")
@click.option("--force", is_flag=True, help="Write into a SQLite file kozh did not make.")
@click.option("--overwrite-decisions", is_flag=True,
              help="Where the file's status, note or domain disagrees with a decision in the "
                   "termbase, take the file's (default: keep the termbase's).")
@click.option("--infer-kinds/--no-infer-kinds", default=True, show_default=True,
              help="Give a pair the file names no kind for the kind the miner would "
                   "(up to a millisecond a pair); without, it is a translation.")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of a text file (a CSV Excel saved in cp949, gb18030, big5; auto: "
                   "UTF-8, else the one it reads best in). A byte order mark is read anyway.")
@click.option("--dry-run", is_flag=True,
              help="Say what the import would do (pairs, decisions, disagreements) and store "
                   "nothing.")
@reports_errors
def import_(path: str, db_path: Path | None, fmt: str, stdin_name: str | None,
            force: bool, overwrite_decisions: bool, infer_kinds: bool, encoding: str,
            dry_run: bool) -> None:
    """Merge a glossary file into the termbase, with its decisions.

    Reads TBX (v3 and v2), TSV, OmegaT, DeepL, CSV and JSONL; PATH may be -.
    A pair the file names no kind for (a DeepL or OmegaT glossary) gets the
    kind the miner would give it: 상하이 上海 is a transliteration."""
    guessed: list[str] = []
    with Termbase(db_path, force=force) as termbase:
        result = import_file(termbase, path, fmt, stdin_name=stdin_name,
                             overwrite_decisions=overwrite_decisions, by=who(),
                             infer_kinds=infer_kinds, encoding=encoding, guessed=guessed,
                             dry_run=dry_run)
    for line in import_report(result, dry_run, guessed):
        note(line)
