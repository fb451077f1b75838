"""Each finding's `fix_command`: the exact `delete` line of its fix, safe to paste in a shell.

The commands are run for real (`python -m tui` behind a `saemes-cookies` on PATH, through
`sh -c`, as a person pastes them) on real-schema stores, and the rows that went are compared
with the finding's `fix_cookies`.
"""

from __future__ import annotations

import json
import os
import shlex
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from tests.helpers import NOW, REPO, SITE, days, live_now
from tui.catalog import Catalog
from tui.demo.home import build_home, demo_stores
from tui.demo.stores import Spec, write_chromium, write_firefox, write_local_state
from tui.inspection import find_stores, inspect
from tui.model import Cookie, Finding, Inspection
from tui.present.scan_json import finding_json
from tui.report import build_report, report_markdown

PARENT = ".saemes.fr"


def scan(catalog: Catalog, *paths: Path, now: datetime = NOW) -> Inspection:
    refs, failed, searched = find_stores(list(paths))
    return inspect(catalog, refs, failed, searched, now=now)


def of(inspection: Inspection, code: str) -> list[Finding]:
    return [finding for finding in inspection.findings if finding.code == code]


def duplicated(name: str, tag: str = "", now: datetime = NOW) -> list[Spec]:
    return [
        Spec(SITE, name, f"own{tag}", expires=days(300, now)),
        Spec(PARENT, name, f"parent{tag}", expires=days(300, now)),
    ]


def chromium(root: Path, specs: list[Spec], profile: str = "Default", now: datetime = NOW) -> Path:
    """A Chromium profile written at `now`: live_now() when a pasted command (another process)
    reads it too, which the test's own scan is then given."""
    user_data = root / "chromium"
    write_local_state(user_data, {profile: profile})
    return write_chromium(user_data / profile / "Cookies", specs, now=now)


def firefox(root: Path, specs: list[Spec]) -> Path:
    return write_firefox(root / "firefox" / "abc.default" / "cookies.sqlite", specs, now=NOW)


def rows(store: Path) -> set[tuple[str, str, str, str]]:
    """(host, name, path, partition or container) of every row."""
    chromium_store = store.name == "Cookies"
    query = (
        "SELECT host_key, name, path, top_frame_site_key FROM cookies"
        if chromium_store
        else "SELECT host, name, path, originAttributes FROM moz_cookies"
    )
    with closing(sqlite3.connect(store)) as connection:
        return {tuple(row) for row in connection.execute(query)}  # type: ignore[misc]


