"""Proposing Korean renderings for a Chinese term.

Six methods, each named in its suggestion: the name Korean gives a place in
Korea or a country, city or body of the world (釜山 부산, 首尔 서울, 法国
프랑스: see :mod:`glossary.text.places`), the Korean standard
transcription of the Mandarin reading (names of modern people and places),
the Sino-Korean reading with the initial-sound law at each word start
(institutions, historical names, and Koreans' names: 文在寅 문재인, see
:mod:`glossary.text.korean_persons`), the two mixed (a name transcribed, the
common noun after it read: 北京大学 베이징 대학; a body or title after a name,
read a word apart: 北京市政府 베이징시 정부), the transcription of the
Japanese reading for a place in Japan (东京 도쿄, in any script: see
:mod:`glossary.text.places`), a person whose family name is Japanese (织田信长
오다 노부나가: see :mod:`glossary.text.japanese_persons`) or a term written in
characters only Japanese uses (広島県 히로시마현), and what the termbase already
holds for the same term or terms inside it; of the transcription and the
reading, the one first that the termbase uses for terms sharing a pair of
characters with it (麻辣香锅 마라샹궈 beside 麻辣烫 마라탕). Parts a middle dot joins (乔·拜登,
a foreigner's given and family names) are suggested for one by one, and
written a word each; a person of the world, a firm or a thing goes by the
name Korean gives them (马克思 마르크스, 腾讯 텐센트, 手机 휴대폰: see
:mod:`glossary.text.world_people`, :mod:`glossary.text.firms` and
:mod:`glossary.text.korean_words`).

>>> [(s.ko, s.method) for s in suggest("习近平")][:2]
[('시진핑', 'transcription'), ('습근평', 'sino-korean')]
>>> suggest("中華全國工商業聯合會")[0].ko
'중화전국공상업연합회'
>>> [(s.ko, s.method) for s in suggest("広島県")][0], suggest("鉄道")[-1].method
(('히로시마현', 'japanese'), 'japanese')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError
from ..model import TermbaseReader
from ..text.firms import firm_name
from ..text.forms import JAPANESE_FORMS
from ..text.japanese_persons import (
    CHINESE_FAMILY_NAMES,
    japanese_persons_reading,
    may_be_chinese,
)
from ..text.korean_persons import famous_korean, is_korean_persons_name, known_names
from ..text.korean_words import korean_word
from ..text.latin import latin_head, latin_tail
from ..text.normalize import MIDDLE_DOTS, clean, has_han, is_han, without_quotes
from ..text.places import CHINESE_PLACES, folded, listed_other_names
from ..text.readings import word_readings
from ..text.segmenter import (
    is_a_persons_name,
    is_common_word,
    is_organization,
    is_proper_name,
    tags,
)
from ..text.world_people import full_name_part, world_person
from .renderings import (
    NAME_TAGS,
    body_and_word,
    doctrine,
    japanese_place_reading,
    japanese_reading,
    korean_name,
    name_and_institution,
    name_and_noun,
    office_abroad,
    sino_korean_reading,
    transcription,
)

NAME_LENGTH = 3  # up to this many characters, a term is most likely a name
# ... unless a common word jieba counts this often, by its length (金融业
# 172, 政府 23,452): Korean reads an established word (금융업, 정부); a newer
# one it may transcribe, as it does the things of China's life (火锅 459 훠궈,
# 旗袍 247 치파오), which are words of two characters more often than not.
ESTABLISHED = {2: 1000, 3: 100}
MAX_TERM = 64  # longer is a sentence, not a term
MAX_PART = 8  # parts of a term looked up in the termbase: cost grows linearly


@dataclass(frozen=True)
class Suggestion:
    ko: str
    method: str  # termbase, korean, mixed, japanese, transcription, sino-korean, termbase-part
    note: str = ""


# Characters only Japanese writes: its own forms of characters (関 広 沢, see
# glossary.text.forms) and characters made in Japan (畑 峠 込 辻 栃 …). A
# term with one is Japanese, and Korean writes its Japanese reading (a name's,
# at least: see suggest).
JAPANESE_ONLY = frozenset(pair[0] for pair in JAPANESE_FORMS) | frozenset(
    "畑峠込辻栃枠笹匂凪麿榊働雫籾杢樫")


def _made_of_words(simplified: str) -> bool:
    """Is ``simplified`` (three characters) a term made of words, which
    Korean reads (中国梦 중국몽: 中国 and 梦; 新基建), rather than a name jieba
    does not know? It cuts such a name into single characters (韩雯斐), or
    after a family name where the given name is a word too (李 国庆)."""
    words = tags(simplified)
    return simplified[0] not in CHINESE_FAMILY_NAMES and len(words) >= 2 and any(
        len(word) >= 2 and not tag.startswith("nr") and is_common_word(word, ESTABLISHED[3])
        for word, tag in words)


def _named_in_error(simplified: str) -> bool:
    """Is ``simplified`` a three-character term jieba's dictionary tags a
    person's name, though no family name opens it and its last two characters
    are a common word (双循环 쌍순환, 古建筑 고건축)?"""
    words = tags(simplified)
    return len(simplified) == NAME_LENGTH and len(words) == 1 \
        and words[0][1].startswith("nr") and simplified[0] not in CHINESE_FAMILY_NAMES \
        and is_common_word(simplified[1:], ESTABLISHED[2])


def _common_noun(simplified: str) -> bool:
    """Does jieba know ``simplified`` as a word that names no one and nowhere?"""
    words = tags(simplified)
    return len(words) == 1 and not words[0][1].startswith(NAME_TAGS) and words[0][1] != "x"


def _with_part(zh: str, start: int, size: int, known: str) -> Suggestion:
    """The whole term, its part at ``start`` rendered as the termbase renders
    it and the rest read in Sino-Korean (广州市: 광저우 + 시, 北京大学: 베이징 +
    대학); the part alone when the rest has no reading."""
    part, before, after = zh[start : start + size], zh[:start], zh[start + size :]
    # What follows the part starts no word: no initial-sound law (北京路 베이징로).
    readings = [" " if char == " " else reading
                for char, reading in zip(after, word_readings(after), strict=True)]
    pieces = [sino_korean_reading(before) if before else "",
              "".join(readings) if all(readings) else ""]
    if all(piece or not rest for piece, rest in zip(pieces, (before, after), strict=True)):
        return Suggestion(pieces[0] + known + pieces[1], "termbase-part",
                          f"{part} → {known}, the rest read in Sino-Korean")
    return Suggestion(known, "termbase-part", f"{part} → {known}")


def suggest_for_a_miss(query: str, termbase: TermbaseReader | None = None
                       ) -> list[Suggestion]:
    """What :func:`suggest` proposes for a query a lookup found no entry for:
    nothing when the query is no Chinese term (no Han in it, or a sentence's
    length), where :func:`suggest` would refuse it.

    >>> [s.ko for s in suggest_for_a_miss("釜山港")][:1]
    ['부산항']
    >>> suggest_for_a_miss("부산항"), suggest_for_a_miss("港" * (MAX_TERM + 1))
    ([], [])
    """
    if not has_han(query) or len(clean(without_quotes(query))) > MAX_TERM:
        return []
    return suggest(query, termbase)


def suggest(zh: str, termbase: TermbaseReader | None = None) -> list[Suggestion]:
    """Korean renderings for ``zh``, best first, each with the method behind it.

    >>> [s.ko for s in suggest("中国制造2025")][:2]
    ['중국제조 2025', '중궈즈짜오 2025']
    >>> suggest("“十四五”规划")[0].ko  # quotes copied with the term are no part of it
    '십사오규획'
    """
    zh = clean(without_quotes(zh))
    if len(zh) > MAX_TERM:
        raise InputError(f"a term has at most {MAX_TERM} characters; this has {len(zh)}")
    # A Latin or digit word it opens or ends with (AI芯片, 中国制造2025) Korean
    # writes as it is, a space apart, around the rendering of the Chinese.
    head, tail = latin_head(zh), latin_tail(zh)
    core = zh[len(head) : len(zh) - len(tail)].strip()
    parts = _dotted_parts(core)
    if not core or not parts and not all(is_han(ch) or ch == " " for ch in core):
        return []
    found: list[Suggestion] = []
    if termbase is not None:
        for entry in termbase.lookup(zh, limit=20, exact=True):
            found += [Suggestion(r.ko, "termbase", f"×{r.count}") for r in entry.renderings]
    if parts and not head and not tail:
        # A name known whole (达·芬奇 다빈치), else a word for each part, a
        # given name the table knows as one only here too (乔·拜登 조 바이든).
        if whole := world_person("".join(parts)):
            found.append(Suggestion(whole, "korean"))
        return _unique(found + _joined([_as_name_part(part, termbase) for part in parts]))
    if head or tail:
        # A word Korean says whole, its letter inside or gone (X光 엑스레이, 卡拉OK 노래방),
        # before the letters kept around a rendering of the characters.
        found += [Suggestion(word, "korean") for word in [korean_word(zh)] if word]
        found += [Suggestion(" ".join(part for part in (head, s.ko, tail) if part), s.method,
                             s.note) for s in suggest(core, termbase)]
        return _unique(found)
    computed = [s for s in _computed(zh) if s.ko]
    if termbase is not None:
        computed = _as_the_termbase_renders(folded(zh), computed, termbase)
    found += computed
    if termbase is not None:
        found += _with_parts(folded(zh), termbase)
    return _unique(found)


def _as_name_part(part: str, termbase: TermbaseReader | None) -> list[Suggestion]:
    """Suggestions for one part of a full name a middle dot joins: a
    foreigner's name, transcribed before it is read (科尔 커얼, not 과이)."""
    named = full_name_part(part)
    found = sorted(suggest(part, termbase), key=lambda s: s.method == "sino-korean")
    return [Suggestion(named, "korean")] * bool(named) + found


