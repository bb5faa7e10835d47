"""An optional copy of the store's data key in the operating system's keyring, to unlock at login.

The raw data key (never the passphrase) is kept under a random account name recorded in ``nals.keyring``
beside the store; that file says a copy was made, so a start without it never touches the keyring (none is
imported). At start the keyring is tried first: a key found there opens the store without the passphrase.
A keyring that is locked, missing (a headless Linux has none) or failing, or a key there that does not open
the store, gives one line and the passphrase is asked as usual: never a crash, never a plain store.

Changing the passphrase leaves the copy valid (the data key does not change); ``disable`` removes it. An IT
department that forbids the copy sets ``NALS_KEYRING=off``: the keyring is then neither read nor written.

The key comes back from the keyring as text (``str``), which Python cannot overwrite; it is dropped at once.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from pathlib import Path
from typing import Any

from nals_desktop.domain.errors import StoreError
from nals_desktop.i18n import _
from nals_desktop.paths import write_private_json
from nals_desktop.store import cipher

log = logging.getLogger("nals.keyring")

SERVICE = "NALS Desktop store key"
POLICY_ENV = "NALS_KEYRING"


def marker(store: Path) -> Path:
    """``nals.keyring`` beside ``nals.sqlite``: the account the copy is kept under (no secret in it)."""
    return store.with_name(store.stem + ".keyring")


def allowed() -> bool:
    """False where $NALS_KEYRING is ``off`` (a policy: the key is never kept in the keyring)."""
    return os.environ.get(POLICY_ENV, "").strip().lower() not in ("off", "0", "no", "false")


def _not_allowed() -> StoreError:
    return StoreError(
        _(
            "Keeping the store's key in the system keyring is turned off here ({env}=off); nothing was "
            "changed."
        ).format(env=POLICY_ENV)
    )


def _account(store: Path) -> str | None:
    try:
        account = json.loads(marker(store).read_text(encoding="utf-8")).get("account")
    except (OSError, ValueError, AttributeError):
        return None
    return account if isinstance(account, str) and account else None


def _keyring() -> Any:
    import keyring  # only when a copy is made or used: a start without one never loads it

    return keyring


def _why(exc: BaseException) -> str:
    """The reason to show for a keyring's failure (keyring's own text for "no backend" is a paragraph)."""
    try:
        from keyring.errors import NoKeyringError
    except ImportError:  # keyring itself is missing: that is the reason
        return _("this system has no keyring")
    if isinstance(exc, NoKeyringError):
        return _("this system has no keyring")
    return str(exc) or type(exc).__name__


def backend_name() -> str | None:
    """The name of the keyring this system offers, or None where it has none (or it fails)."""
    try:
        ring = _keyring().get_keyring()
        from keyring.backends import fail

        return None if isinstance(ring, fail.Keyring) else str(getattr(ring, "name", type(ring).__name__))
    except Exception as exc:  # any backend's failure: there is no usable keyring
        log.info("no system keyring: %s", exc)
        return None


def enabled(store: Path) -> bool:
    """Whether a copy of the key was put in the keyring for this store (and not removed since)."""
    return _account(store) is not None


def enable(store: Path, key: bytes) -> None:
    """Keep ``key`` (the store's raw data key) in the system keyring; StoreError when it cannot."""
    if not allowed():
        raise _not_allowed()
    account = _account(store) or str(uuid.uuid4())
    try:
        _keyring().set_password(SERVICE, account, key.hex())
    except Exception as exc:  # locked, missing or failing: one line, nothing changed
        raise StoreError(
            _("The system keyring could not keep the store's key ({error}); nothing was changed.").format(
                error=_why(exc)
            )
        ) from exc
    try:
        write_private_json(marker(store), {"service": SERVICE, "account": account}, replace=True)
    except OSError as exc:
        _delete(account)
        raise StoreError(
            _("The file {path} could not be written ({error}); nothing was changed.").format(
                path=marker(store), error=exc.strerror or exc
            )
        ) from exc


def _delete(account: str) -> None:
    keyring = _keyring()
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, account)
    except PasswordDeleteError:
        pass  # not there (removed by hand): nothing to remove


def disable(store: Path) -> bool:
    """Remove the key's copy from the keyring; False when there was none. StoreError when it cannot."""
    account = _account(store)
    if account is None:
        return False
    try:
        _delete(account)
    except Exception as exc:
        raise StoreError(
            _(
                "The store's key could not be removed from the system keyring ({error}); it is still kept "
                "there."
            ).format(error=_why(exc))
        ) from exc
    marker(store).unlink(missing_ok=True)
    return True


def stored_key(store: Path) -> tuple[bytes | None, str]:
    """The data key the keyring keeps for ``store`` (checked to open it), or None and the line saying why.

    No copy was made: (None, ""), and the keyring is not touched.
    """
    account = _account(store)
    if account is None:
        return None, ""
    if not allowed():
        return None, _(
            "The system keyring is turned off here ({env}=off); asking for the passphrase."
        ).format(env=POLICY_ENV)
    try:
        text = _keyring().get_password(SERVICE, account)
    except Exception as exc:  # locked, missing, failing: never a crash
        log.info("keyring: %r", exc)
        return None, _(
            "The system keyring is locked or unavailable ({error}); asking for the passphrase."
        ).format(error=_why(exc))
    if not text:
        return None, _("The system keyring holds no key for this store; asking for the passphrase.")
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    del text
    if len(key) != cipher.KEY_BYTES or not cipher.opens(store, key):
        return None, _("The key in the system keyring does not open this store; asking for the passphrase.")
    return key, ""
