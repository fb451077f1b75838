"""`--site HOST`: another Opendatasoft portal's cookies, read from the same real-schema stores
as the default portal's, on exactly that portal's hosts (Public Suffix List), classified from
the template's catalogue; the default stays opendata.saemes.fr alone."""

from __future__ import annotations

import json
import re
import shlex
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import REPO, SITE_NAMES, days, live_now, run_cli, site_specs
from tests.helpers.stores import Place, chromium_user_data, firefox_profile
from tests.helpers.watching import firefox_add, watch, writing
from tui.catalog import Catalog, load
from tui.demo.stores import Spec
from tui.site import DEFAULT_SITE, SiteError, parse_site, site_hosts

PORTAL = "data.economie.gouv.fr"


def portal_specs(now: datetime) -> list[Spec]:
    """data.economie.gouv.fr's cookies (the template's, and its analytics on the registrable
    domain), and hosts an inexact reader, or one that climbed to the public suffix, would take;
    dated from `now`."""
    return [
        Spec(PORTAL, "sessionid", "eco-sess", expires=days(14, now), http_only=True, secure=True),
        Spec(PORTAL, "csrftoken", "eco-csrf", expires=days(364, now)),
        Spec(f".{PORTAL}", "cookies_preferences", "{}", expires=days(180, now)),
        Spec(".economie.gouv.fr", "_ga", "GA1.1.111.222", expires=days(730, now)),
        Spec(".economie.gouv.fr", "_pk_id.7.1a2b", "eco-pk", expires=days(395, now)),
        Spec(PORTAL, "eco_widget", "w", expires=days(1, now)),
        # Decoys: none of these is sent to the portal, or all of them would be read with it.
        Spec("fakedata.economie.gouv.fr", "sessionid", "decoy-a", expires=days(3, now)),
        Spec(".fakedata.economie.gouv.fr", "_ga", "decoy-b", expires=days(3, now)),
        Spec("other.economie.gouv.fr", "csrftoken", "decoy-c", expires=days(3, now)),
        Spec("economie.gouv.fr", "host_only_parent", "decoy-d", expires=days(3, now)),
        Spec(".gouv.fr", "_ga", "decoy-e", expires=days(3, now)),
        Spec("gouv.fr", "sessionid", "decoy-f", expires=days(3, now)),
        Spec(f"{PORTAL}.evil.example", "sessionid", "decoy-g", expires=days(3, now)),
        # A third portal of the same template.
        Spec("opendata.paris.fr", "sessionid", "paris-sess", expires=days(14, now)),
        Spec(".paris.fr", "_ga", "GA1.1.333.444", expires=days(730, now)),
    ]


PORTAL_COOKIES = {
    (PORTAL, "sessionid", "necessary"),
    (PORTAL, "csrftoken", "necessary"),
    (f".{PORTAL}", "cookies_preferences", "necessary"),
    (".economie.gouv.fr", "_ga", "statistical"),
    (".economie.gouv.fr", "_pk_id.7.1a2b", "statistical"),
    (PORTAL, "eco_widget", "unclassified"),
}


@pytest.fixture
def two_portals(tmp_path: Path) -> list[str]:
    """A Firefox profile and a Chromium profile, each holding both portals' cookies, decoys,
    dated from the clock the tool's process reads."""
    now = live_now()
    specs = site_specs("x", now) + portal_specs(now)
    firefox = firefox_profile(tmp_path, specs, now=now)
    chromium = chromium_user_data(tmp_path, specs, now=now)
    return ["--store", str(firefox), "--store", str(chromium)]


def _scan(*args: str) -> dict[str, Any]:
    done = run_cli(*args, "--lang", "en")
    assert done.returncode == 0, done.stderr
    document: dict[str, Any] = json.loads(done.stdout)
    return document


def _found(document: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(c["host"], c["name"], c["category"]) for c in document["cookies"]}


def test_scan_site_lists_exactly_that_portals_cookies_classified(two_portals: list[str]) -> None:
    document = _scan("scan", "--json", "--site", PORTAL, *two_portals)
    assert document["site"] == PORTAL
    assert _found(document) == PORTAL_COOKIES
    # Every cookie is there once per store: two stores.
    assert len(document["cookies"]) == 2 * len(PORTAL_COOKIES)


def test_site_is_taken_before_the_commands_name_too_and_normalised(
    two_portals: list[str],
) -> None:
    document = _scan("--site", "DATA.Economie.GOUV.fr.", "scan", "--json", *two_portals)
    assert document["site"] == PORTAL
    assert _found(document) == PORTAL_COOKIES


