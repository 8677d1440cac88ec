#!/usr/bin/env python3
"""Generates a large synthetic post corpus (JSON Lines) for the issue #5 scale benchmark by resampling real posts.

Every post's text is 1-3 sentences drawn at random from real tweets, Vietnamese Facebook posts, news articles and news
statements in ../shared/data (Vietnamese and English, about half each; 5,319 texts give 8,291 Vietnamese and 2,533
English distinct sentences), so a million posts do not collapse to the ~10k distinct originals: by chance only ~0.1% of
the texts repeat. On top of that, on purpose:
  --dup-share   (2%)    exact re-posts of an earlier generated post: same url (sometimes with ?utm_source=fb&fbclid=...
                        added), same text and time, a new id -> dedupe by canonical URL must catch them;
  --chain-share (3%)    "chain" copies: an earlier post's text plus trailing decoration (emoji such as "👇👇", "Chia sẻ
                        ngay!!!", a link) posted later by another page under its own url -> dedupe by content;
  --bad-share   (0.1%)  bad records, in turn: invalid JSON, a record without text, invalid UTF-8 bytes -> quarantine.
Everything else is synthetic: ids gen-<n>; url https://example.org/<page-slug>/posts/<n>; published_at over --days
days ending at --end with a daily cycle (Asia/Ho_Chi_Minh offset by default); source one of 200 made-up public pages
("Trang tin <n>" for Vietnamese, "News page <n>" for English, popularity heavy-tailed); author a made-up handle
@user<k> from a pool of 50,000 (never a real person; factdesk pseudonymises it at ingest anyway); language vi/en;
likes/shares/comments heavy-tailed (log-normal). Field names are the defaults of factdesk's JsonlPostReader
(ColumnMapping): id, text, url, published_at, source, language, author, likes, shares, comments.

The output is streamed: memory is the source sentences plus a window of the last --window posts that repeats are
drawn from. Deterministic for a given --seed, arguments and Python version. --posts counts every line written,
bad records included. Progress and a tally of what was written go to stderr. Don't commit the output: write it
to /tmp or target/ (gitignored).

Run from the project root (the command used for the issue #5 benchmark; 1,000,000 lines, ~541 MiB, 45-55 s and 44 MiB
of memory on the shared 2-core machine, see docs/benchmarks.md):
  python3 scripts/generate-posts.py --posts 1000000 --out target/posts-1m.jsonl
then e.g.  bin/factdesk run --retriever bm25 --factchecks ../shared/data/clef2022-task2a-en-tweets/vclaims.jsonl \
             --posts target/posts-1m.jsonl --out target/run-1m
Options: --seed 13 --vi-share 0.5 --dup-share 0.02 --chain-share 0.03 --bad-share 0.001 --days 30
         --end 2026-11-01T00:00:00+07:00 --truth FILE (one line per repeat: id, kind, id of the original)
"""
# Provenance (all read-only under ../shared/data; see each directory's README.md):
#   clef2022-task2a-en-tweets/CT2022-Task2A-EN-Train-Dev_Queries.tsv, CT2022-Task2A-EN-Dev-Test_Queries.tsv
#       CheckThat! 2022 Task 2A English tweets (Nakov et al., CLEF 2022). Licence: none stated in the copy; the 2020
#       predecessor says "free for general research use"; the SimBa copy of the vclaims is CC BY-SA 3.0 DE.
#   clef2020-task2-en-tweets/{train,dev,test}/tweets.queries.tsv
#       CheckThat! 2020 Task 2 English tweets (Shaar et al., CLEF 2020). Licence: "free for general research use".
#       (They reappear in the 2022 train queries; sentences are de-duplicated.) The "— Name (@handle) Month d, yyyy"
#       trailer of embedded tweets is dropped (embed metadata); @mentions inside the text stay, as posted.
#   vfnd-vietnamese-fake-news/vn_news_226_tlfr.csv, vn_news_223_tdlfr.csv, vfnd.jsonl
#       VFND, Vietnamese articles and Facebook posts (Ho Quang Thanh and ninh-pm-se, Zenodo 10.5281/zenodo.2578917).
#       Licence: GPL-3.0; the authors ask to be cited. Title, description and body are cut into sentences (each
#       <= 400 characters, so a post is never a whole article).
#   vietnamese-news-dataset-v2/train_data.csv
#       Vietnamese News Dataset Version 2 (Phuoc Tran and Anh-Tuan Huynh, 2024). Licence: NONE stated -> test-only /
#       internal-only. Statements are lower-case without punctuation; each is one "sentence" (cut to <= 400 chars).
# Because of the last two, a generated corpus is for internal benchmarking only: don't publish or commit it.
import argparse
import bisect
import csv
import datetime as dt
import json
import pathlib
import random
import re
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
MAX_SENTENCE = 400
MAX_POST = 600
PAGES_PER_LANGUAGE = 100
AUTHORS = 50_000

