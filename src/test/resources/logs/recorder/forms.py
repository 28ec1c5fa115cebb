#!/usr/bin/env python3
"""Write the syslog records that syslogd.py received as log files.

Input: ../recording/<mta>-syslog.jsonl, one record per datagram as the MTA
sent it to /dev/log through syslog(3): "<PRI>Mmm dd hh:mm:ss tag[pid]: message",
with the time it arrived.  Output, one line per record and in the same order,
so that a line number means the same line in every form:

  ../postfix.log, ../opensmtpd.log   BSD form, as rsyslog writes it with its
                                     RSYSLOG_TraditionalFileFormat template:
                                     the syslog(3) timestamp, the host name, the rest
  ../forms/postfix.rfc3339.log       rsyslog's RSYSLOG_FileFormat (the default of
                                     Debian 12): RFC 3339 time of arrival with
                                     microseconds, host, tag[pid]: message
  ../forms/postfix.rfc5424.log       RFC 5424: <PRI>1 time host app procid - - message
  ../forms/postfix.journal-short.log      what `journalctl -o short` prints
  ../forms/postfix.journal-short-iso.log  what `journalctl -o short-iso` prints

The two journal forms are made by the real tools: the records are written in
the journal export format, turned into a journal file by
systemd-journal-remote (package systemd-journal-remote, fetched with
"apt-get download" and unpacked, with its library libmicrohttpd12) and printed
by the installed journalctl (TZ=UTC).  With --no-journal they are skipped.

The host name is the MTA's short host name (smtp1 for Postfix, smtp3 for
OpenSMTPD): rsyslog writes the short name unless told to keep the FQDN.
"""
import argparse
import datetime
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import world  # noqa: E402

RAW = re.compile(r"^<(\d{1,3})>([A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d) ([^\[: ]+)(?:\[(\d+)\])?: (.*)$",
                 re.S)
BOOT_ID = "5f6d6c6f67732d736d74702d636f6465"  # fixed: "_mail-logs-smtp-code" in hex


def records(mta, out_dir):
    path = os.path.join(out_dir, "recording", mta + "-syslog.jsonl")
    recs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            m = RAW.match(r["raw"].rstrip("\n"))
            if m is None:
                raise SystemExit("%s: not a syslog(3) message: %r" % (path, r["raw"]))
            pri, stamp, tag, pid, msg = m.groups()
            recs.append({"t": r["t"], "pri": int(pri), "stamp": stamp, "tag": tag, "pid": pid,
                         "msg": msg})
    return recs


def tagpid(r):
    return r["tag"] + ("[%s]" % r["pid"] if r["pid"] else "")


def rfc3339(t):
    d = datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
    return d.isoformat(timespec="microseconds")   # 2026-12-02T13:59:34.123456+00:00


def write(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")


def journal_forms(recs, host, run, tools):
    """The journalctl forms, through systemd-journal-remote and journalctl."""
    export = os.path.join(run, "export")
    with open(export, "wb") as f:
        for i, r in enumerate(recs):
            usec = int(round(r["t"] * 1e6))
            fields = [("__REALTIME_TIMESTAMP", str(usec)),
                      ("__MONOTONIC_TIMESTAMP", str(1000000 + i)),
                      ("_BOOT_ID", BOOT_ID), ("_TRANSPORT", "syslog"),
                      ("_HOSTNAME", host), ("PRIORITY", str(r["pri"] & 7)),
                      ("SYSLOG_FACILITY", str(r["pri"] >> 3)),
                      ("SYSLOG_IDENTIFIER", r["tag"]), ("MESSAGE", r["msg"])]
            if r["pid"]:
                fields += [("SYSLOG_PID", r["pid"]), ("_PID", r["pid"])]
            for k, v in fields:
                if "\n" in v:
                    raise SystemExit("a message with a line break: %r" % v)
                f.write(("%s=%s\n" % (k, v)).encode("utf-8"))
            f.write(b"\n")
    journal = os.path.join(run, "out.journal")
    env = dict(os.environ, LD_LIBRARY_PATH=tools["lib"], TZ="UTC")
    subprocess.run([tools["remote"], "--output=" + journal, export], check=True, env=env,
                   timeout=120, capture_output=True)
    out = {}
    for fmt in ("short", "short-iso"):
        p = subprocess.run(["journalctl", "--file", journal, "-o", fmt, "--no-pager"],
                           check=True, env=dict(os.environ, TZ="UTC"), timeout=120,
                           capture_output=True, text=True)
        lines = p.stdout.rstrip("\n").split("\n")
        if len(lines) != len(recs):
            raise SystemExit("journalctl -o %s printed %d lines for %d records"
                             % (fmt, len(lines), len(recs)))
        out[fmt] = lines
    return out


def fetch_journal_tools(run):
    sys.path.insert(0, os.path.join(OUT, "..", "replies"))
    import run as rec
    remote_root, remote_version = rec.fetch_deb("systemd-journal-remote", run)
    mhd_root, mhd_version = rec.fetch_deb("libmicrohttpd12", run)
    libs = glob.glob(os.path.join(mhd_root, "usr", "lib", "*", "libmicrohttpd.so.12"))
    return {"remote": os.path.join(remote_root, "lib", "systemd", "systemd-journal-remote"),
            "lib": os.path.dirname(libs[0]),
            "versions": "systemd-journal-remote %s, libmicrohttpd12 %s" % (remote_version,
                                                                         mhd_version)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out-dir", default=OUT)
    ap.add_argument("--no-journal", action="store_true")
    args = ap.parse_args()
    os.makedirs(os.path.join(args.out_dir, "forms"), exist_ok=True)
    run = tempfile.mkdtemp(prefix="smtp-logs-forms-")
    try:
        tools = None
        for mta in ("postfix", "opensmtpd"):
            if not os.path.exists(os.path.join(args.out_dir, "recording", mta + "-syslog.jsonl")):
                continue
            host = world.MTAS[mta]["short"]
            recs = records(mta, args.out_dir)
            write(os.path.join(args.out_dir, mta + ".log"),
                  ["%s %s %s: %s" % (r["stamp"], host, tagpid(r), r["msg"]) for r in recs])
            if mta != "postfix":
                continue
            base = os.path.join(args.out_dir, "forms", mta)
            write(base + ".rfc3339.log",
                  ["%s %s %s: %s" % (rfc3339(r["t"]), host, tagpid(r), r["msg"]) for r in recs])
            write(base + ".rfc5424.log",
                  ["<%d>1 %s %s %s %s - - %s" % (r["pri"], rfc3339(r["t"]), host, r["tag"],
                                                 r["pid"] or "-", r["msg"]) for r in recs])
            if args.no_journal or shutil.which("journalctl") is None:
                print("forms.py: journal forms skipped", file=sys.stderr)
                continue
            if tools is None:
                tools = fetch_journal_tools(run)
            jf = journal_forms(recs, host, run, tools)
            write(base + ".journal-short.log", jf["short"])
            write(base + ".journal-short-iso.log", jf["short-iso"])
            version = subprocess.run(["journalctl", "--version"], capture_output=True, text=True,
                                     timeout=30).stdout.split("\n")[0]
            world.record_version(args.out_dir, "journal", "%s; %s" % (version, tools["versions"]))
    finally:
        shutil.rmtree(run, ignore_errors=True)


if __name__ == "__main__":
    main()
