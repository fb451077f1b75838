"""Drive the real Chromium and Firefox ESR offline against the local stand-in for the portal.

Every launch gets its own HOME and a short private TMPDIR: browsers write caches, crash reports
and sockets there, and a test must never touch the developer's own profiles.
"""

from __future__ import annotations

import fcntl
import json
import os
import select
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from typing import Any

from tests.e2e.site import HOST
from tests.helpers.processes import in_ci, unavailable

VISIT_TIMEOUT = 60.0
START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0

_CANDIDATES: dict[str, tuple[str, ...]] = {
    "chromium": ("chromium", "chromium-browser"),
    "firefox": ("firefox-esr", "firefox"),
}
_OVERRIDE_ENV = {"chromium": "SAEMES_E2E_CHROMIUM", "firefox": "SAEMES_E2E_FIREFOX"}

# Only the portal resolves (to loopback); every other name fails inside the browser, so no
# lookup of a real host ever leaves the machine.
CHROMIUM_RESOLVER_RULES = f"MAP {HOST} 127.0.0.1, MAP * ~NOTFOUND"

CHROMIUM_FLAGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",  # the tests run as root, where the sandbox refuses to start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--password-store=basic",  # v10 "peanuts" encryption, no keyring or D-Bus needed
    "--no-proxy-server",  # a proxy in the environment would swallow the fake host name
    "--no-default-browser-check",
    "--disable-default-apps",
    f"--host-resolver-rules={CHROMIUM_RESOLVER_RULES}",
)

FIREFOX_PREFS: dict[str, str | int | bool] = {
    "network.dns.localDomains": HOST,
    # Any other host name lands on loopback, where nothing listens: no real lookup, no traffic.
    "network.dns.forceResolve": "127.0.0.1",
    "network.trr.mode": 5,
    "network.proxy.type": 0,
    "dom.security.https_first": False,
    "dom.security.https_first_schemeless": False,
    "dom.security.https_only_mode": False,
    "network.captive-portal-service.enabled": False,
    "network.connectivity-service.enabled": False,
    "network.dns.disablePrefetch": True,
    "network.prefetch-next": False,
    "network.http.speculative-parallel-limit": 0,
    "browser.places.speculativeConnect.enabled": False,
    "browser.urlbar.speculativeConnect.enabled": False,
    "network.http.http3.enable": False,
    "services.settings.server": "http://127.0.0.1:9/v1",
    "app.normandy.enabled": False,
    "app.shield.optoutstudies.enabled": False,
    "app.update.auto": False,
    "toolkit.telemetry.enabled": False,
    "toolkit.telemetry.unified": False,
    "toolkit.telemetry.archive.enabled": False,
    "toolkit.telemetry.server": "",
    "toolkit.telemetry.reportingpolicy.firstRun": False,
    "datareporting.healthreport.uploadEnabled": False,
    "datareporting.policy.dataSubmissionEnabled": False,
    "datareporting.usage.uploadEnabled": False,
    "browser.crashReports.unsubmittedCheck.autoSubmit2": False,
    "extensions.update.enabled": False,
    "extensions.getAddons.cache.enabled": False,
    "extensions.blocklist.enabled": False,
    "extensions.systemAddon.update.enabled": False,
    "browser.safebrowsing.malware.enabled": False,
    "browser.safebrowsing.phishing.enabled": False,
    "browser.safebrowsing.downloads.enabled": False,
    "browser.safebrowsing.downloads.remote.enabled": False,
    "security.OCSP.enabled": 0,
    "security.remote_settings.crlite_filters.enabled": False,
    "security.remote_settings.intermediates.enabled": False,
    "media.gmp-manager.url": "",
    "media.gmp-gmpopenh264.enabled": False,
    "browser.region.update.enabled": False,
    "browser.region.network.url": "",
    "browser.search.update": False,
    "geo.provider.network.url": "",
    "dom.push.connection.enabled": False,
    "identity.fxaccounts.enabled": False,
    "browser.topsites.contile.enabled": False,
    "browser.newtabpage.enabled": False,
    "browser.startup.homepage_override.mstone": "ignore",
    "startup.homepage_welcome_url": "",
    "startup.homepage_welcome_url.additional": "",
    "browser.aboutwelcome.enabled": False,
    "datareporting.policy.firstRunURL": "",
    "browser.shell.checkDefaultBrowser": False,
    "browser.tabs.warnOnClose": False,
    # firefox_running ends Firefox with SIGTERM; the next start must not restore that session.
    "browser.sessionstore.resume_from_crash": False,
    "toolkit.startup.max_resumed_crashes": -1,
}


