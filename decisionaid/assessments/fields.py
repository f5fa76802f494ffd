"""A JSON value stored as its text, so it reads back exactly as written.

PostgreSQL's ``jsonb`` (Django's JSONField there) reorders object keys, and the
result contract's key order is part of what the API returns: a stored result must
serialise byte for byte like a fresh ``rules.assess()``. Text keeps the order on
every database; the value is never queried inside, so nothing is lost.

Written and read with orjson (a result is about 40 KB of JSON: the standard library took
about a tenth of a stored create's time on it), which keeps key order as the standard
library does; a value orjson refuses (an integer beyond 64 bits) is written by the latter.
"""

import json
from typing import Any

import orjson
from django.core.exceptions import ValidationError
from django.db import models


class OrderedJSONField(models.TextField):
    description = "JSON stored as text, key order kept"
    # What django-stubs reads as the attribute's type: any JSON value, not text.
    _pyi_private_set_type: Any
    _pyi_private_get_type: Any

    def from_db_value(self, value, expression, connection):
        return None if value is None else orjson.loads(value)

    def to_python(self, value):
        if isinstance(value, str):
            try:
                return json.loads(value)
            except json.JSONDecodeError as error:
                raise ValidationError(f"Not valid JSON: {error}") from None
        return value

    def get_prep_value(self, value):
        if value is None:
            return None
        try:
            return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()
        except orjson.JSONEncodeError:
            return json.dumps(value, ensure_ascii=False)

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))
