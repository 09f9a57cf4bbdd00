from django.db import models


class ContentChange(models.Model):
    """One row per change that can alter the site's chrome (menus, homes, links).

    The newest row's token versions everything ``hejnal.core.shared_cache``
    keeps between requests. Rows are only ever added (an insert takes no lock
    that a concurrent publish could wait on) and written inside the change's
    own transaction, so the new version becomes visible exactly when the
    content does, in every process; a rolled-back change leaves no token behind.
    """

    token = models.CharField(max_length=32)
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "content change"

    def __str__(self):
        return f"{self.token} at {self.changed_at:%Y-%m-%d %H:%M:%S}"
