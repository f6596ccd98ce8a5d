"""mailbox health: whether each mailbox and the relay could be used lately

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dsarbot.models

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mailbox_health',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('failing_since', dsarbot.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_ok_at', dsarbot.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.String(), nullable=True),
    sa.Column('alerted_at', dsarbot.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', dsarbot.models.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )


def downgrade() -> None:
    op.drop_table('mailbox_health')
