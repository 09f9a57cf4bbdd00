import pytest
from bs4 import BeautifulSoup

from hejnal.conftest import LANGUAGES, page_of_type
from hejnal.core.models import BrandSettings
from hejnal.pages.models import AccessibilityStatementPage

SECTIONS = [
    "statement-status",
    "statement-content",
    "statement-preparation",
    "statement-feedback",
    "statement-enforcement",
]


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
