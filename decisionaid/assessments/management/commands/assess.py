"""python manage.py assess FILE.json [--format json|text]"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

import rules
from rules.report import render_text

from ...services import evaluate


class Command(BaseCommand):
    help = "Evaluate a JSON file of answers with the knowledge base (educational use only)."

    def add_arguments(self, parser):
        parser.add_argument("file", help='JSON file: an answers object, or {"answers": {...}}; - for stdin')
        parser.add_argument("--format", choices=("json", "text"), default="text")

    def handle(self, *args, file, format, **options):
        answers = self._read(file)
        try:
            result = evaluate(answers=answers)
        except rules.InvalidAnswers as error:
            raise CommandError("\n".join(f"{q}: {m}" for q, m in error.shown.items())) from None
        if format == "json":
            self.stdout.write(json.dumps(result, indent=2, ensure_ascii=False))
        else:
            self.stdout.write(render_text(result), ending="")

    def _read(self, file):
        try:
            if file == "-":
                data = json.load(sys.stdin)
            else:
                with open(file, encoding="utf-8") as handle:
                    data = json.load(handle)
        except OSError as error:
            raise CommandError(f"cannot read {file}: {error.strerror}") from None
        except json.JSONDecodeError as error:
            raise CommandError(f"{file} is not valid JSON: {error}") from None
        if isinstance(data, dict) and isinstance(data.get("answers"), dict):
            return data["answers"]
        return data
