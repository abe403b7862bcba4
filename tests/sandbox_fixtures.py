"""Pytest fixtures that run the sandbox in-process (filled in by the sandbox work)."""