class BrowserError(RuntimeError):
    pass


# ---------------------------------------------------------------------------------------------
# Availability


def browser_available(name: str) -> str | None:
    """Path of the executable for "chromium" or "firefox", or None when not installed."""
    if name not in _CANDIDATES:
        raise ValueError(f"unknown browser {name!r}; expected one of {sorted(_CANDIDATES)}")
    override = os.environ.get(_OVERRIDE_ENV[name])
    if override:
        return shutil.which(override)
    for candidate in _CANDIDATES[name]:
        found = shutil.which(candidate)
        if found:
            return found
    return None


def browsers_required() -> bool:
    """CI must not go green by skipping the only tests that use real browsers."""
    return in_ci() or os.environ.get("REQUIRE_BROWSERS") == "1"


def require_browser(name: str) -> str:
    """The browser's path; otherwise skip locally, or fail under CI=true / REQUIRE_BROWSERS=1."""
    path = browser_available(name)
    if path is not None:
        return path
    override = os.environ.get(_OVERRIDE_ENV[name])
    where = (
        f"${_OVERRIDE_ENV[name]}={override} is not an executable"
        if override
        else f"looked for {' or '.join(_CANDIDATES[name])} on PATH"
    )
    reason = (
        f"{name} is not installed ({where}); "
        "on Debian: apt-get install -y --no-install-recommends chromium firefox-esr"
    )
    unavailable(reason, required=browsers_required())


# ---------------------------------------------------------------------------------------------
# Shared process plumbing


def _env(home: Path, tmpdir: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    # With XDG_* unset the browsers derive every path from HOME, as on a fresh desktop.
    for key in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env.pop(key, None)
    env["HOME"] = str(home)
    env["TMPDIR"] = str(tmpdir)
    if extra:
        env.update(extra)
    return env


def _short_tmpdir(stack: ExitStack) -> Path:
    # Chromium puts a Unix socket in TMPDIR; socket paths are capped at 108 bytes, so pytest's
    # deep tmp_path is no place for it.
    return Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="saemes-e2e-")))


def _tail(text: str | bytes, lines: int = 25) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return "\n".join(text.strip().splitlines()[-lines:])


def _run(argv: list[str], env: dict[str, str], timeout: float, what: str) -> tuple[str, str]:
    """(stdout, stderr) of a browser run that must exit 0 within timeout."""
    started = time.monotonic()
    try:
        done = subprocess.run(
            argv,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            start_new_session=True,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise BrowserError(
            f"{what} did not finish within {timeout:.0f} s\n--- stderr tail ---\n"
            f"{_tail(exc.stderr or b'')}"
        ) from exc
    stderr = done.stderr.decode("utf-8", "replace")
    if done.returncode != 0:
        raise BrowserError(
            f"{what} exited with {done.returncode} after {time.monotonic() - started:.1f} s\n"
            f"command: {' '.join(argv)}\n--- stderr tail ---\n{_tail(stderr)}"
        )
    return done.stdout.decode("utf-8", "replace"), stderr


def _stop_group(proc: subprocess.Popen[bytes], timeout: float = STOP_TIMEOUT) -> None:
    """SIGTERM the browser, then whatever is left of its process group, then SIGKILL."""
    pgid = proc.pid  # start_new_session made the browser its group's leader
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        with suppress(subprocess.TimeoutExpired):
            proc.wait(timeout)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + timeout / 2
        while time.monotonic() < deadline and _group_alive(pgid):
            time.sleep(0.05)
        if not _group_alive(pgid):
            break
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout)


