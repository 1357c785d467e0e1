// Reference solution of python/django/django-title-validation: POST strips the title and validates the task with
// full_clean() (400 with the errors), and tasks/test_validation.py proves it.
export default [
  {
    file: 'tasks/views.py',
    replace: '        task = Task.objects.create(title=body["title"])\n',
    with: `        task = Task(title=body["title"].strip())
        try:
            task.full_clean()
        except ValidationError as error:
            return JsonResponse({"errors": error.message_dict}, status=400)
        task.save()
`,
  },
  {
    file: 'tasks/views.py',
    replace: 'from django.http import',
    with: 'from django.core.exceptions import ValidationError\nfrom django.http import',
  },
  {
    file: 'tasks/test_validation.py',
    content: `from django.test import TestCase
from django.urls import reverse

from .models import Task


class TitleValidationTests(TestCase):
    def post(self, title: str):
        return self.client.post(reverse("tasks:list"), {"title": title}, content_type="application/json")

    def test_refuses_a_blank_title(self) -> None:
        response = self.post("   ")
        self.assertEqual(response.status_code, 400)
        self.assertIn("title", response.json()["errors"])
        self.assertEqual(Task.objects.count(), 0)

    def test_refuses_a_title_longer_than_the_column(self) -> None:
        self.assertEqual(self.post("x" * 201).status_code, 400)
        self.assertEqual(Task.objects.count(), 0)

    def test_keeps_a_good_title_stripped(self) -> None:
        self.assertEqual(self.post("  Learn Django ").status_code, 201)
        self.assertEqual(Task.objects.get().title, "Learn Django")
`,
  },
];
