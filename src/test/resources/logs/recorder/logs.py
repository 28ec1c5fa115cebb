#!/usr/bin/env python3
"""Record the delivery logs of Postfix, Exim and OpenSMTPD on loopback.

Run as root on Debian 12 from this folder (see ../HOW.md for the packages):
  python3 logs.py                    # all three, then forms.py and answer.py
  python3 logs.py --only exim        # just one of them

Each MTA in turn is the SENDING server.  logs.py hands it the messages of
world.MESSAGES (by SMTP to its listener on 127.0.0.1, and for Postfix one by
its sendmail command), and the MTA delivers them over SMTP to receiver.py,
which listens on 127.0.0.20-25 port 2600 and answers by the rules in
world.py.  The MTA finds those hosts through MX records that fakedns.py
serves on 127.0.0.1:53 (zone.txt).  Its queue lifetime is cut to 90 seconds
so that the log shows retries and expiry; logs.py waits until its queue is
empty (at most --drain-seconds), stops it and keeps:

  ../postfix.log, ../exim.log, ../opensmtpd.log      the logs (forms.py writes
  ../forms/postfix.*.log                              the syslog ones)
  ../recording/<mta>-sent.tsv                         what logs.py handed over
  ../recording/<mta>-answered.jsonl                   what receiver.py answered
  ../recording/dns.log                                every DNS question asked
  ../recording/versions.txt                           the software as it reports itself

and then runs forms.py (the syslog forms) and answer.py (../expected.tsv).

Isolation: every MTA runs in a private mount namespace (unshare --mount) in
which /etc/resolv.conf names only 127.0.0.1 (fakedns.py), /dev is a private
tmpfs whose /dev/log is syslogd.py's socket, and its configuration, queue and
binaries are mounted at their usual paths; the host's files are not changed.
All addresses are on 127.0.0.0/8.  Every process started here is stopped by
its PID, and the temporary directory is removed.
"""
import argparse
import csv
import email.utils
import os
import re
import shutil
import smtplib
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(OUT, "..", "replies"))
import run as rec  # noqa: E402  (the reply recorder: process and package helpers)

import world  # noqa: E402

DRAIN_SECONDS = 420
SMTP_TIMEOUT = 15


def log(msg):
    print("logs.py: " + msg, file=sys.stderr, flush=True)


def ns_argv(setup, command, uts=False):
    return ["unshare", "--mount", "--propagation", "private"] + (["--uts"] if uts else []) + \
        ["--", "sh", "-c", " && ".join(list(setup) + ["exec " + command])]


DEV_NODES = [("null", 1, 3), ("zero", 1, 5), ("full", 1, 7), ("random", 1, 8),
             ("urandom", 1, 9), ("tty", 5, 0)]


def common_setup(run, mta, binds=()):
    """Shell steps: resolv.conf and other binds, then a private /dev (a tmpfs
    with its own device nodes; nothing of the host's /dev is changed or bound
    in) whose /dev/log is syslogd.py's socket."""
    steps = ["mount --bind '%s' /etc/resolv.conf" % os.path.join(run, "resolv.conf")]
    steps += ["mount --bind '%s' '%s'" % (src, dst) for src, dst in binds]
    steps += ["mount -t tmpfs -o mode=755 tmpfs /dev"]
    steps += ["mknod -m 666 /dev/%s c %d %d" % node for node in DEV_NODES]
    steps += ["mkdir -m 1777 /dev/shm", "mount -t tmpfs -o mode=1777 tmpfs /dev/shm",
              "ln -s /proc/self/fd /dev/fd",
              "ln -s /proc/self/fd/0 /dev/stdin",
              "ln -s /proc/self/fd/1 /dev/stdout",
              "ln -s /proc/self/fd/2 /dev/stderr",
              "ln -s '%s' /dev/log" % os.path.join(run, "syslog-%s.sock" % mta)]
    return steps


def nsenter(pid, argv, **kw):
    kw.setdefault("timeout", 60)
    return subprocess.run(["nsenter", "--target", str(pid), "--mount", "--"] + argv, **kw)


