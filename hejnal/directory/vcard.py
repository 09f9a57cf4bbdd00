"""vCard 4.0 (RFC 6350) for a consulate.

Written by hand because it is short: text values escape backslash, comma,
semicolon and newline (section 3.4); structured values (N, ADR) escape each
component; lines end in CRLF and are folded at 75 octets without splitting a
UTF-8 character (section 3.2).
"""

import datetime

from django.utils import timezone

from . import countries

PRODID = "-//Hejnal//Consular corps//EN"


def escape_text(value):
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def structured(*components):
    return ";".join(escape_text(component or "") for component in components)


def fold(line):
    """Fold a content line into chunks of at most 75 octets (RFC 6350, 3.2)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, current, limit = [], b"", 75
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            parts.append(current.decode("utf-8"))
            current, limit = b"", 74  # continuation lines start with a space
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def consulate_vcard(consulate, language):
    """The consulate's vCard, its texts in the given language, as bytes."""
    name = consulate.display_name
    notes = []
    if consulate.head_of_post:
        notes.append(
            f"{consulate.head_title}: {consulate.head_of_post}"
            if consulate.head_title
            else consulate.head_of_post
        )
    if consulate.office_hours:
        notes.append(consulate.office_hours)
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"PRODID:{PRODID}",
        "KIND:org",
        f"UID:urn:uuid:{consulate.translation_key}",
        f"LANG:{language}",
        f"FN:{escape_text(name)}",
        f"ORG:{escape_text(name)}",
        "ADR;TYPE=work:"
        + structured(
            "",
            "",
            consulate.street_address,
            consulate.locality,
            "",
            consulate.postal_code,
            countries.country_name("PL", language),
        ),
    ]
    if consulate.phone:
        lines.append(f'TEL;VALUE=uri;TYPE="work,voice":{consulate.phone_uri}')
    if consulate.email:
        lines.append(f"EMAIL;TYPE=work:{escape_text(consulate.email)}")
    if consulate.website:
        lines.append(f"URL:{consulate.website}")
    if notes:
        lines.append(f"NOTE:{escape_text(chr(10).join(notes))}")
    stamp = (consulate.updated_at or timezone.now()).astimezone(datetime.UTC)
    lines.append(f"REV:{stamp:%Y%m%dT%H%M%SZ}")
    lines.append("END:VCARD")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")
