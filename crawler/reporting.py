"""Writing a report: CSV tables, PNG charts with Chinese labels, report.md and one self-contained report.html.

report.md and report.html are two renderings of one list of blocks (headings, paragraphs,
lists, charts, tables), so they always say the same. Names come from crawled pages: every
renderer escapes them (CSV formulas, Markdown syntax, HTML markup).
"""
from __future__ import annotations

import base64
import csv
import html
import re
from pathlib import Path

from store.report import ROUND_GROUPS, UNKNOWN, Report, Table

DPI = 200
TABLE_ROWS = 20  # rows of a table that report.md and report.html show
CHART_ROWS = 12  # bars of a chart
INVESTOR_BARS = 10
BAR = "#3b6ea5"
AMOUNT_BAR = "#d08c34"
AMOUNT_COLUMN = "金额下限合计(亿元)"
CN_COUNT = dict(enumerate("一二三四五六七八九十", start=1))


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


def footnote(report: Report) -> str:
    return f"统计区间: {report.start} 至 {report.end}；数据来源: rongzi, {report.articles} 篇报道"


# --- escaping -------------------------------------------------------------------------------

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_csv(cell):
    """A cell a spreadsheet shows as text: one starting with = + - @ tab or CR gets a leading '."""
    if isinstance(cell, str) and cell.startswith(FORMULA_START):
        return "'" + cell
    return cell


MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|#~])")


def escape_md(text) -> str:
    """Text that Markdown shows as written: no markup, no HTML, no table cell breaks, one line."""
    text = html.escape(str(text), quote=False)
    return MARKDOWN_SPECIAL.sub(r"\\\1", re.sub(r"\s*[\r\n]+\s*", " ", text))


def escape_html(text) -> str:
    return html.escape(str(text), quote=True)


# --- files ----------------------------------------------------------------------------------

def write_csv(table: Table, folder: Path) -> Path:
    path = folder / f"{table.name}.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:  # utf-8-sig: Excel opens it as UTF-8
        writer = csv.writer(f)
        writer.writerow(table.columns)
        writer.writerows([escape_csv(c) for c in row] for row in table.rows)
    return path


def _pyplot(font: str | None):
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager, pyplot as plt

    if font:
        font_manager.fontManager.addfont(font)
        plt.rcParams["font.family"] = font_manager.FontProperties(fname=font).get_name()
    plt.rcParams["axes.spines.top"] = plt.rcParams["axes.spines.right"] = False
    return plt


def _bars(axes, labels: list[str], values: list, color: str, fmt: str, horizontal: bool, title: str) -> None:
    """One panel of bars with their values written on them; few bars stay narrow."""
    positions = list(range(len(labels)))
    slots = max(len(labels), 4)
    pad = (slots - len(labels)) / 2 + 0.5
    if horizontal:
        bars = axes.barh(positions, values, height=0.6, color=color)
        axes.set_yticks(positions, labels)
        axes.set_ylim(len(labels) - 1 + pad, -pad)  # the largest on top
        axes.margins(x=0.18)
        axes.xaxis.set_visible(False)
    else:
        bars = axes.bar(positions, values, width=0.6, color=color)
        axes.set_xticks(positions, labels, rotation=30 if len(labels) > 6 else 0)
        axes.set_xlim(-pad, len(labels) - 1 + pad)
        axes.margins(y=0.15)
        axes.yaxis.set_visible(False)
    axes.bar_label(bars, labels=[fmt.format(v) for v in values], padding=3, fontsize=9)
    axes.set_title(title, fontsize=11)


def write_chart(table: Table, folder: Path, font: str | None, note: str, horizontal: bool = False) -> Path:
    """Events and disclosed amount (亿元, low ends) per group of a table, side by side, with the footnote."""
    plt = _pyplot(font)
    rows = table.rows[:CHART_ROWS]
    labels = [str(r[0]) for r in rows]
    amount = table.columns.index(AMOUNT_COLUMN)
    height = max(4.5, 0.45 * len(rows) + 1.8) if horizontal else 4.5
    figure, (left, right) = plt.subplots(1, 2, figsize=(10, height), dpi=DPI)
    _bars(left, labels, [r[1] for r in rows], BAR, "{}", horizontal, "融资事件数（起）")
    _bars(right, labels, [r[amount] for r in rows], AMOUNT_BAR, "{:.2f}", horizontal, "披露金额（亿元，按下限）")
    shown = f"（前 {len(rows)} 项，共 {len(table.rows)} 项）" if len(rows) < len(table.rows) else ""
    figure.suptitle(table.title + shown, fontsize=13)
    return _save(figure, plt, folder / f"{table.name}.png", note, table.title + shown)


