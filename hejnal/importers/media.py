"""Images and documents from a local folder (a WordPress ``uploads`` copy).

Files are looked up only inside that folder, checked (size, pixels, format)
before anything is stored, and remembered in :class:`ImportedFile` so a second
run reuses them. Files written during an item that is then rolled back are
deleted again by :meth:`LocalMedia.discard_new_files`.
"""

import contextlib
import hashlib
import os
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.core.files import File
from django.core.files.images import ImageFile
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from .models import ImportedFile

UPLOADS_MARKER = "/wp-content/uploads/"
_RESIZED = re.compile(r"-\d+x\d+(?=\.[A-Za-z0-9]+$)")
IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}


class MediaError(Exception):
    """A referenced file exists but cannot be used; the item is skipped."""


class LocalMedia:
    def __init__(self, folder, dry_run=False):
        self.folder = Path(folder).resolve() if folder else None
        self.dry_run = dry_run
        self.new_files = []
        self.warnings = []
        self._known = {}

    # Lookup -------------------------------------------------------------------
    def local_path(self, url):
        """The file in the uploads folder that ``url`` refers to, or ``None``."""
        if self.folder is None or not url:
            return None
        try:
            path = unquote(urlparse(url).path)
        except ValueError:
            return None
        if UPLOADS_MARKER in path:
            relative = path.split(UPLOADS_MARKER, 1)[1]
        elif not urlparse(url).scheme and not path.startswith("/"):
            relative = path
        else:
            return None
        for candidate in (relative, _RESIZED.sub("", relative)):
            resolved = (self.folder / candidate).resolve()
            if not resolved.is_relative_to(self.folder):
                return None  # ../ tricks stay out of the rest of the disk
            if resolved.is_file():
                return resolved
        return None

    def key(self, path):
        return "upload:" + path.relative_to(self.folder).as_posix()

    # Images -------------------------------------------------------------------
    def check_image(self, path):
        """Raise :class:`MediaError` unless ``path`` is an image the library takes."""
        size = path.stat().st_size
        limit = getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
        if size > limit:
            raise MediaError(
                _("image %(name)s is too large (%(size)d bytes)")
                % {"name": path.name, "size": size}
            )
        max_pixels = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 128_000_000)
        try:
            with PILImage.open(path) as probe:
                image_format = probe.format
                width, height = probe.size
                probe.verify()
        except Exception as exc:  # Pillow raises many kinds for broken files
            raise MediaError(
                _("image %(name)s cannot be read") % {"name": path.name}
            ) from exc
        if image_format not in IMAGE_FORMATS:
            raise MediaError(
                _("image %(name)s has an unsupported format") % {"name": path.name}
            )
        if width * height > max_pixels:
            raise MediaError(
                _("image %(name)s has too many pixels") % {"name": path.name}
            )

    def image(self, path, title, description):
        """Id of the library image for ``path``, creating it if needed.

        In a dry run the file is only checked and ``None`` comes back.
        """
        key = self.key(path)
        if key in self._known:
            return self._known[key]
        self.check_image(path)
        if self.dry_run:
            return None
        checksum = _sha256(path)
        known = ImportedFile.objects.filter(source_key=key, image__isnull=False).first()
        if known is not None and known.checksum == checksum:
            self._known[key] = known.image_id
            return known.image_id
        image_model = get_image_model()
        with path.open("rb") as handle:
            image = image_model(
                title=(title or path.stem)[:255],
                description=(description or "")[:255],
                collection=Collection.get_first_root_node(),
                file=ImageFile(handle, name=path.name),
            )
            image._set_image_file_metadata()
            image.save()
        self.new_files.append(image.file.name)
        ImportedFile.objects.update_or_create(
            source_key=key,
            defaults={"checksum": checksum, "image": image, "document": None},
        )
        self._known[key] = image.pk
        return image.pk

    # Documents ----------------------------------------------------------------
    def document(self, path, title):
        extension = path.suffix.lower().lstrip(".")
        allowed = getattr(settings, "WAGTAILDOCS_EXTENSIONS", None)
        if allowed and extension not in allowed:
            return None
        limit = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", 50 * 1024 * 1024)
        if path.stat().st_size > limit:
            raise MediaError(_("document %(name)s is too large") % {"name": path.name})
        key = self.key(path)
        if key in self._known:
            return self._known[key]
        if self.dry_run:
            return None
        checksum = _sha256(path)
        known = ImportedFile.objects.filter(
            source_key=key, document__isnull=False
        ).first()
        if known is not None and known.checksum == checksum:
            self._known[key] = known.document_id
            return known.document_id
        with path.open("rb") as handle:
            document = get_document_model()(
                title=(title or path.stem)[:255],
                collection=Collection.get_first_root_node(),
                file=File(handle, name=path.name),
            )
            document._set_document_file_metadata()
            document.save()
        self.new_files.append(document.file.name)
        ImportedFile.objects.update_or_create(
            source_key=key,
            defaults={"checksum": checksum, "document": document, "image": None},
        )
        self._known[key] = document.pk
        return document.pk

    # Transactions -------------------------------------------------------------
    def commit(self):
        self.new_files = []

    def discard_new_files(self):
        """Delete files stored for an item whose transaction was rolled back."""
        from django.core.files.storage import default_storage

        for name in self.new_files:
            with contextlib.suppress(OSError):
                default_storage.delete(name)
        self.new_files = []
        self._known = {}


def _sha256(path):
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def is_image_name(name):
    return os.path.splitext(name)[1].lower() in {
        ".jpg",
        ".jpeg",
        ".png",
        ".gif",
        ".webp",
    }
