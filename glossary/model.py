"""The records that flow through kozh, and the rules that make their keys.

Data flows one way: text → mining → :class:`MinedDocument` → store →
:class:`Concept` → formats, annotation, checks. Every floor speaks in these
records; this module imports nothing of kozh but the script knowledge in
:mod:`glossary.text`.

The concept key is the one rule that decides which Chinese forms are one
concept: without quotes or title marks, cleaned (NFC Hangul, ASCII width,
single spaces, none between two Han characters), compatibility ideographs
unified, OpenCC ``t2s``, case-folded, and Korean Hanja forms and Japanese
forms folded
(:func:`glossary.text.forms.fold_korean_forms`).

>>> concept_key("淘寶") == concept_key("淘宝") == concept_key("淘 寶") == "淘宝"
True
>>> concept_key("硏究院") == concept_key("研究院"), concept_key("ＴＣＬ科技")
(True, 'tcl科技')
>>> concept_key("関西") == concept_key("關西") == concept_key("关西")
True
>>> concept_key("“一带一路”倡议") == concept_key("一帶一路倡議")
True
>>> chinese_forms("淘寶")
ChineseForms(key='淘宝', hans='淘宝', hant='淘寶', hant_seen=True)
>>> query_keys("마윈은")
QueryKeys(zh='마윈은', ko='마윈은', ko_stem='마윈')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Any, NamedTuple, Protocol

from .errors import (
    ConflictError,
    FormatError,
    GlossaryError,
    InputError,
    InvalidPairError,
    NotFoundError,
    TermbaseError,
)
from .text.forms import FOLDED_FORMS, fold_korean_forms
from .text.korean import strip_particle
from .text.normalize import (
    DEFAULT_S2T,
    DEFAULT_T2S,
    HYPHENS,
    MIDDLE_DOTS,
    QUOTE_MARKS,
    clean,
    close_han_gaps,
    is_han,
    is_hangul,
    ko_key,
    to_hans,
    to_hant,
    unify_compat,
    without_quotes,
    zh_key,
)
from .text.readings import chinese_traditional, spelled_by_readings
from .text.variants import variant_key

__all__ = [
    "DEFAULT_S2T", "DEFAULT_T2S", "FOLDED_FORMS", "KEY_RULE", "KINDS", "STATUSES", "UNDECIDED",
    "Attestation",
    "ChineseForms", "Concept", "ConflictError", "Decision", "Document", "Entry", "FormatError",
    "GlossaryError", "InputError", "InvalidPairError", "Kind", "LogEntry", "MinedDocument",
    "MinedPair", "NotFoundError", "Pair", "QueryKeys", "Rendering", "Source", "Stats", "Status",
    "QUOTE_MARKS", "StoreResult", "TermbaseCurator", "TermbaseError", "TermbaseReader",
    "TermbaseService", "TermbaseWriter",
    "attestations_of", "chinese_forms", "clean", "concept_id", "concept_key", "decision_of",
    "grams",
    "korean_key", "off_standard", "other_writings", "plain", "query_keys", "settle_forms",
    "settle_spelling", "settle_support", "variant_key", "with_other_dots",
]

# Bumped whenever concept_key() changes; a termbase whose keys were made by
# another rule is re-keyed when it is next opened for writing.
# 3: no spaces between Han characters (馬 雲 is 馬雲); 4: more Korean forms and
# the Japanese forms folded (顚倒 is 颠倒, 関西 关西: forms.FOLDED_FORMS); 5: no
# quote or title marks (“一带一路”倡议 is 一带一路倡议).
KEY_RULE = 5


class Kind(str, Enum):
    """How a Korean rendering relates to the Chinese it glosses."""

    TRANSLITERATION = "transliteration"  # Mandarin spelled in Hangul (韩雯斐 한원페이)
    SINO_KOREAN = "sino-korean"  # the Korean reading of the characters (上海 상해)
    TRANSLATION = "translation"  # translated pieces (云计算 클라우드 컴퓨팅)
    # read and translated pieces together (华为云 화웨이클라우드), or read with
    # syllables the gloss leaves out (珠三角 주장삼각주)
    MIXED = "mixed"
    LATIN = "latin"  # a Latin name (联想 Lenovo)
    JAPANESE = "japanese"  # the Japanese reading, transcribed (東京 도쿄, 伊藤博文 이토 히로부미)

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)


class Status(str, Enum):
    """A translator's decision about a rendering."""

    CANDIDATE = "candidate"  # mined or imported, not yet decided
    APPROVED = "approved"
    PREFERRED = "preferred"  # approved, and the one to use
    REJECTED = "rejected"  # wrong; kept so that it is never proposed again

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)


