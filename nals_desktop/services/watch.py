"""What other programs changed in the store since the last look: revisions saved, summits touched."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nals_desktop.store.engine import Store
from nals_desktop.store.models import Revision, Summit, utcnow
from nals_desktop.store.watch import DataVersion

# A revision is stamped before its transaction commits, so one committed late may carry an older time:
# each look goes this far back, and revisions already reported are recognised by id.
COMMIT_SLACK = timedelta(minutes=2)


@dataclass(frozen=True)
class StoreActivity:
    """Revisions committed since the last look (id → commitment id) and whether the summits changed."""

    revisions: dict[str, str]
    summits_changed: bool

    @property
    def empty(self) -> bool:
        return not self.revisions and not self.summits_changed


class StoreWatcher:
    """Polled from a timer; each poll is one pragma unless something was committed elsewhere."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._version = DataVersion(store.engine)
        self._lock = threading.Lock()
        self._seen: dict[str, datetime] = {}
        self._summits: frozenset[tuple[object, ...]] = frozenset()
        self._version.changed()  # the baseline: what is there now is not news
        with store.unit_of_work() as session:
            self._summits = self._summit_rows(session)
            latest = session.scalar(select(func.max(Revision.created_at)))
            self._since: datetime = latest or utcnow()
            self._seen = {rid: at for rid, _cid, at in self._recent(session)}

    def _recent(self, session: Session) -> list[tuple[str, str, datetime]]:
        return [
            (rid, cid, at)
            for rid, cid, at in session.execute(
                select(Revision.id, Revision.commitment_id, Revision.created_at).where(
                    Revision.created_at >= self._since - COMMIT_SLACK
                )
            )
        ]

    def poll(self) -> StoreActivity:
        """What changed since the last poll (safe to call from a worker thread; polls do not overlap)."""
        with self._lock:
            if not self._version.changed():
                return StoreActivity({}, False)
            with self._store.unit_of_work() as session:
                summits = self._summit_rows(session)
                rows = self._recent(session)
            new = {rid: cid for rid, cid, _at in rows if rid not in self._seen}
            for rid, _cid, at in rows:
                self._seen[rid] = at
                self._since = max(self._since, at)
            horizon = self._since - COMMIT_SLACK
            self._seen = {rid: at for rid, at in self._seen.items() if at >= horizon}
            changed_summits, self._summits = summits != self._summits, summits
            return StoreActivity(new, changed_summits)

    @staticmethod
    def _summit_rows(session: Session) -> frozenset[tuple[object, ...]]:
        rows = session.execute(select(Summit.id, Summit.title, Summit.date, Summit.location))
        return frozenset(tuple(row) for row in rows)

    def close(self) -> None:
        self._version.close()
