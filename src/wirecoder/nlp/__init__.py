"""spaCy: load the pipeline once per process, parse each article paragraph by paragraph."""
