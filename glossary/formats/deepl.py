"""DeepL glossary TSV: exactly one tab per line, unique source terms."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import TextIO

from ..model import Concept
from .base import ExportOptions, Format, filter_entries, zh_for
from .omegat import read_two_columns

DEEPL_MAX_BYTES = 1024


def _deepl_problem(term: str) -> str | None:
    if len(term.encode("utf-8")) > DEEPL_MAX_BYTES:
        return f"longer than {DEEPL_MAX_BYTES} bytes"
    if any(unicodedata.category(ch) == "Cc" or ch in "\u2028\u2029" for ch in term):
        return "contains a control character"
    return None


def write_deepl(entries: Iterable[Concept], out: TextIO, options: ExportOptions) -> int:
    """DeepL glossary TSV: exactly one tab per line, unique source terms.

    Terms DeepL would refuse, and sources already written, are dropped and
    counted in ``options.dropped`` (``options.warnings`` says it in a line per reason).
    """
    seen: set[str] = set()
    rows = 0
    for entry in filter_entries(entries, options, never_rejected=True):
        zh = zh_for(entry, options.script)
        pairs = ([(r.ko, zh) for r in entry.renderings] if options.direction == "ko-zh"
                 else [(zh, entry.preferred.ko)])
        for source, target in pairs:
            problem = _deepl_problem(source) or _deepl_problem(target)
            if problem:
                options.drop(problem, f"{source!r} → {target!r}")
                continue
            if source in seen:
                options.drop("a source term already written", f"{source!r} → {target!r}")
                continue
            seen.add(source)
            out.write(f"{source}\t{target}\n")
            rows += 1
    return rows


FORMAT = Format("deepl", ".tsv", "DeepL glossary (two columns)", write_deepl, read_two_columns)
