from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import listing
from .models import Consulate, NationalDay, PartnerCity

GREETING_HORIZON_DAYS = 14


class NationalDayViewSet(SnippetViewSet):
    model = NationalDay
    icon = "date"
    menu_label = _("National days")
    list_display = ["name", "country_name", "date_rule_display", "locale"]
    list_filter = ["rule"]
    search_fields = ["name", "description"]
    ordering = ["month", "day"]


class PartnerCityViewSet(SnippetViewSet):
    model = PartnerCity
    icon = "site"
    menu_label = _("Partner cities")
    list_display = ["name", "country_name", "agreement_type", "year_signed", "locale"]
    list_filter = ["agreement_type"]
    search_fields = ["name", "description"]


class ConsulateViewSet(SnippetViewSet):
    model = Consulate
    icon = "home"
    menu_label = _("Consulates")
    list_display = ["display_name", "country_name", "kind", "locale"]
    list_filter = ["kind"]
    search_fields = ["name", "head_of_post", "street_address"]


class DirectoryGroup(SnippetViewSetGroup):
    items = (NationalDayViewSet, PartnerCityViewSet, ConsulateViewSet)
    menu_icon = "globe"
    menu_label = _("Directory")
    menu_name = "directory"
    menu_order = 250


register_snippet(DirectoryGroup)


def missing_greetings():
    return listing.missing_greetings(
        timezone.localdate(),
        days=GREETING_HORIZON_DAYS,
        admin_language=translation.get_language(),
    )


class MissingGreetingsView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Greetings due")
    page_subtitle = _("National days in the next 14 days without a greeting article")
    header_icon = "date"
    template_name = "directory/admin/missing_greetings.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = missing_greetings()
        context["days"] = GREETING_HORIZON_DAYS
        return context


class MissingGreetingsPanel(Component):
    name = "missing_greetings"
    order = 150
    template_name = "directory/admin/missing_greetings_panel.html"

    def get_context_data(self, parent_context):
        return {
            "rows": missing_greetings(),
            "days": GREETING_HORIZON_DAYS,
            "full_url": reverse("directory_missing_greetings"),
        }


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "directory/greetings-due/",
            MissingGreetingsView.as_view(),
            name="directory_missing_greetings",
        )
    ]


@hooks.register("register_admin_menu_item")
def register_missing_greetings_menu_item():
    return MenuItem(
        _("Greetings due"),
        reverse("directory_missing_greetings"),
        icon_name="date",
        order=260,
    )


@hooks.register("construct_homepage_panels")
def add_missing_greetings_panel(request, panels):
    panels.append(MissingGreetingsPanel())
