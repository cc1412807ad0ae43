"""Index diary logs by when they were entered.

Revision ID: 0005_logs_entered_index
Revises: 0004_local_treatments
Create Date: 2026-12-03

Issue 17. The alert check after every save also reads logs entered in the last hours for
any earlier time (back-filled); without this index that read walked the whole diary
(about 6-18 ms on a 20-year journal, on every save).
"""

from __future__ import annotations

from alembic import op

revision = "0005_logs_entered_index"
down_revision = "0004_local_treatments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_diary_logs_entered", "diary_logs", ["entered_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_diary_logs_entered", table_name="diary_logs")
