"""People of the world that Korean names otherwise than Chinese transcribes them.

Chinese writes a foreigner's name in characters chosen for their sound (马克思
for Marx); transcribing those back (마커쓰) gives no name a Korean reader
knows: Korean writes the name from its own language (마르크스).
``data/world_people.tsv`` lists people written about most, by the name
Chinese calls them by, and the given names Chinese writes the same for
everyone so named (约翰 존), with their Korean names (facts of usage);
``data/world_name_parts.tsv`` the given names that are such only inside a full
name a middle dot joins (乔·拜登: 乔 alone is a Chinese family name). Names are
found in either script.

>>> world_person("马克思"), world_person("馬克思"), world_person("乔")
('마르크스', '마르크스', '')
>>> full_name_part("乔"), full_name_part("拜登"), full_name_part("习近平")
('조', '바이든', '')
"""

from __future__ import annotations

from .places import folded, names_table

# Given names that are names only inside a full name (乔 of 乔·拜登).
PARTS = "world_name_parts.tsv"


def world_person(zh: str) -> str:
    """The name Korean gives the person or given name ``zh``; '' when the
    table has none."""
    return names_table("world_people.tsv").get(folded(zh), "")


def full_name_part(zh: str) -> str:
    """The name Korean gives ``zh`` as a part of a foreigner's full name
    (乔 of 乔·拜登 조); '' when the tables have none."""
    return world_person(zh) or names_table(PARTS).get(folded(zh), "")
