"""What a row's notes say, in English and French: which field, and what was wrong with it.

A note never quotes the row: the words come from the two tables below, and a field or problem
this version does not know (from a report made by another version) is shown by its code.
"""

from __future__ import annotations

from collections.abc import Iterable

from tui.model import RowNote
from tui.textsafe import printable

FIELDS: dict[str, tuple[str, str]] = {
    "expires": ("expiry", "expiration"),
    "created": ("creation time", "date de création"),
    "last_access": ("last access", "dernier accès"),
    "name": ("name", "nom"),
    "path": ("path", "chemin"),
    "value": ("value", "valeur"),
    "encrypted_value": ("encrypted value", "valeur chiffrée"),
    "secure": ("Secure flag", "attribut Secure"),
    "http_only": ("HttpOnly flag", "attribut HttpOnly"),
    "same_site": ("SameSite", "SameSite"),
    "persistent": ("persistence flag", "indicateur de persistance"),
    "partition": ("partition key", "clé de partition"),
    "origin_attributes": (
        "origin attributes (container, partition)",
        "attributs d'origine (conteneur, partition)",
    ),
    "row": ("row", "ligne"),
}

PROBLEMS: dict[str, tuple[str, str]] = {
    "unreadable": ("unreadable", "illisible"),
    "bytes": (
        "bytes (BLOB) where text belongs, shown decoded",
        "octets (BLOB) au lieu d'un texte, affichés décodés",
    ),
    "not-utf8": (
        "not valid UTF-8, shown with replacement characters",
        "UTF-8 non valide, affiché avec des caractères de remplacement",
    ),
    "text": (
        "text where bytes belong, read as its UTF-8 bytes",
        "texte au lieu d'octets, lu comme ses octets UTF-8",
    ),
}


def _word(table: dict[str, tuple[str, str]], code: str, lang: str) -> str:
    words = table.get(code)
    if words is None:
        return printable(code, 40)
    return words[1 if lang == "fr" else 0]


def note_text(note: RowNote, lang: str) -> str:
    """ "expiry: unreadable" / "expiration : illisible"."""
    colon = " : " if lang == "fr" else ": "
    return f"{_word(FIELDS, note.field, lang)}{colon}{_word(PROBLEMS, note.problem, lang)}"


def notes_text(notes: Iterable[RowNote], lang: str) -> str:
    return "; ".join(note_text(note, lang) for note in notes)


def note_json(note: RowNote) -> dict[str, str]:
    return {"field": note.field, "problem": note.problem}
