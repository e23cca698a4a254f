"""Writers (and later readers) for the files translators' tools exchange.

Every writer takes an iterable of :class:`~glossary.db.Entry` and a text
stream, and writes as it goes, so exports stream in bounded memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from ..errors import ExportError

if TYPE_CHECKING:
    from ..db import Entry


@dataclass(frozen=True)
class ExportOptions:
    min_count: int = 1
    min_confidence: float = 0.0
    kinds: tuple[str, ...] = ()
    script: str = "both"  # hans, hant or both


Writer = Callable[["Iterable[Entry]", TextIO, ExportOptions], int]


def _tsv_cell(value: str, what: str) -> str:
    if any(ch in value for ch in "\t\r\n"):
        raise ExportError(f"cannot write {what} {value!r} to TSV: it contains a tab or newline")
    return value


def write_tsv(entries: Iterable[Entry], out: TextIO, options: ExportOptions) -> int:
    """One row per Korean rendering, with a header; ``\\n`` line ends, no quoting.

    Returns the number of rows written.
    """
    out.write("zh_hans\tzh_hant\tko\tkind\tcount\tconfidence\n")
    rows = 0
    for entry in filter_entries(entries, options):
        for rendering in entry.renderings:
            cells = [_tsv_cell(entry.zh_hans, "term"), _tsv_cell(entry.zh_hant, "term"),
                     _tsv_cell(rendering.ko, "rendering"), rendering.kind,
                     str(rendering.count), f"{rendering.confidence:.2f}"]
            out.write("\t".join(cells) + "\n")
            rows += 1
    return rows


def filter_entries(entries: Iterable[Entry], options: ExportOptions) -> Iterable[Entry]:
    """Drop renderings below the thresholds, and entries left with none."""
    from dataclasses import replace

    for entry in entries:
        kept = [r for r in entry.renderings
                if r.count >= options.min_count and r.confidence >= options.min_confidence
                and (not options.kinds or r.kind in options.kinds)]
        if kept:
            yield replace(entry, renderings=kept)


WRITERS: dict[str, Writer] = {"tsv": write_tsv}
FORMATS = tuple(WRITERS)


def export(entries: Iterable[Entry], fmt: str, out: TextIO,
           options: ExportOptions | None = None) -> int:
    """Write ``entries`` to ``out`` in format ``fmt``; returns the rows or entries written."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        choices = ", ".join(FORMATS)
        raise ExportError(f"unknown export format {fmt!r} (choose from {choices})") from None
    return writer(entries, out, options or ExportOptions())
