"""Bodies of the interview and explain endpoints.

Requests are validated here; responses are what ``rules.interview`` and ``rules.explain`` return,
passed on unchanged, and their serializers only describe them for the OpenAPI schema.
"""

from drf_spectacular.extensions import OpenApiSerializerExtension
from rest_framework import serializers

import rules
from rules.explain import KINDS
from rules.forecast import EFFECT_KINDS, LEADER_REGISTRIES
from rules.vocabulary import URGENCIES

from .answers import AnswersField
from .fields import ClosedObject, EnumField, StrictBooleanField, WholeNumberField
from .results import EvidenceSerializer, ResultSerializer

ANSWER_VALUE = serializers.JSONField(help_text='A choice id, a list of them (multiple choice), or null ("unknown").')
# Each kind's ids, one enum each in the schema (ENUM_NAME_OVERRIDES keeps the names cases already gave them).
CAUSE_IDS, ORIGIN_IDS, CONDITION_IDS = (list(registry) for registry in LEADER_REGISTRIES.values())
KIND_WORDS = {"cause": "A cause.", "origin": "A site of origin.", "condition": "A named condition."}
HYPOTHESIS_IDS = sorted({i for registry in LEADER_REGISTRIES.values() for i in registry})


class InterviewRequestSerializer(ClosedObject, serializers.Serializer):
    """The answers so far; a question answered "unknown" was asked and is not asked again."""

    answers = AnswersField()
    limit = WholeNumberField(
        min_value=1, max_value=len(rules.QUESTIONS), default=5, help_text="How many next questions to return."
    )

    def validate(self, attrs):
        """The answers with every question asked and skipped kept as "unknown" (the canonical
        answers drop them)."""
        given = self.initial_data.get("answers") or {}
        skipped = {q: rules.UNKNOWN for q, v in given.items() if v in (rules.UNKNOWN, [rules.UNKNOWN])}
        return {**attrs, "answers": {**attrs["answers"], **skipped}}


class HypothesisSerializer(ClosedObject, serializers.Serializer):
    """A cause, a site of origin or a named condition, by its id."""

    kind = EnumField(choices=KINDS, help_text="What the id names: a cause, a site of origin or a condition.")
    id = EnumField(choices=HYPOTHESIS_IDS, help_text="The id, from the result or /api/v1/rules.")

    def validate(self, attrs):
        registry = LEADER_REGISTRIES[attrs["kind"]]
        if attrs["id"] not in registry:
            raise serializers.ValidationError(
                {"id": f"'{attrs['id']}' is not a {attrs['kind']}; expected one of: {', '.join(registry)}"}
            )
        return attrs


class HypothesisSchema(OpenApiSerializerExtension):
    """Says which ids each kind takes, as the validation does: one form per kind, each closed
    (ahead of ClosedObjectSchema, which would allow any id with any kind)."""

    target_class = HypothesisSerializer
    priority = 1

    def map_serializer(self, auto_schema, direction):
        return {
            "oneOf": [
                {
                    "type": "object",
                    "properties": {
                        # A pattern, not a one-value enum: drf-spectacular would fold the three into one.
                        "kind": {"type": "string", "pattern": f"^{kind}$", "description": KIND_WORDS[kind]},
                        "id": {"type": "string", "enum": list(registry)},
                    },
                    "required": ["kind", "id"],
                    "additionalProperties": False,
                }
                for kind, registry in LEADER_REGISTRIES.items()
            ]
        }


class ExplainRequestSerializer(ClosedObject, serializers.Serializer):
    answers = AnswersField()
    why_not = HypothesisSerializer(
        required=False, help_text="A hypothesis to explain: the rules that would support it and what each lacks."
    )
    what_would_change = StrictBooleanField(
        default=True, help_text="Search the smallest changes of the answers that change the conclusions."
    )


class EffectSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=EFFECT_KINDS)
    text = serializers.CharField(help_text="The effect in words (it follows 'would').")
    id = serializers.CharField(required=False, help_text="The red flag or drug (red flag and drug effects).")
    label = serializers.CharField(required=False, allow_null=True)  # type: ignore[assignment]
    urgency = serializers.ChoiceField(choices=URGENCIES, required=False)
    to = serializers.CharField(required=False, allow_null=True, help_text="The new leader (leader effects).")

    def get_fields(self):
        fields = super().get_fields()
        fields["from"] = serializers.CharField(required=False, allow_null=True, help_text="The leader before.")
        return fields


