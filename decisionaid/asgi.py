"""ASGI entry point (e.g. ``uvicorn decisionaid.asgi:application``).

Django runs the project's sync views in a thread pool under ASGI; the rule engines come
from the process's pool all the same (rules.engine.EnginePool), so none is built per request.
"""

import os

from django.core.asgi import get_asgi_application

from decisionaid.serving import prepare_process

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "decisionaid.settings")
application = get_asgi_application()
prepare_process()
