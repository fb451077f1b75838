"""Texts a scan's results are shown with, wherever they are shown: the labels shared by the
scan table, the JSON, the Markdown report and the app (tui/present/), the Markdown report
(tui/report/), times in words (tui/humanize.py), and deletion outcomes worded for both the CLI
and the app (tui/present/deletion_text.py)."""

from __future__ import annotations

# Imported by tui.texts itself once it is loaded: this name costs nothing.
from tui.texts import Table

TEXTS: Table = {
    # Words shared by the scan table, the report and the app's table and tabs
    "sev.error": ("ERROR", "ERREUR"),
    "sev.warning": ("WARNING", "ATTENTION"),
    "sev.info": ("INFO", "INFO"),
    "c.accepted": ("accepted", "accepté"),
    "c.refused": ("refused", "refusé"),
    "col.name": ("Name", "Nom"),
    "col.scope": ("Scope", "Portée"),
    "col.category": ("Category", "Catégorie"),
    "col.expires": ("Expires", "Expiration"),
    "col.flags": ("Flags", "Attributs"),
    "yes": ("yes", "oui"),
    "no": ("no", "non"),
    "d.container": ("container {value}", "conteneur {value}"),
    # A deletion counted and its outcome (tui/present/deletion_text.py), for the CLI and the app
    "n.cookie": ("{count} cookie", "{count} cookie"),
    "n.cookies": ("{count} cookies", "{count} cookies"),
    "n.profile": ("{count} profile", "{count} profil"),
    "n.profiles": ("{count} profiles", "{count} profils"),
    "confirm.skipped": ("Skipped, {store}: {why}.", "Ignoré, {store} : {why}."),
    "delete.done": (
        "Deleted {cookies} from {profiles}. Backup: {backups}. Press u to undo.",
        "{cookies} supprimé(s) dans {profiles}. Sauvegarde : {backups}. u pour annuler.",
    ),
    "delete.left.store": (
        "{store}: {browser} is running, nothing was deleted from it. Close {browser} and "
        "press d again.",
        "{store} : {browser} est ouvert, rien n'y a été supprimé. Fermez {browser} et "
        "appuyez de nouveau sur d.",
    ),
    "delete.store-failed": ("{store}: {error}", "{store} : {error}"),
    "undo.done": (
        "Undone: {cookies} back in {profiles}. The state it replaced is backup {backups}.",
        "Annulé : {cookies} de retour dans {profiles}. L'état remplacé est la sauvegarde "
        "{backups}.",
    ),
    # No cookie found: the app's empty state, an empty report, and the scan's (tui/present/)
    "empty.title": (
        "No cookies of {site} were found.",
        "Aucun cookie de {site} n'a été trouvé.",
    ),
    "empty.no-profile": ("No browser profile was found.", "Aucun profil de navigateur trouvé."),
    "empty.looked": ("Looked in:", "Emplacements examinés :"),
    "empty.next": ("What to do next:", "Que faire maintenant :"),
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
    "empty.demo-narrowed": (
        "The demo's Chromium and Firefox profiles hold the cookies of {default} only: leave out "
        "--site and --browser to see them.",
        "Les profils Chromium et Firefox de la démo ne gardent que les cookies de {default} : "
        "retirez --site et --browser pour les voir.",
    ),
    "empty.demo": (
        "To see the tool at work without a browser: saemes-cookies --demo",
        "Pour voir l'outil à l'œuvre sans navigateur : saemes-cookies --demo",
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
    # What `delete` says of each store (tui/present/deletion_text.py)
    "cli.delete.left": (
        "{store}: left untouched: {why}; nothing was changed in it",
        "{store} : laissé intact : {why} ; rien n'y a été modifié",
    ),
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
    # A scan that finds nothing (tui/present/nothing.py)
    "nothing.read.one": (
        "{count} profile read, without a cookie of the site:",
        "{count} profil lu, sans cookie du site :",
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
        "Visit https://{site} in your browser, then run {rerun} again.",
        "Visitez https://{site} dans votre navigateur, puis relancez {rerun}.",
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
}
