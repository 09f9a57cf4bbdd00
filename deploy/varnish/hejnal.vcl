# Varnish in front of Hejnał's app processes (docs/deploy.md).
#
# - Readers carry no cookie (or only the consent choice): served from the cache.
# - Editors (session or CSRF cookie), the admin and documents: passed through.
# - The app purges with PURGE <path> (that path with any query string) and
#   BAN with X-Ban-Prefix (a whole tree) whenever content changes.
# - While the database is down (/readyz failing), cached pages are served for as
#   long as the app's stale-if-error allows; uncached ones get the app's own 503.
vcl 4.1;

import std;

# One backend per app process, or one address in front of them.
backend app {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .probe = {
        .url = "/healthz";
        .interval = 2s;
        .timeout = 1s;
        .window = 3;
        .threshold = 2;
    }
}

# Not used for requests: only tells whether the app can reach its database.
backend app_ready {
    .host = "127.0.0.1";
    .port = "8000";
    .probe = {
        .url = "/readyz";
        .interval = 1s;
        .timeout = 1s;
        .window = 2;
        .threshold = 2;
    }
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = app;

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
    # stale-while-revalidate); with the database down, as long as grace allows.
    if (std.healthy(app_ready)) {
        set req.grace = 30s;
    }
    return (hash);
}

sub vcl_backend_response {
    # Lets PURGE and BAN match objects by path (ban lurker friendly).
    set beresp.http.x-url = bereq.url;
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        # Keep the stale copy rather than caching an error.
        return (abandon);
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
