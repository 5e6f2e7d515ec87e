"""Briefings to output: JSON and Markdown (`briefing`), the one-page PDF and its HTML (`pdf`,
with WeasyPrint locked down in `weasy`), and writing files atomically (`output`)."""
