"""Inputs to articles: files and their encodings and front matter (`ingest`), HTML pages
(`html`), URLs, feeds and OPML (`fetch`)."""
