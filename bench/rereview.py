"""Re-reviews pay only for what changed (issue 11): after one of four prompts changes, the
batch re-review of N resumes spends at most 30 % of the tokens of a full review.

Run: ``.venv/bin/python bench/rereview.py [--resumes 100]``

Everything real but the model: the embedded SQLite database in a temporary folder, the
production chain driver in this process, and the openai SDK against the scripted
OpenAI-compatible server (tokens counted from the prompt it receives, as a real server
would). 1. N new resumes get a full review (four agents). 2. The ``language`` prompt gets a
new active version. 3. ``rereview_batch`` (what beat runs) re-reviews every resume in
``changed`` mode. The figure is the tokens of step 3 over the tokens of step 1, from
``prompt_usage_history``.
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
import uuid

from sqlalchemy import func, select

from core.config import load_settings
from database.engine import make_engine, session_scope
from database.migrate import upgrade
from database.models import Prompt, PromptUsageHistory, ReviewAgentOutcome
from database.queries.prompts import activate_prompt, active_prompts, next_prompt_version
from pipelines import chain
from pipelines.maintenance import rereview_batch
from testkit.llm_server import ScriptedLLMServer
from testkit.pipeline_helpers import load_prompts, upload
from testkit.samples import make_pdf

TARGET_SHARE = 0.30
CHANGED_AGENT = "language"


def tokens(engine: object, since: object) -> int:
    with session_scope(engine) as session:  # type: ignore[arg-type]
        total = session.scalar(
            select(func.sum(PromptUsageHistory.total_tokens)).where(
                PromptUsageHistory.created_at >= since
            )
        )
    return int(total or 0)


def new_prompt_version(engine: object, agent_type: str) -> None:
    with session_scope(engine) as session:  # type: ignore[arg-type]
        current = active_prompts(session)[agent_type]
        newer = Prompt(
            agent_type=agent_type,
            name=current.name,
            version=next_prompt_version(session, agent_type),
            system_prompt=current.system_prompt + "\nQuote the exact words you mean.",
            user_prompt_template=current.user_prompt_template,
            model=current.model,
            temperature=current.temperature,
            max_tokens=current.max_tokens,
        )
        session.add(newer)
        session.flush()
        activate_prompt(session, newer)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--resumes", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, ScriptedLLMServer() as server:
        settings = dataclasses.replace(
            load_settings({"INSTANCE_DIR": tmp}),
            openai_base_url=server.base_url,
            openai_api_key="bench-key",
        )
        upgrade(settings.database_url)
        engine = make_engine(settings.database_url)
        with session_scope(engine) as session:
            load_prompts(session)
        from database.types import utcnow

        started = utcnow()
        clock = time.perf_counter()
        for _ in range(args.resumes):
            with session_scope(engine) as session:
                request_id = upload(session, settings, make_pdf(marker=uuid.uuid4().hex))
            chain.run_review(engine, settings, request_id)
        full_tokens = tokens(engine, started)
        full_calls = len(server.requests)
        full_s = time.perf_counter() - clock

        new_prompt_version(engine, CHANGED_AGENT)
        server.reset()
        rereview_started = utcnow()
        clock = time.perf_counter()
        requested = 0
        while True:
            batch = rereview_batch(
                engine,
                lambda rid: chain.run_review(engine, settings, rid) is chain.Outcome.DONE,
                limit=50,
            )
            requested += batch.requested
            if not batch.remaining or not batch.requested:
                break
        rereview_tokens = tokens(engine, rereview_started)
        rereview_s = time.perf_counter() - clock
        with session_scope(engine) as session:
            carried = session.scalar(
                select(func.count()).where(ReviewAgentOutcome.outcome == "carried")
            )
    share = rereview_tokens / full_tokens if full_tokens else float("nan")
    print(
        f"full review of {args.resumes} resumes: {full_calls} LLM calls, {full_tokens} tokens, "
        f"{full_s:.1f} s\n"
        f"re-review after the {CHANGED_AGENT} prompt changed: {requested} requests, "
        f"{len(server.requests)} LLM calls, {carried} agent answers carried, "
        f"{rereview_tokens} tokens, {rereview_s:.1f} s"
    )
    verdict = "meets" if share <= TARGET_SHARE else "MISSES"
    print(f"rereview token share {share:.3f} ({verdict} the target <= {TARGET_SHARE:.2f})")


if __name__ == "__main__":
    main()
