#!/usr/bin/env python3
"""All the benchmarks in one command: the machine, then the four tables of issue 8.

    python benchmarks/run.py            # everything (digest up to 5,000 articles: several minutes)
    python benchmarks/run.py --quick    # digest at 100 and 1,000 only, fewer repetitions

1. Batch analysis vs. the Kiwi floor  (bench_batch.py)
2. Cold single-article PDF, phase by phase, vs. its floor  (bench_pdf.py)
3. Digest scaling at 100 / 1,000 / 5,000 articles  (bench_digest.py, when present)
4. Peers: selection time per article, same articles, same machine  (bench_peers.py)

Each table is printed by its own script, run as a child process so that every measurement starts
from a fresh interpreter. The machine is shared, so each script repeats its runs and reports the best
and/or the median; the load average is printed before and after every table. Timings are never
asserted anywhere: these are measurements for people to read (results in benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import ctypes.util
import os
import platform
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _harfbuzz_subset() -> str:
    lib = ctypes.util.find_library("harfbuzz-subset")
    if not lib:
        return "absent (WeasyPrint subsets fonts with fontTools: slower PDF writes)"
    try:
        sys.path.insert(0, str(ROOT))
        from briefing.render.weasy import harfbuzz_subset_available

        used = harfbuzz_subset_available()
    except Exception as exc:  # noqa: BLE001 - a description, not a check
        return f"present ({lib}); could not ask WeasyPrint: {exc}"
    return f"present ({lib}); WeasyPrint {'uses it' if used else 'does not use it'}"


def describe_machine() -> None:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print("# briefing benchmarks\n")
    print(f"- date: {time.strftime('%Y-%m-%d %H:%M %Z')}")
    print(f"- CPU: {_cpu_model()}, {os.cpu_count()} logical CPUs ({cores} usable by this process)")
    print(f"- RAM: {_ram()}")
    print(f"- OS: {platform.platform()}")
    print(f"- Python {platform.python_version()} ({sys.executable})")
    print(f"- kiwipiepy {_version('kiwipiepy')} (model {_version('kiwipiepy_model')}), "
          f"weasyprint {_version('weasyprint')}")
    print(f"- libharfbuzz-subset0: {_harfbuzz_subset()}")
    print(f"- load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          "(other jobs on the machine skew wall times; see each table's note)\n")


def run(title: str, script: str, args: list[str], heading: bool = False) -> bool:
    """Run one benchmark script; `heading`: print the table's title (for scripts that print none)."""
    path = HERE / script
    print(f"\n---\n\n<!-- python benchmarks/{script} {' '.join(args)} -->\n", flush=True)
    if heading or not path.exists():
        print(f"## {title}\n", flush=True)
    if not path.exists():
        print(f"skipped: benchmarks/{script} is not there.\n", flush=True)
        return False
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(path), *args], cwd=ROOT, check=False)
    print(f"\n({script}: {time.perf_counter() - started:.0f} s; load average now "
          f"{os.getloadavg()[0]:.2f})", flush=True)
    if done.returncode != 0:
        print(f"{script} failed with exit code {done.returncode}", flush=True)
        return False
    return True


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="digest at 100 and 1,000 articles only, fewer runs")
    ap.add_argument("--skip", nargs="+", default=[], choices=["batch", "pdf", "digest", "peers"],
                    help="leave tables out")
    ap.add_argument("--python", help="interpreter with the peers' requirements (bench_peers.py --python)")
    args = ap.parse_args()
    describe_machine()
    runs = "3" if args.quick else "5"
    ok = True
    if "batch" not in args.skip:
        ok &= run("Batch analysis", "bench_batch.py", ["--count", "200", "--runs", runs])
    if "pdf" not in args.skip:
        ok &= run("Cold single-article PDF: phases vs. the floor", "bench_pdf.py", ["--runs", runs], heading=True)
    if "digest" not in args.skip:
        sizes = ["100", "1000"] if args.quick else ["100", "1000", "5000"]
        ok &= run("Digest scaling", "bench_digest.py", ["--sizes", *sizes], heading=True)
    if "peers" not in args.skip:
        peer_args = ["--repeat", "3" if args.quick else "5"] + (["--python", args.python] if args.python else [])
        ok &= run("Peers", "bench_peers.py", peer_args)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
