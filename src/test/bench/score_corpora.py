#!/usr/bin/env python3
"""Scores every annotated corpus through both ways into claimcheck: the stateless analysis and the store.

Usage (from the project root, after ./mvnw package -DskipTests):
  python3 src/test/bench/score_corpora.py [CORPUS_DIR ...] [--scorer PATH] [--models DIR] [--json OUT]
                                          [--floors "grouping_f1=0.6,conflict_recall=0.5,..."] [--verbose]

CORPUS_DIR defaults to every directory holding gold.json under ../shared/eval/corpus/ and claims-fixtures/corpora/.
For each corpus the packaged service (java -jar target/quarkus-app/quarkus-run.jar) is started on a free port, on a
fresh H2 database in a temporary directory, with a random API key, and, with --models DIR, with
-Dclaimcheck.grouping.model-file=DIR/<corpus name>.properties. Once /q/health/ready answers, the corpus is scored
along two paths, with score() of the shared scorer (--scorer, default ../shared/eval/score.py):

  analyze  every article in one POST /api/analyze, the report scored as score.py scores it;
  store    the articles stored with POST /api/articles/batch, then the stored groups read back (GET /api/groups
           page by page, GET /api/groups/{id} for each) and put in the report's shape: the articles in corpus
           order with their stored ids, the groups with their id, status and claims (articleId, start, end, value).

Then the service is stopped. One table is printed: a row per corpus and path, and the means per path (over the
corpora that have the figure: conflict recall and consistent kept are n/a where the gold has no such group).
--json OUT writes every figure. --floors makes the exit status 1 when a path's mean is below a floor; a floor is
metric=value (every path) or path.metric=value (one path), metrics being mentions, values, grouping_precision,
grouping_recall, grouping_f1, conflict_recall, consistent_kept. A corpus that cannot be scored (the service does
not start, a request fails) is reported and also makes the exit status 1. Standard library only.
"""
import argparse
import importlib.util
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
PATHS = ("analyze", "store")
METRICS = ("mentions", "values", "grouping_precision", "grouping_recall", "grouping_f1", "conflict_recall",
           "consistent_kept")
READY_TIMEOUT = 180


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("claimcheck_score", path)
    if spec is None or not os.path.isfile(path):
        raise SystemExit(f"no scorer at {path} (--scorer)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def default_corpora():
    found = []
    for parent in (os.path.join(ROOT, "..", "shared", "eval", "corpus"), os.path.join(ROOT, "claims-fixtures", "corpora")):
        if not os.path.isdir(parent):
            print(f"note: no corpora at {os.path.normpath(parent)}", file=sys.stderr)
            continue
        for name in sorted(os.listdir(parent)):
            directory = os.path.join(parent, name)
            if os.path.isfile(os.path.join(directory, "gold.json")):
                found.append(os.path.normpath(directory))
    return found


def display(path):
    """A corpus path as the table shows it: relative to the project root."""
    return os.path.relpath(os.path.abspath(path), ROOT)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def java_command():
    home = os.environ.get("JAVA_HOME")
    if home and os.path.isfile(os.path.join(home, "bin", "java")):
        return os.path.join(home, "bin", "java")
    java = shutil.which("java")
    if not java:
        raise SystemExit("no java on PATH (or in JAVA_HOME)")
    return java


class Service:
    """The packaged service on its own port and H2 database, in a temporary working directory."""

    def __init__(self, jar, model_file=None, keep=False):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.key = secrets.token_hex(24)
        self.workdir = tempfile.mkdtemp(prefix="claimcheck-score-")
        self.keep = keep
        self.log_path = os.path.join(self.workdir, "service.log")
        command = [java_command(), f"-Dquarkus.http.port={self.port}", "-Dquarkus.http.host=127.0.0.1"]
        if model_file:
            command.append(f"-Dclaimcheck.grouping.model-file={model_file}")
        command += ["-jar", jar]
        env = dict(os.environ)
        env["CLAIMCHECK_ACCESS_API_KEY"] = self.key
        env["QUARKUS_DATASOURCE_JDBC_URL"] = (
            f"jdbc:h2:file:{os.path.join(self.workdir, 'data', 'claimcheck')};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")
        env.pop("CLAIMCHECK_FIXTURES_LOAD_ON_START", None)
        self.log = open(self.log_path, "wb")
        self.process = subprocess.Popen(command, cwd=self.workdir, env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL)

    def wait_ready(self):
        started = time.monotonic()
        status = None
        while time.monotonic() - started < READY_TIMEOUT:
            if self.process.poll() is not None:
                raise RuntimeError(f"the service exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.base + "/q/health/ready", timeout=10) as resp:
                    if resp.status == 200:
                        return time.monotonic() - started
            except urllib.error.HTTPError as e:
                status = f"{e.code} {e.read().decode('utf-8', 'replace')[:2000]}"
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.25)
        raise RuntimeError(f"not ready within {READY_TIMEOUT} s (last answer: {status}):\n{self.log_tail()}")

    def log_text(self):
        self.log.flush()
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def log_tail(self, lines=40):
        return "\n".join(self.log_text().splitlines()[-lines:])

    def request(self, method, path, body=None, write=False):
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if write:
            headers["X-API-Key"] = self.key
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=600) as resp:
                return json.load(resp)
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"{method} {path} answered {e.code}: {e.read().decode('utf-8', 'replace')[:2000]}")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        if not self.keep:
            shutil.rmtree(self.workdir, ignore_errors=True)


