"""The web UI and JSON API over a store (``wirecoder serve``); see ``app.create_app``."""
