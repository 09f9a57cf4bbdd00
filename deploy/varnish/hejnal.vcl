# Varnish in front of Hejnał's app processes (docs/deploy.md).
#
# - Readers carry no cookie (or only the consent choice): served from the cache.
# - Editors (session or CSRF cookie), the admin and documents: passed through.
# - The app purges with PURGE <path> (that path with any query string) and
#   BAN with X-Ban-Prefix (a whole tree) whenever content changes.
# - A request a process could not answer (it died mid-request, or refused the
#   connection) is tried once more on another process.
# - A page the app cannot render (5xx) is served from a stale copy when one is
#   kept: objects are kept as long as the app's stale-if-error allows. Pages
#   never cached get the app's own branded 503.
vcl 4.1;

import std;

# The app processes: the directors `app` (requests) and `app_ready` (database
# reachable), with their probes.
include "./backends.vcl";

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = app.backend();

    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "PURGE") {
            set req.http.x-ban = regsub(req.url, "\?.*$", "");
            set req.http.x-ban = regsuball(req.http.x-ban, "([][.+*?(){}|^$\\])", "\\\1");
            ban("obj.http.x-url ~ ^" + req.http.x-ban + "(\?.*)?$");
        } else {
            if (!req.http.X-Ban-Prefix) {
                return (synth(400, "X-Ban-Prefix missing"));
            }
            set req.http.x-ban = regsuball(req.http.X-Ban-Prefix, "([][.+*?(){}|^$\\])", "\\\1");
            ban("obj.http.x-url ~ ^" + req.http.x-ban);
        }
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|documents)/" || req.http.Authorization) {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    # Keep only the consent choice, which decides whether embeds show.
    if (req.http.Cookie) {
        set req.http.Cookie = ";" + regsuball(req.http.Cookie, ";\s*", ";");
        set req.http.Cookie = regsuball(req.http.Cookie, ";(hejnal_consent=)", "; \1");
        set req.http.Cookie = regsuball(req.http.Cookie, ";[^ ][^;]*", "");
        set req.http.Cookie = regsuball(req.http.Cookie, "^[; ]+|[; ]+$", "");
        if (req.http.Cookie == "") {
            unset req.http.Cookie;
        }
    }
    # Stale copies are served at once while a fresh one is fetched (30 s of
    # stale-while-revalidate). With the database down, with no live process,
    # or once the app failed to render this page (the restart from vcl_synth
    # below), as long as the object's grace allows.
    if (std.healthy(app_ready.backend()) && std.healthy(req.backend_hint)
        && !req.http.x-hejnal-stale) {
        set req.grace = 30s;
    } else {
        # The object's own grace decides (set from stale-if-error below).
        set req.grace = 3650d;
    }
    return (hash);
}

sub vcl_synth {
    # A fetch abandoned because the app failed (vcl_backend_response and
    # vcl_backend_error): look again, this time for a stale copy of any age.
    if (resp.status == 503 && req.restarts == 0 && !req.http.x-hejnal-stale
        && (req.method == "GET" || req.method == "HEAD")) {
        set req.http.x-hejnal-stale = "1";
        return (restart);
    }
}

sub vcl_backend_error {
    # No answer from the process (refused, reset, timed out): a reader's GET
    # is tried on the next one. Then as for an app error: a stale copy if any.
    if (bereq.method == "GET" || bereq.method == "HEAD") {
        if (bereq.retries < 2) {
            return (retry);
        }
        if (!bereq.is_bgfetch && !bereq.http.x-hejnal-stale && !bereq.uncacheable) {
            return (abandon);
        }
    }
}

sub vcl_backend_response {
    # Lets PURGE and BAN match objects by path (ban lurker friendly).
    set beresp.http.x-url = bereq.url;
    if (beresp.status >= 500) {
        if (bereq.is_bgfetch) {
            # Keep the stale copy rather than caching an error.
            return (abandon);
        }
        if (!bereq.http.x-hejnal-stale && !bereq.uncacheable
            && (bereq.method == "GET" || bereq.method == "HEAD")) {
            # A reader's first try: vcl_synth restarts the request to look for a stale
            # copy before the reader sees the app's error.
            return (abandon);
        }
        # No stale copy: the app's own error page (branded, in the reader's
        # language, with Retry-After), never kept, so it hides nothing.
        set beresp.ttl = 0s;
        set beresp.grace = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (beresp.http.Cache-Control !~ "public" || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    if (beresp.http.Cache-Control ~ "stale-if-error=[0-9]+") {
        set beresp.grace = std.duration(
            regsub(beresp.http.Cache-Control, ".*stale-if-error=([0-9]+).*", "\1s"),
            1h);
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-url;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
