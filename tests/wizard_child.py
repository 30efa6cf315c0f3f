"""The program at its first start, as it runs (``app.exec``), for tests/gui/test_main_window.py.

Run as ``python -m tests.wizard_child HOME``: fills in the first-start wizard, presses "Finish", and
prints ``WINDOW`` once the main window is shown, then quits. Running the event loop for real is what
matters here (the hidden wizard used to end it), and it cannot be done twice in one test process.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402

from desktop.app import bootstrap  # noqa: E402
from desktop.views.application import Starter, application, install_translations  # noqa: E402


def main() -> int:
    app = application([sys.argv[0]])
    ctx = bootstrap(sys.argv[1], None, "ru")
    install_translations(ctx.translate)
    starter = Starter(ctx)

    def fill_in_and_finish() -> None:
        wizard = starter.wizard
        if wizard is None:
            QTimer.singleShot(50, fill_in_and_finish)
            return
        wizard.next()
        form = wizard.profile_page.form
        form.name_kk.setText("«Бөбек» балалар үйі")
        form.name_ru.setText("Детский дом «Бөбек»")
        form.bin.setText("100540012349")
        form.type_code.setCurrentIndex(form.type_code.findData("03"))
        form.kato_code.setCurrentIndex(form.kato_code.findData("311000000"))
        wizard.next()
        wizard.next()
        wizard.employee_page.form.full_name.setText("Сүлейменова Әйгерім")
        wizard.next()
        wizard.administrator_page.full_name.setText("Сәрсенова Айгүл")
        wizard.administrator_page.password.setText("head-password")
        wizard.administrator_page.again.setText("head-password")
        wizard.accept()
        QTimer.singleShot(50, look_at_the_window)

    def look_at_the_window(tries: int = 200) -> None:
        window = starter.window
        if window is not None and window.isVisible():
            print("WINDOW", flush=True)
            window.close()
        elif tries:
            QTimer.singleShot(50, lambda: look_at_the_window(tries - 1))
        else:
            app.quit()

    QTimer.singleShot(0, starter.start)
    QTimer.singleShot(0, fill_in_and_finish)
    code = app.exec()
    starter.runner.wait()
    ctx.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
