"""sync: the delegation servers a store syncs with, and how far it pulled from each

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa



# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('sync_server',
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('server_id', sa.String(length=36), nullable=True),
    sa.Column('pulled_seq', sa.Integer(), nullable=False),
    sa.Column('chosen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('synced_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('url', name=op.f('pk_sync_server'))
    )


def downgrade() -> None:
    op.drop_table('sync_server')
