"""``kozh mine`` and ``kozh merge``: what goes into a termbase."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import nullcontext
from functools import partial
from itertools import chain
from pathlib import Path
from typing import Any

import click

from db import Termbase
from glossary.corpus import CorpusFormat
from glossary.engines import ENGINES, mine_with
from glossary.ingest import forget_vanished, learned_from, read_documents, store_all, unmined
from glossary.model import Disagreement, MinedDocument, StoreResult
from glossary.text.markup import FORMATS as MARKUP_FORMATS
from glossary.text.morph import RESIDENT_SHARERS, use_resident

from .common import db_option, note, reports_errors

SHOWN_DOCUMENTS = 50  # a line each for the first documents; a summary for all


class Progress:
    """Documents, MB, pairs and MB/s on stderr while mining, when it is a terminal."""

    def __init__(self) -> None:
        self.start = time.monotonic()
        self.documents = self.bytes = self.pairs = 0
        self.shown = 0.0
        self.live = sys.stderr.isatty()

    def track(self, mined: Iterator[MinedDocument]) -> Iterator[MinedDocument]:
        for doc in mined:
            self.documents += 1
            self.bytes += doc.size
            self.pairs += len(doc.pairs)
            now = time.monotonic()
            if self.live and now - self.shown > 0.5:
                self.shown = now
                click.echo(f"\r{self.line()}", err=True, nl=False)
            yield doc
        if self.live:
            click.echo(f"\r{self.line()}", err=True)

    def line(self) -> str:
        seconds = max(time.monotonic() - self.start, 1e-6)
        megabytes = self.bytes / 1e6
        return (f"{self.documents} documents, {megabytes:.1f} MB, {self.pairs} pairs, "
                f"{megabytes / seconds:.2f} MB/s")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--dry-run", is_flag=True, help="Print what is found; store nothing.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True, help="Output of --dry-run.")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of the input (e.g. cp949, gb18030, big5; auto: UTF-8, else the "
                   "one each file reads best in).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Keep only pairs at least this confident.")
@click.option("--name", "stdin_name", help="The document name for text read from stdin "
              "(default: named by its content); its suffix says what it is, as a file's "
              "does (corpus.jsonl: a document a line).")
@click.option("--force", is_flag=True, help="Write into a SQLite file kozh did not make.")
@click.option("--jobs", type=click.IntRange(1), default=os.cpu_count() or 1,
              show_default="all cores", help="Worker processes that mine.")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="Where to mine: here, or on a Dask cluster (pip install 'kozh[dask]').")
@click.option("--scheduler", help="Address of a Dask scheduler (default: a local cluster).")
@click.option("--jsonl-text-field", default="text", show_default=True,
              help="In .jsonl corpora, the field with a document's text.")
@click.option("--jsonl-id-field", default="id", show_default=True,
              help="In .jsonl corpora, the field with a document's id.")
@click.option("--input-format", type=click.Choice(["auto", *MARKUP_FORMATS]), default="auto",
              show_default=True,
              help="Markup to see through (auto: by the file's name, else its tags).")
@click.option("--resident/--no-resident", default=True, envvar="KOZH_RESIDENT",
              show_default=True,
              help="Ask Kiwi kept running in the background (as kozh annotate does) "
                   "instead of starting it anew, at up to two jobs; also KOZH_RESIDENT=0.")
@reports_errors
def mine(paths: tuple[str, ...], db_path: Path | None, dry_run: bool, fmt: str,
         encoding: str, min_confidence: float, stdin_name: str | None, force: bool, jobs: int,
         engine: str, scheduler: str | None, jsonl_text_field: str,
         jsonl_id_field: str, input_format: str, resident: bool) -> None:
    """Mine Korean texts for Chinese glosses.

    PATHS are files, directories (*.txt, *.md, *.docx, *.jsonl, .gz/.bz2/.xz
    files and wikiextractor's wiki_00 files, recursively) or - for stdin. Each
    <doc> of a wikiextractor file and each line of a JSONL corpus is a
    document of its own, and so is each part of a plain text longer than any
    book (4 million characters), cut at paragraph breaks into parts of a
    million at most (FILE#1, FILE#2 ...); a Word document is the text of its
    body. A document
    the termbase holds with the same text, mined the same way, is not mined
    again; one a file read whole no longer gives (an article taken out, a
    part of a text grown shorter) is taken out, its pairs' decisions kept."""
    if fmt == "jsonl" and not dry_run:
        raise click.UsageError("--format jsonl prints what --dry-run finds; add --dry-run")
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler goes with --engine dask")
    use_resident(resident and engine == "local" and jobs <= RESIDENT_SHARERS)
    skipped: list[str] = []  # empty files found in a directory
    guessed: list[str] = []  # files --encoding auto read in a legacy encoding
    files: dict[str, set[str]] = {}  # each file read and its documents, as they are read
    documents = read_documents(paths, encoding, stdin_name=stdin_name,
                               corpus=CorpusFormat(jsonl_text_field, jsonl_id_field,
                                                   input_format), skipped=skipped,
                               guessed=guessed, files=files)
    mine_all = partial(mine_with, engine=engine, jobs=jobs, scheduler=scheduler,
                       min_confidence=min_confidence)
    if dry_run:
        for doc in Progress().track(mine_all(documents)):
            for pair in doc.pairs:
                _print_pair(pair.to_dict(), fmt)
        _report_inputs(skipped, guessed)
        return
    with Termbase(db_path, force=force) as termbase:
        learned = learned_from(termbase)
        unchanged: list[StoreResult] = []  # held with the same text, mined the same way
        mined = Progress().track(mine_all(unmined(termbase, documents, learned, unchanged),
                                          learned=learned))
        total = documents_stored = 0
        tally: dict[str, int] = {}
        try:
            for result in chain(store_all(termbase, mined), unchanged):
                total += result.occurrences
                documents_stored += 1
                tally[result.status] = tally.get(result.status, 0) + 1
                if documents_stored <= SHOWN_DOCUMENTS:
                    same = f" (same text as {result.same_as})" if result.same_as else ""
                    note(f"{result.name}: {result.status}{same}, {result.occurrences} pairs")
        except KeyboardInterrupt:
            # Each stored batch was a transaction of its own; the one under way is rolled back.
            note(f"interrupted: the termbase keeps what was stored ({termbase.stats().documents}"
                 " documents in all); the same command goes on from there")
            raise SystemExit(130) from None
        _report_inputs(skipped, guessed)
        if gone := forget_vanished(termbase, files):
            shown = ", ".join(gone[:SHOWN_DOCUMENTS])
            more = f" and {len(gone) - SHOWN_DOCUMENTS} more" if len(gone) > SHOWN_DOCUMENTS else ""
            note(f"{len(gone)} document(s) their files no longer give taken out: {shown}{more}")
        summary = ", ".join(f"{count} {status}" for status, count in sorted(tally.items()))
        note(f"{total} pairs from {documents_stored} document(s) ({summary or 'none'}) into "
             f"{termbase.path}")


def _print_pair(found: dict[str, Any], fmt: str) -> None:
    # Written to the stream, not echoed: click.echo asks whether stdout is a
    # terminal and flushes for every line, a tenth of a second per 10k pairs.
    out = sys.stdout
    if fmt == "jsonl":
        out.write(json.dumps(found, ensure_ascii=False) + "\n")
    else:
        out.write(f"{found['ko']}\t{found['zh']}\t{found['kind']}\t{found['confidence']:.2f}"
                  f"\t{found['doc']}:{found['paren_start']}\n")


@click.command()
@click.argument("others", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option("--dry-run", is_flag=True,
              help="Say what the merge would do (documents, the pairs decided differently) and "
                   "change nothing: it merges into a copy.")
@reports_errors
def merge(others: tuple[Path, ...], db_path: Path | None, dry_run: bool) -> None:
    """Fold other termbases into this one.

    Documents, counts, contexts and forms come along; the result does not
    depend on the order in which termbases are merged."""
    # A dry run only reads the termbase (an older kozh's is upgraded on opening,
    # as by any command) and merges into a copy of it.
    with Termbase(db_path, read_only=dry_run) as termbase, (
            termbase.scratch_copy() if dry_run else nullcontext(termbase)) as target:
        for other in others:  # into a copy, for a dry run: each after the ones before it
            results = target.merge(other)
            tally: dict[str, int] = {}
            for result in results:
                tally[result.status] = tally.get(result.status, 0) + 1
            summary = ", ".join(f"{count} {status}" for status, count in sorted(tally.items()))
            note(f"{other}: {len(results)} document(s){': ' if summary else ''}{summary}")
            _report_disagreements(other, results.disagreements)
    if dry_run:
        note("dry run: what the merge would do; nothing was changed")


def _report_disagreements(other: Path, disagreements: list[Disagreement]) -> None:
    """Each pair the two termbases decided about differently, and which
    decision stands (the later): neither translator's is lost unseen."""
    if disagreements:
        note(f"{other}: {len(disagreements)} pair(s) decided differently; the later decision"
             " stands:")
    for pair in disagreements:
        note(pair.line(str(other)))


def _report_inputs(skipped: list[str], guessed: list[str]) -> None:
    for label in skipped:
        note(f"warning: {label}: empty file, left out")
    for notice in guessed:
        note(f"note: {notice}")
