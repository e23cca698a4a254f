"""Hanja variants: characters Korean and Chinese text write differently for
the same word (硏/研, 靑/青), which OpenCC does not fold.

Two folds, for two purposes:

* :func:`fold_korean_forms` maps the Korean Hanja forms of a short, checked
  table, and the Japanese forms Chinese text does not use, to the Chinese
  standard (simplified) form. It is part of the concept key: 硏究院 and
  研究院 are one concept, and so are 関西, 關西 and 关西.
* :func:`variant_key` folds every z- and semantic variant Unihan lists. Those
  classes are too wide for a key (他/她/它, 彬/斌 and 朝/晁 share one, and
  names differ by them), so it only makes ``kozh check`` ask whether two
  concepts are one.

>>> fold_korean_forms("硏究院"), fold_korean_forms("靑年"), fold_korean_forms("心选")
('研究院', '青年', '心选')
>>> fold_korean_forms("四顚倒"), fold_korean_forms("関西"), fold_korean_forms("鉄道")
('四颠倒', '关西', '铁道')
>>> variant_key("硏究") == variant_key("研究"), variant_key("李彬") == variant_key("李斌")
(True, True)
"""

from __future__ import annotations

from functools import cache

from .readings import variant_forms

# Korean Hanja forms and the Chinese standard form of the same character
# (facts of usage). Applied after OpenCC's t2s, which folds none of them.
KOREAN_FORMS = ("靑青", "淸清", "郞郎", "硏研", "尙尚", "槪概", "晩晚", "値值", "姸妍",
                "顚颠", "鄕乡", "塡填", "巓巅", "緖绪", "愼慎", "敍叙", "擧举", "鑛矿",
                "衞卫", "兪俞", "飮饮", "汚污", "隣邻", "氷冰", "揷插", "劒剑", "竝并",
                "吿告", "澁涩", "鬪斗", "鬭斗", "摠总", "叅参")
# Japanese forms (shinjitai, as Korean writes Japanese names: 関西, 広島) and
# the simplified form of the character each stands for: OpenCC's jp2t, then
# t2s, or its t2jp backwards (tests/test_normalize.py checks each against
# OpenCC). Only forms Chinese text hardly uses (fewer than 70 in jieba's
# counts): 芸, 弁, 缶 and 予 are Chinese characters of their own that jp2t
# would change, and stay.
JAPANESE_FORMS = tuple(form + standard for form, standard in zip(
    "両乗亀亜仏仮伝価倹児円処剣剤労勅勧勲単厳唖営噛団囲図圏圧塁塩増壌壱売奨嬢実寛対専"
    "尭巌巣巻帯帰庁広廃弐弾従徳徴応恵悩悪懐戻払抜択拝拠拡挙挿捜掲掻揺摂撃斉斎暁暦曽栄"
    "桜桟検楽様権歓歩歯歳歴毎気沢浄渇済渉渋渓焼犠猟獣畳痩発県砕稲穂穏竜粋粛糸経絵継続"
    "総縁縄縦繊聴脳臓艶荘蔵薫薬蛍蝋覇覚覧観訳読譲豊賛転軽辺逓遅郷酔醸釈鉄鉱銭鋳錬関闘"
    "陥険隠雑霊頼顕駅駆騒験髄髪鴎鶏鹸麺黒黙齢倶呉姫",
    "两乘龟亚佛假传价俭儿圆处剑剂劳敕劝勋单严哑营啮团围图圈压垒盐增壤壹卖奖娘实宽对专"
    "尧岩巢卷带归厅广废贰弹从德征应惠恼恶怀戾拂拔择拜据扩举插搜揭搔摇摄击齐斋晓历曾荣"
    "樱栈检乐样权欢步齿岁历每气泽净渴济涉涩溪烧牺猎兽叠瘦发县碎稻穗稳龙粹肃丝经绘继续"
    "总缘绳纵纤听脑脏艳庄藏薰药萤蜡霸觉览观译读让丰赞转轻边递迟乡醉酿释铁矿钱铸炼关斗"
    "陷险隐杂灵赖显驿驱骚验髓发鸥鸡碱面黑默龄俱吴姬", strict=True))
# Forms that Unihan lists no variant for, joined to the classes of variant_key.
_UNLISTED = KOREAN_FORMS + JAPANESE_FORMS + (
    "靜静", "虛虚", "戶户", "內内", "稅税", "脫脱", "說説")
_TO_STANDARD = str.maketrans({group[0]: group[1] for group in KOREAN_FORMS + JAPANESE_FORMS})
FOLDED_FORMS = "".join(group[0] for group in KOREAN_FORMS + JAPANESE_FORMS)


def fold_korean_forms(text: str) -> str:
    """Korean Hanja forms and Japanese forms replaced by the Chinese standard
    (simplified) form."""
    return text.translate(_TO_STANDARD)


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
