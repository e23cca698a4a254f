"""CSV for spreadsheets and for memoQ/MultiTerm term lists.

Written as UTF-8 with a BOM, a header, one row per rendering; cells that a
spreadsheet would run as formulas are neutralized. Read with a header that
names a Korean and a Chinese column, under kozh's names or other tools'.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import TextIO

from ..errors import FormatError
from ..model import Concept, Rendering
from .base import ExportOptions, Format, concept_of, filter_entries, rendering_of, text_lines

CSV_HEADER = ("zh_hans", "zh_hant", "ko", "preferred", "kind", "count", "confidence", "source",
              "context")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize(cell: str) -> str:
    """Stop a spreadsheet from running a cell as a formula (CSV injection).

    >>> neutralize("=1+1"), neutralize("상하이")
    ("'=1+1", '상하이')
    """
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


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
                             neutralize(source), neutralize(context)])
            rows += 1
    return rows


def _csv_cell(row: dict[str, str], key: str) -> str:
    """A cell with the quote that neutralized a formula taken off again."""
    value = (row.get(key) or "").strip()
    return value[1:] if value.startswith("'") and value[1:2] in ("=", "+", "-", "@") else value


# Column names other tools give their language columns (memoQ, MultiTerm).
_HEADER_ALIASES = {
    "ko": ("ko", "ko-kr", "ko_kr", "kor", "korean", "한국어"),
    "zh_hans": ("zh_hans", "zh", "zh-hans", "zh-cn", "zh_cn", "chinese", "chinese (simplified)",
                "中文", "简体中文", "중국어"),
    "zh_hant": ("zh_hant", "zh-hant", "zh-tw", "zh_tw", "zh-hk", "chinese (traditional)",
                "繁體中文"),
}


def _column_names(fieldnames: list[str]) -> dict[str, str]:
    """Our column name for each of the file's columns that we understand."""
    lowered = {name.strip().lower(): name for name in fieldnames}
    columns = {}
    for ours, aliases in _HEADER_ALIASES.items():
        for alias in aliases:
            if alias in lowered:
                columns[ours] = lowered[alias]
                break
    for extra in ("kind", "count", "confidence", "context", "source"):
        if extra in lowered:
            columns[extra] = lowered[extra]
    return columns


def read_csv(data: bytes, name: str) -> Iterator[Concept]:
    """CSV with a header naming a Korean and a Chinese column (``ko``/``zh_hans``,
    or ``Korean``/``Chinese``, ``ko-KR``/``zh-CN``...); BOM optional. Synonyms in
    one cell are separated by ``|``, as MultiTerm writes them."""
    text = "\n".join(line for _, line in text_lines(data, name))
    reader = csv.DictReader(io.StringIO(text))
    columns = _column_names(list(reader.fieldnames or []))
    if "ko" not in columns or not {"zh_hans", "zh_hant"} & columns.keys():
        raise FormatError(f"{name}:1: a CSV header needs a Korean column ('ko') and a Chinese "
                          "one ('zh_hans' or 'zh_hant')")
    by_key: dict[tuple[str, str], list[Rendering]] = {}
    try:
        for row in reader:
            def cell(ours: str, row: dict[str, str] = row) -> str:
                return _csv_cell(row, columns[ours]) if ours in columns else ""

            key = (cell("zh_hans").split("|")[0].strip(), cell("zh_hant").split("|")[0].strip())
            note = (f"kind: {cell('kind') or 'translation'}; count: {cell('count') or 1}; "
                    f"confidence: {cell('confidence') or 1}")
            for ko in filter(None, (part.strip() for part in cell("ko").split("|"))):
                by_key.setdefault(key, []).append(
                    rendering_of(ko, note, cell("context"), cell("source")))
    except csv.Error as error:
        raise FormatError(f"{name}:{reader.line_num}: {error}") from None
    for (hans, hant), renderings in by_key.items():
        forms = ([("hans", hans)] if hans else []) + ([("hant", hant)] if hant else [])
        if entry := concept_of(forms, renderings):
            yield entry


def _sniff(suffix: str, head: str) -> bool:
    return suffix == ".csv"


FORMAT = Format("csv", ".csv", "CSV (UTF-8 with BOM; memoQ/MultiTerm headers on import)",
                write_csv, read_csv, _sniff)
