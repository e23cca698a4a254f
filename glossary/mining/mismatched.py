"""A gloss that is not what the word before it spells: 베이징(上海).

A word Kiwi knows as a proper name, written in the Korean spellings of
Mandarin syllables (베이징, 시진핑, 마윈), transliterates Chinese characters.
When the readings do not explain the gloss by it, the gloss names something
else, an error or a trap (베이징(上海), 시진핑(李克强), 마윈(马化腾)), and no
translation piece may take it for one. A common noun (나비 for 蝴蝶) or a
word Kiwi never saw is left to the pieces, and so is a name in other sounds
(사쓰마 for 鹿葦, three syllables where Mandarin would have two) or a gloss the
tables name (리치 for 利玛窦, whose name is 마테오 리치). Nor is a given name
ever translated: a word that reads the gloss's surname and spells another
given name after it (왕치산 for 王沪宁, 김정은 for 金正日) names another person,
and so does a word read whole but one syllable, which misreads its character
(서양록 for 徐相祿, 이재명 for 李在镕) or spells its Mandarin sounds but
one, another sound (왕샤오쥔 for 王小明), or opens with another family name
in Mandarin sounds (왕샤오밍 for 李强), a place's name that reads the
gloss's in part and spells another (산둥 of 산둥성 for 山西省), a name Kiwi
knows that the tables do not give the gloss's person or firm (삼성 for 华为),
nor its reading the person or place it names (시진핑 for 北京, 베이징),
and a Japanese surname or given name alone for the name in full (시다 for
志田順).
"""

from __future__ import annotations

from functools import cache

from ..text.firms import firm_names
from ..text.japanese import spells_japanese
from ..text.japanese_persons import (
    CHINESE_FAMILY_NAMES,
    japanese_family_name_reading,
    japanese_family_names_read,
    japanese_surname,
)
from ..text.korean_persons import is_korean_persons_name
from ..text.morph import is_a_common_noun, is_a_known_name
from ..text.normalize import to_hans, to_hant
from ..text.pinyin import (
    persons_spelt,
    places_spelt,
    transcribe_mandarin,
    transcribe_person,
)
from ..text.places import (
    chinese_place,
    either_written_within,
    folded,
    people_and_firms_named,
    place_opening,
    places_named,
)
from ..text.readings import mandarin_sounds, sino_readings, sino_syllables, transcriptions
from ..text.segmenter import (
    a_name_in_the_dictionary,
    a_place_in_the_dictionary,
    an_other_name_in_the_dictionary,
    is_a_persons_name,
    is_an_idiom,
    is_proper_name,
    tags,
    word_spans,
)
from .align import EXACT, Alignment, Unit, chinese_number, reading_match
from .kinds import SPELT
from .references import NAME_TAGS
from .tabled import is_tabled, tabled_name, tables_name


def written_word(us: list[Unit], start: int) -> str:
    """The term from unit ``start`` when it is one written word of syllables
    (김정은, not 삼성 전자 nor 중국중앙TV); else ''."""
    term = us[start:]
    return "".join(u.text for u in term) if all(u.kind == "syl" for u in term) else ""


def spells_other_characters(chars: str, word: str, *, any_word: bool = False) -> bool:
    """Does ``word``, a known name spelt in Mandarin syllables, transliterate
    characters other than the gloss ``chars`` that readings did not explain
    by it: as many syllables as the gloss has characters, or a surname read
    and other sounds after it (마윈 for 马化腾)? With ``any_word``, for a
    gloss jieba takes for a name, any word that is no common noun, whole (간쑤
    for 陕西: Korean has no word of Mandarin sounds but a name's spelling; a
    piece of a word may be a part of a foreign name's, 지바 of 쿠마라지바).

    >>> spells_other_characters("上海", "베이징"), spells_other_characters("马化腾", "마윈")
    (True, True)
    >>> [spells_other_characters("陕西", "간쑤", any_word=other) for other in (False, True)]
    [False, True]
    >>> spells_other_characters("蝴蝶", "나비"), spells_other_characters("鹿葦", "사쓰마")
    (False, False)
    """
    if len(chars) < 2 or not word or is_tabled(chars) or not (
            is_a_known_name(word) or (any_word and is_proper_name(to_hans(chars))
                                      and not is_a_common_noun(word))):
        return False
    sounds = mandarin_sounds(word)
    if len(chars) in sounds:
        return True
    return bool(sounds - {1}) and reading_match(chars[0], word[0])[1] in EXACT


