"""Evaluation: entering forms (paper or pass-the-laptop), results, and their charts."""