def _group_alive(pgid: int) -> bool:
    """Whether any process of the group still runs; zombies wait for init and do not count."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if len(fields) > 2 and int(fields[2]) == pgid and fields[0] not in ("Z", "X"):
            return True
    return False


def _wait_until(
    condition: Callable[[], bool],
    proc: subprocess.Popen[bytes],
    timeout: float,
    what: str,
    log: Path,
) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if proc.poll() is not None:
            raise BrowserError(
                f"{what}: the browser exited early with {proc.returncode}\n"
                f"--- stderr tail ---\n{_tail(_read(log))}"
            )
        if time.monotonic() > deadline:
            raise BrowserError(
                f"{what}: not ready within {timeout:.0f} s\n"
                f"--- stderr tail ---\n{_tail(_read(log))}"
            )
        time.sleep(0.05)


def _read(path: Path) -> str:
    try:
        return path.read_text("utf-8", "replace")
    except OSError:
        return ""


def posix_lock_holder(path: Path, start: int = 0, length: int = 0) -> int | None:
    """Pid holding an fcntl lock that overlaps [start, start+length) (0 = to EOF), else None.

    F_GETLK only asks; it takes no lock, so probing cannot disturb a browser that is starting.
    Open-file-description locks are reported with pid -1. Closing the probe's descriptor drops
    every POSIX lock this process holds on the file, so do not probe a database that an
    in-process SQLite connection is using.
    """
    fmt = "hhqqi4x"  # struct flock on 64-bit Linux
    fd = os.open(path, os.O_RDONLY)
    try:
        query = struct.pack(fmt, fcntl.F_WRLCK, os.SEEK_SET, start, length, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
    finally:
        os.close(fd)
    kind, _, _, _, pid = struct.unpack(fmt, answer)
    return None if kind == fcntl.F_UNLCK else int(pid)


# ---------------------------------------------------------------------------------------------
# Chromium


def chromium_command(user_data_dir: Path, *extra: str, binary: str | None = None) -> list[str]:
    exe = binary or browser_available("chromium")
    if exe is None:
        raise BrowserError("chromium is not installed")
    return [exe, *CHROMIUM_FLAGS, f"--user-data-dir={user_data_dir}", *extra]


def chromium_visit(
    user_data_dir: Path, home: Path, url: str, *, timeout: float = VISIT_TIMEOUT
) -> None:
    """Load url once and exit; --dump-dom makes Chromium flush persistent cookies to disk."""
    with ExitStack() as stack:
        env = _env(home, _short_tmpdir(stack))
        dom, stderr = _run(
            chromium_command(user_data_dir, "--dump-dom", url), env, timeout, f"chromium {url}"
        )
    # A failed load still exits 0; it only says so on stderr and prints no DOM.
    if "Page load failed" in stderr or "<html" not in dom.lower():
        raise BrowserError(f"chromium could not load {url}\n--- stderr tail ---\n{_tail(stderr)}")


class _DevToolsPipe:
    """Chrome DevTools Protocol over --remote-debugging-pipe: JSON messages ended by NUL."""

    def __init__(self, to_browser: int, from_browser: int) -> None:
        self._out = to_browser
        self._in = from_browser
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def send(
        self,
        method: str,
        params: Mapping[str, Any] | None = None,
        *,
        session: str | None = None,
        timeout: float = START_TIMEOUT,
    ) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._receive(deadline, method)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"DevTools {method} failed: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            self.events.append(reply)

    def wait_event(self, method: str, session: str | None, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            for i, event in enumerate(self.events):
                if event.get("method") == method and event.get("sessionId") == session:
                    del self.events[: i + 1]
                    return event
            self.events.append(self._receive(deadline, method))

    def _receive(self, deadline: float, what: str) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError(f"DevTools: no answer to {what}")
            ready, _, _ = select.select([self._in], [], [], left)
            if ready:
                chunk = os.read(self._in, 1 << 16)
                if not chunk:
                    raise BrowserError(f"DevTools: Chromium closed the pipe during {what}")
                self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        message: dict[str, Any] = json.loads(raw)
        return message

    def close(self) -> None:
        for fd in (self._out, self._in):
            with suppress(OSError):
                os.close(fd)


class RunningChromium:
    """A headless Chromium holding a profile open, with the page loaded."""

    def __init__(
        self, process: subprocess.Popen[bytes], devtools: _DevToolsPipe, user_data_dir: Path
    ) -> None:
        self.process = process
        self.devtools = devtools
        self.user_data_dir = user_data_dir

    @property
    def pid(self) -> int:
        return self.process.pid

    def send(self, method: str, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """A browser-level DevTools command, e.g. Storage.getCookies."""
        return self.devtools.send(method, params)


# The child must find the DevTools pipe on fds 3 and 4; subprocess cannot renumber fds and
# preexec_fn is unsafe next to the server threads, so a tiny exec trampoline does it.
_FD_TRAMPOLINE = (
    "import os, sys; os.dup2(int(sys.argv[1]), 3); os.dup2(int(sys.argv[2]), 4); "
    "os.close(int(sys.argv[1])); os.close(int(sys.argv[2])); os.execv(sys.argv[3], sys.argv[3:])"
)


def _high_fd(fd: int) -> int:
    # Keep the pipe ends clear of 3 and 4 so the dup2 calls above cannot overwrite each other.
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return moved


@contextmanager
def chromium_running(
    user_data_dir: Path, home: Path, url: str, *, timeout: float = START_TIMEOUT
) -> Iterator[RunningChromium]:
    """Chromium running on user_data_dir with url loaded; closed through DevTools on exit.

    Browser.close is the clean path (cookies flushed, SingletonLock removed); SIGTERM would
    leave a stale SingletonLock behind. The group is signalled only if the close fails.
    """
    with ExitStack() as stack:
        tmpdir = _short_tmpdir(stack)
        log = tmpdir / "chromium.stderr"
        argv = chromium_command(user_data_dir, "--remote-debugging-pipe", "about:blank")
        child_in, to_browser = os.pipe()
        from_browser, child_out = os.pipe()
        devtools = _DevToolsPipe(to_browser, from_browser)
        stack.callback(devtools.close)
        child_in, child_out = _high_fd(child_in), _high_fd(child_out)
        try:
            with log.open("wb") as err:
                proc = subprocess.Popen(
                    [sys.executable, "-c", _FD_TRAMPOLINE, str(child_in), str(child_out), *argv],
                    env=_env(home, tmpdir),
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=err,
                    pass_fds=(child_in, child_out),
                    start_new_session=True,
                )
        finally:
            # Only the child may hold these ends, or the pipe never reports Chromium's exit.
            os.close(child_in)
            os.close(child_out)
        stack.callback(_close_chromium, proc, devtools)
        lock = user_data_dir / "SingletonLock"
        _wait_until(lambda: lock.is_symlink(), proc, timeout, "chromium start", log)
        _navigate(devtools, url, timeout)
        yield RunningChromium(proc, devtools, user_data_dir)


def _navigate(devtools: _DevToolsPipe, url: str, timeout: float) -> None:
    targets = devtools.send("Target.getTargets")["targetInfos"]
    page = next(t for t in targets if t.get("type") == "page")
    session = devtools.send(
        "Target.attachToTarget", {"targetId": page["targetId"], "flatten": True}
    )["sessionId"]
    devtools.send("Page.enable", session=session)
    result = devtools.send("Page.navigate", {"url": url}, session=session, timeout=timeout)
    if result.get("errorText"):
        raise BrowserError(f"chromium could not load {url}: {result['errorText']}")
    devtools.wait_event("Page.loadEventFired", session, timeout)


def _close_chromium(proc: subprocess.Popen[bytes], devtools: _DevToolsPipe) -> None:
    if proc.poll() is None:
        try:
            devtools.send("Browser.close", timeout=STOP_TIMEOUT)
            proc.wait(STOP_TIMEOUT)
        except (BrowserError, OSError, subprocess.TimeoutExpired):
            pass
    _stop_group(proc)


# ---------------------------------------------------------------------------------------------
# Firefox


def _pref_line(name: str, value: str | int | bool) -> str:
    return f"user_pref({json.dumps(name)}, {json.dumps(value)});"


def prepare_firefox_profile(
    profile_dir: Path, extra_prefs: Mapping[str, str | int | bool] | None = None
) -> Path:
    """Create profile_dir with the offline user.js (rewritten each time, so it never drifts)."""
    profile_dir.mkdir(parents=True, exist_ok=True)
    prefs = {**FIREFOX_PREFS, **(extra_prefs or {})}
    user_js = profile_dir / "user.js"
    user_js.write_text("\n".join(_pref_line(k, v) for k, v in prefs.items()) + "\n", "utf-8")
    return user_js


def firefox_command(profile_dir: Path, *extra: str, binary: str | None = None) -> list[str]:
    exe = binary or browser_available("firefox")
    if exe is None:
        raise BrowserError("firefox is not installed")
    return [exe, "--headless", "--no-remote", "--profile", str(profile_dir), *extra]


def _firefox_env(home: Path, tmpdir: Path) -> dict[str, str]:
    return _env(home, tmpdir, {"MOZ_HEADLESS": "1", "MOZ_CRASHREPORTER_DISABLE": "1"})


def firefox_visit(
    profile_dir: Path, home: Path, url: str, *, timeout: float = VISIT_TIMEOUT
) -> None:
    """Load url once and exit cleanly (--screenshot), which checkpoints the cookie WAL."""
    prepare_firefox_profile(profile_dir)
    with ExitStack() as stack:
        tmpdir = _short_tmpdir(stack)
        shot = tmpdir / "page.png"
        argv = firefox_command(profile_dir, "--screenshot", str(shot), url)
        _run(argv, _firefox_env(home, tmpdir), timeout, f"firefox {url}")
        if not shot.is_file():
            raise BrowserError(f"firefox exited without taking the screenshot of {url}")


def firefox_cookies_locked(profile_dir: Path) -> bool:
    """True once a Firefox process holds the SQLite lock bytes of cookies.sqlite."""
    db = profile_dir / "cookies.sqlite"
    if not db.exists():
        return False
    # SQLite locks the bytes from 1 GiB (pending, reserved, shared range) whatever the file size.
    return posix_lock_holder(db, 0x4000_0000, 512) is not None


def firefox_wal_has_data(profile_dir: Path) -> bool:
    """True once Firefox has written cookie changes that are not yet in cookies.sqlite itself."""
    wal = profile_dir / "cookies.sqlite-wal"
    return wal.exists() and wal.stat().st_size > 0


def firefox_profile_locked(profile_dir: Path) -> bool:
    parentlock = profile_dir / ".parentlock"
    return parentlock.exists() and posix_lock_holder(parentlock) is not None


class RunningFirefox:
    def __init__(self, process: subprocess.Popen[bytes], profile_dir: Path) -> None:
        self.process = process
        self.profile_dir = profile_dir

    @property
    def pid(self) -> int:
        return self.process.pid


@contextmanager
def firefox_running(
    profile_dir: Path,
    home: Path,
    url: str,
    *,
    timeout: float = START_TIMEOUT,
    ready: Callable[[], bool] | None = None,
) -> Iterator[RunningFirefox]:
    """Firefox running on profile_dir until cookies.sqlite is locked (and ready(), if given).

    Without a remote protocol there is no page-load signal; pass ready, e.g. a check on the
    site's received requests, to wait for the page too. On exit Firefox gets SIGTERM, which
    removes the `lock` symlink but leaves recent cookie writes in cookies.sqlite-wal, as after
    a crash.
    """
    prepare_firefox_profile(profile_dir)
    with ExitStack() as stack:
        tmpdir = _short_tmpdir(stack)
        log = tmpdir / "firefox.stderr"
        with log.open("wb") as err:
            proc = subprocess.Popen(
                firefox_command(profile_dir, url),
                env=_firefox_env(home, tmpdir),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=err,
                start_new_session=True,
            )
        stack.callback(_stop_group, proc)

        def started() -> bool:
            return (
                firefox_profile_locked(profile_dir)
                and firefox_cookies_locked(profile_dir)
                and (ready is None or ready())
            )

        _wait_until(started, proc, timeout, "firefox start", log)
        yield RunningFirefox(proc, profile_dir)


def read_firefox_cookies(profile_dir: Path, scratch: Path) -> list[sqlite3.Row]:
    """All moz_cookies rows, read from a private copy of cookies.sqlite and its -wal.

    Firefox keeps recent writes in the WAL (always while running, and after SIGTERM), and a
    reader that copies only the main file silently misses them.
    """
    scratch.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        # A WAL or index left from an earlier read would be replayed onto the new copy.
        (scratch / f"cookies.sqlite{suffix}").unlink(missing_ok=True)
    for suffix in ("", "-wal"):
        src = profile_dir / f"cookies.sqlite{suffix}"
        if src.exists():
            shutil.copyfile(src, scratch / src.name)
    return _query_all(scratch / "cookies.sqlite", "SELECT * FROM moz_cookies")


def read_chromium_cookies(user_data_dir: Path, profile: str = "Default") -> list[sqlite3.Row]:
    """All rows of a Chromium profile's cookies table (Chromium takes no lock on Linux)."""
    db = user_data_dir / profile / "Cookies"
    return _query_all(db, "SELECT * FROM cookies", read_only=True)


