"""Signing in, the role-limited window, the idle lock, the administrator-only wizard and the Audit page."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QLabel

from desktop.app import AppContext, demo_context
from desktop.domain.accounts import Role
from desktop.domain.enums import Language
from desktop.domain.iin import Sex, make_iin
from desktop.domain.person import PersonData
from desktop.i18n import Translator
from desktop.services import accounts, register
from desktop.views.application import Starter, install_translations
from desktop.views.main_window import MainWindow
from tests.accounts_support import PASSWORD, sign_in_as
from tests.exchange_support import make_institution

SHOTS = Path(os.environ.get("SANAQ_SCREENSHOTS", "")) if os.environ.get("SANAQ_SCREENSHOTS") else None


def _pages(window: MainWindow) -> list[str]:
    return [page.page_id for page in window.pages]


def _person(ctx: AppContext, surname: str = "Әбенова") -> int:
    born = dt.date(1980, 5, 15)
    data = PersonData(surname=surname, name="Айгүл", iin=make_iin(born, Sex.FEMALE, 11), birth_date=born)
    with ctx.uow() as uow:
        return register.add_person(uow, data, campaign=ctx.campaign).id


def test_the_login_dialog_refuses_a_wrong_password_then_opens_the_window(qtbot, ru: AppContext) -> None:  # type: ignore[no-untyped-def]
    make_institution(ru)
    sign_in_as(ru, "Сүлейменова Әйгерім")
    login = ru.account.login if ru.account else ""
    ru.account = None
    starter = Starter(ru)
    starter.start()
    qtbot.waitUntil(lambda: starter.login is not None and starter.login.isVisible(), timeout=5000)
    dialog = starter.login
    assert dialog is not None and starter.window is None
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sanaq Desktop — вход"
    assert dialog.findChildren(QLabel)[0].text() == "Дом престарелых"
    dialog.login.setText(login)
    dialog.password.setText("not the password")
    dialog.sign_in.click()
    qtbot.waitUntil(lambda: dialog.error.text() == "Неверный логин или пароль.", timeout=5000)
    assert dialog.password.text() == "" and starter.window is None
    dialog.password.setText(PASSWORD)
    dialog.sign_in.click()
    qtbot.waitUntil(lambda: starter.window is not None, timeout=5000)
    window = starter.window
    qtbot.addWidget(window)
    assert ru.account is not None and ru.account.login == login
    assert window.windowTitle().endswith("— Сүлейменова Әйгерім (Ответственный сотрудник)")
    # A responsible employee does census work and sends it; accounts and audit are the administrator's, and of
    # the settings only those of this computer are theirs.
    assert _pages(window) == [
        "overview", "respondents", "sheets", "verification", "certificates", "equipment", "exchange", "settings"
    ]  # fmt: skip
    settings = window.page("settings")
    assert [settings.tabs.isTabVisible(i) for i in range(3)] == [False, False, True]
    window.runner.wait()


def test_a_locked_account_is_told_so_at_the_login_dialog(qtbot, ru: AppContext) -> None:  # type: ignore[no-untyped-def]
    make_institution(ru)
    sign_in_as(ru, "Сүлейменова Әйгерім")
    login = ru.account.login if ru.account else ""
    sign_in_as(ru)
    with ru.uow() as uow:
        accounts.set_locked(uow, login, True)
    ru.account = None
    starter = Starter(ru)
    starter.start()
    qtbot.waitUntil(lambda: starter.login is not None and starter.login.isVisible(), timeout=5000)
    dialog = starter.login
    qtbot.addWidget(dialog)
    dialog.login.setText(login)
    dialog.password.setText(PASSWORD)
    dialog.sign_in.click()
    qtbot.waitUntil(lambda: "заблокирована" in dialog.error.text(), timeout=5000)
    assert "администратора" in dialog.error.text() and starter.window is None


def test_an_institution_without_accounts_gets_its_administrator_first(qtbot, ru: AppContext) -> None:  # type: ignore[no-untyped-def]
    make_institution(ru)  # set up before accounts existed
    starter = Starter(ru)
    starter.start()
    qtbot.waitUntil(lambda: starter.wizard is not None, timeout=5000)
    wizard = starter.wizard
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == "Sanaq Desktop — администратор"
    page = wizard.administrator_page
    page.full_name.setText("Сәрсенова Айгүл")
    page.password.setText("head-password")
    page.again.setText("head-password")
    assert page.validatePage()
    wizard.accept()
    qtbot.waitUntil(lambda: starter.window is not None, timeout=5000)
    qtbot.addWidget(starter.window)
    assert ru.account is not None and ru.account.role is Role.ADMINISTRATOR
    assert "accounts" in _pages(starter.window) and "audit" in _pages(starter.window)
    assert starter.recovery is not None
    code = starter.recovery.findChild(QLabel, "recoveryCode").text()
    assert len(code) == 24 and code.count("-") == 4
    starter.window.runner.wait()


def test_a_viewer_sees_the_lists_and_no_button_that_changes_them(qtbot, ru: AppContext) -> None:  # type: ignore[no-untyped-def]
    make_institution(ru)
    sign_in_as(ru)
    _person(ru)
    sign_in_as(ru, "Ахметов Бауыржан", Role.VIEWER)
    window = MainWindow(ru)
    qtbot.addWidget(window)
    window.show()
    assert _pages(window) == ["overview", "respondents", "settings"]
    assert "Наблюдатель" in window.windowTitle()
    window.show_page("respondents")
    page = window.page("respondents")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    for button in (page.add_button, page.edit_button, page.delete_button, page.import_button):
        assert not button.isVisible()
    page.table.selectRow(0)
    assert page.edit_person() is None  # a double-click opens nothing to change
    window.runner.wait()


def test_the_window_locks_when_idle_and_opens_with_the_password(qtbot, ru: AppContext) -> None:  # type: ignore[no-untyped-def]
    make_institution(ru)
    sign_in_as(ru)
    with ru.uow() as uow:
        accounts.set_idle_minutes(uow, 3)
    window = MainWindow(ru)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.idle.minutes == 3, timeout=5000)
    assert window.idle.timer.isActive() and window.idle.timer.interval() == 180_000
    window.idle.timer.timeout.emit()  # three minutes without a key or a click
    dialog = window.idle.dialog
    assert dialog is not None and dialog.isVisible() and not window.centralWidget().isVisible()
    assert dialog.windowTitle() == "Sanaq Desktop — окно заблокировано"
    assert dialog.login.text() == "admin" and dialog.login.isReadOnly()
    dialog.password.setText("wrong")
    dialog.sign_in.click()
    qtbot.waitUntil(lambda: dialog.error.text() == "Неверный логин или пароль.", timeout=5000)
    assert window.idle.locked
    dialog.password.setText(PASSWORD)
    dialog.sign_in.click()
    qtbot.waitUntil(lambda: not window.idle.locked, timeout=5000)
    assert window.centralWidget().isVisible() and window.idle.timer.isActive()
    window.runner.wait()


def test_the_audit_page_finds_a_change_by_person_and_exports_it(qtbot, ru: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_institution(ru)
    sign_in_as(ru, "Сүлейменова Әйгерім")
    pid = _person(ru)
    _person(ru, "Бекова")
    with ru.uow() as uow:
        data = register.get_person(uow, pid, campaign=ru.campaign).data()
        data.note = "переведена во 2-ю группу"
        register.update_person(uow, pid, data, campaign=ru.campaign)
    sign_in_as(ru)
    window = MainWindow(ru)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    assert window.show_page("audit")
    page = window.page("audit")
    qtbot.waitUntil(lambda: page.table.rowCount() >= 3, timeout=5000)
    page.person.setText("Әбенова")
    page.find_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5000)
    assert page.table.item(0, 4).text() == "изменено" and page.table.item(0, 5).text() == "Әбенова Айгүл"
    assert page.table.item(0, 6).text() == "примечание: — → переведена во 2-ю группу"
    assert page.table.item(0, 3).text() == "Человек"
    page.person.clear()
    page.kind.setCurrentIndex(page.kind.findData("person"))
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=5000)  # two added, one edited
    page.kind.setCurrentIndex(page.kind.findData("account"))
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5000)  # the administrator's and the employee's
    page.kind.setCurrentIndex(0)
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.verdict.text().startswith("Журнал цел"), timeout=5000)
    target = tmp_path / "audit.xlsx"
    page.person.setText("Әбенова")
    page.export(str(target))
    qtbot.waitUntil(lambda: "audit.xlsx" in page.summary.text(), timeout=10000)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][6] == "Изменения: было → стало" and len(rows) == 3
    assert rows[1][6] == "примечание: — → переведена во 2-ю группу"
    window.runner.wait()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_demo_opens_signed_in_as_admin_and_its_pages_fit(qtbot, app, tmp_path, lang: str) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.login_dialog import LoginDialog

    ctx = demo_context(tmp_path / "demo", lang)
    install_translations(ctx.translate)
    try:
        assert ctx.account is not None and ctx.account.login == "admin"
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        expected = {"ru": "демо, вход выполнен как admin (Администратор)", "kk": "демо, admin (Әкімші) ретінде кірді"}
        assert window.windowTitle().endswith(expected[lang])
        window.show_page("audit")
        page = window.page("audit")
        qtbot.waitUntil(lambda: page.table.rowCount() > 100, timeout=10000)
        dialog = LoginDialog("«Шаңырақ» мектеп-интернаты" if lang == "kk" else "Школа-интернат «Шанырак»")
        qtbot.addWidget(dialog)
        dialog.resize(1280, 720)
        dialog.show()
        dialog.error.setText(dialog.tr("Enter the login and the password."))
        if SHOTS is not None:
            SHOTS.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(SHOTS / f"audit-{lang}.png"))
            dialog.grab().save(str(SHOTS / f"login-{lang}.png"))
        assert not window.grab().isNull()
        window.runner.wait()
    finally:
        ctx.close()
        install_translations(Translator(Language.RU))


def test_a_signed_out_window_asks_the_next_person_to_sign_in(qtbot, ru: AppContext) -> None:  # type: ignore[no-untyped-def]
    make_institution(ru)
    sign_in_as(ru)
    starter = Starter(ru)
    starter.start()
    qtbot.waitUntil(lambda: starter.window is not None, timeout=5000)
    window = starter.window
    window.sign_out()
    qtbot.waitUntil(lambda: starter.login is not None and starter.login.isVisible(), timeout=5000)
    qtbot.addWidget(starter.login)
    assert ru.account is None and starter.window is None

