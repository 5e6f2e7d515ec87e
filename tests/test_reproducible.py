"""Reproducible PDFs: the same article and options give the same bytes on any run.

Each build runs in its own process, more than a second after the previous one, on both of
WeasyPrint's font subsetters: fontTools (used when libharfbuzz-subset is missing, and forced here)
and libharfbuzz-subset (the system's, or the copy `.ci/run` unpacks into `.cache/` and names in
`BRIEFING_TEST_HARFBUZZ_SUBSET_DIR`; skipped, with the reason, on a machine that has neither).
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pypdf
import pytest
from fontTools.misc.timeTools import epoch_diff
from fontTools.ttLib import TTFont

from briefing.render.weasy import font_epoch

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "ai-global-cooperation-meeting.txt"

# Runs `briefing build` in a fresh process; argv[1] says which subsetter WeasyPrint may use.
BUILD = """
import sys
import weasyprint.pdf.fonts
from briefing.render.weasy import harfbuzz_subset_available
if sys.argv[1] == "fonttools":
    weasyprint.pdf.fonts.harfbuzz_subset = None
elif not harfbuzz_subset_available():
    sys.exit(77)
from briefing.cli import main
main(sys.argv[2:])
"""


def _environment(subsetter: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    extra = os.environ.get("BRIEFING_TEST_HARFBUZZ_SUBSET_DIR")
    if subsetter == "harfbuzz" and extra:
        env["LD_LIBRARY_PATH"] = os.pathsep.join(filter(None, [extra, env.get("LD_LIBRARY_PATH")]))
    return env


def build(subsetter: str, article: Path, out: Path, env: dict[str, str] | None = None) -> bytes:
    done = subprocess.run([sys.executable, "-c", BUILD, subsetter, "build", str(article), "-o", str(out)],
                          check=False, env=env or _environment(subsetter), capture_output=True, text=True, timeout=300)
    if done.returncode == 77:
        pytest.skip("libharfbuzz-subset is not on this machine (`.ci/run` provides a copy)")
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


def embedded_fonts(pdf: bytes) -> list[tuple[int, TTFont]]:
    """(size in bytes, font) of each font embedded in the PDF."""
    fonts = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            data = descriptor["/FontFile2"].get_object().get_data()
            fonts.append((len(data), TTFont(io.BytesIO(data))))
    return fonts


@pytest.mark.parametrize("subsetter", ["fonttools", "harfbuzz"])
def test_two_builds_seconds_apart_give_the_same_bytes(subsetter: str, tmp_path: Path) -> None:
    first = build(subsetter, SAMPLE, tmp_path / "first.pdf")
    time.sleep(1.1)  # fontTools' timestamps have one-second resolution: the builds are in different seconds
    second = build(subsetter, SAMPLE, tmp_path / "second.pdf")
    assert hashlib.sha256(first).hexdigest() == hashlib.sha256(second).hexdigest()
    # the fonts are really subset and carry the shipped fonts' own date, not the time of the build
    fonts = embedded_fonts(first)
    assert len(fonts) == 2 and all(size < 1_000_000 for size, _ in fonts)  # the shipped ones are 4.2 MB
    assert {f["head"].modified + epoch_diff for _, f in fonts} == {font_epoch()}


def test_the_pdf_is_dated_by_the_article_not_the_clock(tmp_path: Path) -> None:
    article = tmp_path / "dated.txt"
    article.write_text("---\ntitle: 날짜가 있는 기사\ndate: 2025-06-20\nsource: 테스트일보\n---\n"
                       + SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    pdf = build("fonttools", article, tmp_path / "dated.pdf")
    assert pypdf.PdfReader(io.BytesIO(pdf)).metadata["/CreationDate"].startswith("D:20250620")
    # no date in the article: no creation date at all, unless SOURCE_DATE_EPOCH gives one
    undated = pypdf.PdfReader(io.BytesIO(build("fonttools", SAMPLE, tmp_path / "undated.pdf"))).metadata
    assert "/CreationDate" not in undated
    env = {**_environment("fonttools"), "SOURCE_DATE_EPOCH": "1700000000"}  # 2023-11-14T22:13:20Z
    epoch = pypdf.PdfReader(io.BytesIO(build("fonttools", SAMPLE, tmp_path / "epoch.pdf", env))).metadata
    assert epoch["/CreationDate"].startswith("D:20231114221320")
