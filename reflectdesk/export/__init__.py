"""PDF, CSV and archive exports (no Qt)."""
