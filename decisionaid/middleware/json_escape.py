"""JSON responses never carry a raw ``<``, ``>`` or ``&``: each is written as its
``\\u00XX`` escape, as Django's ``json_script`` does.

The API echoes a bad value in its error message (``"<script>" is not a valid
choice``); escaped, that text cannot become markup even if a response is ever shown
as HTML (an old browser ignoring nosniff, a proxy rewriting the content type, a page
pasting it into innerHTML). Outside strings JSON has none of these characters, so the
replacement keeps the document's meaning exactly. A body with none of them (every result:
the knowledge base's text has none) is left as it is, not copied and set again.
"""

ESCAPES = ((b"&", b"\\u0026"), (b"<", b"\\u003c"), (b">", b"\\u003e"))


def is_json(response) -> bool:
    content_type = response.get("Content-Type", "").split(";")[0].strip().lower()
    return content_type == "application/json" or content_type.endswith("+json")


def _holds_markup(content: bytes) -> bool:
    return any(raw in content for raw, _ in ESCAPES)


class EscapeHtmlInJsonMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_json(response) and not response.streaming and _holds_markup(response.content):
            content = response.content
            for raw, escaped in ESCAPES:
                content = content.replace(raw, escaped)
            response.content = content
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(content))
        return response
