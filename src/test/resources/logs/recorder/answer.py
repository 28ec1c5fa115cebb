#!/usr/bin/env python3
"""Derive the answer key ../expected.tsv from what was sent and answered.

For each MTA it reads
  ../recording/<mta>-sent.tsv        the messages logs.py handed over, with the
                                     queue id the MTA gave in its reply to DATA
  ../recording/<mta>-answered.jsonl  every reply receiver.py gave, and the
                                     Received header of every message it took
  world.py                           the scenario: what each destination does
and writes one row per delivery attempt that the MTA's log records.

Where the outcome and reply come from ("basis" column):
  receiver   the attempt reached receiver.py: the reply code, enhanced code and
             text are the receiver's own reply to that recipient (to its RCPT,
             to MAIL, or to the end of data), written the way the MTA writes a
             reply (Postfix joins the lines of a multi-line reply with a space,
             Exim with the two characters \\n, OpenSMTPD keeps the first line
             whole and appends the text of the others, see logged()); the
             outcome follows the code: 2xx delivered, 4xx deferred, 5xx bounced.
  hand       sendmail.log and its key sendmail-key.tsv are written by hand
             (see ../HOW.md); answer.py only checks them against each other.
  scenario   the attempt did not reach receiver.py (connection refused, no
             greeting, 421/554 greeting, DNS failure, a retry that the MTA
             skipped because the host was still marked as failing, the final
             give-up): the outcome is the scenario's (world.py and fate()
             below): every such attempt is "deferred", except the last line of
             a recipient whose fate is "expired" (that line is "expired") or
             "bounced" (then there is exactly that one line: "bounced").  Reply
             columns are filled only for the 421/554 greetings, and only where
             the log line carries that greeting's text.

The only thing taken from the log is where the lines are: for each queue id
and recipient, the status lines are found in file order by a fixed pattern
(see LOCATE) and paired in order with the expected attempts; answer.py fails
if a receiver reply is not found on the line it is paired with, if a line is
left over, or if a recipient's last line does not end in its scenario fate.
Postfix's expiry line (qmgr "status=expired, returned to sender") names no
recipient: it counts as the "expired" line of every recipient of that queue
id whose fate is "expired".

Usage: answer.py [--out-dir ..]   (prints the counts, writes ../expected.tsv)
"""
import argparse
import collections
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import world  # noqa: E402

LOG_FILES = {"postfix": "postfix.log", "exim": "exim.log", "opensmtpd": "opensmtpd.log"}
COLUMNS = ["file", "line", "queue_id", "sender", "recipient", "outcome", "reply_code",
           "enhanced_code", "reply", "basis"]
ENHANCED = re.compile(r"^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})(?:\s|$)")
RECEIVED_ID = re.compile(r"\bid ([0-9A-Za-z-]+)")

# Where the status lines are: (pattern, kind).  "qid" and "rcpt" name the
# groups; OpenSMTPD's envelope id starts with the message id (8 hex digits).
LOCATE = {
    "postfix": [
        (re.compile(r" postfix/[a-z]+\[\d+\]: (?P<qid>[0-9A-F]+): to=<(?P<rcpt>[^>]*)>,.* status="),
         "status"),
        (re.compile(r" postfix/qmgr\[\d+\]: (?P<qid>[0-9A-F]+): from=<[^>]*>, status=expired,"),
         "expire-message"),
    ],
    "exim": [
        (re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (?P<qid>[0-9A-Za-z]{6}-[0-9A-Za-z]{6}-"
                    r"[0-9A-Za-z]{2}) (?:=>|->|==|\*\*) (?P<rcpt>[^ :]+)"), "status"),
    ],
    "opensmtpd": [
        (re.compile(r" mta delivery evpid=(?P<qid>[0-9a-f]{8})[0-9a-f]{8} from=<[^>]*> "
                    r"to=<(?P<rcpt>[^>]*)>"), "status"),
        (re.compile(r" Expire for (?P<qid>[0-9a-f]{8})[0-9a-f]{8}: from=<[^>]*>, "
                    r"to=<(?P<rcpt>[^>]*)>"), "status"),
    ],
}


def logged(mta, lines):
    """A reply as the MTA writes it in its log."""
    if mta == "postfix":
        return " ".join(lines)
    if mta == "exim":
        return "\\n".join(lines)
    # OpenSMTPD (mta_session.c) keeps the first line whole and appends each
    # further line without its "NNN-" and, if there is one, without a d.d.d
    # enhanced code (the space after that code stays, so the texts join with a
    # space; without such a code they join with none)
    out = lines[0]
    for line in lines[1:]:
        p = line[4:]
        if re.match(r"\d\.\d\.\d\s", p):
            p = p[5:]
        out += p
    return out


def codes(lines):
    m = ENHANCED.match(lines[0])
    return lines[0][:3], (m.group(1) if m else "")


def outcome_of(code):
    return {"2": "delivered", "4": "deferred", "5": "bounced"}[code[0]]


