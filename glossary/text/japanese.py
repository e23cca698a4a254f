"""Japanese readings of kanji, and the Korean standard transcription of Japanese.

Korean text about East Asia glosses Japanese names and places in kanji:
이토 히로부미(伊藤博文), 도쿄(東京). Their Korean is neither a Sino-Korean
reading nor a transcription of Mandarin but the transcription of the Japanese
reading (외래어 표기법, 일본어): カ·タ·チャ rows unaspirated at the start of a
word and aspirated inside it, つ 쓰, っ and ん as final consonants, long vowels
not written. Readings come from Unihan's on and kun readings of each kanji
(``data/japanese.tsv``, made by ``scripts/build_japanese_table.py``), and from
pykakasi's dictionary, a word at a time.

>>> transcribe_kana(["とうきょう"]), transcribe_kana(["いとう", "ひろぶみ"])
('도쿄', '이토 히로부미')
>>> [transcribe_kana([word]) for word in ("ほっかいどう", "きゅうしゅう", "しんじゅく")]
['홋카이도', '규슈', '신주쿠']
>>> japanese_hangul("東京"), japanese_hangul("大阪")
('도쿄', '오사카')
>>> spells_japanese("北海道", "홋카이도"), spells_japanese("草尾毅", "쿠사오 타케시")
(True, True)
>>> spells_japanese("山田村", "야마다촌", suffix=frozenset({"촌"}))
True
>>> spells_japanese("長橋局", "나가하시노츠보네")  # の read, not written
True
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, lru_cache
from typing import Any

from . import DATA
from .hangul import compose, decompose
from .lexicon import fetch, meta, starting_with, substrings
from .normalize import is_han, is_hangul
from .readings import by_first, spells

# Kana → Hangul: one form, or (at the start of a word, inside a word).
_KANA: dict[str, str | tuple[str, str]] = {
    "あ": "아", "い": "이", "う": "우", "え": "에", "お": "오",
    "か": ("가", "카"), "き": ("기", "키"), "く": ("구", "쿠"), "け": ("게", "케"),
    "こ": ("고", "코"), "が": "가", "ぎ": "기", "ぐ": "구", "げ": "게", "ご": "고",
    "さ": "사", "し": "시", "す": "스", "せ": "세", "そ": "소",
    "ざ": "자", "じ": "지", "ず": "즈", "ぜ": "제", "ぞ": "조",
    "た": ("다", "타"), "ち": ("지", "치"), "つ": "쓰", "て": ("데", "테"), "と": ("도", "토"),
    "だ": "다", "ぢ": "지", "づ": "즈", "で": "데", "ど": "도",
    "な": "나", "に": "니", "ぬ": "누", "ね": "네", "の": "노",
    "は": "하", "ひ": "히", "ふ": "후", "へ": "헤", "ほ": "호",
    "ば": "바", "び": "비", "ぶ": "부", "べ": "베", "ぼ": "보",
    "ぱ": "파", "ぴ": "피", "ぷ": "푸", "ぺ": "페", "ぽ": "포",
    "ま": "마", "み": "미", "む": "무", "め": "메", "も": "모",
    "や": "야", "ゆ": "유", "よ": "요",
    "ら": "라", "り": "리", "る": "루", "れ": "레", "ろ": "로",
    "わ": "와", "を": "오", "ゐ": "이", "ゑ": "에",
    "きゃ": ("갸", "캬"), "きゅ": ("규", "큐"), "きょ": ("교", "쿄"),
    "ぎゃ": "갸", "ぎゅ": "규", "ぎょ": "교", "しゃ": "샤", "しゅ": "슈", "しょ": "쇼",
    "じゃ": "자", "じゅ": "주", "じょ": "조", "ちゃ": ("자", "차"), "ちゅ": ("주", "추"),
    "ちょ": ("조", "초"), "にゃ": "냐", "にゅ": "뉴", "にょ": "뇨", "ひゃ": "햐", "ひゅ": "휴",
    "ひょ": "효", "びゃ": "뱌", "びゅ": "뷰", "びょ": "뵤", "ぴゃ": "퍄", "ぴゅ": "퓨",
    "ぴょ": "표", "みゃ": "먀", "みゅ": "뮤", "みょ": "묘", "りゃ": "랴", "りゅ": "류",
    "りょ": "료",
}
_LONG_AFTER = {"う": "ㅗㅜㅛㅠ", "お": "ㅗ"}  # おう, うう, おお: a long vowel, not written
_FINAL = {"っ": "ㅅ", "ん": "ㄴ"}


def _hiragana(text: str) -> str:
    return "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in text)


def _add_final(syllables: list[str], final: str) -> None:
    if syllables:
        initial, vowel, _ = decompose(syllables[-1])
        syllables[-1] = compose(initial, vowel, final)


def _word(kana: str) -> str:
    syllables: list[str] = []
    i = 0
    while i < len(kana):
        pair, ch = kana[i : i + 2], kana[i]
        if ch in _FINAL:
            _add_final(syllables, _FINAL[ch])
            i += 1
            continue
        if ch == "ー" or (ch in _LONG_AFTER and syllables
                          and decompose(syllables[-1])[1] in _LONG_AFTER[ch]
                          and not decompose(syllables[-1])[2]):
            i += 1
            continue
        unit = pair if pair in _KANA else ch
        form = _KANA.get(unit)
        if form is None:
            return ""  # not kana: no transcription
        syllables.append(form if isinstance(form, str) else form[0 if not syllables else 1])
        i += len(unit)
    return "".join(syllables)


def transcribe_kana(words: list[str]) -> str:
    """The Korean standard transcription of Japanese words written in kana."""
    out = [_word(_hiragana(word)) for word in words]
    return " ".join(out) if all(out) else ""


@cache
def _kakasi() -> Any:
    import pykakasi  # loaded on first use: only brackets readings cannot explain need it
    from pykakasi import kanji

    # pykakasi loads its whole kanji dictionary (half a second) into state its
    # Kanwa instances share, and then only asks it .get(code of a first
    # character); handed a table that reads those from the lexicon, it never
    # loads the file. (Left alone if a pykakasi keeps its state otherwise.)
    state = getattr(kanji.Kanwa, "_shared_state", None)
    if isinstance(state, dict) and state.get("_jisyo_table", ...) is None:
        state["_jisyo_table"] = _KANJI_DICTIONARY
    return pykakasi.kakasi()


class KanjiDictionary:
    """pykakasi's kanji dictionary, from the lexicon (:mod:`.lexicon`).

    pykakasi asks for the table of the character a name's next word starts
    with, then tries every word of it against the name: the commonest kanji
    start thousands (120 KB for 大), and reading and trying them cost more
    than all the rest of mining a name. While :meth:`holding` a name, the
    table of a character holds only the words of it that occur in the name,
    which are the only ones that can match: the same answer, read and tried
    in a few entries. Asked outside :meth:`holding`, a character's whole
    table, remembered.
    """

    def __init__(self) -> None:
        self.tables: dict[int, Any] = {}
        self._current = threading.local()  # a Dask worker may read names in several threads

    def get(self, code: int, default: Any = None) -> Any:
        held: dict[str, dict[str, Any]] | None = getattr(self._current, "words", None)
        if held is not None:
            found = held.get(chr(code))
        else:
            if code not in self.tables:
                self.tables[code] = starting_with("kanwa", chr(code)) or None
            found = self.tables[code]
        return default if found is None else found

    @contextmanager
    def holding(self, name: str) -> Iterator[None]:
        """Serve the tables of ``name``'s words alone while pykakasi reads it."""
        longest = meta()["longest_kanji_word"]
        variants = _itaiji().convert(name)  # pykakasi looks its variant forms up
        words: dict[str, dict[str, Any]] = {}
        for word, readings in fetch("kanwa", substrings(variants, longest)).items():
            words.setdefault(word[0], {})[word] = readings
        self._current.words = words
        try:
            yield
        finally:
            self._current.words = None


