"""The plain-Python pass (tests/rules/plain_engine.py) concludes exactly what the engine does:
so the benchmark that sets the engine beside it compares two ways to the same result, and a
reader has a second, short statement of what the rules mean to check the engine against."""

from hypothesis import given, settings

import rules

from .plain_engine import plain_assess
from .test_properties import valid_answers


@settings(max_examples=300, deadline=None)
@given(valid_answers)
def test_the_plain_pass_gives_the_engine_result(answers):
    assert plain_assess(answers).to_json() == rules.assess(answers).to_json()
