"""saemes-cookies: the cookies opendata.saemes.fr left in your browsers, explained and cleaned."""

__version__ = "0.1.0"