_KANJI_DICTIONARY = KanjiDictionary()


@cache
def _itaiji() -> Any:
    from pykakasi.kanji import Itaiji

    return Itaiji()


# Similarity (glossary.text.hangul.similarity) from which a Korean spelling is
# the Japanese reading's: pykakasi's readings of given names are sometimes off
# by a syllable (秀吉 ひできち).
JAPANESE_NEAR = 0.8

# The suffixes of Japan's units, places and houses that Korean reads in
# Sino-Korean after a name it writes as Japanese reads it: 東京都 도쿄도,
# 広島県 히로시마현, 吉田村 요시다촌, 長州藩 조슈번, 東京駅 도쿄역, 姫路城
# 히메지성, 徳川氏 도쿠가와씨. Korean writes a temple's 寺 either way
# (기요미즈데라, 금각사): the miner accepts 사 (:data:`READ_SUFFIXES`), no
# suggestion writes it.
SUFFIX_READINGS = {"都": "도", "府": "부", "県": "현", "市": "시", "区": "구", "町": "정",
                   "村": "촌", "郡": "군", "藩": "번", "駅": "역", "城": "성", "氏": "씨"}
READ_SUFFIXES = frozenset(SUFFIX_READINGS) | {"寺"}


@lru_cache(maxsize=20_000)
def japanese_hangul(kanji: str) -> str:
    """The Korean transcription of the Japanese reading of ``kanji`` (words
    separated by spaces), or '' when there is no reading."""
    kakasi = _kakasi()
    with _KANJI_DICTIONARY.holding(kanji):
        words = [part["hira"] for part in kakasi.convert(kanji) if part["hira"]]
    return transcribe_kana(words) if words else ""


