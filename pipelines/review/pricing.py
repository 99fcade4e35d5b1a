"""USD cost of one LLM call from its token usage.

PRICE_TABLE holds list prices in USD per 1M tokens (input, output), as published by OpenAI
for standard (non-batch) chat completions when this table was written (2025 list prices;
verify before relying on them for billing). Model names with a date suffix
("gpt-4o-mini-2024-07-18") use the undated entry.

| model            | input $/1M | output $/1M |
|------------------|-----------:|------------:|
| gpt-4o-mini      |       0.15 |        0.60 |
| gpt-4o           |       2.50 |       10.00 |
| gpt-4.1          |       2.00 |        8.00 |
| gpt-4.1-mini     |       0.40 |        1.60 |
| gpt-4.1-nano     |       0.10 |        0.40 |
| gpt-5            |       1.25 |       10.00 |
| gpt-5-mini       |       0.25 |        2.00 |
| gpt-5-nano       |       0.05 |        0.40 |
| o4-mini          |       1.10 |        4.40 |
| offline-reviewer |       0    |        0    |

Unknown models cost None (unknown, not zero). Setting BOTH `LLM_PRICE_INPUT_PER_MTOK` and
`LLM_PRICE_OUTPUT_PER_MTOK` (``Settings.llm_price_override``) overrides the table for every
model except the offline reviewer (self-hosted or negotiated prices). Cached-input
discounts are ignored, so costs are an upper bound. Results are quantized to 6 decimal
places (micro-dollars).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

OFFLINE_MODEL = "offline-reviewer"
_MTOK = Decimal(1_000_000)
_QUANTUM = Decimal("0.000001")
_DATE_SUFFIX_RE = re.compile(r"-\d{4}-\d{2}-\d{2}$")

PRICE_TABLE: dict[str, tuple[Decimal, Decimal]] = {
    "gpt-4o-mini": (Decimal("0.15"), Decimal("0.60")),
    "gpt-4o": (Decimal("2.50"), Decimal("10.00")),
    "gpt-4.1": (Decimal("2.00"), Decimal("8.00")),
    "gpt-4.1-mini": (Decimal("0.40"), Decimal("1.60")),
    "gpt-4.1-nano": (Decimal("0.10"), Decimal("0.40")),
    "gpt-5": (Decimal("1.25"), Decimal("10.00")),
    "gpt-5-mini": (Decimal("0.25"), Decimal("2.00")),
    "gpt-5-nano": (Decimal("0.05"), Decimal("0.40")),
    "o4-mini": (Decimal("1.10"), Decimal("4.40")),
    OFFLINE_MODEL: (Decimal("0"), Decimal("0")),
}


Prices = tuple[Decimal, Decimal]


def price_for(model: str, override: Prices | None = None) -> Prices | None:
    """(input, output) USD per 1M tokens for `model`, or None when unknown. ``override``
    (``Settings.llm_price_override``) replaces the table for every model but the offline
    reviewer."""
    if model == OFFLINE_MODEL:
        return PRICE_TABLE[OFFLINE_MODEL]
    if override is not None:
        return override
    name = model.strip().lower()
    if name in PRICE_TABLE:
        return PRICE_TABLE[name]
    return PRICE_TABLE.get(_DATE_SUFFIX_RE.sub("", name))


def cost_usd(
    model: str,
    prompt_tokens: int | None,
    completion_tokens: int | None,
    override: Prices | None = None,
) -> Decimal | None:
    """Cost of one call; None when the model's price or the usage is unknown."""
    prices = price_for(model, override)
    if prices is None:
        return None
    if model == OFFLINE_MODEL:
        return Decimal("0").quantize(_QUANTUM)
    if prompt_tokens is None and completion_tokens is None:
        return None
    input_price, output_price = prices
    total = (
        Decimal(prompt_tokens or 0) * input_price + Decimal(completion_tokens or 0) * output_price
    ) / _MTOK
    return total.quantize(_QUANTUM, rounding=ROUND_HALF_UP)
