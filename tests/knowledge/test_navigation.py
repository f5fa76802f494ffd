"""The site shell as the knowledge pages render it: the current section is marked for assistive technology."""


def test_the_knowledge_link_is_the_current_page_on_the_knowledge_index(browse):
    assert '<a href="/knowledge/" aria-current="page">Knowledge base</a>' in browse("/knowledge/").content.decode()


def test_the_knowledge_link_marks_the_section_on_a_rule_page(browse):
    page = browse("/knowledge/rules/cause.metabolic.asterixis/").content.decode()
    assert '<a href="/knowledge/" aria-current="true">Knowledge base</a>' in page
    assert '<a href="/">Home</a>' in page


def test_every_knowledge_page_has_a_skip_link_and_the_disclaimer(browse):
    paths = ("/knowledge/", "/knowledge/sources/", "/knowledge/causes/toxic/", "/knowledge/rules/cause.tempo.acute/")
    for path in paths:
        page = browse(path).content.decode()
        assert '<a class="skip-link" href="#main">' in page
        assert "not be used for the care of real patients" in page
