"""GET /api/v1/rules, /api/v1/rules/<id> and /api/v1/sources: the knowledge base catalogue."""

import rules


def test_rules_lists_every_rule_with_the_kb_version(anonymous):
    response = anonymous.get("/api/v1/rules")
    assert response.status_code == 200
    catalogue = rules.catalogue()
    assert response.json() == {"kb_version": rules.KB_VERSION, "rules": catalogue["rules"]}


def test_one_rule_by_its_id(anonymous):
    rule = rules.catalogue()["rules"][0]
    response = anonymous.get(f"/api/v1/rules/{rule['id']}")
    assert response.status_code == 200
    assert response.json() == rule


def test_an_unknown_rule_is_a_json_404(anonymous):
    response = anonymous.get("/api/v1/rules/origin.no_such_rule")
    assert response.status_code == 404
    assert response.json() == {"detail": "No rule with id 'origin.no_such_rule'.", "errors": {}}


def test_sources_lists_every_source(anonymous):
    response = anonymous.get("/api/v1/sources")
    assert response.status_code == 200
    assert response.json() == {"kb_version": rules.KB_VERSION, "sources": rules.catalogue()["sources"]}


def test_the_catalogue_is_read_only(anonymous):
    for url in ("/api/v1/rules", "/api/v1/sources"):
        assert anonymous.post(url, {}, format="json").status_code == 405
    assert anonymous.delete(f"/api/v1/rules/{rules.catalogue()['rules'][0]['id']}").status_code == 405
