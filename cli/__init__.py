"""The ``kozh`` command line: one module per group of commands, each command a
thin mirror of one library function (see docs/architecture.md)."""

from __future__ import annotations

import sys

import click

from db import default_db_path

from .aids import annotate, check, suggest
from .interchange import export_, import_
from .mining import merge, mine
from .reading import lookup, stats


class KozhGroup(click.Group):
    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write(f"\nDefault termbase: {default_db_path()}\n")  # unwrapped: a path


@click.group(cls=KozhGroup)
@click.version_option(package_name="kozh")
@click.option("--debug", is_flag=True, help="Show a traceback when something fails "
              "(also KOZH_DEBUG=1).")
def cli(debug: bool) -> None:
    """kozh: mine Korean text for Chinese glosses, keep them in a termbase,
    look them up and export them."""


for command in (mine, merge, lookup, stats, export_, import_, annotate, check, suggest):
    cli.add_command(command)


def main() -> None:
    # Data goes out as UTF-8 whatever the locale says.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    cli()
