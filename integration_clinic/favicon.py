"""/favicon.ico: browsers ask for it at the site's root whatever the page's <link> says,
and a 404 for it on every page would fill the logs."""

from django.conf import settings
from django.http import FileResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

FAVICON = settings.BASE_DIR / "static" / "favicon.ico"


@require_safe
@cache_control(public=True, max_age=7 * 24 * 60 * 60)
def favicon(request):
    return FileResponse(FAVICON.open("rb"), content_type="image/x-icon")
