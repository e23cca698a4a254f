"""Lazy access to the heavy analyser, Kiwi.

It is loaded on first use and only once per process (it costs about a
second and hundreds of MB); nothing on the lookup or export path imports it.

Chinese needs no such load: mining, suggestions and annotation segment it
with :mod:`.segmenter`, jieba's algorithm over an on-disk copy of its
dictionary, and never load jieba. Annotation teaches that segmentation the
terms of one text only, so annotating a document never changes how the next
one is segmented.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from functools import lru_cache
from typing import Any, TypeVar

from . import lexicon, resident
from .hangul import without_final
from .kiwis import Analysis, analyse, kiwi, known_tags, plain_kiwi, plain_kiwi_instance
from .korean import PARTICLES, PLURAL
from .normalize import is_hangul

# The suffixes that make a verb or an adjective of a noun (사랑 + 하다, 신중 + 하다).
_NOUN_MADE_VERB = ("XSV", "XSA")
# Morpheme tags that cannot occur inside a term: particles, endings, verb and
# adjective stems, adverbs, determiners, interjections, verb-making suffixes.
_CLOSED_TAGS = ("J", "E", "VV", "VA", "VX", "VCP", "VCN", "MAG", "MAJ", "MM", "IC",
                *_NOUN_MADE_VERB)


_TAUGHT: list[tuple[Any, frozenset[str]]] = []  # the Kiwi kiwi_for made, and what it was taught
_TAUGHT_LOCK = threading.Lock()


def kiwi_for(words: Collection[str]) -> Any:
    """A Kiwi that analyses ``words`` as :func:`kiwi` does, at half its start.

    Kiwi's dictionary of proper nouns costs half its start (about a second,
    most of ``kozh annotate``). A word of it that occurs nowhere in ``words``
    cannot change their analysis, so the first call gets a Kiwi without it,
    taught only those of its words that occur in ``words`` (tests hold the
    two equal). A later call that needs a word the first did not teach gets
    :func:`kiwi` itself, made once: teaching a Kiwi in use would make it again
    (half a second each time) under another thread's feet. So does a text
    too long to search for those words cheaply (a megabyte without a space).
    """
    with _TAUGHT_LOCK:
        if kiwi.cache_info().currsize:  # the whole Kiwi, once made, serves every text
            return kiwi()
        needed = _dictionary_words(words)
        if needed is None:
            _TAUGHT.clear()
            return kiwi()
        if not _TAUGHT:
            _TAUGHT.append((_taught_kiwi(needed), frozenset(needed)))
        taught, known = _TAUGHT[0]
        if needed.keys() <= known:
            return taught
        _TAUGHT.clear()  # the taught one goes with its last user
        return kiwi()


# Substrings of a text's words looked up at most (a 20 KB article has about
# 50,000): beyond, the search would cost more than the whole Kiwi's start.
MAX_CANDIDATES = 500_000


def _dictionary_words(words: Collection[str]) -> dict[str, tuple[str, float]] | None:
    """The words of Kiwi's dictionary that occur in ``words``: as they stand,
    or with a particle's consonant on their last syllable (딕시 in 딕실, for
    딕시 + ㄹ); None when there are too many places to look."""
    longest = lexicon.meta()["longest_kiwi_word"]
    if sum(len(word) * min(len(word), longest) for word in words) > MAX_CANDIDATES:
        return None
    candidates: set[str] = set()
    for word in words:
        opened = [_without_final(ch) for ch in word]
        for start in range(len(word)):
            for end in range(start + 1, min(len(word), start + longest) + 1):
                candidates.add(word[start:end])
                if opened[end - 1]:
                    candidates.add(word[start : end - 1] + opened[end - 1])
    return lexicon.fetch("kiwi_words", candidates)


def _without_final(ch: str) -> str:
    """A syllable without its final consonant; '' for one without (or no syllable)."""
    plain = without_final(ch) if is_hangul(ch) else ch
    return plain if plain != ch else ""


def _taught_kiwi(words: dict[str, tuple[str, float]]) -> Any:
    """Kiwi without its dictionary of proper nouns, taught ``words`` of it
    and its few pre-analysed forms, as loading the dictionary would."""
    taught = plain_kiwi_instance()
    for word, (tag, score) in words.items():
        taught.add_user_word(word, tag, score)
    for form, morphemes, score in lexicon.meta()["kiwi_analysed"]:
        taught.add_pre_analyzed_word(form, [tuple(m) for m in morphemes], score)
    return taught


# A process asks the resident analyser (:mod:`.resident`), when allowed to,
# rather than start a Kiwi of its own (0.75 s and 250 MB): an answer costs
# 0.23 ms more than an analysis of its own, so after RESIDENT_CALLS asks (what
# the start would have cost) it starts its own, as do all once one has failed.
# A corpus the size of kowiki's 48k articles asks about 1,100 times.
RESIDENT_CALLS = 3000
# The resident analyser answers one request at a time: a run of more worker
# processes than this would wait on it, and they start their own Kiwis.
RESIDENT_SHARERS = 2
_resident = {"allowed": False, "asked": 0}
T = TypeVar("T")


def use_resident(allowed: bool = True) -> None:
    """Let this process's closed-word tests ask the resident analyser (the
    CLI does, for a short-lived command): the same analyses, sooner."""
    _resident["allowed"], _resident["asked"] = allowed, 0


def _of_the_resident(ask: Callable[[], list[T] | None]) -> T | None:
    """What ``ask`` gets from the resident analyser for one text, when this
    process may ask it (allowed, fewer than RESIDENT_CALLS asks, no plain
    Kiwi of its own yet); else None, as when it fails."""
    if not (_resident["allowed"] and _resident["asked"] < RESIDENT_CALLS
            and not plain_kiwi.cache_info().currsize):
        return None
    _resident["asked"] += 1
    found = ask()
    if found is None:
        _resident["asked"] = RESIDENT_CALLS  # none to ask: a Kiwi of our own from now on
        return None
    return found[0]


def _plain_analysis(text: str) -> Analysis:
    """(tag, start) of each morpheme :func:`plain_kiwi` finds in ``text``."""
    found = _of_the_resident(lambda: resident.analyses([text], kiwi="plain"))
    return found if found is not None else analyse(plain_kiwi(), [text])[0]


@lru_cache(maxsize=20_000)
def closed_words(text: str, after: str = "") -> frozenset[tuple[int, int]]:
    """Character spans of the words in ``text`` that hold a particle, an ending
    or a verb, and so cannot be part of a term. ``after`` is what the last
    word goes on with (a particle after a bracket): Kiwi reads it too, and
    reads the word better for it (판다가: the noun, 판다: 팔다's form), but
    only what ``text`` holds counts.

    >>> sorted(closed_words("기업이 티몰 슈퍼"))
    [(0, 3)]
    >>> sorted(closed_words("판다")), sorted(closed_words("판다", after="가"))
    ([(0, 2)], [])
    >>> sorted(closed_words("양꼬치", after="에는")), sorted(closed_words("그회사", after="는"))
    ([], [(0, 3)])
    """
    return frozenset(span for span, tags in _tags_by_word(text, after).items()
                     if any(tag.startswith(_CLOSED_TAGS) for tag in tags))


def _tags_by_word(text: str, after: str = "") -> dict[tuple[int, int], set[str]]:
    """The tags of the morphemes Kiwi finds in each space-delimited word of
    ``text`` (read with ``after``, whose own morphemes are left out), by the
    word's character span."""
    words, position = [], 0
    for word in text.split(" "):
        words.append((position, position + len(word)))
        position += len(word) + 1
    tags: dict[tuple[int, int], set[str]] = {}
    analysis = _plain_analysis(text + after)
    for k, (tag, at) in enumerate(analysis):
        span = next((span for span in words if span[0] <= at < span[1]), None)
        if span is None or (tag == "MM" and _glued_to_a_noun(text, analysis, k, span)):
            continue
        tags.setdefault(span, set()).add(tag)
    return tags


# Determiners Korean writes glued to a noun all the same (그때, 이번주):
# they point or count, and the word is no term.
_GLUED_DETERMINERS = frozenset("이 그 저 각 전 현 본 한 두 세 네 몇 온".split())


def _glued_to_a_noun(text: str, analysis: Analysis, k: int, span: tuple[int, int]) -> bool:
    """Is the determiner Kiwi found at morpheme ``k`` the head of a compound
    noun rather than a word of its own? Korean spaces a determiner from its
    noun (양 팀), so one a noun follows inside the same written word is a
    noun's first part Kiwi took for one (양 of 양꼬치, sheep, not 兩)."""
    if k + 1 >= len(analysis):
        return False
    tag, at = analysis[k + 1]
    return tag.startswith("NN") and at < span[1] \
        and text[analysis[k][1] : at] not in _GLUED_DETERMINERS


# Grammar that ends a word: particles, endings, and the suffixes that make a
# verb or an adjective of a noun (신중 + 하 + ㄴ).
_GRAMMAR_TAGS = ("J", "E", *_NOUN_MADE_VERB)


def grammar_start(word: str) -> int | None:
    """Where the grammar that ends one written word starts, after a first
    morpheme of something else; None when Kiwi finds none there.

    >>> grammar_start("신중한"), grammar_start("광저우시"), grammar_start("중국인들")
    (2, None, 3)
    """
    analysis = _plain_analysis(word)
    starts = [at for tag, at in analysis[1:] if tag.startswith(_GRAMMAR_TAGS)
              or (tag == "XSN" and word.startswith(PLURAL, at))]
    return min(starts) if starts and not analysis[0][0].startswith(_GRAMMAR_TAGS) else None


def particle_start(word: str) -> int | None:
    """Where the particles that end one written word start, as Kiwi reads
    it; None when it ends in none (a name may end in a particle's syllable).

    >>> particle_start("하이산역은"), particle_start("공항에서는"), particle_start("분파이")
    (4, 2, None)
    >>> particle_start("자매들") is None  # a plural suffix, no particle
    True
    """
    analysis = _plain_analysis(word)
    first = len(analysis)
    while first > 1 and analysis[first - 1][0].startswith("J"):
        first -= 1
    return analysis[first][1] if first < len(analysis) else None


def is_a_bare_noun(word: str) -> bool:
    """Does Kiwi read one written word as nouns alone, nothing after them
    (다음, 소양강; not 그는, 중국의)?

    >>> is_a_bare_noun("다음"), is_a_bare_noun("소양강"), is_a_bare_noun("그는")
    (True, True, False)
    >>> is_a_bare_noun("중국의")
    False
    """
    analysis = _plain_analysis(word)
    return bool(analysis) and all(tag in ("NNG", "NNP") for tag, _ in analysis)


def opens_with_a_noun(word: str) -> bool:
    """Does Kiwi read one written word as opening with a noun (중국, 총리다;
    not 이다, 는)?

    >>> opens_with_a_noun("총리다"), opens_with_a_noun("이다")
    (True, False)
    """
    if word in PARTICLES:
        return False
    analysis = _plain_analysis(word)
    return bool(analysis) and analysis[0][0] in ("NNG", "NNP")


def opens_with_a_prefix(word: str) -> bool:
    """Does Kiwi read one written word as a one-syllable prefix, or a
    determiner written onto its noun, and the word it makes (반정부: 반 +
    정부, 친중국: 친 + 중국, 전이슬람: 전 + 이슬람)?

    >>> opens_with_a_prefix("반정부"), opens_with_a_prefix("탈원전"), opens_with_a_prefix("당나라")
    (True, True, False)
    >>> opens_with_a_prefix("현정부"), opens_with_a_prefix("김씨")
    (True, False)
    >>> opens_with_a_prefix("도를")  # a particle makes no word: Kiwi is not asked
    False
    """
    if word[1:] in PARTICLES:
        return False
    analysis = _plain_analysis(word)
    return len(analysis) > 1 and analysis[0][0] in ("XPN", "MM") and analysis[1][1] == 1


# Marks that end a sentence (and the spaces before them), which say nothing
# of its last word.
_SENTENCE_MARKS = " .?!…~。？！"


def is_a_clause(text: str, after: str = "") -> bool:
    """Does ``text`` end in a verb's or an adjective's ending (중국은 강하다,
    잘 지내, 사랑합니다, 나는 간다: a final ending, or one Kiwi takes for a
    connective where no mark ends the sentence)? A name or a term ends in a
    noun (제로 코로나, 누워서 지내기). ``after`` is what goes on after it (the
    particle after a quote and its bracket): Kiwi reads the last word with it,
    as a noun where it takes a noun's particle (판다가), but only the
    morphemes of ``text`` count.

    >>> is_a_clause("중국은 강하다"), is_a_clause("나는 간다"), is_a_clause("제로 코로나")
    (True, True, False)
    >>> is_a_clause("나미자"), is_a_clause("밥 먹었어요?"), is_a_clause("사랑합니다")
    (False, True, True)
    >>> is_a_clause("판다"), is_a_clause("판다", after="가")
    (True, False)
    """
    # The mark that ends a sentence says nothing of its last word (밥 먹었어요?).
    words = text.rstrip(_SENTENCE_MARKS)
    tags = [tag for tag, at in _plain_analysis(words + after) if at < len(words)]
    if len(tags) < 2:
        return False
    # What ends a verb or an adjective: a stem, a tense, or the suffix that
    # makes one of a noun (사랑 + 하 + ㅂ니다).
    if tags[-1] == "EF":
        return tags[-2].startswith(("V", "EP", *_NOUN_MADE_VERB))
    # A connective after the copula is a name's last syllable as often (나미자:
    # 나미 + 이 + 자); after a verb or an adjective, a clause.
    return tags[-1] == "EC" and tags[-2].startswith(("VV", "VA", "VX", "EP", *_NOUN_MADE_VERB))


# What ends a word that modifies a noun: an adnominal ending, or a determiner.
_MODIFIER_TAGS = ("ETM", "MM")


def ends_a_modifier(word: str, following: str = "") -> bool:
    """Does one written word end in an adnominal ending (좋은, 새로운, 떠오르는),
    or is it a determiner (오랜, 옛, 모든)? ``following`` is the word after it,
    read with it: alone, 새 is a bird; before 시대, the determiner.

    >>> ends_a_modifier("새로운"), ends_a_modifier("오랜"), ends_a_modifier("중국의")
    (True, True, False)
    >>> ends_a_modifier("새"), ends_a_modifier("새", following="시대")
    (False, True)
    """
    own = _own_tags(word, following)
    return bool(own) and own[-1] in _MODIFIER_TAGS


def ends_in_jeok(word: str, following: str = "") -> bool:
    """Does a noun made with the suffix 적 (的) end ``word``, modifying the
    word after it as an adnominal ending would (정신적 느낌, 세계적 스타)? Not
    a noun that only ends in the syllable (목적, 해적).

    >>> ends_in_jeok("정신적", "느낌"), ends_in_jeok("목적", "달성")
    (True, False)
    """
    if not word.endswith("적"):
        return False
    own = _own_tags(word, following)
    return bool(own) and own[-1] == "XSN"


def _own_tags(word: str, following: str) -> list[str]:
    analysis = _plain_analysis(f"{word} {following}" if following else word)
    return [tag for tag, at in analysis if at < len(word)]


def modifies_in_its_own_words(word: str, following: str = "") -> bool:
    """Is ``word`` a modifier (:func:`ends_a_modifier`) of Korean's own, not a
    noun made one with 하다 (가능한, 중요한)? Such a noun is Sino-Korean as
    often as not, and would read the characters it rendered.

    >>> modifies_in_its_own_words("좋은"), modifies_in_its_own_words("가능한")
    (True, False)
    """
    own = _own_tags(word, following)
    return bool(own) and own[-1] in _MODIFIER_TAGS and not any(
        tag.startswith(_NOUN_MADE_VERB) for tag in own)


@lru_cache(maxsize=4096)
def proper_noun_words(text: str) -> frozenset[tuple[int, int]]:
    """Character spans of the words in ``text`` that Kiwi reads as proper
    nouns and nothing else.

    >>> sorted(proper_noun_words("활동가 조슈아 웡"))
    [(4, 7), (8, 9)]
    """
    return frozenset(span for span, tags in _tags_by_word(text).items() if tags == {"NNP"})


def is_a_known_name(word: str) -> bool:
    """Does Kiwi know one written word as one proper noun of its dictionary
    (베이징, 시진핑), not a common noun (나비) nor a word it never saw?

    >>> is_a_known_name("베이징"), is_a_known_name("나비"), is_a_known_name("메이퇀")
    (True, False, False)
    """
    return _one_known_word(word) == "NNP"


def is_a_known_word(word: str) -> bool:
    """Does Kiwi know one written word as one morpheme of its dictionary, a
    name or a common noun or any other (톈진, 글자; not 효소군)?

    >>> is_a_known_word("톈진"), is_a_known_word("글자"), is_a_known_word("효소군")
    (True, True, False)
    """
    return _one_known_word(word) != ""


@lru_cache(maxsize=4096)
def cuts_a_common_noun(word: str, offset: int) -> bool:
    """Does character ``offset`` of one written word fall inside, not at the
    start of, a common noun Kiwi knows that the word opens with (기 of
    비행기표: 비행기; not 인 of 중국인민은행, where 인민 opens a noun of its own)?

    >>> cuts_a_common_noun("비행기표", 2), cuts_a_common_noun("비행기표", 3)
    (True, False)
    >>> cuts_a_common_noun("중국인민은행", 2)
    False
    """
    starts = [start for _, start in _plain_analysis(word)]
    if not starts or starts[0] != 0 or offset in starts or len(starts) < 2:
        return False
    end = next(start for start in [*starts, len(word)] if start > offset)
    opening = max(start for start in starts if start < offset)
    return opening == 0 and is_a_common_noun(word[:end])


def is_a_common_noun(word: str) -> bool:
    """Does Kiwi know one written word as one common noun of its dictionary
    (여권, 배터리), not as a name (폭스바겐) nor as a word it has never seen
    (코로나백, which it tags a common noun all the same)?

    >>> is_a_common_noun("여권"), is_a_common_noun("폭스바겐"), is_a_common_noun("코로나백")
    (True, False, False)
    """
    return _one_known_word(word) == "NNG"


@lru_cache(maxsize=4096)
def _one_known_word(word: str) -> str:
    """The tag of ``word`` when :func:`plain_kiwi` reads it as one morpheme
    of its dictionary, else '': asked of the resident analyser as analyses
    are (:func:`_plain_analysis`), so that no Kiwi of its own starts for it;
    asked once a word, whichever of the three questions above asks it."""
    found = _of_the_resident(lambda: resident.known_tags([word], kiwi="plain"))
    return found if found is not None else known_tags(plain_kiwi(), [word])[0]
