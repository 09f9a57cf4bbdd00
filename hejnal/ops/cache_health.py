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

Nor does the site compute everything afresh on every request meanwhile: a
failed call is answered by a small cache in the process's own memory
(Django's locmem, :class:`Fallback`) that keeps nothing longer than
``FALLBACK_SECONDS``, is used only while Redis does not answer, and is emptied
when an outage starts and when it ends. What it holds may be older than what
another process wrote since (each process has its own), but never by more
than ``FALLBACK_SECONDS``: that is the staleness an outage adds, and only for
entries whose key does not already change with the content (the site chrome's
keys carry the database's content-change token, so a publish shows at once
in every process even then; Wagtail's site root paths and rate-limit counts
do not). Editors' sessions are never kept there: they come from the
database while Redis is down, so a sign-out counts at once everywhere.

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

from django.contrib.sessions.backends.cached_db import KEY_PREFIX as SESSION_KEYS
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django_redis.cache import RedisCache as DjangoRedisCache
from django_redis.exceptions import ConnectionInterrupted

logger = logging.getLogger("hejnal.cache")

RETRY_AFTER = 1.0  # seconds without a connection attempt after a failure
FALLBACK_SECONDS = 5  # longest an entry lives in the process's own memory
FALLBACK_ENTRIES = 2000  # then the oldest entries make room
NOT_KEPT = (SESSION_KEYS,)  # key prefixes never answered from the fallback
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
        self.fallback = None  # a Fallback, emptied when the state changes

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
        if self.fallback is not None:
            self.fallback.clear()  # nothing from an earlier outage
        logger.warning(
            "Cache %s unavailable: %s failed (%s). Until it answers again, "
            "this process keeps what it computes in its own memory for at "
            "most %d s; failed calls are counted and reported then.",
            self.name,
            call,
            describe(error),
            FALLBACK_SECONDS,
        )

    def skipped(self):
        """A call was not even tried (the server rests): counted."""
        with self._lock:
            if self.down_since is not None:
                self.failed += 1

    def success(self):
        """A call was answered; the end of an outage is logged. True for the
        call that ended an outage."""
        if self.down_since is None:  # the common case: no lock taken
            return False
        with self._lock:
            if self.down_since is None:
                return False
            duration = self._clock() - self.down_since
            failed, self.failed, self.down_since = self.failed, 0, None
        if self.fallback is not None:
            self.fallback.clear()  # Redis is the one cache again
        logger.warning(
            "Cache %s answers again after %.1f s; %d cache calls failed meanwhile.",
            self.name,
            duration,
            failed,
        )
        return True

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


def _not_kept(key):
    """Editors' sessions are never kept in the fallback: a sign-out in one
    process must count at once in all (they come from the database)."""
    return str(key).startswith(NOT_KEPT)


def _kept(keys):
    return [key for key in keys if not _not_kept(key)]


def _capped(timeout):
    """A timeout for the fallback: never longer than ``FALLBACK_SECONDS``
    (0 or less still means "do not keep")."""
    if timeout is DEFAULT_TIMEOUT or timeout is None:
        return FALLBACK_SECONDS
    return min(timeout, FALLBACK_SECONDS)


class Fallback:
    """The process's own short-lived cache while Redis does not answer.

    Each method takes the arguments of django-redis' method of the same name
    (its extras: ``client``, ``nx``, ``xx``, ``ignore_key_check``) and
    answers from a :class:`LocMemCache` shared by the threads of the process.
    Calls that have no counterpart here (sets, sorted sets, ``keys``, ``ttl``)
    fail as before: django-redis' default answer.
    """

    def __init__(self, name, params):
        self.local = LocMemCache(
            f"hejnal.ops.cache_health:{name}",
            {
                "TIMEOUT": FALLBACK_SECONDS,
                "KEY_PREFIX": params.get("KEY_PREFIX", ""),
                "VERSION": params.get("VERSION", 1),
                "KEY_FUNCTION": params.get("KEY_FUNCTION"),
                "OPTIONS": {"MAX_ENTRIES": FALLBACK_ENTRIES, "CULL_FREQUENCY": 4},
            },
        )

    def answers(self, call, args):
        """Whether ``call`` is answered here: a call it knows, on a key that
        may be kept (calls on several keys leave those out themselves)."""
        if call not in _FALLBACK_CALLS:
            return False
        return not (args and isinstance(args[0], str) and _not_kept(args[0]))

    def answer(self, call, args, kwargs):
        return getattr(self, call)(*args, **kwargs)

    def clear(self):
        self.local.clear()

    def get(self, key, default=None, version=None, client=None):
        return self.local.get(key, default, version)

    def get_many(self, keys, version=None, client=None):
        return self.local.get_many(_kept(keys), version)

    def has_key(self, key, version=None, client=None):
        return self.local.has_key(key, version)

    def set(
        self,
        key,
        value,
        timeout=DEFAULT_TIMEOUT,
        version=None,
        client=None,
        nx=False,
        xx=False,
    ):
        if nx:
            return self.local.add(key, value, _capped(timeout), version)
        if xx and not self.local.has_key(key, version):
            return False
        self.local.set(key, value, _capped(timeout), version)
        return True

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None, client=None):
        return self.local.add(key, value, _capped(timeout), version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None, client=None):
        data = {key: value for key, value in data.items() if not _not_kept(key)}
        return self.local.set_many(data, _capped(timeout), version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None, client=None):
        return self.local.touch(key, _capped(timeout), version)

    def delete(self, key, version=None, prefix=None, client=None):
        return self.local.delete(key, version)

    def delete_many(self, keys, version=None, client=None):
        self.local.delete_many(_kept(keys), version)
        return len(keys)

    def incr(self, key, delta=1, version=None, client=None, ignore_key_check=False):
        if ignore_key_check and not self.local.has_key(key, version):
            self.local.set(key, delta, FALLBACK_SECONDS, version)
            return delta
        return self.local.incr(key, delta, version)

    def decr(self, key, delta=1, version=None, client=None, ignore_key_check=False):
        return self.incr(key, -delta, version, client, ignore_key_check)


