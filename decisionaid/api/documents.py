"""Documents derived from the code and the knowledge base alone, the same for every caller
(the OpenAPI schema, the questionnaire in each of its formats): built once per process and
knowledge-base version, and kept in that process's memory (``CACHES["pages"]``) under a
key holding ``KB_VERSION``, so a new release of the knowledge base is built anew.
"""

from collections.abc import Callable
from typing import TypeVar

from django.core.cache import caches

import rules

T = TypeVar("T")


def per_kb_version(name: str, build: Callable[[], T]) -> T:
    """``build()``'s value for this knowledge-base version, built on the first call only."""
    key = f"{name}:{rules.KB_VERSION}"
    value = caches["pages"].get(key)
    if value is None:
        value = build()
        caches["pages"].set(key, value)
    return value
