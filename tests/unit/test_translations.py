"""The Russian and Kazakh catalogues are complete, current, compiled, and keep every placeholder."""

from __future__ import annotations

import filecmp
import glob
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import i18n

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(i18n.I18N.glob("*.ts"))
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def test_there_are_catalogues_for_both_languages_of_every_area() -> None:
    for area in i18n.areas():
        for lang in ("ru", "kk"):
            assert (i18n.I18N / f"{area}.{lang}.ts").exists(), f"{area}.{lang}.ts is missing"


def test_every_python_file_belongs_to_exactly_one_area() -> None:
    owners: dict[Path, list[str]] = {}
    for area, files in i18n.areas().items():
        for path in files:
            owners.setdefault(path.resolve(), []).append(area)
    for path in (ROOT / "desktop").rglob("*.py"):
        assert len(owners.get(path.resolve(), [])) == 1, f"{path.relative_to(ROOT)}: areas {owners.get(path)}"


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_catalogue_has_no_unfinished_entry(ts: Path) -> None:
    assert i18n.unfinished(ts) == []


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_translations_keep_the_placeholders(ts: Path) -> None:
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), source


def _sources(ts: Path) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            found.add((context.findtext("name") or "", message.findtext("source") or ""))
    return found


@pytest.mark.parametrize("area", sorted(i18n.areas()))
def test_catalogue_knows_every_string_of_the_code(area: str, tmp_path: Path) -> None:
    files = i18n.areas()[area]
    fresh = tmp_path / f"{area}.ru.ts"
    shutil.copy(i18n.I18N / f"{area}.ru.ts", fresh)
    i18n.lupdate(files, fresh)
    missing = _sources(fresh) - _sources(i18n.I18N / f"{area}.ru.ts")
    assert not missing, f"run: python -m tools.i18n update {area} (and translate): {sorted(missing)[:5]}"


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_compiled_catalogue_is_current(ts: Path, tmp_path: Path) -> None:
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"run: python -m tools.i18n release ({qm.name} missing)"
    fresh = tmp_path / qm.name
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert filecmp.cmp(fresh, qm, shallow=False), f"run: python -m tools.i18n release ({qm.name} is stale)"


def test_area_patterns_match_files() -> None:
    spec = i18n.json.loads((i18n.I18N / "areas.json").read_text(encoding="utf-8"))
    for area, patterns in spec.items():
        if area.startswith("_"):
            continue
        for pattern in patterns:
            assert glob.glob(str(ROOT / pattern)), f"{area}: {pattern} matches nothing"


PLURAL_FORMS = {"ru": 3, "kk": 2}


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_plural_messages_have_every_form_of_the_language(ts: Path) -> None:
    expected = PLURAL_FORMS[ts.stem.rsplit(".", 1)[1]]
    for message in ET.parse(ts).getroot().iter("message"):
        if message.get("numerus") == "yes":
            forms = message.findall("translation/numerusform")
            assert len(forms) == expected, message.findtext("source")


def test_translation_contexts_are_literals_that_lupdate_can_read() -> None:
    """``QT_TRANSLATE_NOOP(CTX, ...)`` with a variable is silently skipped by pyside6-lupdate."""
    import ast

    bad = []
    for path in (ROOT / "desktop").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name | ast.Attribute)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) in ("QT_TRANSLATE_NOOP", "translate")
                and node.args
                and not (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str))
                and not (
                    isinstance(node.func, ast.Attribute)
                    and node.func.attr == "translate"
                    and getattr(node.func.value, "id", "") != "QCoreApplication"
                )
            ):
                if len(node.args) >= 2 and isinstance(node.args[1], ast.Constant):
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bad == []
