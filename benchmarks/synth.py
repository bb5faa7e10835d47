"""Synthetic stores for benchmarks and scale tests: many summits of realistic commitment text."""

from __future__ import annotations

import random
import re
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from nals_desktop.domain.model import ImplementationStatus, Priority, Stance, tab_letter
from nals_desktop.paths import resource_path
from nals_desktop.store.engine import open_store

PARTIES = (("CA", "Canada"), ("MX", "Mexico"), ("US", "United States"))


def _vocabulary() -> list[str]:
    text = resource_path("seed", "nals-2023-key-deliverables.txt").read_text(encoding="utf-8")
    return [
        *re.findall(r"[A-Za-zÀ-ÿ’'-]{3,}", text),
        "énergie",
        "migración",
        "sécurité",
        "salud",
        "coopération",
    ]


def sentence(rng: random.Random, words: list[str], n: int) -> str:
    return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."


def make_synthetic_store(
    path: Path,
    summits: int = 500,
    commitments: int = 100_000,
    pillars_per_summit: int = 6,
    seed: int = 7,
    positions: bool = True,
) -> Path:
    """A migrated store at ``path`` with ``commitments`` spread over ``summits``; positions for a third."""
    rng = random.Random(seed)
    words = _vocabulary()
    open_store(path).close()  # create and migrate through the real schema
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA foreign_keys=ON")
    now = datetime(2026, 1, 1, tzinfo=UTC).isoformat(sep=" ")
    party_ids = {}
    for code, name in PARTIES:
        row = conn.execute("SELECT id FROM party WHERE code=?", (code,)).fetchone()
        party_ids[code] = row[0] if row else str(uuid.uuid4())
        if not row:
            conn.execute("INSERT INTO party(id, code, name) VALUES (?,?,?)", (party_ids[code], code, name))
    per_summit = max(1, commitments // summits)
    stances, priorities, statuses = list(Stance), list(Priority), list(ImplementationStatus)
    made = 0
    with conn:
        for s in range(summits):
            sid = str(uuid.uuid4())
            conn.execute(
                "INSERT INTO summit(id, title, date, location, host, created_at) VALUES (?,?,?,?,?,?)",
                (
                    sid,
                    f"Synthetic summit {s + 1}: " + sentence(rng, words, 5),
                    (date(2000, 1, 1) + timedelta(days=s * 11)).isoformat(),
                    "Ottawa",
                    "CA",
                    now,
                ),
            )
            for i, (code, _name) in enumerate(PARTIES):
                conn.execute("INSERT INTO summit_party VALUES (?,?,?)", (sid, party_ids[code], i))
            count = per_summit if s < summits - 1 else commitments - made
            pillar_rows, commitment_rows, position_rows = [], [], []
            for p in range(pillars_per_summit):
                pid = str(uuid.uuid4())
                tab = tab_letter(p)
                pillar_rows.append(
                    (
                        pid,
                        sid,
                        p,
                        tab,
                        " ".join(rng.sample(words, 2)).title(),
                        sentence(rng, words, 8),
                        sentence(rng, words, 40),
                    )
                )
                n = count // pillars_per_summit + (1 if p < count % pillars_per_summit else 0)
                for k in range(n):
                    cid = str(uuid.uuid4())
                    commitment_rows.append(
                        (
                            cid,
                            sid,
                            pid,
                            None,
                            k,
                            f"{tab}-{k + 1}",
                            sentence(rng, words, rng.randint(20, 60)),
                            now,
                        )
                    )
                    if positions and rng.random() < 0.33:
                        for code, _name in PARTIES:
                            position_rows.append(
                                (
                                    str(uuid.uuid4()),
                                    cid,
                                    party_ids[code],
                                    rng.choice(stances).value,
                                    rng.choice(priorities).value,
                                    sentence(rng, words, 20),
                                    now,
                                )
                            )
            made += count
            conn.executemany(
                "INSERT INTO pillar(id, summit_id, ordinal, tab, short_title, title, intro) "
                "VALUES (?,?,?,?,?,?,?)",
                pillar_rows,
            )
            conn.executemany(
                "INSERT INTO commitment(id, summit_id, pillar_id, parent_id, ordinal, reference, text, "
                "updated_at) VALUES (?,?,?,?,?,?,?,?)",
                commitment_rows,
            )
            conn.executemany(
                "INSERT INTO position(id, commitment_id, party_id, stance, priority, objective, "
                "key_messages, responses, fallback, red_line, background, marking, updated_at, updated_by) "
                "VALUES (?,?,?,?,?,?,'','','','','','UNCLASSIFIED',?,'synth')",
                position_rows,
            )
            conn.executemany(
                "INSERT INTO implementation_status(id, commitment_id, status, progress, evidence, reason, "
                "updated_at, updated_by) VALUES (?,?,?,?,'','',?,'synth')",
                [
                    (str(uuid.uuid4()), row[0], rng.choice(statuses).value, rng.randint(0, 100), now)
                    for row in commitment_rows
                    if rng.random() < 0.5
                ],
            )
    conn.close()
    return path


def synthetic_fact_sheet(target_bytes: int = 1_000_000, seed: int = 3) -> str:
    """A plain-text fact sheet of about ``target_bytes``: intro paragraphs each followed by bullets."""
    rng = random.Random(seed)
    words = _vocabulary()
    parts = ["FACT SHEET: Synthetic Leaders' Summit", "", sentence(rng, words, 60), ""]
    size = 0
    while size < target_bytes:
        intro = sentence(rng, words, 30)[:-1] + " by:"
        bullets = [f"  • {sentence(rng, words, rng.randint(20, 50))}" for _ in range(rng.randint(3, 9))]
        block = "\n".join([intro, "", *bullets, ""])
        parts.append(block)
        size += len(block.encode("utf-8"))
    return "\n".join(parts)
