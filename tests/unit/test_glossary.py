"""One term for one thing: every catalogue translates a term of the glossary (resources/i18n/glossary.csv)
as the glossary says, so that an employee never meets two words for one thing or one word for two."""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
COLUMNS = {"ru": "russian_stems", "kk": "kazakh_stems"}


def glossary() -> list[dict[str, str]]:
    with (I18N / "glossary.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def messages(lang: str) -> list[tuple[str, str, list[str]]]:
    """(catalogue, source, translations without the & of shortcuts) of every message in a language."""
    found = []
    for ts in sorted(I18N.glob(f"*.{lang}.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            found.append((ts.name, message.findtext("source") or "", [f.replace("&", "") for f in forms]))
    return found


def test_the_glossary_names_its_terms_in_both_languages_and_their_sources() -> None:
    rows = glossary()
    assert len(rows) >= 15
    for row in rows:
        assert row["russian"] and row["kazakh"] and row["source"], row["english"]
        re.compile(row["pattern"])


def form_texts(lang: str) -> list[tuple[str, str, list[str]]]:
    """(form, English, text) of every question, hint and choice of the shipped census forms."""
    from desktop.domain import forms
    from desktop.resources import resource

    found = []
    for path in sorted(Path(resource("forms")).glob("*.xlsx")):
        form = forms.load_form(path.read_bytes(), media=forms.media_from_dirs(Path(resource("classifiers"))))
        texts = [t for q in form.questions for t in (q.label, q.hint)]
        texts += [c.label for name, choices in form.choices.items() if not name.endswith(".csv") for c in choices]
        found += [(path.name, t.get("en"), [t.get(lang)]) for t in texts if t]
    return found


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_catalogue_translates_a_glossary_term_as_the_glossary_does(lang: str) -> None:
    wrong = []
    catalogue = messages(lang) + form_texts(lang)
    for row in glossary():
        pattern = re.compile(row["pattern"])
        stems = [s.strip().casefold() for s in row[COLUMNS[lang]].split(";") if s.strip()]
        for name, source, forms in catalogue:
            if pattern.search(source) and not all(any(s in f.casefold() for s in stems) for f in forms):
                wrong.append(f"{name}: «{row['english']}» in “{source}” → “{' | '.join(forms)}”")
    assert wrong == [], "\n".join(wrong)
