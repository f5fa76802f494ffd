"""Top-level URL map; each app owns its own URLs."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("decisionaid.pages.urls")),
    path("admin/", admin.site.urls),
]
