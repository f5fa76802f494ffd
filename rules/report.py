"""A plain-text rendering of a result, for the command line and for reading in a terminal."""

from __future__ import annotations

from typing import Any

from .scoring import shown


def _ranked_lines(title: str, items: list[dict[str, Any]], limit: int) -> list[str]:
    lines = [title]
    for item in [i for i in items if i["score"] > 0][:limit] or items[:1]:
        lines.append(f"  {item['label']:<34} {shown(item['score']):>6}  {item['strength']}")
        for evidence in item["for"]:
            lines.append(f"      + {evidence['finding']}  [{evidence['rule']}]")
        for evidence in item["against"]:
            lines.append(f"      - {evidence['finding']}  [{evidence['rule']}]")
    return lines


def render_text(result: dict[str, Any], limit: int = 5) -> str:
    """The result as a person would read it: disclaimer first, then the reasoning."""
    lines = [f"*** {result['disclaimer']} ***", f"Knowledge base {result['kb_version']}", ""]
    if result["red_flags"]:
        lines.append("RED FLAGS")
        lines += [
            f"  ! [{flag.get('urgency', '').upper()}] {flag['label']}: {flag['action']}" for flag in result["red_flags"]
        ]
        lines.append("")
    lines += _ranked_lines("Causes", result["causes"], limit) + [""]
    if result.get("conditions"):
        lines += _ranked_lines("Named conditions", result["conditions"], limit) + [""]
    lines += _ranked_lines("Site of origin", result["origins"], limit) + [""]
    lines.append("Workup")
    lines += [
        f"  {step['order']}. {step['label']}"
        + (f" [{step['urgency']}]" if step.get("urgency", "routine") != "routine" else "")
        + ": "
        + " ".join(w["text"] for w in step["why"])
        for step in result["workup"]
    ]
    lines.append("")
    lines.append("Treatment options")
    for treatment in result["treatments"]:
        lines.append(
            f"  [{treatment['role'].upper():<11}] {treatment['label']}: "
            + " ".join(w["text"] for w in treatment["why"] if w["role"] == treatment["role"])
        )
        lines += [f"      caution: {c}" for c in treatment["cautions"]]
    lines.append("")
    lines.append("How we got here")
    for step in result["trace"]:
        answers = ", ".join(f"{q}={'/'.join(v)}" for q, v in step["answers"].items())
        lines.append(f"  {step['rule']}: {step['explanation']}" + (f" ({answers})" if answers else ""))
    return "\n".join(lines) + "\n"