KINDS = tuple(kind.value for kind in Kind)
STATUSES = tuple(status.value for status in Status)


# -- keys -------------------------------------------------------------------

def concept_key(zh: str) -> str:
    """The key of the concept a Chinese form belongs to (see the module's rule)."""
    return fold_korean_forms(zh_key(zh))


def korean_key(ko: str) -> str:
    """The key of a Korean (or Latin) rendering: cleaned and case-folded."""
    return ko_key(ko)


# What joins Korean words without changing them: a space, a hyphen, a middle
# dot. 한-미 정상회담, 한·미 정상회담 and 한미 정상회담 are the same words, and a
# lookup typed any of these ways finds the others whole.
KOREAN_JOINERS = " " + HYPHENS + MIDDLE_DOTS
_WITHOUT_JOINERS = dict.fromkeys(map(ord, KOREAN_JOINERS))


def compact_korean(key: str) -> str:
    """A Korean key without the marks that join its words (:data:`KOREAN_JOINERS`).

    >>> compact_korean("한-미 정상회담") == compact_korean("한·미 정상회담") == "한미정상회담"
    True
    """
    return key.translate(_WITHOUT_JOINERS)


class ChineseForms(NamedTuple):
    key: str
    hans: str  # simplified, as OpenCC makes it, with Korean and Japanese forms folded
    hant: str  # traditional: as attested, else OpenCC's guess
    hant_seen: bool  # a source wrote or named the traditional form


@lru_cache(maxsize=65536)
def chinese_forms(written: str, attested_hant: str = "") -> ChineseForms:
    """Key, simplified and traditional forms of a Chinese term as written.

    ``attested_hant`` is a traditional form the source names explicitly (a
    glossary's zh_hant column); a form written in traditional characters
    attests itself. Remembered: storing and settling ask about the same
    forms again and again, and each answer costs four OpenCC conversions.
    """
    written = unify_compat(close_han_gaps(clean(without_quotes(written))))
    hant = unify_compat(close_han_gaps(clean(without_quotes(attested_hant))))
    # Two conversions where script_of, to_hant, concept_key and to_hans would
    # make five (the same answers: script_of compares these two). Both forms
    # are Chinese: no Korean or Japanese form stays in them (靑年 is 青年 in
    # either, 関西 关西 and 關西); the sources' spellings keep them.
    chinese = chinese_traditional(written)
    hans, guess = fold_korean_forms(to_hans(written)), to_hant(chinese)
    seen = bool(hant) or (hans != guess and chinese != hans)
    if not hant:
        hant = chinese if seen else guess
    # hans is folded already: the key is hans, case-folded (concept_key's rule).
    key = hans.casefold() if clean(written) == written else concept_key(written)
    return ChineseForms(key, hans, hant, seen)


def settle_spelling(counts: dict[str, int]) -> str:
    """The one spelling to show among several seen for one key: the most
    frequent, then the first in code-point order, so that the result never
    depends on the order in which documents or termbases arrived.

    >>> settle_spelling({"LENOVO": 1, "Lenovo": 3}), settle_spelling({"b": 2, "a": 2})
    ('Lenovo', 'a')
    """
    return min(counts, key=lambda spelling: (-counts[spelling], spelling))


