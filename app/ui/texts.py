"""The UI's words through Qt's translators, and its numbers in the user's locale.

Every visible string goes through `translate(context, text)`; pyside6-lupdate finds these calls
(the function keeps Qt's name and argument order so it does). Counts use Qt's plural forms:
`translate("Load", "%Ln row(s) read", None, n)` gives "1 row read" / "12,371 rows read" in
English (no translator needed: "(s)" is settled here) and "12.371 Zeilen gelesen" in German.
Numbers go through `number()`, never f"{n:,}": what the operator reads follows the locale, what
is sent to an API or written to the journal never does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the UI's language; with `n` (and %Ln or %n in the text), its plural form."""
    words = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and "(s)" in words:  # still the English source: English plurals add an s
        words = words.replace("(s)", "" if n == 1 else "s")
    return words


def number(value: float, decimals: int | None = None) -> str:
    """A count or a measure as the locale writes it: 12,371 / 12.371 / 12 371; 3.5 / 3,5."""
    locale = QLocale()
    if isinstance(value, int) and decimals is None:
        return locale.toString(value)
    return locale.toString(float(value), "f", 1 if decimals is None else decimals)


def percent(fraction: float, decimals: int = 0) -> str:
    """ "42 %" / "42 %" / "42%": a share of a whole as the locale writes it."""
    return QLocale().toString(100.0 * fraction, "f", decimals) + QLocale().percent()


def settle_default_locale() -> None:
    """Qt's "C" locale (a bare POSIX environment) writes 12371; read it as US English instead."""
    if QLocale().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
