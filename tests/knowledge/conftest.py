"""Helpers for reading the knowledge browser's pages as a learner would: by their links."""

import re

import pytest

import rules

CATALOGUE = rules.catalogue()
RULE_IDS = [r["id"] for r in CATALOGUE["rules"]]


def rules_listed(response) -> set[str]:
    """The ids of the rule cards on a browser page."""
    return set(re.findall(r'<article class="card rule-card" aria-labelledby="rule-([^"]+)"', response.content.decode()))


def knowledge_links(response) -> set[str]:
    """Every link from a page into the knowledge browser, without its fragment."""
    return {href.split("#")[0] for href in re.findall(r'href="(/knowledge/[^"]*)"', response.content.decode())}


def rule_ids_where(predicate) -> set[str]:
    return {r["id"] for r in CATALOGUE["rules"] if predicate(r)}


@pytest.fixture
def browse(client):
    """GET a page, insisting that it worked."""

    def get(path: str, **params):
        response = client.get(path, params)
        assert response.status_code == 200, path
        return response

    return get
