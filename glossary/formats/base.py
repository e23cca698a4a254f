"""What every format module shares: the :class:`Format` declaration, export
options, and the helpers readers use to build model records.

A format module never imports its package's ``__init__`` (the registry
imports the modules, not the other way round).
"""

from __future__ import annotations

import codecs
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TextIO

from ..errors import DecodeError, ExportError, FormatError
from ..model import Concept, Kind, Rendering, Source, Status
from ..text.encodings import likely_encoding, utf16_without_bom
from ..text.normalize import clean, to_hans, to_hant, unify_compat


@dataclass
class Drops:
    """What a writer had to drop, or a reader left out: reason → how many,
    and a few examples."""

    # Keyword-only: a subclass's own fields keep their places.
    dropped: dict[str, tuple[int, list[str]]] = field(default_factory=dict, kw_only=True)

    def drop(self, reason: str, example: str) -> None:
        count, examples = self.dropped.get(reason, (0, []))
        self.dropped[reason] = (count + 1, examples if len(examples) >= 3 else
                                [*examples, example])

    @property
    def warnings(self) -> list[str]:
        """One line per reason, however many entries it dropped."""
        return [f"dropped {count} entr{'y' if count == 1 else 'ies'} ({reason}), e.g. "
                + ", ".join(examples) for reason, (count, examples) in self.dropped.items()]


@dataclass
class ExportOptions(Drops):
    min_count: int = 1
    min_confidence: float = 0.0
    kinds: tuple[str, ...] = ()
    script: str = "both"  # hans, hant or both
    direction: str = "ko-zh"  # for two-column formats: ko-zh or zh-ko
    statuses: tuple[str, ...] = ()  # only these statuses; () means all but rejected
    domains: tuple[str, ...] = ()  # only renderings of these domains (subject fields); () all


@dataclass
class ReadReport(Drops):
    """What a reader left out of a file: entries kozh has no use for (a TBX
    entry in other languages only), which are no error."""


Writer = Callable[[Iterable[Concept], TextIO, ExportOptions], int]
Reader = Callable[[bytes, str, ReadReport], Iterator[Concept]]
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


def filter_entries(entries: Iterable[Concept], options: ExportOptions, *,
                   never_rejected: bool = False) -> Iterator[Concept]:
    """Drop renderings below the thresholds or of other statuses (by default,
    rejected ones), and entries left with none. ``never_rejected`` is for
    formats that must never carry a rejected pair (MT glossaries)."""
    domains = {clean(domain) for domain in options.domains}  # as decisions store them
    for entry in entries:
        kept = [r for r in entry.renderings
                if r.count >= options.min_count and r.confidence >= options.min_confidence
                and (not domains or r.domain in domains)
                and (not options.kinds or r.kind in options.kinds)
                and (r.status in options.statuses if options.statuses
                     else r.status is not Status.REJECTED)
                and not (never_rejected and r.status is Status.REJECTED)]
        if len(kept) == len(entry.renderings):
            yield entry  # most entries: a copy of each cost seconds a million
        elif kept:
            yield replace(entry, renderings=kept)


def zh_for(entry: Concept, script: str) -> str:
    """The Chinese form an export in ``script`` writes."""
    return entry.zh_hant if script == "hant" else entry.zh_hans


# -- helpers for readers --------------------------------------------------------
#
# Every value that comes in from a file is checked here, so that a glossary
# with an absurd count, a confidence of 7 or an unknown kind is refused with
# its file, line and column before anything of it is stored.

# What glossaries name their language columns (memoQ, MultiTerm, spreadsheets
# headed in Korean or Chinese), any case: the CSV and the two-column readers'.
KOREAN_COLUMNS = ("ko", "ko-kr", "ko_kr", "kor", "korean", "한국어", "한글", "韩语", "韓語", "韩文",
                  "韓文", "韩国语", "韓國語")
SIMPLIFIED_COLUMNS = ("zh_hans", "zh", "zh-hans", "zh-cn", "zh_cn", "zh-sg", "chinese",
                      "chinese (simplified)", "中文", "简体中文", "简体", "汉语", "漢語", "중국어",
                      "중국어(간체)", "간체", "한자")
TRADITIONAL_COLUMNS = ("zh_hant", "zh-hant", "zh-tw", "zh_tw", "zh-hk", "zh-mo",
                       "chinese (traditional)", "繁體中文", "繁体中文", "繁體", "正體中文",
                       "중국어(번체)", "번체")

# ... and the other columns kozh reads (a spreadsheet's notes, subject field, example).
FIELD_COLUMNS = {
    "kind": ("kind",), "count": ("count",), "confidence": ("confidence",),
    "context": ("context", "example", "예문", "例句"),
    "source": ("source", "출처", "来源", "來源"),
    "status": ("status", "상태", "状态", "狀態"),
    "note": ("note", "notes", "comment", "comments", "remark", "비고", "메모", "备注", "備註"),
    "domain": ("domain", "subject", "subject field", "분야", "领域", "領域"),
}

MAX_COUNT = 10**9
_NOTE = re.compile(r"(kind|count|confidence|status|domain):\s*([^;]+)")
KOZH_NOTE = re.compile(r"^kind:\s")  # kozh's own note; any other note is a translator's
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")


def at(name: str, line: int | str, column: int | None = None) -> str:
    """Where a value stands: ``file:line`` or ``file:line:column``."""
    return f"{name}:{line}" + (f":{column}" if column is not None else "")


def checked_count(value: object, where: str) -> int:
    """A count: a whole number from 1 to 10⁹."""
    text = str(value).strip()
    if isinstance(value, bool) or not re.fullmatch(r"[0-9]{1,10}", text) \
            or not 1 <= int(text) <= MAX_COUNT:
        raise FormatError(f"{where}: count must be a whole number from 1 to {MAX_COUNT} "
                          f"(found {text[:40]!r})")
    return int(text)


def checked_confidence(value: object, where: str) -> float:
    """A confidence: a number from 0 to 1."""
    text = str(value).strip()
    try:
        number = float(text) if not isinstance(value, bool) else math.nan
    except ValueError:
        number = math.nan
    if not (math.isfinite(number) and 0.0 <= number <= 1.0):
        raise FormatError(f"{where}: confidence must be a number from 0 to 1 "
                          f"(found {text[:40]!r})")
    return number


def checked_kind(value: object, where: str) -> Kind:
    try:
        return Kind(str(value).strip())
    except ValueError:
        raise FormatError(f"{where}: unknown kind {str(value)[:40]!r} (one of "
                          f"{', '.join(k.value for k in Kind)})") from None


def checked_status(value: object, where: str) -> Status:
    text = str(value).strip()
    try:
        return Status(text or Status.CANDIDATE.value)
    except ValueError:
        raise FormatError(f"{where}: unknown status {text[:40]!r} (one of "
                          f"{', '.join(s.value for s in Status)})") from None


def checked_text(value: object, where: str, what: str) -> str:
    """A free text (a note, a domain): one line, no control characters."""
    if not isinstance(value, str):
        raise FormatError(f"{where}: {what} must be text")
    text = clean(value)
    if _CONTROL.search(text):
        raise FormatError(f"{where}: {what} contains a control character")
    return text


def checked_term(value: object, where: str, what: str) -> str:
    """A term: text, not empty, without control characters."""
    if not isinstance(value, str):
        raise FormatError(f"{where}: {what} must be text")
    term = clean(value)
    if not term:
        raise FormatError(f"{where}: {what} is empty")
    if _CONTROL.search(term):
        raise FormatError(f"{where}: {what} contains a control character")
    return term


def written_script(zh: str) -> str:
    """The script of one Chinese term a file gives without saying which:
    'hant' when simplifying changes it, else 'hans'.

    >>> written_script("淘寶"), written_script("淘宝"), written_script("人生")
    ('hant', 'hans', 'hans')
    """
    unified = unify_compat(zh)
    return "hant" if to_hans(unified) != unified else "hans"


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


