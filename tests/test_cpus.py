"""The default extraction worker count follows the CPUs a container or taskset allows."""

import shutil
import subprocess
import sys

import pytest

from crawler.run.cpus import cgroup_cpu_limit, usable_cpus
from tests.conftest import REPO


@pytest.mark.parametrize("contents, expected", [
    ("max 100000\n", None),          # no quota
    ("100000 100000\n", 1),
    ("150000 100000\n", 2),          # 1.5 CPUs round up
    ("50000 100000\n", 1),           # half a CPU still gets one worker
    ("400000 100000\n", 4),
    ("garbage\n", None),
    ("-1 100000\n", None),
])
def test_cgroup_quota(tmp_path, contents, expected):
    cpu_max = tmp_path / "cpu.max"
    cpu_max.write_text(contents)
    assert cgroup_cpu_limit(cpu_max) == expected


def test_no_cgroup_file_means_no_limit(tmp_path):
    assert cgroup_cpu_limit(tmp_path / "absent") is None


def test_quota_caps_the_affinity(tmp_path):
    cpu_max = tmp_path / "cpu.max"
    cpu_max.write_text("100000 100000\n")
    assert usable_cpus(cpu_max) == 1
    cpu_max.write_text("max 100000\n")
    assert usable_cpus(cpu_max) == len(__import__("os").sched_getaffinity(0))


@pytest.mark.skipif(shutil.which("taskset") is None, reason="taskset (util-linux) not installed")
def test_taskset_one_cpu_gives_one_worker():
    code = ("from crawler.pipelines import ExtractPipeline\n"
            "from scrapy.utils.test import get_crawler\n"
            "print(ExtractPipeline(get_crawler(settings_dict={'EXTRACT_WORKERS': -1})).workers)")
    run = subprocess.run(["taskset", "-c", "0", sys.executable, "-c", code], cwd=REPO,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "1"
