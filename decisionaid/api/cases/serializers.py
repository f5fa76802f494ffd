"""Request and response bodies of the case endpoints under /api/v1/cases.

Requests are validated here with the same vocabulary and the same commitment check
(``decisionaid.cases.commitment``) as the web form. Responses are built by ``services``
and passed on; the response serializers describe them for the OpenAPI schema.
"""

from __future__ import annotations

from drf_spectacular.extensions import OpenApiSerializerExtension
from rest_framework import serializers
from rest_framework.exceptions import NotFound

from decisionaid.cases import vocabulary
from decisionaid.cases.commitment import TOP_CAUSES, commitment_errors
from decisionaid.cases.models import Case, Stage, Tag

from ..answers import AnswersField
from ..fields import EnumField
from ..results import TraceStepSerializer
from ..serializers import SourceSerializer

# One enum in the schema for both treatment lists (ENUM_NAME_OVERRIDES in settings).
TREATMENT_IDS = vocabulary.ids("treatments")


# --- requests --------------------------------------------------------------------------


class StageQuerySerializer(serializers.Serializer):
    """``?stage=N``: how many stages to reveal, from 1 to all but the last (the stage count is
    in the context). The last stage is revealed only with an attempt's feedback, after the
    learner has committed, as on the web walkthrough."""

    stage = serializers.IntegerField(
        required=False, min_value=1, help_text="Reveal stages 1 to N, from 1 to the case's stage count minus 1."
    )

    def validate(self, data):
        """A stage past the revealable ones is a 404, like any resource that is not there:
        the schema can bound the number from below, not by each case's length."""
        revealable = self.context["stage_count"] - 1
        stage = data.get("stage", min(1, revealable))
        if stage > revealable:
            raise NotFound(
                f"No stage {stage} to reveal: stages run from 1 to {revealable}; the last stage "
                "comes with the feedback to an attempt."
            )
        return {"stage": stage}


class StageFindingsSerializer(serializers.Serializer):
    stage = serializers.IntegerField(min_value=1, help_text="The stage's number, from 1.")
    answers = AnswersField(help_text="The findings the learner picked up at this stage.")


def _distinct(treatments: list[str]) -> list[str]:
    """A list of treatment ids, each named once (the schema says ``uniqueItems``)."""
    repeated = sorted({t for t in treatments if treatments.count(t) > 1})
    if repeated:
        raise serializers.ValidationError(f"Name each treatment once; repeated: {', '.join(repeated)}.")
    return treatments


class AttemptRequestSchema(OpenApiSerializerExtension):
    """States in the schema that each list names an id once. (That no treatment is both
    offered and avoided needs ``contains``, which OpenAPI 3.0 lacks, or ``not`` clauses the
    contract fuzzer cannot generate from; the operation's description says it.)"""

    target_class = "decisionaid.api.cases.serializers.AttemptRequestSerializer"

    def map_serializer(self, auto_schema, direction):
        schema = auto_schema._map_serializer(self.target, direction, bypass_extensions=True)
        for name in ("top_causes", "offered", "avoided"):
            schema["properties"][name]["uniqueItems"] = True
        return schema


class AttemptRequestSerializer(serializers.Serializer):
    """A committed differential, with the findings entered at each stage (optional)."""

    top_causes = serializers.ListField(
        child=EnumField(choices=vocabulary.ids("causes")),
        min_length=TOP_CAUSES,
        max_length=TOP_CAUSES,
        help_text="Three different cause ids, most likely first.",
    )
    origin = EnumField(choices=vocabulary.ids("origins"), help_text="The site of origin.")
    offered = serializers.ListField(
        child=EnumField(choices=TREATMENT_IDS),
        required=False,
        default=list,
        help_text="Treatment ids the learner would offer.",
    )
    avoided = serializers.ListField(
        child=EnumField(choices=TREATMENT_IDS),
        required=False,
        default=list,
        help_text="Treatment ids the learner would avoid in this case.",
    )
    findings = StageFindingsSerializer(
        many=True,
        required=False,
        default=list,
        help_text="Per stage, the findings the learner picked up; missing stages count as none.",
    )

    def validate_offered(self, value):
        return _distinct(value)

    def validate_avoided(self, value):
        return _distinct(value)

    def validate_findings(self, value):
        """Stage numbers must exist in the case (its stage count comes in the context); one
        past its end names a stage that is not there, a 404 as for ``?stage=``."""
        stage_count = self.context["stage_count"]
        numbers = [item["stage"] for item in value]
        bad = [n for n in numbers if n > stage_count]
        if bad:
            raise NotFound(f"No stage {bad[0]} in this case: stages run from 1 to {stage_count}.")
        if len(set(numbers)) != len(numbers):
            raise serializers.ValidationError("Give each stage's findings once.")
        return value

    def validate(self, data):
        errors = commitment_errors(
            top_causes=data["top_causes"], origin=data["origin"], offered=data["offered"], avoided=data["avoided"]
        )
        if errors:
            raise serializers.ValidationError(errors)
        return data


