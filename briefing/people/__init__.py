"""Who is in an article: names and titles (`names`), organisations (`bodies`), the cast of
people found (`cast`) and the participant finder (`participants`)."""
