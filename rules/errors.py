"""The one error type the domain core raises for bad answers."""


class InvalidAnswers(ValueError):
    """Raised when answers do not fit the questionnaire.

    Callers (web forms, API serializers, the CLI) turn ``errors`` into field
    errors, so each entry names the question and spells out what it accepts.
    """

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(sorted(errors.items()))
        details = "; ".join(f"{question}: {message}" for question, message in self.errors.items())
        super().__init__(f"Invalid answers. {details}")
