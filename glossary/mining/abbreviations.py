"""A Chinese abbreviation glossing the name Korean writes in full.

Chinese shortens a name to a character or two of each of its words (证监会 for
证券监督管理委员会, 发改委 for 国家发展和改革委员会), and Korean often writes
the name in full before the short form: 증권감독관리위원회(证监会). No reading
explains such a term whole, but each character of the gloss falls, in order,
on a syllable that reads it (in Sino-Korean, or in Mandarin as a
place's name may be read: 창장 삼각주(长三角)), the first near the word's start
and the last near its end, with syllables skipped between them: the words the
abbreviation left out.

>>> expands_abbreviation("证监会", "증권감독관리위원회")
True
>>> expands_abbreviation("政协", "인민정치협상회의")
True
>>> expands_abbreviation("证监会", "증감회")  # read whole: no abbreviation
False
>>> expands_abbreviation("发展", "발전했다")  # the syllables follow each other: a verb
False
"""

from __future__ import annotations

from ..model import Kind
from ..text.korean import words_before
from ..text.morph import closed_words
from ..text.normalize import MIDDLE_DOTS, is_hangul
from ..text.places import folded, places_named, short_name_spelt
from .align import EXACT, conjoined, reading_match
from .left_out import BODIES, country_opening

CONFIDENCE = 0.8  # below a reading of the whole: the skipped syllables go unexplained
FIRST_WITHIN = 3  # syllables the first character's may start at, at most
LAST_WITHIN = 4  # syllables from the end the last character's may start at, at most
LONGEST = 12  # syllables of a name written in full
LONGEST_ABBREVIATION = 6  # characters (市场监管总局 for 국가시장감독관리총국)
MOST_COUNTRY_SYLLABLES = 4  # of a country's name opening a name written in full (대한민국)
MOST_WORDS = 4  # written words a name in full may take (대만 독립 for 台独, 시장 감독 관리 총국)


# The heads of names Korean clips to their first syllable: 위 for 委员会
# (중앙군사위), 대 for 大学 (인민대).
CLIPPED_HEADS = ("委员会", "大学")
SHORT_CONFIDENCE = 0.7  # a Korean short form: a syllable a word, the rest unread
SHORTEST_SKIPPED = 2  # characters of the Chinese a Korean short form leaves out, at least


def _fewest_skipped(word: str, named: bool) -> int:
    """How many characters a short form ``word`` leaves out, at least: one
    where the bracket offers it as another name and it has three syllables or
    more (전인대 for 全国人大, which leaves out 国), else :data:`SHORTEST_SKIPPED`."""
    return 1 if named and len(word) >= 3 else SHORTEST_SKIPPED


def abbreviates(word: str, chars: str, named: bool = False) -> bool:
    """Is ``word`` a Korean short form of the Chinese ``chars`` written in
    full, a syllable for each of its first characters and words (민진당 for
    民主進步黨, 중공 for 中國共産黨): each syllable reads a character exactly,
    in order, the first the first, with characters left out between them?
    Two names a conjunction joins have none (마화텅 is no short form of 马云和马化腾).
    ``named``: the text offers ``word`` as another name of ``chars`` (in the
    gloss's bracket), so its first syllable may read a later character too
    (정협 for 中国人民政治协商会议, whose 中国人民 it leaves out).

    >>> abbreviates("민진당", "民主進步黨"), abbreviates("중공", "中國共産黨")
    (True, True)
    >>> abbreviates("증감회", "中国证券监督管理委员会")  # the country left out
    True
    >>> abbreviates("발개위", "国家发展和改革委员会"), abbreviates("중앙군사위", "中央军事委员会")
    (True, True)
    >>> abbreviates("중앙군사", "中央军事委员会")  # a head left out whole: no short form
    False
    >>> abbreviates("중국", "中国人民银行"), abbreviates("회의", "中国人民政治协商会议")
    (False, False)
    >>> abbreviates("정협", "中国人民政治协商会议", named=True)
    True
    >>> abbreviates("대회", "全国人民代表大会", named=True)
    False
    >>> abbreviates("전인대", "全国人大", named=True), abbreviates("국원", "国务院", named=True)
    (True, False)
    """
    simplified = folded(chars)
    if not 2 <= len(word) <= LONGEST_ABBREVIATION \
            or len(chars) < len(word) + _fewest_skipped(word, named) or len(chars) > LONGEST \
            or (conjoined(chars) and not simplified.endswith(BODIES)):
        # Two names a conjunction joins have no short form together; a body's
        # one name may join two words (发展和改革委员会, 人力资源和社会保障部).
        return False
    if named and all(reading_match(char, syllable)[1] in EXACT
                     for char, syllable in zip(chars[-len(word):], word, strict=True)):
        return False  # 대회 reads 全国人民代表大会's last word: its head noun, no short form
    at, skipped = -1, False
    # A country's name opening the Chinese may be left out (증감회 for 中国证券监督管理委员会),
    # and so may 国家, the state (발개위 for 国家发展和改革委员会).
    after_country, _ = country_opening(chars)
    for index, syllable in enumerate(word):
        found = next((k for k in range(at + 1, len(chars))
                      if reading_match(chars[k], syllable)[1] in EXACT), None)
        if found is None or (index == 0 and found not in (0, after_country) and not named):
            return False
        # (the country left out is no word skipped: 인민 of 中国人民大学 reads its start)
        skipped |= found > at + 1 and not (index == 0 and 0 < found == after_country
                                           and not named)
        at = found
    # 중국 for 中国人民银行 reads its start: no short form; 중앙군사위 for
    # 中央军事委员会 reads its start but for a head Korean clips to a syllable.
    return skipped or any(simplified.endswith(head) and at == len(chars) - len(head)
                          for head in CLIPPED_HEADS)


