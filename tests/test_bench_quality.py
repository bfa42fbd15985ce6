"""The quality benchmark's scorers, snippet matching, leak kinds and CLI.

Fast and self-contained: the real corpora are not needed (one optional check
against the shipped reference outputs runs only where the corpus exists).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from bench import quality
from bench.quality import (
    aeb_scores,
    leak_kind,
    normalise_snippet,
    shingle_tp_fp_fn,
    shingles,
    snippet_in,
    word_prf,
)

# --- article-extraction-benchmark metric --------------------------------------


def test_shingles_are_four_tokens_and_short_texts_are_one_shingle():
    assert shingles(["a", "b", "c", "d", "e"]) == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles(["a", "b"]) == {("a", "b"): 1}  # shorter than 4: the whole list, as upstream
    assert shingles([]) == {}


def test_shingle_tp_fp_fn_is_normalised_multiset_overlap():
    assert shingle_tp_fp_fn("a b c d e", "a b c d") == (0.5, 0.0, 0.5)
    assert shingle_tp_fp_fn("a b c d a b c d", "a b c d") == (0.2, 0.0, 0.8)  # 5 ref shingles, 1 shared
    assert shingle_tp_fp_fn("A b c d", "a b c d") == (0.0, 0.5, 0.5)  # case-sensitive
    assert shingle_tp_fp_fn("", "") == (0.0, 0.0, 0.0)


def test_aeb_scores_average_precision_and_recall_over_the_right_pages():
    scores = aeb_scores(
        [
            ("a b c d e", "a b c d"),  # P 1, R 0.5
            ("x y z w", ""),  # empty prediction: recall 0, not in precision
            ("", "p q r s"),  # empty reference: precision 0, not in recall
            ("Hello, world!", "Hello world"),  # 2 tokens, same sequence: P 1, R 1, exact
        ]
    )
    assert scores["precision"] == pytest.approx(2 / 3)
    assert scores["recall"] == pytest.approx(1 / 2)
    assert scores["f1"] == pytest.approx(4 / 7)
    assert scores["accuracy"] == pytest.approx(1 / 4)
    assert (scores["pages_in_precision"], scores["pages_in_recall"]) == (3, 3)


def test_aeb_scores_with_no_output_at_all_are_zero_not_an_error():
    scores = aeb_scores([("a b c d", "")])
    assert (scores["f1"], scores["precision"], scores["recall"]) == (0.0, 0.0, 0.0)


# --- WCXB word F1 ----------------------------------------------------------------


def test_word_prf_is_lowercase_bag_of_words():
    precision, recall, f1 = word_prf("the cat SAT", "The cat sat on the mat.")
    assert (precision, recall) == (1.0, 0.5)
    assert f1 == pytest.approx(2 / 3)
    precision, recall, f1 = word_prf("the the the", "the cat")  # multiset: one "the" matches
    assert (precision, recall) == pytest.approx((1 / 3, 1 / 2))
    assert f1 == pytest.approx(0.4)


def test_word_prf_empty_cases():
    assert word_prf("", "some words") == (0.0, 0.0, 0.0)
    assert word_prf("   ", "some words") == (0.0, 0.0, 0.0)
    assert word_prf("", "") == (1.0, 1.0, 1.0)  # as upstream: nothing to find, nothing found
    assert word_prf("stray text", "") == (0.0, 0.0, 0.0)


# --- snippets ----------------------------------------------------------------------


def test_normalise_snippet_folds_case_space_quotes_dashes_and_invisibles():
    assert normalise_snippet("  \u201cDon\u2019t\u201d \u2014 miss\u00a0it\u200b!\n ") == "\"don't\" - miss it!"
    assert normalise_snippet("Stra\u00dfe \u2013 FOO\t\tbar") == "strasse - foo bar"
    assert normalise_snippet("\ufb01ne \u2026") == "fine ..."  # NFKC ligature and ellipsis
    assert normalise_snippet(None) == ""


def test_snippet_in_matches_normalised_substrings():
    text = normalise_snippet("We\u2019re hiring!\nSign   up now. Please subscribe today.")
    assert snippet_in("we're  HIRING", text)
    assert snippet_in("Sign up\nnow", text)
    assert snippet_in("Subscribe", text)
    assert not snippet_in("unsubscribe", text)
    assert not snippet_in("   ", text)  # an empty snippet is never "found"


def test_short_snippets_match_whole_words_long_ones_any_substring():
    text = normalise_snippet("Offers for subscribers only. A homemade cake, cut into slices for the guests.")
    assert not snippet_in("Subscribe", text)
    assert not snippet_in("Home", text)
    assert snippet_in("homemade cake", text)
    # four words and more: annotators cut snippets mid-word, so no boundary check
    assert snippet_in("A homemade cake, cut into sli", text)


@pytest.mark.parametrize(
    ("snippet", "kind"),
    [
        ("We use cookies to improve your experience", "cookie/consent"),
        ("Manage consent preferences", "cookie/consent"),
        ("Sign up for our newsletter", "newsletter/subscribe"),
        ("Get the best stories delivered to your inbox", "newsletter/subscribe"),
        ("Follow us on Instagram", "follow/social/share"),
        ("SHARE", "follow/social/share"),
        ("Skip to main content", "navigation/menu/breadcrumb"),
        ("Home > News > World", "navigation/menu/breadcrumb"),
        ("Related Posts", "related/recommended/read more"),
        ("You might also like", "related/recommended/read more"),
        ("Written by Jane Doe", "author/bio"),
        ("Advertisement", "ads/sponsored"),
        ("This post may contain affiliate links", "ads/sponsored"),
        ("Leave a Reply", "comments"),
        ("12 comments", "comments"),
        ("\u00a9 2025 Example Media. All rights reserved.", "legal/copyright"),
        ("Privacy Policy", "legal/copyright"),
        ("Harbour seals", "other"),
    ],
)
def test_leak_kind(snippet, kind):
    assert leak_kind(snippet) == kind


def test_every_kind_is_reported_in_order_with_other_last():
    assert quality.KIND_ORDER[-1] == "other"
    assert len(set(quality.KIND_ORDER)) == len(quality.KIND_ORDER) == 10


# --- the script on tiny corpora ---------------------------------------------------

ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>
{paragraphs}
<p>Follow us on Twitter for more wildlife news.</p>
</article>
<footer><p>Privacy Policy</p></footer></body></html>"""

