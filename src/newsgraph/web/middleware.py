"""Plain ASGI middleware (cheaper per request than Starlette's BaseHTTPMiddleware): security headers on
every response, and the page cache in front of the routes."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsgraph.web.cache import Cached, ResponseCache

# Article text is hostile input: even if something slipped through escaping, no inline script or
# handler could run, and nothing is loaded from elsewhere.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
UNCACHED_PREFIXES = ("/static", "/ingest", "/api/ingest")


class SecurityHeaders:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


class PageCache:
    """Serve a GET from the cache while the store is unchanged; record successful responses."""

    def __init__(self, app: ASGIApp, cache: ResponseCache | None):
        self.app = app
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (
            self.cache is None
            or scope["type"] != "http"
            or scope["method"] != "GET"
            or path.startswith(UNCACHED_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        key = path + "?" + scope.get("query_string", b"").decode("latin-1")
        stamp = self.cache.stamp()
        if hit := self.cache.get(key, stamp):
            headers = [*hit.headers, (b"x-cache", b"hit")]
            await send({"type": "http.response.start", "status": hit.status, "headers": headers})
            await send({"type": "http.response.body", "body": hit.body})
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def record(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                MutableHeaders(scope=message)["x-cache"] = "miss"
            elif message["type"] == "http.response.body" and start and start["status"] == 200:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    headers = [(k, v) for k, v in start["headers"] if k.lower() not in (b"x-cache", b"content-length")]
                    body = b"".join(chunks)
                    headers.append((b"content-length", str(len(body)).encode()))
                    self.cache.put(key, Cached(stamp, 200, body, headers))
            await send(message)

        await self.app(scope, receive, record)
