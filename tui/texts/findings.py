"""Texts of the findings: where a cookie is (its jar), each finding's message and its fix
(tui/findings/). A finding keeps every language, so a report made in French can be read in
English."""

from __future__ import annotations

# Imported by tui.texts itself once it is loaded: this name costs nothing.
from tui.texts import Table

TEXTS: Table = {
    # Shared words
    "empty": ("", ""),
    # Findings: where a cookie is (its jar), then each finding's message and fix. A finding
    # keeps every language, so a report made in French can be read in English.
    "where.store": ("{store}", "{store}"),
    "where.container": ("{where} (container {container})", "{where} (conteneur {container})"),
    "where.partition": (
        "{where} (partitioned under {partition})",
        "{where} (partitionné sous {partition})",
    ),
    "where.on": ("{name} on {host}", "{name} sur {host}"),
    "finding.consent-missing": (
        "{names} in {where}: these cookies require consent, but there is no consent cookie "
        "(cookies_preferences) at all.",
        "{names} dans {where} : ces cookies demandent un consentement, mais il n'y a aucun "
        "cookie de consentement (cookies_preferences).",
    ),
    "fix.consent-missing": (
        "Delete these cookies; the portal should then ask for your choice before setting them "
        "again.",
        "Supprimez ces cookies ; le portail devrait alors vous demander votre choix avant de les "
        "déposer de nouveau.",
    ),
    "finding.consent-refused": (
        "{names} in {where} although the consent cookie refuses '{keys}'.",
        "{names} dans {where} alors que le cookie de consentement refuse « {keys} ».",
    ),
    "fix.consent-refused": (
        "Delete these cookies. If they come back after a visit, the portal does not respect the "
        "choice: report it to the site.",
        "Supprimez ces cookies. S'ils reviennent après une visite, le portail ne respecte pas "
        "votre choix : signalez-le au site.",
    ),
    "finding.items.one": ("{count} item not understood", "{count} élément non compris"),
    "finding.items": ("{count} items not understood", "{count} éléments non compris"),
    "finding.consent-unrecognised": (
        "The consent cookie in {where} has a structure this tool does not know ({shape}; "
        "{items}), so its choices were not checked.",
        "Le cookie de consentement de {where} a une structure que cet outil ne connaît pas "
        "({shape} ; {items}) : ses choix n'ont pas été vérifiés.",
    ),
    "finding.consent-old": (
        "The consent choice in {where} was made {age} ago, more than {months} months: the "
        "portal should have asked again.",
        "Le choix de consentement de {where} date de {age}, plus de {months} mois : le portail "
        "aurait dû le redemander.",
    ),
    "fix.consent-old": (
        "Delete the consent cookie; the portal will ask for your choice again.",
        "Supprimez le cookie de consentement ; le portail vous redemandera votre choix.",
    ),
    "finding.duplicate-scope": (
        "{name} is set on {hosts} in {where}; the browser sends both. {effect}",
        "{name} est déposé sur {hosts} dans {where} ; le navigateur envoie les deux. {effect}",
    ),
    "finding.duplicate.csrf": (
        'Django may then answer "CSRF verification failed" to forms and API writes.',
        "Django peut alors répondre « CSRF verification failed » aux formulaires et aux "
        "écritures par l'API.",
    ),
    "finding.duplicate.session": (
        "The portal may read the wrong session: log-in loops or unexpected log-outs.",
        "Le portail peut lire la mauvaise session : boucles de connexion ou déconnexions "
        "inattendues.",
    ),
    "finding.duplicate.other": (
        "The portal may read the wrong copy.",
        "Le portail peut lire la mauvaise copie.",
    ),
    "fix.duplicate-scope": (
        "Delete the parent-domain copy on {parent}; keep the one on {keep}.",
        "Supprimez la copie du domaine parent sur {parent} ; gardez celle sur {keep}.",
    ),
    "finding.session-expired": (
        "{on} in {where} expired {left} ago: you are logged out.",
        "{on} dans {where} a expiré il y a {left} : vous êtes déconnecté.",
    ),
    "fix.session-expired": ("Log in again.", "Reconnectez-vous."),
    "finding.session-expiring": (
        "{on} in {where} expires in {left}: you will then be logged out.",
        "{on} dans {where} expire dans {left} : vous serez alors déconnecté.",
    ),
    "fix.session-expiring": (
        "Save your work before then; log in again afterwards.",
        "Enregistrez votre travail d'ici là ; reconnectez-vous ensuite.",
    ),
    "finding.csrf-missing": (
        "{where} is logged in (sessionid) but has no valid csrftoken: the next form or API "
        "write will fail.",
        "{where} est connecté (sessionid) mais n'a pas de csrftoken valide : le prochain "
        "formulaire ou la prochaine écriture par l'API échouera.",
    ),
    "fix.csrf-missing": (
        "Reload a page of the portal before submitting; it then sets a new csrftoken.",
        "Rechargez une page du portail avant d'envoyer ; il dépose alors un nouveau csrftoken.",
    ),
    "finding.lifetime-over-catalogue": (
        "{names} lives up to {longest}, longer than the {declared_text} ({declared}) the "
        "catalogue declares.",
        "{names} vit jusqu'à {longest}, plus que la durée déclarée par le catalogue "
        "({declared_text}, {declared}).",
    ),
    "fix.lifetime-over-catalogue": (
        "Delete it if you do not want it kept that long; the portal's policy should state the "
        "real lifetime.",
        "Supprimez-le si vous ne voulez pas qu'il soit gardé si longtemps ; la politique du "
        "portail devrait indiquer la durée réelle.",
    ),
    "finding.statistical-over-13-months": (
        "{names} is a statistical cookie living {longest} from when it was first set, beyond "
        "the 13 months the CNIL allows for audience measurement without consent: it needs "
        "consent.",
        "{names} est un cookie statistique qui vit {longest} depuis son premier dépôt, au-delà "
        "des 13 mois que la CNIL admet pour la mesure d'audience sans consentement : il exige un "
        "consentement.",
    ),
    "fix.statistical-over-13-months": (
        "Delete it unless you consented to this tracker.",
        "Supprimez-le sauf si vous avez consenti à ce traceur.",
    ),
    "finding.unclassified": (
        "{name} (on {hosts}) is not in the catalogue: its purpose is unknown.",
        "{name} (sur {hosts}) n'est pas dans le catalogue : sa finalité est inconnue.",
    ),
    "finding.spread-over-stores": (
        "The site's cookies are in {count} browsers or profiles: {stores}. Each has its own "
        "log-in and consent.",
        "Les cookies du site sont dans {count} navigateurs ou profils : {stores}. Chacun a sa "
        "propre connexion et son propre consentement.",
    ),
    "fix.spread-over-stores": (
        "Check or clean each of them; deleting in one leaves the others as they are.",
        "Vérifiez ou nettoyez chacun d'eux ; supprimer dans l'un ne change pas les autres.",
    ),
    "finding.store-unreadable": (
        "{store} could not be read: {error}",
        "{store} n'a pas pu être lu : {error}",
    ),
    "fix.store-unreadable.locked": (
        "Close the browser and scan again.",
        "Fermez le navigateur et relancez l'analyse.",
    ),
    "fix.store-unreadable": (
        "Check that this is a browser's cookie store and that you may read it.",
        "Vérifiez qu'il s'agit bien du fichier de cookies d'un navigateur et que vous pouvez le "
        "lire.",
    ),
    "finding.browser-running": (
        "{browser} is running ({store}): it keeps cookies in memory, so what is on disk may be "
        "behind, and a deletion now could be written back.",
        "{browser} est ouvert ({store}) : il garde les cookies en mémoire, ce qui est sur le "
        "disque peut être en retard, et une suppression maintenant pourrait être annulée.",
    ),
    "fix.browser-running": (
        "Close {browser} before deleting cookies.",
        "Fermez {browser} avant de supprimer des cookies.",
    ),
    "finding.values-unavailable": (
        "{count} cookie value(s) in {store} could not be read ({reasons}); names, lifetimes and "
        "categories are complete.{also}",
        "{count} valeur(s) de cookie de {store} n'ont pas pu être lues ({reasons}) ; noms, "
        "durées et catégories sont complets.{also}",
    ),
    "finding.values-unavailable.consent": (
        " The consent choice could not be checked.",
        " Le choix de consentement n'a pas pu être vérifié.",
    ),
}
