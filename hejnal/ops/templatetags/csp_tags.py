"""``{% inline_code "script" %}…{% endinline_code %}``: an inline ``<script>`` or
``<style>`` allowed by the Content-Security-Policy through the hash of its text
(see hejnal/ops/security_headers.py)."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from hejnal.ops.security_headers import allow_inline

register = template.Library()

DIRECTIVES = {"script": "script-src", "style": "style-src"}


@register.tag("inline_code")
def do_inline_code(parser, token):
    bits = token.split_contents()
    if len(bits) != 2 or bits[1].strip("\"'") not in DIRECTIVES:
        raise template.TemplateSyntaxError(
            '{% inline_code "script" %} or {% inline_code "style" %}'
        )
    nodelist = parser.parse(("endinline_code",))
    parser.delete_first_token()
    return InlineCodeNode(bits[1].strip("\"'"), nodelist)


class InlineCodeNode(template.Node):
    def __init__(self, element, nodelist):
        self.element = element
        self.nodelist = nodelist

    def render(self, context):
        text = self.nodelist.render(context)
        allow_inline(context.get("request"), DIRECTIVES[self.element], text)
        return format_html("<{0}>{1}</{0}>", self.element, mark_safe(text))
