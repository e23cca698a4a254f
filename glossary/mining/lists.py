"""One bracket glossing a list: a pair for every member.

Korean writes a list and glosses it once: ``베이징, 상하이 및 광저우(北京、上海和广州)``.
When the Chinese splits into as many members as the Korean list ends with,
and every member is explained on its own, each member is a pair. A member
verified by readings may start inside its part of the list (``중국 도시
베이징`` gives ``베이징``); a translated one must fill it.

>>> chinese_members("北京、上海和广州")
('北京', '上海', '广州')
>>> chinese_members("马云") is None, chinese_members("北京、上海 등") is None
(True, True)
>>> text = "도시는 베이징, 상하이 및 광저우(北京、上海和广州)이다"
>>> [(text[s:e], zh) for zh, s, e, _, _ in list_members(text, text.index("("), "北京、上海和广州")]
[('베이징', '北京'), ('상하이', '上海'), ('광저우', '广州')]
>>> korean_members("서울과 베이징 그리고 도쿄")
[(0, 2), (4, 7), (12, 14)]

A list glossed by one Chinese abbreviation, a character a member, is one pair:

>>> text = "베이징·상하이·광저우(北上广) 지역"
>>> start, end, kind, _ = whole_list(text, text.index("("), "北上广")
>>> text[start:end], str(kind)
('베이징·상하이·광저우', 'mixed')
>>> text = "미·중(中美) 관계"
>>> start, end, kind, _ = whole_list(text, text.index("("), "中美")
>>> text[start:end]
'미·중'

So is a dotted list that heads a term, its abbreviation heading the gloss:

>>> text = "한·중 교류(韩中交流)"
>>> start, end, kind, _ = abbreviated_head(text, text.index("중"), text.index("("), "韩中交流")
>>> text[start:end], str(kind)
('한·중 교류', 'mixed')
"""

from __future__ import annotations

import re

from ..model import Kind
from ..text.korean import AND_PARTICLES, AND_WORDS, OR_WORDS, words_before
from ..text.normalize import JOINING_HYPHEN, is_han, is_hangul
from .align import CHINESE_AND, Correspondences, conjoined
from .brackets import JOINERS, MAX_GLOSS, end_before, gloss_chars
from .decide import decide, reads_whole
from .kinds import READ_KINDS
from .references import STATE_CHARS, members_read, reads
from .tabled import TABLED
from .western_names import sounds_like_the_name

MAX_MEMBERS = 8
_ZH_SEPARATOR = re.compile(r"\s*[、,，]\s*")
# 和 与 及 join the last member (甲、乙和丙), or the only two (甲和乙); 或
# (或者) offers the last as another (甲或乙), as 또는 and 혹은 do in Korean.
_ZH_CONJUNCTION = re.compile(f"或者|[{CHINESE_AND}或]")
# Between Korean members: punctuation, a hyphen between words (베이징-톈진-
# 허베이), the words for "and"/"or", or the particles 와/과 (하고, 랑) glued
# to the member before.
_AND_PARTICLES, _AND_WORDS = "|".join(AND_PARTICLES), "|".join(AND_WORDS)
_KO_SEPARATOR = re.compile(rf"\s*[,、·ㆍ/]\s*|{JOINING_HYPHEN.pattern}"
                           rf"|\s+(?:{_AND_WORDS}|{'|'.join(OR_WORDS)})\s+"
                           rf"|(?<=[가-힣])(?:{_AND_PARTICLES})\s+")
# What ends the words before a term that is a list's last member: 와/과 and the like.
LIST_BEFORE = re.compile(f"(?:[,、]|{'|'.join((*AND_PARTICLES, *AND_WORDS))})\\s*$")
# "and" or "or" between two Korean members
_KO_AND = re.compile(f"{_AND_PARTICLES}|{_AND_WORDS}|{'|'.join(OR_WORDS)}")
_KO_STOP = re.compile(r"[.!?。:;()\[\]{}<>《》『』「」“”\"'\n]")
MAX_LIST = 120


def coordinated(gloss: str, term: str) -> bool:
    """Do the gloss and the term both join two words with a conjunction
    (三星和苹果, 삼성과 애플)? Then they may be two terms rather than one."""
    return conjoined(gloss_chars(gloss)) \
        and any(word.endswith(("과", "와")) or word == "및" for word in term.split()[:-1])


