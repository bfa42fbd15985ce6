"""Near-duplicate benchmark: reworded copies linked, distinct articles never.

    python -m bench.near_duplicates [--corpus PATH ...] [--seeds N] [--cost-pages N]

- Link rates: the own spinner (bench/spinner.py: WordNet synonyms, phrase
  and sentence swaps, cut to 60 %) over the demo stories and over each
  corpus's reference texts, at 20 % and 30 % of words swapped; a spin
  counts as linked when the index (LSH candidates, then verification)
  names its own source.
- False links: every reference text of every corpus (all distinct
  articles) through one index, as the crawl does; any link is false, except
  one page under two URL spellings (same_page), which is counted apart.
- Cost: on the corpora's HTML pages, CPU of fingerprint + lookup per page
  against CPU of the crawl's extract + clean on the same pages, this run.
- Memory: bytes of index per record (tracemalloc), over the whole index.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
import tracemalloc
from pathlib import Path

from bench.quality import load_corpus
from bench.spinner import Spin, spin
from cleaners import Cleaner, DEFAULT_RULES
from cleaners.extract import extract, make_options
from cleaners.fingerprint import Entry, Fingerprint, NearDuplicateIndex, choose, same_page

RATES = (0.2, 0.3)


def reference_texts(corpus) -> list[tuple[str, str]]:
    """(url, text) of each page's reference text."""
    key = "articleBody" if "articleBody" in corpus.pages[0].truth else "main_content"
    return [(page.url or f"{corpus.path.name}/{page.id}", page.truth[key]) for page in corpus.pages
            if page.truth[key].strip()]


def index_of(texts: list[tuple[str, str]]) -> tuple[NearDuplicateIndex, list[tuple[str, str, float]], list]:
    """Every text through one index in order: (index, false links, same-page pairs)."""
    index = NearDuplicateIndex()
    false_links, same_pages = [], []
    for order, (url, text) in enumerate(texts):
        entry = Entry(url, None, order, None, Fingerprint.of(text))
        for candidate in index.candidates(entry.fingerprint):
            if same_page(candidate.url, url) and choose(entry, [Entry("other-url:" + url, None, 0, None,
                                                                      candidate.fingerprint)]):
                same_pages.append((candidate.url, url))
        match = index.lookup_and_add(entry)
        if match is not None:
            false_links.append((url, match.entry.url, match.verdict.similarity))
    return index, false_links, same_pages


def link_rates(index: NearDuplicateIndex, texts, seeds: int) -> dict[float, tuple[float, int]]:
    """Share of spins linked to their own source, per swap rate: (rate, spins)."""
    result = {}
    for rate in RATES:
        linked = total = 0
        for url, text in texts:
            for seed in range(seeds):
                spun, _ = spin(text, Spin(synonyms=rate, keep=0.6), seed)
                entry = Entry(f"spin:{url}:{seed}", None, 1e12, None, Fingerprint.of(spun))
                match = choose(entry, index.candidates(entry.fingerprint))
                linked += match is not None and match.entry.url == url
                total += 1
        result[rate] = (linked / max(total, 1), total)
    return result


def cost(corpora, pages: int) -> tuple[float, float, int]:
    """(extract+clean CPU ms per page, fingerprint+lookup CPU ms per page, pages)."""
    options, cleaner = make_options(), Cleaner(DEFAULT_RULES)
    index = NearDuplicateIndex()
    pipeline = fingerprinting = 0.0
    done = 0
    for corpus in corpora:
        for page in corpus.pages[:pages]:
            raw = page.html_path.read_bytes()
            if page.html_path.name.endswith(".gz"):
                raw = gzip.decompress(raw)
            started = time.process_time()
            extracted = extract(raw, page.url, options)
            text = cleaner.clean(extracted.text, title=extracted.title).text if extracted else ""
            middle = time.process_time()
            index.lookup_and_add(Entry(page.url or page.id, None, done, None, Fingerprint.of(text)))
            ended = time.process_time()
            pipeline += middle - started
            fingerprinting += ended - middle
            done += 1
    return pipeline * 1000 / max(done, 1), fingerprinting * 1000 / max(done, 1), done


def memory_per_record(texts) -> float:
    fingerprints = [Fingerprint.of(text) for _, text in texts]
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    index = NearDuplicateIndex()
    for order, ((url, _), fingerprint) in enumerate(zip(texts, fingerprints)):
        # the fingerprint is rebuilt inside the trace, as an index loaded from state holds it
        index.add(Entry(str(url), None, order, None, Fingerprint.from_json(fingerprint.to_json())))
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (after - before) / max(len(texts), 1)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.near_duplicates")
    parser.add_argument("--corpus", action="append", default=[], type=Path)
    parser.add_argument("--seeds", type=int, default=25, help="spins per demo story (corpus texts: 1)")
    parser.add_argument("--cost-pages", type=int, default=100, help="HTML pages per corpus for the cost")
    args = parser.parse_args(argv)

    from crawler.demo.sites import load_stories  # noqa: PLC0415 - the demo's own stories, plain data

    stories, _ = load_stories()
    demo = [(s.slug, "\n".join(s.paragraphs)) for s in stories]
    index, _, _ = index_of(demo)
    english = [(u, t) for (u, t), s in zip(demo, stories) if s.language == "en"]
    print("Spun copies linked (synonyms + phrase and sentence swaps + cut to 60 %):")
    for rate, (share, total) in link_rates(index, english, args.seeds).items():
        print(f"  demo stories (en), {rate:.0%} of words swapped: {share:.1%} of {total}")

    corpora = [load_corpus(path) for path in args.corpus]
    everything = []
    for corpus in corpora:
        texts = reference_texts(corpus)
        everything.extend(texts)
        corpus_index, _, _ = index_of(texts)
        for rate, (share, total) in link_rates(corpus_index, texts, 1).items():
            print(f"  {corpus.path.name}, {rate:.0%} of words swapped: {share:.1%} of {total}")
    if everything:
        _, false_links, same_pages = index_of(everything)
        print(f"False links among {len(everything)} distinct articles of {len(corpora)} corpora: "
              f"{len(false_links)}")
        for copy, original, similarity in false_links:
            print(f"  FALSE LINK: {copy} -> {original} ({similarity:.2f})")
        for first, again in same_pages:
            print(f"  one page under two URLs, verified alike but never linked (same_page): {first} = {again}")
        print(f"Index memory: {memory_per_record(everything):.0f} bytes per record "
              f"({len(everything)} records)")
        pipeline, fingerprinting, pages = cost(corpora, args.cost_pages)
        print(f"CPU per page over {pages} HTML pages: extract+clean {pipeline:.1f} ms, "
              f"fingerprint+lookup {fingerprinting:.2f} ms = {fingerprinting / pipeline:.1%} of it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
