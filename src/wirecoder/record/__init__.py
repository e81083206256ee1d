"""The one data model (and its JSON Schema) that every stage downstream of annotation reads."""

from wirecoder.record.model import (
    Article,
    CodedArticle,
    DateRef,
    Entity,
    Event,
    Place,
    Quote,
    Span,
    coded_from_dict,
)
from wirecoder.record.schema import json_schema

__all__ = ["Article", "CodedArticle", "DateRef", "Entity", "Event", "Place", "Quote", "Span",
           "coded_from_dict", "json_schema"]
