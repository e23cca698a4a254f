"""Chinese words that Korean says otherwise than it reads or transcribes them.

Many a word of modern Chinese has a Korean counterpart of another make: a
loanword (元宇宙 메타버스, 咖啡 커피), a Sino-Korean word of other characters
(手机 휴대폰, 电影 영화), or the same thing named anew (足球 축구, not 족구).
``data/korean_words.tsv`` lists those written about most, with the Korean
word (facts of usage); words Korean reads as Chinese writes them (人工智能
인공지능) are left to the reading. Words are found in either script.

>>> korean_word("手机"), korean_word("電影"), korean_word("人工智能")
('휴대폰', '영화', '')
"""

from __future__ import annotations

from .places import folded, longest_name, names_table

TABLE = "korean_words.tsv"


def korean_word(zh: str) -> str:
    """The word Korean says for ``zh``; '' when the table has none."""
    return names_table(TABLE).get(folded(zh), "")


def longest_word() -> int:
    """How many characters the longest Chinese word of the table has."""
    return longest_name(TABLE)


def said_at_end(text: str) -> tuple[str, str] | None:
    """``text`` (simplified) cut before the longest word at its end that Korean
    says otherwise, and that word as Korean says it; None when it ends in none.

    >>> said_at_end("外交部发言人"), said_at_end("发言人"), said_at_end("外交部")
    (('外交部', '대변인'), None, None)
    """
    words = names_table(TABLE)
    for start in range(max(1, len(text) - longest_word()), len(text) - 1):
        if said := words.get(text[start:]):
            return text[:start], said
    return None
