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

from .places import folded, names_table


def korean_word(zh: str) -> str:
    """The word Korean says for ``zh``; '' when the table has none."""
    return names_table("korean_words.tsv").get(folded(zh), "")
