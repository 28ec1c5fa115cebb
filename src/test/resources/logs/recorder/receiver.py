#!/usr/bin/env python3
"""The receiving side of the mail-log recordings: a small scripted SMTP server.

It listens on the loopback addresses of world.RECEIVERS (port world.PORT) and
answers every command by the rules in world.py: the recipient's local part
chooses the RCPT reply, the sender's the MAIL reply, the Subject the reply to
the end of data.  Everything it answers is written, one JSON object a line,
to --transcript: that file is what answer.py derives the answer key from.

Usage: receiver.py --transcript FILE [--max-seconds 1800]
It stops by itself after --max-seconds, or on SIGTERM.  It only binds
127.0.0.x addresses and never connects anywhere.
"""
import argparse
import asyncio
import json
import re
import signal
import time

import world

READ_TIMEOUT = 60.0
MAX_LINE = 4096
MAX_DATA = 1 << 20
MAX_COMMANDS = 200


class Transcript:
    def __init__(self, path):
        self.f = open(path, "a", encoding="utf-8")
        self.conn = 0

    def write(self, **event):
        event["t"] = round(time.time(), 6)
        self.f.write(json.dumps(event, sort_keys=True) + "\n")
        self.f.flush()


class State:
    def __init__(self, transcript):
        self.transcript = transcript
        self.grey_first = {}   # (helo, rcpt) -> time of the first try
        self.accepted = 0      # messages accepted: the receiver's own queue ids


ADDR = re.compile(r"^(MAIL FROM|RCPT TO):\s*<([^>]*)>", re.I)


def header(head, name):
    """The first header `name` of a message head, unfolded."""
    m = re.search(r"(?im)^%s:[ \t]*(.*(?:\r?\n[ \t].*)*)" % re.escape(name), head)
    return re.sub(r"\r?\n[ \t]+", " ", m.group(1)).strip() if m else None


