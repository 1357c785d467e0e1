"""The JSON API, as class-based views: one class per URL, one method per HTTP verb."""
import json

from django.http import HttpRequest, JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from .models import Task
from .stats import task_stats


def read_json(request: HttpRequest) -> dict | None:
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


# A JSON API for scripts, not a form in a browser: CSRF protection guards cookie sessions, which it does not use.
@method_decorator(csrf_exempt, name="dispatch")
class TaskListView(View):
    def get(self, request: HttpRequest) -> JsonResponse:
        tasks = Task.objects.all()
        done = request.GET.get("done")
        if done in ("true", "false"):
            tasks = tasks.filter(done=done == "true")
        return JsonResponse([task.as_json() for task in tasks], safe=False)

    def post(self, request: HttpRequest) -> JsonResponse:
        body = read_json(request)
        if body is None or not isinstance(body.get("title"), str):
            return JsonResponse({"error": "send a JSON object with a string title"}, status=400)
        task = Task.objects.create(title=body["title"])
        return JsonResponse(task.as_json(), status=201)


class TaskStatsView(View):
    def get(self, request: HttpRequest) -> JsonResponse:
        return JsonResponse(task_stats())
