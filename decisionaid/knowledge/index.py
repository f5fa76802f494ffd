"""The knowledge base catalogue, linked for browsing.

``rules.catalogue()`` lists rules, sources and vocabularies side by side; a learner
needs them joined: each rule to the results it can produce, each result back to every
rule that argues for or against it, each source to the rules that cite it. The knowledge
base cannot change while a server runs, so the joined index is built once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from django.urls import reverse

import rules
from rules.rulebook import CONCERN_TITLES
from rules.vocabulary import AVOID, CAUTION


@dataclass(frozen=True)
class Kind:
    """A kind of result a rule can produce: causes, origins, treatments..."""

    id: str  # in ``?conclusion=<kind>:<id>``
    slug: str  # in URLs: /knowledge/<slug>/<id>/
    title: str
    singular: str


KINDS = (
    Kind("cause", "causes", "Causes", "cause"),
    Kind("origin", "origins", "Sites of origin", "site of origin"),
    Kind("condition", "conditions", "Named conditions", "named condition"),
    Kind("pattern", "patterns", "Recognised patterns", "recognised pattern"),
    Kind("workup", "workup", "Workup steps", "workup step"),
    Kind("treatment", "treatments", "Treatments", "treatment"),
    Kind("red_flag", "red-flags", "Red flags", "red flag"),
)
_KIND_BY_ID = {k.id: k for k in KINDS}
_KIND_BY_SLUG = {k.slug: k for k in KINDS}
# Where each kind's vocabulary sits in rules.catalogue(); patterns have labels only.
_VOCABULARIES = {
    "cause": "causes",
    "origin": "origins",
    "condition": "conditions",
    "pattern": "patterns",
    "workup": "workup",
    "treatment": "treatments",
    "red_flag": "red_flags",
}
# The catalogue calls an intermediate pattern's conclusion "infer", and a caution is about a treatment.
_CATALOGUE_KIND = {"infer": "pattern", "caution": "treatment"}

CONCERNS = tuple(CONCERN_TITLES.items())


@dataclass(frozen=True)
class Source:
    id: str
    citation: str
    kind: str
    kind_label: str = ""

    def get_absolute_url(self) -> str:
        return f"{reverse('knowledge:sources')}#{self.id}"


@dataclass(frozen=True)
class Entry:
    """One result the knowledge base can reach: a cause, an origin, a red flag..."""

    kind: Kind
    id: str
    label: str
    summary: str = ""
    sources: tuple[Source, ...] = ()
    group: str = ""  # for a named condition: the cause it belongs to
    cautions: tuple[str, ...] = ()
    action: str = ""

    @property
    def key(self) -> str:
        return f"{self.kind.id}:{self.id}"

    def get_absolute_url(self) -> str:
        return reverse("knowledge:conclusion", kwargs={"kind": self.kind.slug, "entry_id": self.id})


@dataclass(frozen=True)
class Conclusion:
    """What one rule concludes about one entry, and in which direction."""

    entry: Entry
    weight: float | None = None
    role: str = ""
    note: str = ""

    @property
    def against(self) -> bool:
        return (self.weight is not None and self.weight < 0) or self.role in (AVOID, CAUTION)


@dataclass(frozen=True)
class Condition:
    text: str
    pattern: Entry | None = None  # when the condition is a pattern an earlier rule recognised
    negated: bool = False


@dataclass(frozen=True)
class Rule:
    id: str
    concern: str
    explanation: str
    conditions: tuple[Condition, ...]
    questions: tuple[str, ...]
    conclusions: tuple[Conclusion, ...]
    sources: tuple[Source, ...]
    salience: int
    band: str  # when it runs, in words
    search_text: str

    @property
    def weighs_evidence(self) -> bool:
        """Whether it adds a certainty factor for or against a cause or origin."""
        return any(c.weight is not None for c in self.conclusions)

    def get_absolute_url(self) -> str:
        return reverse("knowledge:rule", kwargs={"rule_id": self.id})

    def matches(self, terms: list[str]) -> bool:
        return all(term in self.search_text for term in terms)

    def produces(self, key: str) -> bool:
        return any(c.entry.key == key for c in self.conclusions)


@dataclass(frozen=True)
class Contraindication:
    """One entry of the contraindication table: drugs that must not be offered in a context."""

    rule: Rule
    drugs: tuple[Entry, ...]
    context: tuple[str, ...]
    reason: str
    strength: str  # avoid or caution
    taught: bool
    sources: tuple[Source, ...]


class KnowledgeIndex:
    """Rules, results and sources of one knowledge base version, joined both ways."""

    def __init__(self, catalogue: dict):
        self.sources = {s["id"]: Source(**s) for s in catalogue["sources"]}
        self.entries = self._entries(catalogue)
        self.bands = {b["id"]: b["summary"] for b in catalogue["bands"]}
        self.rules = tuple(self._rule(r) for r in catalogue["rules"])
        self.rules_by_id = {r.id: r for r in self.rules}
        self.retired_rules = dict(catalogue["retired_rules"])
        self.contraindications = tuple(
            Contraindication(
                rule=self.rules_by_id[c["id"]],
                drugs=tuple(self.entries[f"treatment:{d}"] for d in c["drugs"]),
                context=tuple(c["context"]),
                reason=c["reason"],
                strength=c["strength"],
                taught=c["taught"],
                sources=tuple(self.sources[s] for s in c["sources"]),
            )
            for c in catalogue["contraindications"]
        )

    def _entries(self, catalogue: dict) -> dict[str, Entry]:
        entries = [
            Entry(
                kind=_KIND_BY_ID[kind_id],
                id=e["id"],
                label=e["label"],
                summary=e.get("summary", ""),
                sources=tuple(self.sources[s] for s in e.get("sources", ())),
                group=e.get("group", ""),
                cautions=tuple(e.get("cautions", ())),
                action=e.get("action", ""),
            )
            for kind_id, key in _VOCABULARIES.items()
            for e in catalogue[key]
        ]
        return {e.key: e for e in entries}

    def _rule(self, described: dict) -> Rule:
        conclusions = tuple(
            Conclusion(
                entry=self.entries[f"{_CATALOGUE_KIND.get(c['kind'], c['kind'])}:{c['target']}"],
                weight=c.get("weight"),
                role=c.get("role", ""),
                note=c.get("note", ""),
            )
            for c in described["conclusions"]
        )
        patterns = {p["condition"]: p for p in described["patterns"]}
        conditions = tuple(
            Condition(text=text, pattern=self.entries[f"pattern:{patterns[i]['id']}"], negated=patterns[i]["negated"])
            if i in patterns
            else Condition(text=text)
            for i, text in enumerate(described["conditions"])
        )
        return Rule(
            id=described["id"],
            concern=described["concern"],
            explanation=described["explanation"],
            conditions=conditions,
            questions=tuple(described["questions"]),
            conclusions=conclusions,
            sources=tuple(self.sources[s] for s in described["sources"]),
            salience=described["salience"],
            band=self.bands[described["band"]],
            search_text=_search_text(described, conclusions),
        )

    def rule(self, rule_id: str) -> Rule | None:
        return self.rules_by_id.get(rule_id)

    def entry(self, kind_slug: str, entry_id: str) -> Entry | None:
        kind = _KIND_BY_SLUG.get(kind_slug)
        return self.entries.get(f"{kind.id}:{entry_id}") if kind else None

    def entries_of(self, kind: Kind) -> list[Entry]:
        return [e for e in self.entries.values() if e.kind == kind]

    def search(self, *, text: str = "", concern: str = "", conclusion: str = "") -> list[Rule]:
        """Rules whose words contain every term of ``text``, of the concern, producing the conclusion."""
        terms = text.casefold().split()
        return [
            r
            for r in self.rules
            if r.matches(terms) and (not concern or r.concern == concern) and (not conclusion or r.produces(conclusion))
        ]

    def leading_to(self, entry: Entry) -> tuple[list[tuple[Rule, Conclusion]], list[tuple[Rule, Conclusion]]]:
        """Every rule concluding about the entry, split into (for, against)."""
        pairs = [(r, c) for r in self.rules for c in r.conclusions if c.entry == entry]
        return [p for p in pairs if not p[1].against], [p for p in pairs if p[1].against]

    def building_on(self, entry: Entry) -> list[tuple[Rule, Condition]]:
        """Rules with the entry (a recognised pattern) among their conditions."""
        return [(r, c) for r in self.rules for c in r.conditions if c.pattern == entry]

    def contraindications_of(self, entry: Entry) -> list[Contraindication]:
        """Where a treatment must never be offered (or needs care), from the contraindication table."""
        return [c for c in self.contraindications if entry in c.drugs]

    def citing(self, source: Source) -> list[Rule]:
        return [r for r in self.rules if source in r.sources]

    def results_citing(self, source: Source) -> list[Entry]:
        return [e for e in self.entries.values() if source in e.sources]

    def named_conditions(self, cause: Entry) -> list[Entry]:
        return [e for e in self.entries_of(_KIND_BY_ID["condition"]) if e.group == cause.id]

    def cause_of(self, condition: Entry) -> Entry | None:
        return self.entries.get(f"cause:{condition.group}") if condition.group else None


def _search_text(described: dict, conclusions: tuple[Conclusion, ...]) -> str:
    """Everything a learner might search a rule by: its findings and what it concludes."""
    questions = [rules.QUESTIONS[q] for q in described["questions"]]
    words = [
        described["id"],
        described["explanation"],
        *described["conditions"],
        *(q.id for q in questions),
        *(q.label for q in questions),
    ]
    for c in conclusions:
        words += [c.entry.key, c.entry.id, c.entry.label, c.note, c.role]
    return " ".join(words).casefold()


def group_by_concern(found: list[Rule]) -> list[tuple[str, str, list[Rule]]]:
    """The rules under their concern's heading, in reading order, omitting empty concerns."""
    return [
        (cid, title, [r for r in found if r.concern == cid])
        for cid, title in CONCERNS
        if any(r.concern == cid for r in found)
    ]


def kind_by_slug(slug: str) -> Kind | None:
    return _KIND_BY_SLUG.get(slug)


@cache
def knowledge_index() -> KnowledgeIndex:
    return KnowledgeIndex(rules.catalogue())
