"""A glossary file (TBX, TSV, CSV, JSONL, a workbook…) merged into the
termbase, with the decisions it carries, and the report of it."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator

from ..errors import EmptyInputError
from ..formats import ReadReport, read_entries
from ..mining import analyzer_versions
from ..mining.pair_kind import infer_kind
from ..model import Concept, StoreResult, TermbaseWriter
from .sources import BYTE_ORDER_MARKS, ZIP_MAGIC, collect, decode_bytes, document_id, read_bytes


def import_file(termbase: TermbaseWriter, path: str, fmt: str = "auto", *,
                stdin_name: str | None = None, stdin: bytes | None = None,
                overwrite_decisions: bool = False, by: str = "",
                infer_kinds: bool = True, encoding: str = "utf-8",
                guessed: list[str] | None = None, dry_run: bool = False) -> StoreResult:
    """Read a glossary file (``-`` for stdin) and merge its entries into
    ``termbase``. Entries stream into one transaction; a malformed file
    raises part-way and the rollback leaves the termbase unchanged. A pair
    the file gives no kind gets the one the miner would give it
    (:func:`~glossary.mining.pair_kind.infer_kind`), unless ``infer_kinds``
    is false: then it is a translation. ``encoding`` is as :func:`decode`
    takes it (UTF-8, a byte order mark's, a legacy one or :data:`AUTO`,
    which tells ``guessed``). A ``dry_run`` says what the import would do
    and leaves the termbase as it was."""
    (source,) = collect([path], stdin)
    data = read_bytes(source)
    if not data.strip() or data in BYTE_ORDER_MARKS:
        raise EmptyInputError(f"{source.label}: empty file")
    # A spreadsheet's CSV in cp949 (Excel's Korean default), read as named and
    # handed on as UTF-8; XML (TBX), in any byte order, names its own encoding,
    # and a workbook (a zip of XML) too.
    if encoding != "utf-8" and not data.startswith(ZIP_MAGIC) and not data.lstrip(
            b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").startswith(b"<"):
        data = decode_bytes(source, data, encoding, guessed, korean=True).encode("utf-8")
    doc_id = document_id(source, data, stdin_name)
    label = source.label if source.path is not None else stdin_name or doc_id
    digest = hashlib.sha256(data).hexdigest()
    report = ReadReport()
    entries = read_entries(data, label, fmt, report)
    tally: Counter[str] = Counter()
    # A file imported again is read again when what infers its kinds changed
    # (a newer kozh), or whether they are inferred: its pairs take the new kinds.
    versions = (*analyzer_versions(), ("kinds", "inferred")) if infer_kinds else (
        ("kinds", "as stated"),)
    result = termbase.import_concepts(with_kinds(entries, tally) if infer_kinds else entries,
                                      doc_id, digest, label,
                                      overwrite_decisions=overwrite_decisions, by=by,
                                      versions=versions, dry_run=dry_run)
    result.inferred = tally["inferred"]  # none when unchanged: the entries were never read
    result.left_out = report.warnings
    return result


def import_report(result: StoreResult, dry_run: bool = False,
                  guessed: Iterable[str] = ()) -> list[str]:
    """What an import did (or, a ``dry_run``, would do), a line each, as
    ``kozh import`` and the web page say it: the encoding ``guessed`` for the
    file, the summary, what the file left out, and each decision it
    disagreed with, kept or taken."""
    same = f" (same file as {result.same_as})" if result.same_as else ""
    inferred = f" ({result.inferred} with the kind inferred)" if result.inferred else ""
    lines = [f"note: {notice}" for notice in guessed]
    lines.append(f"{result.name}: {result.status}{same}, {result.occurrences} renderings"
                 f"{inferred}, {result.decisions} decision(s)")
    lines += [f"note: {left_out}" for left_out in result.left_out]
    if not result.occurrences and result.status in ("added", "replaced"):
        lines.append(f"warning: {result.name} holds no pair to import")
    if result.conflicts:
        lines.append(f"{result.conflicts} decision(s) in the file disagreed with the termbase's"
                     " and were kept as they were (--overwrite-decisions takes the file's):")
    elif result.disagreements:
        lines.append(f"{len(result.disagreements)} decision(s) in the file disagreed with the"
                     " termbase's and took their place:")
    lines += [pair.line(result.name) for pair in result.disagreements]
    if dry_run:
        lines.append("dry run: what the import would do; nothing was stored")
    return lines


def with_kinds(entries: Iterable[Concept], tally: Counter[str] | None = None
               ) -> Iterator[Concept]:
    """The entries, each rendering whose kind the file did not state given
    the kind the miner would give it (상하이 上海 a transliteration), and
    counted in ``tally["inferred"]``."""
    for entry in entries:
        zh = entry.forms[0] if entry.forms else entry.zh_hans
        for rendering in entry.renderings:
            if not rendering.kind_stated:
                rendering.kind = infer_kind(rendering.ko, zh)
                rendering.kind_stated = True
                if tally is not None:
                    tally["inferred"] += 1
        yield entry
