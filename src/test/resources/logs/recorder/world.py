"""The test world of the mail-log recordings: who sends what to whom, and how
the receiving servers answer.  Shared by receiver.py (which answers by these
rules), logs.py (which injects these messages) and answer.py (which derives
the answer key from what was sent and answered).

Nothing here talks to the network.
"""
import re

# --------------------------------------------------------------------------
# The sending servers (the MTAs under test).  Each listens on 127.0.0.1 at
# "listen" for the messages that logs.py injects, and delivers over SMTP.
MTAS = {
    "postfix": {"host": "smtp1.example.org", "short": "smtp1", "listen": 2525},
    "exim": {"host": "smtp2.example.org", "short": "smtp2", "listen": 2526},
    "opensmtpd": {"host": "smtp3.example.org", "short": "smtp3", "listen": 2527},
}

# --------------------------------------------------------------------------
# The receiving side: receiver.py listens on these loopback addresses, all on
# PORT.  The senders find them through MX records served by fakedns.py (see
# zone.txt) and connect to PORT instead of 25.
PORT = 2600
RECEIVERS = {
    # address: (host name, behaviour)
    "127.0.0.20": ("mx.example.net", "script"),
    "127.0.0.21": ("mx.example.com", "script"),
    "127.0.0.22": ("mx.busy.example.net", "greet421"),
    "127.0.0.23": ("mx.refuse.example.net", "greet554"),
    "127.0.0.25": ("mx.slow.example.net", "silent"),
}
# 127.0.0.24 (mx.down.example.net): nothing listens there -> connection refused
SILENT_SECONDS = 12          # "silent" holds a connection this long, says nothing
GREY_SECONDS = 25            # greylisting: 450 until this long after the first try

# Which address a recipient domain's MX points to (mirrors zone.txt).
DOMAIN_MX = {
    "example.net": "127.0.0.20",
    "example.com": "127.0.0.21",
    "shop.example.com": "127.0.0.21",
    "news.example.com": "127.0.0.21",
    "busy.example.net": "127.0.0.22",
    "refuse.example.net": "127.0.0.23",
    "down.example.net": "127.0.0.24",
    "slow.example.net": "127.0.0.25",
    "nxdomain.example.net": None,      # NXDOMAIN
    "dnsfail.example.net": None,       # SERVFAIL
}

GREETING = {
    "script": "220 {host} ESMTP ready",
    "greet421": "421 4.3.2 {host} Service shutting down, try again later",
    "greet554": "554 5.7.1 {host} No SMTP service here for your network",
}
EHLO_KEYWORDS = ["PIPELINING", "SIZE 10240000", "ENHANCEDSTATUSCODES", "8BITMIME"]

# --------------------------------------------------------------------------
# Scripted replies.  The local part of the recipient (RCPT) or sender (MAIL)
# chooses the reply; "{addr}" is replaced by the address.
RCPT_RULES = [
    # (local part prefix, reply lines)
    ("greylist", None),  # 450 until GREY_SECONDS after the first try, then accepted
    ("tempfail", ["451 4.3.0 <{addr}>: Temporary lookup failure"]),
    ("full", ["452 4.2.2 <{addr}>: Mailbox full, try again later"]),
    ("nosuch", ["550 5.1.1 <{addr}>: Recipient address rejected: User unknown in virtual mailbox table"]),
    ("quota", ["552 5.2.2 <{addr}>: Mailbox quota exceeded"]),
    ("policy", ["554 5.7.1 <{addr}>: Recipient address rejected: Access denied"]),
    ("gone", ["550-5.1.1 The mailbox you tried to reach does not exist. Please check the",
              "550-5.1.1 recipient's address for typos or unnecessary spaces. For",
              "550 5.1.1 more information see https://help.example.net/smtp/5.1.1"]),
    ("plain", ["550 Requested action not taken: mailbox unavailable"]),
    ("hangup", "hangup"),  # the receiver closes the connection without a reply
]
GREYLIST_REPLY = ["450 4.2.0 <{addr}>: Recipient address rejected: Greylisted, "
                  "see https://greylist.example.net/help"]
RCPT_OK = ["250 2.1.5 Ok"]
MAIL_RULES = [
    ("blocked", ["550 5.7.1 <{addr}>: Sender address rejected: Access denied"]),
    ("throttled", ["451 4.7.1 <{addr}>: Sender address rejected: Too many messages, try again later"]),
]
MAIL_OK = ["250 2.1.0 Ok"]
DATA_RULES = [
    # (word in the Subject, reply to the end of data)
    ("SPAMTEST", ["550 5.7.1 Message content rejected: spam detected"]),
    ("DEFERTEST", ["451 4.7.1 Message content check temporarily unavailable, try again later"]),
]
DATA_OK = "250 2.0.0 Ok: queued as {id}"


def local_part(addr):
    return addr.rsplit("@", 1)[0].lower()


def domain(addr):
    return addr.rsplit("@", 1)[1].lower()


