"""Consistency checks: of a termbase, and of a translated text against it.

* one Chinese term rendered several ways (上海: 상하이 ×12, 상해 ×3), shown as
  legitimate variants when one is the Sino-Korean reading and the other the
  Mandarin transcription;
* one Korean rendering used for several Chinese terms;
* one concept written in Korean Hanja forms (硏/研), and different concepts
  that Unihan's variant classes say may be one term;
* pairs the miner was not sure of;
* transliterations that differ from the standard transcription (창샤 for 长沙: 창사).

Each finding carries its evidence: documents and contexts.
"""

from __future__ import annotations

import marshal
import sys
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..files import keep_beside
from ..model import Concept, Kind, Status, TermbaseReader
from ..text.normalize import is_han, to_hans
from ..text.readings import by_first, sino_readings, spells, transcriptions
from ..text.variants import variant_key

if TYPE_CHECKING:
    from .annotation import TermIndex

LOW_CONFIDENCE = 0.9  # confidence is a probability (mining/calibration.py)
READING_KINDS = {"sino-korean", "transliteration", "japanese"}
CACHE_LAYOUT = 1  # of the file that keeps a termbase's findings


@dataclass
class Finding:
    check: str  # renderings, shared-rendering, variants, low-confidence, transcription, text
    severity: str  # info (legitimate), warning
    subject: str
    message: str
    evidence: list[str] = field(default_factory=list)


def _evidence(termbase: TermbaseReader, zh: str, ko: str, limit: int = 2) -> list[str]:
    """Sources of a pair a finding names, read only for findings: a full pass
    over the termbase reads none (see TermbaseReader.survey)."""
    return [f"{document}: {context}" for document, context in termbase.sources(ko, zh, limit)]


def check_termbase(termbase: TermbaseReader, cache: Path | None = None) -> list[Finding]:
    """Every finding about the termbase, warnings first; with ``cache``, kept
    in that file and found again only when the termbase (or kozh) has changed
    since: a check reads every pair, seconds at a few hundred thousand.
    """
    if cache is None:
        return _findings(termbase)
    from ..version import code_stamp

    # marshal: ten times quicker to read back than JSON, and the stamp holds
    # the Python version whose format it is.
    stamp = (f"kozh check {CACHE_LAYOUT} {code_stamp()} {sys.version_info[:2]}"
             f" {termbase.generation()}\n").encode()
    try:
        data = cache.read_bytes()
        if data.startswith(stamp):
            return [Finding(*kept) for kept in marshal.loads(data[len(stamp):])]
    except (OSError, ValueError, TypeError, EOFError):
        pass  # no findings kept yet, or unreadable ones: find them again
    findings = _findings(termbase)
    kept = [(f.check, f.severity, f.subject, f.message, f.evidence) for f in findings]
    keep_beside(cache, stamp, marshal.dumps(kept))
    return findings


def _findings(termbase: TermbaseReader) -> list[Finding]:
    """Every finding about the termbase, warnings first. Light rows of every
    pair (:meth:`TermbaseReader.overview`) say which concepts to read whole:
    those with several renderings or spellings, an unsure rendering, or a
    transliteration that standard readings do not spell."""
    overview = termbase.overview(LOW_CONFIDENCE)
    doubtful = {key for key, zh, ko in overview.transliterations
                if not spelled_by_readings(zh, ko.replace(" ", ""))}
    findings: list[Finding] = []
    for entry in termbase.survey(overview.notable | doubtful):
        # What a translator rejected is settled: it is in no finding.
        kept = [r for r in entry.renderings if r.status != Status.REJECTED]
        if entry.status != Status.REJECTED and kept:
            entry = replace(entry, renderings=kept)
            findings += _nonstandard(entry, termbase)
            findings += _concept_findings(entry, termbase)
    by_korean: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for ko, zh, count in overview.shared:
        by_korean[ko].append((zh, count))
    for ko, terms in by_korean.items():
        terms.sort()
        listing = ", ".join(f"{zh} ×{count}" for zh, count in terms)
        findings.append(Finding("shared-rendering", "warning", ko,
                                f"one rendering for {len(terms)} Chinese terms: {listing}",
                                [line for zh, _ in terms
                                 for line in _evidence(termbase, zh, ko, 1)]))
    for similar in _variant_groups(overview.terms):  # perhaps one term (李彬/李斌 are not)
        findings.append(Finding("variants", "warning", similar[0],
                                f"perhaps one term in variant characters: {' / '.join(similar)}"))
    order = {"warning": 0, "info": 1}
    findings.sort(key=lambda f: (order[f.severity], f.check, f.subject, f.message))
    return findings


def _variant_groups(terms: list[str]) -> list[list[str]]:
    """Terms that fold to one form in variant characters, each group sorted.
    A group holds a term that folding changes (distinct terms it leaves alone
    stay distinct), so only the forms of those are gathered: grouping every
    term of a large termbase costs more than all the rest of this."""
    keys = variant_key("\n".join(terms)).split("\n")  # one call: a term holds no line break
    if len(keys) != len(terms):
        keys = [variant_key(zh) for zh in terms]
    folded = {key for zh, key in zip(terms, keys, strict=True) if zh != key}
    groups: dict[str, list[str]] = defaultdict(list)
    for zh, key in zip(terms, keys, strict=True):
        if key in folded:
            groups[key].append(zh)
    return [sorted(group) for group in groups.values() if len(group) > 1]


