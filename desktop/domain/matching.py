"""Whether two records are one person — the one rule of the program, used by the import of registers
(against the register and within the file), the screening of duplicates and the prefill of sheets.

* **The same person**: the same IIN; else, when the two IINs do not contradict each other (one or both
  missing), the same full name and the same birth date. Names are compared by their *identity key*:
  case, ё/е, Kazakh letters and their Russian look-alikes (ә/а, ө/о, ү/у, ұ/у, қ/к, ғ/г, ң/н, һ/х, і/и),
  Latin look-alike letters, hyphens and spaces and the order of the parts do not count.
* **Nearly the same**: not the same person, the same birth date, and names that :func:`similarity`
  scores at least :data:`SIMILARITY` (one scorer: the best Levenshtein ratio over the orders of the
  name parts, so that a swapped surname and name and a one-letter typo are both seen).

IINs are compared as :func:`desktop.domain.iin.normalize` gives them (leading zeros restored).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import permutations
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process

from desktop.domain.person import fold

#: Two names with the same birth date scoring at least this are shown as likely one person.
SIMILARITY = 88.0

T = TypeVar("T")


@lru_cache(maxsize=16_384)
def identity_key(full_name: str) -> str:
    """The comparable form of a full name (or of a stored name key): folded, hyphens as spaces, the
    parts in alphabetical order."""
    return " ".join(sorted(fold(full_name).replace("-", " ").split()))


def name_identity(surname: str, name: str, patronymic: str) -> str:
    return identity_key(" ".join(part for part in (surname, name, patronymic) if part))


@dataclass(frozen=True, slots=True)
class Identity:
    """What says who a record is: its IIN (normalised), identity key and birth date."""

    iin: str | None
    key: str
    birth_date: dt.date | None


def same_person(first: Identity, second: Identity) -> bool:
    """The rule: the same IIN; else the same identity key and birth date, unless both have an IIN."""
    if first.iin and second.iin:
        return first.iin == second.iin
    return (
        bool(first.key)
        and first.birth_date is not None
        and (first.key, first.birth_date)
        == (
            second.key,
            second.birth_date,
        )
    )


# -- nearly the same -----------------------------------------------------------------------------


@lru_cache(maxsize=16_384)
def _orders(key: str) -> tuple[str, ...]:
    """The key with its parts in every order (beyond three parts, the rest stays one part)."""
    words = key.split()
    if len(words) > 3:
        words = [*words[:2], " ".join(words[2:])]
    return tuple(dict.fromkeys(" ".join(order) for order in permutations(words)))


@lru_cache(maxsize=16_384)
def sorted_letters(key: str) -> str:
    """The letters of a key in alphabetical order (see :func:`nearest`)."""
    return "".join(sorted(key))


def similarity(first: str, second: str) -> float:
    """How alike two identity keys are, 0-100: the best Levenshtein ratio over the orders of the
    parts of either name. The one scorer of "nearly the same"; symmetric."""
    best = max(fuzz.ratio(order, second) for order in _orders(first))
    return float(max(best, *(fuzz.ratio(first, order) for order in _orders(second))))


def nearly_same(first: Identity, second: Identity) -> float | None:
    """The similarity of two records born the same day that are not the same person, when it
    reaches :data:`SIMILARITY`; else None."""
    if first.birth_date is None or first.birth_date != second.birth_date or same_person(first, second):
        return None
    if fuzz.ratio(sorted_letters(first.key), sorted_letters(second.key), score_cutoff=SIMILARITY) == 0:
        return None  # the bound of :func:`nearest`
    score = similarity(first.key, second.key)
    return score if score >= SIMILARITY else None


def nearest(key: str, candidates: Sequence[str], letters: Sequence[str] | None = None) -> tuple[int, float] | None:
    """The index and score of the candidate key most similar to ``key`` (by :func:`similarity`) when
    it reaches :data:`SIMILARITY`; else None. The same scores as :func:`similarity`, computed for a
    list at once. ``letters``: the candidates' :func:`sorted_letters`, when the caller keeps them."""
    # The letters of two names, each sorted, bound their similarity in any order from above (the
    # longest common subsequence of sorted texts is the common multiset): most pairs stop here.
    if letters is None:
        letters = [sorted_letters(candidate) for candidate in candidates]
    if process.extractOne(sorted_letters(key), letters, scorer=fuzz.ratio, score_cutoff=SIMILARITY) is None:
        return None
    best: tuple[int, float] | None = None
    for order in _orders(key):
        found = process.extractOne(order, candidates, scorer=fuzz.ratio, score_cutoff=SIMILARITY)
        if found is not None and (best is None or found[1] > best[1]):
            best = (found[2], float(found[1]))
    expanded = [(index, order) for index, candidate in enumerate(candidates) for order in _orders(candidate)]
    found = process.extractOne(key, [o for _i, o in expanded], scorer=fuzz.ratio, score_cutoff=SIMILARITY)
    if found is not None and (best is None or found[1] > best[1]):
        best = (expanded[found[2]][0], float(found[1]))
    return best