def write_investor_chart(table: Table, folder: Path, font: str | None, note: str) -> Path:
    """The most active investors: deals as lead, as sole investor and as participant."""
    plt = _pyplot(font)
    rows = table.rows[:INVESTOR_BARS]
    figure, axes = plt.subplots(figsize=(10, max(4.5, 0.6 * len(rows) + 1.8)), dpi=DPI)
    positions = list(range(len(rows)))
    for offset, column, color in ((-0.25, "领投", BAR), (0, "独家投资", "#6aa84f"), (0.25, "参投", AMOUNT_BAR)):
        index = table.columns.index(column)
        values = [r[index] for r in rows]
        bars = axes.barh([p + offset for p in positions], values, height=0.25, color=color, label=column)
        axes.bar_label(bars, labels=[str(v) for v in values], padding=3, fontsize=8)
    axes.set_yticks(positions, [str(r[0]) for r in rows])
    axes.set_ylim(max(len(rows), 3) - 0.5, -0.5)
    axes.margins(x=0.12)
    axes.xaxis.set_visible(False)
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, frameon=False)
    title = f"最活跃的投资机构（前 {len(rows)} 家，按投资次数）"
    figure.suptitle(title, fontsize=13)
    return _save(figure, plt, folder / f"{table.name}.png", note, title)


def _save(figure, plt, path: Path, note: str, title: str) -> Path:
    """The chart with its footnote (period and sources) drawn under it and kept in the PNG's text chunks."""
    figure.text(0.01, 0.01, note, fontsize=8, color="#555555", ha="left", va="bottom")
    figure.tight_layout(rect=(0, 0.05, 1, 1))
    figure.savefig(path, dpi=DPI, metadata={"Title": title, "Description": note, "Software": "rongzi"})
    plt.close(figure)
    return path


# --- the text, once, as blocks --------------------------------------------------------------

def blocks(report: Report, charts: dict[str, Path]) -> list[tuple]:
    """The report as ("h1"|"h2"|"p"|"ul"|"img"|"table"|"note", …) blocks; text is plain, never markup."""
    t = report.tables
    total = len(report.events)
    known = sum(1 for e in report.events if e["amount_low_cny"] is not None)
    low = sum(e["amount_low_cny"] or 0 for e in report.events) / 1e8
    out: list[tuple] = [("h1", f"融资事件数据（{report.start} 至 {report.end}）")]
    out.append(("p", f"本期共追踪到融资事件 {total} 起，其中 {known} 起披露了金额，按金额下限合计约 {low:.2f} 亿元。"
                     "“数亿元”“近亿元”等模糊金额按区间计：下限合计取每笔区间的下限，中值合计取区间中点"
                     "（“超X”这类开口区间按下限计）；外币按固定汇率折合人民币（见 store/rates.py）。"))
    groups = {r[0]: r for r in t["round_groups"].rows}
    parts = [f"{g}（{'、'.join(rounds)}）{groups[g][1]} 起" for g, rounds in ROUND_GROUPS if g in groups]
    if parts:
        out += [("h2", "融资阶段"), ("p", "从融资轮次看，" + "，".join(parts) + "。")]
    provinces = [r for r in t["provinces"].rows if r[0] != UNKNOWN][:5]
    if provinces:
        named = "、".join(f"{r[0]}（{r[1]} 起）" for r in provinces)
        lead = "获投企业数量最多的省市为" if len(provinces) == 1 else f"获投企业数量居前{CN_COUNT[len(provinces)]}的省市为"
        out += [("h2", "地区分布"), ("p", f"{lead}：{named}。")]
    big = t["big_deals"].rows
    out += [("h2", "大额融资"), ("p", f"单笔融资金额在 1 亿元以上的事件共 {len(big)} 起。")]
    investors = t["investors"].rows[:5]
    if investors:
        items = []
        for name, deals, lead, sole, participant, partner, together, aliases in investors:
            extra = f"，与{partner}合投最多（{together} 次）" if partner else ""
            also = f"（亦称{aliases}）" if aliases else ""
            items.append(f"{name}{also}：投资 {deals} 次，其中领投 {lead} 次、独家投资 {sole} 次、参投 {participant} 次{extra}。")
        out += [("h2", f"活跃投资机构（前 {len(investors)} 家）"), ("ul", items)]
    for table in t.values():
        out.append(("h2", table.title))
        if table.name in charts:
            out.append(("img", table.title, charts[table.name]))
        if len(table.rows) > TABLE_ROWS:
            out.append(("p", f"下表列出前 {TABLE_ROWS} 行，共 {len(table.rows)} 行，全部见 {table.name}.csv。"))
        out.append(("table", table))
    out.append(("note", footnote(report)))
    return out