def article_key(article_id):
    """A stored article's id as a string, whether written 12 or "a12"."""
    text = str(article_id)
    return text[1:] if text.startswith("a") else text


def stored_report(service, articles, warnings):
    """Stores the articles, reads the stored groups back and writes them in the shape score() reads."""
    submissions = [{"outlet": a["outlet"], "url": a["url"], "publishedAt": a["publishedAt"], "text": a["text"],
                    "format": "text"} for a in articles]
    batch = service.request("POST", "/api/articles/batch", {"articles": submissions}, write=True)
    ids = [article_key(item["article"]["id"]) for item in batch["items"]]
    if len(set(ids)) != len(ids):
        warnings.append("the store took two corpus articles for one (same URL, or same outlet and text)")
    for article, article_id in zip(articles, ids):
        stored = service.request("GET", f"/api/articles/{article_id}")
        if stored.get("text") != article["text"]:
            warnings.append(f"{article['file']}: the stored text differs from the one sent; spans may be off")

    groups = []
    page = 0
    while True:
        listing = service.request("GET", f"/api/groups?page={page}&size=100")
        for item in listing["items"]:
            detail = service.request("GET", "/api/groups/" + urllib.parse.quote(str(item["id"]), safe=""))
            groups.append({
                "id": detail["id"], "status": detail["status"],
                "claims": [{"articleId": article_key(c["articleId"]), "start": c["start"], "end": c["end"],
                            "value": c["value"]} for c in detail["claims"]],
            })
        page += 1
        if page >= listing["totalPages"]:
            break
    return {"articles": [{"id": article_id} for article_id in ids], "groups": groups}


def score_corpus(scorer, directory, jar, models, verbose, keep):
    """Figures of both paths for one corpus, and the warnings met."""
    name = os.path.basename(os.path.normpath(directory))
    articles, gold = scorer.read_corpus(directory)
    model_file = None
    if models:
        model_file = os.path.abspath(os.path.join(models, name + ".properties"))
        if not os.path.isfile(model_file):
            raise RuntimeError(f"no grouping model for {name}: {model_file} does not exist")
    service = Service(jar, model_file, keep)
    results, warnings = {}, []
    try:
        ready = service.wait_ready()
        print(f"  ready in {ready:.1f} s on port {service.port}", file=sys.stderr)
        for path in PATHS:
            started = time.monotonic()
            if path == "analyze":
                report = scorer.analyze(service.base, articles)
            else:
                report = stored_report(service, articles, warnings)
            if verbose:
                print(f"== {display(directory)} {path}")
            try:
                figures = scorer.score(articles, gold, report, verbose)
            except SystemExit as e:  # the scorer exits on a report it cannot read
                raise RuntimeError(f"{path}: score.py refused the report: {e}")
            figures["seconds"] = round(time.monotonic() - started, 2)
            results[path] = figures
        errors = [line for line in service.log_text().splitlines() if " ERROR " in line or "cannot run here" in line]
        warnings += [f"service log: {line[:300]}" for line in errors[:5]]
        if keep:
            warnings.append(f"service directory kept: {service.workdir}")
    finally:
        service.stop()
    return results, warnings


def mean(values):
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def parse_floors(spec):
    floors = {}
    for part in filter(None, (p.strip() for p in (spec or "").split(","))):
        key, sep, value = part.partition("=")
        key = key.strip()
        path, dot, metric = key.rpartition(".")
        if not sep or metric not in METRICS or (dot and path not in PATHS):
            raise SystemExit(f"--floors: cannot read {part!r}; write metric=value or path.metric=value, metric one of "
                             f"{', '.join(METRICS)}, path one of {', '.join(PATHS)}")
        try:
            floors[(path or None, metric)] = float(value)
        except ValueError:
            raise SystemExit(f"--floors: {value!r} is not a number")
    return floors


