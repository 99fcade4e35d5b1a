"""The work every agent of a request would repeat, done once by the split step and stored
(``review_requests.agent_inputs``, schema v1.2 ``0014_agent_inputs``).

What depends only on the request: the resume's sections as the prompt lists them, what the
injection detector finds in the resume's text, in each section heading and in the job
description (the agents mask it, one of them reports it), and, when a model answers, the
offline reviewer's score for each agent it can compare (the output check's reference,
:mod:`pipelines.review.output_check`). An llm worker then spends its CPU on the call and the
store, not on reading the resume again (issue 23), and needs neither the injection model
nor the spelling dictionaries in memory.

A request stored without them (made before this version) is read by its agents as before.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.config import get_settings
from database.queries.resumes import SectionSpan
from pipelines.review import injection
from pipelines.review.injection import LEARNED, RULES, InjectionMatch
from pipelines.review.output_check import COMPARABLE_AGENTS, reference_score

FORMAT = 1


@dataclass(frozen=True)
class AgentInputs:
    """``readings``: (layer, text) → matches, for the resume text, the headings and the job
    description; ``reference_scores``: agent type → the offline reviewer's score;
    ``sections``: the resume's sections in order (None: not stored, read them)."""

    readings: dict[tuple[str, str], tuple[InjectionMatch, ...]] = field(default_factory=dict)
    reference_scores: dict[str, int | None] = field(default_factory=dict)
    sections: list[SectionSpan] | None = None

    def remember(self) -> None:
        """Hand the stored readings to this process's detector: it reads none of them."""
        for (layer, text), found in self.readings.items():
            injection.READINGS.remember(layer, text, found)


def prepare(
    *,
    text: str,
    headings: Iterable[str | None],
    job_description: str | None,
    agent_types: Sequence[str],
    sections: Sequence[Any],
    layout: Any,
    with_reference_scores: bool,
) -> AgentInputs:
    """Read the request's texts with the layers its agents use (the learned one only on
    the candidate's words, as ``find_prompt_injections`` does)."""
    layers = (RULES, LEARNED) if get_settings().injection_learned_layer else (RULES,)
    readings: dict[tuple[str, str], tuple[InjectionMatch, ...]] = {}
    for candidate_text in (text, *(h for h in headings if h)):
        for layer in layers:
            readings[(layer, candidate_text)] = injection.layer_matches(layer, candidate_text)
    if job_description:
        readings[(RULES, job_description)] = injection.layer_matches(RULES, job_description)
    scores: dict[str, int | None] = {}
    if with_reference_scores:
        for agent_type in agent_types:
            if agent_type in COMPARABLE_AGENTS:
                scores[agent_type] = reference_score(
                    agent_type, text=text, sections=sections, layout=layout,
                    job_description=job_description,
                )  # fmt: skip
    sections_read = [SectionSpan.of(s) for s in sections]
    return AgentInputs(readings, scores, sections_read)


def to_json(inputs: AgentInputs, *, text: str, job_description: str | None) -> dict[str, Any]:
    """The stored form. The resume text and the job description are named, not copied."""

    def named(of: str) -> str:
        if of == text:
            return "resume"
        if job_description and of == job_description:
            return "job_description"
        return "heading:" + of

    return {
        "format": FORMAT,
        "readings": [
            {"layer": layer, "of": named(of), "found": [[m.start, m.end, m.label] for m in found]}
            for (layer, of), found in inputs.readings.items()
        ],
        "reference_scores": inputs.reference_scores,
        "sections": None
        if inputs.sections is None
        else [
            [str(s.id), s.section_type, s.title, s.start_offset, s.end_offset]
            for s in inputs.sections
        ],
    }


def from_json(
    stored: dict[str, Any] | None, *, text: str, job_description: str | None
) -> AgentInputs | None:
    """The stored inputs, or None when there are none (or of a format this code does not
    read): the agents then work them out themselves."""
    if not stored or stored.get("format") != FORMAT:
        return None
    texts = {"resume": text, "job_description": job_description}
    readings: dict[tuple[str, str], tuple[InjectionMatch, ...]] = {}
    for reading in stored["readings"]:
        of = reading["of"]
        source = of.removeprefix("heading:") if of.startswith("heading:") else texts.get(of)
        if source is None:
            continue
        readings[(reading["layer"], source)] = tuple(
            InjectionMatch(start, end, label) for start, end, label in reading["found"]
        )
    sections = stored.get("sections")
    return AgentInputs(
        readings,
        dict(stored.get("reference_scores") or {}),
        None
        if sections is None
        else [
            SectionSpan(uuid.UUID(id_), kind, title, start, end)
            for id_, kind, title, start, end in sections
        ],
    )
