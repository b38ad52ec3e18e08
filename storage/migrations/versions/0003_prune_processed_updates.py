"""processed_updates.created_at indexed: claims are pruned by age

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_processed_updates_created_at", "processed_updates", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_processed_updates_created_at", table_name="processed_updates")
