"""Findings over one inspection: consent mismatches, duplicate scopes, log-in and CSRF trouble,
lifetimes, unclassified cookies and the state of the stores.

Each finding names its cookies by `cookie_id` and says, in English and French, what is wrong
and, where there is one, the fix. Messages hold names, hosts and store ids, never a value.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from tui.catalog import Catalog
from tui.consent import (
    CONSENT_COOKIE,
    CONSENT_MAX_MONTHS,
    FIRST_PARTY_KEYS,
    TRACKER_KEYS,
    choice_is_old,
)
from tui.humanize import duration
from tui.model import ConsentCookie, Cookie, Finding, Inspection, Jar, Store, cookie_id, jar_of
from tui.selection import fix_commands
from tui.textsafe import printable
from tui.times import add_months

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)

# Codes in the order findings are listed within one severity.
CODES = (
    "store-unreadable",
    "duplicate-scope",
    "consent-refused",
    "consent-missing",
    "session-expired",
    "csrf-missing",
    "browser-running",
    "consent-old",
    "consent-unrecognised",
    "statistical-over-13-months",
    "lifetime-over-catalogue",
    "session-expiring",
    "values-unavailable",
    "unclassified",
    "spread-over-stores",
)

SESSION_COOKIE = "sessionid"
CSRF_COOKIE = "csrftoken"
CONSENT_CATEGORIES = ("statistical", "first_party", "third_party")
# CNIL: consent-free audience measurement cookies live at most 13 months, counted from when
# they were first set (a lifetime extended at each visit does not qualify).
CNIL_MONTHS = 13
SESSION_WARNING = timedelta(days=1)
# Browsers store what the server asked, so a small slack only absorbs clock rounding.
_SLACK_SECONDS = 60
_SLACK_RATIO = 0.01
_MAX_LISTED = 8

Text = dict[str, str]


def span(seconds: float, lang: str) -> str:
    """A length of time precise enough to compare with a declared one: days past two days."""
    days = int(abs(seconds) // 86400)
    if days < 2:
        return duration(seconds, lang)
    return f"{days} {'days' if lang == 'en' else 'jours'}"


def _where(cookie: Cookie) -> Text:
    """The cookie's jar in words: its store, then its container (by name where the profile's
    containers.json gives one) and partition."""
    store, container, partition = (printable(part, 80) for part in jar_of(cookie))
    en, fr = store, store
    if container:
        raw = cookie.raw
        named_en = printable(raw.container_label("en"), 80)
        named_fr = printable(raw.container_label("fr"), 80)
        en, fr = f"{en} (container {named_en})", f"{fr} (conteneur {named_fr})"
    if partition:
        en, fr = f"{en} (partitioned under {partition})", f"{fr} (partitionné sous {partition})"
    return {"en": en, "fr": fr}


def _name(cookie: Cookie) -> str:
    return printable(cookie.raw.name, 60)


def _names(cookies: Iterable[Cookie]) -> str:
    names = list(dict.fromkeys(_name(cookie) for cookie in cookies))
    shown = ", ".join(names[:_MAX_LISTED])
    return shown + (f" (+{len(names) - _MAX_LISTED})" if len(names) > _MAX_LISTED else "")


def _on(cookie: Cookie, lang: str) -> str:
    return f"{_name(cookie)} {'on' if lang == 'en' else 'sur'} {printable(cookie.raw.host)}"


def _ids(cookies: Iterable[Cookie]) -> tuple[str, ...]:
    return tuple(cookie_id(cookie) for cookie in cookies)


def _text(en: str, fr: str) -> Text:
    return {"en": en, "fr": fr}


@dataclass
class _Context:
    catalog: Catalog
    inspection: Inspection
    now: datetime
    consents: tuple[ConsentCookie, ...]

    def jars(self) -> dict[Jar, list[Cookie]]:
        """The cookies the browser would still send, by jar (expired ones are not sent)."""
        jars: dict[Jar, list[Cookie]] = defaultdict(list)
        for cookie in self.inspection.cookies:
            if self.alive(cookie):
                jars[jar_of(cookie)].append(cookie)
        return jars

    def alive(self, cookie: Cookie) -> bool:
        expires = cookie.raw.expires
        return expires is None or expires > self.now


Check = Callable[[_Context], Iterable[Finding]]


def diagnose(catalog: Catalog, inspection: Inspection, now: datetime) -> tuple[Finding, ...]:
    """Every finding, most severe first, judged at `now` from the inspection's cookies and the
    consents it decoded."""
    context = _Context(catalog, inspection, now, inspection.consents)
    findings = [finding for check in _CHECKS for finding in check(context)]
    order = {code: index for index, code in enumerate(CODES)}
    findings.sort(key=lambda f: (SEVERITIES.index(f.severity), order.get(f.code, len(order))))
    commands = fix_commands(findings, inspection.cookies, cookie_id)
    return tuple(
        replace(finding, fix_command=command)
        for finding, command in zip(findings, commands, strict=True)
    )


# --- consent -------------------------------------------------------------------------------


def _consent_keys(catalog: Catalog, cookie: Cookie) -> tuple[str, ...]:
    """The consent keys that allow this cookie; () when none speaks for it."""
    if cookie.category not in CONSENT_CATEGORIES:
        return ()
    entry = catalog.entry(cookie.entry_id)
    if entry is None:
        return ()
    if entry.tracker is not None:
        return TRACKER_KEYS.get(entry.tracker, (entry.tracker,))
    return FIRST_PARTY_KEYS if cookie.category == "first_party" else ()


def _needs_consent(catalog: Catalog, cookie: Cookie) -> bool:
    entry = catalog.entry(cookie.entry_id)
    return entry is not None and entry.consent_required


def _check_consent(context: _Context) -> Iterable[Finding]:
    by_jar: dict[Jar, list[ConsentCookie]] = defaultdict(list)
    for record in context.consents:
        if context.alive(record.cookie):
            by_jar[jar_of(record.cookie)].append(record)
    for jar, cookies in context.jars().items():
        records = by_jar.get(jar, [])
        if not records:
            yield from _consent_missing(context, cookies)
            continue
        readable = [record.consent for record in records if record.consent is not None]
        recognised = [consent for consent in readable if consent.recognised]
        if not recognised:
            # Unreadable values are reported by values-unavailable; unknown shapes here.
            yield from _consent_unrecognised(records)
            continue
        refused: dict[tuple[str, ...], list[Cookie]] = defaultdict(list)
        for cookie in cookies:
            keys = _consent_keys(context.catalog, cookie)
            # Several consent cookies in one jar (host and parent domain): any refusal counts.
            if keys and any(consent.refuses(keys) for consent in recognised):
                refused[keys].append(cookie)
        for keys, involved in refused.items():
            yield _consent_refused(keys, involved)


def _consent_missing(context: _Context, cookies: list[Cookie]) -> Iterable[Finding]:
    involved = [cookie for cookie in cookies if _needs_consent(context.catalog, cookie)]
    if not involved:
        return
    where, names = _where(involved[0]), _names(involved)
    yield Finding(
        "consent-missing",
        WARNING,
        _text(
            f"{names} in {where['en']}: these cookies require consent, but there is no "
            "consent cookie (cookies_preferences) at all.",
            f"{names} dans {where['fr']} : ces cookies demandent un consentement, mais il n'y "
            "a aucun cookie de consentement (cookies_preferences).",
        ),
        _ids(involved),
        _text(
            "Delete these cookies; the portal should then ask for your choice before setting "
            "them again.",
            "Supprimez ces cookies ; le portail devrait alors vous demander votre choix avant "
            "de les déposer de nouveau.",
        ),
        _ids(involved),
    )


def _consent_refused(keys: tuple[str, ...], involved: list[Cookie]) -> Finding:
    where, names, said = _where(involved[0]), _names(involved), "/".join(keys)
    return Finding(
        "consent-refused",
        ERROR,
        _text(
            f"{names} in {where['en']} although the consent cookie refuses '{said}'.",
            f"{names} dans {where['fr']} alors que le cookie de consentement refuse « {said} ».",
        ),
        _ids(involved),
        _text(
            "Delete these cookies. If they come back after a visit, the portal does not "
            "respect the choice: report it to the site.",
            "Supprimez ces cookies. S'ils reviennent après une visite, le portail ne respecte "
            "pas votre choix : signalez-le au site.",
        ),
        _ids(involved),
    )


def _consent_unrecognised(records: list[ConsentCookie]) -> Iterable[Finding]:
    for record in records:
        consent = record.consent
        if consent is None:
            continue
        where = _where(record.cookie)
        # The items' names are the cookie's content: only their number is told.
        count = consent.other_count
        items_en = f"{count} item{'' if count == 1 else 's'} not understood"
        items_fr = f"{count} élément{'' if count == 1 else 's'} non compris"
        shape = printable(consent.shape, 40)
        yield Finding(
            "consent-unrecognised",
            INFO,
            _text(
                f"The consent cookie in {where['en']} has a structure this tool does not know "
                f"({shape}; {items_en}), so its choices were not checked.",
                f"Le cookie de consentement de {where['fr']} a une structure que cet outil ne "
                f"connaît pas ({shape} ; {items_fr}) : ses choix n'ont pas été vérifiés.",
            ),
            _ids([record.cookie]),
        )


def _check_consent_age(context: _Context) -> Iterable[Finding]:
    for record in context.consents:
        chosen = record.chosen_at
        if (
            not context.alive(record.cookie)
            or chosen is None
            or not choice_is_old(chosen, context.now)
        ):
            continue
        where = _where(record.cookie)
        age_en = span((context.now - chosen).total_seconds(), "en")
        age_fr = span((context.now - chosen).total_seconds(), "fr")
        yield Finding(
            "consent-old",
            WARNING,
            _text(
                f"The consent choice in {where['en']} was made {age_en} ago, more than "
                f"{CONSENT_MAX_MONTHS} months: the portal should have asked again.",
                f"Le choix de consentement de {where['fr']} date de {age_fr}, plus de "
                f"{CONSENT_MAX_MONTHS} mois : le portail aurait dû le redemander.",
            ),
            _ids([record.cookie]),
            _text(
                "Delete the consent cookie; the portal will ask for your choice again.",
                "Supprimez le cookie de consentement ; le portail vous redemandera votre choix.",
            ),
            _ids([record.cookie]),
        )


# --- log-in and CSRF -----------------------------------------------------------------------


def _check_duplicates(context: _Context) -> Iterable[Finding]:
    groups: dict[tuple[Jar, str], list[Cookie]] = defaultdict(list)
    for jar, cookies in context.jars().items():
        for cookie in cookies:
            groups[(jar, cookie.raw.name)].append(cookie)
    for (_, name), cookies in groups.items():
        hosts = {cookie.raw.host for cookie in cookies}
        if len(hosts) < 2:
            continue
        # Keep the copy the site itself sets on its host; failing that, the narrowest domain.
        own = [h for h in hosts if context.catalog.hosts.get(h) == "host"]
        keep = own[0] if own else max(hosts, key=lambda h: (len(h), h))
        kept = [cookie for cookie in cookies if cookie.raw.host == keep]
        extra = [cookie for cookie in cookies if cookie.raw.host != keep]
        yield _duplicate(name, kept, extra)


def _duplicate(name: str, kept: list[Cookie], extra: list[Cookie]) -> Finding:
    where, shown = _where(kept[0]), printable(name, 60)
    hosts = sorted({printable(cookie.raw.host) for cookie in kept + extra})
    parent = ", ".join(sorted({printable(cookie.raw.host) for cookie in extra}))
    keep = printable(kept[0].raw.host)
    if name == CSRF_COOKIE:
        effect = _text(
            'Django may then answer "CSRF verification failed" to forms and API writes.',
            "Django peut alors répondre « CSRF verification failed » aux formulaires et aux "
            "écritures par l'API.",
        )
    elif name == SESSION_COOKIE:
        effect = _text(
            "The portal may read the wrong session: log-in loops or unexpected log-outs.",
            "Le portail peut lire la mauvaise session : boucles de connexion ou déconnexions "
            "inattendues.",
        )
    else:
        effect = _text(
            "The portal may read the wrong copy.", "Le portail peut lire la mauvaise copie."
        )
    return Finding(
        "duplicate-scope",
        ERROR if name in (CSRF_COOKIE, SESSION_COOKIE) else WARNING,
        _text(
            f"{shown} is set on {' and '.join(hosts)} in {where['en']}; the browser sends "
            f"both. {effect['en']}",
            f"{shown} est déposé sur {' et '.join(hosts)} dans {where['fr']} ; le navigateur "
            f"envoie les deux. {effect['fr']}",
        ),
        _ids(kept + extra),
        _text(
            f"Delete the parent-domain copy on {parent}; keep the one on {keep}.",
            f"Supprimez la copie du domaine parent sur {parent} ; gardez celle sur {keep}.",
        ),
        _ids(extra),
    )


def _check_session(context: _Context) -> Iterable[Finding]:
    for cookie in context.inspection.cookies:
        expires = cookie.raw.expires
        if cookie.raw.name != SESSION_COOKIE or expires is None:
            continue
        where = _where(cookie)
        left = (expires - context.now).total_seconds()
        if left <= 0:
            yield Finding(
                "session-expired",
                WARNING,
                _text(
                    f"{_on(cookie, 'en')} in {where['en']} expired "
                    f"{duration(left, 'en')} ago: you are logged out.",
                    f"{_on(cookie, 'fr')} dans {where['fr']} a expiré il y a "
                    f"{duration(left, 'fr')} : vous êtes déconnecté.",
                ),
                _ids([cookie]),
                _text("Log in again.", "Reconnectez-vous."),
            )
        elif expires - context.now <= SESSION_WARNING:
            yield Finding(
                "session-expiring",
                INFO,
                _text(
                    f"{_on(cookie, 'en')} in {where['en']} expires in "
                    f"{duration(left, 'en')}: you will then be logged out.",
                    f"{_on(cookie, 'fr')} dans {where['fr']} expire dans "
                    f"{duration(left, 'fr')} : vous serez alors déconnecté.",
                ),
                _ids([cookie]),
                _text(
                    "Save your work before then; log in again afterwards.",
                    "Enregistrez votre travail d'ici là ; reconnectez-vous ensuite.",
                ),
            )


def _check_csrf(context: _Context) -> Iterable[Finding]:
    # Only a logged-in visitor is hurt: an anonymous one gets a new token with the next form.
    for cookies in context.jars().values():
        sessions = [c for c in cookies if c.raw.name == SESSION_COOKIE]
        tokens = [c for c in cookies if c.raw.name == CSRF_COOKIE]
        if not sessions or tokens:
            continue
        where = _where(sessions[0])
        yield Finding(
            "csrf-missing",
            WARNING,
            _text(
                f"{where['en']} is logged in (sessionid) but has no valid csrftoken: the next "
                "form or API write will fail.",
                f"{where['fr']} est connecté (sessionid) mais n'a pas de csrftoken valide : le "
                "prochain formulaire ou la prochaine écriture par l'API échouera.",
            ),
            _ids(sessions),
            _text(
                "Reload a page of the portal before submitting; it then sets a new csrftoken.",
                "Rechargez une page du portail avant d'envoyer ; il dépose alors un nouveau "
                "csrftoken.",
            ),
        )


# --- lifetimes -----------------------------------------------------------------------------


def _check_catalogue_lifetime(context: _Context) -> Iterable[Finding]:
    over: dict[str, list[tuple[Cookie, float]]] = defaultdict(list)
    for cookie in context.inspection.cookies:
        entry = context.catalog.entry(cookie.entry_id)
        raw = cookie.raw
        since = raw.last_access or raw.created
        if entry is None or entry.lifetime_seconds is None or raw.expires is None or not since:
            continue
        # Browsers keep the first creation date when a cookie is set again, so the lifetime
        # granted at the last setting is measured from the last access, which follows it: a
        # lower bound, hence no false alarm for cookies renewed at each visit.
        granted = (raw.expires - since).total_seconds()
        declared = entry.lifetime_seconds
        if granted > declared * (1 + _SLACK_RATIO) + _SLACK_SECONDS:
            over[entry.id].append((cookie, granted))
    for entry_id, pairs in over.items():
        entry = context.catalog.entry(entry_id)
        assert entry is not None
        cookies = [cookie for cookie, _ in pairs]
        longest = max(granted for _, granted in pairs)
        declared = entry.lifetime_seconds or 0
        names = _names(cookies)
        yield Finding(
            "lifetime-over-catalogue",
            WARNING,
            _text(
                f"{names} lives up to {span(longest, 'en')}, longer than the "
                f"{entry.lifetime_text['en']} ({span(declared, 'en')}) the catalogue declares.",
                f"{names} vit jusqu'à {span(longest, 'fr')}, plus que la durée déclarée par le "
                f"catalogue ({entry.lifetime_text['fr']}, {span(declared, 'fr')}).",
            ),
            _ids(cookies),
            _text(
                "Delete it if you do not want it kept that long; the portal's policy should "
                "state the real lifetime.",
                "Supprimez-le si vous ne voulez pas qu'il soit gardé si longtemps ; la "
                "politique du portail devrait indiquer la durée réelle.",
            ),
            _ids(cookies),
        )


def _span(cookie: Cookie) -> float:
    raw = cookie.raw
    return (raw.expires - raw.created).total_seconds() if raw.expires and raw.created else 0.0


def _check_cnil_lifetime(context: _Context) -> Iterable[Finding]:
    over: dict[str, list[Cookie]] = defaultdict(list)
    for cookie in context.inspection.cookies:
        raw = cookie.raw
        if cookie.category != "statistical" or raw.expires is None or raw.created is None:
            continue
        # Counted from the first setting: extending at each visit is what the rule forbids.
        # The day of slack is taken off the expiry: added to a time clamped at the calendar's
        # end, it would overflow.
        if raw.expires - timedelta(days=1) > add_months(raw.created, CNIL_MONTHS):
            over[raw.name].append(cookie)
    for cookies in over.values():
        longest = max(_span(cookie) for cookie in cookies)
        names = _names(cookies)
        yield Finding(
            "statistical-over-13-months",
            WARNING,
            _text(
                f"{names} is a statistical cookie living {span(longest, 'en')} from when it "
                "was first set, beyond the 13 months the CNIL allows for audience measurement "
                "without consent: it needs consent.",
                f"{names} est un cookie statistique qui vit {span(longest, 'fr')} depuis "
                "son premier dépôt, au-delà des 13 mois que la CNIL admet pour la mesure "
                "d'audience sans consentement : il exige un consentement.",
            ),
            _ids(cookies),
            _text(
                "Delete it unless you consented to this tracker.",
                "Supprimez-le sauf si vous avez consenti à ce traceur.",
            ),
            _ids(cookies),
        )


# --- catalogue and stores ------------------------------------------------------------------


def _check_unclassified(context: _Context) -> Iterable[Finding]:
    by_name: dict[str, list[Cookie]] = defaultdict(list)
    for cookie in context.inspection.cookies:
        if cookie.entry_id is None:
            by_name[cookie.raw.name].append(cookie)
    for cookies in by_name.values():
        name = _name(cookies[0])
        hosts = ", ".join(sorted({printable(cookie.raw.host) for cookie in cookies}))
        yield Finding(
            "unclassified",
            INFO,
            _text(
                f"{name} (on {hosts}) is not in the catalogue: its purpose is unknown.",
                f"{name} (sur {hosts}) n'est pas dans le catalogue : sa finalité est inconnue.",
            ),
            _ids(cookies),
        )


def _check_spread(context: _Context) -> Iterable[Finding]:
    stores = list(dict.fromkeys(cookie.store.id for cookie in context.inspection.cookies))
    if len(stores) < 2:
        return
    listed = ", ".join(printable(store, 80) for store in stores[:_MAX_LISTED])
    yield Finding(
        "spread-over-stores",
        INFO,
        _text(
            f"The site's cookies are in {len(stores)} browsers or profiles: {listed}. Each "
            "has its own log-in and consent.",
            f"Les cookies du site sont dans {len(stores)} navigateurs ou profils : {listed}. "
            "Chacun a sa propre connexion et son propre consentement.",
        ),
        (),
        _text(
            "Check or clean each of them; deleting in one leaves the others as they are.",
            "Vérifiez ou nettoyez chacun d'eux ; supprimer dans l'un ne change pas les autres.",
        ),
    )


def _check_stores(context: _Context) -> Iterable[Finding]:
    for store in context.inspection.stores:
        if store.error:
            yield _unreadable(store)
        elif store.running:
            yield _running(store)
        yield from _unavailable(context, store)


def _unreadable(store: Store) -> Finding:
    error = printable(store.error or "", 300)
    locked = "locked" in error
    return Finding(
        "store-unreadable",
        ERROR,
        _text(
            f"{printable(store.id, 80)} could not be read: {error}",
            f"{printable(store.id, 80)} n'a pas pu être lu : {error}",
        ),
        (),
        _text(
            "Close the browser and scan again."
            if locked
            else "Check that this is a browser's cookie store and that you may read it.",
            "Fermez le navigateur et relancez l'analyse."
            if locked
            else "Vérifiez qu'il s'agit bien du magasin de cookies d'un navigateur et que vous "
            "pouvez le lire.",
        ),
    )


def _running(store: Store) -> Finding:
    browser, shown = printable(store.ref.browser, 40), printable(store.id, 80)
    return Finding(
        "browser-running",
        WARNING,
        _text(
            f"{browser} is running ({shown}): it keeps cookies in memory, so what is on disk "
            "may be behind, and a deletion now could be written back.",
            f"{browser} est ouvert ({shown}) : il garde les cookies en mémoire, ce qui est sur "
            "le disque peut être en retard, et une suppression maintenant pourrait être annulée.",
        ),
        (),
        _text(
            f"Close {browser} before deleting cookies.",
            f"Fermez {browser} avant de supprimer des cookies.",
        ),
    )


def _unavailable(context: _Context, store: Store) -> Iterable[Finding]:
    cookies = [
        cookie
        for cookie in context.inspection.cookies
        if cookie.store.id == store.id and cookie.raw.value_status != "ok"
    ]
    if not cookies:
        return
    reasons = "; ".join(
        dict.fromkeys(
            printable(cookie.raw.value_status.removeprefix("unavailable: "), 160)
            for cookie in cookies
        )
    )
    consent_hidden = any(cookie.raw.name == CONSENT_COOKIE for cookie in cookies)
    shown = printable(store.id, 80)
    also_en = " The consent choice could not be checked." if consent_hidden else ""
    also_fr = " Le choix de consentement n'a pas pu être vérifié." if consent_hidden else ""
    yield Finding(
        "values-unavailable",
        WARNING if consent_hidden else INFO,
        _text(
            f"{len(cookies)} cookie value(s) in {shown} could not be read ({reasons}); names, "
            f"lifetimes and categories are complete.{also_en}",
            f"{len(cookies)} valeur(s) de cookie de {shown} n'ont pas pu être lues ({reasons}) "
            f"; noms, durées et catégories sont complets.{also_fr}",
        ),
        _ids(cookies),
    )


_CHECKS: tuple[Check, ...] = (
    _check_stores,
    _check_duplicates,
    _check_consent,
    _check_consent_age,
    _check_session,
    _check_csrf,
    _check_cnil_lifetime,
    _check_catalogue_lifetime,
    _check_unclassified,
    _check_spread,
)
