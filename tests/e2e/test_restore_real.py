"""`restore` on a profile a real browser wrote and used since the deletion: the browser sends
the deleted cookies again."""

from __future__ import annotations

import re

from tests.e2e.harness import Tool, deleted_by, sent_on_plain, site_cookies, to_delete
from tests.e2e.profiles import RealProfile
from tests.e2e.site import Site

_BACKUP = re.compile(r": \d+ cookies? deleted; backup (\S+) \(undo: saemes-cookies restore \1\)")
_COMES_BACK = re.compile(r"^  comes back: (\S+) +(\S+) +/$", re.MULTILINE)


def test_restore_brings_the_deleted_cookies_back_and_the_browser_sends_them_again(
    site: Site, fresh_real_profile: RealProfile, tool: Tool
) -> None:
    profile = fresh_real_profile
    going = to_delete(site, include_unclassified=True)
    kept = set(site_cookies(site)) - going

    deleted = tool(
        profile.home, "delete", "--yes", "--include-unclassified", "--store", str(profile.store)
    )
    assert deleted.returncode == 0, deleted.stderr
    assert deleted_by(deleted.stdout) == going
    [backup_id] = _BACKUP.findall(deleted.stdout)

    listed = tool(profile.home, "backups")
    assert listed.returncode == 0, listed.stderr
    [line] = [line for line in listed.stdout.splitlines() if backup_id in line]
    assert "before delete" in line and str(profile.cookies_db) in line

    # The browser runs on the thinned store before the restore, and writes to it as it does.
    for header in sent_on_plain(site, profile):
        assert header == {name: site.sent[name] for _, name in kept}

    restored = tool(profile.home, "restore", backup_id, "--yes")
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert f"Restored {backup_id}" in restored.stdout
    assert {(host, name) for name, host in _COMES_BACK.findall(restored.stdout)} == going

    for header in sent_on_plain(site, profile):
        assert header == site.sent