def rcpt_rule(addr):
    """The RCPT rule for an address: None (accept), "greylist", "hangup" or lines."""
    lp = local_part(addr)
    for prefix, reply in RCPT_RULES:
        if lp.startswith(prefix):
            return "greylist" if prefix == "greylist" else reply
    return None


def mail_rule(addr):
    lp = local_part(addr) if addr else ""
    for prefix, reply in MAIL_RULES:
        if lp.startswith(prefix):
            return reply
    return None


def data_rule(subject):
    for word, reply in DATA_RULES:
        if word in (subject or ""):
            return reply
    return None


def fill(lines, addr):
    return [line.replace("{addr}", addr) for line in lines]


# --------------------------------------------------------------------------
# The messages each MTA is given, in this order.  "via" is how logs.py hands
# the message over: "smtp" to the MTA's own listener on 127.0.0.1, or
# "sendmail" (Postfix only: its sendmail command; the others take it by SMTP).
class Message:
    def __init__(self, tag, sender, rcpts, subject=None, via="smtp"):
        self.tag, self.sender, self.rcpts, self.via = tag, sender, rcpts, via
        self.subject = subject or "Message %s from the smtp-codes mail-log recording" % tag


MESSAGES = [
    Message("m01", "news-m01@news.example.com", ["anna@example.net"]),
    Message("m02", "orders-m02@shop.example.com", ["bob@example.com"]),
    Message("m03", "orders-m03@shop.example.com", ["greylist-carl@example.net"]),
    Message("m04", "orders-m04@shop.example.com", ["tempfail-dora@example.com"]),
    Message("m05", "news-m05@news.example.com", ["full-carol@example.net"]),
    Message("m06", "orders-m06@shop.example.com", ["nosuch-dave@example.net"]),
    Message("m07", "orders-m07@shop.example.com", ["quota-erin@example.com"]),
    Message("m08", "news-m08@news.example.com", ["policy-frank@example.net"]),
    Message("m09", "news-m09@news.example.com", ["gone-grace@example.com"]),
    Message("m10", "orders-m10@shop.example.com", ["plain-heidi@example.net"]),
    Message("m11", "blocked-m11@shop.example.com", ["ivan@example.net", "judy@example.net"]),
    Message("m12", "throttled-m12@news.example.com", ["mallory@example.com"]),
    Message("m13", "orders-m13@shop.example.com", ["niaj@example.net", "olivia@example.net"],
            subject="SPAMTEST special offer m13"),
    Message("m14", "orders-m14@shop.example.com", ["peggy@example.com"],
            subject="DEFERTEST order m14"),
    Message("m15", "news-m15@news.example.com",
            ["anna@example.net", "nosuch-rupert@example.net", "greylist-sybil@example.net",
             "tempfail-trent@example.net", "victor@nxdomain.example.net",
             "walter@down.example.net", "bob@example.com"]),
    Message("m16", "orders-m16@shop.example.com", ["carol@busy.example.net"]),
    Message("m17", "orders-m17@shop.example.com", ["dave@refuse.example.net"]),
    Message("m18", "orders-m18@shop.example.com", ["erin@down.example.net"]),
    Message("m19", "orders-m19@shop.example.com", ["frank@nxdomain.example.net"]),
    Message("m20", "orders-m20@shop.example.com", ["grace@dnsfail.example.net"]),
    Message("m21", "orders-m21@shop.example.com", ["heidi@slow.example.net"]),
    Message("m22", "orders-m22@shop.example.com", ["hangup-ivan@example.net"]),
    Message("m23", "news-m23@news.example.com",
            ["anna@example.net", "bob@example.net", "carl@example.net"]),
    Message("m24", "orders-m24@shop.example.com", ["nosuch-judy@example.com", "oscar@example.com"],
            via="sendmail"),
]
# Not a delivery: a client at 127.0.0.9 (outside every relay list) tries to
# relay through each MTA and is refused at RCPT; logs.py sends it after m24.
RELAY_ATTEMPT = ("127.0.0.9", "web9.example.org", "someone@example.org", "anna@example.net")

TAG = re.compile(r"-(m\d\d)@")


def tag_of(sender):
    m = TAG.search(sender or "")
    return m.group(1) if m else None


def message_by_tag(tag):
    for m in MESSAGES:
        if m.tag == tag:
            return m
    return None


def message_text(msg, date, message_id):
    return ("From: <%s>\r\n"
            "To: %s\r\n"
            "Subject: %s\r\n"
            "Date: %s\r\n"
            "Message-ID: <%s>\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=us-ascii\r\n"
            "\r\n"
            "Test message %s of the smtp-codes mail-log recording.\r\n"
            % (msg.sender, ", ".join(msg.rcpts), msg.subject, date, message_id, msg.tag))


def record_version(out_dir, key, value):
    """Set one line "key<TAB>value" of recording/versions.txt."""
    import os
    path = os.path.join(out_dir, "recording", "versions.txt")
    rows = {}
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                if "\t" in line:
                    k, v = line.rstrip("\n").split("\t", 1)
                    rows[k] = v
    rows[key] = value
    with open(path, "w") as f:
        for k in sorted(rows):
            f.write("%s\t%s\n" % (k, rows[k]))