_FALLBACK_CALLS = {
    "get",
    "get_many",
    "has_key",
    "set",
    "add",
    "set_many",
    "touch",
    "delete",
    "delete_many",
    "incr",
    "decr",
    "clear",
}


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


# The cache call under way in this thread: its name, whether it failed, and
# whether the server is resting for it (decided once per call).
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
        if getattr(_calls, "name", None) is not None:  # inside another call
            return method(self, *args, **kwargs)
        resting = self._outage.resting()
        if resting and self._fallback.answers(name, args):
            self._outage.skipped()
            return self._fallback.answer(name, args, kwargs)
        _calls.name, _calls.failed, _calls.resting = name, False, resting
        try:
            result = method(self, *args, **kwargs)
        finally:
            failed = _calls.failed
            _calls.name = _calls.resting = None
        if not failed:
            if self._outage.success():
                self.forget_sessions()
            return result
        if self._fallback.answers(name, args):
            return self._fallback.answer(name, args, kwargs)
        return result

    call.__name__ = call.__qualname__ = name
    call.__doc__ = method.__doc__
    return call


class RedisCache(DjangoRedisCache):
    """django-redis' cache, with failures counted per outage and answered
    from the process's own memory meanwhile (see above)."""

    def __init__(self, server, params):
        options = {**DEFAULT_OPTIONS, **params.get("OPTIONS", {})}
        super().__init__(server, {**params, "OPTIONS": options})
        name = re.sub(r"//[^@/,]*@", "//", str(server))
        self._outage = outage_of(name)
        if self._outage.fallback is None:
            self._outage.fallback = Fallback(name, params)
        self._fallback = self._outage.fallback
        self._log_ignored_exceptions = True
        self.logger = _Counter(self._outage)

    def forget_sessions(self):
        """After an outage: drop the sessions Redis kept from before it.

        Sign-outs and expiries during the outage reached only the database
        (sessions are ``cached_db``); a server that was unreachable but kept
        its data would otherwise bring signed-out sessions back. Dropped from
        Redis, each session is read from the database again on its next use.
        """
        try:
            self.delete_pattern(f"{SESSION_KEYS}*")
        except Exception:  # never fail the reader's request for it
            logger.warning(
                "Cache %s: sessions from before the outage not dropped",
                self._outage.name,
            )

    @property
    def client(self):
        resting = getattr(_calls, "resting", None)
        if resting is None:  # not inside a watched call: decide here
            resting = self._outage.resting()
        if resting:
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
