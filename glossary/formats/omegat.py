"""OmegaT glossary: ``source<TAB>target<TAB>comment``, no header.

The reader also takes DeepL's two columns, in either direction: the Chinese
side is the one with Han characters.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TextIO

from ..errors import FormatError
from ..model import Concept, Kind
from ..text.normalize import clean, has_han, to_hans, unify_compat
from .base import (
    ExportOptions,
    Format,
    at,
    concept_of,
    filter_entries,
    rendering_of,
    text_lines,
    tsv_cell,
    zh_for,
)


def write_omegat(entries: Iterable[Concept], out: TextIO, options: ExportOptions) -> int:
    """OmegaT glossary: ``source<TAB>target<TAB>comment``, no header.

    The comment carries the other Chinese script and the other renderings.
    """
    rows = 0
    for entry in filter_entries(entries, options, never_rejected=True):
        zh = zh_for(entry, options.script)
        other_script = entry.zh_hant if zh == entry.zh_hans else entry.zh_hans
        notes = []
        if other_script != zh:
            notes.append(f"also {other_script}")
        alternatives = [r.ko for r in entry.renderings[1:]]
        if options.direction == "ko-zh":
            for rendering in entry.renderings:
                comment = "; ".join(notes + [rendering.kind] + ([rendering.note]
                                                                 if rendering.note else []))
                out.write(f"{tsv_cell(rendering.ko)}\t{tsv_cell(zh)}\t{tsv_cell(comment)}\n")
                rows += 1
        else:
            if alternatives:
                notes.append("or " + ", ".join(alternatives))
            comment = "; ".join(notes + [entry.preferred.kind])
            out.write(f"{tsv_cell(zh)}\t{tsv_cell(entry.preferred.ko)}\t{tsv_cell(comment)}\n")
            rows += 1
    return rows


def read_two_columns(data: bytes, name: str) -> Iterator[Concept]:
    """OmegaT or DeepL TSV, in either direction (the Chinese side is the one
    with Han); a first row with no Han on either side (``source<TAB>target``)
    is a header."""
    header: int | None = None  # the line of a first row without Han, until a row follows
    rows = 0
    for number, line in text_lines(data, name):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) < 2:
            raise FormatError(f"{name}:{number}: expected source<TAB>target")
        first, second = cells[0], cells[1]
        rows += 1
        if rows == 1 and not has_han(first) and not has_han(second):
            header = number
            continue
        if has_han(second) and not has_han(first):
            ko, zh = first, second
        elif has_han(first) and not has_han(second):
            ko, zh = second, first
        else:
            raise FormatError(f"{name}:{number}: cannot tell the Chinese column from the Korean")
        script = "hant" if to_hans(unify_compat(zh)) != unify_compat(zh) else "hans"
        rendering = rendering_of(ko, at(name, number, 2 if ko is second else 1),
                                 default_kind=Kind.TRANSLATION)
        if entry := concept_of([(script, clean(zh))], [rendering]):
            yield entry
    if header is not None and rows == 1:  # no row after it: it was no header
        raise FormatError(f"{name}:{header}: cannot tell the Chinese column from the Korean")


FORMAT = Format("omegat", ".txt", "OmegaT glossary (tab-separated, with comments)",
                write_omegat, read_two_columns)
