"""Running calls at the same moment, each in its own thread and connection,
for the tests of what two people doing one thing at once must never break."""

import threading

from django.db import connections


def run_together(*calls):
    """Start every call at once; return their results (or the exceptions they raised), in order."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            results[index] = call()
        except Exception as exc:  # noqa: BLE001 - returned to the test
            results[index] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
