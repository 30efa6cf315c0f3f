"""Every word of the Department's pages exists in Russian and Kazakh."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from department import reports
from department.i18n import MESSAGES, translate
from desktop.protocol import package as pkg

TEMPLATES = Path(__file__).resolve().parents[2] / "department" / "templates"
_KAZAKH = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)


def _used_keys() -> set[str]:
    keys: set[str] = set()
    for template in TEMPLATES.glob("*.html"):
        found = re.findall(r"\bt\('([a-z_.]+)'", template.read_text(encoding="utf-8"))
        keys.update(key for key in found if not key.endswith("."))  # 'cat.' ~ c: listed below
    keys.update(f"cat.{c}" for c in reports.CATEGORIES)
    keys.update(f"channel.{c}" for c in ("online", "package"))
    keys.update(f"duplicates.{r}" for r in ("institutions", "online"))
    keys.update(("overdue.list", "overdue.never_synced", "overdue.stale_sync", "overdue.not_enumerated"))
    errors = [pkg.NotAPackage, pkg.UnknownInstitution, pkg.ForeignInstitution, pkg.WrongRecipient, pkg.PackageAltered]
    keys.update(f"package.{error.code}" for error in [*errors, pkg.PackageReplayed])
    keys.update(
        ("login.wrong", "login.throttled", "login.no_password", "csrf.failed", "error.not_found", "packages.no_file")
    )
    return keys


def test_every_key_of_the_pages_has_both_languages() -> None:
    used = _used_keys()
    assert len(used) > 60
    missing = sorted(used - set(MESSAGES))
    assert missing == []
    for key in used:
        russian, kazakh = MESSAGES[key]
        assert russian.strip() and kazakh.strip(), key
        assert not _KAZAKH.search(russian), key
        assert set(re.findall(r"{(\w+)}", russian)) == set(re.findall(r"{(\w+)}", kazakh)), key


def test_kazakh_pages_are_in_kazakh() -> None:
    assert translate("check.genuine", "kk") == "Анықтама түпнұсқа."
    assert translate("check.genuine", "ru") == "Справка подлинная."
    assert translate("overdue.stale_sync", "kk", days=9) == "9 күн синхрондау жоқ"
    kazakh = [pair[1] for pair in MESSAGES.values()]
    assert sum(bool(_KAZAKH.search(text)) for text in kazakh) > len(kazakh) * 0.6


def test_the_pages_use_the_glossary_terms() -> None:
    """A glossary term in the Russian text is the glossary's term in the Kazakh one (one term, one thing)."""
    glossary = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "glossary.csv"
    with glossary.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    wrong = []
    for row in rows:
        russian = [s.strip().casefold() for s in row["russian_stems"].split(";") if s.strip()]
        kazakh = [s.strip().casefold() for s in row["kazakh_stems"].split(";") if s.strip()]
        for key, (ru, kk) in MESSAGES.items():
            if any(s in ru.casefold() for s in russian) and not any(s in kk.casefold() for s in kazakh):
                wrong.append(f"{key}: «{row['english']}»: {kk}")
    assert wrong == []
