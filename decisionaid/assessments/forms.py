"""Django forms generated from the questionnaire, never written by hand.

Field names are the question ids and values the choice ids, so a form can be filled
with the same answers object the API takes. The wizard (one section per page) and the
case walkthroughs (the findings a stage discloses) both build their forms here.
"""

from __future__ import annotations

from collections.abc import Iterable

from django import forms

import rules
from rules.questionnaire import MANY, UNKNOWN, Question

UNKNOWN_LABEL = "Unknown / not assessed"


def _field(question: Question) -> forms.Field:
    """One field per question; 'unknown' is always offered and is the default."""
    invalid = {"invalid_choice": f"{question.id}: “%(value)s” is not allowed; expected {question.allowed_text()}."}
    choices = [(c.id, c.label) for c in question.choices]
    if question.kind == MANY:
        return forms.MultipleChoiceField(
            label=question.label,
            help_text=question.why,
            required=False,
            choices=choices,
            widget=forms.CheckboxSelectMultiple,
            error_messages={**invalid, "invalid_list": f"{question.id}: expected {question.allowed_text()}."},
        )
    return forms.ChoiceField(
        label=question.label,
        help_text=question.why,
        required=False,
        initial=UNKNOWN,
        choices=[*choices, (UNKNOWN, UNKNOWN_LABEL)],
        widget=forms.RadioSelect,
        error_messages=invalid,
    )


class AnswersForm(forms.Form):
    """A form over some questions of the questionnaire.

    Unanswered or 'unknown' questions come back as 'unknown' (or an empty list), so
    merging a page's answers into stored ones clears what the learner un-answered.
    """

    def __init__(self, *args, questions: Iterable[Question], **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = tuple(questions)
        for question in self.questions:
            self.fields[question.id] = _field(question)

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        answers = self.answers()
        try:
            rules.validate_answers(answers)
        except rules.InvalidAnswers as exc:
            for question_id, message in exc.errors.items():
                self.add_error(question_id if question_id in self.fields else None, message)
        return cleaned

    def answers(self) -> dict:
        """The cleaned answers for this form's questions, 'unknown' where none was given."""
        empty: dict[str, list[str]] = {MANY: []}
        return {q.id: self.cleaned_data.get(q.id) or empty.get(q.kind, UNKNOWN) for q in self.questions}


def section_form(section_id: str, data=None, *, initial: dict | None = None) -> AnswersForm:
    """The form for one questionnaire section (a wizard page)."""
    section = next(s for s in rules.SECTIONS if s.id == section_id)
    return AnswersForm(data, questions=section.questions, initial=initial or {})


def questions_form(
    question_ids: Iterable[str], data=None, *, initial: dict | None = None, prefix: str | None = None
) -> AnswersForm:
    """A form over chosen questions in questionnaire order (e.g. what a case stage discloses)."""
    wanted = set(question_ids)
    questions = [q for q in rules.QUESTIONS.values() if q.id in wanted]
    return AnswersForm(data, questions=questions, initial=initial or {}, prefix=prefix)


class StartForm(forms.Form):
    """The wizard's first page: nothing is asked until educational use is acknowledged."""

    acknowledge = forms.BooleanField(
        label="I understand this is a teaching aid for educational use only, not for the care of real patients, "
        "and I will not enter anything that identifies a patient.",
        error_messages={"required": "Please confirm educational use before starting: tick the acknowledgement box."},
    )
