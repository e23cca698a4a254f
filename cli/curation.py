"""``kozh approve/prefer/reject/reset/add/edit/delete/list/review/log/undo``:
a translator's decisions, each a mirror of one call of :mod:`glossary.curation`."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

import click

from db import Termbase
from glossary import curation
from glossary.errors import ConflictError, NotFoundError
from glossary.model import KINDS, STATUSES, Kind, Pair, Status
from glossary.text.normalize import clean, has_han

from .common import db_option, note, print_json, reports_errors


def _ko_and_zh(words: tuple[str, ...]) -> tuple[str, str | None]:
    """KO and ZH from the words given, so that a term of several words needs
    no quotes (``kozh approve 광시 자치구 广西自治区``): the Chinese is the one
    word with a Han character, first or last; without one, the words are one
    Korean term."""
    if not any(word.strip() for word in words):  # an empty KO beside ZH is the concept's
        raise click.BadParameter("a term, not blank", param_hint="KO [ZH]")
    han = [k for k, word in enumerate(words) if has_han(word)]
    if len(words) == 1 or not han:
        return " ".join(words), None
    if han == [len(words) - 1]:
        return " ".join(words[:-1]), words[-1]
    if han == [0]:
        return _in_order(words[0], " ".join(words[1:]))
    if len(words) == 2:
        return words[0], words[1]
    raise click.UsageError("quote a term of several words: KO ZH, e.g. '광시 자치구' 广西自治区")


def _both(words: tuple[str, ...]) -> tuple[str, str]:
    """KO and ZH, both given."""
    ko, zh = _ko_and_zh(words)
    if zh is None:
        raise click.UsageError("give the pair: KO ZH (the Chinese has a Han character)")
    return ko, zh


def _in_order(ko: str, zh: str) -> tuple[str, str]:
    """KO and ZH as given, or swapped (with a word on stderr) when plainly
    given the other way round."""
    ordered = curation.in_order(ko, zh)
    if ordered != (ko, zh):
        note(f"reading {ko} {zh} as ZH KO: the Korean comes first")
    return ordered


# KO and ZH as words: a term of several words may come unquoted (see _ko_and_zh).
_pair_argument = click.argument("words", nargs=-1, required=True, metavar="KO [ZH]")
_both_argument = click.argument("words", nargs=-1, required=True, metavar="KO ZH")
_note_option = click.option("--note", help="A note about the pair (free text).")
_domain_option = click.option("--domain", help="The domain or subject field (e.g. 경제).")


def _decision_command(name: str, status: Status, summary: str) -> click.Command:
    @click.command(name=name,
                   help=f"{summary}\n\nKO and ZH as lookup takes them: Korean with or without "
                        "a particle, Chinese in either script (given Chinese first, they are "
                        "read the right way round). One of them alone names the pair when no "
                        "other pair has it; '' for KO decides about the Chinese term itself. A "
                        "term of several words needs no quotes (approve 광시 자치구 广西自治区).")
    @_pair_argument
    @db_option
    @_note_option
    @_domain_option
    @reports_errors
    def command(words: tuple[str, ...], db_path: Path | None, note: str | None,
                domain: str | None) -> None:
        ko, given = _ko_and_zh(words)
        with Termbase(db_path, create=False) as termbase:
            ko, zh = _in_order(ko, given) if given is not None else curation.the_pair(termbase, ko)
            old = curation.set_status(termbase, ko, zh, status, note=note, domain=domain)
            ko, zh = termbase.stored_pair(ko, zh) or (ko, zh)  # as it is kept
        click.echo(f"{ko} ↔ {zh}: {status} (was {old.status})")

    return command


approve = _decision_command("approve", Status.APPROVED, "Approve a pair.")
prefer = _decision_command("prefer", Status.PREFERRED,
                           "Make a pair the one to use (another preferred one becomes approved).")
reject = _decision_command("reject", Status.REJECTED,
                           "Reject a pair: kept so it is never proposed again; not exported.")
reset = _decision_command("reset", Status.CANDIDATE,
                          "Take the decision about a pair back (candidate).")


@click.command()
@_both_argument
@db_option
@_note_option
@_domain_option
@click.option("--status", type=click.Choice(curation.ADDABLE_STATUSES),
              help="Default: approved (a pair already approved or preferred stays so).")
@click.option("--kind", type=click.Choice(KINDS), help="Default: inferred as the miner would.")
@reports_errors
def add(words: tuple[str, ...], db_path: Path | None, note: str | None, domain: str | None,
        status: str | None, kind: str | None) -> None:
    """Add a pair that no document contains. Added again, a pair keeps the
    note, domain and approval it has unless they are given."""
    ko, zh = _in_order(*_both(words))
    with Termbase(db_path) as termbase:
        added = curation.add_pair(termbase, ko, zh, kind=Kind(kind) if kind else None,
                                  status=Status(status) if status else None, note=note,
                                  domain=domain)
        decided = termbase.decision(ko, zh)[0].status
    click.echo(f"{clean(ko)} ↔ {clean(zh)}: {'added' if added else 'already there'}, {decided}")


@click.command()
@_both_argument
@db_option
@click.option("--ko", "new_ko", help="The corrected Korean.")
@click.option("--zh", "new_zh", help="The corrected Chinese.")
@_note_option
@_domain_option
@reports_errors
def edit(words: tuple[str, ...], db_path: Path | None, new_ko: str | None, new_zh: str | None,
         note: str | None, domain: str | None) -> None:
    """Fix a pair: its sources and counts move with it, and re-mining never
    brings the old spelling back."""
    if not any((new_ko, new_zh, note is not None, domain is not None)):
        raise click.UsageError("say what to change: --ko, --zh, --note or --domain")
    ko, zh = _in_order(*_both(words))
    with Termbase(db_path, create=False) as termbase:
        curation.edit_pair(termbase, ko, zh, new_ko=new_ko, new_zh=new_zh, note=note,
                           domain=domain)
    click.echo(f"{ko} ↔ {zh}: now {new_ko or ko} ↔ {new_zh or zh}")


@click.command()
@_both_argument
@db_option
@reports_errors
def delete(words: tuple[str, ...], db_path: Path | None) -> None:
    """Forget a pair (re-mining may find it again, as a candidate)."""
    ko, zh = _in_order(*_both(words))
    with Termbase(db_path, create=False) as termbase:
        curation.delete_pair(termbase, ko, zh)
    click.echo(f"{ko} ↔ {zh}: deleted")


@click.command(name="list")
@db_option
@click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES),
              help="Only these statuses (repeatable).")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS),
              help="Only these kinds (repeatable).")
@click.option("--min-count", default=1, show_default=True, type=click.IntRange(1))
@click.option("--domain", help="Only this domain.")
@click.option("--document", help="Only pairs seen in this document (as stored, or as an"
              " imported glossary names it).")
@click.option("--sort", type=click.Choice(["count", "recent", "confidence"]), default="count",
              show_default=True)
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1))
@click.option("--offset", default=0, type=click.IntRange(0), help="Skip this many.")
@click.option("--contexts", default=0, type=click.IntRange(0),
              help="Show up to this many sources of each pair (document and context).")
@click.option("json_", "--json", is_flag=True, help="Print JSON objects.")
@reports_errors
def list_(db_path: Path | None, statuses: tuple[str, ...], kinds: tuple[str, ...],
          min_count: int, domain: str | None, document: str | None, sort: str, limit: int,
          offset: int, contexts: int, json_: bool) -> None:
    """List pairs with their status, note and domain."""
    with Termbase(db_path, read_only=True) as termbase:
        pairs = termbase.list_pairs(statuses=statuses, kinds=kinds, min_count=min_count,
                                    domain=domain, document=document, sort=sort, limit=limit,
                                    offset=offset, contexts=contexts)
        if document and not pairs and not termbase.has_document(document):
            note(f"warning: no document {document} in {termbase.path}"
                 " (kozh stats --documents lists them)")
    if json_:
        click.echo(json.dumps([asdict(pair) for pair in pairs], ensure_ascii=False, indent=2))
        return
    for pair in pairs:
        extra = "".join(f"  {label}: {value}" for label, value in
                        (("note", pair.note), ("domain", pair.domain)) if value)
        click.echo(f"{pair.ko}\t{pair.zh_hans}\t{pair.kind}\t×{pair.count}\t"
                   f"{pair.confidence:.2f}\t{pair.status}{extra}")
        for source_document, context in pair.sources:
            click.echo(f"    {source_document}: {context}")


def _show(pair: Pair, position: int) -> None:
    hant = f" ({pair.zh_hant})" if pair.zh_hant != pair.zh_hans else ""
    click.echo(f"\n[{position}] {pair.ko} ↔ {pair.zh_hans}{hant}  ×{pair.count}  {pair.kind}"
               f"  {pair.confidence:.2f}  {pair.status}")
    for document, context in pair.sources:
        click.echo(f"    {document}: {context}")


@click.command()
@db_option
@click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES),
              default=["candidate"], show_default=True)
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS))
@click.option("--min-count", default=1, show_default=True, type=click.IntRange(1))
@reports_errors
def review(db_path: Path | None, statuses: tuple[str, ...], kinds: tuple[str, ...],
           min_count: int) -> None:
    """Review pairs one at a time, most frequent first.

    Keys: a approve, p prefer, r reject, e edit, s skip, u undo, q quit.
    Each decision is saved at once. Without a terminal the keys are read
    from stdin, one a line (after e, a line for the new Korean and one for
    the new Chinese; empty keeps it)."""
    decided = shown = 0
    keys = _Keys()
    with Termbase(db_path, create=False) as termbase:
        queue = curation.ReviewQueue(termbase, statuses, kinds, min_count)
        while (pair := queue.next()) is not None:
            shown += 1
            _show(pair, decided + len(queue.skipped) + 1)
            click.echo("  a approve · p prefer · r reject · e edit · s skip · u undo · q quit > ",
                       nl=False)
            key = keys.key()
            click.echo(key)
            if key == "q":
                break
            try:
                decided += _act(queue, pair, key, keys)
            except (ConflictError, NotFoundError) as error:
                note(str(error))
    if not shown:
        note(f"nothing to review: no {' or '.join(statuses)} pair here"
             + (" of that kind or count" if kinds or min_count > 1 else "")
             + " (--status chooses others)")
        return
    note(f"{decided} decision(s) saved")


class _Keys:
    """The reviewer's keys: pressed, at a terminal; else read from the input
    piped in, one a line or run together (``asr``), where the line after an
    ``e`` (or the rest of its own) is the new Korean, the next the new Chinese
    (empty: unchanged), and the end of the input quits."""

    def __init__(self) -> None:
        self.stream: TextIO = sys.stdin
        self.typed = self.stream.isatty()
        self.pending = ""

    def key(self) -> str:
        if self.typed:
            return click.getchar().lower()
        while not self.pending:
            line = self.stream.readline()
            if not line:
                return "q"
            self.pending = line.strip()
        key, self.pending = self.pending[0], self.pending[1:]
        return key.lower()

    def text(self, label: str, default: str) -> str:
        if self.typed:
            return str(click.prompt(label, default=default))
        given, self.pending = (self.pending or self.stream.readline()).strip(), ""
        click.echo(f"{label}: {given or default}")
        return given or default


def _act(queue: curation.ReviewQueue, pair: Pair, key: str, keys: _Keys) -> int:
    """Do what a key says; returns how many decisions it saved."""
    if key in curation.REVIEW_KEYS:
        queue.decide(pair, curation.REVIEW_KEYS[key])
        return 1
    if key == "e":
        new_ko = keys.text("  Korean", pair.ko)
        new_zh = keys.text("  Chinese", pair.zh_hans)
        queue.edit(pair, new_ko, new_zh)
        return 1
    if key == "s":
        queue.skip(pair)
    elif key == "u":
        entry = queue.undo()
        click.echo(f"  undone: {entry.action} {entry.ko} ↔ {entry.zh} ({entry.after})")
        return -1
    else:
        click.echo("  keys: a p r e s u q")
    return 0


@click.command(name="log")
@click.argument("words", nargs=-1, metavar="[KO ZH]")
@db_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1))
@click.option("json_", "--json", is_flag=True, help="Print a JSON list, newest first.")
@reports_errors
def log_(words: tuple[str, ...], db_path: Path | None, limit: int, json_: bool) -> None:
    """Show the latest decisions, newest first; with KO ZH, those of one pair
    (its history, as the pair's web page shows it)."""
    ko, zh = _both(words) if words else (None, None)
    with Termbase(db_path, read_only=True) as termbase:
        entries = termbase.log(limit, ko=ko, zh=zh)
    if json_:
        print_json(entries)
        return
    for entry in entries:
        click.echo(f"{entry.at}  {entry.by}  {entry.action}  {entry.ko} ↔ {entry.zh}: "
                   f"{entry.before or '—'} → {entry.after}")


@click.command()
@db_option
@reports_errors
def undo(db_path: Path | None) -> None:
    """Revert the latest decision."""
    with Termbase(db_path, create=False) as termbase:
        entry = curation.undo(termbase)
    click.echo(f"undone: {entry.action} {entry.ko} ↔ {entry.zh} ({entry.before or '—'} → "
               f"{entry.after})")
