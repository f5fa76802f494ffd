"""The walkthrough pages. Each view translates HTTP to a call of ``services``.

An attempt belongs to the signed-in learner, or to the anonymous browser session that
started it; anyone else gets a 404 (its existence is not disclosed).
"""

from typing import Any

from django.contrib.auth.mixins import UserPassesTestMixin
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views import View
from django.views.generic import DetailView, FormView, ListView, TemplateView
from django.views.generic.base import ContextMixin

import rules
from decisionaid.assessments.forms import questions_form
from decisionaid.pages.throttling import ThrottledPostMixin

from . import rubric, selectors, services, stats
from .differential import differential_movement
from .feedback import attempt_feedback, missed_at_stage
from .forms import CaseFilterForm, CommitmentForm
from .models import Attempt, Case, StageEntry
from .signals import remember_anonymous_attempt

ALL_QUESTIONS = "all"


def _session_key(request) -> str:
    """The browser session's key, creating the session if it has none yet."""
    if not request.session.session_key:
        request.session.save()
    return request.session.session_key


def learner_attempts(request):
    """The attempts of this learner: by user when signed in, else by browser session."""
    if request.user.is_authenticated:
        return Attempt.objects.filter(user=request.user)
    key = request.session.session_key
    return Attempt.objects.filter(Q(session_key=key) & Q(user=None)) if key else Attempt.objects.none()


def next_step_url(attempt: Attempt, *, stage_count: int | None = None) -> str:
    """Where an attempt continues: the open stage, the commitment, or the feedback.
    ``stage_count``, where the caller has it (annotated on a list), spares a query."""
    if attempt.is_complete:
        return reverse("cases:feedback", kwargs={"pk": attempt.pk})
    last = selectors.last_stage_order(attempt.case) if stage_count is None else stage_count
    if attempt.current_stage == last and not attempt.is_committed:
        return reverse("cases:commit", kwargs={"pk": attempt.pk})
    return reverse("cases:stage", kwargs={"pk": attempt.pk, "order": attempt.current_stage})


class CaseListView(ListView):
    template_name = "cases/case_list.html"
    context_object_name = "cases"

    def get_queryset(self):
        self.filter_form = CaseFilterForm(self.request.GET or None)
        return self.filter_form.filter(Case.objects.playable().prefetch_related("tags"))

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs, filter_form=self.filter_form)


class CaseDetailView(ThrottledPostMixin, DetailView):
    """The case's introduction; POST starts an attempt."""

    queryset = Case.objects.playable()
    template_name = "cases/case_detail.html"

    def get_context_data(self, **kwargs):
        attempts = learner_attempts(self.request).filter(case=self.object)
        return super().get_context_data(
            **kwargs,
            my_attempts=attempts,
            stage_count=self.object.stages.count(),
            rubric=rubric.RUBRIC,
            max_points=rubric.MAX_POINTS,
        )

    def post(self, request, slug):
        case = get_object_or_404(self.queryset, slug=slug)
        attempt = services.attempt_start(case=case, user=request.user, session_key=_session_key(request))
        if attempt.user is None:
            remember_anonymous_attempt(request.session, attempt)
        return redirect(next_step_url(attempt))


class AttemptMixin(ContextMixin):
    """Looks up the learner's own attempt from the URL."""

    request: HttpRequest
    kwargs: dict[str, Any]

    def get_attempt(self) -> Attempt:
        if not hasattr(self, "_attempt"):
            attempts = learner_attempts(self.request).select_related("case")
            self._attempt = get_object_or_404(attempts, pk=self.kwargs["pk"])
        return self._attempt

    def get_context_data(self, **kwargs):
        attempt = self.get_attempt()
        return super().get_context_data(
            **kwargs, attempt=attempt, case=attempt.case, stage_count=selectors.last_stage_order(attempt.case)
        )


class AttemptResumeView(AttemptMixin, View):
    def get(self, request, pk):
        return redirect(next_step_url(self.get_attempt()))


class StageView(ThrottledPostMixin, AttemptMixin, TemplateView):
    """The open stage: the story so far, and the findings form."""

    template_name = "cases/stage.html"

    def dispatch(self, request, *args, **kwargs):
        attempt = self.get_attempt()
        self.stage = get_object_or_404(attempt.case.stages, order=kwargs["order"])
        if self.stage.order != attempt.current_stage or attempt.is_complete:
            return redirect(next_step_url(attempt))
        if self.stage.order == selectors.last_stage_order(attempt.case) and not attempt.is_committed:
            return redirect(next_step_url(attempt))
        return super().dispatch(request, *args, **kwargs)

    def question_ids(self):
        if self.request.GET.get("questions") == ALL_QUESTIONS:
            return list(rules.QUESTIONS)
        return list(self.stage.answers)

    def findings_form(self, data=None):
        hinted = self.stage.order in self.get_attempt().hinted_stages
        return questions_form(self.question_ids(), data, initial=self.stage.answers if hinted else None)

    def get_context_data(self, **kwargs):
        attempt = self.get_attempt()
        return super().get_context_data(
            stage=self.stage,
            revealed=attempt.case.stages.filter(order__lte=self.stage.order).order_by("order"),
            form=kwargs.pop("form", None) or self.findings_form(),
            hinted=self.stage.order in attempt.hinted_stages,
            all_questions=self.request.GET.get("questions") == ALL_QUESTIONS,
            **kwargs,
        )

    def post(self, request, pk, order):
        form = self.findings_form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        attempt = self.get_attempt()
        services.attempt_record_stage(attempt=attempt, stage=self.stage, findings=form.answers())
        if attempt.is_complete:
            return redirect(next_step_url(attempt))
        return redirect("cases:stage-result", pk=attempt.pk, order=self.stage.order)


