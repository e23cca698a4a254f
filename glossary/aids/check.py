"""Consistency checks: of a termbase, and of a translated text against it.

* one Chinese term rendered several ways (上海: 상하이 ×12, 상해 ×3), shown as
  legitimate variants when one is the Sino-Korean reading and the other the
  Mandarin transcription;
* one Korean rendering used for several Chinese terms;
* one concept written in Korean Hanja forms (硏/研), and different concepts
  that Unihan's variant classes say may be one term;
* pairs the miner was not sure of;
* transliterations that differ from the standard transcription (창샤 for 长沙: 창사).

Each finding carries its evidence: documents and contexts. A check first
reads the termbase as if nobody had decided anything (:func:`read_for_check`),
then applies the translator's decisions (:func:`apply_decisions`): what it
read can be kept and serve every check until the pairs themselves change.
"""

from __future__ import annotations

import marshal
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..files import keep_beside
from ..model import (
    Avoided,
    Concept,
    Kind,
    Rendering,
    Status,
    TermbaseReader,
    compact_korean,
    korean_key,
    off_standard,
)
from ..text.normalize import is_han, to_hans

if TYPE_CHECKING:
    from .annotation import Match, TermIndex

LOW_CONFIDENCE = 0.9  # confidence is a probability (mining/calibration.py)
READING_KINDS = {"sino-korean", "transliteration", "japanese"}
CACHE_LAYOUT = 4  # of the file that keeps what a check read and found


@dataclass
class Finding:
    check: str  # renderings, shared-rendering, variants, low-confidence, transcription, text
    severity: str  # info (legitimate), warning
    subject: str
    message: str
    evidence: list[str] = field(default_factory=list)


CheckedConcept = tuple[str, str, list[str], list[tuple[str, str, str, int, float]], str,
                       list[str]]


@dataclass
class Reading:
    """What a check reads of a termbase, decisions apart, so that a check
    after decisions only applies them (the translator's loop: decide, check
    again) instead of reading every pair anew.

    ``concepts``: those a finding may name (several renderings or spellings,
    an unsure rendering, a transliteration standard readings do not spell),
    each (key, Chinese, spellings as written, renderings (Korean, Korean key,
    kind, count, confidence) in the order shown but for decisions, the
    standard transcription where it is asked for, and the transliterations
    standard readings do not spell); ``shared``: (Korean,
    Korean key, Chinese, key, count) of spellings several concepts share;
    ``variants``: groups of (Chinese, key) that fold to one form;
    ``evidence``: up to two sources of each pair a finding may cite, by
    (Chinese, Korean), read as decisions are first applied.
    """

    concepts: list[CheckedConcept]
    shared: list[tuple[str, str, str, str, int]]
    variants: list[list[tuple[str, str]]]
    evidence: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def as_plain(self) -> tuple[list[CheckedConcept], list[tuple[str, str, str, str, int]],
                                list[list[tuple[str, str]]], dict[tuple[str, str], list[str]]]:
        """The fields as plain values, for marshal."""
        return self.concepts, self.shared, self.variants, self.evidence


def check_termbase(termbase: TermbaseReader, cache: Path | None = None) -> list[Finding]:
    """Every finding about the termbase, warnings first, the translator's
    decisions applied. With ``cache``, what the check read is kept in that
    file: unchanged, the findings come back as they were; changed by
    decisions only, they are found again from what was read; otherwise (or
    when kozh has changed) the termbase is read anew."""
    if cache is None:
        reading = read_for_check(termbase)
        return apply_decisions(reading, termbase.decided(), termbase)
    from ..version import code_stamp

    # marshal: ten times quicker to read back than JSON; the stamp names the
    # Python version whose format it is.
    stamp = f"kozh check {CACHE_LAYOUT} {code_stamp()} {sys.version_info[:2]}\n".encode()
    generation, data_generation = termbase.generation(), termbase.data_generation()
    kept_reading: Reading | None = None
    try:
        data = cache.read_bytes()
        if data.startswith(stamp):
            kept_generation, kept_data, plain, findings = marshal.loads(data[len(stamp):])
            if kept_generation == generation:
                return [Finding(*finding) for finding in findings]
            if kept_data == data_generation:
                kept_reading = Reading(*plain)
    except (OSError, ValueError, TypeError, EOFError):
        pass  # nothing kept yet, or nothing readable: read the termbase
    reading = kept_reading or read_for_check(termbase)
    found = apply_decisions(reading, termbase.decided(), termbase)
    plain_findings = [(f.check, f.severity, f.subject, f.message, f.evidence) for f in found]
    keep_beside(cache, stamp, marshal.dumps((generation, data_generation, reading.as_plain(),
                                             plain_findings)))
    return found


def read_for_check(termbase: TermbaseReader) -> Reading:
    """Read what findings may be made of, decisions apart. What the store
    keeps of every pair (:meth:`TermbaseReader.overview`) says which
    concepts to read whole."""
    overview = termbase.overview(LOW_CONFIDENCE)
    doubtful = {key for key, _, _ in overview.off_standard}
    concepts: list[CheckedConcept] = []
    for entry in termbase.survey(overview.notable | doubtful):
        off = [r.ko for r in entry.renderings if off_standard(entry.zh_hans, r.ko, r.kind)]
        standard = ""
        if off and all(is_han(ch) for ch in entry.zh_hans):
            from .renderings import transcription  # here: only a doubtful spelling needs it

            standard = transcription(entry.zh_hans)
        concepts.append((entry.key, entry.zh_hans, entry.forms,
                         [(r.ko, korean_key(r.ko), r.kind.value, r.count, r.confidence)
                          for r in entry.renderings], standard, off))
    return Reading(concepts, overview.shared, overview.variants)


def apply_decisions(reading: Reading, decided: Mapping[tuple[str, str], Status],
                    termbase: TermbaseReader) -> list[Finding]:
    """The findings of what a check read, once the decisions are applied: a
    rejected pair or concept is in no finding, a preferred rendering comes
    first and settles the others, a decided pair is neither unsure nor off
    the standard. Sources not read yet are read from ``termbase``."""
    _read_evidence(reading, termbase)

    def evidence(zh: str, ko: str, limit: int) -> list[str]:
        return reading.evidence.get((zh, ko), [])[:limit]

    def rejected(key: str, ko_key: str = "") -> bool:
        return decided.get((key, ko_key)) is Status.REJECTED

    findings: list[Finding] = []
    for key, zh, forms, renderings, standard, unspelled in reading.concepts:
        kept = [Rendering(ko, Kind(kind), count, confidence, [],
                          decided.get((key, ko_key), Status.CANDIDATE))
                for ko, ko_key, kind, count, confidence in renderings]
        kept = [r for r in kept if r.status is not Status.REJECTED]
        if rejected(key) or not kept:
            continue
        kept.sort(key=lambda r: r.status is not Status.PREFERRED)  # stable: shown so
        entry = Concept(zh, zh, forms, kept)
        findings += _nonstandard(entry, standard, unspelled, evidence)
        findings += _concept_findings(entry, evidence)
    by_korean: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for ko, ko_key, zh, key, count in reading.shared:
        if not rejected(key) and not rejected(key, ko_key):
            by_korean[ko].append((zh, count))
    for ko, terms in by_korean.items():
        if len(terms) > 1:
            terms.sort()
            listing = ", ".join(f"{zh} ×{count}" for zh, count in terms)
            findings.append(Finding("shared-rendering", "warning", ko,
                                    f"one rendering for {len(terms)} Chinese terms: {listing}",
                                    [line for zh, _ in terms for line in evidence(zh, ko, 1)]))
    findings += _variant_findings(reading.variants, decided, termbase)
    order = {"warning": 0, "info": 1}
    findings.sort(key=lambda f: (order[f.severity], f.check, f.subject, f.message))
    return findings


Evidence = Callable[[str, str, int], list[str]]
EVIDENCE = 2  # sources a finding cites of one pair, at most


def _read_evidence(reading: Reading, termbase: TermbaseReader) -> None:
    """Read the sources of every pair a finding may cite, but those read
    already, in one go: a query for each cost a check a second at 300k pairs."""
    wanted: dict[tuple[str, str], tuple[str, str]] = {}
    for key, zh, _, renderings, _, _ in reading.concepts:
        for ko, ko_key, *_ in renderings:
            wanted[key, ko_key] = (zh, ko)
    for ko, ko_key, zh, key, _ in reading.shared:
        wanted[key, ko_key] = (zh, ko)
    missing = {keys: pair for keys, pair in wanted.items() if pair not in reading.evidence}
    found = termbase.sources_by_keys(missing, EVIDENCE) if missing else {}
    for keys, pair in missing.items():
        reading.evidence[pair] = [f"{document}: {context}"
                                  for document, context in found.get(keys, [])]


def _variant_findings(groups: list[list[tuple[str, str]]],
                      decided: Mapping[tuple[str, str], Status],
                      termbase: TermbaseReader) -> list[Finding]:
    """Concepts apart that may be one term (李彬/李斌 are not): each group
    without the concepts a translator rejected, whole or every rendering."""
    touched = {key for key, _ in decided}
    asked = {key for group in groups for _, key in group if key in touched}
    out = {entry.key for entry in termbase.survey(asked)
           if decided.get((entry.key, "")) is Status.REJECTED
           or all(decided.get((entry.key, korean_key(r.ko))) is Status.REJECTED
                  for r in entry.renderings)} if asked else set()
    findings = []
    for group in groups:
        similar = sorted(zh for zh, key in group if key not in out)
        if len(similar) > 1:
            findings.append(Finding("variants", "warning", similar[0],
                                    f"perhaps one term in variant characters: "
                                    f"{' / '.join(similar)}"))
    return findings


