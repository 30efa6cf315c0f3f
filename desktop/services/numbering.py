"""Numbers of documents (certificates, equipment acts): given from a counter per kind, never twice."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models.db import UnitOfWork
from desktop.models.documents import DocumentCounter


def take_numbers(uow: UnitOfWork, key: str, highest_stored: int | None, count: int = 1) -> list[int]:
    """The next ``count`` numbers of the counter ``key``, in the caller's transaction (the counter
    row is locked until it ends, so two employees on a shared database never get the same number).

    Never below ``highest_stored``, the highest number already on a document: a counter lost by a
    restore must not give a number twice.
    """
    counter = uow.session.scalars(select(DocumentCounter).where(DocumentCounter.key == key).with_for_update()).first()
    if counter is None:
        counter = DocumentCounter(key=key, value=0)
        uow.session.add(counter)
    start = max(counter.value or 0, highest_stored or 0)
    counter.value = start + count
    uow.session.flush()
    return list(range(start + 1, start + count + 1))
