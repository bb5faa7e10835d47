"""Files encrypted with a passphrase shared out of band: exports and bundles, in the age format (pyrage).

age (age-encryption.org/v1) derives the file key from the passphrase with scrypt and encrypts with
ChaCha20-Poly1305; a wrong passphrase or a changed byte is refused whole. Any age tool opens the file.
"""

from __future__ import annotations

from pathlib import Path

from nals_desktop.domain.errors import DocumentError, ValidationError
from nals_desktop.i18n import _
from nals_desktop.store.cipher import MIN_PASSPHRASE

AGE_HEADER = b"age-encryption.org/v1\n"


def seal(data: bytes, passphrase: str) -> bytes:
    """``data`` encrypted with ``passphrase`` (at least MIN_PASSPHRASE characters)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            _("A passphrase needs at least {n} characters; nothing was written.").format(n=MIN_PASSPHRASE)
        )
    import pyrage

    sealed: bytes = pyrage.passphrase.encrypt(data, passphrase)
    return sealed


def is_sealed(path: Path) -> bool:
    """Whether the file at ``path`` is encrypted with a passphrase (an age file)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(AGE_HEADER)) == AGE_HEADER
    except OSError:
        return False


def unseal(data: bytes, passphrase: str | None, name: str) -> bytes:
    """The content of the encrypted file ``name`` (its bytes ``data``); DocumentError when it cannot be."""
    if passphrase is None:
        raise DocumentError(
            _(
                "{name} is encrypted: give its passphrase (--passphrase-file FILE); nothing was imported."
            ).format(name=name)
        )
    import pyrage

    try:
        plain: bytes = pyrage.passphrase.decrypt(data, passphrase)
    except pyrage.DecryptError:
        raise DocumentError(
            _("{name}: wrong passphrase, or the file is damaged; nothing was imported.").format(name=name)
        ) from None
    return plain
