"""Where the words a gloss may cover lie: the window of words before its
bracket, and a title, quote or heading that is taken whole.

>>> text = "플랫폼 총괄 한원페이(韩雯斐)는"
>>> start, end = term_window(text, text.index("("))
>>> text[start:end]
'플랫폼 총괄 한원페이'
>>> text = "소설 『붉은 수수밭』(红高粱家族)을 읽었다."
>>> start, end = title_span(text, text.index("("))
>>> text[start:end]
'붉은 수수밭'
"""

from __future__ import annotations

import re

from ..model import Kind
from ..text.korean import PARTICLES, words_before
from ..text.latin import is_latin
from ..text.morph import is_a_clause, particle_start
from ..text.normalize import (
    HAN_RANGES,
    HYPHENS,
    JOINING_HYPHEN,
    MIDDLE_DOTS,
    clean,
    is_han,
    is_hangul,
    to_hans,
)
from ..text.segmenter import names_a_person, segment
from .align import Correspondences
from .brackets import CLOSERS, CLOSING_QUOTES, QUOTES, Bracket, end_before
from .decide import LATIN_PREFIX, decide, reads_whole
from .kinds import READ_KINDS
from .references import CONTRACTED_PRONOUNS, PRONOUNS, WORK_KINDS

MAX_WINDOW = 48  # characters before a bracket that a term may take

# What may close a term before its bracket: a quote or a title, and the
# asterisks of emphasis written in plain text (**시진핑**(习近平), pasted from
# Markdown) or of a footnote (시진핑*(习近平)).
_CLOSING_MARKS = "'’\"”」』》〉>*"
# The legal form Korean writes after a company's or a foundation's name.
LEGAL_FORMS = ("(주)", "(유)", "(사)", "(재)", "㈜")
_LATIN_JOIN = "&'.+-"


def _is_term_char(text: str, index: int, joiners: str) -> bool:
    ch = text[index]
    if is_hangul(ch) or is_latin(ch) or ch == " " or ch in joiners:
        return True
    if 0 < index < len(text) - 1:
        before, after = text[index - 1], text[index + 1]
        if ch in _LATIN_JOIN and is_latin(before) and is_latin(after):
            return True
        # A middle dot between digits is part of a date-named term (3·1 운동,
        # 5·18 민주화 운동), not a list's separator.
        if ch in MIDDLE_DOTS:
            return before.isascii() and before.isdigit() and after.isascii() and after.isdigit()
        # A hyphen between words joins them into one name (광둥-홍콩-마카오
        # 대만구 for 粤港澳大湾区, 베이징-톈진-허베이 for 京津冀).
        if ch in HYPHENS:
            return JOINING_HYPHEN.match(text, index) is not None \
                or _joins_a_latin_prefix(text, index)
    return False


def _joins_a_latin_prefix(text: str, hyphen: int) -> bool:
    """Does the hyphen at ``hyphen`` join one or two Latin letters, a word's
    start, to the Hangul after them (e-스포츠, K-팝): a prefix, part of the word?"""
    letters = hyphen
    while letters > 0 and text[letters - 1].isascii() and text[letters - 1].isalpha():
        letters -= 1
    return 1 <= hyphen - letters <= LATIN_PREFIX and is_hangul(text[hyphen + 1]) and (
        letters == 0 or not text[letters - 1].isascii() or not text[letters - 1].isalnum())


