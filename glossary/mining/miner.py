"""What one bracket glosses: ``한원페이(韩雯斐)`` → the term ``한원페이``.

:func:`glossed` reads the gloss in a bracket (dropping labels and notes)
and finds the one term it covers among the words before it
(:func:`~glossary.mining.one_term.single_term`, where
:func:`~glossary.mining.decide.decide` chooses); then the rules for what
readings alone cannot settle (a particle before the bracket, a name in full
for an abbreviation, a list, a title, a name and its title). A pair is
reported only when the choice is explained: by readings, by translation
pieces that Kiwi accepts as nouns, or by a Latin name right before the
bracket. :mod:`.documents` runs it over a text.

>>> from glossary.mining.brackets import find_brackets
>>> text = "알리바바 그룹 창업자 마윈(馬雲)이 말했다."
>>> [(text[start:end], zh) for zh, start, end, _, _ in glossed(text, next(find_brackets(text)))]
[('마윈', '馬雲')]
"""

from __future__ import annotations

import re
from functools import cache
from typing import TypeGuard

from ..model import Kind
from ..text.korean import AND_PARTICLES, AND_WORDS, counted, strip_particle, words_before
from ..text.korean_persons import is_korean_persons_name
from ..text.latin import latin_head, latin_tail
from ..text.morph import grammar_start, is_a_bare_noun, is_a_common_noun, particle_start
from ..text.normalize import MIDDLE_DOTS, clean, is_han, is_hangul, to_hans
from ..text.segmenter import is_proper_name, names_a_person
from .abbreviations import SHORT_CONFIDENCE, abbreviates, expanded_before, shortens_the_term
from .align import Correspondences
from .appositions import (
    ends_in_a_persons_title,
    glued_to_a_title,
    name_before_title,
    name_glued_to_title,
    name_titled_and_more,
    quoted_before_noun,
    read_before_a_noun,
)
from .brackets import (
    CLOSING_QUOTES,
    JOINERS,
    TITLE_OR_QUOTE,
    Bracket,
    cites_a_year,
    gloss_chars,
    inner_word,
    joiner_of,
    korean_note_after_gloss,
    korean_word_before_gloss,
    names_in_notes,
    notes_a_figure,
    parse_gloss,
    spells_its_digits,
    titled_gloss,
    word_after_gloss,
)
from .characters import called_a_character, names_a_character
from .correspondences import seed
from .decide import LATIN_NAME, READ_WHOLE, decide, may_read_whole
from .kinds import READ_KINDS
from .latin_names import initial_start, spelt_in_latin, spelt_tail_start
from .left_out import (
    COMPANY_NAME,
    COMPANY_SUFFIXES,
    another_place_before,
    country_opening,
    names_the_host,
    stationed_hosts,
)
from .lists import (
    LIST_BEFORE,
    coordinated,
    is_latin_member,
    latin_member_last,
    latin_member_written,
    list_members,
    whole_list,
)
from .mismatched import spells_another_place
from .one_term import (
    gloss_window,
    last_word,
    read_whole,
    read_whole_from,
    single_term,
    window_before_a_plus,
    word_after,
)
from .references import DEMONSTRATIVES, STATE_CHARS, called_what_it_is, reads
from .spans import term_window, title_with_a_comma
from .subtitles import with_its_head
from .tabled import TABLED, tables_name, with_the_tables
from .western_names import (
    beside_the_surname,
    spells_its_sound,
    western_full_name,
    western_given_name,
)


def _joined_members(text: str, single: tuple[str, int, int, Kind, float],
                    learned: Correspondences | None) -> list[tuple[str, int, int, Kind, float]]:
    """Names a middle dot joins on both sides, each read on its own
    (시진핑·리커창(习近平·李克强)), or written in Latin letters beside one read
    (화웨이·ZTE(华为·中兴)): a pair each. A name that only the whole
    explains (마르크스·레닌주의) or a member of one character (한·중) keeps
    the term whole: [] then; so does a date that names an event, its month in
    digits before the dot (12·9 운동(一二·九运动))."""
    gloss, start, end, _kind, _confidence = single
    joiner = joiner_of(gloss)
    written = joiner_of(text[start:end])  # the Korean's dot may be another (ㆍ for ·)
    if joiner is None or written is None:
        return []
    chinese = [member.strip() for member in gloss.split(joiner)]
    korean = text[start:end].split(written)
    if len(chinese) != len(korean) or any(len(member) < 2 for member in chinese) \
            or korean[0].strip().isdigit():
        return []
    members, at = [], start
    for zh, ko in zip(chinese, korean, strict=True):
        left, right = at + len(ko) - len(ko.lstrip()), at + len(ko.rstrip())
        member = (read_whole(zh, text, left, right, learned) if ko.strip() else None) \
            or _tabled_member(zh, text, left, right) \
            or _latin_member(zh, text, left, right, learned)
        if member is None:
            return []
        members.append(member)
        at += len(ko) + 1
    return members if any(kind != Kind.LATIN for _, _, _, kind, _ in members) else []


def _tabled_member(zh: str, text: str, start: int, end: int
                   ) -> tuple[str, int, int, Kind, float] | None:
    """``text[start:end]``, a member of a dotted list, as the name the tables
    give its Chinese member (텐센트 for 腾讯 in 알리바바·텐센트·바이두); else None."""
    return (zh, start, end, Kind.TRANSLATION, TABLED) if start < end and tables_name(
        zh, text[start:end]) else None


def _latin_member(zh: str, text: str, start: int, end: int, learned: Correspondences | None
                  ) -> tuple[str, int, int, Kind, float] | None:
    """``text[start:end]``, a member of a dotted list in Latin letters (ZTE),
    as the Latin name of its Chinese member (中兴), as :func:`decide` judges
    a Latin name alone; else None."""
    written = text[start:end]
    if not is_latin_member(written) or not all(map(is_han, zh)):
        return None
    decided = decide(zh, written, learned)
    return (zh, start, end, decided[1], decided[2]) \
        if decided is not None and decided[0] == 0 and decided[1] == Kind.LATIN else None


