"""The exercise checks: `python3 manage.py test exercises.check_<name>` runs one. Named check_*.py so that
`python3 manage.py test` (the project's own tests) leaves them out until you ask for them."""
