"""What hostile input looks like, told apart before it is read.

XML that declares a DTD or an entity has no place in the files kozh reads
(TBX glossaries, Word documents), and both are how hostile XML expands or
reaches out (billion laughs, external entities): such a file is refused
whole, whatever encoding its XML is in.

>>> declares_dtd(b'<!DOCTYPE x [<!ENTITY a "aa">]><x>&a;</x>'), declares_dtd(b"<x/>")
(True, False)
>>> declares_dtd('<!ENTITY a "aa">'.encode("utf-16-le"))
True
"""

from __future__ import annotations

import zipfile

_MARKERS = ("<!DOCTYPE", "<!ENTITY")
_ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def declares_dtd(data: bytes) -> bool:
    """Does XML ``data`` declare a DTD or an entity?"""
    return any(marker.encode(encoding) in data for marker in _MARKERS for encoding in _ENCODINGS)


def zip_part(book: zipfile.ZipFile, path: str, name: str, limit: int,
             error: type[Exception], what: str) -> bytes:
    """The part ``path`` of an Office file (a zip of XML parts) named ``name``,
    ``what`` it should be ("a Word document"): refused with ``error`` when it
    is missing, would unpack past ``limit`` bytes (a zip bomb), or declares a
    DTD or an entity."""
    try:
        info = book.getinfo(path)
    except KeyError:
        raise error(f"{name}: not {what} (no {path})") from None
    if info.file_size > limit:
        raise error(f"{name}: {path} unpacks to {info.file_size} bytes, more than {limit}")
    xml = book.read(info)
    if declares_dtd(xml):
        raise error(f"{name}: refusing XML with a DTD or entity declaration ({path})")
    return xml
