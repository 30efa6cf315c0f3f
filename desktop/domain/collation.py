"""The order of names in every list, table and printed list: the Kazakh alphabet.

Russian and Kazakh names are written in one Cyrillic alphabet of 42 letters, in which each Kazakh
letter follows the Russian one it looks like: А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т
У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я.  Code-point order puts the Kazakh letters after Я and a
locale's collation depends on the machine; :func:`sort_key` gives a text whose plain (code-point)
order is the alphabet's, on every machine and in every database (stored, it is compared bytewise).
Case is ignored; digits and Latin letters come before Cyrillic ones.
"""

from __future__ import annotations

#: The Kazakh alphabet in its order (lower case); the Russian alphabet is part of it.
ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"

#: Each letter to a character whose code-point order is the alphabet's.  The characters chosen are
#: the upper-case Cyrillic block (U+0400…), never left in a case-folded text: they stay above Latin
#: and below the other Cyrillic letters (Ukrainian є, ї), which thus come after Я.
_ORDER = str.maketrans({letter: chr(0x0400 + index) for index, letter in enumerate(ALPHABET)})


def sort_key(text: str) -> str:
    """The key that sorts ``text`` in the Kazakh alphabet's order, ignoring case."""
    return " ".join(text.split()).casefold().translate(_ORDER)

