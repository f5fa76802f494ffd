"""The one error type the domain core raises for bad answers, and the bounds every error
report keeps (the API's too), whatever the input.

A hostile caller can send thousands of bad keys or a value of a quarter of a megabyte;
an error report that quoted each in full, or repeated a long explanation per key, would
multiply the input many times over. So a report names at most ``MAX_ERRORS`` fields
(each name at most ``FIELD_CHARS`` long: a dotted path may hold a caller's key), quotes a
caller's value at most ``ECHO_CHARS`` long, and keeps each message within
``MESSAGE_CHARS`` by cutting from its middle: messages start with the quoted value and
end with what is allowed, and the end is what a developer needs to fix the request.
"""

from typing import Any

MAX_ERRORS = 10
ECHO_CHARS = 40
FIELD_CHARS = 100
MESSAGE_CHARS = 1200  # room for the whole list of question ids an unknown question is told
MESSAGES_PER_FIELD = 3
ELLIPSIS = "…"


def echo(value: object, limit: int = ECHO_CHARS) -> str:
    """A caller's value (or key) as an error may quote it."""
    text = str(value)
    return text if len(text) <= limit else text[:limit] + ELLIPSIS


def clip(message: str) -> str:
    """A message within MESSAGE_CHARS, keeping its start and its end."""
    if len(message) <= MESSAGE_CHARS:
        return message
    return message[:ECHO_CHARS] + ELLIPSIS + message[len(message) - (MESSAGE_CHARS - ECHO_CHARS - 1) :]


def bounded(errors: dict[str, Any]) -> dict[str, Any]:
    """The first MAX_ERRORS entries of ``errors`` (field -> message, or list of messages),
    field names cut at FIELD_CHARS and messages clipped."""
    shown: dict[str, Any] = {}
    for field, messages in errors.items():
        if len(shown) == MAX_ERRORS:
            break
        if isinstance(messages, str):
            shown[echo(field, FIELD_CHARS)] = clip(messages)
        else:
            shown[echo(field, FIELD_CHARS)] = [clip(str(message)) for message in messages[:MESSAGES_PER_FIELD]]
    return shown


def shown_of(total: int) -> str:
    """What a summary adds when some errors were left out: `` (10 of 523 shown)``."""
    return "" if total <= MAX_ERRORS else f" ({MAX_ERRORS} of {total} shown)"


class InvalidAnswers(ValueError):
    """Raised when answers do not fit the questionnaire.

    Callers (web forms, API serializers, the CLI) turn ``errors`` into field
    errors, so each entry names the question and spells out what it accepts. ``errors``
    holds every bad question (keys already cut to FIELD_CHARS, messages clipped), so a
    caller can say how many it leaves out; ``shown`` and the message are bounded.
    """

    def __init__(self, errors: dict[str, str]):
        self.errors = {echo(question, FIELD_CHARS): clip(message) for question, message in sorted(errors.items())}
        self.total = len(self.errors)
        self.shown = bounded(self.errors)
        details = "; ".join(f"{question}: {message}" for question, message in self.shown.items())
        super().__init__(f"Invalid answers{shown_of(self.total)}. {details}")
