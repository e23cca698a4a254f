"""Which legacy encoding a Korean or Chinese file that is not UTF-8 is in.

Korean files older than UTF-8 are mostly in cp949 (EUC-KR and Microsoft's
extension of it), Chinese ones in gb18030 (a superset of GB2312 and GBK) or
big5. Any of them decodes much of the others' bytes, so a guess must look
at what comes out: Korean prose is made of a few hundred common syllables,
which garbage decoded as Hangul is not.

>>> likely_encoding("알리바바 창업자 마윈은 항저우에서 말했다.".encode("cp949"))
'cp949'
>>> likely_encoding("马云在杭州说，阿里巴巴的未来很好。".encode("gb18030"))
'gb18030'
>>> likely_encoding("馬雲在杭州說，阿里巴巴的未來很好。".encode("big5"))
'big5'
>>> likely_encoding(b"\\xff\\xfe\\xfd plain bytes")
''

UTF-16 without a byte order mark holds NUL bytes (the high byte of every
ASCII character), so it first looks binary:

>>> utf16_without_bom("마윈\\t馬雲\\n".encode("utf-16-le")), utf16_without_bom(b"PK\\x03\\x04\\x00")
('utf-16-le', '')
"""

from __future__ import annotations

from .normalize import is_han, is_hangul

LEGACY = ("cp949", "gb18030", "big5")
SAMPLE = 1 << 16  # bytes looked at: a guess needs no more
# The syllables that make up about half of Korean prose; Hangul decoded from
# Chinese bytes spreads over the 2,350 syllables cp949 holds.
COMMON_SYLLABLES = frozenset(
    "이다의는에을하고가를지기로한서사도리적대수인자들정시아어해있나부여전국일상라게보주과성으"
    "제만연우동그원문중경년은했것내장데되면유관소화마발개행입위신말생방요등미세치없외까학된공"
    "회무조계비오모간진드운현실산스교안분터않작구반러던김야히물노후본결선통명저음단때월거르")
COMMON_SHARE = 0.25  # of a sample's Hangul, in Korean prose (two thirds; garbage 0.06)


def _decoded(data: bytes, codec: str) -> str | None:
    sample = data[:SAMPLE]
    try:
        return sample.decode(codec)
    except UnicodeDecodeError as error:
        if len(data) > SAMPLE and error.start >= SAMPLE - 4:  # a character cut by the sample
            try:
                return sample[: error.start].decode(codec)
            except UnicodeDecodeError:
                return None
        return None


def likely_encoding(data: bytes, korean: bool = False) -> str:
    """The legacy encoding ``data`` reads best in, or '' when none reads well:
    cp949 when it gives Korean prose, else gb18030 or big5 when it gives Han
    characters and nothing else odd (gb18030 first: it decodes much of big5,
    into private-use characters and kana). Text known to hold Korean (a
    Korean–Chinese glossary, whose short terms are no prose) is cp949 when it
    gives Hangul at all: of the three, only cp949 writes Hangul in two bytes
    (gb18030 in four, which cp949 refuses; big5 none), and the cp949 bytes of
    a Korean term read as Chinese in gb18030 (청두 as 没滴); its gb18030
    is then what also decodes to Hangul, in those four bytes.

    >>> likely_encoding("청두,成都".encode("cp949")), likely_encoding(
    ...     "청두,成都".encode("cp949"), korean=True)
    ('gb18030', 'cp949')
    """
    for codec in LEGACY:
        text = _decoded(data, codec)
        if text is None:
            continue
        hangul = [ch for ch in text if is_hangul(ch)]
        if codec == "cp949":
            if hangul and (korean or sum(ch in COMMON_SYLLABLES for ch in hangul)
                           >= COMMON_SHARE * len(hangul)):
                return codec
        elif (korean or not hangul) and any(map(is_han, text)) and not any(map(_odd, text)):
            return codec
    return ""


def _odd(ch: str) -> bool:
    """Private-use characters and kana: what another encoding's Chinese
    bytes turn into (big5 read as gb18030), not what a Chinese text holds."""
    return 0xE000 <= ord(ch) <= 0xF8FF or 0x3040 <= ord(ch) <= 0x30FF


UTF16 = ("utf-16-le", "utf-16-be")
TEXT_SHARE = 0.98  # of the characters decoded, what Korean or Chinese text is made of


def utf16_without_bom(data: bytes) -> str:
    """The byte order of UTF-16 text that starts without a byte order mark,
    or '' when ``data`` does not read as Korean or Chinese text in either.
    Such text is ASCII, Hangul, Han characters and punctuation; a binary file
    decodes into code points all over the plane, half of them elsewhere."""
    sample = data[: SAMPLE - SAMPLE % 2] if len(data) > SAMPLE else data
    if len(sample) % 2:
        return ""
    for codec in UTF16:
        # Replaced, not refused: the sample may end inside a surrogate pair.
        text = sample.decode(codec, errors="replace")
        if text and "\x00" not in text and any(is_hangul(ch) or is_han(ch) for ch in text) \
                and sum(map(_in_cjk_text, text)) >= TEXT_SHARE * len(text):
            return codec
    return ""


def _in_cjk_text(ch: str) -> bool:
    code = ord(ch)
    return (0x20 <= code < 0x7F or ch in "\t\r\n" or is_hangul(ch) or is_han(ch)
            or 0x2000 <= code <= 0x206F or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF
            or code == 0xB7)
