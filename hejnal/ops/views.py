from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from hejnal.ops.health import database_ready


@never_cache
def healthz(request):
    """The process is alive; says nothing about its dependencies. Under
    ``manage.py serve`` the worker answers it before its request queue
    (hejnal/ops/gunicorn_worker.py); this view answers everywhere else."""
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    """Ready to serve: the database answers."""
    ready, detail = database_ready()
    if not ready:
        return JsonResponse({"status": "unavailable", "database": detail}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
