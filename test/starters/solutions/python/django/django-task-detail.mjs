// Reference solution of python/django/django-task-detail: TaskDetailView (GET, PATCH, DELETE, JSON 404s) at
// /tasks/<int:pk>/, named tasks:detail.
export default [
  {
    file: 'tasks/views.py',
    replace: 'class TaskStatsView(View):',
    with: `@method_decorator(csrf_exempt, name="dispatch")
class TaskDetailView(View):
    def dispatch(self, request: HttpRequest, *args, **kwargs):
        self.task = Task.objects.filter(pk=kwargs["pk"]).first()
        if self.task is None:
            return JsonResponse({"error": f"no task {kwargs['pk']}"}, status=404)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request: HttpRequest, pk: int) -> JsonResponse:
        return JsonResponse(self.task.as_json())

    def patch(self, request: HttpRequest, pk: int) -> JsonResponse:
        body = read_json(request)
        if (
            body is None
            or ("title" in body and not isinstance(body["title"], str))
            or ("done" in body and not isinstance(body["done"], bool))
        ):
            return JsonResponse({"error": "send a JSON object with a string title and/or a boolean done"}, status=400)
        for field in ("title", "done"):
            if field in body:
                setattr(self.task, field, body[field])
        self.task.save()
        return JsonResponse(self.task.as_json())

    def delete(self, request: HttpRequest, pk: int) -> HttpResponse:
        self.task.delete()
        return HttpResponse(status=204)


class TaskStatsView(View):`,
  },
  {
    file: 'tasks/views.py',
    replace: 'from django.http import HttpRequest, JsonResponse',
    with: 'from django.http import HttpRequest, HttpResponse, JsonResponse',
  },
  {
    file: 'tasks/urls.py',
    replace: '    path("stats/", ',
    with: '    path("<int:pk>/", views.TaskDetailView.as_view(), name="detail"),\n    path("stats/", ',
  },
];
