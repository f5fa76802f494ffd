"""Turning a stored result's ids into what a learner reads.

Everything here works on the stored snapshot (or stored answers) and only looks
labels up in the questionnaire and the source registry, falling back to the raw id,
so a snapshot from an older knowledge base still renders as it was saved.
"""

from __future__ import annotations

from django import template
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.safestring import SafeString

import rules
from decisionaid.assessments.forms import UNKNOWN_LABEL
from rules import selections
from rules.scoring import shown
from rules.vocabulary import ROLE_LABELS, URGENCY_LABELS, WORKUP_STEPS

register = template.Library()

ROLES = tuple(ROLE_LABELS.items())

# Where each site of origin sits on the diagram; functional jerks have no structural site.
REGIONS = (
    ("cortex", "Cortex", ("cortical", "cortical_subcortical")),
    ("subcortical", "Subcortical structures & brainstem", ("subcortical", "cortical_subcortical")),
    ("spinal", "Spinal cord", ("spinal_segmental", "propriospinal")),
    ("peripheral", "Peripheral nerve", ("peripheral",)),
)
MARKED_RANKS = 3


def _values_text(question_id: str, values) -> str:
    question = rules.QUESTIONS.get(question_id)
    values = values if isinstance(values, list) else [values]
    return ", ".join(question.choice_label(value) if question else value for value in values)


def _question_label(question_id: str) -> str:
    question = rules.QUESTIONS.get(question_id)
    return question.label if question else question_id


def _answer_phrases(answers: dict) -> list[dict]:
    return [
        {"question": _question_label(question_id), "answer": _values_text(question_id, values)}
        for question_id, values in answers.items()
    ]


@register.filter
def answers_in_words(answers: dict) -> str:
    """The answers behind a finding or a rule in one line: "Question — answer; …"."""
    return "; ".join(f"{phrase['question']} — {phrase['answer']}" for phrase in _answer_phrases(answers))


@register.filter
def labels(items: list[dict], separator: str = ", ") -> str:
    """The labels of a list of suggestions in one line (empty for none: add ``|default:``)."""
    return separator.join(item["label"] for item in items)


@register.simple_tag
def rule_links(rule_ids: list[str]) -> SafeString:
    """Each rule id linked to its page in the knowledge base, comma-separated."""
    return format_html_join(", ", '<a href="{}">{}</a>', ((reverse("knowledge:rule", args=[r]), r) for r in rule_ids))


@register.simple_tag
def answers_by_section(answers: dict, *, include_unknown: bool = False) -> list[dict]:
    """Stored answers grouped by questionnaire section, in questionnaire order."""
    sections = []
    for section in rules.SECTIONS:
        rows = [
            {
                "question": question.label,
                "answer": _values_text(question.id, answers[question.id]) if question.id in answers else UNKNOWN_LABEL,
            }
            for question in section.questions
            if include_unknown or question.id in answers
        ]
        if rows:
            sections.append({"id": section.id, "title": section.title, "rows": rows})
    return sections


@register.filter
def id_words(identifiers: list[str]) -> str:
    """Inferred patterns' ids read as words, comma-separated (prion_disease: prion disease)."""
    return ", ".join(identifier.replace("_", " ") for identifier in identifiers)


@register.filter
def citation(source_id: str) -> str:
    source = rules.SOURCES.get(source_id)
    return source.citation if source else source_id


@register.filter
def urgency_label(urgency: str) -> str:
    """How soon a red flag's action is needed, in words (emergency: "Emergency: act now")."""
    return URGENCY_LABELS.get(urgency, urgency)


@register.filter
def question_label(question_id: str) -> str:
    return _question_label(question_id)


@register.filter
def step_questions(step_id: str) -> tuple[str, ...]:
    """The test-result questions that record what a workup step finds (none for most bedside steps)."""
    return rules.STEP_QUESTIONS.get(step_id, ())


@register.filter
def workup_label(step_id: str) -> str:
    step = WORKUP_STEPS.get(step_id)
    return step.label if step else step_id.replace("_", " ")


@register.filter
def score(value) -> str:
    """A score rounded as everywhere else (rules.scoring.shown)."""
    return shown(float(value))


@register.filter
def bar_percent(score) -> int:
    """How much of a strength bar to fill: evidence against fills nothing."""
    return round(max(float(score), 0.0) * 100)


register.filter("supported", selections.with_evidence)
register.filter("unsupported", selections.without_evidence)
register.filter("with_role", selections.with_role)


@register.filter
def by_role(treatments: list[dict]) -> list[dict]:
    """Treatments grouped recommended, consider, avoid (empty groups left out)."""
    groups = [{"role": role, "title": title, "items": selections.with_role(treatments, role)} for role, title in ROLES]
    return [group for group in groups if group["items"]]


@register.inclusion_tag("assessments/_nervous_system.html")
def nervous_system_map(origins: list[dict]) -> dict:
    """The diagram's regions, each marked with the best rank of the origins it holds."""
    ranked = [
        {"rank": rank, "id": origin["id"], "label": origin["label"], "strength": origin["strength"]}
        for rank, origin in enumerate(selections.with_evidence(origins), start=1)
    ]
    regions = []
    for region_id, name, origin_ids in REGIONS:
        hypotheses = [entry for entry in ranked if entry["id"] in origin_ids]
        best = hypotheses[0]["rank"] if hypotheses else None
        regions.append(
            {
                "id": region_id,
                "name": name,
                "hypotheses": hypotheses,
                "rank_class": f"rank-{best}"
                if best and best <= MARKED_RANKS
                else ("rank-low" if best else "rank-none"),
            }
        )
    functional = [entry for entry in ranked if entry["id"] == "functional"]
    return {
        "regions": {region["id"]: region for region in regions},
        "region_list": regions,
        "functional": functional,
        "ranked": ranked,
    }
