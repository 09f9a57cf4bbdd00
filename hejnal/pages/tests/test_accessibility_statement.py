import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import translation

from hejnal.conftest import LANGUAGES, page_of_type
from hejnal.core.models import BrandSettings
from hejnal.pages.models import AccessibilityStatementPage

SECTIONS = [
    "statement-status",
    "statement-content",
    "statement-preparation",
    "statement-feedback",
    "statement-enforcement",
    "statement-building",
    "statement-sign-language",
    "statement-easy-to-read",
]
# What the Polish model statement asks for besides the EU model, by section:
# the heading in each language and words its text must speak of.
OFFICE_ACCESS = {
    "statement-building": "architectural_accessibility",
    "statement-sign-language": "sign_language",
    "statement-easy-to-read": "easy_to_read",
}


def render(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_statement_has_the_eu_model_sections_in_every_language(client, language):
    page = page_of_type(AccessibilityStatementPage, language)
    soup = render(client, page)
    assert [h2["id"] for h2 in soup.select("main h2[id^=statement-]")] == SECTIONS
    text = soup.get_text(" ")
    assert page.organisation in text
    assert page.contact_email in text
    assert soup.select_one(f"a[href='mailto:{page.contact_email}']")
    assert soup.select_one(f"time[datetime='{page.prepared_on:%Y-%m-%d}']")
    assert soup.select_one(f"time[datetime='{page.last_reviewed_on:%Y-%m-%d}']")


@pytest.mark.django_db
def test_statement_states_status_method_and_reasons(client):
    page = page_of_type(AccessibilityStatementPage, "en")
    soup = render(client, page)
    status = soup.select_one("#statement-status").parent.get_text(" ")
    assert "partially compliant" in status
    content = soup.select_one("#statement-content").parent
    assert content.find("h3").get_text() == "Disproportionate burden"
    assert "Archived PDF documents" in content.get_text()
    assert "Self-assessment" in soup.select_one("#statement-preparation").parent.text


@pytest.mark.django_db
def test_status_wording_and_empty_list_follow_the_fields(client):
    page = page_of_type(AccessibilityStatementPage, "en")
    page.compliance_status = "full"
    page.non_accessible_content = []
    page.preparation_method = "third_party"
    page.assessor = "Audit Co."
    page.save_revision().publish()
    soup = render(client, page)
    status = soup.select_one("#statement-status").parent.get_text(" ")
    assert "fully compliant" in status and "partially" not in status
    assert "No non-accessible content is known." in soup.get_text()
    assert "(Audit Co.)" in soup.select_one("#statement-preparation").parent.text


@pytest.mark.django_db
def test_enforcement_names_the_polish_ombudsman_by_default(client):
    page = page_of_type(AccessibilityStatementPage, "pl")
    section = render(client, page).select_one("#statement-enforcement").parent
    assert "Rzecznik Praw Obywatelskich" in section.get_text()
    assert section.select_one("a[href='https://bip.brpo.gov.pl/']")


@pytest.mark.django_db
def test_footer_links_to_the_statement(client, homes):
    brand = BrandSettings.objects.first()
    soup = render(client, homes["pl"])
    statement = brand.accessibility_page.specific
    assert isinstance(statement, AccessibilityStatementPage)
    assert soup.select_one(f"footer a[href='{statement.url}']")


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_statement_claims_wcag_2_2_aa_for_the_sites_own_address(client, language):
    page = page_of_type(AccessibilityStatementPage, language)
    soup = render(client, page)
    status = soup.select_one("#statement-status").parent.get_text(" ")
    assert "(WCAG) 2.2" in status and "2.1" not in soup.select_one("main").text
    assert settings.SITE_ORIGIN in soup.select_one("main").get_text()


HEADINGS = {
    "statement-building": "Architectural accessibility",
    "statement-sign-language": "Polish Sign Language (PJM)",
    "statement-easy-to-read": "Easy-to-read information",
}
# Words each demo section must use, per language: the building's entrance and
# lift and assistance dogs, the interpreter, the office's contact.
WORDS = {
    "pl": ("Winda", "psem asystującym", "pętlę indukcyjną", "tłumacza", "napisać"),
    "en": ("lift", "Assistance dogs", "induction loop", "interpreter", "write to us"),
    "de": (
        "Aufzug",
        "Assistenzhunde",
        "Induktionsschleife",
        "Gebärdensprache",
        "schreiben",
    ),
    "uk": ("Ліфт", "собакою-помічником", "індукційну петлю", "перекладача", "написати"),
    "ar": ("المصعد", "الكلاب المرافقة", "حلقة حثّ", "مترجم", "تكتب"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_statement_describes_the_building_sign_language_and_easy_to_read_info(
    client, language
):
    page = page_of_type(AccessibilityStatementPage, language)
    soup = render(client, page)
    text = ""
    for section_id, field in OFFICE_ACCESS.items():
        heading = soup.select_one(f"h2#{section_id}")
        with translation.override(language):
            assert heading.get_text() == translation.gettext(HEADINGS[section_id])
        body = heading.parent.get_text(" ", strip=True)
        assert getattr(page, field).split("\n")[0][:40] in body
        text += body
    for word in WORDS[language]:
        assert word in text, (language, word)
    easy = soup.select_one("#statement-easy-to-read").parent
    assert len(easy.find_all("br")) >= 5  # one short sentence a line


@pytest.mark.django_db
def test_office_access_sections_are_left_out_when_empty(client):
    page = page_of_type(AccessibilityStatementPage, "en")
    page.sign_language = ""
    page.save_revision().publish()
    soup = render(client, page)
    assert soup.select_one("#statement-sign-language") is None
    assert soup.select_one("#statement-building") is not None
