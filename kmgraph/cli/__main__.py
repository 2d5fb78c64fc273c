"""`python -m kmgraph.cli`."""

from . import main

main()
