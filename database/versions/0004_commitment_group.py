"""commitment group: the sub-heading a commitment stands under within its pillar, found by search

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04

"""

from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: Union[str, Sequence[str], None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# A commitment's search document takes its group as its title (weighted as a pillar's title is), so that
# searching "methane" finds the commitments under the sub-heading "Methane".
GROUP_TRIGGERS = [
    "CREATE TRIGGER commitment_search_ai AFTER INSERT ON commitment BEGIN "
    "INSERT INTO search_doc(kind, entity_id, summit_id, commitment_id, pillar_id, title, body) "
    "VALUES ('commitment', new.id, new.summit_id, new.id, new.pillar_id, coalesce(new.group_title, ''), "
    "new.text); END",
    "CREATE TRIGGER commitment_search_au AFTER UPDATE OF text, group_title ON commitment BEGIN "
    "UPDATE search_doc SET title = coalesce(new.group_title, ''), body = new.text WHERE entity_id = new.id; END",
]
# As the initial schema made them.
PLAIN_TRIGGERS = [
    "CREATE TRIGGER commitment_search_ai AFTER INSERT ON commitment BEGIN "
    "INSERT INTO search_doc(kind, entity_id, summit_id, commitment_id, pillar_id, title, body) "
    "VALUES ('commitment', new.id, new.summit_id, new.id, new.pillar_id, '', new.text); END",
    "CREATE TRIGGER commitment_search_au AFTER UPDATE OF text ON commitment BEGIN "
    "UPDATE search_doc SET body = new.text WHERE entity_id = new.id; END",
]


def _replace_triggers(statements: list[str]) -> None:
    op.execute("DROP TRIGGER IF EXISTS commitment_search_ai")
    op.execute("DROP TRIGGER IF EXISTS commitment_search_au")
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    # A plain ADD COLUMN (no batch copy of the table): every row, and the search index, stay as they are.
    op.add_column("commitment", sa.Column("group_title", sa.Text(), nullable=True))
    op.create_index(
        "ix_commitment_grouped",
        "commitment",
        ["summit_id", "pillar_id"],
        unique=False,
        sqlite_where=sa.text("group_title IS NOT NULL"),
    )
    _replace_triggers(GROUP_TRIGGERS)


def downgrade() -> None:
    op.drop_index("ix_commitment_grouped", table_name="commitment")
    _replace_triggers(PLAIN_TRIGGERS)
    op.execute("UPDATE search_doc SET title = '' WHERE kind = 'commitment'")
    # SQLite's own DROP COLUMN: a batch copy would drop and recreate the table, and with it (foreign keys on)
    # every position and status by cascade.
    op.execute("ALTER TABLE commitment DROP COLUMN group_title")