def japanese_kana(kanji: str) -> list[str]:
    """The Japanese reading of ``kanji`` in hiragana, a word each; [] unless
    every character is read (a Chinese form pykakasi does not know is left as
    it is, unread).

    >>> japanese_kana("岸田文雄"), japanese_kana("织田")
    (['きしだ', 'ふみお'], [])
    """
    kakasi = _kakasi()
    with _KANJI_DICTIONARY.holding(kanji):
        parts = kakasi.convert(kanji)
    if not parts or any(not part["hira"] or any(map(is_han, part["hira"])) for part in parts):
        return []
    return [part["hira"] for part in parts]


@cache
def _kanji_readings() -> dict[str, tuple[str, ...]]:
    text = DATA.joinpath("japanese.tsv").read_text(encoding="utf-8")
    return {char: tuple(readings.split()) for char, readings in
            (line.split("\t") for line in text.splitlines() if line)}


# A verb's ending and its continuative form, which names write (有広 ありひろ).
_I_FORM = dict(zip("うくぐすつぬぶむる", "いきぎしちにびみり", strict=True))
_E_OR_I_ROW = frozenset("えけげせぜてでねへべぺめれいきぎしじちぢにひびぴみり")
_VOICED = str.maketrans("かきくけこさしすせそたちつてとはひふへほ",
                        "がぎぐげござじずぜぞだぢづでどばびぶべぼ")
_HALF_VOICED = str.maketrans("はひふへほ", "ぱぴぷぺぽ")
# Korean writes the same kana several ways (구/쿠, 쓰/츠/쯔, 도/토우): compared
# with plain initials and without long vowels.
_PLAIN_INITIAL = {"ㅋ": "ㄱ", "ㅌ": "ㄷ", "ㅊ": "ㅈ", "ㅍ": "ㅂ", "ㅆ": "ㅅ", "ㅉ": "ㅈ"}
# After ㅈ a y-vowel sounds as the plain one, and Korean writes じゅ じょ ちゃ
# both ways (쥬/주, 죠/조, 챠/차); the standard writes the plain one.
_PLAIN_AFTER_J = {"ㅑ": "ㅏ", "ㅕ": "ㅓ", "ㅛ": "ㅗ", "ㅠ": "ㅜ"}
_LONG = {"ㅜ": "ㅗㅛㅜㅠ", "ㅗ": "ㅗㅛ"}


