from .brand import BrandSettings, contrast_ratio
from .content_change import ContentChange
from .publication import PublicationEvent, PublicationRecordMixin

__all__ = [
    "BrandSettings",
    "ContentChange",
    "PublicationEvent",
    "PublicationRecordMixin",
    "contrast_ratio",
]
