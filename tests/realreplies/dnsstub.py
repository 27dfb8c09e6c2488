#!/usr/bin/env python3
"""Tiny authoritative-only DNS stub for the loopback test rigs.

Listens on 127.0.0.1:53 (UDP and TCP) *inside the private mount namespace*
where /etc/resolv.conf says "nameserver 127.0.0.1", so the mail servers never
ask any resolver outside this machine.

Answers:
  * <anything>.rbl.example.test   A 127.0.0.2, TXT "Listed by rbl.example.test for testing"
    (a local DNS block list, used for reject_rbl_client / postscreen_dnsbl_sites / dnslists)
  * names listed in HOSTS below   A record (all 127.0.0.1)
  * everything else               NXDOMAIN  (so "unknown domain" is a clean, permanent failure)

Standard library only.  Usage: dnsstub.py [pidfile]
"""
import os
import socket
import socketserver
import struct
import sys
import threading

HOSTS = {
    "localhost": "127.0.0.1",
    "mx.example.test": "127.0.0.1",
    "relay.example.test": "127.0.0.1",
    # the test domains exist (so reject_unknown_sender_domain & co. pass);
    # they resolve to loopback only
    "example.test": "127.0.0.1",
    "example.org": "127.0.0.1",
    "example.com": "127.0.0.1",
    "example.net": "127.0.0.1",
    "blocked.example.org": "127.0.0.1",
    # the senders' domain in tests/bounces (so the remote's
    # reject_unknown_sender_domain accepts alice@sender.example)
    "sender.example": "127.0.0.1",
}
RBL_SUFFIX = ".rbl.example.test"


def parse_name(data, off):
    labels = []
    while True:
        ln = data[off]
        if ln == 0:
            off += 1
            break
        if ln & 0xC0:  # compression pointer (not expected in questions)
            ptr = struct.unpack(">H", data[off:off + 2])[0] & 0x3FFF
            name, _ = parse_name(data, ptr)
            labels.append(name)
            off += 2
            return ".".join(x for x in labels if x), off
        labels.append(data[off + 1:off + 1 + ln].decode("ascii", "replace"))
        off += 1 + ln
    return ".".join(labels), off


def answer(query):
    if len(query) < 12:
        return None
    qid, flags, qd = struct.unpack(">HHH", query[:6])
    if qd < 1:
        return None
    name, off = parse_name(query, 12)
    qtype, qclass = struct.unpack(">HH", query[off:off + 4])
    question = query[12:off + 4]
    lname = name.lower().rstrip(".")
    answers = []
    rcode = 0
    if lname.endswith(RBL_SUFFIX):
        if qtype == 1:  # A
            answers.append((1, socket.inet_aton("127.0.0.2")))
        elif qtype == 16:  # TXT
            txt = b"Listed by rbl.example.test for testing"
            answers.append((16, bytes([len(txt)]) + txt))
    elif lname in HOSTS:
        if qtype == 1:
            answers.append((1, socket.inet_aton(HOSTS[lname])))
        # other types: NOERROR with no answer (NODATA)
    else:
        rcode = 3  # NXDOMAIN
    rd = flags & 0x0100
    hflags = 0x8000 | 0x0400 | rd | 0x0080 | rcode  # QR, AA, RD copied, RA
    out = struct.pack(">HHHHHH", qid, hflags, 1, len(answers), 0, 0) + question
    for rtype, rdata in answers:
        out += b"\xc0\x0c" + struct.pack(">HHIH", rtype, 1, 60, len(rdata)) + rdata
    return out


class UDPHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        try:
            resp = answer(data)
        except Exception:
            resp = None
        if resp:
            sock.sendto(resp, self.client_address)


class TCPHandler(socketserver.BaseRequestHandler):
    def handle(self):
        try:
            hdr = self.request.recv(2)
            if len(hdr) < 2:
                return
            ln = struct.unpack(">H", hdr)[0]
            data = b""
            while len(data) < ln:
                chunk = self.request.recv(ln - len(data))
                if not chunk:
                    return
                data += chunk
            resp = answer(data)
            if resp:
                self.request.sendall(struct.pack(">H", len(resp)) + resp)
        except Exception:
            pass


class TUDP(socketserver.ThreadingMixIn, socketserver.UDPServer):
    allow_reuse_address = True


class TTCP(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
    daemon_threads = True


def main():
    if len(sys.argv) > 1:
        with open(sys.argv[1], "w") as f:
            f.write("%d\n" % os.getpid())
    u = TUDP(("127.0.0.1", 53), UDPHandler)
    t = TTCP(("127.0.0.1", 53), TCPHandler)
    threading.Thread(target=t.serve_forever, daemon=True).start()
    u.serve_forever()


if __name__ == "__main__":
    main()