class Helpers:
    """The per-MTA helper processes: syslogd.py and receiver.py."""

    def __init__(self, run, mta, started):
        self.run, self.mta, self.started = run, mta, started
        self.syslog_out = os.path.join(run, mta + "-syslog.jsonl")
        self.transcript = os.path.join(run, mta + "-answered.jsonl")
        sock = os.path.join(run, "syslog-%s.sock" % mta)
        self.syslogd = subprocess.Popen([sys.executable, os.path.join(HERE, "syslogd.py"),
                                         "--socket", sock, "--out", self.syslog_out,
                                         "--max-seconds", "1800"])
        started.append((self.syslogd.pid, "syslogd " + mta))
        self.receiver = subprocess.Popen([sys.executable, os.path.join(HERE, "receiver.py"),
                                          "--transcript", self.transcript,
                                          "--max-seconds", "1800"], cwd=HERE)
        started.append((self.receiver.pid, "receiver " + mta))
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not (
                os.path.exists(sock) and port_open_at("127.0.0.20", world.PORT)):
            time.sleep(0.2)
        if not os.path.exists(sock):
            raise RuntimeError("syslogd.py did not start")

    def stop(self):
        for proc, name in ((self.receiver, "receiver"), (self.syslogd, "syslogd")):
            rec.stop_pid(proc.pid, "%s %s" % (name, self.mta))
            proc.wait(timeout=rec.STOP_TIMEOUT)
            self.started.remove((proc.pid, "%s %s" % (name, self.mta)))


def port_open_at(host, port):
    import socket
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False



def wait_listen(port, proc=None):
    deadline = time.monotonic() + rec.START_TIMEOUT
    while time.monotonic() < deadline:
        if port_open_at("127.0.0.1", port):
            return
        if proc is not None and proc.poll() is not None:
            raise RuntimeError("server exited with status %s" % proc.returncode)
        time.sleep(0.2)
    raise RuntimeError("nothing listens on 127.0.0.1:%d" % port)


# ---------------------------------------------------------------------------
# Handing the messages over

QUEUED = {
    "postfix": re.compile(r"queued as ([0-9A-Za-z]+)"),
    "exim": re.compile(r"id=(\S+)"),
    "opensmtpd": re.compile(r"^2\.0\.0 ([0-9a-f]{8}) "),
}


def inject(mta, sendmail_argv):
    """Hand world.MESSAGES to the MTA; returns rows for <mta>-sent.tsv."""
    port = world.MTAS[mta]["listen"]
    rows = []
    for msg in world.MESSAGES:
        date = email.utils.formatdate(usegmt=True)
        message_id = "%s.%s@%s" % (msg.tag, mta, world.domain(msg.sender))
        text = world.message_text(msg, date, message_id)
        t = time.time()
        if msg.via == "sendmail" and sendmail_argv is not None:
            proc = subprocess.run(sendmail_argv + ["-f", msg.sender, "--"] + msg.rcpts,
                                  input=text.replace("\r\n", "\n").encode(), timeout=60,
                                  capture_output=True)
            if proc.returncode != 0:
                raise RuntimeError("sendmail failed: %r" % proc.stderr)
            via, reply, qid = "sendmail", "", ""
        else:
            with smtplib.SMTP("127.0.0.1", port, local_hostname="web1.shop.example.com",
                              timeout=SMTP_TIMEOUT, source_address=("127.0.0.1", 0)) as s:
                s.ehlo()
                code, _ = s.mail(msg.sender)
                assert code == 250, (msg.tag, code)
                for r in msg.rcpts:
                    code, resp = s.rcpt(r)
                    assert code == 250, (msg.tag, r, code, resp)
                code, resp = s.data(text.encode())
                reply = "%d %s" % (code, resp.decode())
                assert code == 250, (msg.tag, reply)
                m = QUEUED[mta].search(resp.decode())
                qid = m.group(1) if m else ""
            via = "smtp"
        rows.append({"tag": msg.tag, "time": "%.6f" % t, "via": via, "queue_id": qid,
                     "message_id": message_id, "sender": msg.sender,
                     "recipients": " ".join(msg.rcpts), "subject": msg.subject,
                     "injection_reply": reply})
        time.sleep(0.5)
    # the relay attempt from outside: refused at RCPT, not a delivery
    ip, helo, sender, rcpt = world.RELAY_ATTEMPT
    with smtplib.SMTP("127.0.0.1", port, local_hostname=helo, timeout=SMTP_TIMEOUT,
                      source_address=(ip, 0)) as s:
        s.ehlo()
        s.mail(sender)
        code, resp = s.rcpt(rcpt)
        log("%s: relay attempt from %s answered %d %s" % (mta, ip, code, resp.decode()))
        assert code >= 500
    return rows


