"""A rotating log in the home folder.  Personal data never goes into it.

Code logs counts, codes and record ids, never names or IINs; the filter below is a second line of
defence that masks anything that looks like an IIN.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

_TWELVE_DIGITS = re.compile(r"(?<!\d)\d{12}(?!\d)")


#: What a database error quotes of the row it refused: PostgreSQL's "Key (iin)=(…)" and "Failing row
#: contains (…)", SQLAlchemy's "[parameters: …]" (also hidden at the engine: ``hide_parameters``).
_QUOTATIONS = (
    (re.compile(r"(Key \([^)]*\)=\().*?(\) )"), r"\1…\2"),
    (re.compile(r"(Failing row contains \().*(\))"), r"\1…\2"),
    (re.compile(r"(\[parameters: ).*?(\]$)", re.MULTILINE | re.DOTALL), r"\1…\2"),
)


def mask(text: str) -> str:
    """``text`` without anything that looks like an IIN or a database error's quotation of a row."""
    for pattern, replacement in _QUOTATIONS:
        text = pattern.sub(replacement, text)
    return _TWELVE_DIGITS.sub("************", text)


class MaskIdentifiers(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        masked = mask(text)
        if masked != text:
            record.msg, record.args = masked, None
        return True


class MaskingFormatter(logging.Formatter):
    """Masks the traceback of a logged exception too: its messages may quote a refused row."""

    def formatException(self, ei: Any) -> str:  # noqa: N802 - the logging API's name
        return mask(super().formatException(ei))


def configure(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "sanaq.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_sanaq", False):
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler._sanaq = True  # type: ignore[attr-defined]  # our own mark, read back with getattr above
    handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskIdentifiers())
    root.addHandler(handler)
    root.setLevel(level)
    return path
