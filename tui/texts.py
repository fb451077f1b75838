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

from tui.frozen import Frozen, field

LANGS = ("en", "fr")


class Label(Frozen):
    """A name shown in English or French (the same text twice when a person chose it)."""

    en: str
    fr: str

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


class Said(Frozen):
    """A text of the table with its values, to be said in either language."""

    key: str
    values: tuple[tuple[str, object], ...] = field(default=())

    def text(self, lang: str) -> str:
        return tr(lang, self.key, **dict(self.values))

    def both(self) -> dict[str, str]:
        return {lang: self.text(lang) for lang in LANGS}

    def __str__(self) -> str:
        return self.text("en")


class Joined(Frozen):
    """Several texts said in one language and joined: "a; b", each cut at `limit` characters
    by the caller's rule (`shown`), so store errors and reasons stay one line."""

    parts: tuple[Said, ...]
    separator: str = "; "

    def text(self, lang: str) -> str:
        return self.separator.join(dict.fromkeys(part.text(lang) for part in self.parts))


def say(key: str, /, **values: object) -> Said:
    """A text to say later: `say("store.not-found", path=...)`."""
    return Said(key, tuple(values.items()))


def literal(text: str) -> Said:
    """Text from elsewhere (a report's own words), said as it is in either language."""
    return say("literal", text=text)


def bilingual(en: str, fr: str) -> Said:
    """Text from elsewhere that came in both languages (a report keeps both)."""
    return say("literal.both", en=en, fr=fr)


class Problem(Exception):
    """An error a person reads: `said` in their language; str() is the English text."""

    def __init__(self, said: Said) -> None:
        super().__init__(said.text("en"))
        self.said = said

    def text(self, lang: str) -> str:
        return self.said.text(lang)


def _in(lang: str, value: object) -> object:
    if isinstance(value, Said | Joined):
        return value.text(lang)
    if isinstance(value, Label):
        return value.get(lang)
    return value


def tr(lang: str, key: str, /, **values: object) -> str:
    """The text for `key` in `lang`, with `values` filled in (they are never parsed as markup)."""
    text = _TEXT[key][1 if lang == "fr" else 0]
    # Always formatted, so "{{" in the table is one brace whatever the call passes.
    return text.format_map({name: _in(lang, value) for name, value in values.items()})