def spells_another_place(chars: str, word: str) -> bool:
    """Is ``word`` the Mandarin spelling of a place jieba's dictionary holds
    other than the gloss ``chars``, itself such a place (간쑤 for 陕西, 저장
    for 江苏, 광저우 for 深圳)? Korean writes a Chinese place by its reading
    (or by another language's name for it, 카슈가르 for 喀什, which spells no
    place of the dictionary); a place's spelling for another place's
    characters is an error or a trap, no translation. A place whose name
    holds the gloss's, or is held in it, is the same place (광저우 for 广州市).
    A common noun Kiwi knows spells no place for a gloss jieba alone takes
    for one, no place the tables name (수산, 水産, for 海鲜, seafood, which
    jieba tags a place).

    >>> spells_another_place("陕西", "간쑤"), spells_another_place("江苏", "저장")
    (True, True)
    >>> spells_another_place("广州市", "광저우"), spells_another_place("喀什", "카슈가르")
    (False, False)
    >>> spells_another_place("海鲜", "수산")
    False
    """
    simplified = to_hans(chars)
    if len(simplified) < 2 or not a_place_in_the_dictionary(simplified) \
            or not chinese_place(simplified) and is_a_common_noun(word):
        return False
    return _others_spelt(simplified, places_spelt(word))


def spells_another_person(chars: str, word: str) -> bool:
    """Is ``word`` the Mandarin spelling of a person jieba's dictionary
    holds, for the gloss ``chars``, another person's name, one that opens
    with one of China's common family names or whose first character the
    word's first syllable does not read (시진핑 for 李强: 习近平's; 리창 for
    习近平)? A Chinese name is read, never translated; a name in other sounds
    may be the person's own (잭슨 for 王嘉尔), and spells none; a Westerner's
    Chinese name may sound like a Chinese one (리치 for 利玛窦, Ricci: 李琦 is
    리치 too, and 리 reads 利).

    >>> spells_another_person("李强", "시진핑"), spells_another_person("习近平", "리창")
    (True, True)
    >>> spells_another_person("王嘉尔", "잭슨"), spells_another_person("利玛窦", "리치")
    (False, False)
    """
    simplified = to_hans(chars)
    if not 2 <= len(simplified) <= 4 or not word or not is_a_persons_name(simplified) or (
            simplified[0] not in CHINESE_FAMILY_NAMES
            and reading_match(chars[0], word[0])[1] in EXACT):
        return False
    return _others_spelt(simplified, persons_spelt(word))


def _others_spelt(simplified: str, spelt: frozenset[str]) -> bool:
    """Are the names a word spells (``spelt``) others than the gloss
    ``simplified``: some, none holding it or held in it?"""
    return bool(spelt) and not any(simplified in name or name in simplified for name in spelt)


def a_japanese_family_name(chars: str, term: str) -> bool:
    """Does ``term`` open with the Japanese reading of a Japanese family
    name (다나카, 田中's), for the gloss ``chars``, a Chinese person's name
    jieba knows that opens with one of China's family names (다나카(李强)), or
    a Japanese one, a family name of the table alone or before a given name,
    that opens with another (다나카(本田), 스즈키(岸田文雄))? A name is read,
    never translated: the term names another person.

    >>> a_japanese_family_name("李强", "다나카"), a_japanese_family_name("王嘉尔", "잭슨")
    (True, False)
    >>> a_japanese_family_name("本田", "다나카"), a_japanese_family_name("田中角荣", "다나카")
    (True, False)
    """
    words = term.split()
    simplified = to_hans(chars)
    if not words or not (_a_chinese_persons_name(simplified) or japanese_family_name_reading(
            chars) or japanese_surname(chars)):
        return False
    names = japanese_family_names_read(words[0])
    return bool(names) and not any(simplified.startswith(to_hans(name)) for name in names)


