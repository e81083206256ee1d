"""Running the app with uvicorn: in the foreground for ``wirecoder serve``, or in a background
thread on a free port of 127.0.0.1 for tests and benchmarks."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import uvicorn
from fastapi import FastAPI


def serve(app: FastAPI, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve until interrupted."""
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)


def serve_in_background(app: FastAPI, timeout: float = 30.0) -> tuple[str, Callable[[], None]]:
    """Start ``app`` on 127.0.0.1 on a free port; returns its base URL and a function that stops it."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                                           access_log=False, server_header=False))
    thread = threading.Thread(target=server.run, name="wirecoder-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the web server did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]

    def stop() -> None:
        server.should_exit = True
        thread.join(timeout)

    return f"http://127.0.0.1:{port}", stop