def settle_forms(seen: list[tuple[str, str, int]]) -> ChineseForms:
    """A concept's forms from every (written, attested traditional, count)
    seen for it: simplified from the settled written form, traditional from
    the settled attested one, else OpenCC's guess.

    >>> settle_forms([("淘宝", "", 2), ("淘寶", "", 1)])
    ChineseForms(key='淘宝', hans='淘宝', hant='淘寶', hant_seen=True)
    >>> settle_forms([("长沙", "", 1)]).hant
    '長沙'
    """
    written: dict[str, int] = {}
    attested: dict[str, int] = {}
    of_form: dict[str, ChineseForms] = {}
    for form, hant, count in seen:
        written[form] = written.get(form, 0) + count
        forms = of_form[form] = chinese_forms(form, hant)
        if forms.hant_seen:
            attested[forms.hant] = attested.get(forms.hant, 0) + count
    # The settled spelling's key and simplified form, which no attested
    # traditional form changes (its forms were just worked out: no OpenCC).
    first = of_form[settle_spelling(written)]
    if not attested:
        return first._replace(hant=to_hant(first.hans), hant_seen=False)
    return first._replace(hant=settle_spelling(attested), hant_seen=True)


def settle_support(renderings: list[tuple[str, int, float]]) -> list[int]:
    """How many occurrences support the boundary of each of a concept's
    renderings, given as (Korean key, count, confidence): the corpus-level
    agreement of :mod:`glossary.mining.agreement`'s one-document rule.

    A rendering whose words end with another rendering of the same concept
    (중앙 중앙텔레비전 and 중앙텔레비전), evidenced at least as well, took a word
    too many: its occurrences support the shorter one, and it keeps none of
    its own support, so the termbase shows it after, as a variant. A longer
    rendering with better evidence than the shorter (광둥성 광저우시 read in
    full, 광저우시 only in part) stands on its own.

    >>> settle_support([("관영 신화사", 2, 0.8), ("신화사", 1, 0.8), ("신화", 1, 0.5)])
    [0, 3, 1]
    >>> settle_support([("광둥성 광저우시", 1, 0.98), ("광저우시", 2, 0.88)])
    [1, 2]
    """
    support = [count for _, count, _ in renderings]
    for index, (ko, count, confidence) in enumerate(renderings):
        shorter = [(len(other), other, k) for k, (other, _, evidence) in enumerate(renderings)
                   if k != index and ko.endswith(" " + other) and evidence >= confidence]
        if shorter:  # all to the shortest: 중앙 중앙텔레비전 and 당 중앙 중앙텔레비전 alike
            support[index] -= count
            support[min(shorter)[2]] += count
    return support


def off_standard(zh_hans: str, ko: str, kind: str) -> bool:
    """Is a rendering a transliteration that standard readings do not spell
    (창샤 for 长沙, whose transcription is 창사)? A check asks it of every
    pair, so the store keeps the answer with each rendering as it is written.

    >>> [off_standard("长沙", ko, "transliteration") for ko in ("창샤", "창사", "장사")]
    [True, False, False]
    >>> off_standard("长沙", "창샤", "translation")
    False
    """
    return kind == Kind.TRANSLITERATION and not spelled_by_readings(zh_hans, ko.replace(" ", ""))


GRAM_END = "\x00"


def grams(key: str) -> set[str]:
    """What a substring index keeps of a key: its character bigrams, and its
    last character with an end mark, so that every substring of two or more
    characters contains one of its bigrams and every character starts a gram.

    >>> sorted(grams("广州市"))
    ['州市', '市\\x00', '广州']
    """
    found = {key[i : i + 2] for i in range(len(key) - 1)}
    if key:
        found.add(key[-1] + GRAM_END)
    return found


class QueryKeys(NamedTuple):
    zh: str  # the query as a concept key
    ko: str  # the query as a Korean key
    ko_stem: str  # the Korean key without a particle at its end (마윈은 → 마윈)

    @property
    def may_be_chinese(self) -> bool:
        """Whether the query can stand inside a Chinese key: those hold no Hangul."""
        return not any(map(is_hangul, self.zh))

    @property
    def may_be_korean(self) -> bool:
        """Whether the query can stand inside a Korean key: those hold no Han."""
        return not any(map(is_han, self.ko))


def with_other_dots(query: str) -> list[str]:
    """``query`` with its middle dots written each other way, for a lookup
    that found nothing as written ([] when it has none).

    >>> with_other_dots("5ㆍ4 운동")[0], with_other_dots("上海")
    ('5·4 운동', [])
    """
    dots = {ord(dot) for dot in MIDDLE_DOTS if dot in query}
    return [other for dot in MIDDLE_DOTS
            if (other := query.translate(dict.fromkeys(dots, dot))) != query] if dots else []