def _dotted_parts(term: str) -> list[str]:
    """The parts a middle dot joins in ``term``, each in Chinese characters
    (卡尔·马克思: a foreigner's given and family names); empty when it joins none."""
    parts = [part.strip() for part in re.split(f"[{MIDDLE_DOTS}]", term)]
    return parts if len(parts) >= 2 and all(part and all(map(is_han, part)) for part in parts) \
        else []


def _joined(suggested: list[list[Suggestion]]) -> list[Suggestion]:
    """Suggestions for a term whose parts a middle dot joins, from each part's
    (``suggested``): a word for each part, a space apart, as Korean writes a
    foreigner's name (乔·拜登 조 바이든): the best of each first (a mix where
    their methods differ), then each method that suggests for every part."""
    if not all(suggested):
        return []
    note = "a word for each part the dots join"
    methods = {part[0].method for part in suggested}
    joined = [Suggestion(" ".join(part[0].ko for part in suggested),
                         methods.pop() if len(methods) == 1 else "mixed", note)]
    for method in dict.fromkeys(s.method for s in suggested[0]):
        words = [next((s.ko for s in part if s.method == method), None) for part in suggested]
        if all(words):
            joined.append(Suggestion(" ".join(word for word in words if word), method, note))
    return joined


def _computed(zh: str) -> list[Suggestion]:
    """What the readings and names of ``zh`` suggest, best first (some may be
    empty: a character without a reading)."""
    computed = [Suggestion(transcription(zh), "transcription"),
                Suggestion(sino_korean_reading(zh), "sino-korean")]
    simplified = folded(zh)
    # Modern names of people and places are transcribed; institutions and
    # longer common terms are read in Sino-Korean.
    names = all(is_proper_name(word) and not _named_in_error(word)
                for word in simplified.split())  # each word written apart a name
    length = len(zh.replace(" ", ""))
    if not names and (length > NAME_LENGTH or is_organization(simplified)
                      or (length in (2, NAME_LENGTH) and _common_noun(simplified)
                          and is_common_word(simplified, ESTABLISHED[length]))
                      or (length == NAME_LENGTH and _made_of_words(simplified))
                      or _named_in_error(simplified)):
        computed.reverse()
    elif _read_as_koreans_are(simplified, *(s.ko for s in computed)):
        computed.reverse()  # a Korean's name (文在寅 문재인), or one known so (杨紫琼 양자경)
    if mixed := name_and_noun(zh) or name_and_institution(zh) or body_and_word(zh):
        computed.insert(0, Suggestion(mixed, "mixed"))
    if place := korean_name(zh):
        # A place in Korea goes by its own name (釜山 부산, 首尔 서울), a
        # country by the one Korean gives it (法国 프랑스).
        computed.insert(0, Suggestion(place, "korean"))
    elif named := world_person(zh) or doctrine(simplified) or firm_name(zh) \
            or korean_word(zh):
        # A person of the world, a firm or a thing by the name Korean gives
        # them (马克思 마르크스, 腾讯 텐센트, 手机 휴대폰).
        computed.insert(0, Suggestion(named, "korean"))
    elif place := japanese_place_reading(zh):
        # A place in Japan is named as Japan reads it (东京 도쿄), in any script.
        computed.insert(0, Suggestion(place, "japanese"))
    elif person := japanese_persons_reading(zh):
        # A Japanese person is named as Japan reads the name, family name and
        # given name a space apart (岸田文雄 기시다 후미오), in any script;
        # second where the name may be Chinese too (田中华).
        computed.insert(1 if may_be_chinese(zh) else 0, Suggestion(person, "japanese"))
    elif any(char in JAPANESE_ONLY for char in zh):
        # A Japanese name is read as Japan reads it (広島 히로시마), first; a
        # word that Chinese has as a common noun (鉄道, 铁道) is one Korean
        # reads its own way, and the Japanese reading comes last.
        reading = Suggestion(japanese_reading(zh), "japanese")
        computed.insert(len(computed) if _common_noun(simplified) else 0, reading)
    if (korean := famous_korean(zh)) and korean != computed[0].ko:
        # A Korean the table knows, whose name a reading alone misspells (朴赞郁 박찬욱).
        computed.insert(0, Suggestion(korean, "korean"))
    if office := office_abroad(zh):
        computed.insert(0, Suggestion(office, "korean"))
    # The other names usage gives a place in China, second: a sight's (故宫 자금성,
    # 长城 만리장성), an older or a local language's (厦门 아모이, 喀什 카슈가르).
    computed[1:1] = [Suggestion(name, "korean") for name in listed_other_names(
        CHINESE_PLACES).get(simplified, ())]
    return computed


