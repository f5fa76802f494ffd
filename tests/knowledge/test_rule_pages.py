"""/knowledge/rules/<id>/: every rule has a page explaining it, linking to its results and sources."""

import pytest
from django.urls import reverse
from django.utils.html import escape

import rules

from .conftest import CATALOGUE, RULE_IDS, knowledge_links

RULES_BY_ID = {r["id"]: r for r in CATALOGUE["rules"]}


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_every_rule_has_a_page_with_its_explanation_conditions_and_sources(browse, rule_id):
    rule = RULES_BY_ID[rule_id]
    page = browse(reverse("knowledge:rule", args=[rule_id])).content.decode()
    assert escape(rule["explanation"]) in page
    for source in rule["sources"]:
        assert f'href="/knowledge/sources/#{source}"' in page
    assert "Results it can produce" in page


def test_a_rule_page_names_its_conclusions_by_label_and_links_to_each(browse):
    response = browse("/knowledge/rules/safety.avoid.phenytoin_jme/")
    page = response.content.decode()
    assert '<a href="/knowledge/treatments/phenytoin/">Phenytoin</a>' in page
    assert "avoid" in page
    assert '<a href="/knowledge/patterns/juvenile_myoclonic_epilepsy/">juvenile myoclonic epilepsy</a>' in page


def test_a_condition_that_a_pattern_is_absent_links_to_the_pattern_and_says_not(browse):
    page = browse("/knowledge/rules/workup.localise/").content.decode()
    assert 'pattern not recognised:\n<a href="/knowledge/patterns/hiccups/">hiccups</a>' in page


def test_a_rule_page_says_when_the_rule_runs_in_words(browse):
    page = browse("/knowledge/rules/safety.avoid.phenytoin_jme/").content.decode()
    assert "a safety check, run after every conclusion is drawn" in page


def test_every_link_from_every_rule_page_resolves(client, browse):
    links = set().union(*(knowledge_links(browse(reverse("knowledge:rule", args=[rule_id]))) for rule_id in RULE_IDS))
    broken = [link for link in sorted(links) if client.get(link).status_code != 200]
    assert broken == []
    assert any(link.startswith("/knowledge/causes/") for link in links)


def test_an_unknown_rule_is_a_404(client):
    assert client.get("/knowledge/rules/cause.no_such_rule/").status_code == 404


def test_a_rule_retired_since_an_earlier_release_sends_the_reader_to_its_successor(client):
    """A stored 1.0 result links its trace to rules that 2.0 merged or renamed."""
    for old, new in rules.catalogue()["retired_rules"].items():
        response = client.get(f"/knowledge/rules/{old}/")
        assert response.status_code == 301 and response["Location"] == f"/knowledge/rules/{new}/"
        assert client.get(response["Location"]).status_code == 200


def test_every_rule_in_a_release_1_0_trace_still_has_a_page(client):
    import json
    from pathlib import Path

    saved = json.loads((Path(__file__).parents[1] / "rules" / "fixtures" / "release_1_0_results.json").read_text())
    for case in saved["results"].values():
        for step in case["result"]["trace"]:
            assert client.get(f"/knowledge/rules/{step['rule']}/", follow=True).status_code == 200
