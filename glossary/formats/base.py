"""What every format module shares: the :class:`Format` declaration, export
options, and the helpers readers use to build model records.

A format module never imports its package's ``__init__`` (the registry
imports the modules, not the other way round).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TextIO

from ..errors import ExportError, FormatError
from ..model import Concept, Kind, Rendering, Source
from ..text.normalize import clean, to_hans, to_hant


@dataclass
class ExportOptions:
    min_count: int = 1
    min_confidence: float = 0.0
    kinds: tuple[str, ...] = ()
    script: str = "both"  # hans, hant or both
    direction: str = "ko-zh"  # for two-column formats: ko-zh or zh-ko
    warnings: list[str] = field(default_factory=list)  # what a writer had to drop


Writer = Callable[[Iterable[Concept], TextIO, ExportOptions], int]
Reader = Callable[[bytes, str], Iterator[Concept]]
Sniffer = Callable[[str, str], bool]  # (file suffix, first characters) → is it this format?


@dataclass(frozen=True)
class Format:
    """A file format kozh reads or writes, declared once by its module."""

    name: str
    extension: str
    description: str
    writer: Writer | None = None
    reader: Reader | None = None
    sniff: Sniffer | None = None


def filter_entries(entries: Iterable[Concept], options: ExportOptions) -> Iterator[Concept]:
    """Drop renderings below the thresholds, and entries left with none."""
    for entry in entries:
        kept = [r for r in entry.renderings
                if r.count >= options.min_count and r.confidence >= options.min_confidence
                and (not options.kinds or r.kind in options.kinds)]
        if kept:
            yield replace(entry, renderings=kept)


def zh_for(entry: Concept, script: str) -> str:
    """The Chinese form an export in ``script`` writes."""
    return entry.zh_hant if script == "hant" else entry.zh_hans


# -- helpers for readers --------------------------------------------------------

_NOTE = re.compile(r"(kind|count|confidence):\s*([^;]+)")


def concept_of(zh_forms: list[tuple[str, str]], renderings: list[Rendering]) -> Concept | None:
    """A concept from Chinese forms (script, text) and renderings, or None if
    one side is empty."""
    hans = next((t for script, t in zh_forms if script == "hans"), "")
    hant = next((t for script, t in zh_forms if script == "hant"), "")
    written = hans or hant
    if not written or not renderings:
        return None
    return Concept(to_hans(written), hant or to_hant(written), [written], renderings,
                   hant_seen=bool(hant))


def kind_of(value: str, name: str, line: int | str) -> Kind:
    try:
        return Kind(value.strip())
    except ValueError:
        raise FormatError(f"{name}:{line}: unknown kind {value.strip()!r}") from None


def rendering_of(ko: str, note: str = "", context: str = "", source: str = "",
                 default_kind: Kind = Kind.TRANSLATION) -> Rendering:
    """A rendering from a term and the ``kind: …; count: …`` note kozh writes."""
    fields = dict(_NOTE.findall(note))
    try:
        count = max(1, int(fields.get("count", "1")))
        confidence = float(fields.get("confidence", "1"))
    except ValueError:
        count, confidence = 1, 1.0
    try:
        kind = Kind(fields.get("kind", default_kind).strip())
    except ValueError:
        kind = default_kind
    return Rendering(clean(ko), kind, count, confidence,
                     [Source(source, context)] if source or context else [])


def text_lines(data: bytes, name: str) -> Iterator[tuple[int, str]]:
    """Numbered lines of UTF-8 text (a BOM is dropped)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FormatError(f"{name}: not valid utf-8 at byte {error.start}") from None
    yield from enumerate(text.splitlines(), 1)


def tsv_cell(value: str, what: str = "term") -> str:
    """A TSV cell as-is, or an error: a tab or newline cannot be written safely."""
    if any(ch in value for ch in "\t\r\n"):
        raise ExportError(f"cannot write {what} {value!r} to TSV: it contains a tab or newline")
    return value
