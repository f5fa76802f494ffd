"""The API's JSON parser: DRF's, refusing what would fail later as a server error.

* Nesting: Python's JSON decoder recurses, so a document nested about a thousand levels
  deep raises RecursionError (not a parse error) in every JSON view. No request of ours
  nests more than a few levels, so anything deeper than ``MAX_DEPTH`` is a 400.
* Lone surrogates: JSON may write ``"\\ud800"``, which decodes to a string that is not
  Unicode text; echoed in an error message it cannot be encoded as UTF-8, and the
  response fails to render. Such a document is a 400 naming the problem.
"""

from rest_framework import parsers
from rest_framework.exceptions import ParseError

MAX_DEPTH = 32
TOO_DEEP = f"JSON parse error - nested deeper than {MAX_DEPTH} levels."


def _check(document) -> None:
    """Raise ParseError for nesting deeper than MAX_DEPTH or a string with a lone surrogate."""
    pending = [(document, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict):
            children = [*value.keys(), *value.values()]
        elif isinstance(value, list):
            children = value
        else:
            if isinstance(value, str) and not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:
                    raise ParseError(
                        "JSON parse error - a string holds a lone UTF-16 surrogate "
                        "(such as \\ud800), which is not Unicode text."
                    ) from None
            continue
        if depth > MAX_DEPTH:
            raise ParseError(TOO_DEEP)
        pending.extend((child, depth + 1) for child in children)


class JSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            document = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError(TOO_DEEP) from None
        _check(document)
        return document