def write_sent(mta, rows, out_dir):
    path = os.path.join(out_dir, "recording", mta + "-sent.tsv")
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def drain(name, is_empty, kick=None, limit=DRAIN_SECONDS):
    """Wait until the queue is empty (then 5 s more for the last log lines)."""
    deadline = time.monotonic() + limit
    last_kick = time.monotonic()
    while time.monotonic() < deadline:
        if is_empty():
            log("%s: queue empty" % name)
            time.sleep(5)
            return True
        if kick is not None and time.monotonic() - last_kick >= 15:
            kick()
            last_kick = time.monotonic()
        time.sleep(3)
    log("%s: queue NOT empty after %d s" % (name, limit))
    return False


# ---------------------------------------------------------------------------
# The three MTAs

def run_postfix(run, out_dir, started, versions):
    base = os.path.join(run, "postfix")
    etc = os.path.join(base, "etc")
    shutil.copytree("/etc/postfix", etc, symlinks=True)
    rec.render(os.path.join(HERE, "config", "postfix"), etc, run)
    for d in ("spool", "lib"):
        os.makedirs(os.path.join(base, d))
    shutil.chown(os.path.join(base, "lib"), "postfix", "postfix")
    binds = [(etc, "/etc/postfix"), (os.path.join(base, "spool"), "/var/spool/postfix"),
             (os.path.join(base, "lib"), "/var/lib/postfix")]
    helpers = Helpers(run, "postfix", started)
    env = dict(os.environ, TZ="UTC")
    master = None
    pidfile = os.path.join(base, "spool", "pid", "master.pid")
    try:
        try:
            rec.sh(ns_argv(common_setup(run, "postfix", binds), "postfix start"), timeout=120,
                   env=env)
            wait_listen(world.MTAS["postfix"]["listen"])
        finally:
            if os.path.exists(pidfile):
                with open(pidfile) as f:
                    master = int(f.read().strip())
                started.append((master, "postfix master"))
        if master is None:
            raise RuntimeError("postfix wrote no master.pid")
        version = nsenter(master, ["postconf", "-h", "mail_version"], capture_output=True,
                          text=True, check=True).stdout.strip()
        deb = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "postfix"],
                             capture_output=True, text=True, timeout=30).stdout.strip()
        versions["postfix"] = "Postfix %s (postfix %s)" % (version, deb)
        log("postfix %s master pid %d" % (version, master))
        rows = inject("postfix", ["nsenter", "--target", str(master), "--mount", "--",
                                  "/usr/sbin/sendmail"])
        write_sent("postfix", rows, out_dir)
        drain("postfix", lambda: "Mail queue is empty" in nsenter(
            master, ["postqueue", "-p"], capture_output=True, text=True).stdout)
        nsenter(master, ["postfix", "stop"], timeout=60, env=env)
        deadline = time.monotonic() + rec.STOP_TIMEOUT
        while rec.alive(master) and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1)
    finally:
        if master is not None:
            rec.stop_pid(master, "postfix master")
            started.remove((master, "postfix master"))
        helpers.stop()
    return helpers


