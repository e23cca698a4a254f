"""TBX v3, TBX-Basic dialect (DCA style), written as a stream; and the reader
of every TBX kozh meets: v3 in either namespace, and v2 ``martif``.

One concept entry per Chinese concept, its id derived from the concept key
(the same in every export), with language sections for ``ko``, ``zh-Hans``
and ``zh-Hant`` (traditional only when it differs or was seen). Every Korean
rendering is its own term, the most frequent preferred and the others
admitted; kind, count and confidence travel in a ``note`` so that an import
gives the same termbase back.

XML from outside is hostile: a document with a DTD or entity declaration is
refused before parsing, so nothing is expanded or fetched.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from typing import NamedTuple, TextIO

from ..errors import FormatError
from ..hostile import declares_dtd
from ..model import Concept, Rendering, Status, concept_key
from ..text.normalize import clean
from .base import (
    KOZH_NOTE,
    ExportOptions,
    Format,
    ReadReport,
    checked_text,
    concept_of,
    filter_entries,
    kozh_note,
    rendering_of,
)

TBX_NS = "urn:iso:std:iso:30042:ed-2"
PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"
DEPRECATED = "deprecatedTerm-admn-sts"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MAX_TBX_BYTES = 100 * 2**20
MAX_DEPTH = 64


def escape(text: str) -> str:
    """Text for XML element content (``&``, ``<``, ``>`` escaped).

    >>> escape("한&중 <上海>")
    '한&amp;중 &lt;上海&gt;'
    """
    # html.escape(quote=False) by hand: millions of calls in a large export.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# A decision as TBX's administrativeStatus; a candidate is admitted, and
# kozh's note says it is a candidate so that it comes back as one.
ADMIN_STATUS = {Status.PREFERRED: PREFERRED, Status.APPROVED: ADMITTED,
                Status.CANDIDATE: ADMITTED, Status.REJECTED: DEPRECATED}
STATUS_OF = {PREFERRED: Status.PREFERRED, ADMITTED: Status.APPROVED,
             DEPRECATED: Status.REJECTED, "supersededTerm-admn-sts": Status.REJECTED}


REPLACED_NOTE = re.compile(r"^replaced by:\s*(?P<new>[^;]+?)\s*(?:; was:\s*(?P<was>.+))?$")


def replaced_terms(entry: Concept) -> list[tuple[str, str]]:
    """(Korean, note) of the spellings a translator replaced in this concept:
    written as deprecated terms, which is what they are to other tools; kozh
    reads them back as edits."""
    terms = []
    for old_ko, old_zh, new_ko in entry.replaced:
        was = f"; was: {old_zh}" if concept_key(old_zh) != entry.key else ""
        terms.append((old_ko, f"replaced by: {new_ko}{was}"))
    return terms


def concept_domain(entry: Concept) -> str:
    """The subject field of a concept: its renderings' first domain."""
    return next((r.domain for r in entry.renderings if r.domain), "")


def rendering_extras(rendering: Rendering, indent: str) -> str:
    """Context, source, kozh's note and the translator's note of a Korean term."""
    extras = ""
    if rendering.sources:
        document, context = rendering.sources[0]
        if context:
            extras += f"{indent}<descrip type=\"context\">{escape(context)}</descrip>\n"
        if document:
            extras += f"{indent}<admin type=\"source\">{escape(document)}</admin>\n"
    extras += f"{indent}<note>{escape(kozh_note(rendering))}</note>\n"
    if rendering.note:
        extras += f"{indent}<note>{escape(rendering.note)}</note>\n"
    return extras


def chinese_sections(entry: Concept, script: str) -> list[tuple[str, str]]:
    """(xml:lang, term) for the Chinese forms this export carries."""
    sections = []
    if script in ("hans", "both"):
        sections.append(("zh-Hans", entry.zh_hans))
    if script == "hant" or (script == "both" and (entry.zh_hant != entry.zh_hans
                                                  or entry.hant_seen)):
        sections.append(("zh-Hant", entry.zh_hant))
    return sections


