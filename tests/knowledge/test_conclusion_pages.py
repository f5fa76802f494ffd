"""/knowledge/<kind>/<id>/: each result the rules can produce, and every rule leading to it."""

import pytest
from django.utils.html import escape

from decisionaid.knowledge.index import KINDS

from .conftest import CATALOGUE, knowledge_links

# The catalogue's name for each conclusion kind, and where its page lives.
KIND_PATHS = {
    "cause": "causes",
    "origin": "origins",
    "condition": "conditions",
    "workup": "workup",
    "treatment": "treatments",
    "red_flag": "red-flags",
    "infer": "patterns",
    "caution": "treatments",
}
PRODUCED = sorted({(c["kind"], c["target"]) for r in CATALOGUE["rules"] for c in r["conclusions"]})


@pytest.mark.parametrize(("kind", "target"), PRODUCED)
def test_every_result_a_rule_can_produce_links_back_to_every_rule_producing_it(browse, kind, target):
    links = knowledge_links(browse(f"/knowledge/{KIND_PATHS[kind]}/{target}/"))
    producers = {
        r["id"] for r in CATALOGUE["rules"] if any((c["kind"], c["target"]) == (kind, target) for c in r["conclusions"])
    }
    assert {f"/knowledge/rules/{rule_id}/" for rule_id in producers} <= links


def test_a_cause_page_has_its_label_description_and_named_conditions(browse):
    page = browse("/knowledge/causes/metabolic/").content.decode()
    cause = next(c for c in CATALOGUE["causes"] if c["id"] == "metabolic")
    assert escape(cause["label"]) in page and escape(cause["summary"]) in page
    for condition in (c for c in CATALOGUE["conditions"] if c.get("group") == "metabolic"):
        assert f'<a href="/knowledge/conditions/{condition["id"]}/">{escape(condition["label"])}</a>' in page


def test_a_cause_page_separates_the_rules_for_it_from_those_against(browse):
    page = browse("/knowledge/causes/physiological/").content.decode()
    for_part, against_part = page.split('id="rules-against"')
    assert "/knowledge/rules/cause.physiological.hiccups/" in for_part
    assert "/knowledge/rules/cause.physiological.against_pathology/" in against_part


def test_a_treatment_page_lists_the_rules_that_say_avoid_it_apart(browse):
    page = browse("/knowledge/treatments/phenytoin/").content.decode()
    offering, against = page.split('id="rules-for"')[1].split('id="rules-against"')
    assert "Rules that say avoid it" in against and "/knowledge/rules/safety.avoid.phenytoin_jme/" in against
    assert "/knowledge/rules/safety.avoid.phenytoin_jme/" not in offering


def test_a_treatment_page_lists_a_caution_with_the_rules_against_it_not_as_an_option(browse):
    page = browse("/knowledge/treatments/piracetam/").content.decode()
    against = page.split('id="rules-against"')[1]
    assert "/knowledge/rules/safety.caution.piracetam_stroke/" in against
    assert '<span class="badge badge-caution">caution</span>' in against


def test_a_red_flag_page_says_what_to_do(browse):
    flag = next(f for f in CATALOGUE["red_flags"] if f["id"] == "post_cardiac_arrest")
    assert escape(flag["action"]) in browse("/knowledge/red-flags/post_cardiac_arrest/").content.decode()


def test_a_pattern_page_lists_the_rules_that_build_on_it(browse):
    page = browse("/knowledge/patterns/juvenile_myoclonic_epilepsy/").content.decode()
    assert "Rules that build on it" in page
    assert "/knowledge/rules/safety.avoid.phenytoin_jme/" in page


@pytest.mark.parametrize("kind", sorted(set(KIND_PATHS.values())))
def test_each_kind_of_result_has_a_list_page(browse, kind):
    response = browse(f"/knowledge/{kind}/")
    title = next(k.title for k in KINDS if k.slug == kind)
    assert f"<h1>{title}</h1>" in response.content.decode()
    links = knowledge_links(response)
    assert any(link.startswith(f"/knowledge/{kind}/") and link != f"/knowledge/{kind}/" for link in links)


@pytest.mark.parametrize(
    "path",
    [
        "/knowledge/causes/no_such_cause/",
        "/knowledge/spells/hiccups/",
        "/knowledge/spells/",
        "/knowledge/causes/hiccups/",
    ],
)
def test_an_unknown_result_or_kind_is_a_404(client, path):
    assert client.get(path).status_code == 404