def shell(tmp_path: Path, command: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """Runs `command` with `sh -c` as pasted, `saemes-cookies` being this checkout; returns
    the run and the arguments the program received."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    argv_file = tmp_path / "argv.json"
    program = bin_dir / "saemes-cookies"
    program.write_text(
        "#!/bin/sh\n"
        f'"{sys.executable}" -c \'import json, sys; json.dump(sys.argv[1:], '
        f'open("{argv_file}", "w"))\' "$@"\n'
        f'exec "{sys.executable}" -m tui "$@"\n'
    )
    program.chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": str(REPO),
        "HOME": str(tmp_path / "home"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    done = subprocess.run(
        ["sh", "-c", f"{command} --yes"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    argv = json.loads(argv_file.read_text()) if argv_file.exists() else []
    return done, argv


def test_the_csrf_duplicate_gives_the_one_line_fix_with_its_store(
    catalog: Catalog, tmp_path: Path
) -> None:
    now = live_now()
    store = chromium(
        tmp_path, [*duplicated("csrftoken", now=now), Spec(SITE, "sessionid", "s")], now=now
    )
    [finding] = of(scan(catalog, store, now=now), "duplicate-scope")
    assert finding.fix_command == (
        f"saemes-cookies delete --store {store} --name csrftoken --host .saemes.fr"
    )
    done, argv = shell(tmp_path, finding.fix_command)
    assert done.returncode == 0, done.stdout + done.stderr
    assert argv[:3] == ["delete", "--store", str(store)]
    assert {(host, name) for host, name, _, _ in rows(store)} == {
        (SITE, "csrftoken"),
        (SITE, "sessionid"),
    }


def test_every_fix_command_of_the_demo_deletes_exactly_its_fix_cookies(
    catalog: Catalog, tmp_path: Path
) -> None:
    # Each command runs in a process of its own, which judges the home at its clock.
    now = live_now()

    def demo(index: int) -> tuple[Path, Inspection]:
        home = build_home(tmp_path / f"demo{index}", now)
        refs, failed, searched = demo_stores(home)
        return home, inspect(catalog, refs, failed, searched, now=now)

    _, first = demo(0)
    with_command = [i for i, f in enumerate(first.findings) if f.fix_command]
    # Only the findings that delete have one; every one of those has one in the demo.
    assert with_command == [i for i, f in enumerate(first.findings) if f.fix_cookies]
    assert len(with_command) >= 5
    for index in with_command:
        home, inspection = demo(index + 1)
        finding = inspection.findings[index]
        assert finding.fix_command is not None
        by_id = {cookie.id: cookie for cookie in inspection.cookies}
        wanted = {
            (by_id[i].raw.host, by_id[i].raw.name, by_id[i].raw.path, str(by_id[i].store.ref.path))
            for i in finding.fix_cookies
        }
        stores = {str(cookie.store.ref.path) for cookie in inspection.cookies}
        before = {path: rows(Path(path)) for path in stores}
        done, _ = shell(tmp_path, finding.fix_command)
        assert done.returncode == 0, (finding.code, done.stdout, done.stderr)
        gone = {
            (host, name, path, store)
            for store in stores
            for host, name, path, _ in before[store] - rows(Path(store))
        }
        assert gone == wanted, finding.code
        assert str(home) in finding.fix_command


def test_the_demo_s_fix_commands_say_demo_and_do_their_fix_on_the_next_demo_home(
    catalog: Catalog, tmp_path: Path
) -> None:
    """A demo home is gone once its command ends: its fix commands name `--demo --browser`,
    not its paths, and read as the CLI reads them they pick, on a new demo home, exactly the
    cookies of the fix."""
    from tui.cli.parser import build_parser, parse
    from tui.deletion import plan_deletion

    def where(cookie: Cookie) -> tuple[str, str, str, str]:
        return (cookie.raw.host, cookie.raw.name, cookie.raw.path, cookie.store.id)

    home = build_home(tmp_path / "demo", NOW)
    shown = inspect(catalog, *demo_stores(home), now=NOW, demo=True)
    with_command = [f for f in shown.findings if f.fix_command]
    assert with_command == [f for f in shown.findings if f.fix_cookies]
    by_id = {cookie.id: cookie for cookie in shown.cookies}
    for index, finding in enumerate(with_command):
        assert finding.fix_command is not None
        assert finding.fix_command.startswith("saemes-cookies delete --demo --browser ")
        assert str(home) not in finding.fix_command
        args, left = parse(build_parser(), shlex.split(finding.fix_command)[1:])
        assert left == [] and args.demo and not args.store
        again = build_home(tmp_path / f"again{index}", NOW)
        found = inspect(catalog, *demo_stores(again, args.browser), now=NOW, demo=True)
        plan = plan_deletion(found, catalog, False, args.name, args.host, args.finding)
        assert {where(item.cookie) for item in plan.items} == {
            where(by_id[i]) for i in finding.fix_cookies
        }, finding.fix_command


@pytest.mark.parametrize(
    "name",
    [
        "$(touch PWNED)",
        "`touch PWNED`",
        "'; touch PWNED; echo '",
        'x" ; touch PWNED ; "',
        "a b;touch PWNED|cat>PWNED&",
        "-rf",
        "--yes",
        "*",
    ],
)
def test_a_hostile_name_is_quoted_so_the_pasted_line_does_only_that_deletion(
    catalog: Catalog, tmp_path: Path, name: str
) -> None:
    now = live_now()
    store = chromium(
        tmp_path, [*duplicated(name, now=now), *duplicated("csrftoken", now=now)], now=now
    )
    [finding] = [
        f
        for f in of(scan(catalog, store, now=now), "duplicate-scope")
        if "csrftoken" not in f.message["en"]
    ]
    assert finding.fix_command is not None
    assert "--finding" not in finding.fix_command
    done, argv = shell(tmp_path, finding.fix_command)
    assert not (tmp_path / "PWNED").exists()
    assert done.returncode == 0, done.stdout + done.stderr
    assert argv[:3] == ["delete", "--store", str(store)]
    assert argv[3:5] == ["--name", name] or argv[3:4] == [f"--name={name}"]
    assert argv[-3:] == ["--host", PARENT, "--yes"]
    left = {(host, n) for host, n, _, _ in rows(store)}
    assert (PARENT, name) not in left and (SITE, name) in left
    assert (PARENT, "csrftoken") in left


@pytest.mark.parametrize("name", ["line\nbreak", "esc\x1b[31mred", "bidi\u202eevil", "tab\there"])
def test_a_name_that_would_not_show_as_it_is_gets_the_finding_form(
    catalog: Catalog, tmp_path: Path, name: str
) -> None:
    now = live_now()
    store = chromium(tmp_path, duplicated(name, now=now), now=now)
    [finding] = of(scan(catalog, store, now=now), "duplicate-scope")
    assert finding.fix_command == (
        f"saemes-cookies delete --store {store} --finding duplicate-scope"
    )
    done, _ = shell(tmp_path, finding.fix_command)
    assert done.returncode == 0, done.stdout + done.stderr
    assert {(host, n) for host, n, _, _ in rows(store)} == {(SITE, name)}


def test_each_profile_s_finding_names_its_own_store(catalog: Catalog, tmp_path: Path) -> None:
    now = live_now()
    one = chromium(tmp_path / "one", duplicated("csrftoken", "1", now), now=now)
    two = chromium(tmp_path / "two", duplicated("csrftoken", "2", now), now=now)
    findings = of(scan(catalog, one, two, now=now), "duplicate-scope")
    assert [f.fix_command for f in findings] == [
        f"saemes-cookies delete --store {store} --name csrftoken --host .saemes.fr"
        for store in (one, two)
    ]
    before_two = rows(two)
    assert findings[0].fix_command is not None
    done, _ = shell(tmp_path, findings[0].fix_command)
    assert done.returncode == 0, done.stderr
    assert rows(two) == before_two
    assert (PARENT, "csrftoken") not in {(h, n) for h, n, _, _ in rows(one)}


def test_an_expired_twin_the_name_would_also_take_gives_the_finding_form(
    catalog: Catalog, tmp_path: Path
) -> None:
    store = chromium(
        tmp_path,
        [*duplicated("csrftoken"), Spec(PARENT, "csrftoken", "old", path="/x", expires=days(-2))],
    )
    [finding] = of(scan(catalog, store), "duplicate-scope")
    assert finding.fix_command == f"saemes-cookies delete --store {store} --finding duplicate-scope"


def test_twins_in_two_containers_of_one_store_get_no_command_rather_than_a_wrong_one(
    catalog: Catalog, tmp_path: Path
) -> None:
    specs = [
        Spec(host, "csrftoken", f"{host}{container}", expires=days(300), container=container)
        for container in ("1", "2")
        for host in (SITE, PARENT)
    ]
    findings = of(scan(catalog, firefox(tmp_path, specs)), "duplicate-scope")
    assert len(findings) == 2
    assert all(f.fix_cookies and f.fix_command is None for f in findings)


def test_scan_json_and_reports_carry_the_command(catalog: Catalog, tmp_path: Path) -> None:
    store = chromium(tmp_path, duplicated("csrftoken"))
    inspection = scan(catalog, store)
    [finding] = of(inspection, "duplicate-scope")
    expected = f"saemes-cookies delete --store {store} --name csrftoken --host .saemes.fr"
    assert finding_json(finding, "en")["fix_command"] == expected
    # A finding that deletes nothing still has the field, as null.
    assert all(
        "fix_command" in finding_json(f, "en") for f in inspection.findings if not f.fix_cookies
    )
    document = build_report(catalog, inspection, "fr", NOW, salt="00" * 16)
    [shown] = [f for f in document["findings"] if f["code"] == "duplicate-scope"]
    assert shown["fix_command"] == expected
    assert f"  Commande: `{expected}`" in report_markdown(document)


def test_the_markdown_command_is_whole_even_when_long_and_keeps_backticks_inert(
    catalog: Catalog, tmp_path: Path
) -> None:
    deep = tmp_path.joinpath(*["a-rather-long-folder-name"] * 8)
    store = chromium(deep, duplicated("a`b|c"))
    inspection = scan(catalog, store)
    [finding] = of(inspection, "duplicate-scope")
    assert finding.fix_command is not None and len(finding.fix_command) > 300
    markdown = report_markdown(build_report(catalog, inspection, "en", NOW, salt="00" * 16))
    assert f"  Command: ``{finding.fix_command}``" in markdown
    assert shlex.split(finding.fix_command)[5] == "a`b|c"
