"""The result contract (docs/result-contract.md), described for the OpenAPI schema.

These serializers document ``rules.assess(...).as_dict()``; the API never pushes a
result through them. Results are passed on verbatim, so ``POST evaluate``,
``POST assessments`` and ``rules.assess`` agree byte for byte, and a key the knowledge
base adds later reaches clients at once (the schema allows extra keys).
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from rules.vocabulary import ROLES, ROUTINE, URGENCIES

from .answers import AnswersField

URGENCY_HELP = "How soon: emergency (act now), urgent (within hours), soon (within days)."


class AnswerValuesField(serializers.DictField):
    """Question id -> the choice ids that made a rule fire."""

    child = serializers.ListField(child=serializers.CharField())


class ResultItemSerializer(serializers.Serializer):
    """What every suggestion carries: an id, a label, its sources and the disclaimer."""

    id = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]
    summary = serializers.CharField()
    sources = serializers.ListField(child=serializers.CharField(), help_text="Source ids, see /api/v1/sources.")
    disclaimer = serializers.CharField()


class EvidenceSerializer(serializers.Serializer):
    rule = serializers.CharField(help_text="Id of the rule that found this, see /api/v1/rules/{id}.")
    weight = serializers.FloatField()
    finding = serializers.CharField()
    answers = AnswerValuesField()


class RankedItemSerializer(ResultItemSerializer):
    score = serializers.FloatField()
    strength = serializers.CharField()
    evidence_for = EvidenceSerializer(many=True)
    against = EvidenceSerializer(many=True)

    def get_fields(self):
        # "for" is a Python keyword, so the field is declared under another name.
        fields = super().get_fields()
        fields["for"] = fields.pop("evidence_for")
        return fields


class ConditionSerializer(ResultItemSerializer):
    suggested_by = serializers.ListField(child=serializers.CharField())
    example = serializers.BooleanField(help_text="True when no finding pointed here: a classic example only.")


class CauseSerializer(RankedItemSerializer):
    conditions = ConditionSerializer(many=True)


class RankedConditionSerializer(RankedItemSerializer):
    group = serializers.CharField(help_text="The cause category the condition belongs to.")


class RuleNoteSerializer(serializers.Serializer):
    rule = serializers.CharField()
    text = serializers.CharField()


class WorkupStepSerializer(ResultItemSerializer):
    order = serializers.IntegerField()
    why = RuleNoteSerializer(many=True)
    urgency = serializers.ChoiceField(
        choices=[*URGENCIES, ROUTINE],
        help_text="The most urgent red flag that needs this step, or routine; the workup is ordered by it.",
    )
    red_flags = serializers.ListField(
        child=serializers.CharField(), help_text="Ids of the raised red flags that need this step."
    )


class TreatmentNoteSerializer(RuleNoteSerializer):
    role = serializers.ChoiceField(choices=ROLES)


class TreatmentSerializer(ResultItemSerializer):
    role = serializers.ChoiceField(choices=ROLES, help_text="'avoid' outranks every other role.")
    why = TreatmentNoteSerializer(many=True)
    cautions = serializers.ListField(child=serializers.CharField())


class RedFlagSerializer(ResultItemSerializer):
    action = serializers.CharField()
    rules = serializers.ListField(child=serializers.CharField())
    urgency = serializers.ChoiceField(choices=list(URGENCIES), help_text=URGENCY_HELP)
    workup = serializers.ListField(
        child=serializers.CharField(), help_text="Ids of the workup steps its action needs first."
    )


class TraceStepSerializer(serializers.Serializer):
    rule = serializers.CharField()
    concern = serializers.CharField()
    explanation = serializers.CharField()
    answers = AnswerValuesField()
    patterns = serializers.ListField(child=serializers.CharField())
    sources = serializers.ListField(child=serializers.CharField())


class ResultSerializer(serializers.Serializer):
    """The engine's conclusions: the same answers always give the same result."""

    kb_version = serializers.CharField()
    disclaimer = serializers.CharField()
    answers = AnswersField(help_text="The answers in canonical form: unknown ones dropped, lists ordered.")
    causes = CauseSerializer(many=True)
    origins = RankedItemSerializer(many=True)
    workup = WorkupStepSerializer(many=True)
    treatments = TreatmentSerializer(many=True)
    red_flags = RedFlagSerializer(many=True, help_text="Most urgent first.")
    trace = TraceStepSerializer(many=True)
    conditions = RankedConditionSerializer(
        many=True,
        help_text="The named conditions the findings speak to, "
        "ranked by their own evidence for and against (added in 2.0).",
    )


class NamedEntrySerializer(serializers.Serializer):
    id = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]


class LeadersSerializer(serializers.Serializer):
    """The leading site of origin, cause and named condition; null where nothing scores above 0."""

    origin = NamedEntrySerializer(allow_null=True)
    cause = NamedEntrySerializer(allow_null=True)
    condition = NamedEntrySerializer(allow_null=True)


class ForecastSerializer(serializers.Serializer):
    question = serializers.CharField(help_text="The test-result question the result is entered in.")
    choice = serializers.CharField(help_text="The choice of that question: one possible result.")
    label = serializers.CharField()  # type: ignore[assignment]
    leaders = LeadersSerializer(help_text="The leaders once this result is entered (the engine run on it).")
    changes = serializers.ListField(
        child=serializers.ChoiceField(choices=["origin", "cause", "condition"]),
        help_text="Which leaders this result would change.",
    )


class WorkupYieldStepSerializer(serializers.Serializer):
    step = serializers.CharField(help_text="A workup step of the result, in its order.")
    label = serializers.CharField()  # type: ignore[assignment]
    questions = serializers.ListField(
        child=serializers.CharField(),
        help_text="The questions that record this step's results (none for most bedside steps).",
    )
    results = ForecastSerializer(many=True, help_text="Each possible result not yet entered.")


class WorkupYieldSerializer(serializers.Serializer):
    """What each recommended test would tell: every possible result of every workup step run
    through the engine (``rules.workup_yield``). Educational use only."""

    kb_version = serializers.CharField()
    disclaimer = serializers.CharField()
    leaders = LeadersSerializer(help_text="The leaders with the answers as they are.")
    steps = WorkupYieldStepSerializer(many=True)


@extend_schema_field(ResultSerializer)
class ResultField(serializers.JSONField):
    """A stored result snapshot, passed on as the engine returned it."""