def run_exim(run, out_dir, started, versions):
    base = os.path.join(run, "exim")
    os.makedirs(base)
    root, deb_version = rec.fetch_deb("exim4-daemon-light", run)
    passwd, group, ids = rec.with_users(base, ["Debian-exim"])
    uid, gid = ids["Debian-exim"]
    etc = os.path.join(base, "etc")
    rec.render(os.path.join(HERE, "config", "exim"), os.path.join(etc, "exim4"), run)
    setup = ["mount -t overlay overlay -o lowerdir='%s':/usr/sbin /usr/sbin"
             % os.path.join(root, "usr", "sbin"),
             "mount -t overlay overlay -o lowerdir='%s':/etc /etc" % etc]
    setup += common_setup(run, "exim", [(passwd, "/etc/passwd"), (group, "/etc/group")])
    setup += ["mount -t tmpfs tmpfs /var/spool", "mount -t tmpfs tmpfs /var/log",
              "mkdir /var/spool/exim4 /var/log/exim4",
              "chown %d:%d /var/spool/exim4 /var/log/exim4" % (uid, gid)]
    helpers = Helpers(run, "exim", started)
    env = dict(os.environ, TZ="UTC")
    proc = subprocess.Popen(ns_argv(setup, "/usr/sbin/exim4 -bdf -q15s"), env=env)
    started.append((proc.pid, "exim daemon"))
    try:
        wait_listen(world.MTAS["exim"]["listen"], proc)
        out = nsenter(proc.pid, ["/usr/sbin/exim4", "-bV"], capture_output=True, text=True,
                      check=True).stdout
        version = out.split("\n")[0].split()[2]
        versions["exim"] = "Exim %s (exim4-daemon-light %s)" % (version, deb_version)
        log("exim %s daemon pid %d" % (version, proc.pid))
        rows = inject("exim", None)
        write_sent("exim", rows, out_dir)
        drain("exim", lambda: nsenter(proc.pid, ["/usr/sbin/exim4", "-bpc"], capture_output=True,
                                      text=True).stdout.strip() == "0")
        logdir = "/proc/%d/root/var/log/exim4" % proc.pid
        for name in ("mainlog", "rejectlog", "paniclog"):
            src = os.path.join(logdir, name)
            if os.path.exists(src):
                shutil.copy(src, os.path.join(run, "exim-" + name))
    finally:
        rec.stop_pid(proc.pid, "exim daemon")
        proc.wait(timeout=rec.STOP_TIMEOUT)
        started.remove((proc.pid, "exim daemon"))
        helpers.stop()
    return helpers


