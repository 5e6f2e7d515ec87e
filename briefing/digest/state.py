"""State: every article seen and every digest made, for `--since-last` and scheduled runs (SQLite).

An article is identified by its feed GUID or canonical URL when it has one, else by a fingerprint of
its normalised text (`article_key`). "Digested" is kept per scope (a configured digest's name, or
`default` for the command line), so two digests with overlapping inputs each get every article.

A digest is made in three steps, so that a run killed at any point loses nothing:

1. `begin_digest` records it as *pending*, with the SHA-256 of each output it is about to write;
2. the outputs are written (atomically, by the caller);
3. `finish_digest` marks it done and its articles digested, in one transaction.

A run killed before step 3 leaves a pending digest. The next run (`recover`) completes it when every
output is on disk with the recorded hash — the digest was made, only the bookkeeping was cut off —
and otherwise drops it, so its articles are taken again. Output to stdout cannot be checked, so an
interrupted stdout digest is dropped (its articles come again rather than being lost).

One run at a time: `State` holds an exclusive lock on `<state>.lock` (an OS file lock, released by
the kernel if the process dies) for as long as it is open; a second run fails at once with
`StateLocked`. SQLite runs in WAL mode with full sync, so a crash never leaves a half-written state.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from ..errors import BriefingError
from ..models import Article
from ..wording import count
from .dedup import fingerprint

SCHEMA_VERSION = 1
DEFAULT_SCOPE = "default"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    key         TEXT PRIMARY KEY,   -- guid:… / url:… / text:…
    path        TEXT NOT NULL,
    title       TEXT,
    url         TEXT,
    guid        TEXT,
    fingerprint TEXT NOT NULL,
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS digests (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    scope       TEXT NOT NULL,
    date        TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('pending', 'done')),
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    outputs     TEXT NOT NULL,      -- JSON: [{"path": …, "sha256": … or null for stdout}]
    articles    INTEGER NOT NULL,
    stories     INTEGER NOT NULL,
    skipped     TEXT NOT NULL       -- JSON: [{"path": …, "error": …}]
);
CREATE TABLE IF NOT EXISTS digest_articles (
    digest_id INTEGER NOT NULL REFERENCES digests(id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    PRIMARY KEY (digest_id, key)
);
CREATE TABLE IF NOT EXISTS digested (
    scope     TEXT NOT NULL,
    key       TEXT NOT NULL,
    digest_id INTEGER NOT NULL REFERENCES digests(id),
    PRIMARY KEY (scope, key)
);
"""


class StateError(BriefingError):
    """The state file cannot be opened or used."""


class StateLocked(StateError):
    """Another run holds the state file's lock."""


def default_state_path() -> Path:
    """BRIEFING_STATE, else `state.sqlite3` in the user's data folder (XDG_DATA_HOME/briefing on Linux)."""
    env = os.environ.get("BRIEFING_STATE")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("briefing", appauthor=False)) / "state.sqlite3"


def article_key(article: Article) -> str:
    """How `--since-last` knows an article: feed GUID, else canonical URL, else a text fingerprint."""
    if article.guid:
        return "guid:" + article.guid
    if article.url:
        from ..sources.fetch import canonical_url

        return "url:" + canonical_url(article.url)
    return "text:" + fingerprint(article.text)


def guid_key(guid: str) -> str:
    """The key of a feed entry known only by its GUID (before its page is fetched)."""
    return "guid:" + guid


