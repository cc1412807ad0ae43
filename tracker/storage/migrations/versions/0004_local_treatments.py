"""Local treatments (radiotherapy courses, stereotactic treatment, surgery, procedures) and their days.

Revision ID: 0004_local_treatments
Revises: 0003 (sync)
Create Date: 2026-12-03

Issue 19. A treatment is a shared record (gid, hlc, capture triggers: storage/sync_records)
whose days travel with it, so a course edited on two computers keeps one version whole.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from tracker.storage.models.base import UTCDateTime

revision = "0004_local_treatments"
down_revision = "0003"
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
        sa.Column("gid", sa.String(length=32), server_default="", nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_local_treatments")),
    )
    op.create_index(op.f("ix_local_treatments_gid"), "local_treatments", ["gid"], unique=True)
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
    from tracker.storage.sync_records import triggers

    for statement in triggers.create_sql(["local_treatments"]):  # the treatment and its days
        op.execute(statement)


def downgrade() -> None:
    from tracker.storage.sync_records import triggers

    for statement in triggers.drop_sql(["local_treatments"]):
        op.execute(statement)
    op.drop_index(op.f("ix_local_treatments_gid"), table_name="local_treatments")
    with op.batch_alter_table("local_treatment_days") as batch:
        batch.drop_index(batch.f("ix_local_treatment_days_treatment_id"))
        batch.drop_index(batch.f("ix_local_treatment_days_day"))
    op.drop_table("local_treatment_days")
    op.drop_table("local_treatments")
