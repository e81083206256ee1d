"""Dictionaries and gazetteers that the annotators look words up in."""
