"""People of the world that Korean names otherwise than Chinese transcribes them.

Chinese writes a foreigner's name in characters chosen for their sound (马克思
for Marx); transcribing those back (마커쓰) gives no name a Korean reader
knows: Korean writes the name from its own language (마르크스).
``data/world_people.tsv`` lists people written about most, by the name
Chinese calls them by, and the given names Chinese writes the same for
everyone so named (约翰 존), with their Korean names (facts of usage). Some
given names are such only inside a full name a middle dot joins (乔·拜登: 乔
alone is a Chinese family name). Names are found in either script.

>>> world_person("马克思"), world_person("馬克思"), world_person("乔")
('마르크스', '마르크스', '')
>>> full_name_part("乔"), full_name_part("拜登"), full_name_part("习近平")
('조', '바이든', '')
"""

from __future__ import annotations

from functools import cache

from . import DATA
from .places import folded

PART = "part"  # the third column of a given name that is one only inside a full name


@cache
def _people() -> tuple[dict[str, str], dict[str, str]]:
    """The names alone, and the names inside a full name (those and the parts)."""
    lines = DATA.joinpath("world_people.tsv").read_text(encoding="utf-8").splitlines()
    alone: dict[str, str] = {}
    in_full: dict[str, str] = {}
    for line in lines:
        if line and not line.startswith("#"):
            name, korean, *marks = line.split("\t")
            in_full[folded(name)] = korean
            if PART not in marks:
                alone[folded(name)] = korean
    return alone, in_full


def world_person(zh: str) -> str:
    """The name Korean gives the person or given name ``zh``; '' when the
    table has none."""
    return _people()[0].get(folded(zh), "")


def full_name_part(zh: str) -> str:
    """The name Korean gives ``zh`` as a part of a foreigner's full name
    (乔 of 乔·拜登 조); '' when the table has none."""
    return _people()[1].get(folded(zh), "")
