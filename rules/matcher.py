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
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from typing import Any

import experta
from experta.activation import Activation
from experta.fact import Fact
from experta.fieldconstraint import L
from experta.matchers import ReteMatcher
from experta.matchers.rete.check import FactCapture, FeatureCheck, TypeCheck
from experta.matchers.rete.mixins import ChildNode, NoMemory
from experta.matchers.rete.nodes import ConflictSetNode, FeatureTesterNode, OrdinaryMatchNode
from experta.matchers.rete.token import Token, TokenInfo

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
    (``_index_literal_tests``), a token is copied only where a node changes it
    (``_lean``), and a reset clears only the nodes that hold memory, of the conflict-set
    nodes only those a token reached since the last reset.
    """

    def __init__(self, engine: Any) -> None:
        super().__init__(engine)
        conflict_sets = self._get_conflict_set_nodes()
        self._order = {node: n for n, node in enumerate(conflict_sets)}
        self._changed: set[Any] = set()
        self._touched: set[Any] = set()
        for node in conflict_sets:
            node._activate = self._conflict_set(node)
        nodes = _unique_nodes(self.root_node)
        self._resets = [n._reset for n in nodes if not isinstance(n, NoMemory | ConflictSetNode)]
        for node in nodes:
            node.children[:] = [_lean(child) for child in node.children]
        for node in nodes:
            _index_literal_tests(node)

    def _conflict_set(self, node: ConflictSetNode) -> Callable[[Token], None]:
        """experta's ConflictSetNode._activate, step for step, noting the node as changed
        (for ``changes``) and as touched (for ``reset``)."""
        changed, touched, rule = self._changed, self._touched, node.rule

        def activate(token: Token) -> None:
            changed.add(node)
            touched.add(node)
            context = token.context
            info = _info(token)
            activation = Activation(rule, info.data, {k: v for k, v in context.items() if isinstance(k, str)})
            if token.tag is VALID:
                if info not in node.memory:
                    node.memory.add(info)
                    if node.removed and activation in node.removed:  # an empty set needs no hash
                        node.removed.remove(activation)
                    else:
                        node.added.add(activation)
                return
            try:
                node.memory.remove(info)
            except ValueError:  # as experta has it (a set raises KeyError, which it lets through)
                return
            if node.added and activation in node.added:
                node.added.remove(activation)
            else:
                node.removed.add(activation)

        return activate

    def changes(
        self, adding: Iterable[Fact] | None = None, deleting: Iterable[Fact] | None = None
    ) -> tuple[list[Activation], list[Activation]]:
        for fact in deleting or ():
            self._send(_token(INVALID, {fact}, {}))
        for fact in adding or ():
            self._send(_token(VALID, {fact}, {}))
        added: list[Activation] = []
        removed: list[Activation] = []
        for node in sorted(self._changed, key=self._order.__getitem__):
            node_added, node_removed = node.get_activations()
            added.extend(node_added)
            removed.extend(node_removed)
        self._changed.clear()
        return added, removed

    def _send(self, token: Token) -> None:
        """What experta's BusNode does with a fact, without its per-token checks and log call."""
        for child in self.root_node.children:
            child.callback(token)

    def reset(self) -> None:
        for reset in self._resets:
            reset()
        for node in self._touched:
            node._reset()
        self._touched.clear()


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


VALID, INVALID = Token.TagType.VALID, Token.TagType.INVALID


def _token(tag: Token.TagType, data: set[Fact], context: dict[Any, Any]) -> Token:
    """A token built as experta's own constructor builds it, without its type assertions: the
    network only ever makes tokens of facts, and asserting that costs a fifth of a run."""
    return tuple.__new__(Token, (tag, data, context))


def _info(token: Token) -> TokenInfo:
    """``token.to_info()``, the frozen form a node keeps in its memory, without experta's
    extra constructor call."""
    return tuple.__new__(TokenInfo, (frozenset(token.data), frozenset(token.context.items())))


