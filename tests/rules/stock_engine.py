"""The knowledge base on experta as released, for comparison: experta's own Rete matcher, its
fact constructors and fact list (which validate every fact on every run) and its run loop
(which logs every firing). Only the agenda strategy is ours, because experta's can fire a rule
whose NOT(...) no longer holds (rules.engine.SafeDepthStrategy); bench/engine.py swaps it back."""

from experta import KnowledgeEngine
from experta.matchers import ReteMatcher

import rules
from rules.engine import RuleEngine, build_engine_class
from rules.facts import Answer, Inference, answer_key


class StockRuleEngine(RuleEngine):
    __matcher__ = ReteMatcher
    run = KnowledgeEngine.run

    def record(self, kb_rule, facts) -> None:
        self.fired.append((kb_rule, tuple(facts)))
        inferences = [Inference(id=target) for target in kb_rule.inferences]
        if inferences:
            self.declare(*inferences)

    def evaluate(self, answers):
        """experta's own way in: reset (which declares the initial fact), declare, run."""
        self.reset()
        self.fired = []
        self.declare(
            *(
                Answer(question=question, value=one, key=answer_key(question, one))
                for question, value in answers.items()
                for one in (value if isinstance(value, list) else [value])
            )
        )
        self.run()
        return self.fired


def stock_engine(base: type[RuleEngine] = StockRuleEngine) -> RuleEngine:
    """A new engine holding every rule of the knowledge base on ``base``."""
    return build_engine_class(rules.RULES, base=base)()
