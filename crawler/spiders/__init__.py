"""One spider class per source kind; spiders fetch pages and never parse events."""
