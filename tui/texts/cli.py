"""Texts of the command line: each command's help and argparse's own words, what the commands
say on stdout and stderr, and `watch`'s lines (tui/cli/, tui/watch/lines.py)."""

from __future__ import annotations

# Imported by tui.texts itself once it is loaded: this name costs nothing.
from tui.texts import Table

TEXTS: Table = {
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
    # argparse's error sentences (tui/cli/argparse_said.py): each English text is argparse's
    # own template, with its %(name)s written {name} (CPython Lib/argparse.py, 3.11).
    "argparse.said.argument": ("argument {argument}: {message}", "argument {argument} : {message}"),
    "argparse.said.expected-one": ("expected one argument", "une valeur est attendue"),
    "argparse.said.expected-at-least-one": (
        "expected at least one argument",
        "au moins une valeur est attendue",
    ),
    "argparse.said.expected-one-of-n": ("expected {count} argument", "{count} valeur est attendue"),
    "argparse.said.expected-n": ("expected {count} arguments", "{count} valeurs sont attendues"),
    "argparse.said.invalid-choice": (
        "invalid choice: {value} (choose from {choices})",
        "choix invalide : {value} (au choix : {choices})",
    ),
    "argparse.said.invalid-value": (
        "invalid {type} value: {value}",
        "valeur invalide pour {type} : {value}",
    ),
    "argparse.said.required": (
        "the following arguments are required: {names}",
        "ces arguments sont obligatoires : {names}",
    ),
    "argparse.said.one-required": (
        "one of the arguments {names} is required",
        "l'un des arguments {names} est obligatoire",
    ),
    "argparse.said.not-allowed-with": (
        "not allowed with argument {other}",
        "interdit avec l'argument {other}",
    ),
    "argparse.said.ignored-explicit": (
        "ignored explicit argument {value}",
        "argument explicite ignoré : {value}",
    ),
    "argparse.said.unrecognized": (
        "unrecognized arguments: {names}",
        "arguments non reconnus : {names}",
    ),
    "argparse.said.ambiguous": (
        "ambiguous option: {option} could match {matches}",
        "option ambiguë : {option} peut désigner {matches}",
    ),
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
    "n.store": ("{count} store", "{count} fichier de cookies"),
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
    "watch.stores.one": ("{count} store", "{count} fichier de cookies"),
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
}
