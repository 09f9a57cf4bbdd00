# The app processes behind Varnish, included by hejnal.vcl (docs/deploy.md,
# "Varnish in front of several app processes"). One process on port 8000 here;
# for more, add a backend per process (app2, app3 … on this host or others) and
# add each to both directors in vcl_init.

import directors;

# Alive: the process answers. gunicorn's workers answer /healthz themselves,
# before the request queue (hejnal/ops/gunicorn_worker.py), so a busy process
# answers in milliseconds and only a dead or stalled one fails.
probe alive {
    .url = "/healthz";
    .interval = 1s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

# Ready: the process reaches its database (decides how long stale copies may
# be served, never whether a request goes to the process).
probe ready {
    .url = "/readyz";
    .interval = 1s;
    .timeout = 1s;
    .window = 2;
    .threshold = 1;
    .initial = 1;
}

backend app1 {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .probe = alive;
}

# Not used for requests: the same process, probed for readiness.
backend ready1 {
    .host = "127.0.0.1";
    .port = "8000";
    .probe = ready;
}

sub vcl_init {
    # Requests go to each live process in turn; a dead one is skipped.
    new app = directors.round_robin();
    app.add_backend(app1);
    # Ready while any process reaches the database.
    new app_ready = directors.fallback();
    app_ready.add_backend(ready1);
}