def rendering_of(ko: str, where: str, note: str = "", context: str = "", source: str = "",
                 default_kind: Kind | None = None, status: Status = Status.CANDIDATE,
                 remark: str = "", domain: str = "") -> Rendering:
    """A checked rendering from a term and the ``kind: …; count: …`` note kozh
    writes (``remark`` is a translator's note). Without a kind in the note
    or a ``default_kind``, a translation whose kind is not stated."""
    fields = dict(_NOTE.findall(note))
    kind = checked_kind(fields["kind"], where) if "kind" in fields else default_kind
    count = checked_count(fields["count"], where) if "count" in fields else 1
    confidence = (checked_confidence(fields["confidence"], where)
                  if "confidence" in fields else 1.0)
    if "status" in fields:
        status = checked_status(fields["status"], where)
    if fields:  # kozh's own note says which domain this rendering has, if any
        domain = fields.get("domain", "").replace("%3B", ";").replace("%25", "%")
    domain = checked_text(domain, where, "the domain")
    return Rendering(checked_term(ko, where, "the Korean term"), kind or Kind.TRANSLATION,
                     count, confidence, [Source(source, context)] if source or context else [],
                     status, checked_text(remark, where, "the note"), domain,
                     kind_stated=kind is not None)


def kozh_note(rendering: Rendering) -> str:
    """The note kozh writes so that its own fields come back on import."""
    note = (f"kind: {rendering.kind}; count: {rendering.count}; "
            f"confidence: {rendering.confidence:.2f}")
    if rendering.status is Status.CANDIDATE:
        note += "; status: candidate"
    if rendering.domain:  # percent-escaped: the note's fields are split at ';'
        note += f"; domain: {rendering.domain.replace('%', '%25').replace(';', '%3B')}"
    return note


# Byte order marks that name their encoding: Excel's "Unicode text" and
# Notepad's "Unicode" are UTF-16 with a BOM. UTF-32's come first: FF FE starts both.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def bom_encoding(data: bytes) -> str | None:
    """The UTF-16 or UTF-32 encoding whose byte order mark ``data`` starts with.

    >>> bom_encoding("상하이".encode("utf-16")), bom_encoding("上海".encode("utf-8-sig"))
    ('utf-16', None)
    """
    return next((codec for bom, codec in _BOMS if data.startswith(bom)), None)


def text_of(data: bytes, name: str) -> str:
    """UTF-8 text (a BOM is dropped), or UTF-16 or -32 text that starts with
    its BOM; else an error naming the first bad byte and its line."""
    codec = bom_encoding(data) or "utf-8-sig"
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        codec = codec.removesuffix("-sig")
        if utf16 := utf16_without_bom(data):
            raise FormatError(
                f"{DecodeError.of(name, codec, data, error).where}; it reads as UTF-16 without a"
                f" byte order mark: name its encoding (kozh import --encoding {utf16})") from None
        # The advice names the encodings kozh import --encoding takes, and the likely one.
        raise FormatError(str(DecodeError.of(name, codec, data, error,
                                             likely_encoding(data, korean=True)))) from None


def text_lines(data: bytes, name: str) -> Iterator[tuple[int, str]]:
    """Numbered lines, split at line feeds and carriage returns only (a
    U+2028 inside a term is a character, not a line break)."""
    text = text_of(data, name).replace("\r\n", "\n").replace("\r", "\n")
    yield from enumerate(text.split("\n"), 1)


# Cells a spreadsheet would run as formulas; a leading quote is escaped too, so
# that reading takes off exactly the quote that writing put on.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def neutralize(cell: str) -> str:
    """Stop a spreadsheet from running a cell as a formula (CSV injection):
    CSV and kozh's TSV, which spreadsheets open too, write their cells so.

    >>> neutralize("=1+1"), neutralize("상하이")
    ("'=1+1", '상하이')
    """
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def unneutralized(cell: str) -> str:
    """A cell with the quote that neutralized a formula taken off again."""
    value = cell.strip()
    return value[1:] if value.startswith("'") and value[1:2] in ("=", "+", "-", "@", "'") \
        else value


def tsv_cell(value: str, what: str = "term") -> str:
    """A TSV cell as-is, or an error: a tab or newline cannot be written safely."""
    if any(ch in value for ch in "\t\r\n"):
        raise ExportError(f"cannot write {what} {value!r} to TSV: it contains a tab or newline")
    return value
