from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from hejnal.ops.throttle import throttled

from . import engine
from .forms import SearchForm, language_codes


def _request_from(form, language):
    data = form.cleaned_data
    return engine.SearchRequest(
        q=data["q"],
        language=language,
        category=data["category"],
        date_from=data["date_from"],
        date_to=data["date_to"],
        sort=data["sort"],
        scope=data["scope"],
        page=data["page"],
        category_ids=getattr(form, "category_ids", None),
    )


PUBLIC_NAMES = {"date_from": "from", "date_to": "to", "__all__": "query"}


def _errors(form):
    return {
        PUBLIC_NAMES.get(name, name): [str(message) for message in messages]
        for name, messages in form.errors.items()
    }


def _valid(form, request):
    """The form is valid and its category, if any, exists in some language."""
    if not form.is_valid():
        return False
    slug = form.cleaned_data.get("category")
    if slug:
        # Kept for the search itself, which would otherwise look them up again.
        form.category_ids = engine.category_ids(slug, request)
        if not form.category_ids:
            form.add_error("category", _("There is no such category."))
    return form.is_valid()


@require_safe
@throttled("search", "HEJNAL_SEARCH_RATE")
def search_page(request):
    language = translation.get_language()
    categories = engine.category_choices(language, request)
    form = SearchForm(request.GET, categories=categories)
    context = {
        "form": form,
        "categories": categories,
        "search_query": request.GET.get("q", "")[:200],
        "outcome": None,
    }
    params = request.GET.copy()
    params.pop("page", None)
    context["base_query"] = params.urlencode()
    status = 200
    if _valid(form, request):
        search = _request_from(form, language)
        context["search"] = search
        context["outcome"] = engine.run(search, request)
    else:
        status = 400
    return render(request, "search/search_page.html", context, status=status)


@require_safe
@throttled("search", "HEJNAL_SEARCH_RATE", json=True)
def search_api(request):
    language = request.GET.get("locale") or settings.LANGUAGE_CODE
    if language not in language_codes():
        message = _("Unknown language: choose one of %(codes)s.") % {
            "codes": ", ".join(language_codes())
        }
        return JsonResponse({"errors": {"locale": [message]}}, status=400)
    form = SearchForm(request.GET)
    if not _valid(form, request):
        return JsonResponse({"errors": _errors(form)}, status=400)
    with translation.override(language):
        outcome = engine.run(_request_from(form, language), request)
    return JsonResponse(
        {
            "count": outcome.count,
            "page": outcome.page,
            "num_pages": outcome.num_pages,
            "partial": outcome.partial,
            "suggestion": outcome.suggestion,
            "results": [
                {
                    "title": result.title,
                    "url": result.full_url,
                    "locale": result.locale,
                    "date": result.date.isoformat() if result.date else None,
                    "category": result.category,
                    "lead": result.lead,
                    "highlight": str(result.highlight),
                    "score": result.score,
                }
                for result in outcome.results
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )
