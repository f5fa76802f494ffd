"""The experta engine: assembled once from the knowledge modules, lent from a pool.

Building an engine (its Rete network) costs far more than running it, and an engine
is not thread-safe, so a process builds a few on demand and lends each to one caller at
a time (``EnginePool``), resetting it before every run.
"""

from __future__ import annotations

import bisect
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from experta import KnowledgeEngine, Rule
from experta.activation import Activation
from experta.agenda import Agenda
from experta.fact import Fact, InitialFact
from experta.factlist import FactList
from experta.strategies import DepthStrategy

from .facts import Answer, Inference, answer_key, checked_fact
from .knowledge import RULES
from .matcher import ChangedNodesMatcher
from .rulebook import KBRule

# experta logs every match and firing; at INFO that triples the cost of a run.
logging.getLogger("experta").setLevel(logging.WARNING)


class SafeDepthStrategy(DepthStrategy):
    """Depth strategy that really removes stale activations.

    experta's DepthStrategy finds an activation to remove by bisecting and probing
    three neighbours; with four or more activations of equal key the probe can miss,
    and a rule fires although its NOT(...) no longer holds (which rule depends on the
    hash seed). The agenda is sorted by key, so every activation equal to a stale one
    lies in the run of equal keys that a bisection finds: scanning that whole run
    removes it, whatever the order within the run.
    """

    def get_key(self, activation: Activation) -> tuple[int, list[int]]:  # type: ignore[override]
        """experta's key (salience, then the newest facts first), without its lru_cache:
        the cache lookup hashes and compares whole activations and costs more than the key."""
        return activation.rule.salience, sorted((f["__factid__"] for f in activation.facts), reverse=True)

    def _update_agenda(self, agenda: Agenda, added: Iterable[Activation], removed: Iterable[Activation]) -> None:
        activations = agenda.activations
        for activation in removed:
            activation.key = self.get_key(activation)
            index = bisect.bisect_left(activations, activation)
            while index < len(activations) and activations[index].key == activation.key:
                if activations[index] == activation:
                    del activations[index]
                    break
                index += 1
        super()._update_agenda(agenda, added, ())


def _action(kb_rule: KBRule) -> Callable[..., None]:
    """The function experta calls when ``kb_rule`` fires: it records the firing and
    declares the rule's inferences, the only conclusions other rules match on."""

    def fire(engine: RuleEngine, **matched: Fact) -> None:
        engine.record(kb_rule, matched.values())

    fire.__name__ = kb_rule.id
    return fire


# A rule that fired, with the facts it matched (rules.assessment merges these into Firings).
RawFiring = tuple[KBRule, tuple[Fact, ...]]


class RuleEngine(KnowledgeEngine):
    """An experta engine that runs knowledge-base rules and records each firing with its facts."""

    __matcher__ = ChangedNodesMatcher
    __strategy__ = SafeDepthStrategy

    def __init__(self) -> None:
        super().__init__()
        self.fired: list[RawFiring] = []

    def record(self, kb_rule: KBRule, facts: Iterable[Fact]) -> None:
        """Note the firing and declare its inferences; the run loop matches them next."""
        self.fired.append((kb_rule, tuple(facts)))
        for target in kb_rule.inferences:
            self.facts.declare(checked_fact(Inference, id=target))

    def run(self, steps: float = float("inf")) -> None:
        """experta's run loop without its log calls: it builds the text of every firing
        (each fact rendered) before the logger decides, at every firing, to drop it."""
        self.running = True
        while steps > 0 and self.running:
            added, removed = self.get_activations()
            self.strategy.update_agenda(self.agenda, added, removed)
            activation = self.agenda.get_next()
            if activation is None:
                break
            steps -= 1
            activation.rule(self, **{k: v for k, v in activation.context.items() if not k.startswith("__")})
        self.running = False

    def evaluate(self, answers: dict[str, Any]) -> list[RawFiring]:
        """Run the knowledge base on canonical answers; return the firings.

        A fresh start without experta's ``reset()``: that one looks up the engine's
        deffacts by introspection and matches the initial fact on its own before the
        answers; here the initial fact and the answers are matched in one batch.
        """
        self.agenda = Agenda()
        self.facts = CheckedFactList()
        self.matcher.reset()
        self.fired = []
        for fact in (InitialFact(), *_answer_facts(answers)):
            self.facts.declare(fact)
        self.strategy.update_agenda(self.agenda, *self.get_activations())
        self.run()
        return self.fired


def _answer_facts(answers: dict[str, Any]) -> list[Answer]:
    facts = []
    for question, value in answers.items():
        for one in value if isinstance(value, list) else [value]:
            facts.append(checked_fact(Answer, question=question, value=one, key=answer_key(question, one)))
    return facts


class CheckedFactList(FactList):
    """experta's fact list for facts already checked (``checked_fact``): it keeps their ids
    and drops duplicates as experta does, without validating them again or logging each one."""

    def declare(self, fact: Fact) -> Fact | None:
        fact_id = self._get_fact_id(fact)
        if fact_id in self.reference_counter:
            return None
        fact.__factid__ = self.last_index
        self[self.last_index] = fact
        self.last_index += 1
        self.added.append(fact)
        self.reference_counter[fact_id] += 1
        return fact


def build_engine_class(rules: tuple[KBRule, ...], base: type[RuleEngine] = RuleEngine) -> type[RuleEngine]:
    """One engine class holding every rule of the knowledge base."""
    members = {
        f"rule_{index}": Rule(*kb_rule.patterns(), salience=kb_rule.salience)(_action(kb_rule))
        for index, kb_rule in enumerate(rules)
    }
    return type("MyoclonusEngine", (base,), members)


MyoclonusEngine = build_engine_class(RULES)


class EnginePool:
    """Engines built once per process and lent to one caller at a time.

    An engine is not thread-safe and costs far more to build (its Rete network) than to run,
    and a server may start a thread per request (Django's runserver, a threaded WSGI server,
    an ASGI server's executor): an engine per thread would be rebuilt for every request
    there. The pool keeps returned engines for the next caller, whichever thread it runs on,
    builds one only when every engine is lent and fewer than ``size`` exist, and otherwise
    makes the caller wait for one to come back.
    """

    def __init__(self, build: Callable[[], RuleEngine], size: int) -> None:
        self._build = build
        self._size = size
        self._idle: list[RuleEngine] = []
        self._built = 0
        self._returned = threading.Condition()

    @contextmanager
    def lend(self) -> Iterator[RuleEngine]:
        """An engine for this caller alone until the block ends."""
        engine = self._take()
        try:
            yield engine
        finally:
            with self._returned:
                self._idle.append(engine)
                self._returned.notify()

    def _take(self) -> RuleEngine:
        with self._returned:
            while not self._idle and self._built >= self._size:
                self._returned.wait()
            if self._idle:
                return self._idle.pop()
            self._built += 1
        try:
            return self._build()  # outside the lock: a build takes a while, others may return engines meanwhile
        except BaseException:
            with self._returned:
                self._built -= 1
                self._returned.notify()
            raise


# More than a sync server's threads per process (gunicorn's default is one); a caller beyond
# it waits for an engine rather than building the ninth.
POOL_SIZE = 8
ENGINES = EnginePool(MyoclonusEngine, POOL_SIZE)


def lent_engine() -> AbstractContextManager[RuleEngine]:
    """An engine of the process's pool, for the length of a ``with`` block."""
    return ENGINES.lend()
