"""Linear text models fitted with scikit-learn and applied in plain Python.

Two learned layers read resume text: the injection detector's
(`pipelines.review.injection_model`) and the heading typer (`pipelines.heading_model`). Both
are a union of TF-IDF blocks (``char_wb`` and ``word`` analyzers, sublinear term frequency,
L2 norm per block) and logistic regression. Workers do not import scikit-learn (about 110 MB
a process): the trainers export the fitted vocabularies, IDF weights and coefficients with
``export_fitted`` and this module applies them. The n-grams are scikit-learn's own, which
the models' tests check against scikit-learn.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gzip
import json
import math
import re
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

WORD_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_WHITE_SPACES = re.compile(r"\s\s+")


def char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """scikit-learn's ``char_wb`` analyzer: n-grams inside each word padded by a space."""
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


def token_ngrams(tokens: Sequence[str], low: int, high: int) -> list[str]:
    grams = list(tokens) if low == 1 else []
    for n in range(max(low, 2), min(high, len(tokens)) + 1):
        grams += [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    return grams


def word_ngrams(text: str, low: int, high: int) -> list[str]:
    """scikit-learn's ``word`` analyzer (default token pattern) on lowered text."""
    return token_ngrams(WORD_TOKEN.findall(text), low, high)


@dataclass(frozen=True)
class TfidfBlock:
    analyzer: str
    low: int
    high: int
    # Each term's place in ``idf`` and in each class's ``coef`` row (flat arrays: a dict of
    # tuples would hold twice the memory in every worker process).
    index: dict[str, int]
    idf: array[float]
    coef: tuple[array[float], ...]

    def counts(self, lowered: str) -> Counter[str]:
        if self.analyzer == "char_wb":
            return Counter(char_wb_ngrams(lowered, self.low, self.high))
        return Counter(word_ngrams(lowered, self.low, self.high))

    def scores(self, counts: Counter[str]) -> list[float]:
        """This block's share of each class's decision value: its TF-IDF vector
        (L2-normalised) times that class's coefficients."""
        norm_squared = 0.0
        dots = [0.0] * len(self.coef)
        for term, count in counts.items():
            at = self.index.get(term)
            if at is None:
                continue
            value = (1.0 + math.log(count)) * self.idf[at]
            norm_squared += value * value
            for row, coef in enumerate(self.coef):
                dots[row] += value * coef[at]
        if not norm_squared:
            return dots
        norm = math.sqrt(norm_squared)
        return [dot / norm for dot in dots]


@dataclass(frozen=True)
class LinearTextModel:
    classes: tuple[str, ...]  # one per row of coefficients; a binary model has one row
    intercepts: tuple[float, ...]
    blocks: tuple[TfidfBlock, ...]
    settings: dict[str, Any]  # what the trainer chose beside the weights (a threshold …)

    def decision(self, block_counts: Sequence[Counter[str]]) -> list[float]:
        totals = list(self.intercepts)
        for block, counts in zip(self.blocks, block_counts, strict=True):
            for row, share in enumerate(block.scores(counts)):
                totals[row] += share
        return totals

    def probabilities(self, text: str) -> dict[str, float]:
        """Each class's probability, as scikit-learn's ``predict_proba`` gives it (a
        logistic for a binary model, a softmax over the classes otherwise)."""
        lowered = text.lower()
        return self._from_counts([block.counts(lowered) for block in self.blocks])

    def probabilities_if_known(self, text: str) -> dict[str, float] | None:
        """``probabilities``, or None when `text` holds no term the model was fitted on (its
        answer would be the bare intercepts: no evidence)."""
        lowered = text.lower()
        counts = [block.counts(lowered) for block in self.blocks]
        pairs = zip(self.blocks, counts, strict=True)
        known = any(term in block.index for block, found in pairs for term in found)
        return self._from_counts(counts) if known else None

    def _from_counts(self, block_counts: Sequence[Counter[str]]) -> dict[str, float]:
        totals = self.decision(block_counts)
        if len(totals) == 1:
            positive = 1.0 / (1.0 + math.exp(-totals[0]))
            return {self.classes[0]: 1.0 - positive, self.classes[1]: positive}
        top = max(totals)
        exps = [math.exp(t - top) for t in totals]
        whole = sum(exps)
        return {kind: e / whole for kind, e in zip(self.classes, exps, strict=True)}


def load(path: Path) -> LinearTextModel:
    with gzip.open(path, "rt", encoding="utf-8") as stored:
        exported = json.load(stored)
    blocks = tuple(
        TfidfBlock(
            analyzer=block["analyzer"],
            low=block["ngram_range"][0],
            high=block["ngram_range"][1],
            index={term: at for at, term in enumerate(block["terms"])},
            idf=array("d", block["idf"]),
            coef=tuple(array("d", row) for row in block["coef"]),
        )
        for block in exported["blocks"]
    )
    model = LinearTextModel(
        classes=tuple(exported["classes"]),
        intercepts=tuple(exported["intercepts"]),
        blocks=blocks,
        settings=exported.get("settings", {}),
    )
    del exported  # before trimming: it holds every parsed weight
    _return_freed_heap()
    return model


def _return_freed_heap() -> None:
    """Give back to the system the C heap that parsing the weights freed. glibc keeps it
    otherwise (about 20 MB a worker process for the injection model), and it stays in the
    process's resident memory for as long as the process lives."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to give back this way
        pass


def export_fitted(pipeline: Any, settings: dict[str, Any]) -> dict[str, Any]:
    """A fitted ``make_pipeline(make_union(TfidfVectorizer…), LogisticRegression)`` as the
    JSON ``load`` reads (7 significant digits)."""
    union, classifier = pipeline.steps[0][1], pipeline.steps[1][1]
    blocks, offset = [], 0
    for _, vectorizer in union.transformer_list:
        terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
        size = len(terms)
        blocks.append(
            {
                "analyzer": vectorizer.analyzer,
                "ngram_range": list(vectorizer.ngram_range),
                "terms": terms,
                "idf": [float(f"{v:.7g}") for v in vectorizer.idf_],
                "coef": [
                    [float(f"{v:.7g}") for v in row[offset : offset + size]]
                    for row in classifier.coef_
                ],
            }
        )
        offset += size
    return {
        "classes": [str(c) for c in classifier.classes_],
        "intercepts": [float(v) for v in classifier.intercept_],
        "blocks": blocks,
        "settings": settings,
    }


def write(path: Path, exported: dict[str, Any]) -> None:
    with gzip.GzipFile(path, "wb", mtime=0) as out:
        out.write(json.dumps(exported, ensure_ascii=False, separators=(",", ":")).encode())
