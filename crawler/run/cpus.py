"""How many CPUs this process may really use.

os.cpu_count() counts the machine's cores, not what a container or a
`taskset` leaves us: a pod limited to 1 CPU on a 64-core node would start 64
extraction workers, each with its own memory, and be throttled (or OOM
killed). The usable count is the smaller of the CPU affinity mask and the
cgroup v2 quota, rounded up (a 1.5 CPU quota still runs two workers' worth
of bursts).
"""

from __future__ import annotations

import math
import os
from pathlib import Path

CGROUP_CPU_MAX = Path("/sys/fs/cgroup/cpu.max")


def cgroup_cpu_limit(cpu_max: Path = CGROUP_CPU_MAX) -> int | None:
    """CPUs allowed by a cgroup v2 cpu.max ("150000 100000" -> 2), None when unlimited or unknown."""
    try:
        fields = cpu_max.read_text().split()
    except OSError:
        return None  # no cgroup v2 here (cgroup v1, macOS, no /sys)
    if len(fields) != 2 or fields[0] == "max":
        return None
    try:
        quota, period = int(fields[0]), int(fields[1])
    except ValueError:
        return None
    if quota <= 0 or period <= 0:
        return None
    return max(1, math.ceil(quota / period))


def affinity_cpus() -> int:
    """CPUs this process may be scheduled on (taskset, cpusets)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def usable_cpus(cpu_max: Path = CGROUP_CPU_MAX) -> int:
    """The CPUs this process may actually use: affinity, capped by the cgroup quota."""
    cpus = affinity_cpus()
    limit = cgroup_cpu_limit(cpu_max)
    return min(cpus, limit) if limit else cpus
