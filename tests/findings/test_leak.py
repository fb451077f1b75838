"""No cookie value, nor any 6-character piece of one, leaves the tool by any output.

Every value is random, 20+ characters, alternating case over letters that are not hex digits:
such 6-character pieces cannot occur by chance in prose, paths, dates, hashes or the salt,
so any match is a leak. The tool runs as a user runs it, in a subprocess on real-schema stores.

The consent cookie is the one value whose meaning is shown on purpose (its keys, yes/no
answers and timestamp). What must never show is a string inside it, or the raw value itself.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from tests.helpers import NOW, SITE, days, live_now, run_cli
from tui.demo.stores import Spec, write_chromium, write_firefox, write_local_state

PIECE = 6
_LOWER, _UPPER = "ghjkmnpqrstuvwxyz", "GHJKMNPQRSTUVWXYZ"


def secret(length: int = 24) -> str:
    return "".join(secrets.choice(_UPPER if index % 2 else _LOWER) for index in range(length))


def pieces(value: str) -> set[str]:
    return {value[i : i + PIECE] for i in range(len(value) - PIECE + 1)}


def _home(tmp_path: Path, now: datetime) -> tuple[list[Path], list[str], str]:
    """Two browsers' stores holding the site's cookies, dated from `now` (live_now(): the tool
    reads them in its own processes); returns stores, secrets, consent value."""
    values = [secret() for _ in range(12)] + [secret(4096)]
    hidden_in_consent = secret(30)
    consent = quote(
        json.dumps(
            {
                "ga": False,
                "matomo": True,
                "timestamp": int(days(-200, now).timestamp() * 1000),
                "visitor": hidden_in_consent,
                "nested": {"list": [hidden_in_consent[:20]]},
            }
        ),
        safe="",
    )
    specs = [
        Spec(SITE, "cookies_preferences", consent, expires=days(170, now)),
        Spec(SITE, "sessionid", values[0], expires=days(0.5, now), http_only=True),
        Spec(SITE, "csrftoken", values[1], expires=days(300, now)),
        Spec(".saemes.fr", "csrftoken", values[2], expires=days(300, now)),
        Spec(".saemes.fr", "_ga", values[3], expires=days(900, now)),
        Spec(SITE, "_gid", values[4], expires=days(3, now)),
        Spec(SITE, "django_language", values[5], expires=days(365, now)),
        Spec(SITE, "mystery[/]\x1b[2J", values[6], expires=days(2, now)),
        Spec(SITE, "big", values[12], expires=days(2, now)),
        Spec(SITE, "part", values[7], expires=days(2, now), partition="https://host.example"),
    ]
    user_data = tmp_path / "chromium"
    write_local_state(user_data, {"Default": "Person"})
    chromium = write_chromium(user_data / "Default" / "Cookies", specs, now=now)
    # One Chromium value the tool cannot decrypt (Chrome 127+ app-bound encryption).
    with sqlite3.connect(chromium) as connection:
        connection.execute(
            "UPDATE cookies SET encrypted_value = ? WHERE name = 'django_language'",
            (b"v20" + values[8].encode(),),
        )
    connection.close()
    firefox = write_firefox(
        tmp_path / "firefox" / "cookies.sqlite",
        [
            Spec(SITE, "sessionid", values[9], expires=days(-1, now)),
            Spec(SITE, "_pk_id.1.ab", values[10], expires=days(500, now), container="1"),
        ],
        now=now,
        in_wal=[Spec(SITE, "late", values[11], expires=days(4, now))],
    )
    return [chromium, firefox], [*values, hidden_in_consent], consent


def test_no_value_or_piece_of_one_appears_in_any_output(tmp_path: Path) -> None:
    stores, values, consent = _home(tmp_path, live_now())
    source = [arg for store in stores for arg in ("--store", str(store))]
    corrupt = tmp_path / "corrupt" / "Cookies"
    corrupt.parent.mkdir()
    corrupt.write_bytes(b"SQLite format 3\x00" + values[0].encode() * 10)
    outputs: list[str] = []
    files = []
    env = {"COLUMNS": "250"}
    for lang in ("en", "fr"):
        runs = [
            ("scan", *source),
            ("scan", "--json", *source),
            ("scan", "--store", str(corrupt), "--store", str(tmp_path / "nowhere")),
            ("report", "-o", "-", *source),
        ]
        for fmt in ("json", "md"):
            files.append(tmp_path / f"report-{lang}.{fmt}")
            runs.append(("report", "-o", str(files[-1]), "--format", fmt, *source))
        runs.append(("report", "-o", str(tmp_path / "missing" / "r.json"), *source))
        for args in runs:
            result = run_cli(*args, "--lang", lang, env=env)
            assert result.returncode in (0, 1), (args, result.stderr)
            assert "Traceback" not in result.stderr, args
            outputs += [result.stdout, result.stderr]
    outputs += [path.read_text(encoding="utf-8") for path in files]
    everything = "\n".join(outputs)
    # The run really showed what it read: the cookies, the consent and the findings.
    assert "mystery[/]" in everything and "late" in everything
    assert '"ga": false' in everything and "consent-refused" in everything

    seen = {everything[i : i + PIECE] for i in range(len(everything) - PIECE + 1)}
    for value in values:
        leaked = pieces(value) & seen
        assert not leaked, f"a piece of a {len(value)}-char value leaked: {sorted(leaked)[:3]}"
    assert consent not in everything


def test_the_leak_check_would_catch_a_leak() -> None:
    value = secret()
    shown = f"cookie x = …{value[7:13]}…"
    seen = {shown[i : i + PIECE] for i in range(len(shown) - PIECE + 1)}
    assert pieces(value) & seen


def _not_utf8_home(tmp_path: Path, now: datetime) -> tuple[list[Path], list[str]]:
    """Stores whose values are bytes that are not UTF-8 around a secret, as TEXT and as BLOB:
    SQLite's error for them ("Could not decode to UTF-8 column 'value' with text '…'") quoted
    the value, and the store's error was shown everywhere."""
    values = [secret() for _ in range(6)]
    specs = [
        Spec(SITE, "sessionid", "placeholder", expires=days(3, now), http_only=True),
        Spec(SITE, "csrftoken", "placeholder", expires=days(300, now)),
        Spec(".saemes.fr", "_ga", "placeholder", expires=days(300, now)),
        Spec(SITE, "mystery", "placeholder", expires=days(2, now)),
    ]
    stores = []
    for index, (family, path) in enumerate(
        (("chromium", tmp_path / "nu" / "Default" / "Cookies"), ("firefox", tmp_path / "nuff"))
    ):
        if family == "chromium":
            write_local_state(path.parent.parent, {"Default": "Person"})
            store = write_chromium(path, specs, now=now)
            table, blank = "cookies", ", encrypted_value = X''"
        else:
            store = write_firefox(path / "cookies.sqlite", specs, now=now)
            table, blank = "moz_cookies", ""
        first, second, third = values[3 * index : 3 * index + 3]
        with sqlite3.connect(store) as connection:
            for name, cast, value in (
                ("sessionid", "CAST(? AS TEXT)", first),
                ("csrftoken", "?", second),
                ("_ga", "CAST(? AS TEXT)", third),
            ):
                raw = b"\xff\xfe" + value.encode() + b"\xc3"
                connection.execute(
                    f"UPDATE {table} SET value = {cast}{blank} WHERE name = ?", (raw, name)
                )
        connection.close()
        stores.append(store)
    return stores, values