def _lean(child: ChildNode) -> ChildNode:
    """The same node, entered without experta's copy of the token and its debug-log call.

    experta copies a token on entry to every node, although only a feature test changes one
    (it adds its bindings to the context); ``_feature_test`` copies it there, before the change,
    and no other node changes a token it is given, so every node sees what it saw before.
    """
    node = child.node
    entry = child.callback.__func__.__name__
    if isinstance(node, FeatureTesterNode):
        return ChildNode(node, _feature_test(node))
    if isinstance(node, OrdinaryMatchNode) and entry in ("activate_left", "activate_right"):
        return ChildNode(node, _join(node, from_left=entry == "activate_left"))
    if entry == "activate":
        return ChildNode(node, node._activate)
    if entry == "activate_left":
        return ChildNode(node, node._activate_left)
    if entry == "activate_right":
        return ChildNode(node, node._activate_right)
    raise ImportError(f"unexpected experta node entry {entry!r} on {type(node).__name__}")


def _feature_test(node: FeatureTesterNode) -> Callable[[Token], None]:
    """experta's FeatureTesterNode._activate, step for step, copying the token only to bind."""
    matcher, children = _lean_check(node.matcher), node.children

    def activate(token: Token) -> None:
        (fact,) = token.data
        match = matcher(fact)
        if not match:
            return
        if isinstance(match, Mapping):
            context = token.context
            for key, value in match.items():
                if isinstance(key, tuple):  # a negated binding
                    if key[1] in context and context[key[1]] == value:
                        return
                elif context.get(key, value) != value or context.get((False, key), _ABSENT) == value:
                    return
            token = _token(token.tag, token.data, {**context, **match})
        for child in children:
            child.callback(token)

    return activate


_ABSENT = object()


def _join(node: OrdinaryMatchNode, *, from_left: bool) -> Callable[[Token], None]:
    """experta's OrdinaryMatchNode activation from one side, step for step, without its log
    call on every pair it tests and the type assertions of every token it makes."""
    matcher, children = node.matcher, node.children

    def activate(token: Token) -> None:
        # The memories are looked up on every call: a reset replaces them.
        own, others = (node.left_memory, node.right_memory) if from_left else (node.right_memory, node.left_memory)
        context = token.context
        info = _info(token)
        if token.tag is VALID:
            own.append(info)
        else:
            with suppress(ValueError):
                own.remove(info)
        for other_data, other_items in others:
            other_context = dict(other_items)
            if matcher(context, other_context) if from_left else matcher(other_context, context):
                joined = {k: v for k, v in context.items() if isinstance(k, str)}
                joined.update((k, v) for k, v in other_context.items() if not isinstance(k, tuple))
                combined = _token(token.tag, token.data | other_data, joined)
                for child in children:
                    child.callback(combined)

    return activate


def _lean_check(check: Any) -> Callable[[Fact], Any]:
    """The test a feature-tester node makes, as experta's check makes it, without the log call
    each check makes on every fact (and, for a field test, without splitting the field name on
    every call). A check of another kind, or on a nested or special field, stays experta's."""
    if isinstance(check, TypeCheck):
        fact_type = check.fact_type
        return lambda fact: type(fact) == fact_type  # noqa: E721 (experta compares types with ==)
    if isinstance(check, FactCapture):
        bind = check.bind
        return lambda fact: {bind: fact}
    if isinstance(check, FeatureCheck) and _plain_field(check.what):
        field, test, expected = check.what, check.check, check.expected

        def feature(fact: Fact) -> Any:
            try:
                value = fact[field]
            except (IndexError, KeyError, TypeError):
                return False
            return test(value, expected)

        return feature
    unchanged: Callable[[Fact], Any] = check
    return unchanged


def _plain_field(what: Any) -> bool:
    """A field experta reads as ``fact[what]``: a name, neither nested (``a__b``) nor numeric."""
    return isinstance(what, str) and "__" not in what and not what.isnumeric()


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
