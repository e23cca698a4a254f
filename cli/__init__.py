"""The ``kozh`` command line: thin click commands over the library."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any, TypeVar

import click

from glossary.errors import GlossaryError
from glossary.mining import KINDS

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(command: F) -> F:
    """Turn the library's errors into a one-line message and exit code 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except GlossaryError as error:
            raise click.ClickException(str(error)) from error
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (kozh export | head)

    return wrapper  # type: ignore[return-value]


def db_option(command: F) -> F:
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
        help="Termbase file (default: $KOZH_DB, else kozh.db in the user data directory).",
    )(command)


class KozhGroup(click.Group):
    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from glossary.db import default_db_path

        formatter.write(f"\nDefault termbase: {default_db_path()}\n")  # unwrapped: a path


@click.group(cls=KozhGroup)
@click.version_option(package_name="kozh")
def cli() -> None:
    """kozh: mine Korean text for Chinese glosses, keep them in a termbase,
    look them up and export them."""


def _open(db_path: Path | None, create: bool = True) -> Any:
    from glossary.db import Termbase

    return Termbase(db_path, create=create)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--dry-run", is_flag=True, help="Print what is found; store nothing.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True, help="Output of --dry-run.")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of the input (e.g. cp949, gb18030, big5).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Keep only pairs at least this confident.")
@reports_errors
def mine(paths: tuple[str, ...], db_path: Path | None, dry_run: bool, fmt: str,
         encoding: str, min_confidence: float) -> None:
    """Mine Korean texts for Chinese glosses.

    PATHS are files, directories (*.txt, *.md) or - for stdin."""
    from glossary.sources import collect, fingerprint, mine_source

    if fmt == "jsonl" and not dry_run:
        raise click.UsageError("--format jsonl prints what --dry-run finds; add --dry-run")
    sources = collect(paths)
    for source in sources:  # every file must decode before anything is stored
        fingerprint(source, encoding)
    if dry_run:
        for source in sources:
            for found in mine_source(source, encoding):
                if found.confidence >= min_confidence:
                    _print_occurrence(found.to_dict(), fmt)
        return
    with _open(db_path) as termbase:
        total = 0
        for source in _progress(sources):
            result = termbase.mine_source(source, encoding, min_confidence)
            total += result.occurrences
            click.echo(f"{result.name}: {result.status}, {result.occurrences} pairs", err=True)
        click.echo(f"{total} pairs from {len(sources)} file(s) into {termbase.path}", err=True)


def _print_json(items: list[Any]) -> None:
    """A JSON list of the library's dataclasses, for scripts."""
    click.echo(json.dumps([asdict(item) for item in items], ensure_ascii=False, indent=2))


def _progress(items: list[Any]) -> Iterator[Any]:
    if len(items) > 1 and sys.stderr.isatty():
        with click.progressbar(items, label="Mining", file=sys.stderr) as bar:
            yield from bar
    else:
        yield from items


def _print_occurrence(found: dict[str, Any], fmt: str) -> None:
    if fmt == "jsonl":
        click.echo(json.dumps(found, ensure_ascii=False))
    else:
        click.echo(f"{found['ko']}\t{found['zh']}\t{found['kind']}\t{found['confidence']:.2f}"
                   f"\t{found['doc']}:{found['paren_start']}")


@cli.command()
@click.argument("query")
@db_option
@click.option("json_", "--json", is_flag=True, help="Print JSON.")
@click.option("--limit", default=10, show_default=True, help="At most this many entries.")
@reports_errors
def lookup(query: str, db_path: Path | None, json_: bool, limit: int) -> None:
    """Look up a Korean or Chinese term, in either script.

    Exact matches come first, then prefix and substring matches."""
    with _open(db_path, create=False) as termbase:
        entries = termbase.lookup(query, limit=limit)
    if json_:
        _print_json(entries)
        return
    if not entries:
        raise click.ClickException(f"no entry for {query!r}")
    for entry in entries:
        hant = f" ({entry.zh_hant})" if entry.zh_hant != entry.zh_hans else ""
        click.echo(f"{entry.zh_hans}{hant}  [{entry.match}]")
        for rendering in entry.renderings:
            where = ""
            if rendering.sources:
                doc, context = rendering.sources[0]
                where = f"  — {doc}: {context}"
            click.echo(f"  {rendering.ko}  ×{rendering.count}  {rendering.kind}{where}")


EXPORT_FORMATS = ("tbx", "tbx2", "tsv", "omegat", "deepl", "csv", "jsonl")
IMPORT_FORMATS = ("auto", "tbx", "tbx2", "tsv", "omegat", "deepl", "csv", "jsonl")


@cli.command()
@db_option
@click.option("--format", "fmt", default="tbx", show_default=True,
              type=click.Choice(EXPORT_FORMATS), help="File format.")
@click.option("-o", "--output", default="-", type=click.Path(dir_okay=False, allow_dash=True),
              help="Output file, - for stdout.")
@click.option("--min-count", default=1, show_default=True, help="Minimum count of a rendering.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True)
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS),
              help="Only these kinds (repeatable).")
@click.option("--script", type=click.Choice(["hans", "hant", "both"]), default="both",
              show_default=True, help="Which Chinese script to write.")
@click.option("--direction", type=click.Choice(["ko-zh", "zh-ko"]), default="ko-zh",
              show_default=True, help="Source → target for omegat and deepl.")
