"""The adaptive interview: what it suggests can change what it says it changes, what it leaves out
can change nothing, it stops exactly when its stop rule says, and asking only its questions reaches
the full answers' conclusions in nearly every reference vignette."""

import multiprocessing
import statistics
from concurrent.futures import ProcessPoolExecutor

from hypothesis import given, settings

import rules
from rules.forecast import alternatives, changed, open_questions
from rules.interview import STOPPING, WEIGHTS, next_questions
from rules.questionnaire import MANY

from .test_properties import valid_answers
from .vignettes import VIGNETTES

ALL = len(rules.QUESTIONS)


def _seen(outcome) -> dict:
    """What a learner reads first, by the interview's effect kinds."""
    return {
        "cause": outcome.cause,
        "origin": outcome.origin,
        "condition": outcome.condition,
        "flags": outcome.red_flags,
    }


def _changes(before: dict, after: dict) -> set[str]:
    kinds = {axis for axis in ("cause", "origin", "condition") if before[axis] != after[axis]}
    if after["flags"] - before["flags"]:
        kinds.add("red_flag_raised")
    if before["flags"] - after["flags"]:
        kinds.add("red_flag_cleared")
    return kinds


def _direct(answers: dict, question: str) -> dict:
    """Each answer of an unasked question and what assessing it changes, from assess() alone."""
    canonical = rules.validate_answers(answers)
    base = _seen(rules.assess(canonical).outcome())
    return {
        str(option.answer()): _changes(base, _seen(rules.assess(changed(canonical, (option,))).outcome()))
        for option in alternatives(canonical, question)
    }


@settings(max_examples=40, deadline=None)
@given(valid_answers)
def test_the_top_question_has_an_answer_that_changes_what_its_rationale_says(answers):
    interview = next_questions(answers, limit=1)
    if not interview["questions"]:
        return
    top = interview["questions"][0]
    direct = _direct(answers, top["question"])
    for answer in top["answers"]:
        claimed = {e["kind"] for e in answer["effects"]}
        assert claimed and claimed == direct[str(answer["choice"])]
        assert f"“{answer['label']}”" in top["rationale"]
    for screen in top["screens"]:
        other = screen["with"]
        pair = {top["question"]: screen["choice"], other["question"]: other["choice"]}
        flags = rules.assess({**rules.validate_answers(answers), **pair}).outcome().red_flags
        assert set(screen["red_flags"]) <= flags and f"“{screen['label']}”" in top["rationale"]
    assert top["answers"] or top["screens"]


@settings(max_examples=25, deadline=None)
@given(valid_answers)
def test_a_question_left_out_changes_nothing_with_any_one_answer_and_should_stop_follows_the_rule(answers):
    interview = next_questions(answers, limit=ALL)
    suggested = {q["question"]: q for q in interview["questions"]}
    holds_open = False
    for question in open_questions(answers):
        changes = set().union(*_direct(answers, question).values())
        if question not in suggested:
            assert not changes & set(WEIGHTS), question
        else:
            holds_open = holds_open or bool(suggested[question]["screens"])
        holds_open = holds_open or bool(changes & STOPPING)
    assert interview["should_stop"] == (not holds_open)


def test_red_flag_questions_come_first_most_urgent_first():
    interview = next_questions({}, limit=ALL)
    urgencies = [q["urgency"] for q in interview["questions"]]
    flagged = [u for u in urgencies if u]
    assert flagged and urgencies[: len(flagged)] == flagged
    assert flagged == sorted(flagged, key=("emergency", "urgent", "soon").index)


def test_a_red_flag_needing_two_findings_is_screened_by_both_questions():
    interview = next_questions({}, limit=ALL)
    screened = {q["question"]: q for q in interview["questions"] if q["screens"]}
    spasms = [s for q in screened.values() for s in q["screens"] if "infantile_spasms" in s["red_flags"]]
    assert {s["with"]["question"] for s in spasms} >= {"age_group"}
    assert not interview["should_stop"]


def test_an_asked_question_answered_unknown_is_not_asked_again():
    first = next_questions({}, limit=1)["questions"][0]["question"]
    again = next_questions({first: "unknown"}, limit=ALL)
    assert first not in {q["question"] for q in again["questions"]} and again["asked"] == 1


def _interview(vignette) -> dict:
    answers: dict = {}
    while True:
        step = next_questions(answers, limit=1)
        if step["should_stop"] or not step["questions"]:
            return answers
        question = step["questions"][0]["question"]
        answers[question] = vignette.answers.get(question, rules.UNKNOWN)


def _conclusions(answers: dict) -> tuple:
    outcome = rules.assess(answers).outcome()
    return outcome.cause, outcome.origin, outcome.red_flags


def _simulated(index: int) -> tuple[int, bool]:
    """How many questions the interview asks of a vignette, and whether the answers it asked for
    reach the conclusions of the vignette's full answers."""
    vignette = VIGNETTES[index]
    answers = _interview(vignette)
    known = {q: a for q, a in answers.items() if a != rules.UNKNOWN}
    return len(answers), _conclusions(known) == _conclusions(vignette.answers)


def test_answering_only_the_interviews_questions_reaches_the_full_conclusions_in_nine_vignettes_of_ten():
    # Over two processes (the machine's two cores; the domain core holds no shared state).
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork")) as pool:
        asked, reached = zip(*pool.map(_simulated, range(len(VIGNETTES))), strict=True)
    print(f"interview: {sum(reached)} of {len(VIGNETTES)} reached; median {statistics.median(asked)} questions asked")
    assert sum(reached) >= 0.9 * len(VIGNETTES)
    assert statistics.median(asked) < ALL


def test_a_multiple_choice_question_is_offered_one_finding_at_a_time():
    interview = next_questions({"age_group": "adult"}, limit=ALL)
    for question in interview["questions"]:
        if rules.QUESTIONS[question["question"]].kind == MANY:
            assert all(isinstance(a["choice"], list) and len(a["choice"]) == 1 for a in question["answers"])
