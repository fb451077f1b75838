"""A local stand-in for https://opendata.saemes.fr, for driving real browsers offline.

The browsers are pointed at this server through a resolver rule, so the cookies they store carry
the real host name and the tool under test sees exactly what a visit to the portal leaves behind.
"""

from __future__ import annotations

import json
import secrets
import string
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

HOST = "opendata.saemes.fr"
PARENT_DOMAIN = "saemes.fr"

# Lifetimes as the portal and its trackers declare them (see cookie-facts.md).
TWO_WEEKS = 1_209_600
CSRF_AGE = 31_449_600
ONE_YEAR = 31_536_000
SIX_MONTHS = 15_552_000
TWO_YEARS = 63_072_000
THIRTEEN_MONTHS = 33_696_000
ONE_DAY = 86_400


@dataclass(frozen=True)
class SetCookie:
    name: str
    value: str
    max_age: int
    domain: str | None = None
    http_only: bool = False
    same_site: str | None = None

    def header(self, now: float) -> str:
        expires = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(now + self.max_age))
        parts = [f"{self.name}={self.value}", f"expires={expires}", f"Max-Age={self.max_age}"]
        if self.domain is not None:
            parts.append(f"Domain={self.domain}")
        parts.append("Path=/")
        if self.http_only:
            parts.append("HttpOnly")
        if self.same_site is not None:
            parts.append(f"SameSite={self.same_site}")
        return "; ".join(parts)


def _alnum(n: int, alphabet: str = string.ascii_lowercase + string.digits) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(n))


def _digits(n: int) -> str:
    # A leading zero would make the GA client id look fake.
    return secrets.choice("123456789") + _alnum(n - 1, string.digits)


def _make_cookies(now: float) -> list[SetCookie]:
    ts = int(now)
    prefs = {"functional_cookies": True, "ga": False, "matomo": True, "timestamp": int(now * 1000)}
    cookies = [
        SetCookie("sessionid", _alnum(32), TWO_WEEKS, http_only=True, same_site="Lax"),
        SetCookie(
            "csrftoken", _alnum(64, string.ascii_letters + string.digits), CSRF_AGE, same_site="Lax"
        ),
        SetCookie("django_language", "fr", ONE_YEAR),
        SetCookie(
            "cookies_preferences",
            urllib.parse.quote(json.dumps(prefs), safe=""),
            SIX_MONTHS,
        ),
        # GA sets _ga on the registrable domain so every subdomain shares the client id.
        SetCookie("_ga", f"GA1.1.{_digits(10)}.{ts}", TWO_YEARS, domain=PARENT_DOMAIN),
        SetCookie(
            "_ga_ABC123XYZ", f"GS1.1.{ts}.{secrets.randbelow(9) + 1}.1.{ts + 37}.0.0.0", TWO_YEARS
        ),
        SetCookie("_gid", f"GA1.2.{_digits(9)}.{ts}", ONE_DAY),
        SetCookie("_pk_id.1.abcd", f"{_alnum(16, '0123456789abcdef')}.{ts}.", THIRTEEN_MONTHS),
        SetCookie("ods_unknown_pref", "1", ONE_DAY),
    ]
    lengths = [len(c.value) for c in cookies]
    values = [c.value for c in cookies]
    # Equal lengths or values would let a name/value mix-up in the tool go unnoticed.
    assert len(set(lengths)) == len(lengths), lengths
    assert len(set(values)) == len(values)
    return cookies


def parse_cookie_header(header: str) -> dict[str, str]:
    """Name -> value; on a repeated name the first one wins (the browser's most specific)."""
    out: dict[str, str] = {}
    for part in header.split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name not in out:
            out[name] = value
    return out


# A visit in steps, one page each, chained by <meta refresh> so that a browser started on the
# first one walks them all without being driven: the person refuses statistics in the banner,
# the Google tag sets _ga anyway, the person logs in, then withdraws the choice (the page's
# script expires the consent cookie, as the banner's "forget my choice" would).
JOURNEY = ("refuse", "analytics", "login", "forget", "done")
# Seconds each page stays before the next: long enough for Firefox to write each step apart.
JOURNEY_PAUSE = 1


def refusing_consent(now: float) -> str:
    """cookies_preferences refusing every tracker (statistics), functional cookies allowed."""
    prefs = {
        "functional_cookies": True,
        "ga": False,
        "matomo": False,
        "xiti": False,
        "at": False,
        "piano": False,
        "eulerian": False,
        "timestamp": int(now * 1000),
    }
    return urllib.parse.quote(json.dumps(prefs), safe="")