BODIES = {
    "seals": (
        "Harbour seals return to the estuary",
        [
            "Harbour seals have returned to the estuary for the first time in twenty years, counters "
            "from the local wildlife trust said on Monday after a week of surveys along the mudflats.",
            "The volunteers counted forty-two animals resting on the sandbanks at low tide, most of "
            "them adults, and at least six pups born earlier in the summer.",
            "Cleaner water and a ban on night fishing are the likely reasons, the trust said, though "
            "it warned that boat traffic could still drive the colony away again.",
        ],
    ),
    "owls": (
        "Barn owls nest in the old church tower",
        [
            "A pair of barn owls has raised four chicks in the bell tower of the village church, the "
            "parish council said, the first brood recorded there since the tower was restored.",
            "Bell ringing was moved to the afternoons for the whole of June so as not to disturb the "
            "birds, which hunt over the water meadows from dusk until dawn.",
            "Ringers from the county bird club fitted the chicks with leg rings last week and said all "
            "four were healthy and close to leaving the nest.",
        ],
    ),
}


def page_html(key: str) -> str:
    title, paragraphs = BODIES[key]
    return ARTICLE.format(title=title, paragraphs="\n".join(f"<p>{p}</p>" for p in paragraphs))


def make_aeb(root: Path) -> Path:
    pages = root / "aeb" / "pages"
    pages.mkdir(parents=True)
    for key in BODIES:
        (pages / f"{key}.html").write_text(page_html(key), encoding="utf-8")
        body = "\n".join(BODIES[key][1])
        (pages / f"{key}.json").write_text(
            json.dumps({"id": key, "url": f"https://news.example/{key}", "articleBody": body}), encoding="utf-8"
        )
    return root / "aeb"


def make_wcxb(root: Path, missing_html: bool = False) -> Path:
    (root / "wcxb" / "html").mkdir(parents=True)
    (root / "wcxb" / "ground-truth").mkdir()
    for number, key in enumerate(BODIES, 1):
        file_id = f"{number:04d}"
        if not (missing_html and number == 2):
            (root / "wcxb" / "html" / f"{file_id}.html.gz").write_bytes(gzip.compress(page_html(key).encode()))
        title, paragraphs = BODIES[key]
        truth = {
            "title": title, "author": None, "publish_date": None,
            "main_content": "\n\n".join(paragraphs),
            "with": [paragraphs[0][:60], paragraphs[2][:40]],
            "without": ["Follow us on Twitter for more wildlife news.", "Privacy Policy", "Home"],
        }
        (root / "wcxb" / "ground-truth" / f"{file_id}.json").write_text(
            json.dumps({"url": f"https://news.example/{key}", "file_id": file_id, "ground_truth": truth}),
            encoding="utf-8",
        )
    return root / "wcxb"


def test_detect_recognises_both_layouts(tmp_path):
    assert quality.detect(make_aeb(tmp_path)) == quality.AEB
    assert quality.detect(make_wcxb(tmp_path)) == quality.WCXB
    assert quality.detect(tmp_path) is None