def fate(mta, msg, rcpt):
    """What finally happens to one recipient, by the scenario alone."""
    dom = world.domain(rcpt)
    if dom == "nxdomain.example.net":
        return "bounced"
    if dom == "refuse.example.net":
        # a 554 greeting: Exim fails the address; Postfix (smtp_skip_5xx_greeting
        # = yes, its default) and OpenSMTPD treat it as a temporary failure
        return "bounced" if mta == "exim" else "expired"
    if dom in ("busy.example.net", "down.example.net", "slow.example.net",
               "dnsfail.example.net"):
        return "expired"
    mail = world.mail_rule(msg.sender)
    if mail is not None:
        return outcome_of(mail[0][:3]).replace("deferred", "expired")
    data = world.data_rule(msg.subject)
    rule = world.rcpt_rule(rcpt)
    if rule == "greylist":
        rule = None
    if rule == "hangup":
        return "expired"
    if rule is not None:
        return outcome_of(rule[0][:3]).replace("deferred", "expired")
    if data is not None:
        return outcome_of(data[0][:3]).replace("deferred", "expired")
    return "delivered"


def greeting_of(rcpt):
    ip = world.DOMAIN_MX.get(world.domain(rcpt))
    if ip in world.RECEIVERS:
        host, behaviour = world.RECEIVERS[ip]
        if behaviour.startswith("greet"):
            return [world.GREETING[behaviour].format(host=host)]
    return None


