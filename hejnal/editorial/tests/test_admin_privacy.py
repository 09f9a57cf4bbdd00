"""The admin asks no third party about its editors."""

import pytest


@pytest.mark.django_db
def test_admin_pages_load_no_avatar_from_gravatar(client, admin_user):
    client.force_login(admin_user)
    for url in ("/admin/", "/admin/account/", "/admin/users/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert b"gravatar" not in response.content.lower(), url
        assert b"avatar" in response.content.lower(), url  # the default one
