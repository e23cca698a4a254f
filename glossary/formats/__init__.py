"""Writers and readers for the files translators' tools exchange.

The registry below is the one list of formats: the CLI's choices, ``export``,
``import`` and the docs all come from it. Each format is one module that
declares a :class:`~glossary.formats.base.Format`. Writers take an iterable
of :class:`~glossary.model.Concept` and a text stream and write as they go,
so exports stream in bounded memory; readers yield concepts.

>>> [f.name for f in FORMATS.values()]
['tbx', 'tbx2', 'tsv', 'omegat', 'deepl', 'csv', 'jsonl', 'xlsx']
>>> sniff("glossary.csv", b"ko,zh_hans"), sniff("terms.txt", b"\\xeb\\xa7\\x88\\t\\xe9\\xa9\\xac")
('csv', 'omegat')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from ..errors import ExportError, FormatError
from ..files import atomic_output
from ..model import Concept
from . import csvfile, deepl, jsonl, omegat, tbx, tbx2, tsv, xlsx
from .base import ExportOptions, Format, ReadReport, bom_encoding, filter_entries

FORMATS: dict[str, Format] = {module.FORMAT.name: module.FORMAT
                              for module in (tbx, tbx2, tsv, omegat, deepl, csvfile, jsonl,
                                             xlsx)}
EXPORT_FORMATS = tuple(name for name, f in FORMATS.items() if f.writer)
IMPORT_FORMATS = ("auto", *(name for name, f in FORMATS.items() if f.reader))
DEFAULT_GUESS = "omegat"  # plain two columns: what a file that says nothing else is

__all__ = ["EXPORT_FORMATS", "FORMATS", "IMPORT_FORMATS", "ExportOptions", "Format", "export",
           "export_file", "filter_entries", "read_entries", "ReadReport", "sniff"]


def export(entries: Iterable[Concept], fmt: str, out: TextIO,
           options: ExportOptions | None = None) -> int:
    """Write ``entries`` to ``out`` in format ``fmt``; returns the rows or entries written."""
    writer = FORMATS[fmt].writer if fmt in FORMATS else None
    if writer is None:
        choices = ", ".join(EXPORT_FORMATS)
        raise ExportError(f"unknown export format {fmt!r} (choose from {choices})")
    return writer(entries, out, options or ExportOptions())


def export_file(entries: Iterable[Concept], fmt: str, path: str | Path,
                options: ExportOptions | None = None, *, protect: Iterable[Path] = ()) -> int:
    """Write ``entries`` to the file ``path``, atomically: the file appears
    only when the whole export succeeded. Paths in ``protect`` (the termbase
    being read) are refused before anything is written."""
    with atomic_output(path, protect) as out:
        return export(entries, fmt, out, options)


def sniff(path: str, data: bytes) -> str:
    """Guess a glossary file's format from its name and first bytes."""
    head = data[:2048].decode(bom_encoding(data) or "utf-8", errors="ignore")
    head = head.lstrip("\ufeff").lstrip()
    suffix = Path(path).suffix.lower()
    for name, fmt in FORMATS.items():
        if fmt.sniff is not None and fmt.sniff(suffix, head):
            return name
    return DEFAULT_GUESS


def read_entries(data: bytes, name: str, fmt: str = "auto",
                 report: ReadReport | None = None) -> Iterator[Concept]:
    """Concepts of a glossary file's bytes in format ``fmt`` (``auto`` guesses);
    ``report`` learns what the reader left out (a TBX entry in other languages)."""
    if fmt == "auto":
        fmt = sniff(name, data)
    reader = FORMATS[fmt].reader if fmt in FORMATS else None
    if reader is None:
        raise FormatError(f"unknown import format {fmt!r}")
    return reader(data, name, report if report is not None else ReadReport())
