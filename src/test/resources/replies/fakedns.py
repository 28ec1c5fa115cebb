#!/usr/bin/env python3
"""A tiny, fixed DNS responder for the reply recordings (UDP, loopback only).

The mail servers under test are started in a private mount namespace whose
/etc/resolv.conf points at this responder, so that no DNS query ever leaves
the machine and the answers are the same on every run:

  * example.test, mx.example.test, example.org, mail.example.org,
    partner.example.org and blocked.example.org
                                        -> A 127.0.0.10 (nothing listens there)
  * dnsfail.example.org (and below it)  -> SERVFAIL (a temporary DNS failure)
  * any other name, every MX/AAAA/PTR/TXT question for a name without
    an A answer                          -> NXDOMAIN, or NODATA for known names

With --zone FILE it serves the records of that file instead (used by the
mail-log recorder, ../logs/recorder/zone.txt): lines "name A address",
"name MX preference host", "name PTR host" and "name SERVFAIL"; every
other name is NXDOMAIN.
With --log FILE it appends one line per question: name, type, answer code.

Usage: fakedns.py [--addr 127.0.0.1] [--port 53] [--max-seconds 1800]
                  [--zone FILE] [--log FILE]
It stops by itself after --max-seconds.
"""
import argparse
import socket
import struct
import time

KNOWN_A = {
    "example.test": "127.0.0.10",
    "mx.example.test": "127.0.0.10",
    "example.org": "127.0.0.10",
    "mail.example.org": "127.0.0.10",
    "partner.example.org": "127.0.0.10",
    "blocked.example.org": "127.0.0.10",
}
KNOWN_MX = {}
KNOWN_PTR = {}
SERVFAIL_SUFFIXES = ["dnsfail.example.org"]

QTYPE_A, QTYPE_PTR, QTYPE_MX = 1, 12, 15
RCODE_OK, RCODE_SERVFAIL, RCODE_NXDOMAIN = 0, 2, 3


def parse_question(msg):
    """Return (qname, qtype, end_offset_of_question) or None."""
    if len(msg) < 12:
        return None
    qdcount = struct.unpack("!H", msg[4:6])[0]
    if qdcount != 1:
        return None
    pos, labels = 12, []
    for _ in range(128):  # bounded: a name has at most 127 labels
        if pos >= len(msg):
            return None
        length = msg[pos]
        pos += 1
        if length == 0:
            break
        if length & 0xC0:  # no compression in questions we accept
            return None
        labels.append(msg[pos:pos + length].decode("ascii", "replace"))
        pos += length
    else:
        return None
    if pos + 4 > len(msg):
        return None
    qtype = struct.unpack("!H", msg[pos:pos + 2])[0]
    return ".".join(labels).lower().rstrip("."), qtype, pos + 4


def encode_name(name):
    out = b""
    for label in name.rstrip(".").split("."):
        out += bytes([len(label)]) + label.encode("ascii")
    return out + b"\0"


def load_zone(path):
    """Replace the built-in records with those of a zone file (see above)."""
    KNOWN_A.clear()
    KNOWN_MX.clear()
    KNOWN_PTR.clear()
    del SERVFAIL_SUFFIXES[:]
    with open(path) as f:
        for line in f:
            fields = line.split("#", 1)[0].split()
            if not fields:
                continue
            name, rtype = fields[0].lower().rstrip("."), fields[1].upper()
            if rtype == "A" and fields[2].startswith("127."):
                KNOWN_A[name] = fields[2]
            elif rtype == "MX":
                KNOWN_MX.setdefault(name, []).append((int(fields[2]), fields[3].lower()))
            elif rtype == "PTR" and name.endswith(".127.in-addr.arpa"):
                KNOWN_PTR[name] = fields[2].lower()
            elif rtype == "SERVFAIL":
                SERVFAIL_SUFFIXES.append(name)
            else:
                raise SystemExit("zone: cannot serve %r (A and PTR records: 127.x only)" % line)


def answer(msg):
    parsed = parse_question(msg)
    if parsed is None:
        return None, None
    qname, qtype, qend = parsed
    question = msg[12:qend]
    rd = msg[2] & 0x01
    answers, count = b"", 0
    if any(qname == s or qname.endswith("." + s) for s in SERVFAIL_SUFFIXES):
        rcode = RCODE_SERVFAIL
    elif qname in KNOWN_A or qname in KNOWN_MX or qname in KNOWN_PTR:
        rcode = RCODE_OK
        if qtype == QTYPE_A and qname in KNOWN_A:
            addr = socket.inet_aton(KNOWN_A[qname])
            answers, count = struct.pack("!HHHIH", 0xC00C, QTYPE_A, 1, 60, 4) + addr, 1
        elif qtype == QTYPE_MX and qname in KNOWN_MX:
            for pref, host in KNOWN_MX[qname]:
                rdata = struct.pack("!H", pref) + encode_name(host)
                answers += struct.pack("!HHHIH", 0xC00C, QTYPE_MX, 1, 60, len(rdata)) + rdata
                count += 1
        elif qtype == QTYPE_PTR and qname in KNOWN_PTR:
            rdata = encode_name(KNOWN_PTR[qname])
            answers, count = struct.pack("!HHHIH", 0xC00C, QTYPE_PTR, 1, 60, len(rdata)) + rdata, 1
    else:
        rcode = RCODE_NXDOMAIN
    flags = 0x8000 | 0x0400 | (rd << 8) | 0x0080 | rcode  # QR AA RD RA
    header = msg[0:2] + struct.pack("!HHHHH", flags, 1, count, 0, 0)
    return header + question + answers, "%s %d %d" % (qname, qtype, rcode)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--addr", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=53)
    ap.add_argument("--max-seconds", type=float, default=1800)
    ap.add_argument("--zone")
    ap.add_argument("--log")
    args = ap.parse_args()
    if args.zone:
        load_zone(args.zone)
    qlog = open(args.log, "a") if args.log else None
    if not args.addr.startswith("127."):
        raise SystemExit("fakedns.py serves on loopback only")
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((args.addr, args.port))
    sock.settimeout(1.0)
    deadline = time.monotonic() + args.max_seconds
    while time.monotonic() < deadline:
        try:
            msg, peer = sock.recvfrom(4096)
        except socket.timeout:
            continue
        reply, note = answer(msg)
        if reply is not None:
            sock.sendto(reply, peer)
            if qlog:
                qlog.write(note + "\n")
                qlog.flush()
    sock.close()


if __name__ == "__main__":
    main()
