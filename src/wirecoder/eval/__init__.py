"""Scoring wirecoder's output against gold files in the shared gold format."""
