"""``kozh annotate``: known terms in the next text."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from db import Termbase
from glossary.aids.annotation import TermIndex, inline
from glossary.aids.annotation import annotate as find_terms
from glossary.aids.annotation import summary as summarize

from .common import db_option, index_cache, note, read_text, reports_errors


@click.command()
@click.argument("path", type=click.Path(allow_dash=True))
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "inline"]),
              default="table", show_default=True,
              help="A line per match, JSON lines, or the text with glosses inserted.")
@click.option("--summary", is_flag=True, help="Each term found once, with count and renderings.")
@click.option("--lang", type=click.Choice(["auto", "ko", "zh"]), default="auto",
              show_default=True,
              help="The document's language (auto: each sentence in its own).")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of the input (auto: UTF-8, else the one it reads best in).")
@click.option("--gloss", type=click.Choice(["first", "all"]), default="first", show_default=True,
              help="With --format inline: gloss a term's first occurrence, or every one.")
@click.option("--resident/--no-resident", default=True, envvar="KOZH_RESIDENT",
              show_default=True,
              help="Ask Kiwi kept running in the background (started by the first run, "
                   "stopped after 10 idle minutes) instead of starting it anew, about a "
                   "second saved per run; also KOZH_RESIDENT=0.")
@reports_errors
def annotate(path: str, db_path: Path | None, fmt: str, summary: bool, lang: str,
             encoding: str, gloss: str, resident: bool) -> None:
    """Find known terms in a Korean or Chinese document.

    PATH is a file (a Word document: the text of its body) or - for stdin.
    Korean terms match through particles and
    endings (마윈은), written as syllables or as decomposed jamo (NFD);
    Chinese ones in either script (淘寶 finds 淘宝). A bilingual document is
    read sentence by sentence, each in the language most of its letters are in."""
    text = read_text(path, encoding)
    with Termbase(db_path, read_only=True) as termbase:
        index = TermIndex.from_termbase(termbase, index_cache(termbase.path))
    if index.empty:
        note(f"warning: {termbase.path} holds no term to find (mine or import some first)")
    matches = find_terms(text, index, None if lang == "auto" else lang, resident=resident)
    if not matches and not index.empty:
        note(f"{'stdin' if path == '-' else path}: no known term found")
    if summary:
        for term, count, renderings in summarize(matches):
            click.echo(f"{term}\t×{count}\t{' / '.join(renderings)}")
    elif fmt == "jsonl":
        for match in matches:
            click.echo(json.dumps(asdict(match), ensure_ascii=False))
    elif fmt == "inline":
        click.echo(inline(text, matches, gloss), nl=False)
    else:
        for match in matches:
            # A term written across a line break is shown on its one line.
            shown = " ".join(match.text.split())
            click.echo(f"{match.start}-{match.end}\t{shown}\t{' / '.join(match.renderings)}")
