"""USD cost of one LLM call from its token usage.

PRICE_TABLE holds list prices in USD per 1M tokens (input, output, cached input), as
published by OpenAI for standard (non-batch) chat completions when this table was written
(2025 list prices; verify before relying on them for billing). Model names with a date
suffix ("gpt-4o-mini-2024-07-18") use the undated entry.

| model            | input $/1M | output $/1M | cached input $/1M |
|------------------|-----------:|------------:|------------------:|
| gpt-4o-mini      |       0.15 |        0.60 |             0.075 |
| gpt-4o           |       2.50 |       10.00 |              1.25 |
| gpt-4.1          |       2.00 |        8.00 |              0.50 |
| gpt-4.1-mini     |       0.40 |        1.60 |              0.10 |
| gpt-4.1-nano     |       0.10 |        0.40 |             0.025 |
| gpt-5            |       1.25 |       10.00 |             0.125 |
| gpt-5-mini       |       0.25 |        2.00 |             0.025 |
| gpt-5-nano       |       0.05 |        0.40 |             0.005 |
| o4-mini          |       1.10 |        4.40 |             0.275 |
| offline-reviewer |       0    |        0    |             0     |

``LLM_PRICES`` (``Settings.llm_prices``) adds or replaces entries for any model, and its
``*`` entry prices every model found nowhere else (a self-hosted server, a negotiated
rate). A configured price without a cached rate charges cached tokens at the input rate.
Unknown models cost None (unknown, not zero); their tokens are recorded all the same.

``prompt_tokens`` includes the cached ones (``usage.prompt_tokens_details.cached_tokens``),
so a call costs ``(prompt - cached) x input + cached x cached rate + completion x output``.
Results are quantized to 6 decimal places (micro-dollars).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

OFFLINE_MODEL = "offline-reviewer"
ANY_MODEL = "*"
_MTOK = Decimal(1_000_000)
_QUANTUM = Decimal("0.000001")
_DATE_SUFFIX_RE = re.compile(r"-\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Price:
    """USD per 1M tokens. ``cached`` None: cached prompt tokens cost the input rate."""

    input: Decimal
    output: Decimal
    cached: Decimal | None = None

    @property
    def cached_rate(self) -> Decimal:
        return self.input if self.cached is None else self.cached


def _price(input_: str, output: str, cached: str) -> Price:
    return Price(Decimal(input_), Decimal(output), Decimal(cached))


PRICE_TABLE: dict[str, Price] = {
    "gpt-4o-mini": _price("0.15", "0.60", "0.075"),
    "gpt-4o": _price("2.50", "10.00", "1.25"),
    "gpt-4.1": _price("2.00", "8.00", "0.50"),
    "gpt-4.1-mini": _price("0.40", "1.60", "0.10"),
    "gpt-4.1-nano": _price("0.10", "0.40", "0.025"),
    "gpt-5": _price("1.25", "10.00", "0.125"),
    "gpt-5-mini": _price("0.25", "2.00", "0.025"),
    "gpt-5-nano": _price("0.05", "0.40", "0.005"),
    "o4-mini": _price("1.10", "4.40", "0.275"),
    OFFLINE_MODEL: _price("0", "0", "0"),
}

# What the settings hold: (model, input, output, cached or None), USD per 1M tokens.
ConfiguredPrices = Iterable[tuple[str, Decimal, Decimal, Decimal | None]]


def price_table(configured: ConfiguredPrices = ()) -> dict[str, Price]:
    """The built-in table with the configured entries (``Settings.llm_prices``) over it.
    The offline reviewer stays free whatever is configured."""
    table = dict(PRICE_TABLE)
    for model, input_, output, cached in configured:
        table[model.strip().lower()] = Price(input_, output, cached)
    table[OFFLINE_MODEL] = PRICE_TABLE[OFFLINE_MODEL]
    return table


def price_for(model: str, table: Mapping[str, Price] = PRICE_TABLE) -> Price | None:
    """The price of ``model`` (exact name, then without a date suffix, then the ``*``
    entry), or None when it is unknown."""
    name = model.strip().lower()
    for candidate in (name, _DATE_SUFFIX_RE.sub("", name), ANY_MODEL):
        if candidate in table:
            return table[candidate]
    return None


def cost_usd(
    model: str,
    prompt_tokens: int | None,
    completion_tokens: int | None,
    cached_tokens: int | None = None,
    *,
    table: Mapping[str, Price] = PRICE_TABLE,
) -> Decimal | None:
    """Cost of one call; None when the model's price or the usage is unknown."""
    price = price_for(model, table)
    if price is None:
        return None
    if prompt_tokens is None and completion_tokens is None:
        return Decimal("0").quantize(_QUANTUM) if model == OFFLINE_MODEL else None
    prompt = prompt_tokens or 0
    cached = min(max(cached_tokens or 0, 0), prompt)
    total = (
        Decimal(prompt - cached) * price.input
        + Decimal(cached) * price.cached_rate
        + Decimal(completion_tokens or 0) * price.output
    ) / _MTOK
    return total.quantize(_QUANTUM, rounding=ROUND_HALF_UP)
