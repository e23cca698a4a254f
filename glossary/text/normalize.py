"""Normalization of Korean and Chinese text for keys and lookups.

The order matters and is fixed:

1. Hangul is composed to NFC (conjoining jamo become syllables), but *not*
   through ``unicodedata.normalize`` on the whole string: NFC would also fold
   the CJK compatibility ideographs (U+F900–U+FAFF) that Korean text uses for
   Hanja readings, and we want to keep the form as written.
2. Full-width ASCII (ＡＢＣ１２３) and the ideographic space are folded to ASCII.
3. For *keys* only, compatibility ideographs map to their unified form and
   Chinese is converted with OpenCC ``t2s``, so 淘寶 and 淘宝 meet.

>>> ko_key("Ｈｉｓｅｎｓｅ  가전")
'hisense 가전'
>>> zh_key("淘寶")
'淘宝'
>>> zh_key("\\uf914") == zh_key("樂") == "乐"
True
>>> to_hant("淘宝")
'淘寶'
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import cache

DEFAULT_T2S = "t2s"
DEFAULT_S2T = "s2tw"  # Taiwan forms (群 為 裡), not s2t's 羣 爲 裏, for names

# Characters folded to the one a reader takes them for, one for one: full-width
# ASCII; the ideographic, no-break, thin and other spaces; and the Kangxi
# radicals that text taken from PDFs writes for ideographs (⼈ for 人).
_LOOKALIKES = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_LOOKALIKES.update({cp: 0x20 for cp in (0xA0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)})
# Supplement radicals drawn as a whole character, most of them China's
# simplified forms, that NFKC leaves as they are (⻓ for 长, ⻩ for 黄): PDFs
# write them for the characters too. (Those drawn as a part, 讠 or 钅, are none.)
_WHOLE_RADICALS = {
    0x2EA0: "民", 0x2EA9: "王", 0x2EC4: "西", 0x2EC5: "见", 0x2EC6: "角", 0x2EC9: "贝",
    0x2ECB: "车", 0x2ED1: "長", 0x2ED3: "长", 0x2ED4: "门", 0x2ED8: "青", 0x2ED9: "韦",
    0x2EDA: "页", 0x2EDB: "风", 0x2EDC: "飞", 0x2EDD: "食", 0x2EE2: "马", 0x2EE3: "骨",
    0x2EE4: "鬼", 0x2EE5: "鱼", 0x2EE6: "鸟", 0x2EE7: "卤", 0x2EE8: "麦", 0x2EE9: "黄",
    0x2EEA: "黾", 0x2EEB: "斉", 0x2EEC: "齐", 0x2EED: "歯", 0x2EEE: "齿", 0x2EEF: "竜",
    0x2EF0: "龙", 0x2EF1: "龜", 0x2EF2: "亀",
}
# Kangxi radicals and the supplement radicals NFKC makes ideographs of or that
# draw a whole character: a reader sees them as the ideographs they look like.
_RADICALS = (*range(0x2F00, 0x2FD6), 0x2E9F, 0x2EF3, *_WHOLE_RADICALS)
_LOOKALIKES.update({cp: ord(_WHOLE_RADICALS.get(cp) or unicodedata.normalize("NFKC", chr(cp)))
                    for cp in _RADICALS})
# The same characters as one class: a search in C tells most texts have none.
_LOOKALIKE = re.compile("[" + "".join(map(re.escape, map(chr, sorted(_LOOKALIKES)))) + "]")
_SPACES = re.compile(r"\s+")

# One mark that Korean (ㆍ), Chinese and Japanese (・) text and typography (‧ •)
# write in several ways: the dot of 5·4 운동 and 卡尔·马克思.
MIDDLE_DOTS = "·ㆍ・‧•"
# Hyphens (hyphen-minus, hyphen, non-breaking hyphen, en dash) that join
# Korean words into one name: 베이징-톈진-허베이, 광둥-홍콩-마카오 대만구.
HYPHENS = "-\u2010\u2011\u2013"
# One of them between two Hangul syllables (광둥-홍콩), not a dash between words.
JOINING_HYPHEN = re.compile(f"(?<=[\uac00-\ud7a3])[{re.escape(HYPHENS)}](?=[\uac00-\ud7a3])")
# Marks that quote a word or name a title. A Chinese term is the same without
# them (“一带一路”倡议 is 一带一路倡议, 《三体》 三体), as Chinese writes it either way.
QUOTE_MARKS = "“”‘’\"'「」『』《》〈〉"
_QUOTE_MARK = re.compile(f"[{re.escape(QUOTE_MARKS)}]")


def without_quotes(text: str) -> str:
    """``text`` without quote and title marks (:data:`QUOTE_MARKS`), but an
    apostrophe between two letters of an alphabet, which is part of a word.

    >>> without_quotes("“一带一路”倡议"), without_quotes("《三体》")
    ('一带一路倡议', '三体')
    >>> without_quotes("De'Longhi德龙"), without_quotes("'德龙'")
    ("De'Longhi德龙", '德龙')
    """
    if not _QUOTE_MARK.search(text):
        return text  # most terms: nothing to take off
    return _QUOTE_MARK.sub(lambda mark: mark.group() if _inside_a_word(text, mark.start())
                           else "", text)


def _inside_a_word(text: str, at: int) -> bool:
    return 0 < at < len(text) - 1 and _alphabetic(text[at - 1]) and _alphabetic(text[at + 1])


def _alphabetic(ch: str) -> bool:
    """A letter of an alphabet (Latin, Greek, Cyrillic…), not of CJK scripts."""
    return ch.isalpha() and ch < "⺀"


# A blank line (spaces or a carriage return in it too): where a paragraph ends.
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


def is_han(ch: str) -> bool:
    """True for a CJK ideograph, including extensions and compatibility forms.

    >>> is_han("漢"), is_han("한"), is_han("\\uf900")
    (True, False, True)
    """
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x3134F
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
        or cp == 0x3007  # 〇
    )


def is_hangul(ch: str) -> bool:
    """True for a precomposed Hangul syllable."""
    return "\uac00" <= ch <= "\ud7a3"


# The ranges of is_han, for a regular expression's character class.
HAN_RANGES = ("\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0003134f\uf900-\ufaff"
              "\U0002f800-\U0002fa1f\u3007")


@cache
def _han_class() -> re.Pattern[str]:
    """The ranges of is_han as one class, for a search that runs in C;
    compiled when first asked for (5 ms that a lookup need not spend)."""
    return re.compile(f"[{HAN_RANGES}]")


def has_han(text: str) -> bool:
    """True when ``text`` holds a CJK ideograph (:func:`is_han`).

    >>> has_han("상하이(上海)"), has_han("상하이"), has_han("〇")
    (True, False, True)
    """
    return _han_class().search(text) is not None


def may_show_han(text: str) -> bool:
    """True when ``text`` holds a CJK ideograph or a radical that reads as one
    (:func:`fold_lookalikes`): plain text without one holds no gloss.

    >>> may_show_han("상하이"), may_show_han("사람(\u2f08)"), may_show_han("上海")
    (False, True, True)
    """
    return _han_or_radical().search(text) is not None


@cache
def _han_or_radical() -> re.Pattern[str]:
    return re.compile(f"[{HAN_RANGES}{''.join(map(chr, _RADICALS))}]")


@cache
def _han_gap() -> re.Pattern[str]:
    return re.compile(f"(?<=[{HAN_RANGES}])\\s+(?=[{HAN_RANGES}])")


def close_han_gaps(text: str) -> str:
    """``text`` without spaces between two Han characters, which Chinese never
    writes but extracted PDFs and letter-spaced headings do: one term either way.

    >>> close_han_gaps("馬 雲"), close_han_gaps("中 国 人 民 银 行"), close_han_gaps("TCL 科技")
    ('馬雲', '中国人民银行', 'TCL 科技')
    """
    return _han_gap().sub("", text) if " " in text or "\u3000" in text else text


# The dashes Chinese may join two names with (中国—东盟, 中国-东盟), or none.
HAN_DASHES = HYPHENS + "\u2014\uff0d"


@cache
def _han_dash() -> re.Pattern[str]:
    return re.compile(f"(?<=[{HAN_RANGES}])[{re.escape(HAN_DASHES)}](?=[{HAN_RANGES}])")


def without_han_dashes(text: str) -> str:
    """``text`` without a dash between two Han characters: 中国—东盟自由贸易区
    is written with a dash of any width, or none, and is one term however.

    >>> [without_han_dashes(text) for text in ("中国—东盟", "中国-东盟", "B-2轰炸机")]
    ['中国东盟', '中国东盟', 'B-2轰炸机']
    """
    return _han_dash().sub("", text) if any(ch in HAN_DASHES for ch in text) else text


def unify_compat(text: str) -> str:
    """Map CJK compatibility ideographs to their unified ideographs.

    >>> unify_compat("\\uf900\\uf91d") == "\\u8c48\\u6b04"
    True
    """
    if not any(0xF900 <= ord(ch) <= 0xFAFF or 0x2F800 <= ord(ch) <= 0x2FA1F for ch in text):
        return text
    return "".join(
        unicodedata.normalize("NFC", ch)
        if 0xF900 <= ord(ch) <= 0xFAFF or 0x2F800 <= ord(ch) <= 0x2FA1F
        else ch
        for ch in text
    )


def compose_hangul(text: str) -> str:
    """NFC for Hangul only: compatibility ideographs stay as written.

    >>> compose_hangul("\\u1112\\u1161\\u11ab")
    '한'
    """
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text  # (a compatibility ideograph is not NFC: it takes the long way)
    out: list[str] = []
    run: list[str] = []
    for ch in text:
        if 0xF900 <= ord(ch) <= 0xFAFF or 0x2F800 <= ord(ch) <= 0x2FA1F:
            out.append(unicodedata.normalize("NFC", "".join(run)))
            run = []
            out.append(ch)
        else:
            run.append(ch)
    out.append(unicodedata.normalize("NFC", "".join(run)))
    return "".join(out)


class Runs:
    """Where a changed text's characters came from in the text it was made
    from, kept run by run so that a long document with a few changes costs
    a few numbers, not a list as long as the document: the character at
    ``at[i]`` stands for ``width[i]`` characters from ``source[i]`` on (a
    composed syllable for its jamo), the characters after it, up to the next
    run, for one character each.

    >>> runs = Runs.build([(0, 0, 1), (1, 1, 3), (2, 4, 1)], 5, 8)  # 가 + 3 jamo + 3 copied
    >>> [runs.start(k) for k in range(6)], runs.end(1), runs.end(4)
    ([0, 1, 4, 5, 6, 8], 4, 7)
    """

    __slots__ = ("at", "source", "width")

    def __init__(self, at: list[int], source: list[int], width: list[int]) -> None:
        self.at, self.source, self.width = at, source, width

    @classmethod
    def build(cls, runs: list[tuple[int, int, int]], length: int, source_length: int) -> Runs:
        """From (at, source, width) runs in order, the first at 0, for a text
        of ``length`` made from one of ``source_length``."""
        at, source, width = (list(column) for column in zip(*runs, strict=True)) \
            if runs else ([], [], [])
        return cls([*at, length], [*source, source_length], [*width, 0])

    def _run(self, k: int) -> int:
        return bisect_right(self.at, k) - 1

    def start(self, k: int) -> int:
        """Where character ``k`` starts in the source (its length: past the end)."""
        i = self._run(k)
        return self.source[i] + (k - self.at[i] and self.width[i] + k - self.at[i] - 1)

    def end(self, k: int) -> int:
        """One past the source's last character of character ``k``."""
        i = self._run(k)
        return self.start(k) + (self.width[i] if k == self.at[i] else 1)


