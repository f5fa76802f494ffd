"""The rule browser's search form: a GET form, so every search has a URL to share."""

from typing import cast

from django import forms

from .index import CONCERNS, KINDS, KnowledgeIndex


class RuleSearchForm(forms.Form):
    q = forms.CharField(
        label="Search rules by finding or conclusion",
        required=False,
        max_length=100,
        widget=forms.SearchInput,
        help_text="For example: asterixis, cardiac arrest, clonazepam, hiccups.",
    )
    concern = forms.ChoiceField(label="Concern", required=False)
    conclusion = forms.ChoiceField(label="Leads to", required=False)

    def __init__(self, *args, index: KnowledgeIndex, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["concern"]).choices = [("", "Any concern"), *CONCERNS]
        cast(forms.ChoiceField, self.fields["conclusion"]).choices = [("", "Any result")] + [
            (kind.title, [(e.key, e.label) for e in index.entries_of(kind)]) for kind in KINDS
        ]

    def filters(self) -> dict:
        """The valid filters only: a tampered value is reported, never applied."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {
            "text": self.cleaned_data.get("q", ""),
            "concern": self.cleaned_data.get("concern", ""),
            "conclusion": self.cleaned_data.get("conclusion", ""),
        }
