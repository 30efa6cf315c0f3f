"""The light and the dark look: readable colours, a choice in Settings applied at once, icons that follow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from desktop.views import theme
from desktop.views.main_window import MainWindow, default_size
from tests.gui.screens import settle


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: str, b: str) -> float:
    first, second = sorted((_luminance(QColor(a)), _luminance(QColor(b))), reverse=True)
    return (first + 0.05) / (second + 0.05)


@pytest.mark.parametrize("colours", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_text_and_status_colours_are_readable_on_their_backgrounds(colours: theme.Colours) -> None:
    """WCAG AA: 4.5:1 for text, on the page, in a table and on the status's own tinted box."""
    pairs = {
        "text on window": (colours.text, colours.window),
        "text on base": (colours.text, colours.base),
        "muted on window": (colours.muted, colours.window),
        "selected text": (colours.accent_text, colours.accent),
        "text in the selected navigation item": (colours.text, colours.nav_selected),
    }
    for status in ("ok", "warning", "error", "info"):
        pairs[f"{status} on base"] = (getattr(colours, status), colours.base)
        pairs[f"{status} on its box"] = (getattr(colours, status), getattr(colours, f"{status}_back"))
        pairs[f"text on the {status} box"] = (colours.text, getattr(colours, f"{status}_back"))
    poor = {name: round(contrast(*pair), 2) for name, pair in pairs.items() if contrast(*pair) < 4.5}
    assert poor == {}


def test_the_window_opens_at_a_size_that_fits_the_screen() -> None:
    small = default_size(QSize(1280, 720))
    assert small.width() <= 1280 and small.height() <= 720
    assert default_size(QSize(1920, 1080)) == QSize(1440, 900)


def test_dark_chosen_in_settings_turns_the_open_window_dark_at_once_and_is_kept(qtbot, ru) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    theme.apply(app, theme.Scheme.LIGHT)
    window = MainWindow(ru)
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")
    settle(window.runner)
    page = window.page("settings")
    assert page is not None
    light_window = window.palette().color(QPalette.ColorRole.Window).lightness()
    icon = window.nav.item(0).icon().pixmap(20, 20).toImage()
    try:
        page.scheme.setCurrentIndex(page.scheme.findData("dark"))
        settle(window.runner)
        dark_window = window.palette().color(QPalette.ColorRole.Window).lightness()
        assert dark_window < 60 < 200 < light_window
        assert ru.settings.get("theme") == "dark"
        # the navigation icons are drawn in the new text colour (light on dark)
        dark_icon = window.nav.item(0).icon().pixmap(20, 20).toImage()
        assert dark_icon != icon
        for row in range(window.nav.count()):  # every page is polished again without a fault
            window.nav.setCurrentRow(row)
            settle(window.runner)
            window.grab()
    finally:
        theme.apply(app, theme.Scheme.LIGHT)
    assert not window.nav.item(0).icon().isNull() and isinstance(window.nav.item(0).icon(), QIcon)


def test_as_the_system_follows_the_desktop_turning_dark_and_back(app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The offscreen platform has no colour scheme: the desktop's answer is played by a stand-in."""
    desktop = {"scheme": Qt.ColorScheme.Light}

    class Hints:
        def colorScheme(self) -> Qt.ColorScheme:  # noqa: N802 - Qt's name
            return desktop["scheme"]

    class Gui:
        @staticmethod
        def styleHints() -> Hints:  # noqa: N802 - Qt's name
            return Hints()

    theme.apply(app, theme.Scheme.SYSTEM)
    monkeypatch.setattr(theme, "QGuiApplication", Gui)
    try:
        theme._follow_system(app)
        assert app.palette().color(QPalette.ColorRole.Window).name() == theme.LIGHT.window
        desktop["scheme"] = Qt.ColorScheme.Dark
        theme._follow_system(app)
        assert app.palette().color(QPalette.ColorRole.Window).name() == theme.DARK.window
        assert theme.status_colour(theme.Status.ERROR).name() == theme.DARK.error
        app.setProperty("sanaqScheme", "light")  # chosen by hand: the desktop no longer matters
        theme._follow_system(app)
        assert app.palette().color(QPalette.ColorRole.Window).name() == theme.DARK.window
    finally:
        monkeypatch.undo()
        theme.apply(app, theme.Scheme.LIGHT)
    assert app.palette().color(QPalette.ColorRole.Window).name() == theme.LIGHT.window
