#!/usr/bin/env python3
"""Drive SMTP sessions against one mail server on loopback and record its replies.

Usage:
  record.py --port 2525 --software "Postfix 3.7.11" --server postfix --out postfix.tsv

Every session opens a new TCP connection to 127.0.0.1 (from a loopback source
address, 127.0.0.1 unless the scenario says otherwise), sends the steps of one
scenario and keeps the replies of the steps that carry a scenario id.  The
output is a TSV file with the columns
  software, scenario, command, reply, reply_code, enhanced_code
where a multi-line reply is joined with the two characters backslash and n.
The command column holds the SMTP command line that drew the reply, "(connect)"
for the greeting and "." for the end of the DATA section.

Only loopback addresses are ever contacted; every read has a timeout and every
loop is bounded.
"""
import argparse
import base64
import re
import socket
import sys
import time

HOST = "127.0.0.1"
READ_TIMEOUT = 15.0        # seconds to wait for one complete reply
MAX_REPLY_LINES = 100      # a reply longer than this is cut off
MAX_ERROR_COMMANDS = 30    # upper bound for the "too many errors" session

SENDER = "alice@example.org"          # resolves (A record in fakedns.py)
LOCAL_RCPT = "bob@example.test"       # a known local user

ENHANCED = re.compile(r"^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})(?:\s|$)")


class Closed(Exception):
    pass


class Session:
    def __init__(self, port, source="127.0.0.1"):
        if not (source.startswith("127.") and HOST.startswith("127.")):
            raise ValueError("loopback only")
        self.sock = socket.create_connection((HOST, port), timeout=READ_TIMEOUT,
                                             source_address=(source, 0))
        self.sock.settimeout(READ_TIMEOUT)
        self.buf = b""
        self.closed = False

    def _line(self, deadline):
        for _ in range(10000):  # bounded number of recv calls
            idx = self.buf.find(b"\n")
            if idx >= 0:
                line, self.buf = self.buf[:idx + 1], self.buf[idx + 1:]
                return line.rstrip(b"\r\n").decode("utf-8", "replace")
            if time.monotonic() > deadline:
                raise TimeoutError("no complete reply line")
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                raise TimeoutError("no complete reply line")
            if not chunk:
                self.closed = True
                raise Closed()
            self.buf += chunk
        raise TimeoutError("too many recv calls")

    def reply(self):
        """Read one (possibly multi-line) reply, return its list of lines."""
        deadline = time.monotonic() + READ_TIMEOUT
        lines = []
        for _ in range(MAX_REPLY_LINES):
            line = self._line(deadline)
            lines.append(line)
            if len(line) < 4 or line[3] != "-":
                return lines
        return lines

    def send(self, text):
        self.sock.sendall(text.encode("utf-8") + b"\r\n")

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


# ---------------------------------------------------------------------------
# Scenario steps.  Each step is a tuple (kind, argument, scenario_id or None).
#   ("connect", None, id)      read the greeting
#   ("early", text, id)        send text before the greeting, then read the greeting
#   ("cmd", line, id)          send one command line, read one reply
#   ("pipe", [lines], [ids])   send several lines in one write, read one reply per line
#   ("body", (subject, size), id)  send a message and the final ".", read the reply
#   ("bdat", (subject, size), id)  send "BDAT n LAST" and the message in one chunk
#   ("errors", line, id)       repeat line until the server closes (bounded); keep
#                              only the last reply, and only if the server closed
# ---------------------------------------------------------------------------

