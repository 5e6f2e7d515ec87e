"""`--since-last`, the state file and the scheduler, end to end against a local HTTP server.

Feeds change between runs as they do from one day to the next; one run finds a feed down. The
assertions are the issue's: nothing lost or repeated across consecutive runs, a run killed halfway
is safe to re-run, two runs at once do not both proceed, a failed scheduled run does not stop the
schedule. One test kills a real `briefing digest` process; the rest run in this process (Kiwi is
loaded once).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from httpserver import NewsServer, article_page, atom, load_story, rss

from briefing.cli import main
from briefing.digest.job import DigestJob, load_inputs, run_digest
from briefing.digest.merge import build_digest
from briefing.digest.render import render_digest
from briefing.digest.schedule import ConfigError, build_scheduler, load_config, run_all
from briefing.digest.state import State, StateLocked, article_key
from briefing.render.output import write_atomic

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "digest"
DATE = "2026-11-25"
STORIES = {n: load_story(n) for n in (
    "a1-chip-exports-yna", "a2-chip-exports-news1", "b1-kakao-ai", "c1-hanbit-apology", "d1-cold-wave",
    "e1-budget-assembly", "f1-baseball")}


@pytest.fixture(autouse=True)
def quick_fetches(monkeypatch):
    monkeypatch.setenv("BRIEFING_FETCH_TIMEOUT", "1")


@pytest.fixture
def news():
    """A server with every article page; feeds are set by each test."""
    with NewsServer() as s:
        for name, story in STORIES.items():
            s.add(f"/a/{name}.html", article_page(story, s.url(f"/a/{name}.html")))
        yield s


def set_rss(s: NewsServer, names: list[str]) -> str:
    items = [{"title": STORIES[n].title, "link": s.url(f"/a/{n}.html"), "guid": f"rss-{n}"} for n in names]
    return s.add("/rss.xml", rss("연합뉴스", items), "application/rss+xml")


def set_atom(s: NewsServer, names: list[str], status: int = 200) -> str:
    entries = [{"title": STORIES[n].title, "link": s.url(f"/a/{n}.html"), "id": f"urn:atom:{n}",
                    "updated": f"{DATE}T09:00:00+09:00"} for n in names]
    return s.add("/atom.xml", atom("뉴스1", entries), "application/atom+xml", status=status)


def digest_cli(args: list[str]):
    return CliRunner().invoke(main, ["digest", *args])


def article_paths(json_file: Path) -> list[str]:
    data = json.loads(json_file.read_text(encoding="utf-8"))
    return [a["path"] for s in data["stories"] for a in s["articles"]]


# --- nothing lost or repeated ------------------------------------------------------------------------

def test_three_consecutive_runs_lose_and_repeat_nothing(news, tmp_path):
    state, out = tmp_path / "state.sqlite3", tmp_path / "out"
    feeds = [set_rss(news, ["a1-chip-exports-yna", "b1-kakao-ai"]),
             set_atom(news, ["a2-chip-exports-news1", "c1-hanbit-apology"])]
    args = [*feeds, "--since-last", "--state", str(state), "--date", DATE, "-f", "json", "-o", f"{out}/"]

    first = digest_cli(args)
    assert first.exit_code == 0, first.output
    assert "briefing: analysing articles 4/4" in first.stderr  # plain progress lines off a terminal

    # Day two: a new entry on the RSS feed; the Atom feed is down (and has a new entry we cannot see).
    set_rss(news, ["d1-cold-wave", "a1-chip-exports-yna", "b1-kakao-ai"])
    set_atom(news, ["e1-budget-assembly", "a2-chip-exports-news1", "c1-hanbit-apology"], status=500)
    second = digest_cli(args)
    assert second.exit_code == 3, second.output
    assert "skipped" in second.stderr and "HTTP 500" in second.stderr

    # Day three: the Atom feed is back; its entry from yesterday must not be lost.
    set_rss(news, ["f1-baseball", "d1-cold-wave", "a1-chip-exports-yna"])
    set_atom(news, ["e1-budget-assembly", "a2-chip-exports-news1", "c1-hanbit-apology"])
    third = digest_cli(args)
    assert third.exit_code == 0, third.output

    files = sorted(out.iterdir())
    assert [f.name for f in files] == [f"digest-{DATE}-2.json", f"digest-{DATE}-3.json", f"digest-{DATE}.json"]
    runs = [article_paths(out / f"digest-{DATE}{suffix}.json") for suffix in ("", "-2", "-3")]
    names = [[Path(p).stem for p in run] for run in runs]
    assert sorted(names[0]) == ["a1-chip-exports-yna", "a2-chip-exports-news1", "b1-kakao-ai", "c1-hanbit-apology"]
    assert names[1] == ["d1-cold-wave"]
    assert sorted(names[2]) == ["e1-budget-assembly", "f1-baseball"]
    every = [p for run in runs for p in run]
    assert len(every) == len(set(every)) == len(STORIES)

    # A fourth run finds nothing new: exit 0, a note, no output; old entries are not even fetched.
    before = news.hits("/a/a1-chip-exports-yna.html")
    fourth = digest_cli(args)
    assert fourth.exit_code == 0 and "nothing new" in fourth.stderr
    assert len(list(out.iterdir())) == 3
    assert news.hits("/a/a1-chip-exports-yna.html") == before

    with State(state) as st:
        history = st.history()
    assert [(h.status, h.articles) for h in history] == [("done", 4), ("done", 1), ("done", 2)]
    assert history[1].skipped and "atom.xml" in history[1].skipped[0]["path"]


def test_stdout_digest_and_the_same_article_from_two_routes(news, tmp_path):
    state = tmp_path / "s.sqlite3"
    feed = set_rss(news, ["b1-kakao-ai"])
    page = news.url("/a/c1-hanbit-apology.html")
    result = digest_cli([feed, page, "--since-last", "--state", str(state), "-f", "md", "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# 뉴스 다이제스트")
    assert "김민준 · 카카오 대표" in result.stdout and "김민준 · 한빛건설 대표" in result.stdout
    again = digest_cli([feed, page, "--since-last", "--state", str(state), "-f", "md", "-o", "-"])
    assert again.exit_code == 0 and again.stdout == "" and "nothing new" in again.stderr


# --- interrupted runs ----------------------------------------------------------------------------------

def test_a_run_killed_while_fetching_loses_nothing(news, tmp_path):
    state, out = tmp_path / "state.sqlite3", tmp_path / "out"
    feed = set_rss(news, ["a1-chip-exports-yna", "d1-cold-wave", "f1-baseball"])
    slow = "/a/d1-cold-wave.html"
    news.add(slow, article_page(STORIES["d1-cold-wave"], news.url(slow)), delay=60)
    env = {**os.environ, "BRIEFING_FETCH_TIMEOUT": "120", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing", "digest", feed, "--since-last", "--state", str(state),
         "--date", DATE, "-f", "json", "-o", f"{out}/"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while news.hits(slow) == 0 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert news.hits(slow) == 1, proc.stderr.read().decode() if proc.poll() is not None else "no request"
        proc.send_signal(signal.SIGKILL)  # killed halfway: the lock is held, nothing is written
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.stderr.close()
    assert not out.exists() or not list(out.iterdir())

    news.add(slow, article_page(STORIES["d1-cold-wave"], news.url(slow)))  # the page is fast again
    report = run_digest(DigestJob([feed], formats=["json"], output=f"{out}/", date=DATE, since_last=True,
                                  state=state))
    assert report.notes == []  # the killed run had not got as far as recording anything
    assert sorted(Path(p).stem for p in article_paths(report.written[0])) == [
        "a1-chip-exports-yna", "d1-cold-wave", "f1-baseball"]


def _crash_after_writing(job: DigestJob, *, write: bool) -> Path:
    """Do what `run_digest` does up to the output, then stop as a killed process would: the digest is
    recorded as pending and (if `write`) its file is in place, but it is never marked done."""
    articles, _ = load_inputs(job.inputs)
    d = build_digest(articles, date=DATE)
    data = str(render_digest(d, "md")).encode("utf-8")
    path = Path(str(job.output)) / f"digest-{DATE}.md"
    with State(job.state) as st:
        st.begin_digest(scope=job.scope, date=DATE, keys=[article_key(a) for a in d.articles],
                        outputs=[(str(path.resolve()), hashlib.sha256(data).hexdigest())])
        if write:
            write_atomic(path, data)
    return path


def test_crash_between_output_and_record_is_completed_not_repeated(tmp_path):
    news_dir = DATA
    job = DigestJob([str(news_dir)], formats=["md"], output=f"{tmp_path}/out/", date=DATE, since_last=True,
                    state=tmp_path / "state.sqlite3")
    written = _crash_after_writing(job, write=True)
    report = run_digest(job)
    assert report.nothing_new and report.already_digested == len(list(DATA.glob("*.txt")))
    assert len(report.notes) == 1 and report.notes[0].startswith("completed digest 1")
    assert [p.name for p in written.parent.iterdir()] == [written.name]
    with State(job.state) as st:
        assert [h.status for h in st.history()] == ["done"]


def test_crash_before_the_output_was_in_place_digests_again(tmp_path):
    job = DigestJob([str(DATA)], formats=["md"], output=f"{tmp_path}/out/", date=DATE, since_last=True,
                    state=tmp_path / "state.sqlite3")
    _crash_after_writing(job, write=False)
    report = run_digest(job)
    assert report.notes and report.notes[0].startswith("dropped digest 1")
    assert not report.nothing_new and report.digest is not None
    assert len(report.digest.articles) == len(list(DATA.glob("*.txt")))
    with State(job.state) as st:
        assert [(h.id, h.status) for h in st.history()] == [(2, "done")]


def test_a_changed_output_file_means_the_digest_is_made_again(tmp_path):
    job = DigestJob([str(DATA)], formats=["md"], output=f"{tmp_path}/out/", date=DATE, since_last=True,
                    state=tmp_path / "state.sqlite3")
    written = _crash_after_writing(job, write=True)
    written.write_text("half a file", encoding="utf-8")
    report = run_digest(job)
    assert report.notes[0].startswith("dropped digest 1") and report.written


# --- one run at a time ---------------------------------------------------------------------------------

def test_a_second_run_at_the_same_time_stops_with_a_clear_message(tmp_path):
    state = tmp_path / "state.sqlite3"
    with State(state):
        result = digest_cli([str(DATA), "--since-last", "--state", str(state), "-f", "json", "-o", "-"])
        assert result.exit_code == 1
        assert "another briefing run is using this state file" in result.stderr
        assert "Traceback" not in result.output
        with pytest.raises(StateLocked):
            State(state).open()
    result = digest_cli([str(DATA), "--since-last", "--state", str(state), "-f", "json", "-o", "-"])
    assert result.exit_code == 0


def test_state_records_every_article_seen(tmp_path):
    state = tmp_path / "state.sqlite3"
    run_digest(DigestJob([str(DATA)], formats=["json"], output=str(tmp_path / "d.json"), state=state))
    with State(state) as st:
        seen = st.db.execute("SELECT key FROM articles ORDER BY key").fetchall()
        [record] = st.history()
    assert len(seen) == len(list(DATA.glob("*.txt")))
    assert all(k.startswith("url:https://news.example.kr/") for (k,) in seen)  # front matter url
    assert record.status == "done" and record.outputs[0]["path"].endswith("d.json")


def test_an_unusable_state_file_is_a_clear_error(tmp_path):
    state = tmp_path / "state.sqlite3"
    state.write_bytes(b"this is not a database" * 100)
    result = digest_cli([str(DATA), "--since-last", "--state", str(state), "-f", "json", "-o", "-"])
    assert result.exit_code == 1 and "not a usable state file" in result.stderr


# --- the scheduler --------------------------------------------------------------------------------------

def write_config(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "briefing.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_digest_budget_reaches_its_job(tmp_path):
    from briefing.digest.schedule import job_for

    config = load_config(write_config(tmp_path, '[[digest]]\ninputs = ["a/"]\ncron = "0 7 * * *"\nbudget = 120\n'))
    assert job_for(config.digests[0], config).budget == 120.0


def test_example_config_is_valid():
    config = load_config(ROOT / "examples" / "briefing.toml")
    assert [d.name for d in config.digests] == ["morning", "evening-it"]
    morning = config.digests[0]
    assert morning.timezone == "Asia/Seoul" and morning.formats == ["pdf", "md"] and morning.date == "yesterday"
    assert morning.inputs[1] == str(ROOT / "examples" / "feeds.opml")
    assert config.state is None  # the default (BRIEFING_STATE or the user data folder), not the clone


@pytest.mark.parametrize("body, message", [
    ("", "no [[digest]] tables"),
    ("[[digest]\n", "not valid TOML"),
    ('[[digest]]\ninputs = ["a/"]\n', "needs 'inputs' and 'cron'"),
    ('[[digest]]\ninputs = ["a/"]\ncron = "61 7 * * *"\n', "is not valid"),
    ('[[digest]]\ninputs = ["a/"]\ncron = "0 7 * * *"\ntimezone = "Mars/Olympus"\n', "unknown time zone"),
    ('[[digest]]\ninputs = ["a/"]\ncron = "0 7 * * *"\nformats = ["docx"]\n', "unknown format"),
    ('[[digest]]\ninputs = ["a/"]\ncrom = "0 7 * * *"\n', "unknown key(s) crom"),
    ('[[digest]]\ninputs = []\ncron = "0 7 * * *"\n', "'inputs' must be a non-empty list"),
    ('[[digest]]\ninputs = ["a/"]\ncron = "0 7 * * *"\nbudget = "soon"\n', "'budget' must be a number of seconds"),
    ('[[digest]]\ninputs = ["a/"]\ncron = "0 7 * * *"\nbudget = 0\n', "'budget' must be a number of seconds"),
    ('[[digest]]\nname = "../x"\ninputs = ["a/"]\ncron = "0 7 * * *"\n', "'name' must be"),
    ('[[digest]]\ninputs = ["a/"]\ncron = "0 7 * * *"\ndate = "2026-02-30"\n', "'date' must be"),
    ('[[digest]]\ninputs = ["a/"]\ncron = "0 7 * * *"\ndate = "tomorrow"\n', "'date' must be"),
    (('[[digest]]\ninputs = ["a/"]\ncron = "0 7 * * *"\n[[digest]]\nname = "digest"\ninputs = ["b/"]\n'
      'cron = "0 8 * * *"\n'), "names must be unique"),
])
def test_config_errors_name_the_problem(tmp_path, body, message):
    with pytest.raises(ConfigError) as info:
        load_config(write_config(tmp_path, body))
    assert message in str(info.value) and str(tmp_path) in str(info.value)


def test_missing_config_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["schedule", "--config", str(tmp_path / "nope.toml"), "--once"])
    assert result.exit_code == 2 and "no such config file" in result.stderr


def test_schedule_once_runs_every_digest_and_survives_a_failed_one(tmp_path):
    config = write_config(tmp_path, f"""
