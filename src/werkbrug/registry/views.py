from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from werkbrug.registry import services


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "registry/home.html", {"counts": services.counts()})
