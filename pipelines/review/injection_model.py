"""The learned layer of the prompt-injection detector: a linear model over character and
word n-grams that reads a passage of one to three sentences and says how likely it is to be
text aimed at an automated reviewer.

The rules (`pipelines.review.injection`) know shapes; new wordings slip past them. This
model, trained on every development set's attempts and look-alikes and on benign resume
sentences (``scripts/train_injection_model.py`` says which, and why the measuring sets are
left out), catches wordings the rules do not know. Its fitted weights are applied here in
plain Python so that workers need not load scikit-learn: the TF-IDF transform below is
scikit-learn's (``char_wb`` and ``word`` analyzers, sublinear term frequency, L2 norm per
block), and ``tests/test_injection_model.py`` checks both give the same probabilities.
"""

from __future__ import annotations

import functools
import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("injection_model.json.gz")
# Chosen by leaving one development set out at a time (0.6 % of look-alikes flagged there).
THRESHOLD = 0.9
MAX_SENTENCES = 3

_SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?](?=\w)[^\n.!?]*)*[.!?]*")
_WHITE_SPACES = re.compile(r"\s\s+")
_WORD_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def sentences(text: str) -> list[str]:
    """The sentences of `text` as the model reads them (stripped, none over a line break)."""
    return [s for s, _, _ in _sentence_spans(text)]


def _sentence_spans(text: str) -> list[tuple[str, int, int]]:
    spans = []
    for match in _SENTENCE.finditer(text):
        raw = match.group(0)
        stripped = raw.strip()
        if len(stripped) > 3:
            start = match.start() + (len(raw) - len(raw.lstrip()))
            spans.append((stripped, start, start + len(stripped)))
    return spans


def _char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    grams = []
    for word in _WHITE_SPACES.sub(" ", text).split():
        padded = f" {word} "
        for n in range(low, high + 1):
            offset = 0
            grams.append(padded[offset : offset + n])
            while offset + n < len(padded):
                offset += 1
                grams.append(padded[offset : offset + n])
            if offset == 0:  # a word shorter than n counts once
                break
    return grams


def _word_ngrams(text: str, low: int, high: int) -> list[str]:
    tokens = _WORD_TOKEN.findall(text)
    grams = list(tokens) if low == 1 else []
    for n in range(max(low, 2), min(high, len(tokens)) + 1):
        grams += [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    return grams


@dataclass(frozen=True)
class _Block:
    analyzer: str
    low: int
    high: int
    weights: dict[str, tuple[float, float]]  # term -> (idf, coefficient)

    def score(self, text: str) -> float:
        """This block's share of the decision value: its TF-IDF vector (L2-normalised) times
        the coefficients."""
        lowered = text.lower()
        if self.analyzer == "char_wb":
            grams = _char_wb_ngrams(lowered, self.low, self.high)
        else:
            grams = _word_ngrams(lowered, self.low, self.high)
        norm_squared = dot = 0.0
        for term, count in Counter(grams).items():
            known = self.weights.get(term)
            if known is None:
                continue
            value = (1.0 + math.log(count)) * known[0]
            norm_squared += value * value
            dot += value * known[1]
        return dot / math.sqrt(norm_squared) if norm_squared else 0.0


@dataclass(frozen=True)
class InjectionModel:
    intercept: float
    threshold: float
    blocks: tuple[_Block, ...]

    def probability(self, passage: str) -> float:
        decision = self.intercept + sum(block.score(passage) for block in self.blocks)
        return 1.0 / (1.0 + math.exp(-decision))


@functools.cache
def load_model() -> InjectionModel:
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as stored:
        exported = json.load(stored)
    blocks = tuple(
        _Block(
            analyzer=block["analyzer"],
            low=block["ngram_range"][0],
            high=block["ngram_range"][1],
            weights=dict(
                zip(block["terms"], zip(block["idf"], block["coef"], strict=True), strict=True)
            ),
        )
        for block in exported["blocks"]
    )
    return InjectionModel(exported["intercept"], exported["threshold"], blocks)


def learned_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) in `text` of each passage of one to three sentences that the model reads
    as aimed at the reviewer; the shortest flagged passage starting at a sentence wins, and
    passages do not overlap."""
    model = load_model()
    spans = _sentence_spans(text)
    covered_until = -1
    for i, (_, start, _) in enumerate(spans):
        if start < covered_until:
            continue
        for j in range(i + 1, min(len(spans), i + MAX_SENTENCES) + 1):
            passage = " ".join(s for s, _, _ in spans[i:j])
            if model.probability(passage) > model.threshold:
                covered_until = spans[j - 1][2]
                yield start, covered_until
                break