def another_family_name(chars: str, word: str) -> bool:
    """Is ``word``, cut into Mandarin sounds, a Chinese person's name that
    opens with another family name than the gloss's, a person's name jieba
    knows with one of China's common family names (양나이민 or 왕샤오밍 for
    李强)? A Chinese name is read, never translated: the word names another
    person. (A name in other sounds, the person's own, is none of this: 잭슨
    for 王嘉尔, 레이 for 张艺兴; nor is a name in Japanese sounds, as Western
    names sound too: 루지에리 for 羅明堅.)

    >>> another_family_name("李强", "왕샤오밍"), another_family_name("李强", "리창")
    (True, False)
    """
    simplified = to_hans(chars)
    if not mandarin_sounds(word) - {1} or not _a_chinese_persons_name(simplified):
        return False
    if any(word.startswith(reading) for reading in
           transcriptions(simplified[0]) | sino_readings(chars[0])):
        return False  # the gloss's own family name: the given name decides
    return _opens_with_a_family_name(word)


def _opens_with_a_family_name(word: str) -> bool:
    """Does ``word`` open with the Mandarin spelling of one of China's common
    family names (왕 of 왕샤오밍, 천 of 천위시)?"""
    return any(word.startswith(spelling) for spelling in _family_name_spellings())


def a_chinese_name_for_others(chars: str, word: str) -> bool:
    """Is ``word`` a Chinese person's name in Mandarin sounds, opening with a
    common family name's spelling, of two or three syllables, for a gloss
    ``chars`` of three characters, as most Chinese names have, none of which
    a syllable reads (천위시 or 왕밍 for 全红婵, which jieba knows as no
    name)? A Chinese name is read, never translated: the word names another
    person, or the gloss another thing. (Two characters may write a name of
    another language, which its own sounds render: 안친 for the Mongol 斡陳.)

    >>> [a_chinese_name_for_others("全红婵", word) for word in ("천위시", "왕밍", "취안훙찬")]
    [True, True, False]
    >>> a_chinese_name_for_others("斡陳", "안친"), a_chinese_name_for_others("朋友", "친구")
    (False, False)
    """
    if len(chars) != 3 or not {2, 3} & mandarin_sounds(word) or is_tabled(chars) \
            or not _opens_with_a_family_name(word) or is_a_common_noun(word):
        return False  # 친구(朋友): Korean's own word, of sounds Mandarin has too
    return not any(reading in word for char in chars
                   for reading in transcriptions(char) | sino_readings(char))


def _a_chinese_persons_name(simplified: str) -> bool:
    """Is ``simplified`` a Chinese person's name jieba reads as one, of two
    to four characters and opening with one of China's common family names
    (李强, 王小明; not 利玛窦, whose 利 is none of them)?"""
    return 2 <= len(simplified) <= 4 and simplified[0] in CHINESE_FAMILY_NAMES \
        and is_a_persons_name(simplified)


@cache
def _family_name_spellings() -> frozenset[str]:
    return frozenset(spelling for name in CHINESE_FAMILY_NAMES for spelling in transcriptions(name))


def a_piece_of_another_name(chars: str, us: list[Unit], a: Alignment) -> bool:
    """Does a translation piece take a name Kiwi knows, spelt in Mandarin
    syllables, for characters of the gloss ``chars`` it reads in part only
    (산둥 of 산둥성 for 山西 in 山西省, 산 reading 山; 허베이 for 河南)? The
    rest read, the name is still another's, of the same shape (see
    :func:`spells_other_characters`); a name in another language's sounds
    reads none of them (위구르 for 维吾尔). Nor may a piece take a name Kiwi
    knows for a place or person whose own reading is another name Kiwi knows
    (광둥 of 광둥성 for 福建 in 福建省: 福建 is 푸젠; see :func:`another_known_name`),
    nor a place's spelling for another place (:func:`spells_another_place`),
    nor, beside characters read or other pieces, the tables' name of a place
    none of whose characters the piece holds (마카오 of 마카오 코타이 for 路 in 路氹),
    nor a common noun for a name of the gloss that is no person's or place's,
    beside characters read (통신 of 통신사 for 新华 in 新华社), nor the name the
    tables give a firm or person none of whose characters the gloss holds
    (바이두 of 바이두 지도 for 高德 in 高德地图)."""
    gloss = set(folded(chars))
    for zh_first, zh_end, first, end in a.correspondences:
        if (first, end) not in a.piece_units:
            continue
        word = "".join(u.text for u in us[first:end] if u.kind == "syl")
        piece = chars[zh_first:zh_end]
        reads_in_place = len(word) == end - first and any(
            reading_match(char, syllable)[1] in EXACT
            for char, syllable in zip(piece, word, strict=False))
        if reads_in_place and spells_other_characters(piece, word) \
                and (is_proper_name(to_hans(piece)) or is_proper_name(to_hans(chars))):
            return True  # a name's piece (成造 of a Korean deity's title is none)
        if len(piece) >= 2 and _the_name_it_reads(piece) and another_known_name(piece, word):
            return True
        if spells_another_place(piece, word) or (
                (a.read_units or len(a.piece_units) > 1) and _names_another_place(piece, word)):
            return True  # 간쑤 of 간쑤성 for 陕西 in 陕西省: 간쑤 spells 甘肃; 중국 for 美国
        if a.read_units and any(not gloss & set(name) for name in people_and_firms_named(word)):
            return True  # 바이두 of 바이두 지도 for 高德 in 高德地图: the tables' 百度
        if 2 <= len(piece) < len(chars) and a.read_units and not reads_in_place \
                and an_other_name_in_the_dictionary(to_hans(piece)) and is_a_common_noun(word) \
                and not tables_name(piece, word):
            return True  # 통신 of 통신사 for 新华 in 新华社 (보안 reads 安 of 国安; the
            # tables' 유니버시아드 for 大运会 stays)
        if a.read_units and _reads_other_characters(piece, word):
            return True  # 충주 of 충주 고택 for 槐山 in 槐山古宅: 충주 reads 忠州
    return False


