"""Speed of the lists of the window with 100,000 persons (run: pytest -m benchmark tests/benchmarks -s).

The Respondents page and the Census sheets list each show their first rows in < 100 ms, show the
first rows of a search < 50 ms after a keystroke, and the process stays under 300 MB.  Each figure
is printed beside the same work done by bare sqlite3 in the same run (the floor the window cannot
beat), as a ratio.

The register is built by a separate process (the import's own memory is not the page's).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.app import AppContext, bootstrap
from desktop.domain.person import fold
from desktop.views.jobs import JobRunner
from desktop.views.windowed import WINDOW, WindowedModel
from tests.helpers import type_text

pytestmark = pytest.mark.benchmark

ROOT = Path(__file__).resolve().parents[2]
ROWS = 100_000
TYPED = "сүл"

BUILD = """
import sys
from pathlib import Path
from desktop.app import bootstrap
from desktop.services import register_import as imp
from tests.benchmarks.test_register_bench import write_big_register
home, count = Path(sys.argv[1]), int(sys.argv[2])
path = write_big_register(home.parent / "register.xlsx", count)
ctx = bootstrap(home, None, "ru")
with ctx.uow() as uow:
    table = imp.read_table(path)
    imp.apply_import(uow, imp.preview_import(uow, table, imp.propose_mapping(uow, table), campaign=ctx.campaign))
ctx.close()
"""


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _best(function: Callable[[], object], times: int = 3) -> float:
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


@pytest.fixture(scope="module")
def big_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("lists") / "home"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", BUILD, str(home), str(ROWS)], check=True, env=env, cwd=ROOT)
    return home


@pytest.fixture
def big(big_home: Path, qapp) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    from desktop.domain.enums import Language
    from desktop.i18n import Translator
    from desktop.views.application import install_translations

    ctx = bootstrap(big_home, None, "ru")
    install_translations(ctx.translate)
    yield ctx
    ctx.close()
    install_translations(Translator(Language.EN))


def _bare(ctx: AppContext, where: str, args: tuple[object, ...] = ()) -> tuple[float, float]:
    """The same reads by bare sqlite3: the first window with its rows, and all the ids."""
    path = ctx.db.sqlite_path
    assert path is not None
    connection = sqlite3.connect(path)

    def first() -> None:
        ids = [r[0] for r in connection.execute(
            f"SELECT id FROM person WHERE {where} ORDER BY name_key, id LIMIT {WINDOW}", args
        )]  # fmt: skip
        marks = ",".join("?" * len(ids))
        connection.execute(f"SELECT * FROM person WHERE id IN ({marks})", ids).fetchall()

    def whole() -> None:
        connection.execute(f"SELECT id FROM person WHERE {where} ORDER BY name_key, id", args).fetchall()

    try:
        return _best(first), _best(whole)
    finally:
        connection.close()


def _measure(qtbot, page, model: WindowedModel, search) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """First rows of the page, then the first rows after each typed letter (the whole list is let in
    before the next letter, and a letter comes 150 ms after that, as a person types).  Times are
    taken when the signals come."""
    arrived: list[float] = []
    whole: list[float] = []
    model.rows_arrived.connect(lambda _first, _last: arrived.append(time.perf_counter()))
    page.rows_shown.connect(lambda _count: whole.append(time.perf_counter()))

    def timed(action: Callable[[], object]) -> tuple[float, float]:
        seen_arrived, seen_whole = len(arrived), len(whole)
        started = time.perf_counter()
        action()
        qtbot.waitUntil(lambda: len(whole) > seen_whole and len(arrived) > seen_arrived, timeout=10_000)
        return arrived[seen_arrived] - started, whole[seen_whole] - started

    page.resize(1280, 720)
    page.show()
    first, _ = timed(page.refresh)
    assert model.data(model.index(0, 0)) and model.rowCount() >= ROWS - 100
    keystrokes = []
    for letter in TYPED:
        qtbot.wait(150)  # a person types about six letters a second
        keystrokes.append(timed(lambda letter=letter: type_text(search, letter)))
    assert model.data(model.index(0, 0)) and 0 < model.rowCount() < ROWS
    return {"first": first, "keystroke": max(k for k, _ in keystrokes), "whole": max(w for _, w in keystrokes)}


def _report(name: str, figures: dict[str, float], bare: dict[str, float], memory: float, baseline: float) -> None:
    print(
        f"\n{name}, {ROWS} persons: first rows {figures['first'] * 1000:.0f} ms (bare sqlite3 "
        f"{bare['first'] * 1000:.1f} ms, ratio {figures['first'] / bare['first']:.1f}); search keystroke "
        f"{figures['keystroke'] * 1000:.0f} ms to the first rows (bare {bare['keystroke'] * 1000:.1f} ms, ratio "
        f"{figures['keystroke'] / bare['keystroke']:.1f}), {figures['whole'] * 1000:.0f} ms to the whole list "
        f"(bare {bare['whole'] * 1000:.1f} ms, ratio {figures['whole'] / bare['whole']:.1f}); process memory "
        f"{memory:.0f} MB ({memory - baseline:+.0f} MB over the program without the page)"
    )


def _run(qtbot, big: AppContext, make_page, name: str, where: str) -> None:  # type: ignore[no-untyped-def]
    """Measure one page: its figures, the same reads by bare sqlite3, and the memory once the person
    has scrolled to the end of the whole list."""
    bare_first, _ = _bare(big, where)
    bare_key, bare_whole = _bare(big, f"{where} AND instr(name_key, ?) > 0", (fold(TYPED),))
    baseline = _rss_mb()
    runner = JobRunner()
    page, model, view = make_page(runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    figures = _measure(qtbot, page, model, page.search)
    with qtbot.waitSignal(page.rows_shown, timeout=10_000):
        page.search.clear()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.data(model.index(model.rowCount() - 1, 0)) is not None, timeout=10_000)
    memory = _rss_mb()
    runner.wait(10_000)
    _report(name, figures, {"first": bare_first, "keystroke": bare_key, "whole": bare_whole}, memory, baseline)
    assert figures["first"] < 0.1
    assert figures["keystroke"] < 0.05
    assert memory < 300


def test_respondents_page(qtbot, big: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.respondents_page import RespondentsPage

    def make(runner: JobRunner):  # type: ignore[no-untyped-def]
        page = RespondentsPage(big, runner)
        return page, page.model, page.table

    _run(qtbot, big, make, "respondents page", "1")


def test_census_sheets_list(qtbot, big: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.sheet_page import SheetPage

    def make(runner: JobRunner):  # type: ignore[no-untyped-def]
        page = SheetPage(big, runner)
        page.which.setCurrentIndex(page.which.findData("all"))
        return page, page.list_model, page.people

    _run(qtbot, big, make, "census sheets list", "status != 'not_resident'")
