"""Double-entry verification of sheets keyed from paper.

A second employee keys a chosen sheet again without seeing the first keying (blind).  The two
keyings are compared answer by answer; every difference is shown side by side and resolved by
taking the first value, the second value or a corrected one.  The report gives the share of
complete sheets verified and the differences found.

Values are compared after the harmless variations of typing are removed: surrounding and repeated
spaces, letter case and "ё/е" in text, "12" against 12 in numbers, the order of a multiple choice.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.domain.forms.engine import is_blank


class Choice(StrEnum):
    FIRST = "first"
    SECOND = "second"
    VALUE = "value"  # a corrected value typed by the person resolving


@dataclass(frozen=True)
class Difference:
    name: str
    first: Any
    second: Any

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "first": self.first, "second": self.second}


@dataclass(frozen=True)
class Resolution:
    name: str
    choice: Choice
    value: Any = None

    def chosen(self, difference: Difference) -> Any:
        if self.choice is Choice.FIRST:
            return difference.first
        if self.choice is Choice.SECOND:
            return difference.second
        return self.value


#: An unanswered question: the forms engine's rule, so that both keyings count answers as a sheet does.
is_empty = is_blank


def _number(text: str) -> float | None:
    try:
        number = float(text.replace(",", ".").replace(" ", ""))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def canonical(value: Any) -> tuple[str, object] | None:
    """A comparable form of an answer."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        return ("b", value)
    if isinstance(value, int | float):
        return ("n", float(value))
    if isinstance(value, str):
        text = " ".join(value.split()).casefold().replace("ё", "е")
        number = _number(text)
        return ("n", number) if number is not None else ("s", text)
    if isinstance(value, list | tuple | set | frozenset):
        return ("m", tuple(sorted({repr(canonical(item)) for item in value if not is_empty(item)})))
    if isinstance(value, dict):
        return ("d", tuple(sorted((str(k), repr(canonical(v))) for k, v in value.items())))
    return ("o", repr(value))


def same(first: Any, second: Any) -> bool:
    return canonical(first) == canonical(second)


def compare(first: Mapping[str, Any], second: Mapping[str, Any], order: Sequence[str] = ()) -> list[Difference]:
    """Every answer that differs, in the order of the form (names it does not know come last)."""
    names = list(dict.fromkeys(order))
    known = set(names)
    extra = sorted((set(first) | set(second)) - known)
    differences = []
    for name in names + extra:
        a, b = first.get(name), second.get(name)
        if not same(a, b):
            differences.append(Difference(name, a, b))
    return differences


def compared_count(first: Mapping[str, Any], second: Mapping[str, Any]) -> int:
    """How many answers were compared: those given in at least one of the keyings."""
    return sum(1 for name in set(first) | set(second) if not (is_empty(first.get(name)) and is_empty(second.get(name))))


def merge(
    first: Mapping[str, Any], differences: Iterable[Difference], resolutions: Mapping[str, Resolution]
) -> dict[str, Any]:
    """The first keying with every difference resolved; raises KeyError for an unresolved one."""
    result = dict(first)
    for difference in differences:
        resolution = resolutions[difference.name]
        value = resolution.chosen(difference)
        if is_empty(value):
            result.pop(difference.name, None)
        else:
            result[difference.name] = value
    return result


def sample(ids: Sequence[int], share: float, seed: int | None = None) -> list[int]:
    """A random choice of ``share`` (0 < share <= 1) of the ids, at least one when there are any."""
    if not ids:
        return []
    share = min(max(share, 0.0), 1.0)
    count = min(len(ids), max(1, math.ceil(len(ids) * share)))
    chosen = random.Random(seed).sample(list(ids), count)
    return sorted(chosen)


@dataclass(frozen=True)
class Summary:
    complete_sheets: int
    chosen: int
    keyed: int
    resolved: int
    answers_compared: int
    differences_found: int
    differences_corrected: int

    @property
    def share_verified(self) -> float:
        return self.resolved / self.complete_sheets if self.complete_sheets else 0.0

    @property
    def difference_rate(self) -> float:
        return self.differences_found / self.answers_compared if self.answers_compared else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "complete_sheets": self.complete_sheets,
            "chosen": self.chosen,
            "keyed": self.keyed,
            "resolved": self.resolved,
            "answers_compared": self.answers_compared,
            "differences_found": self.differences_found,
            "differences_corrected": self.differences_corrected,
            "share_verified": round(self.share_verified, 4),
            "difference_rate": round(self.difference_rate, 4),
        }
