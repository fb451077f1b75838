"""The app's own themes, in the colours of the Saemes portal; Textual's themes remain available."""

from __future__ import annotations

from textual.theme import Theme

SAEMES = Theme(
    name="saemes",
    primary="#2F7FC1",
    secondary="#5AA9E6",
    accent="#F2A541",
    warning="#F2C14E",
    error="#E5484D",
    success="#46A758",
    foreground="#E6EDF3",
    background="#0F1720",
    surface="#16212C",
    panel="#1E2B38",
    dark=True,
)

SAEMES_LIGHT = Theme(
    name="saemes-light",
    primary="#1F5F99",
    secondary="#2F7FC1",
    accent="#B86E00",
    warning="#B58100",
    error="#C62828",
    success="#2E7D32",
    foreground="#1B2630",
    background="#F7F9FB",
    surface="#FFFFFF",
    panel="#E8EEF4",
    dark=False,
)

THEMES = (SAEMES, SAEMES_LIGHT)
