"""Kiwi's worker threads run below the thread that extracts (`analyze.WORKER_NICE`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest

from briefing.text import analyze

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="thread ids are read from /proc")

# A fresh interpreter loads Kiwi with two workers and prints every thread's nice value.
_CHILD = r"""
import json, os, threading
from briefing.text.analyze import get_kiwi
main = threading.get_native_id()
before = {int(t) for t in os.listdir("/proc/self/task")}
get_kiwi()
threads = {int(t): os.getpriority(os.PRIO_PROCESS, int(t)) for t in os.listdir("/proc/self/task")}
print(json.dumps({"main": threads[main], "before": sorted(before),
                  "new": sorted(v for t, v in threads.items() if t not in before)}))
"""


def test_kiwi_workers_run_below_the_loading_thread() -> None:
    env = dict(os.environ, BRIEFING_KIWI_WORKERS="2")
    done = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, env=env,
                          check=True, timeout=120)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    base = os.getpriority(os.PRIO_PROCESS, 0)
    assert seen["main"] == base  # the extracting thread keeps its place
    assert len(seen["new"]) >= 2  # Kiwi's two workers
    assert seen["new"] == [min(19, base + analyze.WORKER_NICE)] * len(seen["new"])


def test_lower_priority_of_one_thread_and_of_none() -> None:
    ready, stop = threading.Event(), threading.Event()
    ids: list[int] = []

    def wait() -> None:
        ids.append(threading.get_native_id())
        ready.set()
        stop.wait(30)

    thread = threading.Thread(target=wait)
    thread.start()
    try:
        assert ready.wait(30)
        mine = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        analyze._lower_priority(set(ids))
        assert os.getpriority(os.PRIO_PROCESS, ids[0]) == min(19, mine + analyze.WORKER_NICE)
        assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == mine
    finally:
        stop.set()
        thread.join()
    analyze._lower_priority({ids[0]})  # a thread that has ended: left alone, no error
    analyze._lower_priority(set())

