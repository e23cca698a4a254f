"""Writers and readers for the files translators' tools exchange.

Every writer takes an iterable of :class:`~glossary.db.Entry` and a text
stream and writes as it goes, so exports stream in bounded memory. Every
reader yields entries, which :meth:`~glossary.db.Termbase.import_entries`
merges into a termbase.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, TextIO

from ..errors import ExportError
from .tabular import write_csv, write_deepl, write_jsonl, write_omegat, write_tsv
from .tbx import write_tbx, write_tbx2

if TYPE_CHECKING:
    from ..db import Entry


@dataclass
class ExportOptions:
    min_count: int = 1
    min_confidence: float = 0.0
    kinds: tuple[str, ...] = ()
    script: str = "both"  # hans, hant or both
    direction: str = "ko-zh"  # for two-column formats: ko-zh or zh-ko
    warnings: list[str] = field(default_factory=list)  # what a writer had to drop


Writer = Callable[["Iterable[Entry]", TextIO, ExportOptions], int]

WRITERS: dict[str, Writer] = {
    "tbx": write_tbx, "tbx2": write_tbx2, "tsv": write_tsv, "omegat": write_omegat,
    "deepl": write_deepl, "csv": write_csv, "jsonl": write_jsonl,
}
FORMATS = tuple(WRITERS)


def filter_entries(entries: Iterable[Entry], options: ExportOptions) -> Iterator[Entry]:
    """Drop renderings below the thresholds, and entries left with none."""
    for entry in entries:
        kept = [r for r in entry.renderings
                if r.count >= options.min_count and r.confidence >= options.min_confidence
                and (not options.kinds or r.kind in options.kinds)]
        if kept:
            yield replace(entry, renderings=kept)


def export(entries: Iterable[Entry], fmt: str, out: TextIO,
           options: ExportOptions | None = None) -> int:
    """Write ``entries`` to ``out`` in format ``fmt``; returns the rows or entries written."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        choices = ", ".join(FORMATS)
        raise ExportError(f"unknown export format {fmt!r} (choose from {choices})") from None
    return writer(entries, out, options or ExportOptions())
