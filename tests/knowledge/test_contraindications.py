"""The contraindication table in the knowledge browser: every entry listed, and each drug's page
saying where it must never be offered."""

from django.utils.html import escape

from rules.knowledge.contraindications import CONTRAINDICATIONS


def test_the_table_lists_every_contraindication_with_its_reason_and_source(browse):
    page = browse("/knowledge/contraindications/").content.decode()
    for entry in CONTRAINDICATIONS:
        assert f'id="{entry.id}"' in page
        assert escape(entry.reason) in page
        assert f"/knowledge/sources/#{entry.sources[0]}" in page


def test_a_drug_page_shows_where_it_must_never_be_offered(browse):
    page = browse("/knowledge/treatments/sodium_valproate/").content.decode()
    section = page.split('id="never-offered"')[1].split("</section>")[0]
    for entry_id in (
        "safety.avoid.valproate_under_2",
        "safety.avoid.valproate_pregnancy",
        "safety.avoid.valproate_until_polg_excluded",
        "safety.avoid.valproate_culprit",
    ):
        assert f"/knowledge/rules/{entry_id}/" in section
    assert "depakote_label" in section


def test_a_contraindication_has_its_own_rule_page_naming_its_context(browse):
    page = browse("/knowledge/rules/safety.avoid.clonazepam_liver_failure/").content.decode()
    assert "Liver failure" in page and "hepatic encephalopathy" in page


def test_a_drug_no_entry_names_has_no_never_offered_section(browse):
    assert 'id="never-offered"' not in browse("/knowledge/treatments/botulinum_toxin/").content.decode()
