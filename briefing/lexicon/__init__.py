"""Korean news-writing knowledge as data: the tables the extraction rules read, one module per domain.

- `people`: surnames, given-name syllables, foreign given names, titles and posts, honorifics, the
  words for people the article does not name;
- `bodies`: organisation endings, kinds of body, bodies that speak, abbreviations, the words that
  stand for a body named before;
- `places`: countries, regions and cities, district endings, venues;
- `speech`: reporting verbs, quotative endings, nouns for someone's words, pronouns and the words that
  point back or lean on the sentence before;
- `grammar`: particles and their groups (topic, subject, source, place, listing), determiners, time
  and linking words;
- `news`: the newsroom's words: bylines, credits, story tags, copyright trailers;
- `terms`: content tags and stopwords for key sentences and keywords.

Everything language-specific that the rules in `people/`, `quotes/`, `summary/` and `text/` depend on
lives here, so a reader can check (and extend) it without reading the logic. Import a table from its
module (`from ..lexicon.people import TITLES`); this package re-exports nothing.
`tests/test_lexicon.py` checks that every table is used and holds no duplicate entry.
"""
