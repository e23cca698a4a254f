"""Korean grammar that term matching needs: the particles and endings a noun takes.

>>> strip_particle("마윈은"), strip_particle("광저우시에서"), strip_particle("서울")
('마윈', '광저우시', '서울')
"""

from __future__ import annotations

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


def strip_particle(word: str) -> str:
    """``word`` without one particle or ending at its end, if it has one.

    The longest particle wins, and at least one syllable of the noun stays.
    """
    for size in range(min(LONGEST_PARTICLE, len(word) - 1), 0, -1):
        if word[-size:] in PARTICLES:
            return word[:-size]
    return word
