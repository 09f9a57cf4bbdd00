from .brand import BrandSettings, contrast_ratio
from .publication import PublicationEvent, PublicationRecordMixin

__all__ = [
    "BrandSettings",
    "PublicationEvent",
    "PublicationRecordMixin",
    "contrast_ratio",
]