def other_writings(query: str) -> list[str]:
    """``query`` as a lookup that found nothing as written tries it again:
    with its middle dots written each other way (:func:`with_other_dots`), and
    without the quotes or title marks copied with it.

    >>> other_writings("“一带一路”倡议"), other_writings("5ㆍ4 운동")[0]
    (['一带一路倡议'], '5·4 운동')
    """
    unquoted = without_quotes(query).strip()
    if not unquoted or unquoted == query:
        return with_other_dots(query)
    return [*with_other_dots(query), unquoted, *with_other_dots(unquoted)]


def query_keys(query: str) -> QueryKeys:
    """How a lookup query is matched: as Chinese, as Korean, and as a Korean
    word that carries a particle."""
    ko = korean_key(query)
    return QueryKeys(concept_key(query), ko, strip_particle(ko))


def concept_id(key: str) -> str:
    """A stable identifier of a concept, from its key: the same in every
    export of every termbase, so exports diff cleanly.

    >>> concept_id(concept_key("上海")) == concept_id(concept_key("上海"))
    True
    """
    import hashlib  # here: a lookup never needs it, and it costs a start 7 ms

    return "c" + hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


# Fields a record carries between two steps of kozh and nobody reads after
# (a rendering's kind_stated, between a glossary file and the import; a
# concept's key as the store knew it).
INTERNAL_FIELDS = frozenset({"kind_stated", "_known_key"})


def plain(record: Any) -> dict[str, Any]:
    """A record as plain values, for JSON: :func:`dataclasses.asdict`
    without :data:`INTERNAL_FIELDS`."""
    return asdict(record, dict_factory=lambda items: {
        key: value for key, value in items if key not in INTERNAL_FIELDS})


# -- what mining finds ---------------------------------------------------------

@dataclass(frozen=True)
class MinedPair:
    """One gloss found in a text: the Korean term and the Chinese in its bracket."""

    ko: str
    zh: str  # as written
    zh_hans: str
    zh_hant: str
    kind: Kind
    confidence: float
    paren_start: int  # index of the opening bracket in the text
    term_start: int  # the Korean term is text[term_start:term_end]
    term_end: int
    context: str
    doc: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # Every field is a plain value: a copy of them, in order, is what
        # dataclasses.asdict gives, without its deep copies (a tenth of a
        # second per ten thousand pairs printed).
        return dict(vars(self))


@dataclass(frozen=True)
class Attestation:
    """One pair as the store keeps it: seen in a mined document, or carried
    by an imported glossary (with the count that file gave)."""

    zh: str  # as written
    ko: str
    kind: Kind
    position: int  # the bracket's offset, or the entry's number in an import
    confidence: float
    count: int = 1
    context: str = ""
    zh_hant: str = ""  # a traditional form the source names explicitly
    # Where an imported glossary says the pair was seen (a TBX entry's source,
    # a CSV's source column): shown instead of the file, so that a termbase
    # exported and imported again still names the documents it was mined from.
    source: str = ""


def text_digest(text: str) -> str:
    """The SHA-256 a document's text is known by (of its UTF-8, lone
    surrogates kept as they are): the same text under two names is stored
    once, and a text stored already is not mined again.

    >>> text_digest("상하이(上海)")[:16]
    '056472125879ef6c'
    """
    import hashlib  # here: a lookup never hashes a text

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class MinedDocument:
    """Everything mining one document gives: plain, picklable data, ready to
    be stored by :meth:`Termbase.add_mined` in any process, in any order."""

    id: str  # the document's identity: a canonical path, or a name given for it
    sha256: str  # of the text, so that an unchanged document is recognised
    pairs: tuple[MinedPair, ...]
    title: str = ""
    versions: tuple[tuple[str, str], ...] = ()  # (package, version) of what mined it
    label: str = ""  # the name to show, when it is not the id (a path as the user gave it)
    size: int = 0  # bytes of text mined (UTF-8), for progress and figures

    def attestations(self) -> Iterator[Attestation]:
        for pair in self.pairs:
            yield Attestation(pair.zh, pair.ko, pair.kind, pair.paren_start, pair.confidence,
                              context=pair.context)


