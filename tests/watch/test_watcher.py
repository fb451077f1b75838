"""The Watcher on real-schema stores, with writers standing in for the browsers: every row
added, removed or changed in place (value, expiry, flags), in the main file and in the -wal,
is one Change, judged against the consent cookie then in its jar; nothing else is one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.helpers import NOW, SITE, days
from tests.helpers.watching import (
    chromium_add,
    delete,
    firefox_add,
    update,
    wal_writer,
    writing,
)
from tui.catalog import Catalog
from tui.demo.stores import (
    Spec,
    chromium_micros,
    write_chromium,
    write_firefox,
    write_local_state,
)
from tui.inspection import find_stores
from tui.watch import (
    ADDED,
    ALLOWED,
    CHANGED,
    NO_CHOICE,
    NOT_SUBJECT,
    REFUSED,
    REMOVED,
    Change,
    Watcher,
)

REFUSING = "%7B%22ga%22%3Afalse%2C%22matomo%22%3Atrue%7D"
ALLOWING = "%7B%22ga%22%3Atrue%7D"


def base_specs(consent: str | None = REFUSING) -> list[Spec]:
    specs = [
        Spec(SITE, "sessionid", "sess-Kq7vPz", expires=days(14), http_only=True, same_site="lax"),
        Spec(SITE, "csrftoken", "csrf-Wm4nRt", expires=days(300)),
        Spec("www.example.com", "other", "decoy", expires=days(3)),
    ]
    if consent is not None:
        specs.append(Spec(SITE, "cookies_preferences", consent, expires=days(170)))
    return specs


def firefox_store(tmp_path: Path, specs: list[Spec] | None = None) -> Path:
    return write_firefox(tmp_path / "ff" / "p.default" / "cookies.sqlite", specs or base_specs())


def chromium_store(tmp_path: Path, specs: list[Spec] | None = None) -> Path:
    write_local_state(tmp_path / "ch", {"Default": "Person"})
    return write_chromium(tmp_path / "ch" / "Default" / "Cookies", specs or base_specs())


def watcher_on(catalog: Catalog, *stores: Path) -> Watcher:
    refs, failed, searched = find_stores(list(stores))
    return Watcher(catalog, refs, failed, searched, clock=lambda: NOW)


def only(changes: list[Change]) -> Change:
    assert len(changes) == 1, [(c.kind, c.cookie.raw.name, c.what) for c in changes]
    return changes[0]


GA = Spec(".saemes.fr", "_ga", "GA1.1.Tz8qLm.1700000000", expires=days(390))


@pytest.mark.parametrize("family", ["firefox", "chromium"])
def test_a_row_added_removed_or_changed_in_the_main_file_is_one_change_each(
    catalog: Catalog, tmp_path: Path, family: str
) -> None:
    store = (firefox_store if family == "firefox" else chromium_store)(tmp_path)
    add = firefox_add if family == "firefox" else chromium_add
    expiry = "expiry" if family == "firefox" else "expires_utc"
    later = int(days(20).timestamp() * 1000) if family == "firefox" else chromium_micros(days(20))
    secure = "isSecure" if family == "firefox" else "is_secure"
    watcher = watcher_on(catalog, store)
    assert watcher.poll() == []
    steps = [
        (lambda c: add(c, GA), ADDED, "_ga", ()),
        (
            lambda c: update(c, "csrftoken", "value = ?", "csrf-Hx2bVn"),
            CHANGED,
            "csrftoken",
            ("value",),
        ),
        (
            lambda c: update(c, "sessionid", f"{expiry} = ?", later),
            CHANGED,
            "sessionid",
            ("expiry",),
        ),
        (lambda c: update(c, "csrftoken", f"{secure} = 1"), CHANGED, "csrftoken", ("flags",)),
        (lambda c: delete(c, "sessionid"), REMOVED, "sessionid", ()),
    ]
    if family == "chromium":
        # Chromium keeps the value encrypted: a new value is a new encrypted_value.
        from tui.demo.stores import encrypt_v10

        steps[1] = (
            lambda c: update(
                c, "csrftoken", "encrypted_value = ?", encrypt_v10(SITE, "csrf-Hx2bVn")
            ),
            CHANGED,
            "csrftoken",
            ("value",),
        )
    for write, kind, name, what in steps:
        with writing(store) as connection:
            assert write(connection) in (None, 1)
        if family == "firefox":
            assert not Path(f"{store}-wal").exists() or Path(f"{store}-wal").stat().st_size == 0
        change = only(watcher.poll())
        assert (change.kind, change.cookie.raw.name, change.what) == (kind, name, what)
        assert watcher.poll() == []


def test_rows_committed_to_the_wal_only_are_each_one_change(
    catalog: Catalog, tmp_path: Path
) -> None:
    store = firefox_store(tmp_path)
    watcher = watcher_on(catalog, store)
    wal = Path(f"{store}-wal")
    with wal_writer(store) as connection:
        for write, kind, name, what in (
            (lambda: firefox_add(connection, GA), ADDED, "_ga", ()),
            (
                lambda: update(connection, "_ga", "value = ?", "GA1.1.Pq3x.17"),
                CHANGED,
                "_ga",
                ("value",),
            ),
            (
                lambda: update(connection, "_ga", "isHttpOnly = 1, sameSite = 2"),
                CHANGED,
                "_ga",
                ("flags",),
            ),
            (
                lambda: update(connection, "_ga", "expiry = expiry + 86400000"),
                CHANGED,
                "_ga",
                ("expiry",),
            ),
            (lambda: delete(connection, "_ga"), REMOVED, "_ga", ()),
        ):
            write()
            # The change is in the -wal alone: the main file has not been written since.
            assert wal.stat().st_size > 0
            change = only(watcher.poll())
            assert (change.kind, change.cookie.raw.name, change.what) == (kind, name, what)
            assert watcher.poll() == []


def test_what_browsers_rewrite_on_every_send_is_no_change(catalog: Catalog, tmp_path: Path) -> None:
    """The last-access time and another site's rows change the file, not the site's cookies."""
    store = firefox_store(tmp_path)
    watcher = watcher_on(catalog, store)
    with writing(store) as connection:
        update(connection, "sessionid", "lastAccessed = lastAccessed + 5000000")
        update(connection, "other", "value = 'decoy-2'")
        firefox_add(connection, Spec("fakesaemes.fr", "_ga", "x", expires=days(3)))
    assert watcher.poll() == []


def test_a_tracker_added_while_its_key_refuses_is_a_violation(
    catalog: Catalog, tmp_path: Path
) -> None:
    store = firefox_store(tmp_path)
    watcher = watcher_on(catalog, store)
    with writing(store) as connection:
        firefox_add(connection, GA)
    change = only(watcher.poll())
    assert (change.judgement, change.consent_keys, change.violation) == (REFUSED, ("ga",), True)
    assert change.category == "statistical"
    # Renewed (a new value) while still refused: a violation again; removed: none.
    with writing(store) as connection:
        update(connection, "_ga", "value = ?", "GA1.1.Zr5k.1700000099")
    assert only(watcher.poll()).violation
    with writing(store) as connection:
        delete(connection, "_ga")
    removed = only(watcher.poll())
    assert (removed.kind, removed.judgement, removed.violation) == (REMOVED, REFUSED, False)


def test_the_judgement_is_the_consent_of_that_moment_in_that_jar(
    catalog: Catalog, tmp_path: Path
) -> None:
    store = firefox_store(tmp_path)
    watcher = watcher_on(catalog, store)
    # Another container is another jar: the refusal in the default one does not speak there.
    with writing(store) as connection:
        firefox_add(
            connection, Spec(".saemes.fr", "_ga", "GA1.1.Vb.1", expires=days(9), container="2")
        )
    change = only(watcher.poll())
    assert (change.judgement, change.violation) == (NO_CHOICE, False)
    # The person accepts: _ga set now is allowed.
    with writing(store) as connection:
        update(connection, "cookies_preferences", "value = ?", ALLOWING)
    assert only(watcher.poll()).judgement == NOT_SUBJECT
    with writing(store) as connection:
        firefox_add(connection, GA)
    change = only(watcher.poll())
    assert (change.judgement, change.violation) == (ALLOWED, False)
    # The consent cookie goes and _ga is renewed in the same write: no choice any more.
    with writing(store) as connection:
        delete(connection, "cookies_preferences")
        update(connection, "_ga", "value = ?", "GA1.1.Nw.2")
    changes = {c.cookie.raw.name: c for c in watcher.poll()}
    assert set(changes) == {"_ga", "cookies_preferences"}
    assert (changes["_ga"].judgement, changes["_ga"].violation) == (NO_CHOICE, False)
    assert changes["cookies_preferences"].kind == REMOVED


def test_only_stores_whose_files_changed_are_read_again(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A spy on the real reader (it still reads), counting which stores are read."""
    import tui.watch.watcher as watcher_module

    firefox, chromium = firefox_store(tmp_path), chromium_store(tmp_path)
    watcher = watcher_on(catalog, firefox, chromium)
    read: list[Path] = []
    real = watcher_module.read_store

    def spy(ref, hosts):  # type: ignore[no-untyped-def]
        read.append(ref.path)
        return real(ref, hosts)

    monkeypatch.setattr(watcher_module, "read_store", spy)
    for _ in range(3):
        assert watcher.poll() == []
    assert read == []
    with writing(chromium) as connection:
        chromium_add(connection, GA)
    assert only(watcher.poll()).store.ref.path == chromium
    assert read == [chromium]


