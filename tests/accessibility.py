"""axe-core accessibility scans, injected from the npm package into a Playwright page."""

from pathlib import Path

AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"


def serious_violations(page) -> list[dict]:
    """Violations of impact serious or critical on the current page, each with its nodes."""
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    results = page.evaluate("async () => await axe.run(document)")
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"],
         "nodes": [n["target"] for n in v["nodes"]]}
        for v in results["violations"] if v["impact"] in ("serious", "critical")
    ]
