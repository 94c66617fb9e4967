"""Benchmark of the PDF renderer (not a test): `make bench`.

Sets up a throwaway SQLite database with the demo data, then prints the median
render time of a note page, of the 9-page UNOCT draft in each language, of the
full NCT/CT/708 bundle (three note pages and the enclosure), the time of a
cached download through the view, the peak memory, and the render time of
memoranda of about 9, 30 and 90 pages. Targets (2-core machine): note <= 0.10 s,
9-page memorandum <= 0.5 s, bundle <= 1.0 s, cached download <= 20 ms, peak
memory <= 150 MiB, time linear in pages.
"""

import copy
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORK = tempfile.TemporaryDirectory(prefix="cicadocs-bench-")
os.environ["DATABASE_URL"] = f"sqlite:///{WORK.name}/bench.sqlite3"
os.environ["MEDIA_ROOT"] = f"{WORK.name}/media"
os.environ.setdefault("DEBUG", "1")
os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cicadocs.settings")
os.environ.setdefault("LOG_LEVEL", "ERROR")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "7"))


class Timing(float):
    """A median wall-clock time that also carries the median CPU time of the process."""

    cpu = 0.0


def median_time(function, runs=RUNS, warmup=1):
    for _ in range(warmup):
        function()
    walls, cpus = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        cpus.append(time.process_time() - start_cpu)
        walls.append(time.perf_counter() - start)
    timing = Timing(statistics.median(walls))
    timing.cpu = statistics.median(cpus)
    return timing


def scaled_snapshot(snapshot, target_pages, base_pages):
    """The snapshot with preamble paragraphs and sections repeated (renumbered) to reach about ``target_pages``."""
    result = copy.deepcopy(snapshot)
    ratio = target_pages / base_pages
    preamble = snapshot["preamble"]
    result["preamble"] = [copy.deepcopy(preamble[i % len(preamble)]) for i in range(round(len(preamble) * ratio))]
    sections = []
    for index in range(round(len(snapshot["sections"]) * ratio)):
        section = copy.deepcopy(snapshot["sections"][index % len(snapshot["sections"])])
        number = str(index + 1)
        section["number"] = number
        section["label"] = dict.fromkeys(("en", "ru", "kk"), f"{number}:")
        for clause_index, clause in enumerate(section["clauses"], start=1):
            clause["number"] = f"{number}.{clause_index}" if clause["number"] else ""
        sections.append(section)
    result["sections"] = sections
    return result


def line(label, value, target=None, unit="s"):
    formats = {"ms": f"{value * 1000:8.1f} ms", "s": f"{value:8.3f} s"}
    shown = formats.get(unit, f"{value:8.1f} {unit}")
    cpu = getattr(value, "cpu", None)
    if cpu is not None:
        shown += f" (cpu {cpu * 1000:7.1f} ms)" if unit == "ms" else f" (cpu {cpu:6.3f} s)"
    verdict = ""
    if target is not None:
        limit = target / 1000 if unit == "ms" else target
        verdict = "  ok" if value <= limit else "  OVER TARGET"
        if cpu is not None and value > limit and cpu <= limit:
            verdict = "  over in wall time, ok in cpu time (busy machine?)"
        verdict += f" (target <= {target} {unit})"
    print(f"  {label:<46}{shown}{verdict}")


