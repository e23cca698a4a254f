"""``kozh suggest``: Korean renderings for a new Chinese term. A module of its
own, so that a suggestion imports neither annotation nor mining."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from db import Termbase, default_db_path
from glossary.aids.suggestions import suggest as propose

from .common import db_option, print_json, read_text, reports_errors


@click.command()
@click.argument("chinese", required=False)
@db_option
@click.option("json_", "--json", is_flag=True, help="Print a JSON list, best first.")
@click.option("--batch", "batch", type=click.Path(allow_dash=True),
              help="A file of Chinese terms, one per line (- for stdin): a line of "
                   "suggestions per term, term<TAB>best<TAB>method<TAB>others.")
@reports_errors
def suggest(chinese: str | None, db_path: Path | None, json_: bool, batch: str | None) -> None:
    """Suggest Korean renderings for a Chinese term.

    Best first, each with the method behind it: the termbase, the name Korean
    gives a place in Korea or a country, city or body of the world, a
    person of the world, a firm or a thing Korean names otherwise (korean: 釜山
    부산, 首尔 서울, 法国 프랑스, 马克思 마르크스, 腾讯 텐센트, 手机 휴대폰; an office
    abroad as Korean names it after its holder: 美国总统 미국 대통령; second, the
    other names usage gives a place in China: 故宫 자금성, 喀什 카슈가르), a name
    transcribed before a common noun as Korean writes it, or before a body or
    title read in Sino-Korean (mixed: 北京大学 베이징 대학, 北京市政府 베이징시
    정부), the standard transcription of Mandarin, the Sino-Korean reading (a
    person's family name read as family names are: 曾国藩 쩡궈판, 金正恩 김정은;
    first for a Korean's name, told by its family and given names or known:
    文在寅 문재인, 李在明 이재명, for a name known by its reading: 杨紫琼 양자경,
    and for a term made of words: 中国梦 중국몽, 双循环 쌍순환), the
    Japanese reading of a place in Japan, in any script, of a person whose
    family name is Japanese, family and given name a space apart, or of a
    term written in characters only Japanese uses (japanese: 东京 도쿄, 岸田文雄
    기시다 후미오, 広島県 히로시마현),
    or a term the termbase knows inside it with the rest read in Sino-Korean
    (termbase-part). Parts a middle dot joins (a foreigner's given and family
    names) get a word each, a space apart: 乔·拜登 조 바이든. Of the transcription
    and the reading, the one the termbase uses for terms that share two
    characters with the term comes first (麻辣香锅 마라샹궈 beside 麻辣烫 마라탕)."""
    if (chinese is None) == (batch is None):
        raise click.UsageError("give a Chinese term, or --batch FILE")
    if chinese is not None and not chinese.strip():
        raise click.BadParameter("a Chinese term, not blank", param_hint="CHINESE")
    path = db_path or default_db_path()
    termbase = Termbase(path, read_only=True) if path.exists() else None
    try:
        if batch is not None:
            _suggest_batch(read_text(batch), termbase, json_)
            return
        assert chinese is not None
        found = propose(chinese, termbase)
    finally:
        if termbase is not None:
            termbase.close()
    if json_:
        print_json(found)
        return
    if not found:
        raise click.ClickException(f"no suggestion for {chinese!r} (is it Chinese?)")
    for item in found:
        extra = f"  ({item.note})" if item.note else ""
        click.echo(f"{item.ko}\t{item.method}{extra}")


def _suggest_batch(text: str, termbase: Termbase | None, json_: bool) -> None:
    """Suggestions for every term of a file, the models loaded once."""
    results = {}
    for line in text.splitlines():
        term = line.strip()
        if term and term not in results:
            results[term] = propose(term, termbase)
    if json_:
        click.echo(json.dumps({term: [asdict(s) for s in found]
                               for term, found in results.items()}, ensure_ascii=False, indent=2))
        return
    for term, found in results.items():
        best = found[0] if found else None
        others = ", ".join(s.ko for s in found[1:])
        click.echo(f"{term}\t{best.ko if best else ''}\t{best.method if best else ''}\t{others}")