def load(mta, out_dir):
    with open(os.path.join(out_dir, "recording", mta + "-sent.tsv"), newline="") as f:
        sent = list(csv.DictReader(f, delimiter="\t"))
    with open(os.path.join(out_dir, "recording", mta + "-answered.jsonl")) as f:
        events = [json.loads(line) for line in f]
    with open(os.path.join(out_dir, LOG_FILES[mta]), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return sent, events, lines


class Msg:
    def __init__(self, qid, sender, rcpts, subject, scenario):
        self.qid, self.sender, self.rcpts, self.subject = qid, sender, rcpts, subject
        self.scenario = scenario   # a world.Message, or None for a bounce / delay notice


def build(mta, out_dir, problems):
    sent, events, loglines = load(mta, out_dir)
    tag_qid = {row["tag"]: row["queue_id"] for row in sent if row["queue_id"]}
    # queue ids seen by the receiver, from the Received header the MTA added
    for ev in events:
        if ev["event"] == "data" and ev["mail_from"]:
            m = RECEIVED_ID.search(ev["received"] or "")
            tag = world.tag_of(ev["mail_from"])
            if m and tag:
                if tag in tag_qid and tag_qid[tag] != m.group(1):
                    problems.append("%s: %s queued as %s but Received says %s"
                                    % (mta, tag, tag_qid[tag], m.group(1)))
                tag_qid.setdefault(tag, m.group(1))
    msgs = {}
    for m in world.MESSAGES:
        if m.tag not in tag_qid:
            problems.append("%s: no queue id for %s" % (mta, m.tag))
            continue
        msgs[tag_qid[m.tag]] = Msg(tag_qid[m.tag], m.sender, m.rcpts, m.subject, m)

    # the receiver's replies, per (queue id, recipient), in time order
    replies = collections.defaultdict(list)
    hangups = collections.Counter()
    for ev in events:
        if ev["event"] == "mail" and ev["reply"][0][0] in "45":
            sender = re.match(r"MAIL FROM:\s*<([^>]*)>", ev["cmd"], re.I).group(1)
            msg = msgs[tag_qid[world.tag_of(sender)]]
            for r in msg.rcpts:
                if world.DOMAIN_MX.get(world.domain(r)) == ev["server"]:
                    replies[(msg.qid, r)].append(ev["reply"])
        elif ev["event"] == "rcpt" and ev["mail_from"]:
            qid = tag_qid[world.tag_of(ev["mail_from"])]
            if ev["reply"] is None:
                hangups[(qid, ev["rcpt"])] += 1
            elif ev["reply"][0][0] in "45":
                replies[(qid, ev["rcpt"])].append(ev["reply"])
        elif ev["event"] == "data":
            if ev["mail_from"]:
                qid = tag_qid[world.tag_of(ev["mail_from"])]
            else:   # a bounce or delay notice the MTA made: its own queue id
                qid = RECEIVED_ID.search(ev["received"]).group(1)
                if qid not in msgs:
                    msgs[qid] = Msg(qid, "", list(ev["rcpts"]), ev["subject"], None)
            for r in ev["rcpts"]:
                replies[(qid, r)].append(ev["reply"])

    # where the status lines are
    located = collections.defaultdict(list)
    expire_lines = collections.defaultdict(list)
    for n, text in enumerate(loglines, 1):
        for pattern, kind in LOCATE[mta]:
            m = pattern.search(text)
            if m is None:
                continue
            if kind == "expire-message":
                expire_lines[m.group("qid")].append(n)
            else:
                located[(m.group("qid"), m.group("rcpt"))].append(n)
            break

    rows = []
    for qid, msg in msgs.items():
        for rcpt in msg.rcpts:
            pair = (qid, rcpt)
            final = fate(mta, msg.scenario, rcpt) if msg.scenario else "delivered"
            at = list(located.pop(pair, []))
            if mta == "postfix" and final == "expired":
                at += expire_lines.get(qid, [])[:1]
            todo = list(replies.pop(pair, []))
            if not at:
                problems.append("%s: no status line for %s %s" % (mta, qid, rcpt))
                continue
            unanswered = 0
            for i, n in enumerate(at):
                text = loglines[n - 1]
                row = {"file": LOG_FILES[mta], "line": n, "queue_id": qid, "sender": msg.sender,
                       "recipient": rcpt, "reply_code": "", "enhanced_code": "", "reply": ""}
                last = i == len(at) - 1
                if todo and logged(mta, todo[0]) in text:
                    lines = todo.pop(0)
                    code, enh = codes(lines)
                    row.update(outcome=outcome_of(code), reply_code=code, enhanced_code=enh,
                               reply=logged(mta, lines), basis="receiver")
                else:
                    unanswered += 1
                    row.update(outcome=final if (last and final in ("expired", "bounced"))
                               else "deferred", basis="scenario")
                    greeting = greeting_of(rcpt)
                    if greeting and logged(mta, greeting) in text:
                        code, enh = codes(greeting)
                        row.update(reply_code=code, enhanced_code=enh,
                                   reply=logged(mta, greeting))
                rows.append(row)
            if todo:
                problems.append("%s: %s %s: receiver replies not found in the log: %r"
                                % (mta, qid, rcpt, todo))
            if rows[-1]["outcome"] != final:
                problems.append("%s: %s %s ends %s, the scenario says %s (line %d)"
                                % (mta, qid, rcpt, rows[-1]["outcome"], final, rows[-1]["line"]))
            if hangups[pair] > unanswered:
                problems.append("%s: %s %s: %d hang-ups, %d unanswered lines"
                                % (mta, qid, rcpt, hangups[pair], unanswered))
            if final == "bounced" and rows[-1]["basis"] == "scenario" and len(at) != 1:
                problems.append("%s: %s %s: a permanent failure in %d lines" % (mta, qid, rcpt,
                                                                              len(at)))
    for pair, ns in located.items():
        problems.append("%s: status lines of an unknown delivery %s: %s" % (mta, pair, ns))
    for pair, r in replies.items():
        problems.append("%s: receiver replies to an unknown delivery %s: %r" % (mta, pair, r))
    return rows


def sendmail_rows(out_dir, problems):
    """The hand-written key of sendmail.log (sendmail-key.tsv), checked
    against the log: each row's line must carry its queue id, its recipient
    (or, for "expired", the give-up notice) and its reply text; and every
    recipient of every to= line must have a row."""
    path = os.path.join(out_dir, "sendmail.log")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    with open(os.path.join(HERE, "sendmail-key.tsv"), newline="") as f:
        key = list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"))
    rows, covered = [], collections.Counter()
    for k in key:
        n = int(k["line"])
        text = lines[n - 1]
        want = [k["queue_id"] + ": ", k["reply"]]
        want.append("DSN: Cannot send message" if k["outcome"] == "expired" else k["recipient"])
        for w in want:
            if w not in text:
                problems.append("sendmail: line %d lacks %r" % (n, w))
        if k["outcome"] != "expired":
            covered[n] += 1
        rows.append(dict(k, file="sendmail.log", line=n, basis="hand"))
    for n, text in enumerate(lines, 1):
        m = re.search(r": to=(.*?), (?:ctladdr|delay)=", text)
        if m and len(m.group(1).split(",")) != covered[n]:
            problems.append("sendmail: line %d has %d recipients, the key %d"
                            % (n, len(m.group(1).split(",")), covered[n]))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out-dir", default=OUT)
    args = ap.parse_args()
    problems, rows = [], []
    for mta in ("postfix", "exim", "opensmtpd"):
        if os.path.exists(os.path.join(args.out_dir, "recording", mta + "-sent.tsv")):
            rows += build(mta, args.out_dir, problems)
    rows += sendmail_rows(args.out_dir, problems)
    rows.sort(key=lambda r: (r["file"], r["line"]))
    with open(os.path.join(args.out_dir, "expected.tsv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n",
                           quoting=csv.QUOTE_NONE, escapechar=None)
        w.writeheader()
        for r in rows:
            for k in ("reply", "sender", "recipient"):
                if "\t" in str(r[k]):
                    raise SystemExit("a tab in %r" % r[k])
            w.writerow(r)
    counts = collections.Counter((r["file"], r["outcome"]) for r in rows)
    for file in sorted({r["file"] for r in rows}):
        print("%-14s %s" % (file, "  ".join("%s=%d" % (o, counts[(file, o)]) for o in
                                            ("delivered", "deferred", "bounced", "expired"))))
    for p in problems:
        print("PROBLEM: " + p, file=sys.stderr)
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
