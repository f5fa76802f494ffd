"""Values every page shows: the disclaimer must never be missing from a template."""

import rules


def teaching_context(request):
    return {"DISCLAIMER": rules.DISCLAIMER, "KB_VERSION": rules.KB_VERSION}
