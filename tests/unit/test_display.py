"""Starting the window on a Linux machine without the X11 libraries Qt needs: a sentence naming the
packages, not Qt's abort."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import app as desktop_app
from desktop import display


def _without(*absent: str):  # type: ignore[no-untyped-def]
    return lambda name: None if name in absent else f"lib{name}.so.1"


def test_without_libxcb_cursor_the_window_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(display.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    monkeypatch.setattr(display.ctypes.util, "find_library", _without("xcb-cursor", "xcb-icccm"))
    import desktop.views.application as application

    monkeypatch.setattr(application, "run", lambda args: pytest.fail("Qt was started"))
    assert desktop_app.gui_main(["--demo", "--home", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in err
    assert "не установлены системные библиотеки" in err


def test_nothing_is_missing_where_the_libraries_are_or_xcb_is_not_used() -> None:
    linux = {"DISPLAY": ":0"}
    assert display.missing_display_packages("linux", linux, _without()) == []
    assert display.missing_display_packages("linux", linux, _without("xcb-cursor")) == ["libxcb-cursor0"]
    assert display.missing_display_packages("linux", {"QT_QPA_PLATFORM": "offscreen"}, _without("xcb-cursor")) == []
    assert display.missing_display_packages("win32", {}, _without("xcb-cursor")) == []
