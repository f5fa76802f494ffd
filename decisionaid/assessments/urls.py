"""The web wizard: start, one page per questionnaire section (or the interview, one question at a
time), review, result."""

from django.urls import path

from . import views

app_name = "assessments"
urlpatterns = [
    path("", views.StartView.as_view(), name="start"),
    path("<uuid:pk>/", views.AssessmentView.as_view(), name="detail"),
    path("<uuid:pk>/step/<slug:section_id>/", views.SectionView.as_view(), name="section"),
    path("<uuid:pk>/preview/<slug:section_id>/", views.PreviewView.as_view(), name="preview"),
    path("<uuid:pk>/interview/", views.InterviewView.as_view(), name="interview"),
    path("<uuid:pk>/review/", views.ReviewView.as_view(), name="review"),
    path("<uuid:pk>/result.json", views.ResultJsonView.as_view(), name="result_json"),
    path("<uuid:pk>/tests/", views.WorkupYieldView.as_view(), name="workup_yield"),
    path("<uuid:pk>/explain/", views.ExplainView.as_view(), name="explain"),
    path("<uuid:pk>/share/", views.ShareView.as_view(), name="share"),
    path("shared/<uuid:share_id>/", views.SharedResultView.as_view(), name="shared"),
    path("shared/<uuid:share_id>/tests/", views.SharedWorkupYieldView.as_view(), name="shared_workup_yield"),
    path("shared/<uuid:share_id>/explain/", views.SharedExplainView.as_view(), name="shared_explain"),
]