def attestations_of(concepts: Iterator[Concept],
                    decisions: list[tuple[str, str, Decision]] | None = None,
                    replaced: list[tuple[str, str, str, str]] | None = None,
                    ) -> Iterator[Attestation]:
    """The attestations an imported glossary carries: one per rendering, with
    the count the file gave and its traditional form if it names one. The
    decisions it carries (status, note, domain; ``ko`` '' for the Chinese term
    itself) are appended to ``decisions`` as they are read, and the edits it
    carries to ``replaced`` as (old Korean, old Chinese, new Korean, new Chinese)."""
    position = 0
    for concept in concepts:
        hant = concept.zh_hant if concept.hant_seen else ""
        written = concept.forms[0] if concept.forms else concept.zh_hans
        if replaced is not None:
            replaced += [(old_ko, old_zh or written, new_ko, written)
                         for old_ko, old_zh, new_ko in concept.replaced]
        if decisions is not None and concept.status is not Status.CANDIDATE:
            decisions.append((written, "", Decision(concept.status)))
        for rendering in concept.renderings:
            source, context = rendering.sources[0] if rendering.sources else ("", "")
            if decisions is not None and decision_of(rendering) != UNDECIDED:
                decisions.append((written, rendering.ko, decision_of(rendering)))
            yield Attestation(written, rendering.ko, rendering.kind, position,
                              rendering.confidence, rendering.count, context, hant, source)
            position += 1


@dataclass(frozen=True)
class Document:
    """A text to mine, as ingest reads it."""

    id: str  # identity: a canonical path (with #n for a document inside a corpus file)
    text: str
    title: str = ""
    label: str = ""  # the name to show: the path as the user gave it
    markup: str = "text"  # text, markdown, html or wikitext


# -- what the termbase holds -----------------------------------------------------

class Source(NamedTuple):
    document: str
    context: str


@dataclass
class Rendering:
    """A Korean rendering of a concept, with how often and where it was seen,
    and the translator's decision about it."""

    ko: str
    kind: Kind
    count: int
    confidence: float
    sources: list[Source] = field(default_factory=list)
    status: Status = Status.CANDIDATE
    note: str = ""
    domain: str = ""
    # False when a glossary file gave no kind: kozh import then infers one
    # (glossary.mining.pair_kind) instead of calling every pair a translation.
    kind_stated: bool = field(default=True, compare=False)


@dataclass
class Concept:
    """One Chinese concept with its Korean renderings, most frequent first."""

    zh_hans: str
    zh_hant: str
    forms: list[str]  # the Chinese as written in the sources
    renderings: list[Rendering]
    match: str = ""  # for lookups: exact, prefix or substring
    hant_seen: bool = False
    status: Status = Status.CANDIDATE  # the decision about the Chinese term itself
    # Korean spellings a translator replaced: (old Korean, old Chinese, new Korean)
    replaced: list[tuple[str, str, str]] = field(default_factory=list)
    # (form, key) when the key of ``zh_hans`` is known already (the store keeps
    # it): an export of a million concepts need not derive each again, OpenCC
    # and all. Not copied by dataclasses.replace, and only trusted for its form.
    _known_key: tuple[str, str] = field(default=("", ""), init=False, repr=False,
                                        compare=False)

    @property
    def preferred(self) -> Rendering:
        return self.renderings[0]

    @property
    def key(self) -> str:
        form, key = self._known_key
        return key if key and form == self.zh_hans else concept_key(self.zh_hans)

    def keyed(self, key: str) -> Concept:
        """This concept, told its key (as :func:`concept_key` gives it)."""
        self._known_key = (self.zh_hans, key)
        return self

    @property
    def id(self) -> str:
        return concept_id(self.key)


Entry = Concept  # the name the first release used


@dataclass
class Pair:
    """One Korean ↔ Chinese rendering as a translator reviews it."""

    ko: str
    zh_hans: str
    zh_hant: str
    kind: Kind
    count: int
    confidence: float
    status: Status = Status.CANDIDATE
    note: str = ""
    domain: str = ""
    decided_by: str = ""
    decided_at: str = ""
    version: int = 0  # of the decision: a change is refused if it moved on meanwhile
    seen_at: str = ""  # when a document with it was last added
    sources: list[Source] = field(default_factory=list)


