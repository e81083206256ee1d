"""HTTP(S) downloads for inputs named by URL and for the pages feed items link to.

News servers are slow, flaky and sometimes hostile, so every download has timeouts, a size
limit enforced while streaming (a lying or missing Content-Length cannot make us hold more than
``max_bytes``), and a few retries with backoff when the server may recover (connection failures,
5xx, 429); a 4xx is the server's answer and is not asked again. Failures are ``InputError``s
naming the URL, like any other unreadable input.
"""

from __future__ import annotations

import logging
import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version

import httpx

from wirecoder.errors import InputError
from wirecoder.ingest.base import ReadOptions, is_url

log = logging.getLogger(__name__)

_MAX_WAIT = 60.0  # longest Retry-After we honour, in seconds


def user_agent() -> str:
    """The User-Agent we announce, with the installed version."""
    try:
        return f"wirecoder/{version('wirecoder')}"
    except PackageNotFoundError:
        return "wirecoder/dev"


@dataclass(frozen=True)
class FetchPolicy:
    """How patiently to download."""

    timeout: httpx.Timeout = field(default_factory=lambda: httpx.Timeout(30.0, connect=10.0))
    attempts: int = 3
    backoff: float = 1.0  # seconds before the second attempt, doubled for each later one


@dataclass(frozen=True)
class Fetched:
    """A downloaded body with the URL it finally came from (after redirects)."""

    content: bytes
    url: str
    content_type: str  # the media type, lower case, without parameters ("" if none was given)


class _Retry(Exception):
    """A failure worth another attempt."""

    def __init__(self, reason: str, wait: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


def open_client() -> httpx.Client:
    """An HTTP client to share across many fetches (one connection pool)."""
    return httpx.Client(headers={"User-Agent": user_agent()}, follow_redirects=True, max_redirects=10)


def policy_for(options: ReadOptions) -> FetchPolicy:
    """The download policy the read options ask for (``timeout``, ``attempts``)."""
    return FetchPolicy(timeout=httpx.Timeout(options.timeout, connect=min(10.0, options.timeout)),
                       attempts=options.attempts)


def fetch(url: str, options: ReadOptions, *, client: httpx.Client | None = None,
          policy: FetchPolicy | None = None) -> Fetched:
    """Download one URL; raises InputError(url, reason) when it cannot be had."""
    if not is_url(url):
        raise InputError(url, "not an http(s) URL")
    policy = policy or policy_for(options)
    with nullcontext(client) if client is not None else open_client() as http:
        for attempt in range(1, policy.attempts + 1):
            try:
                return _get(http, url, options.max_bytes, policy.timeout)
            except _Retry as exc:
                if attempt == policy.attempts:
                    raise InputError(url, f"{exc.reason} (gave up after {attempt} attempts)") from None
                wait = exc.wait if exc.wait is not None else policy.backoff * 2 ** (attempt - 1)
                log.info("%s: %s; retrying in %.1f s", url, exc.reason, wait)
                time.sleep(wait)
    raise InputError(url, "no attempts allowed (FetchPolicy.attempts < 1)")


def _get(http: httpx.Client, url: str, max_bytes: int, timeout: httpx.Timeout) -> Fetched:
    try:
        with http.stream("GET", url, timeout=timeout) as response:
            _check_status(response, url)
            content = _body(response, url, max_bytes)
            media = response.headers.get("content-type", "").split(";")[0].strip().lower()
            return Fetched(content, str(response.url), media)
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise _Retry(f"cannot connect ({_describe(exc)})") from None
    except httpx.TimeoutException as exc:
        raise InputError(url, f"timed out ({_describe(exc)})") from None
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise InputError(url, f"download failed ({_describe(exc)})") from None


def _describe(exc: Exception) -> str:
    return str(exc) or type(exc).__name__


def _check_status(response: httpx.Response, url: str) -> None:
    code = response.status_code
    if code == 429 or code >= 500:
        raise _Retry(f"HTTP {code} {response.reason_phrase}", _retry_after(response))
    if not response.is_success:
        raise InputError(url, f"HTTP {code} {response.reason_phrase}")


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "").strip()
    return min(float(value), _MAX_WAIT) if value.isdigit() else None


def _body(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    """The (decompressed) body, refused as soon as it passes max_bytes."""
    too_big = InputError(url, f"larger than max_bytes ({max_bytes:,} bytes)")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_big
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > max_bytes:
            raise too_big
    return bytes(body)
