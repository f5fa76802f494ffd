"""The API's JSON renderer writes exactly the document DRF's own renderer would."""

import datetime
import decimal
import json

from django.utils.translation import gettext_lazy
from hypothesis import given, settings
from hypothesis import strategies as st
from rest_framework.renderers import JSONRenderer as DRFJSONRenderer

import rules
from decisionaid.api.renderers import JSONRenderer
from rules.reference_answers import REFERENCE_ANSWERS

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
DOCUMENTS = st.recursive(
    SCALARS, lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
)


def rendered(data, media_type="application/json"):
    return JSONRenderer().render(data, media_type, {})


@given(DOCUMENTS)
@settings(max_examples=300, deadline=None)
def test_any_json_document_is_written_as_drf_writes_it(document):
    """The same values (a float may be spelt differently, as 1e16 for 1e+16); nothing at all for None."""
    ours, drfs = rendered(document), DRFJSONRenderer().render(document, "application/json", {})
    assert (json.loads(ours) if ours else None) == (json.loads(drfs) if drfs else None)
    assert bool(ours) == bool(drfs)


def test_every_reference_result_is_the_same_document():
    for answers in REFERENCE_ANSWERS.values():
        result = rules.assess(answers).as_dict()
        assert rendered(result) == DRFJSONRenderer().render(result, "application/json", {})


def test_line_separators_are_escaped_for_javascript():
    assert rendered({"text": "a\u2028b\u2029c"}) == b'{"text":"a\\u2028b\\u2029c"}'


def test_values_orjson_does_not_know_are_encoded_as_drf_does():
    data = {
        "label": gettext_lazy("Educational use only"),
        "weight": decimal.Decimal("1.50"),
        "at": datetime.datetime(2026, 12, 1, 16, 0, tzinfo=datetime.UTC),
        "huge": 2**70,
    }
    assert rendered(data) == DRFJSONRenderer().render(data, "application/json", {})


def test_indented_output_is_still_offered():
    assert rendered({"a": 1}, "application/json; indent=2") == b'{\n  "a": 1\n}'
