"""/api/v1/ (the project's urls.py mounts this under that prefix): every endpoint of it."""

from django.urls import path

from . import views
from .cases import views as case_views

app_name = "api"
urlpatterns = [
    path("questionnaire", views.QuestionnaireView.as_view(), name="questionnaire"),
    path("evaluate", views.EvaluateView.as_view(), name="evaluate"),
    path("interview", views.InterviewView.as_view(), name="interview"),
    path("explain", views.ExplainView.as_view(), name="explain"),
    path("fhir/Questionnaire/$next-question", views.NextQuestionView.as_view(), name="fhir-next-question"),
    path("assessments", views.AssessmentListView.as_view(), name="assessment-list"),
    path("assessments/<uuid:pk>", views.AssessmentDetailView.as_view(), name="assessment-detail"),
    path(
        "assessments/<uuid:pk>/workup-yield",
        views.AssessmentWorkupYieldView.as_view(),
        name="assessment-workup-yield",
    ),
    path("rules", views.RuleListView.as_view(), name="rule-list"),
    path("rules/<str:rule_id>", views.RuleDetailView.as_view(), name="rule-detail"),
    path("sources", views.SourceListView.as_view(), name="source-list"),
    path("cases", case_views.CaseListApi.as_view(), name="case-list"),
    path("cases/<slug:slug>", case_views.CaseDetailApi.as_view(), name="case-detail"),
    path("cases/<slug:slug>/attempts", case_views.CaseAttemptApi.as_view(), name="case-attempts"),
]
