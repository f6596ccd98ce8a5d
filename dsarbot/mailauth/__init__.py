"""OAuth2 for mailboxes and the relay: Microsoft 365, Google Workspace and any client-credentials endpoint.

A mail URL with a user and no password (`imaps://info%40company.fi@outlook.office365.com/INBOX`)
plus an OAuth2 provider logs in with a bearer token instead of a password. One module per concern:

* :mod:`.settings`: the `[oauth]` tables and `DSARBOT_OAUTH_*` variables, checked in plain words
* :mod:`.http`: the one HTTP client every provider uses (system CAs, timeouts, https or loopback)
* :mod:`.errors`: what a refusal means and what to do about it (data tables)
* :mod:`.microsoft`, :mod:`.google`, :mod:`.generic`: fetching a token from each kind of provider
* :mod:`.tokens`: one token per lifetime, refreshed shortly before it expires, shared by threads
* :mod:`.registry`: which token source serves which mailbox or relay
* :mod:`.sasl`: SASL XOAUTH2 / OAUTHBEARER for IMAP and SMTP
* :mod:`.expiry`: when a client secret or certificate runs out
"""