class Markup(NamedTuple):
    """The elements of one TBX version: v3's (DCA style) or v2's (martif)."""

    entry: str  # conceptEntry, termEntry
    section: str  # langSec, langSet
    term: str  # termSec, tig
    part_of_speech: bool  # TBX-Basic v3 asks for one in each term


V3 = Markup("conceptEntry", "langSec", "termSec", part_of_speech=True)


def _term(markup: Markup, term: str, status: str | None, extras: str = "") -> str:
    noun = ("            <termNote type=\"partOfSpeech\">noun</termNote>\n"
            if markup.part_of_speech else "")
    status_note = (f"            <termNote type=\"administrativeStatus\">{status}</termNote>\n"
                   if status else "")
    return (f"          <{markup.term}>\n            <term>{escape(term)}</term>\n"
            f"{noun}{status_note}{extras}          </{markup.term}>\n")


def entry_markup(entry: Concept, script: str, markup: Markup = V3) -> str:
    """One concept as a TBX entry, in the elements of ``markup``: one string,
    written at once (a million entries in a large export)."""
    parts = [f"      <{markup.entry} id=\"{entry.id}\">\n"]
    if domain := concept_domain(entry):
        parts.append(f"        <descrip type=\"subjectField\">{escape(domain)}</descrip>\n")
    parts.append(f"        <{markup.section} xml:lang=\"ko\">\n")
    for rendering in entry.renderings:
        parts.append(_term(markup, rendering.ko, ADMIN_STATUS[rendering.status],
                           rendering_extras(rendering, "            ")))
    for old_ko, replaced in replaced_terms(entry):
        parts.append(_term(markup, old_ko, DEPRECATED,
                           f"            <note>{escape(replaced)}</note>\n"))
    parts.append(f"        </{markup.section}>\n")
    chinese_status = None if entry.status is Status.CANDIDATE else ADMIN_STATUS[entry.status]
    for lang, term in chinese_sections(entry, script):
        parts.append(f"        <{markup.section} xml:lang=\"{lang}\">\n"
                     f"{_term(markup, term, chinese_status)}        </{markup.section}>\n")
    parts.append(f"      </{markup.entry}>\n")
    return "".join(parts)


def write_tbx(entries: Iterable[Concept], out: TextIO, options: ExportOptions) -> int:
    """TBX v3, TBX-Basic dialect, DCA style; valid against the official schemas."""
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<tbx type="TBX-Basic" style="dca" xml:lang="ko" xmlns="{TBX_NS}">\n'
              "  <tbxHeader>\n    <fileDesc>\n      <sourceDesc><p>Korean–Chinese glossary "
              "exported by kozh</p></sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n"
              "  <text>\n    <body>\n")
    written = 0
    for entry in filter_entries(entries, options):
        written += 1
        out.write(entry_markup(entry, options.script))
    out.write("    </body>\n  </text>\n</tbx>\n")
    return written


def _zh_script(lang: str) -> str | None:
    lang = lang.lower()
    if not lang.startswith("zh"):
        return None
    return "hant" if any(tag in lang for tag in ("hant", "tw", "hk", "mo")) else "hans"


def _refuse_dtd(data: bytes, name: str) -> None:
    if declares_dtd(data):
        raise FormatError(f"{name}: refusing XML with a DTD or entity declaration")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


_TERM_FIELDS = {("descrip", "context"): "context", ("admin", "source"): "source",
                ("termNote", "administrativeStatus"): "status"}


def _term_fields(term_element: ET.Element) -> dict[str, str]:
    """The term of a termSec (v3) or tig/ntig (v2), with its context, source and note."""
    texts: dict[str, str] = {}
    for child in term_element.iter():
        local = _local(child.tag)
        value = "".join(child.itertext()).strip()
        if local == "term":
            texts.setdefault("term", value)
        elif local == "note":
            kind = "kozh" if KOZH_NOTE.match(value) else "replaced" if REPLACED_NOTE.match(
                value) else "note"
            texts[kind] = value
        elif (field := _TERM_FIELDS.get((local, child.get("type", "")))) is not None:
            texts[field] = value
    return texts


