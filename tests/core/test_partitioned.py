"""Firefox's Partitioned attribute (isPartitionedAttributeSet, schema 13 on) shown as a flag
everywhere a cookie's flags are: `scan`, `scan --json`, the details, a report; and a store's
"schema N untested" note said by the plain `scan` too."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from rich.console import Console

from tests.helpers import NOW, SITE, days, run_cli
from tests.helpers.stores import inspect_stores
from tui.app.views.details import detail
from tui.catalog import load
from tui.demo.stores import Spec, write_chromium, write_firefox

CHIPS = Spec(SITE, "chips_pref", "p-1", expires=days(30), secure=True, same_site="none",
             partition="(https,saemes.fr)")  # fmt: skip
PLAIN = Spec(SITE, "django_language", "fr", expires=days(365))


def _store_with_partitioned_attribute(folder: Path) -> Path:
    """Firefox 17's store, where Firefox wrote the CHIPS cookie with isPartitionedAttributeSet
    1 (its CookieStruct's isPartitionedAttributeSet, stored by BindCookieParameters)."""
    path = write_firefox(folder / "cookies.sqlite", [CHIPS, PLAIN], now=NOW)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "UPDATE moz_cookies SET isPartitionedAttributeSet = 1 WHERE name = ?", (CHIPS.name,)
        )
    return path


def _env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir(parents=True)
    return {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "LC_ALL": "C.UTF-8"}


def test_partitioned_attribute_is_a_flag_in_scan_json_and_the_table(tmp_path: Path) -> None:
    path = _store_with_partitioned_attribute(tmp_path / "p")
    env = _env(tmp_path)
    shown = run_cli("scan", "--json", "--lang", "en", "--store", str(path), env=env)
    assert shown.returncode == 0, shown.stderr
    cookies = {c["name"]: c for c in json.loads(shown.stdout)["cookies"]}
    assert cookies["chips_pref"]["partitioned"] is True
    assert cookies["chips_pref"]["partition"] == "(https,saemes.fr)"
    assert cookies["django_language"]["partitioned"] is False
    table = run_cli("scan", "--lang", "en", "--store", str(path), env=env)
    assert table.returncode == 0, table.stderr
    line = next(line for line in table.stdout.splitlines() if "chips_pref" in line)
    assert line.rstrip().endswith("Secure SameSite=None Partitioned")
    plain = next(line for line in table.stdout.splitlines() if "django_language" in line)
    assert "Partitioned" not in plain


def test_partitioned_attribute_is_in_the_details_and_the_report(tmp_path: Path) -> None:
    path = _store_with_partitioned_attribute(tmp_path / "p")
    catalog = load()
    inspection = inspect_stores(catalog, path)
    chips = next(c for c in inspection.cookies if c.raw.name == "chips_pref")
    console = Console(width=200, record=True, color_system=None)
    console.print(detail(catalog, chips, "en", NOW, revealed=False, home=None))
    assert "Secure SameSite=None Partitioned" in console.export_text()
    report = tmp_path / "report.md"
    env = _env(tmp_path)
    made = run_cli("report", "--lang", "en", "--store", str(path), "-o", str(report), env=env)
    assert made.returncode == 0, made.stderr
    row = next(line for line in report.read_text().splitlines() if "chips_pref" in line)
    assert "Partitioned" in row


def test_plain_scan_says_a_stores_untested_schema(tmp_path: Path) -> None:
    """A store newer than any the tests know is read by column names, and the table says so
    as `scan --json` does."""
    path = write_chromium(tmp_path / "c" / "Cookies", [PLAIN], now=NOW)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE meta SET value = '99' WHERE key = 'version'")
    table = run_cli("scan", "--lang", "en", "--store", str(path), env=_env(tmp_path))
    assert table.returncode == 0, table.stderr
    assert "note: schema version 99 is untested; read by column names" in table.stdout
    french = run_cli("scan", "--lang", "fr", "--store", str(path), env=_env(tmp_path / "x"))
    assert "remarque : " in french.stdout