def _is_member(part: str) -> bool:
    return 0 < len(part) <= MAX_GLOSS and is_han(part[0]) and is_han(part[-1]) and all(
        is_han(ch) or ch in JOINERS for ch in part)


# A member the Chinese writes in Latin letters (OPPO in 华为、小米、OPPO): it
# holds a place in the list, and gives no pair.
_LATIN_MEMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'+.\- ]{0,30}")
_DOTS = re.compile(rf"\s*[{''.join(JOINERS)}]\s*")


def is_latin_member(part: str) -> bool:
    return bool(_LATIN_MEMBER.fullmatch(part)) and any(map(str.isalpha, part))


def chinese_members(content: str) -> tuple[str, ...] | None:
    """The members of a Chinese list gloss, or None when it is no list. A
    member may be written in Latin letters; a list with such a member may
    be joined by middle dots too (华为·小米·OPPO), which between Chinese
    names alone join one term (see miner's joined members).

    >>> chinese_members("华为、小米、OPPO"), chinese_members("华为·小米·OPPO")
    (('华为', '小米', 'OPPO'), ('华为', '小米', 'OPPO'))
    >>> chinese_members("OPPO、vivo") is None, chinese_members("华为·小米") is None
    (True, True)
    >>> chinese_members("逃学外传, To Miss With Love") is None  # the original title
    True
    """
    parts = _ZH_SEPARATOR.split(content.strip())
    dotted = _DOTS.split(parts[0]) if len(parts) == 1 else []
    if any(map(is_latin_member, dotted)):
        parts = dotted
    # After a comma, Latin words are mostly the original of the whole (逃学外传,
    # To Miss With Love); after the enumeration comma or a dot, a member.
    latin = is_latin_member if "、" in content or parts is dotted else _is_member
    last = _ZH_CONJUNCTION.split(parts[-1])
    if len(last) == 2 and all(_is_member(part) for part in last):
        parts[-1:] = last
    if not 2 <= len(parts) <= MAX_MEMBERS or not all(
            _is_member(part) or latin(part) for part in parts) \
            or not any(map(_is_member, parts)):
        return None
    return tuple(parts)


def _dotted_names(content: str) -> tuple[str, ...] | None:
    """The names a gloss joins with middle dots (北京・上海), which gloss a
    Korean list of as many when they gloss no one term (베이징, 상하이)."""
    parts = _DOTS.split(content.strip())
    return tuple(parts) if 2 <= len(parts) <= MAX_MEMBERS and all(map(_is_member, parts)) \
        else None


def korean_members(text: str) -> list[tuple[int, int]]:
    """(start, end) of each member of a Korean list, in order."""
    spans, begin = [], 0
    for separator in _KO_SEPARATOR.finditer(text):
        spans.append((begin, separator.start()))
        begin = separator.end()
    spans.append((begin, len(text)))
    return [(s, e) for s, e in spans if s < e]


def _list_window(text: str, paren: int) -> tuple[int, int] | None:
    """The Korean before the bracket, back to a sentence mark or line break."""
    end = paren
    while end > 0 and text[end - 1] == " ":
        end -= 1
    start = end
    while start > 0 and end - start < MAX_LIST and not _KO_STOP.match(text[start - 1]):
        start -= 1
    while start < end and text[start] == " ":
        start += 1
    return (start, end) if start < end else None


