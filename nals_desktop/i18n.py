"""The one translation helper for code outside Qt: gettext catalogues in resources/locale."""

from __future__ import annotations

import contextvars
import gettext
import locale
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from nals_desktop.paths import resource_path

DOMAIN = "nals"
LANGUAGES = ("en", "fr", "es")  # English is the source language: it has no catalogue
#: Each language by its own name (never translated: a reader finds their language whatever is shown).
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"
# A language for one piece of work (a book in French while the app speaks English), in this thread only.
_speaking: contextvars.ContextVar[tuple[str, gettext.NullTranslations] | None] = contextvars.ContextVar(
    "nals_speaking", default=None
)
_catalogues: dict[str, gettext.NullTranslations] = {}


def supported(tags: str | None) -> str | None:
    """The first of ``tags`` that the app speaks, as a language code; None if none is.

    ``tags`` is one or more locale names or language tags (``fr_CA.UTF-8``, ``es-MX``, ``fr:en`` as in
    $LANGUAGE); "C" and "POSIX" mean no preference.
    """
    for tag in (tags or "").replace(",", ":").split(":"):
        code = tag.strip().replace("-", "_").split("_")[0].split(".")[0].lower()
        if code in LANGUAGES:
            return code
    return None


def system_language() -> str:
    """The user's language as the system gives it, if the app speaks it; else English.

    gettext's variables first (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), then the locale Python started with,
    then, on Windows, the language of the user interface.
    """
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            found = supported(value)
            if found or variable != "LANGUAGE":  # LANGUAGE may list only unsupported ones; go on
                return found or "en"
    try:
        found = supported(locale.getlocale()[0])
    except ValueError:  # a locale setting Python cannot parse
        found = None
    if found:
        return found
    if sys.platform == "win32":
        import ctypes

        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        return supported(locale.windows_locale.get(lcid)) or "en"
    return "en"


def install(language: str | None = None) -> None:
    """Load the catalogue for ``language`` (default: $NALS_LANG, else the system's language).

    A language the app does not speak, given or in $NALS_LANG, means English.
    """
    global _translation, _language
    chosen = language or os.environ.get("NALS_LANG")
    _language = (supported(chosen) or "en") if chosen else system_language()
    _translation = gettext.translation(
        DOMAIN, localedir=str(resource_path("locale")), languages=[_language], fallback=True
    )


#: How each language groups the digits of large numbers (CLDR: en 100,001; fr-CA 100 001; es-MX 100,001).
_DIGIT_GROUPS = {"en": ",", "fr": "\u00a0", "es": ","}


def number(n: int) -> str:
    """``n`` with its digits grouped the way the current language writes them."""
    return f"{n:,}".replace(",", _DIGIT_GROUPS.get(current_language(), ","))


def current_language() -> str:
    """The language spoken now: ``speaking``'s in its block, else the installed one ("en" at first)."""
    spoken = _speaking.get()
    return spoken[0] if spoken else _language


def _current() -> gettext.NullTranslations:
    spoken = _speaking.get()
    return spoken[1] if spoken else _translation


def catalogue(language: str) -> gettext.NullTranslations:
    """The catalogue of ``language`` (loaded once)."""
    if language not in _catalogues:
        _catalogues[language] = gettext.translation(
            DOMAIN, localedir=str(resource_path("locale")), languages=[language], fallback=True
        )
    return _catalogues[language]


@contextmanager
def speaking(language: str | None) -> Iterator[str]:
    """Translate into ``language`` inside the block, in this thread only (None or "": the installed one).

    A briefing book is built in its own language while the window goes on speaking the user's."""
    chosen = supported(language) if language else None
    if chosen is None:
        yield current_language()
        return
    token = _speaking.set((chosen, catalogue(chosen)))
    try:
        yield chosen
    finally:
        _speaking.reset(token)


def _(message: str) -> str:
    """Translate ``message`` now."""
    return _current().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate the form of a counted message that the current language uses for ``n``.

    Languages differ in which counts are singular: English says "0 revisions", French « 0 version ».
    Both texts keep the same placeholders; the caller formats the count, e.g. with ``number(n)``.
    """
    return _current().ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for translation; it is translated where it is shown."""
    return message
