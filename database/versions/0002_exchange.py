"""exchange: open conflicts on revisions, and what each peer holds

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('revision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('conflicts', sa.JSON(), nullable=True))
    op.create_table('peer',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_peer'))
    )
    op.create_table('peer_revision',
    sa.Column('peer_device_id', sa.String(length=36), nullable=False),
    sa.Column('revision_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['peer_device_id'], ['peer.device_id'], name=op.f('fk_peer_revision_peer_device_id_peer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['revision_id'], ['revision.id'], name=op.f('fk_peer_revision_revision_id_revision'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('peer_device_id', 'revision_id', name=op.f('pk_peer_revision'))
    )


def downgrade() -> None:
    op.drop_table('peer_revision')
    op.drop_table('peer')
    with op.batch_alter_table('revision', schema=None) as batch_op:
        batch_op.drop_column('conflicts')
