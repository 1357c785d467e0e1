from django.db import models


class Task(models.Model):
    title = models.CharField(max_length=200)
    done = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.title

    def as_json(self) -> dict:
        return {"id": self.id, "title": self.title, "done": self.done, "created_at": self.created_at.isoformat()}
