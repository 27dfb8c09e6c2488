#!/usr/bin/env python3
"""Raw-TCP SMTP client used to record exact server replies.

Standard library only.  It never uses smtplib: every byte the server sends is
kept exactly as received (CRLFs, continuation lines), and every command is
recorded exactly as sent (without the trailing CRLF).

Library use (see scenarios.py):

    rec = Recorder(server="postfix", version="3.7.11", masks=[...])
    s = rec.session(2525, "connect and greet")          # records the greeting
    s.cmd("EHLO client.example.test", "EHLO")
    s.cmd("RCPT TO:<x@example.test>", "RCPT before MAIL")
    s.close()
    rec.write("out.jsonl")
"""
import json
import sys
import re
import socket
import ssl
import time

HOST = "127.0.0.1"
DEFAULT_TIMEOUT = 15.0


class Closed(Exception):
    pass


class Session:
    def __init__(self, rec, port, situation=None, greet=True, configured=False,
                 timeout=DEFAULT_TIMEOUT, record_greeting=True, src=None):
        self.rec = rec
        self.port = port
        self.timeout = timeout
        self.buf = b""
        self.sock = socket.create_connection((HOST, port), timeout=timeout,
                                             source_address=(src, 0) if src else None)
        self.closed = False
        self.tls_error = None
        self.greeting = None
        if greet:
            self.greeting = self.read_reply()
            if record_greeting:
                self.rec.add(situation or "greeting", None, self.greeting, configured)

    # -- low level -------------------------------------------------------
    def _fill(self, timeout):
        self.sock.settimeout(timeout)
        try:
            data = self.sock.recv(65536)
        except socket.timeout:
            return False
        except (ConnectionResetError, ssl.SSLError, OSError):
            data = b""
        if not data:
            self.closed = True
            raise Closed()
        self.buf += data
        return True

    def read_reply(self, timeout=None):
        """Read one complete (possibly multi-line) reply; return its bytes.
        Returns whatever arrived if the peer closes or the timeout runs out."""
        timeout = self.timeout if timeout is None else timeout
        deadline = time.time() + timeout
        out = b""
        first = None
        while True:
            while b"\n" in self.buf:
                nl = self.buf.index(b"\n") + 1
                line = self.buf[:nl]
                code = line[:3] if re.match(rb"^\d{3}[- \r\n]", line) else None
                if first is not None and code != first:
                    # a different reply starts here (e.g. postscreen stops a
                    # "220-" greeting half way): leave it for the next read
                    return out
                self.buf = self.buf[nl:]
                if first is None:
                    first = code
                out += line
                # final line: "ddd " or "ddd\r\n" / "ddd\n"
                if re.match(rb"^\d{3}(?:[ \r\n])", line) or re.match(rb"^\d{3}$", line.rstrip(b"\r\n")):
                    return out
                if not re.match(rb"^\d{3}-", line):
                    return out  # not SMTP-shaped; give it back as is
            left = deadline - time.time()
            if left <= 0:
                return out + self.buf
            try:
                if not self._fill(left):
                    return out + self.buf
            except Closed:
                rest = self.buf
                self.buf = b""
                return out + rest

    def send(self, data):
        try:
            self.sock.sendall(data)
        except OSError:
            self.closed = True

    # -- recorded operations ---------------------------------------------
    def cmd(self, command, situation, configured=False, record=True, timeout=None):
        """Send one command line (CRLF added) and record the reply."""
        if isinstance(command, str):
            command_b = command.encode("utf-8")
        else:
            command_b = command
        try:
            self.send(command_b + b"\r\n")
        except OSError:
            pass
        reply = self.read_reply(timeout)
        if record:
            self.rec.add(situation, command_b.decode("utf-8", "replace"), reply, configured)
        return reply

    def pipeline(self, commands, situation, configured=False):
        """Send several commands in one write, then record one reply per command."""
        self.send(b"".join(c.encode() + b"\r\n" for c in commands))
        replies = []
        for c in commands:
            r = self.read_reply()
            self.rec.add(situation, c, r, configured)
            replies.append(r)
        return replies

    def data(self, body, situation, configured=False, command=None, record_command=None):
        """Send raw message content (bytes, must end with CRLF.CRLF or what you want)
        and record the reply to it with command = None."""
        self.send(body)
        reply = self.read_reply()
        self.rec.add(situation, command, reply, configured)
        return reply

    def expect_close(self, situation, configured=False, timeout=None):
        """Record whatever the server says unprompted (e.g. a timeout 421)."""
        reply = self.read_reply(timeout)
        self.rec.add(situation, None, reply, configured)
        return reply

    def starttls(self, situation="STARTTLS", record=True):
        r = self.cmd("STARTTLS", situation, record=record)
        if r.startswith(b"220"):
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
            self.sock.settimeout(self.timeout)
            try:
                self.sock = ctx.wrap_socket(self.sock, server_hostname=None)
            except (ssl.SSLError, OSError) as e:
                sys.stderr.write("TLS handshake failed on port %d: %s\n" % (self.port, e))
                self.tls_error = str(e)
                self.closed = True
            self.buf = b""
        return r

    def close(self, quit=False, situation="QUIT"):
        if quit and not self.closed:
            try:
                self.cmd("QUIT", situation)
            except OSError:
                pass
        try:
            self.sock.close()
        except OSError:
            pass
        self.closed = True


class Recorder:
    def __init__(self, server, version, masks=()):
        self.server = server
        self.version = version
        self.masks = list(masks)  # (compiled bytes regex, replacement bytes)
        self.rows = []

    def session(self, port, situation="greeting", **kw):
        return Session(self, port, situation, **kw)

    def add(self, situation, command, reply, configured=False):
        if not reply:
            sys.stderr.write("no reply recorded for %r / %r (connection closed)\n" % (situation, command))
            return
        for rx, repl in self.masks:
            reply = rx.sub(repl, reply)
        self.rows.append({
            "server": self.server,
            "version": self.version,
            "situation": situation,
            "command": command,
            "reply": reply.decode("utf-8", "backslashreplace"),
            "configured": bool(configured),
        })

    def write(self, path, append=True):
        with open(path, "a" if append else "w", encoding="utf-8", newline="") as f:
            for row in self.rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
