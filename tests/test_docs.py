from __future__ import annotations

from pathlib import Path

import click
import pytest

from cli import COMMANDS, cli

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_and_is_documented(name: str) -> None:
    command = cli.get_command(click.Context(cli), name)
    assert command is not None and command.name == name
    assert command.help and len(command.get_short_help_str(80)) > 10
    assert f"## kozh {name}\n" in (DOCS / "cli.md").read_text(encoding="utf-8")
