"""person lists: index by name and status, and by unit

The lists of the window (Respondents, Census sheets) walk persons by name and id and leave out
those not resident; this index covers that walk, so 100,000 ids come without a table lookup each.
The units' head counts read the index by unit.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 05:49:37.371805
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_name_status", ["name_key", "id", "status"], unique=False)
        batch_op.create_index("ix_person_unit", ["unit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_unit")
        batch_op.drop_index("ix_person_name_status")
