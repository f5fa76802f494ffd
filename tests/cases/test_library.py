"""The built-in case library as a regression suite: each case's key is what the engine
concludes from all its stages' answers, and together the cases cover the knowledge base."""

import pytest

import rules
from decisionaid.cases.library import CASES, TESTS
from decisionaid.cases.vocabulary import ids
from rules.scoring import strength


def _conclusions(case):
    return rules.assess(case.answers()).as_dict()


by_slug = pytest.mark.parametrize("case", CASES, ids=lambda case: case.slug)


def test_the_library_has_at_least_fourteen_cases_with_unique_slugs():
    assert len(CASES) >= 14
    assert len({case.slug for case in CASES}) == len(CASES)


@by_slug
def test_every_stage_discloses_valid_answers(case):
    assert len(case.stages) >= 2
    for stage in case.stages:
        assert rules.validate_answers(stage.answers) == stage.answers


@by_slug
def test_the_engine_ranks_the_key_cause_first(case):
    assert _conclusions(case)["causes"][0]["id"] == case.cause


@by_slug
def test_the_engine_ranks_the_key_origin_first(case):
    assert _conclusions(case)["origins"][0]["id"] == case.origin


@by_slug
def test_the_engine_offers_every_key_treatment_and_avoids_what_the_case_must_avoid(case):
    roles = {t["id"]: t["role"] for t in _conclusions(case)["treatments"]}
    assert case.key_treatments
    assert all(roles.get(t) in ("recommended", "consider") for t in case.key_treatments), roles
    assert {t: roles.get(t) for t in case.avoid_treatments} == dict.fromkeys(case.avoid_treatments, "avoid")


@by_slug
def test_the_named_condition_is_one_the_engine_suggests_under_the_key_cause(case):
    top = _conclusions(case)["causes"][0]
    assert case.condition in {c["id"] for c in top["conditions"] if c["suggested_by"]}


@by_slug
def test_the_engine_raises_the_red_flags_the_case_teaches(case):
    assert set(case.red_flags) <= {flag["id"] for flag in _conclusions(case)["red_flags"]}


@by_slug
def test_a_case_cites_known_sources_and_names_known_treatments(case):
    assert case.sources and set(case.sources) <= set(rules.SOURCES)
    assert set(case.key_treatments) | set(case.avoid_treatments) <= set(ids("treatments"))


def test_the_library_covers_every_cause_every_origin_and_four_red_flags():
    assert {case.cause for case in CASES} == set(ids("causes"))
    assert {case.origin for case in CASES} == set(ids("origins"))
    assert len({flag for case in CASES for flag in case.red_flags}) >= 4


def test_physiological_cases_include_hiccups_and_hypnic_jerks():
    assert {"hiccups", "hypnic_jerks"} <= {case.condition for case in CASES if case.cause == "physiological"}


def test_a_compressive_lesion_keyed_as_traumatic_explains_why():
    tumour = next(case for case in CASES if case.condition == "spinal_cord_tumour")
    assert tumour.cause == "traumatic" and "seed:causes" in tumour.sources
    assert any("traumatic" in point.lower() and "mechanically" in point for point in tumour.teaching_points)


TEST_QUESTIONS = {q.id for section in rules.SECTIONS if section.id == "tests" for q in section.questions}


def _origin_score(answers: dict, origin: str) -> tuple[str, float]:
    origins = rules.assess(answers).as_dict()["origins"]
    return origins[0]["id"], next(o["score"] for o in origins if o["id"] == origin)


def test_at_least_eight_cases_settle_the_site_of_origin_only_at_their_test_stage():
    """The tests stage discloses recordings, imaging and blood results through the questionnaire's
    "Test results" section, and in these cases it is what settles the key origin: before it the
    key origin is not first, or not yet strong (the result's word for a score of 0.75 and more);
    after it the key origin is first and strong."""
    settled = []
    for case in CASES:
        tests = [stage for stage in case.stages if stage.kind == TESTS]
        if not (tests and set(tests[0].answers) & TEST_QUESTIONS):
            continue
        before = {q: a for stage in case.stages if stage.kind != TESTS for q, a in stage.answers.items()}
        top_before, score_before = _origin_score(before, case.origin)
        top_after, score_after = _origin_score(case.answers(), case.origin)
        assert top_after == case.origin, case.slug
        if (top_before != case.origin or strength(score_before) != "strong") and strength(score_after) == "strong":
            settled.append(case.slug)
    assert len(settled) >= 8, settled
