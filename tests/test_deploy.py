"""The deployment files in deploy/: they parse, say what deploy/README.md says
they say, and the commands they run work here.

Needs no Docker engine, systemd or Kubernetes: the files are parsed, and the
crawl commands of the systemd unit, the crontab and the CronJobs are run with
this checkout's Python against a small article page served on 127.0.0.1.
"""

from __future__ import annotations

import configparser
import functools
import gzip
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from tests.conftest import validate_records

REPO = Path(__file__).resolve().parents[1]
DEPLOY = REPO / "deploy"
K8S = DEPLOY / "k8s"
SYSTEMD = DEPLOY / "systemd"

SECRET_WORDS = ("SECRET", "KEY", "TOKEN", "PASSWORD")
# Settings that let a crawl reach our page on 127.0.0.1 and run fast.
TEST_SETTINGS = ["-s", "ALLOW_PRIVATE_HOSTS=True", "-s", "AUTOTHROTTLE_ENABLED=False"]
# Where the deploy files keep things on a real host: the project, its venv.
PROJECT_DIR = "/opt/newscrawler"
VENV_SCRAPY = "/opt/newscrawler/.venv/bin/scrapy"

# -- A small article, our own text, served on 127.0.0.1 ------------------------

TITLE = "Night buses return to the valley line"
PARAGRAPHS = [
    "The night bus between the station square and the upper valley villages will run again "
    "from the start of next month, after a pause of almost two years, the regional transport "
    "board announced on Monday.",
    "Buses will leave the station square every hour from eleven in the evening until four in "
    "the morning on Fridays and Saturdays, stopping at the hospital, the college and each of "
    "the five villages on the way up.",
    "The board said that shift workers and students had asked for the service in a survey last "
    "spring, and that a new agreement with the operator made it possible to pay for the extra "
    "drivers without raising fares.",
    "Single tickets will cost the same as on the day routes, and monthly passes will be valid "
    "on the night buses as well. Bicycles can be carried on the rear rack when there is room.",
    "A trial period of six months is planned. If passenger numbers stay low, the board will "
    "look again at the timetable before deciding whether to keep the night line for good.",
]
ARTICLE_HTML = (
    "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
    f"<title>{TITLE}</title>"
    '<meta property="og:type" content="article">'
    f'<meta property="og:title" content="{TITLE}">'
    "</head><body><article>"
    f"<h1>{TITLE}</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article></body></html>"
).encode("utf-8")


class _ArticleHandler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        if self.path == "/story.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(ARTICLE_HTML)))
            self.end_headers()
            self.wfile.write(ARTICLE_HTML)
        else:  # robots.txt and anything else: not found (robots.txt 404 allows all)
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

    def log_message(self, format, *args):  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def article_url():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ArticleHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/story.html"
    finally:
        server.shutdown()
        server.server_close()


def scrapy_command() -> list[str]:
    """This checkout's scrapy, in place of the deploy target's venv."""
    return [sys.executable, "-m", "scrapy"]


def run_env(tmp_path: Path, extra: dict[str, str]) -> dict[str, str]:
    """The environment of a test run: ours, plus a deploy file's variables with
    absolute paths moved under tmp_path, so that nothing is written outside it.
    PATH and SHELL stay ours (the test needs this machine's tools)."""
    env = dict(os.environ)
    for name, value in extra.items():
        if name in ("PATH", "SHELL"):
            continue
        env[name] = str(tmp_path / "root" / value.lstrip("/")) if value.startswith("/") else value
    # Local state of a crawl (the project's output spool, where it has one) stays
    # under tmp_path too, never in the checkout.
    if not env.get("OUTPUT_SPOOL_DIR", "").startswith(str(tmp_path)):
        env["OUTPUT_SPOOL_DIR"] = str(tmp_path / "spool")
    return env


