"""The operation helper every page runs its database work through: results, one translated message
box for errors, cancel with rollback, and workers that never see a widget."""

from __future__ import annotations

import ast
import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from desktop.app import AppContext
from desktop.domain.enums import Language
from desktop.i18n import Translator
from desktop.models.entities import Unit
from desktop.services import register
from desktop.services.jobs import no_progress
from desktop.views.application import install_translations
from desktop.views.jobs import JobRunner
from desktop.views.operations import SaveQueue, call, run_op

ROOT = Path(__file__).resolve().parents[2]
WAIT = 5000


@pytest.fixture
def parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _error_boxes(parent: QWidget) -> list[QMessageBox]:
    return [box for box in parent.window().findChildren(QMessageBox) if box.isVisible()]


def _add_units(uow, names: list[str], progress=no_progress) -> int:  # type: ignore[no-untyped-def]
    for n, name in enumerate(names):
        uow.session.add(Unit(name=name))
        progress(n + 1, len(names))
    uow.commit()
    return len(names)


def test_the_result_comes_back_on_the_gui_thread_from_a_committed_unit_of_work(
    qtbot, app, parent: QWidget, sqlite_context: AppContext  # type: ignore[no-untyped-def]
) -> None:
    runner = JobRunner()
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(uow, progress):  # type: ignore[no-untyped-def]
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return _add_units(uow, ["1-топ", "2-топ"], progress)

    def done(n: int) -> None:
        seen.update(n=n, gui=QThread.currentThread() is gui)

    job = run_op(parent, sqlite_context, runner, work, done=done)
    with qtbot.waitSignal(job.ended, timeout=WAIT):
        pass
    assert seen == {"worker": True, "n": 2, "gui": True}
    with sqlite_context.uow() as uow:
        assert register.list_units(uow) and [u.name for u in register.list_units(uow)] == ["1-топ", "2-топ"]
    assert _error_boxes(parent) == []


def test_a_typed_error_is_one_message_box_in_the_chosen_language(
    qtbot, app, parent: QWidget, sqlite_context: AppContext  # type: ignore[no-untyped-def]
) -> None:
    install_translations(Translator(Language.KK))
    runner = JobRunner()
    done: list[object] = []
    for _ in range(2):  # the same failure twice while the first box is open: still one box
        work = call(register.get_person, 987654, campaign=sqlite_context.campaign)
        job = run_op(parent, sqlite_context, runner, work, done=done.append)
        with qtbot.waitSignal(job.ended, timeout=WAIT):
            pass
    boxes = _error_boxes(parent)
    assert [box.text() for box in boxes] == ["Бұл адам енді тізілімде жоқ."]
    assert done == []


def test_any_other_error_is_a_plain_message_and_the_log_holds_no_personal_data(
    qtbot, app, parent: QWidget, ru: AppContext, caplog: pytest.LogCaptureFixture  # type: ignore[no-untyped-def]
) -> None:
    runner = JobRunner()

    def work(uow, progress):  # type: ignore[no-untyped-def]
        raise RuntimeError("UNIQUE constraint failed: Иванова Мария 900101400123")

    with caplog.at_level(logging.ERROR):
        job = run_op(parent, ru, runner, work)
        with qtbot.waitSignal(job.ended, timeout=WAIT):
            pass
    [box] = _error_boxes(parent)
    assert box.text().startswith("Что-то пошло не так; ничего не изменено.")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "RuntimeError" in logged and "test_operations.py" in logged  # what and where
    assert "Иванова" not in logged and "900101400123" not in logged
    assert all(record.exc_info is None for record in caplog.records)  # no traceback text with the message


def test_cancel_rolls_back_and_shows_no_error(
    qtbot, app, parent: QWidget, sqlite_context: AppContext  # type: ignore[no-untyped-def]
) -> None:
    runner = JobRunner()
    started, release = threading.Event(), threading.Event()

    def work(uow, progress):  # type: ignore[no-untyped-def]
        for n in range(5):
            uow.session.add(Unit(name=f"{n}-топ"))
            if n == 2:
                started.set()
                release.wait(WAIT / 1000)
            progress(n + 1, 5)
        uow.commit()

    done: list[object] = []
    job = run_op(parent, sqlite_context, runner, work, done=done.append, progress="Импорт…")
    assert started.wait(WAIT / 1000)
    job.cancel()
    release.set()
    with qtbot.waitSignal(job.ended, timeout=WAIT):
        pass
    assert done == [] and _error_boxes(parent) == []
    with sqlite_context.uow() as uow:
        assert register.list_units(uow) == []


def test_the_worker_gets_the_values_of_the_moment_the_operation_was_asked_for(
    qtbot, app, parent: QWidget, sqlite_context: AppContext  # type: ignore[no-untyped-def]
) -> None:
    """The arguments are read on the GUI thread when the operation is asked for; the worker sees
    plain values even when the widget changes (or goes) before the database thread gets to it."""
    runner = JobRunner()
    edit = QLineEdit("1-топ", parent)
    gate = threading.Event()
    queue = SaveQueue(parent, sqlite_context, runner)
    queue.run(lambda: call(lambda uow: gate.wait(WAIT / 1000)))  # the database thread is busy
    job = run_op(parent, sqlite_context, runner, call(_add_units, [edit.text()]))
    edit.setText("2-топ")
    edit.deleteLater()
    gate.set()
    with qtbot.waitSignal(job.ended, timeout=WAIT):
        pass
    with sqlite_context.uow() as uow:
        assert [u.name for u in register.list_units(uow)] == ["1-топ"]


def test_no_view_opens_a_unit_of_work_or_a_job_of_its_own() -> None:
    """Every page goes through the helper: no ``ctx.uow()`` and no ``runner.submit`` in the views."""
    offenders = []
    for path in sorted((ROOT / "desktop" / "views").glob("*.py")):
        if path.name in ("operations.py", "jobs.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr in ("uow", "submit"):
                    offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_writes_of_a_save_queue_run_in_order_each_reading_the_widgets_at_its_turn(
    qtbot, app, parent: QWidget, sqlite_context: AppContext  # type: ignore[no-untyped-def]
) -> None:
    runner = JobRunner()
    queue = SaveQueue(parent, sqlite_context, runner)
    typed = QLineEdit("1-топ", parent)
    written: list[int] = []

    def after(count: int) -> None:
        written.append(count)
        typed.setText(f"{len(written) + 1}-топ")  # what the person typed meanwhile

    for _ in range(3):  # asked for at once; each write reads the widget when its turn comes
        queue.run(lambda: call(_add_units, [typed.text()]), done=after)
    qtbot.waitUntil(lambda: len(written) == 3 and not queue.writing, timeout=WAIT)
    with sqlite_context.uow() as uow:
        assert [u.name for u in register.list_units(uow)] == ["1-топ", "2-топ", "3-топ"]
