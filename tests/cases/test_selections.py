"""The result pages and the case feedback select supported hypotheses and treatments by
role with the same helpers, so both say the same about one result."""

import rules
from decisionaid.assessments.templatetags import assessment_display
from decisionaid.cases.library import CASES
from rules import selections

RESULT = rules.assess(next(c for c in CASES if c.avoid_treatments).answers()).as_dict()


def test_the_template_filters_are_the_shared_selections():
    filters = assessment_display.register.filters
    assert filters["supported"] is selections.with_evidence
    assert filters["unsupported"] is selections.without_evidence
    assert filters["with_role"] is selections.with_role


def test_supported_and_unsupported_split_a_ranking():
    causes = RESULT["causes"]
    supported, unsupported = selections.with_evidence(causes), selections.without_evidence(causes)
    assert supported and all(c["score"] > 0 for c in supported)
    assert len(supported) + len(unsupported) == len(causes)


def test_offered_treatments_leave_out_those_to_avoid():
    treatments = RESULT["treatments"]
    avoid = selections.with_role(treatments, selections.AVOID)
    assert avoid and not {t["id"] for t in avoid} & {t["id"] for t in selections.offered(treatments)}
    assert {t["role"] for t in selections.offered(treatments)} <= {"recommended", "consider"}
