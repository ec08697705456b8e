"""Input no view should ever see.

PostgreSQL refuses a NUL character in any text value, so a NUL that reaches a query turns
into a server error wherever it lands: a search box, a token in a URL, a session cookie.
No real input carries one, so the request is refused here, once, with a 400 that says why.
"""

from django.http import HttpResponseBadRequest, JsonResponse

NUL = "\x00"
NUL_MESSAGE = "The request contains a NUL character (%00), which is never valid input."


def _has_nul(values) -> bool:
    return any(NUL in value for value in values)


def request_has_nul(request) -> bool:
    if NUL in request.path_info:
        return True
    for key, values in request.GET.lists():
        if NUL in key or _has_nul(values):
            return True
    if _has_nul(request.COOKIES.values()):
        return True
    if request.method == "POST" and request.content_type in (
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    ):
        for key, values in request.POST.lists():
            if NUL in key or _has_nul(values):
                return True
    return False


class RejectNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request_has_nul(request):
            if request.path_info.startswith("/api/"):
                return JsonResponse({"detail": NUL_MESSAGE}, status=400)
            return HttpResponseBadRequest(NUL_MESSAGE, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
