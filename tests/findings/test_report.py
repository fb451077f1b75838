"""The redacted report: what it holds, its Markdown form, and loading it back for `open`."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import NOW, SITE, days, run_cli
from tui.catalog import Catalog, load
from tui.consent import find_consents
from tui.demo.stores import Spec, write_chromium, write_firefox
from tui.findings import diagnose
from tui.inspection import find_stores, inspect
from tui.model import Family, Inspection
from tui.present.scan_json import cookie_json, finding_json, store_json
from tui.report import (
    ReportError,
    build_report,
    dumps,
    load_report,
    md_code,
    md_text,
    report_markdown,
    value_hash,
)

SALT = "00112233445566778899aabbccddeeff"
SHARED = "Same-Value-In-Two-Cookies"


def _stores(tmp_path: Path) -> list[Path]:
    prefs = quote(
        json.dumps({"ga": False, "matomo": True, "timestamp": int(days(-3).timestamp() * 1000)}),
        safe="",
    )
    chromium = write_chromium(
        tmp_path / "chromium" / "Default" / "Cookies",
        [
            Spec(SITE, "cookies_preferences", prefs, expires=days(170)),
            Spec(SITE, "csrftoken", SHARED, expires=days(300)),
            Spec(".saemes.fr", "csrftoken", SHARED, expires=days(300)),
            Spec(SITE, "sessionid", "sess-abcdefghijklmnop", expires=days(5)),
            Spec(".saemes.fr", "_ga", "GA1.1.987654321.1700000000", expires=days(730)),
            Spec(SITE, "broken", "cannot-be-decrypted", expires=days(3)),
            Spec(SITE, "x|`[/]\x1b[31m*_<b>", "hostile", expires=days(3)),
            Spec(SITE, "part", "partitioned", expires=days(3), partition="https://other.example"),
        ],
        now=NOW,
    )
    with sqlite3.connect(chromium) as connection:
        connection.execute(
            "UPDATE cookies SET encrypted_value = ? WHERE name = 'broken'", (b"v20" + b"\0" * 40,)
        )
    connection.close()
    firefox = write_firefox(
        tmp_path / "firefox" / "cookies.sqlite",
        [
            Spec(SITE, "_pk_id.1.abcd", "0123456789abcdef.1.", expires=days(300)),
            Spec(SITE, "_pk_id.1.abcd", "in-a-container", expires=days(300), container="3"),
        ],
        now=NOW,
    )
    return [chromium, firefox]


def _inspection(catalog: Catalog, tmp_path: Path) -> Inspection:
    refs, failed, searched = find_stores(_stores(tmp_path))
    return inspect(catalog, refs, failed, searched, now=NOW)


def _written(catalog: Catalog, inspection: Inspection, tmp_path: Path, lang: str = "fr") -> Path:
    path = tmp_path / "report.json"
    path.write_text(dumps(build_report(catalog, inspection, lang, NOW, salt=SALT)))
    return path


def test_report_holds_the_scan_document_plus_environment_and_no_value(
    catalog: Catalog, tmp_path: Path
) -> None:
    inspection = _inspection(catalog, tmp_path)
    document = build_report(catalog, inspection, "en", NOW, salt=SALT)
    # The salt is not kept: with it, a short value such as "fr" could be confirmed by hashing.
    assert "salt" not in document["report"] and SALT not in dumps(document)
    assert document["report"]["made_at"] == "2026-11-15T10:00:00Z"
    # Whose report it is is not said (the account name is often the person's name).
    assert "user" not in document["report"]
    env = document["environment"]
    assert env["os"]["system"] and env["python"] and env["tool"]["version"]
    assert env["catalog"] == {"version": catalog.version, "site": SITE}
    assert env["browsers"] == [
        {"browser": "Chromium", "profiles": ["Default"]},
        {"browser": "Firefox", "profiles": ["firefox"]},
    ]
    assert document["catalog"]["version"] == catalog.version
    for key in ("site", "lang", "searched", "stores", "cookies", "consent", "findings"):
        assert key in document
    by_name = {c["name"]: c for c in document["cookies"] if c["store"] == "Chromium/Default"}
    assert by_name["sessionid"]["value_length"] == len("sess-abcdefghijklmnop")
    assert by_name["sessionid"]["value_hash"] == value_hash(SALT, "sess-abcdefghijklmnop")
    assert len(by_name["sessionid"]["value_hash"]) == 12
    assert by_name["broken"]["value_hash"] is None
    assert "value" not in by_name["sessionid"]
    text = dumps(document)
    for secret in ("sess-abcdefghijklmnop", SHARED, "cannot-be-decrypted", "in-a-container"):
        assert secret not in text


def test_equal_values_have_equal_hashes_within_a_report_but_not_across_reports(
    catalog: Catalog, tmp_path: Path
) -> None:
    inspection = _inspection(catalog, tmp_path)
    one = build_report(catalog, inspection, "en", NOW)
    two = build_report(catalog, inspection, "en", NOW)
    for document in (one, two):
        tokens = [c["value_hash"] for c in document["cookies"] if c["name"] == "csrftoken"]
        assert len(tokens) == 2 and tokens[0] == tokens[1]
        hashes = [c["value_hash"] for c in document["cookies"] if c["value_hash"] is not None]
        assert len(set(hashes)) == len(hashes) - 1  # only the two csrftoken copies agree
    first = {c["id"]: c["value_hash"] for c in one["cookies"]}
    second = {c["id"]: c["value_hash"] for c in two["cookies"]}
    assert all(first[i] != second[i] for i in first if first[i] is not None)


def test_round_trip_gives_the_same_cookies_findings_and_consent(
    catalog: Catalog, tmp_path: Path
) -> None:
    inspection = _inspection(catalog, tmp_path)
    loaded = load_report(_written(catalog, inspection, tmp_path))
    assert loaded.made_at == NOW and loaded.lang == "fr"
    assert loaded.site == SITE
    assert loaded.catalog_version == catalog.version
    back = loaded.inspection
    assert [store_json(s, "en") for s in back.stores] == [
        store_json(s, "en") for s in inspection.stores
    ]
    for lang in ("en", "fr"):
        assert [cookie_json(catalog, c, lang) for c in back.cookies] == [
            cookie_json(catalog, c, lang) for c in inspection.cookies
        ]
    assert all(cookie.raw.value is None for cookie in back.cookies)
    assert [c.raw.key for c in back.cookies] == [c.raw.key for c in inspection.cookies]
    assert back.findings == inspection.findings
    assert back.searched == inspection.searched
    original = find_consents(inspection.cookies)
    assert [c.consent for c in loaded.inspection.consents] == [c.consent for c in original]
    assert [c.cookie.id for c in loaded.inspection.consents] == [c.cookie.id for c in original]
    # What was recorded is enough to diagnose again: the same findings, values or not.
    assert diagnose(catalog, back, NOW) == inspection.findings
    for cookie in inspection.cookies:
        expected = value_hash(SALT, cookie.raw.value) if cookie.raw.value is not None else None
        assert loaded.value_hashes[cookie.id] == expected


def test_a_store_that_could_not_be_read_goes_through_a_report_with_no_family(
    catalog: Catalog, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere" / "Cookies"
    refs, failed, searched = find_stores([missing, *_stores(tmp_path)])
    inspection = inspect(catalog, refs, failed, searched, now=NOW)
    path = _written(catalog, inspection, tmp_path)
    document = json.loads(path.read_text())
    assert document["stores"][0]["family"] == "unknown"
    back = load_report(path).inspection
    assert back.stores[0].ref.family is Family.UNKNOWN
    assert str(back.stores[0].error) == f"{missing}: no such file or directory"
    # The report was made in French: its store error is said in French.
    assert "Cookies : fichier ou dossier inexistant" in report_markdown(document)


def test_findings_of_a_report_hold_both_languages(catalog: Catalog, tmp_path: Path) -> None:
    inspection = _inspection(catalog, tmp_path)
    document = build_report(catalog, inspection, "fr", NOW, salt=SALT)
    for finding, shown in zip(inspection.findings, document["findings"], strict=True):
        assert shown["message"] == finding.message["fr"]
        assert shown["text"]["message"] == finding.message
        assert shown == {**finding_json(finding, "fr"), "text": shown["text"]}


def test_markdown_report_is_readable_and_hostile_names_stay_inert(
    catalog: Catalog, tmp_path: Path
) -> None:
    inspection = _inspection(catalog, tmp_path)
    markdown = report_markdown(build_report(catalog, inspection, "en", NOW, salt=SALT))
    assert markdown.startswith("# saemes-cookies report: opendata.saemes.fr")
    assert "## Findings" in markdown and "**ERROR** `duplicate-scope`" in markdown
    assert "`ga` refused, `matomo` accepted" in markdown
    assert value_hash(SALT, SHARED) in markdown and SALT not in markdown
    assert "\x1b" not in markdown
    # Outside code spans (which render nothing), markup from a name is escaped.
    assert "<b>" not in re.sub(r"(`+).+?\1", "", markdown) and "\\<b\\>" in markdown
    # Every cookie table row keeps its eight cells whatever the name holds.
    rows = [line for line in markdown.splitlines() if line.startswith("| `")]
    hostile = [row for row in rows if "x\\|" in row]
    assert len(hostile) == 1
    cells = hostile[0].replace("\\|", "").split("|")
    assert len(cells) == 10
    french = report_markdown(build_report(catalog, inspection, "fr", NOW, salt=SALT))
    assert "## Constats" in french and "`ga` refusé" in french


def test_markdown_helpers_neutralise_markup() -> None:
    assert md_text("[x](http://e/) *a* _b_ <i> |") == r"\[x\](http://e/) \*a\* \_b\_ \<i\> \|"
    assert md_code("a`b") == "``a`b``"
    assert md_code("`") == "`` ` ``"
    assert md_code("a|b") == r"`a\|b`"


def test_load_report_refuses_other_files_with_one_line(tmp_path: Path) -> None:
    cases = {
        "missing.json": None,
        "report.md": "# saemes-cookies report\n",
        "bad.json": "{not json",
        "other.json": json.dumps({"hello": 1}),
        "foreign.json": json.dumps({"report": {"format": "something else"}}),
        "newer.json": json.dumps({"report": {"format": "saemes-cookies report", "version": 99}}),
    }
    messages = {}
    for name, text in cases.items():
        path = tmp_path / name
        if text is not None:
            path.write_text(text)
        with pytest.raises(ReportError) as caught:
            load_report(path)
        messages[name] = str(caught.value)
        assert "\n" not in messages[name] and str(path) in messages[name]
    assert "file not found" in messages["missing.json"]
    assert "Markdown" in messages["report.md"]
    assert "newer" in messages["newer.json"]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


@pytest.fixture(scope="module")
def valid_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp_path = tmp_path_factory.mktemp("valid")
    refs, failed, searched = find_stores(_stores(tmp_path))
    catalog = load()
    inspection = inspect(catalog, refs, failed, searched, now=NOW)
    return json.loads(dumps(build_report(catalog, inspection, "en", NOW, salt=SALT)))


_junk = st.none() | st.booleans() | st.integers() | st.text(max_size=5) | st.just([]) | st.just({})


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_damaged_report_loads_or_fails_with_report_error_only(
    valid_report: dict[str, Any], tmp_path: Path, data: st.DataObject
) -> None:
    document = json.loads(json.dumps(valid_report))
    paths = _paths(document)[1:]
    where = data.draw(st.sampled_from(paths))
    parent = document
    for step in where[:-1]:
        parent = parent[step]
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[where[-1]]
    else:
        parent[where[-1]] = data.draw(_junk)
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(document))
    try:
        load_report(path)
    except ReportError as exc:
        assert "\n" not in str(exc)


def test_report_command_writes_json_and_markdown_that_open_can_read(
    tmp_path: Path, catalog: Catalog
) -> None:
    stores = _stores(tmp_path)
    options = [arg for store in stores for arg in ("--store", str(store))]
    out = tmp_path / "out.json"
    result = run_cli("report", "-o", str(out), "--lang", "en", *options)
    assert result.returncode == 0, result.stderr
    assert f"report written to {out}" in result.stderr
    scan = json.loads(run_cli("scan", "--json", "--lang", "en", *options).stdout)
    loaded = load_report(out)
    document = json.loads(out.read_text())
    for shown in document["cookies"]:
        # What only a report has: the value's hash, the row's key, the reason in both languages.
        del shown["value_hash"], shown["key"], shown["unavailable"]
    assert document["cookies"] == scan["cookies"]
    assert document["consent"] == scan["consent"]
    assert [f["code"] for f in document["findings"]] == [f["code"] for f in scan["findings"]]
    assert len(loaded.inspection.cookies) == len(scan["cookies"])
    markdown = tmp_path / "out.md"
    result = run_cli("report", "-o", str(markdown), "--format", "md", "--lang", "fr", *options)
    assert result.returncode == 0, result.stderr
    assert markdown.read_text().startswith("# Rapport saemes-cookies")
    to_stdout = run_cli("report", "-o", "-", *options)
    assert json.loads(to_stdout.stdout)["report"]["format"] == "saemes-cookies report"


def test_report_command_says_in_one_line_when_it_cannot_write(tmp_path: Path) -> None:
    target = tmp_path / "no-such-dir" / "r.json"
    result = run_cli("report", "-o", str(target), "--store", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"saemes-cookies: cannot write {target}: No such file or directory"
    )
    assert not target.parent.exists()


def test_report_written_through_a_link_or_into_a_pipe_leaves_them_in_place(
    tmp_path: Path,
) -> None:
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert run_cli("report", "-o", str(link), "--store", str(tmp_path)).returncode == 0
    assert link.is_symlink()
    assert json.loads(target.read_text())["report"]["format"] == "saemes-cookies report"

    # A device or pipe (like /dev/stdout) must be written to, never renamed over.
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    result = run_cli("report", "-o", str(pipe), "--format", "md", "--store", str(tmp_path))
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert received and received[0].startswith(b"# saemes-cookies report")


# --- a report is untrusted input -----------------------------------------------------------


def _crafted(valid_report: dict[str, Any], tmp_path: Path, where: str, value: object) -> Path:
    """The valid report with the member at `where` (dotted, [i] for lists) set to `value`."""
    document = json.loads(json.dumps(valid_report))
    *parents, last = re.findall(r"[^.\[\]]+", where)
    parent = document
    for step in parents:
        parent = parent[int(step)] if isinstance(parent, list) else parent[step]
    parent[last] = value
    path = tmp_path / "crafted.json"
    path.write_text(json.dumps(document))
    return path


def _refused_in_one_line(path: Path) -> str:
    """What `open` says on stderr, after checking that it is one line and exit 2."""
    result = run_cli("open", str(path))
    assert (result.returncode, result.stdout) == (2, ""), result.stderr[-2000:]
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    prefix = f"saemes-cookies: {path}: "
    assert result.stderr.startswith(prefix)
    return result.stderr[len(prefix) :].rstrip("\n")


@pytest.mark.parametrize(
    ("where", "value", "said"),
    [
        ("report.made_at", "2026-11-29T12:00:00", "a date and time without a time zone"),
        ("cookies[0].expires", "2027-01-01T00:00:00", "a date and time without a time zone"),
        ("cookies[1].created", "2026-01-01", "a date and time without a time zone"),
        ("cookies[2].last_access", "yesterday", "not an ISO 8601 date and time"),
        # Representable as written, out of datetime's range once in UTC.
        ("report.made_at", "0001-01-01T00:00:00+05:00", "a date and time outside"),
        ("cookies[0].expires", "9999-12-31T23:59:59-05:00", "a date and time outside"),
        # Representable, but months added to it would overflow.
        ("cookies[0].created", "9999-12-31T00:00:00Z", "a date and time outside"),
        ("report.made_at", "1600-12-31T23:59:59Z", "a date and time outside"),
    ],
)
def test_open_refuses_a_time_without_a_zone_or_out_of_range_in_one_line(
    valid_report: dict[str, Any], tmp_path: Path, where: str, value: str, said: str
) -> None:
    path = _crafted(valid_report, tmp_path, where, value)
    assert _refused_in_one_line(path).startswith(f"{where}: {said}")
    with pytest.raises(ReportError):
        load_report(path)


def test_open_refuses_deep_nesting_and_huge_numbers_saying_where(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text('{"report": ' + "[" * 100_000 + "]" * 100_000 + "}")
    # The 65th level opens at column 12 + 63.
    assert _refused_in_one_line(deep) == "line 1, column 75: nested deeper than 64 levels"
    huge = tmp_path / "huge.json"
    huge.write_text('{"report": {"format": "saemes-cookies report",\n "version": 1' + "0" * 4999)
    huge.write_text(huge.read_text() + "}}")
    assert _refused_in_one_line(huge) == (
        "line 2, column 13: a number of 5000 digits (at most 20 are read)"
    )


def test_a_reports_errors_name_the_kind_found_never_the_text(
    valid_report: dict[str, Any], tmp_path: Path
) -> None:
    path = _crafted(valid_report, tmp_path, "cookies[3].secure", "kept-secret-text")
    with pytest.raises(ReportError) as caught:
        load_report(path)
    assert str(caught.value) == f"{path}: cookies[3].secure: expected true or false, found a string"
