"""A ``Server-Timing`` header (W3C Server Timing) on every response whose request ran the
rule engine: ``engine;dur=1.234``, the CPU milliseconds the engine's thread spent in
``rules.assess`` and in turning its result into data.

It lets a teaching tool's developer tell the engine's share of a call from the web
stack's, and it is how ``bench/pages.py`` weighs evaluate against "healthz plus one
assess()" with the assessment as it really runs inside a request (with the processor's
caches full of the request's other work, measured about 1.6 times a tight loop's). Thread
CPU time, not wall time: another thread's work or a wait for the processor is not counted.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

HEADER = "Server-Timing"

_spans: ContextVar[dict[str, float] | None] = ContextVar("server_timing", default=None)


@contextmanager
def timed(name: str) -> Iterator[None]:
    """Count the block's CPU time under ``name`` in this request's header (none outside a request)."""
    spans = _spans.get()
    started = time.thread_time()
    try:
        yield
    finally:
        if spans is not None:
            spans[name] = spans.get(name, 0.0) + (time.thread_time() - started) * 1000


class ServerTimingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        spans: dict[str, float] = {}
        token = _spans.set(spans)
        try:
            response = self.get_response(request)
        finally:
            _spans.reset(token)
        if spans:
            response[HEADER] = ", ".join(f"{name};dur={ms:.3f}" for name, ms in spans.items())
        return response