def shortens_the_term(word: str, term: str, chars: str) -> bool:
    """Is ``word`` a Korean short form of ``term``, the Korean name of the
    Chinese ``chars`` written in full, where no reading of the gloss need
    spell it (외환국 for 국가외환관리국: 환 renders 汇 and reads no character)?
    The term's syllables in order, some left out between them, ending with
    its last (the head: 국, 위, 회). A piece of the term written whole is a
    word of it (외환, 관리국), but for the start of a name whose head Korean
    clips to a syllable (베이징대 for 베이징대학교, 北京大学).

    >>> shortens_the_term("외환국", "국가외환관리국", "国家外汇管理局")
    True
    >>> shortens_the_term("외환", "국가외환관리국", "国家外汇管理局")
    False
    >>> shortens_the_term("베이징대", "베이징 대학교", "北京大学")
    True
    >>> shortens_the_term("베이징", "베이징 대학교", "北京大学")
    False
    >>> shortens_the_term("발개위", "국가발전개혁위원회", "国家发改委")  # 위 for 위원회
    True
    """
    term = term.replace(" ", "")
    if not 2 <= len(word) <= LONGEST_ABBREVIATION or len(word) >= len(term) \
            or not all(map(is_hangul, word)):
        return False
    if word in term:
        simplified = folded(chars)
        return term.startswith(word) and any(
            simplified.endswith(head) and reading_match(head[0], word[-1])[1] in EXACT
            for head in (*CLIPPED_HEADS, *_CLIPPED_IN_CHINESE))
    # ending with the head, or the syllable Korean clips it to (위 of 위원회)
    ending = next((spelt for spelt in (term, _head_clipped(term)) if spelt[-1] == word[-1]),
                  None)
    rest = iter(ending or "")
    return ending is not None and all(syllable in rest for syllable in word)


# Heads Chinese clips too (军委 of 中央军委: 중앙군사위 shortens 중앙군사위원회).
_CLIPPED_IN_CHINESE = ("委",)
# The Korean heads short forms clip to their first syllable, as :data:`CLIPPED_HEADS`.
_CLIPPED_KOREAN_HEADS = ("위원회", "대학교", "대학")


def _head_clipped(term: str) -> str:
    """``term`` with a head Korean clips in short forms cut to its first syllable
    (국가발전개혁위 of 국가발전개혁위원회: 발개위 shortens it)."""
    head = next((head for head in _CLIPPED_KOREAN_HEADS if term.endswith(head)), "")
    return term[: len(term) - len(head) + 1] if head else term


def expands_abbreviation(chars: str, word: str, from_start: bool = False) -> bool:
    """Does ``word`` (its syllables, spaces left out) read out in full a
    name that ``chars`` abbreviates? ``from_start``: the first character's
    syllable must be the first."""
    return _read_at(chars, word, from_start) is not None


