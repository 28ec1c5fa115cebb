#!/usr/bin/env python3
"""Start Postfix, Exim and OpenSMTPD on loopback, record their SMTP replies, stop them.

Run as root on Debian 12 from this folder (see HOW.md for the packages):
  python3 run.py                  # all three: postfix.tsv, exim.tsv, opensmtpd.tsv
  python3 run.py --only exim      # just one of them

What it does, all inside one temporary directory that it deletes at the end:
  * starts fakedns.py on 127.0.0.1:53 (UDP), a fixed DNS responder;
  * renders config/<server>/* with "@RUN@" replaced by the temporary directory;
  * starts each server in a private mount namespace (unshare --mount) in which
    /etc/resolv.conf names only 127.0.0.1 (and, for Exim and OpenSMTPD,
    /etc/passwd and /etc/group carry the system users their binaries need),
    so that the host's files are not changed and no DNS query leaves the
    machine;
  * Postfix comes from the installed Debian package "postfix"; Exim from
    "exim4-daemon-light" and OpenSMTPD from "opensmtpd", each fetched with
    "apt-get download" and unpacked with "dpkg-deb -x" into the temporary
    directory (the three packages conflict with each other);
  * runs record.py against 127.0.0.1:2525 (Postfix), 127.0.0.1:2526 (Exim)
    and 127.0.0.1:2527 (OpenSMTPD);
  * stops every process it started, by PID, and removes the directory.
Nothing leaves the machine: Postfix's transports are all "discard", Exim only
queues (no queue runner), OpenSMTPD hands every message to "/bin/true".
"""
import argparse
import glob
import os
import pwd
import grp
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PORTS = {"postfix": 2525, "exim": 2526, "opensmtpd": 2527}
START_TIMEOUT = 30.0
STOP_TIMEOUT = 15.0


def log(msg):
    print("run.py: " + msg, file=sys.stderr, flush=True)


def sh(cmd, **kw):
    kw.setdefault("timeout", 300)
    return subprocess.run(cmd, check=True, **kw)


def port_open(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1.0):
            return True
    except OSError:
        return False


def wait_port(port, proc=None):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if port_open(port):
            return
        if proc is not None and proc.poll() is not None:
            raise RuntimeError("server exited with status %s" % proc.returncode)
        time.sleep(0.2)
    raise RuntimeError("nothing listens on 127.0.0.1:%d" % port)


def children_of(pid):
    kids = []
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            with open(stat) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.split("/")[2]))
    return kids


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie child of ours counts as gone
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def stop_pid(pid, name):
    """SIGTERM one process (and afterwards any child it leaves), by PID."""
    kids = children_of(pid)
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + STOP_TIMEOUT
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    if alive(pid):
        log("%s (pid %d) did not stop, sending SIGKILL" % (name, pid))
        os.kill(pid, signal.SIGKILL)
    for kid in kids:
        if alive(kid):
            log("stopping left-over child %d of %s" % (kid, name))
            stop_pid(kid, name + " child")
    log("stopped %s (pid %d)" % (name, pid))


def render(src_dir, dst_dir, run):
    for root, _dirs, files in os.walk(src_dir):
        rel = os.path.relpath(root, src_dir)
        os.makedirs(os.path.join(dst_dir, rel), exist_ok=True)
        for name in files:
            with open(os.path.join(root, name)) as f:
                text = f.read().replace("@RUN@", run)
            with open(os.path.join(dst_dir, rel, name), "w") as f:
                f.write(text)


def in_namespace(binds, command, setup=(), uts=False):
    """argv that runs command (a shell string) with the given bind mounts
    (and further setup commands) in a private mount (and UTS) namespace."""
    steps = ["mount --bind '%s' '%s'" % (src, dst) for src, dst in binds] + list(setup)
    return ["unshare", "--mount", "--propagation", "private"] + (["--uts"] if uts else []) + \
        ["--", "sh", "-c", " && ".join(steps) + " && exec " + command]


def fetch_deb(package, run):
    """apt-get download + dpkg -x into the temporary directory; returns
    (root of the unpacked tree, Debian version)."""
    debs = os.path.join(run, "debs")
    os.makedirs(debs, exist_ok=True)
    sh(["apt-get", "download", package], cwd=debs)
    deb = glob.glob(os.path.join(debs, package + "_*.deb"))[0]
    root = os.path.join(run, package + "-root")
    sh(["dpkg-deb", "-x", deb, root])
    version = subprocess.run(["dpkg-deb", "-f", deb, "Version"], check=True,
                             capture_output=True, text=True).stdout.strip()
    log("%s %s unpacked" % (package, version))
    return root, version


