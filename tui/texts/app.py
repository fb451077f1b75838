"""Texts only the app shows (tui/app/): its header, bindings and commands, the table, the detail
pane, deleting, the findings and consent tabs, an opened report, help, and live mode."""

from __future__ import annotations

# Imported by tui.texts itself once it is loaded: this name costs nothing.
from tui.texts import Table

TEXTS: Table = {
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
    "col.consent": ("Consent", "Consent."),
    "col.store": ("Profile", "Profil"),
    "unknown": ("?", "?"),
    "filter.placeholder": (
        "Filter by name, domain, category, browser or profile  (/)",
        "Filtrer par nom, domaine, catégorie, navigateur ou profil  (/)",
    ),
    # Summary and status
    "scanning": ("Looking for browser profiles…", "Recherche des profils de navigateur…"),
    "reading": ("Reading {index} of {total}: {store}", "Lecture {index} sur {total} : {store}"),
    "counts": ("{cookies} in {profiles}: {summary}", "{cookies} dans {profiles} : {summary}"),
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
    "delete.left": (
        "Left untouched while its browser runs",
        "Laissé intact tant que son navigateur est ouvert",
    ),
    "delete.failed": ("The deletion failed", "La suppression a échoué"),
    "delete.audit": ("The audit log was not written", "Le journal d'audit n'a pas été écrit"),
    "delete.unexpected": (
        "Unexpected error: {reason}. Rescanning to show the stores as they are.",
        "Erreur inattendue : {reason}. Relecture pour montrer les fichiers de cookies tels "
        "qu'ils sont.",
    ),
    "undo.failed": (
        "Not undone. Press u to try again",
        "Pas annulé. Appuyez sur u pour réessayer",
    ),
    # Findings tab
    "tab.findings": ("Findings ({count})", "Constats ({count})"),
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
        "{cookies} of the finding “{code}” · escape shows all",
        "{cookies} du constat « {code} » · échap les montre tous",
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
    "empty.read": ("Profiles read:", "Profils lus :"),
    "empty.visit": (
        "Visit https://{site} in your browser, then press r to scan again.",
        "Visitez https://{site} dans votre navigateur, puis appuyez sur r pour relire.",
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