def test_the_default_still_reads_opendata_saemes_fr_alone(two_portals: list[str]) -> None:
    document = _scan("scan", "--json", *two_portals)
    assert document["site"] == "opendata.saemes.fr"
    assert {name for _, name, _ in _found(document)} == SITE_NAMES
    assert {host for host, _, _ in _found(document)} == {"opendata.saemes.fr", ".saemes.fr"}


def test_another_portal_of_the_template_reads_its_own_parent(two_portals: list[str]) -> None:
    document = _scan("scan", "--json", "--site", "opendata.paris.fr", *two_portals)
    assert _found(document) == {
        ("opendata.paris.fr", "sessionid", "necessary"),
        (".paris.fr", "_ga", "statistical"),
    }


def test_the_scan_table_says_which_sites_cookies_it_did_not_find(tmp_path: Path) -> None:
    now = live_now()
    store = firefox_profile(tmp_path, site_specs("x", now), now=now)
    done = run_cli("scan", "--site", PORTAL, "--store", str(store), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"No cookies of {PORTAL} were found.\n")


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ("gouv.fr", "is a public suffix"),
        ("fr", "is a public suffix"),
        ("github.io", "is a public suffix"),
        ("127.0.0.1", "is an IP address"),
        ("[::1]", "is an IP address"),
        ("１２７.０.０.１", "is an IP address"),
        ("portal.0x7f", "is an IP address"),
        ("", "is not a host name"),
        ("https://data.economie.gouv.fr/", "is not a host name"),
        ("data.economie.gouv.fr:443", "is not a host name"),
        (".economie.gouv.fr", "is not a host name"),
        ("a b.fr", "is not a host name"),
        ("x" * 64 + ".fr", "is not a host name"),
    ],
)
def test_a_site_that_is_no_portals_host_is_refused_in_one_line_exit_2(
    given: str, says: str
) -> None:
    done = run_cli("scan", "--json", "--site", given, "--store", "/nonexistent")
    assert done.returncode == 2
    assert done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("saemes-cookies: ") and says in line


@pytest.mark.parametrize("command", [["backups"], ["open", "r.json"]])
def test_commands_that_read_no_store_do_not_take_site(command: list[str]) -> None:
    done = run_cli("--site", PORTAL, *command, "--lang", "en")
    assert done.returncode == 2
    assert done.stderr.strip() == f"saemes-cookies: {command[0]} does not take --site"


def test_hosts_come_from_the_public_suffix_list_as_catalog_json_writes_them(
    catalog: Catalog,
) -> None:
    # The default portal's hosts, computed, are exactly those catalog.json lists.
    assert site_hosts(catalog.site) == catalog.hosts
    assert site_hosts(PORTAL) == {
        PORTAL: "host",
        f".{PORTAL}": "domain",
        ".economie.gouv.fr": "domain",
    }
    # A portal on a registrable domain of its own (`.paris` is a public suffix).
    assert site_hosts("dashboard.paris") == {
        "dashboard.paris": "host",
        ".dashboard.paris": "domain",
    }


def test_a_host_is_given_in_its_ascii_form_as_browsers_store_it() -> None:
    assert parse_site("Données.Example.FR") == "xn--donnes-eva.example.fr"
    with pytest.raises(SiteError):
        parse_site("xn--zz.fr")


def test_another_portals_catalogue_is_the_templates_with_its_source_named(
    catalog: Catalog,
) -> None:
    other = catalog.at(PORTAL)
    assert (other.site, other.hosts) == (PORTAL, site_hosts(PORTAL))
    assert [e.id for e in other.entries] == [e.id for e in catalog.entries]
    assert [e.purpose for e in other.entries] == [e.purpose for e in catalog.entries]
    # The saemes policy page is no source for another portal; the template it follows is.
    assert "policy" not in other.sources and "ods-template" in other.sources
    necessary = [e for e in other.entries if e.category == "necessary"]
    assert necessary and all("ods-template" in e.sources for e in necessary)
    assert all(set(e.sources) <= set(other.sources) for e in other.entries)
    assert catalog.at(catalog.site) is catalog