def _concept_element(element: ET.Element, where: str,
                     report: ReadReport | None = None) -> Concept | None:
    """A conceptEntry (v3) or termEntry (v2) as a concept; None, and the
    ``report`` told, for one without a Korean or a Chinese term."""
    zh_forms, renderings = [], []
    replaced: list[tuple[str, str, str]] = []
    domain = next((checked_text("".join(child.itertext()), where, "the subject field")
                   for child in element.iter() if _local(child.tag) == "descrip"
                   and child.get("type") == "subjectField"), "")
    chinese_status = Status.CANDIDATE
    for section in element:
        if _local(section.tag) not in ("langSec", "langSet"):
            continue
        lang = section.get(_XML_LANG, "")
        script = _zh_script(lang)
        for term_element in section.iter():
            if _local(term_element.tag) not in ("termSec", "tig", "ntig"):
                continue
            texts = _term_fields(term_element)
            term = texts.get("term", "")
            status = STATUS_OF.get(texts.get("status", ""), Status.CANDIDATE)
            if term and script:
                zh_forms.append((script, clean(term)))
                chinese_status = status if status is not Status.CANDIDATE else chinese_status
            elif term and lang.lower().startswith("ko") and "replaced" in texts:
                edit = REPLACED_NOTE.match(texts["replaced"])
                assert edit is not None
                replaced.append((clean(term), clean(edit["was"] or ""), clean(edit["new"])))
            elif term and lang.lower().startswith("ko"):
                renderings.append(rendering_of(
                    term, where, texts.get("kozh", ""), texts.get("context", ""),
                    texts.get("source", ""), status=status, remark=texts.get("note", ""),
                    domain=domain))
    concept = concept_of(zh_forms, renderings)
    if concept is not None:
        concept.status, concept.replaced = chinese_status, replaced
    elif report is not None and not replaced:
        missing = " or ".join(side for side, found in (("Korean", renderings),
                                                       ("Chinese", zh_forms)) if not found)
        first = next((text for child in element.iter() if _local(child.tag) == "term"
                      and (text := "".join(child.itertext()).strip())), "")
        report.drop(f"no {missing} term", f"{where.rsplit(': ', 1)[-1]}"
                    + (f" ({first[:40]})" if first else ""))
    return concept


def read_tbx(data: bytes, name: str, report: ReadReport | None = None) -> Iterator[Concept]:
    """TBX v3 (conceptEntry/langSec/termSec, either namespace) or v2
    (termEntry/langSet/tig or ntig). Files over 100 MB and elements nested
    deeper than 64 are refused: no termbase needs them, and they are how a
    hostile file would make a reader slow."""
    _refuse_dtd(data, name)
    if len(data) > MAX_TBX_BYTES:
        raise FormatError(f"{name}: {len(data) // 2**20} MB is more than the "
                          f"{MAX_TBX_BYTES // 2**20} MB a TBX file may have; split it")
    depth = entries = 0
    try:
        for event, element in ET.iterparse(io.BytesIO(data), events=("start", "end")):
            if event == "start":
                depth += 1
                if depth > MAX_DEPTH:
                    raise FormatError(f"{name}: elements nested deeper than {MAX_DEPTH}")
                continue
            depth -= 1
            if _local(element.tag) in ("conceptEntry", "termEntry"):
                entries += 1
                entry = _concept_element(element, f"{name}: entry {entries}", report)
                element.clear()
                if entry:
                    yield entry
    except ET.ParseError as error:
        line = error.position[0] if error.position else "?"
        raise FormatError(f"{name}:{line}: malformed XML ({error})") from None


def _sniff(suffix: str, head: str) -> bool:
    return head.startswith("<") or suffix in (".tbx", ".xml")


FORMAT = Format("tbx", ".tbx", "TBX v3, TBX-Basic dialect (reads v2 too)", write_tbx, read_tbx,
                _sniff)