def table(rows, means):
    fmt = lambda x: "n/a" if x is None else f"{x:.2f}"
    header = ["corpus", "path", "mentions", "values", "grouping P / R / F1", "conflict recall", "consistent kept"]
    lines = []
    for corpus, path, f in rows + [("mean", path, m) for path, m in means.items()]:
        if f is None:
            lines.append([corpus, path, "failed", "", "", "", ""])
            continue
        lines.append([corpus, path, fmt(f["mentions"]), fmt(f["values"]),
                      f"{fmt(f['grouping_precision'])} / {fmt(f['grouping_recall'])} / {fmt(f['grouping_f1'])}",
                      fmt(f["conflict_recall"]), fmt(f["consistent_kept"])])
    widths = [max(len(str(r[i])) for r in [header] + lines) for i in range(len(header))]
    out = ["  ".join(str(c).ljust(w) for c, w in zip(header, widths)).rstrip(),
           "  ".join("-" * w for w in widths)]
    for i, line in enumerate(lines):
        if line[0] == "mean" and (i == 0 or lines[i - 1][0] != "mean"):
            out.append("  ".join("-" * w for w in widths))
        out.append("  ".join(str(c).ljust(w) for c, w in zip(line, widths)).rstrip())
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="*", help="corpus directories (default: every one with gold.json in the usual places)")
    ap.add_argument("--scorer", default=os.path.join(ROOT, "..", "shared", "eval", "score.py"),
                    help="the shared score.py (default: ../shared/eval/score.py from the project root)")
    ap.add_argument("--jar", default=os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar"),
                    help="the packaged service (default: target/quarkus-app/quarkus-run.jar)")
    ap.add_argument("--models", help="directory of per-corpus grouping weights, <corpus name>.properties")
    ap.add_argument("--json", help="write every figure to this file")
    ap.add_argument("--floors", help='e.g. "grouping_f1=0.6,store.conflict_recall=0.5": exit 1 below them')
    ap.add_argument("--keep", action="store_true", help="keep each service's directory (database and log)")
    ap.add_argument("--verbose", "-v", action="store_true", help="score.py's list of misses, per corpus and path")
    args = ap.parse_args()

    floors = parse_floors(args.floors)
    scorer = load_scorer(os.path.abspath(args.scorer))
    jar = os.path.abspath(args.jar)
    if not os.path.isfile(jar):
        raise SystemExit(f"no packaged service at {jar}: run ./mvnw package -DskipTests first")
    corpora = args.corpora or default_corpora()
    if not corpora:
        raise SystemExit("no corpora to score")

    rows, record, failures = [], [], []
    for directory in corpora:
        label = display(directory)
        print(f"{label}", file=sys.stderr)
        try:
            results, warnings = score_corpus(scorer, directory, jar, args.models, args.verbose, args.keep)
        except (RuntimeError, OSError, urllib.error.URLError, ValueError, KeyError) as e:
            print(f"  FAILED: {e}", file=sys.stderr)
            failures.append({"corpus": label, "error": str(e)})
            rows += [(label, path, None) for path in PATHS]
            continue
        for warning in warnings:
            print(f"  warning: {warning}", file=sys.stderr)
        for path in PATHS:
            rows.append((label, path, results[path]))
            record.append({"corpus": label, "path": path, "figures": results[path]})
        if warnings:
            record[-1]["warnings"] = warnings

    means = {}
    for path in PATHS:
        scored = [f for _, p, f in rows if p == path and f is not None]
        means[path] = {m: mean([f[m] for f in scored]) for m in METRICS} if scored else None

    print(table(rows, means))

    below = []
    for (path, metric), floor in floors.items():
        for p in ([path] if path else PATHS):
            value = means[p][metric] if means[p] else None
            if value is None or value < floor:
                below.append(f"{p} mean {metric} = {'n/a' if value is None else f'{value:.3f}'} is below the floor {floor}")
    for line in below:
        print(f"FLOOR: {line}", file=sys.stderr)
    for failure in failures:
        print(f"FAILED: {failure['corpus']}: {failure['error'].splitlines()[0]}", file=sys.stderr)

    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"corpora": record, "means": means,
                       "floors": {(f"{p}." if p else "") + m: v for (p, m), v in floors.items()},
                       "below_floors": below, "failures": failures}, f, indent=2)
    sys.exit(1 if below or failures else 0)


if __name__ == "__main__":
    main()
