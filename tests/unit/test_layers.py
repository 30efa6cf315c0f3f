"""The layer boundaries of ARCHITECTURE.md, checked on the imports of every module."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _offenders(folder: str, forbidden: set[str]) -> dict[str, set[str]]:
    found = {}
    for path in sorted((ROOT / folder).rglob("*.py")):
        bad = _imports(path) & forbidden
        if bad:
            found[str(path.relative_to(ROOT))] = bad
    return found


def test_domain_services_and_models_never_import_qt() -> None:
    for folder in ("desktop/domain", "desktop/services", "desktop/models", "department"):
        assert _offenders(folder, {"PySide6", "shiboken6"}) == {}


def test_domain_is_pure() -> None:
    """The domain knows no database, no network, no documents; it may read its own resource files
    (CSV classifiers, XLSForm workbooks through openpyxl/pyxform) and compute signatures."""
    assert _offenders("desktop/domain", {"sqlalchemy", "pandas", "reportlab", "requests"}) == {}


def test_views_never_import_persistence_or_io_libraries() -> None:
    forbidden = {"sqlalchemy", "pandas", "reportlab", "requests", "openpyxl", "cryptography", "python_calamine"}
    assert _offenders("desktop/views", forbidden) == {}


def test_the_checker_sees_imports() -> None:
    source = ROOT / "desktop" / "models" / "db.py"
    assert "sqlalchemy" in _imports(source)
