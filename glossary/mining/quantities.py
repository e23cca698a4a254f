"""What counts or measures: a number and its unit is a quantity, no term,
however it is read (一百元 100위안, 一米八 180cm, 5kg(五公斤), 두 배(两倍),
3분의 1(三分之一)).
"""

from __future__ import annotations

import re

from .align import chinese_number

# What a number counts or measures: money, time, age, people, things, lengths
# and weights. A number and one of these is a quantity, not a term. (Not every
# measure word: 五位 and 一種 are terms, 5위 and 일종.)
QUANTITY_UNITS = frozenset("元块塊年月日号號时時点點分秒岁歲个個人名次米吨噸斤倍成")
# Units of two characters, metric mostly (五公斤 5kg, 三公里 3km), and the
# mark of a fraction between two numbers (三分之一 3분의 1, 百分之三十 30%).
QUANTITY_UNIT_WORDS = frozenset(
    "公斤 公里 公分 厘米 毫米 千米 千克 公吨 公顷 小时 分钟 周岁 分之".split())
# A measure Korean writes in Latin letters after digits: 180cm, 5kg, 3.5km, 20%.
# Case tells: 5g is five grams, 5G a name.
_MEASURED = re.compile(r"[0-9][0-9.,]*\s?(?:[mck]?m|[mk]?g|kcal|cal|m?[lL]|ha|t|%|㎜|㎝|㎞|㎏|㎖)")


def is_quantity(chars: str) -> bool:
    """Is ``chars`` a number and what it counts (一百元 100위안, 三点 3시,
    五公斤 5kg), or a height as Chinese says it, a number on either side of its
    unit (一米八 180cm)?

    >>> is_quantity("一百元"), is_quantity("三点"), is_quantity("五公斤"), is_quantity("一米七五")
    (True, True, True, True)
    >>> is_quantity("两倍"), is_quantity("三成"), is_quantity("三分之一"), is_quantity("百分之三十")
    (True, True, True, True)
    >>> is_quantity("三农"), is_quantity("十月革命"), is_quantity("三维"), is_quantity("米兰")
    (False, False, False, False)
    """
    for at in range(1, len(chars)):
        unit = chars[at : at + 2] if chars[at : at + 2] in QUANTITY_UNIT_WORDS else chars[at]
        if unit in QUANTITY_UNIT_WORDS or unit in QUANTITY_UNITS:
            rest = chars[at + len(unit):]
            if chinese_number(chars[:at]) is not None and (
                    not rest or chinese_number(rest) is not None):
                return True
    return False


def is_measured(latin: str) -> bool:
    """Is ``latin`` digits and a unit of measure (180cm, 5 kg, 20%): a
    quantity, not a name (5G and 3D are names)?

    >>> [is_measured(t) for t in ("180cm", "5 kg", "20%", "5G", "3D", "F1")]
    [True, True, True, False, False, False]
    """
    return _MEASURED.fullmatch(latin) is not None
