"""How many vocabulary words have a real sentence, and corpus sentences for the words that lack one.

    python bench/vocabulary_examples.py                       # figures per vocabulary
    python bench/vocabulary_examples.py --candidates          # sentences for words without a line
    python bench/vocabulary_examples.py --candidates --nulls PLAN   # also for words recorded as null

Items of the held-out sets (the recent-news holdout, finvest-unseen) are never read.
A candidate is a sentence (or a run of clauses, or for the role-sentence vocabularies a deal and
the sentences after it) of ../shared/corpora that holds the word and passes the word's check in
tests/test_vocabulary.py, shortest first. It is printed as a line for
tests/data/vocabulary_examples.jsonl; read it before adding it: the check is cheap, and only a
reader can tell that the word plays its role there.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract.evaluate import held_out_ids, item_id  # noqa: E402
from extract.text import clean_text, paragraphs, sentences  # noqa: E402
from tests import test_vocabulary as tv  # noqa: E402

SOURCES = ("finvest-news/articles.jsonl", "recent-news/articles.jsonl", "recent-news/no-deal.jsonl",
           "finvest-gold/gold.jsonl", "fewfc/investment.jsonl")
PASSAGES = ("ROLE_SENTENCE_OPENERS", "STRONG_ROLE_WORDS")


def figures() -> None:
    print(f"{'vocabulary':24} {'words':>5} {'sentence':>8} {'null':>5} {'gaps':>5}")
    totals = [0, 0, 0, 0]
    for name, words in tv.VOCABULARIES.items():
        lines = [tv.BY_KEY.get((name, w)) for w in words]
        row = [len(words), sum(bool(e and e["sentence"]) for e in lines),
               sum(bool(e and not e["sentence"]) for e in lines),
               sum(1 for v, w in tv.KNOWN_GAPS if v == name)]
        totals = [a + b for a, b in zip(totals, row)]
        print(f"{name:24} {row[0]:5} {row[1]:8} {row[2]:5} {row[3]:5}")
    print(f"{'all ' + str(len(tv.VOCABULARIES)) + ' vocabularies':24} {totals[0]:5} {totals[1]:8} {totals[2]:5} "
          f"{totals[3]:5}")
    missing = [(v, w) for v, ws in tv.VOCABULARIES.items() for w in ws if (v, w) not in tv.BY_KEY]
    print(f"words without a line: {len(missing)}" + (": " + ", ".join(f"{v}:{w}" for v, w in missing) if missing else ""))


def units():
    """(text, source, is_title) for every title, sentence, run of clauses and short passage outside the held-out sets."""
    held_out = held_out_ids()
    for path in SOURCES:
        for n, line in enumerate((tv.CORPORA / path).read_text(encoding="utf-8").split("\n"), 1):
            if not line.strip():
                continue
            record, source = json.loads(line), f"{path}:{n}"
            if "url" in record and item_id(record) in held_out:
                continue
            if record.get("title"):
                yield clean_text(record["title"]).strip(), source, True
            for paragraph in paragraphs(record.get("text") or ""):
                found = sentences(paragraph)
                for i, sentence in enumerate(found):
                    yield sentence, source, False
                    parts = re.split(r"(?<=[，,；;])", sentence)
                    for j in range(len(parts)):
                        for k in range(j + 1, min(len(parts), j + 3) + 1):
                            clause = "".join(parts[j:k]).strip().rstrip("，,；;")
                            if clause and clause != sentence:
                                yield clause, source, False
                    for k in (i + 2, i + 3):
                        if k <= len(found):
                            yield "".join(found[i:k]), source, False


def candidates(wanted: list[tuple[str, str]], per_word: int = 3) -> None:
    pool = [u for u in units() if len(u[0]) <= 300]
    for vocabulary, word in wanted:
        needle = "获" + word if vocabulary == "NOT_AFTER_获" else word
        found = sorted({u for u in pool if needle in u[0] and (u[2] or vocabulary != "FINANCING_TITLE_CUES")},
                       key=lambda u: len(u[0]))
        shown = 0
        for text, source, _ in found[:2000]:
            if tv.CHECKS[vocabulary](word, text, source):
                print(json.dumps({"vocabulary": vocabulary, "word": word, "sentence": text, "source": source},
                                 ensure_ascii=False))
                shown += 1
                if shown == per_word:
                    break
        if not shown:
            print(f"# {vocabulary}:{word}: {len(found)} corpus sentences hold it; "
                  f"none of the {min(len(found), 2000)} shortest passes the check")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--candidates", action="store_true", help="print candidate sentences")
    parser.add_argument("--nulls", action="store_true", help="also for words recorded without a sentence")
    parser.add_argument("vocabularies", nargs="*", help="only these vocabularies")
    args = parser.parse_args()
    figures()
    if args.candidates:
        wanted = [(v, w) for v, ws in tv.VOCABULARIES.items() for w in ws
                  if (not args.vocabularies or v in args.vocabularies)
                  and ((v, w) not in tv.BY_KEY or (args.nulls and not tv.BY_KEY[(v, w)]["sentence"]))]
        candidates(wanted)


if __name__ == "__main__":
    main()