# A syllable written as conjoining jamo (NFD, as macOS file names and some
# editors write Hangul): a leading consonant and a vowel, or a syllable
# without a final, each with an optional final consonant.
_DECOMPOSED = re.compile("[\u1100-\u1112][\u1161-\u1175][\u11a8-\u11c2]?"
                         "|[\uac00-\ud7a3][\u11a8-\u11c2]")
# What every such syllable holds, a vowel or a final: a text without one is
# told in a third of the time the pattern above takes to find none.
_VOWEL_OR_FINAL = re.compile("[\u1161-\u1175\u11a8-\u11c2]")


def compose_hangul_mapped(text: str) -> tuple[str, Runs | None]:
    """Hangul composed, and where each composed character came from; text
    with nothing to compose comes back as it is, with no map.

    >>> decomposed = "\u1112\u1161\u11ab\u110b\u116f\u11ab(韩)"
    >>> composed, where = compose_hangul_mapped(decomposed)
    >>> composed, where.start(composed.index("(")), where.end(1), where.start(len(composed))
    ('한원(韩)', 6, 6, 9)
    """
    if text.isascii() or not _VOWEL_OR_FINAL.search(text) or not _DECOMPOSED.search(text):
        return text, None
    out: list[str] = []
    runs: list[tuple[int, int, int]] = [(0, 0, 1)]
    done = length = 0
    for cluster in _DECOMPOSED.finditer(text):
        syllable = unicodedata.normalize("NFC", cluster.group())
        if len(syllable) != 1:
            continue  # a final after a syllable that has one: leave it be
        out.append(text[done : cluster.start()])
        length += cluster.start() - done
        out.append(syllable)
        runs += [(length, cluster.start(), cluster.end() - cluster.start()),
                 (length + 1, cluster.end(), 1)]
        length += 1
        done = cluster.end()
    out.append(text[done:])
    composed = "".join(out)
    return composed, Runs.build(runs, len(composed), len(text))


