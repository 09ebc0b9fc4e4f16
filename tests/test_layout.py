"""The import rules of the layout (STYLE.md 1, issue #15 point 6), read from the source with
``ast``, never by importing it: a module that imports a forbidden package only inside a
function, or only when a setting asks for it, breaks the rule just the same.

- ``archive/`` is a library: no crawler, pipelines, Scrapy, Twisted or click.
- ``crawler/extract/`` and ``crawler/profiles/`` run in extraction workers and in offline
  re-extraction: no Scrapy, Twisted or archive.
- Nothing installed (``crawler/``, ``archive/``, ``pipelines/``) imports ``tests`` or ``bench``.
- No test module imports another test module or conftest.py: shared helpers live in
  tests/helpers.py, so plain ``pytest`` collects every module and none is imported twice.
"""

from __future__ import annotations

import ast
import fnmatch
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _installed_packages() -> tuple[str, ...]:
    """The top-level packages the wheel ships, as pyproject.toml's package finder picks them."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["setuptools"]["packages"]["find"]["include"]
    return tuple(sorted(p.name for p in ROOT.iterdir() if (p / "__init__.py").is_file()
                        and any(fnmatch.fnmatch(p.name, pattern) for pattern in include)))


INSTALLED = _installed_packages()


@dataclass(frozen=True)
class Rule:
    name: str
    folders: tuple[str, ...]
    forbidden: tuple[str, ...]


RULES = [
    Rule("archive is a library", ("archive",),
         ("crawler", "pipelines", "scrapy", "twisted", "click")),
    Rule("extraction and profiles run without a crawl", ("crawler/extract", "crawler/profiles"),
         ("scrapy", "twisted", "archive")),
    Rule("nothing installed imports test or benchmark code", INSTALLED, ("tests", "bench")),
]

#: Rules broken at the moment, with the reason: each is an xfail(strict), so the day the rule
#: holds the test says so and the entry must go.
KNOWN_BREAKS: dict[str, str] = {}


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, root: Path = ROOT) -> list[tuple[int, str]]:
    """Every module ``path`` imports, absolute, with its line: ``import x``, ``from x import
    y`` (relative ones resolved against the file's package), and ``importlib.import_module``
    or ``__import__`` called with a literal name. Imports inside functions and under
    ``if TYPE_CHECKING`` count too."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    module = _module_name(path, root)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: max(0, len(package) - node.level + 1)]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            found.append((node.lineno, name))
            # `from . import x` / `from pkg import sub`: the names may be modules themselves.
            found += [(node.lineno, f"{name}.{alias.name}" if name else alias.name)
                      for alias in node.names if alias.name != "*"]
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            first = node.args[0]
            if called in ("import_module", "__import__") and isinstance(first, ast.Constant) \
                    and isinstance(first.value, str):
                found.append((node.lineno, first.value))
    return found


def violations(rule: Rule, root: Path = ROOT) -> list[str]:
    out = []
    for folder in rule.folders:
        for path in sorted((root / folder).rglob("*.py")):
            for line, name in imported_modules(path, root):
                top = name.split(".")[0]
                if top in rule.forbidden:
                    out.append(f"{path.relative_to(root)}:{line} imports {name}")
    return sorted(set(out))


@pytest.mark.parametrize("rule", [
    pytest.param(rule, id=rule.name, marks=[pytest.mark.xfail(reason=KNOWN_BREAKS[rule.name],
                                                               strict=True)]
                 if rule.name in KNOWN_BREAKS else [])
    for rule in RULES])
def test_import_rule(rule):
    for folder in rule.folders:  # a folder moved away would make the rule hold vacuously
        assert list((ROOT / folder).rglob("*.py")), f"{folder}/ holds no Python file"
    assert violations(rule) == []


def _is_test_module(name: str) -> bool:
    last = name.split(".")[-1]
    return last.startswith("test_") or last == "conftest"


def imports_of_test_modules(root: Path = ROOT) -> list[str]:
    """Test modules and conftest.py files that a file under tests/ imports: as
    ``tests.test_x`` (the checkout is on sys.path) or as ``test_x`` (pytest puts tests/ on
    sys.path too)."""
    found = []
    for path in sorted((root / "tests").rglob("*.py")):
        rel = path.relative_to(root)
        if "variants" in rel.parts:  # the variant corpus's generators: fixture provenance
            continue
        found += [f"{rel}:{line} imports {name}" for line, name in imported_modules(path, root)
                  if _is_test_module(name) and name.split(".")[0] in ("tests", name)]
    return found


def test_no_test_module_imports_another():
    assert imports_of_test_modules() == []


def test_the_installed_packages_are_the_three_rooms():
    assert INSTALLED == ("archive", "crawler", "pipelines")


def test_the_checker_sees_every_kind_of_import(tmp_path):
    """The rules are only as good as the parser: each way of importing is caught."""
    pkg = tmp_path / "archive" / "sub"
    pkg.mkdir(parents=True)
    (tmp_path / "archive" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("from .. import layout\n")
    (pkg / "mod.py").write_text(
        "import os, scrapy.http\n"
        "from twisted.internet import defer\n"
        "def lazy():\n"
        "    import click\n"
        "    from pipelines.store import StorePipeline\n"
        "    import importlib\n"
        "    importlib.import_module('crawler.spiders')\n"
        "    return __import__('tests.helpers')\n"
        "from . import sibling\n"
        "from ..schema import ARTICLE_SCHEMA\n"
    )
    rule = Rule("t", ("archive",), ("crawler", "pipelines", "scrapy", "twisted", "click", "tests"))
    got = violations(rule, tmp_path)
    assert got == sorted([
        "archive/sub/mod.py:1 imports scrapy.http",
        "archive/sub/mod.py:2 imports twisted.internet",
        "archive/sub/mod.py:2 imports twisted.internet.defer",
        "archive/sub/mod.py:4 imports click",
        "archive/sub/mod.py:5 imports pipelines.store",
        "archive/sub/mod.py:5 imports pipelines.store.StorePipeline",
        "archive/sub/mod.py:7 imports crawler.spiders",
        "archive/sub/mod.py:8 imports tests.helpers",
    ])
    names = [name for _, name in imported_modules(pkg / "mod.py", tmp_path)]
    assert "archive.sub.sibling" in names and "archive.schema" in names
    assert [name for _, name in imported_modules(pkg / "__init__.py", tmp_path)] == [
        "archive", "archive.layout"]


def test_the_checker_sees_a_test_module_imported_by_another(tmp_path):
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_a.py").write_text(
        "from tests.helpers import make_row\n"
        "from tests.test_b import shared\n"
        "def f():\n"
        "    from conftest import DEMO\n"
        "    import test_c\n")
    assert imports_of_test_modules(tmp_path) == [
        "tests/test_a.py:2 imports tests.test_b", "tests/test_a.py:4 imports conftest",
        "tests/test_a.py:5 imports test_c"]



def _entry_points(root: Path, packages: tuple[str, ...]) -> set[str]:
    """Where the product starts: the console scripts, Scrapy's settings module (``scrapy
    crawl portal`` in a checkout) and ``__main__`` modules (``python -m``)."""
    import configparser

    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    starts = {target.split(":")[0] for target in config["project"].get("scripts", {}).values()}
    cfg = configparser.ConfigParser()
    cfg.read(root / "scrapy.cfg", encoding="utf-8")
    starts |= set(cfg["settings"].values()) if cfg.has_section("settings") else set()
    return starts | {_module_name(path, root) for package in packages
                     for path in (root / package).rglob("__main__.py")}


def used_modules(root: Path = ROOT, packages: tuple[str, ...] = INSTALLED) -> set[str]:
    """The installed modules the product reaches from its entry points: through imports,
    through the dotted names Scrapy settings load (``"pipelines.store.StorePipeline"``), and
    through ``SPIDER_MODULES`` packages, whose modules Scrapy walks."""
    import re

    modules = {_module_name(path, root): path for package in packages
               for path in (root / package).rglob("*.py")}
    seen: set[str] = set()
    todo: list[str] = []

    def reach(name: str) -> None:
        parts = name.split(".")
        for end in range(1, len(parts) + 1):  # a module's packages are imported with it
            prefix = ".".join(parts[:end])
            if prefix in modules and prefix not in seen:
                seen.add(prefix)
                todo.append(prefix)

    for start in _entry_points(root, packages):
        reach(start)
    while todo:
        path = modules[todo.pop()]
        for _, imported in imported_modules(path, root):
            reach(imported)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and re.fullmatch(r"\w+(\.\w+)+", node.value):
                reach(node.value)
            elif isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "SPIDER_MODULES"
                                                      for t in node.targets):
                for package in ast.literal_eval(node.value):
                    for name in modules:
                        if name.startswith(f"{package}."):
                            reach(name)
    return seen


