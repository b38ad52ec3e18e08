import ast
from pathlib import Path

import qr

OURS = {"bot", "handlers", "cases", "nlp", "storage", "sandbox", "bench", "tests"}


def test_qr_imports_nothing_else_of_the_project() -> None:
    package = Path(qr.__file__).parent
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in OURS, f"{path.name} imports {name}"
