"""Media on S3-compatible storage, against a real S3 server on loopback.

moto's server mode (``python -m moto.server``) runs as a separate process on a
free port and speaks the S3 protocol over HTTP; the site reaches it through
django-storages and boto3 exactly as it would reach a real bucket. The tests:

- the settings switch to S3 from the environment alone;
- an image, its renditions and documents land in the bucket, pages point at
  the bucket's URLs and the Content-Security-Policy allows that origin;
- ``backup`` reads the bucket through the storage API and ``restore`` brings
  it back as it was, in a site of its own (separate processes).
"""

import io
import json
import os
import sys
import tarfile
import uuid
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import storages
from django.test import override_settings

from hejnal.ops.testing import (
    Process,
    fetch,
    free_port,
    manage,
    scratch_database,
    wait_for,
)

pytest.importorskip(
    "moto.server",
    reason="moto[server] is not installed (pip install -e '.[test]')",
)
pytest.importorskip("flask", reason="moto[server] is not installed (no Flask)")
boto3 = pytest.importorskip("boto3", reason="boto3 is not installed")

REGION = "eu-central-1"
KEY_ID, SECRET = "hejnal-test-key", "hejnal-test-secret"


class S3Server(Process):
    """moto's S3-compatible server in a process of its own."""

    def __init__(self, folder):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        super().__init__(
            [
                sys.executable,
                "-m",
                "moto.server",
                "-H",
                "127.0.0.1",
                "-p",
                str(self.port),
            ],
            folder / "moto.log",
            env={**os.environ, "AWS_EC2_METADATA_DISABLED": "true"},
        )

        def ready():
            if not self.alive():
                raise AssertionError(f"moto server died:\n{self.log()}")
            return fetch(self.url, timeout=2)[0] < 500

        wait_for(ready, what="moto server")

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.url,
            region_name=REGION,
            aws_access_key_id=KEY_ID,
            aws_secret_access_key=SECRET,
        )

    def new_bucket(self):
        name = f"hejnal-media-{uuid.uuid4().hex[:10]}"
        self.client().create_bucket(
            Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION}
        )
        return name

    def objects(self, bucket):
        """{key: bytes} of everything in ``bucket``."""
        client = self.client()
        found = {}
        for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            for item in page.get("Contents", []):
                body = client.get_object(Bucket=bucket, Key=item["Key"])["Body"]
                found[item["Key"]] = body.read()
        return found


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    server = S3Server(tmp_path_factory.mktemp("moto"))
    yield server
    server.stop()


def storage_env(s3, bucket, **extra):
    return {
        "MEDIA_S3_BUCKET": bucket,
        "MEDIA_S3_ENDPOINT_URL": s3.url,
        "MEDIA_S3_REGION": REGION,
        "AWS_ACCESS_KEY_ID": KEY_ID,
        "AWS_SECRET_ACCESS_KEY": SECRET,
        "AWS_EC2_METADATA_DISABLED": "true",
        **extra,
    }


SHOW_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "default": settings.STORAGES["default"],
    "docs": getattr(settings, "WAGTAILDOCS_SERVE_METHOD", None),
}))
"""


def settings_from_env(env):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "hejnal.settings.dev", **env}
    result = manage(env, "shell", "-c", SHOW_SETTINGS)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_settings_choose_s3_only_when_a_bucket_is_named(s3):
    local = settings_from_env({"MEDIA_S3_BUCKET": ""})
    assert local["default"]["BACKEND"].endswith("FileSystemStorage")

    chosen = settings_from_env(
        storage_env(s3, "city-media", MEDIA_S3_CUSTOM_DOMAIN="media.example.org")
    )
    assert chosen["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    options = chosen["default"]["OPTIONS"]
    assert options["bucket_name"] == "city-media"
    assert options["endpoint_url"] == s3.url
    assert options["region_name"] == REGION
    assert options["custom_domain"] == "media.example.org"
    assert options["default_acl"] is None
    assert options["querystring_auth"] is False
    assert options["file_overwrite"] is False
    # Credentials are boto3's business, never copied into the settings.
    assert KEY_ID not in json.dumps(chosen)
    assert chosen["docs"] == "serve_view"


@pytest.fixture(scope="module")
def s3_options(s3):
    """The storage options base.py builds for the test server."""
    return settings_from_env(storage_env(s3, "any"))["default"]["OPTIONS"]


def s3_storages(options, bucket, **changes):
    """STORAGES for ``bucket``, with the test's keys passed in, not in os.environ."""
    return {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **options,
                "bucket_name": bucket,
                "access_key": KEY_ID,
                "secret_key": SECRET,
                **changes,
            },
        },
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        },
    }


