"""What every command shares: error reporting, the --db option, output helpers."""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from db import default_db_path, needs_upgrade
from glossary.errors import GlossaryError
from glossary.model import plain

F = TypeVar("F", bound=Callable[..., Any])
DEBUG_ENV = "KOZH_DEBUG"


def debugging() -> bool:
    ctx = click.get_current_context(silent=True)
    flag = bool(ctx and ctx.find_root().params.get("debug"))
    return flag or os.environ.get(DEBUG_ENV, "") not in ("", "0")


def reports_errors(command: F) -> F:
    """Turn the library's errors into a one-line message and exit code 1,
    Ctrl-C into "interrupted" and 130; with --debug (or KOZH_DEBUG=1), let
    the traceback through."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except GlossaryError as error:
            if debugging():
                raise
            raise click.ClickException(str(error)) from error
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (kozh export | head)
            return None
        except KeyboardInterrupt:
            # Ctrl-C: writes were transactions and output files are renamed
            # into place whole, so nothing is half done; 130 as shells report it.
            if debugging():
                raise
            click.echo("interrupted", err=True)
            raise SystemExit(130) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except (sqlite3.Error, OSError) as error:
            if debugging():
                raise
            raise click.ClickException(f"{type(error).__name__}: {error}") from error
        except Exception as error:  # a bug: say so in one line, keep the traceback for --debug
            if debugging():
                raise
            raise click.ClickException(
                f"internal error ({type(error).__name__}: {error}); run with --debug for the "
                "traceback and please report it") from error

    return wrapper  # type: ignore[return-value]


def db_option(command: F) -> F:
    return click.option(
        "--db", "db_path", type=click.Path(path_type=Path), callback=_announce_upgrade,
        help="Termbase file (default: $KOZH_DB, else kozh.db in the user data directory).",
    )(command)


def _announce_upgrade(ctx: click.Context, param: click.Parameter,
                      value: Path | None) -> Path | None:
    """Say so before a termbase an older kozh made is upgraded: a large one
    takes seconds, which should not look like a hang."""
    if value is None:  # kozh --db FILE COMMAND: the group's, as if given to the command
        value = ctx.find_root().params.get("db_path")
    path = value or default_db_path()
    if needs_upgrade(path):
        note(f"{path}: made by an older kozh; upgrading it once (a million pairs take about "
             "half a minute)")
    return value


def print_json(items: list[Any]) -> None:
    """A JSON list of the library's dataclasses, for scripts."""
    click.echo(json.dumps([plain(item) for item in items], ensure_ascii=False, indent=2))


def note(message: str) -> None:
    """Progress, summaries and warnings: to stderr, never mixed with data."""
    click.echo(message, err=True)


def read_text(path: str, encoding: str = "utf-8") -> str:
    """A file (or - for stdin) decoded as mining decodes it: bad bytes and
    binary files refused with the file and the place."""
    from glossary.ingest import collect, decode  # loads mining: only commands that read need it

    (source,) = collect([path])
    guessed: list[str] = []
    text = decode(source, encoding, guessed)
    for notice in guessed:
        note(f"note: {notice}")
    return text


def index_cache(termbase: Path) -> Path:
    """Where the annotation index of a termbase is kept: beside it."""
    return termbase.with_name(termbase.name + ".annotate-index")


def findings_cache(termbase: Path) -> Path:
    """Where the findings of ``kozh check`` on a termbase are kept: beside it."""
    return termbase.with_name(termbase.name + ".check")
