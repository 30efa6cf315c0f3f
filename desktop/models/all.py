"""Import every module that defines tables, so that the metadata is complete.

Each capability that adds tables adds its module here.
"""

from desktop.models import (
    accounts,  # noqa: F401
    documents,  # noqa: F401
    entities,  # noqa: F401
    exchange,  # noqa: F401
    register,  # noqa: F401
    sheets,  # noqa: F401
    verification,  # noqa: F401
)