def term_window(text: str, paren: int, joiners: str = "") -> tuple[int, int] | None:
    """Where the words that may be glossed lie: up to the bracket, after any
    closing quote or title mark and at most one line break, back to the
    nearest punctuation, line break or opening mark."""
    end = paren
    newlines = 0
    while end > 0 and text[end - 1] in " \t\u00a0\r\n":
        newlines += text[end - 1] == "\n"
        end -= 1
    if newlines > 1:
        return None
    form = next((form for form in LEGAL_FORMS if text.endswith(form, 0, end)), "")
    end -= len(form)  # 삼성전자(주)(三星電子): the company's legal form, no part of its name
    end = _before_a_latin_bracket(text, _before_a_footnote_mark(text, end))
    end = _inside_a_link(text, _after_a_link_address(text, end))
    marks = 0
    while end > 0 and text[end - 1] in _CLOSING_MARKS and marks < 2:
        end, marks = end - 1, marks + 1
    start = end
    while start > 0 and end - start < MAX_WINDOW and _is_term_char(text, start - 1, joiners):
        start -= 1
    start = _quoted_word_before(text, start, end)
    while start < end and text[start] == " ":
        start += 1
    # 김현(金鉉)은 진의부의도총관(…): a particle right after a bracket or a
    # title belongs to the word before them, not to the term.
    space = text.find(" ", start, end)
    if start > 0 and text[start - 1] in _AFTER_CLOSE and space > start \
            and text[start:space] in PARTICLES:
        start = space + 1
    return (start, end) if start < end else None


# Quotes around the word a term opens with, the name before what it names
# ('쌍순환' 전략(双循环战略)): closing mark → opening mark.
_OPENING_OF = {close: opening for opening, close in QUOTES.items()}
MAX_QUOTED = 12  # characters inside such quotes
_QUOTE_IN_TERM = re.compile(f"(?<=[가-힣0-9A-Za-z])[{re.escape(''.join(_OPENING_OF))}](?= )")


def _quotable(ch: str) -> bool:
    """A character of a word quoted before a term: Hangul, or an ASCII letter
    or digit ('618' 쇼핑 축제(618购物节))."""
    return is_hangul(ch) or (ch.isascii() and ch.isalnum())


def _quoted_word_before(text: str, start: int, end: int) -> int:
    """Where the window starts when a word in quotes stands right before
    ``start``, a space apart ('일대일로' 구상): inside its opening quote, so
    that the quoted word may open the term; else ``start``. A quote that a
    particle follows ('중국몽'이란 구상) is a word of the sentence's own, and a
    quoted clause ('강하다' 중국) says something: neither opens a term."""
    if not (0 < start - 1 and text[start - 1] in _OPENING_OF and text.startswith(" ", start)
            and _quotable(text[start - 2])):
        return start
    opening = text.rfind(_OPENING_OF[text[start - 1]], max(0, start - 2 - MAX_QUOTED), start - 1)
    inside = text[opening + 1 : start - 1]
    if opening < 0 or not inside or not all(_quotable(ch) or ch == " " for ch in inside) \
            or (opening and _quotable(text[opening - 1])) or end - opening > MAX_WINDOW \
            or is_a_clause(inside):
        return start
    return opening + 1


def quote_closing(text: str, start: int, end: int) -> int | None:
    """Where the quote that opens right before ``start`` closes, within the
    words ``text[start:end]`` ('제로 코로나' 정책: the quote's mark), when the
    window opens with a quoted word (:func:`_quoted_word_before`); else None.

    >>> text = "'제로 코로나' 정책(清零)"
    >>> quote_closing(text, 1, text.index("("))
    7
    """
    if not 0 < start < end or text[start - 1] not in QUOTES:
        return None
    closing = text.find(QUOTES[text[start - 1]], start, end)
    return closing if closing > start and text.startswith(" ", closing + 1) else None


def term_text(text: str, start: int, end: int) -> str:
    """The Korean of a term at ``text[start:end]`` as it is stored: without
    the quote that closes a word quoted inside it ('쌍순환' 전략 is 쌍순환 전략).

    >>> term_text("'쌍순환' 전략(双循环战略)", 1, 8)
    '쌍순환 전략'
    """
    return clean(_QUOTE_IN_TERM.sub("", text[start:end]))


# A footnote's mark after a term, pasted with it from a wiki or a paper:
# a number in square brackets, or superscript digits (마윈[1](馬雲), 마윈¹(馬雲)).
_FOOTNOTE_MARK = re.compile(r"(?:\[\d{1,3}\]|[¹²³⁰⁴-⁹]{1,3})$")


