"""Many articles to one digest: near-duplicates (`dedup`), stories and people across articles
(`merge`), rendering (`render`), the state of --since-last (`state`), the job (`job`) and the
scheduler (`schedule`)."""
