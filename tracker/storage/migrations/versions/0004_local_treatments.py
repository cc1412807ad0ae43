"""Local treatments (radiotherapy courses, stereotactic treatment, surgery, procedures) and their days.

Revision ID: 0004
Revises: 0003_sync (written in parallel; until it lands this chains on 0002: see the note)
Create Date: 2026-12-10

Issue 19. The lead rechains `down_revision` to the sync revision at merge time.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from tracker.storage.models.base import UTCDateTime

revision = "0004_local_treatments"
# Rechain to "0003_sync" when the sync revision is merged.
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "local_treatments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("procedure_kind", sa.String(length=32), nullable=True),
        sa.Column("site", sa.String(length=200), nullable=False),
        sa.Column("aim", sa.String(length=200), nullable=True),
        sa.Column("dose_text", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("line_id", sa.Integer(), nullable=True),
        sa.Column("at_time", sa.String(length=5), nullable=True),
        sa.Column("entered_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["entered_by_id"], ["people.id"], name=op.f("fk_local_treatments_entered_by_id_people")),
        sa.ForeignKeyConstraint(["line_id"], ["therapy_lines.id"], name=op.f("fk_local_treatments_line_id_therapy_lines")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_local_treatments")),
    )
    op.create_table(
        "local_treatment_days",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("treatment_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("entered_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["appointment_id"], ["appointments.id"],
                                name=op.f("fk_local_treatment_days_appointment_id_appointments")),
        sa.ForeignKeyConstraint(["entered_by_id"], ["people.id"], name=op.f("fk_local_treatment_days_entered_by_id_people")),
        sa.ForeignKeyConstraint(["treatment_id"], ["local_treatments.id"],
                                name=op.f("fk_local_treatment_days_treatment_id_local_treatments")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_local_treatment_days")),
    )
    with op.batch_alter_table("local_treatment_days") as batch:
        batch.create_index(batch.f("ix_local_treatment_days_day"), ["day"], unique=False)
        batch.create_index(batch.f("ix_local_treatment_days_treatment_id"), ["treatment_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("local_treatment_days") as batch:
        batch.drop_index(batch.f("ix_local_treatment_days_treatment_id"))
        batch.drop_index(batch.f("ix_local_treatment_days_day"))
    op.drop_table("local_treatment_days")
    op.drop_table("local_treatments")
