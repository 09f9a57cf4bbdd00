"""schema.org JSON-LD for directory entries, safe to put inside <script>."""

import json

from django.utils.safestring import mark_safe

from . import countries

# Characters that could end the <script> element or start a comment/CDATA.
UNSAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def script_json(data):
    """JSON for a ``<script type="application/ld+json">``: ``</`` cannot close it."""
    return mark_safe(
        json.dumps(data, ensure_ascii=False, indent=None).translate(UNSAFE)
    )


def consulate_data(consulate, language, page_url=""):
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOffice",
        "name": consulate.display_name,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": consulate.street_address,
            "postalCode": consulate.postal_code,
            "addressLocality": consulate.locality,
            "addressCountry": "PL",
        },
        "parentOrganization": {
            "@type": "GovernmentOrganization",
            "name": countries.country_name(consulate.country, language),
            "address": {
                "@type": "PostalAddress",
                "addressCountry": consulate.country,
            },
        },
        "inLanguage": language,
    }
    if page_url:
        data["@id"] = f"{page_url}#{consulate.anchor}"
    if consulate.phone:
        data["telephone"] = consulate.phone
    if consulate.email:
        data["email"] = consulate.email
    if consulate.website:
        data["url"] = consulate.website
    if consulate.opening_hours_list:
        data["openingHours"] = consulate.opening_hours_list
    if consulate.office_hours:
        data["description"] = consulate.office_hours
    if consulate.head_of_post:
        person = {"@type": "Person", "name": consulate.head_of_post}
        if consulate.head_title:
            person["jobTitle"] = consulate.head_title
        data["employee"] = person
    return data


def consulate_json_ld(consulate, language, page_url=""):
    return script_json(consulate_data(consulate, language, page_url))