def test_a_store_unreadable_for_a_while_shows_no_removals(catalog: Catalog, tmp_path: Path) -> None:
    store = chromium_store(tmp_path)
    watcher = watcher_on(catalog, store)
    good = store.read_bytes()
    store.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert watcher.poll() == []
    assert list(watcher.errors) == ["Chromium/Person (Default)"]
    assert {c.raw.name for c in watcher.inspection().cookies} >= {"sessionid", "csrftoken"}
    store.write_bytes(good)
    with writing(store) as connection:
        chromium_add(connection, GA)
    assert only(watcher.poll()).cookie.raw.name == "_ga"
    assert watcher.errors == {}


def test_the_watcher_keeps_no_value(catalog: Catalog, tmp_path: Path) -> None:
    store = firefox_store(tmp_path)
    watcher = watcher_on(catalog, store)
    with writing(store) as connection:
        firefox_add(connection, GA)
    change = only(watcher.poll())
    assert change.cookie.raw.value is None
    state = watcher.inspection()
    assert state.cookies and all(c.raw.value is None for c in state.cookies)
    assert state.consents and all(r.cookie.raw.value is None for r in state.consents)
    # The consent was decoded before its value went: the refusal is still known.
    assert state.consents[0].consent is not None
    assert state.consents[0].consent.choice("ga") is False
    assert "consent-refused" in {f.code for f in state.findings}


