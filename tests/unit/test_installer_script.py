"""The Windows installer's script and its Kazakh messages: what can be checked without Windows."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

from desktop import pyproject_version
from installer.build import ISS, iscc_command

ROOT = Path(__file__).resolve().parents[2]
KAZAKH = ROOT / "installer" / "Kazakh.isl"


def _sections(path: Path) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def test_the_installer_gets_the_version_of_pyproject_from_the_build() -> None:
    version = pyproject_version(ROOT / "pyproject.toml")
    command = iscc_command("ISCC.exe", str(version), Path("dist/sanaq"), Path("dist"), None)
    assert f"/DAppVersion={version}" in command and command[-1] == str(ISS)
    assert any(re.fullmatch(r"/DAppVersionNumbers=\d+\.\d+\.\d+\.\d+", part) for part in command)
    setup = _sections(ISS)["Setup"]
    assert "AppVersion={#AppVersion}" in setup and "#error" in ISS.read_text(encoding="utf-8-sig")


def test_per_user_without_administrator_with_shortcuts_and_the_data_kept() -> None:
    sections = _sections(ISS)
    setup = sections["Setup"]
    assert "PrivilegesRequired=lowest" in setup
    assert any(line.startswith("PrivilegesRequiredOverridesAllowed=") and "dialog" in line for line in setup)
    languages = sections["Languages"]
    assert any('Name: "ru"' in line and "Russian.isl" in line for line in languages)
    assert any('Name: "kk"' in line and "Kazakh.isl" in line for line in languages)
    icons = sections["Icons"]
    assert any("{autoprograms}" in line for line in icons) and any("{autodesktop}" in line for line in icons)
    assert "UninstallDelete" not in sections, "the uninstaller deletes only what it installed"
    text = ISS.read_text(encoding="utf-8-sig")
    assert "Sanaq\\{#AppName}" in text and "usPostUninstall" in text  # it says where the data stayed
    custom = sections["CustomMessages"]
    assert {line.split("=", 1)[0] for line in custom} == {"ru.DataKept", "kk.DataKept"}


def test_the_kazakh_messages_are_kazakh_and_keep_their_placeholders() -> None:
    raw = KAZAKH.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads a Unicode messages file by its byte order mark"
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",), comment_prefixes=(";",))
    parser.optionxform = str  # message names keep their case
    parser.read_string(raw.decode("utf-8-sig"))
    assert parser["LangOptions"]["LanguageID"] == "$043F"
    messages = dict(parser["Messages"]) | dict(parser["CustomMessages"])
    assert len(messages) > 150
    kazakh_letters = re.compile("[әғқңөұүһі]", re.IGNORECASE)
    for name, text in messages.items():
        if name in ("BeveledLabel", "AboutSetupNote", "ButtonOK") or re.fullmatch(r"[%\d (),]*", text):
            continue
        assert re.search("[а-яё]", text, re.IGNORECASE), f"{name} is not translated: {text}"
    assert sum(bool(kazakh_letters.search(text)) for text in messages.values()) > 100
    # Placeholders Inno Setup fills in must survive the translation.
    assert "[name]" in messages["WelcomeLabel1"] and "[name/ver]" in messages["WelcomeLabel2"]
    assert "%1" in messages["DiskSpaceWarning"] and "%2" in messages["DiskSpaceWarning"]
    assert "&" in messages["ButtonNext"] and messages["ButtonCancel"] == "Болдырмау"
