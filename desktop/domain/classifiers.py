"""Code lists kept as CSV files (code, name_ru, name_kk[, name_en]) under resources/classifiers."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True)
class Item:
    code: str
    name_ru: str
    name_kk: str
    name_en: str

    def name(self, lang: str) -> str:
        return {"ru": self.name_ru, "kk": self.name_kk}.get(lang, self.name_en or self.name_ru)


class Classifier:
    def __init__(self, name: str, items: list[Item]) -> None:
        self.name = name
        self.items = items
        self._by_code = {item.code: item for item in items}

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self) -> Iterator[Item]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def get(self, code: str) -> Item | None:
        return self._by_code.get(code)

    def label(self, code: str | None, lang: str) -> str:
        item = self._by_code.get(code or "")
        return item.name(lang) if item else (code or "")

    @classmethod
    def read(cls, path: Path) -> Classifier:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        items = [
            Item(
                code=row["code"].strip(),
                name_ru=row["name_ru"].strip(),
                name_kk=row["name_kk"].strip(),
                name_en=(row.get("name_en") or "").strip(),
            )
            for row in rows
            if row.get("code")
        ]
        return cls(path.stem, items)


@cache
def load(name: str) -> Classifier:
    """A classifier shipped with the program, by file name without ``.csv``."""
    from desktop.resources import resource

    return Classifier.read(resource("classifiers", f"{name}.csv"))


def institution_types() -> Classifier:
    return load("institution_types")


def kato_units() -> Classifier:
    return load("kato_zhambyl")
