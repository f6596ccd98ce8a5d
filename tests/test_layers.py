"""The code reads top-down: no import loops, and the layers point one way (cli → fulfil → sources).

Read from the source (every import statement, also inside functions and under TYPE_CHECKING), so a
loop hidden in a function-level import is caught as well.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "dsarbot"


def _modules() -> dict[str, Path]:
    out: dict[str, Path] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The dsarbot modules *name* imports (a package's own __init__ is not an edge for its modules)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{a.name}" for a in node.names)
    return {m for m in found if m in MODULES and m != name
            and not (name.startswith(m + ".") and MODULES[m].name == "__init__.py")}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _cycles() -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in GRAPH[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in GRAPH:
        if v not in index:
            visit(v)
    return groups


def test_no_module_imports_itself_through_others() -> None:
    assert _cycles() == []


def test_the_data_source_layer_imports_nothing_above_it() -> None:
    above = {n: sorted(m for m in deps if not m.startswith("dsarbot.sources"))
             for n, deps in GRAPH.items() if n.startswith("dsarbot.sources")}
    assert {n: deps for n, deps in above.items() if deps} == {}


def test_fulfilment_and_the_domain_never_import_a_command_line_module() -> None:
    users = {n: sorted(m for m in deps if m.startswith("dsarbot.cli"))
             for n, deps in GRAPH.items() if not n.startswith("dsarbot.cli") and n != "dsarbot.__main__"}
    assert {n: deps for n, deps in users.items() if deps} == {}


def test_the_graph_is_read_from_every_kind_of_import() -> None:
    # The checker itself: a function-level import and a TYPE_CHECKING import both count.
    assert "dsarbot.fulfil.sources" in GRAPH["dsarbot.cli.sources"]  # imported inside a command
    assert "dsarbot.sources" in GRAPH["dsarbot.cli.sources"]  # imported under TYPE_CHECKING
