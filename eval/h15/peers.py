"""Step 1 (the harness's interpreter): the peers' ROUGE per article and reference -> H15_WORK/peers.json."""
import json
import os
import sys
from pathlib import Path

_default = Path(__file__).resolve().parents[3] / 'shared' / 'eval' / 'summ'
SUMM = Path(os.environ.get('H15_SUMM', _default if _default.exists() else '/work/shared/eval/summ'))
WORK = Path(os.environ.get('H15_WORK', '/tmp/h15-work')); WORK.mkdir(parents=True, exist_ok=True)
sys.path.insert(0, str(SUMM))
import baselines
from rouge_ko import rouge_tokens, tokenize

PEERS = ("lead3", "textrankr", "lexrankr", "sumy_lexrank", "sumy_textrank", "sumy_lsa", "krwordrank")
recs = [json.loads(l) for l in (SUMM / 'data' / 'dev.jsonl').read_text(encoding='utf-8').splitlines()]
out = {"abstractive": {}, "extractive": {}}
toks = {}
for rec in recs:
    prepared = baselines.prepare(rec["id"], rec["text"])
    texts = {n: [prepared.sents[i] for i in baselines.summarize(n, prepared)] for n in PEERS}
    refs = {}
    if rec.get("reference"): refs["abstractive"] = tokenize(rec["reference"])
    if rec.get("extractive"): refs["extractive"] = tokenize("\n".join(rec["extractive"]))
    for ref, rt in refs.items():
        row = out[ref][rec["id"]] = {}
        for n, t in texts.items():
            g = rouge_tokens(tokenize("\n".join(t)), rt)
            row[n] = {"R1": 100*g["rouge1"], "R2": 100*g["rouge2"], "RL": 100*g["rougeL"]}
(WORK / 'peers.json').write_text(json.dumps(out))
# a check text for the in-process rouge
rec = recs[0]
g = rouge_tokens(tokenize("\n".join(rec["text"].splitlines()[2:5])), tokenize(rec["reference"]))
print(rec["id"], g)
