"""How much there is to judge: a thin resume cannot score as well as a complete one.

The agents' scores are 100 minus penalties for what is wrong, so a resume with almost
nothing in it has almost nothing wrong: 25 words scored 88 while a complete three-page
senior resume scored 74. The ceiling caps every quality agent's score by the substance
there is: the words (counted per character for Chinese and Japanese) and the achievement
bullets of the work sections.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipelines.review.offline.structure import SHORT_WORDS, word_count
from pipelines.review.offline.text import Doc

# (fewest words, fewest work bullets, the ceiling below them)
THIN = (80, 1, 45)
SPARSE = (SHORT_WORDS, 3, 70)


@dataclass(frozen=True)
class Ceiling:
    score: int
    reason: str


def substance_ceiling(doc: Doc) -> Ceiling | None:
    """The most a resume this thin may score, and why; None when it is not thin."""
    words = word_count(doc.text)
    bullets = len(doc.work_bullets)
    for fewest_words, fewest_bullets, ceiling in (THIN, SPARSE):
        if words < fewest_words or bullets < fewest_bullets:
            described = (
                f"{words} words" if words < fewest_words else f"{bullets} achievement bullets"
            )
            return Ceiling(ceiling, f"the resume has {described}, too little to score higher.")
    return None
