"""The web wizard: thin views over the service layer.

An anonymous assessment's UUID in the URL is its resume token: anyone holding it can
carry on or read the result, from any browser. A signed-in learner's (or an API token's)
assessment is theirs alone: to anyone else every page of it is a 404; they may share the
result through a revocable link. A completed assessment is final; its page is drawn from
the stored snapshot only, never by running the engine again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views import View
from django.views.generic import FormView

import rules
from decisionaid.pages.throttling import ThrottledPostMixin
from rules.errors import echo
from rules.forecast import LEADER_REGISTRIES

from . import services
from .forms import StartForm, questions_form, section_form
from .models import Assessment

SECTION_IDS = tuple(section.id for section in rules.SECTIONS)


def section_url(assessment: Assessment, index: int) -> str:
    """The wizard page for the section at this index; past the last section, the review."""
    if index >= len(SECTION_IDS):
        return reverse("assessments:review", args=[assessment.pk])
    return reverse("assessments:section", args=[assessment.pk, SECTION_IDS[max(index, 0)]])


def resume_url(assessment: Assessment) -> str:
    """Where an unfinished assessment carries on: the section after the last one answered.

    Only answers other than 'unknown' are stored, so a section answered with nothing
    but 'unknown' counts as not yet reached; the learner sees it again, answers kept.
    """
    answered = [
        index
        for index, section in enumerate(rules.SECTIONS)
        if any(question.id in assessment.answers for question in section.questions)
    ]
    return section_url(assessment, answered[-1] + 1 if answered else 0)


def progress_context(current: str) -> dict:
    """The progress indicator: every section, then the review, marking the current step."""
    steps: list[dict[str, Any]] = [{"id": section.id, "title": section.title} for section in rules.SECTIONS]
    steps.append({"id": "review", "title": "Review"})
    position = next(number for number, step in enumerate(steps, start=1) if step["id"] == current)
    for number, step in enumerate(steps, start=1):
        step.update({"number": number, "current": number == position, "done": number < position})
    return {"steps": steps, "step_number": position, "step_count": len(steps)}


class StartView(ThrottledPostMixin, FormView):
    """What the wizard does, the acknowledgement, and the button that creates a session."""

    template_name = "assessments/start.html"
    form_class = StartForm
    extra_context = {"section_count": len(SECTION_IDS)}

    def form_valid(self, form):
        if not self.request.session.session_key:
            self.request.session.create()
        assessment = services.assessment_start(
            owner=self.request.user,
            session_key=self.request.session.session_key or "",
        )
        if self.request.POST.get("mode") == "interview":
            return redirect("assessments:interview", pk=assessment.pk)
        return redirect(section_url(assessment, 0))

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


if TYPE_CHECKING:  # the view this mixin is mixed into, for the type checker only
    _ViewBase = View
else:
    _ViewBase = object


class AssessmentMixin(_ViewBase):
    """Loads the assessment named by the URL (404 if there is none, or if it is someone
    else's: its existence is not disclosed).

    Wizard pages set `wizard_page`: a completed assessment is final, so they lead to
    its result instead of changing it.
    """

    wizard_page = False

    def dispatch(self, request, *args, **kwargs):
        self.assessment = get_object_or_404(Assessment.objects.visible_to(request.user), pk=kwargs["pk"])
        if self.wizard_page and self.assessment.is_complete:
            return redirect("assessments:detail", pk=self.assessment.pk)
        return super().dispatch(request, *args, **kwargs)


class SectionMixin(AssessmentMixin):
    """Resolves the section named by the URL (404 for a name the questionnaire lacks)."""

    wizard_page = True

    def dispatch(self, request, *args, **kwargs):
        if kwargs["section_id"] not in SECTION_IDS:
            raise Http404("No such section")
        self.index = SECTION_IDS.index(kwargs["section_id"])
        self.section = rules.SECTIONS[self.index]
        return super().dispatch(request, *args, **kwargs)


class AssessmentView(AssessmentMixin, View):
    """`/assess/<uuid>/`: the result once complete, otherwise back into the wizard."""

    def get(self, request, pk):
        if not self.assessment.is_complete:
            return redirect(resume_url(self.assessment))
        return render_result(request, self.assessment)


def render_result(request, assessment: Assessment, *, shared: bool = False):
    is_owner = not shared and assessment.owner_id is not None and assessment.owner_id == request.user.pk
    share_url = (
        request.build_absolute_uri(reverse("assessments:shared", args=[assessment.share_id]))
        if is_owner and assessment.share_id
        else ""
    )
    return render(
        request,
        "assessments/result.html",
        {
            "assessment": assessment,
            "result": assessment.result,
            "shared": shared,
            "is_owner": is_owner,
            "share_url": share_url,
            # Called by the template only when the cached body is drawn anew.
            "changes": partial(services.counterfactuals, assessment=assessment),
            "groups": hypothesis_groups,
        },
    )


class WorkedOutPage(View):
    """A page worked out from a completed assessment's answers under today's knowledge base (the
    stored result is not changed): a subclass names the function that renders it."""

    render_page: Callable[[HttpRequest, Assessment], HttpResponse]


class CompletedPage(AssessmentMixin, WorkedOutPage):
    """The page of one's own (or an anonymous) assessment; an unfinished one goes back into the wizard."""

    def get(self, request, pk):
        if not self.assessment.is_complete:
            return redirect(resume_url(self.assessment))
        return self.render_page(request, self.assessment)


class SharedCompletedPage(WorkedOutPage):
    """The same page for a result opened through its share link, while the link lasts."""

    def get(self, request, share_id):
        assessment = get_object_or_404(Assessment, share_id=share_id, status=Assessment.Status.COMPLETE)
        return self.render_page(request, assessment)


def render_workup_yield(request, assessment: Assessment):
    forecast = services.workup_yield(assessment=assessment)
    steps = forecast["steps"]
    return render(
        request,
        "assessments/workup_yield.html",
        {
            "assessment": assessment,
            "forecast": forecast,
            "steps": [step for step in steps if step["results"]],
            "unrecorded": [step for step in steps if not step["questions"]],
            "entered": [step for step in steps if step["questions"] and not step["results"]],
        },
    )


class WorkupYieldView(CompletedPage):
    """`/assess/<uuid>/tests/`: what each recommended test would tell, each of its possible results
    run through today's knowledge base."""

    render_page = staticmethod(render_workup_yield)


class SharedWorkupYieldView(SharedCompletedPage):
    render_page = staticmethod(render_workup_yield)


def hypothesis_groups() -> list[dict]:
    """The why-not picker's choices: every cause, site of origin and named condition, as kind:id."""
    titles = {"cause": "Causes", "origin": "Sites of origin", "condition": "Named conditions"}
    return [
        {"title": titles[kind], "choices": [(f"{kind}:{key}", entry.label) for key, entry in registry.items()]}
        for kind, registry in LEADER_REGISTRIES.items()
    ]


def render_explain(request, assessment: Assessment):
    """What would change the answer, and why not the hypothesis picked (``?why_not=kind:id``)."""
    picked = request.GET.get("why_not", "")
    kind, _, target = picked.partition(":")
    explained, error, status = None, "", 200
    if picked and target not in LEADER_REGISTRIES.get(kind, {}):
        error, status = f"why_not: '{echo(picked)}' is not a hypothesis; expected kind:id, such as cause:toxic.", 400
    elif picked:
        explained = services.why_not(assessment=assessment, kind=kind, target=target)
    return render(
        request,
        "assessments/explain.html",
        {
            "assessment": assessment,
            "changes": services.counterfactuals(assessment=assessment),
            "groups": hypothesis_groups(),
            "picked": picked,
            "explained": explained,
            "error": error,
        },
        status=status,
    )


class ExplainView(CompletedPage):
    """`/assess/<uuid>/explain/`: what would change this result, and why not another hypothesis."""

    render_page = staticmethod(render_explain)


class SharedExplainView(SharedCompletedPage):
    render_page = staticmethod(render_explain)


class ShareView(ThrottledPostMixin, View):
    """The owner turns the share link of a completed result on (POST) or off (POST ``revoke``)."""

    def post(self, request, pk):
        assessment = get_object_or_404(
            Assessment.objects.owned_by(request.user), pk=pk, status=Assessment.Status.COMPLETE
        )
        if request.POST.get("revoke"):
            services.assessment_unshare(assessment=assessment)
        else:
            services.assessment_share(assessment=assessment)
        return redirect(reverse("assessments:detail", args=[assessment.pk]) + "#share")


class SharedResultView(View):
    """A result opened through its owner's share link: read only, while the link lasts."""

    def get(self, request, share_id):
        assessment = get_object_or_404(Assessment, share_id=share_id, status=Assessment.Status.COMPLETE)
        return render_result(request, assessment, shared=True)


class SectionView(ThrottledPostMixin, SectionMixin, View):
    """One questionnaire section per page; each submit saves the section's answers."""

    template_name = "assessments/section.html"

    def get(self, request, pk, section_id):
        return self.render_section(section_form(self.section.id, initial=self.assessment.answers))

    def post(self, request, pk, section_id):
        form = section_form(self.section.id, request.POST)
        if not form.is_valid():
            return self.render_section(form, status=400)
        services.assessment_record_answers(assessment=self.assessment, answers=form.answers())
        step = -1 if request.POST.get("go") == "back" else 1
        return redirect(section_url(self.assessment, self.index + step))

    def render_section(self, form, status: int = 200):
        return render(
            self.request,
            self.template_name,
            {
                "assessment": self.assessment,
                "section": self.section,
                "form": form,
                "is_first": self.index == 0,
                "result": self.assessment.result,
                "next_questions": next_questions(self.assessment.answers),
                **progress_context(self.section.id),
            },
            status=status,
        )


def next_questions(answers: dict) -> list[dict]:
    """The three questions worth asking next, for the wizard's live panel: a question left
    "unknown" in the wizard may still be answered, so it counts as not asked."""
    return services.interview(answers=rules.validate_answers(answers), limit=3)["questions"]


class PreviewView(ThrottledPostMixin, SectionMixin, View):
    """The live differential for answers not yet saved (the wizard's script asks for it).

    Returns only the panel's HTML, evaluated on the stored answers merged with this
    page's; nothing is written.
    """

    def post(self, request, pk, section_id):
        form = section_form(self.section.id, request.POST)
        if not form.is_valid():
            return render(
                request,
                "assessments/differential.html",
                {"result": self.assessment.result, "preview_refused": True},
                status=400,
            )
        answers = {**self.assessment.answers, **form.answers()}
        context = {"result": services.evaluate(answers=answers), "next_questions": next_questions(answers)}
        return render(request, "assessments/differential.html", context)


def interview_url(assessment: Assessment, skipped: list[str]) -> str:
    """The interview page; the questions asked and left unknown travel in the address (only
    answers are stored), so the interview resumes from the address alone, as the wizard does."""
    url = reverse("assessments:interview", args=[assessment.pk])
    return f"{url}?{urlencode({'skipped': ','.join(skipped)})}" if skipped else url


def skipped_questions(value: str) -> list[str]:
    """The ``skipped`` parameter: question ids, comma-separated; InvalidAnswers names a bad one."""
    skipped = [q for q in value.split(",") if q][: len(rules.QUESTIONS)]
    bad = [q for q in skipped if q not in rules.QUESTIONS]
    if bad:
        raise rules.InvalidAnswers(
            {"skipped": f"'{echo(bad[0])}' is not a question id; expected ids such as age_group"}
        )
    return list(dict.fromkeys(skipped))


class InterviewView(ThrottledPostMixin, AssessmentMixin, View):
    """The interview: one question at a time, always the next best one (rules.interview), with why
    it is asked, the differential so far, and "stop here" once nothing left can change the
    leading cause, the site of origin or a red flag. Each answer is saved as the wizard saves."""

    wizard_page = True

    def get(self, request, pk):
        try:
            return self.render_question(skipped_questions(request.GET.get("skipped", "")))
        except rules.InvalidAnswers as error:
            return self.refused(error)

    def post(self, request, pk):
        try:
            skipped = skipped_questions(request.POST.get("skipped", ""))
            question = request.POST.get("question", "")
            if question not in rules.QUESTIONS:
                raise rules.InvalidAnswers({"question": f"'{echo(question)}' is not a question id"})
        except rules.InvalidAnswers as error:
            return self.refused(error)
        form = questions_form([question], request.POST)
        if not form.is_valid():
            return self.render_question(skipped, form=form, status=400)
        answers = form.answers()
        if answers[question] in (rules.UNKNOWN, []):
            skipped.append(question)
        else:
            services.assessment_record_answers(assessment=self.assessment, answers=answers)
        return redirect(interview_url(self.assessment, skipped))

    def refused(self, error: rules.InvalidAnswers):
        """A page address or form changed by hand: say what is wrong, save nothing."""
        return render(
            self.request, "assessments/interview.html", {"assessment": self.assessment, "error": error}, status=400
        )

    def render_question(self, skipped: list[str], *, form=None, status: int = 200):
        asked = {**dict.fromkeys(skipped, rules.UNKNOWN), **self.assessment.answers}
        interview = services.interview(answers=asked, limit=4)
        top = interview["questions"][0] if interview["questions"] else None
        if top and form is None:
            form = questions_form([top["question"]], initial=self.assessment.answers)
        return render(
            self.request,
            "assessments/interview.html",
            {
                "assessment": self.assessment,
                "interview": interview,
                "top": top,
                "others": interview["questions"][1:],
                "form": form,
                "skipped": ",".join(skipped),
                "result": interview["result"] if interview["asked"] else None,
                "question_number": interview["asked"] + 1,
            },
            status=status,
        )


class ReviewView(ThrottledPostMixin, AssessmentMixin, View):
    """Every answer on one page, each section editable; the button completes the assessment."""

    wizard_page = True

    def get(self, request, pk):
        return render(
            request,
            "assessments/review.html",
            {
                "assessment": self.assessment,
                "result": self.assessment.result,
                **progress_context("review"),
            },
        )

    def post(self, request, pk):
        services.assessment_record_answers(assessment=self.assessment, answers={}, complete=True)
        return redirect("assessments:detail", pk=self.assessment.pk)


class ResultJsonView(AssessmentMixin, View):
    """The stored snapshot as a file, exactly as the result page shows it."""

    def get(self, request, pk):
        if not self.assessment.is_complete:
            raise Http404("This assessment has no result yet")
        response = JsonResponse(self.assessment.result, json_dumps_params={"indent": 2, "ensure_ascii": False})
        response["Content-Disposition"] = f'attachment; filename="myoclonus-ddx-{self.assessment.pk}.json"'
        return response
