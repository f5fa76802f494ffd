"""axe-core accessibility scans, injected from the npm package into a Playwright page.

The site's Content-Security-Policy forbids inline scripts, so axe is evaluated through
the browser's DevTools protocol (``page.evaluate``), which the page's CSP does not
govern, rather than added as a <script> tag."""

from pathlib import Path

AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"


def serious_violations(page) -> list[dict]:
    """Violations of impact serious or critical on the current page, each with its nodes."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    results = page.evaluate("async () => await axe.run(document)")
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]
