"""Text clean-up and sentence splitting for Chinese news."""
from __future__ import annotations

import html
import math
import re

from extract.rules import STRONG_ROLE_WORDS, alternation

_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff]+")
# Each pattern opens with the line break it joins (a fast scan), the character before it looked at behind.
# (The lines are stripped first, so no space stands beside a line break.)
_WRAPPED = re.compile(r"\n(?<=[A-Za-z&.,]\n)(?=[A-Za-z(])")
# 宣布完成7600万美元A轮融资，⏎由尚珹资本和国投创业共同领投: a line that ends with a clause mark goes on in the next
_CLAUSE_WRAPPED = re.compile(r"\n(?<=[，、,]\n)\n*(?=\S)")
# 由Coatue Management ⏎领投、华人文化产业投资基金…跟投: a line that opens with a role, not a role's title (领投方),
# goes on from the line before
_ROLE_WRAPPED = re.compile(r"\n(?<=[^。！？!?；;\n]\n)\n*(?=" + alternation(STRONG_ROLE_WORDS) + r"[、，,。；;])")
# The mark that ends a sentence, with the closing quote after it: 。 ！” (not ；” : a list in quotes goes on).
_SENTENCE_END = re.compile(r"[。！？!?][”’」』\"]|[。！？!?；;](?![”’」』\"])")


# 在 Redalpine 和 Stride 共同领投的 A 轮融资中获得了 1000 万欧元: the space some outlets put between Chinese and
# Latin letters or digits, which no rule expects (between two Latin words a space stays)
_SPACE_RUN = re.compile(r"[ \u00a0\u3000]+")
_CJK_THEN_LATIN = (re.compile(r"[\u4e00-\u9fff）」”]"), re.compile(r"[A-Za-z0-9（「“]"))
_LATIN_THEN_CJK = (re.compile(r"[A-Za-z0-9%）」”]"), re.compile(r"[\u4e00-\u9fff（「“]"))


def unspaced(text: str) -> str:
    """`text` without spaces between Chinese and Latin letters or digits."""
    def joined(m: re.Match) -> str:
        before, after = text[m.start() - 1: m.start()], text[m.end(): m.end() + 1]
        if before and after and any(left.match(before) and right.match(after)
                                    for left, right in (_CJK_THEN_LATIN, _LATIN_THEN_CJK)):
            return ""
        return m.group(0)
    return _SPACE_RUN.sub(joined, text)


def clean_text(text: str) -> str:
    """Unescape entities, fold spaces, re-join English words and clauses wrapped over lines."""
    text = html.unescape(text or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.strip() for line in _SPACES.sub(" ", text).split("\n"))
    text = _WRAPPED.sub(" ", text)
    text = _CLAUSE_WRAPPED.sub("", text)
    return _ROLE_WRAPPED.sub("", text)


def paragraphs(text: str) -> list[str]:
    return [p for p in (line.strip() for line in clean_text(text).split("\n")) if p]


# A "sentence" longer than this (a page with no full stops) is cut at its last clause break before the limit.
MAX_SENTENCE = 1000
_CLAUSE_BREAK = re.compile(r"[，,、：:）)]")


def sentences(paragraph: str) -> list[str]:
    """Split one paragraph at 。！？； keeping closing quotes with their sentence; very long ones at clause breaks."""
    out = []
    for s in _split_after(_SENTENCE_END, paragraph):
        s = s.strip() if s else ""
        while len(s) > MAX_SENTENCE:
            cut = max((m.end() for m in _CLAUSE_BREAK.finditer(s, 0, MAX_SENTENCE)), default=MAX_SENTENCE)
            out.append(s[:cut].strip())
            s = s[cut:].strip()
        if s:
            out.append(s)
    return out


def _split_after(pattern: re.Pattern, text: str) -> list[str]:
    """`text` cut after each match of `pattern`."""
    pieces, start = [], 0
    for m in pattern.finditer(text):
        pieces.append(text[start: m.end()])
        start = m.end()
    pieces.append(text[start:])
    return pieces


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """The text with lone surrogates (which no UTF-8 file or SQLite row can hold) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def clean_json(value, deepest: int = 50, _depth: int = 0):
    """Any JSON value with its strings freed of lone surrogates and non-finite numbers (Infinity, NaN,
    1e400) made None. Raises ValueError past `deepest` levels of nesting."""
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (dict, list)) and _depth >= deepest:
        raise ValueError(f"nested deeper than {deepest} levels")
    if isinstance(value, dict):
        return {without_surrogates(str(k)): clean_json(v, deepest, _depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_json(v, deepest, _depth + 1) for v in value]
    return value