class StageHintView(ThrottledPostMixin, AttemptMixin, View):
    """The learner asks for the stage's findings: recorded, then shown prefilled."""

    def post(self, request, pk, order):
        attempt = self.get_attempt()
        stage = get_object_or_404(attempt.case.stages, order=order)
        if stage.order == attempt.current_stage and not attempt.is_complete:
            services.attempt_record_hint(attempt=attempt, stage=stage)
        return redirect(next_step_url(attempt))


class StageResultView(AttemptMixin, TemplateView):
    """The engine's differential on what the case has disclosed so far, and how it moved."""

    template_name = "cases/stage_result.html"

    def get_context_data(self, **kwargs):
        attempt = self.get_attempt()
        entry, movement = stage_movement(attempt, self.kwargs["order"])
        if entry is None:
            raise Http404("This stage has not been submitted yet.")
        return super().get_context_data(
            **kwargs,
            entry=entry,
            stage=entry.stage,
            movement=movement,
            missed=missed_at_stage(entry.stage, entry.findings),
            next_url=next_step_url(attempt),
        )


def stage_movement(attempt: Attempt, order: int) -> tuple[StageEntry | None, dict | None]:
    """A submitted stage's entry and how the engine's differential moved from the stage before
    (None, None when the stage has not been submitted)."""
    entries = {e.stage.order: e for e in attempt.entries.select_related("stage")}
    entry = entries.get(order)
    if entry is None:
        return None, None
    previous = entries.get(order - 1)
    return entry, differential_movement(previous.differential if previous else None, entry.differential)


class CommitView(ThrottledPostMixin, AttemptMixin, FormView):
    """Before the last stage: the learner commits to a differential."""

    template_name = "cases/commit.html"
    form_class = CommitmentForm

    def dispatch(self, request, *args, **kwargs):
        attempt = self.get_attempt()
        if attempt.is_committed or attempt.current_stage != selectors.last_stage_order(attempt.case):
            return redirect(next_step_url(attempt))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        attempt = self.get_attempt()
        return super().get_context_data(
            **kwargs,
            revealed=attempt.case.stages.filter(order__lt=attempt.current_stage).order_by("order"),
            rubric=rubric.RUBRIC,
            max_points=rubric.MAX_POINTS,
        )

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def form_valid(self, form):
        attempt = self.get_attempt()
        try:
            services.attempt_commit(attempt=attempt, **form.commitment())
        except ValidationError as exc:
            form.add_error(None, exc)
            return self.form_invalid(form)
        return redirect(next_step_url(attempt))


class FeedbackView(AttemptMixin, TemplateView):
    template_name = "cases/feedback.html"

    def dispatch(self, request, *args, **kwargs):
        attempt = self.get_attempt()
        if not attempt.is_complete:
            return redirect(next_step_url(attempt))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        attempt = self.get_attempt()
        last, movement = stage_movement(attempt, selectors.last_stage_order(attempt.case))
        return super().get_context_data(
            **kwargs, feedback=attempt_feedback(attempt), last_stage=last.stage if last else None, movement=movement
        )


class ProgressView(TemplateView):
    """The learner's attempts and their best score per case."""

    template_name = "cases/progress.html"

    def get_context_data(self, **kwargs):
        attempts = list(
            learner_attempts(self.request).select_related("case").annotate(stage_count=Count("case__stages"))
        )
        for attempt in attempts:
            attempt.next_url = next_step_url(attempt, stage_count=attempt.stage_count)
        return super().get_context_data(
            **kwargs,
            attempts=attempts,
            best=stats.best_per_case(attempts),
            case_total=Case.objects.playable().count(),
            max_points=rubric.MAX_POINTS,
        )


class CaseStatsView(UserPassesTestMixin, DetailView):
    """Staff only: where learners go wrong on this case."""

    model = Case
    template_name = "cases/stats.html"
    raise_exception = True

    def test_func(self):
        return self.request.user.is_staff

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs, stats=stats.case_stats(self.object), max_points=rubric.MAX_POINTS)
