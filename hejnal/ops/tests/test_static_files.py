"""With DEBUG off, static files get hashed names and compressed copies."""

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_collectstatic_writes_hashed_compressed_files(tmp_path, settings):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        },
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    css = [p.name for p in (tmp_path / "css").iterdir() if p.name.startswith("site.")]
    hashed = [name for name in css if name.count(".") == 2 and name.endswith(".css")]
    assert hashed, css
    assert f"{hashed[0]}.gz" in css
    assert (tmp_path / "staticfiles.json").exists()
