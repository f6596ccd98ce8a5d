"""labelled examples: staff decisions on mail, kept sealed to replay through the classifier

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dsarbot.models

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'labelled_examples',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=True),
        sa.Column('message_id', sa.Integer(), nullable=True),
        sa.Column('decision', sa.String(), nullable=False),
        sa.Column('category', sa.String(), nullable=False),
        sa.Column('kinds', sa.JSON(), nullable=False),
        sa.Column('classifier_category', sa.String(), nullable=True),
        sa.Column('classifier_kinds', sa.JSON(), nullable=False),
        sa.Column('language', sa.String(), nullable=True),
        sa.Column('actor', sa.String(), nullable=False),
        sa.Column('raw_sealed', sa.LargeBinary(), nullable=False),
        sa.Column('created_at', dsarbot.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_labelled_examples_case_id'), 'labelled_examples', ['case_id'], unique=False)
    op.create_index(op.f('ix_labelled_examples_message_id'), 'labelled_examples', ['message_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_labelled_examples_message_id'), table_name='labelled_examples')
    op.drop_index(op.f('ix_labelled_examples_case_id'), table_name='labelled_examples')
    op.drop_table('labelled_examples')
