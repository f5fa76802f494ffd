"""A learner's best score per case, computed apart from the progress page."""

from django.utils import timezone

from decisionaid.cases.models import Attempt, Case
from decisionaid.cases.stats import best_per_case


def _attempt(case, score=None):
    return Attempt(case=case, score=score, completed_at=timezone.now() if score is not None else None)


def test_the_best_completed_attempt_of_each_case_in_title_order():
    zebra, apple = Case(pk=1, title="Zebra"), Case(pk=2, title="Apple")
    low, high, unfinished, only = _attempt(zebra, 40), _attempt(zebra, 90), _attempt(zebra), _attempt(apple, 10)
    assert best_per_case([low, unfinished, high, only]) == [only, high]


def test_no_completed_attempt_means_no_best():
    assert best_per_case([_attempt(Case(pk=1, title="A"))]) == []
