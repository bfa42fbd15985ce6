"""python -m cleaners: the audit command users run to see why a line went."""

import json
import subprocess
import sys

from tests.conftest import REPO

STORY = [
    "The harbour ferry will run two extra crossings every morning from November, the operator said.",
    "Volunteers said they would announce the new times on Telegram, where their channel has 900 members.",
]
PROMO = "We are now on Telegram. Click here to join our channel and stay updated."
SOURCE = "Read original article here"


def audit(*args):
    return subprocess.run([sys.executable, "-m", "cleaners", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=60)


def test_text_file_marks_each_removed_line_with_its_rule(tmp_path):
    path = tmp_path / "copy.txt"
    path.write_text("\n".join([*STORY, PROMO, SOURCE]), encoding="utf-8")
    run = audit(str(path), "--source-url", "https://courier.example/ferry")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        f"== {path}: 2 removed",
        f"  {STORY[0]}",
        f"  {STORY[1]}",
        f"- [promo_channel] {PROMO}",
        f"- [source_link] {SOURCE}",
    ]


def test_html_directory_as_json(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in [*STORY, PROMO])
    (tmp_path / "page.html").write_text(
        f"<html><head><meta property='og:type' content='article'></head><body><article>"
        f"<h1>Ferry times</h1>{body}</article></body></html>", encoding="utf-8")
    run = audit(str(tmp_path), "--json")
    assert run.returncode == 0, run.stderr
    [record] = [json.loads(line) for line in run.stdout.splitlines()]
    assert record["text"] == "\n".join(STORY)
    assert [r["rule"] for r in record["removed"]] == ["headline_repeat", "promo_channel"]


def test_missing_file_is_a_clear_error():
    run = audit("/no/such/file.txt")
    assert run.returncode == 1
    assert run.stderr.strip() == "python -m cleaners: error: no such file: /no/such/file.txt"


def test_html_page_shows_what_dom_rules_pruned_before_extraction(tmp_path):
    banner = "We use cookies to improve your experience on our site."
    body = "".join(f"<p>{p}</p>" for p in STORY * 3)
    (tmp_path / "page.html").write_text(
        "<html><head><meta property='og:type' content='article'></head><body>"
        f"<div id='onetrust-banner-sdk'><p>{banner}</p><button>Accept all</button></div>"
        f"<article><h1>Ferry times</h1>{body}</article>"
        "<div class='share-bar'><a href='/s?fb'>Facebook</a> <a href='/s?x'>X</a></div>"
        "</body></html>", encoding="utf-8")
    run = audit(str(tmp_path / "page.html"))
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == f"== {tmp_path / 'page.html'}: 1 removed, 2 pruned before extraction"
    assert lines[1:3] == [f"x [dom:consent_banner] {banner} Accept all", "x [dom:share_bar] Facebook X"]
    assert banner not in run.stdout.split("\n", 3)[3]  # not in the kept text

    run = audit(str(tmp_path / "page.html"), "--json")
    [record] = [json.loads(line) for line in run.stdout.splitlines()]
    assert [d["rule"] for d in record["dom_removed"]] == ["consent_banner", "share_bar"]
    assert record["problem"] is None