@dataclass(frozen=True)
class Decision:
    """What a translator decided, as the decision log keeps it."""

    status: Status = Status.CANDIDATE
    note: str = ""
    domain: str = ""


@dataclass
class LogEntry:
    id: int
    at: str
    by: str
    action: str  # status, add, edit, delete, import, undo
    zh: str
    ko: str
    before: str  # what it was, as kozh shows it
    after: str


# A decision a translator has not made: what every pair starts as.
UNDECIDED = Decision()


def decision_of(rendering: Rendering) -> Decision:
    return Decision(rendering.status, rendering.note, rendering.domain)


@dataclass
class Stats:
    path: str
    documents: int
    concepts: int
    renderings: int
    occurrences: int
    kinds: dict[str, int]


@dataclass
class StoreResult:
    """What storing one document did: added, replaced (its text changed),
    re-mined (the same text mined another way), unchanged or duplicate."""

    name: str
    status: str
    occurrences: int
    same_as: str = ""  # for a duplicate: the stored document with the same text
    decisions: int = 0  # decisions an import brought in
    conflicts: int = 0  # decisions an import disagreed with and left as they were
    # The pairs whose decision an import's file disagreed with: those left as
    # they were and, with overwrite, those the file's replaced
    disagreements: list[Disagreement] = field(default_factory=list)
    inferred: int = 0  # renderings an import gave the kind the miner would (none stated)
    # What an import left out of its file, one line a reason (a TBX entry in other languages)
    left_out: list[str] = field(default_factory=list)


class Disagreement(NamedTuple):
    """A pair decided about differently here and in another termbase merged
    in, or a glossary file imported: this termbase's decision, the other's,
    and whether the other's now stands (the later one of a merge; the file's
    with overwrite_decisions)."""

    zh: str
    ko: str  # '' for a decision about the Chinese term itself
    here: Decision
    there: Decision
    theirs_stands: bool

    def line(self, other: str) -> str:
        """The pair, the decision that stands and the one it replaced or kept
        out, each with where it is from (``other``: the other termbase or file).

        >>> Disagreement("小米", "샤오미", Decision(Status.APPROVED),
        ...              Decision(Status.REJECTED, "쓰지 말 것"), True).line("b.db")
        "  샤오미 ↔ 小米: rejected [note '쓰지 말 것'] (from b.db) over approved (here)"
        """
        stands, over = (self.there, self.here) if self.theirs_stands else (self.here, self.there)
        where = (f"from {other}", "here") if self.theirs_stands else ("here", other)
        named = f"{self.ko} ↔ {self.zh}" if self.ko else self.zh
        return (f"  {named}: {_described(stands)} ({where[0]}) over {_described(over)}"
                f" ({where[1]})")


def _described(decision: Decision) -> str:
    said = [f"note {decision.note!r}"] * bool(decision.note) + [
        f"domain {decision.domain!r}"] * bool(decision.domain)
    return str(decision.status) + (f" [{', '.join(said)}]" if said else "")


class MergeResult(list[StoreResult]):
    """What a merge did: each of the other termbase's documents as storing it
    went (the list itself, as merge returned before it said more), and the
    pairs both termbases decided about differently."""

    def __init__(self, results: Iterable[StoreResult] = (),
                 disagreements: Iterable[Disagreement] = ()) -> None:
        super().__init__(results)
        self.disagreements = list(disagreements)


class Overview(NamedTuple):
    """What a check needs of every counted pair of a termbase, and which
    concepts it must read whole; answered from what the store keeps with
    each pair (:func:`off_standard`, :func:`variant_key`) without reading
    every pair."""

    # (Chinese, concept key) of concepts that fold to one variant_key, a group each
    variants: list[list[tuple[str, str]]]
    # (Korean, Korean key, Chinese, concept key, count) of spellings several share
    shared: list[tuple[str, str, str, str, int]]
    off_standard: list[tuple[str, str, str]]  # (concept key, Chinese, Korean), see off_standard
    notable: set[str]  # keys of concepts with several renderings or spellings, or unsure


