"""WSGI entry point (gunicorn, and Django's development server): the application, then the
process made ready to serve (decisionaid.serving)."""

import os

from django.core.wsgi import get_wsgi_application

from decisionaid.serving import prepare_process

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "decisionaid.settings")
application = get_wsgi_application()
prepare_process()
