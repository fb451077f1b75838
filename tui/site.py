"""`--site HOST`: another Opendatasoft portal's host, checked, and the hosts its cookies live on.

A portal at `data.economie.gouv.fr` sets its own cookies on the host itself (host-only, or
`.data.economie.gouv.fr` with a Domain attribute) and its analytics on the registrable domain
above it (`.economie.gouv.fr`), the highest a browser lets a page reach: one label below a
public suffix. Which suffixes are public is the Public Suffix List's to say (`gouv.fr` is one,
so `.gouv.fr` is never read); the `publicsuffixlist` package ships the list inside it and
reads no network. Loading it costs 50 to 70 ms, so it (and idna) is imported only inside the
functions here, called only when `--site` or a report names another portal: the default
catalogue's hosts are written out in catalog.json.

The host is checked as a browser would take it from an address bar: lowercased and turned
into its ASCII (IDNA, UTS #46) form, which is how browsers store a cookie's host; an IP
address or a public suffix itself is refused, since no portal's cookies can be scoped there.
"""

from __future__ import annotations

from functools import cache

from tui.texts import Problem, say

# typing is not imported at run time: `scan` starts faster without it.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList

# The packaged catalogue's portal (catalog.json `site`): a command line for another one must
# say `--site` (--site's help, a finding's fix_command).
DEFAULT_SITE = "opendata.saemes.fr"

# A catalogue's `hosts` scopes (tui/catalog.py SCOPES): host-only, or sent to subdomains too.
HOST_SCOPE = "host"
DOMAIN_SCOPE = "domain"


class SiteError(Problem):
    """The host given is not one whose cookies can be read; the one line to show."""


def _is_ip(text: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(text.removeprefix("[").removesuffix("]"))
    except ValueError:
        # The URL Standard's host parser also takes a host whose last label is a number,
        # decimal or 0x hexadecimal, for IPv4 (`1.2.3`, `a.0x7f`: "ends in a number").
        last = text.rsplit(".", 1)[-1].lower()
        hexadecimal = last.startswith("0x") and all(c in "0123456789abcdef" for c in last[2:])
        return last.isdigit() or hexadecimal
    return True


def parse_site(text: str) -> str:
    """The host, lowercased and in ASCII, or SiteError saying why not, in one line."""
    import idna

    shown = text[:200]
    if _is_ip(text):
        raise SiteError(say("site.ip", site=shown))
    # One trailing dot is the absolute form of the same name (`example.fr.`).
    name = text.lower().removesuffix(".")
    try:
        host = idna.encode(name, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        raise SiteError(say("site.not-a-host", site=shown)) from None
    # Full-width digits become ASCII ones in the mapping: check again.
    if _is_ip(host):
        raise SiteError(say("site.ip", site=shown))
    if _list().is_public(host):
        raise SiteError(say("site.public-suffix", site=shown))
    return host


def site_hosts(host: str) -> dict[str, str]:
    """The hosts a portal's cookies are stored on, each with its scope, in the catalogue's
    order: the host, the host as a domain, and the registrable domain above it (when the host
    is not that domain itself). Stores are queried with exactly these (an `IN` list), so
    `fakedata.economie.gouv.fr` or `.gouv.fr` are never read."""
    hosts = {host: HOST_SCOPE, f".{host}": DOMAIN_SCOPE}
    registrable = _list().privatesuffix(host)
    if registrable is not None:
        hosts.setdefault(f".{registrable}", DOMAIN_SCOPE)
    return hosts


@cache
def _list() -> PublicSuffixList:
    """The Public Suffix List the package ships, its private section included, as browsers
    use it for cookies (Chromium's net/cookies/cookie_util.cc GetEffectiveDomain asks for
    INCLUDE_PRIVATE_REGISTRIES): a page on `foo.github.io` cannot set a cookie on `.github.io`."""
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()
