import pytest


@pytest.mark.django_db
def test_healthz_and_readyz_answer_ok(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["database"] == "ok"
    assert "no-cache" in ready["Cache-Control"]
    # The check used the request's connection as it was: this transaction
    # (the test's) goes on.
    from django.contrib.auth import get_user_model

    assert get_user_model().objects.count() >= 0
    assert client.get("/readyz").status_code == 200


@pytest.mark.django_db
def test_robots_txt_points_to_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body
