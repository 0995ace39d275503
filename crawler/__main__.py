"""`python -m crawler …` is the `rongzi` console script."""
from crawler.cli import main

main()
