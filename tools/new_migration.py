"""Write a new Alembic migration from the difference between the models and the newest revision.

    python -m tools.new_migration "add census sheets"

It migrates a temporary SQLite database to the current head, compares it with the models and
writes ``desktop/models/migrations/versions/NNNN_<slug>.py``.  Read the file before committing it:
autogenerate cannot see renames.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command

from desktop.models.db import MIGRATIONS, Database


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    message = argv[0]
    versions = MIGRATIONS / "versions"
    numbers = [int(p.name[:4]) for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py")]
    number = max(numbers, default=0) + 1
    slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")[:40]
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'm.sqlite'}")
        if numbers:
            db.migrate()
        config = db._alembic_config()
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True, rev_id=f"{number:04d}")
        db.dispose()
    produced = next(versions.glob(f"{number:04d}_*.py"))
    target = versions / f"{number:04d}_{slug}.py"
    produced.rename(target)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
