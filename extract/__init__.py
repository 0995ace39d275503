"""Pure extraction functions: HTML to article, text to financing events.

Nothing in this package does I/O, touches the network or a database.
"""
from extract.model import Amount, Article, Event

__all__ = ["Amount", "Article", "Event"]