def stored_records(output: Path, spider: str) -> tuple[list[Path], list[dict]]:
    files = sorted((output / "items" / spider).rglob("*.jsonl.gz"))
    records = []
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            records.extend(json.loads(line) for line in lines if line.strip())
    return files, validate_records(records)


def assert_one_article_stored(output: Path, spider: str, log: str) -> None:
    files, records = stored_records(output, spider)
    assert len(files) == 1, (files, log[-3000:])
    assert len(records) == 1
    assert records[0]["title"] == TITLE
    assert PARAGRAPHS[2] in records[0]["text"]
    assert f"Run summary ({spider}, finished): " in log
    assert "1 records stored" in log


@functools.lru_cache(maxsize=1)
def project_spiders() -> frozenset[str]:
    run = subprocess.run([*scrapy_command(), "list"], cwd=REPO, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    return frozenset(run.stdout.split())


# -- Kubernetes -----------------------------------------------------------------


def k8s_documents() -> dict[str, list[dict]]:
    docs = {}
    for path in sorted(K8S.glob("*.y*ml")):
        docs[path.name] = [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc]
    return docs


def cronjobs() -> list[dict]:
    return [doc for docs in k8s_documents().values() for doc in docs if doc.get("kind") == "CronJob"]


def pod_spec(cronjob: dict) -> dict:
    return cronjob["spec"]["jobTemplate"]["spec"]["template"]["spec"]


def test_every_yaml_file_parses():
    paths = sorted(DEPLOY.rglob("*.y*ml"))
    assert {p.name for p in paths} >= {"kustomization.yaml", "serviceaccount.yaml",
                                       "cronjob-articles.yaml", "cronjob-aggregator.yaml"}
    for path in paths:
        docs = [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d]
        assert docs, f"{path} is empty"
        for doc in docs:
            assert isinstance(doc, dict) and "apiVersion" in doc and "kind" in doc, path


def test_one_cronjob_per_spider():
    spiders = [pod_spec(job)["containers"][0]["args"][1] for job in cronjobs()]
    assert sorted(spiders) == ["aggregator", "articles"]
    assert {"articles", "aggregator"} <= project_spiders()
    names = [job["metadata"]["name"] for job in cronjobs()]
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("job", cronjobs(), ids=lambda job: job["metadata"]["name"])
def test_cronjob_fields(job):
    assert job["apiVersion"] == "batch/v1"
    spec = job["spec"]
    assert len(spec["schedule"].split()) == 5
    assert spec["concurrencyPolicy"] == "Forbid"
    assert isinstance(spec["startingDeadlineSeconds"], int) and spec["startingDeadlineSeconds"] > 0
    job_spec = spec["jobTemplate"]["spec"]
    assert isinstance(job_spec["backoffLimit"], int) and job_spec["backoffLimit"] >= 0
    assert isinstance(job_spec["activeDeadlineSeconds"], int) and job_spec["activeDeadlineSeconds"] > 0
    pod = pod_spec(job)
    assert pod["restartPolicy"] in ("Never", "OnFailure")
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"].get("runAsUser", 1) != 0
    (container,) = pod["containers"]
    args = container["args"]
    assert "command" not in container  # the image's ENTRYPOINT (scrapy) runs them
    assert args[0] == "crawl" and args[1] in ("articles", "aggregator")
    spider_args = [args[i + 1] for i, arg in enumerate(args) if arg == "-a"]
    assert any(a.startswith("start_urls=https://") for a in spider_args)
    assert all(re.fullmatch(r"[a-z_]+=\S+", a) for a in spider_args)
    for kind in ("requests", "limits"):
        assert set(container["resources"][kind]) >= {"cpu", "memory"}
    env = {item["name"]: item for item in container.get("env", [])}
    assert env["OUTPUT_URI"]["value"].startswith("s3://")
    assert env["AWS_REGION"]["value"]
    for name, item in env.items():
        assert not any(word in name.upper() for word in SECRET_WORDS), name
        assert "value" in item and "valueFrom" not in item, name
    assert "envFrom" not in container


# Measured (deploy/README.md, "CPUs and memory"): the crawl process's peak and one
# extraction worker's RSS, rounded up.
CRAWL_MIB, WORKER_MIB = 200, 100


def quantity_mib(value: str) -> float:
    units = {"Ki": 1 / 1024, "Mi": 1, "Gi": 1024, "K": 1e3 / 2**20, "M": 1e6 / 2**20, "G": 1e9 / 2**20}
    number, unit = re.fullmatch(r"([\d.]+)([A-Za-z]*)", str(value)).groups()
    return float(number) * units.get(unit, 1 / 2**20)


def quantity_cpus(value) -> float:
    text = str(value)
    return int(text[:-1]) / 1000 if text.endswith("m") else float(text)


@pytest.mark.parametrize("job", cronjobs(), ids=lambda job: job["metadata"]["name"])
def test_cronjob_workers_fit_the_resource_limits(job):
    import math

    (container,) = pod_spec(job)["containers"]
    limits = container["resources"]["limits"]
    env = {item["name"]: item["value"] for item in container.get("env", [])}
    workers = int(env["EXTRACT_WORKERS"])
    cpus = math.ceil(quantity_cpus(limits["cpu"]))
    assert 1 <= workers <= cpus  # what -1 would pick from the cgroup quota, at most
    assert quantity_mib(limits["memory"]) >= CRAWL_MIB + WORKER_MIB * workers + 100  # and some room
    assert quantity_mib(container["resources"]["requests"]["memory"]) <= quantity_mib(limits["memory"])


def iam_actions(text: str) -> set[str]:
    return set(re.findall(r"s3:[A-Z][A-Za-z]+", text))


def test_s3_permissions_are_stated_once_and_agree():
    account = (K8S / "serviceaccount.yaml").read_text(encoding="utf-8")
    readme = (DEPLOY / "README.md").read_text(encoding="utf-8")
    credentials = readme.split("**Credentials.**", 1)[1].split("**Spool.**", 1)[0]
    expected = {"s3:PutObject", "s3:GetObject", "s3:ListBucket", "s3:AbortMultipartUpload"}
    assert iam_actions(account) == expected
    assert iam_actions(credentials) == expected
    for call in ("CreateMultipartUpload", "UploadPart", "CompleteMultipartUpload", "ListObjectsV2"):
        assert call in account and call in credentials, call


def test_cronjobs_run_as_the_irsa_service_account():
    accounts = [doc for docs in k8s_documents().values() for doc in docs
                if doc.get("kind") == "ServiceAccount"]
    assert len(accounts) == 1
    (account,) = accounts
    role = account["metadata"]["annotations"]["eks.amazonaws.com/role-arn"]
    assert re.fullmatch(r"arn:aws:iam::\d{12}:role/[\w+=,.@/-]+", role)
    for job in cronjobs():
        assert pod_spec(job)["serviceAccountName"] == account["metadata"]["name"]


def test_no_credentials_in_manifests():
    kinds = {doc.get("kind") for docs in k8s_documents().values() for doc in docs}
    assert "Secret" not in kinds
    for path in K8S.glob("*.y*ml"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"AKIA[0-9A-Z]{16}|aws_secret_access_key|aws_access_key_id",
                             text, re.IGNORECASE), path


def test_kustomization_lists_every_manifest_and_the_image():
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))
    assert kustomization["kind"] == "Kustomization"
    manifests = {p.name for p in K8S.glob("*.y*ml")} - {"kustomization.yaml"}
    assert set(kustomization["resources"]) == manifests
    image_names = {image["name"] for image in kustomization.get("images", [])}
    for job in cronjobs():
        image = pod_spec(job)["containers"][0]["image"]
        assert image.rsplit(":", 1)[0] in image_names, image