class Avoided(NamedTuple):
    """A Korean spelling a translator turned away from for a concept: a
    rejected rendering (``instead`` empty), or one an edit replaced."""

    ko: str
    zh_hans: str
    zh_hant: str
    instead: str  # the spelling an edit put in its place; '' for a rejected one


class TermbaseReader(Protocol):
    """What the reading floors (formats, annotation, checks) need of a termbase."""

    def lookup(self, query: str, limit: int = 10, *, exact: bool = False,
               include_rejected: bool = False) -> list[Concept]: ...

    def entries(self) -> Iterator[Concept]: ...

    def survey(self, keys: Iterable[str] | None = None) -> Iterator[Concept]: ...

    def overview(self, low_confidence: float) -> Overview: ...

    def sources(self, ko: str, zh: str, limit: int = 2) -> list[Source]: ...

    def sources_by_keys(self, keys: Iterable[tuple[str, str]], limit: int = 2
                        ) -> dict[tuple[str, str], list[Source]]: ...

    def titles(self, labels: Iterable[str]) -> dict[str, str]: ...

    def pairs(self) -> Iterator[tuple[str, str, str, int]]: ...

    def index_rows(self) -> Iterator[tuple[str, str, str, str, int]]: ...

    def generation(self) -> int: ...

    def data_generation(self) -> int: ...

    def decided(self, statuses: Iterable[Status] = ()) -> dict[tuple[str, str], Status]: ...

    def avoided(self) -> list[Avoided]: ...


class TermbaseCurator(Protocol):
    """What curation needs of a termbase: decisions, hand-made pairs, the log."""

    def pairs_named(self, term: str, limit: int = 20) -> list[tuple[str, str]]: ...

    def decision(self, ko: str, zh: str) -> tuple[Decision, int]: ...

    def set_status(self, ko: str, zh: str, status: Status, *, note: str | None = None,
                   domain: str | None = None, by: str = "",
                   expected_version: int | None = None) -> Decision: ...

    def add_pair(self, ko: str, zh: str, kind: Kind, *, status: Status | None = None,
                 note: str | None = None, domain: str | None = None, by: str = "") -> bool: ...

    def edit_pair(self, ko: str, zh: str, *, new_ko: str | None = None,
                  new_zh: str | None = None, note: str | None = None,
                  domain: str | None = None, by: str = "", kind: Kind | None = None
                  ) -> None: ...

    def delete_pair(self, ko: str, zh: str, *, by: str = "") -> None: ...

    def list_pairs(self, *, statuses: Iterable[str] = (), kinds: Iterable[str] = (),
                   min_count: int = 1, domain: str | None = None, document: str | None = None,
                   sort: str = "count", limit: int = 100, offset: int = 0,
                   contexts: int = 0) -> list[Pair]: ...

    def log(self, limit: int = 20, *, ko: str | None = None,
            zh: str | None = None) -> list[LogEntry]: ...

    def undo(self, *, by: str = "", expected: int | None = None) -> LogEntry: ...

    def last_change(self) -> LogEntry | None: ...


class TermbaseWriter(Protocol):
    """What ingest needs of a termbase."""

    def add_mined(self, doc: MinedDocument) -> StoreResult: ...

    def add_mined_many(self, docs: list[MinedDocument]) -> list[StoreResult]: ...

    def unchanged(self, documents: list[Document],
                  versions: tuple[tuple[str, str], ...]) -> set[str]: ...

    def import_concepts(self, concepts: Iterator[Concept], name: str, sha256: str,
                        label: str = "", *, overwrite_decisions: bool = False,
                        by: str = "", versions: tuple[tuple[str, str], ...] = (),
                        dry_run: bool = False) -> StoreResult: ...


class TermbaseService(TermbaseReader, TermbaseCurator, TermbaseWriter, Protocol):
    """All a front end (the web page) needs of a termbase: it imports too."""

    def stats(self) -> Stats: ...

    def status_counts(self) -> dict[str, int]: ...

    def pair(self, ko: str, zh: str, contexts: int = 200) -> Pair: ...

    def documents(self) -> list[tuple[str, str, str, int]]: ...

    def close(self) -> None: ...
