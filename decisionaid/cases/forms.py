"""Forms of the walkthrough: filtering the case list and committing a differential.

The findings a learner enters at a stage use the questionnaire's own form builder
(``decisionaid.assessments.forms.questions_form``); nothing here repeats a question.
"""

from typing import cast

from django import forms

from . import vocabulary
from .commitment import commitment_errors
from .models import Case, Tag

ANY = ""


class CaseFilterForm(forms.Form):
    tag = forms.ChoiceField(required=False, label="Tag")
    difficulty = forms.ChoiceField(
        required=False, label="Difficulty", choices=[(ANY, "Any difficulty"), *Case.Difficulty.choices]
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only tags in use: a tag left over from an earlier library must not be offered.
        in_use = Tag.objects.filter(cases__in=Case.objects.playable()).distinct()
        cast(forms.ChoiceField, self.fields["tag"]).choices = [(ANY, "Any tag"), *in_use.values_list("slug", "name")]

    def filter(self, queryset):
        """The cases matching the chosen tag and difficulty (all of them if the form is invalid)."""
        if not self.is_valid():
            return queryset
        if self.cleaned_data["tag"]:
            queryset = queryset.filter(tags__slug=self.cleaned_data["tag"])
        if self.cleaned_data["difficulty"]:
            queryset = queryset.filter(difficulty=self.cleaned_data["difficulty"])
        return queryset


class CommitmentForm(forms.Form):
    """The learner's differential: three causes in order, the origin, and management."""

    RANKS = (
        ("cause_1", "Most likely cause"),
        ("cause_2", "Second most likely cause"),
        ("cause_3", "Third most likely cause"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        causes = [(ANY, "Choose a cause"), *vocabulary.choices("causes")]
        for name, label in self.RANKS:
            self.fields[name] = forms.ChoiceField(label=label, choices=causes)
        self.fields["origin"] = forms.ChoiceField(
            label="Site of origin", choices=vocabulary.choices("origins"), widget=forms.RadioSelect
        )
        treatments = vocabulary.choices("treatments")
        self.fields["offered"] = forms.MultipleChoiceField(
            label="Treatments you would offer", choices=treatments, required=False, widget=forms.CheckboxSelectMultiple
        )
        self.fields["avoided"] = forms.MultipleChoiceField(
            label="Treatments you would avoid in this case",
            choices=treatments,
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )

    def rank_fields(self):
        return [self[name] for name, _ in self.RANKS]

    def choice_fields(self):
        return [self["origin"], self["offered"], self["avoided"]]

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        errors = commitment_errors(**self.commitment())
        for field, message in errors.items():
            self.add_error(None if field == "top_causes" else field, message)
        return cleaned

    def commitment(self) -> dict:
        """The cleaned answers in the shape ``services.attempt_commit`` takes."""
        data = self.cleaned_data
        return {
            "top_causes": [data.get(name) for name, _ in self.RANKS],
            "origin": data.get("origin"),
            "offered": list(data.get("offered") or []),
            "avoided": list(data.get("avoided") or []),
        }