def _latin_member_of_a_list(text: str, bracket: Bracket, gloss: str,
                            single: tuple[str, int, int, Kind, float] | None,
                            learned: Correspondences | None
                            ) -> list[tuple[str, int, int, Kind, float]]:
    """The members of a list the gloss names, when the term before it is a
    Latin name that the Korean list holds as one of as many members
    (화웨이와 ZTE(华为和中兴)): ZTE names 中兴, not the list; else []."""
    if single is None or single[3] != Kind.LATIN or not gloss:
        return []
    return list_members(text, bracket.start, gloss, learned)


def _inner(text: str, bracket: Bracket, gloss: str | None, learned: Correspondences | None
           ) -> list[tuple[str, int, int, Kind, float]]:
    """The Korean word inside the bracket and the gloss after it, when its
    readings read the gloss whole (망막, 網膜); else nothing."""
    span = inner_word(bracket.content)
    if gloss is None or span is None:
        return []
    inner = read_whole(gloss, text, bracket.start + 1 + span[0], bracket.start + 1 + span[1],
                        learned)
    return [inner] if inner else []


def _a_quoted_title(text: str, bracket: Bracket,
                    single: tuple[str, int, int, Kind, float] | None) -> bool:
    """Does the term found fill a quotation or title marks to the bracket,
    which close right before it or right after it ('인민의 이름으로(人民的名义)')?
    A work's title ends as it ends: what reads as a particle is part of it."""
    if single is None or not single[1]:
        return False
    closing = TITLE_OR_QUOTE.get(text[single[1] - 1])
    if closing is None or closing in text[single[1] : single[2]]:
        return False
    after = text[single[2] : bracket.start] or text[bracket.end + 1 : bracket.end + 2]
    return after == closing


def _before_particle(text: str, bracket: Bracket, gloss: str | None,
                     learned: Correspondences | None, read: Kind | None = None,
                     term_start: int | None = None, confidence: float = 0.0
                     ) -> tuple[str, int, int, Kind, float] | None:
    """A word that carries its particle before the bracket (베이징에서(北京)),
    when the word without it reads the whole gloss, alone or from the term's
    ``term_start`` on (베이징 시민들(北京市民)), or when the words up to it
    explain the gloss surer than the term found with the particle did
    (``confidence``) and not by translation alone (하이산역은(海山站),
    칭화대학교를(清华大学)), if Kiwi too reads a particle there (분파이(本巴) is
    a name); or, for a gloss that readings explain only with
    syllables left over (``read``, their kind), the grammar that Kiwi finds
    ending the word (신중한(慎重): 신중 read whole)."""
    found = last_word(text, bracket) if gloss else None
    if gloss is None or found is None:
        return None
    start, word_start, end = found
    starts = [word_start, *([term_start] if term_start is not None
                            and start <= term_start < word_start else [])]
    stem = strip_particle(text[word_start:end])
    if len(stem) < end - word_start:
        stem_end = word_start + len(stem)
        return read_whole_from(gloss, text, starts, stem_end, learned) or (
            _explained_before(gloss, text, start, stem_end, learned, confidence)
            if particle_start(text[word_start:end]) == len(stem) else None)
    word = text[word_start:end]
    # Kiwi is asked only when some start of the word may read the gloss whole.
    cut = grammar_start(word) if read in (*READ_KINDS, Kind.MIXED) and any(
        may_read_whole(gloss_chars(gloss), word[:at]) for at in range(1, len(word))) else None
    return read_whole_from(gloss, text, starts, word_start + cut, learned) if cut else None


def _explained_before(gloss: str, text: str, start: int, end: int,
                      learned: Correspondences | None, confidence: float
                      ) -> tuple[str, int, int, Kind, float] | None:
    """The term that ``text[start:end]`` ends and that readings explain, in
    part at least, or the tables name (텐센트가(腾讯)), surer than
    ``confidence``; else None."""
    decided = decide(gloss_chars(gloss), text[start:end], learned)
    if decided is None or (decided[1] == Kind.TRANSLATION and decided[2] < TABLED) \
            or decided[2] <= confidence:
        return None
    return gloss, start + decided[0], end, decided[1], decided[2]


def glossed(text: str, bracket: Bracket, learned: Correspondences | None = None
            ) -> list[tuple[str, int, int, Kind, float]]:
    """What one bracket glosses (:func:`_glossed_before`), and what other
    parts of it name, read whole: a Korean word after the gloss (모택동 of
    마오쩌둥(毛澤東, 모택동), a second rendering of the same name) or right
    before it (비야디 of BYD(비야디·比亚迪)), a Korean word and its Chinese in a
    note (소식 蘇軾 of 소동파(蘇東坡, 본명 소식 蘇軾)). A note on a figure
    glosses nothing (수입 증가(자료: 海关总署)), unless the Korean names the
    same source after a label of its own (출처: 신화통신(来源：新华社))."""
    if notes_a_figure(bracket.content) and not _LABELLED_BEFORE.search(
            text, max(0, bracket.start - LABEL_REACH), bracket.start):
        return []
    found = with_its_head(text, bracket, _glossed_before(text, bracket, learned), learned)
    if not any(map(is_hangul, bracket.content)):
        return found  # most brackets: nothing in them to read
    inside = bracket.start + 1
    gloss = found[0][0] if len(found) == 1 else None if found else parse_gloss(bracket.content)
    spans = [word_after_gloss(bracket.content), inner_word(bracket.content)] if gloss else []
    readings = [(gloss, inside + span[0], inside + span[1]) for span in spans if span and gloss]
    readings += [(zh, inside + start, inside + end)
                 for start, end, zh in names_in_notes(bracket.content)]
    for zh, start, end in readings:
        reading = read_whole(zh, text, start, end, learned) or _short_form_named(
            zh, text, start, end) or _short_form_of_the_term(found, zh, text, start, end)
        if reading is not None and all(clean(text[s:e]) != clean(text[start:end])
                                       for _, s, e, _, _ in found):
            found = [*found, reading]
    return found


