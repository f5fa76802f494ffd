"""One log record, one line, and no bearer keys in it.

* Control characters in a message are written as escapes. A request path is
  percent-decoded, so ``/a%0A2026-01-01 INFO forged`` would otherwise write a second,
  fake line into the log (and ``%1B`` terminal escapes); any text a caller controls can
  reach a message.
* A UUID in a message (an anonymous assessment's URL is its key; a share link's too) is
  replaced by ``id:`` and a short hash keyed with the secret key: the same id always
  reads the same, so one visitor's requests can still be followed, but a log reader
  cannot open the assessment.

Only the message is rewritten: a traceback, which the server itself writes, keeps its lines.
"""

import logging
import re

from django.utils.crypto import salted_hmac

_CONTROLS = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029]
ESCAPES = {code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" for code in _CONTROLS}
# Hyphenated, as in URLs: a request id (32 plain hex digits) stays readable.
UUID = re.compile(r"\b[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\b")


def id_hash(value: str) -> str:
    """The short keyed hash that stands for an id in the log."""
    return "id:" + salted_hmac("decisionaid.log_lines", value.lower()).hexdigest()[:12]


class OneLineFormatter(logging.Formatter):
    def formatMessage(self, record: logging.LogRecord) -> str:
        line = super().formatMessage(record).translate(ESCAPES)
        return UUID.sub(lambda match: id_hash(match.group()), line)
