"""Reading an import source safely: size limits, http(s) only, no XML bombs."""

import xml.sax
from http.client import HTTPException
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import urlparse
from urllib.request import Request, urlopen

from defusedxml import DefusedXmlException
from defusedxml.sax import parseString
from django.utils.translation import gettext as _

from .base import ImportRefused

MAX_SOURCE_BYTES = 256 * 1024 * 1024
FETCH_TIMEOUT = 30
USER_AGENT = "Hejnal-importer/1.0 (+https://github.com/)"


def _scheme(source):
    try:
        return urlparse(source).scheme
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return ""


def is_url(source):
    return _scheme(source) in {"http", "https"} or source.startswith(
        ("http://", "https://")
    )


def read_source(source, max_bytes=MAX_SOURCE_BYTES, timeout=FETCH_TIMEOUT):
    """The bytes of a file path or http(s) URL, refusing anything too large.

    ``timeout`` (seconds) bounds the connection and each read of a download.
    """
    if is_url(source):
        try:
            request = Request(source, headers={"User-Agent": USER_AGENT})
            with urlopen(request, timeout=timeout) as response:  # noqa: S310
                data = response.read(max_bytes + 1)
        except (OSError, ValueError, HTTPException) as exc:
            # URLError wraps the socket error in .reason; HTTPError says it all.
            reason = exc
            if isinstance(exc, URLError) and not isinstance(exc, HTTPError):
                reason = exc.reason
            if isinstance(reason, TimeoutError):
                raise ImportRefused(
                    _("%(source)s did not answer within %(seconds)s seconds.")
                    % {"source": source, "seconds": f"{timeout:g}"}
                ) from exc
            raise ImportRefused(
                _("Could not download %(source)s: %(error)s")
                % {"source": source, "error": reason}
            ) from exc
    else:
        scheme = _scheme(source)
        if len(scheme) > 1 and scheme != "file":  # one letter: a Windows drive
            raise ImportRefused(_("Only files and http(s) addresses can be imported."))
        path = Path(source.removeprefix("file://"))
        if not path.is_file():
            raise ImportRefused(_("File not found: %(path)s") % {"path": source})
        if path.stat().st_size > max_bytes:
            raise ImportRefused(
                _("%(source)s is larger than the limit of %(limit)d MB.")
                % {"source": source, "limit": max_bytes // (1024 * 1024)}
            )
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ImportRefused(
                _("Could not read %(source)s: %(error)s")
                % {"source": source, "error": exc.strerror or exc}
            ) from exc
    if len(data) > max_bytes:
        raise ImportRefused(
            _("%(source)s is larger than the limit of %(limit)d MB.")
            % {"source": source, "limit": max_bytes // (1024 * 1024)}
        )
    if not data.strip():
        raise ImportRefused(_("%(source)s is empty.") % {"source": source})
    return data


def check_xml_safety(data):
    """Refuse entity declarations and external references; report well-formedness.

    Returns ``True`` when the document is well-formed XML. Entity expansion
    attacks ("billion laughs", "quadratic blowup") and external entities raise
    :class:`ImportRefused` before any parser expands them.
    """
    try:
        parseString(
            data,
            xml.sax.ContentHandler(),
            forbid_dtd=False,
            forbid_entities=True,
            forbid_external=True,
        )
    except DefusedXmlException as exc:
        raise ImportRefused(
            _(
                "The file declares XML entities or external references "
                "(a possible “billion laughs” attack) and was refused."
            )
        ) from exc
    except (xml.sax.SAXException, LookupError, ValueError):
        return False  # not well-formed (or an encoding expat does not know)
    return True