# -- systemd --------------------------------------------------------------------


def read_unit(path: Path) -> configparser.ConfigParser:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # systemd keys are case-sensitive
    unit.read_string(path.read_text(encoding="utf-8"), source=str(path))
    return unit


def unit_environment(path: Path, instance: str = "articles") -> dict[str, str]:
    """Every Environment= line of a unit (configparser keeps only the last of a
    repeated key); each holds assignments separated by spaces. %i: the instance."""
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("Environment="):
            line = line.replace("%i", instance)
            values.update(item.split("=", 1) for item in shlex.split(line[len("Environment="):]))
    return values


def read_env_file(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith(("#", ";")):
            name, _, value = line.partition("=")
            values[name.strip()] = value.strip()
    return values


def expand_exec(command: str, env: dict[str, str]) -> list[str]:
    """systemd's ExecStart expansion: ${VAR} inside a word is replaced by its value,
    a word that is just $VAR becomes its value split at whitespace (zero or more words)."""
    argv = []
    for word in shlex.split(command):
        whole = re.fullmatch(r"\$([A-Za-z_][A-Za-z0-9_]*)", word)
        if whole:
            argv.extend(env.get(whole.group(1), "").split())
        else:
            argv.append(re.sub(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}",
                               lambda m: env.get(m.group(1), ""), word))
    return argv


