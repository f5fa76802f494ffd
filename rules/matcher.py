"""experta's Rete matcher, made to cost what a run changes rather than what the
knowledge base holds.

Three costs of the stock matcher grow with the number of rules, not with the answers:
after every firing it asks each rule's conflict-set node for new activations; every
fact is tested against every sibling test of a node, one by one (an answer against each
question a rule mentions); and a reset visits every node once per path to it, memory
or not, where clearing each memory once is enough. The network itself (which rules
match which facts) is experta's, unchanged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

import experta
from experta.activation import Activation
from experta.fact import Fact
from experta.fieldconstraint import L
from experta.matchers import ReteMatcher
from experta.matchers.rete.check import FeatureCheck, TypeCheck
from experta.matchers.rete.mixins import ChildNode, NoMemory
from experta.matchers.rete.nodes import FeatureTesterNode

# This module and the engine's agenda strategy reach into experta's internals (node
# classes, private methods), written against one release that has had no successor
# since 2019; another could change them silently, so importing fails rather than risk
# a wrong conclusion.
EXPERTA_VERSION = "1.9.4"
if experta.__version__ != EXPERTA_VERSION:
    raise ImportError(
        f"rules needs experta {EXPERTA_VERSION}, found {experta.__version__}: install it with "
        '`pip install --no-deps -r requirements-experta.txt` (README, "Why experta is installed apart").'
    )


class ChangedNodesMatcher(ReteMatcher):
    """Collects activations only from the conflict-set nodes a token reached.

    They are asked in experta's own node order, so the agenda (and the firing order)
    is what the stock matcher gives. Sibling literal tests are indexed by value
    (``_index_literal_tests``), and a reset clears only the nodes that hold memory.
    """

    def __init__(self, engine: Any) -> None:
        super().__init__(engine)
        conflict_sets = self._get_conflict_set_nodes()
        self._order = {node: n for n, node in enumerate(conflict_sets)}
        self._changed: set[Any] = set()
        for node in conflict_sets:
            node._activate = self._noting(node, node._activate)
        nodes = _unique_nodes(self.root_node)
        self._resets = [node._reset for node in nodes if not isinstance(node, NoMemory)]
        for node in nodes:
            _index_literal_tests(node)

    def _noting(self, node: Any, activate: Callable[[Any], None]) -> Callable[[Any], None]:
        changed = self._changed

        def noted(token: Any) -> None:
            changed.add(node)
            return activate(token)

        return noted

    def changes(
        self, adding: Iterable[Fact] | None = None, deleting: Iterable[Fact] | None = None
    ) -> tuple[list[Activation], list[Activation]]:
        for fact in deleting or ():
            self.root_node.remove(fact)
        for fact in adding or ():
            self.root_node.add(fact)
        added: list[Activation] = []
        removed: list[Activation] = []
        for node in sorted(self._changed, key=self._order.__getitem__):
            node_added, node_removed = node.get_activations()
            added.extend(node_added)
            removed.extend(node_removed)
        self._changed.clear()
        return added, removed

    def reset(self) -> None:
        for reset in self._resets:
            reset()


def _unique_nodes(root: Any) -> list[Any]:
    """Every node of the network once, parents before children."""
    seen: set[int] = set()
    ordered: list[Any] = []
    pending = [root]
    while pending:
        node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        ordered.append(node)
        pending.extend(reversed([child.node for child in node.children]))
    return ordered


# Stands for "the fact's type" where a field name is expected; fields tested by the
# indexes below never have dunder names, so it cannot clash with one.
FACT_TYPE = "__type__"


def _literal_field(node: Any) -> str | None:
    """The field (or FACT_TYPE) a child node compares with one literal without binding it."""
    check = getattr(node, "matcher", None)
    if not isinstance(node, FeatureTesterNode):
        return None
    if isinstance(check, TypeCheck):
        return FACT_TYPE
    if (
        isinstance(check, FeatureCheck)
        and isinstance(check.how, L)
        and check.how.__bind__ is None
        and isinstance(check.what, str)
        and "__" not in check.what
    ):
        return check.what
    return None


def _literal(check: Any) -> Any:
    return check.fact_type if isinstance(check, TypeCheck) else check.how.value


def _index_literal_tests(node: Any) -> None:
    """Replace sibling tests of one field (or of the type) against different literals by
    one lookup.

    A fact can pass at most one of them (its value), so instead of offering the fact
    to each, the value picks the one test to offer it to; that test still runs.
    """
    groups: dict[str, list[ChildNode]] = defaultdict(list)
    for child in node.children:
        field = _literal_field(child.node)
        if field is not None:
            groups[field].append(child)
    children = []
    for child in node.children:
        field = _literal_field(child.node)
        if field is None or len(groups[field]) < 2:
            children.append(child)
        elif groups[field][0] is child:
            index = LiteralIndex(field, groups[field])
            children.append(ChildNode(index, index.activate))
    node.children[:] = children


class LiteralIndex:
    """A network node that routes a fact to the child testing for its value of ``field``
    (or for its type)."""

    def __init__(self, field: str, children: list[ChildNode]) -> None:
        self.field = field
        self.children = children
        self._by_value: dict[Any, list[Callable[[Any], None]]] = defaultdict(list)
        for child in children:
            self._by_value[_literal(child.node.matcher)].append(child.callback)

    def activate(self, token: Any) -> None:
        (fact,) = token.data
        if self.field == FACT_TYPE:
            callbacks = self._by_value.get(type(fact), ())
        elif self.field not in fact:
            return
        else:
            try:
                callbacks = self._by_value.get(fact[self.field], ())
            except TypeError:  # a value that cannot be a key: let every test look at it
                callbacks = [child.callback for child in self.children]
        for callback in callbacks:
            callback(token)

    def _reset(self) -> None:
        """Holds no memory."""
