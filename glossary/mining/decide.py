"""Choosing what a gloss covers: the last step of mining one bracket.

Alignment (:mod:`.align`) proposes where the Korean term may start and with
what evidence; this module judges the proposals and chooses. Readings are
tried first (they verify every character); then a Latin name standing right
before the bracket; then translation pieces, which Kiwi must accept as parts
of a noun phrase and which must not reach back into a list or a descriptor.

>>> decide("馬雲", "알리바바 창업자 마윈")
(9, <Kind.TRANSLITERATION: 'transliteration'>, 0.97)
>>> decide("云计算", "시장에서 클라우드 컴퓨팅")[:2]
(5, <Kind.TRANSLATION: 'translation'>)
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import dropwhile

from ..model import Kind
from ..text.firms import TABLE as FIRMS
from ..text.firms import firm_names
from ..text.hangul import without_final
from ..text.japanese import (
    japanese_hangul,
    japanese_key,
    kanji_spellings,
)
from ..text.japanese_persons import japanese_surname
from ..text.korean import (
    AND_PARTICLES,
    AND_WORDS,
    COMMON_SURNAMES,
    COUNTRY_PREFIXES,
    OR_PARTICLES,
    OR_WORDS,
    TIME_NOUNS,
    strip_particle,
)
from ..text.morph import (
    closed_words,
    cuts_a_common_noun,
    is_a_bare_noun,
    is_a_clause,
    is_a_common_noun,
    is_a_known_word,
    modifies_in_its_own_words,
    proper_noun_words,
)
from ..text.normalize import MIDDLE_DOTS, is_han, is_hangul, to_hans, to_hant
from ..text.pinyin import spells_in_toned_pinyin
from ..text.places import (
    folded,
    names_given,
    people_and_firms_named,
    places_named,
    short_name_spelt,
)
from ..text.readings import sino_readings
from ..text.segmenter import (
    is_a_persons_name,
    is_an_idiom,
    is_an_utterance,
    is_common_word,
    is_proper_name,
    tagged_spans,
    tags,
)
from .align import (
    CHINESE_AND,
    EXACT,
    NATIVE_NUMERALS,
    READING,
    Alignment,
    Correspondences,
    PieceModel,
    Unit,
    align,
    chinese_number,
    chinese_numbers,
    doubled_l,
    reading_match,
    spellings_of,
    syllable_words,
    units,
)
from .correspondences import chinese_words, seed
from .japanese_names import JAPANESE_READ, hong_kong_name, read_in_japanese
from .kinds import READ_KINDS, reading_kind
from .left_out import (
    a_place_in_china,
    country_unrendered,
    stationed_in,
    without_company_suffix,
    without_its_country,
    without_its_place,
    without_korean_suffix,
    without_place_suffix,
)
from .mismatched import (
    a_chinese_name_for_others,
    a_family_name_translated,
    a_japanese_family_name,
    a_name_pieced,
    a_note_of_today,
    a_number_misread,
    a_piece_of_another_name,
    a_sino_korean_name,
    a_sound_inserted,
    a_sound_misspelt,
    a_syllable_misread,
    another_family_name,
    another_firms_name,
    another_known_name,
    another_name,
    opens_with_another_place,
    reads_a_part_in_japanese,
    spells_another_person,
    spells_another_place,
    spells_other_characters,
    written_word,
)
from .quantities import is_measured, is_quantity
from .references import (
    ATTRIBUTIVE_NOUNS,
    GENERIC_HEADS,
    LATIN_TITLES,
    NAME_TAGS,
    PERSONS_TITLES,
    QUALIFIERS,
    SINGLING_OUT,
    STATE_CHARS,
    after_a_modifier,
    by_analogy,
    descriptor_units,
    is_a_pronoun,
    is_descriptor,
    leaves_out_a_pronoun,
    members_read,
    names_a_descriptor,
    outside_word_units,
    points_at_a_name,
    reads_reordered,
    word_at,
    word_before,
    word_span_before,
)
from .tabled import TABLED, is_tabled, tables_name, with_the_tables
from .western_names import spells_its_sound

# Evidence that explains a character: a reading, a learned correspondence, or
# a function character a Korean rendering may drop.
EXPLAINED = READING | {"fn", "learned"}
# Korean has no standard for Cantonese, and its spellings also fit Mandarin
# names misspelt (마원 for 马云, Ma Wan in Cantonese): a pair that Cantonese
# reads is left for review, below the check's 0.9.
CANTONESE_DOUBT = 0.12


def _judge_readings(a: Alignment, us: list[Unit], n: int) -> tuple[Kind, float] | None:
    learned = a.evidence.count("learned")
    read = a.reads + learned
    if not read or any(e not in EXPLAINED for e in a.evidence):
        return None
    if learned == n == 1:
        return None  # one character glossing a word: a hint at meaning, not a pair
    fuzzy, cantonese = a.evidence.count("mt~"), a.evidence.count("yue")
    # A country's name Korean writes before a name, one word with it, ends a
    # word of its own (홍콩항셍지수 for 恒生指数: 항셍지수 is as sure alone).
    in_word = a.in_word and not _after_a_country(us, a.start)
    if in_word and (fuzzy or cantonese or a.inserted):
        return None
    # Unexplained syllables may sit inside the words (주장삼각주 for 珠三角),
    # never outnumber the read characters or make up a word of their own;
    # a plant's kind Korean adds at the end counts for one (은행나무 for 银杏).
    inserted = a.inserted - (_ends_in_a_plants_kind(a, us) and read >= 2)
    if inserted >= read or a.whole_word_inserted(us) or (n == 1 and (fuzzy or cantonese)):
        return None
    if n == 1 and a.in_word and reading_kind(a.evidence) == Kind.TRANSLITERATION:
        # Inside a word, one character's gloss is of a suffix the word reads
        # the Sino-Korean way (효소군(群), 조미아론(論)); a syllable that only
        # spells its Mandarin sound is chance (두 of 모두 for 都, dū).
        return None
    if a.in_word and _cuts_a_word(us, a.start, n):
        return None
    confidence = 0.97 - 0.05 * fuzzy - 0.12 * a.inserted - 0.15 * in_word - 0.1 * (n == 1) \
        - CANTONESE_DOUBT * bool(cantonese)
    # Syllables no character explains say more than the gloss: the Korean
    # spells out what an abbreviation leaves out (주장삼각주 for 珠三角), no reading alone.
    return Kind.MIXED if a.inserted else reading_kind(a.evidence), confidence


# What Korean adds to a plant's name that Chinese leaves out: the kind of
# plant or the part of it (银杏 은행나무, 灵芝 영지버섯, 人参 인삼뿌리).
PLANTS_KINDS = ("나무", "버섯", "열매", "뿌리")


def _ends_in_a_plants_kind(a: Alignment, us: list[Unit]) -> bool:
    """Are the window's last two syllables, unexplained, a plant's kind
    (:data:`PLANTS_KINDS`) glued to the name before them (은행나무, not 은행 나무)?"""
    word = "".join(u.text for u in us[-2:])
    return len(us) >= 3 and word in PLANTS_KINDS and us[-3].kind == "syl" \
        and {len(us) - 2, len(us) - 1} <= a.inserted_units


def _inside_a_known_word(us: list[Unit], start: int) -> bool:
    """Does unit ``start`` sit inside a written word Kiwi knows whole (진 of
    톈진 for 津, the city's one-character abbreviation; 자 of 글자 for 字)?
    The gloss gives the whole word's meaning or abbreviates the name: the
    syllable is no suffix of a word (효소군(群)), nor a term."""
    first = _first_of_its_word(us, start)
    return first < start and is_a_known_word(word_at(us, first))


def _cuts_a_word(us: list[Unit], start: int, n: int) -> bool:
    """Do readings that start at unit ``start``, inside its written word,
    cut a word in two: one Kiwi knows whole where they go on past it, or one
    character's gloss (기 표 of 비행기 표 for 机票; 진 of 톈진 for 津), or a
    common noun the written word opens with (기표 of 비행기표)? The gloss
    means the whole word, or abbreviates it: no term starts inside it."""
    if _inside_a_known_word(us, start) and (n == 1 or any(u.kind == "sp" for u in us[start:])):
        return True
    # Two syllables before the term at least: one may be a family name before
    # the given name a gloss gives alone (동량 of 박동량 for 東亮, not 박동's).
    first = _first_of_its_word(us, start)
    return start - first >= 2 and cuts_a_common_noun(
        word_at(us, first), sum(len(u.text) for u in us[first:start]))


def _first_of_its_word(us: list[Unit], unit: int) -> int:
    """The first syllable of the written word ``unit`` stands in."""
    first = unit
    while first > 0 and us[first - 1].kind == "syl":
        first -= 1
    return first


def _after_a_country(us: list[Unit], start: int) -> bool:
    """Does the written word of unit ``start``, which starts inside it, open
    with a country's name that ends right before it?"""
    return word_before(us, start) in COUNTRY_PREFIXES


def _split_into_syllables(a: Alignment) -> bool:
    """Do two translation pieces stand side by side in one word, each one
    syllable for two characters or more (은행 for 工农中建: 은 for 工农, 행
    for 中建)? A word is no such string of translated words: chance."""
    ones = {first_unit for first_char, end_char, first_unit, end_unit in a.correspondences
            if end_unit - first_unit == 1 and end_char - first_char >= 2}
    return any(unit + 1 in ones for unit in ones)


def _judge_pieces(chars: str, a: Alignment, us: list[Unit]) -> tuple[Kind, float] | None:
    n = len(chars)
    if "del" in a.evidence or not a.piece_units or a.whole_word_inserted(us) or (
            a.in_word and not _after_a_country(us, a.start)):
        return None  # without a piece it is a reading alignment, judged already
    if a.read_apart(chars, us) or a.reads_part_of_a_piece(chars, us):
        return None
    if _split_into_syllables(a):
        return None
    read = a.reads
    # A correspondence explains its characters as a reading does (홍콩섬 for 香港島).
    explained = read + a.evidence.count("learned")
    if a.score <= 0 or a.inserted > explained or (explained < n / 2 and a.loose_pieces):
        return None  # few read characters among odd pieces: more likely chance
    latin = [us[s].kind == "lat" for s, _ in a.piece_units]
    if read == 0 and n == 1:
        return None  # one character glossing a word: a hint at meaning, not a pair
    if read == 0 and all(latin):
        kind = Kind.LATIN
    elif read == 0 and not any(latin):
        kind = Kind.TRANSLATION
    else:
        kind = Kind.MIXED
    confidence = 0.55 + 0.35 * read / n - 0.1 * a.inserted
    return kind, round(confidence, 2)


def _states_before(chars: str, us: list[Unit], start: int) -> int | None:
    """The first unit of the word before unit ``start`` when it lists, a
    syllable each in any order, the states the gloss opens with (한중 for
    中韩…); else None."""
    first, end = word_span_before(us, start)
    syllables = [u.text for u in us[first:end]]
    states = chars[: len(syllables)]
    if len(syllables) < 2 or end != start - 1 or not all(c in STATE_CHARS for c in states):
        return None
    return first if members_read(syllables, states) == len(states) else None


def _latin_run(us: list[Unit]) -> int | None:
    """Start of the Latin name ending at the bracket (``INSE Kitchen``), if any."""
    if not us or us[-1].kind != "lat":
        return None
    start = len(us) - 1
    tokens = 1
    while start >= 2 and us[start - 1].kind == "sp" and us[start - 2].kind == "lat" and tokens < 5:
        start, tokens = start - 2, tokens + 1
    while start < len(us) and (us[start].kind == "sp" or us[start].text.isdigit()):
        start += 1
    if start == len(us) or not any(c.isalpha() for u in us[start:] for c in u.text):
        return None
    if start and us[start - 1].kind == "syl":
        # 중국중앙TV: the Latin ends a Korean word, it is no name of its own; the
        # Latin words after it may be (오픈AI CEO: CEO).
        start = next((k + 1 for k in range(start, len(us) - 1) if us[k].kind == "sp"), len(us))
        if start == len(us):
            return None
    if start == len(us) - 1 and len(us[start].text) == 1:
        return None  # a letter alone is the end of a longer name (프로젝트 S), no name
    if is_measured("".join(u.text for u in us[_digits_before(us, start):])):
        return None  # 180cm(一米八): a quantity, as a number and its unit in Hanja is
    return start


def _numbers_disagree(chars: str, us: list[Unit], start: int) -> bool:
    """Do the digits of a Latin name (G7) count otherwise than every numeral
    the gloss writes in Chinese characters (二十国集团, 20)? Then the gloss
    names another: G20 is 二十国集团. (A gloss that writes its digits, or none,
    says nothing of it: COVID-19 for 2019冠状病毒病.)

    >>> us = units("정상회의 G7")
    >>> _numbers_disagree("二十国集团", us, 5), _numbers_disagree("七国集团", us, 5)
    (True, False)
    """
    written = {int(digits) for u in us[start:] if u.kind == "lat"
               for digits in re.findall(r"[0-9]+", u.text)}
    if not written or any(ch.isdigit() for ch in chars):
        return False
    numerals = chinese_numbers(chars)
    return bool(numerals) and not written & numerals


def _latin_titles_alone(chars: str, us: list[Unit], start: int) -> bool:
    """Are the units from ``start`` titles in Latin letters (CEO) that the
    gloss does not render (머스크 CEO(马斯克), 팀 쿡 CEO(苹果))? Then they name
    nothing: a person's name is before them (:mod:`.appositions`)."""
    return all(u.kind == "sp" or u.text in LATIN_TITLES for u in us[start:]) \
        and not _renders_a_title(chars, us[start:])


def _latin_title_units(chars: str, us: list[Unit]) -> set[int]:
    """The units of titles in Latin letters (CEO) that the gloss does not
    render: no translation piece may take them for any of it."""
    titles = {k for k, u in enumerate(us) if u.text in LATIN_TITLES}
    return titles if titles and not _renders_a_title(chars, us) else set()


def _renders_a_title(chars: str, us: list[Unit]) -> bool:
    """Is the gloss the Chinese for a title in Latin letters among ``us``
    (CEO(首席执行官), CEO(总裁))?"""
    return any(chars in LATIN_TITLES.get(u.text, ()) for u in us)


def _digits_before(us: list[Unit], start: int) -> int:
    """Where the number that a Latin run at ``start`` goes on from begins."""
    while start and us[start - 1].text.isdigit() or start >= 2 and us[start - 1].kind == "sp" \
            and us[start - 2].text.isdigit():
        start -= 1
    return start


def _latin_confidence(us: list[Unit], start: int) -> float:
    """A Latin name's confidence: :data:`SHORT_LATIN` for one token of two
    letters right after a Korean word that may begin the name with it (하모니
    OS), else :data:`LATIN_NAME` (a descriptor or a qualifier before it says
    what the name is: 회사 HP, 한국 LG; a particle ends the word: 미국의 GE)."""
    short = start == len(us) - 1 and len(us[start].text) <= 2 and start >= 2 \
        and us[start - 1].kind == "sp" and us[start - 2].kind == "syl"
    before = word_before(us, start) if short else ""
    opens = short and not is_descriptor(before) and before not in QUALIFIERS \
        and strip_particle(before) == before
    return SHORT_LATIN if opens else LATIN_NAME


_CONJUNCTIONS = (*AND_PARTICLES, *AND_WORDS, *OR_WORDS, *OR_PARTICLES)
# What Korean counts the members of a named group with, after digits (4대, 3개).
COUNTED = frozenset("대개종곳명")


def _gloss_reaches_back(chars: str, us: list[Unit], start: int, kind: Kind) -> bool:
    """Does the gloss seem to cover the word before ``start`` too? That word
    joins the span to more words (하늘과 땅(天地): the gloss covers both), or, for
    a translation, counts what the gloss names, holds a reading of its first
    character (중국 측(中方)) or is the place that character names, China's
    one-character name for it (홍콩 증시(港股): 港 is 香港's)."""
    word = word_before(us, start)
    if (first := _before_conjunction(word)) is not None:
        # a translated name of its own glosses the last word alone
        return kind != Kind.TRANSLATION or _two_states(chars) or not (
            _a_name_of_its_own(chars) or _names_the_last_alone(chars, us, start, first))
    if kind != Kind.TRANSLATION or not word:
        return False
    return _counts(chars, us, start, word) or _names_its_first(chars, word)


# How often (jieba's count) a gloss may occur in Chinese and still be a name
# of its own rather than a word that may join two (天地 1989, 男女 446).
NAME_OF_ITS_OWN = 100


def _a_name_of_its_own(chars: str) -> bool:
    """Is the gloss a name, not a common word that may cover two joined
    words (하늘과 땅(天地))? It is one word to jieba, which tags it a person's,
    an organization's or another name (腾讯) or does not count it often
    (微信): 알리바바와 텐센트(腾讯) glosses 텐센트 alone."""
    simplified = to_hans(chars)
    found = tags(simplified)
    if len(found) != 1:
        return False  # words joined (百度和腾讯) or a phrase: the gloss may cover both
    return found[0][1].startswith(NAME_TAGS) or not is_common_word(
        simplified, NAME_OF_ITS_OWN)


# Characters that join two names in one gloss (百度和腾讯, 中·韩): any middle dot.
_JOINING_CHARS = frozenset(f"{CHINESE_AND}同跟、{MIDDLE_DOTS}")


def _two_states(chars: str) -> bool:
    """May the gloss name two states, a character each (澳新 for 호주와
    뉴질랜드, 中俄)?"""
    return len(chars) == 2 and chars[0] in STATE_CHARS


def _names_the_last_alone(chars: str, us: list[Unit], start: int, first: str) -> bool:
    """Does a gloss that is a common word (联想) or several (字节跳动) name
    the last of two joined names alone, ``first`` the name before the
    conjunction? Kiwi reads both as proper nouns (샤오미와 레노버: 하늘과 땅
    are common nouns), the gloss joins nothing and no syllable of the first
    name reads a character of it (중국과 러시아(中俄))."""
    if any(char in _JOINING_CHARS for char in chars):
        return False
    if any(reading_match(char, syllable)[1] in EXACT for char in chars for syllable in first):
        return False
    last = "".join(u.text for u in us[start:]).strip()
    text = f"{first} {last}"  # each name a word of its own, the conjunction left out
    return {(0, len(first)), (len(first) + 1, len(text))} <= proper_noun_words(text)


def _before_conjunction(word: str) -> str | None:
    """``word`` without the conjunction it ends in, or None when it ends in
    none. (A bare 과 is the particle of an earlier bracket: 홍콩(香港)과
    마카오(澳門).)"""
    return next((word[: -len(c)] for c in _CONJUNCTIONS
                 if word.endswith(c) and len(word) > len(c)), None)


def _counts(chars: str, us: list[Unit], start: int, word: str) -> bool:
    """Does ``word``, before unit ``start``, count the gloss's first character
    in Korean (두 세션 for 两会) or what the gloss names, after digits (4대 은행
    for 工农中建, the four great …)?"""
    if word in NATIVE_NUMERALS.get(chinese_number(chars[0]) or 0, ()):
        return True
    first = word_span_before(us, start)[0]
    return word in COUNTED and first > 0 and us[first - 1].kind == "lat" \
        and us[first - 1].text.isdigit()


def _names_its_first(chars: str, word: str) -> bool:
    """Does ``word`` hold a reading of the gloss's first character
    (:func:`_reads_its_first`), or is it the place that character names,
    China's one-character name for it (홍콩 for 港 of 港股)?"""
    return _reads_its_first(chars, word) or word in short_name_spelt(chars[0])


def _reads_its_first(chars: str, word: str) -> bool:
    """Does ``word`` start with a reading of the gloss's first character (中方
    for 중국 측; its Mandarin sound may take two syllables, 北交所 for 베이징
    증권거래소), or end with one (川菜 for 쓰촨 요리; a particle there ends no
    name: 그의 의사(医生))?"""
    return opens_reading(chars[0], word) or (
        strip_particle(word) == word and reading_match(chars[0], word[-1])[1] in EXACT)


def _read_through(us: list[Unit], closed: set[int], read: frozenset[int]) -> set[int]:
    """The closed units of the words of two syllables or more whose every
    syllable reads a character exactly: no particle or ending is there,
    whatever Kiwi makes of an unknown name (저장대(浙江大学): 저장 and the
    ending 대). One syllable may well be a determiner (전 of 전 총리)."""
    return {unit for word in syllable_words(us)
            if len(word) > 1 and word[0] in closed and all(k in read for k in word)
            for unit in word}


def _korean_name_for_another(chars: str, us: list[Unit], start: int) -> bool:
    """Is the Korean from unit ``start`` a Korean person's name (one word of
    two or three syllables that opens with a common surname), or a name Kiwi
    knows read in Sino-Korean (모택동, 毛澤東's), and the gloss another person's
    name, its surname not read (김하늘(阮春香): a role, or the name someone goes
    by; 모택동(周恩來))? A name is transcribed or read, never translated."""
    if any(u.kind != "syl" for u in us[start:]) or not 2 <= len(us) - start <= 3:
        return False
    surname, word = us[start].text, "".join(u.text for u in us[start:])
    return (surname in COMMON_SURNAMES
            or a_sino_korean_name(word)) \
        and is_a_persons_name(to_hans(chars)) and reading_match(chars[0], surname)[1] not in EXACT


def _names_another(chars: str, us: list[Unit], start: int) -> bool:
    """Is the Korean from unit ``start`` the name the tables give a country
    or place whose Chinese shares no character with the gloss (일본(東京),
    미국(纽约), 중국(北京))? The bracket then says where in it, or what of it;
    a place is rendered by its own name, never by another's. So is a person
    or a firm, where the tables name the gloss too, as another (알리바바(腾讯),
    트럼프(拜登)); a name of theirs may be someone's given name besides
    (잭슨(王嘉尔), Jackson Wang). One sharing a character may be another form
    of it: 러시아(俄国) where the table says 俄罗斯."""
    korean = "".join(u.text for u in us[start:] if u.kind != "sp")
    gloss = set(folded(chars))
    places = places_named(korean)
    named = people_and_firms_named(korean) if is_tabled(chars) else frozenset()
    # A firm's name is no person's given name: whatever the gloss, it names
    # that firm (애플(荣耀)), unless the tables give the gloss's firm the name too.
    firms = names_given(korean, (FIRMS,)) if not firm_names(chars) else frozenset()
    return any(names and not any(gloss & set(name) for name in names)
               for names in (places, named, firms,
                             *map(people_and_firms_named, _named_parts(us, start))))


def _named_parts(us: list[Unit], start: int) -> list[str]:
    """The words of the Korean from unit ``start``, when it has several
    (바이두 and 지도 of 바이두 지도): a firm's or person's name among them is
    that one's, and a gloss sharing none of its characters names another.
    (Not the start of a word: 시나 of 시나가릉 is no firm.)"""
    words = "".join(" " if u.kind == "sp" else u.text for u in us[start:]).split()
    return words if len(words) > 1 else []


def _read_before(chars: str, us: list[Unit], start: int, learned: Correspondences) -> bool:
    """Does a word before ``start`` read the whole gloss exactly (시진핑 중국
    국가주석(习近平))? Then the bracket glosses that name, and the words after
    it stand in apposition: translating them is chance."""
    if len(chars) < 2:
        return False
    k = 0
    while k < start:
        end = k
        while end < start and us[end].kind == "syl":
            end += 1
        if end > k:
            found = align(chars, us[k:end], None, learned)
            if found and found.start == 0 and _clean(found):
                return True
        k = end + 1
    return False


def _closed_units(window: str, us: list[Unit], after: str = "") -> set[int]:
    hangul_words = window if any(is_hangul(c) for c in window) else ""
    closed = closed_words(hangul_words) if hangul_words else frozenset()
    if after and any(end == len(window) for _, end in closed):
        # The last word taken for a verb's form may be a noun its particle
        # shows (판다 of 판다(熊猫)가): open when either reading says so.
        closed &= closed_words(hangul_words, after)
    return {k for k, u in enumerate(us) if any(s <= u.start < e for s, e in closed)}


def _partly_cantonese(a: Alignment) -> bool:
    """Are some characters, half of them at most, read in Cantonese?"""
    cantonese = a.evidence.count("yue")
    return 0 < cantonese <= len(a.evidence) / 2


def _read_but_one(a: Alignment, n: int) -> bool:
    """Do readings spell exactly every character of a long gloss (four or more)
    but one, left for a syllable of its own? Then the gloss is read the
    Sino-Korean way, one character in a reading the tables lack (駄 타 of
    건타라국), and a Japanese reading of the whole that only comes
    near it is chance. (One that spells each kanji exactly still wins:
    미쿠리촌(美九里村) reads 九 ku, no Korean reading.)"""
    return n >= 4 and a.exact_reads == n - 1 and a.evidence.count("del") == 1 \
        and a.inserted == 1


def _clean(a: Alignment) -> bool:
    """Every character read exactly (in Cantonese too), no syllable unexplained."""
    return a.exact_reads + a.evidence.count("yue") == len(a.evidence) and not a.inserted


DECISIONS_KEPT = 4096  # the last decisions remembered, a few MB at most
LATIN_NAME = 0.75  # a Latin name right before the bracket: nothing reads it
# ... two letters alone after a Korean word may be the end of a longer name
# (하모니 OS(鸿蒙)): left for review, below the check's 0.9 once calibrated.
SHORT_LATIN = 0.5


def decide(chars: str, window: str, learned: Correspondences | None = None,
           after: str = "") -> tuple[int, Kind, float] | None:
    """Index in ``window`` where the term starts, its kind and confidence;
    ``learned`` correspondences (the shipped table without it) count as
    evidence beside readings. A company's gloss may carry a legal or trade
    suffix Korean leaves out (리샹(理想汽车)), and Korean one the gloss leaves
    out (징둥닷컴(京东)): the name alone decides then. ``after`` is what the
    window's last word goes on with after the bracket (a particle), which
    tells Kiwi the word is a noun (판다(熊猫)가)."""
    if learned is None or learned is seed():
        return _decided_with_the_shipped_table(chars, window, after)
    return _decided(chars, window, learned, after)


@lru_cache(maxsize=DECISIONS_KEPT)
def _decided_with_the_shipped_table(chars: str, window: str, after: str
                                    ) -> tuple[int, Kind, float] | None:
    """A decision is a function of its question: one asked again (a name
    glossed again after the same words, a page's boilerplate, a text
    repeated) is answered from memory."""
    return _decided(chars, window, None, after)


def forget_decisions() -> None:
    """Answer every question afresh (a benchmark of mining repeats its text)."""
    _decided_with_the_shipped_table.cache_clear()


def _decided(chars: str, window: str, learned: Correspondences | None,
             after: str) -> tuple[int, Kind, float] | None:
    if is_quantity(chars):
        return None
    found = _without_a_country(chars, window, learned, after,
                               _with_the_tables(chars, window, learned, after))
    if found is not None and (
            (found[1] == Kind.TRANSLATION and country_unrendered(chars, window[found[0]:]))
            or a_place_in_china(chars, found[1], window[found[0]:])):
        return None
    return found or without_its_country(chars, window, learned, after, _with_the_tables) \
        or without_its_place(chars, window, learned, after, _with_the_tables)


def _with_the_tables(chars: str, window: str, learned: Correspondences | None,
                     after: str) -> tuple[int, Kind, float] | None:
    """:func:`decide` but for a country glued before the term: the verdict
    as the tables have it, a name they give, which pieces find a part of or
    none (메타버스 for 元宇宙), or one they give a firm whose legal or trade
    suffix the gloss adds (텐센트 for 腾讯控股, 폭스콘 for 鸿海科技集团)."""
    found = with_the_tables(chars, window, _decide_with_suffixes(chars, window, learned, after))
    if found is None or (found[1] == Kind.TRANSLATION and found[2] < TABLED):
        return without_company_suffix(chars, window, learned, after, _tabled_alone) or found
    return found


def _tabled_alone(chars: str, window: str, learned: Correspondences | None,
                  after: str) -> tuple[int, Kind, float] | None:
    """The name the tables give ``chars``, where the window ends with it."""
    return with_the_tables(chars, window, None)


def _without_a_country(chars: str, window: str, learned: Correspondences | None, after: str,
                       found: tuple[int, Kind, float] | None) -> tuple[int, Kind, float] | None:
    """``found``, or, where it translates the gloss by words that open with a
    country's name the gloss does not name, one word with the rest (일본도요타
    for 丰田), the rest when readings or the tables explain it whole: Korean
    says whose the name is, the gloss does not. (한국전쟁 for 朝鲜战争 stays:
    전쟁 alone leaves 朝鲜 unexplained; so does 중국중앙TV for 央视, the name
    the tables give it whole.)"""
    if found is None or found[1] not in (Kind.TRANSLATION, Kind.MIXED):
        return found
    start = found[0]
    country = next((c for c in COUNTRY_PREFIXES if window.startswith(c, start)), "")
    rest = start + len(country)
    if not country or not is_hangul(window[rest : rest + 1]) or any(
            set(folded(chars)) & set(name) for name in places_named(country)) \
            or tables_name(chars, window[start:].strip()):
        return found  # 중국중앙TV(央视): the tables' name opens with the country
    alone = _with_the_tables(chars, window[rest:], learned, after)
    if alone is None or alone[0] != 0 or not (alone[1] in READ_KINDS or alone[2] >= TABLED):
        return found
    return rest, alone[1], alone[2]


def _decide_with_suffixes(chars: str, window: str, learned: Correspondences | None,
                          after: str) -> tuple[int, Kind, float] | None:
    """:func:`decide` but for the names the tables give."""
    found = _decide(chars, window, learned, after) or without_korean_suffix(
        chars, window, learned, _decide) or _object_first(chars, window, learned)
    if found is None or found[1] == Kind.MIXED:
        # A mix may be the name read with its suffix's characters left out
        # (헝루이(恒瑞医药): 医 taken for 이, 药 for nothing): the name alone, if surer.
        named = without_company_suffix(chars, window, learned, after, _decide)
        if named is not None and (found is None or named[2] > found[2]):
            return named
        # ... or a place read with the kind of division it is left out.
        placed = without_place_suffix(chars, window, learned, after, _decide)
        if placed is not None and (found is None or placed[2] > found[2]):
            return placed
        # ... or a mission read with the host it is stationed in left out.
        stationed = stationed_in(chars, window, learned, after, _decide)
        if stationed is not None and (found is None or stationed[0] < found[0]):
            return stationed
    return found


# A verb and its object that Korean writes object first: as sure as the two
# words read in the gloss's order, a little less.
SWAPPED = 0.95
MIN_SWAPPED, MOST_SWAPPED = 4, 8  # characters of such a gloss: two words of two or more


def _object_first(chars: str, window: str, learned: Correspondences | None
                  ) -> tuple[int, Kind, float] | None:
    """A verb and its object that Chinese writes verb first and Korean
    object first: the window's last two words read the gloss's two halves
    whole, swapped (:func:`reads_swapped`); else None.

    >>> _object_first("扩大内需", "중국은 내수 확대", None)
    (4, <Kind.SINO_KOREAN: 'sino-korean'>, 0.92)
    """
    if window.count(" ") < 1:
        return None
    first, second = window.rsplit(" ", 2)[-2:]
    verdict = reads_swapped(chars, f"{first} {second}", learned)
    return None if verdict is None else (len(window) - len(second) - 1 - len(first), *verdict)


def reads_swapped(chars: str, korean: str,
                  learned: Correspondences | None = None) -> Verdict | None:
    """The kind and confidence with which ``korean``, two words, reads the
    two halves of ``chars`` whole, the second half first: a verb and its
    object, which Korean writes object first (내수 확대 for 扩大内需, 개혁 심화
    for 深化改革); else None.

    >>> reads_swapped("扩大内需", "내수 확대"), reads_swapped("扩大内需", "확대 내수")
    ((<Kind.SINO_KOREAN: 'sino-korean'>, 0.92), None)
    """
    words = korean.split(" ")
    if len(words) != 2 or not MIN_SWAPPED <= len(chars) <= MOST_SWAPPED:
        return None
    for cut in range(2, len(chars) - 1):
        verb, thing = chars[:cut], chars[cut:]
        read_thing = reads_whole(thing, words[0], learned)
        read_verb = reads_whole(verb, words[1], learned) if read_thing else None
        if read_thing and read_verb:
            kind = read_thing[0] if read_thing[0] == read_verb[0] else Kind.MIXED
            return kind, round(min(read_thing[1], read_verb[1]) * SWAPPED, 2)
    return None


def decide_by_readings(chars: str, window: str,
                       learned: Correspondences | None = None) -> tuple[int, Kind, float] | None:
    """:func:`decide` as far as readings (Mandarin, Sino-Korean, Japanese and
    learned correspondences) go, without translation pieces, Latin names or
    company suffixes: the same verdict whenever that is read (a kind of
    READ_KINDS, with full confidence), at a fraction of the cost."""
    us = units(window)
    if not us:
        return None
    learned = seed() if learned is None else learned
    return _by_readings(chars, us, learned, *_readings(chars, us, learned))


Verdict = tuple[Kind, float]
# How sure readings must be (of READ_KINDS) for a word to read a gloss whole:
# only names read whole, each of them, are taken for a list's members
# (마르크스·레닌주의 stays one term).
READ_WHOLE = 0.95


def reads_whole(chars: str, korean: str,
                learned: Correspondences | None = None) -> Verdict | None:
    """The kind and confidence with which all of ``korean`` reads all of
    ``chars``, surely (Mandarin, Sino-Korean or Japanese readings); else None.

    >>> reads_whole("上海", "상하이"), reads_whole("上海", "큰 상하이")
    ((<Kind.TRANSLITERATION: 'transliteration'>, 0.97), None)
    """
    decided = decide_by_readings(chars, korean, learned)
    if decided is None or decided[0] != 0 or decided[1] not in READ_KINDS \
            or decided[2] < READ_WHOLE:
        return None
    return decided[1], decided[2]


def named_whole(chars: str, korean: str,
                learned: Correspondences | None = None) -> Verdict | None:
    """The kind and confidence with which ``korean`` is the name that the
    correspondences give all of ``chars``, not read from its characters
    (首尔 서울, 法国 프랑스); else None.

    >>> named_whole("首爾", "서울"), named_whole("首尔", "수도")
    ((<Kind.TRANSLATION: 'translation'>, 0.97), None)
    """
    learned = seed() if learned is None else learned
    if korean.replace(" ", "") not in spellings_of(learned, chars):
        return None
    decided = decide_by_readings(chars, korean, learned)
    if decided is None or decided[0] != 0 or decided[2] < READ_WHOLE:
        return None
    return decided[1], decided[2]


def opens_reading(char: str, syllables: str) -> bool:
    """Do the first syllables of ``syllables`` (one to three) read ``char``
    exactly, in Mandarin or Sino-Korean (현 of 현대자동차 for 现)?"""
    return any(reading_match(char, syllables[:k])[1] in EXACT
               for k in range(1, min(3, len(syllables)) + 1))


def ends_reading(char: str, syllables: str) -> bool:
    """Do the last syllables of ``syllables`` (one to three) read ``char``
    exactly, in Mandarin or Sino-Korean (제 of 디지털경제 for 济)?"""
    return any(reading_match(char, syllables[-k:])[1] in EXACT
               for k in range(1, min(3, len(syllables)) + 1))


def may_read_whole(chars: str, korean: str) -> bool:
    """A quick test that :func:`decide_by_readings` can only pass: do the
    first and the last syllables of ``korean`` read the first and the last
    character exactly (in Mandarin or Sino-Korean), or spell them in
    Japanese? A sure reading of all of ``korean`` starts and ends so.

    >>> may_read_whole("内卷", "내권"), may_read_whole("大阪", "오사카")
    (True, True)
    >>> may_read_whole("内卷", "가나"), may_read_whole("内卷", "내나")
    (False, False)
    """
    syllables = "".join(ch for ch in korean if is_hangul(ch))
    if not syllables:
        return False
    first, last = chars[0], chars[-1]
    # 알 of 알리바바 reads 阿 as 아: Korean doubles the l of the next syllable.
    opens = opens_reading(first, syllables) or (
        len(syllables) > 1 and doubled_l(syllables[0], syllables[1])
        and reading_match(first, without_final(syllables[0]))[1] in EXACT)
    if opens and ends_reading(last, syllables):
        return True
    key = japanese_key(syllables)
    if any(key.startswith(spelling) for kanji in {first, to_hant(first)}
           for options in kanji_spellings(kanji, True).values() for spelling in options) and (
            syllables[-1] in sino_readings(last)
            or any(key.endswith(spelling) for kanji in {last, to_hant(last)}
                   for options in kanji_spellings(kanji, False).values() for spelling in options)):
        return True
    whole = japanese_hangul(chars).replace(" ", "")
    return bool(whole) and whole[0] == syllables[0]


def _readings(chars: str, us: list[Unit], learned: Correspondences
              ) -> tuple[Alignment | None, Verdict | None]:
    """The alignment by readings alone, and what it is worth."""
    by_reading = align(chars, us, None, learned)
    verdict = _judge_readings(by_reading, us, len(chars)) if by_reading else None
    if by_reading and verdict and a_sound_inserted(chars, us, by_reading):
        return by_reading, None  # 리커창 for 李强: another's name, no reading of this one
    if by_reading and verdict and "mt~" in by_reading.evidence and not by_reading.in_word \
            and spells_other_characters(chars, written_word(us, by_reading.start)):
        return by_reading, None  # 상하이 for 山海: read near only, the name spells 上海
    if by_reading and verdict and by_reading.inserted \
            and spells_another_place(chars, written_word(us, by_reading.start)):
        return by_reading, None  # 구이저우 for 九州: read but for 이, the name spells 贵州
    if by_reading and verdict and verdict[0] == Kind.TRANSLATION and _gloss_reaches_back(
            chars, us, by_reading.start, verdict[0]):
        return None, None
    return by_reading, verdict


def _by_readings(chars: str, us: list[Unit], learned: Correspondences,
                 by_reading: Alignment | None, verdict: Verdict | None
                 ) -> tuple[int, Kind, float] | None:
    clean = bool(by_reading and verdict and _clean(by_reading))
    if by_reading and verdict and clean and not _partly_cantonese(by_reading):
        if not by_reading.in_word:
            return us[by_reading.start].start, *verdict
        # Read from inside a written word, the gloss may be a Japanese name
        # the whole word reads (시치미촌(七美村): 치미촌 reads 七美村 too, 七 as
        # Mandarin's qi); else the word glosses its last part (박동량(東亮)).
        japanese = read_in_japanese(chars, us, by_reading)
        whole = japanese and japanese[2] >= JAPANESE_READ \
            and japanese[0] < us[by_reading.start].start
        return japanese if whole else (us[by_reading.start].start, *verdict)
    # Readings that needed near spellings or left syllables unexplained may
    # be a Japanese name read in Japanese (니텐이치류(二天一流)); so may
    # readings that took a Cantonese one here and there, which Japanese
    # readings resemble, if kanji by kanji (묘코촌(妙高村): 高 gou 코, こう).
    japanese = read_in_japanese(chars, us, by_reading)
    if japanese and (japanese[2] >= JAPANESE_READ or not clean and not (
            by_reading and _read_but_one(by_reading, len(chars)))) and not (
            # A name both languages took from elsewhere that the correspondences
            # spell (홍콩 for 香港): theirs is the surer word.
            japanese[1] == Kind.TRANSLATION and verdict and verdict[1] > japanese[2]):
        return japanese
    if by_reading and verdict:
        kind, confidence = verdict
        if "mt~" in by_reading.evidence and "yue" not in by_reading.evidence \
                and hong_kong_name(chars, "".join(u.text for u in us[by_reading.start:]
                                                   if u.kind == "syl")):
            # Spelt near its Mandarin sound, a Cantonese name all the same:
            # no standard spells it, so it is as unsure as one read in Cantonese.
            confidence -= CANTONESE_DOUBT
        return us[by_reading.start].start, kind, confidence
    return None


def _decide(chars: str, window: str, learned: Correspondences | None,
            after: str = "") -> tuple[int, Kind, float] | None:
    us = units(window)
    if not us:
        return None
    learned = seed() if learned is None else learned
    by_reading, verdict = _readings(chars, us, learned)
    if read := _by_readings(chars, us, learned, by_reading, verdict):
        return read
    if by_reading and (modified := _modifier_and_reading(chars, us, by_reading)):
        return modified
    latin = _latin_run(us)
    if latin is not None and (_numbers_disagree(chars, us, latin) or spells_in_toned_pinyin(
            "".join(u.text for u in us[latin:]), to_hans(chars))):
        return None  # nèijuǎn(内卷): how the gloss is said, no rendering of it
    if latin is not None and not _latin_titles_alone(chars, us, latin):
        states = _states_before(chars, us, latin)
        if states is not None:  # 한중 FTA(中韩自由贸易协定): the states are part of the name
            return us[states].start, Kind.MIXED, LATIN_NAME
        return us[latin].start, Kind.LATIN, _latin_confidence(us, latin)
    closed = _closed_units(window, us, after) | outside_word_units(us) \
        | _latin_title_units(chars, us)
    if by_reading and closed:
        closed -= _read_through(us, closed, by_reading.read_units)
    model = PieceModel(chinese_words(chars), closed, chars)
    by_pieces = align(chars, us, model, learned)
    if by_pieces and (described := descriptor_units(us, by_pieces)):
        model.closed_units = set(model.closed_units) | described
        by_pieces = align(chars, us, model, learned)
    if by_pieces and by_reading and (narrower := _from_the_read_word(us, model, by_reading,
                                                                     by_pieces, learned)):
        by_pieces = narrower
    if not by_pieces or not (verdict := _judge_pieces(chars, by_pieces, us)) \
            or not _stands(chars, us, by_pieces, verdict, by_reading, learned):
        return _read_reordered(chars, us)
    if verdict[0] == Kind.LATIN or not _gloss_reaches_back(chars, us, by_pieces.start,
                                                           verdict[0]):
        if verdict[0] == Kind.MIXED and by_pieces.evidence[0] == "piece" and (
                wider := _one_word_back(chars, us, model, by_pieces.start, by_reading, learned)):
            return wider  # 중국 측 대표(中方代表): not 측 for 中方 beside 대표 read
        if verdict[0] == Kind.TRANSLATION and _a_name_before_the_title(
                chars, window, us, by_pieces.start, learned):
            return None  # 황제 of 쿠빌라이 황제(忽必烈): a title translates a title, not a name
        start = _translation_start(chars, us, by_pieces.start) \
            if verdict[0] == Kind.TRANSLATION else by_pieces.start
        return us[start].start, *verdict
    if verdict[0] == Kind.TRANSLATION:
        return _one_word_back(chars, us, model, by_pieces.start, by_reading, learned)
    return None


# A word that reads the gloss's characters in an order of its own: as sure
# as a verb and its object swapped.
REORDERED = 0.92


def _read_reordered(chars: str, us: list[Unit]) -> tuple[int, Kind, float] | None:
    """The written word right before the bracket where it reads the gloss's
    characters in Korean's own order (가성비 for 性价比: :func:`reads_reordered`);
    states listed a syllable each are the lists' rule's (한중일 for 中日韩)."""
    first, end = word_span_before(us, len(us))
    if all(char in STATE_CHARS for char in chars) \
            or not reads_reordered(chars, "".join(u.text for u in us[first:end])):
        return None
    return us[first].start, Kind.SINO_KOREAN, REORDERED


def _translation_start(chars: str, us: list[Unit], start: int) -> int:
    """Where a translation the pieces start at ``start`` starts: with the noun
    before it that says which one, then a name in Latin letters that counts,
    then a Latin prefix, each taken where it stands (광둥 요리, G7 정상회의,
    e-스포츠)."""
    start = _with_the_noun_that_says_which(chars, us, start)
    start = _with_a_counted_name_before(chars, us, start)
    return _with_a_latin_prefix(us, start)


# Letters Korean writes before a word, joined by a hyphen or glued on, a
# prefix of it (e-스포츠, K-팝, e커머스): at most this many.
LATIN_PREFIX = 2


def _with_a_latin_prefix(us: list[Unit], start: int) -> int:
    """Where a translation starts that a word of one or two Latin letters
    opens, glued on or joined by a hyphen (e-스포츠 for 电子竞技, not 스포츠):
    with those letters, the word's own; else at ``start``."""
    if start < 1 or us[start - 1].kind != "lat" or (start >= 2 and us[start - 2].kind != "sp"):
        return start
    prefix = us[start - 1]
    between = us[start].start - prefix.start - len(prefix.text)
    if len(prefix.text) > LATIN_PREFIX or not prefix.text.isalpha() or between > 1:
        return start
    return start - 1


def _with_a_counted_name_before(chars: str, us: list[Unit], start: int) -> int:
    """Where a translation starts that a name in Latin letters and digits
    stands right before, a word of its own, whose number the gloss writes in
    characters (G7 정상회의 for 七国集团峰会, not 정상회의): with that name, which
    renders the part of the gloss that counts; else at ``start``."""
    if start < 2 or us[start - 1].kind != "sp" or us[start - 2].kind != "lat" or (
            start >= 3 and us[start - 3].kind != "sp"):
        return start
    name = us[start - 2].text
    digits = "".join(filter(str.isdigit, name))
    if not digits or not any(map(str.isalpha, name)) or int(digits) not in chinese_numbers(chars):
        return start
    return start - 2


def _with_the_noun_that_says_which(chars: str, us: list[Unit], start: int) -> int:
    """Where a translation that is one word starts: with the noun right before
    it, which says which one, where the word is a kind (:data:`GENERIC_HEADS`:
    광둥 요리 for 粤菜, not 요리) or the gloss a rare noun (:func:`_a_rare_noun`:
    인터넷 스타 for 网红, 빅토리아 피크 for 太平山); the word alone where the
    gloss is a word for the kind (경기 of 축구 경기 for 比赛), or where no such
    noun stands there, a word of its own apart (요리 of 맛있는 요리, of 전통 요리:
    :data:`ATTRIBUTIVE_NOUNS`; 매체 of 영문매체: a descriptor; 이후: when)."""
    kind = written_word(us, start)
    if not kind or (to_hans(chars) in GENERIC_HEADS[kind] if kind in GENERIC_HEADS
                    else not _a_rare_noun(chars)):
        return start
    first, end = word_span_before(us, start)  # syllables only
    word = "".join(u.text for u in us[first:end])
    if end != start - 1 or len(word) < 2 or word in QUALIFIERS or word in SINGLING_OUT \
            or is_descriptor(word) or word in ATTRIBUTIVE_NOUNS or word in POINTING \
            or word in TIME_NOUNS or not is_a_bare_noun(word):
        return start
    return first


# The tags of a gloss that is a common noun or a place's name to jieba (网红, 太平山).
_NOUN_TAGS = ("n", "ns")


def _a_rare_noun(chars: str) -> bool:
    """Is the gloss one noun that jieba does not count often, in characters
    alone, no person's name (网红, 皮影戏, 太平山; not 品牌, 比赛, nor 出口管制,
    two words, 张艺兴, a name)? One Korean word seldom renders such a term
    whole where a noun stands right before it: 스타 alone is 明星.

    >>> [_a_rare_noun(chars) for chars in ("网红", "太平山", "品牌", "出口管制", "张艺兴")]
    [True, True, False, False, False]
    """
    simplified = to_hans(chars)
    found = tags(simplified)
    return len(found) == 1 and found[0][1] in _NOUN_TAGS and all(map(is_han, simplified)) \
        and not is_common_word(simplified, NAME_OF_ITS_OWN)


def _a_name_before_the_title(chars: str, window: str, us: list[Unit], start: int,
                             learned: Correspondences) -> bool:
    """Has a translation taken a person's title alone, a word of its own
    after others, where the words before it make a term of the gloss
    themselves (황제 of 쿠빌라이 황제 for 忽必烈)? The gloss names the one the
    title follows: a title translates a title (대통령 of 미국 대통령 for 总统)."""
    if "".join(u.text for u in us[start:]) not in PERSONS_TITLES or start < 2 \
            or us[start - 1].kind != "sp" or us[start - 2].kind != "syl":
        return False
    return _decide(chars, window[: us[start - 1].start], learned) is not None


# Determiners that point or count: they translate no character of a term
# (이 중국 for 这个中国 is no term), where 새 (新) or 큰 (大) does.
POINTING = frozenset({"이", "그", "저", "이런", "그런", "저런", "이러한", "그러한", "저러한",
                      "모든", "각", "어느", "무슨", "어떤", "다른", "여러", "몇", "온갖", "온",
                      "전", "현", "본", "한", "두", "세", "네", "이번", "지난", "같은"})
MODIFIED = 0.7  # a modifier before readings: its meaning is no reading, nothing verifies it


def _modifier_and_reading(chars: str, us: list[Unit], by_reading: Alignment
                          ) -> tuple[int, Kind, float] | None:
    """A term that opens with a word modifying the rest, which translates the
    gloss's first character or two, the rest read exactly (새 시대 for 新时代,
    큰 변화 for 大变化, 아름다운 중국 for 美丽中国): readings explain all but that
    word, and a modifier stands right before them where the gloss has more to
    say. Not a determiner that points or counts (:data:`POINTING`), nor a noun
    made a modifier (가능한 폭탄 is no 反跳爆弾: the noun would read what it
    rendered)."""
    evidence = by_reading.evidence
    left_out = len(evidence) - len(tuple(dropwhile(lambda e: e == "del", evidence)))
    if not 1 <= left_out <= 2 or len(chars) - left_out < 2 or by_reading.inserted \
            or by_reading.in_word or any(e not in EXACT for e in evidence[left_out:]):
        return None
    first, end = word_span_before(us, by_reading.start)
    if first == end or end != by_reading.start - 1 or us[end].text != " " \
            or (first and us[first - 1].kind != "sp"):
        return None  # no word right before, a space apart, and whole
    word = "".join(u.text for u in us[first:end])
    if word in POINTING or not modifies_in_its_own_words(word, word_at(us, by_reading.start)):
        return None
    return us[first].start, Kind.MIXED, MODIFIED


def _stands(chars: str, us: list[Unit], by_pieces: Alignment, verdict: Verdict,
            by_reading: Alignment | None, learned: Correspondences) -> bool:
    """Is an alignment with translated pieces no chance, by what the words
    before it and the gloss say?"""
    translation = verdict[0] == Kind.TRANSLATION
    if translation and chinese_number(chars.removeprefix("第")) is not None:
        return False  # numerals translate only as numbers: 十四五 is no 계획, 第一 no 첫째
    if translation and by_reading and by_reading.exact_reads >= 2 \
            and _reads_that_count(us, by_reading, by_pieces.start) >= 2 \
            and not _read_inside_pieces(by_reading, by_pieces):
        return False  # 새로운 정책(新政策): readings explain part, so it is no translation
    start = by_pieces.start
    if translation and (names_a_descriptor(chars, us, start) or by_analogy(us, start)
                        or is_a_pronoun(us, start) or leaves_out_a_pronoun(chars, us, start)
                        or _read_before(chars, us, start, learned)
                        or _korean_name_for_another(chars, us, start)
                        or _names_another(chars, us, start)):
        return False
    term = "".join(u.text for u in us[start:])
    word = written_word(us, start)
    if translation and word and (spells_other_characters(chars, word, any_word=True)
                                 or another_family_name(chars, word)
                                 or a_chinese_name_for_others(chars, word)
                                 or spells_another_place(chars, word)
                                 or spells_another_person(chars, word)):
        return False  # 베이징(上海), 저장(江苏), 시진핑(李强): it spells other characters
    if translation and word and reads_a_part_in_japanese(chars, word):
        return False  # 시다(志田順): a Japanese surname alone
    if translation and word and 2 * len(word) <= len(chars) and is_an_idiom(to_hans(chars)):
        return False  # 성장(稳中求进): a word of two syllables renders no idiom of four
    if translation and is_an_utterance(to_hans(chars)) and not is_a_clause(term):
        return False  # 인사(吃饭了吗): a noun names what was said, it renders no question
    if translation and (another_known_name(chars, term) or another_firms_name(chars, term)
                        or opens_with_another_place(chars, term)):
        return False  # 삼성(华为), 디디추싱(美团): the tables name the firm 화웨이, 메이퇀
    if translation and a_note_of_today(chars, term):
        return False  # 연경(今北京): where the place of old lies today, no translation
    if translation and a_japanese_family_name(chars, term):
        return False  # 다나카(李强): a Japanese family name for a Chinese person's
    if any(mismatch(chars, us, by_pieces) for mismatch in (
            a_name_pieced, another_name, a_syllable_misread, a_sound_misspelt,
            a_piece_of_another_name, a_family_name_translated, a_number_misread)):
        return False  # 시진핑(习主席): 진핑 spells 近平, no translation of 主席
    if points_at_a_name(chars, us, by_pieces) or _a_name_titled(chars, us, by_pieces):
        return False
    if translation and _one_syllable_after_a_word(chars, us, by_pieces):
        return False
    # After a modifier a name's spelling may stand (떠오르는 바이트댄스(字节跳动)),
    # not a common noun for a name (붉은 수수밭(红高粱): 수수밭 is no 红高粱).
    return not (translation and sum(u.kind == "syl" for u in us[start:]) <= len(chars)
                and (not is_proper_name(chars) or is_a_common_noun(term))
                and after_a_modifier(us, start))


def _a_name_titled(chars: str, us: list[Unit], by_pieces: Alignment) -> bool:
    """Does a piece take a person's title, or a word ending in one, for a
    word of the gloss jieba tags a person's or a place's name, or for all of a
    Japanese person's name (대통령 for 特朗普 in 트럼프 대통령 부부(特朗普夫妇),
    외교부장 for 秦刚, 총리 for 岸田文雄; jieba takes 奥巴马 for a
    place's; 卿 of 国务卿 is none, a surname only as a word of its own)? A
    title names an office, never the person in it: the piece is chance."""
    titled = [(first, end) for first, end, unit, unit_end in by_pieces.correspondences
              if _ends_in_a_title("".join(u.text for u in us[unit:unit_end]))]
    if (0, len(chars)) in titled and japanese_surname(to_hans(chars)):
        return True  # 총리 for 岸田文雄: a Japanese person's name, which jieba cuts apart
    return bool(titled) and any(
        (start, end) in titled for start, end, tag in tagged_spans(to_hans(chars))
        if tag.startswith(("nr", "ns")))


def _ends_in_a_title(word: str) -> bool:
    """Is ``word`` a person's title, or a word ending in one (외교부장, 국가주석)?"""
    return any(word.endswith(title) for title in PERSONS_TITLES)


def _from_the_read_word(us: list[Unit], model: PieceModel, by_reading: Alignment,
                        by_pieces: Alignment, learned: Correspondences) -> Alignment | None:
    """Pieces from the first word a reading reads on, where the pieces found
    start before it and put the syllables read in one piece: 첨단기술 수출통제
    for 出口管制 took 첨단기술 for 出口 and 수출통제 for 管制, where 출 of 수출
    and 제 of 통제 say each word translates a word of the gloss (see
    :func:`_read_inside_pieces`: with two exact readings or more, :func:`_stands`
    refuses pieces that hold them together). None when that changes nothing."""
    if not by_reading.in_word or by_reading.exact_reads < 2 \
            or _read_inside_pieces(by_reading, by_pieces):
        return None
    first = _first_of_its_word(us, min(by_reading.read_units))
    if by_pieces.start >= first:
        return None
    narrowed = PieceModel(model.words, set(model.closed_units) | set(range(first)), model.gloss)
    found = align(model.gloss, us, narrowed, learned)
    return found if found is not None and _read_inside_pieces(by_reading, found) else None


def _reads_that_count(us: list[Unit], by_reading: Alignment, start: int) -> int:
    """How many syllables the readings read exactly that say the pieces from
    ``start`` on are no translation: those among the pieces, and those before
    them read from the start of their word (중 and 일 of 한·중·일 정상회의 for
    中日韩峰会), not a syllable of a word the readings leave unexplained before
    it (사 of 회사의 회장 for 董事长, where 회장 translates it)."""
    read = by_reading.read_units
    return sum(unit >= start or _read_from_its_start(us, unit, read) for unit in read)


def _read_from_its_start(us: list[Unit], unit: int, read: frozenset[int]) -> bool:
    """Do the readings read every syllable of ``unit``'s word up to it?"""
    return all(k in read for k in range(_first_of_its_word(us, unit), unit))


def _read_inside_pieces(by_reading: Alignment, by_pieces: Alignment) -> bool:
    """Does every syllable the readings read lie inside a word that a piece
    translates, one to a word (출 of 수출 and 제 of 통제 for 出口管制: each word
    a translation sharing a character with the gloss's), rather than read a
    word, or part of one, of its own (정책 of 새로운 정책 for 新政策)?"""
    inside = [next((piece for piece in by_pieces.piece_units if piece[0] <= unit < piece[1]),
                   None) for unit in by_reading.read_units]
    return None not in inside and len(set(inside)) == len(inside)


def _one_syllable_after_a_word(chars: str, us: list[Unit], by_pieces: Alignment) -> bool:
    """Is a translation one syllable for a gloss of two characters or more,
    right after a bare noun (날 of 다음 날(次日))? The syllable is then the
    last word of the rendering, not all of it, and what the words before it
    give the gloss no piece tells. (After a word that ends in a particle, 그는
    술(白酒), the syllable stands alone; a correspondence learned from
    verified pairs may be short, and a Western name its Chinese spells is one:
    not 찬 for 成龍 in 재키 찬, Jackie Chan's own surname.)"""
    syllables = sum(u.kind == "syl" for u in us[by_pieces.start:])
    if syllables != 1 or len(chars) < 2 or "learned" in by_pieces.evidence:
        return False
    if is_proper_name(chars) and spells_its_sound(chars, us[by_pieces.start].text):
        return False  # a Western surname after the given name, spelt alike: 팀 쿡(库克)
    before = word_before(us, by_pieces.start)
    # A word that reads the gloss's first character widens the term to it
    # instead (미국 측(美方): see _one_word_back).
    return bool(before) and not _reads_its_first(chars, before) and is_a_bare_noun(before)


def one_syllable_reading_one(chars: str, term: str) -> bool:
    """Is ``term`` one syllable that reads a character of a longer gloss
    (당 of 우리 당(我党): 党 read, 我 left out, so no translation)?

    >>> one_syllable_reading_one("我党", "당"), one_syllable_reading_one("水库", "댐")
    (True, False)
    """
    return len(chars) > 1 and len(term) == 1 and is_hangul(term) and any(
        reading_match(char, term)[1] in EXACT for char in chars)


def _one_word_back(chars: str, us: list[Unit], model: PieceModel, start: int,
                   by_reading: Alignment | None, learned: Correspondences
                   ) -> tuple[int, Kind, float] | None:
    """A translation (or a mix whose first character a piece translates)
    whose gloss reaches back into the word before it, that word opening or
    ending with a reading of the gloss's first character (중국 측(中方), 쓰촨
    요리(川菜), 탄소 피크(碳达峰), 중국 측 대표(中方代表)) or being the place that
    character names (홍콩 증시(港股)): the term from that word
    on, when that character alone may be a piece (the rest of its word
    another) and the alignment then starts there; else None. Not a surname
    alone before a person's name: a given name is read, never translated
    (왕 부장(王毅) is the minister called Wang, 部长 no part of his name; 다얀
    카안(達延汗) reads a name and translates its title)."""
    word = word_before(us, start)
    if not word or (len(word) == 1 and is_a_persons_name(chars)) \
            or not _names_its_first(chars, word) or _before_conjunction(word) is not None \
            or _counts(chars, us, start, word):
        return None
    first = word_span_before(us, start)[0]
    split = {(1, end) for begin, end in model.words if begin == 0 and end > 1}
    wider = PieceModel({*model.words, (0, 1), *split}, model.closed_units, chars)
    found = align(chars, us, wider, learned)
    verdict = _judge_pieces(chars, found, us) if found and found.start == first else None
    if found is None or verdict is None \
            or verdict[0] not in (Kind.TRANSLATION, Kind.MIXED) \
            or not _stands(chars, us, found, verdict, by_reading, learned) \
            or _gloss_reaches_back(chars, us, first, verdict[0]):
        return None
    return us[first].start, *verdict
