"""The admin sign-in lockout counts a user name *and* the real client address.

Five wrong passwords for one user from one address lock that pair out; the
same user elsewhere, and other users from that address, still sign in. The
address is the one hejnal.ops.throttle.client_ip gives: X-Forwarded-For only
counts when the request comes from a trusted proxy.
"""

import pytest
from axes.models import AccessAttempt
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db

PASSWORD = "hejnal-demo"  # the demo accounts' password (load_demo)
A = "203.0.113.50"
B = "198.51.100.60"
PROXY = "127.0.0.1"  # trusted by default (HEJNAL_TRUSTED_PROXIES)


def sign_in(username, password=PASSWORD, client=None, **meta):
    client = client or Client()
    response = client.post(
        "/admin/login/", {"username": username, "password": password}, **meta
    )
    return response


def fail_five_times(username, **meta):
    for n in range(5):
        response = sign_in(username, "wrong", **meta)
        expected = 429 if n == 4 else 200
        assert response.status_code == expected, (n, response.status_code)


def signed_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def counted_addresses(username):
    return set(
        AccessAttempt.objects.filter(username=username).values_list(
            "ip_address", flat=True
        )
    )


def test_five_failures_lock_out_that_user_from_that_address_only():
    fail_five_times("editor_en", REMOTE_ADDR=A)
    # Locked: even the right password is refused from A …
    assert sign_in("editor_en", REMOTE_ADDR=A).status_code == 429
    # … but the same editor signs in from B,
    assert signed_in(sign_in("editor_en", REMOTE_ADDR=B))
    # and another user still signs in from A.
    assert signed_in(sign_in("editor_de", REMOTE_ADDR=A))
    assert counted_addresses("editor_en") == {A}


def test_a_forged_forwarded_for_from_outside_is_not_believed():
    for n in range(5):
        sign_in("editor_en", "wrong", REMOTE_ADDR=A, HTTP_X_FORWARDED_FOR=f"10.9.9.{n}")
    refused = sign_in("editor_en", REMOTE_ADDR=A, HTTP_X_FORWARDED_FOR="192.0.2.77")
    assert refused.status_code == 429
    assert counted_addresses("editor_en") == {A}
    # Nor can a forger pin the lockout on someone else's address.
    assert signed_in(sign_in("editor_en", REMOTE_ADDR="10.9.9.1"))


def test_through_the_trusted_proxy_each_reader_is_their_own_address():
    fail_five_times("editor_en", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=A)
    assert counted_addresses("editor_en") == {A}
    locked = sign_in("editor_en", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=A)
    assert locked.status_code == 429
    # The editor, at another address behind the same proxy, is not locked out.
    assert signed_in(sign_in("editor_en", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=B))


def test_what_the_client_wrote_before_the_proxys_hop_does_not_count():
    """The proxy appends the address it saw; anything to its left is the
    client's own claim."""
    for n in range(5):
        sign_in(
            "editor_en",
            "wrong",
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, {A}",
        )
    assert counted_addresses("editor_en") == {A}
    again = sign_in(
        "editor_en", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"192.0.2.99, {A}"
    )
    assert again.status_code == 429


@override_settings(HEJNAL_TRUSTED_PROXIES=["10.0.0.0/8", "2001:db8::/32"])
def test_trusted_proxies_may_be_ranges_and_chains():
    # Two proxies of ours (a TLS terminator, then Varnish), both in the ranges.
    chain = {"REMOTE_ADDR": "10.0.0.7", "HTTP_X_FORWARDED_FOR": f"{A}, 10.0.0.3"}
    fail_five_times("editor_en", **chain)
    assert counted_addresses("editor_en") == {A}
    assert signed_in(
        sign_in(
            "editor_en",
            REMOTE_ADDR="2001:db8::5",
            HTTP_X_FORWARDED_FOR=f"{B}:51234",
        )
    )
    # Loopback is no longer trusted: its header is ignored.
    fail_five_times("editor_de", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=B)
    assert counted_addresses("editor_de") == {PROXY}


@override_settings(HEJNAL_TRUSTED_PROXIES=[])
def test_with_no_trusted_proxy_the_header_is_ignored():
    fail_five_times("editor_en", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=A)
    assert counted_addresses("editor_en") == {PROXY}
