"""attachment text: what processing read from a message's attachments (OCR included), sealed

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Messages processed before this revision have none: they are read again without OCR when shown.
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('attachment_text_sealed', sa.LargeBinary(), nullable=True))
    with op.batch_alter_table('labelled_examples', schema=None) as batch_op:
        batch_op.add_column(sa.Column('attachment_text_sealed', sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('labelled_examples', schema=None) as batch_op:
        batch_op.drop_column('attachment_text_sealed')
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_column('attachment_text_sealed')
