"""Curation: a translator's decisions about pairs, as library calls.

The CLI (``kozh approve``, ``kozh review``…) and the web page are thin
mirrors of these functions. The termbase keeps the decisions (see
:mod:`db.curation`); the rules that need the rest of kozh live here: who is
deciding, what kind a hand-made pair is, and the order of a review.

>>> [str(infer_kind(ko, zh)) for ko, zh in [("마윈", "馬雲"), ("클라우드 컴퓨팅", "云计算")]]
['transliteration', 'translation']
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field

from .errors import AmbiguousError, NotFoundError
from .mining.pair_kind import infer_kind
from .model import Decision, Kind, LogEntry, Pair, Status, TermbaseCurator
from .text.normalize import has_han, is_hangul

USER_ENV = "KOZH_USER"


def who() -> str:
    """Who is deciding: ``$KOZH_USER``, else the login name."""
    if os.environ.get(USER_ENV):
        return os.environ[USER_ENV]
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "someone"


def in_order(ko: str, zh: str) -> tuple[str, str]:
    """``(ko, zh)``, or the two the other way round when that is plainly how
    they were given: Chinese alone where the Korean goes, and Korean without
    a Chinese character where the Chinese goes.

    >>> in_order("长沙", "창샤"), in_order("창샤", "长沙"), in_order("TCL", "TCL集团")
    (('창샤', '长沙'), ('창샤', '长沙'), ('TCL', 'TCL集团'))
    """
    if (has_han(ko) and not any(map(is_hangul, ko))
            and any(map(is_hangul, zh)) and not has_han(zh)):
        return zh, ko
    return ko, zh


def the_pair(termbase: TermbaseCurator, term: str) -> tuple[str, str]:
    """The one stored pair that ``term``, its Korean or its Chinese, names:
    a decision needs no more when there is no other. Raises NotFoundError
    when none does, AmbiguousError (naming them) when several do."""
    found = termbase.pairs_named(term, limit=AMBIGUOUS_SHOWN + 1)
    if not found:
        raise NotFoundError(f"no pair with {term} in the termbase (see 'kozh lookup {term}')")
    if len(found) > 1:
        named = ", ".join(f"{ko} {zh}" for ko, zh in found[:AMBIGUOUS_SHOWN])
        more = ", …" if len(found) > AMBIGUOUS_SHOWN else ""
        raise AmbiguousError(f"{term} names {len(found)}{'+' if more else ''} pairs"
                             f" ({named}{more}): give KO and ZH")
    return found[0]


AMBIGUOUS_SHOWN = 5


def set_status(termbase: TermbaseCurator, ko: str, zh: str, status: Status, *,
               note: str | None = None, domain: str | None = None, by: str | None = None,
               expected_version: int | None = None) -> Decision:
    """approve, prefer, reject or reset (to candidate) a pair."""
    return termbase.set_status(ko, zh, status, note=note, domain=domain, by=by or who(),
                               expected_version=expected_version)


# The statuses a pair is added with: never rejected (a rejected pair is one a
# source proposed).
ADDABLE_STATUSES = ("approved", "preferred", "candidate")


def add_pair(termbase: TermbaseCurator, ko: str, zh: str, *, kind: Kind | None = None,
             status: Status | None = None, note: str | None = None, domain: str | None = None,
             by: str | None = None) -> bool:
    """Add a pair no document contains (kind inferred as the miner would),
    approved unless ``status`` says otherwise; False when it was there already,
    and then what is not given (None) stays as decided: its note, its domain,
    and an approved or preferred status."""
    return termbase.add_pair(ko, zh, kind or infer_kind(ko, zh), status=status, note=note,
                             domain=domain, by=by or who())


def edit_pair(termbase: TermbaseCurator, ko: str, zh: str, *, new_ko: str | None = None,
              new_zh: str | None = None, note: str | None = None, domain: str | None = None,
              by: str | None = None) -> None:
    """Fix a pair's spelling, note or domain. A new spelling takes the kind
    the miner would give it (상해 fixed to 상하이 is a transliteration)."""
    kind = infer_kind(new_ko or ko, new_zh or zh) if new_ko or new_zh else None
    termbase.edit_pair(ko, zh, new_ko=new_ko, new_zh=new_zh, note=note, domain=domain,
                       by=by or who(), kind=kind)


def delete_pair(termbase: TermbaseCurator, ko: str, zh: str, *, by: str | None = None) -> None:
    termbase.delete_pair(ko, zh, by=by or who())


def undo(termbase: TermbaseCurator, *, by: str | None = None,
         expected: int | None = None) -> LogEntry:
    """Revert the latest change; with ``expected`` (a log id), only if it is
    still that change (else ConflictError)."""
    return termbase.undo(by=by or who(), expected=expected)


# What each key of a review does.
REVIEW_KEYS = {"a": Status.APPROVED, "p": Status.PREFERRED, "r": Status.REJECTED}


@dataclass
class ReviewQueue:
    """Pairs to review, most frequent first, one at a time, with their best
    contexts. Each decision is saved at once and checked against the version
    the reviewer saw, so two reviewers never overwrite each other silently."""

    termbase: TermbaseCurator
    statuses: tuple[str, ...] = (Status.CANDIDATE.value,)
    kinds: tuple[str, ...] = ()
    min_count: int = 1
    by: str = field(default_factory=who)
    skipped: set[tuple[str, str]] = field(default_factory=set)
    contexts: int = 3

    def next(self) -> Pair | None:
        """The most frequent pair still to review, or None when done."""
        offset = 0
        while True:
            page = self.termbase.list_pairs(statuses=self.statuses, kinds=self.kinds,
                                            min_count=self.min_count, sort="count",
                                            limit=50, offset=offset, contexts=self.contexts)
            for pair in page:
                if (pair.zh_hans, pair.ko) not in self.skipped:
                    return pair
            if len(page) < 50:
                return None
            offset += 50

    def decide(self, pair: Pair, status: Status) -> Decision:
        return self.termbase.set_status(pair.ko, pair.zh_hans, status, by=self.by,
                                        expected_version=pair.version)

    def skip(self, pair: Pair) -> None:
        self.skipped.add((pair.zh_hans, pair.ko))

    def edit(self, pair: Pair, new_ko: str, new_zh: str) -> None:
        edit_pair(self.termbase, pair.ko, pair.zh_hans, new_ko=new_ko or None,
                  new_zh=new_zh or None, by=self.by)

    def undo(self) -> LogEntry:
        entry = self.termbase.undo(by=self.by)
        self.skipped.discard((entry.zh, entry.ko))
        return entry
