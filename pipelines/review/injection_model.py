"""The learned layer of the prompt-injection detector: a linear model over character and
word n-grams that reads a passage of one to three sentences and says how likely it is to be
text aimed at an automated reviewer.

The rules (`pipelines.review.injection`) know shapes; new wordings slip past them. This
model, trained on every development set's attempts and look-alikes and on benign resume
sentences (``scripts/train_injection_model.py`` says which, and why the measuring sets are
left out), catches wordings the rules do not know. Its fitted weights are applied in plain
Python (`pipelines.text_model`) so that workers need not load scikit-learn, and
``tests/test_injection_model.py`` checks both give the same probabilities.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from core.once import built_once
from pipelines import text_model
from pipelines.text_model import (
    WORD_TOKEN,
    LinearTextModel,
    TfidfBlock,
    char_wb_ngrams,
    token_ngrams,
)

MODEL_PATH = Path(__file__).with_name("injection_model.json.gz")
# Both chosen by leaving one development set out at a time: 0.6 % of the left-out sets'
# look-alikes flagged at 0.9, and 0.35 % with the stricter bar for short passages, whose few
# n-grams make the model overconfident ("Mark Thompson recommended me for this role.").
THRESHOLD = 0.9
SHORT_PASSAGE_THRESHOLD = 0.97
SHORT_PASSAGE_WORDS = 10
MAX_SENTENCES = 3

_SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?](?=\w)[^\n.!?]*)*[.!?]*")
_WORD = re.compile(r"\w+")


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


@dataclass(frozen=True)
class _Sentence:
    """What a passage's features are made of, counted once per sentence: passages of two
    and three sentences sum their character n-grams (words never span the joining space)
    and rebuild word n-grams from the joined tokens (a bigram may span it)."""

    char_grams: Counter[str]
    tokens: list[str]
    words: int


@dataclass(frozen=True)
class InjectionModel:
    fitted: LinearTextModel
    threshold: float
    char_range: tuple[int, int]  # the char_wb block's n-gram sizes, which read() counts

    def read(self, sentence: str) -> _Sentence:
        lowered = sentence.lower()
        return _Sentence(
            Counter(char_wb_ngrams(lowered, *self.char_range)),
            WORD_TOKEN.findall(lowered),
            len(_WORD.findall(sentence)),
        )

    def _probability(self, sentences: list[_Sentence]) -> float:
        (decision,) = self.fitted.decision(
            [_counts(block, sentences) for block in self.fitted.blocks]
        )
        return 1.0 / (1.0 + math.exp(-decision))

    def probability(self, passage: str) -> float:
        return self._probability([self.read(passage)])

    def flags(self, sentences: list[_Sentence]) -> bool:
        short = sum(sentence.words for sentence in sentences) < SHORT_PASSAGE_WORDS
        bar = max(self.threshold, SHORT_PASSAGE_THRESHOLD) if short else self.threshold
        return self._probability(sentences) > bar


def _counts(block: TfidfBlock, sentences: list[_Sentence]) -> Counter[str]:
    if block.analyzer == "char_wb":
        total: Counter[str] = Counter()
        for sentence in sentences:
            total.update(sentence.char_grams)
        return total
    tokens = [token for sentence in sentences for token in sentence.tokens]
    return Counter(token_ngrams(tokens, block.low, block.high))


@built_once
def load_model() -> InjectionModel:
    fitted = text_model.load(MODEL_PATH)
    (char_block,) = [block for block in fitted.blocks if block.analyzer == "char_wb"]
    return InjectionModel(fitted, fitted.settings["threshold"], (char_block.low, char_block.high))


def learned_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) in `text` of each passage of one to three sentences that the model reads
    as aimed at the reviewer. A flagged passage is narrowed to its last sentences that are
    still flagged alone together ("Jane Doe. Backend engineer. <attempt>" quotes the
    attempt), and passages do not overlap."""
    model = load_model()
    spans = _sentence_spans(text)
    read = [model.read(sentence) for sentence, _, _ in spans]
    covered_until = -1
    for first, (_, start, _) in enumerate(spans):
        if start < covered_until:
            continue
        for last in range(first, min(len(spans), first + MAX_SENTENCES)):
            if model.flags(read[first : last + 1]):
                narrowest = max(
                    k
                    for k in range(first, last + 1)
                    if k == first or model.flags(read[k : last + 1])
                )
                covered_until = spans[last][2]
                yield spans[narrowest][1], covered_until
                break
