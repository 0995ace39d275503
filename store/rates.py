"""Fixed exchange rates to CNY, for comparing and summing amounts across currencies.

These are rounded 2022 annual averages (State Administration of Foreign Exchange central
parity rates). A fixed table keeps reports reproducible; it is not a market rate.
"""

CNY_PER_UNIT = {
    "CNY": 1.0, "USD": 6.73, "EUR": 7.08, "HKD": 0.86, "JPY": 0.0512, "GBP": 8.30, "SGD": 4.88,
    "KRW": 0.0052, "AUD": 4.67, "CAD": 5.17, "INR": 0.0856, "CHF": 7.05, "RUB": 0.098, "THB": 0.192,
    "TWD": 0.226,
}


def to_cny(value: float | None, currency: str | None) -> float | None:
    """`value` in CNY; an amount with no currency written is taken as CNY."""
    if value is None:
        return None
    return value * CNY_PER_UNIT.get(currency or "CNY", 1.0)
