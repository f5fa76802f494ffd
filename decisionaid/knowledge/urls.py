from django.urls import path

from . import views

app_name = "knowledge"
urlpatterns = [
    path("", views.KnowledgeIndexView.as_view(), name="index"),
    path("rules/<str:rule_id>/", views.RuleDetailView.as_view(), name="rule"),
    path("sources/", views.SourceListView.as_view(), name="sources"),
    path("contraindications/", views.ContraindicationListView.as_view(), name="contraindications"),
    path("<slug:kind>/", views.KindListView.as_view(), name="kind"),
    path("<slug:kind>/<str:entry_id>/", views.ConclusionDetailView.as_view(), name="conclusion"),
]