# What a reader does not see but copy and paste carries: zero-width spaces and
# joiners, the word joiner, a byte order mark inside text, the soft hyphen,
# direction marks and variation selectors. Left in, 시진핑\u200b(习近平) would
# not be a name before its gloss, nor 韩\u00ad雯斐 one name.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                        "\u2066-\u2069\ufe00-\ufe0f\ufeff\U000e0100-\U000e01ef]")


def drop_invisible(text: str) -> str:
    """``text`` without the characters a reader does not see.

    >>> drop_invisible("시진핑\u200b(习近平)")
    '시진핑(习近平)'
    """
    return _INVISIBLE.sub("", text) if not text.isascii() else text


def drop_invisible_mapped(text: str) -> tuple[str, Runs | None]:
    """:func:`drop_invisible`, and where each character kept came from; no
    map when none is dropped.

    >>> seen, where = drop_invisible_mapped("핑\u200b(平)")
    >>> seen, [where.start(k) for k in range(len(seen) + 1)]
    ('핑(平)', [0, 2, 3, 4, 5])
    """
    if text.isascii() or not _INVISIBLE.search(text):
        return text, None
    runs: list[tuple[int, int, int]] = [(0, 0, 1)]
    dropped = 0
    for found in _INVISIBLE.finditer(text):
        dropped += 1
        runs.append((found.end() - dropped, found.end(), 1))
    kept = _INVISIBLE.sub("", text)
    return kept, Runs.build(runs, len(kept), len(text))