# A label's colon or equals sign, then a word or two up to the bracket.
_LABELLED_BEFORE = re.compile(r"[:：=]\s*[^\s:：=()（）]+(?: [^\s:：=()（）]+)?$")
LABEL_REACH = 40  # characters looked at before a bracket for such a label


def _short_form_named(zh: str, text: str, start: int, end: int
                      ) -> tuple[str, int, int, Kind, float] | None:
    """``text[start:end]`` as the Korean short form of ``zh`` that the
    bracket names beside it (전인대 of 全国人民代表大会·전인대), else None."""
    if not abbreviates(text[start:end], gloss_chars(zh), named=True):
        return None
    return zh, start, end, Kind.MIXED, SHORT_CONFIDENCE


def _short_form_of_the_term(found: list[tuple[str, int, int, Kind, float]], zh: str,
                            text: str, start: int, end: int
                            ) -> tuple[str, int, int, Kind, float] | None:
    """``text[start:end]``, in the bracket, as the Korean short form of the
    term before it that the bracket glosses ``zh`` for (:func:`shortens_the_term`:
    외환국 of 국가외환관리국(외환국·国家外汇管理局)), where no reading of the gloss
    spells it; else None."""
    if len(found) != 1 or found[0][0] != zh or found[0][3] == Kind.TRANSLATION \
            or not shortens_the_term(text[start:end], text[found[0][1] : found[0][2]], zh):
        return None
    return zh, start, end, Kind.MIXED, SHORT_CONFIDENCE


def _glossed_before(text: str, bracket: Bracket, learned: Correspondences | None
                    ) -> list[tuple[str, int, int, Kind, float]]:
    """What one bracket glosses: one term that more than a translation
    explains; else a list one abbreviation glosses whole (a translation
    alone may be its last member taken for all of it: 허베이 for 京津冀); else
    the translation; else the members of a list, a pair each."""
    gloss = parse_gloss(bracket.content)
    if gloss and (names_a_character(text, bracket.start, gloss)
                  or called_a_character(text, bracket.start, bracket.end, gloss)):
        return []  # 사람 인(人), 복(福)자: the text names a character, no term
    if (listed := _list_or_title(text, bracket, gloss, learned)) is not None:
        return listed
    # 80后: digits Chinese reads as characters, no Latin word beside the gloss.
    head, tail = (latin_head(gloss), latin_tail(gloss)) if gloss and not spells_its_digits(
        gloss) else ("", "")
    if gloss and (head or tail):
        found = _with_latin_words(text, bracket, gloss, head, tail, learned)
        if found or head or not gloss.endswith(" " + tail):
            return [found] if found else []
        gloss = gloss[: -len(tail)].rstrip()  # 忠肅王 3: a number set apart, unwritten, is a note
    single = _single(text, bracket, gloss, learned) if gloss else None
    if gloss and (settled := _settled_first(text, bracket, gloss, single, learned)):
        return settled[0]
    # 시진핑은(習近平): the word without its particle, read whole, beats a
    # reading that took the particle for a syllable of the name.
    # A quoted title keeps what reads as a particle, unless the rest reads the gloss
    # whole: '인민의 이름으로(人民的名义)', but '베이징에서'(北京).
    if (single is None or single[3] == Kind.TRANSLATION or single[4] < READ_WHOLE) and (
            particled := _before_particle(
                text, bracket, gloss, learned, single[3] if single else None,
                single[1] if single else None,
                single[4] if single and single[3] != Kind.TRANSLATION else 0.0)) and (
            particled[4] >= READ_WHOLE or not _a_quoted_title(text, bracket, single)):
        return [particled]
    if named := _one_of_its_names(text, bracket, gloss, single, learned):
        return [named]
    if (single is None or single[3] == Kind.TRANSLATION or _titled_mix(text, single)) and gloss \
            and (apart := _named_apart(text, bracket.start, gloss, learned)):
        return [(gloss, *apart)]
    if single and single[3] == Kind.MIXED and (
            instead := _instead_of_a_mix(text, bracket, gloss, single)) is not None:
        return instead
    # Dotted members each explained (a translation's too: names the tables
    # give, 트럼프·바이든(特朗普·拜登)) are a pair each.
    if single and ((members := _joined_members(text, single, learned))
                   or single[3] != Kind.TRANSLATION):
        return members or [single]
    if (inside := _word_inside(text, bracket, gloss, single, learned)) is not None:
        return inside
    whole = (whole_list(text, bracket.start, gloss) if gloss and all(map(is_han, gloss))
             else None)
    if gloss and whole:
        return [(gloss, *whole)]
    if single and _translated_by_chance(text, bracket, single):
        return []
    if expanded := _in_full(text, bracket, gloss, single) or _short_form(text, bracket, gloss,
                                                                        single, learned):
        return [expanded]
    return [single] if _stands_alone(single, text) else _members(text, bracket, gloss, learned)


def _single(text: str, bracket: Bracket, gloss: str, learned: Correspondences | None
            ) -> tuple[str, int, int, Kind, float] | None:
    """The one term the gloss renders (:func:`single_term`), a translation's
    words as many as the original's, and sure where it spells the Latin
    name the bracket gives (레노버(联想, Lenovo)) or found by that spelling."""
    single = single_term(text, bracket, gloss, learned)
    if single and single[3] in (Kind.TRANSLATION, Kind.MIXED):
        single = _translated_term(text, bracket, single)
    if single is None or single[3] == Kind.TRANSLATION:
        single = spelt_in_latin(text, bracket, gloss, single)
    return single