@reports_errors
def export(db_path: Path | None, fmt: str, output: str, min_count: int,
           min_confidence: float, kinds: tuple[str, ...], script: str, direction: str) -> None:
    """Export the termbase for CAT tools and MT glossaries.

    Formats: TBX v3 (TBX-Basic), TBX v2, OmegaT, DeepL, CSV, JSONL and TSV."""
    from glossary.formats import ExportOptions
    from glossary.formats import export as write

    options = ExportOptions(min_count, min_confidence, kinds, script, direction)
    with _open(db_path, create=False) as termbase:
        if output == "-":
            rows = write(termbase.entries(), fmt, sys.stdout, options)
        else:
            with open(output, "w", encoding="utf-8", newline="") as out:
                rows = write(termbase.entries(), fmt, out, options)
    for warning in options.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"{rows} written", err=True)


@cli.command(name="import")
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
@db_option
@click.option("--format", "fmt", default="auto", show_default=True,
              type=click.Choice(IMPORT_FORMATS), help="File format (auto guesses).")
@reports_errors
def import_(path: str, db_path: Path | None, fmt: str) -> None:
    """Merge a glossary file into the termbase.

    Reads TBX (v3 and v2), TSV, OmegaT, DeepL, CSV and JSONL; PATH may be -."""
    from glossary.formats.importing import import_file

    with _open(db_path) as termbase:
        result = import_file(termbase, path, fmt)
    click.echo(f"{result.name}: {result.status}, {result.occurrences} renderings", err=True)


@cli.command()
@db_option
@click.option("json_", "--json", is_flag=True, help="Print JSON.")
@reports_errors
def stats(db_path: Path | None, json_: bool) -> None:
    """Show what the termbase holds, and where it is."""
    with _open(db_path, create=False) as termbase:
        figures = termbase.stats()
    if json_:
        click.echo(json.dumps(asdict(figures), ensure_ascii=False))
        return
    click.echo(f"termbase:     {figures.path}")
    click.echo(f"documents:    {figures.documents}")
    click.echo(f"concepts:     {figures.concepts}")
    click.echo(f"renderings:   {figures.renderings}")
    click.echo(f"occurrences:  {figures.occurrences}")
    for kind, count in figures.kinds.items():
        click.echo(f"  {kind:16s}{count}")


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "inline"]),
              default="table", show_default=True,
              help="A line per match, JSON lines, or the text with glosses inserted.")
@click.option("--summary", is_flag=True, help="Each term found once, with count and renderings.")
@click.option("--lang", type=click.Choice(["auto", "ko", "zh"]), default="auto",
              show_default=True, help="The document's language.")
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of the input.")
@reports_errors
def annotate(path: str, db_path: Path | None, fmt: str, summary: bool, lang: str,
             encoding: str) -> None:
    """Find known terms in a Korean or Chinese document.

    PATH is a file or - for stdin. Korean terms match through particles and
    endings (마윈은); Chinese ones in either script (淘寶 finds 淘宝)."""
    from glossary.annotation import TermIndex, inline
    from glossary.annotation import annotate as find
    from glossary.annotation import summary as summarize
    from glossary.sources import collect, read_text

    (source,) = collect([path])
    text = read_text(source, encoding)
    with _open(db_path, create=False) as termbase:
        index = TermIndex.from_termbase(termbase)
    matches = find(text, index, None if lang == "auto" else lang)
    if summary:
        for term, count, renderings in summarize(matches):
            click.echo(f"{term}\t×{count}\t{' / '.join(renderings)}")
    elif fmt == "jsonl":
        for match in matches:
            click.echo(json.dumps(asdict(match), ensure_ascii=False))
    elif fmt == "inline":
        click.echo(inline(text, matches), nl=False)
    else:
        for match in matches:
            click.echo(f"{match.start}-{match.end}\t{match.text}\t{' / '.join(match.renderings)}")


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--text", "text_path", type=click.Path(dir_okay=False, allow_dash=True),
              help="Check a translated Korean text against the termbase instead.")
@reports_errors
def check(db_path: Path | None, fmt: str, text_path: str | None) -> None:
    """Report inconsistent renderings, Hanja variants and unsure pairs."""
    from glossary.annotation import TermIndex
    from glossary.check import check_termbase, check_text
    from glossary.sources import collect, read_text

    with _open(db_path, create=False) as termbase:
        if text_path:
            (source,) = collect([text_path])
            findings = check_text(read_text(source), TermIndex.from_termbase(termbase))
        else:
            findings = check_termbase(termbase)
    if fmt == "json":
        _print_json(findings)
        return
    for finding in findings:
        click.echo(f"{finding.severity:7s} {finding.check:16s} {finding.subject}: "
                   f"{finding.message}")
        for line in finding.evidence:
            click.echo(f"    {line}")


@cli.command()
@click.argument("chinese")
@db_option
@click.option("json_", "--json", is_flag=True, help="Print a JSON list, best first.")
@reports_errors
def suggest(chinese: str, db_path: Path | None, json_: bool) -> None:
    """Suggest Korean renderings for a Chinese term.

    Best first, each with the method behind it: the termbase, the standard
    transcription of Mandarin, or the Sino-Korean reading."""
    from glossary.db import Termbase, default_db_path
    from glossary.suggestions import suggest as propose

    path = db_path or default_db_path()
    termbase = Termbase(path, create=False) if path.exists() else None
    try:
        found = propose(chinese, termbase)
    finally:
        if termbase is not None:
            termbase.close()
    if json_:
        _print_json(found)
        return
    if not found:
        raise click.ClickException(f"no suggestion for {chinese!r} (is it Chinese?)")
    for item in found:
        note = f"  ({item.note})" if item.note else ""
        click.echo(f"{item.ko}\t{item.method}{note}")


def main() -> None:
    # Data goes out as UTF-8 whatever the locale says.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    cli()