# Syllables a key drops after a vowel they lengthen (see :func:`japanese_key`).
_OPENING_VOWELS = frozenset("오우")


def japanese_key(hangul: str) -> str:
    """A Hangul spelling of Japanese as compared: initials unaspirated, つ
    however written, long vowels dropped, 쥬 as 주, spaces gone.

    >>> japanese_key("로쿠죠 아리히로"), japanese_key("로쿠조 아리히로"), japanese_key("쿄토")
    ('로구조아리히로', '로구조아리히로', '교도')
    """
    out: list[tuple[str, str, str]] = []
    for ch in hangul:
        if not is_hangul(ch):
            continue
        initial, vowel, final = ("ㅅ", "ㅡ", "") if ch in "쓰츠쯔" else decompose(ch)
        if (initial == "ㅇ" and not final and out and not out[-1][2]
                and out[-1][1] in _LONG.get(vowel, "")):
            continue
        initial = _PLAIN_INITIAL.get(initial, initial)
        if initial == "ㅈ":
            vowel = _PLAIN_AFTER_J.get(vowel, vowel)
        out.append((initial, vowel, final))
    return "".join(compose(*syllable) for syllable in out)


_HIRAGANA = frozenset(chr(code) for code in range(0x3041, 0x3097))


def _readings_of(char: str) -> tuple[str, ...]:
    """A kanji's on and kun readings (Unihan), and the readings pykakasi's
    dictionary gives the kanji alone, names' among them (大 おお, 希 のぞみ,
    博 ひろし), which Unihan leaves out."""
    unihan = _kanji_readings().get(char, ())
    alone = fetch("kanwa", [char]).get(char) or ()
    named = [reading for reading, *_ in alone
             if reading and set(reading) <= _HIRAGANA and reading not in unihan]
    return (*unihan, *named)


@cache
def kanji_spellings(char: str, first: bool) -> dict[str, tuple[str, ...]]:
    """Keys (:func:`japanese_key`) of a kanji's readings and an adjective's
    stem, by first syllable: as the first of a name, or later, where a
    reading may be voiced (rendaku: 田 た → だ); a final つ ち く き may double
    the next consonant (北 ほく → ほっ)."""
    found = set()
    for reading in _readings_of(char):
        forms = {reading}
        if len(reading) >= 3 and reading.endswith("い"):
            forms.add(reading[:-1])  # an adjective's stem names people and places (高い たか)
        if len(reading) >= 2 and reading[-1] in _I_FORM:  # and a verb's (有る あり, 行く ゆき)
            forms.add(reading[:-1] + _I_FORM[reading[-1]])
        if len(reading) >= 3 and reading.endswith("る") and reading[-2] in _E_OR_I_ROW:
            forms.add(reading[:-1])  # a verb in -eru or -iru drops る (馳せる はせ)
        if not first:
            forms |= {reading[0].translate(table) + reading[1:]
                      for table in (_VOICED, _HALF_VOICED)}
        if len(reading) > 1 and reading[-1] in "つちくき":
            forms |= {form[:-1] + "っ" for form in forms}
        found |= {japanese_key(_word(form)) for form in forms}
    if not first:
        # A later reading that opens with お or う after a kanji ending in
        # that vowel (本折 もとおり 모토오리) reads as a long vowel, which the
        # key of the whole drops: offer it without.
        found |= {key[1:] for key in found if len(key) > 1 and key[0] in _OPENING_VOWELS}
    return by_first(found)


