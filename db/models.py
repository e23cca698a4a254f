"""What the termbase hands out and takes in: plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Rendering:
    ko: str
    kind: str
    count: int
    confidence: float
    sources: list[tuple[str, str]] = field(default_factory=list)  # (document, context)


@dataclass
class Entry:
    """One Chinese concept with its Korean renderings, most frequent first."""

    zh_hans: str
    zh_hant: str
    forms: list[str]  # the Chinese as written in the sources
    renderings: list[Rendering]
    match: str = ""  # for lookups: exact, prefix or substring
    hant_seen: bool = False

    @property
    def preferred(self) -> Rendering:
        return self.renderings[0]


@dataclass
class Stats:
    path: str
    documents: int
    concepts: int
    renderings: int
    occurrences: int
    kinds: dict[str, int]


@dataclass(frozen=True)
class Row:
    """One occurrence to store, mined or imported."""

    zh: str  # as written
    ko: str
    kind: str
    position: int  # the bracket's offset, or the row number of an import
    confidence: float
    count: int = 1
    context: str = ""
    hant: str | None = None  # a traditional form the source gives explicitly


@dataclass
class MineResult:
    name: str
    status: str  # added, replaced or unchanged
    occurrences: int
