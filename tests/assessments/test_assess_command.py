"""python manage.py assess FILE.json [--format json|text]: the engine from the shell."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

import rules
from rules.reference_answers import JUVENILE_MYOCLONIC_EPILEPSY


def _run(tmp_path, payload, *options):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(payload))
    out = StringIO()
    call_command("assess", str(path), *options, stdout=out)
    return out.getvalue()


def test_json_output_is_exactly_the_engine_result(tmp_path):
    printed = _run(tmp_path, JUVENILE_MYOCLONIC_EPILEPSY, "--format", "json")
    assert json.loads(printed) == rules.assess(JUVENILE_MYOCLONIC_EPILEPSY).as_dict()


def test_text_output_opens_with_the_disclaimer_and_names_the_top_cause(tmp_path):
    text = _run(tmp_path, {"answers": JUVENILE_MYOCLONIC_EPILEPSY})
    assert text.startswith(f"*** {rules.DISCLAIMER} ***")
    assert "Hereditary" in text and "AVOID" in text


def test_a_bad_answer_is_a_clear_error_naming_the_question(tmp_path):
    with pytest.raises(CommandError, match="distribution: 'everywhere' is not allowed"):
        _run(tmp_path, {"distribution": "everywhere"})


def test_a_file_that_is_not_json_is_a_clear_error(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json")
    with pytest.raises(CommandError, match="is not valid JSON"):
        call_command("assess", str(path))


def test_text_output_names_the_leading_condition_and_a_red_flags_urgency(tmp_path):
    text = _run(tmp_path, {"opsoclonus": "yes", "ataxia": "yes", "age_group": "adult"})
    assert "Named conditions" in text and "Opsoclonus-myoclonus syndrome" in text
    assert "! [URGENT]" in text
