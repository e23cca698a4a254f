"""Hanja variants: characters Korean and Chinese text write differently for
the same word (硏/研, 靑/青), which OpenCC does not fold.

Two folds, for two purposes:

* :func:`~glossary.text.forms.fold_korean_forms` maps the Korean Hanja forms
  of a short, checked table, and the Japanese forms Chinese text does not
  use, to the Chinese standard (simplified) form. It is part of the concept
  key: 硏究院 and 研究院 are one concept, and so are 関西, 關西 and 关西.
* :func:`variant_key` folds every z- and semantic variant Unihan lists. Those
  classes are too wide for a key (他/她/它, 彬/斌 and 朝/晁 share one, and
  names differ by them), so it only makes ``kozh check`` ask whether two
  concepts are one.

>>> variant_key("硏究") == variant_key("研究"), variant_key("李彬") == variant_key("李斌")
(True, True)
"""

from __future__ import annotations

from functools import cache

from .forms import JAPANESE_FORMS, KOREAN_FORMS
from .readings import variant_forms

# Forms that Unihan lists no variant for, joined to the classes of variant_key.
_UNLISTED = KOREAN_FORMS + JAPANESE_FORMS + (
    "靜静", "虛虚", "戶户", "內内", "稅税", "脫脱", "說説")


@cache
def _variant_classes() -> dict[int, str]:
    """Each character's representative among everything it is a variant of,
    as a translation table."""
    parent: dict[str, str] = {}

    def root(ch: str) -> str:
        while parent.get(ch, ch) != ch:
            ch = parent[ch]
        return ch

    pairs = [(a, b) for a, forms in variant_forms().items() for b in forms]
    pairs += [(group[0], other) for group in _UNLISTED for other in group[1:]]
    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {ord(ch): root(ch) for ch in parent}


def variant_key(text: str) -> str:
    """Fold Hanja variants to one representative character each."""
    return text.translate(_variant_classes())
