"""The ``kozh`` command line: one module per group of commands, each command a
thin mirror of one library function (see docs/architecture.md).

Command modules load when their command runs, so that ``kozh lookup`` does
not import what ``kozh mine`` or ``kozh export`` need.
"""

from __future__ import annotations

import sys
from importlib import import_module
from pathlib import Path

import click

from db import default_db_path

# Command name → "module:attribute" of its click command.
COMMANDS = {
    "mine": "cli.mining:mine", "merge": "cli.mining:merge",
    "lookup": "cli.reading:lookup", "stats": "cli.reading:stats",
    "export": "cli.interchange:export_", "import": "cli.interchange:import_",
    "annotate": "cli.aids:annotate", "check": "cli.checks:check",
    "suggest": "cli.suggestions:suggest",
    **{name: f"cli.curation:{name}" for name in ("approve", "prefer", "reject", "reset", "add",
                                                  "edit", "delete", "review", "undo")},
    "list": "cli.curation:list_", "log": "cli.curation:log_", "serve": "cli.serve:serve",
}


class KozhGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute = COMMANDS[name].split(":")
        command = getattr(import_module(module), attribute)
        assert isinstance(command, click.Command)
        return command

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write(f"\nDefault termbase: {default_db_path()}\n")  # unwrapped: a path


@click.group(cls=KozhGroup)
@click.version_option(package_name="kozh")
@click.option("--debug", is_flag=True, help="Show a traceback when something fails "
              "(also KOZH_DEBUG=1).")
@click.option("--db", "db_path", type=click.Path(path_type=Path),
              help="Termbase file for the command that follows (as its own --db, which wins).")
def cli(debug: bool, db_path: Path | None) -> None:
    """kozh: mine Korean text for Chinese glosses, keep them in a termbase,
    look them up and export them."""


def main() -> None:
    # Data goes out as UTF-8 whatever the locale says.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    cli()