def test_a_portals_own_catalogue_still_works_with_site(
    tmp_path: Path, two_portals: list[str]
) -> None:
    """Where a portal's own policy adds an entry, --catalog gives it (with --site or alone)."""
    document = json.loads((REPO / "catalog.json").read_text(encoding="utf-8"))
    document["site"] = PORTAL
    document["hosts"] = [{"host": h, "scope": s} for h, s in site_hosts(PORTAL).items()]
    document["sources"]["eco-policy"] = {"title": "its policy", "url": f"https://{PORTAL}/p"}
    entry = dict(document["cookies"][0])
    entry.update(id="eco-widget", match={"type": "exact", "pattern": "eco_widget"})
    entry.update(category="first_party", consent_required=True, sources=["eco-policy"])
    document["cookies"].append(entry)
    own = tmp_path / "economie.json"
    own.write_text(json.dumps(document), encoding="utf-8")
    for given in (["--site", PORTAL], []):
        found = _found(_scan("scan", "--json", "--catalog", str(own), *given, *two_portals))
        assert (PORTAL, "eco_widget", "first_party") in found
        assert len(found) == len(PORTAL_COOKIES)
    # Its own entry is its own: on another portal it is not in the catalogue.
    other = load(own).at("opendata.paris.fr")
    assert "eco-widget" not in {e.id for e in other.entries}


