#!/usr/bin/env python3
"""A minimal syslog receiver for the mail-log recordings.

It binds a Unix datagram socket (the MTA's namespace sees it as /dev/log) and
writes every datagram, unchanged, with the time it arrived, as one JSON object
a line: {"t": <unix time, microseconds>, "raw": "<PRI>Mmm dd hh:mm:ss tag[pid]: msg"}.
forms.py later writes these records as the log files that rsyslog or
journalctl would show.

Usage: syslogd.py --socket PATH --out FILE [--max-seconds 1800]
It stops by itself after --max-seconds, or on SIGTERM.
"""
import argparse
import json
import os
import signal
import socket
import time

stopping = False


def on_term(_sig, _frame):
    global stopping
    stopping = True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--socket", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--max-seconds", type=float, default=1800)
    args = ap.parse_args()
    signal.signal(signal.SIGTERM, on_term)
    if os.path.exists(args.socket):
        os.unlink(args.socket)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(args.socket)
    os.chmod(args.socket, 0o666)   # the MTAs' unprivileged processes log too
    sock.settimeout(0.5)
    deadline = time.monotonic() + args.max_seconds
    with open(args.out, "a", encoding="utf-8") as out:
        while not stopping and time.monotonic() < deadline:
            try:
                data = sock.recv(65536)
            except socket.timeout:
                continue
            except InterruptedError:
                continue
            now = time.time()
            out.write(json.dumps({"t": round(now, 6),
                                  "raw": data.decode("utf-8", "backslashreplace")}) + "\n")
            out.flush()
    sock.close()
    os.unlink(args.socket)


if __name__ == "__main__":
    main()
