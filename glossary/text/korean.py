"""Korean grammar that term matching needs: the particles and endings a noun takes.

>>> strip_particle("마윈은"), strip_particle("광저우시에서"), strip_particle("서울")
('마윈', '광저우시', '서울')
"""

from __future__ import annotations

import re
from functools import cache

# Particles and endings that follow a noun; the rest of a word after a term
# must be one of these (or pass Kiwi) for the term to match.
PARTICLES = frozenset("""
은 는 이 가 을 를 의 에 와 과 도 만 로 으로 에서 에게 께 께서 한테 보다 처럼 까지 부터 마저 조차
이나 나 이나마 이란 란 이라 라 이라고 라고 이며 며 이고 고 이다 다 이었다 였다 입니다 이에요 예요
에서는 에서도 에서의 에게서 으로는 로는 으로도 로도 으로써 로써 으로서 로서 과의 와의 과는 와는
에는 에도 에의 까지는 부터는 만은 만이 이라는 라는 이지만 지만
측 측은 측이 씨 씨는 씨가 등 등이 등은
""".split())
LONGEST_PARTICLE = max(map(len, PARTICLES))

# What joins nouns as "and": particles on the first (시진핑과 리창) and words
# between them (바이두 및 텐센트); and as "or" (베이징 또는 상하이, 베이징이나).
AND_PARTICLES = ("와", "과", "하고", "이랑", "랑")
AND_WORDS = ("및", "그리고")
OR_WORDS = ("또는", "혹은")
OR_PARTICLES = ("이나",)
# Words that introduce a name (통칭 곤나이시노스케노츠보네, 속칭 짝퉁 아이폰,
# 약칭 중공): never part of the term they introduce.
INTRODUCERS = frozenset("""통칭 일명 별칭 속칭 약칭 본명 이명 아명 법명 초명 이른바 소위
중국명 중문명 중국어명 현지명""".split())
# Nouns that say when (이후 어니봇, 당시 모돈불): a sentence's adverb, never
# the first word of a name translated after them.
TIME_NOUNS = frozenset("""이후 이전 당시 최근 현재 지금 오늘 어제 내일 올해 작년 지난해
이듬해 요즘 향후 이날 그날 전날 당일 당초 그동안 그간 훗날""".split())

# Sino-Korean prefixes, by the characters they are written in: a gloss of
# one shows the prefix's character, and names no term (반(反)정부, 대(對)중국
# 수출, 탈(脫)원전). Traditional forms: facts of the readings.
PREFIX_CHARACTERS = {
    "반": "反", "친": "親", "탈": "脫", "대": "對", "비": "非", "무": "無", "미": "未",
    "불": "不", "부": "不副", "초": "超", "준": "準", "범": "汎", "항": "抗", "재": "再",
    "역": "逆",
}
# ... and the determiners, which stand a word apart too (전(前) 총리, 현(現) 정부).
DETERMINER_CHARACTERS = {
    "전": "前全", "현": "現", "구": "舊", "신": "新", "각": "各", "본": "本", "동": "同",
    "당": "當", "귀": "貴", "모": "某", "총": "總", "고": "故",
}

# The twenty commonest Korean surnames (over three quarters of Koreans bear one).
COMMON_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류전")
# Countries Korean writes before a name, one word with it, where the gloss
# names no country (중국중앙TV for 中央电视台, 홍콩항셍지수 for 恒生指数).
COUNTRY_PREFIXES = frozenset({"중국", "한국", "미국", "일본", "대만", "홍콩"})


PLURAL = "들"  # the plural suffix, before a particle or alone (화교들이, 화교들)

# The numerals a counting word opens with: Sino-Korean ones glued to what
# they count (양국, 삼국, 사대기서), native ones a word before it (세 나라).
SINO_COUNTS = {"일": 1, "이": 2, "양": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7,
               "팔": 8, "구": 9, "십": 10}
# What a Sino-Korean numeral counts in one syllable glued to it: states,
# companies, sides, parties (양국, 삼국, 양사, 양측, 양당, 삼자). Others make
# names and words as often (이란, 이화, 삼성, 오경).
COUNTED_SYLLABLES = frozenset("국사측당자")
NATIVE_COUNTS = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
                 "아홉": 9, "열": 10}