def _before_a_footnote_mark(text: str, end: int) -> int:
    """Where the words end before a footnote's mark that ``text[:end]`` ends
    with, right after a word; else ``end``.

    >>> text = "창업자 마윈[1](馬雲)"
    >>> text[:_before_a_footnote_mark(text, text.index("("))]
    '창업자 마윈'
    """
    found = _FOOTNOTE_MARK.search(text, max(0, end - 5), end)
    if found is None or not found.start() or not text[found.start() - 1].isalnum():
        return end
    return found.start()


MAX_ADDRESS = 300  # characters of a link's address looked back over
_ADDRESS = re.compile(r"(?:https?://|www\.|/|#)[^\s()]*")


def _after_a_link_address(text: str, end: int) -> int:
    """Where a Markdown link's words close, when ``text[:end]`` ends with its
    address ([마윈](https://…)(馬雲) in a plain-text file); else ``end``."""
    if not text.startswith(")", end - 1):
        return end
    opener = text.rfind("](", max(0, end - 3 - MAX_ADDRESS), end - 1)
    if opener < 0 or not _ADDRESS.fullmatch(text, opener + 2, end - 1):
        return end
    return opener + 1


def _inside_a_link(text: str, end: int) -> int:
    """Where the words a link shows end, when ``text[:end]`` ends with one
    whose words hold Hangul: a wiki link left in plain text ([[강빈]](江彬),
    [[대상|강빈]]) or a word in square brackets ([이향](李鄕)); else ``end``.
    (A square bracket of Chinese is a gloss of its own: 상하이[上海](상해).)"""
    closer = 2 if text.startswith("]]", end - 2) else 1 if text.startswith("]", end - 1) else 0
    if not closer:
        return end
    opener = text.rfind("[" * closer, max(0, end - MAX_WINDOW), end - closer)
    # A word in square brackets glued to the one before marks it (a wiki's
    # section edit link, 경제[편집](中国经济)): no word written in brackets.
    if opener < 0 or (closer == 1 and opener and text[opener - 1].isalnum()):
        return end
    shown = text[opener + closer : end - closer].rpartition("|")[2]
    return end - closer if "]" not in shown and any(map(is_hangul, shown)) else end


_LATIN_BRACKET = re.compile(r"[A-Za-z][A-Za-z0-9 .,'&-]{0,40}")


def _before_a_latin_bracket(text: str, end: int) -> int:
    """Where the words end before a bracket of Latin letters that ``text[:end]``
    ends with (상하이(Shanghai)(上海): the name's other gloss), else ``end``."""
    if end == 0 or text[end - 1] not in CLOSERS:
        return end
    opener = text.rfind(CLOSERS[text[end - 1]], max(0, end - 44), end - 1)
    if opener <= 0 or not _LATIN_BRACKET.fullmatch(text, opener + 1, end - 1):
        return end
    while opener > 0 and text[opener - 1] == " ":
        opener -= 1
    return opener


# Title marks and quotes, closing → opening: a gloss after them glosses the title whole.
TITLE_MARKS = {"』": "『", "》": "《", "」": "「", "〉": "〈", ">": "<", "”": "“", "’": "‘",
               '"': '"', "'": "'"}
MAX_TITLE = 80
# The particles that join a noun to the next (노인과 바다), and the characters
# Chinese joins words with (老人与海).
JOINING = frozenset({"와", "과"})
CHINESE_JOINING = frozenset("与和及同跟")
# ... and with 의, the particles a name's words may hold (see _speaks).
NAME_PARTICLES = frozenset({"의", *JOINING})

# What closes a bracket or a title, but ' and ", which may open a quote as well.
_AFTER_CLOSE = "".join(CLOSERS) + "".join(mark for mark in TITLE_MARKS if mark not in "'\"")


def title_span(text: str, paren: int) -> tuple[int, int] | None:
    """The inside of a title or quote that ends right before the bracket
    (『붉은 수수밭』(红高粱家族)), if it holds Hangul."""
    end = paren
    while end > 0 and text[end - 1] == " ":
        end -= 1
    return _title_ending_at(text, end)


