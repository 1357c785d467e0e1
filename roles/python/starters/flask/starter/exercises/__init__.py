"""The exercise checks (see the README's Exercises section). Plain `pytest` runs only tests/; run a check with
the command its exercise shows, e.g. `python3 -m pytest exercises/test_task_detail.py`."""
