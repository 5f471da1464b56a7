"""Pure-Python domain logic: no Qt, no SQLAlchemy (enforced by import-linter)."""
