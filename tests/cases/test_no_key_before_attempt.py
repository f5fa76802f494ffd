"""Nothing a learner sees before an attempt gives the answer away: the case list, the case
page, the open stages (web) and the case endpoints (API) name no key cause, origin,
condition or drug to avoid, by id or by label. Tags are themes (age, setting, red flag),
and the objectives say what to learn without saying what the answer is."""

import re

import pytest
from django.utils.html import strip_tags
from rest_framework.test import APIClient

from decisionaid.cases import selectors, services, vocabulary
from decisionaid.cases.library import CASES
from decisionaid.cases.models import Attempt, Case

pytestmark = pytest.mark.django_db

THEMES = {
    "adult",
    "older-adult",
    "paediatric",
    "acute",
    "progressive",
    "sleep",
    "epilepsy",
    "focal",
    "rhythmic",
    "confusion",
    "ataxia",
    "red-flag",
    "drug-review",
    "intensive-care",
}


def key_terms(case: Case) -> set[str]:
    """Every way the page could name the key: ids, ids as words, and labels."""
    named = [
        ("causes", case.key_cause),
        ("origins", case.key_origin),
        ("conditions", case.key_condition),
        *(("treatments", t) for t in case.avoid_treatments),
    ]
    return {
        term
        for part, item_id in named
        for term in (item_id, item_id.replace("_", " "), vocabulary.label(part, item_id))
    }


def leaked(case: Case, text: str) -> list[str]:
    return [
        term for term in key_terms(case) if re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text, re.IGNORECASE)
    ]


def card(html: str, case: Case) -> str:
    start = html.index(f'href="{case.get_absolute_url()}"')
    return strip_tags(html[start : html.index("</li>", start)])


def main(html: str) -> str:
    return strip_tags(html[html.index("<main") : html.index("</main>")])


def test_every_tag_is_a_theme_not_an_answer():
    assert {tag for case in CASES for tag in case.tags} <= THEMES


@pytest.mark.parametrize("slug", [case.slug for case in CASES])
def test_the_web_pages_before_an_attempt_do_not_give_the_key_away(library, client, slug):
    case = Case.objects.get(slug=slug)
    assert leaked(case, card(client.get("/cases/").content.decode(), case)) == []
    assert leaked(case, main(client.get(case.get_absolute_url()).content.decode())) == []
    client.post(case.get_absolute_url())
    attempt = Attempt.objects.get(case=case)
    for stage in case.stages.order_by("order")[: selectors.last_stage_order(case) - 1]:
        html = client.get(f"/cases/attempts/{attempt.pk}/stages/{stage.order}/").content.decode()
        story = html[html.index('class="case-story"') : html.index('id="findings"')]
        assert leaked(case, strip_tags(story)) == [], stage.order
        services.attempt_record_stage(attempt=attempt, stage=stage, findings={})
    filters = client.get("/cases/").content.decode()
    assert leaked(case, filters[filters.index('class="case-filters"') : filters.index("</form>")]) == []


@pytest.mark.parametrize("slug", [case.slug for case in CASES])
def test_the_api_before_an_attempt_does_not_give_the_key_away(library, slug):
    api, case = APIClient(), Case.objects.get(slug=slug)
    listed = next(c for c in api.get("/api/v1/cases").json()["cases"] if c["slug"] == slug)
    assert leaked(case, str(listed)) == []
    for n in range(1, selectors.last_stage_order(case)):
        revealed = api.get(f"/api/v1/cases/{slug}?stage={n}").json()
        shown = [
            revealed["title"],
            revealed["summary"],
            *revealed["tags"],
            *revealed["learning_objectives"],
            *(stage["narrative"] for stage in revealed["stages"]),
        ]
        assert leaked(case, " ".join(shown)) == [], n
