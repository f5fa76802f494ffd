"""One log line per request: method, path, status, duration and (through the log
filter) the request id. Never the query string, the body or the caller's address,
which could carry answers or personal data."""

import logging
import time

logger = logging.getLogger("decisionaid.access")


class AccessLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        elapsed_ms = (time.perf_counter() - started) * 1000
        level = logging.ERROR if response.status_code >= 500 else logging.INFO
        logger.log(level, "%s %s %s %.0fms", request.method, request.path, response.status_code, elapsed_ms)
        return response
