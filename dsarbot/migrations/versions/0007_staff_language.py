"""staff language: the language a person chose for what dsarbot tells them personally in Slack

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dsarbot.models

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('staff_language',
    sa.Column('person', sa.String(), nullable=False),
    sa.Column('language', sa.String(), nullable=False),
    sa.Column('updated_at', dsarbot.models.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('person')
    )


def downgrade() -> None:
    op.drop_table('staff_language')
