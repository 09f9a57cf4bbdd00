"""Load on the production stack, measured with wrk from a separate process.

Starts the stack as ``make serve`` runs it (gunicorn with deploy/gunicorn.conf.py
plus the scheduler, a Redis of its own for the cache), Varnish with
deploy/varnish/hejnal.vcl in front, and nginx serving the article's HTML as a
static file. wrk then loads, for a bounded time each, the article, its category
list, the home page and search (rotating over a few queries), straight to
gunicorn ("uncached") and through Varnish ("cached"), at each connection count;
then the static file. Each run reports req/s, p50 and p99 latency and errors
(non-2xx/3xx answers plus socket errors: connect, read, write, timeout).

When Debian's php-fpm and wordpress packages are installed and MariaDB answers
on 127.0.0.1:3306 (root, no password), a default WordPress (fresh install,
default theme, its "Hello world!" post, no page cache) behind nginx + php-fpm
is measured the same way, for the "faster than WordPress" goal.

    make bench            # on the 100,000-article benchmark database
    DATABASE_URL=sqlite:////tmp/hejnal-bench.sqlite3 \\
        .venv/bin/python benchmarks/load.py [--duration 10] [--connections 16,64]
    .venv/bin/python benchmarks/load.py --articles 2000   # a site of its own

Without DATABASE_URL (or --database-url) it creates a throw-away SQLite site
with ``load_demo --articles N``. With BENCH_PG_URL (or --pg-url) the app runs
are repeated on that PostgreSQL database. Needs wrk, nginx and varnishd
(``apt-get install -y wrk nginx varnish``) and the test dependencies
(``make install-test``: the servers come from hejnal/ops/testing.py).
"""

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LUA = Path(__file__).resolve().parent / "wrk_report.lua"

try:
    from hejnal.ops.testing import (
        Process,
        RedisServer,
        Varnish,
        fetch,
        free_port,
        site_env,
        wait_for,
    )
except ModuleNotFoundError as error:  # pytest: the helpers live with the tests
    sys.exit(
        f"benchmarks/load.py needs the test dependencies ({error}): "
        "run `make install-test` first"
    )

# Polish searches of different kinds: inflected words, a phrase, a rare word.
SEARCHES = [
    "Krakowie",
    "miast partnerskich",
    "współpracy",
    '"miasta partnerskie"',
    "konsulatu",
    "stypendystą",
    "delegacji",
    "mieszkańców z zagranicy",
]

# Which pages to load, from whatever database the app runs on.
PICK_PAGES = """
import json
from django.conf import settings
from hejnal.news.models import ArticlePage
articles = ArticlePage.objects.live()
article = articles.filter(locale__language_code=settings.LANGUAGE_CODE)
article = article.order_by("-date", "-pk").first()
print(json.dumps({
    "articles": articles.count(),
    "lang": settings.LANGUAGE_CODE,
    "article": article.url if article else None,
    "category": article.get_parent().url if article else None,
}))
"""


def say(message=""):
    print(message, flush=True)


