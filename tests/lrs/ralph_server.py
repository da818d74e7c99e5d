"""Run the Ralph LRS (ralph-malph 5.1.0) on loopback for ScamDrill's tests.

    python ralph_server.py --port 8100 --dir target/lrs/run1 [--user sim --password simsecret]

Uses the file-system backend (no database server) under --dir, writes the
Basic-auth credentials there on first start, and applies the two workarounds
described in shared/reference/xapi.md. Keys are restricted by scope (a key
without statements/read gets 401 on GET); besides --user (read and write)
there are a write-only key ``writer:writesecret`` (what machines send with)
and a read-only key ``reader:readsecret`` (what reports read with).

Workarounds:

* the stock FS backend creates a new file per write and fails the second POST
  with 500: make "append" its default operation type;
* GET filters on verb / activity receive a wrapped value and match nothing:
  unwrap it (``getattr(v, "root", v)``).

Restarting with the same --dir keeps every statement stored before, so a test
can kill the server and start it again. Prints "ralph: listening" once the
server answers. Endpoint: http://127.0.0.1:PORT/xAPI/
"""

import argparse
import json
import os
from pathlib import Path


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--dir", required=True, help="state folder (auth file and statements)")
    p.add_argument("--user", default="sim")
    p.add_argument("--password", default="simsecret")
    p.add_argument("--home-page", default="https://sim.example.org")
    return p.parse_args()


def configure(args):
    state = Path(args.dir).resolve()
    app_dir = state / ".ralph"
    data_dir = state / "data"
    app_dir.mkdir(parents=True, exist_ok=True)
    data_dir.mkdir(parents=True, exist_ok=True)
    os.environ["RALPH_APP_DIR"] = str(app_dir)
    os.environ["RALPH_RUNSERVER_BACKEND"] = "fs"
    os.environ["RALPH_RUNSERVER_AUTH_BACKENDS"] = "basic"
    os.environ["RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"] = str(data_dir)
    os.environ["RALPH_LRS_RESTRICT_BY_AUTHORITY"] = "true"
    os.environ["RALPH_LRS_RESTRICT_BY_SCOPES"] = "true"
    auth = app_dir / "auth.json"
    if not auth.exists():
        import bcrypt

        def user(name, password, scopes):
            return {
                "agent": {"account": {"homePage": args.home_page, "name": name}, "objectType": "Agent"},
                "scopes": scopes,
                # Few rounds: a test server, and startup stays fast.
                "hash": bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4)).decode("ascii"),
                "username": name,
            }

        users = [
            user(args.user, args.password, ["statements/read", "statements/write"]),
            user("writer", "writesecret", ["statements/write"]),
            user("reader", "readsecret", ["statements/read"]),
        ]
        auth.write_text(json.dumps(users, indent=2))


def patch_ralph():
    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.lrs.fs import FSLRSBackend

    FSLRSBackend.default_operation_type = BaseOperationType.APPEND

    verb_filter = FSLRSBackend._add_filter_by_verb
    activity_filter = FSLRSBackend._add_filter_by_activity

    def by_verb(filters, verb_id):
        return verb_filter(filters, getattr(verb_id, "root", verb_id))

    def by_activity(filters, object_id, related):
        return activity_filter(filters, getattr(object_id, "root", object_id), related)

    FSLRSBackend._add_filter_by_verb = staticmethod(by_verb)
    FSLRSBackend._add_filter_by_activity = staticmethod(by_activity)


def main():
    args = parse_args()
    configure(args)
    patch_ralph()
    import uvicorn
    import ralph.api

    config = uvicorn.Config(ralph.api.app, host="127.0.0.1", port=args.port, log_level="warning")
    server = uvicorn.Server(config)

    original_startup = server.startup

    async def startup(*a, **kw):
        await original_startup(*a, **kw)
        print("ralph: listening", flush=True)

    server.startup = startup
    server.run()


if __name__ == "__main__":
    main()