_DIGITS_COUNTING = re.compile(r"(\d{1,2})(?:대)?[가-힣]{1,4}")


def counted(term: str) -> int | None:
    """How many things ``term`` counts when it is a numeral and what it counts
    (양국 2, 세 나라 3, 3국 3, 4대 기서 4, 사대기서 4); else None. A
    Sino-Korean numeral counts glued to :data:`COUNTED_SYLLABLES` or to 대
    and a noun; before anything else it may open a name (이란, 삼성), and
    the caller asks only of a term nothing reads.

    >>> counted("양국"), counted("세 나라"), counted("3국"), counted("4대 기서")
    (2, 3, 3, 4)
    >>> counted("사대기서"), counted("삼국"), counted("양측")
    (4, 3, 2)
    >>> counted("외교부"), counted("세계 무역"), counted("두"), counted("삼국지연의")
    (None, None, None, None)
    >>> counted("이란"), counted("삼성"), counted("양쯔강"), counted("오경")
    (None, None, None, None)
    """
    words = term.split()
    if len(words) == 2 and words[0] in NATIVE_COUNTS and len(words[1]) <= 3:
        return NATIVE_COUNTS[words[0]]
    first = "".join(words) if len(words) == 2 and words[0][-1:] == "대" else term
    if found := _DIGITS_COUNTING.fullmatch(first):
        return int(found.group(1))
    if " " in first or not 2 <= len(first) <= 4 or first[0] not in SINO_COUNTS:
        return None
    rest = first[1:]
    return SINO_COUNTS[first[0]] if rest in COUNTED_SYLLABLES or (
        rest[0] == "대" and 2 <= len(rest) <= 3) else None


def strip_particle(word: str) -> str:
    """``word`` without one particle or ending at its end, if it has one, and
    without the plural suffix before it.

    The longest particle wins, and at least one syllable of the noun stays
    (two before a plural: 들 alone is a word, a field).

    >>> strip_particle("화교들이"), strip_particle("중국인들"), strip_particle("들이")
    ('화교', '중국인', '들')
    """
    for size in range(min(LONGEST_PARTICLE, len(word) - 1), 0, -1):
        if word[-size:] in PARTICLES:
            word = word[:-size]
            break
    return word[:-1] if len(word) > 2 and word.endswith(PLURAL) else word


def words_before(text: str, end: int, most: int, within: int, latin: bool = False
                 ) -> list[tuple[int, str]]:
    """The last written words, up to ``most``, that end at ``end`` (one space
    before it allowed): Hangul alone, one space apart, looked for in the
    ``within`` characters before it, each with its start. A word that
    stretches back past them is left out, as it cannot be read whole. With
    ``latin``, a word may have Latin letters and digits too (오픈AI, SK).

    >>> words_before("중국 증권감독관리위원회(证监会)", 12, 3, 15)
    [(0, '중국'), (3, '증권감독관리위원회')]
    >>> words_before("중국공산당중앙위원회(中共中央)", 10, 3, 8)
    []
    >>> words_before("최태원 SK 회장", 9, 3, 15)
    [(7, '회장')]
    >>> words_before("최태원 SK 회장", 9, 3, 15, latin=True)
    [(0, '최태원'), (4, 'SK'), (7, '회장')]
    """
    letters = _WORD_WITH_LATIN if latin else "[가-힣]+"
    found = _words_at_end(most, letters).search(text, max(0, end - within), end)
    if found is None:
        return []
    words = [(found.start() + word.start(), word.group())
             for word in re.finditer(letters, found.group())]
    first = words[0][0]
    return words[1:] if first > 0 and re.match(letters, text[first - 1]) else words


_WORD_WITH_LATIN = "[가-힣A-Za-z0-9]+"


@cache
def _words_at_end(most: int, letters: str) -> re.Pattern[str]:
    return re.compile(f"(?:{letters} ){{0,{most - 1}}}{letters} ?$")
