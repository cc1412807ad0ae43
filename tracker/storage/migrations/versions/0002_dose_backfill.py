"""Doses entered afterwards are marked back-filled; a drug can say its earlier doses are unknown.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02

Starting the app mid-treatment: "I took them as planned" records taken doses marked
`backfilled`; "I don't know" sets `regimen_drugs.unknown_before`, so those days read
"not recorded" and are never shown as overdue.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dose_events") as batch:
        batch.add_column(sa.Column("backfilled", sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table("regimen_drugs") as batch:
        batch.add_column(sa.Column("unknown_before", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("regimen_drugs") as batch:
        batch.drop_column("unknown_before")
    with op.batch_alter_table("dose_events") as batch:
        batch.drop_column("backfilled")
