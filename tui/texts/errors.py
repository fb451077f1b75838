"""Texts of what the domain refuses or cannot do, carried as `Said` by its errors and states:
why a cookie's value or its key cannot be had, why a store cannot be read, the state directory,
backups, the browser guard and the write path, planning a deletion, and untrusted JSON
(catalogues, reports, name patterns)."""

from __future__ import annotations

# Imported by tui.texts itself once it is loaded: this name costs nothing.
from tui.texts import Table

TEXTS: Table = {
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
}