async def serve(reader, writer, server_ip, state):
    host, behaviour = world.RECEIVERS[server_ip]
    state.transcript.conn += 1
    conn = state.transcript.conn
    peer = writer.get_extra_info("peername")
    log = lambda **kw: state.transcript.write(conn=conn, server=server_ip, **kw)

    async def reply(lines):
        for i, line in enumerate(lines):
            sep = " " if i == len(lines) - 1 else "-"
            if line[3:4] in (" ", "-"):
                line = line[:3] + sep + line[4:]
            writer.write((line + "\r\n").encode())
        await writer.drain()

    async def readline():
        line = await asyncio.wait_for(reader.readline(), READ_TIMEOUT)
        if not line:
            raise ConnectionResetError("closed by client")
        return line[:MAX_LINE].decode("utf-8", "replace").rstrip("\r\n")

    log(event="connect", client=peer[0], behaviour=behaviour)
    try:
        if behaviour == "silent":
            try:
                await asyncio.wait_for(reader.read(1), world.SILENT_SECONDS)
            except asyncio.TimeoutError:
                pass
            log(event="close", why="silent")
            return
        greeting = world.GREETING[behaviour].format(host=host)
        await reply([greeting])
        log(event="greeting", reply=[greeting])
        if behaviour == "greet421":
            log(event="close", why="421")
            return
        helo, mail_from, rcpts, accepted_rcpts = None, None, [], []
        for _ in range(MAX_COMMANDS):
            cmd = await readline()
            verb = cmd.split(" ", 1)[0].upper()
            if behaviour == "greet554" and verb != "QUIT":
                out = ["503 5.5.1 Error: no SMTP service here"]
            elif verb in ("EHLO", "HELO"):
                helo = cmd.split(" ", 1)[1] if " " in cmd else ""
                out = ["250 " + host] if verb == "HELO" else \
                    ["250-" + host] + ["250-" + k for k in world.EHLO_KEYWORDS[:-1]] + \
                    ["250 " + world.EHLO_KEYWORDS[-1]]
                mail_from, rcpts, accepted_rcpts = None, [], []
            elif verb == "MAIL":
                m = ADDR.match(cmd)
                if m is None:
                    out = ["501 5.5.4 Syntax: MAIL FROM:<address>"]
                else:
                    rule = world.mail_rule(m.group(2))
                    if rule is None:
                        mail_from, rcpts, accepted_rcpts = m.group(2), [], []
                        out = world.MAIL_OK
                    else:
                        out = world.fill(rule, m.group(2))
            elif verb == "RCPT":
                m = ADDR.match(cmd)
                if mail_from is None:
                    out = ["503 5.5.1 Error: need MAIL command"]
                elif m is None:
                    out = ["501 5.5.4 Syntax: RCPT TO:<address>"]
                else:
                    addr = m.group(2)
                    rule = world.rcpt_rule(addr)
                    if rule == "hangup":
                        log(event="rcpt", helo=helo, mail_from=mail_from, rcpt=addr,
                            cmd=cmd, reply=None)
                        log(event="close", why="hangup")
                        return
                    if rule == "greylist":
                        first = state.grey_first.setdefault((helo, addr), time.time())
                        rule = None if time.time() - first >= world.GREY_SECONDS \
                            else world.GREYLIST_REPLY
                    out = world.RCPT_OK if rule is None else world.fill(rule, addr)
                    rcpts.append(addr)
                    if rule is None:
                        accepted_rcpts.append(addr)
                    log(event="rcpt", helo=helo, mail_from=mail_from, rcpt=addr, cmd=cmd,
                        reply=out)
                    await reply(out)
                    continue
            elif verb == "DATA":
                if mail_from is None:
                    out = ["503 5.5.1 Error: need MAIL command"]
                elif not accepted_rcpts:
                    out = ["554 5.5.1 Error: no valid recipients"]
                else:
                    await reply(["354 End data with <CR><LF>.<CR><LF>"])
                    data, size = [], 0
                    while True:
                        line = await asyncio.wait_for(reader.readline(), READ_TIMEOUT)
                        if not line:
                            raise ConnectionResetError("closed during DATA")
                        if line in (b".\r\n", b".\n"):
                            break
                        size += len(line)
                        if size <= MAX_DATA:
                            data.append(line[1:] if line.startswith(b"..") else line)
                    text = b"".join(data).decode("utf-8", "replace")
                    head = re.split(r"\r?\n\r?\n", text, 1)[0]
                    subject = header(head, "Subject")
                    rule = world.data_rule(subject)
                    if rule is None:
                        state.accepted += 1
                        out = [world.DATA_OK.format(id="R%05X" % (0x1A000 + state.accepted))]
                    else:
                        out = rule
                    received = header(head, "Received")
                    log(event="data", helo=helo, mail_from=mail_from, rcpts=accepted_rcpts,
                        subject=subject, message_id=header(head, "Message-ID"),
                        received=received, auto_submitted=header(head, "Auto-Submitted"),
                        reply=out)
                    mail_from, rcpts, accepted_rcpts = None, [], []
                    await reply(out)
                    continue
            elif verb == "RSET":
                mail_from, rcpts, accepted_rcpts = None, [], []
                out = ["250 2.0.0 Ok"]
            elif verb == "NOOP":
                out = ["250 2.0.0 Ok"]
            elif verb == "QUIT":
                await reply(["221 2.0.0 Bye"])
                log(event="close", why="quit")
                return
            else:
                out = ["502 5.5.2 Error: command not recognized"]
            if verb in ("MAIL",):
                log(event="mail", helo=helo, cmd=cmd, reply=out)
            await reply(out)
        log(event="close", why="too many commands")
    except (asyncio.TimeoutError, ConnectionError) as e:
        log(event="close", why=type(e).__name__)
    finally:
        try:
            writer.close()
        except Exception:
            pass


async def main_async(args):
    state = State(Transcript(args.transcript))
    servers = []
    for ip in world.RECEIVERS:
        if not ip.startswith("127."):
            raise SystemExit("loopback only")
        servers.append(await asyncio.start_server(
            lambda r, w, ip=ip: serve(r, w, ip, state), ip, world.PORT, reuse_address=True))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    try:
        await asyncio.wait_for(stop.wait(), args.max_seconds)
    except asyncio.TimeoutError:
        pass
    for s in servers:
        s.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--transcript", required=True)
    ap.add_argument("--max-seconds", type=float, default=1800)
    asyncio.run(main_async(ap.parse_args()))


if __name__ == "__main__":
    main()
