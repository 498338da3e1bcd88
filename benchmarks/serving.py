"""Serving speed under gunicorn, printed (not asserted): `make bench` runs it on SQLite and on a throwaway
PostgreSQL (`scripts/with-postgres .venv/bin/python benchmarks/serving.py`).

It starts gunicorn with 2 workers (DEBUG off) on 127.0.0.1 against a fresh database with the real guide
content, then for each page drives a bounded load (CONCURRENCY connections, SECONDS seconds, one
keep-alive-less request after another, like `ab -c`) and prints requests per second and the ratio to
/health/ (target: every public page at least 50%). Then a guide PDF first and repeated (target ≤ 10 ms
repeated) and a workshop pack of every guide, every evidence page and the glossary in four languages,
cold and repeated (targets ≤ 60 s cold, ≤ 2 s repeated).
"""

import http.client
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PORT = int(os.environ.get("BENCH_PORT", "8765"))
CONCURRENCY = 4
SECONDS = float(os.environ.get("BENCH_SECONDS", "4"))
PAGES = [
    ("/health/", "/health/"),
    ("home", "/en/"),
    ("guide (en)", "/en/guides/envelope-and-postmark/"),
    ("guide (ar)", "/ar/guides/envelope-and-postmark/"),
    ("calculator result", "/en/deadlines/?decision=refusal&letter_date=2026-11-10&sent=2026-11-12"),
    ("glossary", "/en/glossary/"),
]


def get(path, timeout=300):
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
    connection.request("GET", path, headers={"Host": "127.0.0.1", "Accept-Encoding": "gzip"})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    if response.status == 302 and path.startswith("/en/print/"):
        # A pack not cached yet is laid out by a task (run in the request here: TESTING=1 below), then
        # the address sends the browser to the pack, now cached.
        return get(response.getheader("Location").removeprefix(f"http://127.0.0.1:{PORT}"), timeout)
    return response.status, body


def rate(path):
    """Requests per second over SECONDS with CONCURRENCY clients, each one request at a time."""
    done = [0] * CONCURRENCY
    failed = [0]
    stop = time.monotonic() + SECONDS

    def client(index):
        while time.monotonic() < stop:
            status, _body = get(path)
            if status == 200:
                done[index] += 1
            else:
                failed[0] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CONCURRENCY)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done) / (time.monotonic() - started), failed[0]


def timed(path):
    started = time.monotonic()
    status, body = get(path)
    return time.monotonic() - started, status, len(body)


def main():
    folder = Path(tempfile.mkdtemp())
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "bench-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "TESTING": "1",  # plain static storage: no collectstatic needed
        "BIND": f"127.0.0.1:{PORT}",
        "WEB_CONCURRENCY": "2",
    }
    env.setdefault("DATABASE_URL", f"sqlite:///{folder / 'bench.sqlite3'}")
    database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    manage = [PYTHON, str(ROOT / "manage.py")]
    # The commands are fixed here, not taken from input.
    subprocess.run([*manage, "migrate", "--verbosity", "0"], env=env, check=True, cwd=ROOT)  # noqa: S603
    subprocess.run([*manage, "load_guides", "--verbosity", "0"], env=env, check=True, cwd=ROOT)  # noqa: S603
    gunicorn = [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--access-logfile", "/dev/null"]
    server = subprocess.Popen(  # noqa: S603
        [*gunicorn, "selfhelp.wsgi"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        for _ in range(100):
            try:
                get("/health/", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        load = f"{CONCURRENCY} clients × {SECONDS:.0f} s each"
        print(f"\n## Serving on {database}: gunicorn, 2 workers, {load}")
        health = None
        for name, path in PAGES:
            get(path)  # warm: the first request fills the page cache
            per_second, failed = rate(path)
            health = health or per_second
            note = f", {failed} failed" if failed else ""
            print(f"{name:<20} {per_second:8.0f} req/s   {per_second / health:5.0%} of /health/{note}")

        print(f"\n## PDFs on {database}")
        first, status, size = timed("/en/guides/appeal-rights/pdf/")
        again = min(timed("/en/guides/appeal-rights/pdf/")[0] for _ in range(5))
        print(f"guide PDF: first {first * 1000:.0f} ms, repeated {again * 1000:.1f} ms ({size // 1024} KB)")
        pack = pack_address()
        first, status, size = timed(pack)
        again = min(timed(pack)[0] for _ in range(3))
        print(
            f"pack of every guide, evidence page and the glossary in en, ar, ti, fr: "
            f"cold {first:.1f} s, repeated {again:.2f} s ({size // 1024} KB, HTTP {status})"
        )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)


def pack_address():
    import gzip
    import re

    _status, page = get("/en/print/")
    page = (gzip.decompress(page) if page.startswith(b"\x1f\x8b") else page).decode()
    inputs = [re.sub(r"\s+", " ", tag) for tag in re.findall(r"<input[^>]*>", page, re.S)]

    def values(name):
        return [re.search(r'value="([^"]+)"', tag)[1] for tag in inputs if f'name="{name}"' in tag]

    guides, evidence = values("guides"), values("evidence")
    print(f"({len(guides)} guides, {len(evidence)} evidence pages)")
    query = [("guides", slug) for slug in guides] + [("evidence", slug) for slug in evidence]
    query += [("glossary", "on")] + [("languages", code) for code in ["en", "ar", "ti", "fr"]]
    return "/en/print/?" + urlencode(query)


if __name__ == "__main__":
    main()
