"""Slack: case cards with approve/reject/extend buttons, App Home, `/dsar`, reminders and the digest.

The Slack side only records decisions (through `dsarbot.decisions`) and reads cases; the worker posts and
updates the cards (`dsarbot.slack.jobs`) and does every slow or external step. Nothing here sends mail or
touches a data source.
"""
