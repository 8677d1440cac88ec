#!/usr/bin/env python3
"""Builds the demo sample in src/main/resources/demo/ from ../shared/data/clef2022-task2a-en-tweets.

posts.tsv:       all 202 CheckThat! 2022 Task 2A dev-test tweets (lines copied unchanged) followed by
                 60 train tweets whose fact-checks are deliberately left out (they should find no match).
factchecks.jsonl: the vclaims the dev-test tweets need + 1,000 random distractor vclaims (seed 20261129),
                 never the fact-checks of the 60 left-out tweets. Lines copied unchanged.
Run from the project root:  python3 scripts/make-demo-sample.py
"""
import json, random, pathlib

SRC = pathlib.Path("../shared/data/clef2022-task2a-en-tweets")
OUT = pathlib.Path("src/main/resources/demo")
rng = random.Random(20261129)

def qrels(name):
    out = {}
    for line in (SRC / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            q, _, d, _ = line.split()
            out.setdefault(q, set()).add(d)
    return out

devtest = qrels("CT2022-Task2A-EN-Dev-Test_QRELs.tsv")
train = qrels("CT2022-Task2A-EN-Train_QRELs.tsv")
needed = set().union(*devtest.values())
train_ids = sorted(q for q in train if not (train[q] & needed))
left_out = rng.sample(train_ids, 60)
excluded = set().union(*(train[q] for q in left_out))

vclaims = (SRC / "vclaims.jsonl").read_text(encoding="utf-8").splitlines()
by_id = {json.loads(l)["vclaim_id"]: l for l in vclaims}
pool = sorted(set(by_id) - needed - excluded)
chosen = sorted(needed | set(rng.sample(pool, 1000)))
OUT.mkdir(parents=True, exist_ok=True)
(OUT / "factchecks.jsonl").write_text("".join(by_id[i] + "\n" for i in chosen), encoding="utf-8")

dt_lines = (SRC / "CT2022-Task2A-EN-Dev-Test_Queries.tsv").read_text(encoding="utf-8").splitlines()
tr_lines = {l.split("\t", 1)[0]: l for l in (SRC / "CT2022-Task2A-EN-Train-Dev_Queries.tsv").read_text(encoding="utf-8").splitlines()}
posts = dt_lines + [tr_lines[q] for q in left_out]
(OUT / "posts.tsv").write_text("\n".join(posts) + "\n", encoding="utf-8")
print(f"{len(chosen)} fact-checks ({len(needed)} needed), {len(posts) - 1} posts ({len(left_out)} without their fact-check)")
