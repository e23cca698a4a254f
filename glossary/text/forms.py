"""The forms of a character that Korean and Japanese write and Chinese does
not, each with the Chinese standard (simplified) form it stands for: part of
the concept key (:func:`glossary.model.concept_key`), so 硏究院 and 研究院
are one concept, and 関西, 關西 and 关西 another; and a form reads as the
traditional character it stands for too (:mod:`.readings`: 豊田 is spelt 펑톈,
as 豐田 is).

>>> fold_korean_forms("硏究院"), fold_korean_forms("靑年"), fold_korean_forms("心选")
('研究院', '青年', '心选')
>>> fold_korean_forms("四顚倒"), fold_korean_forms("関西"), fold_korean_forms("鉄道")
('四颠倒', '关西', '铁道')
>>> STANDARD_FORM["豊"]
'丰'
"""

from __future__ import annotations

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
STANDARD_FORM = {group[0]: group[1] for group in KOREAN_FORMS + JAPANESE_FORMS}
_TO_STANDARD = str.maketrans(STANDARD_FORM)
FOLDED_FORMS = "".join(STANDARD_FORM)


def fold_korean_forms(text: str) -> str:
    """Korean Hanja forms and Japanese forms replaced by the Chinese standard
    (simplified) form."""
    return text.translate(_TO_STANDARD)
