"""The rules that make keys: which Chinese forms are one concept
(:func:`concept_key`), which Korean forms are one rendering, how a lookup
query matches, and what a substring index keeps of a key."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..text.forms import fold_korean_forms
from ..text.korean import strip_particle
from ..text.normalize import (
    HYPHENS,
    MIDDLE_DOTS,
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
from ..text.readings import chinese_traditional

# Bumped whenever concept_key() changes; a termbase whose keys were made by
# another rule is re-keyed when it is next opened for writing.
# 3: no spaces between Han characters (馬 雲 is 馬雲); 4: more Korean forms and
# the Japanese forms folded (顚倒 is 颠倒, 関西 关西: forms.FOLDED_FORMS); 5: no
# quote or title marks (“一带一路”倡议 is 一带一路倡议); 6: no dash between Han
# characters (中国—东盟 is 中国东盟).
KEY_RULE = 6


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