state = "state.sqlite3"
[[digest]]
name = "broken"
inputs = ["does-not-exist/"]
cron = "0 7 * * *"
formats = ["md"]

[[digest]]
name = "daily"
inputs = ["{DATA}"]
cron = "0 7 * * *"
output = "out"
formats = ["md", "json"]
date = "{DATE}"
""")
    result = CliRunner().invoke(main, ["schedule", "--config", str(config), "--once"])
    assert result.exit_code == 3, result.output
    assert "broken: run failed: nothing to digest" in result.stderr
    assert "daily: wrote" in result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [f"daily-{DATE}.json", f"daily-{DATE}.md"]
    again = run_all(load_config(config))
    assert [r.ok for r in again] == [False, True] and again[1].report is not None and again[1].report.nothing_new


def test_scheduler_runs_on_its_cron_and_goes_on_after_a_failure(tmp_path):
    config = load_config(write_config(tmp_path, f"""
state = "state.sqlite3"
[[digest]]
name = "failing"
inputs = ["nowhere/"]
cron = "* * * * * *"   # every second (six fields: seconds first)

[[digest]]
name = "daily"
inputs = ["{DATA}"]
cron = "* * * * * *"
output = "out"
formats = ["json"]
"""))
    results = []
    enough = threading.Event()

    def on_run(result):
        results.append(result)
        if sum(r.name == "failing" for r in results) >= 2 and sum(r.name == "daily" for r in results) >= 2:
            enough.set()

    scheduler = build_scheduler(config, blocking=False, on_run=on_run)
    assert {str(j.trigger.timezone) for j in scheduler.get_jobs()} == {"Asia/Seoul"}
    scheduler.start()
    try:
        assert enough.wait(30), [(r.name, r.ok, r.error) for r in results]
    finally:
        scheduler.shutdown(wait=True)
    failing = [r for r in results if r.name == "failing"]
    daily = [r for r in results if r.name == "daily"]
    assert not any(r.ok for r in failing)
    assert daily[0].ok and daily[0].report is not None and len(daily[0].report.written) == 1
    assert all(r.ok and r.report is not None and r.report.nothing_new for r in daily[1:])


def test_running_the_example_config_leaves_nothing_for_git_to_add(tmp_path, monkeypatch):
    """`briefing schedule --config examples/briefing.toml --once`, on a copy of the shipped example with
    only its inputs made local: the state goes to the default place (here BRIEFING_STATE), not next to
    the config, and whatever the run writes next to the config is ignored by git."""
    folder = tmp_path / "examples"
    (folder / "news").mkdir(parents=True)
    (folder / "news" / "a1.txt").write_text((DATA / "a1-chip-exports-yna.txt").read_text(encoding="utf-8"),
                                           encoding="utf-8")
    shipped = (ROOT / "examples" / "briefing.toml").read_text(encoding="utf-8")
    config = folder / "briefing.toml"
    config.write_text(re.sub(r"^inputs = \[.*?\]", 'inputs = ["news/"]', shipped, flags=re.DOTALL | re.MULTILINE),
                      encoding="utf-8")
    assert shipped.count("\ninputs = [") == config.read_text(encoding="utf-8").count('\ninputs = ["news/"]') == 2
    user_state = tmp_path / "user-data" / "state.sqlite3"
    monkeypatch.setenv("BRIEFING_STATE", str(user_state))
    before = {config, folder / "news" / "a1.txt"}
    result = CliRunner().invoke(main, ["schedule", "--config", str(config), "--once"])
    assert result.exit_code == 0, result.output
    assert user_state.exists()
    written = sorted(p.relative_to(tmp_path).as_posix() for p in folder.rglob("*") if p.is_file() and p not in before)
    assert written and not [p for p in written if "sqlite3" in p]  # outputs, and no state
    try:
        ignored = subprocess.run(["git", "check-ignore", "--no-index", "--stdin"], cwd=ROOT, input="\n".join(written),
                                 capture_output=True, text=True, check=False)
    except OSError:
        pytest.skip("git is not installed")
    if ignored.returncode not in (0, 1):
        pytest.skip(f"not a git checkout ({ignored.stderr.strip()})")
    assert sorted(ignored.stdout.split()) == written  # every file the example's run writes is ignored
    state_paths = ["examples/state/briefing.sqlite3", "examples/state/briefing.sqlite3.lock"]
    ignored = subprocess.run(["git", "check-ignore", "--no-index", "--stdin"], cwd=ROOT, input="\n".join(state_paths),
                             capture_output=True, text=True, check=False)
    assert sorted(ignored.stdout.split()) == state_paths  # and the state, should the `state` line be turned on
