"""The only way WeasyPrint may reach a resource: the project's own files.

WeasyPrint 70 takes a ``URLFetcher`` instance (a plain function no longer
works). :class:`StaticOnlyFetcher` serves files that lie inside a few allowed
folders (the shipped fonts, the PDF stylesheet and emblem, an emblem uploaded
by an admin) and refuses everything else: other local files, ``http(s):``,
``ftp:``, ``data:`` and any other scheme. A refusal never opens a socket or a
file; it is logged and remembered in :attr:`StaticOnlyFetcher.refused`.
"""

import logging
import mimetypes
from pathlib import Path
from urllib import request
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

logger = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {
    ".ttf": "font/ttf",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}


class FetchRefused(ValueError):
    """A resource outside the project's own files was asked for."""


class StaticOnlyFetcher(URLFetcher):
    """Serve ``file:`` URLs inside ``roots`` with an allowed suffix; refuse the rest."""

    def __init__(self, roots):
        # Deliberately not URLFetcher.__init__: it installs HTTP, FTP, file and
        # data handlers (and builds an SSL context, which is slow); this
        # fetcher never opens anything but the files it has checked.
        request.OpenerDirector.__init__(self)
        self._timeout = 1
        self._http_headers = {}
        self._allowed_protocols = ("file",)
        self._fail_on_errors = False
        self._request = None
        self.roots = tuple(Path(root).resolve() for root in roots)
        self.refused = []

    def _refuse(self, url, reason):
        self.refused.append(url)
        logger.warning("PDF renderer refused %s (%s)", url[:200], reason)
        raise FetchRefused(f"refused: {reason}")

    def resolve(self, url):
        """The local path ``url`` stands for, or raise :class:`FetchRefused`."""
        try:
            parts = urlsplit(url)
        except ValueError:
            self._refuse(url, "malformed URL")
        if parts.scheme.lower() != "file":
            self._refuse(url, "scheme not allowed")
        if parts.netloc not in ("", "localhost"):
            self._refuse(url, "remote host")
        path = Path(unquote(parts.path))
        if not path.is_absolute():
            self._refuse(url, "relative path")
        try:
            path = path.resolve(strict=True)
        except (OSError, RuntimeError):
            self._refuse(url, "no such file")
        if not any(path.is_relative_to(root) for root in self.roots):
            self._refuse(url, "outside the allowed folders")
        if path.suffix.lower() not in ALLOWED_SUFFIXES or not path.is_file():
            self._refuse(url, "file type not allowed")
        return path

    def open(self, url, data=None, timeout=None):
        return self.fetch(url.full_url if isinstance(url, request.Request) else url)

    def fetch(self, url, headers=None):
        path = self.resolve(url)
        mime_type = ALLOWED_SUFFIXES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), headers={"Content-Type": mime_type})
