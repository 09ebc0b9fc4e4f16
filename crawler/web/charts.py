"""Bar charts drawn on the server: geometry here, the SVG elements in the templates (so every
label is escaped like any other text). Plain numbers in, rectangles and labels out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

WIDTH, HEIGHT = 720, 180
PAD_LEFT, PAD_BOTTOM, PAD_TOP = 40, 22, 8
#: Series colours, by position (also named in the legend).
COLOURS = ("#2b6cb0", "#38a169", "#d69e2e", "#c53030", "#805ad5", "#319795", "#dd6b20", "#718096")


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    title: str  # the tooltip: what the bar counts


@dataclass
class Chart:
    title: str
    width: int = WIDTH
    height: int = HEIGHT
    bars: list[Bar] = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)  # (colour, name)
    ticks: list[tuple[float, str]] = field(default_factory=list)  # (x, label) under the axis
    levels: list[tuple[float, str]] = field(default_factory=list)  # (y, label) beside the axis
    empty: bool = True


def stacked(title: str, columns: list[tuple[str, dict[str, int]]], series: list[str],
            *, tick_every: int = 1) -> Chart:
    """One column per ``(label, {series: count})``, its series stacked in ``series`` order."""
    chart = Chart(title)
    colours = {name: COLOURS[i % len(COLOURS)] for i, name in enumerate(series)}
    chart.legend = [(colours[s], s) for s in series]
    if not columns:
        return chart
    top = max((sum(values.values()) for _, values in columns), default=0)
    chart.empty = top == 0
    top = max(top, 1)
    plot_w = chart.width - PAD_LEFT - 4
    plot_h = chart.height - PAD_BOTTOM - PAD_TOP
    step = plot_w / len(columns)
    for i, (label, values) in enumerate(columns):
        x = PAD_LEFT + i * step
        y = float(PAD_TOP + plot_h)
        for name in series:
            n = values.get(name, 0)
            if n <= 0:
                continue
            h = plot_h * n / top
            y -= h
            chart.bars.append(Bar(round(x + 1, 1), round(y, 1), round(max(step - 2, 1), 1),
                                  round(h, 1), colours[name], f"{label} · {name}: {n}"))
        if i % tick_every == 0:
            chart.ticks.append((round(x + step / 2, 1), label))
    chart.levels = [(round(PAD_TOP + plot_h * (1 - f), 1), f"{top * f:g}") for f in (0, 0.5, 1)
                    if f != 0.5 or top >= 2]
    return chart


def articles_per_day(rows: list[dict[str, Any]], days: int, today: date | None = None) -> Chart:
    """Articles published per day over the last ``days`` days, stacked by source."""
    end = today or datetime.now().astimezone().date()
    start = end - timedelta(days=days - 1)
    by_day: dict[date, dict[str, int]] = {}
    for row in rows:
        by_day.setdefault(row["day"], {})[row["source"]] = row["articles"]
    series = sorted({row["source"] for row in rows})
    columns = [((start + timedelta(days=i)).strftime("%d/%m"), by_day.get(start + timedelta(days=i), {}))
               for i in range(days)]
    return stacked(f"Articles published per day, {days} days to {end:%Y-%m-%d}", columns, series,
                   tick_every=max(1, days // 8))


_OUTCOMES = ("articles_new", "articles_changed", "articles_removed", "errors")


def run_outcomes(runs: list[dict[str, Any]]) -> Chart:
    """Per run, oldest first: new, changed and removed articles and errors."""
    columns = [((r["started_at"].strftime("%d/%m %H:%M") if r.get("started_at") else "?")
                + (f" {r['source']}" if r.get("source") else ""),
                {name.removeprefix("articles_"): int(r.get(name) or 0) for name in _OUTCOMES})
               for r in reversed(runs)]
    series = [name.removeprefix("articles_") for name in _OUTCOMES]
    return stacked("Run outcomes, oldest first", columns, series,
                   tick_every=max(1, len(columns) // 6))
