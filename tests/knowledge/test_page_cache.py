"""The knowledge browser's rule lists are rendered once per knowledge-base version: a page
served again comes from the cache, and a new version (a new release of the rules) renders
anew, so a reader never sees the rules of a release that is gone."""

import rules
from decisionaid.knowledge import views

NEW_TITLE = "A concern no release has had"


def renamed_concerns(found):
    return [("pattern", NEW_TITLE, [])]


def test_the_rule_list_is_served_from_the_cache_until_the_knowledge_base_version_changes(client, monkeypatch):
    first = client.get("/knowledge/").content.decode()
    assert "Patterns: clues recognised in the answers" in first

    monkeypatch.setattr(views, "group_by_concern", renamed_concerns)
    assert NEW_TITLE not in client.get("/knowledge/").content.decode()  # same version: the cached list

    monkeypatch.setattr(rules, "KB_VERSION", f"{rules.KB_VERSION}-next")
    assert NEW_TITLE in client.get("/knowledge/").content.decode()  # a new version renders anew


def test_each_search_is_cached_apart(client):
    everything = client.get("/knowledge/").content.decode()
    found = client.get("/knowledge/?q=clonazepam").content.decode()
    assert found != everything
    assert "rules match" in found and "rules match" not in everything