def with_users(base, users):
    """Copies of /etc/passwd and /etc/group with extra system users, each with
    a free uid/gid of its own; returns (passwd, group, {name: (uid, gid)})."""
    ids, taken_u, taken_g = {}, set(), set()
    for name in users:
        uid = free_id(lambda i: i in taken_u or uid_taken(i))
        gid = free_id(lambda i: i in taken_g or gid_taken(i))
        taken_u.add(uid)
        taken_g.add(gid)
        ids[name] = (uid, gid)
    passwd, group = os.path.join(base, "passwd"), os.path.join(base, "group")
    with open("/etc/passwd") as f, open(passwd, "w") as g:
        g.write(f.read())
        for name, (uid, gid) in ids.items():
            g.write("%s:x:%d:%d:%s (recording only):/nonexistent:/usr/sbin/nologin\n"
                    % (name, uid, gid, name))
    with open("/etc/group") as f, open(group, "w") as g:
        g.write(f.read())
        for name, (uid, gid) in ids.items():
            g.write("%s:x:%d:\n" % (name, gid))
    for p in (passwd, group):
        os.chmod(p, 0o644)
    return passwd, group, ids


def record(server, software, out_dir):
    out = os.path.join(out_dir, server + ".tsv")
    log("recording %s (%s) into %s" % (server, software, out))
    sh([sys.executable, os.path.join(HERE, "record.py"), "--port", str(PORTS[server]),
        "--software", software, "--server", server, "--out", out], timeout=900)


def run_postfix(run, resolv, out_dir, started):
    base = os.path.join(run, "postfix")
    conf = os.path.join(base, "conf")
    render(os.path.join(HERE, "config", "postfix"), conf, run)
    for d in ("queue", "data"):
        os.makedirs(os.path.join(base, d))
    shutil.chown(os.path.join(base, "data"), "postfix", "postfix")
    # SASL user alice@example.test for AUTH PLAIN / LOGIN
    sasldb = os.path.join(base, "sasldb2")
    sh(["saslpasswd2", "-p", "-c", "-f", sasldb, "-u", "example.test", "alice"],
       input=b"example-password", timeout=30)
    shutil.chown(sasldb, "root", "postfix")
    os.chmod(sasldb, 0o640)
    sh(["postfix", "-c", conf, "check"], timeout=60)
    version = subprocess.run(["postconf", "-c", conf, "-h", "mail_version"], check=True,
                             capture_output=True, text=True, timeout=30).stdout.strip()
    proc = subprocess.Popen(in_namespace([(resolv, "/etc/resolv.conf")],
                                         "postfix -c '%s' start" % conf))
    proc.wait(timeout=60)
    pidfile = os.path.join(base, "queue", "pid", "master.pid")
    wait_port(PORTS["postfix"])
    with open(pidfile) as f:
        pid = int(f.read().strip())
    started.append((pid, "postfix master"))
    log("postfix %s master pid %d" % (version, pid))
    try:
        record("postfix", "Postfix " + version, out_dir)
    finally:
        stop_pid(pid, "postfix master")
        started.remove((pid, "postfix master"))


def uid_taken(i):
    try:
        pwd.getpwuid(i)
        return True
    except KeyError:
        return False


def gid_taken(i):
    try:
        grp.getgrgid(i)
        return True
    except KeyError:
        return False


def free_id(exists, lo=64000, hi=64999):
    for i in range(lo, hi + 1):
        if not exists(i):
            return i
    raise RuntimeError("no free id")


def run_exim(run, resolv, out_dir, started, exim_root=None):
    base = os.path.join(run, "exim")
    os.makedirs(base)
    if exim_root is None:
        exim_root, _ = fetch_deb("exim4-daemon-light", run)
    binary = os.path.join(exim_root, "usr", "sbin", "exim4")
    passwd, group, ids = with_users(base, ["Debian-exim"])
    uid, gid = ids["Debian-exim"]
    conf = os.path.join(base, "conf")
    render(os.path.join(HERE, "config", "exim"), conf, run)
    for d in ("spool", "log"):
        os.makedirs(os.path.join(base, d))
        os.chown(os.path.join(base, d), uid, gid)
    binds = [(resolv, "/etc/resolv.conf"), (passwd, "/etc/passwd"), (group, "/etc/group")]
    conffile = os.path.join(conf, "exim4.conf")
    out = subprocess.run(in_namespace(binds, "'%s' -C '%s' -bV" % (binary, conffile)),
                         check=True, capture_output=True, text=True, timeout=60).stdout
    version = out.split("\n")[0].split()[2]  # "Exim version 4.96 #2 built ..."
    proc = subprocess.Popen(in_namespace(binds, "'%s' -C '%s' -bdf" % (binary, conffile)))
    started.append((proc.pid, "exim daemon"))
    wait_port(PORTS["exim"], proc)
    log("exim %s daemon pid %d" % (version, proc.pid))
    try:
        record("exim", "Exim " + version, out_dir)
    finally:
        stop_pid(proc.pid, "exim daemon")
        proc.wait(timeout=STOP_TIMEOUT)
        started.remove((proc.pid, "exim daemon"))


