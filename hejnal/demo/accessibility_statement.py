"""Demo facts for the accessibility statement of each language version.

The statement's wording comes from its template; this supplies only the facts
an office would enter: who, when, how assessed, what is not yet accessible.
"""

import datetime
import uuid

from hejnal.pages.models import AccessibilityStatementPage

# What is not accessible yet, per language: (content, reason, explanation, alternative)
NON_ACCESSIBLE = {
    "pl": (
        "Archiwalne dokumenty PDF sprzed 2020 roku",
        "disproportionate_burden",
        "Skany dokumentów nie mają warstwy tekstowej.",
        "Na prośbę przygotujemy dokument w formie tekstowej.",
    ),
    "en": (
        "Archived PDF documents from before 2020",
        "disproportionate_burden",
        "The scanned documents have no text layer.",
        "On request we will provide the document as text.",
    ),
    "de": (
        "Archivierte PDF-Dokumente aus der Zeit vor 2020",
        "disproportionate_burden",
        "Die gescannten Dokumente haben keine Textebene.",
        "Auf Anfrage stellen wir das Dokument als Text bereit.",
    ),
    "uk": (
        "Архівні PDF-документи до 2020 року",
        "disproportionate_burden",
        "Скановані документи не мають текстового шару.",
        "На прохання ми надамо документ у текстовій формі.",
    ),
    "ar": (
        "وثائق PDF المؤرشفة قبل عام 2020",
        "disproportionate_burden",
        "الوثائق الممسوحة ضوئيا لا تحتوي على طبقة نصية.",
        "نوفر الوثيقة نصا عند الطلب.",
    ),
}


def statement_page(code, spec, office_name, body):
    """An unsaved statement page for language ``code`` from a demo page spec."""
    content, reason, explanation, alternative = NON_ACCESSIBLE.get(
        code, NON_ACCESSIBLE["en"]
    )
    return AccessibilityStatementPage(
        intro=spec.intro,
        organisation=office_name,
        compliance_status="partial",
        non_accessible_content=[
            {
                "type": "item",
                "value": {
                    "content": content,
                    "reason": reason,
                    "explanation": explanation,
                    "alternative": alternative,
                },
                "id": str(uuid.uuid4()),
            }
        ],
        site_published_on=datetime.date(2026, 1, 15),
        site_updated_on=datetime.date(2026, 11, 2),
        prepared_on=datetime.date(2026, 3, 31),
        preparation_method="self",
        last_reviewed_on=datetime.date(2026, 11, 2),
        contact_name="Anna Kowalska",
        contact_email="international@krakow.example",
        contact_phone="+48 12 616 12 00",
        body=body,
        prepared_by=office_name,
    )
