"""The search query language: words, "quoted phrases", -exclusions and field filters."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nals_desktop.domain.errors import QuerySyntaxError
from nals_desktop.i18n import _

#: Field filters a query may carry, e.g. ``pillar:B``, ``tag:energy``, ``stance:oppose``, ``status:ongoing``,
#: ``group:methane`` (the sub-heading a commitment stands under).
FILTER_FIELDS = ("pillar", "group", "tag", "stance", "status", "party", "priority")

_TOKEN = re.compile(r'(-?)(?:(\w+):)?(?:"([^"]*)"|(\S+))')


@dataclass(frozen=True)
class Term:
    text: str
    phrase: bool = False
    negated: bool = False


@dataclass(frozen=True)
class Filter:
    field: str
    value: str
    negated: bool = False


@dataclass
class Query:
    terms: list[Term] = field(default_factory=list)
    filters: list[Filter] = field(default_factory=list)

    @property
    def positive_terms(self) -> list[Term]:
        return [t for t in self.terms if not t.negated]

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.filters

    def fts(self, *, prefix_last: bool = False) -> str | None:
        """The FTS5 MATCH expression for the words and phrases; None when there are no positive terms."""
        positive = self.positive_terms
        if not positive:
            return None
        parts = []
        for i, term in enumerate(positive):
            quoted = '"' + term.text.replace('"', '""') + '"'
            is_last = i == len(positive) - 1 and term is self.terms[-1]
            parts.append(quoted + ("*" if prefix_last and is_last and not term.phrase else ""))
        expression = " AND ".join(parts)
        for term in self.terms:
            if term.negated:
                expression += ' NOT "' + term.text.replace('"', '""') + '"'
        return expression


def parse_query(text: str) -> Query:
    """Parse what the user typed; unbalanced quotes and unknown fields raise QuerySyntaxError."""
    if text.count('"') % 2:
        raise QuerySyntaxError(_('The search has an unmatched quote ("); close the phrase or remove it.'))
    query = Query()
    for match in _TOKEN.finditer(text):
        negated, name, phrase, word = match.group(1) == "-", match.group(2), match.group(3), match.group(4)
        value = phrase if phrase is not None else word
        if name is not None:
            name = name.lower()
            if name not in FILTER_FIELDS:
                raise QuerySyntaxError(
                    _("Unknown search field “{name}:”; use one of: {fields}.").format(
                        name=name, fields=", ".join(f + ":" for f in FILTER_FIELDS)
                    )
                )
            if not value.strip():
                raise QuerySyntaxError(_("The search field “{name}:” needs a value.").format(name=name))
            query.filters.append(Filter(name, value.strip(), negated))
            continue
        value = value.strip()
        # Words that are only punctuation give FTS5 nothing to match.
        if not value or not re.search(r"\w", value):
            continue
        query.terms.append(Term(value, phrase=phrase is not None, negated=negated))
    return query