def run_opensmtpd(run, resolv, out_dir, started):
    base = os.path.join(run, "opensmtpd")
    os.makedirs(base)
    root, deb_version = fetch_deb("opensmtpd", run)
    binary = os.path.join(root, "usr", "sbin", "smtpd")
    passwd, group, _ids = with_users(base, ["opensmtpd", "opensmtpq"])
    conf = os.path.join(base, "conf")
    render(os.path.join(HERE, "config", "opensmtpd"), conf, run)
    conffile = os.path.join(conf, "smtpd.conf")
    binds = [(resolv, "/etc/resolv.conf"), (passwd, "/etc/passwd"), (group, "/etc/group")]
    # queue, chroot directory and control socket on tmpfs, seen only by the server
    setup = ["mount -t tmpfs tmpfs /var/spool", "mount -t tmpfs tmpfs /var/lib",
             "mount -t tmpfs tmpfs /run", "mkdir -p /var/lib/opensmtpd/empty",
             # its delivery helpers (mail.mda runs "/bin/true"), at the compiled-in path
             "mount -t tmpfs tmpfs /usr/libexec", "mkdir /usr/libexec/opensmtpd",
             "mount --bind '%s' /usr/libexec/opensmtpd"
             % os.path.join(root, "usr", "libexec", "opensmtpd"),
             "hostname mx.example.test"]
    sh(in_namespace(binds, "'%s' -n -f '%s'" % (binary, conffile), setup, uts=True),
       timeout=60)
    version = deb_version.split("-")[0]  # Debian 6.8.0p2-4+b4 -> 6.8.0p2
    with open(os.path.join(base, "smtpd.log"), "w") as logf:
        proc = subprocess.Popen(in_namespace(binds, "'%s' -d -f '%s'" % (binary, conffile),
                                             setup, uts=True),
                                stdout=logf, stderr=subprocess.STDOUT)
    started.append((proc.pid, "opensmtpd"))
    wait_port(PORTS["opensmtpd"], proc)
    log("opensmtpd %s pid %d" % (version, proc.pid))
    try:
        record("opensmtpd", "OpenSMTPD " + version, out_dir)
    finally:
        stop_pid(proc.pid, "opensmtpd")
        proc.wait(timeout=STOP_TIMEOUT)
        started.remove((proc.pid, "opensmtpd"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=sorted(PORTS))
    ap.add_argument("--out-dir", default=HERE)
    ap.add_argument("--exim-root", help="an already unpacked exim4-daemon-light (dpkg -x)")
    ap.add_argument("--keep-tmp", action="store_true")
    args = ap.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("run as root (unshare, mount, server start-up)")
    needed = {"unshare": "util-linux", "apt-get": "apt", "dpkg-deb": "dpkg"}
    if args.only in (None, "postfix"):
        needed.update({"postfix": "postfix", "saslpasswd2": "sasl2-bin"})
    missing = sorted({pkg for cmd, pkg in needed.items() if shutil.which(cmd) is None})
    if missing:
        raise SystemExit("install first: apt-get install " + " ".join(missing))
    for port in [53] + list(PORTS.values()):
        if port != 53 and port_open(port):
            raise SystemExit("127.0.0.1:%d is already in use" % port)
    run = tempfile.mkdtemp(prefix="smtp-replies-")
    os.chmod(run, 0o755)
    started = []
    try:
        resolv = os.path.join(run, "resolv.conf")
        with open(resolv, "w") as f:
            f.write("nameserver 127.0.0.1\noptions timeout:2 attempts:1\n")
        os.chmod(resolv, 0o644)
        dns = subprocess.Popen([sys.executable, os.path.join(HERE, "fakedns.py"),
                                "--port", "53", "--max-seconds", "1800"])
        started.append((dns.pid, "fakedns"))
        time.sleep(1.0)
        if dns.poll() is not None:
            raise RuntimeError("fakedns.py could not start (is 127.0.0.1:53 in use?)")
        if args.only in (None, "postfix"):
            run_postfix(run, resolv, args.out_dir, started)
        if args.only in (None, "exim"):
            run_exim(run, resolv, args.out_dir, started, args.exim_root)
        if args.only in (None, "opensmtpd"):
            run_opensmtpd(run, resolv, args.out_dir, started)
    finally:
        for pid, name in list(reversed(started)):
            stop_pid(pid, name)
        for pid, name in started:
            if name in ("fakedns", "exim daemon", "opensmtpd"):
                try:
                    os.waitpid(pid, 0)
                except ChildProcessError:
                    pass
        if args.keep_tmp:
            log("kept " + run)
        else:
            shutil.rmtree(run, ignore_errors=True)


if __name__ == "__main__":
    main()