def _read_as_koreans_are(simplified: str, transcribed: str, read: str) -> bool:
    """Is a person's name rather read in Sino-Korean than transcribed: known
    by its reading alone (杨紫琼 양자경; 蔡英文 is known as 차이잉원), or, known
    by neither, a Korean's (文在寅 문재인: see :mod:`glossary.text.korean_persons`)?"""
    korean = bool(read) and is_korean_persons_name(simplified)
    if not read or not (korean or is_a_persons_name(simplified)):
        return False
    known = known_names([transcribed, read])
    return known == {read} or (not known and korean)


def _with_parts(simplified: str, termbase: TermbaseReader) -> list[Suggestion]:
    """The term with each part of it the termbase knows as the termbase
    renders it, longest parts first."""
    found = []
    for size in range(min(len(simplified) - 1, MAX_PART), 1, -1):
        for start in range(len(simplified) - size + 1):
            part = simplified[start : start + size]
            if part.strip() != part:
                continue  # a term's words, not the space between them
            for entry in termbase.lookup(part, limit=3, exact=True):
                found.append(_with_part(simplified, start, size, entry.preferred.ko))
    return found


# Up to this many characters, the termbase is asked how it renders the term's
# pairs of characters: a lookup each, and a longer term is an institution's
# name, which the rules read as they should.
MAX_PIECES_TERM = 8