def _settled_first(text: str, bracket: Bracket, gloss: str,
                   single: tuple[str, int, int, Kind, float] | None,
                   learned: Correspondences | None
                   ) -> tuple[list[tuple[str, int, int, Kind, float]]] | None:
    """What a bracket glosses, settled before the other rules, in a tuple:
    nothing for a translation that points (:func:`_both_point`), the
    members of a list a Latin name is one of (:func:`_latin_member_of_a_list`),
    nothing for a Latin name after a member that reads the gloss
    (:func:`_latin_after_a_listed_member`),
    a Westerner's name in full (:func:`_western_name_in_full`), the members
    of a dotted word no single term covers (:func:`_dotted_word`); else None."""
    if single and single[3] in (Kind.TRANSLATION, Kind.MIXED) \
            and _both_point(text, single[1], single[2], single[0]):
        return ([],)
    # 삼성과 애플(三星和苹果): two names a conjunction joins, a pair each where
    # the list's members are found; else one term (양산백과 축영태, a film's title).
    if single and coordinated(gloss, text[single[1] : single[2]]) \
            and (members := _members(text, bracket, gloss, learned)):
        return (members,)
    if listed_apart := _latin_member_of_a_list(text, bracket, gloss, single, learned) \
            or (single is None and _dotted_word(text, bracket, gloss, learned)):
        return (listed_apart,)
    if single and _latin_after_a_listed_member(text, single):
        return ([],)  # 한·EU(韩欧): the gloss is the list's, no Latin name's
    western = _western_name_in_full(text, bracket, gloss, single)
    return ([western],) if western else None


def _dotted_word(text: str, bracket: Bracket, gloss: str, learned: Correspondences | None
                 ) -> list[tuple[str, int, int, Kind, float]]:
    """The members of the dotted word right before the bracket, each
    explained on its own (:func:`_joined_members`), where no single term was
    found: after a word the gloss might go on from (회장과
    알리바바·텐센트·바이두(阿里巴巴·腾讯·百度)), the term is not taken whole."""
    found = last_word(text, bracket)
    if found is None:
        return []
    _, start, end = found
    while start > 1 and text[start - 1] in JOINERS and not text[start - 2].isspace():
        start = text.rfind(" ", 0, start - 1) + 1  # the window stops at a dot: the word whole
    return _joined_members(text, (gloss, start, end, Kind.TRANSLATION, 0.0), learned)


def _western_name_in_full(text: str, bracket: Bracket, gloss: str,
                          single: tuple[str, int, int, Kind, float] | None
                          ) -> tuple[str, int, int, Kind, float] | None:
    """A Westerner's name in full (칼 마르크스(卡尔·马克思)) where the single term
    has not a word for each part of the name: no reading explains the given
    name, so a translation or a Japanese reading took the surname alone for
    all of the gloss (마르크스 for 卡尔马克思), or a title with the name (대통령
    버락 오바마), or nothing explained it (톰 행크스(汤姆·汉克斯)). A term read
    whole by Korean or Mandarin readings stands."""
    if single and single[3] in (Kind.SINO_KOREAN, Kind.TRANSLITERATION, Kind.LATIN):
        return None
    found = western_full_name(text, bracket.start, gloss,
                              len(text[single[1] : single[2]].split()) if single else 0)
    return (gloss, *found) if found else None


def _word_inside(text: str, bracket: Bracket, gloss: str | None,
                 single: tuple[str, int, int, Kind, float] | None,
                 learned: Correspondences | None
                 ) -> list[tuple[str, int, int, Kind, float]] | None:
    """What a bracket glosses that holds a Korean word before its gloss
    (뒷쪽(안저, 眼底), 아이유(본명 이지은, 李知恩)): the gloss belongs to that word,
    and a translation of the word before the bracket is chance; but a short
    form in the bracket and the name in full before it are both the gloss's
    (국가발전개혁위원회(발개위·发改委)). None when no such word decides."""
    # Without a translation, only a bracket with Hangul can hold such a word: most have none.
    if not (single or (gloss and any(map(is_hangul, bracket.content)))) or \
            not korean_word_before_gloss(bracket.content):
        return None
    inner = _inner(text, bracket, gloss, learned)
    if inner and (expanded := _in_full(text, bracket, gloss, single)):
        return [expanded, *inner]
    return inner if single or inner else None


def _members(text: str, bracket: Bracket, gloss: str | None, learned: Correspondences | None
             ) -> list[tuple[str, int, int, Kind, float]]:
    """The members of a list the bracket glosses, a pair each; else, for two
    names of one thing, the one its term reads (:func:`_one_of_two_names`)."""
    members = list_members(text, bracket.start, bracket.content, learned)
    if not members and gloss is None and (named := _one_of_two_names(text, bracket, learned)):
        return [named]
    return members


def _counts_the_members(text: str, start: int, end: int, content: str) -> bool:
    """Does the term ``text[start:end]`` count as many things as the
    bracket's ``content`` joins with middle dots (양국(韓·中), 세 나라(韓·中·日),
    사대기서(三國演義·水滸傳·西遊記·金甁梅))? The gloss lists what the term
    counts: no rendering of it, nor of any one member. So does a gloss of
    states a character each (양국(中韩), 세 나라(中日韩))."""
    joiner = joiner_of(content)
    if joiner is None:
        states = content.strip()
        return len(states) >= 2 and all(char in STATE_CHARS for char in states) \
            and counted(text[start:end].strip()) == len(states)
    return counted(text[start:end].strip()) == len(
        [member for member in content.split(joiner) if member.strip()])


def _stands_alone(single: tuple[str, int, int, Kind, float] | None, text: str
                  ) -> TypeGuard[tuple[str, int, int, Kind, float]]:
    """May the translation ``single`` stand, or does its gloss join names with
    a middle dot that its term, written without one, does not (시치죠도노,
    시치죠노미야(七條殿・七條宮): two names, a list of two)? Names of one
    character each may be one stylised title (스카이파이어(天·火)), and a
    word for each name, a space apart, one Western name, given and family
    names dotted in Chinese (도널드 트럼프(唐纳德·特朗普))."""
    if single is None:
        return False
    gloss, start, end, _kind, _ = single
    joiner = joiner_of(gloss)
    return joiner is None or joiner_of(text[start:end]) is not None \
        or any(len(name.strip()) < 2 for name in gloss.split(joiner)) \
        or _a_word_for_each_name(text[start:end], gloss.split(joiner))


