"""Reading a file the user named (a catalogue, a report), with one-line reasons."""

from __future__ import annotations

from pathlib import Path


def read_text(path: Path) -> str:
    """The file's text; raises ValueError whose str() is "<path>: <reason>", one line."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValueError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc.__class__.__name__
        raise ValueError(f"{path}: cannot be read ({reason})") from None
