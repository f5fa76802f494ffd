"""Abuse limits on the site's own forms: every POST runs the engine or writes (a wizard
step, the live preview, starting or completing an assessment or a case attempt), so each
is counted per visitor with the API's throttle machinery (shared cache, rates read at
request time), under the ``web_anon`` and ``web_user`` rates. Past the rate, a 429 page
with ``Retry-After``; nothing is run or saved.
"""

import math
from typing import TYPE_CHECKING, Any, cast

from django.views import View

from decisionaid.api.throttling import WebAnonRateThrottle, WebUserRateThrottle
from decisionaid.middleware.responses import error_response

if TYPE_CHECKING:  # the view this mixin is mixed into, for the type checker only
    _ViewBase = View
else:
    _ViewBase = object


class ThrottledPostMixin(_ViewBase):
    """List it first among a view's bases, so the count comes before any other work."""

    throttle_classes = (WebAnonRateThrottle, WebUserRateThrottle)

    def dispatch(self, request, *args, **kwargs):
        if request.method == "POST":
            for throttle in (throttle_class() for throttle_class in self.throttle_classes):
                if not throttle.allow_request(request, cast(Any, self)):
                    return too_many_requests(request, throttle.wait())
        return super().dispatch(request, *args, **kwargs)


def too_many_requests(request, wait: float | None):
    seconds = max(1, math.ceil(wait or 1))
    response = error_response(
        request,
        status=429,
        template="errors/429.html",
        detail=f"Too many requests from you in a short time. Try again in {seconds} seconds.",
    )
    response["Retry-After"] = str(seconds)
    return response
