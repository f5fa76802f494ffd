"""A result as CDS Hooks 2.0 cards.

Red flags come first as ``critical`` cards, then each treatment the case must avoid as
a ``warning``, then one ``info`` card with the leading differential, the workup and the
options. Each card's detail explains the reasoning rule by rule and ends with the
educational-use disclaimer; its source links to the rule in the knowledge browser.
Links are resolved from the URL configuration, so they follow the site's routes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse

from rules import selections
from rules.scoring import shown
from rules.vocabulary import AVOID, ROUTINE, URGENCY_LABELS

SUMMARY_LIMIT = 140  # CDS Hooks: "<140-character summary"
SOURCE_LABEL = "Myoclonus DDx knowledge base"

Absolute = Callable[[str], str]


@dataclass(frozen=True)
class Card:
    summary: str
    indicator: str  # info, warning or critical
    detail: str  # markdown
    rule: str | None  # the rule the card's source points to

    def as_dict(self, disclaimer: str, absolute: Absolute, link: dict) -> dict:
        if self.rule:
            source = {
                "label": f"{SOURCE_LABEL}: rule {self.rule}",
                "url": absolute(reverse("knowledge:rule", args=[self.rule])),
            }
        else:
            source = {"label": SOURCE_LABEL, "url": absolute(reverse("knowledge:index"))}
        return {
            "summary": _fit(self.summary),
            "indicator": self.indicator,
            "detail": f"{self.detail}\n\n_{disclaimer}_",
            "source": source,
            "links": [link],
        }


def cards(result: dict, absolute: Absolute) -> list[dict]:
    """The cards for one result; ``absolute`` turns a site path into an absolute URL."""
    found = [_red_flag(flag) for flag in result["red_flags"]]
    found += [_avoid(treatment) for treatment in selections.with_role(result["treatments"], AVOID)]
    found.append(_differential(result))
    link = {
        "label": "Work through the full assessment (teaching aid)",
        "url": absolute(reverse("assessments:start")),
        "type": "absolute",
    }
    return [card.as_dict(result["disclaimer"], absolute, link) for card in found]


def _fit(summary: str) -> str:
    """A summary cut to fewer than 140 characters, as CDS Hooks asks."""
    return summary if len(summary) < SUMMARY_LIMIT else summary[: SUMMARY_LIMIT - 2].rstrip() + "…"


def _rules(rule_ids) -> str:
    return ", ".join(f"`{rule_id}`" for rule_id in rule_ids)


def _red_flag(flag: dict) -> Card:
    return Card(
        summary=f"Red flag ({flag['urgency']}): {flag['label']}",
        indicator="critical",
        detail=f"**{flag['label']}.** {flag['summary']}\n\n**Action ({URGENCY_LABELS[flag['urgency']].lower()}):** "
        f"{flag['action']}\n\nRaised by {_rules(flag['rules'])}.",
        rule=flag["rules"][0],
    )


def _avoid(treatment: dict) -> Card:
    reasons = [why for why in treatment["why"] if why["role"] == AVOID]
    lines = [f"- {why['text']} ({_rules([why['rule']])})" for why in reasons]
    lines += [f"- Caution: {caution}" for caution in treatment["cautions"]]
    return Card(
        summary=f"Avoid {treatment['label']}: it can worsen this case",
        indicator="warning",
        detail=f"**Avoid {treatment['label']}.**\n\n" + "\n".join(lines),
        rule=reasons[0]["rule"],
    )


def _differential(result: dict) -> Card:
    causes = selections.with_evidence(result["causes"])[:3]
    conditions = selections.with_evidence(result["conditions"])[:3]
    origins = selections.with_evidence(result["origins"])[:2]
    if not causes and not origins:
        return Card(
            summary="No myoclonus pattern recognised from these findings",
            indicator="info",
            detail="No rule concluded a cause or a site of origin. Describe the jerks further.",
            rule=None,
        )
    named = [f"{causes[0]['label']} cause" if causes else "", f"{origins[0]['label']} origin" if origins else ""]
    sections = [
        _ranked("Causes to consider", causes),
        _ranked("Named conditions to consider", conditions),
        _ranked("Likely site of origin", origins),
        _workup(result["workup"]),
        _options(result["treatments"]),
    ]
    lead = (causes or origins)[0]
    return Card(
        summary="Leading differential: " + "; ".join(filter(None, named)),
        indicator="info",
        detail="\n\n".join(filter(None, sections)),
        rule=lead["for"][0]["rule"] if lead["for"] else None,
    )


def _ranked(title: str, items: list[dict]) -> str:
    if not items:
        return ""
    lines = [f"**{title}**"]
    for item in items:
        findings = "; ".join(f"{e['finding']} ({_rules([e['rule']])})" for e in item["for"])
        lines.append(f"- **{item['label']}** ({item['strength']}, {shown(item['score'])}): {findings}")
    return "\n".join(lines)


def _workup(steps: list[dict]) -> str:
    if not steps:
        return ""
    lines = ["**Workup** (most urgent first)"] + [
        f"{step['order']}. {step['label']}" + (f" ({step['urgency']})" if step["urgency"] != ROUTINE else "")
        for step in steps
    ]
    return "\n".join(lines)


def _options(treatments: list[dict]) -> str:
    """The options, each with its first caution: the one for the case at hand when a rule
    raised one (such as sedation in liver failure), else the drug's main caution."""
    offered = selections.offered(treatments)
    if not offered:
        return ""
    lines = [
        f"- {t['label']} ({t['role']})" + (f". Caution: {t['cautions'][0]}" if t["cautions"] else "") for t in offered
    ]
    return "\n".join(["**Treatment options**", *lines])
