"""Where the package's data lies: the templates and the Korean fonts shipped inside `briefing/`."""

from __future__ import annotations

from pathlib import Path

#: The installed `briefing` package folder.
PACKAGE_DIR = Path(__file__).resolve().parent
#: The packaged templates (`briefing.html.j2`, `briefing.md.j2`, `digest.*`, the CSS); the project's
#: top-level `templates/` links here.
TEMPLATES_DIR = PACKAGE_DIR / "templates"
#: Noto Sans KR Regular and Bold (SIL OFL 1.1, `OFL.txt` beside them).
FONTS_DIR = PACKAGE_DIR / "fonts"
