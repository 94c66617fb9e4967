"""HTML to PDF with WeasyPrint: reused styles and fonts, limits, no attachments.

Parsing the stylesheet and loading the ``@font-face`` fonts is the slow part of
a small render, so both are built once per process (lazily, reading settings
at call time) and reused: :func:`styles` returns the cached
``FontConfiguration`` and ``CSS`` objects, rebuilt when the stylesheet or
font files change.

Limits: the HTML is measured before anything is laid out
(``CICADOCS_PDF_MAX_CHARS``), and WeasyPrint's progress log, which it writes at
each step and for every page, is watched against a deadline
(``CICADOCS_PDF_TIMEOUT`` seconds) and a page limit
(``CICADOCS_PDF_MAX_PAGES``). Either raises a named error instead of keeping a
worker busy.
"""

import gc
import hashlib
import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from weasyprint import CSS, HTML
from weasyprint.css.counters import CounterStyle
from weasyprint.logger import PROGRESS_LOGGER
from weasyprint.text.fonts import FontConfiguration

from .emblem import emblem_path
from .errors import DocumentTooLarge, RenderTimeout
from .fetcher import StaticOnlyFetcher

DEFAULT_TIMEOUT = 20  # below gunicorn's default worker timeout of 30 s
DEFAULT_MAX_CHARS = 2_000_000
DEFAULT_MAX_PAGES = 600

_render_lock = threading.RLock()
_state = threading.local()
_styles = None


def static_root():
    return Path(settings.BASE_DIR) / "static"


def stylesheet_paths():
    return [static_root() / "pdf" / "pdf.css"]


def font_paths():
    return sorted((static_root() / "fonts").glob("LiberationSerif-*.ttf"))


def allowed_roots():
    """Folders the fetcher may read: shipped fonts, PDF assets, an uploaded emblem."""
    return [static_root() / "fonts", static_root() / "pdf", emblem_path()]


def make_fetcher():
    return StaticOnlyFetcher(allowed_roots())


def _digest_files(paths):
    digest = hashlib.sha256()
    for path in paths:
        stat = path.stat()
        digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


@dataclass
class Styles:
    key: str
    font_config: FontConfiguration
    stylesheets: list
    counter_style: CounterStyle = field(default_factory=CounterStyle)
    image_cache: dict = field(default_factory=dict)


def styles():
    """The parsed stylesheets and font configuration, built once and reused."""
    global _styles
    key = _digest_files(stylesheet_paths() + font_paths())
    current = _styles
    if current is not None and current.key == key:
        return current
    with _render_lock:
        if _styles is not None and _styles.key == key:
            return _styles
        font_config = FontConfiguration()
        counter_style = CounterStyle()
        fetcher = make_fetcher()
        sheets = [
            CSS(filename=str(path), url_fetcher=fetcher, font_config=font_config, counter_style=counter_style)
            for path in stylesheet_paths()
        ]
        _styles = Styles(key=key, font_config=font_config, stylesheets=sheets, counter_style=counter_style)
        return _styles


def reset_styles():
    """Forget the cached styles (tests; a changed stylesheet is noticed anyway)."""
    global _styles
    _styles = None


class _LimitFilter(logging.Filter):
    """Check the deadline and page limit each time WeasyPrint reports progress."""

    def filter(self, record):
        deadline = getattr(_state, "deadline", None)
        if deadline is None:
            return False
        if time.monotonic() > deadline:
            raise RenderTimeout(seconds=_state.timeout)
        message = record.msg if isinstance(record.msg, str) else ""
        is_page = message.startswith("Step 5 - Creating layout - Page") and record.args
        if is_page and int(record.args[0]) > _state.max_pages:
            raise DocumentTooLarge()
        return False  # never print the progress messages


_limit_filter = _LimitFilter()


def _install_limit_filter():
    if _limit_filter not in PROGRESS_LOGGER.filters:
        PROGRESS_LOGGER.addFilter(_limit_filter)
    if PROGRESS_LOGGER.level == logging.NOTSET or PROGRESS_LOGGER.level > logging.INFO:
        PROGRESS_LOGGER.setLevel(logging.INFO)


def base_url():
    return (static_root() / "pdf").as_uri() + "/"


def html_to_pdf(html, *, fetcher=None):
    """The PDF bytes of ``html`` (a complete document made by our templates)."""
    max_chars = int(getattr(settings, "CICADOCS_PDF_MAX_CHARS", DEFAULT_MAX_CHARS))
    if len(html) > max_chars:
        raise DocumentTooLarge()
    current = styles()
    fetcher = fetcher or make_fetcher()
    timeout = float(getattr(settings, "CICADOCS_PDF_TIMEOUT", DEFAULT_TIMEOUT))
    _install_limit_filter()
    with _render_lock:
        _state.timeout = int(timeout) if timeout == int(timeout) else timeout
        _state.max_pages = int(getattr(settings, "CICADOCS_PDF_MAX_PAGES", DEFAULT_MAX_PAGES))
        _state.deadline = time.monotonic() + timeout
        # The layout makes many short-lived objects; collecting them while the
        # heap grows makes long documents slower than linear.
        collecting = gc.isenabled()
        gc.disable()
        try:
            document = HTML(string=html, base_url=base_url(), url_fetcher=fetcher).render(
                font_config=current.font_config,
                counter_style=current.counter_style,
                stylesheets=current.stylesheets,
                cache=current.image_cache,
            )
            # No embedded files, whatever the HTML says.
            document.metadata.attachments = []
            return document.write_pdf(attachments=None)
        finally:
            _state.deadline = None
            if collecting:
                gc.enable()