def _title_ending_at(text: str, end: int) -> tuple[int, int] | None:
    """The inside of a title or quote whose closing mark is ``text[end - 1]``."""
    if end == 0 or text[end - 1] not in TITLE_MARKS:
        return None
    opener = TITLE_MARKS[text[end - 1]]
    start = text.rfind(opener, max(0, end - 1 - MAX_TITLE), end - 1)
    inside = text[start + 1 : end - 1] if start >= 0 else ""
    if not inside.strip() or "\n" in inside or not any(is_hangul(ch) for ch in inside):
        return None
    left = start + 1 + len(inside) - len(inside.lstrip())
    return left, left + len(inside.strip())


def whole_title(text: str, paren: int, chars: str, learned: Correspondences | None,
                 decided: tuple[int, Kind, float] | None,
                 window: tuple[int, int] | None) -> tuple[int, int, Kind, float] | None:
    """A title is taken whole: its readings' verdict when they explain all of
    it, else a translation (mixed when readings explain a part)."""
    title = title_span(text, paren)
    if title is None:
        return None
    if decided and window and window[0] + decided[0] == title[0]:
        return title[0], title[1], decided[1], decided[2]
    if decided is None:
        decided = decide(chars, text[title[0] : title[1]], learned)
        if decided and decided[0] == 0:
            return title[0], title[1], decided[1], decided[2]
    return title[0], title[1], Kind.MIXED if decided else Kind.TRANSLATION, 0.75


def quoted_sentence(text: str, paren: int, after: str = "") -> bool:
    """Does a sentence in quotes end right before the bracket ("중국은
    강하다"(中国很强大))? Its gloss translates what was said: no term. (A
    work's title in title marks may be a sentence, and is a term.) ``after``
    is the particle after the bracket, which tells a noun from a verb's form
    ('판다'(熊猫)가: the animal)."""
    end = end_before(text, paren)
    if not end or text[end - 1] not in CLOSING_QUOTES:
        return False  # most brackets: no quote to look into
    title = title_span(text, paren)
    return title is not None and is_a_clause(text[title[0] : title[1]], after)


def whole_quote(text: str, bracket: Bracket, start: int, kind: Kind,
                learned: Correspondences | None = None
                ) -> tuple[int, int, Kind, float] | None:
    """A quote that the bracket ends ('제로 코로나(清零)'), taken whole when a
    translation explains only its last words: the quote is the term. (Readings
    keep their verdict: a quote may end in a name.) Not a list, nor words a
    part of which renders the gloss ('가격, 수량(价格)'), nor something said
    ('우리는 친구(朋友)'), but where a kind of work names the quote a title
    (드라마 '달을 쫓는 소년(追月少年)')."""
    marked = _marked_around(text, bracket)
    if marked is None or not marked[0] < start < bracket.start:
        return None
    words = [_with_its_particle(word) for word in text[marked[0] : start].split()]
    joined = sum(_joins_the_next(*word) for word in words)
    if (any(_speaks(*word) for word in words)
            or (joined and not _joined_in(bracket.content, joined))) \
            and not _after_a_kind_of_work(text, marked[0]) \
            or _a_list_or_a_note(text[marked[0] : bracket.start], bracket.content, learned):
        return None
    return marked[0], marked[1], kind, 0.75


def last_quoted_word(text: str, bracket: Bracket) -> int | None:
    """Where the last word of a quote the bracket ends starts, when the
    quote holds words before it (‘빨간 봉투(红包)’: 봉투); else None.

    >>> text = "이른바 ‘빨간 봉투(红包)’를 줬다."
    >>> bracket = Bracket(text.index("("), text.index(")"), "红包")
    >>> text[last_quoted_word(text, bracket) : bracket.start]
    '봉투'
    """
    marked = _marked_around(text, bracket)
    if marked is None or marked[2] not in CLOSING_QUOTES:
        return None
    last = text.rfind(" ", marked[0], marked[1]) + 1
    return last if last > marked[0] else None


