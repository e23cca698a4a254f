"""CSV for spreadsheets and for memoQ/MultiTerm term lists.

Written as UTF-8 with a BOM, a header, one row per rendering; cells that a
spreadsheet would run as formulas are neutralized. Read with a header that
names a Korean and a Chinese column, under kozh's names or other tools'.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from ..errors import FormatError
from ..model import Concept, Kind, Rendering, Source
from .base import (
    FIELD_COLUMNS,
    KOREAN_COLUMNS,
    SIMPLIFIED_COLUMNS,
    TRADITIONAL_COLUMNS,
    ExportOptions,
    Format,
    ReadReport,
    at,
    checked_confidence,
    checked_count,
    checked_kind,
    checked_status,
    checked_term,
    checked_text,
    concept_of,
    filter_entries,
    neutralize,
    text_of,
    unneutralized,
)

CSV_HEADER = ("zh_hans", "zh_hant", "ko", "preferred", "kind", "count", "confidence", "source",
              "context", "status", "note", "domain")


def write_csv(entries: Iterable[Concept], out: TextIO, options: ExportOptions) -> int:
    """CSV for spreadsheets: UTF-8 with a BOM, a header, one row per rendering."""
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    rows = 0
    for entry in filter_entries(entries, options):
        for index, rendering in enumerate(entry.renderings):
            source, context = rendering.sources[0] if rendering.sources else ("", "")
            writer.writerow([neutralize(entry.zh_hans), neutralize(entry.zh_hant),
                             neutralize(rendering.ko), "yes" if index == 0 else "no",
                             rendering.kind, rendering.count, f"{rendering.confidence:.2f}",
                             neutralize(source), neutralize(context), rendering.status,
                             neutralize(rendering.note), neutralize(rendering.domain)])
            rows += 1
    return rows


# Column names other tools give their columns (memoQ, MultiTerm, spreadsheets).
_HEADER_ALIASES = {"ko": KOREAN_COLUMNS, "zh_hans": SIMPLIFIED_COLUMNS,
                   "zh_hant": TRADITIONAL_COLUMNS, **FIELD_COLUMNS}


def _column_names(header: list[str]) -> dict[str, int]:
    """Where each column we understand stands, under our name for it."""
    lowered = {name.strip().lower(): index for index, name in enumerate(header)}
    columns = {}
    for ours, aliases in _HEADER_ALIASES.items():
        for alias in aliases:
            if alias in lowered:
                columns[ours] = lowered[alias]
                break
    return columns


def _csv_rendering(cell: Callable[[str], tuple[str, str]], ko: str, where: str) -> Rendering:
    kind_text, kind_at = cell("kind")
    count_text, count_at = cell("count")
    confidence_text, confidence_at = cell("confidence")
    context, _ = cell("context")
    source, _ = cell("source")
    return Rendering(
        checked_term(ko, where, "the Korean term"),
        checked_kind(kind_text, kind_at) if kind_text else Kind.TRANSLATION,
        checked_count(count_text, count_at) if count_text else 1,
        checked_confidence(confidence_text, confidence_at) if confidence_text else 1.0,
        [Source(source, context)] if source or context else [],
        checked_status(*cell("status")), checked_text(*cell("note"), "the note"),
        checked_text(*cell("domain"), "the domain"), kind_stated=bool(kind_text))


def read_csv(data: bytes, name: str, report: ReadReport | None = None
             ) -> Iterator[Concept]:
    """CSV with a header naming a Korean and a Chinese column (``ko``/``zh_hans``,
    or ``Korean``/``Chinese``, ``ko-KR``/``zh-CN``...); BOM optional. Synonyms in
    one cell are separated by ``|``, as MultiTerm writes them. Quoting is read
    strictly: a stray quote is an error, not a field that swallows the file."""
    text = text_of(data, name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    started = 1

    def numbered() -> Iterator[tuple[int, list[str]]]:
        nonlocal started
        while True:
            started = reader.line_num + 1  # a record may span lines: report where it began
            row = next(reader, None)
            if row is None:
                return
            yield reader.line_num, row

    try:
        yield from concepts_of_rows(numbered(), name)
    except csv.Error as error:
        hint = " (a quote opened here is never closed)" if "end of data" in str(error) else ""
        raise FormatError(f"{at(name, started)}: {error}{hint}") from None


def concepts_of_rows(rows: Iterator[tuple[int, list[str]]], name: str) -> Iterator[Concept]:
    """The concepts of a spreadsheet's rows, (line, cells) each, the first its
    header naming a Korean and a Chinese column: a CSV file's or a workbook's."""
    header = next(rows, (1, []))[1]
    columns = _column_names(header)
    if "ko" not in columns or not {"zh_hans", "zh_hant"} & columns.keys():
        raise FormatError(f"{at(name, 1)}: a header needs a Korean column ('ko') and "
                          "a Chinese one ('zh_hans' or 'zh_hant')")
    by_key: dict[tuple[str, str], list[Rendering]] = {}
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise FormatError(f"{at(name, line)}: expected {len(header)} columns, "
                              f"found {len(row)}")

        def cell(ours: str, row: list[str] = row, line: int = line) -> tuple[str, str]:
            index = columns.get(ours)
            if index is None:
                return "", ""
            return unneutralized(row[index]), at(name, line, index + 1)

        key = (cell("zh_hans")[0].split("|")[0].strip(),
               cell("zh_hant")[0].split("|")[0].strip())
        if not any(key):
            raise FormatError(f"{cell('zh_hans')[1] or cell('zh_hant')[1]}: "
                              "the Chinese term is empty")
        ko_text, ko_at = cell("ko")
        for ko in filter(None, (part.strip() for part in ko_text.split("|"))):
            by_key.setdefault(key, []).append(_csv_rendering(cell, ko, ko_at))
    for (hans, hant), renderings in by_key.items():
        forms = ([("hans", hans)] if hans else []) + ([("hant", hant)] if hant else [])
        if entry := concept_of(forms, renderings):
            yield entry


# What separates a spreadsheet's columns: a comma, or a semicolon where the
# comma is a decimal mark (Excel in much of Europe), or a tab (a TSV named .csv).
DELIMITERS = (",", ";", "\t")


def _delimiter(text: str) -> str:
    """The delimiter that makes the most columns of the header's names kozh
    knows; a comma when none does better.

    >>> _delimiter("Korean;Chinese (Simplified)\\n"), _delimiter("ko,zh_hans,note\\n")
    (';', ',')
    """
    header = text.split("\n", 1)[0]
    known = {delimiter: len(_column_names([name.strip().strip('"')
                                           for name in header.split(delimiter)]))
             for delimiter in DELIMITERS}
    return max(DELIMITERS, key=lambda delimiter: (known[delimiter], delimiter == ","))


def _sniff(suffix: str, head: str) -> bool:
    return suffix == ".csv"


FORMAT = Format("csv", ".csv", "CSV (UTF-8 with BOM; memoQ/MultiTerm headers on import)",
                write_csv, read_csv, _sniff)
