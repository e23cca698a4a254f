"""HTML pieces the templates cannot make safely themselves: contexts with the
term and its bracket marked, and the growth chart as inline SVG. Everything
from the termbase is escaped here before any markup is added.

>>> str(highlight("그는 마윈(馬雲)<b>은</b> 왔다", "마윈", "馬雲"))
'그는 <mark class="term">마윈</mark><mark class="gloss">(馬雲)</mark>&lt;b&gt;은&lt;/b&gt; 왔다'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markupsafe import Markup, escape

from ..mining.brackets import PAIRS

# The brackets the miner reads, as a character class's contents.
_OPENING, _CLOSING = re.escape("".join(PAIRS)), re.escape("".join(PAIRS.values()))
_NO_BRACKET = f"[^{_OPENING}{_CLOSING}]*"


def highlight(context: str, ko: str, zh: str) -> Markup:
    """The context with the Korean term and a bracket glossing ``zh`` marked:
    the innermost bracket that holds it, or, when a bracket inside it follows
    (a note that glosses another name too), the bracket up to the Chinese.

    >>> str(highlight("천쓰[陈思, 이차이(一财)총경리]", "이차이", "一财"))
    '천쓰[陈思, <mark class="term">이차이</mark><mark class="gloss">(一财)</mark>총경리]'
    >>> str(highlight("천쓰〔陈思, 이차이(一财)총경리〕", "천쓰", "陈思"))
    '<mark class="term">천쓰</mark><mark class="gloss">〔陈思</mark>, 이차이(一财)총경리〕'
    """
    parts = [re.escape(ko)] if ko else []
    if zh:
        parts.append(f"[{_OPENING}]{_NO_BRACKET}{re.escape(zh)}(?:{_NO_BRACKET}[{_CLOSING}])?")
    if not parts:
        return Markup(escape(context))
    out, last = [], 0
    for match in re.finditer("|".join(f"({p})" for p in parts), context):
        out.append(escape(context[last : match.start()]))
        kind = "term" if ko and match.group(1) is not None else "gloss"
        out.append(Markup('<mark class="{}">{}</mark>').format(kind, match.group()))
        last = match.end()
    out.append(escape(context[last:]))
    return Markup("").join(out)


def growth_chart(documents: Sequence[tuple[str, str, str, int]], width: int = 640,
                 height: int = 180) -> Markup:
    """How the termbase grew: pairs stored, document after document, as SVG."""
    if not documents:
        return Markup("<p>No documents yet.</p>")
    totals, running = [], 0
    for _, _, _, pairs in documents:
        running += pairs
        totals.append(running)
    top = max(totals) or 1
    step = width / max(1, len(totals) - 1)
    points = " ".join(f"{i * step:.1f},{height - 20 - (t / top) * (height - 40):.1f}"
                      for i, t in enumerate(totals))
    first, last = escape(documents[0][2][:10]), escape(documents[-1][2][:10])
    return Markup(
        '<svg class="chart" viewBox="0 0 {w} {h}" role="img" aria-label="pairs over documents">'
        '<polyline fill="none" stroke="#2a6f97" stroke-width="2" points="{points}"/>'
        '<text x="0" y="{h}" class="axis">{first}</text>'
        '<text x="{w}" y="{h}" text-anchor="end" class="axis">{last}</text>'
        '<text x="0" y="12" class="axis">{top} pairs</text></svg>'
    ).format(w=width, h=height, points=points, first=first, last=last, top=top)
