"""`python -m dsarbot` runs the command line."""

from dsarbot.cli import main

main()
