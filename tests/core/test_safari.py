"""Safari complete: creation date and SameSite from a record's flags, both of Safari's places
(its container and ~/Library/Cookies), and a store macOS refuses without Full Disk Access.

Files are built byte by byte in the binarycookies layout (tests/helpers/safari.py) with known
creation dates and SameSite bits; browser-cookie3's own parser reads the same files, so the
builder is checked against a parser this project did not write. macOS cannot be had here:
its refusal (EPERM from TCC, "Operation not permitted") is a stand-in at the calls that get it.
"""

from __future__ import annotations

import errno
import json
from datetime import timedelta
from pathlib import Path

import pytest

from tests.helpers import NOW, SITE, days, run_cli
from tests.helpers.safari import binarycookies
from tui.catalog import Catalog
from tui.demo.stores import Spec, write_firefox
from tui.inspection import find_stores, inspect
from tui.stores import safari

ISO = "%Y-%m-%dT%H:%M:%SZ"
CONTAINER = "Library/Containers/com.apple.Safari/Data/Library/Cookies"
COOKIES = [
    Spec(SITE, "sessionid", "s-1", expires=days(14), created=days(-3), secure=True, http_only=True,
                 same_site="lax"),
    Spec(SITE, "csrftoken", "c-22", expires=days(300), created=days(-40), same_site="strict"),
    Spec(SITE, "django_language", "fr", expires=days(365), created=days(-1), secure=True,
                 same_site="none"),
    Spec(".saemes.fr", "_ga", "GA1.1.333", expires=days(730), created=days(-100)),
    Spec("fakesaemes.fr", "sessionid", "decoy", expires=days(3), created=days(-1)),
]  # fmt: skip
MORE = [Spec(SITE, "mystery_pref", "m-4444", expires=days(1), created=days(-2), same_site="lax")]


def safari_shows(cookie: Spec) -> dict[str, object]:
    return {
        "host": cookie.host,
        "name": cookie.name,
        "path": cookie.path,
        "created": (cookie.created or NOW).strftime(ISO),
        "expires": (cookie.expires or NOW).strftime(ISO),
        "secure": cookie.secure,
        "http_only": cookie.http_only,
        "same_site": cookie.same_site,
        "value_length": len(cookie.value),
        "value_status": "ok",
        "notes": [],
    }


def _env(root: Path) -> dict[str, str]:
    home = root / "home"
    home.mkdir(parents=True, exist_ok=True)
    return {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "LC_ALL": "C.UTF-8"}


def test_scan_json_shows_creation_and_same_site_as_safari_stored_them(tmp_path: Path) -> None:
    path = tmp_path / "Cookies.binarycookies"
    path.write_bytes(binarycookies(COOKIES, MORE))
    done = run_cli("scan", "--json", "--lang", "en", "--store", str(path), env=_env(tmp_path))
    assert done.returncode == 0, done.stderr
    cookies = {c["name"]: c for c in json.loads(done.stdout)["cookies"]}
    expected = {c.name: safari_shows(c) for c in [*COOKIES, *MORE] if c.host != "fakesaemes.fr"}
    assert set(cookies) == set(expected)
    for name, shown in expected.items():
        assert {field: cookies[name][field] for field in shown} == shown, name


def test_browser_cookie3_reads_the_built_file_alike(tmp_path: Path) -> None:
    """The builder follows the real layout: a parser written elsewhere finds the same."""
    import browser_cookie3

    path = tmp_path / "Cookies.binarycookies"
    path.write_bytes(binarycookies(COOKIES, MORE))
    jar = browser_cookie3.Safari(cookie_file=str(path)).load()
    theirs = {(c.domain, c.name, c.path, c.value, bool(c.secure), c.expires) for c in jar}
    ours = {
        (c.host, c.name, c.path, c.value, c.secure, int((c.expires or NOW).timestamp()))
        for c in [*COOKIES, *MORE]
    }
    assert theirs == ours


def _macos_home(root: Path) -> Path:
    home = root / "home"
    container = home / CONTAINER
    container.mkdir(parents=True)
    (container / "Cookies.binarycookies").write_bytes(binarycookies(COOKIES))
    legacy = home / "Library" / "Cookies"
    legacy.mkdir(parents=True)
    (legacy / "Cookies.binarycookies").write_bytes(binarycookies(MORE))
    support = home / "Library" / "Application Support" / "Firefox" / "Profiles"
    write_firefox(support / "p.default" / "cookies.sqlite", [Spec(SITE, "csrftoken", "x")], NOW)
    (home / "Library" / "Application Support" / "Firefox" / "profiles.ini").write_text(
        "[Profile0]\nName=default\nIsRelative=1\nPath=Profiles/p.default\nDefault=1\n"
    )
    return home


