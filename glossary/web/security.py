"""What keeps the page safe: CSRF tokens on every change, an access token when
the server listens beyond this machine, and strict response headers."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Awaitable, Callable
from urllib.parse import unquote

from starlette.requests import Request
from starlette.responses import Response

SESSION_COOKIE = "kozh_session"
TOKEN_COOKIE = "kozh_token"
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class Guard:
    """CSRF tokens bound to a session cookie, signed with a secret of this
    server process; and the access token, if one is required."""

    def __init__(self, token: str | None = None) -> None:
        self.secret = secrets.token_bytes(32)
        self.token = token

    def session(self, request: Request) -> str:
        return request.cookies.get(SESSION_COOKIE) or ""

    def csrf_for(self, session: str) -> str:
        return hmac.new(self.secret, session.encode(), hashlib.sha256).hexdigest()

    def csrf_ok(self, request: Request, submitted: str) -> bool:
        session = self.session(request)
        return bool(session) and hmac.compare_digest(self.csrf_for(session).encode(),
                                                     submitted.encode())

    def authorized(self, request: Request) -> bool:
        if self.token is None:
            return True
        given = unquote(request.cookies.get(TOKEN_COOKIE, ""))
        return hmac.compare_digest(given.encode(), self.token.encode())

    async def middleware(self, request: Request,
                         call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        """Give each browser a session, and every response the strict headers."""
        session = self.session(request) or secrets.token_urlsafe(24)
        request.state.session = session
        request.state.csrf = self.csrf_for(session)
        response = await call_next(request)
        if not self.session(request):
            response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="strict")
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response
