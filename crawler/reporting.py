"""Writing a report: CSV tables, PNG charts with Chinese labels, and report.md."""
from __future__ import annotations

import csv
from pathlib import Path

from store.report import ROUND_GROUPS, Report, Table


def cjk_font() -> str | None:
    """Path of a font with Chinese glyphs: the one rongzi installs, else one the system has."""
    try:
        import cvttf_NotoSansCJK_Regular as package

        path = Path(package.__file__).with_name("NotoSansCJKtc-Regular.otf")
        if path.exists():
            return str(path)
    except ImportError:
        pass
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    for path in font_manager.findSystemFonts():
        try:
            if FT2Font(path).get_char_index(ord("融")):
                return path
        except (OSError, RuntimeError):
            continue
    return None


def write_csv(table: Table, folder: Path) -> Path:
    path = folder / f"{table.name}.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:  # utf-8-sig: Excel opens it as UTF-8
        writer = csv.writer(f)
        writer.writerow(table.columns)
        writer.writerows(table.rows)
    return path


def write_chart(table: Table, folder: Path, font: str | None, top: int = 12) -> Path:
    """A bar chart of a table's event counts, labels in the table's own words."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager, pyplot as plt

    if font:
        font_manager.fontManager.addfont(font)
        plt.rcParams["font.family"] = font_manager.FontProperties(fname=font).get_name()
    rows = table.rows[:top]
    figure, axes = plt.subplots(figsize=(8, 4.5), dpi=100)
    from matplotlib.ticker import MaxNLocator

    axes.bar([str(r[0]) for r in rows], [r[1] for r in rows], color="#3b6ea5")
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_title(table.title)
    axes.set_ylabel("事件数")
    for label in axes.get_xticklabels():
        label.set_rotation(30 if len(rows) > 6 else 0)
    figure.tight_layout()
    path = folder / f"{table.name}.png"
    figure.savefig(path)
    plt.close(figure)
    return path


def write_markdown(report: Report, folder: Path, charts: dict[str, Path]) -> Path:
    t = report.tables
    total = len(report.events)
    known = sum(1 for e in report.events if e["amount_low_cny"] is not None)
    low = sum(e["amount_low_cny"] or 0 for e in report.events) / 1e8
    lines = [f"# 融资事件数据（{report.start} 至 {report.end}）", ""]
    lines += [f"本期共追踪到融资事件 {total} 起，其中 {known} 起披露了金额，按金额下限合计约 {low:.2f} 亿元。"
              "“数亿元”“近亿元”等模糊金额按区间计：下限合计取每笔区间的下限，中值合计取区间中点"
              "（“超X”这类开口区间按下限计）；外币按固定汇率折合人民币（见 store/rates.py）。", ""]
    groups = {r[0]: r for r in t["round_groups"].rows}
    parts = [f"{g}（{'、'.join(rounds)}）{groups[g][1]} 起" for g, rounds in ROUND_GROUPS if g in groups]
    if parts:
        lines += ["## 融资阶段", "", "从融资轮次看，" + "，".join(parts) + "。", ""]
    provinces = [r for r in t["provinces"].rows if r[0] != "unknown"]
    if provinces:
        top = "、".join(f"{r[0]}（{r[1]} 起）" for r in provinces[:5])
        lines += ["## 地区分布", "", f"获投企业数量居前五的省市为：{top}。", ""]
    big = t["big_deals"].rows
    lines += ["## 大额融资", "", f"单笔融资金额在 1 亿元以上的事件共 {len(big)} 起。", ""]
    investors = t["investors"].rows[:5]
    if investors:
        lines += ["## 活跃投资机构", ""]
        for name, deals, lead, sole, participant, partner, together, aliases in investors:
            extra = f"，与{partner}合投最多（{together} 次）" if partner else ""
            also = f"（亦称{aliases}）" if aliases else ""
            lines.append(f"- {name}{also}：投资 {deals} 次，其中领投 {lead} 次、独家投资 {sole} 次、参投 {participant} 次{extra}。")
        lines.append("")
    for table in t.values():
        lines += [f"## {table.title}", ""]
        if table.name in charts:
            lines += [f"![{table.title}]({charts[table.name].name})", ""]
        lines += ["| " + " | ".join(table.columns) + " |", "|" + "---|" * len(table.columns)]
        lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in table.rows[:20]]
        lines.append("")
    path = folder / "report.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