# The genitive の that names read but do not write between their words
# (麻呂子皇子 まろこのみこ, 那大津 なのおおつ, 大典侍局 おおすけのつぼね).
_NO = japanese_key("노")


@cache
def _after_no(char: str) -> dict[str, tuple[str, ...]]:
    """A later kanji's spellings (:func:`kanji_spellings`), each also after an
    unwritten の."""
    spellings = kanji_spellings(char, False)
    return by_first([*(spelling for options in spellings.values() for spelling in options),
                     *(japanese_key(_NO + spelling) for options in spellings.values()
                       for spelling in options)])


def written_in_kanji(text: str) -> bool:
    """Could Japanese write ``text``: has every Han character in it a Japanese
    reading? Simplified forms have none (东 马 广): a gloss written with one
    is read in its traditional forms, or not at all.

    >>> written_in_kanji("東京"), written_in_kanji("佐々木"), written_in_kanji("广东")
    (True, True, False)
    """
    readings = _kanji_readings()
    return all(char in readings for char in text if is_han(char))


# The vowels Korean spells kana with (ㅡ after s, ts, z only: 스 쓰 즈; ㅘ in 와),
# and the finals of ん and っ.
_KANA_VOWELS = frozenset("ㅏㅣㅜㅔㅗㅑㅠㅛ")
_KANA_FINALS = frozenset({"", "ㄴ", "ㅅ"})


def sounds_japanese(korean: str) -> bool:
    """Is every syllable of ``korean`` one that spells a kana (a final
    for ん or っ allowed)? Korean writes Chinese names with others (징, 웨,
    쥔), Japanese ones never.

    >>> sounds_japanese("도키와촌"), sounds_japanese("니시 히로토"), sounds_japanese("시진핑")
    (True, True, False)
    """
    syllables = [ch for ch in korean if not ch.isspace()]
    return bool(syllables) and all(is_hangul(ch) and _spells_a_kana(ch) for ch in syllables)


def _spells_a_kana(syllable: str) -> bool:
    initial, vowel, final = decompose(syllable)
    return final in _KANA_FINALS and (
        vowel in _KANA_VOWELS or (vowel == "ㅡ" and initial in "ㅅㅆㅉㅊㅈ")
        or (vowel == "ㅘ" and initial == "ㅇ"))


def spells_japanese(kanji: str, korean: str, suffix: frozenset[str] = frozenset()) -> bool:
    """Does ``korean`` spell ``kanji`` kanji by kanji in Japanese readings?
    The last kanji may instead take one of the ``suffix`` spellings (a place's
    촌 for 村, as Korean often writes it)."""
    key = japanese_key(korean)
    return _may_spell_kana(key, suffix) and spells(key, _choices(kanji, suffix))


def _may_spell_kana(key: str, suffix: frozenset[str]) -> bool:
    """Could the key of a Korean word spell readings (kana, one syllable each
    kana or two), the last syllable perhaps a ``suffix``? Most words asked about
    cannot (징, 웨, 쥔: :func:`sounds_japanese`): no walk through readings then."""
    if all(map(_spells_a_kana, key)):
        return True
    return any(key.endswith(end) and all(map(_spells_a_kana, key[: -len(end)]))
               for end in map(japanese_key, suffix) if end)


def _choices(kanji: str, suffix: frozenset[str]) -> Iterator[dict[str, tuple[str, ...]]]:
    """Each kanji's spellings, made as :func:`spells` walks to it: most
    words part from a name at its first kanji, and the rest cost nothing."""
    for index, char in enumerate(kanji):
        options = kanji_spellings(char, True) if index == 0 else _after_no(char)
        if suffix and index == len(kanji) - 1:
            last = [spelling for spellings in options.values() for spelling in spellings]
            options = by_first([*last, *map(japanese_key, suffix)])
        yield options