def test_main_prints_side_by_side_tables_for_both_corpora(tmp_path, capsys):
    aeb, wcxb = make_aeb(tmp_path), make_wcxb(tmp_path)
    out_json = tmp_path / "out" / "figures.json"
    code = quality.main(
        ["--corpus", str(aeb), "--corpus", str(wcxb), "--jobs", "2", "--json", str(out_json), "--show-leaks", "5"]
    )
    printed = capsys.readouterr().out
    assert code == 0
    # per corpus: the sealed part, the tuning part, the whole corpus (timings)
    assert printed.count("| metric | bare trafilatura | ours | delta |") == 6
    assert printed.count("### Sealed part") == 2 and printed.count("### Tuning part") == 2
    assert "| kind | bare trafilatura | ours | delta |" in printed
    assert "| F1 (4-token shingles) |" in printed and "| word F1 (mean per page) |" in printed
    assert "| pages with a record (coverage) |" in printed
    assert "ours/bare" in printed
    # both tiny WCXB pages hash into the sealed part: none of their lines is ever printed
    assert [quality.part_of(quality.WCXB, i) for i in ("0001", "0002")] == ["sealed", "sealed"]
    assert "Leaked `without` snippets, ours" not in printed

    figures = json.loads(out_json.read_text(encoding="utf-8"))
    first, second = figures["corpora"]
    assert (first["corpus"], second["corpus"]) == (quality.AEB, quality.WCXB)
    for report in (first, second):
        assert report["pages"] == 2
        assert set(report["systems"]) == {"bare", "ours"}
        assert all(report["systems"][s]["errors"] == 0 for s in ("bare", "ours"))
    assert second["parts"]["sealed"]["pages"] == 2 and second["parts"]["sealed"]["per_page"] == []
    assert second["per_page"] == []  # per-page rows only for the tuning part
    bare = second["systems"]["bare"]
    # bare trafilatura keeps the article and its "Follow us" line, not the nav or footer
    assert bare["with_found"] == bare["with_total"] == 4
    assert (bare["without_leaked"], bare["without_total"]) == (2, 6)
    assert bare["leak_kinds"]["follow/social/share"] == 2
    assert first["systems"]["bare"]["recall"] == pytest.approx(1.0)


def test_examples_come_from_the_tuning_part(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(quality, "SEALED_SHARE", 0)  # every page in the tuning part
    monkeypatch.setitem(quality.RUNNERS, "ours", quality.run_bare)  # a system that leaks "Follow us ..."
    assert quality.main(["--corpus", str(make_wcxb(tmp_path)), "--jobs", "1", "--show-leaks", "5"]) == 0
    assert "Leaked `without` snippets, ours" in capsys.readouterr().out


def test_ours_runs_the_crawls_decision_path_and_a_drop_is_an_empty_page(tmp_path, capsys):
    aeb = make_aeb(tmp_path)
    links = "".join(f"<li><a href='/n/{n}'>Harbour story number {n} in the morning news</a></li>" for n in range(30))
    (aeb / "pages" / "owls.html").write_text(
        f"<html><head><title>Front</title></head><body><main><h1>Front page</h1><ul>{links}</ul></main></body></html>")
    out_json = tmp_path / "figures.json"
    assert quality.main(["--corpus", str(aeb), "--jobs", "1", "--json", str(out_json)]) == 0
    ours = json.loads(out_json.read_text(encoding="utf-8"))["corpora"][0]["systems"]["ours"]
    assert ours["dropped"] == {"NotArticle": 1}  # the crawl would store no record for the listing
    assert ours["coverage"] == 0.5 and ours["empty_outputs"] == 1
    assert ours["removals"]["promo_social"]["lines"] == 1  # "Follow us on Twitter ..." on the seals page
    assert ours["removals"]["promo_social"]["article_text"] == 0


def test_page_errors_are_counted_not_raised(tmp_path, capsys, monkeypatch):
    wcxb = make_wcxb(tmp_path, missing_html=True)

    def broken(html, url):
        raise RuntimeError("boom")

    monkeypatch.setitem(quality.RUNNERS, "ours", broken)
    out_json = tmp_path / "figures.json"
    assert quality.main(["--corpus", str(wcxb), "--jobs", "1", "--json", str(out_json)]) == 0
    printed = capsys.readouterr().out
    assert "| page errors | 1 | 2 | +1 |" in printed
    assert "RuntimeError: boom" in printed and "reading html" in printed
    systems = json.loads(out_json.read_text(encoding="utf-8"))["corpora"][0]["systems"]
    assert systems["ours"]["empty_outputs"] == 2
    assert systems["bare"]["empty_outputs"] == 1


def test_unknown_corpus_is_a_usage_error(tmp_path):
    with pytest.raises(SystemExit) as exit_:
        quality.main(["--corpus", str(tmp_path)])
    assert exit_.value.code == 2


AEB_CORPUS = Path("/work/shared/corpus/article-extraction-benchmark")


@pytest.mark.skipif(not (AEB_CORPUS / quality.AEB_REFERENCE).is_file(), reason="corpus not available here")
def test_scorer_reproduces_the_published_trafilatura_row():
    scores = quality.check_aeb_reference(AEB_CORPUS)
    assert scores["matches_published"], scores
