"""A WSGI app for the probe-worker tests: ``/block`` leaves a file in
``HEJNAL_TEST_ENTERED`` and holds its thread until the file named by
``HEJNAL_TEST_RELEASE`` exists (or 60 s pass); anything else answers at once."""

import os
import threading
import time
from pathlib import Path


def app(environ, start_response):
    if environ["PATH_INFO"] == "/block":
        release = Path(os.environ["HEJNAL_TEST_RELEASE"])
        entered = Path(os.environ["HEJNAL_TEST_ENTERED"])
        (entered / f"{os.getpid()}-{threading.get_ident()}").touch()
        deadline = time.monotonic() + 60
        while not release.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        body = b"released"
    else:
        body = b"app answered " + environ["PATH_INFO"].encode()
    start_response("200 OK", [("Content-Length", str(len(body)))])
    return [body]