def test_a_value_that_cannot_be_read_is_compared_by_nothing_but_its_flags_and_expiry(
    catalog: Catalog, tmp_path: Path
) -> None:
    """Chrome's app-bound v20 values cannot be decrypted here: their rewrites go unseen."""
    store = chromium_store(tmp_path)
    with writing(store) as connection:
        update(connection, "csrftoken", "encrypted_value = ?", b"v20" + b"a" * 40)
    watcher = watcher_on(catalog, store)
    with writing(store) as connection:
        update(connection, "csrftoken", "encrypted_value = ?", b"v20" + b"b" * 40)
    assert watcher.poll() == []
    with writing(store) as connection:
        update(connection, "csrftoken", "is_httponly = 1")
    assert only(watcher.poll()).what == ("flags",)


def test_a_store_replaced_by_another_file_is_read_again(catalog: Catalog, tmp_path: Path) -> None:
    """A browser that rewrites its store as a new file (same size, new inode) is seen."""
    store = firefox_store(tmp_path)
    watcher = watcher_on(catalog, store)
    replacement = tmp_path / "other" / "cookies.sqlite"
    write_firefox(replacement, [*base_specs(), GA])
    replacement.replace(store)
    assert only(watcher.poll()).cookie.raw.name == "_ga"


def test_the_wal_writer_leaves_the_change_in_the_wal(tmp_path: Path) -> None:
    """The -wal tests above prove something only if the writer keeps the main file as it was."""
    store = firefox_store(tmp_path)
    before = store.read_bytes()
    with wal_writer(store) as connection:
        firefox_add(connection, GA)
        assert store.read_bytes() == before
        with sqlite3.connect(store) as reader:
            assert reader.execute("SELECT count(*) FROM moz_cookies WHERE name='_ga'").fetchone()
        reader.close()


