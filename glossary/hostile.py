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

_MARKERS = ("<!DOCTYPE", "<!ENTITY")
_ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def declares_dtd(data: bytes) -> bool:
    """Does XML ``data`` declare a DTD or an entity?"""
    return any(marker.encode(encoding) in data for marker in _MARKERS for encoding in _ENCODINGS)
