"""A gloss read in Japanese: a Japanese name (도쿄(東京), 야마다촌(山田村)), kanji
by kanji or whole, and the names Japanese and Korean both took from a third
language (홍콩(香港), 사이쿵(西貢)), which no Japanese reading verifies.

>>> from glossary.mining.align import units
>>> read_in_japanese("東京", units("수도 도쿄"))
(3, <Kind.JAPANESE: 'japanese'>, 0.95)
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Kind
from ..text.cantonese import spells_cantonese
from ..text.hangul import similarity
from ..text.japanese import (
    JAPANESE_NEAR,
    READ_SUFFIXES,
    japanese_hangul,
    sounds_japanese,
    spells_japanese,
    written_in_kanji,
)
from ..text.normalize import to_hans, to_hant
from ..text.places import chinese_place, folded
from ..text.readings import sino_readings
from ..text.segmenter import is_common_word, is_proper_name
from .align import NEAR, Alignment, Unit
from .kinds import COMMON_IN_CHINESE, spelt_whole
from .left_out import place_in_china, place_in_china_opening

JAPANESE_READ = 0.95  # every kanji spelled by one of its Japanese readings

SHARED_NAME = 0.55  # such a name's score: a translation's, which nothing verifies


def hong_kong_name(chars: str, written: str, cut: bool = False) -> bool:
    """Is ``chars`` a name that ``written`` (the term, or Japan's own reading
    of the name) spells whole in Cantonese (완차이(灣仔), 타이포(大埔)), or,
    ``cut``, its start (완차 of 완차이, its last syllable taken for a particle)?
    Then kana that spell it too are no sign of a Japanese name: Japan took
    the name from Hong Kong, as Korean did. (A common word that Cantonese
    happens to spell, 기키(記紀), stays Japanese.)"""
    return spells_cantonese(chars, written, cut=cut) and is_proper_name(to_hans(chars))


def _read_in_parts(kanji: str, family: str, given: str) -> float:
    """How near a name in two words spells its kanji a part each, each part
    read kanji by kanji (1.0) or whole as Japanese reads it (야나이 다다시 for
    柳井正: 柳井 read whole, やない, where 柳 alone has no やな; 正 ただし); 0
    when a part is not read."""
    if not (sounds_japanese(family) and sounds_japanese(given)):
        return 0.0  # most words asked about spell no kana: no reading then
    return max((min(_reads_part(kanji[:cut], family), _reads_part(kanji[cut:], given))
                for cut in range(1, len(kanji))), default=0.0)


def _reads_part(kanji: str, word: str) -> float:
    if spells_japanese(kanji, word):
        return 1.0
    whole = japanese_hangul(kanji).replace(" ", "") if len(kanji) > 1 else ""
    near = similarity(word, whole, JAPANESE_NEAR) if whole else 0.0
    return near if near >= JAPANESE_NEAR else 0.0


def _spells_its_place_in_china(chars: str, words: Iterable[str]) -> bool:
    """Does one of ``words`` open with the name the tables give a place in
    China that the gloss opens with, or near it (텐진 of 텐진항 for 天津 of
    天津港, 톈진 in the standard spelling)?

    >>> _spells_its_place_in_china("天津港", ["텐진항"])
    True
    >>> _spells_its_place_in_china("天津村", ["아마쓰촌"])
    False
    """
    size = place_in_china_opening(chars)
    return bool(size) and any(similarity(word[: len(name)], name, NEAR) >= NEAR
                              for word in words for name in place_in_china(chars[:size]))


def read_in_japanese(chars: str, us: list[Unit], by_reading: Alignment | None = None
                     ) -> tuple[int, Kind, float] | None:
    """The last one to three words before the bracket, if they spell the
    gloss in Japanese: kanji by kanji in their on and kun readings (the last
    may be a place's Sino-Korean suffix, 촌 for 村), else close to the
    transcription of pykakasi's reading of the whole (도쿄(東京)). A name
    read whole that ``by_reading`` spells by its Chinese sounds as well is
    no sign of Japanese: Japanese took the name from elsewhere, as Korean
    did, and the pair is a transliteration (사이쿵(西貢): pykakasi reads
    サイゴン, Cantonese reads Sai Gung). Nor is a place in China the tables
    list read in Japanese: Korean reads it as Chinese does, if near (텐진 for
    天津, 톈진 in the standard spelling), nor one the gloss opens with, if the
    word opens with its name, near (텐진항 for 天津港; 아마쓰촌 for 天津村 is
    Japanese)."""
    if chinese_place(folded(chars)):
        return None
    simplified = not written_in_kanji(chars)
    if simplified:
        # A Chinese text glosses a Japanese name in simplified forms (东京 for
        # 東京): read in its traditional ones, which Japanese writes, kanji by
        # kanji only; read whole, pykakasi knows Chinese spellings of Western
        # names too (马克思 as 馬克思 マルクス), which are no Japanese names.
        chars = to_hant(chars)
        if not written_in_kanji(chars):
            return None
    # A simplified form may be a kanji too, another (丰 of 丰田 for 豐田): the
    # traditional forms are read as well, kanji by kanji.
    traditional = chars if simplified else to_hant(chars)
    kanji_forms = [chars] if traditional == chars or not written_in_kanji(traditional) \
        else [chars, traditional]
    starts = [k for k, u in enumerate(us)
              if u.kind == "syl" and (k == 0 or us[k - 1].kind == "sp")][-3:]
    starts = [k for k in starts if not any(u.kind == "lat" for u in us[k:])]
    words = {k: "".join(u.text for u in us[k:] if u.kind == "syl") for k in starts}
    if _spells_its_place_in_china(chars, words.values()):
        return None
    suffix = frozenset(r for r in sino_readings(chars[-1]) if len(r) == 1)
    for start in starts if len(chars) > 1 else ():  # the longest name first
        if any(spells_japanese(form, words[start], suffix) for form in kanji_forms):
            return None if hong_kong_name(chars, words[start], cut=True) else (
                us[start].start, Kind.JAPANESE, JAPANESE_READ)
    # A name in two words may be read a part each (柳井 whole, 正 kanji by kanji).
    parts = max(_read_in_parts(form, words[starts[-2]].removesuffix(words[starts[-1]]),
                               words[starts[-1]]) for form in kanji_forms) \
        if len(chars) > 2 and len(starts) >= 2 else 0.0
    in_parts = (us[starts[-2]].start, Kind.JAPANESE, round(0.6 + 0.35 * parts, 2)) \
        if parts else None
    if parts == 1.0:
        return in_parts
    target = "" if simplified else japanese_hangul(chars).replace(" ", "")
    if not target or hong_kong_name(chars, target):
        return in_parts
    # A place's or house's suffix in Sino-Korean after the rest read whole
    # (요시다촌 for 吉田村, 요리카네 성 for 頼兼城): read when a word ends so.
    stem = (japanese_hangul(chars[:-1]).replace(" ", "")
            if len(chars) > 2 and chars[-1] in READ_SUFFIXES
            and any(words[start][-1:] in suffix for start in starts) else "")
    # One syllable spelled near is chance (시 for 州, read 슈; 리 for 井莉,
    # read 이리): exactly, then.
    best: tuple[float, int] | None = None
    for start in starts:
        written = words[start]
        near = JAPANESE_NEAR if len(target) > 1 and len(written) > 1 else 1.0
        score = similarity(written, target, JAPANESE_NEAR)
        if stem and written[-1:] in suffix:
            score = max(score, similarity(written[:-1], stem, JAPANESE_NEAR))
        if score >= near and (best is None or score > best[0]):
            best = (score, start)
    if best is None:
        return in_parts
    if len(chars) > 1 and is_common_word(to_hans(chars), COMMON_IN_CHINESE):
        # A word Chinese writes often that Japanese reads whole, not kanji by
        # kanji (one kanji read whole is its own word: 侍 사무라이), is a name
        # Korean and Japanese both take from elsewhere
        # (香港 홍콩 ホンコン, 莫斯科 모스크바 モスクワ): the pair stands, its
        # Korean no reading of the Chinese but a rendering, as a translation is.
        return us[best[1]].start, Kind.TRANSLATION, SHARED_NAME
    kind = Kind.TRANSLITERATION if spelt_whole(by_reading, best[1]) else Kind.JAPANESE
    return us[best[1]].start, kind, round(0.6 + 0.35 * best[0], 2)