def test_no_piece_of_a_value_that_is_not_utf8_appears_in_any_output(tmp_path: Path) -> None:
    stores, values = _not_utf8_home(tmp_path, live_now())
    source = [arg for store in stores for arg in ("--store", str(store))]
    outputs: list[str] = []
    env = {"COLUMNS": "250", "XDG_STATE_HOME": str(tmp_path / "state")}
    for lang in ("en", "fr"):
        for args in (
            ("scan", *source),
            ("scan", "--json", *source),
            ("report", "-o", "-", *source),
            ("report", "-o", "-", "--format", "md", *source),
            ("delete", "--dry-run", "--include-unclassified", *source),
        ):
            result = run_cli(*args, "--lang", lang, env=env)
            assert result.returncode == 0, (args, result.stderr)
            assert "Traceback" not in result.stderr, args
            outputs += [result.stdout, result.stderr]
    everything = "\n".join(outputs)
    # Every store was read: its cookies are listed, no store has an error.
    document = json.loads(outputs[2])
    assert [store["error"] for store in document["stores"]] == [None, None]
    assert len(document["cookies"]) == 8
    assert "not valid UTF-8" in everything
    seen = {everything[i : i + PIECE] for i in range(len(everything) - PIECE + 1)}
    for value in values:
        leaked = pieces(value) & seen
        assert not leaked, f"a piece of a {len(value)}-char value leaked: {sorted(leaked)[:3]}"


