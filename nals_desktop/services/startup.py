"""Opening the user's store: create, migrate (after a backup) and seed it on first start."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import select

from nals_desktop.paths import store_path
from nals_desktop.store.engine import Store, open_store
from nals_desktop.store.models import Summit

log = logging.getLogger("nals.startup")


def open_user_store(path: Path | None = None, *, seed: bool = True) -> Store:
    """The user's store at ``path`` (default: in $NALS_HOME or the user data folder).

    A store with no summit yet is seeded with the bundled NALS 2023 fact sheet, so the app opens on real
    content (also after a first start that was killed before the seed import committed).
    """
    store = open_store(path or store_path())
    if seed and not _has_summit(store):
        from nals_desktop.services.importing import import_seed  # the importers are only needed here

        summary = import_seed(store)
        log.info("first start: seeded %s with %s", store.label, summary.title)
    return store


def _has_summit(store: Store) -> bool:
    with store.unit_of_work() as session:
        return session.scalar(select(Summit.id).limit(1)) is not None
