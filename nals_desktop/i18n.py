"""The one translation helper for code outside Qt: gettext catalogues in resources/locale."""

from __future__ import annotations

import gettext
import locale
import os

from nals_desktop.paths import resource_path

DOMAIN = "nals"
LANGUAGES = ("en", "fr", "es")

_translation: gettext.NullTranslations = gettext.NullTranslations()


def install(language: str | None = None) -> None:
    """Load the catalogue for ``language`` (default: $NALS_LANG, then the system locale)."""
    global _translation
    language = language or os.environ.get("NALS_LANG") or (locale.getlocale()[0] or "en")
    _translation = gettext.translation(
        DOMAIN, localedir=str(resource_path("locale")), languages=[language[:2]], fallback=True
    )


def _(message: str) -> str:
    """Translate ``message`` now."""
    return _translation.gettext(message)


def N_(message: str) -> str:
    """Mark ``message`` for translation; it is translated where it is shown."""
    return message
