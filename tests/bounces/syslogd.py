#!/usr/bin/env python3
"""Minimal syslog receiver: reads datagrams from a unix socket (used as
/dev/log inside the private namespace) and appends them, one per line,
without the <priority> prefix, to a file.  For sendmail, which logs only
through syslog(3).  Usage: syslogd.py SOCKET LOGFILE"""
import os
import re
import socket
import sys

sock_path, log_path = sys.argv[1], sys.argv[2]
if os.path.exists(sock_path):
    os.unlink(sock_path)
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sock_path)
os.chmod(sock_path, 0o666)
with open(log_path, "ab", buffering=0) as out:
    while True:
        data = s.recv(65536)
        line = re.sub(rb"^<\d+>", b"", data).rstrip(b"\n\0")
        out.write(line + b"\n")
