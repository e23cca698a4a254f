"""``kozh serve``: the termbase on a local web page."""

from __future__ import annotations

import errno
import socket
import webbrowser
from pathlib import Path

import click

from db import Termbase, default_db_path
from glossary.model import TermbaseService

from .common import db_option, note, reports_errors

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but this machine needs --token.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535))
@click.option("--read-only", is_flag=True, help="Show the termbase; refuse every change.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a browser.")
@click.option("--token", help="An access token the page asks for (and keeps in a cookie).")
@reports_errors
def serve(db_path: Path | None, host: str, port: int, read_only: bool, open_browser: bool,
          token: str | None) -> None:
    """Search, review and use the termbase on a local web page."""
    import uvicorn  # only this command needs the server

    from glossary.web import create_app

    if host not in LOOPBACK and not host.startswith("127.") and not token:
        raise click.UsageError(f"listening on {host} lets other machines in: give --token")
    path = db_path or default_db_path()
    Termbase(path, read_only=True).close()  # a termbase that cannot be read fails here, now

    def open_termbase(write: bool) -> TermbaseService:
        return Termbase(path, read_only=not write)

    app = create_app(open_termbase, read_only=read_only, token=token)
    listening = _listen(host, port)  # a port in use fails here, before the page is announced
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    note(f"kozh serve: {url} ({path}{', read-only' if read_only else ''})")
    if token:
        note("the page asks for the access token given with --token")
    if host not in LOOPBACK and not host.startswith("127."):
        note(f"warning: listening on {host}: other machines can reach this page")
    if open_browser:
        webbrowser.open(url)
    uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[listening])


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host`` and ``port``, or one line saying why it cannot be."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    except socket.gaierror as error:
        raise click.ClickException(f"cannot listen on {host}: {error.strerror}") from None
    listening = socket.socket(family, socket.SOCK_STREAM)
    listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listening.bind((host, port))
    except OSError as error:
        listening.close()
        busy = " (another program uses it: try another --port)" \
            if error.errno == errno.EADDRINUSE else ""
        raise click.ClickException(
            f"cannot listen on {host} port {port}: {error.strerror}{busy}") from None
    return listening