def manage(env, *args, quiet=True):
    """manage.py in a child process; its output shown unless ``quiet``."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        text=True,
        capture_output=quiet,
    )
    if result.returncode:
        sys.exit(
            f"manage.py {' '.join(args)} failed:\n"
            f"{(result.stdout or '')[-2000:]}{(result.stderr or '')[-3000:]}"
        )
    return result.stdout


# -- wrk ---------------------------------------------------------------------


def wrk(url, connections, duration, threads, paths=()):
    """One bounded wrk run; a dict of counts, req/s and latencies (ms)."""
    env = {**os.environ, "HEJNAL_WRK_PATHS": "\n".join(paths)}
    command = [
        "wrk",
        "--threads",
        str(min(threads, connections)),
        "--connections",
        str(connections),
        "--duration",
        f"{duration}s",
        "--timeout",
        "10s",
        "--script",
        str(LUA),
        url,
    ]
    output = subprocess.run(
        command, env=env, capture_output=True, text=True, check=True
    ).stdout
    line = next(
        line for line in output.splitlines() if line.startswith("HEJNAL_RESULT ")
    )
    raw = json.loads(line.removeprefix("HEJNAL_RESULT "))
    socket_errors = raw["connect"] + raw["read"] + raw["write"] + raw["timeout"]
    return {
        "requests": raw["requests"],
        "rps": raw["requests"] / (raw["duration_us"] / 1e6),
        "p50": raw["p50_us"] / 1000,
        "p99": raw["p99_us"] / 1000,
        "status_errors": raw["status"],
        "socket_errors": socket_errors,
        "errors": raw["status"] + socket_errors,
    }


# -- nginx, and a default WordPress behind it ---------------------------------


def nginx_config(folder, port, server_body):
    temp = folder / "nginx-temp"
    temp.mkdir(exist_ok=True)
    paths = "\n".join(
        f"    {kind}_temp_path {temp / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return textwrap.dedent(
        """\
        worker_processes auto;
        daemon off;
        pid {folder}/nginx.pid;
        error_log {folder}/nginx-error.log warn;
        events {{ worker_connections 1024; }}
        http {{
            include /etc/nginx/mime.types;
            default_type application/octet-stream;
            access_log off;
            sendfile on;
            tcp_nopush on;
        {paths}
            server {{
                listen 127.0.0.1:{port};
        {server_body}
            }}
        }}
        """
    ).format(folder=folder, port=port, paths=paths, server_body=server_body)


class Server(Process):
    """A server on a free port; ``started()`` waits until it answers, so a
    caller can stop it even when it never comes up."""

    ready_path = "/"

    def started(self, timeout=120):
        def ready():
            if not self.alive():
                raise RuntimeError(f"{self.args[0]} died:\n{self.log()[-3000:]}")
            return fetch(self.base + self.ready_path, timeout=5)[0] > 0

        wait_for(ready, timeout=timeout, what=self.args[0])
        return self


class App(Server):
    """The app as ``make serve`` runs it (like hejnal.ops.testing.AppServer,
    but patient: a loaded machine takes a while to start the workers)."""

    ready_path = "/healthz"

    def __init__(self, env, folder, workers):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.args = [sys.executable, str(ROOT / "manage.py"), "serve"]
        super().__init__(
            [*self.args, "--bind", f"127.0.0.1:{self.port}"]
            + ["--workers", str(workers), "--interval", "1"],
            folder / "app.log",
            env=env,
        )


class Nginx(Server):
    def __init__(self, folder, server_body, name="nginx"):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        config = folder / f"{name}.conf"
        config.write_text(nginx_config(folder, self.port, server_body))
        self.args = [shutil.which("nginx") or "/usr/sbin/nginx", "-c", str(config)]
        super().__init__(self.args, folder / f"{name}.log")


PHP_FPM = next(iter(sorted(Path("/usr/sbin").glob("php-fpm*"))), None)
WORDPRESS = Path("/usr/share/wordpress")
WP_DATABASE = "hejnal_bench_wp"


def mariadb(sql):
    return subprocess.run(
        ["mysql", "-uroot", "-h127.0.0.1", "-P3306", "-e", sql],
        capture_output=True,
        text=True,
        timeout=20,
    )


def wordpress_missing():
    """Why a WordPress cannot be measured here, or None when it can."""
    if PHP_FPM is None or not (WORDPRESS / "wp-settings.php").exists():
        return "php-fpm or wordpress not installed (apt-get install php-fpm wordpress)"
    if not list((WORDPRESS / "wp-content" / "themes").glob("*/style.css")):
        return "no default theme (apt-get install wordpress-theme-twentytwentythree)"
    if not shutil.which("mysql") or mariadb("SELECT 1").returncode:
        return "MariaDB not reachable on 127.0.0.1:3306 as root without a password"
    return None


class WordPress:
    """A fresh default WordPress: Debian's files copied into ``folder``, its own
    database, php-fpm with Debian's default pool sizes, nginx in front."""

    def __init__(self, folder):
        self.folder = folder
        self.nginx = self.fpm = None

    def start(self):
        folder = self.folder
        site = folder / "wordpress"
        shutil.copytree(WORDPRESS, site, symlinks=False)
        socket = folder / "php-fpm.sock"
        server_body = textwrap.indent(
            textwrap.dedent(
                f"""\
                root {site};
                index index.php;
                location / {{ try_files $uri $uri/ /index.php?$args; }}
                location ~ \\.php$ {{
                    include /etc/nginx/fastcgi_params;
                    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
                    # Debian's fastcgi_params drop the port, which WordPress
                    # needs to recognise its own address (else it redirects).
                    fastcgi_param HTTP_HOST $host:$server_port;
                    fastcgi_pass unix:{socket};
                }}
                """
            ),
            "        ",
        )
        self.nginx = Nginx(folder, server_body, name="wordpress-nginx")
        self.nginx.started()
        base = self.nginx.base
        keys = "\n".join(
            f"define('{name}', '{os.urandom(24).hex()}');"
            for name in (
                *("AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY"),
                *("AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"),
            )
        )
        (site / "wp-config.php").write_text(
            f"""<?php
define('DB_NAME', '{WP_DATABASE}');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', '127.0.0.1:3306');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', '{base}');
define('WP_SITEURL', '{base}');
{keys}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) {{ define('ABSPATH', __DIR__ . '/'); }}
require_once ABSPATH . 'wp-settings.php';
"""
        )
        pool = folder / "php-fpm.conf"
        pool.write_text(
            textwrap.dedent(
                f"""\
                [global]
                pid = {folder}/php-fpm.pid
                error_log = {folder}/php-fpm-error.log
                daemonize = no
                [wordpress]
                user = www-data
                group = www-data
                listen = {socket}
                listen.mode = 0666
                ; Debian's default pool (www.conf)
                pm = dynamic
                pm.max_children = 5
                pm.start_servers = 2
                pm.min_spare_servers = 1
                pm.max_spare_servers = 3
                """
            )
        )
        self.fpm = Process(
            [str(PHP_FPM), "--nodaemonize", "--allow-to-run-as-root", "-y", str(pool)],
            folder / "php-fpm.log",
        )
        wait_for(socket.exists, what="php-fpm")
        drop = f"DROP DATABASE IF EXISTS {WP_DATABASE}"
        if mariadb(f"{drop}; CREATE DATABASE {WP_DATABASE}").returncode:
            raise RuntimeError("could not create the WordPress database")
        installer = folder / "install.php"
        installer.write_text(
            f"""<?php
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = '127.0.0.1:{self.nginx.port}';
require '{site}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Hejnał benchmark', 'admin', 'admin@example.invalid', true, '',
           'bench-only-{os.urandom(8).hex()}');
echo $GLOBALS['wp_version'];
"""
        )
        self.version = subprocess.run(
            ["php", str(installer)], capture_output=True, text=True, check=True
        ).stdout.strip()[-20:]
        # The default post ("Hello world!"): /?p=1, or the pretty permalink
        # it redirects to when the install enabled those.
        request = urllib.request.urlopen(f"{base}/?p=1", timeout=20)
        with request as response:
            self.article = urllib.parse.urlsplit(response.url)
            self.html = response.read()
        self.article_url = base + (self.article.path or "/")
        if self.article.query:
            self.article_url += "?" + self.article.query

    def stop(self):
        for server in (self.nginx, self.fpm):
            if server:
                server.stop()
        mariadb(f"DROP DATABASE IF EXISTS {WP_DATABASE}")