def run_opensmtpd(run, out_dir, started, versions):
    base = os.path.join(run, "opensmtpd")
    os.makedirs(base)
    root, deb_version = rec.fetch_deb("opensmtpd", run)
    binary = os.path.join(root, "usr", "sbin", "smtpd")
    smtpctl = os.path.join(root, "usr", "sbin", "smtpctl")
    passwd, group, ids = rec.with_users(base, ["opensmtpd", "opensmtpq"])
    # smtpctl insists on running with the group opensmtpq (it is setgid in a
    # real installation)
    smtpctl = ["setpriv", "--regid", str(ids["opensmtpq"][1]), "--clear-groups", smtpctl]
    conf = os.path.join(base, "conf")
    rec.render(os.path.join(HERE, "config", "opensmtpd"), conf, run)
    conffile = os.path.join(conf, "smtpd.conf")
    setup = common_setup(run, "opensmtpd", [(passwd, "/etc/passwd"), (group, "/etc/group")])
    setup += ["mount -t tmpfs tmpfs /var/spool", "mount -t tmpfs tmpfs /var/lib",
              "mount -t tmpfs tmpfs /run", "mkdir -p /var/lib/opensmtpd/empty",
              "mount -t tmpfs tmpfs /usr/libexec", "mkdir /usr/libexec/opensmtpd",
              "mount --bind '%s' /usr/libexec/opensmtpd"
              % os.path.join(root, "usr", "libexec", "opensmtpd"),
              "hostname %s" % world.MTAS["opensmtpd"]["host"]]
    helpers = Helpers(run, "opensmtpd", started)
    env = dict(os.environ, TZ="UTC")
    rec.sh(ns_argv(setup, "'%s' -n -f '%s'" % (binary, conffile), uts=True), timeout=60)
    proc = subprocess.Popen(ns_argv(setup, "'%s' -F -f '%s'" % (binary, conffile), uts=True),
                            env=env)
    started.append((proc.pid, "opensmtpd"))
    try:
        wait_listen(world.MTAS["opensmtpd"]["listen"], proc)
        versions["opensmtpd"] = "OpenSMTPD %s (opensmtpd %s)" % (deb_version.split("-")[0],
                                                                  deb_version)
        log("opensmtpd %s pid %d" % (deb_version, proc.pid))
        rows = inject("opensmtpd", None)
        write_sent("opensmtpd", rows, out_dir)

        def is_empty():
            out = nsenter(proc.pid, smtpctl + ["show", "queue"], capture_output=True, text=True)
            if out.returncode != 0:
                log("smtpctl show queue: " + out.stderr.strip())
            return out.returncode == 0 and out.stdout.strip() == ""

        def kick():
            out = nsenter(proc.pid, smtpctl + ["schedule", "all"], capture_output=True, text=True)
            if out.returncode != 0:
                log("smtpctl schedule all: " + out.stderr.strip())

        drain("opensmtpd", is_empty, kick)
    finally:
        rec.stop_pid(proc.pid, "opensmtpd")
        proc.wait(timeout=rec.STOP_TIMEOUT)
        started.remove((proc.pid, "opensmtpd"))
        helpers.stop()
    return helpers


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=sorted(world.MTAS))
    ap.add_argument("--out-dir", default=OUT)
    ap.add_argument("--keep-tmp", action="store_true")
    ap.add_argument("--no-after", action="store_true",
                    help="do not run forms.py and answer.py afterwards")
    args = ap.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("run as root (unshare, mount, server start-up)")
    needed = {"unshare": "util-linux", "nsenter": "util-linux", "apt-get": "apt",
              "dpkg-deb": "dpkg"}
    if args.only in (None, "postfix"):
        needed["postfix"] = "postfix"
    missing = sorted({pkg for cmd, pkg in needed.items() if shutil.which(cmd) is None})
    if missing:
        raise SystemExit("install first: apt-get install " + " ".join(missing))
    for mta, info in world.MTAS.items():
        if port_open_at("127.0.0.1", info["listen"]):
            raise SystemExit("127.0.0.1:%d is already in use" % info["listen"])
    for ip in list(world.RECEIVERS) + ["127.0.0.24"]:
        if port_open_at(ip, world.PORT):
            raise SystemExit("%s:%d is already in use" % (ip, world.PORT))
    os.makedirs(os.path.join(args.out_dir, "recording"), exist_ok=True)
    run = tempfile.mkdtemp(prefix="smtp-logs-")
    os.chmod(run, 0o755)
    started, versions = [], {}
    try:
        with open(os.path.join(run, "resolv.conf"), "w") as f:
            f.write("nameserver 127.0.0.1\noptions timeout:2 attempts:1\n")
        os.chmod(os.path.join(run, "resolv.conf"), 0o644)
        dnslog = os.path.join(run, "dns.log")
        dns = subprocess.Popen([sys.executable, os.path.join(OUT, "..", "replies", "fakedns.py"),
                                "--port", "53", "--max-seconds", "3600",
                                "--zone", os.path.join(HERE, "zone.txt"), "--log", dnslog])
        started.append((dns.pid, "fakedns"))
        time.sleep(1.0)
        if dns.poll() is not None:
            raise RuntimeError("fakedns.py could not start (is 127.0.0.1:53 in use?)")
        runners = {"postfix": run_postfix, "exim": run_exim, "opensmtpd": run_opensmtpd}
        done = []
        for mta in ("postfix", "exim", "opensmtpd"):
            if args.only in (None, mta):
                runners[mta](run, args.out_dir, started, versions)
                done.append(mta)
        # keep what was recorded
        for mta in done:
            shutil.copy(os.path.join(run, mta + "-answered.jsonl"),
                        os.path.join(args.out_dir, "recording", mta + "-answered.jsonl"))
            if mta == "exim":
                shutil.copy(os.path.join(run, "exim-mainlog"), os.path.join(args.out_dir,
                                                                            "exim.log"))
                os.chmod(os.path.join(args.out_dir, "exim.log"), 0o644)
            else:
                shutil.copy(os.path.join(run, mta + "-syslog.jsonl"),
                            os.path.join(args.out_dir, "recording", mta + "-syslog.jsonl"))
        shutil.copy(dnslog, os.path.join(args.out_dir, "recording", "dns.log"))
        for mta in done:
            world.record_version(args.out_dir, mta, versions[mta])
        leaks = []
        for root, _dirs, files in os.walk(args.out_dir):
            if os.path.abspath(root).startswith(HERE):
                continue
            for name in files:
                with open(os.path.join(root, name), "rb") as f:
                    data = f.read()
                if run.encode() in data or b"/tmp/" in data:
                    leaks.append(os.path.join(root, name))
        if leaks:
            raise SystemExit("a temporary path was written into: " + ", ".join(leaks))
    finally:
        for pid, name in list(reversed(started)):
            rec.stop_pid(pid, name)
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
        if args.keep_tmp:
            log("kept " + run)
        else:
            shutil.rmtree(run, ignore_errors=True)
    if not args.no_after:
        forms = [sys.executable, os.path.join(HERE, "forms.py"), "--out-dir", args.out_dir]
        rec.sh(forms, timeout=600)
        rec.sh([sys.executable, os.path.join(HERE, "answer.py"), "--out-dir", args.out_dir],
               timeout=120)


if __name__ == "__main__":
    main()