def _journey_cookies(step: str, now: float) -> list[SetCookie]:
    ts = int(now)
    if step == "refuse":
        return [SetCookie("cookies_preferences", refusing_consent(now), SIX_MONTHS)]
    if step == "analytics":
        value = f"GA1.1.{_digits(10)}.{ts}"
        return [SetCookie("_ga", value, TWO_YEARS, domain=PARENT_DOMAIN)]
    if step == "login":
        return [SetCookie("sessionid", _alnum(40), TWO_WEEKS, http_only=True, same_site="Lax")]
    return []


# "Forget my choice" in the banner: the page's own script removes the consent cookie (Max-Age=0:
# the browser deletes it, RFC 6265 section 5.3 step 11, which document.cookie follows too).
_FORGET_SCRIPT = '<script>document.cookie = "cookies_preferences=; Max-Age=0; Path=/";</script>'


class Site:
    """What the fake portal set and what it got back; filled in by the handler threads."""

    def __init__(self, port: int, cookies: list[SetCookie], parent_csrftoken: str) -> None:
        self.port = port
        self.cookies = cookies
        self.sent: dict[str, str] = {c.name: c.value for c in cookies}
        # Not set by "/": only "/dup-csrf" adds it, for tests of the duplicate-scope problem.
        self.parent_csrftoken = parent_csrftoken
        self.received: list[dict[str, str]] = []
        self.received_headers: list[str] = []
        # Every value a /journey page set (for leak checks), and when each step was served
        # last (time.time()), for measuring how long a browser takes to write it.
        self.journey_values: list[str] = []
        self.served: dict[str, float] = {}
        self._lock = threading.Lock()

    def url(self, path: str = "/") -> str:
        return f"http://{HOST}:{self.port}{path}"

    def record(self, header: str) -> None:
        with self._lock:
            self.received_headers.append(header)
            self.received.append(parse_cookie_header(header))


_PAGE = (
    "<!doctype html><html lang=fr><head><meta charset=utf-8>{head}<title>{t}</title>"
    "<link rel=icon href=data:,></head><body><p>{t}</p></body></html>"
)


def _handler_for(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        # HTTP/1.0 closes each connection, so no keep-alive socket outlives a browser run.
        protocol_version = "HTTP/1.0"

        def do_GET(self) -> None:
            path = urllib.parse.urlsplit(self.path).path
            headers: list[str] = []
            now = time.time()
            if path == "/":
                headers = [c.header(now) for c in site.cookies]
            elif path == "/plain":
                site.record(self.headers.get("Cookie", ""))
            elif path.startswith("/journey/") and path.removeprefix("/journey/") in JOURNEY:
                self._journey(path.removeprefix("/journey/"), now)
                return
            elif path == "/dup-csrf":
                dup = SetCookie(
                    "csrftoken",
                    site.parent_csrftoken,
                    CSRF_AGE,
                    domain=PARENT_DOMAIN,
                    same_site="Lax",
                )
                headers = [dup.header(now)]
            else:
                self._reply(404, "Not found", [])
                return
            self._reply(200, "Saemes open data", headers)

        def _journey(self, step: str, now: float) -> None:
            """One step; `?alone=1` sets its cookies without leading on to the next,
            `?until=STEP` goes from STEP straight to "done" (whose request proves the browser
            took in STEP's cookies), and `?pause=N` waits N seconds (1 to 60) before each
            next step."""
            cookies = _journey_cookies(step, now)
            query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
            index = JOURNEY.index(step)
            pause = JOURNEY_PAUSE
            asked = query.get("pause", [""])[0]
            if asked.isdigit() and 1 <= int(asked) <= 60:
                pause = int(asked)
            until = query.get("until", [""])[0]
            head = ""
            if not query.get("alone") and index + 1 < len(JOURNEY):
                following = "done" if step == until else JOURNEY[index + 1]
                carried = urllib.parse.urlencode({"pause": pause, "until": until})
                head = (
                    f'<meta http-equiv=refresh content="{pause};'
                    f'url=/journey/{following}?{carried}">'
                )
            if step == "forget":
                head = _FORGET_SCRIPT + head
            with site._lock:
                site.journey_values += [c.value for c in cookies if c.value]
                site.served[step] = now
            self._reply(200, f"Saemes open data: {step}", [c.header(now) for c in cookies], head)

        def _reply(self, status: int, title: str, set_cookies: list[str], head: str = "") -> None:
            body = _PAGE.format(t=title, head=head).encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            for value in set_cookies:
                self.send_header("Set-Cookie", value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Browsers drop speculative connections mid-request; that is not a test failure.
        pass


@contextmanager
def serve_site() -> Iterator[Site]:
    cookies = _make_cookies(time.time())
    parent_csrftoken = _alnum(48, string.ascii_letters + string.digits)
    server = _QuietServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    site = Site(server.server_address[1], cookies, parent_csrftoken)
    server.RequestHandlerClass = _handler_for(site)
    thread = threading.Thread(target=server.serve_forever, name="saemes-site", daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
