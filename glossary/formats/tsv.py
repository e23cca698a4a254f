"""kozh's own TSV: a header, one row per Korean rendering, ``\\n`` line ends.

>>> TSV_HEADER
('zh_hans', 'zh_hant', 'ko', 'kind', 'count', 'confidence')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TextIO

from ..errors import FormatError
from ..model import Concept, Rendering
from ..text.normalize import clean
from .base import ExportOptions, Format, concept_of, filter_entries, kind_of, text_lines, tsv_cell

TSV_HEADER = ("zh_hans", "zh_hant", "ko", "kind", "count", "confidence")


def write_tsv(entries: Iterable[Concept], out: TextIO, options: ExportOptions) -> int:
    """kozh's own TSV: a header, one row per Korean rendering, ``\\n`` line ends."""
    out.write("\t".join(TSV_HEADER) + "\n")
    rows = 0
    for entry in filter_entries(entries, options):
        for rendering in entry.renderings:
            cells = [tsv_cell(entry.zh_hans), tsv_cell(entry.zh_hant), tsv_cell(rendering.ko),
                     rendering.kind, str(rendering.count), f"{rendering.confidence:.2f}"]
            out.write("\t".join(cells) + "\n")
            rows += 1
    return rows


def read_kozh_tsv(data: bytes, name: str) -> Iterator[Concept]:
    """kozh's own TSV (header ``zh_hans zh_hant ko kind count confidence``)."""
    current: list[str] = []
    renderings: list[Rendering] = []
    for number, line in text_lines(data, name):
        if number == 1 or not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(TSV_HEADER):
            raise FormatError(f"{name}:{number}: expected {len(TSV_HEADER)} columns, "
                              f"found {len(cells)}")
        hans, hant, ko, kind, count, confidence = cells
        try:
            rendering = Rendering(clean(ko), kind_of(kind, name, number), int(count),
                                  float(confidence), [])
        except ValueError:
            raise FormatError(f"{name}:{number}: count and confidence must be numbers") from None
        if current and current != [hans, hant]:
            if entry := concept_of([("hans", current[0]), ("hant", current[1])], renderings):
                yield entry
            renderings = []
        current = [hans, hant]
        renderings.append(rendering)
    if current and (entry := concept_of([("hans", current[0]), ("hant", current[1])], renderings)):
        yield entry


def _sniff(suffix: str, head: str) -> bool:
    return head.startswith("\t".join(TSV_HEADER))


FORMAT = Format("tsv", ".tsv", "kozh TSV (every field, one row per rendering)", write_tsv,
                read_kozh_tsv, _sniff)
