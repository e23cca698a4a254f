"""Firms that Korean names otherwise than Chinese reads or transcribes them.

Korean writes many a Chinese firm as it calls itself abroad (腾讯 텐센트, not
텅쉰; 联想集团 레노버) and a firm of the world by its own name (微软
마이크로소프트). ``data/firms.tsv`` lists firms and brands written about
most, with the names Korean gives them (facts of usage); a name Chinese also
gives a word of its own is there only with the word that makes it a firm's
(苹果公司, not 苹果). Names are found in either script.

A firm's legal suffix Korean leaves out (腾讯公司 텐센트). Other names usage
also gives a firm are there too (理想汽车 리샹, also 리오토 for Li Auto).

>>> firm_name("腾讯"), firm_name("騰訊"), firm_name("苹果"), firm_name("苹果公司")
('텐센트', '텐센트', '', '애플')
>>> firm_name("腾讯控股有限公司"), firm_name("公司")
('텐센트', '')
"""

from __future__ import annotations

from .places import folded, names_table, other_names

TABLE = "firms.tsv"
# What a firm's legal name adds to the name Korean writes, longest first.
LEGAL_SUFFIXES = ("控股有限公司", "股份有限公司", "有限责任公司", "有限公司", "控股", "公司")


def firm_name(zh: str) -> str:
    """The name Korean gives the firm or brand ``zh``, its legal suffix left
    out; '' when the table has none."""
    return names_table(TABLE).get(_key(zh), "")


# What a group of firms adds to the name (阿里巴巴集团 알리바바 그룹): the
# group's name holds the firm's.
GROUP_SUFFIXES = ("集团",)


def firm_names(zh: str) -> frozenset[str]:
    """Every name Korean gives the firm or brand ``zh``, or the group it
    leads, spaces aside: the table's, and the others usage also gives it;
    none when the table has none.

    >>> sorted(firm_names("理想汽车")), sorted(firm_names("美團")), firm_names("上海")
    (['리샹', '리오토'], ['메이퇀'], frozenset())
    >>> sorted(firm_names("阿里巴巴集團")), firm_names("集团")
    (['알리바바'], frozenset())
    """
    simplified = folded(zh)
    suffix = next((s for s in GROUP_SUFFIXES if simplified.endswith(s)), "")
    key = _key(simplified[: len(simplified) - len(suffix)])
    if not (name := names_table(TABLE).get(key, "")):
        return frozenset()
    return frozenset(other.replace(" ", "") for other in (name, *other_names(TABLE).get(key, ())))


def _key(zh: str) -> str:
    """``zh`` as the table writes it: folded, a legal suffix the name leaves
    out cut off."""
    firms, simplified = names_table(TABLE), folded(zh)
    if simplified in firms:
        return simplified
    suffix = next((s for s in LEGAL_SUFFIXES if simplified.endswith(s)), "")
    return simplified[: -len(suffix)] if suffix else simplified
