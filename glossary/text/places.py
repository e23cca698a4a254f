"""Places in Japan that Korean names in their Japanese reading.

Written in characters Chinese also writes, 東京 or 大阪 looks like any Chinese
name, and its Mandarin transcription (둥징) is no name a Korean reader knows:
Korean writes 도쿄. ``data/japanese_places.tsv`` lists the prefectures, the
large cities and the places most written about, with their Korean names
(facts of the Korean standard spelling of Japanese); a name Chinese also
gives a place or a word of its own is left out of it. Names are found in any
script: 东京, 東京 and 東京's Japanese forms are one.

>>> japanese_place(folded("东京都")), japanese_place(folded("鹿児島県"))
((2, '도쿄'), (3, '가고시마'))
>>> japanese_place(folded("横浜")), japanese_place(folded("横滨")), japanese_place("南京")
((2, '요코하마'), (2, '요코하마'), None)
"""

from __future__ import annotations

from functools import cache

from . import DATA
from .forms import fold_korean_forms
from .normalize import from_japanese_forms, to_hans


def folded(name: str) -> str:
    """A name as the table is keyed: simplified, Japanese forms folded."""
    return fold_korean_forms(to_hans(name))


@cache
def _places() -> dict[str, str]:
    """Each place under its name as Japan writes it and as Chinese does
    (横浜 and 横滨: 浜 is a Chinese character too, folded only here)."""
    lines = DATA.joinpath("japanese_places.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    places = {folded(from_japanese_forms(name)): korean for name, korean in rows}
    return places | {folded(name): korean for name, korean in rows}


@cache
def _longest() -> int:
    return max(map(len, _places()))


def japanese_place(simplified: str) -> tuple[int, str] | None:
    """The longest place in Japan that ``simplified`` (as :func:`folded`
    gives it) opens with: its length in characters and its Korean name."""
    places = _places()
    for size in range(min(len(simplified), _longest()), 1, -1):
        if korean := places.get(simplified[:size]):
            return size, korean
    return None