def a_sino_korean_name(word: str) -> bool:
    """Is ``word`` a name Kiwi knows written in Sino-Korean syllables alone
    (모택동, 충주): the reading of some name's characters?"""
    return set(word) <= sino_syllables() and is_a_known_name(word)


def _reads_other_characters(piece: str, word: str) -> bool:
    """Is ``word`` a name Kiwi knows, written in Sino-Korean syllables, one
    for each character of ``piece``, a name jieba knows, none of them read?
    Then the word is the reading of another name's characters (충주 for 槐山:
    忠州's), no rendering of these; a name Korean gives in other sounds (위구르
    for 维吾尔), in more syllables (양자강 for 长江) or in Japanese readings
    (에도 for 江戶) is not such a reading.

    >>> _reads_other_characters("槐山", "충주"), _reads_other_characters("维吾尔", "위구르")
    (True, False)
    """
    return 2 <= len(piece) == len(word) \
        and not any(reading_match(char, syllable)[1] in EXACT
                    for char, syllable in zip(piece, word, strict=True)) \
        and a_sino_korean_name(word) and _named(piece) and not spells_japanese(piece, word)


def a_number_misread(chars: str, us: list[Unit], a: Alignment) -> bool:
    """Does the term write a number in digits, and a piece take a numeral of
    the gloss, or leave it out, that no digit reads (제3차 for 第四次: 四 is no
    3)? The digits then write another number than the gloss's. (A numeral a
    name's reading takes is the name's: 우 of 우푸탕 1번로 reads 五 of 五福堂一号路.)

    >>> from .align import align, units, PieceModel
    >>> found = align("第四次", units("제3차"), PieceModel(frozenset({(0, 2), (0, 3)})))
    >>> a_number_misread("第四次", units("제3차"), found)
    True
    """
    if not any(u.kind == "lat" and u.text.isdigit() for u in us[a.start:]):
        return False
    return any(chinese_number(char) is not None and how in ("piece", "del")
               for char, how in zip(chars, a.evidence, strict=True))


def _names_another_place(piece: str, word: str) -> bool:
    """Is ``word`` of two syllables or more the name the tables give a country
    or place, and ``piece`` none of its characters, nor a short form of them
    (중국 for 美国 in 美国政府; 미국 for 美 in 美政府 is its short form)? Or is
    a word of three syllables or more the Mandarin spelling of places of
    jieba's dictionary, none sharing a character with ``piece`` (베이징 for 清华
    in 清华大学; 상하이 for 上证 in 上证综指 shares 上)? A shorter spelling
    names too many places by chance: 시위 spells 西域, 칸 戛纳."""
    simplified = folded(piece)
    if tabled := places_named(word) if len(word) >= 2 else frozenset():
        return not any(either_written_within(simplified, place) for place in tabled)
    spelt = places_spelt(word) if len(word) >= 3 else frozenset()
    return bool(spelt) and not any(set(simplified) & set(place) for place in spelt)