SERVICE = SYSTEMD / "newscrawler@.service"
TIMER = SYSTEMD / "newscrawler@.timer"


def test_systemd_service():
    service = read_unit(SERVICE)["Service"]
    assert service["Type"] == "oneshot"
    assert service["User"] == "newscrawler"
    assert service["WorkingDirectory"] == PROJECT_DIR
    assert service["EnvironmentFile"] == "/etc/newscrawler/%i.env"
    assert service["ExecStart"].startswith(
        f"{VENV_SCRAPY} crawl ${{SPIDER}} -a start_urls=${{START_URLS}}")
    assert service["NoNewPrivileges"] == "yes"
    assert service["ProtectSystem"] == "strict"
    assert service["PrivateTmp"] == "yes"
    writable = service["ReadWritePaths"].split()
    assert writable and all(path.startswith("/var/lib/newscrawler") for path in writable)
    environment = unit_environment(SERVICE)
    for name, value in environment.items():
        assert not any(word in name.upper() for word in SECRET_WORDS), name
        if name == "OUTPUT_SPOOL_DIR":  # must be writable under ProtectSystem=strict
            assert any(value.startswith(path + "/") for path in writable), value


def test_systemd_timer_starts_the_service_hourly():
    timer = read_unit(TIMER)
    assert timer["Timer"]["OnCalendar"] == "hourly"
    assert timer["Timer"]["Persistent"] == "true"
    assert timer["Timer"]["RandomizedDelaySec"]
    assert timer["Timer"]["Unit"] == SERVICE.name.replace("@.", "@%i.")
    assert timer["Install"]["WantedBy"] == "timers.target"


def test_systemd_example_env():
    env = read_env_file(SYSTEMD / "example.env")
    assert {"SPIDER", "START_URLS", "OUTPUT_URI"} <= set(env)
    assert env["SPIDER"] in project_spiders()
    assert all(url.startswith(("http://", "https://")) for url in env["START_URLS"].split(","))
    assert " " not in env["START_URLS"]
    for name in env:
        assert not any(word in name.upper() for word in SECRET_WORDS), name


