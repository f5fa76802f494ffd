"""Hostile bodies get short, clear 400s: deep nesting and lone surrogates are named
problems, not server errors, and an error body stays small whatever the input."""

import json

import pytest

import rules

JSON_ENDPOINTS = ["/api/v1/evaluate", "/api/v1/assessments", "/cds-services/myoclonus-ddx"]
BODY_BYTES = 250 * 1024
RESPONSE_LIMIT = 20 * 1024


def hook(answers):
    return {
        "hook": "patient-view",
        "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
        "context": {"answers": answers},
    }


def wrapped(path, answers):
    return hook(answers) if path.startswith("/cds-services") else {"answers": answers}


def padded(make, budget=BODY_BYTES):
    """The largest document ``make(n)`` whose JSON fits the budget."""
    low, high = 1, budget
    while low < high:
        middle = (low + high + 1) // 2
        if len(json.dumps(make(middle))) <= budget:
            low = middle
        else:
            high = middle - 1
    return json.dumps(make(low))


HOSTILE = {
    "thousands of unknown keys": lambda n: {f"<q{i}>": "x" for i in range(n // 12)},
    "one enormous value": lambda n: {"distribution": "<" * n},
    "a list of many bad choices": lambda n: {"triggers": ["<bad>"] * (n // 9)},
    "enormous unknown keys": lambda n: {("k" * 2_000) + str(i): 1 for i in range(n)},
}


@pytest.fixture(autouse=True)
def throttles_off(throttle_rates):
    throttle_rates(anon=None, user=None)


@pytest.mark.parametrize("path", JSON_ENDPOINTS)
@pytest.mark.parametrize("kind", HOSTILE)
def test_a_250_kb_hostile_body_gets_a_400_under_20_kb(alice, path, kind):
    body = padded(lambda n: wrapped(path, HOSTILE[kind](n)))
    assert len(body) > BODY_BYTES * 0.95
    response = alice.post(path, body, content_type="application/json")
    assert response.status_code == 400
    assert len(response.content) < RESPONSE_LIMIT
    errors = response.json()["errors"]
    assert 0 < len(errors) <= rules.errors.MAX_ERRORS
    assert all(len(message) <= rules.errors.MESSAGE_CHARS for messages in errors.values() for message in messages)


def test_the_error_body_says_how_many_errors_it_left_out(anonymous):
    response = anonymous.post("/api/v1/evaluate", {"answers": {f"q{i}": 1 for i in range(25)}}, format="json")
    assert response.json()["detail"] == "Invalid input (10 of 25 shown)."


def test_a_quoted_value_is_cut_short_but_the_allowed_values_stay(anonymous):
    response = anonymous.post("/api/v1/evaluate", {"answers": {"distribution": "z" * 5000}}, format="json")
    [message] = response.json()["errors"]["answers.distribution"]
    assert "z" * 41 not in message
    assert message.endswith("expected one of: focal, segmental, multifocal, generalized, axial, diaphragmatic, unknown")


@pytest.mark.parametrize("path", JSON_ENDPOINTS)
@pytest.mark.parametrize("depth", [33, 1000, 50_000])
def test_deeply_nested_json_is_a_400_naming_the_nesting(alice, path, depth):
    response = alice.post(path, "[" * depth + "]" * depth, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["detail"] == "JSON parse error - nested deeper than 32 levels."


@pytest.mark.parametrize("path", JSON_ENDPOINTS)
@pytest.mark.parametrize(
    "document",
    [
        '{"answers": {"distribution": "\\ud800"}}',
        '{"answers": {"\\udfff": "focal"}}',
        '{"hook": "\\ud83d", "answers": ["\\ud800x"]}',
    ],
)
def test_a_lone_surrogate_is_a_400_naming_it(alice, path, document):
    response = alice.post(path, document, content_type="application/json")
    assert response.status_code == 400
    assert "lone UTF-16 surrogate" in response.json()["detail"]


def test_a_properly_paired_surrogate_is_just_text(anonymous):
    response = anonymous.post(
        "/api/v1/evaluate", '{"answers": {"distribution": "\\ud83d\\ude00"}}', content_type="application/json"
    )
    assert response.status_code == 400
    assert "😀" in response.json()["errors"]["answers.distribution"][0]


def test_an_object_where_a_list_is_expected_is_refused(anonymous):
    response = anonymous.post("/api/v1/evaluate", {"answers": {"triggers": {"action": 1}}}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["answers.triggers"][0].startswith("expected a list of any of: stimulus")


def test_invalid_answers_from_the_core_are_bounded_too():
    with pytest.raises(rules.InvalidAnswers) as raised:
        rules.validate_answers({f"<key-{i}>" * 1000: "x" for i in range(5000)})
    assert raised.value.total == 5000
    assert len(raised.value.shown) == rules.errors.MAX_ERRORS
    assert all(len(key) <= rules.errors.FIELD_CHARS + 1 for key in raised.value.errors)
    assert len(str(raised.value)) < 15_000