def png(width=1000, height=600):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 40)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.django_db
def test_uploads_and_renditions_live_in_the_bucket(
    s3, s3_options, client, search_categories
):
    from bs4 import BeautifulSoup
    from wagtail.documents.models import Document

    from hejnal.conftest import add_article
    from hejnal.images.models import CityImage

    bucket = s3.new_bucket()
    bucket_url = f"{s3.url}/{bucket}/"
    with override_settings(
        STORAGES=s3_storages(s3_options, bucket),
        WAGTAILDOCS_SERVE_METHOD="serve_view",
    ):
        image = CityImage(
            title="Town hall",
            description="The town hall at dusk",
            file=ImageFile(io.BytesIO(png()), name="town-hall.png"),
        )
        image._set_image_file_metadata()
        image.save()
        programme = Document(title="Programme")
        programme.file.save("programme.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 900))
        recording = Document(title="Trumpet call")
        recording.file.save("hejnal.mp3", ContentFile(b"ID3" + b"\0" * 400))

        article = add_article(search_categories["en"], "Stored on S3", "Lead.")
        article.body = [
            {
                "type": "image",
                "value": {"image": image.pk, "caption": "Dusk", "alt_text": ""},
            },
            {"type": "document", "value": {"document": programme.pk, "title": ""}},
            {
                "type": "audio",
                "value": {
                    "audio": recording.pk,
                    "title": "The bugle call",
                    "transcript": "<p>Five notes.</p>",
                },
            },
        ]
        article.save_revision().publish()
        response = client.get(article.url)
        assert response.status_code == 200

        stored = s3.objects(bucket)
        assert stored[image.file.name] == png()
        assert stored[programme.file.name].startswith(b"%PDF-1.4")
        renditions = [key for key in stored if key.startswith("images/")]
        assert renditions, f"no rendition in the bucket: {sorted(stored)}"

        soup = BeautifulSoup(response.content, "html.parser")
        img = soup.select_one(".block-image img")
        sources = [img["src"]] + [
            part.split()[0] for part in img.get("srcset", "").split(",") if part
        ]
        for source in sources:
            assert source.startswith(bucket_url), source
            assert "X-Amz-" not in source  # plain URLs: stable in cached pages
            assert source[len(bucket_url) :] in stored

        # The policy lets the browser load them from the bucket's origin.
        policy = response.headers["Content-Security-Policy"]
        directives = {
            part.split()[0]: part.split()[1:] for part in policy.split("; ") if part
        }
        assert s3.url in directives["img-src"]
        assert s3.url in directives["media-src"]

        # Documents stay behind Wagtail's view and come from the bucket.
        link = soup.select_one(".block-document a")["href"]
        assert not link.startswith(s3.url)
        download = client.get(link)
        assert download.status_code == 200
        assert b"".join(download.streaming_content) == stored[programme.file.name]

        # The origin follows the storage: a CDN domain in front of the bucket.
        custom = s3_storages(s3_options, bucket, custom_domain="media.example.org")
        with override_settings(STORAGES=custom):
            from hejnal.ops.security_headers import media_origin

            assert media_origin() == "https://media.example.org"
            assert (
                storages["default"]
                .url(image.file.name)
                .startswith("https://media.example.org/original_images/")
            )


@pytest.mark.django_db
def test_local_media_add_no_origin_to_the_policy(client, homes):
    from hejnal.ops.security_headers import media_origin

    assert media_origin() is None
    policy = client.get(homes["en"].url).headers["Content-Security-Policy"]
    img_src = next(p for p in policy.split("; ") if p.startswith("img-src"))
    assert img_src.split()[1:] == ["'self'", "data:"]


# --- backup and restore, in a site of its own --------------------------------

MAKE_MEDIA = """
import io, json
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as Pillow
from wagtail.documents.models import Document
from hejnal.images.models import CityImage
buffer = io.BytesIO()
Pillow.new("RGB", (640, 480), (20, 90, 160)).save(buffer, "PNG")
image = CityImage(
    title="Harbour", description="The harbour",
    file=ImageFile(buffer, name="harbour.png"),
)
image._set_image_file_metadata()
image.save()
rendition = image.get_rendition("fill-320x240")
doc = Document(title="Plan")
doc.file.save("plan.pdf", ContentFile(b"%PDF-1.4 plan"))
print(json.dumps({"image": image.pk, "rendition": rendition.url, "doc": doc.pk}))
"""

COUNT = """
from wagtail.documents.models import Document
from hejnal.images.models import CityImage
print(CityImage.objects.filter(title="Harbour").count(), Document.objects.count())
"""


@pytest.fixture
def s3_site(s3, tmp_path):
    """A migrated site whose media are in a bucket of their own."""
    with scratch_database(tmp_path, prefix="hejnal_s3") as database_url:
        bucket = s3.new_bucket()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "hejnal.settings.dev",
            "DATABASE_URL": database_url,
            # Nothing may land here: the media are in the bucket.
            "MEDIA_ROOT": str(tmp_path / "media"),
            "STATIC_ROOT": str(tmp_path / "static"),
            **storage_env(s3, bucket),
        }
        manage(env, "migrate", "--no-input")
        yield env, bucket


