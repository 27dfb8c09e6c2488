#!/usr/bin/env python3
"""Submit the test messages of cases.py to one sending MTA on 127.0.0.1.
Usage: submit.py MTA OUT.json   (writes {case: queue-id-or-reply})."""
import json
import smtplib
import sys

from cases import PORTS, SENDER, CASES, cases_for, message


def main():
    mta, out = sys.argv[1], sys.argv[2]
    ids = {}
    for name in cases_for(mta):
        c = CASES[name]
        s = smtplib.SMTP("127.0.0.1", PORTS[mta], local_hostname="client.sender.example", timeout=30)
        s.ehlo()
        s.mail(SENDER)
        for r in c["rcpts"]:
            opts = ["NOTIFY=SUCCESS,FAILURE"] if r in c.get("notify_success", []) else []
            code, resp = s.rcpt(r, opts)
            if code >= 400:
                sys.exit("%s: RCPT %s refused: %d %s" % (mta, r, code, resp))
        code, resp = s.data(message(mta, name))
        if code != 250:
            sys.exit("%s: DATA refused: %d %s" % (mta, code, resp))
        ids[name] = resp.decode()
        s.quit()
    json.dump(ids, open(out, "w"), indent=1)


if __name__ == "__main__":
    main()
