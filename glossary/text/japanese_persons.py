"""A Japanese person's name, told by the family name, and read as Japan reads it.

Korean writes a Japanese name in the transcription of its Japanese reading,
family name and given name a space apart (岸田文雄 기시다 후미오), however the
Chinese text writes its characters (织田信长, 織田信長). A name is taken for
Japanese when it opens with a family name of two characters or three that
Japan has and China does not (``data/japanese_surnames.tsv``): a family name
of one character (森, 岸, 林) is China's too.

>>> japanese_persons_reading("岸田文雄"), japanese_persons_reading("织田信长")
('기시다 후미오', '오다 노부나가')
>>> japanese_persons_reading("习近平"), japanese_persons_reading("田中")
('', '')
"""

from __future__ import annotations

from functools import cache

from . import DATA
from .forms import fold_korean_forms
from .japanese import japanese_kana, transcribe_kana
from .normalize import is_han, to_hans, to_japanese_forms, zh_key

GIVEN_NAME = (1, 3)  # characters a given name has, fewest and most
# China's most common family names, in simplified forms: three characters that
# open with one may be a Chinese name too (田中华: 田 and 中华), where four
# characters are hardly ever one.
CHINESE_FAMILY_NAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤安")


@cache
def japanese_surnames() -> frozenset[str]:
    """The family names of ``data/japanese_surnames.tsv``, in Japanese forms."""
    lines = DATA.joinpath("japanese_surnames.tsv").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def _surname_keys() -> frozenset[str]:
    """The family names as keys, whatever the script (渡辺 渡邊 渡边 alike)."""
    return frozenset(_key(surname) for surname in japanese_surnames())


def _key(text: str) -> str:
    """A name's key: simplified, Japanese forms folded, 々 written out (佐々木 佐佐木)."""
    spelled = "".join(text[at - 1] if ch == "々" and at else ch for at, ch in enumerate(text))
    return fold_korean_forms(zh_key(spelled))


def japanese_surname(name: str) -> str:
    """The Japanese family name ``name`` opens with, in Japanese forms, with a
    given name of one to three characters after it; else ''.

    >>> japanese_surname("宫崎骏"), japanese_surname("中山大学")
    ('宮崎', '')
    """
    return _in_japanese_forms(name)[1]


def _in_japanese_forms(name: str) -> tuple[str, str]:
    """``name`` in Japanese forms and the Japanese family name it opens with;
    ("", "") when it opens with none."""
    if not 3 <= len(name) <= 6 or not all(is_han(ch) or ch == "々" for ch in name) or not any(
            _key(name[:size]) in _surname_keys() for size in (2, 3)):
        return "", ""  # most terms: the forms Japan writes are not worked out
    forms = to_japanese_forms(name)
    for size in (3, 2):
        given = len(forms) - size
        if GIVEN_NAME[0] <= given <= GIVEN_NAME[1] and _key(forms[:size]) in _surname_keys():
            return forms, forms[:size]
    return "", ""


def may_be_chinese(name: str) -> bool:
    """May a name :func:`japanese_surname` finds be a Chinese one as well?
    Three characters may, opening with a Chinese family name (石破茂, 田中华).

    >>> may_be_chinese("石破茂"), may_be_chinese("渡边谦"), may_be_chinese("石原慎太郎")
    (True, False, False)
    """
    return len(name) == 3 and to_hans(name[0]) in CHINESE_FAMILY_NAMES


def japanese_family_name_reading(name: str) -> str:
    """The Korean transcription of the Japanese reading of ``name`` when it
    is a Japanese family name alone, as news names a person with a title
    after it (岸田首相); else ''.

    >>> japanese_family_name_reading("岸田"), japanese_family_name_reading("王")
    ('기시다', '')
    """
    if not 2 <= len(name) <= 3 or _key(name) not in _surname_keys():
        return ""
    reading = "".join(japanese_kana(to_japanese_forms(name)))
    return transcribe_kana([reading]) if reading else ""


def japanese_family_names_read(word: str) -> frozenset[str]:
    """The family names of ``data/japanese_surnames.tsv`` whose Japanese
    reading Korean writes as ``word`` (다나카: 田中).

    >>> sorted(japanese_family_names_read("다나카")), japanese_family_names_read("잭슨")
    (['田中'], frozenset())
    """
    return _family_names_by_reading().get(word, frozenset())


@cache
def _family_names_by_reading() -> dict[str, frozenset[str]]:
    read: dict[str, set[str]] = {}
    for name in japanese_surnames():
        if reading := japanese_family_name_reading(name):
            read.setdefault(reading, set()).add(name)
    return {reading: frozenset(names) for reading, names in read.items()}


def japanese_persons_reading(name: str) -> str:
    """The Korean transcription of the Japanese reading of a Japanese
    person's ``name``, family name and given name a space apart; '' when it
    is no such name or some character has no reading."""
    forms, surname = _in_japanese_forms(name)
    if not surname:
        return ""
    whole, family = "".join(japanese_kana(forms)), "".join(japanese_kana(surname))
    if not whole or not family:
        return ""
    if whole.startswith(family) and len(whole) > len(family):
        # the reading of the whole name (織田信長 おだのぶなが), cut after the family name
        return transcribe_kana([family, whole[len(family):]])
    given = "".join(japanese_kana(forms[len(surname):]))
    return transcribe_kana([family, given]) if given else ""