# -- the stack ------------------------------------------------------------------


def prepare_site(folder, database_url, articles):
    """Environment for the app on ``database_url`` (or a new SQLite site)."""
    own = not database_url
    if own:
        database_url = f"sqlite:///{folder / 'site.sqlite3'}"
    env = site_env(folder, database_url, SEARCH_RATE="1000000/m")
    if not own and "MEDIA_ROOT" in os.environ:
        env["MEDIA_ROOT"] = os.environ["MEDIA_ROOT"]
    elif not own:
        env.pop("MEDIA_ROOT")  # the media the benchmark database was loaded with
    say("  migrate")
    manage(env, "migrate", "--no-input")
    picked = json.loads(manage(env, "shell", "-c", PICK_PAGES).strip().splitlines()[-1])
    if not picked["articles"]:
        say(f"  load_demo --articles {articles} (progress below)")
        manage(env, "load_demo", "--articles", str(articles), quiet=False)
        picked = json.loads(
            manage(env, "shell", "-c", PICK_PAGES).strip().splitlines()[-1]
        )
    say("  collectstatic")
    manage(env, "collectstatic", "--no-input", "--verbosity", "0")
    return env, picked


def check(base, path, cached):
    """The page answers 200 (and, through Varnish, is a cache hit)."""
    status, headers, body = fetch(base + path)
    if status != 200:
        sys.exit(f"{base}{path} answered {status}")
    if cached:
        status, headers, body = fetch(base + path)
        if headers.get("X-Cache") != "HIT":
            say(f"  warning: {path} is not a cache hit through Varnish")
    return body


