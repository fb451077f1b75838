"""`--site HOST` in the app: its title names the portal whose cookies it shows, and `open`
shows a report made on another portal as that portal's."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from tests.app.helpers import plain, running, screen
from tests.helpers import NOW, days, run_cli
from tests.helpers.stores import firefox_profile
from tui import cli
from tui.app import run
from tui.app.views.details import empty_state
from tui.catalog import Catalog
from tui.cli import report
from tui.demo.home import demo_stores
from tui.demo.stores import Spec
from tui.inspection import inspect
from tui.report import load_report
from tui.site import DEFAULT_SITE
from tui.source import opened

PORTAL = "opendata.paris.fr"


def _store(tmp_path: Path) -> Path:
    return firefox_profile(
        tmp_path,
        [
            Spec(PORTAL, "sessionid", "paris-sess", expires=days(14)),
            Spec(".paris.fr", "_ga", "GA1.1.7.8", expires=days(730)),
            Spec("opendata.saemes.fr", "sessionid", "saemes-sess", expires=days(14)),
            Spec("fakeopendata.paris.fr", "sessionid", "decoy", expires=days(3)),
        ],
    )


def _opened(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> Catalog:
    """The catalogue `main` hands the app (live, or a report's) for this command line; the
    app is not started here (in-process, pytest's stdin and stdout are no terminal)."""
    handed: list[Catalog] = []
    monkeypatch.setattr(cli, "need_terminal", lambda: None)
    monkeypatch.setattr(report, "need_terminal", lambda: None)
    monkeypatch.setattr(run, "run_app", lambda _args, catalog, _source: handed.append(catalog) or 0)
    monkeypatch.setattr(
        run, "run_report_app", lambda _loaded, catalog, _lang: handed.append(catalog) or 0
    )
    assert cli.main(argv) == 0
    [catalog] = handed
    return catalog


async def test_the_apps_title_names_the_site_and_shows_its_cookies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store(tmp_path)
    catalog = _opened(monkeypatch, ["--site", PORTAL, "--store", str(store), "--lang", "en"])
    args = argparse.Namespace(store=[store], browser=[], lang="en", demo=False)
    with opened(args) as source:
        app = run.make_app(args, catalog, source)
        async with running(app):
            assert app.sub_title == f"Cookies of {PORTAL}"
            inspection = screen(app).inspection
            assert inspection is not None
            assert {(c.raw.host, c.raw.name, c.category) for c in inspection.cookies} == {
                (PORTAL, "sessionid", "necessary"),
                (".paris.fr", "_ga", "statistical"),
            }


async def test_open_shows_the_site_the_report_was_made_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "report.json"
    made = run_cli("report", "--site", PORTAL, "--store", str(_store(tmp_path)), "-o", str(path))
    assert made.returncode == 0, made.stderr
    catalog = _opened(monkeypatch, ["open", str(path), "--lang", "en"])
    assert (catalog.site, set(catalog.hosts)) == (PORTAL, {PORTAL, f".{PORTAL}", ".paris.fr"})
    app = run.report_app(load_report(path), catalog, "en")
    async with running(app):
        assert app.sub_title == f"Cookies of {PORTAL}"


def test_a_report_whose_site_is_no_portals_host_is_refused_naming_the_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "report.json"
    made = run_cli("report", "--site", PORTAL, "--store", str(_store(tmp_path)), "-o", str(path))
    assert made.returncode == 0, made.stderr
    document = json.loads(path.read_text(encoding="utf-8"))
    document["site"] = "gouv.fr"
    path.write_text(json.dumps(document), encoding="utf-8")
    done = run_cli("open", str(path), "--lang", "en")
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line == (
        f"saemes-cookies: {path}: site: gouv.fr is a public suffix, which no site's cookies can "
        "be scoped to; give the portal's own host"
    )


def test_an_empty_demo_in_the_app_says_what_narrowed_it_instead_of_visiting_the_site(
    catalog: Catalog, demo_home: Path
) -> None:
    """In the demo, visiting the portal and pressing r would change nothing: its profiles hold
    what the tool wrote. A person's own empty home is still told to visit and press r."""
    refs, failed, searched = demo_stores(demo_home)
    other = catalog.at(PORTAL)
    scanned = inspect(other, refs, failed, searched, now=NOW)
    assert scanned.cookies == ()
    in_demo = plain(empty_state(other, scanned, "en", demo_home, demo=True))
    advice = in_demo.split("What to do next:\n", 1)[1].split("\n\n", 1)[0]
    assert advice.splitlines() == [
        f"  • The demo's Chromium and Firefox profiles hold the cookies of {DEFAULT_SITE} only: "
        "leave out --site and --browser to see them."
    ]
    own = plain(empty_state(other, scanned, "en", demo_home))
    assert f"Visit https://{PORTAL} in your browser, then press r to scan again." in own
