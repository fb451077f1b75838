"""`saemes-cookies scan`, as a person runs it: a separate process on a fake home."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from tests.helpers import SITE, SITE_NAMES, days, live_now, run_cli, site_specs
from tui.demo.stores import (
    Spec,
    write_chromium,
    write_firefox,
    write_local_state,
    write_profiles_ini,
)


def _home_with_two_browsers(home: Path, now: datetime | None = None) -> list[Spec]:
    """The site's cookies in a Chromium and a Firefox profile, dated from `now` (by default
    the clock `scan`, run next, reads)."""
    now = now or live_now()
    specs = site_specs(now=now)
    user_data = home / ".config" / "chromium"
    write_local_state(user_data, {"Default": "Me"})
    write_chromium(user_data / "Default" / "Cookies", specs, now=now)
    root = home / ".mozilla" / "firefox"
    write_profiles_ini(root, {"p.default": "default"})
    write_firefox(root / "p.default" / "cookies.sqlite", specs, now=now)
    return specs


def test_scan_json_lists_exactly_the_sites_cookies_in_every_profile(
    fake_home: Path, home_env: dict[str, str]
) -> None:
    now = live_now()
    specs = _home_with_two_browsers(fake_home, now)
    result = run_cli("scan", "--json", "--lang", "en", env=home_env)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["site"] == SITE
    assert doc["catalog"]["version"]
    assert [
        (s["browser"], s["profile"], s["family"], s["schema_version"], s["error"])
        for s in doc["stores"]
    ] == [
        ("Chromium", "Me (Default)", "chromium", 24, None),
        ("Firefox", "default (p.default)", "firefox", 17, None),
    ]
    for family in ("Chromium", "Firefox"):
        cookies = {c["name"]: c for c in doc["cookies"] if c["browser"] == family}
        assert set(cookies) == SITE_NAMES
        assert cookies["sessionid"]["category"] == "necessary"
        assert cookies["sessionid"]["consent_required"] is False
        assert cookies["sessionid"]["http_only"] is True
        assert cookies["sessionid"]["same_site"] == "lax"
        assert cookies["sessionid"]["expires"] == days(14, now).strftime("%Y-%m-%dT%H:%M:%SZ")
        assert cookies["_ga"]["category"] == "statistical"
        assert cookies["_ga"]["host"] == ".saemes.fr"
        assert cookies["_ga"]["provider"] == "Google Analytics"
        assert cookies["mystery_pref"]["category"] == "unclassified"
        assert cookies["mystery_pref"]["provider"] is None
        lengths = {s.name: len(s.value) for s in specs if s.host in (SITE, ".saemes.fr")}
        assert {n: c["value_length"] for n, c in cookies.items()} == lengths
        assert all(c["value_status"] == "ok" for c in cookies.values())
    # No consent cookie in either profile: _ga (consent required) is flagged in each; set for
    # two years, it outlives the 13 months the CNIL allows; mystery_pref is not catalogued;
    # the site's cookies are in two stores. Every other cookie lives as long as the catalogue
    # says and no log-in is broken (sessionid has 14 days left at the clock `scan` reads), so
    # nothing else is found.
    by_id = {c["id"]: (c["browser"], c["name"]) for c in doc["cookies"]}
    assert [
        (f["code"], f["severity"], sorted(by_id[i] for i in f["cookies"])) for f in doc["findings"]
    ] == [
        ("consent-missing", "warning", [("Chromium", "_ga")]),
        ("consent-missing", "warning", [("Firefox", "_ga")]),
        ("statistical-over-13-months", "warning", [("Chromium", "_ga"), ("Firefox", "_ga")]),
        ("unclassified", "info", [("Chromium", "mystery_pref"), ("Firefox", "mystery_pref")]),
        ("spread-over-stores", "info", []),
    ]


def test_scan_never_prints_a_value(fake_home: Path, home_env: dict[str, str]) -> None:
    specs = _home_with_two_browsers(fake_home)
    table = run_cli("scan", env=home_env)
    as_json = run_cli("scan", "--json", env=home_env)
    for spec in specs:
        if len(spec.value) >= 6:
            assert spec.value not in table.stdout + as_json.stdout


def test_scan_in_french_uses_french_labels_and_purposes(
    fake_home: Path, home_env: dict[str, str]
) -> None:
    _home_with_two_browsers(fake_home)
    doc = json.loads(run_cli("scan", "--json", "--lang", "fr", env=home_env).stdout)
    session = next(c for c in doc["cookies"] if c["name"] == "sessionid")
    english = json.loads(run_cli("scan", "--json", "--lang", "en", env=home_env).stdout)
    session_en = next(c for c in english["cookies"] if c["name"] == "sessionid")
    assert session["purpose"] != session_en["purpose"]
    table = run_cli("scan", "--lang", "fr", env=home_env).stdout
    assert "Nécessaire" in table or "nécessaire" in table


def test_the_default_language_follows_the_locale(fake_home: Path, home_env: dict[str, str]) -> None:
    _home_with_two_browsers(fake_home)
    doc = json.loads(
        run_cli(
            "scan",
            "--json",
            env={**home_env, "LANG": "fr_FR.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""},
        ).stdout
    )
    assert doc["lang"] == "fr"


def test_scan_table_groups_by_profile_and_summarises(
    fake_home: Path, home_env: dict[str, str]
) -> None:
    _home_with_two_browsers(fake_home)
    result = run_cli("scan", "--lang", "en", env={**home_env, "COLUMNS": "120"})
    assert result.returncode == 0
    out = result.stdout
    assert out.index("Chromium/Me (Default)") < out.index("Firefox/default (p.default)")
    assert "6 necessary · 2 statistical · 2 unclassified" in out
    assert "fakesaemes" not in out and "evil" not in out


def test_hostile_names_are_shown_literally_in_the_table(tmp_path: Path) -> None:
    hostile = ["[bold red]boom[/]", "esc\x1b[31mred", "[/]", "ctl\x07\x00x"]
    now = live_now()
    store = write_chromium(
        tmp_path / "Default" / "Cookies",
        [Spec(SITE, name, "v" * 4096, expires=days(2, now)) for name in hostile],
        now=now,
    )
    result = run_cli("scan", "--store", str(store), env={"COLUMNS": "200"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "[bold red]boom[/]" in result.stdout
    assert "\x1b[31m" not in result.stdout and "esc\\x1b[31mred" in result.stdout
    assert "\x07" not in result.stdout and "ctl\\x07\\x00x" in result.stdout
    doc = json.loads(run_cli("scan", "--json", "--store", str(store)).stdout)
    assert sorted(c["name"] for c in doc["cookies"]) == sorted(hostile)
    assert {c["value_length"] for c in doc["cookies"]} == {4096}


def test_a_bad_store_is_reported_and_the_scan_still_exits_0(tmp_path: Path) -> None:
    now = live_now()
    good = write_firefox(tmp_path / "ff" / "cookies.sqlite", site_specs(now=now), now=now)
    junk = tmp_path / "junk.sqlite"
    junk.write_text("hello", encoding="utf-8")
    result = run_cli("scan", "--json", "--store", str(junk), "--store", str(good))
    assert result.returncode == 0
    doc = json.loads(result.stdout)
    assert [s["error"] for s in doc["stores"]] == [f"{junk}: not an SQLite database", None]
    assert {c["name"] for c in doc["cookies"]} == SITE_NAMES


def test_bad_arguments_exit_2_with_usage(tmp_path: Path) -> None:
    result = run_cli("scan", "--browser", "netscape")
    assert result.returncode == 2
    assert "invalid choice: 'netscape'" in result.stderr


def test_help_explains_the_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "scan" in result.stdout and "opendata.saemes.fr" in result.stdout
    scan_help = run_cli("scan", "--help").stdout
    for option in ("--json", "--store", "--browser", "--catalog", "--lang"):
        assert option in scan_help


def test_python_m_tui_is_the_same_program() -> None:
    assert "saemes-cookies" in run_cli("--version").stdout


def test_a_store_given_by_a_bad_path_claims_no_browser_family(tmp_path: Path) -> None:
    missing = tmp_path / "chromium-copy" / "Default" / "Cookies"
    junk = tmp_path / "junk.sqlite"
    junk.write_text("hello", encoding="utf-8")
    args = ("--store", str(missing), "--store", str(junk))
    doc = json.loads(run_cli("scan", "--json", *args).stdout)
    assert [(s["family"], s["browser"]) for s in doc["stores"]] == [("unknown", "?")] * 2
    assert all(s["error"] for s in doc["stores"])
    table = run_cli("scan", *args, env={"COLUMNS": "400"})
    assert table.returncode == 1
    assert f"error: {missing}: no such file or directory" in table.stdout
    assert "Chromium" not in table.stdout


def test_a_store_path_that_does_not_exist_exits_1_and_says_so(tmp_path: Path) -> None:
    """A typo in --store: `scan` fails as `delete` does, says the path does not exist, and does
    not send the person to visit the site; JSON alike."""
    typo = tmp_path / "a" / "typo"
    table = run_cli("scan", "--store", str(typo), env={"COLUMNS": "400"})
    assert table.returncode == 1
    assert table.stderr == f"saemes-cookies: --store {typo}: no such file or directory\n"
    assert "Visit https://" not in table.stdout
    assert "Check the paths given to --store" in table.stdout
    assert run_cli("scan", "--json", "--store", str(typo)).returncode == 1
    deleted = run_cli("delete", "--dry-run", "--store", str(typo))
    assert deleted.returncode == 1


def test_a_store_path_that_exists_but_is_no_store_is_listed_and_exits_0(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_text("hello", encoding="utf-8")
    table = run_cli("scan", "--store", str(junk), env={"COLUMNS": "400"})
    assert table.returncode == 0, table.stderr
    assert "not an SQLite database" in table.stdout
    assert "Visit https://" not in table.stdout
