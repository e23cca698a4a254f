"""kozh's own TSV: a header, one row per Korean rendering, ``\\n`` line ends.

Files with fewer columns (the first release wrote the first six) read too.

>>> TSV_HEADER[:6]
('zh_hans', 'zh_hant', 'ko', 'kind', 'count', 'confidence')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TextIO

from ..errors import FormatError
from ..model import Concept, Rendering
from .base import (
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
    text_lines,
    tsv_cell,
    unneutralized,
)

TSV_HEADER = ("zh_hans", "zh_hant", "ko", "kind", "count", "confidence", "status", "note",
              "domain")


def write_tsv(entries: Iterable[Concept], out: TextIO, options: ExportOptions) -> int:
    """kozh's own TSV: a header, one row per Korean rendering, ``\\n`` line ends."""
    out.write("\t".join(TSV_HEADER) + "\n")
    rows = 0
    for entry in filter_entries(entries, options):
        for rendering in entry.renderings:
            # A spreadsheet opens TSV too: what it would run as a formula is quoted.
            cells = [tsv_cell(entry.zh_hans), tsv_cell(entry.zh_hant),
                     neutralize(tsv_cell(rendering.ko)), rendering.kind, str(rendering.count),
                     f"{rendering.confidence:.2f}", rendering.status,
                     neutralize(tsv_cell(rendering.note, "note")),
                     neutralize(tsv_cell(rendering.domain, "domain"))]
            out.write("\t".join(cells) + "\n")
            rows += 1
    return rows


def _columns(header: str, name: str) -> dict[str, int]:
    """Where each known column stands; the header must name zh_hans and ko."""
    columns = {cell.strip(): index for index, cell in enumerate(header.split("\t"))}
    missing = [column for column in ("zh_hans", "ko") if column not in columns]
    if missing:
        raise FormatError(f"{at(name, 1)}: a kozh TSV header names {', '.join(TSV_HEADER)}; "
                          f"{' and '.join(missing)} missing")
    return columns


def _rendering(cells: list[str], columns: dict[str, int], name: str, line: int) -> Rendering:
    def cell(column: str, default: str) -> tuple[str, str]:
        index = columns.get(column)
        return ((unneutralized(cells[index]), at(name, line, index + 1)) if index is not None
                else (default, ""))

    ko = checked_term(*cell("ko", ""), "ko")
    kind = checked_kind(*cell("kind", "translation"))
    count = checked_count(*cell("count", "1"))
    confidence = checked_confidence(*cell("confidence", "1"))
    status = checked_status(*cell("status", "candidate"))
    note = checked_text(*cell("note", ""), "the note")
    domain = checked_text(*cell("domain", ""), "the domain")
    return Rendering(ko, kind, count, confidence, [], status, note, domain,
                     kind_stated="kind" in columns)


def read_kozh_tsv(data: bytes, name: str, report: ReadReport | None = None
                  ) -> Iterator[Concept]:
    """kozh's own TSV: a header naming the columns (``zh_hans`` and ``ko`` at
    least), one rendering per row, rows of one concept together."""
    lines = text_lines(data, name)
    _, header = next(lines, (1, ""))
    columns = _columns(header, name)
    width = len(header.split("\t"))
    current: tuple[str, str] | None = None
    renderings: list[Rendering] = []
    for number, line in lines:
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != width:
            raise FormatError(f"{at(name, number)}: expected {width} columns, found {len(cells)}")
        hans = checked_term(cells[columns["zh_hans"]], at(name, number, columns["zh_hans"] + 1),
                            "zh_hans")
        hant, hant_index = "", columns.get("zh_hant")
        if hant_index is not None and cells[hant_index].strip():
            hant = checked_term(cells[hant_index], at(name, number, hant_index + 1), "zh_hant")
        rendering = _rendering(cells, columns, name, number)
        if current and current != (hans, hant):
            if entry := concept_of([("hans", current[0]), ("hant", current[1])], renderings):
                yield entry
            renderings = []
        current = (hans, hant)
        renderings.append(rendering)
    if current and (entry := concept_of([("hans", current[0]), ("hant", current[1])],
                                        renderings)):
        yield entry


def _sniff(suffix: str, head: str) -> bool:
    """A header of kozh's column names, in any order and any number, that
    names zh_hans and ko (``zh_hans<TAB>ko`` is the least)."""
    names = [cell.strip() for cell in head.split("\n", 1)[0].split("\t")]
    return {"zh_hans", "ko"} <= set(names) and set(names) <= set(TSV_HEADER)


FORMAT = Format("tsv", ".tsv", "kozh TSV (every field, one row per rendering)", write_tsv,
                read_kozh_tsv, _sniff)
