"""The case endpoints, mounted under /api/v1/ before the rest of the API."""

from django.urls import path

from . import api

app_name = "cases-api"
urlpatterns = [
    path("cases", api.CaseListApi.as_view(), name="list"),
    path("cases/<slug:slug>", api.CaseDetailApi.as_view(), name="detail"),
    path("cases/<slug:slug>/attempts", api.CaseAttemptApi.as_view(), name="attempts"),
]
