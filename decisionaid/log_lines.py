"""One log record, one line: control characters in a message are written as escapes.

A request path is percent-decoded, so ``/a%0A2026-01-01 INFO forged`` would otherwise
write a second, fake line into the log (and ``%1B`` terminal escapes); any text a caller
controls can reach a message. Only the message is escaped: a traceback, which the
server itself writes, keeps its lines.
"""

import logging

_CONTROLS = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029]
ESCAPES = {code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" for code in _CONTROLS}


class OneLineFormatter(logging.Formatter):
    def formatMessage(self, record: logging.LogRecord) -> str:
        return super().formatMessage(record).translate(ESCAPES)
