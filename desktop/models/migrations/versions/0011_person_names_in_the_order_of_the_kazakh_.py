"""person names in the order of the Kazakh alphabet

Every list orders persons by a sort key of their full name (Ә after А, І after Ы, …; see
:mod:`desktop.domain.collation`), stored so that the database orders 100,000 names by an index.
The key of every person already recorded is computed here; the lists' index walks the new key.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 08:30:35.625937
"""

import sqlalchemy as sa
from alembic import op

from desktop.domain.collation import sort_key
from desktop.domain.person import full_name

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "sort_key",
                sa.String(length=320).with_variant(sa.String(length=320, collation="C"), "postgresql"),
                server_default="",
                nullable=False,
            )
        )
    connection = op.get_bind()
    person = sa.table(
        "person",
        sa.column("id", sa.Integer),
        sa.column("surname", sa.String),
        sa.column("name", sa.String),
        sa.column("patronymic", sa.String),
        sa.column("sort_key", sa.String),
    )
    rows = connection.execute(sa.select(person.c.id, person.c.surname, person.c.name, person.c.patronymic)).all()
    update = person.update().where(person.c.id == sa.bindparam("pid")).values(sort_key=sa.bindparam("key"))
    for start in range(0, len(rows), _BATCH):
        batch = rows[start : start + _BATCH]
        connection.execute(
            update,
            [{"pid": pid, "key": sort_key(full_name(s or "", n or "", p or ""))} for pid, s, n, p in batch],
        )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_name_status")
        batch_op.create_index("ix_person_sort_status", ["sort_key", "id", "status", "name_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_sort_status")
        batch_op.create_index("ix_person_name_status", ["name_key", "id", "status"], unique=False)
        batch_op.drop_column("sort_key")