def _concept_findings(entry: Concept, evidence: Evidence) -> list[Finding]:
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
                evidence(entry.zh_hans, rendering.ko, 2)))
    if len(renderings) > 1:
        findings.append(_renderings_finding(entry, evidence))
    return findings


def _renderings_finding(entry: Concept, evidence: Evidence) -> Finding:
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
    # 광시자치구 and 광시 자치구, 한-미 and 한·미: one rendering written two ways.
    alike = len({compact_korean(korean_key(r.ko)) for r in renderings}) == 1
    return Finding(
        "renderings", "info" if why else "warning", entry.zh_hans,
        f"rendered {len(renderings)} ways: {listing}" + (f"; {why}" if why else "")
        + ("; the same words, spaced or joined otherwise" if alike else ""),
        [line for r in renderings for line in evidence(entry.zh_hans, r.ko, 1)])


def _nonstandard(entry: Concept, standard: str, unspelled: list[str],
                 evidence: Evidence) -> list[Finding]:
    """The transliterations standard readings do not spell (``unspelled``,
    found as the termbase was read) that differ from ``standard``, the
    standard transcription of the Mandarin reading (창샤 where 长沙 is 창사),
    unless the termbase already holds the standard form as another rendering."""
    spelled = [r for r in entry.renderings if r.ko in unspelled
               and r.status == Status.CANDIDATE]  # approved as spelled: the translator's call
    if not spelled or not standard:
        return []
    if any(r.ko.replace(" ", "") == standard for r in entry.renderings):
        return []
    return [Finding("transcription", "warning", entry.zh_hans,
                    f"{r.ko} differs from the standard transcription {standard}",
                    evidence(entry.zh_hans, r.ko, 2)) for r in spelled]


def _undecided_tie(termbase: TermbaseReader, zh: str, best: str, used: str) -> bool:
    """Is the rendering ``used`` seen as often as ``best``, the first of
    ``zh``'s, and neither a translator's choice?"""
    renderings = {korean_key(r.ko): r for entry in termbase.lookup(zh, limit=1, exact=True)
                  for r in entry.renderings}
    first, other = renderings.get(korean_key(best)), renderings.get(korean_key(used))
    return first is not None and other is not None and first.count <= other.count \
        and first.status not in (Status.PREFERRED, Status.APPROVED)


def check_text(text: str, index: TermIndex, avoided: Iterable[Avoided] = (),
               termbase: TermbaseReader | None = None,
               korean_matches: list[Match] | None = None) -> list[Finding]:
    """Korean renderings in a translation that are not the termbase's
    preferred one, and, given the termbase's :meth:`avoided` spellings, the
    ones a translator rejected or replaced by an edit (that no other concept
    still renders). Given the ``termbase`` too, a rendering as common as the
    first one, where no translator preferred either, is only noted (info):
    the termbase has no preference to hold the text to. ``korean_matches``
    are the text's terms read as Korean (``annotate(text, index, "ko")``),
    when the caller has them already: Kiwi is not asked again."""
    from .annotation import (  # here: a check of the termbase never annotates
        TermIndex,
        annotate,
        korean_index_key,
    )
    from .annotation import entry as index_entry

    def preferred(zh: str) -> str:
        found = index_entry(index.chinese[zh])[1] if zh in index.chinese else []
        return found[0] if found else ""

    def finding(match: Match, message: str, severity: str = "warning") -> Finding:
        return Finding("text", severity, match.text, f"{match.text} at {match.start}: {message}",
                       [text[max(0, match.start - 20) : match.end + 20].replace("\n", " ")])

    found: list[tuple[int, Finding]] = []
    ties: dict[tuple[str, str], bool] = {}  # (Chinese, Korean used): asked once per text
    for match in annotate(text, index, "ko") if korean_matches is None else korean_matches:
        for zh in match.renderings[:1]:  # the index's simplified form, its Chinese key
            if (best := preferred(zh)) and best != match.term:
                if termbase is not None and (zh, match.term) not in ties:
                    ties[zh, match.term] = _undecided_tie(termbase, zh, best, match.term)
                found.append((match.start, finding(
                    match, f"the termbase also renders {zh} as {best}, as often, and no "
                    "translator preferred either", "info") if ties.get((zh, match.term))
                    else finding(match, f"the termbase prefers {best} for {zh}")))
    turned_away = {key: a for a in avoided
                   if (key := korean_index_key(a.ko)) not in index.korean}
    if turned_away:
        spellings = TermIndex((a.zh_hans, a.zh_hant, a.ko, 1) for a in turned_away.values())
        for match in annotate(text, spellings, "ko"):
            away = turned_away[korean_index_key(match.term)]
            if away.instead:
                message = f"replaced by {away.instead} for {away.zh_hans}"
            else:
                best = preferred(away.zh_hans)
                message = f"rejected for {away.zh_hans}" + (
                    f"; the termbase prefers {best}" if best else "")
            found.append((match.start, finding(match, message)))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]
