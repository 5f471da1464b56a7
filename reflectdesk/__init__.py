"""ReflectDesk: a desktop companion for facilitators of reflective-practice groups."""

# The single source of the version (pyproject.toml reads it through hatch), kept as a
# plain constant because importlib.metadata costs tens of milliseconds at start-up.
__version__ = "0.1.0"