def _a_word_for_each_name(term: str, names: list[str]) -> bool:
    """Does ``term`` write a word for each of ``names``, a space apart, with
    no mark or conjunction between them that would list them, and jieba
    knows each name for a person's or a place's (苹果·谷歌 lists two firms)?"""
    words = term.split(" ")
    return len(words) == len(names) and all(word and all(map(is_hangul, word)) for word in words) \
        and not any(word.endswith(AND_PARTICLES) or word in AND_WORDS for word in words[:-1]) \
        and all(is_proper_name(to_hans(name.strip())) for name in names)


def _list_or_title(text: str, bracket: Bracket, gloss: str | None,
                   learned: Correspondences | None
                   ) -> list[tuple[str, int, int, Kind, float]] | None:
    """What a bracket glosses when its gloss is a list with a Latin member
    the Korean writes as it is (삼성·LG(三星·LG): not LG for 三星), or a title
    in its marks (삼체(《三体》); a translation of the word before it is chance:
    이 책(《三体》)), or a title with a comma the marks around it hold whole
    (『색, 계(色，戒)』); None when it is none of these."""
    if gloss is not None and latin_member_written(text, bracket.start, bracket.content):
        return list_members(text, bracket.start, bracket.content, learned)
    if (titled := title_with_a_comma(text, bracket, learned)) \
            and (gloss is not None or not _names_only(bracket.content)):
        return [titled]  # 『안녕, 리환영(你好，李焕英)』: read as a list of two, the gloss is none
    if gloss is None and (title := titled_gloss(bracket.content)):
        single = single_term(text, bracket, title, learned)
        return [single] if single and single[3] != Kind.TRANSLATION else []
    return None


def _names_only(content: str) -> bool:
    """Does a comma part nothing but proper names in ``content`` (北京，上海)?
    In title marks they are still a list: a title is more than names."""
    return all(is_proper_name(to_hans(part.strip())) for part in re.split("[,，]", content))


# What Korean writes after a surname or a name, on its own, to refer to the person.
HONORIFICS = frozenset("씨 님 군 양 옹".split())


def _instead_of_a_mix(text: str, bracket: Bracket, gloss: str | None,
                      single: tuple[str, int, int, Kind, float]
                      ) -> list[tuple[str, int, int, Kind, float]] | None:
    """What a term that readings and pieces explain together gives way to:
    the name in full it ends (시장 감독 관리 총국(市场监管总局), not 관리 총국),
    or nothing when it ends in 씨 or the like (저우 씨(周恩來): a surname and
    씨, no rendering of the name); None when it stands."""
    if expanded := _in_full(text, bracket, gloss, single):
        return [expanded]
    return [] if text[single[1] : single[2]].split()[-1] in HONORIFICS else None


PLACE_REACH = 12  # characters before a short form that may hold a place's name and particle


def _short_form(text: str, bracket: Bracket, gloss: str | None,
                single: tuple[str, int, int, Kind, float] | None,
                learned: Correspondences | None = None
                ) -> tuple[str, int, int, Kind, float] | None:
    """The Korean short form, the one word before the bracket, of a name
    the gloss writes in full (민진당(民主進步黨), 중공(中國共産黨)), where
    nothing else explained the gloss; with where a mission is stationed, when
    the words before it say so (:func:`_where_stationed`)."""
    found = last_word(text, bracket) if gloss and single is None else None
    if gloss is None or found is None:
        return None
    _, word_start, end = found
    chars = gloss_chars(gloss)
    word = text[word_start:end]
    if not all(map(is_hangul, word)) or not abbreviates(word, chars) \
            or _a_compounds_last_word(text, word_start, word):
        return None
    size, country = country_opening(chars)
    if size and another_place_before(text[max(0, word_start - PLACE_REACH):word_start], country):
        return None  # 한국의 증감회(中国证券监督管理委员会): not China's
    start = _where_stationed(text, word_start, gloss_chars(gloss), learned)
    return gloss, start, end, Kind.MIXED, SHORT_CONFIDENCE


def _a_compounds_last_word(text: str, start: int, word: str) -> bool:
    """Is ``word``, at ``start``, a common noun Kiwi knows, with a bare noun
    right before it? Then it is the last word of a compound the gloss renders
    whole (인식 of 안면 인식 for 人脸识别), and its syllables read the gloss's
    characters by chance, no short form (전인대 of 중국 전인대 is one: Kiwi
    knows no such word)."""
    if not is_a_common_noun(word):
        return False
    before = words_before(text, start, 1, 20)
    return bool(before) and is_a_bare_noun(before[0][1])


# The host's word and 주재 (stationed) right before a mission's name (중국 주재),
# looked for in the characters before it that hold them.
_STATIONED_THERE = re.compile("([가-힣]+) 주재 $")
STATIONED_REACH = 16


def _where_stationed(text: str, start: int, chars: str, learned: Correspondences | None) -> int:
    """Where the words before ``start`` begin that say where the mission
    ``chars`` names is stationed, the host and 주재 (중국 주재 한국대사관(韩国驻华
    大使馆)), when the host is the one the gloss names after 驻; else ``start``."""
    hosts = stationed_hosts(chars)
    reach = max(0, start - STATIONED_REACH)
    found = _STATIONED_THERE.search(text, reach, start) if hosts else None
    if found is None:
        return start
    table = seed() if learned is None else learned
    return found.start() if any(names_the_host(found.group(1), host, table)
                                for host, _ in hosts) else start