def a_name_pieced(chars: str, us: list[Unit], a: Alignment) -> bool:
    """Does a translation piece take syllables of a known name that spell
    Mandarin sounds, for a common word of the gloss ``chars``, beside a
    syllable the alignment reads by its sound (진핑 of 시진핑 for 主席 in 习主席,
    커창 of 리커창 for 总理, 윈 of 마윈 for 老师)?
    The name transliterates other characters, and the gloss calls the person
    by surname and title: the piece is chance. (A piece that spells no
    Mandarin, 그룹 of 하이얼그룹, or in a term of more than one word Kiwi
    knows as a name, or beside syllables read in Sino-Korean, 어 of 한국어
    for 话, stays.)"""
    word = written_word(us, a.start)
    read = [e for e in a.evidence if e not in ("piece", "del")]
    if not read or not all(e in SPELT or e == "both" for e in read) or not word:
        return False  # nothing read by its sound, or more than one written word
    for zh_first, zh_end, first, end in a.correspondences:
        if (first, end) not in a.piece_units or _named(chars[zh_first:zh_end]):
            continue  # a name translated (위구르 for 维吾尔), not a title or a word
        piece = "".join(u.text for u in us[first:end])
        if mandarin_sounds(piece):
            return is_a_known_name(word)
    return False


def a_family_name_translated(chars: str, us: list[Unit], a: Alignment) -> bool:
    """Does a translation piece take the family name of a Korean's or a
    Chinese person's name alone, the given name read (BTS of BTS 지민 and 멤버
    of 멤버 지민 for 朴 in 朴智旻), or with the given name's first characters,
    the rest read (제이 of 제이유 for 金帝 in 金帝儒)? A family name is read or
    left out, never translated: the piece is another word, or a name of
    another kind (a stage name), before the given name."""
    if not (is_korean_persons_name(chars) or _a_chinese_persons_name(to_hans(chars))):
        return False
    ends = [zh_end for zh_first, zh_end, first, end in a.correspondences
            if zh_first == 0 and (first, end) in a.piece_units]
    # Past the family name, the piece takes a name only where jieba reads the
    # gloss as a person's (가나이와 of 가나이와정 for 金石 in 金石町 is a place's).
    return bool(ends) and ends[0] < len(chars) \
        and (ends[0] == 1 or is_a_persons_name(to_hans(chars))) \
        and all(e in EXACT for e in a.evidence[ends[0]:])


def another_name(chars: str, us: list[Unit], a: Alignment) -> bool:
    """Is the term a person's name of its own, read by its surname alone: a
    word of as many syllables as the gloss ``chars`` has characters (two to
    four), its first syllable reading the gloss's first character, the rest a
    translation piece for the rest of the gloss that is no common noun but a
    given name, in Mandarin sounds (치산 of 왕치산 for 沪宁) or in a Sino-Korean
    reading of some of its characters, in place or not (정은 of 김정은 for 正日,
    and for 与正)? A given name is
    never translated: the word names another person, who shares the surname.
    """
    word = written_word(us, a.start)  # a syllable a unit
    if not 3 <= len(chars) == len(word) <= 4 or a.evidence[0] not in EXACT \
            or set(a.evidence[1:]) != {"piece"} \
            or {k for first, end in a.piece_units for k in range(first, end)} \
            != set(range(a.start + 1, len(us))):
        return False  # pieces (one or a syllable each) take all but the surname
    piece = word[1:]
    if is_a_common_noun(piece):
        return False
    return len(piece) in mandarin_sounds(piece) or any(
        reading_match(char, syllable)[1] in EXACT for char in chars[1:] for syllable in piece)


def a_syllable_misread(chars: str, us: list[Unit], a: Alignment) -> bool:
    """Is the term one written word of as many syllables as the gloss ``chars``
    has characters (three or more), each read exactly but one, before the last,
    that a piece takes for its character (양 of 서양록 for 相 in 徐相祿, 정 of
    정부협 for 鄧)? One syllable inside a reading translates nothing: the word
    misreads its character, or spells another name. (A last syllable may
    translate: 역 of 서울역 for 站, 어 of 한국어 for 话; not in a Korean's name,
    which Korean reads whole: 이재명 for 李在镕 is another person.)"""
    piece = _the_one_piece(a)
    if not 3 <= len(chars) == len(written_word(us, a.start)) or piece is None:
        return False
    first, end = piece
    if end != first + 1:
        return False
    if end == len(us) and not is_korean_persons_name(chars):
        return False  # a last syllable may translate; not in a Korean's name
    at = a.evidence.index("piece")
    if _heads_a_word(chars, at):
        return False  # 력 of 국제원자력기구 for 能: 원자력 renders 原子能, a word's head
    char = chars[at]
    # Not a character no reading of ours explains, nor one read in Japanese,
    # which keeps older readings (駄 타 in 건타라국, 金 긴 in 중긴하툰), nor an
    # idiom Korean says its own way (새옹지마 for 塞翁失马).
    return bool(sino_readings(char)) and not spells_japanese(char, us[first].text) \
        and not is_an_idiom(to_hans(chars))


