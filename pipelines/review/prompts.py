"""Prompt files (`prompts/<agent_type>.toml`) and rendering of the user message.

The resume text (and the job description) are UNTRUSTED. They are placed inside fences
whose tag carries a fresh random nonce per request (`<resume_data_3f9c...>`), so text inside
the resume cannot close the fence it sits in; any look-alike `resume_data` / `job_description`
tag in the untrusted text is neutralised as well. Each system prompt must tell the model that
fenced content is data, never instructions (checked at load time).

Templates use `{resume_text}`, `{sections}`, `{job_description}`, `{agent_type}`,
`{layout}`, `{requirements}` placeholders, substituted in ONE pass with a regex (not
`str.format`): the resume itself may contain braces, and a substituted value is never scanned again.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from core.enums import AGENT_TYPES

PLACEHOLDERS: frozenset[str] = frozenset(
    {"resume_text", "sections", "job_description", "agent_type", "layout", "requirements"}
)
_PLACEHOLDER_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
# Any tag-like reference to our fence names inside untrusted text, e.g. "</resume_data>".
_FENCE_LOOKALIKE_RE = re.compile(r"<(\s*/?\s*)(resume_data|job_description)", re.IGNORECASE)
REQUIRED_FIELDS: tuple[str, ...] = (
    "name",
    "agent_type",
    "temperature",
    "max_tokens",
    "system_prompt",
    "user_prompt_template",
)


class SectionLike(Protocol):
    """What we need from a detected section (defined by pipelines.sections)."""

    section_type: str
    title: str | None
    start_offset: int
    end_offset: int


class PromptFileError(ValueError):
    """A prompt file is missing, malformed or inconsistent."""


@dataclass(frozen=True)
class PromptSpec:
    agent_type: str
    name: str
    system_prompt: str
    user_prompt_template: str
    model: str | None
    temperature: float
    max_tokens: int
    # sha256 of the file content (first 12 hex): lets results record which prompt made them.
    digest: str = ""


def _parse_prompt(path: Path) -> PromptSpec:
    raw = path.read_bytes()
    try:
        data: dict[str, Any] = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PromptFileError(f"{path.name}: not valid TOML: {exc}") from exc

    missing = [key for key in REQUIRED_FIELDS if key not in data]
    if missing:
        raise PromptFileError(f"{path.name}: missing field(s): {', '.join(missing)}")
    unknown = set(data) - set(REQUIRED_FIELDS) - {"model"}
    if unknown:
        raise PromptFileError(f"{path.name}: unknown field(s): {', '.join(sorted(unknown))}")

    agent_type = data["agent_type"]
    if agent_type not in AGENT_TYPES:
        raise PromptFileError(
            f"{path.name}: unknown agent_type {agent_type!r}; expected one of {AGENT_TYPES}"
        )
    for key in ("name", "system_prompt", "user_prompt_template"):
        if not isinstance(data[key], str) or not data[key].strip():
            raise PromptFileError(f"{path.name}: {key} must be a non-empty string")
    model = data.get("model")
    if model is not None and (not isinstance(model, str) or not model.strip()):
        raise PromptFileError(f"{path.name}: model must be a non-empty string when given")
    temperature = data["temperature"]
    if isinstance(temperature, bool) or not isinstance(temperature, int | float):
        raise PromptFileError(f"{path.name}: temperature must be a number")
    if not 0.0 <= float(temperature) <= 2.0:
        raise PromptFileError(f"{path.name}: temperature must be within 0..2")
    max_tokens = data["max_tokens"]
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or max_tokens < 256:
        raise PromptFileError(f"{path.name}: max_tokens must be an integer >= 256")

    template: str = data["user_prompt_template"]
    names = set(_PLACEHOLDER_RE.findall(template))
    bad = names - PLACEHOLDERS
    if bad:
        raise PromptFileError(
            f"{path.name}: unknown placeholder(s) {sorted(bad)}; allowed: {sorted(PLACEHOLDERS)}"
        )
    if "resume_text" not in names:
        raise PromptFileError(f"{path.name}: user_prompt_template must contain {{resume_text}}")
    if "resume_data" not in data["system_prompt"]:
        # The fence is only a defence if the model is told what it means.
        raise PromptFileError(
            f"{path.name}: system_prompt must explain that <resume_data_...> content is data"
        )

    return PromptSpec(
        agent_type=agent_type,
        name=data["name"].strip(),
        system_prompt=data["system_prompt"].strip(),
        user_prompt_template=template.strip(),
        model=model.strip() if isinstance(model, str) else None,
        temperature=float(temperature),
        max_tokens=max_tokens,
        digest=hashlib.sha256(raw).hexdigest()[:12],
    )


def load_prompt_files(directory: Path) -> list[PromptSpec]:
    """Load and validate every `*.toml` in `directory`, sorted by AGENT_TYPES order.

    Raises PromptFileError on a malformed file, an unknown agent type or a duplicate.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise PromptFileError(f"prompt directory not found: {directory}")
    specs = [_parse_prompt(path) for path in sorted(directory.glob("*.toml"))]
    seen: dict[str, str] = {}
    for spec in specs:
        if spec.agent_type in seen:
            raise PromptFileError(
                f"two prompt files for agent_type {spec.agent_type!r}: "
                f"{seen[spec.agent_type]!r} and {spec.name!r}"
            )
        seen[spec.agent_type] = spec.name
    return sorted(specs, key=lambda spec: AGENT_TYPES.index(spec.agent_type))