def _with_its_particle(word: str) -> tuple[str, str]:
    """``word`` cut before the particles that end it, as Kiwi reads it (시장, 이);
    the particle '' when it ends in none. One analysis serves every test below."""
    at = particle_start(word)
    return (word, "") if at is None else (word[:at], word[at:])


def _speaks(stem: str, particle: str) -> bool:
    """Is a word (its stem and particle) a pronoun, or one with a particle
    other than 의, 와 or 과 (우리는, 나의, 시장이)? A quote with one is
    something said ("우리는 친구"), no term's name: the translation alone is
    the term. (의 makes a name's words, and 와 and 과 join its nouns: 노인과 바다.)"""
    return stem in PRONOUNS or stem in CONTRACTED_PRONOUNS \
        or (bool(particle) and particle not in NAME_PARTICLES)


def _joins_the_next(stem: str, particle: str) -> bool:
    """Does a word end in 와 or 과, joining its noun to the next (호랑이와)?"""
    return bool(stem) and particle in JOINING


def _joined_in(gloss: str, joined: int) -> bool:
    """Does the gloss join words too, as ``joined`` words of a quote join the
    next with 와 or 과: with a character that joins (老人与海), or in more
    words than are joined (老虎苍蝇 for 호랑이와 파리)? One word (合作) is
    what the last word translates: '정부와 협력(合作)' names no term."""
    return any(char in CHINESE_JOINING for char in gloss) or len(segment(gloss)) > joined


def title_it_ends(text: str, bracket: Bracket, learned: Correspondences | None = None
                  ) -> tuple[int, int, Kind, float] | None:
    """A title in marks that the bracket ends (『붉은 수수밭(紅高粱)』), taken
    whole where nothing else explained the gloss: a work's title translates
    its original, whatever words it holds (붉은 is no part of a term
    elsewhere). Not a quote, where a quoted phrase may say anything, unless
    the word before it names a kind of work (드라마 '별에서 온 그대(来自星星的你)'),
    which makes it a title as the marks would; not a gloss of one character
    (but after such a word: 소설 '개구리(蛙)'), or one that shares its
    bracket, nor a title listing things (、), nor one with a comma where a
    part before the comma renders the gloss: a phrase or a note, not a work
    (「충신, 두 군왕을…(忠臣)」).
    A work's title may hold a comma (<겨우, 서른(三十而已)>).

    >>> text = "감독의 《붉은 수수밭(紅高粱)》을 봤다."
    >>> bracket = Bracket(text.index("("), text.index(")"), "紅高粱")
    >>> start, end, kind, _ = title_it_ends(text, bracket)
    >>> text[start:end], str(kind)
    ('붉은 수수밭', 'translation')
    """
    if not bracket.content or not all(map(is_han, bracket.content)):
        return None
    marked = _marked_around(text, bracket)
    if marked is None or marked[1] <= marked[0]:
        return None
    if (marked[2] in CLOSING_QUOTES or len(bracket.content) < 2) \
            and not _after_a_kind_of_work(text, marked[0]):
        return None  # a quote may say anything, and a character be explained: 「항구(港)」
    if _a_list_or_a_note(text[marked[0] : bracket.start], bracket.content, learned):
        return None
    return marked[0], marked[1], Kind.TRANSLATION, 0.75


_OPENING_MARKS = frozenset(TITLE_MARKS.values())
LONGEST_WORK_KIND = 12  # characters looked back for the word before a quote (드라마인)


def _after_a_kind_of_work(text: str, inside: int) -> bool:
    """Does the quote or title whose words start at ``inside`` follow, a space apart,
    a word that names a kind of work or a title (소설 '…', 중국 드라마인 '…', 제목
    '…'; see :data:`~glossary.mining.references.WORK_KINDS`)?

    >>> _after_a_kind_of_work("영화 '기생충'", 4), _after_a_kind_of_work("그는 '기생충'", 4)
    (True, False)
    """
    opener = inside - 1
    while opener > 0 and text[opener] not in _OPENING_MARKS:
        opener -= 1  # past a dot or an ellipsis that opens the quote
    if opener < 2 or text[opener - 1] != " ":
        return False
    found = words_before(text, opener - 1, 1, LONGEST_WORK_KIND)
    word = found[0][1] if found else ""
    return word in WORK_KINDS or (word.endswith("인") and word[:-1] in WORK_KINDS)


