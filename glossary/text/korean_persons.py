"""A Korean person's name written in Chinese, told by its family name and given name.

A Chinese text writes a Korean's name in characters (文在寅, 尹锡悦), and
Korean writes that person as Koreans are named: the Sino-Korean reading
(문재인), not the transcription of its Mandarin (원짜이인). Nothing in the
characters says a name is Korean, but two things hint it:

- the family name: 朴 is hardly ever a Chinese one; others are far more
  often Koreans' than Chinese people's (金 尹 权 裴 …);
- the given name read in Sino-Korean, which Kiwi's dictionary of proper
  nouns lists after Korea's common family names the more often, the more
  Korean it is (재인 of 김재인 and 이재인; no one's given name is 근평 or 택동),
  unless jieba's dictionary counts the name often: a Chinese text writes a
  Chinese person's name more often (朱镕基).

A name Kiwi's dictionary knows whole in one reading and not the other is
known that way, whoever bears it (차이잉원 for 蔡英文, 양자경 for 杨紫琼).
``data/korean_people.tsv`` lists the Koreans Chinese news writes about most,
with their names in Hangul, where the hints fail or a reading alone is not
the name (李在明 이재명, 金富谦 김부겸, 赵兑烈 조태열).

>>> is_korean_persons_name("文在寅"), is_korean_persons_name("尹锡悦")
(True, True)
>>> is_korean_persons_name("习近平"), is_korean_persons_name("蔡英文")
(False, False)
>>> famous_korean("李在明"), famous_korean("金富謙"), famous_korean("习近平")
('이재명', '김부겸', '')
"""

from __future__ import annotations

from collections.abc import Iterable

from . import lexicon
from .hangul import apply_initial_law
from .korean import COMMON_SURNAMES
from .normalize import is_han
from .places import folded, names_table
from .readings import word_readings

# Family names Korea has far more often than China (朴 is almost only Korea's):
# one of them and a given name Koreans bear makes a Korean.
ONLY_KOREAN = frozenset("朴")
KOREAN_LEANING = frozenset("金尹裴权辛秋具全禹咸鞠慎琴卞廉闵")
# How many of Korea's common family names Kiwi's dictionary names people
# with a given name after, for it to be Korean after any family name (재인: 4);
# a Chinese given name read in Sino-Korean is seldom anyone's (근평, 택동: 0).
KOREAN_GIVEN_NAME = 4
# ... in a name jieba's dictionary counts fewer times: one a Chinese text
# writes often is a Chinese person's (朱镕基 144, 张靓颖 8; 李英爱 3).
CHINESE_NAME_COUNT = 5


def known_names(readings: Iterable[str]) -> set[str]:
    """Which of ``readings`` (spaces aside) Kiwi's dictionary knows as a proper noun."""
    wanted = {reading.replace(" ", ""): reading for reading in readings if reading}
    found = lexicon.fetch("kiwi_words", wanted)
    return {wanted[word] for word, (tag, _) in found.items() if tag == "NNP"}


def bearers(given: str) -> int:
    """How many of Korea's common family names Kiwi's dictionary lists a
    person with the given name ``given`` (in Hangul) under.

    >>> bearers("재인") >= KOREAN_GIVEN_NAME, bearers("근평")
    (True, 0)
    """
    return len(known_names(surname + given for surname in COMMON_SURNAMES))


def famous_korean(name: str) -> str:
    """The Korean name of one of the Koreans ``data/korean_people.tsv``
    lists, by ``name`` in either script; '' for anyone else."""
    return names_table("korean_people.tsv").get(folded(name), "")


def is_korean_persons_name(name: str) -> bool:
    """Is ``name`` (three characters: a family name and a given name of two,
    either script) more likely a Korean's than a Chinese person's?"""
    simplified = folded(name)
    if len(simplified) != 3 or not all(map(is_han, simplified)):
        return False
    if famous_korean(simplified):
        return True
    family = simplified[0]
    readings = word_readings(simplified)[1:]
    if not all(readings):
        return False
    # A given name's first syllable takes the initial-sound law (이낙연 for 李洛渊).
    given = apply_initial_law(readings[0]) + readings[1]
    known = lexicon.fetch("words", [simplified]).get(simplified)
    if known is not None and not str(known[1]).startswith(("nr", "nz")):
        return False  # a word of Chinese's own (表演者), no name
    if family in ONLY_KOREAN:
        return True
    count = bearers(given)
    if family in KOREAN_LEANING:
        return count >= 1
    return count >= KOREAN_GIVEN_NAME and (known is None or known[0] < CHINESE_NAME_COUNT)
