from .choice import ACCEPTED, read_choice


def consent(request):
    choice = read_choice(request)
    return {
        "consent_choice": choice,
        "consent_external_allowed": choice == ACCEPTED,
    }
