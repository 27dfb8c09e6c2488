#!/usr/bin/env python3
"""Scripted SMTP situations for each server.  Usage:

    scenarios.py SERVER VERSION OUT.jsonl

SERVER is postfix, exim or opensmtpd; the ports are those of the configs in
conf/ (see README.md).  Standard library only.
"""
import base64
import re
import sys
import time

from smtpdrive import Recorder, Session, Closed  # noqa: F401

HELO = "client.example.test"


def b64(s):
    return base64.b64encode(s.encode()).decode()


PLAIN_OK = b64("\0bob@example.test\0secret")
PLAIN_BAD = b64("\0bob@example.test\0wrong-password")
MSG = (b"From: Alice <alice@example.org>\r\nTo: Bob <bob@example.test>\r\n"
       b"Subject: test\r\nMessage-ID: <test@example.org>\r\n\r\nHello Bob.\r\n.\r\n")


def big_msg(size):
    line = b"X" * 76 + b"\r\n"
    body = b"Subject: big\r\n\r\n" + line * (size // len(line) + 1)
    return body + b".\r\n"


def ehlo(s, situation="EHLO", name=HELO, record=True):
    return s.cmd("EHLO " + name, situation, record=record)


def auth_situations(rec, port, ehlo_situation):
    """AUTH failures and successes against one port, as user bob@example.test / secret."""
    s = rec.session(port, record_greeting=False)
    ehlo(s, ehlo_situation)
    s.cmd("AUTH FOO", "AUTH unknown mechanism")
    s.cmd("AUTH PLAIN " + PLAIN_BAD, "AUTH failure (wrong password)")
    s.cmd("AUTH PLAIN", "AUTH PLAIN without initial response (334)")
    s.cmd("*", "AUTH cancelled by client")
    s.cmd("AUTH LOGIN", "AUTH LOGIN (334 username prompt)")
    s.cmd("%%%not-base64%%%", "AUTH bad base64")
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    s.cmd("AUTH PLAIN " + PLAIN_OK, "AUTH during mail transaction")
    s.cmd("RSET", "RSET", record=False)
    s.cmd("AUTH LOGIN", "AUTH LOGIN (334 username prompt)", record=False)
    s.cmd(b64("bob@example.test"), "AUTH LOGIN username (334 password prompt)")
    s.cmd(b64("secret"), "AUTH success (LOGIN)")
    s.cmd("AUTH PLAIN " + PLAIN_OK, "AUTH when already authenticated")
    s.cmd("MAIL FROM:<bob@example.test>", "MAIL FROM", record=False)
    s.cmd("RCPT TO:<someone@example.org>", "relay permitted after AUTH")
    s.close()
    s = rec.session(port, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("AUTH PLAIN " + PLAIN_OK, "AUTH success (PLAIN)")
    s.close()


def quiet_tx(s, sender="alice@example.org"):
    s.cmd("RSET", "RSET", record=False)
    s.cmd("MAIL FROM:<%s>" % sender, "MAIL FROM", record=False)


# ====================================================================== Postfix
def postfix(rec):
    # ---- main listener 2525 ----
    s = rec.session(2525, "greeting")
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL before HELO/EHLO (smtpd_helo_required)")
    s.cmd("HELO", "HELO without argument")
    s.cmd("EHLO " + HELO, "EHLO")
    s.cmd("HELO " + HELO, "HELO")
    ehlo(s, record=False)
    s.cmd("NOOP", "NOOP")
    s.cmd("RSET", "RSET")
    s.cmd("HELP", "HELP (not implemented)")
    s.cmd("FOOBAR", "unknown command")
    s.cmd("TURN", "TURN (not implemented)")
    s.cmd("VRFY bob", "VRFY disabled (disable_vrfy_command)")
    s.cmd("EXPN staff", "EXPN (not implemented)")
    s.cmd("ETRN example.test", "ETRN for a domain that is not in fast_flush_domains")
    s.cmd("XCLIENT NAME=spoof.example.org", "XCLIENT unauthorised")
    s.cmd("XFORWARD NAME=spoof.example.org", "XFORWARD unauthorised")
    s.cmd("RCPT TO:<bob@example.test>", "RCPT before MAIL (bad sequence)")
    s.cmd("DATA", "DATA before MAIL (bad sequence)")
    s.cmd("MAIL", "MAIL without argument")
    s.cmd("MAIL FROM:<bob@@example.org>", "sender bob@@example.org (Postfix reads it as \"bob@\"@example.org)")
    s.cmd("RSET", "RSET", record=False)
    s.cmd("MAIL FROM:<bob@example.org", "bad sender address syntax (missing >)")
    s.cmd("RSET", "RSET", record=False)
    s.cmd("MAIL FROM:<alice@example.org> FOO=BAR", "unsupported MAIL parameter")
    s.cmd("RSET", "RSET", record=False)
    s.cmd("MAIL FROM:<alice@example.org> SIZE=999999999", "MAIL FROM SIZE= over the size limit")
    s.cmd("RSET", "RSET", record=False)
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM accepted")
    s.cmd("MAIL FROM:<alice@example.org>", "nested MAIL (bad sequence)")
    s.cmd("DATA", "DATA before RCPT (bad sequence)")
    s.cmd("RCPT TO:<nosuchuser@example.test>", "unknown user")
    s.cmd("RCPT TO:<someone@example.org>", "relay denied (reject_unauth_destination)")
    s.cmd("RCPT TO:<bob@@example.com>", "recipient bob@@example.com")
    s.cmd("RCPT TO:<bob@example.test", "bad recipient address syntax (missing >)")
    s.cmd("RCPT TO:bob@example.test extra", "bad recipient address syntax (no angle brackets, junk)")
    s.cmd("RCPT TO:<bob>", "recipient not fully qualified (reject_non_fqdn_recipient)")
    s.cmd("RCPT TO:<moved@example.test>", "user has moved (relocated_maps)")
    s.cmd("RCPT TO:<bob@example.test> NOTIFY=BOGUS", "bad RCPT parameter")
    s.cmd("RCPT TO:<reject@example.test>", "recipient access map REJECT")
    s.cmd("RCPT TO:<defer@example.test>", "recipient access map DEFER")
    s.cmd("RCPT TO:<reject-text@example.test>", "recipient access map REJECT with custom text", configured=True)
    s.cmd("RCPT TO:<defer-text@example.test>", "recipient access map DEFER with custom text", configured=True)
    s.cmd("RCPT TO:<custom550@example.test>", "recipient access map custom 5xx", configured=True)
    s.cmd("RCPT TO:<custom451@example.test>", "recipient access map custom 4xx", configured=True)
    s.cmd("RCPT TO:<custom553@example.test>", "recipient access map custom 553", configured=True)
    s.cmd("RCPT TO:<deferifpermit@example.test>", "recipient access map DEFER_IF_PERMIT with custom text", configured=True)
    s.cmd("RCPT TO:<bob@example.test>", "RCPT accepted")
    s.cmd("DATA", "DATA accepted (354)")
    s.data(MSG, "message accepted (end of DATA)")
    # too many recipients (smtpd_recipient_limit = 4)
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    for i in range(4):
        s.cmd("RCPT TO:<bob@example.test>", "RCPT accepted", record=False)
    s.cmd("RCPT TO:<alice@example.test>", "too many recipients (smtpd_recipient_limit)")
    s.cmd("DATA", "DATA", record=False)
    s.data(big_msg(40000), "message over the size limit (message_size_limit)")
    # sender checks (delayed to RCPT by smtpd_delay_reject)
    for sender, sit, conf in [
        ("alice@nowhere.invalid", "unknown sender domain (reject_unknown_sender_domain)", False),
        ("alice", "sender not fully qualified (reject_non_fqdn_sender)", False),
        ("spammer@example.org", "sender access map REJECT", False),
        ("someone@blocked.example.org", "sender access map REJECT with custom text", True),
    ]:
        s.cmd("RSET", "RSET", record=False)
        s.cmd("MAIL FROM:<%s>" % sender, "MAIL FROM", record=False)
        s.cmd("RCPT TO:<bob@example.test>", sit, configured=conf)
    # bare LF in message content (smtpd_forbid_bare_newline = reject)
    s.cmd("RSET", "RSET", record=False)
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    s.cmd("RCPT TO:<bob@example.test>", "RCPT", record=False)
    s.cmd("DATA", "DATA", record=False)
    s.data(b"Subject: bare LF\r\n\r\nline one\nline two\r\n.\r\n", "bare LF in message content (smtpd_forbid_bare_newline = reject)")
    s.cmd("NOOP " + "x" * 5000, "command line longer than line_length_limit (Postfix accepts it)")
    s.cmd("QUIT", "QUIT")
    s.close()
    # message header sent as a command (e.g. DATA was refused but the client
    # went on sending the message)
    s = rec.session(2525, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("From: Alice <alice@example.org>", "message header sent as a command (non-SMTP command)")
    s.close()

    # HELO checks (delayed until RCPT)
    for name, sit, conf in [
        ("localhost", "HELO name not fully qualified (reject_non_fqdn_helo_hostname)", False),
        ("bad..name", "invalid HELO name (reject_invalid_helo_hostname)", False),
        ("bad.example.org", "HELO access map REJECT", False),
    ]:
        s = rec.session(2525, record_greeting=False)
        s.cmd("EHLO " + name, "EHLO with " + name, record=(name == "localhost"))
        s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
        s.cmd("RCPT TO:<bob@example.test>", sit, configured=conf)
        s.close(quit=True) if False else s.close()

    # AUTH (Cyrus SASL, sasldb; user bob@example.test)
    auth_situations(rec, 2525, "EHLO (lists AUTH, STARTTLS, CHUNKING)")

    # STARTTLS
    s = rec.session(2525, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("STARTTLS now", "STARTTLS with a parameter")
    s.starttls("STARTTLS")
    ehlo(s, "EHLO after STARTTLS")
    s.cmd("STARTTLS", "STARTTLS twice")
    s.close()

    # AUTH before STARTTLS (smtpd_tls_auth_only = yes on 2532)
    s = rec.session(2532, record_greeting=False)
    ehlo(s, "EHLO before STARTTLS (no AUTH offered, smtpd_tls_auth_only)")
    s.cmd("AUTH PLAIN " + PLAIN_OK, "AUTH before STARTTLS (smtpd_tls_auth_only)")
    s.starttls(record=False)
    ehlo(s, record=False)
    s.cmd("AUTH PLAIN " + PLAIN_OK, "AUTH success after STARTTLS", record=False)
    s.close()

    # CHUNKING / BDAT
    s = rec.session(2525, record_greeting=False)
    ehlo(s, record=False)
    s.send(b"BDAT 5 LAST\r\nhello")
    s.rec.add("BDAT without MAIL", "BDAT 5 LAST", s.read_reply())
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    s.send(b"BDAT 5 LAST\r\nhello")
    s.rec.add("BDAT without RCPT", "BDAT 5 LAST", s.read_reply())
    s.close()
    s = rec.session(2525, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    s.cmd("RCPT TO:<bob@example.test>", "RCPT", record=False)
    s.send(b"BDAT 14\r\nSubject: x\r\n\r\n")
    s.rec.add("BDAT chunk accepted", "BDAT 14", s.read_reply())
    s.send(b"BDAT 7 LAST\r\nbody.\r\n")
    s.rec.add("BDAT LAST: message accepted", "BDAT 7 LAST", s.read_reply())
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    s.cmd("RCPT TO:<bob@example.test>", "RCPT", record=False)
    s.send(b"BDAT 14\r\nSubject: x\r\n\r\n")
    s.read_reply()
    s.cmd("DATA", "DATA after BDAT")
    s.close()
    s = rec.session(2525, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    s.cmd("RCPT TO:<bob@example.test>", "RCPT", record=False)
    s.send(b"BDAT 30000 LAST\r\n" + b"Subject: big\r\n\r\n" + b"x" * (30000 - 16))
    s.rec.add("BDAT message over the size limit", "BDAT 30000 LAST", s.read_reply())
    s.close()
    for c, sit in [("BDAT abc", "BDAT with a bad size"), ("BDAT", "BDAT without a size"),
                   ("BDAT 5 FIRST", "BDAT with a bad parameter")]:
        s = rec.session(2525, record_greeting=False)
        ehlo(s, record=False)
        s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
        s.cmd("RCPT TO:<bob@example.test>", "RCPT", record=False)
        s.cmd(c, sit)
        s.close()
    s = rec.session(2525, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    s.cmd("RCPT TO:<bob@example.test>", "RCPT", record=False)
    s.cmd("DATA", "DATA", record=False)
    s.data(b"BDAT 5 LAST\r\nhello\r\n.\r\n", "BDAT after DATA (taken as message content): message accepted")
    s.close()

    # access-map custom 421 (server closes)
    s = rec.session(2525, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    s.cmd("RCPT TO:<custom421@example.test>", "recipient access map custom 421 (connection closed)", configured=True)
    s.close()

    # postscreen: pregreet (client talks first), enforce and drop
    for port, mode in [(2526, "enforce"), (2527, "drop")]:
        s = rec.session(port, greet=False)
        s.send(b"EHLO " + HELO.encode() + b"\r\n")
        g = s.read_reply()
        rec.add("pregreet: greeting the client spoke into (postscreen_greet_action=%s)" % mode, None, g)
        r = s.read_reply()
        rec.add("pipelining before the greeting (postscreen pregreet, %s)" % mode, "EHLO " + HELO, r)
        if mode == "enforce" and r.startswith(b"250"):
            s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM after pregreet (postscreen enforce)")
            s.cmd("RCPT TO:<bob@example.test>", "RCPT after pregreet (postscreen enforce)")
            s.cmd("DATA", "DATA after pregreet (postscreen enforce)")
            s.cmd("QUIT", "QUIT (postscreen)")
        s.close()
    # postscreen access list deny
    s = rec.session(2528, "postscreen_access_list reject, postscreen_blacklist_action=drop")
    s.close()
    s = rec.session(2529, "greeting (postscreen, access list reject, enforce)")
    ehlo(s, "EHLO (postscreen dummy engine)")
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    s.cmd("RCPT TO:<bob@example.test>", "postscreen_access_list reject, postscreen_blacklist_action=enforce")
    s.close()
    # postscreen DNSBL (local stub zone)
    s = rec.session(2530, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    s.cmd("RCPT TO:<bob@example.test>", "postscreen DNSBL, postscreen_dnsbl_action=enforce")
    s.close()
    s = rec.session(2544, "postscreen DNSBL, postscreen_dnsbl_action=drop")
    r = s.read_reply(timeout=6)
    if r:
        rec.add("postscreen DNSBL, postscreen_dnsbl_action=drop", None, r)
    s.close()

    # VRFY enabled, default relay rule (454)
    s = rec.session(2531, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("VRFY bob@example.test", "VRFY enabled, known user")
    s.cmd("VRFY nosuchuser@example.test", "VRFY enabled, unknown user")
    s.cmd("VRFY bob", "VRFY enabled, address not fully qualified")
    s.cmd("VRFY", "VRFY without argument")
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    s.cmd("RCPT TO:<someone@example.org>", "relay denied (defer_unauth_destination, Postfix default)")
    s.close()

    # client access maps and DNSBL
    for port, sit, conf in [
        (2533, "client access map REJECT", False),
        (2534, "client access map custom 4xx", True),
        (2535, "DNSBL reject_rbl_client (local stub zone rbl.example.test)", False),
    ]:
        s = rec.session(port, record_greeting=False)
        ehlo(s, record=False)
        s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
        s.cmd("RCPT TO:<bob@example.test>", sit, configured=conf)
        s.close()

    # anvil: connection rate
    for i in range(3):
        s = rec.session(2536, "connection rate limit (smtpd_client_connection_rate_limit)", record_greeting=(i == 2))
        s.close()
    # message rate
    s = rec.session(2537, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    s.cmd("RSET", "RSET", record=False)
    s.cmd("MAIL FROM:<alice@example.org>", "message rate limit (smtpd_client_message_rate_limit)")
    s.close()
    # recipient rate
    s = rec.session(2538, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("MAIL FROM:<alice@example.org>", "MAIL FROM", record=False)
    s.cmd("RCPT TO:<bob@example.test>", "RCPT", record=False)
    s.cmd("RCPT TO:<alice@example.test>", "RCPT", record=False)
    s.cmd("RCPT TO:<postmaster@example.test>", "recipient rate limit (smtpd_client_recipient_rate_limit)")
    s.close()
    # AUTH rate
    s = rec.session(2539, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("AUTH PLAIN " + PLAIN_BAD, "AUTH failure", record=False)
    s.cmd("AUTH PLAIN " + PLAIN_OK, "AUTH rate limit (smtpd_client_auth_rate_limit)")
    s.close()
    # concurrency
    s1 = rec.session(2540, record_greeting=False)
    time.sleep(0.5)
    s2 = rec.session(2540, "concurrent connection limit (smtpd_client_connection_count_limit)")
    s2.close()
    s1.close()

    # hard error limit (2)
    s = rec.session(2541, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("FOO", "unknown command", record=False)
    s.cmd("BAR", "unknown command", record=False)
    s.cmd("BAZ", "too many errors (smtpd_hard_error_limit)")
    s.close()
    # timeout (2 s)
    s = rec.session(2542, record_greeting=False)
    s.expect_close("idle timeout (smtpd_timeout)", timeout=10)
    s.close()

    # no TLS, no AUTH, reject_unauth_pipelining, PIPELINING not advertised
    s = rec.session(2543, record_greeting=False)
    ehlo(s, "EHLO (no STARTTLS, no AUTH, no PIPELINING advertised)")
    s.cmd("STARTTLS", "STARTTLS when TLS is not offered")
    s.cmd("AUTH PLAIN " + PLAIN_OK, "AUTH when AUTH is not offered")
    s.close()
    s = rec.session(2543, record_greeting=False)
    s.cmd("HELO " + HELO, "HELO", record=False)
    s.pipeline(["MAIL FROM:<alice@example.org>", "RCPT TO:<bob@example.test>", "DATA"],
               "unauthorised pipelining (reject_unauth_pipelining)")
    s.close()

    # sender login maps
    s = rec.session(2545, record_greeting=False)
    ehlo(s, record=False)
    s.cmd("ETRN", "ETRN without argument")
    s.cmd("MAIL FROM:<alice@example.test>", "MAIL FROM", record=False)
    s.cmd("RCPT TO:<bob@example.test>", "sender owned by a login, client not authenticated (reject_sender_login_mismatch)")
    s.cmd("RSET", "RSET", record=False)
    s.cmd("AUTH PLAIN " + PLAIN_OK, "AUTH", record=False)
    s.cmd("MAIL FROM:<alice@example.test>", "MAIL FROM", record=False)
    s.cmd("RCPT TO:<bob@example.test>", "sender not owned by the authenticated user (reject_sender_login_mismatch)")
    s.close()


POSTFIX_MASKS = [
    (re.compile(rb"queued as [0-9A-Za-z]+"), b"queued as QUEUEID"),
]


def main():
    server, version, out = sys.argv[1:4]
    if server == "postfix":
        rec, fn = Recorder("postfix", version, POSTFIX_MASKS), postfix
    elif server == "exim":
        import scen_exim
        rec, fn = Recorder("exim", version, scen_exim.MASKS), scen_exim.exim
    elif server == "opensmtpd":
        import scen_opensmtpd
        rec, fn = Recorder("opensmtpd", version, scen_opensmtpd.MASKS), scen_opensmtpd.opensmtpd
    else:
        sys.exit("unknown server")
    try:
        fn(rec)
    finally:
        rec.write(out, append=False)
        print("%s: %d rows" % (server, len(rec.rows)))


if __name__ == "__main__":
    main()
