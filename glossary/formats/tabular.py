"""Tab- and comma-separated glossaries: kozh TSV, OmegaT, DeepL, CSV, JSONL."""

from __future__ import annotations

import csv
import json
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from ..errors import ExportError

if TYPE_CHECKING:
    from ..db import Entry
    from . import ExportOptions

TSV_HEADER = ("zh_hans", "zh_hant", "ko", "kind", "count", "confidence")
CSV_HEADER = ("zh_hans", "zh_hant", "ko", "preferred", "kind", "count", "confidence", "source",
              "context")
DEEPL_MAX_BYTES = 1024
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def tsv_cell(value: str, what: str = "term") -> str:
    """A TSV cell as-is, or an error: a tab or newline cannot be written safely."""
    if any(ch in value for ch in "\t\r\n"):
        raise ExportError(f"cannot write {what} {value!r} to TSV: it contains a tab or newline")
    return value


def _zh(entry: Entry, script: str) -> str:
    return entry.zh_hant if script == "hant" else entry.zh_hans


def write_tsv(entries: Iterable[Entry], out: TextIO, options: ExportOptions) -> int:
    """kozh's own TSV: a header, one row per Korean rendering, ``\\n`` line ends."""
    from . import filter_entries

    out.write("\t".join(TSV_HEADER) + "\n")
    rows = 0
    for entry in filter_entries(entries, options):
        for rendering in entry.renderings:
            cells = [tsv_cell(entry.zh_hans), tsv_cell(entry.zh_hant), tsv_cell(rendering.ko),
                     rendering.kind, str(rendering.count), f"{rendering.confidence:.2f}"]
            out.write("\t".join(cells) + "\n")
            rows += 1
    return rows


def write_omegat(entries: Iterable[Entry], out: TextIO, options: ExportOptions) -> int:
    """OmegaT glossary: ``source<TAB>target<TAB>comment``, no header.

    The comment carries the other Chinese script and the other renderings.
    """
    from . import filter_entries

    rows = 0
    for entry in filter_entries(entries, options):
        zh = _zh(entry, options.script)
        other_script = entry.zh_hant if zh == entry.zh_hans else entry.zh_hans
        notes = []
        if other_script != zh:
            notes.append(f"also {other_script}")
        alternatives = [r.ko for r in entry.renderings[1:]]
        if options.direction == "ko-zh":
            for rendering in entry.renderings:
                comment = "; ".join(notes + [rendering.kind])
                out.write(f"{tsv_cell(rendering.ko)}\t{tsv_cell(zh)}\t{tsv_cell(comment)}\n")
                rows += 1
        else:
            if alternatives:
                notes.append("or " + ", ".join(alternatives))
            comment = "; ".join(notes + [entry.preferred.kind])
            out.write(f"{tsv_cell(zh)}\t{tsv_cell(entry.preferred.ko)}\t{tsv_cell(comment)}\n")
            rows += 1
    return rows


def _deepl_problem(term: str) -> str | None:
    if len(term.encode("utf-8")) > DEEPL_MAX_BYTES:
        return f"longer than {DEEPL_MAX_BYTES} bytes"
    if any(unicodedata.category(ch) == "Cc" or ch in "\u2028\u2029" for ch in term):
        return "contains a control character"
    return None


def write_deepl(entries: Iterable[Entry], out: TextIO, options: ExportOptions) -> int:
    """DeepL glossary TSV: exactly one tab per line, unique source terms.

    Terms DeepL would refuse are dropped and reported in ``options.warnings``.
    """
    from . import filter_entries

    seen: set[str] = set()
    rows = 0
    for entry in filter_entries(entries, options):
        zh = _zh(entry, options.script)
        pairs = ([(r.ko, zh) for r in entry.renderings] if options.direction == "ko-zh"
                 else [(zh, entry.preferred.ko)])
        for source, target in pairs:
            problem = _deepl_problem(source) or _deepl_problem(target)
            if problem:
                options.warnings.append(f"dropped {source!r} → {target!r}: {problem}")
                continue
            if source in seen:
                options.warnings.append(f"dropped {source!r} → {target!r}: duplicate source")
                continue
            seen.add(source)
            out.write(f"{source}\t{target}\n")
            rows += 1
    return rows


def neutralize(cell: str) -> str:
    """Stop a spreadsheet from running a cell as a formula (CSV injection).

    >>> neutralize("=1+1"), neutralize("상하이")
    ("'=1+1", '상하이')
    """
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def write_csv(entries: Iterable[Entry], out: TextIO, options: ExportOptions) -> int:
    """CSV for spreadsheets: UTF-8 with a BOM, a header, one row per rendering."""
    from . import filter_entries

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


def write_jsonl(entries: Iterable[Entry], out: TextIO, options: ExportOptions) -> int:
    """One JSON object per entry with everything kozh knows."""
    from . import filter_entries

    rows = 0
    for entry in filter_entries(entries, options):
        # Built by hand: dataclasses.asdict deep-copies, and costs seconds a million.
        record = {
            "zh_hans": entry.zh_hans, "zh_hant": entry.zh_hant, "forms": entry.forms,
            "renderings": [{"ko": r.ko, "kind": r.kind, "count": r.count,
                            "confidence": r.confidence, "sources": r.sources}
                           for r in entry.renderings],
            "hant_seen": entry.hant_seen,
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        rows += 1
    return rows