def _as_the_termbase_renders(simplified: str, computed: list[Suggestion],
                             termbase: TermbaseReader) -> list[Suggestion]:
    """``computed`` with the transcription or the Sino-Korean reading first of
    the two, as the termbase renders the terms that share a pair of
    characters with ``simplified``: by their sound (麻辣香锅 마라샹궈, where the
    termbase has 麻辣烫 마라탕, not 마랄향과) or by their reading (where it
    reads them), most of them; the rules' order where they are as many, or
    where the rules found a name and a word after it (北京大学 베이징 대학),
    whose name the termbase would have spelt and its word read."""
    methods = [s.method for s in computed]
    if not 3 <= len(simplified) <= MAX_PIECES_TERM or "mixed" in methods \
            or not {"transcription", "sino-korean"} <= set(methods):
        return computed
    by_sound = by_reading = 0
    seen: set[str] = set()
    for start in range(len(simplified) - 1):
        piece = simplified[start : start + 2]
        if " " in piece:
            continue
        entries = [entry for entry in termbase.lookup(piece, limit=5)
                   if entry.zh_hans != simplified and entry.zh_hans not in seen]
        if not entries:
            continue  # most pairs: nothing to spell them for
        spelt, read = transcription(piece), sino_korean_reading(piece)
        if not spelt or not read or spelt == read:
            continue
        for entry in entries:
            seen.add(entry.zh_hans)
            ko = entry.preferred.ko.replace(" ", "")
            by_sound += spelt in ko and read not in ko
            by_reading += read in ko and spelt not in ko
    if by_sound == by_reading:
        return computed
    first, other = ("transcription", "sino-korean") if by_sound > by_reading \
        else ("sino-korean", "transcription")
    ahead, behind = methods.index(other), methods.index(first)
    if behind < ahead:
        return computed
    swapped = list(computed)
    swapped[ahead], swapped[behind] = computed[behind], computed[ahead]
    return swapped


def _unique(found: list[Suggestion]) -> list[Suggestion]:
    """Each rendering once, where it was first suggested."""
    unique: dict[str, Suggestion] = {}
    for suggestion in found:
        unique.setdefault(suggestion.ko, suggestion)
    return list(unique.values())
