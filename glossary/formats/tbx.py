"""TBX: v3 TBX-Basic (DCA style) and v2 ``martif``, written as a stream.

One concept entry per Chinese concept, with language sections for ``ko``,
``zh-Hans`` and ``zh-Hant`` (traditional only when it differs or was seen).
Every Korean rendering is its own term, the most frequent preferred and the
others admitted; the kind, count and confidence travel in a ``note`` so that
an import gives the same termbase back.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO
from xml.sax.saxutils import escape, quoteattr

if TYPE_CHECKING:
    from ..db import Entry, Rendering
    from . import ExportOptions

TBX_NS = "urn:iso:std:iso:30042:ed-2"
TBX_NS_OLD = "urn:iso:std:iso:30042:ed:3.0"
PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"


def rendering_note(rendering: Rendering) -> str:
    return (f"kind: {rendering.kind}; count: {rendering.count}; "
            f"confidence: {rendering.confidence:.2f}")


def chinese_sections(entry: Entry, script: str) -> list[tuple[str, str]]:
    """(xml:lang, term) for the Chinese forms this export carries."""
    sections = []
    if script in ("hans", "both"):
        sections.append(("zh-Hans", entry.zh_hans))
    if script == "hant" or (script == "both" and (entry.zh_hant != entry.zh_hans
                                                  or entry.hant_seen)):
        sections.append(("zh-Hant", entry.zh_hant))
    return sections


def _v3_term(out: TextIO, term: str, status: str | None, extras: str = "") -> None:
    out.write(f"        <termSec>\n          <term>{escape(term)}</term>\n"
              f"          <termNote type=\"partOfSpeech\">noun</termNote>\n")
    if status:
        out.write(f"          <termNote type=\"administrativeStatus\">{status}</termNote>\n")
    out.write(extras)
    out.write("        </termSec>\n")


def write_tbx(entries: Iterable[Entry], out: TextIO, options: ExportOptions) -> int:
    """TBX v3, TBX-Basic dialect, DCA style; valid against the official schemas."""
    from . import filter_entries

    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<tbx type="TBX-Basic" style="dca" xml:lang="ko" xmlns="{TBX_NS}">\n'
              "  <tbxHeader>\n    <fileDesc>\n      <sourceDesc><p>Korean–Chinese glossary "
              "exported by kozh</p></sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n"
              "  <text>\n    <body>\n")
    written = 0
    for written, entry in enumerate(filter_entries(entries, options), 1):
        out.write(f"  <conceptEntry id=\"c{written}\">\n      <langSec xml:lang=\"ko\">\n")
        for index, rendering in enumerate(entry.renderings):
            extras = ""
            if rendering.sources:
                document, context = rendering.sources[0]
                if context:
                    extras += f"          <descrip type=\"context\">{escape(context)}</descrip>\n"
                extras += f"          <admin type=\"source\">{escape(document)}</admin>\n"
            extras += f"          <note>{escape(rendering_note(rendering))}</note>\n"
            _v3_term(out, rendering.ko, PREFERRED if index == 0 else ADMITTED, extras)
        out.write("      </langSec>\n")
        for lang, term in chinese_sections(entry, options.script):
            out.write(f"      <langSec xml:lang=\"{lang}\">\n")
            _v3_term(out, term, None)
            out.write("      </langSec>\n")
        out.write("  </conceptEntry>\n")
    out.write("    </body>\n  </text>\n</tbx>\n")
    return written


def write_tbx2(entries: Iterable[Entry], out: TextIO, options: ExportOptions) -> int:
    """TBX v2 (``martif``: termEntry/langSet/tig), for tools that read only v2."""
    from . import filter_entries

    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="ko">\n'
              "  <martifHeader>\n    <fileDesc>\n      <sourceDesc><p>Korean–Chinese glossary "
              "exported by kozh</p></sourceDesc>\n    </fileDesc>\n  </martifHeader>\n"
              "  <text>\n    <body>\n")
    written = 0
    for written, entry in enumerate(filter_entries(entries, options), 1):
        out.write(f"      <termEntry id={quoteattr(f'c{written}')}>\n"
                  "        <langSet xml:lang=\"ko\">\n")
        for index, rendering in enumerate(entry.renderings):
            status = PREFERRED if index == 0 else ADMITTED
            out.write(f"          <tig>\n            <term>{escape(rendering.ko)}</term>\n"
                      f"            <termNote type=\"administrativeStatus\">{status}</termNote>\n")
            if rendering.sources and rendering.sources[0][1]:
                out.write("            <descrip type=\"context\">"
                          f"{escape(rendering.sources[0][1])}</descrip>\n")
            out.write(f"            <note>{escape(rendering_note(rendering))}</note>\n"
                      "          </tig>\n")
        out.write("        </langSet>\n")
        for lang, term in chinese_sections(entry, options.script):
            out.write(f"        <langSet xml:lang=\"{lang}\">\n          <tig>\n"
                      f"            <term>{escape(term)}</term>\n          </tig>\n"
                      "        </langSet>\n")
        out.write("      </termEntry>\n")
    out.write("    </body>\n  </text>\n</martif>\n")
    return written
