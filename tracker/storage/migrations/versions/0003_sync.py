"""One journal on several computers: global ids, stamps, change capture (issue 18).

Revision ID: 0003
Revises: 0002
Create Date: 2027-01-10

Every shared record table gains `gid` (32 random hex digits, filled for existing rows) and `hlc` (its stamp; existing rows get this computer's zero stamp,
lower than any later edit). Settings gain `hlc` only (the key is their gid). New local
tables: sync_state (this computer's id, clock, next bundle number), sync_outbox, sync_pending,
sync_applied, sync_tombstones, sync_history. Triggers note changed records in the outbox.
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

import tracker.storage.models.base

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: The record tables of this revision (frozen here: a table shared later gets its own revision).
RECORD_TABLES = ["people", "therapy_lines", "regimen_drugs", "plan_adjustments", "dose_events", "appointments",
                 "diary_logs", "lab_results", "scans", "diary_notes", "questions", "alert_acks"]


def upgrade() -> None:
    from tracker.storage.sync_records import triggers

    # Added in place (ALTER TABLE ADD COLUMN): rebuilding tables that others refer to cannot be
    # done inside the upgrade's one transaction while foreign keys are enforced.
    for name in RECORD_TABLES:
        op.add_column(name, sa.Column("gid", sa.String(length=32), server_default="", nullable=False))
        op.add_column(name, sa.Column("hlc", sa.String(length=40), nullable=True))
        op.execute(f"UPDATE {name} SET gid = lower(hex(randomblob(16)))")
        op.create_index(op.f(f"ix_{name}_gid"), name, ["gid"], unique=True)
    op.add_column("settings", sa.Column("hlc", sa.String(length=40), nullable=True))

    op.create_table("sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("computer_id", sa.String(length=16), nullable=False),
        sa.Column("hlc_last", sa.String(length=40), nullable=True),
        sa.Column("next_seq", sa.Integer(), nullable=False),
        sa.Column("applying", sa.Integer(), nullable=False),
        sa.Column("shared_id", sa.String(length=32), nullable=True),
        sa.Column("membership_json", sa.Text(), nullable=True),
        sa.Column("folder", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")))
    op.create_table("sync_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("gid", sa.String(length=100), nullable=False),
        sa.Column("at", sa.String(length=23), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("tbl", "gid", name=op.f("uq_sync_outbox_tbl")))
    op.create_table("sync_pending",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_pending")))
    op.create_table("sync_applied",
        sa.Column("computer_id", sa.String(length=16), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("applied_at", tracker.storage.models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("computer_id", "seq", name=op.f("pk_sync_applied")))
    op.create_table("sync_tombstones",
        sa.Column("gid", sa.String(length=100), nullable=False),
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("gid", name=op.f("pk_sync_tombstones")))
    op.create_table("sync_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=100), nullable=False),
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=True),
        sa.Column("origin", sa.String(length=16), nullable=True),
        sa.Column("replaced_by", sa.String(length=40), nullable=True),
        sa.Column("record_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_history")))
    op.create_index(op.f("ix_sync_history_gid"), "sync_history", ["gid"], unique=False)

    computer_id = secrets.token_hex(8)
    op.execute(sa.text("INSERT INTO sync_state (id, computer_id, next_seq, applying) VALUES (1, :cid, 1, 0)")
               .bindparams(cid=computer_id))
    zero = f"{0:013d}-{0:04d}-{computer_id}"
    for name in [*RECORD_TABLES, "settings"]:
        op.execute(sa.text(f"UPDATE {name} SET hlc = :zero").bindparams(zero=zero))
    for statement in triggers.create_sql([*RECORD_TABLES, "settings"]):
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("journals are never downgraded")
