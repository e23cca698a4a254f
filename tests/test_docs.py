from __future__ import annotations

from pathlib import Path

import pytest

from cli import cli

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_and_is_documented(name: str) -> None:
    command = cli.commands[name]
    assert command.help and len(command.get_short_help_str(80)) > 10
    assert f"## kozh {name}\n" in (DOCS / "cli.md").read_text(encoding="utf-8")