def run_stack(label, database_url, args, folder):
    say(f"\n== {label}")
    env, picked = prepare_site(folder, database_url, args.articles)
    lang = picked["lang"]
    say(f"  database: {env['DATABASE_URL']}  live articles: {picked['articles']:,}")
    if not picked["article"]:
        sys.exit("no article in the database")
    pages = {
        "article": [picked["article"]],
        "category": [picked["category"]],
        "home": [f"/{lang}/"],
        "search": [
            f"/{lang}/search/?" + urllib.parse.urlencode({"q": query})
            for query in SEARCHES
        ],
    }
    servers = []
    try:
        redis = RedisServer(folder)
        servers.append(redis)
        env["CACHE_URL"] = redis.url
        say(f"  gunicorn: {args.workers} workers (deploy/gunicorn.conf.py)")
        app = App(env, folder, workers=args.workers)
        servers.append(app)
        app.started()
        varnish = Varnish(folder, app.port)
        servers.append(varnish)
        for paths in pages.values():
            for path in paths:
                check(app.base, path, cached=False)
                check(varnish.base, path, cached=True)
        www = folder / "www"
        www.mkdir()
        (www / "article.html").write_bytes(check(app.base, pages["article"][0], False))
        nginx = Nginx(folder, f"        root {www};")
        servers.append(nginx)
        nginx.started()
        check(nginx.base, "/article.html", cached=False)
        say(f"  article: {pages['article'][0]}")
        say(f"  category: {pages['category'][0]}")

        # Every worker's first requests load templates and lemma dictionaries:
        # a short unmeasured run over all the pages first.
        every_path = [path for paths in pages.values() for path in paths]
        say(f"  warm-up: {args.warmup} s over {len(every_path)} pages")
        wrk(app.base + every_path[0], 16, args.warmup, args.threads, every_path)

        results = []
        targets = [("gunicorn", app.base), ("varnish", varnish.base)]
        for connections in args.connections:
            for page, paths in pages.items():
                for via, base in targets:
                    results.append(
                        measure(label, page, via, base, paths, connections, args)
                    )
            results.append(
                measure(
                    label,
                    "article",
                    "nginx static file",
                    nginx.base,
                    ["/article.html"],
                    connections,
                    args,
                )
            )
        return results, picked
    finally:
        for server in reversed(servers):
            server.stop()


def measure(database, page, via, base, paths, connections, args):
    rotate = paths if len(paths) > 1 else ()
    result = wrk(base + paths[0], connections, args.duration, args.threads, rotate)
    result.update(database=database, page=page, via=via, connections=connections)
    say(
        f"  {page:<8} {via:<17} c={connections:<3} {result['rps']:8.0f} req/s  "
        f"p50 {result['p50']:7.1f} ms  p99 {result['p99']:7.1f} ms  "
        f"errors {result['errors']}"
    )
    return result


def run_wordpress(args, folder):
    say("\n== default WordPress (nginx + php-fpm, MariaDB)")
    missing = wordpress_missing()
    if missing:
        say(f"  not measured: {missing}")
        return [], None
    wordpress = WordPress(folder)
    try:
        wordpress.start()
        say(f"  WordPress {wordpress.version}, article: {wordpress.article_url}")
        say(f"  warm-up: {args.warmup} s")
        wrk(wordpress.article_url, 16, args.warmup, args.threads)
        results = []
        for connections in args.connections:
            result = wrk(
                wordpress.article_url, connections, args.duration, args.threads
            )
            result.update(
                database="MariaDB",
                page="article",
                via="WordPress (no page cache)",
                connections=connections,
            )
            say(
                f"  article  WordPress         c={connections:<3} "
                f"{result['rps']:8.0f} req/s  p50 {result['p50']:7.1f} ms  "
                f"p99 {result['p99']:7.1f} ms  errors {result['errors']}"
            )
            results.append(result)
        return results, wordpress.version
    finally:
        wordpress.stop()


# -- report -----------------------------------------------------------------------


def table(results):
    lines = [
        "| database | page | served by | conns | req/s | p50 ms | p99 ms | errors |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['database']} | {r['page']} | {r['via']} | {r['connections']} | "
            f"{r['rps']:,.0f} | {r['p50']:.1f} | {r['p99']:.1f} | "
            f"{r['errors']} ({r['status_errors']} status, "
            f"{r['socket_errors']} socket) |"
        )
    return "\n".join(lines)