# Sentences per post, chosen so that texts stay unique by chance (under 0.2% repeats in a million posts): a sentence
# is posted alone at most once, and English (2.5k sentences, so "only" 6M ordered pairs) mostly gets three.
SENTENCES_PER_POST = {"vi": [(1, 0.03), (2, 0.47), (3, 0.50)], "en": [(1, 0.01), (2, 0.20), (3, 0.79)]}
# Relative posting activity per local hour 0..23 (night trough, morning, lunch and evening peaks).
HOURLY = [3, 2, 1.5, 1, 1, 1.5, 3, 5, 7, 7, 6, 6, 7, 6, 5, 5, 5, 6, 7, 8, 9, 9, 7, 5]
DECORATIONS = {
    "vi": ["👇👇", "👇👇👇", "Chia sẻ ngay!!!", "Chia sẻ cho mọi người cùng biết 🙏", "⬇️⬇️", "‼️‼️", "Nóng!!! 🔥",
           "Xem thêm: https://bit.ly/{r}", "https://tinyurl.com/{r}", "👉 https://example.net/{r}"],
    "en": ["👇👇", "👇👇👇", "Share before they delete it!!!", "⬇️⬇️", "‼️‼️", "RT please 🙏", "🔥🔥",
           "More: https://bit.ly/{r}", "https://tinyurl.com/{r}", "👉 https://example.net/{r}"],
}
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’')\]]*\s+")
WS = re.compile(r"\s+")
# the "— Display Name (@handle) Month d, yyyy" trailer of an embedded tweet: embed metadata, not what was said
TWEET_SIGNATURE = re.compile(r"\s*[—–-]+\s*[^—–]{0,80}\(@\w+\)\s+[A-Z][a-z]+ \d{1,2}, \d{4}\s*$")


def clean(text):
    return WS.sub(" ", text).strip()


def cut(text, limit=MAX_SENTENCE):
    """At most `limit` characters, cut at a word boundary."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    space = head.rfind(" ")
    return head[:space] if space > limit // 2 else head


def sentences(text):
    """Sentences of a text: split at line breaks and at . ! ? … followed by space and a capital, digit or quote."""
    out = []
    for line in text.splitlines():
        line = clean(line)
        if not line:
            continue
        pieces = SENTENCE_END.split(line)
        current = ""
        for p in pieces:
            if not current:
                current = p
                continue
            last_word = current.rstrip(".!?…\"”’')]").rsplit(" ", 1)[-1]
            starts_new = p[:1].isupper() or p[:1].isdigit() or p[:1] in "\"“'("
            abbreviation = len(last_word) <= 3 and last_word[:1].isupper()  # Tp. Hồ Chí Minh, Mr. Smith, U.S. Army
            if starts_new and not abbreviation:
                out.append(current)
                current = p
            else:
                current += " " + p
        if current:
            out.append(current)
    return [cut(s) for s in out if len(s.split()) >= 3]


def read_tsv(path, quoting, skip_header):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=quoting))
    texts = [r[1] for r in rows[1 if skip_header else 0:] if len(r) >= 2 and r[1].strip()]
    # the 2022 files are read unquoted (a bare " inside a tweet is common) but some fields are "CSV ""quoted"""
    return [t[1:-1].replace('""', '"') if len(t) > 1 and t[0] == t[-1] == '"' else t for t in texts]


