"""Message-IDs are not unique: a stored message is the same only by Message-ID and content digest

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# 0001 created the unique constraint on messages.message_id without a name; SQLite's batch mode
# finds it through this naming convention, PostgreSQL named it <table>_<column>_key itself.
_SQLITE_NAMES = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def _old_unique_name() -> str:
    return "uq_messages_message_id" if op.get_bind().dialect.name == "sqlite" else "messages_message_id_key"


def upgrade() -> None:
    with op.batch_alter_table('messages', naming_convention=_SQLITE_NAMES) as batch_op:
        batch_op.drop_constraint(_old_unique_name(), type_='unique')
        batch_op.add_column(sa.Column('content_digest', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_messages_message_id'), ['message_id'], unique=False)
        batch_op.create_unique_constraint('uq_messages_message_id_digest', ['message_id', 'content_digest'])


def downgrade() -> None:
    with op.batch_alter_table('messages', naming_convention=_SQLITE_NAMES) as batch_op:
        batch_op.drop_constraint('uq_messages_message_id_digest', type_='unique')
        batch_op.drop_index(batch_op.f('ix_messages_message_id'))
        batch_op.drop_column('content_digest')
        batch_op.create_unique_constraint(_old_unique_name(), ['message_id'])
