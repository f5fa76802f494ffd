"""/knowledge/?q=…&concern=…&conclusion=…: finding rules by finding or by conclusion."""

import rules

from .conftest import RULE_IDS, rule_ids_where, rules_listed


def test_without_filters_every_rule_is_listed_and_counted(browse):
    response = browse("/knowledge/")
    assert rules_listed(response) == set(RULE_IDS)
    assert f"All {len(RULE_IDS)} rules." in response.content.decode()


def test_searching_a_finding_finds_the_rules_that_mention_it_and_no_others(browse):
    response = browse("/knowledge/", q="Asterixis")
    expected = rule_ids_where(lambda r: "asterixis" in " ".join([r["explanation"], *r["conditions"]]).lower())
    assert "cause.metabolic.asterixis" in expected
    assert rules_listed(response) == expected
    assert "cause.physiological.hiccups" not in rules_listed(response)
    assert f"{len(expected)} of {len(RULE_IDS)} rules match “Asterixis”." in response.content.decode()


def test_searching_a_questions_label_finds_the_rules_that_ask_it(browse):
    label = rules.QUESTIONS["organ_failure"].label
    found = rules_listed(browse("/knowledge/", q=label))
    assert found == rule_ids_where(lambda r: "organ_failure" in r["questions"])


def test_searching_a_conclusion_by_name_finds_the_rules_reaching_it(browse):
    found = rules_listed(browse("/knowledge/", q="clonazepam"))
    assert found == rule_ids_where(
        lambda r: any(c["target"] == "clonazepam" for c in r["conclusions"]) or "clonazepam" in r["explanation"].lower()
    )
    assert found and "cause.physiological.hiccups" not in found


def test_every_search_term_must_match(browse):
    assert rules_listed(browse("/knowledge/", q="asterixis liver")) == {
        "cause.metabolic.hepatic_failure",
        "safety.avoid.clonazepam_liver_failure",
        "pattern.toxic_metabolic.asterixis_organ_failure",
        "pattern.pathological_clue",
    }


def test_filtering_by_conclusion_lists_exactly_the_rules_producing_it(browse):
    response = browse("/knowledge/", conclusion="cause:toxic")
    assert rules_listed(response) == rule_ids_where(
        lambda r: any((c["kind"], c["target"]) == ("cause", "toxic") for c in r["conclusions"])
    )
    assert "leading to the cause Toxic (drugs and toxins)" in response.content.decode()


def test_filtering_by_concern_lists_only_that_concern(browse):
    assert rules_listed(browse("/knowledge/", concern="safety")) == rule_ids_where(lambda r: r["concern"] == "safety")


def test_filters_combine(browse):
    found = rules_listed(browse("/knowledge/", q="phenytoin", concern="safety", conclusion="treatment:phenytoin"))
    assert found == rule_ids_where(
        lambda r: (
            r["concern"] == "safety"
            and any((c["kind"], c["target"]) == ("treatment", "phenytoin") for c in r["conclusions"])
        )
    )
    assert {"safety.avoid.phenytoin_jme", "safety.avoid.phenytoin_pme", "safety.avoid.sodium_channel_dravet"} <= found


def test_a_search_matching_nothing_says_so(browse):
    response = browse("/knowledge/", q="zebra")
    assert rules_listed(response) == set()
    assert "0 of" in response.content.decode() and "No rule matches" in response.content.decode()


def test_a_tampered_filter_is_reported_and_not_applied(browse):
    response = browse("/knowledge/", conclusion="cause:witchcraft")
    page = response.content.decode()
    assert 'role="alert"' in page and "Leads to" in page and "witchcraft" in page
    assert rules_listed(response) == set(RULE_IDS)


def test_the_search_form_is_a_labelled_get_form(browse):
    page = browse("/knowledge/").content.decode()
    assert 'method="get"' in page
    assert '<label for="id_q">Search rules by finding or conclusion</label>' in page