def read_csv_column(path, column):
    with open(path, encoding="utf-8", newline="") as f:
        return [row[column] for row in csv.DictReader(f) if row.get(column, "").strip()]


def load_sentences(data):
    """Distinct sentences per language, in a fixed order, and the number of source texts read."""
    c22, c20 = data / "clef2022-task2a-en-tweets", data / "clef2020-task2-en-tweets"
    en_texts = (read_tsv(c22 / "CT2022-Task2A-EN-Train-Dev_Queries.tsv", csv.QUOTE_NONE, False)
                + read_tsv(c22 / "CT2022-Task2A-EN-Dev-Test_Queries.tsv", csv.QUOTE_NONE, True))
    for split in ("train", "dev", "test"):
        en_texts += read_tsv(c20 / split / "tweets.queries.tsv", csv.QUOTE_MINIMAL, True)
    en_texts = [TWEET_SIGNATURE.sub("", t) for t in en_texts]
    vfnd, vnd = data / "vfnd-vietnamese-fake-news", data / "vietnamese-news-dataset-v2"
    vi_texts = read_csv_column(vfnd / "vn_news_226_tlfr.csv", "text") + read_csv_column(vfnd / "vn_news_223_tdlfr.csv", "text")
    with open(vfnd / "vfnd.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            parts = [r.get("title"), r.get("description"), r.get("text") or r.get("maintext")]
            vi_texts.append("\n".join(p for p in parts if isinstance(p, str) and p.strip()))
    statements = [cut(clean(s)) for s in read_csv_column(vnd / "train_data.csv", "content")]
    pools = {"en": {}, "vi": {}}
    for lang, texts in (("en", en_texts), ("vi", vi_texts)):
        for t in texts:
            for s in sentences(t):
                pools[lang].setdefault(s, None)
    for s in statements:
        if len(s.split()) >= 3:
            pools["vi"].setdefault(s, None)
    return {lang: list(p) for lang, p in pools.items()}, len(en_texts) + len(vi_texts) + len(statements)


class Sampler:
    """Cumulative-weight sampling from a fixed list."""

    def __init__(self, items, weights):
        self.items = items
        self.cum = []
        total = 0.0
        for w in weights:
            total += w
            self.cum.append(total)
        self.total = total

    def pick(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--posts", type=int, default=1_000_000, help="lines to write, bad records included")
    ap.add_argument("--out", default="-", help="output file (default: stdout)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--vi-share", type=float, default=0.5, help="share of Vietnamese posts")
    ap.add_argument("--dup-share", type=float, default=0.02, help="exact re-posts of an earlier post (same url)")
    ap.add_argument("--chain-share", type=float, default=0.03, help="decorated copies of an earlier post by another page")
    ap.add_argument("--bad-share", type=float, default=0.001, help="invalid JSON / missing text / invalid UTF-8")
    ap.add_argument("--days", type=int, default=30, help="published_at spread over this many days")
    ap.add_argument("--end", default="2026-11-01T00:00:00+07:00", help="latest published_at (ISO-8601 with offset)")
    ap.add_argument("--window", type=int, default=20_000, help="repeats copy one of the last N posts")
    ap.add_argument("--truth", help="write 'id<TAB>dup|dup-tracking|chain<TAB>original id' for every repeat here")
    ap.add_argument("--data", type=pathlib.Path, default=DEFAULT_DATA, help="shared data directory (default: %(default)s)")
    a = ap.parse_args()
    for name in ("vi_share", "dup_share", "chain_share", "bad_share"):
        if not 0 <= getattr(a, name) <= 1:
            ap.error(f"--{name.replace('_', '-')} must be in [0, 1]")
    if a.dup_share + a.chain_share + a.bad_share > 1 or a.posts < 0 or a.days < 1 or a.window < 1:
        ap.error("need dup + chain + bad shares <= 1, --posts >= 0, --days >= 1, --window >= 1")
    try:
        end = dt.datetime.fromisoformat(a.end)
    except ValueError:
        ap.error(f"--end: not an ISO-8601 date-time: {a.end}")
    if end.tzinfo is None:
        ap.error("--end needs an offset, e.g. 2026-11-01T00:00:00+07:00")

    started = time.monotonic()
    pools, source_texts = load_sentences(a.data)
    print(f"generate-posts: {source_texts:,} source texts -> {len(pools['vi']):,} vi / {len(pools['en']):,} en sentences",
          file=sys.stderr)
    rng = random.Random(a.seed)
    rand = rng.random

    def below(n):
        return int(rand() * n)

    # pages: (name, slug) per language, popularity ~ 1/rank
    pages = {}
    for lang, label in (("vi", "Trang tin"), ("en", "News page")):
        names = [f"{label} {i}" for i in range(1, PAGES_PER_LANGUAGE + 1)]
        pages[lang] = Sampler([(n, n.lower().replace(" ", "-")) for n in names], [1 / i for i in range(1, PAGES_PER_LANGUAGE + 1)])
    sentence_count = {lang: Sampler(*zip(*w)) for lang, w in SENTENCES_PER_POST.items()}
    posted_alone = {lang: set() for lang in pools}  # bounded by the number of sentences

    # Times are kept as "local seconds" (UTC epoch seconds + the offset of --end), formatted with that offset.
    offset = end.utcoffset()
    off_s = int(offset.total_seconds())
    off_text = "+" if off_s >= 0 else "-"
    off_text += f"{abs(off_s) // 3600:02d}:{abs(off_s) % 3600 // 60:02d}"
    end_local = int(end.timestamp()) + off_s
    start_local = end_local - a.days * 86400
    first_day = start_local // 86400
    hours = Sampler(list(range(24)), HOURLY)
    day_text = {}

    def published():
        while True:
            t = (first_day + below(a.days + 1)) * 86400 + hours.pick(rng) * 3600 + below(3600)
            if start_local <= t <= end_local:
                return t

    def iso(t):
        day, sec = divmod(t, 86400)
        d = day_text.get(day)
        if d is None:
            d = day_text[day] = dt.date.fromordinal(dt.date(1970, 1, 1).toordinal() + day).isoformat()
        return f"{d}T{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}{off_text}"

    def engagement():
        likes = int(rng.lognormvariate(2.5, 1.8))
        return likes, int(likes * rand() * 0.4), int(likes * rand() * 0.3)

    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

    def token(n):
        return "".join(alphabet[below(62)] for _ in range(n))

    def text(lang):
        """1-3 random sentences of the language, at most MAX_POST characters; a sentence is posted alone once."""
        pool, want = pools[lang], sentence_count[lang].pick(rng)
        parts = [pool[below(len(pool))]]
        size = len(parts[0])
        if want == 1 and parts[0] in posted_alone[lang]:
            want = 2
        for _ in range(20):  # draws until enough sentences fit
            if len(parts) == want:
                break
            s = pool[below(len(pool))]
            if size + 1 + len(s) <= MAX_POST:
                parts.append(s)
                size += 1 + len(s)
        if len(parts) == 1:
            posted_alone[lang].add(parts[0])
        return " ".join(parts)

    quote = json.encoder.encode_basestring  # JSON string with non-ASCII kept (C implementation)

    def line(p, with_text=True):
        """One JSON object; p = (id, text, url, local time, source, language, author, likes, shares, comments)."""
        body = f', "text": {quote(p[1])}' if with_text else ""
        return (f'{{"id": "{p[0]}"{body}, "url": "{p[2]}", "published_at": "{iso(p[3])}", "source": "{p[4]}", '
                f'"language": "{p[5]}", "author": "{p[6]}", "likes": {p[7]}, "shares": {p[8]}, "comments": {p[9]}}}')

    out = sys.stdout.buffer if a.out == "-" else open(a.out, "wb", buffering=1 << 20)
    truth = open(a.truth, "w", encoding="utf-8") if a.truth else None
    window = [None] * a.window  # ring buffer of the last posts (tuples as for line())
    tally = dict.fromkeys(["original", "dup", "dup-tracking", "chain", "bad-json", "bad-no-text", "bad-utf8"], 0)
    bad_kinds = ["bad-json", "bad-no-text", "bad-utf8"]
    bads = kept = bytes_out = 0
    dup_below, chain_below = a.bad_share + a.dup_share, a.bad_share + a.dup_share + a.chain_share
    try:
        for n in range(1, a.posts + 1):
            post_id = f"gen-{n}"
            r = rand()
            earlier = window[below(min(kept, a.window))] if kept else None
            if r < a.bad_share:
                kind = bad_kinds[bads % 3]
                bads += 1
            elif earlier is not None and r < dup_below:
                kind = "dup"
            elif earlier is not None and r < chain_below:
                kind = "chain"
            else:
                kind = "original"
            if kind == "dup":  # the same post seen again (e.g. overlapping exports), engagement grown a little
                url = earlier[2]
                if rand() < 0.3:
                    url += f"?utm_source=fb&fbclid=IwAR{token(24)}"
                    kind = "dup-tracking"
                grown = tuple(v + int(v * rand() * 0.2) for v in earlier[7:])
                post = (post_id, earlier[1], url) + earlier[3:7] + grown
            else:
                if kind == "chain":  # copied with decoration by another page, ~2 h later on average
                    lang = earlier[5]
                    body = earlier[1] + " " + DECORATIONS[lang][below(len(DECORATIONS[lang]))].format(r=token(7))
                    page = pages[lang].pick(rng)
                    while page[0] == earlier[4]:
                        page = pages[lang].pick(rng)
                    t = min(end_local, earlier[3] + int(rng.expovariate(1 / 7200)))
                else:
                    lang = "vi" if rand() < a.vi_share else "en"
                    body, page, t = text(lang), pages[lang].pick(rng), published()
                post = (post_id, body, f"https://example.org/{page[1]}/posts/{n}", t, page[0], lang,
                        f"@user{int(AUTHORS ** rand())}",  # log-uniform over 1..50,000: a few very active accounts
                        *engagement())
            if kind == "bad-json":
                data = line(post)
                data = data[: len(data) // 2].encode("utf-8")  # cut mid-record, as a broken export would be
            elif kind == "bad-no-text":
                data = line(post, with_text=False).encode("utf-8")
            elif kind == "bad-utf8":
                head, _, tail = line(post).encode("utf-8").partition(b'"text": "')
                data = head + b'"text": "\xff\xfe ' + tail  # bytes that are never valid UTF-8
            else:
                data = line(post).encode("utf-8")
                window[kept % a.window] = post
                kept += 1
            tally[kind] += 1
            if truth and kind in ("dup", "dup-tracking", "chain"):
                truth.write(f"{post_id}\t{kind}\t{earlier[0]}\n")
            out.write(data + b"\n")
            bytes_out += len(data) + 1
            if n % 100_000 == 0:
                print(f"generate-posts: {n:,} posts, {bytes_out / 2**20:,.0f} MiB, {time.monotonic() - started:.0f} s",
                      file=sys.stderr)
    finally:
        out.flush()
        if out is not sys.stdout.buffer:
            out.close()
        if truth:
            truth.close()
    print(f"generate-posts: wrote {a.posts:,} lines ({bytes_out / 2**20:,.1f} MiB) in {time.monotonic() - started:.1f} s: "
          + ", ".join(f"{k} {v:,}" for k, v in tally.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