def test_systemd_exec_start_crawls(article_url, tmp_path):
    service = read_unit(SERVICE)["Service"]
    unit_env = {**unit_environment(SERVICE),
                **read_env_file(SYSTEMD / "example.env")}
    unit_env.update(START_URLS=article_url, CRAWL_ARGS=" ".join(TEST_SETTINGS))
    env = run_env(tmp_path, unit_env)
    env["OUTPUT_URI"] = str(tmp_path / "out")
    argv = expand_exec(service["ExecStart"], env)
    assert argv[0] == VENV_SCRAPY
    assert argv[1:5] == ["crawl", "articles", "-a", f"start_urls={article_url}"]
    run = subprocess.run([*scrapy_command(), *argv[1:]], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    assert_one_article_stored(tmp_path / "out", "articles", run.stderr)


# -- crontab --------------------------------------------------------------------

CRON_FIELD = re.compile(r"(\*|\d+(-\d+)?)(/\d+)?(,(\*|\d+(-\d+)?)(/\d+)?)*")


def crontab() -> tuple[dict[str, str], list[tuple[list[str], str]]]:
    """(environment lines, [(five schedule fields, command)])."""
    env, jobs = {}, []
    for line in (DEPLOY / "crontab").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        assignment = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)", line)
        if assignment:
            env[assignment.group(1)] = assignment.group(2)
            continue
        fields = line.split(None, 5)
        jobs.append((fields[:5], fields[5]))
    return env, jobs


def cron_job(spider: str) -> str:
    matches = [command for _, command in crontab()[1] if f" crawl {spider} " in command]
    assert len(matches) == 1, matches
    return matches[0]


def require_flock() -> None:
    if shutil.which("flock") is None:
        pytest.skip("flock is not installed here (package util-linux); the crontab needs it")


def local_cron_command(command: str, tmp_path: Path, *, replace_scrapy: str | None = None,
                       article_url: str | None = None) -> str:
    """The crontab command, pointed at this checkout and at files under tmp_path."""

    def sub(pattern: str, replacement: str, text: str) -> str:
        text, count = re.subn(pattern, lambda _: replacement, text)
        assert count == 1, (pattern, text)
        return text

    command = sub(rf"cd {re.escape(PROJECT_DIR)} ", f"cd {shlex.quote(str(REPO))} ", command)
    command = re.sub(r"(?<= )OUTPUT_SPOOL_DIR=\S+ ",
                     lambda _: f"OUTPUT_SPOOL_DIR={shlex.quote(str(tmp_path / 'spool'))} ", command)
    command = sub(r"(?<=flock -n )\S+", shlex.quote(str(tmp_path / "crawl.lock")), command)
    command = sub(r"(?<=>>)\s*\S+", shlex.quote(str(tmp_path / "crawl.log")), command)
    if replace_scrapy is not None:
        command = sub(rf"{re.escape(VENV_SCRAPY)} .*?(?= >>)", replace_scrapy, command)
    else:
        command = sub(rf"{re.escape(VENV_SCRAPY)}(?= )", shlex.join(scrapy_command()), command)
        command = sub(r"start_urls=\S+",
                      shlex.join([f"start_urls={article_url}", *TEST_SETTINGS]), command)
    return command


def test_crontab_lines():
    env, jobs = crontab()
    assert len(jobs) >= 1
    for name in env:
        assert not any(word in name.upper() for word in SECRET_WORDS), name
    locks = []
    for fields, command in jobs:
        assert len(fields) == 5 and all(CRON_FIELD.fullmatch(f) for f in fields), fields
        assert "%" not in command  # cron would turn it into a newline
        lock = re.search(r"\bflock -n (\S+) ", command)
        assert lock, command
        locks.append(lock.group(1))
        assert f"flock -n {lock.group(1)} {VENV_SCRAPY} crawl " in command
        assert re.search(r">>\s*\S+ 2>&1$", command), command
    assert len(set(locks)) == len(locks)  # one lock per crawl


def test_crontab_command_crawls(article_url, tmp_path):
    require_flock()
    env = run_env(tmp_path, crontab()[0])
    env["OUTPUT_URI"] = str(tmp_path / "out")
    command = local_cron_command(cron_job("articles"), tmp_path, article_url=article_url)
    run = subprocess.run(["/bin/sh", "-c", command], env=env, capture_output=True, text=True,
                         timeout=120)
    log = (tmp_path / "crawl.log").read_text(encoding="utf-8")
    assert run.returncode == 0, log[-3000:]
    assert_one_article_stored(tmp_path / "out", "articles", log)


