"""Refuse a request whose declared body is larger than ``settings.MAX_REQUEST_BYTES``
with a 413, before anything reads the body. (Django's DATA_UPLOAD_MAX_MEMORY_SIZE,
set to the same limit, still guards bodies sent without a length.)"""

from django.conf import settings

from .responses import error_response


class RequestSizeLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if declared_length(request) > settings.MAX_REQUEST_BYTES:
            return error_response(
                request,
                status=413,
                detail=f"Request body too large: the limit is {settings.MAX_REQUEST_BYTES} bytes.",
                template="errors/413.html",
                context={"limit": settings.MAX_REQUEST_BYTES},
            )
        return self.get_response(request)


def declared_length(request) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0
