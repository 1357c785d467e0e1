"""Check of the exercise "Validate titles, and prove it with your own tests": the API refuses bad titles, and your
tests in tasks/test_validation.py pass as the code is and fail when the validation is taken away."""
import unittest
from unittest import mock

from django.test import TestCase
from django.urls import reverse

from tasks.models import Task


def run_learner_tests() -> unittest.TestResult:
    suite = unittest.defaultTestLoader.loadTestsFromName("tasks.test_validation")
    result = unittest.TestResult()
    suite.run(result)
    return result


class TitleValidationCheck(TestCase):
    def test_api_refuses_blank_and_long_titles(self) -> None:
        for title in ["", "   ", "x" * 201]:
            response = self.client.post(reverse("tasks:list"), {"title": title}, content_type="application/json")
            self.assertEqual(response.status_code, 400, f"POST with title {title[:20]!r}…")
            self.assertIn("title", response.json().get("errors", {}), 'answer {"errors": {"title": [...]}}')
        self.assertEqual(Task.objects.count(), 0)

    def test_your_tests_pass(self) -> None:
        result = run_learner_tests()
        self.assertGreaterEqual(result.testsRun, 2, "write at least two tests in tasks/test_validation.py")
        self.assertTrue(result.wasSuccessful(), [str(problem[1])[-500:] for problem in result.failures + result.errors])

    def test_your_tests_catch_a_missing_validation(self) -> None:
        with mock.patch.object(Task, "full_clean", lambda self, *args, **kwargs: None):
            result = run_learner_tests()
        self.assertFalse(result.wasSuccessful(), "with Task.full_clean doing nothing, some test of yours should fail")
