"""Intake: getting mail bytes in and committed, nothing else.

Every door ends in `ingest.store_raw` (or its batch form) and commits before it acknowledges:
the IMAP watcher flags a message only after the commit, the SMTP server answers 250 only after it.
Parsing, classification and cases happen later, in `dsarbot.processing`.
"""