def test_both_places_of_safari_are_read(catalog: Catalog, tmp_path: Path) -> None:
    home = _macos_home(tmp_path)
    refs, failed, searched = find_stores(env={"HOME": str(home)}, platform="darwin")
    safari = [ref for ref in refs if ref.browser == "Safari"]
    assert [ref.profile for ref in safari] == ["container", "default"]
    inspection = inspect(catalog, refs, failed, searched, now=NOW)
    names = {(c.store.ref.profile, c.raw.name) for c in inspection.cookies}
    assert ("container", "sessionid") in names and ("default", "mystery_pref") in names


def _refusing(monkeypatch: pytest.MonkeyPatch, refused: Path) -> None:
    """Stand-in for macOS: without Full Disk Access, TCC answers EPERM ("Operation not
    permitted") to any look into Safari's container, a stat as well as a read."""

    def deny(path: Path) -> None:
        if refused in (path, *path.parents):
            raise PermissionError(errno.EPERM, "Operation not permitted", str(path))

    for name in ("is_dir", "is_file", "read_bytes"):
        real = getattr(Path, name)

        def guarded(self: Path, *args: object, _real=real, **kwargs: object) -> object:  # type: ignore[no-untyped-def]
            deny(self)
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(Path, name, guarded)
    # The reader's own open of the file (tui/regular.open_regular, an open(2) there).
    real_open = safari.open_regular

    def open_(path: Path, *args: object, **kwargs: object) -> int:
        deny(Path(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(safari, "open_regular", open_)


def test_a_container_macos_refuses_says_full_disk_access_and_the_rest_loads(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = _macos_home(tmp_path)
    container = home / CONTAINER
    _refusing(monkeypatch, container)
    refs, failed, searched = find_stores(env={"HOME": str(home)}, platform="darwin")
    inspection = inspect(catalog, refs, failed, searched, now=NOW)
    errors = {store.ref.profile: store.error for store in inspection.stores}
    refused = errors["container"]
    assert refused is not None
    assert refused.text("en") == (
        f"{container / 'Cookies.binarycookies'}: macOS lets no program read Safari's cookies "
        "without Full Disk Access: give it to this terminal in System Settings › Privacy & "
        "Security › Full Disk Access, then run again"
    )
    assert "\n" not in refused.text("fr") and "Accès complet au disque" in refused.text("fr")
    assert errors["default"] is None and errors["default (p.default)"] is None
    loaded = {(c.store.ref.browser, c.raw.name) for c in inspection.cookies}
    assert loaded == {("Safari", "mystery_pref"), ("Firefox", "csrftoken")}


def _first_record(count: int) -> int:
    """Where a one-page file's first record starts: "cook", page count and size (12 bytes),
    then the page's header: 00 00 01 00, the count, the offsets, 4 zero bytes."""
    return 12 + 8 + 4 * count + 4


def test_a_record_pointing_outside_itself_is_an_error_not_a_crash(tmp_path: Path) -> None:
    data = bytearray(binarycookies(COOKIES))
    name_offset = _first_record(len(COOKIES)) + 20
    data[name_offset : name_offset + 4] = (10_000).to_bytes(4, "little")
    path = tmp_path / "Cookies.binarycookies"
    path.write_bytes(bytes(data))
    done = run_cli("scan", "--json", "--lang", "en", "--store", str(path), env=_env(tmp_path))
    assert done.returncode == 0, done.stderr
    [store] = json.loads(done.stdout)["stores"]
    assert store["error"] == f"{path}: cannot be parsed as a Safari cookie file (Damaged)"


def test_a_creation_time_beyond_any_calendar_is_clamped(tmp_path: Path) -> None:
    far = Spec(SITE, "csrftoken", "c", expires=days(3), created=NOW + timedelta(days=1))
    path = tmp_path / "Cookies.binarycookies"
    data = bytearray(binarycookies([far]))
    created_at = _first_record(1) + 48
    data[created_at : created_at + 8] = b"\x00\x00\x00\x00\x00\x00\xf0\x7f"  # +infinity
    path.write_bytes(bytes(data))
    done = run_cli("scan", "--json", "--lang", "en", "--store", str(path), env=_env(tmp_path))
    [cookie] = json.loads(done.stdout)["cookies"]
    assert cookie["created"] == "9999-12-31T00:00:00Z"
