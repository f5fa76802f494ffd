"""The knowledge base browser: rules, the results they lead to, and their sources."""

from functools import cached_property
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect
from django.views.generic import TemplateView
from django.views.generic.base import ContextMixin

from .forms import RuleSearchForm
from .index import CONCERNS, KINDS, Entry, Kind, group_by_concern, kind_by_slug, knowledge_index


class KnowledgePageMixin(ContextMixin):
    """What every knowledge page's sub-navigation needs."""

    current_kind: Kind | None = None

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(**kwargs, kinds=KINDS, current_kind=self.current_kind)


class KnowledgeIndexView(KnowledgePageMixin, TemplateView):
    """Every rule, grouped by concern, filtered by the search form's terms."""

    template_name = "knowledge/index.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs, search=RuleSearch(self.request.GET))


class RuleSearch:
    """One request's search, worked out only when the page's cached fragment is missing:
    the form alone (its select lists every conclusion) cost most of the page's time."""

    def __init__(self, query: QueryDict):
        self.index = knowledge_index()
        self.query = query

    @cached_property
    def form(self) -> RuleSearchForm:
        return RuleSearchForm(self.query or None, index=self.index)

    @cached_property
    def filters(self) -> dict:
        return self.form.filters()

    @cached_property
    def filtered(self) -> bool:
        return any(self.filters.values())

    @cached_property
    def filter_summary(self) -> list[str]:
        return _describe_filters(self.filters, self.index)

    @cached_property
    def found(self) -> list:
        return self.index.search(**self.filters)

    @property
    def found_count(self) -> int:
        return len(self.found)

    @property
    def rule_count(self) -> int:
        return len(self.index.rules)

    @cached_property
    def groups(self) -> list:
        return group_by_concern(self.found)


def _describe_filters(filters: dict, index) -> list[str]:
    """The applied filters in words, for the announced result count."""
    words = []
    if filters.get("text"):
        words.append(f"“{filters['text']}”")
    if filters.get("concern"):
        words.append(f"concern {dict(CONCERNS)[filters['concern']]}")
    if filters.get("conclusion"):
        entry = index.entries[filters["conclusion"]]
        words.append(f"leading to the {entry.kind.singular} {entry.label}")
    return words


class RuleDetailView(KnowledgePageMixin, TemplateView):
    template_name = "knowledge/rule_detail.html"

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        """A rule an earlier release had sends the reader on to the rule that does its work now, so a
        stored result's trace keeps its links."""
        successor = knowledge_index().retired_rules.get(kwargs["rule_id"])
        if successor and knowledge_index().rule(kwargs["rule_id"]) is None:
            return redirect("knowledge:rule", rule_id=successor, permanent=True)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        rule = knowledge_index().rule(kwargs.pop("rule_id"))
        if rule is None:
            raise Http404("No rule with this id in the knowledge base.")
        return super().get_context_data(**kwargs, rule=rule, concern_title=dict(CONCERNS)[rule.concern])


class KindListView(KnowledgePageMixin, TemplateView):
    """Every result of one kind (every cause, every treatment...), each linking to its page."""

    template_name = "knowledge/kind_list.html"

    kind: Kind

    def get(self, request, *args, kind, **kwargs):
        found = kind_by_slug(kind)
        if found is None:
            raise Http404("No such kind of result.")
        self.kind = self.current_kind = found
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(**kwargs, entries=knowledge_index().entries_of(self.kind))


class ConclusionDetailView(KnowledgePageMixin, TemplateView):
    """One result and every rule that argues for it, against it, or builds on it."""

    template_name = "knowledge/conclusion_detail.html"

    entry: Entry

    def get(self, request, *args, kind, entry_id, **kwargs):
        found = knowledge_index().entry(kind, entry_id)
        if found is None:
            raise Http404("No such result in the knowledge base.")
        self.entry = found
        self.current_kind = found.kind
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        index = knowledge_index()
        rules_for, rules_against = index.leading_to(self.entry)
        return super().get_context_data(
            **kwargs,
            entry=self.entry,
            rules_for=rules_for,
            rules_against=rules_against,
            building_on=index.building_on(self.entry),
            named_conditions=index.named_conditions(self.entry) if self.entry.kind.id == "cause" else [],
            contraindications=index.contraindications_of(self.entry),
            cause=index.cause_of(self.entry),
        )


class ContraindicationListView(KnowledgePageMixin, TemplateView):
    """The contraindication table: every drug that must not be offered, where, why, and the source."""

    template_name = "knowledge/contraindications.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(**kwargs, contraindications=knowledge_index().contraindications)


class SourceListView(KnowledgePageMixin, TemplateView):
    template_name = "knowledge/sources.html"

    def get_context_data(self, **kwargs):
        index = knowledge_index()
        return super().get_context_data(
            **kwargs, sources=[(s, index.citing(s), index.results_citing(s)) for s in index.sources.values()]
        )
