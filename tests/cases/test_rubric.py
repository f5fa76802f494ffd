"""The stated rubric: its parts, their points, and the wording that states them."""

from decisionaid.cases import rubric

KEY = rubric.Key(
    cause="hereditary",
    origin="cortical_subcortical",
    key_treatments=("levetiracetam", "sodium_valproate"),
    avoid_treatments=("phenytoin",),
)
PERFECT = rubric.Commitment(
    top_causes=("hereditary", "toxic", "metabolic"),
    origin="cortical_subcortical",
    offered=("levetiracetam", "sodium_valproate"),
    avoided=("phenytoin",),
)


def _with(**changes):
    return rubric.Commitment(**{**PERFECT.__dict__, **changes})


def _points(result):
    return {part["id"]: part["points"] for part in result["parts"]}


def test_a_perfect_attempt_scores_full_marks():
    result = rubric.score(KEY, PERFECT)
    assert result["total"] == result["max"] == 100
    assert result["unsafe_offers"] == []


def test_offering_a_drug_the_case_must_avoid_loses_every_safety_point():
    result = rubric.score(KEY, _with(offered=("levetiracetam", "sodium_valproate", "phenytoin"), avoided=()))
    assert _points(result)["safety"] == 0
    assert result["unsafe_offers"] == ["phenytoin"]
    assert result["total"] <= 100 - rubric.SAFETY_POINTS


def test_the_cause_earns_less_the_lower_it_is_ranked():
    second = _with(top_causes=("toxic", "hereditary", "metabolic"))
    third = _with(top_causes=("toxic", "metabolic", "hereditary"))
    missing = _with(top_causes=("toxic", "metabolic", "vascular"))
    assert [_points(rubric.score(KEY, c))["cause"] for c in (PERFECT, second, third, missing)] == [40, 20, 10, 0]


def test_the_wrong_origin_earns_nothing_for_origin():
    assert _points(rubric.score(KEY, _with(origin="cortical")))["origin"] == 0


def test_management_is_shared_among_key_treatments_and_drugs_to_avoid():
    assert _points(rubric.score(KEY, _with(offered=("levetiracetam",))))["management"] == 13
    assert _points(rubric.score(KEY, _with(offered=(), avoided=())))["management"] == 0


def test_a_case_with_nothing_to_manage_gives_the_management_points():
    key = rubric.Key(cause="physiological", origin="subcortical", key_treatments=(), avoid_treatments=())
    assert rubric.management_points(key, _with(offered=(), avoided=())) == rubric.MANAGEMENT_POINTS


def test_the_rubric_states_each_part_and_adds_up_to_the_maximum():
    assert sum(maximum for _, _, maximum, _ in rubric.RUBRIC) == rubric.MAX_POINTS == 100


def test_the_rubric_wording_states_the_points_it_scores():
    cause, origin, management, safety = (rule for _, _, _, rule in rubric.RUBRIC)
    assert cause.startswith(
        "{} if the case's cause is your first choice, {} if second, {} if third".format(*rubric.CAUSE_POINTS_BY_RANK)
    )
    assert origin.startswith(f"{rubric.ORIGIN_POINTS} if")
    assert management.startswith(f"Up to {rubric.MANAGEMENT_POINTS},")
    assert f"loses all {rubric.SAFETY_POINTS}" in safety
    assert rubric.SUMMARY == "cause ranking 40, site of origin 20, management 20, safety 20"


def test_offering_treatments_nobody_suggests_costs_a_share_of_management_each():
    key = rubric.Key(**{**KEY.__dict__, "engine_offers": ("levetiracetam", "sodium_valproate", "clonazepam")})
    assert rubric.management_points(key, _with(offered=(*PERFECT.offered, "clonazepam"))) == 20
    one_extra = rubric.score(key, _with(offered=(*PERFECT.offered, "piracetam")))
    assert _points(one_extra)["management"] == round(20 - 20 / 3)
    assert one_extra["unwarranted_offers"] == ["piracetam"]


def test_offering_every_treatment_does_not_collect_the_management_points():
    everything = (
        "treat_underlying_cause",
        "withdraw_offending_drug",
        "reassurance",
        "clonazepam",
        "sodium_valproate",
        "levetiracetam",
        "piracetam",
        "primidone",
        "barbiturates",
        "propranolol",
        "5_htp",
        "botulinum_toxin",
        "surgery",
    )
    nothing_to_avoid = rubric.Key(
        cause="metabolic",
        origin="cortical",
        key_treatments=("treat_underlying_cause",),
        avoid_treatments=(),
        engine_offers=("treat_underlying_cause", "levetiracetam"),
    )
    assert rubric.management_points(nothing_to_avoid, _with(offered=everything, avoided=())) == 0
    assert rubric.management_points(nothing_to_avoid, _with(offered=("treat_underlying_cause",), avoided=())) == 20


def test_the_management_rule_says_unsuggested_offers_cost_points():
    management = next(rule for part_id, _, _, rule in rubric.RUBRIC if part_id == "management")
    assert "does not suggest" in management and "takes one share off" in management