def test_backup_and_restore_round_trip_the_bucket(s3, s3_site, tmp_path):
    env, bucket = s3_site
    made = json.loads(
        manage(env, "shell", "-c", MAKE_MEDIA).stdout.strip().splitlines()[-1]
    )
    assert made["rendition"].startswith(f"{s3.url}/{bucket}/images/")
    before = s3.objects(bucket)
    assert any(key.startswith("original_images/") for key in before)
    assert any(key.startswith("images/") for key in before)
    assert any(key.startswith("documents/") for key in before)

    archive = tmp_path / "backup.tar"
    result = manage(env, "backup", str(archive), "--verbosity", "0")
    assert f"{len(before)} media files" in result.stdout
    with tarfile.open(archive) as tar:
        media = {
            member.name.removeprefix("media/"): tar.extractfile(member).read()
            for member in tar.getmembers()
            if member.name.startswith("media/") and member.isfile()
        }
        manifest = json.load(tar.extractfile("manifest.json"))
    assert media == before
    assert manifest["media_storage"] == "S3Storage"
    assert not Path(env["MEDIA_ROOT"]).exists()

    # Lose the image (row and files), change a document, leave a stray file.
    manage(
        env,
        "shell",
        "-c",
        f"from hejnal.images.models import CityImage; "
        f"CityImage.objects.get(pk={made['image']}).delete()",
    )
    client = s3.client()
    for key in before:
        if key.startswith(("original_images/", "images/")):
            client.delete_object(Bucket=bucket, Key=key)
    document = next(key for key in before if key.startswith("documents/"))
    client.put_object(Bucket=bucket, Key=document, Body=b"overwritten")
    client.put_object(Bucket=bucket, Key="documents/stray.txt", Body=b"later upload")
    assert s3.objects(bucket) != before

    result = manage(env, "restore", str(archive), "--no-input", "--verbosity", "0")
    assert f"{len(before)} media files" in result.stdout
    assert s3.objects(bucket) == before
    assert manage(env, "shell", "-c", COUNT).stdout.split()[-2:] == ["1", "1"]
    assert not Path(env["MEDIA_ROOT"]).exists()


def test_restore_to_an_unreachable_bucket_leaves_the_database_alone(
    s3, s3_site, tmp_path
):
    env, bucket = s3_site
    manage(env, "shell", "-c", MAKE_MEDIA)
    archive = tmp_path / "backup.tar"
    manage(env, "backup", str(archive), "--verbosity", "0")
    manage(
        env,
        "shell",
        "-c",
        "from hejnal.images.models import CityImage; CityImage.objects.all().delete()",
    )
    missing = {**env, "MEDIA_S3_BUCKET": f"{bucket}-missing"}
    result = manage(missing, "restore", str(archive), "--no-input", check=False)
    assert result.returncode != 0
    # The message is in the site's language; the storage's reason is not.
    assert "CommandError" in result.stderr and "NoSuchBucket" in result.stderr
    assert "Traceback" not in result.stderr
    # The database was not restored: the deleted image is still gone.
    assert manage(env, "shell", "-c", COUNT).stdout.split()[-2] == "0"
