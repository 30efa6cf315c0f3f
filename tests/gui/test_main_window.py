"""The main window, the first-start wizard, Overview and Settings, as a user sees them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWizard

from desktop.app import bootstrap, demo_context
from desktop.domain.enums import Language
from desktop.i18n import Translator
from desktop.services import accounts, institution
from desktop.views.application import Starter, install_translations
from desktop.views.main_window import MainWindow
from tests.helpers import type_text


def _labels(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_first_start_wizard_refuses_a_wrong_bin_then_opens_the_window(qtbot, ru, home: Path) -> None:  # type: ignore[no-untyped-def]
    starter = Starter(ru)
    starter.start()
    qtbot.waitUntil(lambda: starter.wizard is not None, timeout=5000)
    wizard = starter.wizard
    assert wizard is not None and starter.window is None
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == "Sanaq Desktop — первый запуск"
    wizard.next()
    form = wizard.profile_page.form
    type_text(form.name_kk, "«Бөбек» балалар үйі")
    type_text(form.name_ru, "Детский дом «Бөбек»")
    type_text(form.bin, "100540012342")
    form.type_code.setCurrentIndex(form.type_code.findData("03"))
    form.kato_code.setCurrentIndex(form.kato_code.findData("311000000"))
    assert "неверная контрольная цифра" in form.bin_status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    form.bin.clear()
    type_text(form.bin, "100540012349")
    assert form.bin_status.text() == "БИН верный."
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    wizard.department_page.url.setText("ftp://wrong")
    wizard.next()
    assert wizard.currentPage() is wizard.department_page
    assert "https://" in wizard.department_page.error.text()
    wizard.department_page.url.setText("https://sanaq.example.kz")
    wizard.next()
    type_text(wizard.employee_page.form.full_name, "Сүлейменова Әйгерім")
    wizard.next()
    admin = wizard.administrator_page
    assert wizard.currentPage() is admin and admin.login.text() == "admin"
    type_text(admin.full_name, "Сәрсенова Айгүл")
    admin.password.setText("short")
    admin.again.setText("short")
    assert not admin.validatePage()
    assert admin.error.text() == "Пароль должен содержать не менее 8 символов."
    admin.password.setText("head-password")
    admin.again.setText("head-passwort")
    assert not admin.validatePage() and admin.error.text() == "Пароли не совпадают."
    admin.again.setText("head-password")
    assert admin.validatePage()
    with qtbot.waitSignal(starter.runner.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        wizard.accept()
    qtbot.waitUntil(lambda: starter.window is not None, timeout=5000)
    window = starter.window
    qtbot.addWidget(window)
    with ru.uow() as uow:
        profile = institution.get_profile(uow)
        employees = institution.list_employees(uow)
    assert profile is not None and profile.department_url == "https://sanaq.example.kz"
    # the Department is named in both languages, whatever the window's language, for the acts
    assert profile.department_name == "Департамент Бюро национальной статистики по Жамбылской области"
    assert profile.department_name_kk == "Ұлттық статистика бюросының Жамбыл облысы бойынша департаменті"
    assert [e.full_name for e in employees] == ["Сүлейменова Әйгерім"]  # the head is not a responsible employee
    # The head is the administrator, signed in at once, and gets the recovery code to print.
    assert ru.account is not None and (ru.account.login, ru.account.role.value) == ("admin", "administrator")
    assert window.windowTitle().endswith("— Сәрсенова Айгүл (Администратор)")
    assert starter.recovery is not None and starter.recovery.isVisible()
    with ru.uow() as uow:
        assert accounts.authenticate(uow, "admin", "head-password").full_name == "Сәрсенова Айгүл"
    qtbot.waitUntil(lambda: "Детский дом «Бөбек»" in _labels(window), timeout=5000)


def test_the_wizard_switches_to_kazakh_at_once(qtbot, ru) -> None:  # type: ignore[no-untyped-def]
    starter = Starter(ru)
    starter.start()
    qtbot.waitUntil(lambda: starter.wizard is not None, timeout=5000)
    first = starter.wizard
    first.welcome.language.setCurrentIndex(first.welcome.language.findData("kk"))
    assert starter.wizard is not first
    qtbot.addWidget(starter.wizard)
    assert starter.wizard.windowTitle() == "Sanaq Desktop — алғашқы іске қосу"
    assert ru.settings.get("language") == "kk"
    install_translations(Translator(Language.RU))


@pytest.mark.parametrize(
    ("lang", "overview", "settings", "status"),
    [("ru", "Обзор", "Настройки", "Осталось переписать"), ("kk", "Шолу", "Баптаулар", "Санақтан өткізу қалды")],
)
def test_demo_window_speaks_russian_and_kazakh(qtbot, app, tmp_path, lang, overview, settings, status) -> None:  # type: ignore[no-untyped-def]
    ctx = demo_context(tmp_path / "demo", lang)
    install_translations(ctx.translate)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[0] == overview and titles[-1] == settings
    qtbot.waitUntil(lambda: status in _labels(window), timeout=5000)
    heading = window.pages[0].heading.text()
    assert heading.startswith("«Шаңырақ»" if lang == "kk" else "Школа-интернат")
    window.runner.wait()
    ctx.close()
    install_translations(Translator(Language.RU))


def test_window_remembers_its_size_and_last_page(qtbot, ru) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ru)
    qtbot.addWidget(window)
    window.show()
    window.resize(780, 560)
    assert window.show_page("settings")
    size = window.size()
    window.close()
    again = MainWindow(bootstrap(ru.paths.home, None, "ru"))
    qtbot.addWidget(again)
    again.show()
    assert again.stack.currentWidget().page_id == "settings"
    assert again.size() == size
    again.runner.wait()


def test_settings_refuse_a_wrong_bin_and_keep_the_stored_profile(qtbot, app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = demo_context(tmp_path / "demo", "ru")
    install_translations(ctx.translate)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")
    page = window.page("settings")
    qtbot.waitUntil(lambda: page.profile_form.bin.text() == "100540012349", timeout=5000)
    page.profile_form.bin.setText("100540012342")
    page.save_profile()
    assert "контрольная цифра" in page.profile_form.error.text()
    window.runner.wait()
    with ctx.uow() as uow:
        assert institution.get_profile(uow).bin == "100540012349"
    page.profile_form.bin.setText("100540012349")
    page.profile_form.head_name.setText("Жаңа басшы Әлия")
    assert page.profile_form.department_name_kk.text().endswith("бойынша департаменті")
    page.profile_form.department_name_kk.setText("Ұлттық статистика бюросының Тараз қаласы бойынша департаменті")
    page.save_profile()
    qtbot.waitUntil(lambda: page.profile_saved.text() == "Сохранено.", timeout=5000)
    with ctx.uow() as uow:
        saved = institution.get_profile(uow)
        assert saved.head_name == "Жаңа басшы Әлия"
        assert saved.department_name_kk == "Ұлттық статистика бюросының Тараз қаласы бойынша департаменті"
    ctx.close()


def test_employees_are_added_edited_and_retired_from_settings(qtbot, app, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.views import settings_page

    ctx = demo_context(tmp_path / "demo", "ru")
    install_translations(ctx.translate)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")
    page = window.page("settings")
    qtbot.waitUntil(lambda: page.employee_table.rowCount() == 3, timeout=5000)

    def fill_and_accept(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.form.full_name.setText("Омарова Ақмарал Бекқызы")
        dialog.form.position.setText("психолог")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(settings_page.EmployeeDialog, "exec", fill_and_accept)
    page.add_employee()
    qtbot.waitUntil(lambda: page.employee_table.rowCount() == 4, timeout=5000)
    names = [page.employee_table.item(r, 0).text() for r in range(4)]
    assert "Омарова Ақмарал Бекқызы" in names
    assert page.me.text() == "Әбдірахманова Гүлнәр Сәкенқызы (admin)"  # changes are recorded under the account
    page.employee_table.selectRow(names.index("Омарова Ақмарал Бекқызы"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.deactivate_employee()
    qtbot.waitUntil(lambda: page.employee_table.rowCount() == 3, timeout=5000)
    with ctx.uow() as uow:
        everyone = institution.list_employees(uow, include_inactive=True)
    assert any(e.full_name == "Омарова Ақмарал Бекқызы" and not e.active for e in everyone)
    ctx.close()


def test_about_names_the_version(qtbot, ru) -> None:  # type: ignore[no-untyped-def]
    from desktop import version
    from desktop.views.about import AboutDialog

    dialog = AboutDialog(ru)
    qtbot.addWidget(dialog)
    assert f"Sanaq Desktop {version()}" in dialog.findChild(QLabel, "about_text").text()
    assert dialog.windowTitle() == "О программе Sanaq Desktop"


def test_navigation_has_no_page_without_a_title(qtbot, ru) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ru)
    qtbot.addWidget(window)
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        assert item.text().strip()
        assert item.data(Qt.ItemDataRole.UserRole)
    window.runner.wait()


def test_finishing_the_wizard_in_the_running_program_opens_the_main_window(tmp_path: Path) -> None:
    """As the program runs it (app.exec): the wizard hides on "Finish", and that must not end the program."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen")
    home = tmp_path / "home"
    child = subprocess.run(
        [sys.executable, "-m", "tests.wizard_child", str(home)], cwd=root, env=env, capture_output=True, text=True,
        encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert child.returncode == 0
    assert "WINDOW" in child.stdout.split(), "the program ended without opening its window"
    ctx = bootstrap(home, None, "ru")
    try:
        with ctx.uow() as uow:
            employees = institution.list_employees(uow)
        assert [e.full_name for e in employees] == ["Сүлейменова Әйгерім"]
        with ctx.uow() as uow:  # the head's account, made by the wizard
            assert accounts.authenticate(uow, "admin", "head-password").role.value == "administrator"
    finally:
        ctx.close()


def test_the_demo_leaves_no_temporary_folder_behind(app, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import argparse
    import tempfile

    from PySide6.QtWidgets import QApplication

    from desktop.views import application

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    monkeypatch.setattr(Starter, "start", lambda self: None)
    args = argparse.Namespace(demo=True, home=None, db_url=None, lang="ru")
    assert application.run(args) == 0
    assert not list(tmp_path.glob("sanaq-demo-*"))
    install_translations(Translator(Language.RU))