# --- responses (described for the schema; the data comes from services) ----------------


class CaseSummarySerializer(serializers.ModelSerializer):
    tags: serializers.SlugRelatedField[Tag] = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    learning_objectives = serializers.ListField(source="objectives_list", child=serializers.CharField())
    stage_count = serializers.IntegerField(source="stages.count")

    class Meta:
        model = Case
        fields = ["slug", "title", "summary", "difficulty", "tags", "learning_objectives", "stage_count"]
        read_only_fields = fields


class CaseListSerializer(serializers.Serializer):
    cases = CaseSummarySerializer(many=True)


class StageSerializer(serializers.ModelSerializer):
    findings = AnswersField(
        source="answers",
        help_text="What this stage discloses, as questionnaire answers: a teaching tool may show them as a hint.",
    )

    class Meta:
        model = Stage
        fields = ["order", "kind", "narrative", "findings"]
        read_only_fields = fields


class CaseDetailSerializer(CaseSummarySerializer):
    """A case with its first N stages revealed; never its key."""

    revealed = serializers.IntegerField(help_text="How many stages are revealed.")
    stages = StageSerializer(many=True)

    class Meta(CaseSummarySerializer.Meta):
        fields = [*CaseSummarySerializer.Meta.fields, "revealed", "stages"]
        read_only_fields = fields


class LabelledSerializer(serializers.Serializer):
    id = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]


class RankedSerializer(LabelledSerializer):
    score = serializers.FloatField()
    strength = serializers.CharField()


class RoleSerializer(LabelledSerializer):
    role = serializers.CharField()


class CaseRedFlagSerializer(LabelledSerializer):
    action = serializers.CharField()


class RubricPartSerializer(serializers.Serializer):
    id = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]
    points = serializers.IntegerField()
    max = serializers.IntegerField()
    rule = serializers.CharField(help_text="How this part is scored.")


class ScoreSerializer(serializers.Serializer):
    total = serializers.IntegerField()
    max = serializers.IntegerField()
    parts = RubricPartSerializer(many=True)
    unsafe_offers = serializers.ListField(
        child=serializers.CharField(), help_text="Drugs offered that the case must avoid."
    )
    unwarranted_offers = serializers.ListField(
        child=serializers.CharField(),
        help_text="Treatments offered that neither the case key nor the engine suggests: each costs a share "
        "of the management points.",
    )


class LearnerSerializer(serializers.Serializer):
    top_causes = LabelledSerializer(many=True)
    origin = LabelledSerializer()
    offered = LabelledSerializer(many=True)
    avoided = LabelledSerializer(many=True)
    unwarranted = LabelledSerializer(many=True, help_text="Offered treatments that cost management points.")


class EngineSerializer(serializers.Serializer):
    kb_version = serializers.CharField()
    causes = RankedSerializer(many=True)
    origins = RankedSerializer(many=True)
    treatments = RoleSerializer(many=True, help_text="What the engine offers (recommended or consider).")
    avoid = LabelledSerializer(many=True, help_text="What the engine says to avoid in this case.")
    red_flags = CaseRedFlagSerializer(many=True)


class KeySerializer(serializers.Serializer):
    cause = LabelledSerializer()
    origin = LabelledSerializer()
    condition = LabelledSerializer()
    key_treatments = LabelledSerializer(many=True)
    avoid_treatments = LabelledSerializer(many=True)


class MissedFindingSerializer(serializers.Serializer):
    question = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]
    expected = serializers.ListField(child=serializers.CharField())


class StageFeedbackSerializer(serializers.Serializer):
    order = serializers.IntegerField()
    kind = serializers.CharField()
    narrative = serializers.CharField()
    hint_used = serializers.BooleanField()
    missed = MissedFindingSerializer(many=True)


class FeedbackSerializer(serializers.Serializer):
    disclaimer = serializers.CharField()
    score = ScoreSerializer()
    learner = LearnerSerializer()
    engine = EngineSerializer()
    key = KeySerializer()
    stages = StageFeedbackSerializer(many=True)
    teaching_points = serializers.ListField(child=serializers.CharField())
    sources = SourceSerializer(many=True)
    trace = TraceStepSerializer(many=True)


class AttemptResponseSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    case = serializers.SlugField()
    feedback = FeedbackSerializer()
