"""What every floor may ask of a termbase: the protocols the store
(:mod:`db`) implements and formats, aids and ingest take as an argument."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from .records import (
    Avoided,
    Concept,
    Decision,
    Document,
    Kind,
    LogEntry,
    MinedDocument,
    Overview,
    Pair,
    Source,
    Stats,
    Status,
    StoreResult,
)


class TermbaseReader(Protocol):
    """What the reading floors (formats, annotation, checks) need of a termbase."""

    def lookup(self, query: str, limit: int = 10, *, exact: bool = False,
               include_rejected: bool = False) -> list[Concept]: ...

    def entries(self) -> Iterator[Concept]: ...

    def survey(self, keys: Iterable[str] | None = None) -> Iterator[Concept]: ...

    def overview(self, low_confidence: float) -> Overview: ...

    def sources(self, ko: str, zh: str, limit: int = 2) -> list[Source]: ...

    def sources_by_keys(self, keys: Iterable[tuple[str, str]], limit: int = 2
                        ) -> dict[tuple[str, str], list[Source]]: ...

    def titles(self, labels: Iterable[str]) -> dict[str, str]: ...

    def pairs(self) -> Iterator[tuple[str, str, str, int]]: ...

    def index_rows(self) -> Iterator[tuple[str, str, str, str, int]]: ...

    def generation(self) -> int: ...

    def data_generation(self) -> int: ...

    def decided(self, statuses: Iterable[Status] = ()) -> dict[tuple[str, str], Status]: ...

    def avoided(self) -> list[Avoided]: ...


class TermbaseCurator(Protocol):
    """What curation needs of a termbase: decisions, hand-made pairs, the log."""

    def pairs_named(self, term: str, limit: int = 20) -> list[tuple[str, str]]: ...

    def decision(self, ko: str, zh: str) -> tuple[Decision, int]: ...

    def set_status(self, ko: str, zh: str, status: Status, *, note: str | None = None,
                   domain: str | None = None, by: str = "",
                   expected_version: int | None = None) -> Decision: ...

    def add_pair(self, ko: str, zh: str, kind: Kind, *, status: Status | None = None,
                 note: str | None = None, domain: str | None = None, by: str = "") -> bool: ...

    def edit_pair(self, ko: str, zh: str, *, new_ko: str | None = None,
                  new_zh: str | None = None, note: str | None = None,
                  domain: str | None = None, by: str = "", kind: Kind | None = None
                  ) -> None: ...

    def delete_pair(self, ko: str, zh: str, *, by: str = "") -> None: ...

    def list_pairs(self, *, statuses: Iterable[str] = (), kinds: Iterable[str] = (),
                   min_count: int = 1, domain: str | None = None, document: str | None = None,
                   sort: str = "count", limit: int = 100, offset: int = 0,
                   contexts: int = 0) -> list[Pair]: ...

    def log(self, limit: int = 20, *, ko: str | None = None,
            zh: str | None = None) -> list[LogEntry]: ...

    def undo(self, *, by: str = "", expected: int | None = None) -> LogEntry: ...

    def last_change(self) -> LogEntry | None: ...


class TermbaseWriter(Protocol):
    """What ingest needs of a termbase."""

    def add_mined(self, doc: MinedDocument) -> StoreResult: ...

    def add_mined_many(self, docs: list[MinedDocument]) -> list[StoreResult]: ...

    def unchanged(self, documents: list[Document],
                  versions: tuple[tuple[str, str], ...]) -> set[str]: ...

    def documents_of_file(self, name: str) -> list[str]: ...

    def forget_documents(self, names: list[str]) -> int: ...

    def import_concepts(self, concepts: Iterator[Concept], name: str, sha256: str,
                        label: str = "", *, overwrite_decisions: bool = False,
                        by: str = "", versions: tuple[tuple[str, str], ...] = (),
                        dry_run: bool = False) -> StoreResult: ...


class TermbaseService(TermbaseReader, TermbaseCurator, TermbaseWriter, Protocol):
    """All a front end (the web page) needs of a termbase: it imports too."""

    def stats(self) -> Stats: ...

    def status_counts(self) -> dict[str, int]: ...

    def pair(self, ko: str, zh: str, contexts: int = 200) -> Pair: ...

    def documents(self) -> list[tuple[str, str, str, int]]: ...

    def close(self) -> None: ...