def _last_members(text: str, paren: int, count: int) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of the last ``count`` members of the Korean
    list before the bracket; none when the list has fewer."""
    window = _list_window(text, paren)
    spans = korean_members(text[window[0] : window[1]]) if window else []
    if not window or len(spans) < count:
        return []
    return [(window[0] + start, window[0] + end) for start, end in spans[len(spans) - count :]]


def _paired_members(text: str, paren: int, content: str) -> list[tuple[tuple[int, int], str]]:
    """Each member of the Chinese list the bracket at ``paren`` glosses, with
    the (start, end) of its part of the Korean list before it; empty when the
    bracket glosses no list or the Korean has fewer members."""
    members = chinese_members(content) or _dotted_names(content)
    spans = _last_members(text, paren, len(members)) if members else []
    return list(zip(spans, members or (), strict=True)) if spans else []


def latin_member_last(text: str, paren: int, content: str) -> bool:
    """Does the bracket gloss a list whose last member the Chinese writes in
    Latin letters, after a Korean list of as many members? Then the word
    before the bracket renders that member: 삼성 in 애플, 삼성(苹果、Samsung)
    is no translation of 苹果."""
    paired = _paired_members(text, paren, content)
    return bool(paired) and is_latin_member(paired[-1][1])


def latin_member_written(text: str, paren: int, content: str) -> bool:
    """Does the bracket gloss a list with a member in Latin letters that the
    Korean list writes as it is, in the same place (삼성·LG(三星·LG))? Then it
    is a list, not a name with its Latin one after it (腾讯·Tencent)."""
    return any(_written_as_it_is(text, span, zh)
               for span, zh in _paired_members(text, paren, content))


def list_members(text: str, paren: int, content: str, learned: Correspondences | None = None
                 ) -> list[tuple[str, int, int, Kind, float]]:
    """(zh, term_start, term_end, kind, confidence) for each member of a list
    the bracket at ``paren`` glosses; empty when it glosses no list."""
    paired = _paired_members(text, paren, content)
    if not paired:
        return []
    written = sum(_written_as_it_is(text, span, zh) for span, zh in paired)
    pairs = []
    for index, ((start, end), zh) in enumerate(paired):
        if not _is_member(zh):
            continue  # a Latin member: its place taken, no pair
        ko = text[start:end]
        decided = decide(zh, ko, learned) if any(map(is_hangul, ko)) or ko.isascii() else None
        if decided is None and (titled := _read_before_a_title(zh, ko, learned)):
            decided, end = titled[0], start + titled[1]
        # A translation must fill its part, but the first one's part runs back
        # over the sentence: there it may start later in a list a member
        # written as it is pins (메신저는 위챗, QQ(微信、QQ)), or where it is a
        # Westerner's name that sounds like its Chinese (대선에서 트럼프, 바이든).
        if decided is None or (decided[0] and _unverified(*decided[1:]) and not (
                index == 0 and (written or sounds_like_the_name(zh, ko[decided[0] :].strip())))):
            # a member unexplained, or a translation reaching into words: in order, no list
            return _read_in_another_order(text, paired, learned)
        pairs.append((zh, start + decided[0], end, decided[1], decided[2]))
    joined = bool(_ZH_CONJUNCTION.search(content) and _KO_AND.search(
        text, paired[0][0][1], paired[1][0][0]))
    return pairs if _verified(text, pairs, joined, written) else []


MOST_SHUFFLED = 4  # members of a list matched out of order: each asked of every one


def _read_in_another_order(text: str, paired: list[tuple[tuple[int, int], str]],
                           learned: Correspondences | None
                           ) -> list[tuple[str, int, int, Kind, float]]:
    """The members of a list whose Chinese comes in another order than the
    Korean (베이징·상하이(上海·北京)), matched by readings alone: each Korean
    member reads one Chinese member and no other, and no two read the same;
    else none. (A translation verifies nothing out of order.)

    >>> text = "베이징·상하이(上海·北京)"
    >>> [(zh, text[start:end]) for zh, start, end, *_ in
    ...  _read_in_another_order(text, _paired_members(text, text.index("("), "上海·北京"), None)]
    [('北京', '베이징'), ('上海', '상하이')]
    """
    members = [zh for _, zh in paired]
    if not 2 <= len(members) <= MOST_SHUFFLED or not all(map(_is_member, members)):
        return []
    found = []
    for start, end in (span for span, _ in paired):
        reads = [(zh, decided) for zh in members
                 if (decided := decide(zh, text[start:end], learned)) is not None
                 and decided[1] in READ_KINDS]
        if len(reads) != 1:
            return []
        zh, (offset, kind, confidence) = reads[0]
        found.append((zh, start + offset, end, kind, confidence))
    return found if len({zh for zh, *_ in found}) == len(found) else []


def _read_before_a_title(zh: str, ko: str, learned: Correspondences | None
                         ) -> tuple[tuple[int, Kind, float], int] | None:
    """A member that readings verify followed by one word of its own, a
    title or the like the gloss leaves out (시진핑 주석과 리창 총리(习近平、李强)):
    its verdict and where it ends in ``ko``; else None."""
    words = ko.rstrip().rsplit(" ", 1)
    if len(words) < 2 or not all(map(is_hangul, words[1])):
        return None
    decided = decide(zh, words[0], learned)
    return (decided, len(words[0])) if decided and decided[1] in READ_KINDS else None


def _written_as_it_is(text: str, span: tuple[int, int], zh: str) -> bool:
    """Is the Chinese member ``zh`` in Latin letters, and the Korean member the same?"""
    return is_latin_member(zh) and text[span[0] : span[1]].strip().casefold() == zh.casefold()


def _unverified(kind: Kind, confidence: float) -> bool:
    """Is a member a translation that nothing verifies? One the tables give
    (차이나모바일 for 中国移动) is as sure as a reading."""
    return kind == Kind.TRANSLATION and confidence < TABLED


def _verified(text: str, pairs: list[tuple[str, int, int, Kind, float]], joined: bool,
              written: int = 0) -> bool:
    """Nothing verifies a translation (but the tables'), and a list's separators may be a
    word's last syllable (결과): translated members are taken only beside a
    majority of members that readings verify, or of two joined by "and" (or
    "or") in both languages, beside the other read (알리바바와 텐센트(阿里巴巴和腾讯),
    알리바바 또는 텐센트(阿里巴巴或腾讯));
    beside Latin members ``written`` as they are, which verify the split
    better than a reading, as many as those and the read ones (위챗, QQ(微信、QQ));
    and never as one syllable. A Westerner's name that sounds like its
    Chinese counts as read."""
    # A Westerner's name that sounds like its Chinese verifies the split as a
    # reading does (트럼프, 바이든(特朗普、拜登)).
    translated = [(start, end) for zh, start, end, kind, confidence in pairs
                  if _unverified(kind, confidence)
                  and not sounds_like_the_name(zh, text[start:end])]
    others = len(pairs) - len(translated)
    if written:
        if len(translated) > others + written:
            return False
    elif len(translated) >= others and not (
            joined and len(pairs) == 2 and len(translated) == 1
            and any(kind in READ_KINDS for *_, kind, _ in pairs)):
        return False
    return all(sum(map(is_hangul, text[start:end])) != 1 for start, end in translated)


ABBREVIATED = 0.6  # a list glossed by an abbreviation: most members only hold a reading
LONGEST_STATES_AND_REST = 16  # characters of the states' word and the word after it, at most


def whole_list(text: str, paren: int, chars: str) -> tuple[int, int, Kind, float] | None:
    """(term_start, term_end, kind, confidence) of a Korean list that one
    Chinese abbreviation glosses, a character a member (베이징·상하이·광저우(北上广),
    한국과 중국(韩中), 베이징, 톈진, 허베이(京津冀)): the whole list is the term, when
    more than half of its members hold a reading of their character (沪 for
    상하이 and 冀 for 허베이 are names of their own, no readings), or every
    member one in another order (미·중(中美), 한·중·일(中日韩))."""
    spans = _last_members(text, paren, len(chars)) if len(chars) >= 2 else []
    if not spans:
        return _states_in_one_word(text, paren, chars) or _states_and_the_rest(text, paren, chars)
    first_start, first_end = spans[0]
    last_word = text.rfind(" ", first_start, first_end) + 1
    if last_word:  # the list begins at the first member's last word (회담은 한국과 중국)
        spans[0] = (last_word, first_end)
    members = [text[start:end].strip() for start, end in spans]
    if not all(len(m.split()) <= 2 and all(map(is_hangul, m.replace(" ", ""))) for m in members):
        return None
    in_order = sum(reads(member, char) for member, char in zip(members, chars, strict=True))
    # In another order (미·중 for 中美, 한·중·일 for 中日韩) only when every member reads.
    if in_order * 2 <= len(chars) and members_read(members, chars) < len(chars):
        return None
    return spans[0][0], spans[-1][1], Kind.MIXED, ABBREVIATED


def _states_in_one_word(text: str, paren: int, chars: str) -> tuple[int, int, Kind, float] | None:
    """The word before the bracket when it lists the states the gloss does,
    a syllable for each, in another order (한중일(中日韩)); else None. (Words
    of other characters read in another order are other words: 사회 is no
    会社.)

    >>> text = "한중일(中日韩) 정상회의"
    >>> whole_list(text, text.index("("), "中日韩")[:3]
    (0, 3, <Kind.MIXED: 'mixed'>)
    """
    if not all(char in STATE_CHARS for char in chars):
        return None
    end = end_before(text, paren)
    start = end
    while start > 0 and end - start <= len(chars) and is_hangul(text[start - 1]):
        start -= 1
    word = text[start:end]
    if len(word) != len(chars) or all(map(reads, word, chars)):
        return None  # read in order: the readings' own verdict stands
    return (start, end, Kind.MIXED, ABBREVIATED) if members_read(list(word), chars) == len(
        chars) else None


def _states_and_the_rest(text: str, paren: int, chars: str
                         ) -> tuple[int, int, Kind, float] | None:
    """The states' word (:func:`_states_in_one_word`) and the one word after
    it, where the gloss opens with the states, two or more, and that word
    reads the rest whole (한중일 3국(中日韩三国): 3국 reads 三国); else None.

    >>> text = "한중일 3국(中日韩三国)의 협력"
    >>> _states_and_the_rest(text, text.index("("), "中日韩三国")[:2]
    (0, 6)
    """
    states = next((at for at, char in enumerate(chars) if char not in STATE_CHARS), len(chars))
    found = words_before(text, paren, 2, LONGEST_STATES_AND_REST, latin=True)
    if states < 2 or len(chars) - states < 2 or len(found) < 2:
        return None
    (first, word), (_, rest) = found
    if reads_whole(chars[states:], rest) is None:
        return None
    listed = _states_in_one_word(text, first + len(word), chars[:states])
    return (first, end_before(text, paren), Kind.MIXED, ABBREVIATED) \
        if listed is not None and listed[0] == first else None


_DOTTED_WORD = re.compile(r"[가-힣]+$")
_LONGEST_MEMBER = 20  # syllables looked back for a member: a long line costs no more


def abbreviated_head(text: str, start: int, end: int, chars: str,
                     learned: Correspondences | None = None
                     ) -> tuple[int, int, Kind, float] | None:
    """(term_start, term_end, kind, confidence) of a term that a dotted list
    heads (광둥·홍콩·마카오 대만구, 미·중 무역전쟁), glossed by the list's
    abbreviation, a character a member, and the rest (粤港澳大湾区, 中美贸易战):
    when ``text[start:end]``, the term after the list's last dot, reads the
    rest from its second word on, and some member holds a reading of its
    character (마카오 of 澳). None when no dotted list ends at ``start``."""
    members: list[tuple[int, int]] = []
    at = start
    while at >= 2 and text[at - 1] in JOINERS and len(members) < MAX_MEMBERS:
        word = _DOTTED_WORD.search(text, max(0, at - 1 - _LONGEST_MEMBER), at - 1)
        if word is None:
            break
        members.insert(0, word.span())
        at = word.start()
    last_end = text.find(" ", start, end)
    if not members or last_end < 0 or (at and text[at - 1] not in " \n\"'“‘(["):
        return None
    members.append((start, last_end))
    count = len(members)
    rest_start = last_end + 1
    if len(chars) <= count or not any(map(is_hangul, text[rest_start:end])):
        return None
    rest = decide(chars[count:], text[rest_start:end], learned)
    words = [text[s:e] for s, e in members]
    read = members_read(words, chars[:count])
    # The rest read, or translated when every member reads its character
    # (한·중·일 정상회의(中日韩峰会): 정상회의 for 峰会, the list verified whole).
    kinds = (Kind.SINO_KOREAN, Kind.TRANSLITERATION, Kind.MIXED,
             *((Kind.TRANSLATION,) if read == count else ()))
    if rest is None or rest[0] != 0 or rest[1] not in kinds:
        return None
    if not read or any(sum(reads(word, char) for char in chars[:count]) > 1 for word in words):
        return None  # no member read, or one read for two characters: a name, not its abbreviation
    return at, end, Kind.MIXED, round(min(rest[2], ABBREVIATED + 0.2), 2)
