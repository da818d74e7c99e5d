#!/usr/bin/python3
"""Read ScamDrill's accessibility tree from outside, as a screen reader does.

Run inside a private D-Bus session and an X server, e.g.
    xvfb-run -a dbus-run-session -- /usr/bin/python3 tests/a11y/atspi_tree.py \
        --timeout 90 --out tree.json -- target/debug/scamdrill --locale he-IL

It starts the AT-SPI bus (Debian's at-spi2-core), says a screen reader is on
(AccessKit only publishes its tree then), starts the program, waits until the
program's tree has settled, writes it to --out as JSON (one object per node: role, name,
states, depth) and stops the program. Exit 0 with the tree, 2 on a time-out.
"""

import argparse
import json
import os
import subprocess
import sys
import time

LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def set_screen_reader_enabled():
    for prop in ("IsEnabled", "ScreenReaderEnabled"):
        subprocess.run(
            [
                "dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                "/org/a11y/bus", "org.freedesktop.DBus.Properties.Set",
                "string:org.a11y.Status", f"string:{prop}", "variant:boolean:true",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )


def wait_for_a11y_bus(deadline):
    while time.time() < deadline:
        r = subprocess.run(
            [
                "dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                "/org/a11y/bus", "org.a11y.Bus.GetAddress",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if r.returncode == 0:
            return True
        time.sleep(0.2)
    return False


def state_name(s):
    # A GEnum value: its nick is the AT-SPI state name ("focusable").
    nick = getattr(s, "value_nick", None)
    return nick if nick else str(s).split("STATE_")[-1].split()[0].lower()


def dump(acc, depth, out, seen):
    if acc is None or depth > 60 or len(out) > 5000:
        return
    try:
        key = (acc.path if hasattr(acc, "path") else None, id(acc))
        role = acc.getRoleName()
        name = acc.name or ""
        states = sorted(state_name(s) for s in acc.getState().getStates())
        children = [acc.getChildAtIndex(i) for i in range(acc.childCount)]
    except Exception:  # a node that vanished while we read it
        return
    if key in seen:
        return
    seen.add(key)
    out.append({"role": role, "name": name, "states": states, "depth": depth})
    for c in children:
        dump(c, depth + 1, out, seen)


def read_app_tree(pyatspi, pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is None or app.get_process_id() != pid:
                continue
        except Exception:
            continue
        out = []
        dump(app, 0, out, set())
        return out
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--timeout", type=float, default=90.0)
    ap.add_argument("--settle", type=float, default=3.0)
    # Services that D-Bus starts share our stdout: the tree goes to a file.
    ap.add_argument("--out", required=True)
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = [c for c in args.command if c != "--"]
    deadline = time.time() + args.timeout

    # The bus and the registry it starts print to stdout: send that to stderr.
    bus = subprocess.Popen([LAUNCHER, "--launch-immediately"], stdout=sys.stderr)
    try:
        if not wait_for_a11y_bus(deadline):
            print("atspi_tree: the AT-SPI bus did not start", file=sys.stderr)
            return 2
        set_screen_reader_enabled()
        import pyatspi  # after the bus is up: it connects on import

        env = dict(os.environ)
        env.setdefault("WINIT_UNIX_BACKEND", "x11")
        # The program's own output goes to stderr: stdout carries only the tree.
        app = subprocess.Popen(cmd, env=env, stdout=sys.stderr)
        try:
            last, stable_since = None, None
            while time.time() < deadline:
                if app.poll() is not None:
                    print(f"atspi_tree: the program exited ({app.returncode})", file=sys.stderr)
                    return 2
                tree = read_app_tree(pyatspi, app.pid)
                focusable = [n for n in tree or [] if "focusable" in n["states"]]
                if focusable and tree == last:
                    if time.time() - stable_since >= args.settle:
                        with open(args.out, "w", encoding="utf-8") as f:
                            json.dump(tree, f, ensure_ascii=False, indent=1)
                        return 0
                else:
                    last, stable_since = tree, time.time()
                time.sleep(0.5)
            print("atspi_tree: no settled tree with focusable elements in time", file=sys.stderr)
            if last:
                json.dump(last, sys.stderr, ensure_ascii=False)
            return 2
        finally:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
    finally:
        bus.terminate()


if __name__ == "__main__":
    sys.exit(main())
