"""Mixed answer sets for checks that need volume rather than particular cases: the
reference vignettes interleaved with random partial answers, reproducible by seed.
Shared by the thread-safety tests and bench/engine.py so both exercise the same mix."""

import random

import rules
from rules.questionnaire import MANY

from .vignettes import VIGNETTES


def random_answers(rng: random.Random) -> dict:
    """About half the questions answered with a valid choice ('none' never combined)."""
    answers = {}
    for question in rules.QUESTIONS.values():
        if rng.random() < 0.5:
            continue
        if question.kind == MANY:
            answers[question.id] = rng.sample([c for c in question.choice_ids if c != "none"], k=rng.randint(1, 2))
        else:
            answers[question.id] = rng.choice(question.choice_ids)
    return answers


def mixed_answer_sets(count: int, *, seed: int) -> list[dict]:
    """Vignettes and random answers alternately, so realistic and odd cases both count."""
    rng = random.Random(seed)
    return [VIGNETTES[n % len(VIGNETTES)].answers if n % 2 else random_answers(rng) for n in range(count)]