def fold_lookalikes(text: str) -> str:
    """Fold full-width ASCII and unusual spaces to plain ASCII, and Kangxi
    radicals to the ideographs they look like; one character for one.

    >>> fold_lookalikes("ＴＣＬ　１２３"), fold_lookalikes("\u2f08\u6c11\u00a0")
    ('TCL 123', '人民 ')
    >>> fold_lookalikes("\u2ee9\u2f2d"), fold_lookalikes("\u2ed3\u6c5f")  # 黄山, 长江
    ('黄山', '长江')
    """
    return text if text.isascii() or not _LOOKALIKE.search(text) else text.translate(_LOOKALIKES)


def clean(text: str) -> str:
    """The form we store as written: NFC Hangul, lookalikes folded (widths,
    spaces, radicals), single spaces, nothing invisible."""
    return _SPACES.sub(" ", fold_lookalikes(compose_hangul(drop_invisible(text)))).strip()


def ko_key(text: str) -> str:
    """Key for a Korean (or Latin) rendering: cleaned and case-folded."""
    return clean(text).casefold()


@cache
def _converter(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(config)


# Text OpenCC leaves as it is: no character from the CJK radicals (U+2E80) on
# but Hangul syllables. Korean needs no converter loaded (a cold lookup of a
# Korean word loads none).
_NOTHING_TO_CONVERT = re.compile("[\x00-\u2e7f\uac00-\ud7a3]*")


def to_hans(text: str) -> str:
    """Simplified form (OpenCC t2s), after unifying compatibility ideographs.

    >>> to_hans("廣州"), to_hans("광저우")
    ('广州', '광저우')
    """
    if _NOTHING_TO_CONVERT.fullmatch(text):
        return text
    return str(_converter(DEFAULT_T2S).convert(unify_compat(text)))


def to_japanese_forms(text: str) -> str:
    """The forms Japan writes (OpenCC s2t, then t2jp): 黑泽明 → 黒沢明.

    >>> to_japanese_forms("黑泽明"), to_japanese_forms("丰臣秀吉")
    ('黒沢明', '豊臣秀吉')
    """
    return str(_converter("t2jp").convert(_converter("s2t").convert(unify_compat(text))))


def to_hant(text: str) -> str:
    """Traditional form (OpenCC s2t). A guess where one simplified character
    has several traditional ones; the form as written is always kept too."""
    if _NOTHING_TO_CONVERT.fullmatch(text):
        return text
    return str(_converter(DEFAULT_S2T).convert(unify_compat(text)))


def from_japanese_forms(text: str) -> str:
    """Japanese forms (shinjitai) as the traditional characters they stand
    for (OpenCC jp2t), for text known to be Japanese: 浜 is 濱 there, where
    Chinese has a 浜 of its own.

    >>> from_japanese_forms("横浜"), to_hans(from_japanese_forms("横浜"))
    ('橫濱', '横滨')
    """
    return str(_converter("jp2t").convert(unify_compat(text)))


def zh_key(text: str) -> str:
    """Key for a Chinese term: without quotes, cleaned (no space or dash
    between two Han characters), unified, simplified, case-folded.

    >>> zh_key("淘 寶") == zh_key("淘寶") == zh_key("“淘寶”")
    True
    """
    return to_hans(without_han_dashes(close_han_gaps(clean(without_quotes(text))))).casefold()


def script_of(zh: str) -> str:
    """'hans', 'hant' or 'both' (a term the same in either script).

    >>> script_of("淘宝"), script_of("淘寶"), script_of("中国")
    ('hans', 'hant', 'hans')
    >>> script_of("人生")
    'both'
    """
    unified = unify_compat(zh)
    hans, hant = to_hans(unified), to_hant(unified)
    if hans == hant:
        return "both"
    if unified == hans:
        return "hans"
    return "hant"
