import pytest
from decisionaid.assessments import services
from tests.web.test_result import RAPID_DEMENTIA
from tests.web.test_wizard import JME
pytestmark = pytest.mark.django_db(transaction=True)

def test_look(live_server, page):
    a = services.assessment_create(answers=JME)
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(f"{live_server.url}/assess/{a.pk}/")
    page.screenshot(path="/tmp/phone-result.png")
    page.locator(".result-treatments").screenshot(path="/tmp/treat.png")
    b = services.assessment_start()
    services.assessment_record_answers(assessment=b, answers={"distribution": "diaphragmatic"})
    page.goto(f"{live_server.url}/assess/{b.pk}/step/timing/")
    page.screenshot(path="/tmp/phone-wizard.png", full_page=True)
    page.set_viewport_size({"width": 1200, "height": 800})
    page.goto(f"{live_server.url}/assess/{b.pk}/step/accompanying/")
    page.screenshot(path="/tmp/wide-wizard.png")
    page.goto(f"{live_server.url}/assess/{b.pk}/review/")
    page.screenshot(path="/tmp/review.png")
    page.goto(f"{live_server.url}/assess/{a.pk}/")
    page.get_by_text("Show the reasoning trace").click()
    page.locator(".result-trace").screenshot(path="/tmp/trace.png")