def load_prompts_by_agent(directory: Path) -> dict[str, PromptSpec]:
    """Like load_prompt_files but keyed by agent type and requiring all five agents."""
    specs = {spec.agent_type: spec for spec in load_prompt_files(directory)}
    missing = [agent for agent in AGENT_TYPES if agent not in specs]
    if missing:
        raise PromptFileError(f"no prompt file for agent type(s): {', '.join(missing)}")
    return specs


def neutralise_fences(untrusted: str) -> str:
    """Defuse anything in untrusted text that looks like one of our fence tags.

    `<` becomes U+2039 (single left-pointing angle quotation mark), so
    "</resume_data>" can't pose as the end of the data.
    """
    return _FENCE_LOOKALIKE_RE.sub(lambda m: "\u2039" + m.group(1) + m.group(2), untrusted)


def format_sections(sections: Sequence[SectionLike]) -> str:
    if not sections:
        return "(no sections detected)"
    lines = []
    for index, section in enumerate(sections):
        title = section.title if section.title else "(no heading)"
        lines.append(
            f"{index}. {section.section_type} - heading: {neutralise_fences(title)!r} "
            f"(chars {section.start_offset}-{section.end_offset})"
        )
    return "\n".join(lines)


def format_layout(layout: Any) -> str:
    """Layout facts (pipelines.extraction) as one line; only the ATS prompt uses them."""
    if layout is None:
        return "(not available)"
    facts = []
    for attr, label in (
        ("page_count", "pages"),
        ("has_tables", "tables"),
        ("multi_column", "multiple columns"),
        ("has_text_boxes", "text boxes"),
        ("has_images", "images"),
        ("header_footer_text", "text in header/footer"),
    ):
        value = getattr(layout, attr, None)
        if value is None:
            continue
        if isinstance(value, bool) or attr != "page_count":
            value = "yes" if value else "no"
        facts.append(f"{label}: {value}")
    return "; ".join(facts) if facts else "(not available)"


def render_user_prompt(
    spec: PromptSpec,
    *,
    text: str,
    sections: Sequence[SectionLike],
    job_description: str | None,
    layout: Any = None,
    nonce: str | None = None,
    requirements: str | None = None,
) -> str:
    """Fill the template; the resume and job description are fenced with a fresh nonce.

    `nonce` is only for tests; by default a random 16-hex-digit value is used.
    """
    nonce = nonce or secrets.token_hex(8)
    resume_block = f"<resume_data_{nonce}>\n{neutralise_fences(text)}\n</resume_data_{nonce}>"
    if job_description and job_description.strip():
        jd_block = (
            f"<job_description_{nonce}>\n{neutralise_fences(job_description.strip())}\n"
            f"</job_description_{nonce}>"
        )
    else:
        jd_block = "(no job description was provided)"
    values = {
        "resume_text": resume_block,
        "sections": format_sections(sections),
        "job_description": jd_block,
        "agent_type": spec.agent_type,
        "layout": format_layout(layout),
        "requirements": neutralise_fences(requirements) if requirements else "(none)",
    }
    # Single pass: substituted values are never re-scanned, so braces in the resume are inert.
    return _PLACEHOLDER_RE.sub(
        lambda m: values.get(m.group(1), m.group(0)), spec.user_prompt_template
    )