# A Chinese title whose words a comma parts (色，戒): no list, which 、 would part.
_COMMA_TITLE = re.compile(f"[{HAN_RANGES}]+(?:\\s*[,，]\\s*[{HAN_RANGES}]+)+")
_COMMA = re.compile("[,，]")


def title_with_a_comma(text: str, bracket: Bracket, learned: Correspondences | None = None
                       ) -> tuple[str, int, int, Kind, float] | None:
    """A work's title in marks that the bracket ends, its words parted by a
    comma in both languages (『색, 계(色，戒)』): one title, not a list of
    two, for the marks hold both parts and the gloss. The pair (gloss,
    start, end, kind, confidence), the gloss's parts joined by a full-width
    comma as Chinese writes them: its readings' verdict when they explain
    all of it, else a translation, as :func:`title_it_ends` gives. Not in
    quotes, where a comma may part things said, unless a word before them
    names a kind of work (영화 '안녕, 리환영(你好，李焕英)').

    >>> text = "영화 『색, 계(色, 戒)』를 봤다."
    >>> gloss, start, end, kind, _ = title_with_a_comma(text, Bracket(
    ...     text.index("("), text.index(")"), "色, 戒"))
    >>> gloss, text[start:end], str(kind)
    ('色，戒', '색, 계', 'sino-korean')
    """
    if not _COMMA_TITLE.fullmatch(bracket.content.strip()):
        return None
    marked = _marked_around(text, bracket)
    if marked is None or (marked[2] in CLOSING_QUOTES
                          and not _after_a_kind_of_work(text, marked[0])):
        return None
    inside = text[marked[0] : marked[1]]
    parts = [part.strip() for part in _COMMA.split(bracket.content)]
    if len(_COMMA.split(inside)) != len(parts):
        return None
    gloss = "，".join(parts)
    decided = decide("".join(parts), inside, learned)
    if decided and decided[0] == 0:
        return gloss, marked[0], marked[1], decided[1], decided[2]
    return gloss, marked[0], marked[1], Kind.TRANSLATION, 0.75


def _a_list_or_a_note(inside: str, gloss: str, learned: Correspondences | None) -> bool:
    """Do the words of a title or quote before its bracket list things (、),
    or hold a comma with a part before it that renders the gloss itself
    (「충신, 두 군왕을…(忠臣)」), or a noun joined to the next by 와 or 과
    that reads it ('가격과 수량(价格)')? Then they are no one term's name."""
    # (Kiwi is asked only about words that end as a joining particle does.)
    joined = [stem for stem, particle in (
        _with_its_particle(word) for word in inside.split()[:-1] if word.endswith(tuple(JOINING)))
        if _joins_the_next(stem, particle)]
    return "、" in inside or any(decide(gloss, part.strip(), learned)
                                for part in re.split("[,，]", inside)[:-1]) \
        or any((read := decide(gloss, noun, learned)) and read[1] != Kind.TRANSLATION
               for noun in joined)


def past_the_mark(text: str, bracket: Bracket) -> int:
    """Where the text goes on after the bracket: after the closing mark of
    the quote or title it ends, if it ends one ('판다(熊猫)'가: 가 is the
    quoted word's particle)."""
    return bracket.end + 1 + (_marked_around(text, bracket) is not None)