# -- many records at once ------------------------------------------------------------------------


class Index(Generic[T]):
    """Records (anything: an id, a row) by identity, to find the one a new record is the same person as."""

    def __init__(self) -> None:
        self._by_iin: dict[str, T] = {}
        self._by_name: dict[tuple[str, dt.date], list[tuple[Identity, T]]] = defaultdict(list)
        self._by_birth: dict[dt.date, tuple[list[str], list[str], list[T]]] = {}  # keys, letters, items

    @classmethod
    def of(cls, records: Iterable[tuple[T, Identity]]) -> Index[T]:
        """An index of ``(item, identity)`` pairs."""
        index: Index[T] = cls()
        for item, who in records:
            index.add(who, item)
        return index

    def __bool__(self) -> bool:
        return bool(self._by_iin or self._by_name or self._by_birth)

    def add(self, who: Identity, item: T) -> None:
        if who.iin:
            self._by_iin.setdefault(who.iin, item)
        if who.birth_date is not None:
            if who.key:
                self._by_name[(who.key, who.birth_date)].append((who, item))
            keys, letters, items = self._by_birth.setdefault(who.birth_date, ([], [], []))
            keys.append(who.key)
            letters.append(sorted_letters(who.key))
            items.append(item)

    def same(self, who: Identity) -> list[T]:
        """The records that are the same person as ``who`` (the first by IIN, else all by name and birth)."""
        if who.iin and who.iin in self._by_iin:
            return [self._by_iin[who.iin]]
        if who.birth_date is None or not who.key:
            return []
        return [item for other, item in self._by_name.get((who.key, who.birth_date), ()) if same_person(who, other)]

    def nearly(self, who: Identity) -> tuple[T, float] | None:
        """The record born the same day whose name is nearly the same (call it when :meth:`same` found none)."""
        if who.birth_date is None:
            return None
        born = self._by_birth.get(who.birth_date)
        if born is None:
            return None
        found = nearest(who.key, born[0], born[1])
        return (born[2][found[0]], found[1]) if found is not None else None


def same_person_pairs(records: Iterable[tuple[int, Identity]]) -> dict[tuple[int, int], str]:
    """Every pair (smaller id first) of records that are the same person, with the reason:
    ``same_iin`` or ``same_name_birth``."""
    by_iin: dict[str, list[int]] = defaultdict(list)
    by_name: dict[tuple[str, dt.date], list[tuple[int, Identity]]] = defaultdict(list)
    for record_id, who in records:
        if who.iin:
            by_iin[who.iin].append(record_id)
        if who.key and who.birth_date is not None:
            by_name[(who.key, who.birth_date)].append((record_id, who))
    pairs: dict[tuple[int, int], str] = {}
    for ids in by_iin.values():
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                pairs[_pair(a, b)] = "same_iin"
    for group in by_name.values():
        for i, (a, who_a) in enumerate(group):
            for b, who_b in group[i + 1 :]:
                if same_person(who_a, who_b):
                    pairs.setdefault(_pair(a, b), "same_name_birth")
    return pairs


def nearly_same_pairs(
    records: Iterable[tuple[int, Identity]], *, progress: Callable[[int, int], None] | None = None
) -> dict[tuple[int, int], float]:
    """Every pair (smaller id first) of records born the same day that are nearly the same, with the
    score; ``progress(done, total)`` is told of the birth dates done."""
    by_birth: dict[dt.date, list[tuple[int, Identity]]] = defaultdict(list)
    for record_id, who in records:
        if who.birth_date is not None:
            by_birth[who.birth_date].append((record_id, who))
    pairs: dict[tuple[int, int], float] = {}
    total = len(by_birth)
    for done, group in enumerate(by_birth.values()):
        if progress is not None and done % 2000 == 0:
            progress(done, total)
        for i, (a, who_a) in enumerate(group):
            for b, who_b in group[i + 1 :]:
                score = nearly_same(who_a, who_b)
                if score is not None:
                    pairs[_pair(a, b)] = score
    if progress is not None:
        progress(total, total)
    return pairs


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)
