"""The faster matcher (rules.matcher) finds exactly the matches experta's own matcher finds."""

from hypothesis import given, settings

import rules
from rules.engine import MyoclonusEngine, thread_engine
from rules.matcher import LiteralIndex, _unique_nodes

from .test_properties import valid_answers


class StockMatcherEngine(MyoclonusEngine):
    """The same knowledge base and agenda strategy on experta's unmodified Rete matcher."""

    from experta.matchers import ReteMatcher as __matcher__


STOCK = StockMatcherEngine()


def _stock_result(answers: dict) -> str:
    return rules.assess_with(STOCK, answers).to_json()


@settings(max_examples=150, deadline=None)
@given(valid_answers)
def test_results_equal_those_of_experta_own_matcher(answers):
    assert rules.assess(answers).to_json() == _stock_result(answers)


def test_literal_tests_are_indexed_where_siblings_test_one_field():
    indexes = [
        node
        for node in _unique_nodes(thread_engine().matcher.root_node)
        for child in node.children
        if isinstance(child.node, LiteralIndex)
    ]
    assert indexes  # e.g. an answer's question against every question the rules name
