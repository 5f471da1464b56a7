"""Widgets and helpers every room uses: the look, messages, plurals, table models, phase tables."""