def test_crontab_flock_never_overlaps(tmp_path):
    require_flock()
    marker = tmp_path / "runs"
    slow = f"sh -c {shlex.quote(f'echo run >> {shlex.quote(str(marker))}; sleep 2')}"
    command = local_cron_command(cron_job("articles"), tmp_path, replace_scrapy=slow)
    first = subprocess.Popen(["/bin/sh", "-c", command])
    try:
        deadline = time.monotonic() + 10
        while not marker.exists():  # the first run holds the lock once it has started
            assert time.monotonic() < deadline, "the first run did not start"
            time.sleep(0.05)
        started = time.monotonic()
        second = subprocess.run(["/bin/sh", "-c", command], timeout=30)
        assert time.monotonic() - started < 1.5  # exits at once...
        assert second.returncode == 1
        assert marker.read_text().splitlines() == ["run"]  # ...without running
    finally:
        assert first.wait(timeout=30) == 0
    third = subprocess.run(["/bin/sh", "-c", command], timeout=30)
    assert third.returncode == 0  # the lock is free again once a run ends
    assert marker.read_text().splitlines() == ["run", "run"]


# -- Dockerfile -----------------------------------------------------------------


def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments), continuation lines joined, comments dropped."""
    instructions, pending = [], ""
    for line in (DEPLOY / "Dockerfile").read_text(encoding="utf-8").splitlines():
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if pending and line.lstrip().startswith("#"):
            continue
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        full = (pending + line).strip()
        pending = ""
        keyword, _, rest = full.partition(" ")
        instructions.append((keyword.upper(), rest.strip()))
    return instructions


def copy_instructions() -> list[tuple[list[str], str, str]]:
    """(sources, destination, WORKDIR at that point) of every COPY."""
    copies, workdir = [], "/"
    for keyword, rest in dockerfile():
        if keyword == "WORKDIR":
            workdir = rest
        elif keyword == "COPY":
            parts = json.loads(rest) if rest.startswith("[") else shlex.split(rest)
            parts = [p for p in parts if not p.startswith("--")]
            copies.append((parts[:-1], parts[-1], workdir))
    return copies


def env_instructions() -> dict[str, str]:
    values = {}
    for keyword, rest in dockerfile():
        if keyword == "ENV":
            for item in shlex.split(rest):
                name, _, value = item.partition("=")
                values[name] = value
    return values


def test_dockerfile():
    instructions = dockerfile()
    assert instructions[0][0] == "FROM" and instructions[0][1].startswith("python:3.11")
    users = [rest for k, rest in instructions if k == "USER"]
    assert users and users[-1].split(":")[0] not in ("root", "0")
    assert json.loads(dict(instructions)["ENTRYPOINT"]) == ["scrapy"]
    assert json.loads(dict(instructions)["CMD"]) == ["list"]
    pip = [rest for k, rest in instructions if k == "RUN" and "pip install" in rest]
    assert len(pip) == 1
    assert "-r requirements.txt" in pip[0] and "-c constraints.txt" in pip[0]
    env = env_instructions()
    assert env["OUTPUT_URI"] == "/data"
    volumes = [rest for k, rest in instructions if k == "VOLUME"]
    assert any("/data" in (json.loads(v) if v.startswith("[") else v.split()) for v in volumes)
    for keyword, rest in instructions:
        if keyword in ("ENV", "ARG"):
            assert not any(word in rest.upper() for word in SECRET_WORDS), rest


def test_dockerfile_copies_the_project_and_nothing_missing():
    copies = copy_instructions()
    sources = {src.rstrip("/") for srcs, _, _ in copies for src in srcs}
    assert {"requirements.txt", "constraints.txt", "scrapy.cfg", "crawler", "cleaners"} <= sources
    for src in sources:
        assert (REPO / src).exists(), f"COPY {src}: not in the repository"
    final_workdir = [rest for k, rest in dockerfile() if k == "WORKDIR"][-1]
    (scrapy_cfg,) = [(dest, workdir) for srcs, dest, workdir in copies if "scrapy.cfg" in srcs]
    assert scrapy_cfg[1] == final_workdir and scrapy_cfg[0] in ("./", ".", final_workdir,
                                                                final_workdir + "/")
    # The build context is the repo root: Dockerfile.dockerignore lets exactly these through.
    ignore = [line.strip() for line in (DEPLOY / "Dockerfile.dockerignore").read_text().splitlines()
              if line.strip() and not line.startswith("#")]
    assert ignore[0] == "*"
    allowed = {line[1:].rstrip("/") for line in ignore if line.startswith("!")}
    assert allowed == sources


def test_image_files_are_enough_to_crawl(article_url, tmp_path):
    """The image holds only what the Dockerfile copies: build that folder here and
    run each CronJob's args in it, as the image's ENTRYPOINT (scrapy) would."""
    image = tmp_path / "image"  # stands for the image's final WORKDIR
    final_workdir = [rest for k, rest in dockerfile() if k == "WORKDIR"][-1]
    for srcs, dest, workdir in copy_instructions():
        if "requirements.txt" in srcs:
            continue  # installed into the image's Python; here: this venv
        assert workdir == final_workdir and not dest.startswith("/"), (srcs, dest)
        target = image / dest
        for src in srcs:
            if (REPO / src).is_dir():  # COPY dir/ dest/ copies the folder's contents
                shutil.copytree(REPO / src, target, dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("__pycache__"))
            else:
                target.mkdir(parents=True, exist_ok=True)
                shutil.copy2(REPO / src, target / Path(src).name)
    # The image's default command: CMD ["list"].
    listed = subprocess.run([*scrapy_command(), "list"], cwd=image, capture_output=True,
                            text=True, env=run_env(tmp_path, {}), timeout=120)
    assert listed.returncode == 0, listed.stderr[-3000:]
    assert {"articles", "aggregator"} <= set(listed.stdout.split())
    for job in cronjobs():
        container = pod_spec(job)["containers"][0]
        args = [f"start_urls={article_url}" if a.startswith("start_urls=") else a
                for a in container["args"]]
        env = run_env(tmp_path, {item["name"]: item["value"] for item in container["env"]})
        output = tmp_path / job["metadata"]["name"]
        env["OUTPUT_URI"] = str(output)
        run = subprocess.run([*scrapy_command(), *args, *TEST_SETTINGS], cwd=image, env=env,
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr[-3000:]
        assert_one_article_stored(output, args[1], run.stderr)


# -- Scrapyd --------------------------------------------------------------------


def test_scrapyd_conf():
    config = configparser.ConfigParser(strict=False, interpolation=None)
    config.read_string((DEPLOY / "scrapyd.conf").read_text(encoding="utf-8"))
    scrapyd = config["scrapyd"]
    assert scrapyd["bind_address"] == "127.0.0.1"
    assert int(scrapyd["max_proc"]) == 1
    for name in ("eggs_dir", "logs_dir", "dbs_dir"):
        assert scrapyd[name].startswith("/"), name
    assert "items_dir" in scrapyd
    assert not scrapyd.get("password")


def test_readme_covers_each_piece():
    readme = (DEPLOY / "README.md").read_text(encoding="utf-8")
    for needle in ("docker build -f deploy/Dockerfile", "Dockerfile.dockerignore",
                   "kubectl apply -k deploy/k8s", "concurrencyPolicy: Forbid",
                   "newscrawler@.timer", "flock -n", "scrapyd-deploy", "schedule.json",
                   "listjobs.json", "max_proc", "Run summary", "OUTPUT_URI"):
        assert needle in readme, needle
