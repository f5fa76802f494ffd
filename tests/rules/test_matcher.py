"""The faster engine (rules.matcher, rules.engine) concludes exactly what experta as released
concludes on the same rules: its own matcher, fact checks and run loop."""

from hypothesis import given, settings

import rules
from rules.engine import lent_engine
from rules.matcher import LiteralIndex, _unique_nodes

from .stock_engine import stock_engine
from .test_properties import valid_answers

STOCK = stock_engine()


def _stock_result(answers: dict) -> str:
    return rules.assess_with(STOCK, answers).to_json()


@settings(max_examples=150, deadline=None)
@given(valid_answers)
def test_results_equal_those_of_experta_as_released(answers):
    assert rules.assess(answers).to_json() == _stock_result(answers)


def test_literal_tests_are_indexed_where_siblings_test_one_field():
    with lent_engine() as engine:
        indexes = [
            node
            for node in _unique_nodes(engine.matcher.root_node)
            for child in node.children
            if isinstance(child.node, LiteralIndex)
        ]
    assert indexes  # e.g. an answer's question against every question the rules name