def _read_at(chars: str, word: str, from_start: bool) -> list[tuple[int, int]] | None:
    """Where in ``word`` each character of ``chars`` is read (the syllables
    from, to), if the word reads out in full the name they abbreviate; else
    None."""
    n = len(word)
    # (a country's name glued before the name is no part of its length)
    if not 2 <= len(chars) <= LONGEST_ABBREVIATION \
            or not len(chars) + 2 <= n <= LONGEST + _country_opening(word):
        return None
    spans: list[tuple[int, int]] = []
    at = 0
    for char in chars[:-1]:
        span = next((found for k in range(at, n) if (found := _reads(char, word, k))), None)
        if span is None:
            return None
        spans.append(span)
        at = span[1]
    last = next((found for k in range(n - 1, at - 1, -1) if (found := _reads(chars[-1], word, k))),
                None)
    if last is None:
        return None
    spans.append(last)
    # Syllables between two characters' readings spell what the abbreviation
    # leaves out, and so does a province's name for its one character (홍콩 for 港).
    skipped = any(b[0] > a[1] for a, b in zip(spans, spans[1:], strict=False)) or any(
        word[start:end] in short_name_spelt(char)
        for char, (start, end) in zip(chars, spans, strict=True))
    first_within = 1 if from_start else FIRST_WITHIN + _country_opening(word)
    if spans[0][0] < first_within and last[0] >= n - LAST_WITHIN and skipped:
        return spans
    return None


def _country_opening(word: str) -> int:
    """The syllables of the country's name ``word`` opens with, if any (중국
    of 중국인민정치협상회의, which 政协 leaves out with 人民), else 0: a name
    written in full may start with its country, glued, before the words the
    abbreviation keeps a character of.

    >>> _country_opening("중국인민정치협상회의"), _country_opening("인민정치협상회의")
    (2, 0)
    """
    return next((size for size in range(MOST_COUNTRY_SYLLABLES, 1, -1)
                 if places_named(word[:size])), 0)


def _reads(char: str, word: str, at: int) -> tuple[int, int] | None:
    """The syllables of ``word`` from ``at`` that read ``char`` exactly, in
    Sino-Korean or in Mandarin (창 of 창장 삼각주 for 长 of 长三角; 베이 of
    베이징대 for 北 of 北大), or None."""
    for length in (1, 2):
        if at + length <= len(word) and reading_match(char, word[at:at + length])[1] in EXACT:
            return at, at + length
    # A province's or region's one-character name, which its name in full
    # spells out (홍콩 and 마카오 for 港澳 of 港澳办).
    return next(((at, at + len(name)) for name in sorted(short_name_spelt(char))
                 if word.startswith(name, at)), None)


def _through_a_dot(text: str, start: int) -> int | None:
    """Where the Hangul word a middle dot joins to the word at ``start``
    starts (홍콩 of 홍콩·마카오), else None."""
    if not start or text[start - 1] not in MIDDLE_DOTS:
        return None
    first = start - 1
    while first and is_hangul(text[first - 1]):
        first -= 1
    return first if first < start - 1 else None


def expanded_before(text: str, paren: int, chars: str, after: str = ""
                    ) -> tuple[int, int, Kind, float] | None:
    """The words right before the bracket at ``paren`` as the full name of
    the abbreviation ``chars``: (start, end, kind, confidence). One written
    word first; else two or three, the first read from its first syllable
    (대만 독립(台独)), or a word a middle dot joins before them (홍콩·마카오
    사무판공실(港澳办)). Not words Kiwi reads with a particle, an ending or a
    verb in them (연구개발했다); ``after`` is what goes on after the bracket.

    >>> expanded_before("그들은 대만 독립(台独)", 9, "台独")[:2]
    (4, 9)
    """
    if not 2 <= len(chars) <= LONGEST_ABBREVIATION:
        return None
    words = words_before(text, paren, MOST_WORDS, LONGEST + MOST_WORDS)
    if not words:
        return None
    end = words[-1][0] + len(words[-1][1])
    starts = [words[-count][0] for count in range(1, len(words) + 1)]
    for start in list(starts):
        if (dotted := _through_a_dot(text, start)) is not None:
            starts.append(dotted)  # 홍콩·마카오 판공실 for 港澳办: names a dot joins
    for count, start in enumerate(starts, 1):
        phrase = text[start:end]
        syllables = "".join(ch for ch in phrase if ch != " " and ch not in MIDDLE_DOTS)
        spans = _read_at(chars, syllables, from_start=count > 1)
        if spans is not None and not closed_words(phrase, after):
            # Mixed: the name in full writes what the abbreviation leaves out,
            # readings and more (주장삼각주 for 珠三角).
            return start, end, Kind.MIXED, CONFIDENCE
    return None
