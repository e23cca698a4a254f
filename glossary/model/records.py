"""The records that flow through kozh: what mining finds
(:class:`MinedDocument`), what the termbase holds (:class:`Concept`), the
translator's decisions and what a write reports."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any, NamedTuple

from .keys import concept_id, concept_key


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
