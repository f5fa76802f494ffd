"""/knowledge/sources/: every source with its citation and the rules citing it."""

from django.utils.html import escape

import rules

from .conftest import CATALOGUE


def test_every_source_has_an_anchor_its_citation_and_the_rules_citing_it(browse):
    page = browse("/knowledge/sources/").content.decode()
    for source in rules.SOURCES.values():
        section = page.split(f'id="{source.id}"')[1].split('<section class="card source"')[0]
        assert escape(source.citation) in section
        for rule in (r for r in CATALOGUE["rules"] if source.id in r["sources"]):
            assert f"/knowledge/rules/{rule['id']}/" in section


def test_every_source_a_rule_cites_is_on_the_sources_page(browse):
    page = browse("/knowledge/sources/").content.decode()
    cited = {s for r in CATALOGUE["rules"] for s in r["sources"]}
    assert all(f'id="{source}"' in page for source in cited)


def test_a_source_lists_the_results_it_describes(browse):
    page = browse("/knowledge/sources/").content.decode()
    section = page.split('id="shahwan2005"')[1].split('<section class="card source"')[0]
    assert '<a href="/knowledge/causes/hereditary/">Hereditary</a>' in section