def body_text(subject, size):
    head = ("From: Alice <alice@example.org>\r\n"
            "To: Bob <bob@example.test>\r\n"
            "Subject: %s\r\n"
            "Date: Mon, 01 Jan 2024 00:00:00 +0000\r\n"
            "Message-ID: <recording@example.org>\r\n"
            "\r\n" % subject)
    line = "Test message for the smtp-codes reply fixtures.\r\n"
    body = ""
    for _ in range(max(1, size // len(line) + 1)):  # bounded by size
        if len(head) + len(body) >= size:
            break
        body += line
    return head + body + "."


def C(line, sid=None):
    return ("cmd", line, sid)


def start(sid=None, helo="EHLO client.example.org", helo_sid=None):
    return [("connect", None, sid), C(helo, helo_sid)]


def scenarios(server):
    S = []

    def add(steps, source="127.0.0.1", only=None):
        if only is None or server in only:
            S.append((source, steps))

    # greeting, EHLO (multi-line), HELO, NOOP, RSET, QUIT
    add(start("greeting", helo_sid="ehlo") + [C("NOOP", "noop"), C("RSET", "rset"),
                                              C("QUIT", "quit")])
    add(start(helo="HELO client.example.org", helo_sid="helo") + [C("QUIT")])
    # a successful transaction
    add(start() + [C("MAIL FROM:<%s>" % SENDER, "mail-ok"),
                   C("RCPT TO:<%s>" % LOCAL_RCPT, "rcpt-ok"),
                   C("DATA", "data-start"),
                   ("body", ("Hello", 400), "data-accepted"),
                   C("QUIT")])
    add(start() + [C("MAIL FROM:<%s> SIZE=400" % SENDER, "mail-size-ok"),
                   C("RCPT TO:<alice@localhost>", "rcpt-localhost-domain"), C("QUIT")])
    add(start() + [C("MAIL FROM:<>", "mail-null-sender"),
                   C("RCPT TO:<postmaster@example.test>", "rcpt-postmaster"), C("QUIT")])
    add(start() + [C("MAIL FROM:<%s> BODY=8BITMIME" % SENDER, "mail-8bitmime"), C("QUIT")])
    # recipients
    add(start() + [C("MAIL FROM:<%s>" % SENDER),
                   C("RCPT TO:<nobody@example.test>", "unknown-user"), C("QUIT")])
    add(start() + [C("MAIL FROM:<%s>" % SENDER),
                   C("RCPT TO:<nobody@localhost>", "unknown-user-localhost"), C("QUIT")])
    add(start() + [C("MAIL FROM:<%s>" % SENDER),
                   C("RCPT TO:<carol@example.org>", "relay-denied"), C("QUIT")])
    add(start() + [C("MAIL FROM:<%s>" % SENDER),
                   C("RCPT TO:<carol@example.org>", "relay-from-trusted-client"),
                   C("QUIT")], source="127.0.0.2")
    add(start() + [C("MAIL FROM:<%s>" % SENDER),
                   C("RCPT TO:<carol@partner.example.org>", "rcpt-relay-domain"), C("QUIT")])
    add(start() + [C("MAIL FROM:<%s>" % SENDER),
                   C("RCPT TO:<carol@nosuchdomain.example.org>", "unknown-recipient-domain"),
                   C("QUIT")])
    add(start() + [C("MAIL FROM:<%s>" % SENDER),
                   C("RCPT TO:<carol@dnsfail.example.org>", "recipient-domain-dns-tempfail"),
                   C("QUIT")])
    add(start() + [C("MAIL FROM:<%s>" % SENDER),
                   C("RCPT TO:<bob>", "recipient-not-fqdn"), C("QUIT")])
    add(start() + [C("MAIL FROM:<%s>" % SENDER),
                   C("RCPT TO:<disabled@example.test>", "recipient-blocked-policy"),
                   C("QUIT")])
    # senders
    add(start() + [C("MAIL FROM:<alice@nosuchdomain.example.org>",
                     "unknown-sender-domain-mail"),
                   C("RCPT TO:<%s>" % LOCAL_RCPT, "unknown-sender-domain"), C("QUIT")])
    add(start() + [C("MAIL FROM:<alice@dnsfail.example.org>", "sender-domain-dns-tempfail-mail"),
                   C("RCPT TO:<%s>" % LOCAL_RCPT, "sender-domain-dns-tempfail"), C("QUIT")])
    add(start() + [C("MAIL FROM:<nobody@example.test>", "unknown-local-sender-mail"),
                   C("RCPT TO:<%s>" % LOCAL_RCPT, "unknown-local-sender"), C("QUIT")])
    add(start() + [C("MAIL FROM:<alice>", "sender-not-fqdn-mail"),
                   C("RCPT TO:<%s>" % LOCAL_RCPT, "sender-not-fqdn"), C("QUIT")])
    add(start() + [C("MAIL FROM:<spammer@example.org>", "sender-blocked-policy-mail"),
                   C("RCPT TO:<%s>" % LOCAL_RCPT, "sender-blocked-policy"), C("QUIT")])
    add(start() + [C("MAIL FROM:<anyone@blocked.example.org>", "sender-domain-blocked-mail"),
                   C("RCPT TO:<%s>" % LOCAL_RCPT, "sender-domain-blocked"), C("QUIT")])
    # clients and HELO
    add([("connect", None, "client-blocked-greeting"),
         C("EHLO client.example.org", "client-blocked-ehlo"),
         C("MAIL FROM:<%s>" % SENDER, "client-blocked-mail"),
         C("RCPT TO:<%s>" % LOCAL_RCPT, "client-blocked"), C("QUIT")], source="127.0.0.3")
    add([("connect", None, "client-no-reverse-dns-greeting"),
         C("EHLO client.example.org"),
         C("MAIL FROM:<%s>" % SENDER),
         C("RCPT TO:<%s>" % LOCAL_RCPT, "client-no-reverse-dns"), C("QUIT")],
        source="127.0.0.4")
    add(start(helo="EHLO bad_host!", helo_sid="helo-invalid-ehlo") +
        [C("MAIL FROM:<%s>" % SENDER, "helo-invalid-mail"),
         C("RCPT TO:<%s>" % LOCAL_RCPT, "helo-invalid"), C("QUIT")])
    add(start(helo="EHLO mailer", helo_sid="helo-not-fqdn-ehlo") +
        [C("MAIL FROM:<%s>" % SENDER),
         C("RCPT TO:<%s>" % LOCAL_RCPT, "helo-not-fqdn"), C("QUIT")])
    add([("connect", None, None), C("HELO", "helo-no-argument"), C("QUIT")])
    add([("connect", None, None), C("EHLO", "ehlo-no-argument"), C("QUIT")])
    add([("connect", None, None), C("MAIL FROM:<%s>" % SENDER, "mail-before-helo"),
         C("QUIT")])
    add([("early", "EHLO client.example.org", "early-talker-greeting"),
         ("reply", None, "early-talker-ehlo"), C("QUIT")])
    # sequence errors
    add(start() + [C("RCPT TO:<%s>" % LOCAL_RCPT, "rcpt-before-mail"), C("QUIT")])
    add(start() + [C("DATA", "data-before-mail"), C("QUIT")])
    add(start() + [C("MAIL FROM:<%s>" % SENDER), C("DATA", "data-before-rcpt"), C("QUIT")])
    add(start() + [C("MAIL FROM:<%s>" % SENDER),
                   C("RCPT TO:<nobody@example.test>"),
                   C("DATA", "data-no-valid-recipients"), C("QUIT")])
    add(start() + [C("MAIL FROM:<%s>" % SENDER),
                   C("MAIL FROM:<%s>" % SENDER, "mail-nested"), C("QUIT")])
    add(start(helo="HELO client.example.org") +
        [("pipe", ["MAIL FROM:<%s>" % SENDER, "RCPT TO:<%s>" % LOCAL_RCPT, "DATA"],
          ["unauth-pipelining-mail", "unauth-pipelining-rcpt", "unauth-pipelining"]),
         C("QUIT")])
    # syntax errors (one per session: some servers drop after a few errors)
    for sid, line in [
            ("mail-no-brackets", "MAIL FROM:%s" % SENDER),
            ("mail-unbalanced-bracket", "MAIL FROM:<%s" % SENDER),
            ("mail-garbage", "MAIL FROM:garbage here"),
            ("mail-no-argument", "MAIL"),
            ("mail-missing-from", "MAIL <%s>" % SENDER),
            ("mail-bad-address", "MAIL FROM:<alice@@example.org>"),
            ("mail-unknown-parameter", "MAIL FROM:<%s> FOO=BAR" % SENDER),
            ("mail-bad-size-parameter", "MAIL FROM:<%s> SIZE=huge" % SENDER)]:
        add(start() + [C(line, sid), C("QUIT")])
    for sid, line in [
            ("rcpt-no-brackets", "RCPT TO:%s" % LOCAL_RCPT),
            ("rcpt-garbage", "RCPT TO:garbage here"),
            ("rcpt-no-argument", "RCPT"),
            ("rcpt-bad-address", "RCPT TO:<bob@@example.test>")]:
        add(start() + [C("MAIL FROM:<%s>" % SENDER), C(line, sid), C("QUIT")])
    # other commands
    for sid, line in [
            ("unknown-command", "FOO bar"),
            ("vrfy-local-part", "VRFY alice"),
            ("vrfy-known", "VRFY alice@example.test"),
            ("vrfy-unknown", "VRFY nobody@example.test"),
            ("vrfy-no-argument", "VRFY"),
            ("expn", "EXPN staff"),
            ("help", "HELP"),
            ("etrn", "ETRN example.test"),
            ("starttls-unavailable", "STARTTLS"),
            ("noop-with-argument", "NOOP hello"),
            ("quit-with-argument", "QUIT now")]:
        add(start() + [C(line, sid), C("QUIT")])
    add(start() + [("errors", "FOO bar", "too-many-errors")])
    # limits
    add(start() + [C("MAIL FROM:<%s> SIZE=20000" % SENDER, "message-size-declared-too-large"),
                   C("QUIT")])
    add(start() + [C("MAIL FROM:<%s>" % SENDER), C("RCPT TO:<%s>" % LOCAL_RCPT),
                   C("DATA"), ("body", ("Large", 12000), "message-too-large"), C("QUIT")])
    add(start() + [C("MAIL FROM:<%s>" % SENDER),
                   C("RCPT TO:<alice@example.test>"), C("RCPT TO:<bob@example.test>"),
                   C("RCPT TO:<dave@example.test>"),
                   C("RCPT TO:<erin@example.test>", "too-many-recipients"),
                   C("RCPT TO:<postmaster@example.test>", "too-many-recipients-again"),
                   C("DATA", "too-many-recipients-data"),
                   ("body", ("Hello", 400), "too-many-recipients-end-of-data"),
                   C("QUIT")])
    # BDAT (CHUNKING)
    add(start() + [C("MAIL FROM:<%s>" % SENDER), C("RCPT TO:<%s>" % LOCAL_RCPT),
                   ("bdat", ("Hello", 400), "bdat-last"), C("QUIT")])
    add(start() + [("bdat", ("Hello", 400), "bdat-before-mail"), C("QUIT")])
    # content
    add(start() + [C("MAIL FROM:<%s>" % SENDER), C("RCPT TO:<%s>" % LOCAL_RCPT),
                   C("DATA"), ("body", ("BLOCKED-SUBJECT", 400), "content-rejected"),
                   C("QUIT")])
    # AUTH without TLS
    plain_ok = base64.b64encode(b"\0alice\0example-password").decode()
    plain_bad = base64.b64encode(b"\0alice\0wrong-password").decode()
    add(start() + [C("AUTH PLAIN " + plain_ok, "auth-plain-good-credentials"),
                   C("AUTH PLAIN " + plain_ok, "auth-twice"),
                   C("MAIL FROM:<%s>" % SENDER),
                   C("RCPT TO:<carol@example.org>", "relay-after-auth"), C("QUIT")])
    add(start() + [C("AUTH PLAIN " + plain_bad, "auth-plain-bad-credentials"), C("QUIT")])
    add(start() + [C("AUTH LOGIN", "auth-login"),
                   C(base64.b64encode(b"alice").decode(), "auth-login-username"),
                   C(base64.b64encode(b"example-password").decode(), "auth-login-password"),
                   C("QUIT")])
    add(start() + [C("MAIL FROM:<%s>" % SENDER),
                   C("AUTH PLAIN " + plain_ok, "auth-during-transaction"), C("QUIT")])
    add(start() + [C("AUTH LOGIN", None), C("*", "auth-cancelled"), C("QUIT")])
    add(start() + [C("AUTH CRAM-SHA9", "auth-unknown-mechanism"), C("QUIT")])
    add(start() + [C("AUTH PLAIN !!notbase64!!", "auth-bad-base64"), C("QUIT")])
    return S


# ---------------------------------------------------------------------------

def run_session(port, source, steps, rows, log):
    try:
        sess = Session(port, source)
    except OSError as e:
        log("  cannot connect from %s: %s" % (source, e))
        return
    try:
        for kind, arg, sid in steps:
            if kind == "connect":
                got = [("(connect)", sess.reply(), sid)]
            elif kind == "early":
                sess.send(arg)
                got = [("(connect)", sess.reply(), sid)]
            elif kind == "reply":  # the reply to the command sent with "early"
                got = [(steps[0][1], sess.reply(), sid)]
            elif kind == "cmd":
                sess.send(arg)
                got = [(arg, sess.reply(), sid)]
            elif kind == "pipe":
                sess.sock.sendall(("\r\n".join(arg) + "\r\n").encode())
                got = []
                for line, s in zip(arg, sid):
                    got.append((line, sess.reply(), s))
                    rows_add(rows, got[-1:], log)
                got = []
            elif kind == "body":
                subject, size = arg
                sess.sock.sendall(body_text(subject, size).encode() + b"\r\n")
                got = [(".", sess.reply(), sid)]
            elif kind == "bdat":
                subject, size = arg
                chunk = body_text(subject, size)[:-1].encode()  # without the final "."
                command = "BDAT %d LAST" % len(chunk)
                sess.sock.sendall(command.encode() + b"\r\n" + chunk)
                got = [(command, sess.reply(), sid)]
            elif kind == "errors":
                # keep the last reply only if the server then closed the session
                last, closed = None, False
                for _ in range(MAX_ERROR_COMMANDS):
                    try:
                        sess.send(arg)
                        last = sess.reply()
                    except (Closed, OSError):
                        closed = True
                        break
                if not closed:
                    log("  still open after %d errors: nothing recorded" % MAX_ERROR_COMMANDS)
                got = [(arg, last, sid)] if last and closed else []
            else:
                raise ValueError(kind)
            rows_add(rows, got, log)
    except Closed:
        log("  server closed the connection")
    except TimeoutError as e:
        log("  timeout: %s" % e)
    except OSError as e:
        log("  socket error: %s" % e)
    finally:
        sess.close()


def rows_add(rows, got, log):
    for command, lines, sid in got:
        log("  > %s" % command)
        for line in lines:
            log("  < %s" % line)
        if sid:
            rows.append((sid, command, lines))


def tsv_field(text):
    if "\t" in text or "\r" in text or "\n" in text:
        raise ValueError("unexpected control character in %r" % text)
    return text


def write_tsv(path, software, rows):
    seen = set()
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("software\tscenario\tcommand\treply\treply_code\tenhanced_code\n")
        for sid, command, lines in rows:
            if sid in seen:
                raise ValueError("duplicate scenario id " + sid)
            seen.add(sid)
            m = ENHANCED.match(lines[0])
            fields = [software, sid, command, "\\n".join(lines), lines[0][:3],
                      m.group(1) if m else ""]
            out.write("\t".join(tsv_field(f) for f in fields) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--software", required=True)
    ap.add_argument("--server", required=True, help="name used for server-specific scenarios")
    ap.add_argument("--out", required=True)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()

    def log(msg):
        if not args.quiet:
            print(msg, file=sys.stderr)

    rows = []
    for i, (source, steps) in enumerate(scenarios(args.server)):
        ids = [s[2] for s in steps if s[2]]
        log("session %d from %s: %s" % (i + 1, source, ids))
        run_session(args.port, source, steps, rows, log)
    write_tsv(args.out, args.software, rows)
    log("%d replies written to %s" % (len(rows), args.out))


if __name__ == "__main__":
    main()