#: Installed modules only tests or benchmarks use at the moment, with the reason: the test
#: fails when one is used or moved, so the entry must go with it.
ONLY_TESTS_USE: dict[str, str] = {}


def test_nothing_installed_is_only_test_or_benchmark_code(tmp_path):
    """Issue #15: the wheel ships what users run. Every module of the installed packages is
    reached from an entry point (none is there only for tests/ or bench/), the code moved
    out stays out, and every package-data pattern still matches a file."""
    installed = {_module_name(path, ROOT) for package in INSTALLED
                 for path in (ROOT / package).rglob("*.py")}
    used = used_modules()
    assert {"crawler.cli", "crawler.settings", "pipelines.store", "crawler.spiders.portal",
            "crawler.demo.server"} <= used, "the walk misses the product itself"
    assert sorted(installed - used) == sorted(ONLY_TESTS_USE)
    for moved in ("crawler/hostile", "crawler/chaos.py", "crawler/dedup_eval.py",
                  "crawler/demo/republish.py", "crawler/demo/data/dedup"):
        assert not (ROOT / moved).exists(), f"{moved} is test or benchmark code (tests/, bench/)"
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for package, patterns in config["tool"]["setuptools"].get("package-data", {}).items():
        for pattern in patterns:
            assert list((ROOT / package).glob(pattern)), f"package-data {package}: {pattern} matches nothing"
    # The walk tells the two apart: a module only tests import is not reached.
    files = {"pyproject.toml": '[project.scripts]\nx = "pkg.cli:main"\n',
             "scrapy.cfg": "[settings]\ndefault = pkg.settings\n",
             "pkg/__init__.py": "", "pkg/__main__.py": "from pkg.cli import main\n",
             "pkg/cli.py": "def main():\n    from pkg import lazy\n",
             "pkg/lazy.py": "", "pkg/settings.py": 'P = {"pkg.pipe.Store": 1}\nSPIDER_MODULES = ["pkg.sp"]\n',
             "pkg/pipe.py": "", "pkg/sp/__init__.py": "", "pkg/sp/one.py": "",
             "pkg/only_tests.py": "", "tests/test_x.py": "import pkg.only_tests\n"}
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    assert used_modules(tmp_path, ("pkg",)) == {"pkg", "pkg.__main__", "pkg.cli", "pkg.lazy", "pkg.settings",
                                                "pkg.pipe", "pkg.sp", "pkg.sp.one"}


def test_the_cli_holds_no_sql():
    """Issue #15: read commands call the library (Archive methods, archive.clusters,
    archive.history); the CLI runs no SQL of its own (``.sql(…)``/``.execute(…)``)."""
    import ast
    from pathlib import Path

    calls = []
    for path in sorted((Path(__file__).resolve().parents[1] / "crawler" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in {"sql", "execute", "query_df"}:
                calls.append(f"{path.name}:{node.lineno}")
    assert calls == []


#: Modules still over the limit, each with why: the list only shrinks.
OVER_600: set[str] = set()


def test_no_module_over_600_lines():
    """Issue #15: no installed module over 600 lines, but the demo portal's page templates
    (crawler/demo/) and the listed ones."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    long = {str(p.relative_to(root)) for top in ("archive", "crawler", "pipelines")
            for p in (root / top).rglob("*.py")
            if "demo" not in p.relative_to(root).parts
            and len(p.read_text(encoding="utf-8").splitlines()) > 600}
    assert long == OVER_600
