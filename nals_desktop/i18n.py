"""The one translation helper for code outside Qt: gettext catalogues in resources/locale."""

from __future__ import annotations

import gettext
import locale
import os
import sys

from nals_desktop.paths import resource_path

DOMAIN = "nals"
LANGUAGES = ("en", "fr", "es")  # English is the source language: it has no catalogue

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


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
    return f"{n:,}".replace(",", _DIGIT_GROUPS.get(_language, ","))


def current_language() -> str:
    """The language of the installed catalogue ("en" before any ``install``)."""
    return _language


def _(message: str) -> str:
    """Translate ``message`` now."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate the form of a counted message that the current language uses for ``n``.

    Languages differ in which counts are singular: English says "0 revisions", French « 0 version ».
    Both texts keep the same placeholders; the caller formats the count, e.g. with ``number(n)``.
    """
    return _translation.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for translation; it is translated where it is shown."""
    return message
