"""Language on a sample against language on the whole text, on the labelled corpora.

    python -m bench.language_sample --corpus PATH [--corpus PATH ...]

For every page with a reference text (AEB articleBody, WCXB main_content)
of at least LANGUAGE_MIN_CHARS, detect the language of the whole text and of
crawler.pipelines.language_sample(text, LANGUAGE_SAMPLE_CHARS), both seeded
as the crawl seeds them, and print how often they agree and the CPU time of
each, as a ratio, in the same run.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

from bench.quality import load_corpus
from crawler import settings as defaults
from crawler.pipelines import language_sample

DetectorFactory.seed = 0


def language(text: str) -> str | None:
    try:
        return detect_langs(text)[0].lang.split("-")[0]
    except LangDetectException:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.language_sample", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", required=True, type=Path, metavar="PATH")
    parser.add_argument("--sample-chars", type=int, default=defaults.LANGUAGE_SAMPLE_CHARS)
    args = parser.parse_args(argv)
    print("| corpus | texts | longer than the sample | agree | whole text CPU | sample CPU | ratio |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for path in args.corpus:
        corpus = load_corpus(path)
        texts = [p.truth.get("articleBody") or p.truth.get("main_content") or "" for p in corpus.pages]
        texts = [t for t in texts if len(t) >= defaults.LANGUAGE_MIN_CHARS]
        agree = longer = 0
        whole_cpu = sample_cpu = 0.0
        disagreements = []
        for text in texts:
            start = time.process_time()
            whole = language(text)
            whole_cpu += time.process_time() - start
            start = time.process_time()
            sampled = language(language_sample(text, args.sample_chars))
            sample_cpu += time.process_time() - start
            longer += len(text) > args.sample_chars
            agree += whole == sampled
            if whole != sampled:
                disagreements.append((whole, sampled))
        print(f"| {path.name} | {len(texts)} | {longer} | {agree} ({100 * agree / len(texts):.1f}%) | "
              f"{whole_cpu:.2f} s | {sample_cpu:.2f} s | ×{sample_cpu / whole_cpu:.2f} |")
        if disagreements:
            print(f"|   disagreements (whole -> sample): {disagreements[:10]} | | | | | | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
