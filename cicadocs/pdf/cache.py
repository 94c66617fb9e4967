"""Finished PDFs kept on disk, keyed by a hash of exactly what was rendered.

The key covers the document content (snapshot or note parts), the language,
the variant and :func:`style_version` (templates, stylesheet, fonts, emblem),
so an unchanged document is served without rendering and any change makes a
new key: stale bytes are never served. Files live under
``MEDIA_ROOT/pdfcache`` and are shared by all worker processes; files unused
for ``CICADOCS_PDF_CACHE_DAYS`` (30) days are pruned now and then. Set
``CICADOCS_PDF_CACHE = False`` to turn the cache off.
"""

import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

from django.conf import settings

from .emblem import emblem_path
from .engine import font_paths, stylesheet_paths

# Bump when the renderer's code changes what it prints.
RENDERER_VERSION = "1"


def template_paths():
    folder = Path(settings.BASE_DIR) / "templates" / "pdf"
    return sorted(path for path in folder.glob("*.html") if not path.name.startswith("_links"))


_file_lists = {}
_versions = {}


def _shaping_files():
    """Stylesheets, templates and fonts (listed once per process) and the current emblem."""
    key = str(settings.BASE_DIR)
    if key not in _file_lists:
        _file_lists[key] = [*stylesheet_paths(), *template_paths(), *font_paths()]
    return [*_file_lists[key], emblem_path()]


def style_version():
    """A digest of everything besides the content that shapes the PDF.

    Files are identified by path, size and modification time (checked at each
    call, so an edited stylesheet or a new emblem changes the digest at once).
    """
    signature = [RENDERER_VERSION]
    for path in _shaping_files():
        stat = path.stat()
        signature.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}")
    signature = "\n".join(signature)
    if signature not in _versions:
        _versions.clear()
        _versions[signature] = hashlib.sha256(signature.encode()).hexdigest()
    return _versions[signature]


def content_key(kind, payload):
    """The cache key of ``payload`` (JSON-serialisable) rendered as ``kind``."""
    blob = json.dumps([kind, payload, style_version()], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def cache_dir():
    """``CICADOCS_PDF_CACHE_DIR``, else ``MEDIA_ROOT/pdfcache`` (names are unguessable digests)."""
    configured = getattr(settings, "CICADOCS_PDF_CACHE_DIR", "")
    return Path(configured) if configured else Path(settings.MEDIA_ROOT) / "pdfcache"


def enabled():
    return bool(getattr(settings, "CICADOCS_PDF_CACHE", True))


PRUNE_EVERY = 200  # writes between two prunings (per process)
_writes = 0


def prune(max_age_days=None):
    """Delete cached PDFs not read or written for ``CICADOCS_PDF_CACHE_DAYS`` (30) days."""
    days = max_age_days if max_age_days is not None else int(getattr(settings, "CICADOCS_PDF_CACHE_DAYS", 30))
    limit = time.time() - days * 86400
    removed = 0
    for path in cache_dir().glob("*/*.pdf"):
        try:
            stat = path.stat()
            if max(stat.st_mtime, stat.st_atime) < limit:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            continue
    return removed


def cached_pdf(key, build):
    """The PDF stored under ``key``, or ``build()`` stored there first."""
    if not enabled():
        return build()
    path = cache_dir() / key[:2] / f"{key}.pdf"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    data = build()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    global _writes
    _writes += 1
    if _writes % PRUNE_EVERY == 0:
        prune()
    return data
