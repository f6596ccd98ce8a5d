"""indexes for the accountability reports at scale

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07

A year's report selects cases by arrival (cases.received_at), the digest by closing (cases.closed_at),
and both read a few event types of each case: case_events(case_id, type) replaces the index on case_id
alone (it serves the timeline too). bench/report_scale.py measured a year of 100,000 cases before and after.
"""

from __future__ import annotations

from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_received_at"), ["received_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_closed_at"), ["closed_at"], unique=False)
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.create_index("ix_case_events_case_id_type", ["case_id", "type"], unique=False)
        batch_op.drop_index("ix_case_events_case_id")


def downgrade() -> None:
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.create_index("ix_case_events_case_id", ["case_id"], unique=False)
        batch_op.drop_index("ix_case_events_case_id_type")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_closed_at"))
        batch_op.drop_index(batch_op.f("ix_cases_received_at"))
