"""Opening the user's store: create, migrate (after a backup) and seed it on first start."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import select

from nals_desktop.paths import secure_data_home, store_path
from nals_desktop.store.engine import Store, open_store
from nals_desktop.store.models import Summit

log = logging.getLogger("nals.startup")


def open_user_store(path: Path | None = None, *, seed: bool = True) -> Store:
    """The user's store at ``path`` (default: in $NALS_HOME or the user data folder).

    A new store is seeded with the bundled NALS 2023 fact sheet before it is put in place, so the app
    opens on real content; so is a NALS store that holds no summit. A file that is not a NALS store (empty,
    another program's database) is refused and left as it is.
    """
    path = path or store_path()
    try:
        secure_data_home(path.parent)  # 0700, its files 0600 (tightens a folder an older version made)
    except OSError:
        pass  # cannot be made: opening the store says why
    store = open_store(path, prepare=_seed if seed else None)
    if seed and not _has_summit(store):
        _seed(store)
    return store


def _seed(store: Store) -> None:
    from nals_desktop.services.importing import import_seed  # the importers are only needed here

    summary = import_seed(store)
    log.info("first start: seeded %s with %s", store.label, summary.title)


def _has_summit(store: Store) -> bool:
    with store.unit_of_work() as session:
        return session.scalar(select(Summit.id).limit(1)) is not None
