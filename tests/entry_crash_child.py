"""The program filling a sheet, to be killed (kill -9) by tests/integration/test_draft_survives_kill.py.

Run as ``python -m tests.entry_crash_child HOME PERSON_ID TEXT``: opens the sheet screen offscreen,
types TEXT into the last question one character every few milliseconds, and prints
``SAVED <revision> <typed so far>`` each time a draft save has been committed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.app import bootstrap  # noqa: E402
from desktop.services import entry  # noqa: E402
from desktop.views.jobs import JobRunner  # noqa: E402
from desktop.views.sheet_page import SheetPage  # noqa: E402
from tests import entry_form  # noqa: E402
from tests.helpers import type_text  # noqa: E402


def main() -> int:
    home, person_id, text = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    form = entry_form.form()
    entry.person_form = lambda uow: form  # type: ignore[assignment]
    entry.form_version = lambda uow, form_id, version: form  # type: ignore[assignment]
    app = QApplication([])
    ctx = bootstrap(home, None, "ru")
    runner = JobRunner()
    page = SheetPage(ctx, runner)
    page.autosave.setInterval(50)
    page.show()
    typed: list[str] = []
    sent: list[str] = []  # what each save carries, in the order the saves run
    make_draft = page.draft

    def draft() -> entry.Draft:
        snapshot = make_draft()
        sent.append(str(snapshot.answers.get("remark") or ""))
        return snapshot

    page.draft = draft  # type: ignore[method-assign]

    def on_saved(revision: int) -> None:
        sys.stdout.write(f"SAVED {revision} {sent.pop(0)}\n")
        sys.stdout.flush()

    def type_next() -> None:
        if len(typed) >= len(text):
            return
        row = page.sheet.rows["remark"]
        type_text(row.editor, text[len(typed)])
        typed.append(text[len(typed)])

    def start(_person: int) -> None:
        page.sheet.go_to("remark")
        timer = QTimer(page)
        timer.setInterval(5)
        timer.timeout.connect(type_next)
        timer.start()

    page.saved.connect(on_saved)
    page.sheet_shown.connect(start)
    page.open_person(person_id)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
