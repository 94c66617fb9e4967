"""The emblem printed in the letterhead, replaceable by admins.

An admin replaces the project's emblem (``static/pdf/emblem.svg``, an original
placeholder design) by putting an SVG or PNG file in
``MEDIA_ROOT/pdf/emblem/`` (the newest file wins) or by naming one in the
``CICADOCS_PDF_EMBLEM`` setting. Both are looked up at call time, so no
restart is needed, and the emblem is part of the PDF cache key.
"""

import hashlib
from pathlib import Path

from django.conf import settings

SUFFIXES = {".svg", ".png"}


def default_emblem():
    return Path(settings.BASE_DIR) / "static" / "pdf" / "emblem.svg"


def uploaded_emblem_dir():
    return Path(settings.MEDIA_ROOT) / "pdf" / "emblem"


def emblem_path():
    configured = getattr(settings, "CICADOCS_PDF_EMBLEM", "")
    if configured and Path(configured).is_file() and Path(configured).suffix.lower() in SUFFIXES:
        return Path(configured)
    folder = uploaded_emblem_dir()
    if folder.is_dir():
        candidates = [path for path in folder.iterdir() if path.is_file() and path.suffix.lower() in SUFFIXES]
        if candidates:
            return max(candidates, key=lambda path: (path.stat().st_mtime_ns, path.name))
    return default_emblem()


def emblem_url():
    """A ``file:`` URL of the emblem, with a content digest so caches notice a change."""
    path = emblem_path().resolve()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return f"{path.as_uri()}?v={digest}"
