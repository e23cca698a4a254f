"""OmegaT glossary: ``source<TAB>target<TAB>comment``, no header.

The reader also takes DeepL's two columns, in either direction: the Chinese
side is the one with Han characters.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TextIO

from ..errors import FormatError
from ..model import KINDS, Concept, Kind
from ..text.normalize import clean, has_han, to_hans, unify_compat
from .base import (
    KOREAN_COLUMNS,
    SIMPLIFIED_COLUMNS,
    TRADITIONAL_COLUMNS,
    ExportOptions,
    Format,
    ReadReport,
    at,
    concept_of,
    filter_entries,
    rendering_of,
    text_lines,
    tsv_cell,
    written_script,
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


def read_comment(comment: str) -> tuple[Kind | None, str, str]:
    """What an OmegaT comment says: the kind, the Chinese in its other script
    and a translator's note, as kozh writes them (``also 淘寶; transliteration;
    note``); a comment of another tool's is the note. Alternatives (``or …``)
    are the other rows' renderings.

    >>> read_comment("also 淘寶; transliteration; 쇼핑몰")
    (<Kind.TRANSLITERATION: 'transliteration'>, '淘寶', '쇼핑몰')
    >>> read_comment("약칭; 자주 씀")
    (None, '', '약칭; 자주 씀')
    """
    kind: Kind | None = None
    other, notes = "", list[str]()
    for part in (p.strip() for p in comment.split(";")):
        if part in KINDS and kind is None:
            kind = Kind(part)
        elif part.startswith("also ") and has_han(part) and not other:
            other = clean(part[5:])
        elif part.startswith("or ") and not notes:
            continue
        elif part:
            notes.append(part)
    return kind, other, "; ".join(notes)


# Header cells that name a column's language (any case).
_CHINESE_HEADERS = frozenset(SIMPLIFIED_COLUMNS + TRADITIONAL_COLUMNS)
_KOREAN_HEADERS = frozenset(KOREAN_COLUMNS)


def _header_direction(first: str, second: str) -> bool | None:
    """Does a header put the Chinese first (``zh<TAB>ko``), second, or say nothing?"""
    names = (first.casefold(), second.casefold())
    if names[0] in _CHINESE_HEADERS or names[1] in _KOREAN_HEADERS:
        return True
    if names[0] in _KOREAN_HEADERS or names[1] in _CHINESE_HEADERS:
        return False
    return None


def read_two_columns(data: bytes, name: str, report: ReadReport | None = None
                     ) -> Iterator[Concept]:
    """OmegaT or DeepL TSV, in either direction (the Chinese side is the one
    with Han); a first row with no Han on either side (``source<TAB>target``)
    is a header. A row whose two sides both hold Han (Korean may write a
    Hanja: 관솔齋) follows the direction the header (``zh<TAB>ko``) or the
    rows before it set. OmegaT's third column, a comment, gives the kind, the
    other script and a note (:func:`read_comment`)."""
    header: int | None = None  # the line of a first row without Han, until a row follows
    chinese_first: bool | None = None
    rows = 0
    for number, line in text_lines(data, name):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) < 2:
            raise FormatError(f"{name}:{number}: expected source<TAB>target")
        first, second = cells[0], cells[1]
        rows += 1
        named = _header_direction(first, second) if rows == 1 else None
        if rows == 1 and (named is not None or not (has_han(first) or has_han(second))):
            # A row naming the columns (ko, zh) is a header even with no row after it.
            header, chinese_first = (None if named is not None else number), named
            continue
        if has_han(first) != has_han(second):
            chinese_first = has_han(first)
        elif chinese_first is None or not has_han(first):
            raise FormatError(f"{name}:{number}: " + (
                "cannot tell the Chinese column from the Korean" if has_han(first)
                else f"no Chinese term: neither {first!r} nor {second!r} holds a Han character"))
        zh, ko = (first, second) if chinese_first else (second, first)
        script = written_script(zh)
        kind, other, remark = read_comment(cells[2]) if len(cells) > 2 else (None, "", "")
        rendering = rendering_of(ko, at(name, number, 2 if ko is second else 1),
                                 default_kind=kind, remark=remark)
        forms = [(script, clean(zh))]
        if other and to_hans(unify_compat(other)) == to_hans(unify_compat(zh)):
            forms.append(("hans" if script == "hant" else "hant", other))
        if entry := concept_of(forms, [rendering]):
            yield entry
    if header is not None and rows == 1:  # an unnamed first row, none after it: no header
        raise FormatError(f"{name}:{header}: no Chinese term: neither column holds a Han"
                          " character")


FORMAT = Format("omegat", ".txt", "OmegaT glossary (tab-separated, with comments)",
                write_omegat, read_two_columns)
