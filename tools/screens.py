"""The pictures of the help, taken from the real program so that they never go stale.

    python -m tools.screens [--lang ru kk] [--out resources/help] [--width 880]

Builds the demo institution in a temporary folder, opens the main window offscreen in each language
and saves every page as ``<out>/<lang>/img/<page_id>.png`` (the names the help pages show).  Run it
after a change to a page and commit the pictures with the change.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.app import AppContext
    from desktop.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
WINDOW_SIZE = (1180, 760)


def settle(app: QApplication, window: MainWindow) -> None:
    """Let the page's database work finish and its results arrive (several rounds: a loaded list asks
    for its next window of rows)."""
    for _ in range(50):
        app.processEvents()
        if not window.runner.busy:
            app.processEvents()
            if not window.runner.busy:
                return
        window.runner.wait(10_000)


def open_a_sheet(window: MainWindow, context: AppContext) -> None:
    """The census sheets page shows a person's sheet (one still to fill: the prefilled new sheet)."""
    from desktop.services import entry

    campaign = context.campaign
    with context.uow() as uow:
        ids = entry.person_ids(uow, entry.ListFilter(which="to_fill"), campaign=campaign, limit=1)
        ids = ids or entry.person_ids(uow, entry.ListFilter(which="complete"), campaign=campaign, limit=1)
    from desktop.views.sheet_page import SheetPage

    page = window.page("sheets")
    if ids and isinstance(page, SheetPage):
        page.open_person(ids[0])


def take(lang: str, home: Path, out: Path, width: int) -> list[Path]:
    from PySide6.QtCore import Qt

    from desktop.app import demo_context
    from desktop.views.application import application, install_translations
    from desktop.views.main_window import MainWindow

    app = application()
    context = demo_context(home, lang)
    install_translations(context.translate)
    window = MainWindow(context)
    window.resize(*WINDOW_SIZE)
    window.show()
    saved = []
    folder = out / lang / "img"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        for page in window.pages:
            window.show_page(page.page_id)
            settle(app, window)
            if page.page_id == "sheets":
                open_a_sheet(window, context)
                settle(app, window)
            picture = window.grab().toImage()
            picture = picture.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            path = folder / f"{page.page_id}.png"
            if not picture.save(str(path)):  # the format from the suffix
                raise OSError(f"cannot write {path}")
            saved.append(path)
    finally:
        window.runner.wait()
        window.close()
        window.deleteLater()
        app.processEvents()
        context.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screens", description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", nargs="+", default=["ru", "kk"], choices=["ru", "kk", "en"])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "help")
    parser.add_argument("--width", type=int, default=880, help="width of the pictures in pixels")
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    home = Path(tempfile.mkdtemp(prefix="sanaq-screens-"))
    try:
        for lang in args.lang:
            for path in take(lang, home, args.out, args.width):
                print(path)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
