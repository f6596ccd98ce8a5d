"""Reply templates and their renderer: every mail dsarbot sends to a data subject.

Public API::

    render(purpose, context, controller, *, templates_root=None) -> RenderedReply(subject, text, html, language)
    ReplyContext, FoundSource, KeptItem, FieldChange   # what templates get
    PURPOSES                                           # the reply purposes
    sample_context(purpose, language)                  # realistic data for previews and tests
    format_date(d, language)                           # 7.12.2026 (fi, sv) / 7 December 2026 (others)

Template layout (``templates/`` at the repository root, or ``$DSARBOT_TEMPLATES_DIR``)::

    _layout.j2               skeleton shared by all languages: HTML document or plain text
    <lang>/_base.j2          greeting, sign-off and controller footer in that language (extends _layout)
    <lang>/_common.j2        shared phrases: names of the rights, the Data Protection Ombudsman's
                             contact details, complaint and court paragraphs, Art. 19 recipients
    <lang>/<purpose>.j2      one per purpose: ``{% block subject %}`` and ``{% block body %}``

Each purpose template is written once and rendered twice: as plain text (no autoescape) and as the
HTML alternative (autoescape: requester-supplied text is escaped). Structure is marked with filter
blocks whose meaning depends on the format (see :mod:`dsarbot.replies.markup`)::

    {% filter para %}…{% endfilter %}           paragraph (source line breaks are ignored)
    {% filter heading %}…{% endfilter %}        section heading; ``subheading`` for a smaller one
    {% filter items %}{% filter item %}…{% endfilter %}…{% endfilter %}   bullet list
    {% filter lines %}…{% endfilter %}          lines kept as written (addresses)
    {{ text|freetext }}                          staff-written text, line breaks kept, quoted
    {{ record(row) }}                            one data row as label/value pairs
    {{ some_date|date }}                         date in the template's language

Variables: every :class:`ReplyContext` field, plus ``lang`` (the template's language), ``controller``
(:class:`~dsarbot.config.ControllerConfig`), ``privacy`` (its Art. 15(1) texts in ``lang``) and
``contact_email``. Undefined names are errors (``StrictUndefined``).

Languages: the requester's language is used when ``<lang>/<purpose>.j2`` exists (fi, sv and en ship),
otherwise English. Overrides: ``ControllerConfig.templates_dir`` is searched before the shipped
templates, file by file, so a controller can replace a single purpose, its footer (``<lang>/_base.j2``)
or add a language. The subject always carries the case tag ``[DSAR-YYYY-NNNN]``; the renderer appends
it if an override forgot it.
"""

from dsarbot.replies.context import FieldChange, FoundSource, KeptItem, RenderedReply, ReplyContext
from dsarbot.replies.markup import format_date
from dsarbot.replies.render import (
    FALLBACK_LANGUAGE,
    PURPOSES,
    ReplyError,
    default_templates_root,
    render,
)
from dsarbot.replies.samples import sample_context

__all__ = [
    "FALLBACK_LANGUAGE",
    "PURPOSES",
    "FieldChange",
    "FoundSource",
    "KeptItem",
    "RenderedReply",
    "ReplyContext",
    "ReplyError",
    "default_templates_root",
    "format_date",
    "render",
    "sample_context",
]
