"""Every database query dsarbot makes lives in this package; the rest of the code calls `store.<function>`.

Functions take an open Session and do not commit unless their name says so (`save_incoming` commits,
because intake must commit before it acknowledges a message). By area:

* :mod:`dsarbot.store.messages`: stored incoming mail, mailbox sync state and lock, retention
* :mod:`dsarbot.store.cases`: cases, references, events, threading, dashboard and Slack lists
* :mod:`dsarbot.store.work`: jobs, the outbox, periodic-task slots
* :mod:`dsarbot.store.examples`: labelled examples (staff decisions kept with the sealed mail)
* :mod:`dsarbot.store.health`: whether each mailbox and the relay could be used lately
* :mod:`dsarbot.store.people`: staff members' own settings (the language they chose)
* :mod:`dsarbot.store.reports`: light rows of cases and their deciding events for the reports
  (imported as `dsarbot.store.reports`, not re-exported here)
"""

from __future__ import annotations

from dsarbot.store.cases import (
    CLOSED_STATES,
    OPEN_STATES,
    REFERENCE_RE,
    add_event,
    case_by_id,
    case_by_reference,
    case_events,
    case_for_thread,
    cases_closed_since,
    cases_received_since,
    cases_with_open_tasks,
    completion_times,
    count_cases_by_state,
    list_cases,
    next_reference,
    recent_closed_cases,
    sent_message_ids,
    unfinished_jobs_of_case,
)
from dsarbot.store.examples import delete_examples_of_case, labelled_examples, record_example
from dsarbot.store.health import failing_since_before, health_failed, health_ok, health_rows
from dsarbot.store.messages import (
    claim_new_messages,
    closed_cases_before,
    failed_messages,
    find_duplicate,
    mailbox_state,
    message_by_id,
    messages_of_case,
    oldest_pending_size,
    pending_messages,
    pending_sizes,
    purge_non_requests,
    release_mailbox_lock,
    release_messages,
    save_incoming,
    sealed_raw,
    try_mailbox_lock,
    uids_seen,
)
from dsarbot.store.people import set_staff_language, staff_language
from dsarbot.store.work import (
    add_outbox,
    claim_job,
    claim_outbox,
    claim_periodic_run,
    enqueue_job,
    finish_job,
    jobs_for_case,
    mark_outbox_handing,
    outbox_by_message_id,
    outbox_for_case,
    renew_outbox_lease,
    retry_job,
)

__all__ = [
    "CLOSED_STATES",
    "OPEN_STATES",
    "REFERENCE_RE",
    "add_event",
    "add_outbox",
    "case_by_id",
    "case_by_reference",
    "case_events",
    "case_for_thread",
    "cases_closed_since",
    "cases_received_since",
    "cases_with_open_tasks",
    "claim_job",
    "claim_new_messages",
    "claim_outbox",
    "claim_periodic_run",
    "closed_cases_before",
    "completion_times",
    "count_cases_by_state",
    "delete_examples_of_case",
    "enqueue_job",
    "failed_messages",
    "failing_since_before",
    "find_duplicate",
    "finish_job",
    "health_failed",
    "health_ok",
    "health_rows",
    "jobs_for_case",
    "labelled_examples",
    "list_cases",
    "mailbox_state",
    "mark_outbox_handing",
    "message_by_id",
    "messages_of_case",
    "next_reference",
    "oldest_pending_size",
    "outbox_by_message_id",
    "outbox_for_case",
    "pending_messages",
    "pending_sizes",
    "purge_non_requests",
    "recent_closed_cases",
    "record_example",
    "release_mailbox_lock",
    "release_messages",
    "renew_outbox_lease",
    "retry_job",
    "save_incoming",
    "sealed_raw",
    "sent_message_ids",
    "set_staff_language",
    "staff_language",
    "try_mailbox_lock",
    "uids_seen",
    "unfinished_jobs_of_case",
]
