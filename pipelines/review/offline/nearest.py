"""pyspellchecker's nearest known word (``SpellChecker.correction`` at distance 2), found
without its cost.

pyspellchecker looks for a word two edits away by building every string one edit from each
string one edit from the word and checking each against the dictionary: about a million
strings, 0.2 to 5 s a word (a word in a script the dictionary lacks, as Chinese in a resume
read as English, is among the slowest). Here the second edit is made only where it can give
a dictionary word: an edit at position ``i`` keeps the string's first ``i`` characters and
its end after the edit, so both must begin and end some dictionary word, which a bisection
of the sorted words (and of the sorted reversed words) tells. The candidates are the same
set as pyspellchecker's (``tests/test_spelling.py`` compares them); among candidates of equal
frequency the first in alphabetical order is chosen, where pyspellchecker's choice follows
the order of a set and so can differ from one process to the next.
"""

from __future__ import annotations

import string
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class WordEnds:
    """The dictionary's words sorted, and sorted reversed: what begins or ends a word."""

    words: list[str]
    reversed_words: list[str]

    def begins_a_word(self, text: str) -> bool:
        return _starts_one(self.words, text)

    def ends_a_word(self, text: str) -> bool:
        return _starts_one(self.reversed_words, text[::-1])


def _starts_one(sorted_words: list[str], prefix: str) -> bool:
    at = bisect_left(sorted_words, prefix)
    return at < len(sorted_words) and sorted_words[at].startswith(prefix)


def word_ends(words: Iterable[str]) -> WordEnds:
    """The index of a checker's words. Build it once per checker: 0.15 s and 12 MB for
    English's 160,000 words, 0.4 s and 28 MB for German's 339,000 (each loaded only when a
    resume in that language has a word to look up two edits away)."""
    listed = sorted(words)
    return WordEnds(listed, sorted(word[::-1] for word in listed))


def candidates(spelling: Any, word: str, ends: WordEnds) -> set[str] | None:
    """``spelling.candidates(word)`` for a checker built with ``distance=2``: the word itself
    if known or not checkable, else the known words one edit away, else those two edits
    away, else None."""
    if spelling.known([word]):
        return {word}
    frequency = spelling.word_frequency
    longest = frequency.longest_word_length
    if not _checkable(word, longest):
        return {word}
    first = spelling.edit_distance_1(word)
    near = spelling.known(first)
    if near:
        return set(near)
    dictionary = frequency.dictionary
    letters = sorted(frequency.letters)
    found: set[str] = set()
    for once in first:
        if _checkable(once, longest):
            found.update(w for w in _one_edit_words(once.lower(), letters, ends) if w in dictionary)
    found = {w for w in found if _checkable(w, longest)}
    return found or None


def correction(spelling: Any, word: str, ends: WordEnds) -> str | None:
    """``spelling.correction(word)``: a candidate spelt as the word but for its accents
    first, then the most frequent."""
    found = candidates(spelling, word, ends)
    if not found:
        return None
    bare = without_accents(word)
    same_letters = [c for c in found if without_accents(c) == bare]
    return most_frequent(spelling, same_letters or found)


def most_frequent(spelling: Any, words: Iterable[str]) -> str:
    """The most frequent of ``words`` in the checker's list; on a tie, the first in
    alphabetical order (a set's order would change from one process to the next)."""
    frequency: Callable[[str], int] = spelling.word_frequency.dictionary.__getitem__
    return max(sorted(words), key=frequency)


def _one_edit_words(text: str, letters: list[str], ends: WordEnds) -> Iterable[str]:
    """The strings one edit from ``text`` (as pyspellchecker's ``edit_distance_1``) that
    could be a dictionary word: the part before the edit begins one, the part after ends
    one."""
    size = len(text)
    last_begin = _longest_beginning(text, ends)  # text[:i] begins a word iff i <= this
    first_end = _earliest_ending(text, ends)  # text[j:] ends a word iff j >= this
    for i in range(min(last_begin, size) + 1):
        head = text[:i]
        if i >= first_end:  # insert before position i
            yield from (head + c + text[i:] for c in letters)
        if i < size and i + 1 >= first_end:
            tail = text[i + 1 :]
            yield head + tail  # delete
            yield from (head + c + tail for c in letters)  # replace
        if i < size - 1 and i + 2 >= first_end:
            yield head + text[i + 1] + text[i] + text[i + 2 :]  # transpose


def _longest_beginning(text: str, ends: WordEnds) -> int:
    low, high = 0, len(text)  # text[:low] begins a word (the empty string does)
    while low < high:
        mid = (low + high + 1) // 2
        if ends.begins_a_word(text[:mid]):
            low = mid
        else:
            high = mid - 1
    return low


def _earliest_ending(text: str, ends: WordEnds) -> int:
    low, high = 0, len(text)  # text[high:] ends a word (the empty string does)
    while low < high:
        mid = (low + high) // 2
        if ends.ends_a_word(text[mid:]):
            high = mid
        else:
            low = mid + 1
    return high


def _checkable(word: str, longest: int) -> bool:
    """pyspellchecker's test of what it corrects: not lone punctuation, not more than three
    letters longer than its longest word, not a number."""
    if len(word) == 1 and word in string.punctuation:
        return False
    if len(word) > longest + 3:
        return False
    if word.lower() in ("nan", "inf", "infinity"):
        return True
    try:
        float(word)
    except ValueError:
        return True
    return False


def without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