def _in_full(text: str, bracket: Bracket, gloss: str | None,
             single: tuple[str, int, int, Kind, float] | None
             ) -> tuple[str, int, int, Kind, float] | None:
    """The name the abbreviation ``gloss`` stands for, written in full
    before the bracket (증권감독관리위원회(证监会)), where nothing explained the
    gloss or a translation or a mix explained only the last words of it
    (위원회 of 국가 발전 개혁 위원회(发改委), 관리 총국 of 시장 감독 관리
    총국(市场监管总局))."""
    if not gloss or not all(map(is_han, gloss)):
        return None
    # Asked only where there is no term, a translation or a mix (the callers' order).
    expanded = expanded_before(text, bracket.start, gloss, word_after(text, bracket))
    # As far back as the translation or the mix, or further: the name in full
    # is better evidence (대만 독립(台独) reads 台 and 独, translates nothing).
    if expanded is None or (single is not None and expanded[0] > single[1]) \
            or spells_another_place(gloss, text[expanded[0] : expanded[1]]):
        return None  # 구이저우 spells 贵州, no name in full of 九州
    return gloss, *expanded


def _titled_mix(text: str, single: tuple[str, int, int, Kind, float]) -> bool:
    """Is ``single`` a mix that took a person's title with the name (메르켈
    총리 for 默克尔: 리 read for 尔)? Then the name may be apart from it."""
    term = text[single[1] : single[2]]
    return single[3] == Kind.MIXED and (ends_in_a_persons_title(term) or glued_to_a_title(term))


def _named_apart(text: str, paren: int, gloss: str, learned: Correspondences | None
                 ) -> tuple[int, int, Kind, float] | None:
    """A name the gloss reads, or spells in part, that is not simply the
    words before the bracket, where readings found nothing there or only a
    translation: a Western given name and the surname (존 리(李家超)), the
    name before its title (시진핑 주석(习近平)), the name, its title and the word
    after it (트럼프 대통령 부부(特朗普夫妇)), a quoted name the noun before the
    bracket is said to be ('탕핑'이라는 말(躺平))."""
    return (western_given_name(text, paren, gloss) or name_before_title(text, paren, gloss, learned)
            or name_glued_to_title(text, paren, gloss, learned)
            or name_titled_and_more(text, paren, gloss, learned)
            or quoted_before_noun(text, paren, gloss, learned)
            or read_before_a_noun(text, paren, gloss, learned))


def _translated_by_chance(text: str, bracket: Bracket,
                          single: tuple[str, int, int, Kind, float]) -> bool:
    """Is a translation of the words before the bracket chance, for what the
    bracket holds beside the gloss or what stands before the term?"""
    # 업체(出货量 기준): a translation of a note's subject is chance;
    # 연구(李明, 2019): so is one of an author cited;
    # 중·러(中俄) gives no 러: and one of the last member of a list;
    # 행정장관 리(李家超), 저우 씨(周某): and a title or 씨 beside a person's surname;
    # 애플, 삼성(苹果、Samsung): and one of a list's members the Chinese writes in Latin;
    # 아이유(IU·李知恩): and one of a Korean's name, which only its reading renders;
    # 사상가(孔子), 청년 조직(共青团): and what the one a name names is, for the name.
    # (제트 리(李连杰): a name the tables give the person is no title beside a surname,
    # nor 체리(奇瑞), the name they give a firm, a common noun for what it is.)
    term = text[single[1] : single[2]]
    return korean_note_after_gloss(bracket.content) or cites_a_year(bracket.content) \
        or _a_koreans_name_translated(single[0], term) \
        or (called_what_it_is(bracket.content, single[0], term)
            and not tables_name(single[0], term)) \
        or _after_joining_dot(text, single[1]) \
        or latin_member_last(text, bracket.start, bracket.content) \
        or (beside_the_surname(single[0], text, single[1], single[2])
            and not tables_name(single[0], term))


def _a_koreans_name_translated(gloss: str, term: str) -> bool:
    """Is ``gloss`` a Korean's name (:func:`~glossary.text.korean_persons.is_korean_persons_name`)
    that the translated ``term`` renders? Korean writes a Korean's name in its
    Sino-Korean reading, which readings would have found; a translation is
    another name for the person: 아이유 for 李知恩, her own name (이지은). (jieba
    must read a person's name too: 秋日和, a film, reads as a Korean's would;
    and the term be one word, as a stage name is: 심야의 결투 is a film's title
    for 金燕子.)"""
    return " " not in term and 2 <= len(gloss) <= 3 and all(map(is_han, gloss)) \
        and names_a_person(to_hans(gloss)) and is_korean_persons_name(gloss)


# Chinese demonstratives a gloss may open with (此次措施, 该公司, 本协定) and the
# Korean words that render them (이번 조치, 해당 업체, 본 협정).
CHINESE_DEMONSTRATIVES = frozenset("这這那该該此本")
POINTING_WORDS = DEMONSTRATIVES | {"이번", "금번"}
# Whose: a person's pronoun, a word of its own before the noun (우리 회사 for
# 我们公司), and the Chinese pronouns a gloss opens with for it.
POSSESSIVE_WORDS = frozenset(
    "우리 저희 우리의 저희의 나의 내 너의 네 그의 그녀의 그들의 당신의".split())
CHINESE_PRONOUNS = ("我", "咱", "你", "您", "他", "她")
# ... those that say "we", "they" or "whose" as words of their own (我国, "our
# country", 우리나라, names one: 우리 정부(我国政府) stays a pair).
CHINESE_POSSESSIVES = tuple(pronoun + ending for pronoun in CHINESE_PRONOUNS
                            for ending in ("们", "們", "的"))


def _both_point(text: str, start: int, end: int, gloss: str) -> bool:
    """Do the term (``text[start:end]``) and its gloss both open with a word
    that points (이번 조치(此次措施): this measure) or says whose it is (우리
    회사(我们公司): our firm), or does the gloss say whose where the word
    before the term does (측 of 우리 측(我方))? Then the pair says what the
    sentence means, as a dictionary would; no term a glossary keeps
    (우리나라(我国), one word, is one; nor is a title set apart by its marks:
    《내 사랑의 별들》(我的爱与星辰), a drama's)."""
    if text[start - 1 : start] in TITLE_OR_QUOTE:
        return False
    words = text[start:end].split()
    if not gloss.startswith(CHINESE_PRONOUNS):
        return len(words) >= 2 and words[0] in POINTING_WORDS \
            and gloss[:1] in CHINESE_DEMONSTRATIVES
    before = words_before(text, start, 1, 6) if text[start - 1 : start] == " " else []
    return (len(words) >= 2 and words[0] in POSSESSIVE_WORDS
            and gloss.startswith(CHINESE_POSSESSIVES)) or (
        bool(before) and before[0][1] in POSSESSIVE_WORDS)