# --- the picture a Watcher keeping values shows (the app's live mode) ------------------------


def two_firefox_stores(tmp_path: Path) -> tuple[Path, Path]:
    specs = [Spec(SITE, "csrftoken", "csrf-Wm4nRt", expires=days(300))]
    first = write_firefox(tmp_path / "a" / "x.default" / "cookies.sqlite", specs, now=NOW)
    second = write_firefox(tmp_path / "b" / "y.default" / "cookies.sqlite", specs, now=NOW)
    return first, second


def keeping_values(catalog: Catalog, *stores: Path) -> Watcher:
    refs, failed, searched = find_stores(list(stores))
    return Watcher(catalog, refs, failed, searched, clock=lambda: NOW, values=True)


def names_in(watcher: Watcher, store: str) -> list[str]:
    return sorted(c.raw.name for c in watcher.inspection().cookies if c.store.id == store)


def test_a_watcher_keeping_values_shows_the_changed_store_as_a_scan_would(
    catalog: Catalog, tmp_path: Path
) -> None:
    first, second = two_firefox_stores(tmp_path)
    watcher = keeping_values(catalog, first, second)
    before = watcher.inspection()
    one, other = (store.id for store in before.stores)
    assert {c.raw.value for c in before.cookies} == {"csrf-Wm4nRt"}
    with writing(first) as connection:
        firefox_add(connection, Spec(SITE, "django_language", "fr", expires=days(365)))
    assert only(watcher.poll()).cookie.raw.value is None
    after = watcher.inspection()
    assert after is not before
    assert names_in(watcher, one) == ["csrftoken", "django_language"]
    assert names_in(watcher, other) == ["csrftoken"]
    added = next(c for c in after.cookies if c.raw.name == "django_language")
    assert added.raw.value == "fr"
    assert [store.id for store in after.stores] == [one, other]
    # Nothing changed since: the same picture, not built again.
    assert watcher.poll() == []
    assert watcher.inspection() is after


def test_a_store_that_cannot_be_read_keeps_its_cookies_with_its_error(
    catalog: Catalog, tmp_path: Path
) -> None:
    first, second = two_firefox_stores(tmp_path)
    watcher = keeping_values(catalog, first, second)
    one = watcher.stores[0].id
    version = watcher.version
    first.write_bytes(b"not a database at all, " * 100)
    assert watcher.poll() == []
    assert watcher.version != version
    after = watcher.inspection()
    assert list(watcher.errors) == [one]
    assert names_in(watcher, one) == ["csrftoken"]
    assert after.stores[0].error is not None
    # Its cookies point at the store as it is now (with its error), as a scan's would.
    assert all(c.store == after.stores[0] for c in after.cookies if c.store.id == one)
