"""Every string a person reads, in English and French, in one table: the app, the CLI, the
findings, the reports, and the errors the domain raises.

A text is named by a key written out in the code (never built at run time), so a test can prove
that every key used exists and that each has both languages with the same placeholders.
Explanations of cookies come from the catalogue, not from here.

`tr(lang, key, ...)` gives one language now. `Said` keeps a text to say later, in whichever
language the reader wants: domain errors and store states carry one, and a finding keeps both
languages (a report made in French can be read in English). Values filled into a text are
never parsed (no markup, no format specs taken from them); a value that is itself a `Said` or a
`Label` is said in the same language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

LANGS = ("en", "fr")


@dataclass(frozen=True)
class Label:
    """A name shown in English or French (the same text twice when a person chose it)."""

    en: str
    fr: str

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


@dataclass(frozen=True)
class Said:
    """A text of the table with its values, to be said in either language."""

    key: str
    values: tuple[tuple[str, object], ...] = field(default=())

    def text(self, lang: str) -> str:
        return tr(lang, self.key, **dict(self.values))

    def both(self) -> dict[str, str]:
        return {lang: self.text(lang) for lang in LANGS}

    def __str__(self) -> str:
        return self.text("en")


def say(key: str, **values: object) -> Said:
    """A text to say later: `say("store.not-found", path=...)`."""
    return Said(key, tuple(values.items()))


def literal(text: str) -> Said:
    """Text from elsewhere (a report's own words), said as it is in either language."""
    return say("literal", text=text)


class Problem(Exception):
    """An error a person reads: `said` in their language; str() is the English text."""

    def __init__(self, said: Said) -> None:
        super().__init__(said.text("en"))
        self.said = said

    def text(self, lang: str) -> str:
        return self.said.text(lang)


def _in(lang: str, value: object) -> object:
    if isinstance(value, Said):
        return value.text(lang)
    if isinstance(value, Label):
        return value.get(lang)
    return value


def tr(lang: str, key: str, **values: object) -> str:
    """The text for `key` in `lang`, with `values` filled in (they are never parsed as markup)."""
    text = _TEXT[key][1 if lang == "fr" else 0]
    if not values:
        return text
    return text.format_map({name: _in(lang, value) for name, value in values.items()})


def both(key: str, **values: object) -> dict[str, str]:
    """The text in every language, as findings and reports keep it."""
    return {lang: tr(lang, key, **values) for lang in LANGS}


def has_text(key: str) -> bool:
    return key in _TEXT


def other(lang: str) -> str:
    return "en" if lang == "fr" else "fr"


def keys() -> Mapping[str, tuple[str, str]]:
    """The whole table, for the tests that check it."""
    return _TEXT


_TEXT: dict[str, tuple[str, str]] = {
    "literal": ("{text}", "{text}"),
    # Header
    "subtitle": ("Cookies of {site}", "Cookies du site {site}"),
    "demo": ("demo data", "données de démonstration"),
    # Bindings: (description, tooltip)
    "quit": ("Quit", "Quitter"),
    "quit.tip": ("Close the app; nothing is changed", "Fermer l'application ; rien n'est modifié"),
    "filter": ("Filter", "Filtrer"),
    "filter.tip": (
        "Type to show only cookies whose name, domain, category or profile contains the text",
        "Tapez pour n'afficher que les cookies dont le nom, le domaine, la catégorie ou le "
        "profil contient le texte",
    ),
    "sort": ("Sort", "Trier"),
    "sort.tip": (
        "Sort by the next column (or click a column header); shift+s reverses",
        "Trier selon la colonne suivante (ou cliquez un en-tête) ; maj+s inverse",
    ),
    "sort-reverse": ("Reverse", "Inverser"),
    "sort-reverse.tip": ("Reverse the sort order", "Inverser l'ordre du tri"),
    "reveal": ("Reveal", "Afficher"),
    "reveal.tip": (
        "Show the value of the highlighted cookie only; moving away masks it again",
        "Afficher la valeur du cookie en surbrillance seulement ; elle est masquée dès que "
        "vous changez de ligne",
    ),
    "select": ("Select", "Sélect."),
    "select.tip": (
        "Mark or unmark the highlighted cookie (also enter, or click the ✓ column)",
        "Marquer ou démarquer le cookie en surbrillance (aussi entrée, ou clic sur la colonne ✓)",
    ),
    "rescan": ("Rescan", "Relire"),
    "rescan.tip": (
        "Read every store again (after visiting the site or closing a browser)",
        "Relire tous les magasins (après une visite du site ou la fermeture d'un navigateur)",
    ),
    "language": ("Français", "English"),
    "language.tip": (
        "Passer l'interface et les explications en français",
        "Switch labels and explanations to English",
    ),
    "help": ("Help", "Aide"),
    "help.tip": (
        "What the app shows, every key, and what the categories mean",
        "Ce que montre l'application, toutes les touches et le sens des catégories",
    ),
    "back": ("Back", "Retour"),
    "back.tip": (
        "Leave the filter box, or clear the filter",
        "Quitter le champ de filtre, ou effacer le filtre",
    ),
    "close": ("Close", "Fermer"),
    "close.tip": ("Back to the cookies", "Retour aux cookies"),
    "delete-non-necessary": ("Delete", "Suppr."),
    "delete-non-necessary.tip": (
        "Delete the cookies shown that are not necessary; unclassified and necessary ones go "
        "only when selected. A dialog lists what goes first",
        "Supprimer les cookies affichés qui ne sont pas nécessaires ; les non classés et les "
        "nécessaires ne partent que sélectionnés. Une fenêtre liste d'abord ce qui part",
    ),
    "delete-selected": ("Delete selected", "Suppr. sélect."),
    "delete-selected.tip": (
        "Delete the selected cookies, whatever their category (necessary ones with a warning); "
        "a dialog lists what goes first",
        "Supprimer les cookies sélectionnés, quelle que soit leur catégorie (les nécessaires "
        "avec un avertissement) ; une fenêtre liste d'abord ce qui part",
    ),
    "undo": ("Undo", "Annuler"),
    "undo.tip": (
        "Put the profiles the last deletion changed back as they were, from its backups",
        "Remettre les profils modifiés par la dernière suppression dans leur état d'avant, "
        "depuis ses sauvegardes",
    ),
    "confirm-delete": ("Delete", "Supprimer"),
    "confirm-delete.tip": (
        "Delete the cookies listed; each profile is backed up first",
        "Supprimer les cookies listés ; chaque profil est d'abord sauvegardé",
    ),
    "cancel": ("Cancel", "Annuler"),
    "cancel.tip": ("Close without deleting anything", "Fermer sans rien supprimer"),
    # Commands (palette): (title, help)
    "cmd.rescan": ("Rescan the stores", "Relire les magasins"),
    "cmd.rescan.help": (
        "Read every browser profile again",
        "Relire tous les profils de navigateur",
    ),
    "cmd.language": ("Passer en français", "Switch to English"),
    "cmd.language.help": (
        "Labels and explanations in French",
        "Libellés et explications en anglais",
    ),
    "cmd.screenshot": ("Export a screenshot", "Exporter une capture d'écran"),
    "cmd.screenshot.help": (
        "Save the screen as an SVG file (a revealed value is masked first)",
        "Enregistrer l'écran en SVG (une valeur affichée est d'abord masquée)",
    ),
    "cmd.help": ("Help", "Aide"),
    "cmd.help.help": ("Keys and categories explained", "Touches et catégories expliquées"),
    "cmd.delete-non-necessary": (
        "Delete the non-necessary cookies",
        "Supprimer les cookies non nécessaires",
    ),
    "cmd.delete-non-necessary.help": (
        "Those shown that are not necessary, after a confirmation listing them",
        "Ceux affichés qui ne sont pas nécessaires, après une confirmation qui les liste",
    ),
    "cmd.delete-selected": ("Delete the selected cookies", "Supprimer les cookies sélectionnés"),
    "cmd.delete-selected.help": (
        "Whatever their category, after a confirmation listing them",
        "Quelle que soit leur catégorie, après une confirmation qui les liste",
    ),
    "cmd.undo": ("Undo the last deletion", "Annuler la dernière suppression"),
    "cmd.undo.help": (
        "Put the changed profiles back from the backups taken just before",
        "Remettre les profils modifiés depuis les sauvegardes prises juste avant",
    ),
    "screenshot.saved": ("Screenshot saved to {path}", "Capture enregistrée dans {path}"),
    "screenshot.failed": (
        "The screenshot could not be saved: {reason}",
        "La capture n'a pas pu être enregistrée : {reason}",
    ),
    # Sources
    "sources": ("Sources", "Sources"),
    "all": ("All profiles", "Tous les profils"),
    "state.ok": ("ok", "ok"),
    "state.running": ("browser running", "navigateur ouvert"),
    "state.values": ("values unavailable", "valeurs indisponibles"),
    "state.error": ("error", "erreur"),
    "state.note": ("note", "remarque"),
    # Table
    "col.name": ("Name", "Nom"),
    "col.scope": ("Scope", "Portée"),
    "col.category": ("Category", "Catégorie"),
    "col.consent": ("Consent", "Consent."),
    "col.expires": ("Expires", "Expiration"),
    "col.flags": ("Flags", "Attributs"),
    "col.store": ("Profile", "Profil"),
    "yes": ("yes", "oui"),
    "no": ("no", "non"),
    "unknown": ("?", "?"),
    "filter.placeholder": (
        "Filter by name, domain, category or profile  (/)",
        "Filtrer par nom, domaine, catégorie ou profil  (/)",
    ),
    # Summary and status
    "scanning": ("Looking for browser profiles…", "Recherche des profils de navigateur…"),
    "reading": ("Reading {index} of {total}: {store}", "Lecture {index} sur {total} : {store}"),
    "counts": (
        "{count} cookies in {stores} profiles: {summary}",
        "{count} cookies dans {stores} profils : {summary}",
    ),
    "counts.one-store": (
        "{count} cookies in 1 profile: {summary}",
        "{count} cookies dans 1 profil : {summary}",
    ),
    "counts.filtered": ("{shown} of {count} shown: {summary}", "{shown} sur {count} : {summary}"),
    "selected": ("{count} selected", "{count} sélectionné(s)"),
    "no-match": (
        "No cookie matches this filter; escape clears it.",
        "Aucun cookie ne correspond à ce filtre ; échap l'efface.",
    ),
    "no-cookie-here": (
        "This profile holds no cookie of the site.",
        "Ce profil ne contient aucun cookie du site.",
    ),
    "problems": (
        "{problems}: select it in Sources for details.",
        "{problems} : sélectionnez-le dans Sources pour le détail.",
    ),
    "problem.error": ("{count} store could not be read", "{count} magasin illisible"),
    "problem.errors": ("{count} stores could not be read", "{count} magasins illisibles"),
    "problem.running": ("{count} browser is running", "{count} navigateur ouvert"),
    "problem.runnings": ("{count} browsers are running", "{count} navigateurs ouverts"),
    "store.error": ("Could not be read: {error}", "Illisible : {error}"),
    "store.running": (
        "This browser is running: it may still change the store, and nothing will be deleted "
        "from it until it is closed.",
        "Ce navigateur est ouvert : il peut encore modifier le magasin, et rien n'y sera "
        "supprimé tant qu'il n'est pas fermé.",
    ),
    "store.values": (
        "Some values cannot be decrypted here; names, dates and categories are still exact.",
        "Certaines valeurs ne peuvent pas être déchiffrées ici ; noms, dates et catégories "
        "restent exacts.",
    ),
    "store.path": ("Store: {path}", "Magasin : {path}"),
    "scan.failed": ("The scan failed: {reason}", "La lecture a échoué : {reason}"),
    "scan.store-errors": (
        "{problems}. Select it in Sources to see why.",
        "{problems}. Sélectionnez-le dans Sources pour voir pourquoi.",
    ),
    # Detail pane
    "tab.details": ("Details", "Détails"),
    "detail.none": (
        "Highlight a cookie to see what it is.",
        "Mettez un cookie en surbrillance pour savoir ce qu'il est.",
    ),
    "d.profile": ("Profile", "Profil"),
    "d.scope": ("Scope", "Portée"),
    "d.scope.host": ("this host only", "cet hôte seulement"),
    "d.scope.domain": ("the domain and all its subdomains", "le domaine et tous ses sous-domaines"),
    "d.path": ("Path", "Chemin"),
    "d.provider": ("Provider", "Fournisseur"),
    "d.function": ("Function", "Fonction"),
    "d.purpose": ("Purpose", "Finalité"),
    "d.category": ("Category", "Catégorie"),
    "d.consent": ("Consent", "Consentement"),
    "d.consent.yes": (
        "required: the site may set it only after you agree",
        "requis : le site ne peut le déposer qu'après votre accord",
    ),
    "d.consent.no": ("not required", "non requis"),
    "d.consent.unknown": (
        "unknown: the catalogue does not describe this cookie",
        "inconnu : le catalogue ne décrit pas ce cookie",
    ),
    "d.lifetime": ("Lifetime", "Durée"),
    "d.declared": ("declared {text}", "déclarée {text}"),
    "d.actual": ("actual: {text}", "réelle : {text}"),
    "d.delete": ("If deleted", "Si supprimé"),
    "d.flags": ("Flags", "Attributs"),
    "d.flags.none": ("none", "aucun"),
    "d.partition": ("partitioned under {value}", "partitionné sous {value}"),
    "d.container": ("container {value}", "conteneur {value}"),
    "d.container.named": ("container {value} (id {id})", "conteneur {value} (id {id})"),
    "d.created": ("Created", "Créé"),
    "d.value": ("Value", "Valeur"),
    "d.value.masked": (
        "{dots}  {length} characters · v reveals it",
        "{dots}  {length} caractères · v l'affiche",
    ),
    "d.value.hide": ("v masks it again", "v le masque à nouveau"),
    "d.value.empty": ("empty", "vide"),
    "d.value.unavailable": ("unavailable: {reason}", "indisponible : {reason}"),
    "d.notes": ("Read in part", "Lu en partie"),
    "d.store": ("Store", "Magasin"),
    "d.unclassified": (
        "Not in the catalogue: the site's cookie policy does not describe this cookie, so its "
        "purpose and whether it needs consent are unknown.",
        "Absent du catalogue : la politique de cookies du site ne décrit pas ce cookie ; sa "
        "finalité et le besoin de consentement sont donc inconnus.",
    ),
    "d.delete.unknown": (
        "unknown: the catalogue does not say",
        "inconnu : le catalogue ne le dit pas",
    ),
    # Deleting
    "n.cookie": ("1 cookie", "1 cookie"),
    "n.cookies": ("{count} cookies", "{count} cookies"),
    "n.profile": ("1 profile", "1 profil"),
    "n.profiles": ("{count} profiles", "{count} profils"),
    "confirm.title.non-necessary": (
        "Delete the non-necessary cookies?",
        "Supprimer les cookies non nécessaires ?",
    ),
    "confirm.title.selected": (
        "Delete the selected cookies?",
        "Supprimer les cookies sélectionnés ?",
    ),
    "confirm.title.fix": (
        "Fix the finding: delete the parent-domain copy?",
        "Corriger le constat : supprimer la copie du domaine parent ?",
    ),
    "confirm.stays": (
        "{name}: the copy on {host} stays and keeps doing its work.",
        "{name} : la copie sur {host} reste et continue de jouer son rôle.",
    ),
    "confirm.stays.necessary": (
        "{name}: the copy on {host} stays and keeps doing its work, so the warning below "
        "does not apply.",
        "{name} : la copie sur {host} reste et continue de jouer son rôle ; l'avertissement "
        "ci-dessous ne s'applique donc pas.",
    ),
    "confirm.intro": (
        "{cookies} to delete, in {profiles}. Each profile is backed up first, and u undoes "
        "the deletion right after.",
        "{cookies} à supprimer, dans {profiles}. Chaque profil est d'abord sauvegardé, et u "
        "annule la suppression juste après.",
    ),
    "confirm.necessary": (
        "⚠ Necessary cookies in this list: {count}. The site needs them: read what deleting "
        "each one does.",
        "⚠ Cookies nécessaires dans cette liste : {count}. Le site en a besoin : lisez ce que "
        "fait la suppression de chacun.",
    ),
    "confirm.running": (
        "{browser} is running with profile {profile}: nothing is deleted from it while it "
        "runs. Close {browser} and press d again to clean it too.",
        "{browser} est ouvert avec le profil {profile} : rien n'y est supprimé tant qu'il est "
        "ouvert. Fermez {browser} et appuyez de nouveau sur d pour le nettoyer aussi.",
    ),
    "confirm.intro.partial": (
        "y deletes {cookies}, in {profiles}, and leaves {left} untouched. Each profile is "
        "backed up first, and u undoes the deletion right after.",
        "y supprime {cookies}, dans {profiles}, et ne touche pas à {left}. Chaque profil est "
        "d'abord sauvegardé, et u annule la suppression juste après.",
    ),
    "confirm.intro.none": (
        "Nothing can be deleted now: every profile in this list has its browser running.",
        "Rien ne peut être supprimé maintenant : chaque profil de cette liste a son navigateur "
        "ouvert.",
    ),
    "confirm.store.cleaned": ("{store}: to clean", "{store} : à nettoyer"),
    "confirm.store.left": (
        "{store}: left untouched while {browser} runs",
        "{store} : laissé intact tant que {browser} est ouvert",
    ),
    "confirm.effect": ("If deleted: {text}", "Si supprimé : {text}"),
    "confirm.effect.necessary": (
        "⚠ Necessary. If deleted: {text}",
        "⚠ Nécessaire. Si supprimé : {text}",
    ),
    "confirm.effect.unknown": (
        "If deleted: unknown, the catalogue does not describe this cookie.",
        "Si supprimé : inconnu, le catalogue ne décrit pas ce cookie.",
    ),
    "confirm.skipped": ("Skipped, {store}: {why}.", "Ignoré, {store} : {why}."),
    "confirm.kept": (
        "Kept: {kept}. Necessary and unclassified cookies go only when you select them "
        "(space) and press d.",
        "Conservés : {kept}. Les cookies nécessaires et non classés ne partent que si vous "
        "les sélectionnez (espace) puis appuyez sur d.",
    ),
    "confirm.yes": ("Delete (y)", "Supprimer (y)"),
    "confirm.no": ("Cancel (n)", "Annuler (n)"),
    "delete.nothing": (
        "Nothing to delete: none of the cookies shown is classified as non-necessary. Select "
        "a cookie (space) to delete it whatever its category.",
        "Rien à supprimer : aucun cookie affiché n'est classé non nécessaire. Sélectionnez un "
        "cookie (espace) pour le supprimer quelle que soit sa catégorie.",
    ),
    "delete.skipped-only": (
        "Nothing can be deleted. {reasons}",
        "Rien ne peut être supprimé. {reasons}",
    ),
    "delete.done": (
        "Deleted {cookies} from {profiles}. Backup: {backups}. Press u to undo.",
        "{cookies} supprimé(s) dans {profiles}. Sauvegarde : {backups}. u pour annuler.",
    ),
    "delete.left": (
        "Left untouched while its browser runs",
        "Laissé intact tant que son navigateur est ouvert",
    ),
    "delete.left.store": (
        "{store}: {browser} is running, nothing was deleted from it. Close {browser} and "
        "press d again.",
        "{store} : {browser} est ouvert, rien n'y a été supprimé. Fermez {browser} et "
        "appuyez de nouveau sur d.",
    ),
    "delete.store-failed": ("{store}: {error}", "{store} : {error}"),
    "delete.failed": ("The deletion failed", "La suppression a échoué"),
    "delete.audit": ("The audit log was not written", "Le journal d'audit n'a pas été écrit"),
    "delete.unexpected": (
        "Unexpected error: {reason}. Rescanning to show the stores as they are.",
        "Erreur inattendue : {reason}. Relecture pour montrer les magasins tels qu'ils sont.",
    ),
    "undo.done": (
        "Undone: {cookies} back in {profiles}. The state it replaced is backup {backups}.",
        "Annulé : {cookies} de retour dans {profiles}. L'état remplacé est la sauvegarde "
        "{backups}.",
    ),
    "undo.failed": (
        "Not undone. Press u to try again",
        "Pas annulé. Appuyez sur u pour réessayer",
    ),
    # Findings tab
    "tab.findings": ("Findings ({count})", "Constats ({count})"),
    "sev.error": ("ERROR", "ERREUR"),
    "sev.warning": ("WARNING", "ATTENTION"),
    "sev.info": ("INFO", "INFO"),
    "f.none": (
        "No findings: nothing looks wrong with these cookies.",
        "Aucun constat : rien ne semble anormal dans ces cookies.",
    ),
    "f.pick": (
        "Highlight a finding to see its cookies and its fix.",
        "Mettez un constat en surbrillance pour voir ses cookies et sa solution.",
    ),
    "f.cookies": ("Cookies involved", "Cookies concernés"),
    "f.no-cookies": ("none in particular", "aucun en particulier"),
    "f.missing": (
        "{count} more not in this list",
        "{count} de plus absents de cette liste",
    ),
    "f.deleted-by-fix": ("the fix deletes it", "la solution le supprime"),
    "f.fix": ("Fix", "Solution"),
    "f.show": (
        "enter: show only these cookies in the table (escape shows all)",
        "entrée : n'afficher que ces cookies dans le tableau (échap les montre tous)",
    ),
    "f.action.parent": (
        "f: delete the parent-domain copy (asks first)",
        "f : supprimer la copie du domaine parent (après confirmation)",
    ),
    "fix": ("Fix", "Corriger"),
    "fix.tip": (
        "Delete the parent-domain copy of a cookie set on both scopes (asks first)",
        "Supprimer la copie du domaine parent d'un cookie déposé sur les deux portées "
        "(après confirmation)",
    ),
    "spotlight": (
        "{count} cookies of the finding “{code}” · escape shows all",
        "{count} cookies du constat « {code} » · échap les montre tous",
    ),
    # Consent tab
    "tab.consent": ("Consent", "Consentement"),
    "c.caveat": (
        "The format of this cookie is not confirmed by Opendatasoft: see how it is read, below.",
        "Le format de ce cookie n'est pas confirmé par Opendatasoft : voir plus bas comment il "
        "est lu.",
    ),
    "c.how": ("How the consent cookie is read", "Comment le cookie de consentement est lu"),
    "c.how.text": (
        "Its format is not confirmed by Opendatasoft. This tool follows the one reading known: "
        "URL-encoded JSON with true or false per tracker and the time of the choice, where a "
        "missing key counts as accepted. Only what it understands is shown: those keys, their "
        "answer and the time. Anything else in the cookie, key names included, is its content "
        "and appears only as its length, <text, N chars>.",
        "Son format n'est pas confirmé par Opendatasoft. Cet outil suit la seule lecture "
        "connue : du JSON encodé en URL, avec vrai ou faux par traceur et l'heure du choix, où "
        "une clé absente vaut accord. Seul ce qu'il comprend est affiché : ces clés, leur "
        "réponse et l'heure. Tout le reste du cookie, noms de clés compris, en est le contenu "
        "et n'apparaît que par sa longueur, <text, N chars>.",
    ),
    "c.none": (
        "No consent cookie (cookies_preferences) was found: no choice is recorded in these "
        "profiles.",
        "Aucun cookie de consentement (cookies_preferences) trouvé : aucun choix n'est "
        "enregistré dans ces profils.",
    ),
    "c.without": (
        "Profiles with the site's cookies but no consent cookie: {stores}",
        "Profils ayant des cookies du site mais aucun cookie de consentement : {stores}",
    ),
    "c.chosen": ("Chosen", "Choisi le"),
    "c.ago": ("{span} ago", "il y a {span}"),
    "c.ahead": ("{span} from now", "dans {span}"),
    "c.from-created": (
        "the value holds no time: this is when the cookie was set",
        "la valeur ne contient pas d'heure : c'est la date de dépôt du cookie",
    ),
    "c.old": (
        "older than {months} months: the portal should ask again",
        "plus de {months} mois : le portail devrait redemander",
    ),
    "c.unknown-time": ("unknown", "inconnu"),
    "shape.url-encoded JSON": ("URL-encoded JSON", "JSON encodé en URL"),
    "shape.JSON": ("JSON", "JSON"),
    "shape.key=value pairs": ("key=value pairs", "paires clé=valeur"),
    "shape.text": ("text", "texte"),
    "shape.empty": ("empty", "vide"),
    "c.accepted": ("accepted", "accepté"),
    "c.refused": ("refused", "refusé"),
    "c.choices": ("Choices", "Choix"),
    "c.not-stated": ("Not stated", "Non précisé"),
    "c.not-stated.text": (
        "{keys}: counted as accepted in the known reading",
        "{keys} : compté comme accepté dans la lecture connue",
    ),
    "c.understood": ("Keys understood", "Clés comprises"),
    "c.not-understood": ("Not understood", "Non comprises"),
    "c.nothing": ("none", "aucune"),
    "c.other": (
        "{count}, shown by their length only: {items}",
        "{count}, montrés par leur longueur seulement : {items}",
    ),
    "c.format": ("Format", "Format"),
    "c.unreadable": (
        "The value could not be read ({reason}): the choice is unknown.",
        "La valeur n'a pas pu être lue ({reason}) : le choix est inconnu.",
    ),
    "c.unrecognised": (
        "Not the structure this tool knows, so no choice was read from it.",
        "Ce n'est pas la structure que connaît cet outil : aucun choix n'en a été lu.",
    ),
    "tracker.functional_cookies": (
        "the portal's optional cookies",
        "cookies optionnels du portail",
    ),
    "read-only": (
        "This is a report: deleting is disabled.",
        "Ceci est un rapport : la suppression est désactivée.",
    ),
    # A report opened with `open`
    "report.banner": (
        "Report from {user}, made {made} ({file}) — read-only; times are as of then",
        "Rapport de {user}, établi le {made} ({file}) — lecture seule ; les durées sont "
        "celles de ce moment",
    ),
    "report.banner.anonymous": (
        "Report made {made} ({file}) — read-only; times are as of then",
        "Rapport établi le {made} ({file}) — lecture seule ; les durées sont celles de ce moment",
    ),
    "report.catalog": (
        " · made with catalogue {theirs}, explained here with {ours}",
        " · établi avec le catalogue {theirs}, expliqué ici avec {ours}",
    ),
    "report.unknown-date": ("on an unknown date", "à une date inconnue"),
    "report.value": (
        "not in the report · {length} characters · hash {hash}",
        "absente du rapport · {length} caractères · empreinte {hash}",
    ),
    "report.value.unread": (
        "not in the report; it could not be read on the user's machine either ({reason})",
        "absente du rapport ; elle n'a pas pu être lue non plus sur la machine de "
        "l'utilisateur ({reason})",
    ),
    "report.value.same": (
        "equal hashes in this report mean equal values",
        "deux empreintes égales dans ce rapport signifient deux valeurs égales",
    ),
    "report.no-value": (
        "The value is not in the report: only its length and a hash are.",
        "La valeur n'est pas dans le rapport : seules sa longueur et une empreinte y sont.",
    ),
    # Empty state
    "empty.title": (
        "No cookies of {site} were found.",
        "Aucun cookie de {site} n'a été trouvé.",
    ),
    "empty.read": ("Profiles read:", "Profils lus :"),
    "empty.no-profile": ("No browser profile was found.", "Aucun profil de navigateur trouvé."),
    "empty.looked": ("Looked in:", "Emplacements examinés :"),
    "empty.next": ("What to do next:", "Que faire maintenant :"),
    "empty.visit": (
        "Visit https://{site} in your browser, then press r to scan again.",
        "Visitez https://{site} dans votre navigateur, puis appuyez sur r pour relire.",
    ),
    "empty.report": (
        "This report holds no cookie of {site}. Its author can visit https://{site} in the "
        "browser, then write a new report (saemes-cookies report -o FILE).",
        "Ce rapport ne contient aucun cookie de {site}. Son auteur peut visiter "
        "https://{site} dans son navigateur, puis écrire un nouveau rapport "
        "(saemes-cookies report -o FICHIER).",
    ),
    "empty.store": (
        "If your browser keeps its profile elsewhere, start with --store PATH (a Cookies or "
        "cookies.sqlite file, or a profile folder).",
        "Si votre navigateur garde son profil ailleurs, lancez avec --store CHEMIN (un fichier "
        "Cookies ou cookies.sqlite, ou un dossier de profil).",
    ),
    "empty.demo": (
        "To see the tool at work without a browser: saemes-cookies --demo",
        "Pour voir l'outil à l'œuvre sans navigateur : saemes-cookies --demo",
    ),
    # Help
    "help.title": ("saemes-cookies: help", "saemes-cookies : aide"),
    "help.intro": (
        "This app shows the cookies that {site} left in the browsers on this computer, and "
        "explains each one from the site's cookie policy. Reading never changes a browser's "
        "store. Values stay masked; v shows one at a time, and a screenshot masks it again.",
        "Cette application montre les cookies que {site} a laissés dans les navigateurs de cet "
        "ordinateur et explique chacun d'après la politique de cookies du site. La lecture ne "
        "modifie jamais le magasin d'un navigateur. Les valeurs restent masquées ; v en "
        "affiche une à la fois, et une capture d'écran la masque à nouveau.",
    ),
    "help.intro.read-only": (
        "This is a report of the cookies {site} left in someone's browsers, opened read-only: "
        "nothing here reads or changes a browser's store, so nothing can be rescanned, "
        "selected or deleted. Each cookie is explained from the site's cookie policy. Values "
        "are not in a report: only each value's length and a hash.",
        "Ceci est un rapport des cookies que {site} a laissés dans les navigateurs de "
        "quelqu'un, ouvert en lecture seule : rien ici ne lit ni ne modifie le magasin d'un "
        "navigateur, donc rien ne peut être relu, sélectionné ni supprimé. Chaque cookie est "
        "expliqué d'après la politique de cookies du site. Les valeurs ne sont pas dans un "
        "rapport : seules leur longueur et une empreinte y sont.",
    ),
    "help.keys": ("Keys", "Touches"),
    "help.categories": ("Categories", "Catégories"),
    "help.consent": ("consent required", "consentement requis"),
    "help.no-consent": ("no consent needed", "sans consentement"),
    "help.palette": (
        "Command palette: rescan, delete, undo, language, screenshot, theme",
        "Palette de commandes : relire, supprimer, annuler, langue, capture, thème",
    ),
    "help.palette.read-only": (
        "Command palette: language, screenshot, theme",
        "Palette de commandes : langue, capture, thème",
    ),
    "help.tabs": (
        "Below the table: Findings lists what looks wrong, most severe first; enter on one shows "
        "only its cookies (escape shows all), and f deletes the parent-domain copy of a "
        "duplicated cookie after a yes. Consent shows what each profile's consent cookie says.",
        "Sous le tableau : Constats liste ce qui semble anormal, du plus grave au moins grave ; "
        "entrée sur un constat n'affiche que ses cookies (échap les montre tous), et f supprime "
        "la copie du domaine parent d'un cookie en double après confirmation. Consentement "
        "montre ce que dit le cookie de consentement de chaque profil.",
    ),
    "help.tabs.read-only": (
        "Below the table: Findings lists what looks wrong, most severe first; enter on one shows "
        "only its cookies (escape shows all). Consent shows what each profile's consent cookie "
        "says.",
        "Sous le tableau : Constats liste ce qui semble anormal, du plus grave au moins grave ; "
        "entrée sur un constat n'affiche que ses cookies (échap les montre tous). Consentement "
        "montre ce que dit le cookie de consentement de chaque profil.",
    ),
    "help.mouse": (
        "Tab and shift+tab move between the sources, the filter, the table and the details. "
        "Mouse: click a profile to show only its cookies, a column header to sort, the ✓ "
        "column to select.",
        "Tab et maj+tab passent des sources au filtre, au tableau et aux détails. Souris : "
        "cliquez un profil pour n'afficher que ses cookies, un en-tête pour trier, la colonne "
        "✓ pour sélectionner.",
    ),
    "help.mouse.read-only": (
        "Tab and shift+tab move between the sources, the filter, the table and the details. "
        "Mouse: click a profile to show only its cookies, a column header to sort.",
        "Tab et maj+tab passent des sources au filtre, au tableau et aux détails. Souris : "
        "cliquez un profil pour n'afficher que ses cookies, un en-tête pour trier.",
    ),
}
