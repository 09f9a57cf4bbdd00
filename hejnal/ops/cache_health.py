"""A Redis outage is one warning when it starts and one line when it ends.

The cache is an optimisation: with Redis down, pages are computed without it
(``IGNORE_EXCEPTIONS``). django-redis would log a full traceback for every
failed call (``DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS``): thousands a second on
a busy site, which fills the disk and costs more time than the outage itself.
Here every failed call of the process is counted instead, and the log gets:

* one warning when the cache stops answering, with the call and the error;
* one warning when it answers again, with how long it was down and how many
  calls failed meanwhile.

While it is down, calls do not wait on it either: for ``RETRY_AFTER`` seconds
after a failure they fail at once, without a connection attempt, then one call
tries again. A hung server (connections that time out after 0.5 s) therefore
delays one request a second per process, not every cache call of every page,
and the cache is back in use within a second of answering again.

Settings use :class:`RedisCache` as the backend for any ``redis://``
``CACHE_URL`` (``hejnal/settings/base.py``). The state is per process and
per server, shared by the threads of a process (Django makes one cache
object per thread).
"""

import logging
import re
import sys
import threading
import time

from django_redis.cache import RedisCache as DjangoRedisCache
from django_redis.exceptions import ConnectionInterrupted

logger = logging.getLogger("hejnal.cache")

RETRY_AFTER = 1.0  # seconds without a connection attempt after a failure
DEFAULT_OPTIONS = {
    # Redis down must not take the site down: the cache is bypassed.
    "IGNORE_EXCEPTIONS": True,
    # A dead or hung server costs at most 0.5 s (once a second, see above).
    "SOCKET_CONNECT_TIMEOUT": 0.5,
    "SOCKET_TIMEOUT": 0.5,
}


def describe(error):
    """``ConnectionError: Error 111 connecting to …`` for a failed call."""
    cause = error.__cause__ if isinstance(error, ConnectionInterrupted) else None
    error = cause or error
    return f"{type(error).__name__}: {error}"


class Outage:
    """Whether one cache server answers, as seen by this process."""

    def __init__(self, name, clock=time.monotonic):
        self.name = name
        self._clock = clock
        self._lock = threading.Lock()
        self.down_since = None  # clock() of the first failure, None when up
        self.failed = 0  # calls failed since then
        self._last_try = 0.0

    @property
    def down(self):
        return self.down_since is not None

    def failure(self, call, error):
        """A call failed; the first failure of an outage is logged."""
        with self._lock:
            self.failed += 1
            if self.down_since is not None:
                return
            self.down_since = self._last_try = self._clock()
        logger.warning(
            "Cache %s unavailable: %s failed (%s). Pages are computed without "
            "it; failed calls are counted and reported when it answers again.",
            self.name,
            call,
            describe(error),
        )

    def success(self):
        """A call was answered; the end of an outage is logged."""
        if self.down_since is None:  # the common case: no lock taken
            return
        with self._lock:
            if self.down_since is None:
                return
            duration = self._clock() - self.down_since
            failed, self.failed, self.down_since = self.failed, 0, None
        logger.warning(
            "Cache %s answers again after %.1f s; %d cache calls failed meanwhile.",
            self.name,
            duration,
            failed,
        )

    def resting(self):
        """True while calls should fail without trying the server: down, and
        tried less than ``RETRY_AFTER`` seconds ago. The first caller after
        that gets to try (the others keep resting)."""
        if self.down_since is None:
            return False
        with self._lock:
            now = self._clock()
            if now - self._last_try < RETRY_AFTER:
                return True
            self._last_try = now
            return False


_outages = {}
_outages_lock = threading.Lock()


def outage_of(name):
    """The one :class:`Outage` of cache server ``name`` in this process."""
    with _outages_lock:
        return _outages.setdefault(name, Outage(name))


class _Unreachable:
    """Stands in for django-redis' client while the server rests: every
    operation fails at once, the way a refused connection does."""

    def close(self, **kwargs):
        pass  # nothing is open

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            try:
                raise ConnectionError("not retried yet after a failure")
            except ConnectionError as error:
                raise ConnectionInterrupted(connection=None) from error

        return fail


_calls = threading.local()


class _Counter:
    """Takes the place of django-redis' logger: it is called, inside the
    ``except`` block, for every failure the cache ignored."""

    def __init__(self, outage):
        self.outage = outage

    def exception(self, *args, **kwargs):
        _calls.failed = True
        self.outage.failure(getattr(_calls, "name", "a call"), sys.exc_info()[1])


def _watched(name, method):
    def call(self, *args, **kwargs):
        outermost = getattr(_calls, "name", None) is None
        if outermost:
            _calls.name, _calls.failed = name, False
        try:
            result = method(self, *args, **kwargs)
        finally:
            if outermost:
                _calls.name, failed = None, _calls.failed
        if outermost and not failed:
            self._outage.success()
        return result

    call.__name__ = call.__qualname__ = name
    call.__doc__ = method.__doc__
    return call


class RedisCache(DjangoRedisCache):
    """django-redis' cache, with failures counted per outage (see above)."""

    def __init__(self, server, params):
        options = {**DEFAULT_OPTIONS, **params.get("OPTIONS", {})}
        super().__init__(server, {**params, "OPTIONS": options})
        self._outage = outage_of(re.sub(r"//[^@/,]*@", "//", str(server)))
        self._log_ignored_exceptions = True
        self.logger = _Counter(self._outage)

    @property
    def client(self):
        if self._outage.resting():
            return _Unreachable()
        return super().client


# Every operation that waits for the server's answer: get() and the methods
# django-redis guards with omit_exception (functools.wraps gives them
# __wrapped__), except those that return before talking to it.
_NO_ANSWER = {"close", "lock", "iter_keys", "sscan_iter"}
for _name, _method in list(vars(DjangoRedisCache).items()):
    if _name in _NO_ANSWER:
        continue
    if _name == "get" or (callable(_method) and hasattr(_method, "__wrapped__")):
        setattr(RedisCache, _name, _watched(_name, _method))
