"""Counting attempts per address, for what django-axes does not cover: sign-ups, and share codes.

``attempt(request, kind, limit)`` counts one attempt of ``kind`` from the request's address in the
current hour and says whether it is still within ``limit``. The counts live in the default cache, which
settings make the database cache: every app process (and every machine sharing the database) sees the
same counts, so running more processes does not multiply the limit. The address is the one django-axes
uses (behind a proxy, ``PROXY_COUNT`` says which forwarded address to believe), kept only as a keyed
hash, and only for the hour.
"""

import hashlib
import hmac
import time

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.core.cache import cache

HOUR = 60 * 60


def _key(request, kind: str, window: int) -> str:
    address = get_client_ip_address(request) or "unknown"
    digest = hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[:32]
    return f"throttle:{kind}:{window}:{digest}"


def count(request, kind: str) -> int:
    """Attempts of this kind from this address in the current hour."""
    return cache.get(_key(request, kind, int(time.time() // HOUR)), 0)


def attempt(request, kind: str, limit: int) -> bool:
    """Count one attempt; True while this address has made no more than ``limit`` this hour."""
    key = _key(request, kind, int(time.time() // HOUR))
    cache.add(key, 0, HOUR + 60)
    try:
        made = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, HOUR + 60)
        made = 1
    return made <= limit


def over(request, kind: str, limit: int) -> bool:
    """Whether this address has already made ``limit`` attempts this hour (nothing is counted)."""
    return count(request, kind) >= limit