def goals(results):
    """One line per goal and connection count, each saying met or MISSED."""

    def find(page, via, connections, database=None):
        for r in results:
            same = (r["page"], r["via"], r["connections"]) == (page, via, connections)
            if same and database in (None, r["database"]):
                return r
        return None

    lines = []
    errors = sum(r["errors"] for r in results)
    lines.append(f"zero errors: {'met' if not errors else 'MISSED'} ({errors} errors)")
    databases = sorted({r["database"] for r in results if r["via"] == "gunicorn"})
    for connections in sorted({r["connections"] for r in results}):
        wordpress = find("article", "WordPress (no page cache)", connections)
        for database in databases:
            static = find("article", "nginx static file", connections, database)
            cached = find("article", "varnish", connections, database)
            uncached = find("article", "gunicorn", connections, database)
            if cached and static:
                ratio = cached["rps"] / static["rps"]
                verdict = "met" if ratio >= 0.5 else "MISSED"
                lines.append(
                    f"c={connections} {database}: cached article "
                    f"{cached['rps']:,.0f} req/s = {ratio:.0%} of the static "
                    f"file's {static['rps']:,.0f} (goal >= 50%): {verdict}"
                )
            if uncached and wordpress:
                verdict = "met" if uncached["rps"] > wordpress["rps"] else "MISSED"
                lines.append(
                    f"c={connections} {database}: uncached article "
                    f"{uncached['rps']:,.0f} req/s vs WordPress "
                    f"{wordpress['rps']:,.0f} req/s: {verdict}"
                )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per run")
    parser.add_argument(
        "--connections",
        type=lambda text: [int(n) for n in text.split(",")],
        default=[16, 64],
        help="comma-separated connection counts (default 16,64)",
    )
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument(
        "--warmup", type=int, default=3, help="unmeasured seconds before the runs"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("WEB_CONCURRENCY", (os.cpu_count() or 1) * 2)),
        help="gunicorn workers (default: deploy/gunicorn.conf.py's, 2 per core)",
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL", ""),
        help="an already loaded database (default $DATABASE_URL); "
        "without one, a new SQLite site is created",
    )
    parser.add_argument(
        "--articles",
        type=int,
        default=2000,
        help="articles for a site created here (load_demo --articles; default 2000)",
    )
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("BENCH_PG_URL", ""),
        help="also run on this PostgreSQL database (default $BENCH_PG_URL)",
    )
    parser.add_argument(
        "--no-wordpress", action="store_true", help="skip the WordPress comparison"
    )
    args = parser.parse_args()
    for program in ("wrk", "nginx", "varnishd"):
        if not (shutil.which(program) or Path("/usr/sbin", program).exists()):
            sys.exit(f"{program} not found: apt-get install -y wrk nginx varnish")

    started = time.monotonic()
    say(
        f"Load benchmark, {datetime.date.today()}, {os.cpu_count()} cores, "
        f"{platform.python_version()}; {args.duration} s per run, "
        f"connections {args.connections}, wrk threads {args.threads}"
    )
    results, sizes = [], {}
    with tempfile.TemporaryDirectory(prefix="hejnal-load-") as temp:
        folder = Path(temp)
        folder.chmod(0o755)  # nginx's and php-fpm's workers read from here
        databases = [args.database_url]
        if args.pg_url:
            if not args.pg_url.startswith("postgres"):
                sys.exit(f"--pg-url is not a PostgreSQL URL: {args.pg_url}")
            databases.append(args.pg_url)
        for number, url in enumerate(databases):
            label = "PostgreSQL" if url.startswith("postgres") else "SQLite"
            sub = folder / f"{number}-{label.lower()}"
            sub.mkdir()
            sub.chmod(0o755)
            stack_results, picked = run_stack(label, url, args, sub)
            results += stack_results
            sizes[label] = picked["articles"]
        wordpress_version = None
        if not args.no_wordpress:
            sub = folder / "wordpress-site"
            sub.mkdir()
            sub.chmod(0o755)
            wp_results, wordpress_version = run_wordpress(args, sub)
            results += wp_results

    say(f"\n== Results ({time.monotonic() - started:.0f} s in all)")
    say(
        "live articles: "
        + ", ".join(f"{label} {count:,}" for label, count in sizes.items())
    )
    if wordpress_version:
        say(f"WordPress {wordpress_version} (Debian package), default theme")
    say(table(results))
    say()
    say(goals(results))


if __name__ == "__main__":
    main()