# A person's name in Latin letters, of two words or more (Matteo Ricci, Nicolas
# Trigault, Vincent van Gogh), as a bracket gives the original before the gloss.
_LATIN_NAME = re.compile(r"[A-Z][a-z'\-]+(?: (?:[A-Z][a-z'\-]+|de|da|di|van|von|der|la|le))+")


def _translated_term(text: str, bracket: Bracket, single: tuple[str, int, int, Kind, float]
                     ) -> tuple[str, int, int, Kind, float] | None:
    """The term a translation (or a mix) renders: None when it counts what
    the gloss lists (:func:`_counts_the_members`), else as many words as an
    original name in the bracket has (:func:`_as_many_words_as_the_original`)."""
    if _counts_the_members(text, single[1], bracket.start, bracket.content):
        return None
    return _as_many_words_as_the_original(text, bracket, single)


def _as_many_words_as_the_original(text: str, bracket: Bracket,
                                   single: tuple[str, int, int, Kind, float]
                                   ) -> tuple[str, int, int, Kind, float]:
    """A translated term whose bracket first gives the original name in Latin
    letters (마테오 리치(Matteo Ricci, 利瑪竇): a Westerner's Chinese name, which
    translates the name, not its last word): as many Hangul words as the
    original has, when they stand before the bracket. Not when the Chinese
    sounds like the term's last word (팀 쿡(Tim Cook, 库克): 库克 spells Cook
    alone, as Chinese writes a Westerner's surname)."""
    first = bracket.content.split(",")[0].strip()
    if not _LATIN_NAME.fullmatch(first):
        return single
    if spells_its_sound(single[0], text[single[1] : single[2]].split()[-1]):
        return single
    words = len(first.split())
    # Only the words right before the term are looked at: a bracket costs no
    # more than they do, however long the document.
    at = max(0, single[1] - WORD_REACH * words)
    before = re.search(f"(?:[가-힣]+ ){{{words - 1}}}[가-힣]+$", text[at : single[2]])
    if before is None or at + before.start() >= single[1] or (
            before.start() == 0 and at and is_hangul(text[at - 1])):
        return single  # (a word longer than the reach: none of its words cut)
    return single[0], at + before.start(), *single[2:]


WORD_REACH = 24  # characters a written word before a term may have, at most


def _one_of_its_names(text: str, bracket: Bracket, gloss: str | None,
                      single: tuple[str, int, int, Kind, float] | None,
                      learned: Correspondences | None
                      ) -> tuple[str, int, int, Kind, float] | None:
    """One thing's names a dot apart (中共·中国共产党, 发改委·国家发展和改革委员会:
    an abbreviation and the full name) glossing a term that reads none of
    them whole, or mixes them where it reads one whole (항저우 for 杭州 of
    杭州·臨安, a city and its old name): the name the term reads; a Latin
    term (TSMC for 台積電·台灣積體電路製造) stands for the first. None when the
    gloss is no such set of names, or when the term ends a list (시진핑과
    리창(习近平·李强) names two people)."""
    joiner = joiner_of(gloss) if gloss else None
    if gloss is None or joiner is None or (
            single and single[3] not in (Kind.TRANSLATION, Kind.LATIN, Kind.MIXED)):
        return None
    members = gloss.split(joiner)
    if len(members) < 2 or not all(member and all(map(is_han, member)) for member in members):
        return None
    if (single is None or single[3] == Kind.MIXED) \
            and list_members(text, bracket.start, bracket.content, learned):
        return None  # 베이징·상하이·광저우(北京·广州·上海): a list, read out of order
    if single and single[3] == Kind.LATIN:
        # Two names of one thing: the Latin term stands for the first; three
        # or more are a list that the Latin term abbreviates (BAT for 百度·阿里巴巴·腾讯).
        return (members[0], *single[1:]) if len(members) == 2 else None
    named = _the_name_it_reads(text, bracket, members, learned, (*READ_KINDS, Kind.MIXED))
    if single and single[3] == Kind.MIXED and (named is None or named[3] not in READ_KINDS):
        return None  # a mix of the names stands but for one name the term reads whole
    if named and named[3] not in READ_KINDS and _counts_the_members(
            text, named[1], bracket.start, bracket.content):
        return None  # 사대기서(三國演義·水滸傳·西遊記·金甁梅): no name of the four its term
    return named


def _the_name_it_reads(text: str, bracket: Bracket, names: list[str],
                       learned: Correspondences | None, kinds: tuple[Kind, ...]
                       ) -> tuple[str, int, int, Kind, float] | None:
    """The first of one thing's ``names`` that the term before the bracket
    renders as one of ``kinds``, unless the term ends a list (시진핑과
    리창(习近平·李强) names two people); else None."""
    for name in names:
        found = single_term(text, bracket, name, learned)
        if found and found[3] in kinds and not LIST_BEFORE.search(text, 0, found[1]):
            return found
    return None


# What parts a place's or a person's two names in one bracket (北京, 北平).
_TWO_NAMES = re.compile(r"\s*[,;/，；]\s*")


def _one_of_two_names(text: str, bracket: Bracket, learned: Correspondences | None
                      ) -> tuple[str, int, int, Kind, float] | None:
    """Two names a comma, a semicolon or a slash apart (北京, 北平: a city's
    name and its old one) glossing one term that reads one of them whole:
    that pair. None when the term ends a list (베이징, 상하이(北京, 上海): a
    pair each, as the list's members give them)."""
    members = _TWO_NAMES.split(bracket.content.strip())
    if len(members) != 2 or not all(member and all(map(is_han, member)) for member in members):
        return None
    return _the_name_it_reads(text, bracket, members, learned, READ_KINDS)