def test_the_default_path_never_loads_the_public_suffix_list() -> None:
    code = (
        "import sys, runpy\n"
        "sys.argv = ['saemes-cookies', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('tui', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "print('MODULES', sorted({m.split('.')[0] for m in sys.modules} & "
        "{'publicsuffixlist', 'idna', 'tui'}), file=sys.stderr)\n"
    )

    def loaded(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=REPO
        )
        return done.stderr.splitlines()[-1]

    assert loaded("--demo", "scan", "--json") == "MODULES ['tui']"
    site = loaded("--demo", "scan", "--json", "--site", PORTAL)
    assert site == "MODULES ['idna', 'publicsuffixlist', 'tui']"


def test_delete_site_deletes_only_that_portals_cookies(tmp_path: Path) -> None:
    place = Place(tmp_path)
    now = live_now()
    store = firefox_profile(tmp_path, site_specs("x", now) + portal_specs(now), now=now)
    before = _host_names(store)
    done = run_cli(
        "delete", "--site", PORTAL, "--store", str(store), "--yes", env=place.env, input_text=""
    )
    assert done.returncode == 0, done.stderr
    after = _host_names(store)
    # The portal's non-necessary cookies went; everything else, saemes's _ga included, stayed.
    assert before - after == {
        (".economie.gouv.fr", "_ga"),
        (".economie.gouv.fr", "_pk_id.7.1a2b"),
    }
    assert (".saemes.fr", "_ga") in after and (".gouv.fr", "_ga") in after
    # Its restore names the portal's cookies that come back (none of opendata.saemes.fr's).
    [backup] = re.findall(r"backup (\d{8}T\d{6}Z-[a-z0-9-]+)", done.stdout)
    shown = run_cli("restore", backup, "--site", PORTAL, env=place.env, input_text="")
    assert "comes back: _ga  .economie.gouv.fr  /" in shown.stdout
    assert "comes back: _pk_id.7.1a2b  .economie.gouv.fr  /" in shown.stdout


def _host_names(store: Path) -> set[tuple[str, str]]:
    with closing(sqlite3.connect(store)) as connection:
        return set(connection.execute("SELECT host, name FROM moz_cookies"))


def test_watch_site_prints_only_that_portals_changes(tmp_path: Path) -> None:
    """Writes to a decoy, to the public suffix and to opendata.saemes.fr come first: the first
    line is the portal's own change after them, so none of them printed anything."""
    now = live_now()
    store = firefox_profile(
        tmp_path, [Spec(PORTAL, "sessionid", "s", expires=days(14, now))], now=now
    )
    with watch("--json", "--site", PORTAL, "--store", str(store)) as running:
        for spec in (
            Spec("fakedata.economie.gouv.fr", "_ga", "d1", expires=days(3, now)),
            Spec(".gouv.fr", "_ga", "d2", expires=days(3, now)),
            Spec(".saemes.fr", "_ga", "d3", expires=days(3, now)),
            Spec(".economie.gouv.fr", "_ga", "GA1.1.5.6", expires=days(730, now)),
        ):
            with writing(store) as connection:
                firefox_add(connection, spec, now)
        line = json.loads(running.next_line())
        code, rest = running.stop()
    assert (line["change"], line["host"], line["name"], line["category"]) == (
        "added",
        ".economie.gouv.fr",
        "_ga",
        "statistical",
    )
    assert code == 0 and rest == []


def test_reports_name_the_site_in_json_and_markdown(two_portals: list[str]) -> None:
    as_json = run_cli("report", "--site", PORTAL, *two_portals, "-o", "-", "--lang", "en")
    assert as_json.returncode == 0, as_json.stderr
    document = json.loads(as_json.stdout)
    assert document["site"] == PORTAL
    assert document["environment"]["catalog"]["site"] == PORTAL
    assert _found(document) == PORTAL_COOKIES
    markdown = run_cli(
        "--site", PORTAL, "report", *two_portals, "-o", "-", "--format", "md", "--lang", "en"
    )
    assert markdown.returncode == 0, markdown.stderr
    assert markdown.stdout.startswith(f"# saemes-cookies report: {PORTAL}\n")
    assert "saemes.fr" not in markdown.stdout


def test_a_findings_fix_command_names_the_site_and_does_exactly_the_fix(tmp_path: Path) -> None:
    place = Place(tmp_path)
    now = live_now()
    store = firefox_profile(
        tmp_path,
        [
            Spec(PORTAL, "csrftoken", "eco-csrf-1", expires=days(364, now)),
            Spec(".economie.gouv.fr", "csrftoken", "eco-csrf-2", expires=days(364, now)),
            Spec(".saemes.fr", "csrftoken", "saemes-csrf", expires=days(364, now)),
        ],
        now=now,
    )
    document = _scan("scan", "--json", "--site", PORTAL, "--store", str(store))
    [finding] = [f for f in document["findings"] if f["code"] == "duplicate-scope"]
    command = shlex.split(finding["fix_command"])
    assert command[:4] == ["saemes-cookies", "delete", "--site", PORTAL]
    done = run_cli(*command[1:], "--yes", env=place.env, input_text="")
    assert done.returncode == 0, done.stderr
    assert _host_names(store) == {(PORTAL, "csrftoken"), (".saemes.fr", "csrftoken")}


def test_the_help_names_the_packaged_catalogues_site(catalog: Catalog) -> None:
    assert catalog.site == DEFAULT_SITE
    assert f"(default: {catalog.site})" in " ".join(run_cli("scan", "--help").stdout.split())


def test_the_public_suffix_list_is_read_without_the_network(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The list ships inside the package: with every socket refused (a stand-in for a machine
    with no network), it still loads and answers."""
    import socket

    from tui import site

    def refused(*args: object, **kwargs: object) -> socket.socket:
        raise OSError("network refused by the test")

    monkeypatch.setattr(socket, "socket", refused)
    monkeypatch.setattr(socket, "create_connection", refused)
    site._list.cache_clear()
    assert site_hosts("odwb.be") == {"odwb.be": "host", ".odwb.be": "domain"}
    assert parse_site("dashboard.paris") == "dashboard.paris"


def test_the_advice_to_scan_again_repeats_site_and_that_command_reads_the_same_portal(
    tmp_path: Path,
) -> None:
    """Scanning again without --site would read opendata.saemes.fr instead: the advice names
    the portal the person asked for, and the command it gives does read that portal."""
    now = live_now()
    store = firefox_profile(tmp_path, site_specs("x", now), now=now)
    done = run_cli("scan", "--site", PORTAL, "--store", str(store), "--lang", "en")
    advice = re.search(
        rf"Visit https://{re.escape(PORTAL)} in your browser, then run (.+) again\.", done.stdout
    )
    assert advice is not None, done.stdout
    command = shlex.split(advice.group(1))
    assert command[0] == "saemes-cookies" and command[-2:] == ["--site", PORTAL]
    again = run_cli(*command[1:], "--store", str(store), "--lang", "en")
    assert again.stdout.startswith(f"No cookies of {PORTAL} were found.\n"), again.stdout


@pytest.mark.parametrize("narrowed", [["--site", PORTAL], ["--browser", "brave"]])
def test_an_empty_demo_says_what_narrowed_it_instead_of_visiting_the_site(
    narrowed: list[str],
) -> None:
    """The demo's stores are written by the tool: visiting a site or naming a store changes
    nothing there, so the only advice is to drop what narrowed the read."""
    done = run_cli("scan", "--demo", *narrowed, "--lang", "en")
    assert done.returncode == 0, done.stderr
    advice = done.stdout.split("What to do next:\n", 1)[1].splitlines()
    assert advice == [
        f"  • The demo's Chromium and Firefox profiles hold the cookies of {DEFAULT_SITE} only: "
        "leave out --site and --browser to see them."
    ]
