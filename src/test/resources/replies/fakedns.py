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

Usage: fakedns.py [--addr 127.0.0.1] [--port 53] [--max-seconds 1800]
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
SERVFAIL_SUFFIX = "dnsfail.example.org"

QTYPE_A = 1
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


def answer(msg):
    parsed = parse_question(msg)
    if parsed is None:
        return None
    qname, qtype, qend = parsed
    question = msg[12:qend]
    rd = msg[2] & 0x01
    answers = b""
    if qname == SERVFAIL_SUFFIX or qname.endswith("." + SERVFAIL_SUFFIX):
        rcode = RCODE_SERVFAIL
    elif qname in KNOWN_A:
        rcode = RCODE_OK
        if qtype == QTYPE_A:
            addr = socket.inet_aton(KNOWN_A[qname])
            answers = struct.pack("!HHHIH", 0xC00C, QTYPE_A, 1, 60, 4) + addr
    else:
        rcode = RCODE_NXDOMAIN
    flags = 0x8000 | 0x0400 | (rd << 8) | 0x0080 | rcode  # QR AA RD RA
    header = msg[0:2] + struct.pack("!HHHHH", flags, 1, 1 if answers else 0, 0, 0)
    return header + question + answers


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--addr", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=53)
    ap.add_argument("--max-seconds", type=float, default=1800)
    args = ap.parse_args()
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
        reply = answer(msg)
        if reply is not None:
            sock.sendto(reply, peer)
    sock.close()


if __name__ == "__main__":
    main()