def a_sound_misspelt(chars: str, us: list[Unit], a: Alignment) -> bool:
    """Is the term one written word that spells the Mandarin sounds of the
    person's name ``chars`` (two to four characters, as jieba reads them) but
    one character's, which a piece takes for a syllable or two of another
    Mandarin sound (쭤 of 쑨이쭤 for 洲, zhou; 쥔 of 왕샤오쥔 for 明)? Nothing
    in a name is translated: the word misspells the name, or names another."""
    word, units = written_word(us, a.start), _the_one_piece(a)
    if not word or not 2 <= len(chars) <= 4 or units is None or "sk" in a.evidence \
            or a.inserted or not mandarin_sounds(word):
        return False
    piece = "".join(u.text for u in us[units[0] : units[1]])
    char = chars[a.evidence.index("piece")]
    return 1 <= len(piece) <= 2 and bool(mandarin_sounds(piece)) \
        and bool(sino_readings(char)) and is_a_persons_name(to_hans(chars))


def a_sound_inserted(chars: str, us: list[Unit], a: Alignment) -> bool:
    """Does the term, one written word, read the person's name ``chars`` (as
    jieba reads it) in Mandarin sounds but for syllables inside it that spell
    a Mandarin sound of their own (커 of 리커창 for 李强)? Then the word is the
    name of another (李克强): a name's syllables are each a character's.

    >>> from .align import align, units
    >>> us = units("리커창")
    >>> a_sound_inserted("李强", us, align("李强", us, None, None))
    True
    """
    if not a.inserted:
        return False  # most readings: nothing inserted, nothing more to ask
    word = written_word(us, a.start)
    if not word or any(e not in EXACT for e in a.evidence) or not is_a_persons_name(to_hans(chars)):
        return False
    read = sorted(a.read_units)
    inserted = "".join(us[k].text for k in sorted(a.inserted_units))
    return all(read[0] < k < read[-1] for k in a.inserted_units) \
        and bool(mandarin_sounds(inserted))


def _heads_a_word(chars: str, at: int) -> bool:
    """Does character ``at`` end a word of the gloss of three characters or
    more that jieba knows and takes for no person's name (能 of 原子能 in
    国际原子能机构)? Its syllable may translate it, as a last one may: Korean
    says the word its own way (원자력).

    >>> _heads_a_word("国际原子能机构", 4), _heads_a_word("徐相祿", 1)
    (True, False)
    """
    simplified = to_hans(chars)
    return any(end == at + 1 and end - start >= 3 and not is_a_persons_name(simplified[start:end])
               for start, end in word_spans(simplified))


def _the_one_piece(a: Alignment) -> tuple[int, int] | None:
    """The units of the one piece of ``a``, one character's, where every
    other character is read exactly; else None."""
    if len(a.piece_units) != 1 or a.evidence.count("piece") != 1 \
            or not all(e in EXACT for e in a.evidence if e != "piece"):
        return None
    return a.piece_units[0]


def another_known_name(chars: str, word: str) -> bool:
    """Is ``word`` a name Kiwi knows that is not the one the tables give the
    person, firm or place the gloss ``chars`` names, or the one its Mandarin
    reading gives a person or place Kiwi knows by it, nor holds it or is held
    in it (삼성 for 华为, 화웨이 being its name; 남한 for 朝鲜, 북한; 시진핑 for
    北京, 베이징; 도널드 트럼프 holds 트럼프, 리치 is held in 마테오 리치)? The
    gloss names another than the word: an error or a trap, no translation.

    >>> another_known_name("华为", "삼성"), another_known_name("华为", "화웨이")
    (True, False)
    >>> another_known_name("北京", "시진핑"), another_known_name("长江", "양쯔강")
    (True, False)
    """
    # The tables give a name one Korean name, whichever table holds it.
    return _another_than(tabled_name(chars) or _the_name_it_reads(chars), word)


