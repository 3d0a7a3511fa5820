"""The project's shape: stages import only the stages before them, every module says what it is for and stays
small, and every package the code imports is declared in pyproject.toml and pinned in the lock files."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from functools import cache
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("common", "spiders", "directory", "maps", "clinicdir")
# What each top-level package may import: spiders -> directory -> maps is the data's way, clinicdir runs them.
MAY_IMPORT = {
    "common": set(),
    "spiders": {"common"},
    "directory": {"common"},
    "maps": {"common"},
    "clinicdir": {"common", "spiders", "directory", "maps"},
}
MAX_LINES = 400


def modules(*folders: str) -> list[Path]:
    return sorted(path for folder in folders for path in (ROOT / folder).rglob("*.py"))


def name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@cache
def imported(path: Path) -> frozenset[str]:
    """Top-level names of every module `path` imports, at module level or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.ImportFrom):   # relative: within its own package
            found.add(name(path).split("/")[0])
    return frozenset(found)


@pytest.mark.parametrize("package", PACKAGES)
def test_each_stage_imports_only_the_stages_before_it(package):
    wrong = {name(path): sorted(imported(path) & set(PACKAGES) - MAY_IMPORT[package] - {package})
             for path in modules(package)}
    assert {module: names for module, names in wrong.items() if names} == {}


def test_no_import_cycle_between_packages():
    edges = {package: set() for package in PACKAGES}
    for package in PACKAGES:
        for path in modules(package):
            edges[package] |= imported(path) & set(PACKAGES) - {package}
    done: list[str] = []
    while len(done) < len(PACKAGES):   # take a package whose imports are all taken already (topological order)
        ready = [p for p in PACKAGES if p not in done and edges[p] <= set(done)]
        assert ready, f"import cycle among {sorted(set(PACKAGES) - set(done))}: {edges}"
        done += ready


def project_modules() -> list[Path]:
    return [*modules(*PACKAGES, "bench", "tests"), ROOT / "setup.py"]


@pytest.mark.parametrize("path", project_modules(), ids=name)
def test_every_module_opens_with_a_line_saying_what_it_is_for(path):
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    assert docstring and len(docstring.splitlines()[0]) <= 120, "no opening line saying what the module is for"


def test_modules_stay_small():
    lengths = {name(path): len(path.read_text(encoding="utf-8").splitlines()) for path in project_modules()}
    assert {module: lines for module, lines in lengths.items() if lines > MAX_LINES} == {}


# --- dependencies ------------------------------------------------------------------------------------------------

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
RUNTIME = PYPROJECT["dependencies"]
TEST = PYPROJECT["optional-dependencies"]["test"]
TEST_ONLY_IMPORTS = {"pytest", "pytest_twisted", "playwright", "werkzeug"}


def canonical(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9._-]+", requirement).group(0)).lower()


def third_party(paths: list[Path]) -> set[str]:
    local = {*PACKAGES, "bench", "tests"}
    return {top for path in paths for top in imported(path)} - local - set(sys.stdlib_module_names)


@cache
def distributions() -> dict[str, list[str]]:
    return packages_distributions()


def declared_for(top: str) -> set[str]:
    """The distributions that provide an importable top-level name ("xstatic" has several)."""
    return {canonical(dist) for dist in distributions().get(top, [top])}


@pytest.mark.parametrize("folders, allowed", [
    (PACKAGES, RUNTIME),
    (("bench", "tests"), RUNTIME + TEST),
], ids=["project code: runtime dependencies", "tests and benchmarks: runtime and test dependencies"])
def test_every_imported_package_is_declared(folders, allowed):
    names = {canonical(requirement) for requirement in allowed}
    undeclared = sorted(top for top in third_party(modules(*folders)) if not declared_for(top) & names)
    assert undeclared == []


def test_project_code_needs_no_test_tool():
    assert third_party(modules(*PACKAGES)) & TEST_ONLY_IMPORTS == set()


def pins(lock: str) -> dict[str, str]:
    text = (ROOT / lock).read_text(encoding="utf-8")
    return {canonical(line): line.split("==")[1].strip() for line in text.splitlines() if "==" in line}


def test_the_runtime_lock_pins_what_the_code_needs_and_no_test_tool():
    runtime, test = pins("requirements.lock"), pins("requirements-test.lock")
    assert {canonical(r) for r in RUNTIME} <= set(runtime)
    assert not {canonical(r) for r in TEST} - {"setuptools"} & set(runtime)   # a crawl server gets no test tools
    assert {canonical(r) for r in RUNTIME + TEST} <= set(test)
    assert {dist: test[dist] for dist in runtime} == runtime   # one set of pins: tests run what servers run
