#!/usr/bin/env python3
"""Loads a running claimcheck with synthetic articles, then times the store-wide queries.

Usage: store_load.py BASE_URL ARTICLES [REQUESTS]
  e.g. python3 src/test/bench/store_load.py http://localhost:8080 5000 100

Each synthetic article has ten sentences of the form "Officials in <place> said <n> <noun> <verb> <place> on
<date>.", that is twenty claims (a count and a date each), so 5,000 articles make 100,000 stored claims. The
articles go in through POST /api/articles/batch, a hundred at a time; then GET /api/conflicts and
GET /api/groups are requested REQUESTS times each and their latencies reported (the first request apart:
it builds what later ones reuse). Writes send CLAIMCHECK_ACCESS_API_KEY, if set, as X-API-Key. Standard library only.
"""
import json
import os
import random
import sys
import time
import urllib.request

NOUNS = ["soldiers", "people", "residents", "vehicles", "homes", "prisoners", "schools", "drones", "containers", "refugees"]
VERBS = ["were evacuated from", "were deployed to", "were destroyed in", "were counted in", "were released in", "arrived in"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def write_headers():
    """Writes carry the API key when CLAIMCHECK_ACCESS_API_KEY is set, as the packaged service requires."""
    headers = {"Content-Type": "application/json"}
    key = os.environ.get("CLAIMCHECK_ACCESS_API_KEY")
    if key:
        headers["X-API-Key"] = key
    return headers


def article(rng, places, i):
    here, there = rng.choice(places), rng.choice(places)
    sentences = []
    for _ in range(10):
        sentences.append(f"Officials in {here} said {rng.randint(20, 90000):,} {rng.choice(NOUNS)} "
                         f"{rng.choice(VERBS)} {there} on {rng.choice(MONTHS)} {rng.randint(1, 28)}, 2024.")
    return {"outlet": f"Outlet {i % 200}", "publishedAt": "2024-12-%02d" % (1 + i % 28), "text": " ".join(sentences)}


def timed(url, requests):
    times, size = [], 0
    for _ in range(requests):
        start = time.perf_counter()
        body = urllib.request.urlopen(url, timeout=300).read()
        times.append((time.perf_counter() - start) * 1000)
        size = len(body)
    rest = sorted(times[1:]) or times
    pick = lambda q: rest[min(len(rest) - 1, int(q * len(rest)))]
    print(f"{url}: first {times[0]:.0f} ms, then p50 {pick(0.5):.1f} ms, p95 {pick(0.95):.1f} ms "
          f"over {len(rest)} requests, body {size / 1e6:.2f} MB")


def main():
    base, count = sys.argv[1].rstrip("/"), int(sys.argv[2])
    requests = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    rng = random.Random(5)
    places = ["".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(4)).capitalize()
              for _ in range(3000)]
    start = time.time()
    for first in range(0, count, 100):
        batch = [article(rng, places, i) for i in range(first, min(count, first + 100))]
        request = urllib.request.Request(base + "/api/articles/batch", data=json.dumps({"articles": batch}).encode(),
                                         headers=write_headers())
        urllib.request.urlopen(request, timeout=600).read()
    print(f"{count} articles stored, claims extracted and grouped in {time.time() - start:.1f} s")
    timed(base + "/api/conflicts", requests)
    timed(base + "/api/groups?size=20", requests)
    timed(base + "/api/groups?status=CONFLICT&size=20", requests)


if __name__ == "__main__":
    main()