class AnswerEffectSerializer(serializers.Serializer):
    choice = ANSWER_VALUE
    label = serializers.CharField()  # type: ignore[assignment]
    effects = EffectSerializer(many=True)
    rules = serializers.ListField(child=serializers.CharField(), help_text="The rules this answer would make fire.")


class ScreenSerializer(serializers.Serializer):
    rule = serializers.CharField(help_text="The red-flag rule that lacks this answer and one other.")
    red_flags = serializers.ListField(child=serializers.CharField())
    urgency = serializers.ChoiceField(choices=URGENCIES)
    choice = ANSWER_VALUE
    label = serializers.CharField()  # type: ignore[assignment]
    text = serializers.CharField()
    # "with": the other answer the rule lacks (question, label, choice, choice_label).

    def get_fields(self):
        fields = super().get_fields()
        fields["with"] = serializers.DictField(help_text="The other answer the rule lacks.")
        return fields


class NextQuestionSerializer(serializers.Serializer):
    question = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]
    why = serializers.CharField(help_text="Why we ask, from the questionnaire.")
    section = serializers.CharField()
    kind = serializers.CharField()
    choices = serializers.ListField(child=serializers.DictField())
    expected_change = serializers.FloatField(help_text="The mean change its answers would make (see stop_rule).")
    screens_red_flag = serializers.BooleanField()
    urgency = serializers.ChoiceField(choices=URGENCIES, allow_null=True)
    rationale = serializers.CharField(help_text="Why this question: what its answers would change, by rule.")
    answers = AnswerEffectSerializer(many=True, help_text="Each answer that would change something.")
    screens = ScreenSerializer(many=True, help_text="Red flags it screens with one other unasked question.")


class InterviewSerializer(serializers.Serializer):
    """The next best questions, whether to stop, and the result so far. Educational use only."""

    kb_version = serializers.CharField()
    disclaimer = serializers.CharField()
    stop_rule = serializers.CharField()
    should_stop = serializers.BooleanField()
    asked = serializers.IntegerField()
    unasked = serializers.IntegerField()
    questions = NextQuestionSerializer(many=True, help_text="Best first.")
    result = ResultSerializer(help_text="The result for the answers so far.")


class ChangeSerializer(serializers.Serializer):
    question = serializers.CharField()
    question_label = serializers.CharField()
    from_label = serializers.CharField()
    to = ANSWER_VALUE
    to_label = serializers.CharField()

    def get_fields(self):
        fields = super().get_fields()
        fields["from"] = serializers.JSONField(help_text="The answer now (null: unknown).")
        return fields


class RuleStandingSerializer(serializers.Serializer):
    rule = serializers.CharField()
    explanation = serializers.CharField()
    fired = serializers.BooleanField()
    conditions = serializers.ListField(child=serializers.DictField(), help_text="Each condition and whether it holds.")
    near_miss = serializers.DictField(allow_null=True, help_text="The changes that make it fire, and their effects.")
    sources = serializers.ListField(child=serializers.CharField())


class NearMissSerializer(serializers.Serializer):
    rule = serializers.CharField()
    changes = ChangeSerializer(many=True)
    effects = EffectSerializer(many=True)


class WhyNotSerializer(serializers.Serializer):
    kb_version = serializers.CharField()
    disclaimer = serializers.CharField()
    hypothesis = serializers.DictField()
    standing = serializers.DictField(help_text="rank (null when unscored), score, strength, leading.")
    rules = RuleStandingSerializer(many=True, help_text="Every rule that would support the hypothesis.")
    near_misses = NearMissSerializer(many=True, help_text="Rules that have not fired, fewest changes first.")
    against = EvidenceSerializer(many=True)


class CounterfactualSerializer(serializers.Serializer):
    changes = ChangeSerializer(many=True)
    effects = EffectSerializer(many=True)
    rules = serializers.ListField(child=serializers.CharField(), help_text="The rules the changes make fire.")
    text = serializers.CharField()


class WhatWouldChangeSerializer(serializers.Serializer):
    kb_version = serializers.CharField()
    disclaimer = serializers.CharField()
    searched = serializers.DictField(child=serializers.IntegerField(), help_text="Single changes and pairs run.")
    counterfactuals = CounterfactualSerializer(many=True, help_text="Single changes first, then pairs.")


class ExplainSerializer(serializers.Serializer):
    """Why not a hypothesis, and what would change the answer. Educational use only."""

    kb_version = serializers.CharField()
    disclaimer = serializers.CharField()
    why_not = WhyNotSerializer(allow_null=True)
    what_would_change = WhatWouldChangeSerializer(allow_null=True)