def _concept_findings(entry: Concept, termbase: TermbaseReader) -> list[Finding]:
    """What one concept shows by itself: variant spellings, unsure pairs,
    several renderings."""
    findings = []
    renderings = entry.renderings
    spellings = sorted({to_hans(form) for form in entry.forms}) if len(entry.forms) > 1 else []
    if len(spellings) > 1:  # one concept: the key folds Hanja variants
        findings.append(Finding("variants", "warning", entry.zh_hans,
                                f"same term in variant characters: {' / '.join(spellings)}"))
    for rendering in renderings:
        # A translator's decision about a pair settles the miner's doubt.
        if rendering.confidence < LOW_CONFIDENCE and rendering.status == Status.CANDIDATE:
            findings.append(Finding(
                "low-confidence", "warning", entry.zh_hans,
                f"{rendering.ko} ({rendering.kind}) has confidence {rendering.confidence:.2f}",
                _evidence(termbase, entry.zh_hans, rendering.ko)))
    if len(renderings) > 1:
        findings.append(_renderings_finding(entry, termbase))
    return findings


def _renderings_finding(entry: Concept, termbase: TermbaseReader) -> Finding:
    """A concept rendered several ways: a warning, unless the ways are a
    reading and a transcription, or a translator has chosen (one preferred,
    or every one approved)."""
    renderings = entry.renderings
    kinds = {r.kind for r in renderings}
    if renderings[0].status == Status.PREFERRED:  # the preferred one comes first
        why = f"{renderings[0].ko} is preferred"
    elif all(r.status == Status.APPROVED for r in renderings):
        why = "every one is approved"
    elif kinds <= READING_KINDS and len(kinds) == len(renderings) == 2:
        why = "Sino-Korean reading and transcription are both in use"
    else:
        why = ""
    listing = ", ".join(
        f"{r.ko} ×{r.count} ({r.kind}{'' if r.status == Status.CANDIDATE else f', {r.status}'})"
        for r in renderings)
    return Finding(
        "renderings", "info" if why else "warning", entry.zh_hans,
        f"rendered {len(renderings)} ways: {listing}" + (f"; {why}" if why else ""),
        [line for r in renderings for line in _evidence(termbase, entry.zh_hans, r.ko, 1)])


@cache
def _spellings(char: str) -> dict[str, tuple[str, ...]]:
    """A character's standard spellings, by their first syllable."""
    return by_first(transcriptions(char) | sino_readings(char))


@cache
def _syllables(char: str) -> frozenset[str]:
    """A character's standard spellings of one syllable (most of them)."""
    return frozenset(s for options in _spellings(char).values() for s in options if len(s) == 1)


def spelled_by_readings(zh: str, ko: str) -> bool:
    """Does ``ko`` spell ``zh`` character by character with standard readings
    (a transcription of a Mandarin reading, or a Sino-Korean one)? A cheap
    test that spares most renderings the full transcription.

    >>> spelled_by_readings("长沙", "창사"), spelled_by_readings("长沙", "창샤")
    (True, False)
    """
    # A syllable a character, each a spelling of its own: true without
    # walking the choices (300k renderings in a check).
    if len(ko) == len(zh) and all(map(frozenset.__contains__, map(_syllables, zh), ko)):
        return True
    return spells(ko, map(_spellings, zh))


def _nonstandard(entry: Concept, termbase: TermbaseReader) -> list[Finding]:
    """Transliterations that differ from the standard transcription of the
    Mandarin reading (창샤 where 长沙 is 창사), unless the termbase already
    holds the standard form as another rendering."""
    spelled = [r for r in entry.renderings if r.kind == Kind.TRANSLITERATION
               and r.status == Status.CANDIDATE  # approved as spelled: the translator's call
               and not spelled_by_readings(entry.zh_hans, r.ko.replace(" ", ""))]
    if not spelled or not all(is_han(ch) for ch in entry.zh_hans):
        return []
    from .suggestions import transcription  # here: findings kept from before never need it

    standard = transcription(entry.zh_hans)
    if not standard or any(r.ko.replace(" ", "") == standard for r in entry.renderings):
        return []
    return [Finding("transcription", "warning", entry.zh_hans,
                    f"{r.ko} differs from the standard transcription {standard}",
                    _evidence(termbase, entry.zh_hans, r.ko)) for r in spelled]


def check_text(text: str, index: TermIndex) -> list[Finding]:
    """Korean renderings in a translation that are not the termbase's preferred one."""
    from .annotation import annotate  # here: a check of the termbase never annotates
    from .annotation import entry as index_entry

    findings = []
    for match in annotate(text, index, "ko"):
        for zh in match.renderings[:1]:  # the index's simplified form, its Chinese key
            preferred = index_entry(index.chinese[zh])[1] if zh in index.chinese else []
            if preferred and preferred[0] != match.term:
                findings.append(Finding(
                    "text", "warning", match.text,
                    f"{match.text} at {match.start}: the termbase prefers {preferred[0]} for {zh}",
                    [text[max(0, match.start - 20) : match.end + 20].replace("\n", " ")]))
    return findings