def sha256_file(path: Path) -> str | None:
    """SHA-256 of a file, or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


@dataclass(slots=True)
class DigestRecord:
    """One row of the digest history."""

    id: int
    scope: str
    date: str
    status: str
    started_at: str
    finished_at: str | None
    outputs: list[dict[str, str | None]]
    articles: int
    stories: int
    skipped: list[dict[str, str]]


class State:
    """The state file, opened and locked for one run. Use as a context manager."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path).expanduser() if path else default_state_path()
        self._lock: Any = None  # a filelock.FileLock while open
        self._db: sqlite3.Connection | None = None

    # -- opening -------------------------------------------------------------------------------------

    def open(self) -> Self:
        """Take the lock (or raise `StateLocked`), open the database, create the tables."""
        from filelock import FileLock, Timeout

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StateError(f"{self.path.parent}: cannot create the state folder ({exc.strerror or exc})") from None
        lock = FileLock(str(self.path) + ".lock", timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise StateLocked(
                f"{self.path}: another briefing run is using this state file; try again when it has finished"
            ) from None
        except OSError as exc:
            raise StateError(f"{self.path}.lock: cannot lock ({exc.strerror or exc})") from None
        self._lock = lock
        try:
            db = sqlite3.connect(self.path, isolation_level=None, timeout=10)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StateError(f"{self.path}: made by a newer briefing (schema {version}); upgrade briefing")
            db.executescript(_SCHEMA)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            self.close()
            raise StateError(f"{self.path}: not a usable state file ({exc})") from None
        except StateError:
            self.close()
            raise
        self._db = db
        return self

    def close(self) -> None:
        """Close the database and release the lock."""
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Self:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db(self) -> sqlite3.Connection:
        """The open connection (a `StateError` when the state is not open)."""
        if self._db is None:
            raise StateError("state file is not open")
        return self._db

    def _transaction(self) -> _Transaction:
        return _Transaction(self.db)

    # -- articles ------------------------------------------------------------------------------------

    def record_seen(self, articles: Iterable[Article]) -> None:
        """Remember every article of this run (first and last time seen)."""
        now = _now()
        rows = [(article_key(a), a.path, a.title, a.url, a.guid, fingerprint(a.text), now, now) for a in articles]
        with self._transaction() as db:
            db.executemany(
                "INSERT INTO articles (key, path, title, url, guid, fingerprint, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET last_seen = excluded.last_seen, "
                "path = excluded.path, title = coalesce(excluded.title, title), url = coalesce(excluded.url, url)",
                rows,
            )

    def digested_keys(self, keys: Iterable[str], scope: str = DEFAULT_SCOPE) -> set[str]:
        """Those of `keys` already in a finished digest of `scope`."""
        keys = list(dict.fromkeys(keys))
        found: set[str] = set()
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(f"SELECT key FROM digested WHERE scope = ? AND key IN ({marks})", [scope, *chunk])
            found.update(r[0] for r in rows)
        return found

    def is_digested(self, key: str, scope: str = DEFAULT_SCOPE) -> bool:
        """Whether one key is already in a finished digest of `scope`."""
        return bool(self.digested_keys([key], scope))

    # -- digests -------------------------------------------------------------------------------------

    def begin_digest(self, *, scope: str, date: str, keys: Sequence[str],
                     outputs: Sequence[tuple[str, str | None]], stories: int = 0,
                     skipped: Sequence[tuple[str, str]] = ()) -> int:
        """Record a digest about to be written (pending) with its articles and outputs' hashes."""
        with self._transaction() as db:
            cur = db.execute(
                "INSERT INTO digests (scope, date, status, started_at, outputs, articles, stories, skipped) "
                "VALUES (?, ?, 'pending', ?, ?, ?, ?, ?)",
                (scope, date, _now(), json.dumps([{"path": p, "sha256": h} for p, h in outputs], ensure_ascii=False),
                 len(set(keys)), stories,
                 json.dumps([{"path": p, "error": e} for p, e in skipped], ensure_ascii=False)),
            )
            digest_id = int(cur.lastrowid or 0)
            db.executemany("INSERT OR IGNORE INTO digest_articles (digest_id, key) VALUES (?, ?)",
                           [(digest_id, k) for k in dict.fromkeys(keys)])
        return digest_id

    def finish_digest(self, digest_id: int) -> None:
        """Mark the digest done and its articles digested — one transaction, after the outputs are in place."""
        with self._transaction() as db:
            row = db.execute("SELECT scope, status FROM digests WHERE id = ?", (digest_id,)).fetchone()
            if row is None or row[1] != "pending":
                raise StateError(f"digest {digest_id} is not pending")
            db.execute("UPDATE digests SET status = 'done', finished_at = ? WHERE id = ?", (_now(), digest_id))
            db.execute("INSERT OR IGNORE INTO digested (scope, key, digest_id) "
                       "SELECT ?, key, digest_id FROM digest_articles WHERE digest_id = ?", (row[0], digest_id))

    def abandon_digest(self, digest_id: int) -> None:
        """Forget a pending digest (its outputs were not written); its articles stay undigested."""
        with self._transaction() as db:
            db.execute("DELETE FROM digest_articles WHERE digest_id = ?", (digest_id,))
            db.execute("DELETE FROM digests WHERE id = ? AND status = 'pending'", (digest_id,))

    def recover(self) -> list[str]:
        """Settle digests left pending by an interrupted run; returns one note per digest settled."""
        notes = []
        for record in self.history(status="pending"):
            outputs = record.outputs
            complete = bool(outputs) and all(
                o["sha256"] is not None and sha256_file(Path(str(o["path"]))) == o["sha256"] for o in outputs)
            names = ", ".join(str(o["path"]) for o in outputs) or "no output"
            if complete:
                self.finish_digest(record.id)
                notes.append(f"completed digest {record.id} ({names}) left unfinished by an interrupted run")
            else:
                self.abandon_digest(record.id)
                notes.append(f"dropped digest {record.id} ({names}) of an interrupted run; "
                             f"its {count(record.articles, 'article')} will be digested again")
        return notes

    def history(self, *, scope: str | None = None, status: str | None = None) -> list[DigestRecord]:
        """Digests made (oldest first), optionally of one scope or status."""
        sql = "SELECT id, scope, date, status, started_at, finished_at, outputs, articles, stories, skipped FROM digests"
        where, args = [], []
        if scope is not None:
            where.append("scope = ?")
            args.append(scope)
        if status is not None:
            where.append("status = ?")
            args.append(status)
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.db.execute(sql + " ORDER BY id", args).fetchall()
        return [DigestRecord(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), r[7], r[8], json.loads(r[9]))
                for r in rows]

    def digest_keys(self, digest_id: int) -> list[str]:
        """The article keys of one digest."""
        return [r[0] for r in self.db.execute("SELECT key FROM digest_articles WHERE digest_id = ? ORDER BY key",
                                              (digest_id,))]


class _Transaction:
    """`BEGIN IMMEDIATE` … `COMMIT`, or `ROLLBACK` on any exception (KeyboardInterrupt included)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.db.execute("COMMIT")
        else:
            self.db.execute("ROLLBACK")