def write_markdown(report: Report, folder: Path, charts: dict[str, Path]) -> Path:
    lines: list[str] = []
    for kind, *rest in blocks(report, charts):
        if kind == "h1":
            lines += [f"# {escape_md(rest[0])}", ""]
        elif kind == "h2":
            lines += [f"## {escape_md(rest[0])}", ""]
        elif kind in ("p", "note"):
            lines += [escape_md(rest[0]), ""]
        elif kind == "ul":
            lines += [f"- {escape_md(item)}" for item in rest[0]] + [""]
        elif kind == "img":
            lines += [f"![{escape_md(rest[0])}]({rest[1].name})", ""]
        elif kind == "table":
            table = rest[0]
            lines += ["| " + " | ".join(escape_md(c) for c in table.columns) + " |", "|" + "---|" * len(table.columns)]
            lines += ["| " + " | ".join(escape_md(c) for c in row) + " |" for row in table.rows[:TABLE_ROWS]]
            lines.append("")
    path = folder / "report.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


STYLE = """body{font-family:"rongzi-cjk","Noto Sans CJK SC","Noto Sans CJK TC","PingFang SC","Microsoft YaHei",sans-serif;
max-width:1040px;margin:2em auto;padding:0 1em;color:#222;line-height:1.6}
table{border-collapse:collapse;margin:0.5em 0 1.5em}th,td{border:1px solid #ccc;padding:0.25em 0.6em}
th{background:#f2f4f7}td.n{text-align:right}img{max-width:100%;height:auto}
footer{color:#555;font-size:0.9em;border-top:1px solid #ccc;margin-top:2em;padding-top:0.5em}"""


def embedded_font(font: str | None, text: str) -> str:
    """An @font-face rule carrying the glyphs of `text` from `font` as a data: URI (tens of kB), or ""."""
    if not font:
        return ""
    import io

    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.layout_features, options.name_IDs, options.hinting = [], [], False
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    with TTFont(font, lazy=True) as face:
        subsetter.subset(face)
        buffer = io.BytesIO()
        face.save(buffer)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'@font-face{{font-family:"rongzi-cjk";src:url(data:font/otf;base64,{data}) format("opentype")}}'


def write_html(report: Report, folder: Path, charts: dict[str, Path], font: str | None = None) -> Path:
    """report.html: the same blocks as report.md in one file, charts and the glyphs it uses embedded as data: URIs."""
    parts: list[str] = []
    title = ""
    for kind, *rest in blocks(report, charts):
        if kind == "h1":
            title = escape_html(rest[0])
            parts.append(f"<h1>{title}</h1>")
        elif kind == "h2":
            parts.append(f"<h2>{escape_html(rest[0])}</h2>")
        elif kind == "p":
            parts.append(f"<p>{escape_html(rest[0])}</p>")
        elif kind == "note":
            parts.append(f"<footer>{escape_html(rest[0])}</footer>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{escape_html(item)}</li>" for item in rest[0]) + "</ul>")
        elif kind == "img":
            data = base64.b64encode(rest[1].read_bytes()).decode("ascii")
            parts.append(f'<figure><img alt="{escape_html(rest[0])}" src="data:image/png;base64,{data}"></figure>')
        elif kind == "table":
            table = rest[0]
            head = "".join(f"<th>{escape_html(c)}</th>" for c in table.columns)
            body = "".join("<tr>" + "".join(
                f'<td class="n">{escape_html(c)}</td>' if isinstance(c, (int, float)) else f"<td>{escape_html(c)}</td>"
                for c in row) + "</tr>" for row in table.rows[:TABLE_ROWS])
            parts.append(f'<table id="{table.name}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')
    body = "\n".join(parts)
    text = html.unescape(re.sub(r"<[^>]*>", " ", re.sub(r'src="data:[^"]*"', "", body)))
    page = (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>{embedded_font(font, text + title)}\n{STYLE}</style></head>\n<body>\n{body}\n</body></html>\n")
    path = folder / "report.html"
    path.write_text(page, encoding="utf-8")
    return path
