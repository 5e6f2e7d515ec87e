"""The entity model: which characters of a sentence belong to a person's name, a title or an
organisation, learned from real annotated Korean text (`model`, `features`)."""