def _query_all(db: Path, sql: str, *, read_only: bool = False) -> list[sqlite3.Row]:
    uri = f"{db.resolve().as_uri()}{'?mode=ro' if read_only else ''}"
    conn = sqlite3.connect(uri, uri=True)
    try:
        conn.row_factory = sqlite3.Row
        return list(conn.execute(sql))
    finally:
        conn.close()


# ---------------------------------------------------------------------------------------------
# Freezing a running browser


def _group_thread_states(pgid: int) -> list[str]:
    """The state letter of every thread of every process in the group (R, S, D, T, Z...)."""
    states = []
    for stat in Path("/proc").glob("[0-9]*/task/[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if len(fields) > 2 and int(fields[2]) == pgid:
            states.append(fields[0])
    return states


@contextmanager
def frozen(pgid: int, timeout: float = STOP_TIMEOUT) -> Iterator[None]:
    """Every process of a browser's group stopped (SIGSTOP) for the duration of the block.

    A stopped browser keeps its pid, its SingletonLock and its fcntl and SQLite locks, so to
    anything that checks it is still running; but it writes nothing, so a file that changes
    meanwhile was changed by someone else. Signals arrive asynchronously: the block starts only
    once every thread shows as stopped, so no write of the browser's is still in flight.
    """
    os.killpg(pgid, signal.SIGSTOP)
    try:
        deadline = time.monotonic() + timeout
        while any(state not in ("T", "t", "Z", "X") for state in _group_thread_states(pgid)):
            if time.monotonic() > deadline:
                raise BrowserError(f"the browser's process group {pgid} did not stop")
            time.sleep(0.01)
        yield
    finally:
        os.killpg(pgid, signal.SIGCONT)
