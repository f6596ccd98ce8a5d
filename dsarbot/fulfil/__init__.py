"""Fulfilment: the case flow's use of the data sources (`dsarbot.sources`).

* `lookup` (a job when a request case opens): what the sources hold about the requester, shown to staff;
* `marketing_objection` (a job when an objection opens): Art. 21(3) suppression at once;
* `fulfil` (a job after approval, verified requesters only): access, portability, rectification,
  erasure, restriction and objection, each with its templated reply.

The worker handlers are in :mod:`dsarbot.fulfil.jobs`; which sources are used is decided in
:mod:`dsarbot.fulfil.sources`.
"""

from dsarbot.fulfil.objection import is_marketing_objection
from dsarbot.fulfil.sources import ensure_demo, sources_path

__all__ = ["ensure_demo", "is_marketing_objection", "sources_path"]
