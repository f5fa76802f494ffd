"""/cds-services (mounted at the site root, where CDS clients expect it)."""

from django.urls import path, re_path

from . import views

app_name = "cds-hooks"
urlpatterns = [
    path("cds-services", views.DiscoveryView.as_view(), name="discovery"),
    # Any id, so an unknown one is the service view's JSON 404, not the site's HTML page.
    re_path(r"^cds-services/(?P<service_id>[\s\S]+)$", views.ServiceView.as_view(), name="service"),
]
