"""leads.submission_key: a second Submit of the same draft finds the first lead

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # batch mode: SQLite cannot add a unique constraint to an existing table in place
    with op.batch_alter_table("leads") as batch:
        batch.add_column(sa.Column("submission_key", sa.String(length=40), nullable=True))
        batch.create_unique_constraint("uq_leads_submission_key", ["submission_key"])


def downgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.drop_constraint("uq_leads_submission_key", type_="unique")
        batch.drop_column("submission_key")
