"""/cases/ (the project's urls.py mounts this under that prefix)."""

from django.urls import path

from . import views

app_name = "cases"
urlpatterns = [
    path("", views.CaseListView.as_view(), name="list"),
    path("progress/", views.ProgressView.as_view(), name="progress"),
    path("attempts/<uuid:pk>/", views.AttemptResumeView.as_view(), name="attempt"),
    path("attempts/<uuid:pk>/stages/<int:order>/", views.StageView.as_view(), name="stage"),
    path("attempts/<uuid:pk>/stages/<int:order>/hint", views.StageHintView.as_view(), name="stage-hint"),
    path("attempts/<uuid:pk>/stages/<int:order>/result", views.StageResultView.as_view(), name="stage-result"),
    path("attempts/<uuid:pk>/commit", views.CommitView.as_view(), name="commit"),
    path("attempts/<uuid:pk>/feedback", views.FeedbackView.as_view(), name="feedback"),
    path("<slug:slug>/", views.CaseDetailView.as_view(), name="detail"),
    path("<slug:slug>/stats", views.CaseStatsView.as_view(), name="stats"),
]
