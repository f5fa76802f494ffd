"""Request and response bodies of /api/v1/.

Requests are validated here (answers by ``AnswersField``, which asks the
questionnaire itself). Responses from ``rules`` (the questionnaire, the catalogue, results)
are passed on as the domain core returns them; their serializers here only describe
them for the OpenAPI schema.
"""

from rest_framework import serializers

from decisionaid.assessments.models import Assessment
from rules.questionnaire import MANY, ONE, YES_NO
from rules.sources import SOURCE_KINDS

from .answers import AnswersField
from .results import ResultField


def validated(serializer_class, data, **options) -> dict:
    """``data`` validated by ``serializer_class``; a ValidationError (a 400) if it does not fit."""
    serializer = serializer_class(data=data, **options)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


class AnswersRequestSerializer(serializers.Serializer):
    """The findings to assess: evaluate, create or update an assessment."""

    answers = AnswersField()


class AssessmentSummarySerializer(serializers.ModelSerializer):
    answers = AnswersField(read_only=True)

    class Meta:
        model = Assessment
        fields = ["id", "status", "channel", "kb_version", "answers", "created_at", "updated_at"]
        read_only_fields = fields


class AssessmentSerializer(AssessmentSummarySerializer):
    """A stored assessment with the result snapshot taken when its answers last changed."""

    result = ResultField(read_only=True, allow_null=True)

    class Meta(AssessmentSummarySerializer.Meta):
        fields = [*AssessmentSummarySerializer.Meta.fields, "result"]
        read_only_fields = fields


class ChoiceSerializer(serializers.Serializer):
    id = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]


class QuestionSerializer(serializers.Serializer):
    id = serializers.CharField(help_text="The key of this question in an answers object.")
    section = serializers.CharField()
    type = serializers.ChoiceField(choices=[ONE, MANY, YES_NO])
    label = serializers.CharField()  # type: ignore[assignment]
    help = serializers.CharField(allow_blank=True)
    why = serializers.CharField(help_text="Why we ask: what the answer helps decide.")
    hpo = serializers.CharField(allow_null=True, help_text="Human Phenotype Ontology code, if any.")
    choices = ChoiceSerializer(many=True)
    accepts_unknown = serializers.BooleanField()


class SectionSerializer(serializers.Serializer):
    id = serializers.CharField()
    title = serializers.CharField()
    intro = serializers.CharField()
    questions = QuestionSerializer(many=True)


class QuestionnaireSerializer(serializers.Serializer):
    unknown = serializers.CharField(help_text="The value every question accepts for 'not known'.")
    sections = SectionSerializer(many=True)


class ConclusionSerializer(serializers.Serializer):
    kind = serializers.CharField(help_text="infer, cause, origin, condition, workup, treatment, caution or red_flag.")
    target = serializers.CharField()
    weight = serializers.FloatField(required=False)
    role = serializers.CharField(required=False)
    note = serializers.CharField(required=False)


class RulePatternSerializer(serializers.Serializer):
    condition = serializers.IntegerField(help_text="Index in the rule's conditions of the one naming this pattern.")
    id = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]
    negated = serializers.BooleanField(help_text="True when the rule needs the pattern NOT to be recognised.")


class RuleSerializer(serializers.Serializer):
    id = serializers.CharField()
    concern = serializers.CharField()
    explanation = serializers.CharField()
    conditions = serializers.ListField(child=serializers.CharField())
    questions = serializers.ListField(child=serializers.CharField())
    patterns = RulePatternSerializer(
        many=True, help_text="Patterns (built by other rules) that the conditions refer to."
    )
    conclusions = ConclusionSerializer(many=True)
    sources = serializers.ListField(child=serializers.CharField())
    salience = serializers.IntegerField()
    band = serializers.CharField(
        help_text="When the rule runs: clues, patterns, conclusions, safety or fallback (see the catalogue's bands)."
    )


class RuleListSerializer(serializers.Serializer):
    kb_version = serializers.CharField()
    rules = RuleSerializer(many=True)


class SourceSerializer(serializers.Serializer):
    id = serializers.CharField()
    citation = serializers.CharField()
    kind = serializers.ChoiceField(choices=list(SOURCE_KINDS))
    kind_label = serializers.CharField(help_text="The kind in words: fact sheet, drug label or regulator, reference.")


class SourceListSerializer(serializers.Serializer):
    kb_version = serializers.CharField()
    sources = SourceSerializer(many=True)
