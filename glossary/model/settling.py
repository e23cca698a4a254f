"""What a concept shows when its sources disagree: the spelling, the Chinese
forms and the support of each rendering, settled so that the result never
depends on the order in which documents or termbases arrived."""

from __future__ import annotations

from ..text.normalize import (
    to_hant,
)
from ..text.readings import spelled_by_readings
from .keys import ChineseForms, chinese_forms
from .records import Kind


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
