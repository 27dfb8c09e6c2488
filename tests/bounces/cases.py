"""The test messages of tests/bounces, shared by submit.py and collect.py."""

# name: (recipients, options).  "notify_success" lists recipients that ask
# for NOTIFY=SUCCESS,FAILURE.  "mtas" limits a case to some senders.
CASES = {
    "unknown-user": {"rcpts": ["nosuchuser@example.test"]},
    "unknown-domain": {"rcpts": ["someone@nowhere.invalid"]},
    "mailbox-full": {"rcpts": ["full@example.test"]},
    "mailbox-full-local": {"rcpts": ["full@sender.example"], "mtas": ["postfix", "exim"], "size": 3000},
    "too-large": {"rcpts": ["bob@example.test"], "size": 30000},
    "relay-denied": {"rcpts": ["someone@example.org"]},
    "deferred": {"rcpts": ["defer@example.test"]},
    "refused": {"rcpts": ["someone@refused.example.test"]},
    "multi": {"rcpts": ["bob@example.test", "nosuchuser@example.test", "reject@example.test"],
              "notify_success": ["bob@example.test"]},
}

PORTS = {"postfix": 2580, "exim": 2581, "opensmtpd": 2582, "sendmail": 2583}
SENDER = "alice@sender.example"


def cases_for(mta):
    return [n for n, c in CASES.items() if mta in c.get("mtas", PORTS)]


def message(mta, name):
    c = CASES[name]
    hdr = ("From: Alice <alice@sender.example>\r\n"
           "To: %s\r\n"
           "Subject: Test case %s\r\n"
           "Date: Mon, 01 Jan 2024 00:00:00 +0000\r\n"
           "Message-ID: <%s.%s@sender.example>\r\n"
           "X-Test-Case: %s\r\n"
           "\r\n" % (", ".join(c["rcpts"]), name, name, mta, name))
    body = "This is test message %s sent through %s.\r\n" % (name, mta)
    if "size" in c:
        line = "X" * 76 + "\r\n"
        body += line * (c["size"] // len(line) + 1)
    return (hdr + body).encode()
