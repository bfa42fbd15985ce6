"""Packaging for Scrapyd: `scrapyd-deploy` builds its egg from this file.

Without it scrapyd-deploy writes a setup.py of its own whose find_packages()
also packs tests/ and bench/. The egg holds only what a crawl runs: the
`crawler` and `cleaners` packages and the data files they read at run time.
The dependencies are not in the egg; Scrapyd's environment must have them
(requirements.txt, deploy/README.md).
"""

from setuptools import find_packages, setup

setup(
    name="newscrawler",
    version="0.1.0",
    packages=find_packages(include=["crawler", "crawler.*", "cleaners", "cleaners.*"]),
    package_data={"crawler": ["schema/*.json", "run/templates/*", "demo/stories.json"]},
    # How Scrapyd finds the project's settings inside the egg.
    entry_points={"scrapy": ["settings = crawler.settings"]},
)
