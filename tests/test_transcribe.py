"""The Korean standard transcription of Mandarin, on names whose Korean forms
are fixed by the standard (facts, collected as a table)."""

from __future__ import annotations

import pytest

from glossary.text.english import spells_latin
from glossary.text.transcribe import transcribe_pinyin

NAMES = [
    ("mao ze dong", "마오쩌둥"), ("deng xiao ping", "덩샤오핑"), ("hu jin tao", "후진타오"),
    ("xi jin ping", "시진핑"), ("zhou en lai", "저우언라이"), ("sun zhong shan", "쑨중산"),
    ("li yuan chao", "리위안차오"), ("wen jia bao", "원자바오"), ("bei jing", "베이징"),
    ("shang hai", "상하이"), ("chong qing", "충칭"), ("tian jin", "톈진"),
    ("si chuan", "쓰촨"), ("guang zhou", "광저우"), ("shen zhen", "선전"),
    ("hang zhou", "항저우"), ("nan jing", "난징"), ("wu han", "우한"), ("xi an", "시안"),
    ("cheng du", "청두"), ("chang sha", "창사"), ("ha er bin", "하얼빈"),
    ("qing dao", "칭다오"), ("da lian", "다롄"), ("shen yang", "선양"), ("ji lin", "지린"),
    ("kun ming", "쿤밍"), ("gui yang", "구이양"), ("lan zhou", "란저우"), ("xia men", "샤먼"),
    ("fu zhou", "푸저우"), ("he fei", "허페이"), ("zheng zhou", "정저우"), ("ji nan", "지난"),
    ("tai yuan", "타이위안"), ("shi jia zhuang", "스자좡"), ("hu he hao te", "후허하오터"),
    ("wu lu mu qi", "우루무치"), ("la sa", "라싸"), ("xi ning", "시닝"), ("yin chuan", "인촨"),
    ("nan ning", "난닝"), ("hai kou", "하이커우"), ("nan chang", "난창"), ("su zhou", "쑤저우"),
    ("wu xi", "우시"), ("ning bo", "닝보"), ("wen zhou", "원저우"), ("yan an", "옌안"),
    ("zhu hai", "주하이"), ("shan tou", "산터우"), ("dong guan", "둥관"), ("fo shan", "포산"),
    ("guang dong", "광둥"), ("guang xi", "광시"), ("he nan", "허난"), ("he bei", "허베이"),
    ("shan dong", "산둥"), ("shan xi", "산시"), ("jiang su", "장쑤"), ("zhe jiang", "저장"),
    ("an hui", "안후이"), ("jiang xi", "장시"), ("fu jian", "푸젠"), ("hu nan", "후난"),
    ("hu bei", "후베이"), ("yun nan", "윈난"), ("gui zhou", "구이저우"), ("gan su", "간쑤"),
    ("qing hai", "칭하이"), ("hei long jiang", "헤이룽장"), ("liao ning", "랴오닝"),
    ("nei meng gu", "네이멍구"), ("xin jiang", "신장"), ("xi zang", "시짱"),
    ("hai nan", "하이난"), ("tai wan", "타이완"), ("xiang gang", "샹강"), ("ao men", "아오먼"),
    ("kong zi", "쿵쯔"), ("lao zi", "라오쯔"), ("meng zi", "멍쯔"), ("zhuang zi", "좡쯔"),
    ("lu xun", "루쉰"), ("ba jin", "바진"), ("lao she", "라오서"), ("guo mo ruo", "궈모뤄"),
    ("mo yan", "모옌"), ("yu hua", "위화"), ("liang qi chao", "량치차오"),
    ("kang you wei", "캉유웨이"), ("yuan shi kai", "위안스카이"), ("jiang jie shi", "장제스"),
    ("song qing ling", "쑹칭링"), ("zhu rong ji", "주룽지"), ("jiang ze min", "장쩌민"),
    ("li peng", "리펑"), ("hu yao bang", "후야오방"), ("zhao zi yang", "자오쯔양"),
    ("li ke qiang", "리커창"), ("wang yi", "왕이"), ("han zheng", "한정"),
    ("wang hu ning", "왕후닝"), ("zhao le ji", "자오러지"), ("li qiang", "리창"),
    ("cai qi", "차이치"), ("ding xue xiang", "딩쉐샹"), ("li xi", "리시"),
    ("ma yun", "마윈"), ("ma hua teng", "마화텅"), ("lei jun", "레이쥔"),
    ("ren zheng fei", "런정페이"), ("li yan hong", "리옌훙"), ("zhang yi ming", "장이밍"),
    ("liu qiang dong", "류창둥"), ("zhou xing chi", "저우싱츠"), ("gong li", "궁리"),
    ("zhang yi mou", "장이머우"), ("chen kai ge", "천카이거"), ("yao ming", "야오밍"),
    ("liu xiang", "류샹"), ("lang lang", "랑랑"), ("qin shi huang", "친스황"),
    ("nü wa", "뉘와"), ("lü dong bin", "뤼둥빈"), ("xue", "쉐"), ("qiong", "충"),
]


@pytest.mark.parametrize("pinyin, hangul", NAMES, ids=[n[1] for n in NAMES])
def test_standard_transcription(pinyin: str, hangul: str) -> None:
    assert "".join(transcribe_pinyin(s) for s in pinyin.split()) == hangul


def test_the_table_is_large_enough() -> None:
    assert len(NAMES) >= 100


def test_non_pinyin_gives_nothing() -> None:
    assert transcribe_pinyin("xyz") == ""


# How Korean spells firms' and brands' Latin names (facts of usage), and
# words that spell another name or none.
SPELT_IN_LATIN = [
    ("레노버", "Lenovo"), ("하이실리콘", "HiSilicon"), ("팝마트", "Pop Mart"),
    ("에어차이나", "Air China"), ("페트로차이나", "PetroChina"), ("시노펙", "Sinopec"),
    ("앤트그룹", "Ant Group"), ("캐세이 퍼시픽", "Cathay Pacific"), ("오포", "OPPO"),
    ("비보", "vivo"), ("원플러스", "OnePlus"), ("코스코", "COSCO"), ("시틱", "CITIC"),
    ("트립닷컴", "Trip.com"), ("쉬인", "Shein"), ("알리페이", "Alipay"), ("위챗", "WeChat"),
    ("바이트댄스", "ByteDance"), ("샤오미", "Xiaomi"), ("지리", "Geely"), ("하이얼", "Haier"),
    ("스타벅스", "Starbucks"), ("빌리빌리", "Bilibili"), ("디제이아이", "DJI"), ("아너", "Honor"),
]
NOT_SPELT = [
    ("애플", "HiSilicon"), ("설계사", "HiSilicon"), ("삼성", "Huawei"), ("틱톡", "Douyin"),
    ("회사", "Lenovo"), ("알리바바", "Tencent"), ("오포", "vivo"), ("비보", "OPPO"),
    ("은행", "Bank"), ("드론", "DJI"), ("인생", "Living"),
]


@pytest.mark.parametrize(("hangul", "latin"), SPELT_IN_LATIN)
def test_korean_spells_a_latin_name(hangul: str, latin: str) -> None:
    assert spells_latin(hangul, latin)


@pytest.mark.parametrize(("hangul", "latin"), NOT_SPELT)
def test_korean_that_spells_another_latin_name(hangul: str, latin: str) -> None:
    assert not spells_latin(hangul, latin)