async def test_no_piece_of_a_value_that_is_not_utf8_appears_in_the_app(tmp_path: Path) -> None:
    """Every row's cells and details, every finding's line and detail and the consent tab, as
    the app's view functions draw them, and a screenshot of each tab of the app itself: nothing
    of a value shows until it is revealed with v. (That the app shows these views for the row
    and finding highlighted is proved in tests/app.)"""
    import html

    from tests.app.helpers import (
        SIZE,
        open_tab,
        plain,
        screen,
        settle,
        table,
        text_of,
    )
    from tui.app.app import CookiesApp
    from tui.app.run import scanner_for
    from tui.app.tabs import CONSENT_TAB, FINDINGS_TAB
    from tui.app.views.consent import consent_page
    from tui.app.views.details import detail
    from tui.app.views.findings import finding_detail, finding_line
    from tui.app.views.rows import table_rows
    from tui.catalog import load
    from tui.inspection import find_stores, inspect
    from tui.source import Source

    stores, values = _not_utf8_home(tmp_path, NOW)
    catalog = load()
    shown: list[str] = []
    inspection = inspect(catalog, *find_stores(stores), now=NOW)
    assert len(inspection.cookies) == 8
    for _, cells in table_rows(catalog, inspection.cookies, "en", NOW, inspection.stores):
        shown.append(" ".join(plain(cell) for cell in cells))
    for cookie in inspection.cookies:
        shown.append(plain(detail(catalog, cookie, "en", NOW, False, tmp_path)))
    by_id = {cookie.id: cookie for cookie in inspection.cookies}
    assert inspection.findings
    for finding in inspection.findings:
        shown.append(plain(finding_line(finding, "en")))
        shown.append(plain(finding_line(finding, "en", brief=True)))
        shown.append(plain(finding_detail(finding, by_id, inspection.stores, "en", False)))
    shown.append(plain(consent_page(inspection.consents, inspection, "en", NOW)))

    app = CookiesApp(
        catalog,
        scanner_for(catalog, Source(stores)),
        lang="en",
        clock=lambda: NOW,
        home=tmp_path,
        screenshot_dir=tmp_path,
    )

    def screenshot() -> None:
        shown.append(html.unescape(app.export_screenshot()).replace("\xa0", " "))

    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert table(app).row_count == 8
        # The notice is there only when it has something to say (mounted when first shown).
        parts = ("#detail", "#summary", "#notice")
        shown += [text_of(app, part) for part in parts if screen(app).query(part)]
        screenshot()
        await open_tab(pilot, FINDINGS_TAB)
        shown.append(text_of(app, "#finding-detail"))
        screenshot()
        await open_tab(pilot, CONSENT_TAB)
        shown.append(text_of(app, "#consent"))
        screenshot()
        assert screen(app).inspection is not None
    everything = "\n".join(shown)
    assert "Read in part" in everything
    seen = {everything[i : i + PIECE] for i in range(len(everything) - PIECE + 1)}
    for value in values:
        leaked = pieces(value) & seen
        assert not leaked, f"a piece of a {len(value)}-char value leaked: {sorted(leaked)[:3]}"