def another_firms_name(chars: str, term: str) -> bool:
    """Is the gloss ``chars`` a firm or brand the tables name, and ``term``
    none of its names, nor held in one or holding one (디디추싱 for 美团,
    메이퇀; 애플사 holds 애플)? A firm's name has no translation but its names,
    whether Kiwi knows the word or not.

    >>> another_firms_name("美团", "디디추싱"), another_firms_name("苹果公司", "애플사")
    (True, False)
    >>> another_firms_name("理想汽车", "리오토"), another_firms_name("上海", "디디추싱")
    (False, False)
    """
    names, compact = firm_names(chars), term.replace(" ", "")
    return bool(names) and not any(name in compact or compact in name for name in names)


def opens_with_another_place(chars: str, term: str) -> bool:
    """Does the gloss ``chars`` open with a country or place the tables name,
    and ``term``, of two words or more, with the name they give another
    (중국 외교부 for 美国国务院; 미국 국무부 for 美国国务院 opens with its own)?

    >>> opens_with_another_place("美国国务院", "중국 외교부")
    True
    >>> opens_with_another_place("美国国务院", "미국 국무부")
    False
    """
    words = term.split()
    named = places_named(words[0]) if len(words) >= 2 and len(words[0]) >= 2 else frozenset()
    if not named:
        return False
    simplified = folded(chars)
    opening = place_opening(simplified)
    if opening is None:
        return False
    place = simplified[: opening[0]]
    return not any(either_written_within(place, name) for name in named)


# What a note of where a place of old lies today opens with: now, namely.
NOW = frozenset("今现現即")


def a_note_of_today(chars: str, term: str) -> bool:
    """Is the gloss ``chars`` a note of where a place lies today (今北京,
    "today's Beijing"; 即平壤), a word for now that ``term`` does not read
    before a place's name? It glosses no translation of ``term``: the place
    of old (연경, 한성) is another name than today's.

    >>> a_note_of_today("今北京", "연경"), a_note_of_today("今首尔", "한성")
    (True, True)
    >>> a_note_of_today("今天", "오늘"), a_note_of_today("今日头条", "오늘의 헤드라인")
    (False, False)
    """
    rest = folded(chars[1:])
    if chars[0] not in NOW or len(rest) < 2 or any(
            reading_match(chars[0], term[:k])[1] in EXACT for k in range(1, 4)):
        return False
    opening = place_opening(rest)
    return (opening is not None and opening[0] == len(rest)) or a_place_in_the_dictionary(rest)


def _another_than(named: str, word: str) -> bool:
    """Is ``word`` a name Kiwi knows other than ``named`` (if any), neither
    holding it nor held in it?"""
    compact = word.replace(" ", "")
    return bool(named) and named not in compact and compact not in named \
        and is_a_known_name(compact)


def _the_name_it_reads(chars: str) -> str:
    """The Mandarin reading of the gloss ``chars``, a person's or place's name
    jieba's dictionary holds (not one it guesses), when Kiwi knows the reading
    as a name: the name Korean gives it (베이징 for 北京, 시진핑 for 习近平); else ''."""
    simplified = to_hans(chars)
    if not a_name_in_the_dictionary(simplified):
        return ""
    reading = transcribe_person(simplified) if is_a_persons_name(simplified) \
        else transcribe_mandarin(simplified)
    return reading if is_a_known_name(reading) else ""


def reads_a_part_in_japanese(chars: str, word: str) -> bool:
    """Does ``word``, of two syllables or more, spell in Japanese readings
    only the start or the end of the gloss ``chars`` (시다 for 志田 of 志田順,
    아키쓰구 for 顕次 of 三浦顕次)? Then it is a part of a Japanese name, a
    surname or a given name alone, and no translation of the whole.

    >>> reads_a_part_in_japanese("志田順", "시다"), reads_a_part_in_japanese("志田", "시다")
    (True, False)
    """
    if len(word) < 2 or len(chars) < 2:
        return False
    forms = {chars, to_hant(chars)}
    return any(spells_japanese(part, word) for form in forms for cut in range(1, len(form))
               for part in (form[:cut], form[cut:]))


def _named(chinese: str) -> bool:
    """Does jieba tag a word of ``chinese`` a name of any kind (维吾尔 nz)?"""
    return any(tag.startswith((*NAME_TAGS, "ns")) for _, tag in tags(to_hans(chinese)))
