"""Stage 4: server-side offsets for quoted_text."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.review.grounding import GroundedFeedback, ground_feedback
from pipelines.review.schemas import FeedbackDraft

TEXT = (
    "Jane Smith\n"
    "jane@example.com\n"
    "\n"
    "Experience\n"
    "• Led the \u201cPhoenix\u201d migration \u2013 cut costs by 30%\n"
    "• Built   the\n  data platform\n"
    "• Wrote docs\n"
    "\n"
    "Skills\n"
    "Python, Go, Python\n"
)
_EXP, _SKILLS = TEXT.index("Experience"), TEXT.index("Skills")
SECTIONS = [
    SimpleNamespace(section_type="contact", title=None, start_offset=0, end_offset=_EXP),
    SimpleNamespace(
        section_type="experience", title="Experience", start_offset=_EXP, end_offset=_SKILLS
    ),
    SimpleNamespace(
        section_type="skills", title="Skills", start_offset=_SKILLS, end_offset=len(TEXT)
    ),
]


def draft(quote: str | None, category: str = "c") -> FeedbackDraft:
    return FeedbackDraft(
        category=category, severity="suggestion", message="m", suggestion=None, quoted_text=quote
    )


def one(quote: str | None) -> GroundedFeedback:
    return ground_feedback([draft(quote)], TEXT, SECTIONS)[0]


def check(g: GroundedFeedback) -> None:
    assert g.start_offset is not None and g.end_offset is not None
    assert TEXT[g.start_offset : g.end_offset] == g.quoted_text


def test_exact_match() -> None:
    g = one("Wrote docs")
    check(g)
    assert g.grounded and g.match_kind == "exact" and g.section_index == 1
    assert g.start_offset == TEXT.index("Wrote docs")


def test_whitespace_normalised_match_maps_to_original_offsets() -> None:
    g = one("Built the data platform")
    check(g)
    assert g.grounded and g.match_kind == "normalized"
    assert g.quoted_text == "Built   the\n  data platform"


def test_curly_quotes_and_dashes() -> None:
    g = one('Led the "Phoenix" migration - cut costs by 30%')
    check(g)
    assert g.grounded and "\u201cPhoenix\u201d" in (g.quoted_text or "")


def test_surrounding_quotes_and_case() -> None:
    g = one('  "wrote docs"  ')
    check(g)
    assert g.grounded and g.quoted_text == "Wrote docs" and g.match_kind == "casefold"


def test_elided_quote() -> None:
    g = one("Led the \u201cPhoenix\u201d migration ... by 30%")
    check(g)
    assert g.match_kind == "elided"
    assert g.quoted_text == "Led the \u201cPhoenix\u201d migration \u2013 cut costs by 30%"


def test_not_found_keeps_quote() -> None:
    g = one("Managed a team of 40")
    assert g.grounded is False
    assert g.start_offset is None and g.end_offset is None and g.section_index is None
    assert g.quoted_text == "Managed a team of 40"
    assert g.message == "m"


def test_no_quote_is_not_applicable() -> None:
    g = one(None)
    assert g.grounded is True and g.match_kind == "no_quote"
    assert g.quoted_text is None and g.start_offset is None and g.section_index is None


def test_repeated_occurrences_use_next_unused() -> None:
    items = [draft("Python"), draft("Python"), draft("Python")]
    first, second, third = ground_feedback(items, TEXT, SECTIONS)
    python_positions = [i for i in range(len(TEXT)) if TEXT.startswith("Python", i)]
    assert [first.start_offset, second.start_offset] == python_positions
    assert third.start_offset == python_positions[0]  # all used: fall back to the first
    for g in (first, second, third):
        check(g)
        assert g.section_index == 2


def test_section_lookup_per_item() -> None:
    grounded = ground_feedback(
        [draft("jane@example.com"), draft("Built"), draft("Go")], TEXT, SECTIONS
    )
    assert [g.section_index for g in grounded] == [0, 1, 2]


def test_no_sections() -> None:
    g = ground_feedback([draft("Wrote docs")], TEXT, [])[0]
    assert g.grounded and g.section_index is None


# ------------------------------------------------------------------ properties

# Plain letters plus everything the normaliser rewrites (quotes, dashes, ellipsis, ligature,
# NBSP, soft hyphen, dotted capital I whose lowercase is two code points).
_ALPHABET = st.sampled_from(
    list("abcAB  \n\t.-'\"I\u2018\u2019\u201c\u201d\u2013\u2014\u2026\ufb01\u00a0\u00ad\u0130")
)
_texts = st.text(alphabet=_ALPHABET, min_size=0, max_size=80)


@settings(max_examples=400, deadline=None)
@given(text=_texts, quotes=st.lists(_texts, max_size=5))
def test_property_random_quotes(text: str, quotes: list[str]) -> None:
    items = [draft(q) for q in quotes]
    sections = [
        SimpleNamespace(section_type="other", title=None, start_offset=0, end_offset=len(text))
    ]
    for g in ground_feedback(items, text, sections):
        if g.start_offset is not None:
            assert g.grounded
            assert 0 <= g.start_offset < g.end_offset <= len(text)
            assert text[g.start_offset : g.end_offset] == g.quoted_text
        else:
            assert g.end_offset is None and g.section_index is None


@settings(max_examples=300, deadline=None)
@given(text=_texts, data=st.data())
def test_property_substrings_always_ground_exactly(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    quote = text[start:end]
    g = ground_feedback([draft(quote)], text, [])[0]
    if quote.strip():
        assert g.grounded and g.match_kind == "exact"
        assert text[g.start_offset : g.end_offset] == quote  # type: ignore[misc]


def _as_model_would_quote(fragment: str) -> str:
    """Typical model drift: straight quotes, ASCII dashes, single spaces."""
    table = str.maketrans(
        {
            "\u2018": "'",
            "\u2019": "'",
            "\u201c": '"',
            "\u201d": '"',
            "\u2013": "-",
            "\u2014": "-",
            "\u00a0": " ",
        }
    )
    return " ".join(fragment.translate(table).split())


@settings(max_examples=300, deadline=None)
@given(text=_texts, data=st.data())
def test_property_drifted_substrings_still_ground(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    quote = _as_model_would_quote(text[start:end])
    if not quote.strip(" \"'\u00ad"):
        return
    g = ground_feedback([draft(quote)], text, [])[0]
    assert g.grounded, (text, quote)
    assert text[g.start_offset : g.end_offset] == g.quoted_text  # type: ignore[misc]
