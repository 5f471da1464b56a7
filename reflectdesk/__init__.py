"""ReflectDesk: a desktop companion for facilitators of reflective-practice groups."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Looked up on demand: importlib.metadata costs tens of milliseconds at start-up.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("reflectdesk")
        except PackageNotFoundError:  # a checkout that was never installed
            return "0.0.0+checkout"
    raise AttributeError(f"module 'reflectdesk' has no attribute {name!r}")
