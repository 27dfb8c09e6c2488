"""Exim situations (ports 2550-2560, see conf/exim/exim.conf.in)."""
import re

from scenarios import HELO, MSG, PLAIN_BAD, PLAIN_OK, auth_situations, b64, big_msg, ehlo

MASKS = [
    # $tod_full in the banner, e.g. "Thu, 26 Nov 2026 00:13:25 +0000"
    (re.compile(rb"[A-Z][a-z]{2}, \d\d? [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d [+-]\d{4}"), b"DATE"),
    # message id, e.g. 1qzV5D-0000Ab-2x
    (re.compile(rb"id=[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}"), b"id=MESSAGEID"),
]


def msg(subject, extra=b""):
    return (b"From: Alice <alice@example.org>\r\nTo: Bob <bob@example.test>\r\n" + extra +
            b"Subject: " + subject + b"\r\nMessage-ID: <t@example.org>\r\n\r\nHello.\r\n.\r\n")


def tx(s, sender="alice@example.org", rcpts=("bob@example.test",)):
    s.cmd("MAIL FROM:<%s>" % sender, "MAIL FROM", record=False)
    for r in rcpts:
        s.cmd("RCPT TO:<%s>" % r, "RCPT", record=False)


def exim(rec):
    P = 2550
    s = rec.session(P, "greeting")
    s.cmd("HELP", "HELP")
    s.cmd("EHLO " + HELO, "EHLO")
    s.cmd("HELO " + HELO, "HELO")
    ehlo(s, record=False)
    s.cmd("NOOP", "NOOP")
    s.cmd("RSET", "RSET")
    s.cmd("VRFY bob@example.test", "VRFY disabled (no acl_smtp_vrfy)")
    s.cmd("EXPN staff", "EXPN disabled (no acl_smtp_expn)")
    s.cmd("ETRN #example.test", "ETRN disabled (no acl_smtp_etrn)")
    s.cmd("RCPT TO:<bob@example.test>", "RCPT before MAIL (bad sequence)")
    s.cmd("DATA", "DATA before MAIL (bad sequence)")
    s.cmd("MAIL", "MAIL without argument")
    s.cmd("MAIL FROM:<bob@@example.org>", "bad sender address syntax")
    s.cmd("MAIL FROM:<alice@example.org> FOO=BAR", "unsupported MAIL parameter")
    s.cmd("MAIL FROM:<alice@example.org> SIZE=999999999", "MAIL FROM SIZE= over the size limit")
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM accepted")
    s.cmd("MAIL FROM:<alice@example.org>", "nested MAIL (bad sequence)")
    s.cmd("DATA", "DATA before RCPT (bad sequence)")
    s.close()

    s = rec.session(P, record_greeting=False)
    ehlo(s, record=False)
    for rcpt, sit, conf in [
        ("nosuchuser@example.test", "unknown user (verify = recipient)", False),
        ("someone@example.org", "relay denied (ACL deny without message)", False),
        ("someone@example.net", "relay denied (ACL message as in Exim's default configuration)", True),
        ("bob@@example.com", "bad recipient address syntax", False),
        ("bob", "recipient without domain", False),
        ("bob@example.test> NOTIFY=BOGUS", "bad RCPT parameter", False),
        ("reject@example.test", "ACL deny (no message)", False),
        ("defer@example.test", "ACL defer (no message)", False),
        ("reject-text@example.test", "ACL deny with custom message", True),
        ("defer-text@example.test", "ACL defer with custom message", True),
        ("custom550@example.test", "ACL deny with custom code 550 5.7.1", True),
        ("custom553@example.test", "ACL deny with custom code 553 5.1.3", True),
        ("custom451@example.test", "ACL defer with custom code 451 4.7.1", True),
    ]:
        s.cmd("RSET", "RSET", record=False)
        s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
        c = "RCPT TO:<%s>" % rcpt
        if c.endswith("BOGUS>"):
            c = c[:-1]
        s.cmd(c, sit, configured=conf)
    s.cmd("RSET", "RSET", record=False)
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    s.cmd("RCPT TO:<bob@example.test>", "RCPT accepted")
    s.cmd("DATA", "DATA accepted (354)")
    s.data(MSG, "message accepted (end of DATA)")
    s.cmd("RSET", "RSET", record=False)
    tx(s, rcpts=["bob@example.test"] * 4)
    s.cmd("RCPT TO:<alice@example.test>", "too many recipients (recipients_max)")
    s.cmd("DATA", "DATA", record=False)
    s.data(big_msg(40000), "message over the size limit (message_size_limit)")
    for sender, sit, conf in [
        ("alice@nowhere.invalid", "unknown sender domain (verify = sender)", False),
        ("someone@blocked.example.org", "sender domain ACL deny with custom message", True),
    ]:
        s.cmd("RSET", "RSET", record=False)
        s.cmd("MAIL FROM:<%s>" % sender, "MAIL FROM", record=False)
        s.cmd("RCPT TO:<bob@example.test>", sit, configured=conf)
    for subject, sit, conf in [
        (b"reject me", "DATA ACL deny with custom message", True),
        (b"deny builtin", "DATA ACL deny (no message)", False),
        (b"defer me", "DATA ACL defer (no message)", False),
    ]:
        s.cmd("RSET", "RSET", record=False)
        tx(s)
        s.cmd("DATA", "DATA", record=False)
        s.data(msg(subject), sit, configured=conf)
    s.cmd("RSET", "RSET", record=False)
    tx(s)
    s.cmd("DATA", "DATA", record=False)
    s.data(msg(b"bad header", b"Cc: <unterminated@example.org\r\n"), "header syntax error (require verify = header_syntax, no message)")
    s.cmd("RSET", "RSET", record=False)
    tx(s)
    s.cmd("DATA", "DATA", record=False)
    s.data(b"Subject: bare LF\r\n\r\nline one\nline two\r\n.\r\n", "bare LF in message content (Exim accepts it)")
    s.cmd("QUIT", "QUIT")
    s.close()

    # HELO syntax
    s = rec.session(P, record_greeting=False)
    s.cmd("HELO", "HELO without argument")
    s.cmd("EHLO bad..name", "EHLO bad..name (Exim accepts it)")
    s.cmd("EHLO bad_name.example.org", "EHLO name with an underscore")
    s.close()
    # unknown commands (smtp_max_unknown_commands = 3)
    s = rec.session(P, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("FOOBAR", "unknown command")
    s.cmd("TURN", "TURN (not implemented)")
    s.cmd("XCLIENT NAME=spoof.example.org", "XCLIENT (not implemented)")
    s.cmd("QUX", "too many unknown commands (smtp_max_unknown_commands)")
    s.close()
    # too many non-mail commands (smtp_accept_max_nonmail = 30)
    s = rec.session(P, record_greeting=False)
    ehlo(s, record=False)
    for i in range(30):
        s.cmd("NOOP", "NOOP", record=False)
    s.cmd("NOOP", "too many non-mail commands (smtp_accept_max_nonmail)")
    s.close()
    # too many syntax/protocol errors (smtp_max_synprot_errors = 10)
    s = rec.session(P, record_greeting=False)
    ehlo(s, record=False)
    for i in range(10):
        s.cmd("MAIL FROM:bad address %d" % i, "syntax error", record=False)
    s.cmd("MAIL FROM:bad address 10", "too many syntax or protocol errors (smtp_max_synprot_errors)")
    s.close()

    # AUTH (plaintext authenticators, fixed user bob@example.test / secret)
    auth_situations(rec, P, "EHLO (lists AUTH, STARTTLS, CHUNKING, PRDR)")
    # STARTTLS
    s = rec.session(P, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("STARTTLS now", "STARTTLS with a parameter")
    s.starttls("STARTTLS")
    ehlo(s, "EHLO after STARTTLS")
    s.cmd("STARTTLS", "STARTTLS twice")
    s.close()
    # AUTH only after STARTTLS on 2557
    s = rec.session(2557, record_greeting=False)
    ehlo(s, "EHLO before STARTTLS (AUTH not advertised)")
    s.cmd("AUTH PLAIN " + PLAIN_OK, "AUTH before STARTTLS (not advertised)")
    s.close()

    # CHUNKING / BDAT
    s = rec.session(P, record_greeting=False)
    ehlo(s, record=False)
    s.send(b"BDAT 5 LAST\r\nhello")
    rec.add("BDAT without MAIL", "BDAT 5 LAST", s.read_reply())
    s.close()
    s = rec.session(P, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    s.send(b"BDAT 5 LAST\r\nhello")
    rec.add("BDAT without RCPT", "BDAT 5 LAST", s.read_reply())
    s.close()
    for c, sit in [("BDAT abc", "BDAT with a bad size"), ("BDAT", "BDAT without a size")]:
        s = rec.session(P, record_greeting=False)
        ehlo(s, record=False)
        tx(s)
        s.cmd(c, sit)
        s.close()
    s = rec.session(P, record_greeting=False)
    ehlo(s, record=False)
    tx(s)
    s.send(b"BDAT 14\r\nSubject: x\r\n\r\n")
    rec.add("BDAT chunk accepted", "BDAT 14", s.read_reply())
    s.send(b"BDAT 7 LAST\r\nbody.\r\n")
    rec.add("BDAT LAST: message accepted", "BDAT 7 LAST", s.read_reply())
    tx(s)
    s.send(b"BDAT 14\r\nSubject: x\r\n\r\n")
    s.read_reply()
    s.cmd("DATA", "DATA after BDAT")
    s.close()
    s = rec.session(P, record_greeting=False)
    ehlo(s, record=False)
    tx(s)
    s.send(b"BDAT 30000 LAST\r\n" + b"Subject: big\r\n\r\n" + b"x" * (30000 - 16))
    rec.add("BDAT message over the size limit", "BDAT 30000 LAST", s.read_reply())
    s.close()

    # PRDR: per-recipient replies after the message
    s = rec.session(P, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("MAIL FROM:<alice@example.org> PRDR", "MAIL FROM with PRDR")
    s.cmd("RCPT TO:<bob@example.test>", "RCPT", record=False)
    s.cmd("RCPT TO:<alice@example.test>", "RCPT", record=False)
    s.cmd("DATA", "DATA", record=False)
    s.data(msg(b"prdr"), "PRDR: start of per-recipient replies")
    rec.add("PRDR: per-recipient reply (bob accepted)", None, s.read_reply())
    rec.add("PRDR: per-recipient reply (alice refused by the PRDR ACL)", None, s.read_reply(), True)
    rec.add("PRDR: final reply", None, s.read_reply())
    s.close()

    # client talks before the banner / unadvertised pipelining
    # (port 2561: the connect ACL waits 2 s before the banner)
    s = rec.session(2561, greet=False)
    s.send(b"EHLO " + HELO.encode() + b"\r\n")
    g = s.read_reply()
    rec.add("client talks before the greeting (synchronization error)", None, g)
    r = s.read_reply()
    if r:
        rec.add("client talks before the greeting (synchronization error)", "EHLO " + HELO, r)
    s.close()
    s = rec.session(P, record_greeting=False)
    s.cmd("HELO " + HELO, "HELO", record=False)
    s.pipeline(["MAIL FROM:<alice@example.org>", "RCPT TO:<bob@example.test>"],
               "pipelining after HELO (not advertised): synchronization error")
    s.close()

    # connect ACLs
    s = rec.session(2551, "connect ACL deny with custom message", configured=True)
    s.close()
    s = rec.session(2552, "connect ACL defer with custom message", configured=True)
    s.close()
    s = rec.session(2553, "connect ACL deny (no message)")
    s.close()
    s = rec.session(2556, "connect ACL deny by DNS list (dnslists, local stub zone rbl.example.test)")
    s.close()

    # ratelimit ACLs: per_rcpt on 2554, per_mail on 2560
    s = rec.session(2554, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    s.cmd("RCPT TO:<bob@example.test>", "RCPT", record=False)
    s.cmd("RCPT TO:<alice@example.test>", "RCPT", record=False)
    s.cmd("RCPT TO:<postmaster@example.test>", "ratelimit per_rcpt (ACL defer, no message)")
    s.close()
    s = rec.session(2560, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM (first, within the rate limit)")
    s.cmd("RSET", "RSET", record=False)
    s.cmd("MAIL FROM:<alice@example.org>", "ratelimit per_mail (ACL deny with custom message)", configured=True)
    s.close()

    # smtp_accept_max_per_connection = 1 on 2555
    s = rec.session(2555, record_greeting=False)
    ehlo(s, record=False)
    tx(s)
    s.cmd("DATA", "DATA", record=False)
    s.data(MSG, "message accepted (first of the connection)")
    s.cmd("MAIL FROM:<alice@example.org>", "too many messages in one connection (smtp_accept_max_per_connection)")
    s.close()

    # timeout 2 s on 2558
    s = rec.session(2558, record_greeting=False)
    s.expect_close("idle timeout (smtp_receive_timeout)", timeout=10)
    s.close()

    # 2559: VRFY/EXPN/ETRN allowed, HELO ACL
    s = rec.session(2559, record_greeting=False)
    s.cmd("EHLO localhost", "HELO ACL deny with custom message (non-FQDN name)", configured=True)
    s.cmd("EHLO bad.example.org", "HELO ACL deny (no message)")
    ehlo(s, record=False)
    s.cmd("VRFY bob@example.test", "VRFY enabled, known user")
    s.cmd("VRFY nosuchuser@example.test", "VRFY enabled, unknown user")
    s.cmd("VRFY", "VRFY without argument")
    s.cmd("EXPN staff@example.test", "EXPN enabled, alias")
    s.cmd("EXPN nosuchuser@example.test", "EXPN enabled, unknown user")
    s.cmd("ETRN #example.test", "ETRN allowed, no smtp_etrn_command")
    s.close()

    # custom 421 drop (connection closed)
    s = rec.session(P, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    s.cmd("RCPT TO:<custom-drop@example.test>", "ACL drop with custom message (connection closed)", configured=True)
    s.close()
