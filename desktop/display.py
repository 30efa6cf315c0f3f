"""Before the window starts on Linux: are the system libraries of Qt's X11 (xcb) platform plugin
installed? Without them Qt aborts with "Could not load the Qt platform plugin "xcb"", which tells an
office employee nothing; the program names the packages to install instead.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

#: The libraries Qt's xcb plugin (and the Qt libraries under it) loads, as ``ctypes.util.find_library``
#: names them, with the Debian and Ubuntu package that provides each (from ``ldd libqxcb.so``).
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-util": "libxcb-util1",
    "xcb-randr": "libxcb-randr0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "X11-xcb": "libx11-xcb1",
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}


def missing_display_packages(
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    find: Callable[[str], str | None] | None = None,
) -> list[str]:
    """The packages to install before the window can open with X11; empty elsewhere (Windows, macOS,
    Wayland, or another Qt platform chosen with QT_QPA_PLATFORM). By default this process's own."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    find = ctypes.util.find_library if find is None else find
    if not platform.startswith("linux"):
        return []
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen not in ("", "xcb"):
        return []
    if not chosen and environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"):
        return []
    return [package for library, package in XCB_LIBRARIES.items() if find(library) is None]


def missing_packages_message(packages: list[str]) -> str:
    """Said before any translation is loaded, so in the three languages of the program."""
    command = "sudo apt install " + " ".join(packages)
    return (
        "Окно программы не может открыться: не установлены системные библиотеки.\n"
        "Бағдарлама терезесі ашылмайды: жүйелік кітапханалар орнатылмаған.\n"
        "The program's window cannot open: system libraries are missing.\n\n"
        f"    {command}\n\n"
        "(Debian, Ubuntu, Astra Linux; README: «Fresh Linux machine».)"
    )