def test_no_piece_of_a_value_that_is_not_utf8_appears_when_deleting(tmp_path: Path) -> None:
    stores, values = _not_utf8_home(tmp_path, live_now())
    env = {"COLUMNS": "250", "XDG_STATE_HOME": str(tmp_path / "state")}
    outputs = []
    for store in stores:
        args = ("delete", "--yes", "--include-unclassified", "--store", str(store))
        result = run_cli(*args, env=env)
        assert "Traceback" not in result.stderr
        outputs += [result.stdout, result.stderr]
    everything = "\n".join(outputs)
    seen = {everything[i : i + PIECE] for i in range(len(everything) - PIECE + 1)}
    for value in values:
        assert not pieces(value) & seen


def test_no_value_or_piece_of_one_appears_in_what_watch_prints(tmp_path: Path) -> None:
    """`watch`, text and JSON, English and French, while a writer standing in for the
    browsers adds cookies, rewrites values (the consent cookie's too, with a new string hidden
    in it) and removes them, in the main files and in a -wal; and the recording each run
    writes (`-o`, JSON and Markdown)."""
    from tests.helpers.watching import delete, firefox_add, update, wal_writer, watch, writing
    from tui.demo.stores import encrypt_v10

    now = live_now()
    stores, values, consent = _home(tmp_path, now)
    chromium, firefox = stores
    source = [arg for store in stores for arg in ("--store", str(store))]
    outputs: list[str] = []
    for run, (lang, fmt) in enumerate(
        (("en", "--json"), ("fr", "--json"), ("en", None), ("fr", None))
    ):
        fresh = [secret() for _ in range(4)]
        values += fresh
        hidden = secret(30)
        values.append(hidden)
        changed_consent = quote(json.dumps({"ga": True, "visitor": hidden}), safe="")
        recording = tmp_path / f"rec{run}.{'md' if run in (1, 2) else 'json'}"
        args = [*source, "--lang", lang, *([fmt] if fmt else []), "-o", str(recording)]
        with watch(*args, env={"COLUMNS": "250"}) as running:
            with writing(chromium) as connection:
                update(connection, "csrftoken", "encrypted_value = ?", encrypt_v10(SITE, fresh[0]))
            lines = [running.next_line()]
            with wal_writer(firefox) as connection:
                firefox_add(
                    connection, Spec(SITE, f"new{run}", fresh[1], expires=days(5, now)), now
                )
                lines.append(running.next_line())
                update(connection, "late", "value = ?", fresh[2])
                lines.append(running.next_line())
            with writing(firefox) as connection:
                consented = Spec(SITE, "cookies_preferences", changed_consent, expires=days(9, now))
                firefox_add(connection, consented, now)
                update(connection, "sessionid", "value = ?", fresh[3])
                delete(connection, f"new{run}")
            lines += [running.next_line() for _ in range(3)]
            code, rest = running.stop()
            assert code == 0, running.err
        assert not any("Traceback" in line for line in running.err)
        outputs += [*lines, *rest, *running.err]
        recorded = recording.read_text(encoding="utf-8")
        # The recording holds the run's changes: the cookie added and removed is in it.
        assert f"new{run}" in recorded
        outputs.append(recorded)
        with writing(firefox) as connection:
            delete(connection, "cookies_preferences")
    everything = "\n".join(outputs)
    # The runs really printed the changes: names, judgements and the summary.
    assert "new0" in everything and "late" in everything and "cookies_preferences" in everything
    assert "watch ended: 6 changes" in everything
    seen = {everything[i : i + PIECE] for i in range(len(everything) - PIECE + 1)}
    for value in values:
        leaked = pieces(value) & seen
        assert not leaked, f"a piece of a {len(value)}-char value leaked: {sorted(leaked)[:3]}"
    assert consent not in everything
