"""The version of kozh, and a stamp of its code for what keeps results
between runs (kept findings of a check must not outlive the rules that made
them). pyproject.toml holds the same version."""

from __future__ import annotations

import os
from pathlib import Path

__version__ = "0.2.244"


def code_stamp() -> str:
    """The version and the newest change to kozh's code and tables: a
    checkout edited or moved to another commit is another kozh, though its
    version says the same. (About a hundred stats: a millisecond.)"""
    root = Path(__file__).resolve().parent.parent
    newest = 0
    for package in ("glossary", "db"):
        for folder, folders, names in os.walk(root / package):
            folders[:] = [name for name in folders if name != "__pycache__"]
            for name in names:
                if name.endswith((".py", ".tsv")):
                    newest = max(newest, os.stat(os.path.join(folder, name)).st_mtime_ns)
    return f"{__version__}+{newest}"
