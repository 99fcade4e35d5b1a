"""Stage 3 (review) and stage 4 (ground): pure functions, no database, no Celery.

- schemas:   AgentReview / FeedbackDraft, the structured output of every agent
- prompts:   prompts/<agent_type>.toml loading and fenced user-prompt rendering
- llm:       run_llm_agent (OpenAI SDK + tenacity), one CallRecord per HTTP attempt
- offline:   deterministic built-in reviewer used when no LLM is configured
- injection: prompt-injection detection (reported, never scored)
- grounding: server-side offsets for quoted_text
- pricing:   USD cost per call
"""
