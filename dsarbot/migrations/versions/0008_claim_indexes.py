"""Indexes for claiming due jobs and outbox mail (state + time), so claims stay fast as work piles up

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_jobs_state_run_after', 'jobs', ['state', 'run_after'], unique=False)
    op.create_index('ix_outbox_state_next_attempt_at', 'outbox', ['state', 'next_attempt_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_outbox_state_next_attempt_at', table_name='outbox')
    op.drop_index('ix_jobs_state_run_after', table_name='jobs')