def both(key: str, /, **values: object) -> dict[str, str]:
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
    "literal.both": ("{en}", "{fr}"),
    # Header
    "subtitle": ("Cookies of {site}", "Cookies du site {site}"),
    # Short: the header of an 80-column terminal has room for about 60 characters.
    "demo": ("demo data", "démo"),
    # Bindings: (description, tooltip)
    "quit": ("Quit", "Quitter"),
    "quit.tip": ("Close the app; nothing is changed", "Fermer l'application ; rien n'est modifié"),
    "filter": ("Filter", "Filtrer"),
    "filter.tip": (
        "Type to show only cookies whose name, domain, category, browser or profile contains "
        "the text",
        "Tapez pour n'afficher que les cookies dont le nom, le domaine, la catégorie, le "
        "navigateur ou le profil contient le texte",
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
        "Relire tous les fichiers de cookies (après une visite du site ou la fermeture d'un "
        "navigateur)",
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
    "cmd.rescan": ("Rescan the stores", "Relire les fichiers de cookies"),
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
        "Filter by name, domain, category, browser or profile  (/)",
        "Filtrer par nom, domaine, catégorie, navigateur ou profil  (/)",
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
    "problem.error": ("{count} store could not be read", "{count} fichier de cookies illisible"),
    "problem.errors": (
        "{count} stores could not be read",
        "{count} fichiers de cookies illisibles",
    ),
    "problem.running": ("{count} browser is running", "{count} navigateur ouvert"),
    "problem.runnings": ("{count} browsers are running", "{count} navigateurs ouverts"),
    "store.error": ("Could not be read: {error}", "Illisible : {error}"),
    "store.running": (
        "This browser is running: it may still change the store, and nothing will be deleted "
        "from it until it is closed.",
        "Ce navigateur est ouvert : il peut encore modifier son fichier de cookies, et rien n'y "
        "sera supprimé tant qu'il n'est pas fermé.",
    ),
    "store.values": (
        "Some values cannot be decrypted here; names, dates and categories are still exact.",
        "Certaines valeurs ne peuvent pas être déchiffrées ici ; noms, dates et catégories "
        "restent exacts.",
    ),
    "store.path": ("Store: {path}", "Fichier de cookies : {path}"),
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
    "d.store": ("Store", "Fichier"),
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
        "Nothing can be deleted now: every profile in this list has its browser running, so y "
        "deletes nothing. Close the browsers named below and press d again; n or escape "
        "closes this.",
        "Rien ne peut être supprimé maintenant : chaque profil de cette liste a son navigateur "
        "ouvert, donc y ne supprime rien. Fermez les navigateurs nommés ci-dessous et appuyez "
        "de nouveau sur d ; n ou échap ferme cette fenêtre.",
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
        "Erreur inattendue : {reason}. Relecture pour montrer les fichiers de cookies tels "
        "qu'ils sont.",
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
        "Its format is not confirmed by Opendatasoft. This tool reads it the only way it is "
        "known to be written: URL-encoded JSON with true or false per tracker and the time of "
        "the choice; a tracker the cookie does not mention counts as accepted. Only what it "
        "understands is shown: those keys, their answer and the time. Anything else in the "
        "cookie, key names included, is its content and appears only as its length, "
        "<text, N chars>.",
        "Son format n'est pas confirmé par Opendatasoft. Cet outil le lit de la seule façon "
        "dont on le sait écrit : du JSON encodé en URL, avec vrai ou faux par traceur et "
        "l'heure du choix ; un traceur que le cookie ne mentionne pas compte comme accepté. "
        "Seul ce qu'il comprend est affiché : ces clés, leur réponse et l'heure. Tout le reste "
        "du cookie, noms de clés compris, en est le contenu et n'apparaît que par sa longueur, "
        "<text, N chars>.",
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
        "{keys}: not in the cookie. Read as this tool understands the format (below), a "
        "tracker the cookie does not mention counts as accepted, so it may run.",
        "{keys} : absents du cookie. Selon le format tel que cet outil le comprend (plus bas), "
        "un traceur que le cookie ne mentionne pas compte comme accepté : il peut donc "
        "fonctionner.",
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
    "report.banner.recording": (
        "Recording made {made} ({file}) — read-only; the table is the stores at its end; "
        "times are as of then",
        "Enregistrement établi le {made} ({file}) — lecture seule ; le tableau montre les "
        "fichiers de cookies à sa fin ; les durées sont celles de ce moment",
    ),
    "report.value.recording": (
        "not in the recording · {length} characters",
        "absente de l'enregistrement · {length} caractères",
    ),
    "report.banner": (
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
        "modifie jamais le fichier de cookies d'un navigateur. Les valeurs restent masquées ; "
        "v en affiche une à la fois, et une capture d'écran la masque à nouveau.",
    ),
    "help.intro.read-only": (
        "This is a report of the cookies {site} left in someone's browsers, opened read-only: "
        "nothing here reads or changes a browser's store, so nothing can be rescanned, "
        "selected or deleted. Each cookie is explained from the site's cookie policy. Values "
        "are not in a report: only each value's length and a hash.",
        "Ceci est un rapport des cookies que {site} a laissés dans les navigateurs de "
        "quelqu'un, ouvert en lecture seule : rien ici ne lit ni ne modifie le fichier de "
        "cookies d'un navigateur, donc rien ne peut être relu, sélectionné ni supprimé. Chaque "
        "cookie est expliqué d'après la politique de cookies du site. Les valeurs ne sont pas "
        "dans un rapport : seules leur longueur et une empreinte y sont.",
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
        "Below the table, three tabs (keys 1, 2, 3): Details explains the highlighted cookie; "
        "Findings lists what looks wrong, most severe first; enter on one shows "
        "only its cookies (escape shows all), and f deletes the parent-domain copy of a "
        "duplicated cookie after a yes. Consent shows what each profile's consent cookie says.",
        "Sous le tableau, trois onglets (touches 1, 2, 3) : Détails explique le cookie en "
        "surbrillance ; Constats liste ce qui semble anormal, du plus grave au moins grave ; "
        "entrée sur un constat n'affiche que ses cookies (échap les montre tous), et f supprime "
        "la copie du domaine parent d'un cookie en double après confirmation. Consentement "
        "montre ce que dit le cookie de consentement de chaque profil.",
    ),
    "help.tabs.read-only": (
        "Below the table, three tabs (keys 1, 2, 3): Details explains the highlighted cookie; "
        "Findings lists what looks wrong, most severe first; enter on one shows "
        "only its cookies (escape shows all). Consent shows what each profile's consent cookie "
        "says.",
        "Sous le tableau, trois onglets (touches 1, 2, 3) : Détails explique le cookie en "
        "surbrillance ; Constats liste ce qui semble anormal, du plus grave au moins grave ; "
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
    # Times in words (tui/humanize.py)
    "time.year": ("{count} year", "{count} an"),
    "time.years": ("{count} years", "{count} ans"),
    "time.month": ("{count} month", "{count} mois"),
    "time.months": ("{count} months", "{count} mois"),
    "time.day": ("{count} day", "{count} jour"),
    "time.days": ("{count} days", "{count} jours"),
    "time.hour": ("{count} hour", "{count} heure"),
    "time.hours": ("{count} hours", "{count} heures"),
    "time.minute": ("{count} minute", "{count} minute"),
    "time.minutes": ("{count} minutes", "{count} minutes"),
    "time.second": ("{count} second", "{count} seconde"),
    "time.seconds": ("{count} seconds", "{count} secondes"),
    "time.session": ("session", "session"),
    "time.in": ("in {span}", "dans {span}"),
    "time.expired-ago": ("expired {span} ago", "expiré depuis {span}"),
    # Shared words
    "empty": ("", ""),
    # Findings: where a cookie is (its jar), then each finding's message and fix. A finding
    # keeps both languages, so a report made in French can be read in English.
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
    # Why a Chromium value or its key cannot be had (tui/stores/values.py, bc3_internals.py,
    # kwallet6.py); shown as "unavailable: <reason>"
    "value.both-columns": (
        "both a plain and an encrypted value are stored",
        "une valeur en clair et une valeur chiffrée sont toutes deux enregistrées",
    ),
    "value.failed": ("decryption failed ({name})", "le déchiffrement a échoué ({name})"),
    "value.integrity": ("integrity check failed", "contrôle d'intégrité échoué"),
    "value.not-utf8": (
        "the decrypted value is not UTF-8 text",
        "la valeur déchiffrée n'est pas du texte UTF-8",
    ),
    # Chromium's chrome/browser/os_crypt/app_bound_encryption_win.cc: the v20 key is
    # encrypted through the elevation service (chrome/elevation_service, a SYSTEM service
    # reached over COM), which hands it back only to a caller whose path is the browser's own.
    "value.v20": (
        "app-bound (v20): the browser sealed this value with a key that its elevation service "
        "(a Windows service installed with it) gives back only to the browser itself, so it "
        "cannot be shown without the browser; other tools get it with administrator rights or "
        "by injecting code into the browser, which this tool does not do. Name, dates, flags "
        "and every finding that does not need the value are exact",
        "liée à l'application (v20) : le navigateur a scellé cette valeur avec une clé que son "
        "service d'élévation (un service Windows installé avec lui) ne rend qu'au navigateur "
        "lui-même ; elle ne peut donc pas être montrée sans le navigateur. D'autres outils "
        "l'obtiennent avec des droits d'administrateur ou en injectant du code dans le "
        "navigateur, ce que cet outil ne fait pas. Nom, dates, attributs et tous les constats "
        "qui n'ont pas besoin de la valeur sont exacts",
    ),
    "value.unknown-format": ("unknown encryption format", "format de chiffrement inconnu"),
    "value.damaged-blocks": (
        "the encrypted value is damaged (not whole AES blocks)",
        "la valeur chiffrée est endommagée (blocs AES incomplets)",
    ),
    "value.wrong-key": (
        "decryption failed (wrong key?)",
        "le déchiffrement a échoué (mauvaise clé ?)",
    ),
    "value.damaged-short": (
        "the encrypted value is damaged (too short)",
        "la valeur chiffrée est endommagée (trop courte)",
    ),
    "value.wrong-key-or-damaged": (
        "decryption failed (wrong key or damaged value)",
        "le déchiffrement a échoué (mauvaise clé ou valeur endommagée)",
    ),
    "value.no-crypto": (
        "pycryptodomex cannot be imported ({reason})",
        "pycryptodomex ne peut pas être importé ({reason})",
    ),
    "value.no-value": ("no value stored", "aucune valeur enregistrée"),
    "value.row-unreadable": ("the row could not be read", "la ligne n'a pas pu être lue"),
    "key.no-dbus": (
        "v11: the key of this value is the password the desktop's keyring (Secret Service or "
        "KDE Wallet) keeps for {browser}, and a keyring is asked only over the D-Bus session "
        "bus, which this session lacks (DBUS_SESSION_BUS_ADDRESS is not set, as over SSH, in "
        "cron or in a container): run the tool inside the desktop session to read the value. "
        "Name, dates, flags and every finding that does not need the value are exact",
        "v11 : la clé de cette valeur est le mot de passe que le trousseau du bureau (Secret "
        "Service ou KDE Wallet) garde pour {browser}, et un trousseau ne s'interroge que par le "
        "bus de session D-Bus, absent de cette session (DBUS_SESSION_BUS_ADDRESS n'est pas "
        "défini, comme en SSH, dans cron ou dans un conteneur) : lancez l'outil dans la session "
        "du bureau pour lire la valeur. Nom, dates, attributs et tous les constats qui n'ont "
        "pas besoin de la valeur sont exacts",
    ),
    # v12: the Flatpak browser's key from the Secret portal's secret (tui/stores/secret_portal.py).
    "key.portal-no-app": (
        "v12: the key of this value is derived from the secret the desktop's Secret portal "
        "keeps for each Flatpak app, and this store is not in a Flatpak's data "
        "(~/.var/app/<app id>/), so there is no app id to look the secret up by",
        "v12 : la clé de cette valeur dérive du secret que le portail Secret du bureau garde "
        "pour chaque application Flatpak, et ce fichier n'est pas dans les données d'un "
        "Flatpak (~/.var/app/<id d'application>/) : aucun id d'application pour chercher ce "
        "secret",
    ),
    "portal.no-dbus": (
        "v12: the key is derived from the secret the desktop's Secret portal keeps for the "
        'Flatpak app {app} (the keyring item "Application key for {app}"), and a keyring is '
        "asked only over the D-Bus session bus, which this session lacks "
        "(DBUS_SESSION_BUS_ADDRESS is not set): run the tool inside the desktop session",
        "v12 : la clé dérive du secret que le portail Secret du bureau garde pour l'application "
        "Flatpak {app} (l'élément de trousseau « Application key for {app} »), et un trousseau "
        "ne s'interroge que par le bus de session D-Bus, absent de cette session "
        "(DBUS_SESSION_BUS_ADDRESS n'est pas défini) : lancez l'outil dans la session du bureau",
    ),
    "portal.no-jeepney": (
        "v12: the secret the Secret portal keeps for {app} is asked over D-Bus with jeepney, "
        "which is not installed",
        "v12 : le secret que le portail Secret garde pour {app} se demande par D-Bus avec "
        "jeepney, qui n'est pas installé",
    ),
    "portal.no-bus": (
        "v12: the D-Bus session bus refused a connection, so the secret the Secret portal "
        "keeps for {app} could not be asked for",
        "v12 : le bus de session D-Bus a refusé la connexion, donc le secret que le portail "
        "Secret garde pour {app} n'a pas pu être demandé",
    ),
    "portal.no-service": (
        "v12: no Secret Service (org.freedesktop.secrets, such as GNOME Keyring) answers on "
        'the session bus, so the secret the Secret portal keeps for {app} ("Application key '
        'for {app}") cannot be read; a portal backend that keeps it elsewhere is not read',
        "v12 : aucun Secret Service (org.freedesktop.secrets, comme GNOME Keyring) ne répond "
        "sur le bus de session, donc le secret que le portail Secret garde pour {app} "
        "(« Application key for {app} ») ne peut pas être lu ; un service de portail qui le "
        "garde ailleurs n'est pas lu",
    ),
    "portal.no-item": (
        'v12: the keyring holds no "Application key for {app}", the secret the Secret portal '
        "keeps for that Flatpak app: the browser has not asked the portal under this account, "
        "or the desktop's portal keeps it elsewhere",
        "v12 : le trousseau n'a pas d'élément « Application key for {app} », le secret que le "
        "portail Secret garde pour cette application Flatpak : le navigateur ne l'a pas "
        "demandé sous ce compte, ou le portail du bureau le garde ailleurs",
    ),
    "portal.locked": (
        'v12: "Application key for {app}", the secret the Secret portal keeps for that '
        "Flatpak app, is in a locked keyring: unlock it (log in to the desktop) and scan "
        "again; this tool never unlocks it, which would prompt",
        "v12 : « Application key for {app} », le secret que le portail Secret garde pour "
        "cette application Flatpak, est dans un trousseau verrouillé : déverrouillez-le (en "
        "ouvrant la session du bureau) et relancez ; cet outil ne le déverrouille jamais, ce "
        "qui ouvrirait une demande de mot de passe",
    ),
    "portal.empty": (
        'v12: the keyring item "Application key for {app}" is empty',
        "v12 : l'élément de trousseau « Application key for {app} » est vide",
    ),
    "portal.timeout": (
        "v12: the Secret Service did not answer within {seconds} s when asked for "
        '"Application key for {app}"',
        "v12 : le Secret Service n'a pas répondu en {seconds} s à la demande de "
        "« Application key for {app} »",
    ),
    "portal.bus-failed": (
        'v12: the D-Bus call to the Secret Service failed when asking for "Application key '
        'for {app}"',
        "v12 : l'appel D-Bus au Secret Service a échoué en demandant « Application key for {app} »",
    ),
    "portal.answered": (
        'v12: the Secret Service refused {method} ({error}) when asked for "Application key '
        'for {app}"',
        "v12 : le Secret Service a refusé {method} ({error}) à la demande de « Application "
        "key for {app} »",
    ),
    "portal.bad-answer": (
        "v12: the Secret Service gave an answer of the wrong shape to {method} when asked for "
        '"Application key for {app}"',
        "v12 : le Secret Service a donné une réponse de forme inattendue à {method} à la "
        "demande de « Application key for {app} »",
    ),
    "key.no-local-state": (
        "no Local State with the browser's key was found",
        "aucun fichier Local State contenant la clé du navigateur n'a été trouvé",
    ),
    "key.keychain": (
        "the macOS keychain did not give the browser's key",
        "le trousseau macOS n'a pas donné la clé du navigateur",
    ),
    "key.no-keyring": (
        "no keyring gave the key: neither the Secret Service nor KDE Wallet 5 had it, and {wallet}",
        "aucun trousseau n'a donné la clé : ni le Secret Service ni KDE Wallet 5 ne l'avaient, "
        "et {wallet}",
    ),
    "key.failed": (
        "the key could not be obtained ({reason})",
        "la clé n'a pas pu être obtenue ({reason})",
    ),
    "key.dpapi-failed": (
        "DPAPI could not decrypt the value ({reason})",
        "DPAPI n'a pas pu déchiffrer la valeur ({reason})",
    ),
    "key.dpapi-empty": ("DPAPI returned no bytes", "DPAPI n'a renvoyé aucun octet"),
    "key.no-bc3": (
        "browser-cookie3 cannot be imported ({reason})",
        "browser-cookie3 ne peut pas être importé ({reason})",
    ),
    "wallet.no-dbus": (
        "no D-Bus session bus to ask KDE Wallet 6",
        "pas de bus de session D-Bus pour interroger KDE Wallet 6",
    ),
    "wallet.no-jeepney": (
        "jeepney, needed to ask KDE Wallet 6, cannot be imported",
        "jeepney, nécessaire pour interroger KDE Wallet 6, ne peut pas être importé",
    ),
    "wallet.no-bus": (
        "the D-Bus session bus cannot be reached",
        "le bus de session D-Bus est injoignable",
    ),
    "wallet.disabled": ("KDE Wallet 6 is disabled", "KDE Wallet 6 est désactivé"),
    "wallet.locked": ("KDE Wallet 6 is locked", "KDE Wallet 6 est verrouillé"),
    "wallet.refused": (
        "KDE Wallet 6 refused access to its wallet",
        "KDE Wallet 6 a refusé l'accès à son portefeuille",
    ),
    "wallet.no-entry": (
        "KDE Wallet 6 has no {entry} entry in {folder}",
        "KDE Wallet 6 n'a pas d'entrée {entry} dans {folder}",
    ),
    "wallet.empty": (
        "KDE Wallet 6's {entry} entry is empty",
        "l'entrée {entry} de KDE Wallet 6 est vide",
    ),
    "wallet.timeout": (
        "KDE Wallet 6 did not answer within {seconds} s (is it asking whether this program may "
        "read it?)",
        "KDE Wallet 6 n'a pas répondu en {seconds} s (demande-t-il si ce programme peut le lire ?)",
    ),
    "wallet.bus-failed": (
        "the D-Bus session bus failed while asking KDE Wallet 6",
        "le bus de session D-Bus a échoué pendant l'interrogation de KDE Wallet 6",
    ),
    "wallet.none": (
        "no KDE Wallet 6 answered on D-Bus",
        "aucun KDE Wallet 6 n'a répondu sur D-Bus",
    ),
    "wallet.answered-error": (
        "KDE Wallet 6 answered {method} with an error",
        "KDE Wallet 6 a répondu à {method} par une erreur",
    ),
    "wallet.answered": (
        "KDE Wallet 6 answered {method} with {error}",
        "KDE Wallet 6 a répondu à {method} par {error}",
    ),
    # Why a store cannot be read (tui/stores/errors.py): "<path>: <reason>"
    "store.at": ("{path}: {reason}", "{path} : {reason}"),
    "store.not-found": ("file not found", "fichier introuvable"),
    "store.permission": ("permission denied", "permission refusée"),
    "store.full-disk-access": (
        "macOS lets no program read Safari's cookies without Full Disk Access: give it to this "
        "terminal in System Settings › Privacy & Security › Full Disk Access, then run again",
        "macOS ne laisse lire les cookies de Safari qu'avec l'accès complet au disque : "
        "donnez-le à ce terminal dans Réglages Système › Confidentialité et sécurité › Accès "
        "complet au disque, puis relancez",
    ),
    "store.directory": (
        "is a directory, not a cookie store",
        "est un dossier, pas un fichier de cookies",
    ),
    "store.unreadable": ("cannot be read ({reason})", "illisible ({reason})"),
    "store.locked-by-browser": (
        "locked by the running browser; close the browser to read this store",
        "verrouillé par le navigateur ouvert ; fermez le navigateur pour lire ce fichier",
    ),
    "store.copy-failed": (
        "cannot be copied for reading ({reason})",
        "ne peut pas être copié pour la lecture ({reason})",
    ),
    "store.not-sqlite": ("not an SQLite database", "pas une base de données SQLite"),
    "store.locked-windows": (
        "locked by the running browser (Windows keeps Chrome's cookie file closed to other "
        "programs while it runs): close the browser to read it",
        "verrouillé par le navigateur ouvert (Windows garde le fichier de cookies de Chrome "
        "fermé aux autres programmes tant qu'il tourne) : fermez le navigateur pour le lire",
    ),
    "store.locked-windows.profile": (
        "locked by the running browser (Windows keeps Chrome's cookie file closed to other "
        "programs while it runs): close the browser to read it ({browser}, profile {profile})",
        "verrouillé par le navigateur ouvert (Windows garde le fichier de cookies de Chrome "
        "fermé aux autres programmes tant qu'il tourne) : fermez le navigateur pour le lire "
        "({browser}, profil {profile})",
    ),
    "store.locked": (
        "locked by another program; close the browser and retry",
        "verrouillé par un autre programme ; fermez le navigateur et réessayez",
    ),
    "store.unsupported": (
        "unsupported {what} schema version {version}: no column {columns}",
        "version de schéma {what} {version} non prise en charge : pas de colonne {columns}",
    ),
    "store.not-chromium": (
        "not a Chromium cookie store (no cookies table)",
        "pas un fichier de cookies Chromium (pas de table cookies)",
    ),
    "store.not-firefox": (
        "not a Firefox cookie store (no moz_cookies)",
        "pas un fichier de cookies Firefox (pas de table moz_cookies)",
    ),
    "store.failed": ("could not be read ({name})", "n'a pas pu être lu ({name})"),
    "store.other-database": (
        "an SQLite database, but not a Chromium or Firefox cookie store",
        "une base SQLite, mais pas un fichier de cookies Chromium ou Firefox",
    ),
    "store.no-such-path": ("no such file or directory", "fichier ou dossier inexistant"),
    "store.none-here": (
        "no cookie store here (looked for cookies.sqlite, Cookies, Network/Cookies, Local State "
        "and profiles.ini)",
        "aucun fichier de cookies ici (cherché : cookies.sqlite, Cookies, Network/Cookies, "
        "Local State et profiles.ini)",
    ),
    "store.not-safari": (
        "cannot be parsed as a Safari cookie file ({name})",
        "ne peut pas être lu comme un fichier de cookies Safari ({name})",
    ),
    "store.untested": (
        "schema version {version} is untested; read by column names",
        "version de schéma {version} non testée ; lue par noms de colonnes",
    ),
    "sqlite.corrupt": ("the database is corrupt", "la base de données est corrompue"),
    "sqlite.notadb": (
        "corrupt or not an SQLite database",
        "corrompu ou pas une base de données SQLite",
    ),
    "sqlite.locked": (
        "the database is locked by another program",
        "la base de données est verrouillée par un autre programme",
    ),
    "sqlite.readonly": ("the database is read-only", "la base de données est en lecture seule"),
    "sqlite.cantopen": (
        "the database cannot be opened",
        "la base de données ne peut pas être ouverte",
    ),
    "sqlite.perm": ("permission denied", "permission refusée"),
    "sqlite.ioerr": ("a disk error occurred", "une erreur de disque s'est produite"),
    "sqlite.full": ("the disk is full", "le disque est plein"),
    "sqlite.nomem": ("out of memory", "mémoire insuffisante"),
    "sqlite.toobig": ("a row is too big for SQLite", "une ligne est trop grande pour SQLite"),
    "sqlite.schema": (
        "the database schema changed while it was read",
        "le schéma de la base a changé pendant la lecture",
    ),
    "sqlite.constraint": (
        "a constraint of the database failed",
        "une contrainte de la base de données a échoué",
    ),
    "sqlite.mismatch": (
        "a column holds a value of the wrong type",
        "une colonne contient une valeur du mauvais type",
    ),
    "sqlite.range": ("an SQL parameter is out of range", "un paramètre SQL est hors limites"),
    "sqlite.protocol": (
        "the database's locking protocol failed",
        "le protocole de verrouillage de la base a échoué",
    ),
    "sqlite.interrupt": ("the operation was interrupted", "l'opération a été interrompue"),
    "sqlite.abort": ("the operation was aborted", "l'opération a été abandonnée"),
    "sqlite.error": (
        "SQL error (the database is not as expected)",
        "erreur SQL (la base de données n'est pas celle attendue)",
    ),
    "sqlite.class": ("SQLite error ({name})", "erreur SQLite ({name})"),
    "sqlite.code": ("SQLite error {code}", "erreur SQLite {code}"),
    # Labels shared by the scan table, the JSON, the report and the app (tui/present/labels.py)
    "label.unclassified": ("Unclassified", "Non classés"),
    "expiry.unreadable": ("expiry unreadable", "expiration illisible"),
    "count.necessary": ("{count} necessary", "{count} nécessaire"),
    "count.necessary.many": ("{count} necessary", "{count} nécessaires"),
    "count.statistical": ("{count} statistical", "{count} statistique"),
    "count.statistical.many": ("{count} statistical", "{count} statistiques"),
    "count.first_party": ("{count} first-party", "{count} interne"),
    "count.first_party.many": ("{count} first-party", "{count} internes"),
    "count.third_party": ("{count} third-party", "{count} tiers"),
    "count.third_party.many": ("{count} third-party", "{count} tiers"),
    "count.unclassified": ("{count} unclassified", "{count} non classé"),
    "count.unclassified.many": ("{count} unclassified", "{count} non classés"),
    "summary.none": ("no cookies", "aucun cookie"),
    "note": ("{field}: {problem}", "{field} : {problem}"),
    "note.expires": ("expiry", "expiration"),
    "note.created": ("creation time", "date de création"),
    "note.last_access": ("last access", "dernier accès"),
    "note.name": ("name", "nom"),
    "note.path": ("path", "chemin"),
    "note.value": ("value", "valeur"),
    "note.encrypted_value": ("encrypted value", "valeur chiffrée"),
    "note.secure": ("Secure flag", "attribut Secure"),
    "note.http_only": ("HttpOnly flag", "attribut HttpOnly"),
    "note.same_site": ("SameSite", "SameSite"),
    "note.persistent": ("persistence flag", "indicateur de persistance"),
    "note.partition": ("partition key", "clé de partition"),
    "note.partitioned": ("Partitioned attribute", "attribut Partitioned"),
    "note.origin_attributes": (
        "origin attributes (container, partition)",
        "attributs d'origine (conteneur, partition)",
    ),
    "note.row": ("row", "ligne"),
    "note.unreadable": ("unreadable", "illisible"),
    "note.bytes": (
        "bytes (BLOB) where text belongs, shown decoded",
        "octets (BLOB) au lieu d'un texte, affichés décodés",
    ),
    "note.not-utf8": (
        "not valid UTF-8, shown with replacement characters",
        "UTF-8 non valide, affiché avec des caractères de remplacement",
    ),
    "note.text": (
        "text where bytes belong, read as its UTF-8 bytes",
        "texte au lieu d'octets, lu comme ses octets UTF-8",
    ),
    # The scan table (tui/present/scan_table.py); its column heads are the app's col.* texts
    "table.running": ("  (browser running)", "  (navigateur ouvert)"),
    "table.error": ("  error: {error}", "  erreur : {error}"),
    "table.note": ("  note: {note}", "  remarque : {note}"),
    "table.no-cookies": ("  no cookies of the site", "  aucun cookie du site"),
    # The findings after the table (tui/present/findings_text.py)
    "scan.findings": (
        "Findings ({count}), most severe first:",
        "Constats ({count}), les plus graves d'abord :",
    ),
    "scan.findings.none": (
        "No problem found.",
        "Aucun problème trouvé.",
    ),
    "scan.findings.in": ("In: {profiles}", "Dans : {profiles}"),
    "scan.findings.fix": ("Fix: {fix}", "Solution : {fix}"),
    # The Markdown report (tui/report/markdown.py)
    "md.title": ("saemes-cookies report", "Rapport saemes-cookies"),
    "md.made": ("Made: {made}", "Établi le: {made}"),
    "md.title.recording": ("saemes-cookies recording", "Enregistrement saemes-cookies"),
    "md.recording": ("Changes recorded", "Changements enregistrés"),
    "md.recording.span": (
        "Watched from {started} to {stopped}: {changes} changes, {violations} consent "
        "violations. Each change with the consent judgement of its moment:",
        "Surveillé du {started} au {stopped} : {changes} changements, {violations} violations "
        "du consentement. Chaque changement avec le jugement du consentement à ce moment :",
    ),
    "md.recording.none": ("No change was seen.", "Aucun changement n'a été vu."),
    "md.violation": ("CONSENT VIOLATION", "VIOLATION DU CONSENTEMENT"),
    "md.cookies.end": ("Cookies at the end", "Cookies à la fin"),
    "md.cookies.start": ("Cookies at the start", "Cookies au début"),
    "md.tool": ("Tool", "Outil"),
    "md.catalog": ("Catalogue", "Catalogue"),
    "md.os": ("System", "Système"),
    "md.findings": ("Findings", "Constats"),
    "md.none": ("None.", "Aucun."),
    "md.fix": ("Fix", "Solution"),
    "md.command": ("Command", "Commande"),
    "md.consent": ("Consent choices", "Choix de consentement"),
    "md.no-consent": ("No consent cookie.", "Aucun cookie de consentement."),
    "md.unreadable": ("value unavailable", "valeur illisible"),
    "md.chosen": ("chosen {at}", "choisi le {at}"),
    "md.consent-read": (
        "format: {shape}; keys understood: {understood}; not understood: {other}",
        "format: {shape}; clés comprises: {understood}; non compris: {other}",
    ),
    "md.stores": ("Browsers and profiles", "Navigateurs et profils"),
    "md.cookies": ("Cookies", "Cookies"),
    "md.searched": ("Places searched", "Emplacements examinés"),
    "md.store": ("Store", "Fichier de cookies"),
    "md.path": ("Path", "Chemin"),
    "md.schema": ("Schema", "Schéma"),
    "md.running": ("Running", "Ouvert"),
    "md.error-or-note": ("Error or note", "Erreur ou note"),
    "md.name": ("Name", "Nom"),
    "md.host": ("Host", "Hôte"),
    "md.category": ("Category", "Catégorie"),
    "md.expires": ("Expires", "Expiration"),
    "md.flags": ("Flags", "Attributs"),
    "md.length": ("Length", "Longueur"),
    "md.hash": ("Hash", "Empreinte"),
    "md.notes": ("Read only in part", "Lus en partie seulement"),
    "md.values": (
        "Cookie values are never included: each is replaced by its length and a salted hash. "
        "Equal hashes within this report mean equal values; the salt is new for every report and "
        "not kept, so a hash cannot be used to check a guessed value.",
        "Les valeurs des cookies ne figurent jamais ici : chacune est remplacée par sa longueur "
        "et une empreinte salée. Deux empreintes égales dans ce rapport signifient deux valeurs "
        "égales ; le sel, nouveau pour chaque rapport, n'est pas conservé : une empreinte ne "
        "permet pas de vérifier une valeur devinée.",
    ),
    # The state directory, backups, the browser guard and the write path (tui/paths.py,
    # tui/stores/backup.py, guard.py, write.py)
    "state.at": ("{path}: {reason}", "{path} : {reason}"),
    "state.dir-link": (
        "is a symbolic link; refusing to use it",
        "est un lien symbolique ; refusé",
    ),
    "state.unusable": ("cannot be used ({reason})", "inutilisable ({reason})"),
    "state.not-dir": ("is not a directory", "n'est pas un dossier"),
    "state.other-user": (
        "belongs to another user (uid {uid}); refusing to keep backups there",
        "appartient à un autre utilisateur (uid {uid}) ; aucune sauvegarde n'y sera gardée",
    ),
    "state.others-write": (
        "others may write to it (mode {mode}); refusing to keep backups there (make it 0700 or "
        "choose another XDG_STATE_HOME)",
        "d'autres peuvent y écrire (mode {mode}) ; aucune sauvegarde n'y sera gardée "
        "(passez-le en 0700 ou choisissez un autre XDG_STATE_HOME)",
    ),
    "state.file-link": (
        "is a symbolic link; refusing to follow it",
        "est un lien symbolique ; il ne sera pas suivi",
    ),
    "state.not-own-file": (
        "not a regular file of this user's; refusing to use it",
        "pas un fichier ordinaire de cet utilisateur ; refusé",
    ),
    "backup.locked": (
        "{store}: another saemes-cookies process is still writing this store; try again when "
        "it has finished",
        "{store} : un autre processus saemes-cookies écrit encore ce fichier ; réessayez "
        "quand il aura fini",
    ),
    "backup.cannot-write": (
        "cannot write a backup in {dir}: {reason}",
        "impossible d'écrire une sauvegarde dans {dir} : {reason}",
    ),
    "backup.busy": (
        "{store}: locked by another program while backing up",
        "{store} : verrouillé par un autre programme pendant la sauvegarde",
    ),
    "backup.too-many": (
        "{dir}: too many backups named {base}",
        "{dir} : trop de sauvegardes nommées {base}",
    ),
    "backup.none": (
        "no backup {name} in {dir}; `saemes-cookies backups` lists them",
        "aucune sauvegarde {name} dans {dir} ; `saemes-cookies backups` les liste",
    ),
    "guard.running": (
        "{browser} is running with profile {profile}: close {browser} and retry",
        "{browser} est ouvert avec le profil {profile} : fermez {browser} et réessayez",
    ),
    "guard.locked": (
        "the {browser} store of profile {profile} is locked by another program (is {browser} "
        "running?): close it and retry",
        "le fichier {browser} du profil {profile} est verrouillé par un autre programme "
        "({browser} est-il ouvert ?) : fermez-le et réessayez",
    ),
    "write.unchanged": ("{why}; nothing was changed", "{why} ; rien n'a été modifié"),
    "write.unchanged-checked": (
        "{why}; nothing was changed (checked)",
        "{why} ; rien n'a été modifié (vérifié)",
    ),
    "write.unchanged-other": (
        "{why}; nothing was changed by this tool, but the store no longer holds what it held "
        "when it was read (another program wrote to it): scan again",
        "{why} ; cet outil n'a rien modifié, mais le fichier ne contient plus ce qu'il "
        "contenait à la lecture (un autre programme y a écrit) : relancez l'analyse",
    ),
    "write.put-back": (
        "{why}; the store was put back from backup {backup}",
        "{why} ; le fichier a été remis depuis la sauvegarde {backup}",
    ),
    "write.not-put-back": (
        "{why}; the store could not be checked or put back: run `saemes-cookies restore "
        "{backup}` once the problem is solved",
        "{why} ; le fichier n'a pas pu être vérifié ni remis : lancez `saemes-cookies restore "
        "{backup}` une fois le problème résolu",
    ),
    "write.family": (
        "{browser} stores cannot be changed by this tool",
        "les fichiers de cookies {browser} ne peuvent pas être modifiés par cet outil",
    ),
    "write.no-store": ("no such cookie store", "fichier de cookies inexistant"),
    "write.read-only": (
        "the store is read-only (file permissions or a read-only file system)",
        "le fichier est en lecture seule (permissions ou système de fichiers en lecture seule)",
    ),
    "write.cantopen": (
        "the store cannot be opened for writing",
        "le fichier ne peut pas être ouvert en écriture",
    ),
    "write.damaged-store": ("the store is damaged", "le fichier est endommagé"),
    "write.compare": (
        "cannot compare the store with backup {backup}: {reason}",
        "impossible de comparer le fichier avec la sauvegarde {backup} : {reason}",
    ),
    "write.deleted-count": (
        "{deleted} rows deleted instead of {chosen}",
        "{deleted} lignes supprimées au lieu de {chosen}",
    ),
    "write.no-table": (
        "no {table} table: not a {family} cookie store",
        "pas de table {table} : pas un fichier de cookies {family}",
    ),
    "write.key-columns": (
        "{table} lacks the key columns {columns}",
        "il manque à {table} les colonnes de clé {columns}",
    ),
    "write.key-mismatch": (
        "a cookie's key does not match the store's unique key; the store changed since it was "
        "read: scan again",
        "la clé d'un cookie ne correspond pas à la clé unique du fichier ; il a changé depuis la "
        "lecture : relancez l'analyse",
    ),
    "write.not-as-read": (
        "{wrong} of the {chosen} chosen cookies are not in the store as read (it changed since): "
        "scan again",
        "{wrong} des {chosen} cookies choisis ne sont plus dans le fichier tel qu'il a été lu "
        "(il a changé depuis) : relancez l'analyse",
    ),
    "write.damaged": (
        "quick_check reports damage ({count} problem(s))",
        "quick_check signale des dégâts ({count} problème(s))",
    ),
    "write.unexpected": (
        "the store does not hold what was expected (rows differing: {differing})",
        "le fichier ne contient pas ce qui était attendu (lignes différentes : {differing})",
    ),
    "write.journal": (
        "the journal mode changed from {mode}",
        "le mode de journal a changé ({mode})",
    ),
    "write.backup-mismatch": (
        "the backup {backup} does not match the store",
        "la sauvegarde {backup} ne correspond pas au fichier",
    ),
    "write.schema-changed": (
        "the store's schema changed since backup {backup} (a browser update?); restoring it "
        "could break the store",
        "le schéma du fichier a changé depuis la sauvegarde {backup} (une mise à jour du "
        "navigateur ?) ; la remettre pourrait abîmer le fichier",
    ),
    # Planning a deletion (tui/deletion.py)
    "plan.not-a-code": (
        "{code} is not a finding code; the codes are: {codes}",
        "{code} n'est pas un code de constat ; les codes sont : {codes}",
    ),
    "plan.no-finding": (
        "no finding {code} in these stores now: nothing to fix",
        "aucun constat {code} dans ces fichiers maintenant : rien à corriger",
    ),
    "plan.no-deletion": (
        "the finding {code} has no deletion to carry out",
        "le constat {code} n'a aucune suppression à effectuer",
    ),
    "plan.no-deletion.fix": (
        "the finding {code} has no deletion to carry out (its fix: {fix})",
        "le constat {code} n'a aucune suppression à effectuer (sa solution : {fix})",
    ),
    "plan.safari": (
        "Safari stores are read-only to this tool",
        "les fichiers Safari sont en lecture seule pour cet outil",
    ),
    "plan.unreadable": ("the store could not be read", "le fichier n'a pas pu être lu"),
    "audit.failed": (
        "the audit log could not be written: {reason}",
        "le journal d'audit n'a pas pu être écrit : {reason}",
    ),
    "audit.failed.at": (
        "the audit log {path} could not be written: {reason}",
        "le journal d'audit {path} n'a pas pu être écrit : {reason}",
    ),
    "audit.later": (
        "the audit log {path} could not be written ({reason}); the next run of saemes-cookies "
        "writes it from the intent kept beside it",
        "le journal d'audit {path} n'a pas pu être écrit ({reason}) ; la prochaine exécution "
        "de saemes-cookies l'écrira d'après l'intention gardée à côté",
    ),
    "audit.settled.delete": (
        "a deletion from {store} was interrupted; by the store, {done} of its cookies were "
        "deleted and {not_done} were not: the audit log now says so",
        "une suppression dans {store} a été interrompue ; d'après le fichier, {done} de ses "
        "cookies ont été supprimés et {not_done} non : le journal d'audit le dit désormais",
    ),
    "audit.settled.restored": (
        "a restore of {store} was interrupted once made: the audit log now says so",
        "une restauration de {store} a été interrompue une fois faite : le journal d'audit le "
        "dit désormais",
    ),
    "audit.settled.not-restored": (
        "a restore of {store} was interrupted before it was made: the audit log now says so",
        "une restauration de {store} a été interrompue avant d'être faite : le journal "
        "d'audit le dit désormais",
    ),
    # Untrusted JSON: catalogues and reports (tui/jsonread.py, catalog.py, report/load.py,
    # namepattern.py), "<file>: <where>: <what>"
    "file.at": ("{file}: {reason}", "{file} : {reason}"),
    # What the tool found where it expected a regular file (tui/paths.py, NotAFile).
    "file.not-regular": ("is {kind}, not a regular file", "est {kind}, pas un fichier ordinaire"),
    "file.kind.fifo": ("a FIFO (named pipe)", "un FIFO (tube nommé)"),
    "file.kind.device": ("a device", "un périphérique"),
    "file.kind.directory": ("a directory", "un dossier"),
    "file.kind.socket": ("a socket", "une socket"),
    "file.kind.other": ("something else", "autre chose"),
    "json.at": ("{where}: {what}", "{where} : {what}"),
    "json.not-found": ("file not found", "fichier introuvable"),
    "json.unreadable": ("cannot be read ({reason})", "illisible ({reason})"),
    "json.too-large": ("larger than {size}, not read", "plus grand que {size}, non lu"),
    "json.not-utf8": ("cannot be read (not UTF-8 text)", "illisible (pas du texte UTF-8)"),
    "json.invalid": (
        "not valid JSON at line {line}, column {column}: {reason}",
        "JSON non valide ligne {line}, colonne {column} : {reason}",
    ),
    "json.too-deep": (
        "nested deeper than {levels} levels",
        "imbriqué sur plus de {levels} niveaux",
    ),
    "json.not-a-number": ("{token} is not a JSON number", "{token} n'est pas un nombre JSON"),
    "json.too-many-digits": (
        "a number of {digits} digits (at most {most} are read)",
        "un nombre de {digits} chiffres (au plus {most} sont lus)",
    ),
    "json.too-large-number": (
        "a number too large for this tool",
        "un nombre trop grand pour cet outil",
    ),
    "json.line-column": ("line {line}, column {column}", "ligne {line}, colonne {column}"),
    "json.top-level": ("(top level)", "(premier niveau)"),
    "json.expected-object": ("expected an object, found {found}", "objet attendu, trouvé {found}"),
    "json.missing-key": ("missing key '{key}'", "clé '{key}' manquante"),
    "json.unknown-key": ("unknown key", "clé inconnue"),
    "json.expected-list": ("expected a list, found {found}", "liste attendue, trouvé {found}"),
    "json.expected-nonempty": (
        "expected a non-empty string, found {found}",
        "texte non vide attendu, trouvé {found}",
    ),
    "json.expected-string": ("expected a string, found {found}", "texte attendu, trouvé {found}"),
    "json.expected-boolean": (
        "expected true or false, found {found}",
        "true ou false attendu, trouvé {found}",
    ),
    "json.expected-integer": (
        "expected a whole number, found {found}",
        "nombre entier attendu, trouvé {found}",
    ),
    "json.not-one-of": ("{found} is not one of {allowed}", "{found} n'est pas l'un de {allowed}"),
    "json.not-a-date": ("not an ISO 8601 date and time", "pas une date et heure ISO 8601"),
    "json.no-zone": (
        "a date and time without a time zone",
        "une date et heure sans fuseau horaire",
    ),
    "json.date-range": (
        "a date and time outside {earliest} to {latest} (UTC)",
        "une date et heure hors de {earliest} à {latest} (UTC)",
    ),
    "json.kind.number": ("a number", "un nombre"),
    "json.kind.string": ("a string", "un texte"),
    "json.kind.list": ("a list", "une liste"),
    "json.kind.object": ("an object", "un objet"),
    "catalog.listed-twice": ("{found} is listed twice", "{found} est listé deux fois"),
    "catalog.empty-list": ("the list is empty", "la liste est vide"),
    "catalog.used-twice": ("{found} is used twice", "{found} est utilisé deux fois"),
    "catalog.bad-regex": (
        "not a valid regex: {reason}",
        "expression régulière non valide : {reason}",
    ),
    "catalog.not-a-source": (
        "{found} is not a key of sources",
        "{found} n'est pas une clé de sources",
    ),
    "catalog.seconds": (
        "expected a whole number of seconds or null, found {found}",
        "nombre entier de secondes ou null attendu, trouvé {found}",
    ),
    "load.markdown": (
        "a Markdown report; open the JSON one (report --format json)",
        "un rapport Markdown ; ouvrez le rapport JSON (report --format json)",
    ),
    "load.not-ours": ("not a saemes-cookies report", "pas un rapport saemes-cookies"),
    "load.newer": (
        "version {version} is newer than this tool reads",
        "la version {version} est plus récente que ce que lit cet outil",
    ),
    "load.no-store": (
        "no such store in the report",
        "pas de tel fichier de cookies dans le rapport",
    ),
    "load.no-cookie": ("no such cookie in the report", "pas de tel cookie dans le rapport"),
    "load.bad-event": (
        "not a change this version records",
        "pas un changement que cette version enregistre",
    ),
    "load.bad-consent": (
        "not a consent record this tool reads",
        "pas un enregistrement de consentement que cet outil lit",
    ),
    "load.bad-family": ("unknown browser family", "famille de navigateur inconnue"),
    "load.bad-key": ("expected [column, value]", "[colonne, valeur] attendu"),
    "load.bad-key-value": (
        "expected [column, value] with a key value as `report` writes it",
        "[colonne, valeur] attendu, la valeur telle que `report` l'écrit",
    ),
    "pattern.at": ("{what} (at character {position})", "{what} (au caractère {position})"),
    "pattern.too-long": ("longer than {most} characters", "plus long que {most} caractères"),
    "pattern.repeats-nothing": ("'{char}' repeats nothing", "'{char}' ne répète rien"),
    "pattern.repeat-repeat": (
        "'{char}' after a repeat is not supported",
        "'{char}' après une répétition n'est pas pris en charge",
    ),
    "pattern.groups": ("groups are not supported", "les groupes ne sont pas pris en charge"),
    "pattern.alternation": (
        "alternation '|' is not supported: write one entry for each",
        "l'alternative '|' n'est pas prise en charge : écrivez une entrée pour chacune",
    ),
    "pattern.counted": (
        "counted repeats '{{m,n}}' are not supported",
        "les répétitions comptées '{{m,n}}' ne sont pas prises en charge",
    ),
    "pattern.stray-bracket": (
        "a ']' outside a set must be escaped",
        "un ']' hors d'un ensemble doit être échappé",
    ),
    "pattern.anchor-start": ("'^' is only accepted at the start", "'^' n'est accepté qu'au début"),
    "pattern.anchor-end": ("'$' is only accepted at the end", "'$' n'est accepté qu'à la fin"),
    "pattern.trailing-backslash": (
        "the pattern ends with a backslash",
        "le motif se termine par une barre oblique inverse",
    ),
    "pattern.escape": ("'\\{char}' is not supported", "'\\{char}' n'est pas pris en charge"),
    "pattern.unclosed": ("a '[' is never closed", "un '[' n'est jamais fermé"),
    "pattern.range-ends": (
        "a range needs a single character at each end",
        "une plage demande un seul caractère à chaque bout",
    ),
    "pattern.range-order": (
        "a range whose end comes before its start",
        "une plage dont la fin précède le début",
    ),
    "pattern.empty-set": ("an empty set '[]'", "un ensemble vide '[]'"),
    "pattern.set-escape": (
        "a '{char}' inside a set must be escaped",
        "un '{char}' dans un ensemble doit être échappé",
    ),
    # The command line (tui/cli/): help, then what the commands say
    "help.about": (
        "Shows which cookies the open-data portal opendata.saemes.fr left in your browsers, "
        "explains\neach one from the portal's cookie policy, and deletes the ones that are not "
        "necessary.\n\nWith no command, opens the interactive app. Every browser profile found "
        "on this machine is\nread ({browsers}; {macos_only} on macOS);\nreading never changes "
        "a store. Cookie values are never printed.\n",
        "Montre les cookies que le portail de données ouvertes opendata.saemes.fr a laissés dans "
        "vos\nnavigateurs, explique chacun d'après la politique de cookies du portail, et "
        "supprime ceux qui ne\nsont pas nécessaires.\n\nSans commande, ouvre l'application "
        "interactive. Tous les profils de navigateur trouvés sur\ncette machine sont lus "
        "({browsers} ;\n{macos_only} sous macOS) ; la lecture ne modifie jamais un fichier. "
        "Les valeurs des cookies ne sont\njamais affichées.\n",
    ),
    "help.demo": (
        "work on a generated demo home instead of this machine's browsers (no browser needed): "
        "the app, scan, report, delete and watch; it is built for the command and removed after "
        "it, "
        "backups and audit log included",
        "travailler sur un dossier personnel de démonstration généré plutôt que sur les "
        "navigateurs de cette machine (aucun navigateur requis) : l'application, scan, report, "
        "delete et watch ; il est créé pour la commande et supprimé ensuite, sauvegardes et "
        "journal d'audit compris",
    ),
    "help.store": (
        "read this store instead of discovering browsers: a Chromium 'Cookies' file, a Firefox "
        "'cookies.sqlite', or a profile or user-data directory (repeatable)",
        "lire ce fichier au lieu de chercher les navigateurs : un fichier 'Cookies' de "
        "Chromium, un 'cookies.sqlite' de Firefox, ou un dossier de profil ou de données "
        "utilisateur (répétable)",
    ),
    "help.browser": (
        "only this browser (repeatable): {names}",
        "seulement ce navigateur (répétable) : {names}",
    ),
    "help.site": (
        "the Opendatasoft portal whose cookies are read, e.g. data.economie.gouv.fr: its host, "
        "the host as a domain and the registrable domain above it, explained from the portal "
        "template's cookie policy (default: {site})",
        "le portail Opendatasoft dont les cookies sont lus, par ex. data.economie.gouv.fr : son "
        "hôte, l'hôte en tant que domaine et le domaine enregistrable au-dessus, expliqués par la "
        "politique de cookies du modèle de portail (par défaut : {site})",
    ),
    "site.not-a-host": (
        "'{site}' is not a host name (give the portal's host alone, e.g. "
        "data.economie.gouv.fr, without https:// or a path)",
        "« {site} » n'est pas un nom d'hôte (donnez l'hôte du portail seul, par ex. "
        "data.economie.gouv.fr, sans https:// ni chemin)",
    ),
    "site.ip": (
        "{site} is an IP address; give the portal's host name",
        "{site} est une adresse IP ; donnez le nom d'hôte du portail",
    ),
    "site.public-suffix": (
        "{site} is a public suffix, which no site's cookies can be "
        "scoped to; give the portal's own host",
        "{site} est un suffixe public, auquel aucun site ne "
        "peut rattacher ses cookies ; donnez l'hôte du portail lui-même",
    ),
    "help.catalog": (
        "use this catalogue instead of the packaged catalog.json",
        "utiliser ce catalogue au lieu du catalog.json fourni",
    ),
    "help.lang": (
        "language of labels and explanations (default: from the locale, else English)",
        "langue des libellés et des explications (par défaut : celle de la locale, sinon "
        "l'anglais)",
    ),
    # argparse's own words, which it would print in English whatever --lang says
    "argparse.usage": ("usage: ", "utilisation : "),
    # French puts a space before the colon argparse adds.
    "argparse.positionals": ("positional arguments", "arguments positionnels "),
    "argparse.options": ("options", "options "),
    "argparse.help": ("show this help message and exit", "afficher cette aide et quitter"),
    "argparse.version": (
        "show the program's version number and exit",
        "afficher le numéro de version du programme et quitter",
    ),
    "argparse.error": ("error:", "erreur :"),
    "help.scan": (
        "list the site's cookies in every browser profile (table, or --json)",
        "lister les cookies du site dans chaque profil de navigateur (tableau, ou --json)",
    ),
    "help.scan.about": (
        "List the cookies of opendata.saemes.fr in every browser profile, with their category "
        "from the catalogue. Values are never shown; with --json each cookie carries its value "
        "length only. Exit 0 when the scan ran (store errors are listed), 1 when a --store path "
        "does not exist, 2 on bad arguments or catalogue.",
        "Liste les cookies d'opendata.saemes.fr dans chaque profil de navigateur, avec leur "
        "catégorie d'après le catalogue. Les valeurs ne sont jamais affichées ; avec --json "
        "chaque cookie ne porte que la longueur de sa valeur. Code de sortie 0 quand l'analyse "
        "a eu lieu (les erreurs de fichiers sont listées), 1 quand un chemin de --store "
        "n'existe pas, 2 pour des arguments ou un catalogue invalides.",
    ),
    "help.scan.json": ("print one JSON document", "afficher un document JSON"),
    "help.report": (
        "write a redacted report for support (JSON, or Markdown to paste in a ticket)",
        "écrire un rapport expurgé pour le support (JSON, ou Markdown à coller dans un ticket)",
    ),
    "help.report.about": (
        "Scan like `scan`, then write everything `scan --json` shows plus the environment "
        "(system, browsers and profiles, versions). Values are never written: each is replaced "
        "by its length and a salted hash, so support can see whether two cookies hold the same "
        "value. Exit 0 when written, 1 when the file cannot be written, 2 on bad arguments or "
        "catalogue.",
        "Analyse comme `scan`, puis écrit tout ce que montre `scan --json` avec l'environnement "
        "(système, navigateurs et profils, versions). Les valeurs ne sont jamais écrites : "
        "chacune est remplacée par sa longueur et une empreinte salée, pour que le support voie "
        "si deux cookies ont la même valeur. Code de sortie 0 une fois écrit, 1 si le fichier ne "
        "peut pas être écrit, 2 pour des arguments ou un catalogue invalides.",
    ),
    "help.report.output": (
        "where to write the report ('-' for standard output)",
        "où écrire le rapport ('-' pour la sortie standard)",
    ),
    "help.include-paths": (
        "keep the absolute paths (store paths, places searched, fix commands) instead of "
        "writing the home as ~",
        "garder les chemins absolus (fichiers de cookies, emplacements examinés, commandes de "
        "correction) au lieu d'écrire le dossier personnel ~",
    ),
    "help.report.format": (
        "json (what `open` reads) or md (readable, for a ticket); default: from the file's "
        "extension (.md: md), else json",
        "json (ce que lit `open`) ou md (lisible, pour un ticket) ; par défaut : selon "
        "l'extension du fichier (.md : md), sinon json",
    ),
    "help.open": (
        "open a report (from `report`) or a recording (from `watch -o`) in the app, read-only",
        "ouvrir un rapport (de `report`) ou un enregistrement (de `watch -o`) dans "
        "l'application, en lecture seule",
    ),
    "help.open.about": (
        "Open a JSON report written by `report` in the same app, as the user saw it: the same "
        "table, consent and findings, read-only (nothing is read from this machine's browsers, "
        "nothing can be deleted, and values are not in a report). Exit 2 when the file is not a "
        "report this tool can read.",
        "Ouvre un rapport JSON écrit par `report` dans la même application, tel que "
        "l'utilisateur l'a vu : le même tableau, le consentement et les constats, en lecture "
        "seule (rien n'est lu dans les navigateurs de cette machine, rien ne peut être supprimé, "
        "et les valeurs ne sont pas dans un rapport). Code de sortie 2 quand le fichier n'est "
        "pas un rapport que cet outil sait lire.",
    ),
    "help.open.file": (
        "the report or recording (JSON)",
        "le rapport ou l'enregistrement (JSON)",
    ),
    "help.delete": (
        "delete the site's cookies that are not necessary (after a backup)",
        "supprimer les cookies du site qui ne sont pas nécessaires (après une sauvegarde)",
    ),
    "help.delete.about": (
        "Delete the cookies of opendata.saemes.fr whose catalogue category is not necessary. "
        "Unclassified cookies go only with --include-unclassified. With --name, exactly the "
        "cookies with those names go, whatever their category: with --finding, exactly the "
        "cookies of that finding's fix; either is the only way to delete a necessary cookie, "
        "after a warning of what follows. --host keeps only the cookies stored on those hosts. "
        "A store whose browser runs is left untouched (and named) while the others are cleaned; "
        "each store is backed up first (see `backups`, `restore`). Without --yes, asks on a "
        "terminal and refuses without one. Exit 0 when done, 1 when a write failed (the message "
        "says what became of the store) or a store could not be read (dry run too), 2 on bad "
        "arguments, an unknown finding or without confirmation, 3 when a store was left "
        "untouched because its browser runs (dry run too); 1 wins over 3.",
        "Supprime les cookies d'opendata.saemes.fr dont la catégorie au catalogue n'est pas "
        "« nécessaire ». Les cookies non classés ne partent qu'avec --include-unclassified. Avec "
        "--name, exactement les cookies de ces noms partent, quelle que soit leur catégorie ; "
        "avec --finding, exactement ceux de la solution de ce constat ; c'est la seule façon de "
        "supprimer un cookie nécessaire, après un avertissement de ce qui s'ensuit. --host ne "
        "garde que les cookies enregistrés sur ces hôtes. Un fichier dont le navigateur est "
        "ouvert est laissé intact (et nommé) pendant que les autres sont nettoyés ; chaque "
        "fichier est d'abord sauvegardé (voir `backups`, `restore`). Sans --yes, demande sur un "
        "terminal et refuse sans terminal. Code de sortie 0 une fois fait, 1 si une écriture a "
        "échoué (le message dit ce qu'est devenu le fichier) ou si un fichier n'a pas pu être "
        "lu (même à blanc), 2 pour des arguments invalides, un constat inconnu ou sans "
        "confirmation, 3 quand un fichier a été laissé intact parce que son navigateur est "
        "ouvert (même à blanc) ; 1 l'emporte sur 3.",
    ),
    "help.delete.dry-run": (
        "list what would go and change nothing",
        "lister ce qui partirait, sans rien modifier",
    ),
    "help.yes": ("do not ask for confirmation", "ne pas demander de confirmation"),
    "help.delete.include-unclassified": (
        "also delete the site's cookies the catalogue does not know",
        "supprimer aussi les cookies du site que le catalogue ne connaît pas",
    ),
    "help.delete.name": (
        "delete exactly the cookies with this name, of any category (repeatable)",
        "supprimer exactement les cookies de ce nom, de toute catégorie (répétable)",
    ),
    "help.delete.host": (
        "only the cookies stored on this host, exactly as stored, e.g. .saemes.fr or "
        "opendata.saemes.fr (repeatable; with --name, the cookies with that name on it)",
        "seulement les cookies enregistrés sur cet hôte, exactement comme enregistré, par ex. "
        ".saemes.fr ou opendata.saemes.fr (répétable ; avec --name, les cookies de ce nom sur "
        "cet hôte)",
    ),
    "help.delete.finding": (
        "carry out the fix of the findings with this code (as `scan --json` lists them, e.g. "
        "duplicate-scope): exactly the cookies that fix deletes",
        "appliquer la solution des constats de ce code (tels que `scan --json` les liste, par "
        "ex. duplicate-scope) : exactement les cookies que cette solution supprime",
    ),
    "help.backups": (
        "list the backups taken before each deletion or restore",
        "lister les sauvegardes prises avant chaque suppression ou restauration",
    ),
    "help.backups.about": (
        "List the backups in the state directory, newest first (the last 20 of each store are "
        "kept). Exit 0.",
        "Liste les sauvegardes du dossier d'état, les plus récentes d'abord (les 20 dernières de "
        "chaque fichier sont gardées). Code de sortie 0.",
    ),
    "help.restore": ("put a backup back over its store", "remettre une sauvegarde sur son fichier"),
    "help.restore.about": (
        "Replace a store with one of its backups (every site's cookies go back to that moment). "
        "The present state is backed up first, so a restore can be undone too. Same guard and "
        "confirmation as `delete`. Exit 0 when done, 1 when a write failed (the message says "
        "what became of the store), 2 on bad arguments or without confirmation, 3 while the "
        "browser that owns the store runs.",
        "Remplace un fichier de cookies par l'une de ses sauvegardes (les cookies de tous les "
        "sites reviennent à ce moment-là). L'état présent est d'abord sauvegardé, une "
        "restauration peut donc aussi être annulée. Même garde et même confirmation que "
        "`delete`. Code de sortie 0 une fois fait, 1 si une écriture a échoué (le message dit ce "
        "qu'est devenu le fichier), 2 pour des arguments invalides ou sans confirmation, 3 "
        "tant que le navigateur du fichier est ouvert.",
    ),
    "help.restore.backup": (
        "a backup id, as `backups` lists it",
        "un identifiant de sauvegarde, tel que `backups` le liste",
    ),
    "cli.not-confirmed.no-terminal": (
        "not confirmed: run it on a terminal to be asked, or pass --yes",
        "non confirmé : lancez-le dans un terminal pour qu'on vous le demande, ou passez --yes",
    ),
    "cli.not-confirmed": ("not confirmed", "non confirmé"),
    "cli.yes-no": ("[y/N]", "[o/N]"),
    "cli.store-or-browser": (
        "give --store or --browser, not both",
        "donnez --store ou --browser, pas les deux",
    ),
    "cli.delete.one-by-one": (
        "--name and --finding pick cookies one by one; --include-unclassified only applies "
        "without them",
        "--name et --finding choisissent les cookies un par un ; --include-unclassified ne "
        "s'applique que sans eux",
    ),
    "cli.delete.nothing": ("Nothing to delete.", "Rien à supprimer."),
    "cli.delete.nothing-readable": (
        "Nothing to delete in the stores that could be read.",
        "Rien à supprimer dans les fichiers qui ont pu être lus.",
    ),
    "cli.delete.would-leave": (
        "Would leave {store} untouched: {why} before deleting.",
        "{store} serait laissé intact : {why} avant de supprimer.",
    ),
    "cli.delete.dry-run": ("Dry run: nothing was changed.", "À blanc : rien n'a été modifié."),
    "cli.delete.left": (
        "{store}: left untouched: {why}; nothing was changed in it",
        "{store} : laissé intact : {why} ; rien n'y a été modifié",
    ),
    "cli.delete.ask": (
        "Delete {cookies} from {stores}? Each store is backed up first.",
        "Supprimer {cookies} de {stores} ? Chaque fichier est d'abord sauvegardé.",
    ),
    "cli.delete.ask.left": (
        "Delete {cookies} from {stores} ({left} left untouched)? Each store is backed up first.",
        "Supprimer {cookies} de {stores} ({left} laissés intacts) ? Chaque fichier est d'abord "
        "sauvegardé.",
    ),
    "cli.delete.not-deleted": ("Nothing was deleted.", "Rien n'a été supprimé."),
    "cli.delete.unreadable": (
        "{store}: could not be read, nothing is deleted from it: {why}",
        "{store} : illisible, rien n'y est supprimé : {why}",
    ),
    "cli.delete.no-name": (
        "No cookie of the site is named {name}.",
        "Aucun cookie du site ne s'appelle {name}.",
    ),
    "cli.delete.no-name.on": (
        "No cookie of the site is named {name} on {hosts}.",
        "Aucun cookie du site ne s'appelle {name} sur {hosts}.",
    ),
    "cli.delete.no-host": (
        "No cookie of the site is stored on host {host}.",
        "Aucun cookie du site n'est enregistré sur l'hôte {host}.",
    ),
    "cli.delete.fixing": ("Fix of {code}: {fix}", "Solution de {code} : {fix}"),
    "cli.delete.fixing.in": (
        "Fix of {code} in {store}: {fix}",
        "Solution de {code} dans {store} : {fix}",
    ),
    "cli.delete.skipped": ("{store}: skipped, {why}.", "{store} : ignoré, {why}."),
    "cli.delete.would": ("Would delete:", "Serait supprimé :"),
    "cli.delete.to": ("To delete:", "À supprimer :"),
    "cli.delete.stays": (
        "Note: {name} ({host}) is necessary, but its copy on {twin} stays and keeps doing its "
        "work.",
        "Remarque : {name} ({host}) est nécessaire, mais sa copie sur {twin} reste et continue "
        "de jouer son rôle.",
    ),
    "cli.delete.stays.in": (
        "Note: in {store}, {name} ({host}) is necessary, but its copy on {twin} stays and keeps "
        "doing its work.",
        "Remarque : dans {store}, {name} ({host}) est nécessaire, mais sa copie sur {twin} reste "
        "et continue de jouer son rôle.",
    ),
    "cli.delete.unknown": ("unknown", "inconnu"),
    "cli.delete.warning": (
        "Warning: {name} ({host}) is necessary. What follows: {effect}",
        "Attention : {name} ({host}) est nécessaire. Ce qui s'ensuit : {effect}",
    ),
    "cli.delete.not-catalogued": (
        "not in the catalogue: effect unknown",
        "absent du catalogue : effet inconnu",
    ),
    "cli.delete.kept": ("Kept: {kept}.", "Gardés : {kept}."),
    "cli.delete.kept.hint": (
        "Kept: {kept} (name a cookie with --name to delete it; see --include-unclassified).",
        "Gardés : {kept} (nommez un cookie avec --name pour le supprimer ; voir "
        "--include-unclassified).",
    ),
    "cli.deleted": ("deleted", "supprimé"),
    "cli.delete.done": (
        "{store}: {cookies} deleted; backup {backup} (undo: saemes-cookies restore {backup})",
        "{store} : {cookies} supprimé(s) ; sauvegarde {backup} (annuler : saemes-cookies "
        "restore {backup})",
    ),
    "cli.delete.done.demo": (
        "{store}: {cookies} deleted; backup {backup}, removed with the demo home (nothing to "
        "undo: the next --demo starts afresh)",
        "{store} : {cookies} supprimé(s) ; sauvegarde {backup}, supprimée avec le dossier de "
        "démonstration (rien à annuler : le prochain --demo repart de zéro)",
    ),
    "n.store": ("1 store", "1 fichier de cookies"),
    "n.stores": ("{count} stores", "{count} fichiers de cookies"),
    "cli.backups.none": ("No backups in {dir}.", "Aucune sauvegarde dans {dir}."),
    "cli.backups.list": (
        "Backups in {dir}, newest first (the last 20 of each store are kept):",
        "Sauvegardes dans {dir}, les plus récentes d'abord (les 20 dernières de chaque fichier "
        "sont gardées) :",
    ),
    "cli.backups.rows": ("{rows} rows", "{rows} lignes"),
    "cli.backup.before-delete": ("before delete", "avant suppression"),
    "cli.backup.before-restore": ("before restore", "avant restauration"),
    "cli.restore.backup": (
        "Backup {id} of {store} ({path}), taken {taken} {reason}.",
        "Sauvegarde {id} de {store} ({path}), prise le {taken} {reason}.",
    ),
    "cli.restore.unchanged": ("Nothing was changed.", "Rien n'a été modifié."),
    "cli.restore.ask": (
        "Replace the whole store with this backup? Its present state is backed up first.",
        "Remplacer tout le fichier par cette sauvegarde ? Son état présent est d'abord sauvegardé.",
    ),
    "cli.restore.not-restored": ("Nothing was restored.", "Rien n'a été restauré."),
    "cli.restore.already": (
        "The store already holds what backup {id} holds: nothing was changed.",
        "Le fichier contient déjà ce que contient la sauvegarde {id} : rien n'a été modifié.",
    ),
    "cli.restore.done": (
        "Restored {id}; the state it replaced is backup {replaced} (undo: saemes-cookies "
        "restore {replaced}).",
        "{id} restaurée ; l'état qu'elle a remplacé est la sauvegarde {replaced} (annuler : "
        "saemes-cookies restore {replaced}).",
    ),
    "cli.restore.same": (
        "The store holds exactly what the backup holds: restoring changes nothing.",
        "Le fichier contient exactement ce que contient la sauvegarde : restaurer ne change rien.",
    ),
    "cli.restore.changes": (
        "Restoring replaces the whole store, every site's cookies included: {back}; {removed}; "
        "{changed}.",
        "Restaurer remplace tout le fichier, cookies de tous les sites compris : {back} ; "
        "{removed} ; {changed}.",
    ),
    # French counts 0 in the singular (tui.cli.common.counted).
    "cli.restore.back.one": ("{count} cookie comes back", "{count} cookie revient"),
    "cli.restore.back": ("{count} cookies come back", "{count} cookies reviennent"),
    "cli.restore.removed.one": (
        "{count} cookie added since goes",
        "{count} cookie ajouté depuis part",
    ),
    "cli.restore.removed": (
        "{count} cookies added since go",
        "{count} cookies ajoutés depuis partent",
    ),
    "cli.restore.changed.one": (
        "{count} cookie changed since (if only its last-access time) is reverted",
        "{count} cookie modifié depuis (ne serait-ce que son dernier accès) revient à son état "
        "d'avant",
    ),
    "cli.restore.changed": (
        "{count} cookies changed since (if only their last-access time) are reverted",
        "{count} cookies modifiés depuis (ne serait-ce que leur dernier accès) reviennent à "
        "leur état d'avant",
    ),
    "cli.restore.comes-back": ("comes back", "revient"),
    "cli.restore.goes": ("goes", "part"),
    "cli.report.failed": ("cannot write {file}: {reason}", "impossible d'écrire {file} : {reason}"),
    "cli.report.written": (
        "report written to {file} ({cookies} cookies, {findings} findings)",
        "rapport écrit dans {file} ({cookies} cookies, {findings} constats)",
    ),
    "cli.demo.backups": (
        "--demo keeps no backups: each demo home, its backups included, is removed when its "
        "command ends",
        "--demo ne garde aucune sauvegarde : chaque dossier de démonstration, sauvegardes "
        "comprises, est supprimé à la fin de sa commande",
    ),
    "cli.demo.restore": (
        "--demo keeps no backups to restore: each demo home, its backups included, is removed "
        "when its command ends",
        "--demo ne garde aucune sauvegarde à restaurer : chaque dossier de démonstration, "
        "sauvegardes comprises, est supprimé à la fin de sa commande",
    ),
    "cli.demo.open": (
        "--demo does not apply to open: a report is shown as it was written",
        "--demo ne s'applique pas à open : un rapport est montré tel qu'il a été écrit",
    ),
    "cli.demo.store": (
        "give --demo or --store, not both",
        "donnez --demo ou --store, pas les deux",
    ),
    "cli.demo.home": (
        "saemes-cookies: demo home {home} (generated; removed after this command; this "
        "machine's browsers are not read)",
        "saemes-cookies : dossier de démonstration {home} (généré ; supprimé après cette "
        "commande ; les navigateurs de cette machine ne sont pas lus)",
    ),
    # The app: every part reachable and readable (issue 13, item 5)
    "key.tabs": ("Tabs", "Onglets"),
    "key.details": ("Details", "Détails"),
    "key.details.tip": (
        "Show the Details tab: the highlighted cookie in full",
        "Afficher l'onglet Détails : le cookie en surbrillance en entier",
    ),
    "key.findings": ("Findings", "Constats"),
    "key.findings.tip": (
        "Show the Findings tab: what looks wrong (the arrows move through it, enter shows a "
        "finding's cookies)",
        "Afficher l'onglet Constats : ce qui semble anormal (les flèches le parcourent, entrée "
        "montre les cookies d'un constat)",
    ),
    "key.consent": ("Consent", "Consentement"),
    "key.consent.tip": (
        "Show the Consent tab: what each consent cookie says was accepted or refused",
        "Afficher l'onglet Consentement : ce que chaque cookie de consentement dit accepté ou "
        "refusé",
    ),
    "d.sources": ("Sources", "Sources"),
    "confirm.none.y": (
        "Nothing is deleted: every profile in this list has its browser running. Close "
        "{browsers}, then press d again.",
        "Rien n'est supprimé : chaque profil de cette liste a son navigateur ouvert. Fermez "
        "{browsers}, puis appuyez de nouveau sur d.",
    ),
    # The command line in terminals, pipes and scripts (issue 13): interruptions, options that
    # a command does not take, the app without a terminal, and a scan that finds nothing.
    "cli.interrupted": ("interrupted (Ctrl+C)", "interrompu (Ctrl+C)"),
    "cli.interrupted.unchanged": (
        "interrupted (Ctrl+C): nothing was changed",
        "interrompu (Ctrl+C) : rien n'a été modifié",
    ),
    "cli.interrupted.write": (
        "interrupted (Ctrl+C) while writing: the store being written was left as it was; "
        "stores finished before stay written (saemes-cookies backups lists their backups)",
        "interrompu (Ctrl+C) pendant l'écriture : le stockage en cours d'écriture est resté tel "
        "qu'il était ; ceux terminés avant le restent (saemes-cookies backups liste leurs "
        "sauvegardes)",
    ),
    "cli.interrupted.deleted": (
        "interrupted (Ctrl+C): the deletions listed above were made, and are in the audit log; "
        "nothing else was changed",
        "interrompu (Ctrl+C) : les suppressions listées ci-dessus ont été faites et sont dans "
        "le journal d'audit ; rien d'autre n'a été modifié",
    ),
    "cli.interrupted.restored": (
        "interrupted (Ctrl+C): the restore above was made, and is in the audit log",
        "interrompu (Ctrl+C) : la restauration ci-dessus a été faite et est dans le journal "
        "d'audit",
    ),
    "cli.option.not-here": (
        "{command} does not take {option}",
        "{command} ne prend pas {option}",
    ),
    "cli.option.unknown": (
        "{command} has no option {option}",
        "{command} n'a pas d'option {option}",
    ),
    "cli.option.unknown.near": (
        "{command} has no option {option}; did you mean {near}?",
        "{command} n'a pas d'option {option} ; vouliez-vous dire {near} ?",
    ),
    "cli.no-terminal": (
        "the app needs a terminal (its input and output); in a pipe, a file or a script use "
        "scan, scan --json or report",
        "l'application a besoin d'un terminal (en entrée et en sortie) ; dans un tube, un "
        "fichier ou un script, utilisez scan, scan --json ou report",
    ),
    "nothing.read.one": (
        "1 profile read, without a cookie of the site:",
        "1 profil lu, sans cookie du site :",
    ),
    "nothing.read.many": (
        "{count} profiles read, none with a cookie of the site:",
        "{count} profils lus, aucun avec un cookie du site :",
    ),
    "nothing.not-here": (
        "{browser}: no place to look on this system (it keeps its profiles on {systems})",
        "{browser} : aucun emplacement sur ce système (il garde ses profils sous {systems})",
    ),
    "nothing.found": ("there", "présent"),
    "nothing.absent": ("not there", "absent"),
    "nothing.again": (
        "Visit https://{site} in your browser, then run saemes-cookies scan again.",
        "Visitez https://{site} dans votre navigateur, puis relancez saemes-cookies scan.",
    ),
    "nothing.all-browsers": (
        "Without --browser, every browser this tool knows is searched.",
        "Sans --browser, tous les navigateurs que connaît cet outil sont examinés.",
    ),
    "nothing.check-store": (
        "Check the paths given to --store: each must exist and be a Cookies or cookies.sqlite "
        "file, or a profile folder.",
        "Vérifiez les chemins donnés à --store : chacun doit exister et être un fichier Cookies "
        "ou cookies.sqlite, ou un dossier de profil.",
    ),
    "scan.store-failed": ("--store {error}", "--store {error}"),
    # Watching live: `saemes-cookies watch` (tui/cli/watch.py) and its lines (tui/watch/lines.py)
    "help.watch": (
        "print each change to the site's cookies as it happens, judged against your consent",
        "afficher chaque changement des cookies du site quand il a lieu, jugé selon votre "
        "consentement",
    ),
    "help.watch.about": (
        "Watch the site's cookies in every profile (or the stores given) and print one line per "
        "cookie added, removed or changed (value, expiry, flags), with its category and what "
        "the consent cookie present at that moment says of it. Values are never shown. "
        "Ctrl+C ends it.",
        "Surveiller les cookies du site dans chaque profil (ou les fichiers donnés) et afficher "
        "une ligne par cookie ajouté, supprimé ou modifié (valeur, expiration, attributs), avec "
        "sa catégorie et ce qu'en dit le cookie de consentement présent à ce moment. Les "
        "valeurs ne sont jamais montrées. Ctrl+C l'arrête.",
    ),
    "help.watch.json": (
        "print one JSON object per change, one per line",
        "afficher un objet JSON par changement, un par ligne",
    ),
    "help.watch.output": (
        "when the watch ends, write a recording for support to FILE (no value; paths under "
        "the home as ~); `open FILE` shows it",
        "à la fin de la surveillance, écrire un enregistrement pour le support dans FILE "
        "(aucune valeur ; chemins du dossier personnel en ~) ; `open FILE` l'affiche",
    ),
    "help.watch.format": (
        "json (what `open` reads) or md (readable, for a ticket); default: from the file's "
        "extension (.md: md), else json",
        "json (ce que lit `open`) ou md (lisible, pour un ticket) ; par défaut : selon "
        "l'extension du fichier (.md : md), sinon json",
    ),
    "help.watch.for": (
        "end the watch after DURATION (90, 90s, 5m, 1h), as Ctrl+C would",
        "terminer la surveillance après DURATION (90, 90s, 5m, 1h), comme le ferait Ctrl+C",
    ),
    "watch.for.bad": (
        "a duration is a number of seconds, or of minutes or hours with m or h (90, 5m, 1h), "
        "at most {longest}",
        "une durée est un nombre de secondes, ou de minutes ou d'heures avec m ou h (90, 5m, "
        "1h), au plus {longest}",
    ),
    "watch.recorded": (
        "recording written to {file} ({changes}, {violations})",
        "enregistrement écrit dans {file} ({changes}, {violations})",
    ),
    "watch.line": (
        "{time}  {where}  {change}  {cookie}  {category}  {judgement}",
        "{time}  {where}  {change}  {cookie}  {category}  {judgement}",
    ),
    "watch.violation": ("{line}  CONSENT VIOLATION", "{line}  VIOLATION DU CONSENTEMENT"),
    "watch.cookie": ("{name} on {host} {path}", "{name} sur {host} {path}"),
    "watch.added": ("added", "ajouté"),
    "watch.removed": ("removed", "supprimé"),
    "watch.changed": ("changed: {what}", "modifié : {what}"),
    "watch.what.value": ("value", "valeur"),
    "watch.what.expiry": ("expiry", "expiration"),
    "watch.what.flags": ("flags", "attributs"),
    "watch.allowed": ("allowed by your choice ({keys})", "autorisé par votre choix ({keys})"),
    "watch.refused": ("refused by your choice ({keys})", "refusé par votre choix ({keys})"),
    "watch.no-choice": (
        "no choice made yet ({keys})",
        "aucun choix fait pour l'instant ({keys})",
    ),
    "watch.not-subject": ("not subject to consent", "non soumis au consentement"),
    "watch.unreadable": (
        "choice not readable ({keys})",
        "choix illisible ({keys})",
    ),
    "watch.start": (
        "watching {stores}; nothing is printed until a cookie of the site changes. Ctrl+C ends it.",
        "surveillance de {stores} ; rien n'est affiché tant qu'aucun cookie "
        "du site ne change. Ctrl+C l'arrête.",
    ),
    "watch.stores.one": ("1 store", "1 fichier de cookies"),
    "watch.stores": ("{count} stores", "{count} fichiers de cookies"),
    "watch.late.chromium": (
        "Chromium-family browsers ({browsers}) write their cookie store {seconds} s after a "
        "change (at once after {changes} changes) and when they close: a change there shows "
        "up to about {seconds} s after the site made it. Firefox writes within a second.",
        "les navigateurs de la famille Chromium ({browsers}) écrivent leur fichier de cookies "
        "{seconds} s après un changement (aussitôt après {changes} changements) et à leur "
        "fermeture : un changement y apparaît jusqu'à environ {seconds} s après que le site "
        "l'a fait. Firefox écrit en moins d'une seconde.",
    ),
    "watch.nothing": (
        "no cookie store to watch: {searched}",
        "aucun fichier de cookies à surveiller : {searched}",
    ),
    "watch.store-failed": (
        "{store} could not be read now ({reason}); its cookies are kept as last seen, and it "
        "is read again when it changes",
        "{store} n'a pas pu être lu à l'instant ({reason}) ; ses cookies restent tels que vus "
        "la dernière fois, et il est relu quand il change",
    ),
    "watch.store-held": (
        "{store} could not be read now ({reason}); its cookies are kept as last seen, and it "
        "is tried again at every look, quietly, and read as soon as the browser lets go",
        "{store} n'a pas pu être lu à l'instant ({reason}) ; ses cookies restent tels que vus "
        "la dernière fois, et il est réessayé à chaque passage, sans bruit, et lu dès que le "
        "navigateur le libère",
    ),
    "watch.store-back": ("{store} is read again", "{store} est de nouveau lu"),
    "watch.summary": (
        "watch ended: {changes}, {violations}.",
        "surveillance terminée : {changes}, {violations}.",
    ),
    "watch.changes.one": ("{count} change", "{count} changement"),
    "watch.changes": ("{count} changes", "{count} changements"),
    "watch.violations.one": (
        "{count} consent violation",
        "{count} violation du consentement",
    ),
    "watch.violations": ("{count} consent violations", "{count} violations du consentement"),
    "watch.interval": (
        "{variable} must be a number of seconds between {low} and {high}",
        "{variable} doit être un nombre de secondes entre {low} et {high}",
    ),
    "watch.demo": (
        "demo: a writer standing in for Firefox now makes {count} changes to the demo home's "
        "Firefox profile, one every few seconds, as a visit to the site would; without it "
        "nothing there would change",
        "démonstration : un programme qui tient le rôle de Firefox fait maintenant {count} "
        "changements dans le profil Firefox du dossier de démonstration, un toutes les "
        "quelques secondes, comme le ferait une visite du site ; sans lui rien n'y changerait",
    ),
    "watch.demo.done": (
        "demo: the {count} changes are made; nothing more will change. Ctrl+C ends the watch.",
        "démonstration : les {count} changements sont faits ; rien d'autre ne changera. "
        "Ctrl+C arrête la surveillance.",
    ),
    "watch.demo.failed": (
        "demo: the demo home's Firefox store could not be written; the demo stops changing it",
        "démonstration : le fichier de cookies Firefox du dossier de démonstration n'a pas pu "
        "être écrit ; la démonstration cesse de le modifier",
    ),
    # --- The app's live mode (issue 14, item 2): tui/app/live.py, views/timeline.py ---
    "live": ("Live", "Direct"),
    "live.tip": (
        "Watch the stores live: the table follows each change, new or changed rows are marked "
        "for a few seconds, and the Timeline tab lists every change, consent violations first "
        "(enter on one shows its cookie); w again stops",
        "Surveiller les fichiers de cookies en direct : le tableau suit chaque changement, les "
        "lignes nouvelles ou modifiées sont marquées quelques secondes, et l'onglet Chronologie "
        "liste chaque changement, les violations du consentement d'abord (entrée sur l'un "
        "montre son cookie) ; w de nouveau arrête",
    ),
    "live-stop": ("Stop live", "Arrêter le direct"),
    "live-stop.tip": (
        "Stop watching the stores; the timeline stays",
        "Arrêter la surveillance ; la chronologie reste",
    ),
    "live.refused": (
        "No live mode here: a report shows the stores as they were when it was made; nothing "
        "is read again.",
        "Pas de mode direct ici : un rapport montre les fichiers de cookies tels qu'ils étaient "
        "quand il a été fait ; rien n'est relu.",
    ),
    "live.on": (
        "Live mode: the table follows the stores as the browsers write them (w stops it).",
        "Mode direct : le tableau suit les fichiers de cookies à mesure que les navigateurs "
        "les écrivent (w l'arrête).",
    ),
    "live.failed": (
        "Live mode stopped: {reason}",
        "Mode direct arrêté : {reason}",
    ),
    "tab.live": ("Timeline ({count})", "Chronologie ({count})"),
    "live.header": (
        "Live: watching {stores} since {since}",
        "Direct : surveillance de {stores} depuis {since}",
    ),
    "live.header.recorded": (
        "Recording: {stores} watched from {since} to {at}",
        "Enregistrement : {stores} surveillés du {since} au {at}",
    ),
    "live.event-cookie": (
        "Event {number}, {at}: {change}. The cookie as it was then:",
        "Événement {number}, {at} : {change}. Le cookie tel qu'il était alors :",
    ),
    "live.header.stopped": (
        "Live mode stopped at {at} (w watches again)",
        "Mode direct arrêté à {at} (w surveille de nouveau)",
    ),
    "live.counts": ("{events}, {violations}", "{events}, {violations}"),
    "live.stores.one": ("{count} store", "{count} fichier de cookies"),
    "live.stores": ("{count} stores", "{count} fichiers de cookies"),
    "live.events.one": ("{count} change", "{count} changement"),
    "live.events": ("{count} changes", "{count} changements"),
    "live.violations.one": ("{count} consent violation", "{count} violation du consentement"),
    "live.violations": ("{count} consent violations", "{count} violations du consentement"),
    "live.late": (
        "Chromium-family browsers ({browsers}) write their cookie store about every 30 s "
        "(sooner after many changes) and when they close, so a change there shows up to about "
        "30 s late; Firefox writes almost at once.",
        "Les navigateurs de la famille Chromium ({browsers}) écrivent leur fichier de cookies "
        "environ toutes les 30 s (plus tôt après de nombreux changements) et à leur fermeture : "
        "un changement y apparaît jusqu'à environ 30 s plus tard ; Firefox écrit presque "
        "aussitôt.",
    ),
    "live.late.short": (
        "{browsers}: written about every 30 s and at close (changes show late); "
        "Firefox: almost at once.",
        "{browsers} : écrit toutes les 30 s environ et à la fermeture (changements en "
        "retard) ; Firefox : presque aussitôt.",
    ),
    "live.late.none": (
        "Firefox writes its store almost at once (a Chromium-family one: up to about 30 s late).",
        "Firefox écrit presque aussitôt (un navigateur de la famille Chromium : jusqu'à "
        "environ 30 s plus tard).",
    ),
    "live.gone": (
        "{name} is no longer in any store.",
        "{name} n'est plus dans aucun fichier de cookies.",
    ),
    "live.gone.removed": (
        "{name} was removed: it is no longer in the table.",
        "{name} a été supprimé : il n'est plus dans le tableau.",
    ),
}