def main():
    print("Setting up a throwaway database with the demo data ...", flush=True)
    # In a separate process, so that the memory figures below are the renderer's.
    for command in (["migrate", "--noinput", "-v0"], ["load_demo", "--quiet-users", "-v0"]):
        subprocess.run([sys.executable, str(ROOT / "manage.py"), *command], check=True, cwd=ROOT, env=os.environ)

    from cicadocs.accounts.models import User
    from cicadocs.pdf import engine, render
    from notes.models import Note

    note = next(n for n in Note.objects.select_related("series") if n.full_number == "NCT/CT/708")
    version = note.enclosures.get().memorandum_version
    snapshot = version.snapshot

    settings.CICADOCS_PDF_CACHE = False
    start = time.perf_counter()
    engine.styles()
    render.render_note(note, "en", "final")
    first = time.perf_counter() - start

    print(f"\nRenders without the PDF cache (median of {RUNS} runs, WeasyPrint {_weasyprint_version()}):")
    line("first render in a fresh process (styles, fonts)", first)
    line("note NCT/CT/708, one page (en)", median_time(lambda: render.render_note(note, "en", "final")), 0.10)
    line("note NCT/CT/708, one page (kk)", median_time(lambda: render.render_note(note, "kk", "final")), 0.10)
    for language in [code for code in snapshot["languages"] if code in render.LANGUAGES]:
        pages = render.page_count(render.render_memorandum(snapshot, language, "draft"))
        seconds = median_time(lambda language=language: render.render_memorandum(snapshot, language, "draft"))
        line(f"UNOCT draft v{version.number} ({language}, {pages} pages)", seconds, 0.5)
    bundle_pages = render.page_count(render.render_note_bundle(note, "final"))
    line(
        f"bundle NCT/CT/708 ({bundle_pages} pages)",
        median_time(lambda: render.render_note_bundle(note, "final"), runs=max(3, RUNS // 2)),
        1.0,
    )

    print("\nCached downloads (PDF cache on, through the view, staff user):")
    settings.CICADOCS_PDF_CACHE = True
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    client.force_login(User.objects.filter(username="staff").first() or User.objects.filter(is_superuser=True).first())
    for label, url in [
        ("bundle NCT/CT/708", reverse("pdf:note_bundle", args=[note.pk])),
        ("note NCT/CT/708 (ru)", reverse("pdf:note", args=[note.pk, "ru"])),
        (f"UNOCT version {version.number} (en)", reverse("pdf:memorandum_version", args=[version.pk, "en"])),
    ]:
        response = client.get(url)
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf", response.status_code
        line(f"{label}, cached", median_time(lambda url=url: client.get(url), runs=max(RUNS, 15)), 20, "ms")
    start = time.perf_counter()
    render.render_note_bundle(note, "final")
    line("bundle NCT/CT/708, renderer call, cached", time.perf_counter() - start, 20, "ms")

    demo_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print("\nScaling with the length of a memorandum (en, without the cache):")
    settings.CICADOCS_PDF_CACHE = False
    base_pages = render.page_count(render.render_memorandum(snapshot, "en", "draft"))
    rows = []
    for target in (9, 30, 90):
        scaled = scaled_snapshot(snapshot, target, base_pages)
        pages = render.page_count(render.render_memorandum(scaled, "en", "draft"))
        if pages != target:  # the title and signatures do not repeat: correct once
            scaled = scaled_snapshot(snapshot, target * target / pages, base_pages)
            pages = render.page_count(render.render_memorandum(scaled, "en", "draft"))
        seconds = median_time(lambda scaled=scaled: render.render_memorandum(scaled, "en", "draft"), runs=3, warmup=0)
        rows.append((pages, seconds.cpu))
        print(
            f"  {pages:4d} pages {seconds:8.3f} s (cpu {seconds.cpu:6.3f} s)"
            f"  {seconds.cpu / pages * 1000:6.1f} ms cpu per page"
        )
    (p1, s1), (p3, s3) = rows[0], rows[-1]
    ratio = (s3 / p3) / (s1 / p1)
    print(f"  cpu time per page at {p3} pages / at {p1} pages: {ratio:.2f} (1.00 = linear)")
    all_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print("\nMemory:")
    line("peak resident memory, demo documents", demo_rss, 150, "MiB")
    line(f"peak resident memory, after the {rows[-1][0]}-page memorandum", all_rss, 150, "MiB")
    tracemalloc.start()
    render.render_note_bundle(note, "final")
    _current, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    line("peak Python allocations of one bundle render", traced_peak / 2**20, None, "MiB")


def _weasyprint_version():
    import weasyprint

    return weasyprint.__version__


if __name__ == "__main__":
    try:
        main()
    finally:
        WORK.cleanup()