# The mark of a year after its digits (2008年), which Korean may leave out.
YEAR_MARK = "年"


def _with_latin_words(text: str, bracket: Bracket, gloss: str, head: str, tail: str,
                      learned: Correspondences | None
                      ) -> tuple[str, int, int, Kind, float] | None:
    """The term of a gloss that opens or ends with a Latin or digit word (AI
    칩 for AI芯片, 중국제조 2025 for 中国制造2025): the same words, each a word
    of its own (the head the nearest the bracket, the tail right before it),
    and, between them, what the Chinese explains, all of it (but 年 after a
    year the words write in digits alone: 2008 베이징 올림픽(2008年北京奥运会))."""
    window = _latin_window(text, bracket, gloss, tail)
    if window is None:
        return None
    if tabled := _tabled_whole(text, gloss, window):
        return tabled
    start, end = window
    if tail and text[start - 1 : start] == "-" and (joined := term_window(text, start - 1)):
        start = joined[0]  # 둥펑-41(东风-41): the window stops at the model number's hyphen
    if tail:
        before_tail = _before_the_tail(text, start, end, tail)
        if before_tail is None:
            return None
        end = before_tail
    term_start = start
    if head:
        found = max(_word_pattern(head).finditer(text, start, end),
                    key=lambda match: match.start(), default=None)  # the nearest the bracket
        if found is None:
            return None
        term_start = found.start()
        start = found.end()
        while start < end and (text[start] == " " or text[start] in CLOSING_QUOTES):
            start += 1  # a space, and a quote that closes the head ('618' 쇼핑 축제)
    if start >= end:
        # TCL(TCL电子): the Latin name alone, the gloss adding a company suffix
        suffix = to_hans(gloss_chars(gloss))
        if head and not tail and suffix in COMPANY_SUFFIXES:
            return gloss, term_start, window[1], Kind.LATIN, round(LATIN_NAME * COMPANY_NAME, 2)
        return None
    if tables_name(gloss, text[term_start : window[1]]):
        return gloss, term_start, window[1], Kind.TRANSLATION, TABLED  # A주 for A股: 주 is 株
    chars = gloss_chars(gloss)
    if head.isdigit() and gloss[len(head) :].startswith(YEAR_MARK) \
            and not text.startswith(("년", "연"), start):
        chars = chars[1:]  # 2008 베이징 올림픽 for 2008年北京奥运会: the year in digits alone
    if tail and not head and (letter := initial_start(text, end, chars)) is not None:
        return gloss, letter, window[1], Kind.LATIN, LATIN_NAME  # J-20 for 歼-20: jiān
    decided = decide(chars, text[start:end], learned) if chars else None
    if decided is None or (head and decided[0] != 0):
        return None
    return gloss, term_start if head else start + decided[0], window[1], decided[1], decided[2]


def _before_the_tail(text: str, start: int, end: int, tail: str) -> int | None:
    """Where the words before the gloss's Latin or digit ``tail`` end, the
    tail written right before ``end`` as it is or spelt in Hangul; else None."""
    ending = _word_pattern(tail).search(text, max(start, end - len(tail)), end)
    if ending is not None and ending.end() == end:
        tail_start: int | None = ending.start()
    else:  # 화웨이 메이트60(华为Mate60): the model's name spelt in Hangul
        tail_start = spelt_tail_start(text, start, end, tail)
    if tail_start is None:
        return None
    # a space, or the hyphen of a model's number (둥펑-41), before the tail
    return tail_start - (text[tail_start - 1 : tail_start] in (" ", "-"))


def _latin_window(text: str, bracket: Bracket, gloss: str, tail: str) -> tuple[int, int] | None:
    """The words before the bracket where the term of a gloss with a Latin
    ``tail`` may stand: :func:`gloss_window`, or up to a plus the tail ends with
    (화웨이 P70 Pro+(华为P70 Pro+))."""
    window = gloss_window(text, bracket, gloss)
    if window is None and tail.endswith("+") and (plus := window_before_a_plus(text, bracket)):
        window = plus[0][0], plus[1]
    return window


def _tabled_whole(text: str, gloss: str, window: tuple[int, int]
                  ) -> tuple[str, int, int, Kind, float] | None:
    """The word the tables give a gloss with a Latin letter or word, ending
    ``window``, whose letters Korean writes inside it or not at all
    (엑스레이 for X光, 노래방 for 卡拉OK); else None."""
    tabled = with_the_tables(gloss, text[window[0] : window[1]], None)
    return None if tabled is None else (gloss, window[0] + tabled[0], window[1], *tabled[1:])


@cache
def _word_pattern(word: str) -> re.Pattern[str]:
    """``word`` standing apart from other Latin letters and digits, in any case;
    digits alone may take a middle dot between any two, as Korean writes a
    date that names an event (9·11 for the 911 of 911事件)."""
    written = f"[{MIDDLE_DOTS}]?".join(map(re.escape, word)) if word.isdigit() \
        else re.escape(word)
    return re.compile(f"(?<![A-Za-z0-9]){written}(?![A-Za-z0-9])", re.IGNORECASE)


def _latin_after_a_listed_member(text: str, single: tuple[str, int, int, Kind, float]
                                 ) -> bool:
    """Is a Latin term, which nothing reads, the member after a middle dot
    whose member before it reads the gloss's first character (한·EU(韩欧):
    한 reads 韩, 중·EU(中欧), 삼성·LG(三星))? The gloss is the list's, or the
    other member's: no Latin name's."""
    gloss, start = single[0], single[1]
    if single[3] != Kind.LATIN or not gloss or not _after_joining_dot(text, start):
        return False
    first = start - 1
    while first > 0 and is_hangul(text[first - 1]):
        first -= 1
    return first < start - 1 and reads(text[first : start - 1], gloss[0])


def _after_joining_dot(text: str, start: int) -> bool:
    """Does ``start`` follow a middle dot that joins it to the word before (중·러)?"""
    return start >= 2 and text[start - 1] in JOINERS and (
        is_hangul(text[start - 2]) or text[start - 2].isalnum())
