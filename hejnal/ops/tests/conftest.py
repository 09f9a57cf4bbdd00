# A recording stand-in for the HTTP cache (a real HTTP server on loopback).
from hejnal.caching.tests.test_purge_targets import cache_server  # noqa: F401
