"""Tests for wirecoder.lexicon."""