def _marked_around(text: str, bracket: Bracket) -> tuple[int, int, str] | None:
    """The title or quote whose closing mark comes right after the bracket,
    the bracket in it: where its inside starts, where its words before the
    bracket end (spaces left out), and the closing mark. None when a bracket
    closes inside it before this one: a quote with glosses of its own is a
    phrase (마음[心]과 마음작용[心所]). The inside starts at its first letter
    or digit: a dot or an ellipsis after the opening mark is none of it."""
    after = bracket.end + 1
    if after >= len(text) or text[after] not in TITLE_MARKS:
        return None
    inside = _title_ending_at(text, after + 1)
    if inside is None or inside[0] >= bracket.start or any(
            ch in CLOSERS for ch in text[inside[0] : bracket.start]):
        return None
    end = bracket.start
    while end > inside[0] and text[end - 1] == " ":
        end -= 1
    # Marks that open the inside ('·제로 코로나', 「…붉은 수수밭) are no part of a term.
    start = next((k for k in range(inside[0], end) if text[k].isalnum()), end)
    return start, end, text[after]


def _names_its_start(chars: str, heading: str, learned: Correspondences | None) -> bool:
    """Does the start of ``heading`` read ``chars`` whole (명보 of 명보아트홀
    for 明寶, 무기 of 무기의 마음 for 無記)? Then the gloss names a part of
    the heading, not the whole."""
    return any(is_hangul(heading[k - 1]) and reads_whole(chars, heading[:k], learned) is not None
               for k in range(len(chars), min(len(heading), 4 * len(chars)) + 1))


def heading_span(text: str, paren: int) -> tuple[int, int] | None:
    """The words a paragraph opens with up to the bracket, when they repeat
    the heading on a line of its own just above (an article's title, maybe
    with its disambiguation: ``화이트 스톰\n\n화이트 스톰(掃毒)은``)."""
    # Looked for within a title's length of the bracket and of the line: a
    # line of many glosses must not make each look back over all of it.
    reach = 2 * MAX_TITLE
    line_start = text.rfind("\n", max(0, paren - reach), paren) + 1
    if not line_start and paren > reach:
        return None  # no line break near: asked before the line is cut, which would copy it all
    line = text[line_start:paren]
    words = line.strip()
    if not words or len(words) > MAX_TITLE or not any(map(is_hangul, words)):
        return None
    above = text[max(0, line_start - 2 * reach) : line_start].rstrip()
    heading_start = above.rfind("\n") + 1
    if not heading_start and line_start > 2 * reach:
        return None  # the line above is longer than any heading
    heading = above[heading_start:].strip()
    if heading != words and _DISAMBIGUATION.sub("", heading) != words:
        return None
    start = line_start + len(line) - len(line.lstrip())
    return start, start + len(words)


_DISAMBIGUATION = re.compile(r" \([^()]*\)$")  # 언더 파이어 (2017년 영화)


def under_heading(text: str, paren: int, chars: str, learned: Correspondences | None,
                  unexplained: bool = False) -> tuple[int, int, Kind, float] | None:
    """A heading's words are taken whole for a gloss that readings explain
    all of, or none of (a translation: 화이트 스톰 for 掃毒, not 스톰); a
    heading that readings explain in part may be a name and a title (마윈
    회장), and is left to the words' own verdict. ``unexplained``: nothing
    explained the gloss before the bracket, and a heading of two characters
    or more that nothing explains either is a translated title (유성검의
    대결 for 風雨雙流星: an article's name, 의 and all)."""
    span = heading_span(text, paren)
    if span is not None and any(ch in "()[]" for ch in text[span[0] : span[1]]):
        return None  # 주(咒) above 주(咒)(咒, …): a heading with a gloss of its own
    decided = decide(chars, text[span[0] : span[1]], learned) if span else None
    if span is not None and decided is None and unexplained and len(chars) >= 2 \
            and not names_a_person(to_hans(chars)) \
            and not _names_its_start(chars, text[span[0] : span[1]], learned):
        return span[0], span[1], Kind.TRANSLATION, 0.75  # not a person's: names are read
    if span is None or decided is None:
        return None
    offset, kind, confidence = decided
    if offset == 0 and kind in READ_KINDS:
        return span[0], span[1], kind, confidence
    return (span[0], span[1], Kind.TRANSLATION, 0.75) if kind == Kind.TRANSLATION else None
