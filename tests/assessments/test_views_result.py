"""The result page and its JSON download show the stored snapshot, never a re-run."""

import json
import re

import pytest

import rules
from decisionaid.assessments import services
from decisionaid.assessments.models import Assessment
from rules.reference_answers import HEMIFACIAL_SPASM, JUVENILE_MYOCLONIC_EPILEPSY, RAPID_DEMENTIA, SPINAL_SEGMENTAL

pytestmark = pytest.mark.django_db


def _completed(answers) -> Assessment:
    return services.assessment_create(answers=answers, channel=Assessment.Channel.WEB)


def test_the_result_page_shows_the_engine_result_with_the_disclaimer(client):
    assessment = _completed(JUVENILE_MYOCLONIC_EPILEPSY)
    expected = rules.assess(JUVENILE_MYOCLONIC_EPILEPSY).as_dict()
    page = client.get(f"/assess/{assessment.pk}/").content.decode()
    assert "Educational use only — not for the care of real patients" in page
    assert expected["causes"][0]["label"] in page and expected["origins"][0]["label"] in page
    assert "/knowledge/rules/" in page
    assert page.count(rules.DISCLAIMER) == 1, "the full notice is shown once"
    markers = page.count('class="edu-marker" href="#disclaimer"')
    assert markers >= len(expected["treatments"]) + len(expected["workup"]), "every suggestion links to it"


def test_every_rule_the_result_names_links_to_its_page_in_the_knowledge_browser(client):
    assessment = _completed(RAPID_DEMENTIA)
    page = client.get(f"/assess/{assessment.pk}/").content.decode()
    linked = set(re.findall(r'href="/knowledge/rules/([^"/]+)/"', page))
    # The trace's rules, and those "what would change this" says a change would make fire.
    assert linked >= {step["rule"] for step in assessment.result["trace"]}
    assert all(client.get(f"/knowledge/rules/{rule_id}/").status_code == 200 for rule_id in linked)


def test_avoid_treatments_are_shown_apart_with_their_reason(client):
    assessment = _completed(JUVENILE_MYOCLONIC_EPILEPSY)
    page = client.get(f"/assess/{assessment.pk}/").content.decode()
    avoid = page[page.index('class="treatment-group role-avoid"') :]
    assert "Phenytoin" in avoid and "Why to avoid it here" in avoid


def test_red_flags_come_first_as_an_alert(client):
    assessment = _completed(RAPID_DEMENTIA)
    flag = rules.assess(RAPID_DEMENTIA).as_dict()["red_flags"][0]
    page = client.get(f"/assess/{assessment.pk}/").content.decode()
    alert = page.index('class="red-flags" role="alert"')
    assert alert < page.index('id="causes-heading"') and flag["action"] in page


def test_a_completed_snapshot_is_shown_even_after_the_knowledge_base_changes(client, monkeypatch):
    assessment = _completed(JUVENILE_MYOCLONIC_EPILEPSY)
    snapshot = assessment.result
    snapshot["kb_version"] = "0.9+retired"
    snapshot["causes"][0]["label"] = "Label from the old knowledge base"
    assessment.result = snapshot
    assessment.kb_version = snapshot["kb_version"]
    assessment.save()

    def engine_must_not_run(*args, **kwargs):
        raise AssertionError("the result page re-ran the engine")

    monkeypatch.setattr(rules, "assess", engine_must_not_run)
    monkeypatch.setattr(services, "evaluate", engine_must_not_run)
    page = client.get(f"/assess/{assessment.pk}/").content.decode()
    assert "0.9+retired" in page and "Label from the old knowledge base" in page
    download = client.get(f"/assess/{assessment.pk}/result.json")
    assert json.loads(download.content)["kb_version"] == "0.9+retired"


def test_json_download_is_the_stored_snapshot_as_an_attachment(client):
    assessment = _completed(JUVENILE_MYOCLONIC_EPILEPSY)
    response = client.get(f"/assess/{assessment.pk}/result.json")
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"] == f'attachment; filename="myoclonus-ddx-{assessment.pk}.json"'
    assert json.loads(response.content) == Assessment.objects.get(pk=assessment.pk).result


def test_an_unfinished_assessment_has_no_json_result(client):
    assessment = services.assessment_start()
    assert client.get(f"/assess/{assessment.pk}/result.json").status_code == 404


@pytest.mark.parametrize(
    ("answers", "region"),
    [
        (HEMIFACIAL_SPASM, "peripheral"),
        (SPINAL_SEGMENTAL, "spinal"),
        (JUVENILE_MYOCLONIC_EPILEPSY, "cortex"),
    ],
)
def test_the_diagram_marks_the_top_site_of_origin(client, answers, region):
    assessment = _completed(answers)
    page = client.get(f"/assess/{assessment.pk}/").content.decode()
    assert re.search(rf'<g class="region[^"]*\brank-1\b[^"]*" id="region-{region}">', page)


def test_functional_jerks_are_shown_apart_from_the_diagram(client):
    assessment = _completed({"distractible": "yes", "onset": "acute"})
    page = client.get(f"/assess/{assessment.pk}/").content.decode()
    assert 'class="functional-box highlighted"' in page and "rank 1" in page


def test_a_result_body_is_rendered_once_and_anew_for_a_new_knowledge_base_version(client, monkeypatch):
    """A completed result never changes, so its page body comes from the page cache; the
    vocabulary's labels may change with a release, so a new version renders it anew."""
    assessment = _completed(JUVENILE_MYOCLONIC_EPILEPSY)
    top_cause = assessment.result["causes"][0]["label"]
    assert top_cause in client.get(f"/assess/{assessment.pk}/").content.decode()

    changed = assessment.result
    changed["causes"][0]["label"] = "A label the page has not rendered"
    Assessment.objects.filter(pk=assessment.pk).update(result=changed)
    page = client.get(f"/assess/{assessment.pk}/").content.decode()
    assert top_cause in page and "A label the page has not rendered" not in page  # the cached body

    monkeypatch.setattr(rules, "KB_VERSION", f"{rules.KB_VERSION}-next")
    assert "A label the page has not rendered" in client.get(f"/assess/{assessment.pk}/").content.decode()


def test_a_result_its_owner_re_evaluates_is_shown_anew(client, django_user_model):
    """The API lets an owner change a stored assessment's answers (PATCH): the page shows the
    new result, not the body rendered for the old one."""
    owner = django_user_model.objects.create_user("olive")
    assessment = services.assessment_create(answers=JUVENILE_MYOCLONIC_EPILEPSY, owner=owner)
    client.force_login(owner)
    old_conditions = {condition["label"] for condition in assessment.result["conditions"]}
    assert all(label in client.get(f"/assess/{assessment.pk}/").content.decode() for label in old_conditions)

    replaced = dict.fromkeys(JUVENILE_MYOCLONIC_EPILEPSY) | HEMIFACIAL_SPASM
    changed = services.assessment_record_answers(assessment=assessment, answers=replaced, complete=True)
    new_conditions = {condition["label"] for condition in changed.result["conditions"]}
    assert new_conditions and new_conditions != old_conditions
    after = client.get(f"/assess/{assessment.pk}/").content.decode()
    after = after[: after.index('id="changes-heading"')]  # the why-not picker lists every condition
    assert all(label in after for label in new_conditions)
    assert not any(label in after for label in old_conditions - new_conditions)
