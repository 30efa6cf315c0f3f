"""A rotating log in the home folder.  Personal data never goes into it.

Code logs counts, codes and record ids, never names or IINs; the filter below is a second line of
defence that masks anything that looks like an IIN.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

_TWELVE_DIGITS = re.compile(r"(?<!\d)\d{12}(?!\d)")


class MaskIdentifiers(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        masked = _TWELVE_DIGITS.sub("************", text)
        if masked != text:
            record.msg, record.args = masked, None
        return True


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
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskIdentifiers())
    root.addHandler(handler)
    root.setLevel(level)
    return path
