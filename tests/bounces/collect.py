#!/usr/bin/env python3
"""Collect the bounces / DSNs and log lines produced by generate.sh.

    collect.py --check RUN MTA...      exit 0 when every expected notice is there
    collect.py RUN OUTDIR MTA...       mask and write OUTDIR/<mta>/*.eml, *.log

Standard library only.  Masking (see README.md): dates, queue/message IDs,
PIDs, delays.  Everything else is kept byte for byte.
"""
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import cases_for  # noqa: E402

# cases that stay deferred until the queue lifetime runs out
EXPIRING = {"deferred", "refused"}

MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
DAYS = "Mon|Tue|Wed|Thu|Fri|Sat|Sun"
RFC_DATE = re.compile(r"(?:(?:%s), )?\d{1,2} (?:%s) \d{4} \d\d:\d\d:\d\d (?:[+-]\d{4}(?: \([A-Z]{2,5}\))?|GMT|UTC|UT)" % (DAYS, MONTHS))
FIXED_DATE = "Mon, 01 Jan 2024 00:00:00 +0000"


def mailbox_files(run, mta):
    files = []
    for sub in ("new", "cur"):
        files += glob.glob(os.path.join(run, mta, "mail", "alice", sub, "*"))
    # Maildir names start with the delivery time in seconds: arrival order
    return sorted(files, key=lambda f: (os.path.getmtime(f), os.path.basename(f)))


def read(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8", "surrogateescape")


def header(text, name):
    head = text.split("\n\n", 1)[0]
    m = re.search(r"^%s:[ \t]*(.*(?:\n[ \t].*)*)" % re.escape(name), head, re.M | re.I)
    return re.sub(r"\s+", " ", m.group(1)).strip() if m else ""


def classify(text, mta):
    """-> (case, kind) with kind in failure, delay, success."""
    m = re.search(r"^X-Test-Case: (\S+)", text, re.M)
    if not m:
        m = re.search(r"<([a-z-]+)\.%s@sender\.example>" % mta, text)
    case = m.group(1) if m else None
    subj = header(text, "Subject").lower()
    if "Envelope expired" in text:
        # OpenSMTPD 6.8 reports queue expiry in a notice labelled "delayed"
        # (Action: delayed, Status: 4.4.7) although the message is removed
        kind = "failure"
    elif "delay" in subj or "warning" in subj:
        kind = "delay"
    elif any(w in subj for w in ("undeliver", "fail", "returned", "error")):
        kind = "failure"
    elif (re.search(r"^Action: *(relayed|delivered|expanded)", text, re.M | re.I)
          and not re.search(r"^Action: *failed", text, re.M | re.I)) or "success" in subj:
        kind = "success"
    else:
        kind = "failure"
    return case, kind


def notices(run, mta):
    out = []
    for f in mailbox_files(run, mta):
        text = read(f)
        case, kind = classify(text, mta)
        out.append((f, text, case, kind))
    return out


def check(run, mtas):
    for mta in mtas:
        got = {(c, k) for _, _, c, k in notices(run, mta)}
        cases = {c for c, _ in got}
        for case in cases_for(mta):
            if case not in cases:
                return False
            if case in EXPIRING and (case, "failure") not in got:
                # OpenSMTPD keeps an envelope whose host refuses connections
                # in its connection queue: it never expires there (README)
                if not (mta == "opensmtpd" and case == "refused"):
                    return False
    return True


# ---------------------------------------------------------------- masking
class Masker:
    """Replace volatile IDs by numbered tokens, consistently across all the
    files of one MTA (numbered in order of first appearance)."""

    def __init__(self, prefix, patterns):
        self.prefix = prefix
        self.patterns = [re.compile(p) for p in patterns]
        self.map = {}

    def learn(self, text):
        for rx in self.patterns:
            for m in rx.finditer(text):
                v = m.group(1) if rx.groups else m.group(0)
                if v not in self.map:
                    self.map[v] = "%s%02d" % (self.prefix, len(self.map) + 1)

    def apply(self, text):
        if not self.map:
            return text
        rx = re.compile("|".join(re.escape(k) for k in sorted(self.map, key=len, reverse=True)))
        return rx.sub(lambda m: self.map[m.group(0)], text)


# Postfix queue IDs, only where they stand as queue IDs (a bare hex pattern
# would also catch the time stamps in MIME boundaries)
POSTFIX_ID_CONTEXTS = [r"\]: ([0-9A-F]{6,12}):", r"\bid ([0-9A-F]{6,12})\b",
                       r"X-Postfix-Queue-ID: ([0-9A-F]{6,12})\b", r"\.([0-9A-F]{6,12})@",
                       r"boundary=\"([0-9A-F]{6,12})\.", r"queued as ([0-9A-F]{6,12})\b",
                       r"^--([0-9A-F]{6,12})\."]
EXIM_ID = r"\b([0-9A-Za-z]{6}-[0-9A-Za-z]{6}-[0-9A-Za-z]{2})\b"


def common_mask(text):
    text = RFC_DATE.sub(FIXED_DATE, text)
    # mbox "From " line (sendmail's program delivery)
    text = re.sub(r"^From (\S+) (?:%s) (?:%s) [ \d]\d \d\d:\d\d:\d\d \d{4}$" % (DAYS, MONTHS),
                  r"From \1 Mon Jan  1 00:00:00 2024", text, flags=re.M)
    text = re.sub(r"^(?:%s) [ \d]\d \d\d:\d\d:\d\d " % MONTHS, "Jan  1 00:00:00 ", text, flags=re.M)
    text = re.sub(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d ", "2024-01-01 00:00:00 ", text, flags=re.M)
    text = re.sub(r"(postfix(?:-\w+)?/[\w/-]+|sm-mta|sendmail|sm-msp-queue)\[\d+\]", r"\1[PID]", text)
    text = re.sub(r"\b(x?delay)=(?:\d+\+)?\d\d:\d\d:\d\d", r"\1=00:00:00", text)  # sendmail
    text = re.sub(r"\bdelay=(?![\d.]*:)[\d.]+(?:[smhd][\d.smhd]*)?", "delay=0", text)
    text = re.sub(r"\bdelays=[\d./]+", "delays=0/0/0/0", text)
    # Postfix: time stamps inside MIME boundaries and Message-IDs
    text = re.sub(r"(\.)\d{9,10}(/[\w.-]+)", r"\g<1>1704067200\2", text)
    text = re.sub(r"<\d{14}\.", "<20240101000000.", text)
    # OpenSMTPD: random number in its MIME boundaries
    text = re.sub(r"\b\d{16,20}(/[\w.-]+)", r"12345678901234567890\1", text)
    # Exim: MIME boundary of its DSNs
    text = re.sub(r"\d{9,10}-eximdsn-\d+", "1704067200-eximdsn-1", text)
    return text


def log_lines(run, mta, ids):
    """Relevant log lines per case (raw, unmasked)."""
    per_case = {}
    if mta == "postfix":
        lines = read(os.path.join(run, "postfix", "maillog")).splitlines(True)
        for case, reply in ids.items():
            qid = reply.split()[-1]
            seen_defer = set()
            out = []
            for ln in lines:
                if (": %s: " % qid) not in ln or " status=" not in ln:
                    continue
                if "status=deferred" in ln:
                    to = re.search(r"to=<[^>]*>", ln).group(0)
                    if to in seen_defer:
                        continue
                    seen_defer.add(to)
                out.append(ln)
            per_case[case] = out
    elif mta == "exim":
        lines = read(os.path.join(run, "exim", "log", "mainlog")).splitlines(True)
        for case, reply in ids.items():
            mid = reply.split("id=")[-1].strip()
            seen_defer = set()
            out = []
            for ln in lines:
                m = re.match(r"^\S+ \S+ %s (\*\*|==|=>|->) (\S+)" % re.escape(mid), ln)
                if not m:
                    continue
                if m.group(1) == "==":
                    if m.group(2) in seen_defer:
                        continue
                    seen_defer.add(m.group(2))
                out.append(ln)
            per_case[case] = out
    elif mta == "opensmtpd":
        lines = read(os.path.join(run, "opensmtpd", "smtpd.log")).splitlines(True)
        for case, reply in ids.items():
            msgid = reply.split()[1]
            seen_defer = set()
            out = []
            for ln in lines:
                if ln.startswith("debug"):
                    continue
                if not re.search(r"(mta delivery evpid=%s|Expire for %s)" % (msgid, msgid), ln):
                    continue
                if 'result="TempFail"' in ln:
                    to = re.search(r"to=<[^>]*>", ln).group(0)
                    if to in seen_defer:
                        continue
                    seen_defer.add(to)
                out.append(ln)
            per_case[case] = out
    elif mta == "sendmail":
        lines = read(os.path.join(run, "sendmail", "maillog")).splitlines(True)
        for case, reply in ids.items():
            qid = reply.split()[1]
            seen_defer = set()
            out = []
            for ln in lines:
                if (" %s: " % qid) not in ln or (" stat=" not in ln and "sender notify: Cannot send" not in ln):
                    continue
                if "stat=Deferred" in ln:
                    to = re.search(r"to=([^,]*)", ln).group(1)
                    if to in seen_defer:
                        continue
                    seen_defer.add(to)
                out.append(ln)
            per_case[case] = out
    return per_case


def collect(run, outdir, mtas):
    summary = {}
    for mta in mtas:
        idfile = os.path.join(run, mta + ".ids.json")
        ids = json.load(open(idfile)) if os.path.exists(idfile) else {}
        logs = log_lines(run, mta, ids)
        items = notices(run, mta)
        # one masker per MTA, fed with the logs first (stable numbering)
        maskers = [Masker("QUEUEID", POSTFIX_ID_CONTEXTS) if mta == "postfix" else None,
                   Masker("EXIMID", [EXIM_ID]) if mta == "exim" else None,
                   Masker("SMTPDID", [r"\b([0-9a-f]{16})\b", r"\b([0-9a-f]{8})\b"]) if mta == "opensmtpd" else None,
                   Masker("SMQID", [r"\[\d+\]: ([0-9A-Za-z]{12,16}):", r"\bid ([0-9A-Za-z]{12,16})\b",
                                    r"<([0-9A-Za-z]{12,16})[.@]", r"^--([0-9A-Za-z]{12,16})\.",
                                    r"boundary=\"([0-9A-Za-z]{12,16})\."]) if mta == "sendmail" else None,
                   Masker("REMOTEQID", [r"queued as ([0-9A-F]{6,12})\b"])]
        maskers = [m for m in maskers if m]
        all_log = "".join("".join(logs.get(c, [])) for c in cases_for(mta))
        sender_log = ""
        if mta in ("postfix", "sendmail"):
            sender_log = read(os.path.join(run, mta, "maillog"))
        for mk in maskers:
            mk.learn(sender_log + all_log)
        for _, text, _, _ in items:
            for mk in maskers:
                mk.learn(text)
        # the remote's own queue IDs ("queued as ...") are learnt first by
        # REMOTEQID, so take them out of the sender's maskers
        rq = [mk for mk in maskers if mk.prefix == "REMOTEQID"][0]
        for mk in maskers:
            if mk is not rq:
                for k in list(mk.map):
                    if k in rq.map:
                        del mk.map[k]

        def mask(t):
            for mk in maskers:
                if mk.prefix == "REMOTEQID":
                    t = mk.apply(t)
            for mk in maskers:
                if mk.prefix != "REMOTEQID":
                    t = mk.apply(t)
            return common_mask(t)

        d = os.path.join(outdir, mta)
        os.makedirs(d, exist_ok=True)
        for old in glob.glob(os.path.join(d, "*.eml")) + glob.glob(os.path.join(d, "*.log")):
            os.remove(old)
        written = []
        seen = set()
        for f, text, case, kind in items:
            if case is None:
                sys.stderr.write("%s: %s: no test case found, skipped\n" % (mta, f))
                continue
            if kind == "failure":
                name = case + ("-expired" if case in EXPIRING else "")
            else:
                name = "%s-%s" % (case, kind)
            if name in seen:
                continue  # e.g. Exim repeats its delay warning; keep the first
            seen.add(name)
            with open(os.path.join(d, name + ".eml"), "wb") as fo:
                fo.write(mask(text).encode("utf-8", "surrogateescape"))
            written.append(name + ".eml")
        for case in cases_for(mta):
            if logs.get(case):
                with open(os.path.join(d, case + ".log"), "wb") as fo:
                    fo.write(mask("".join(logs[case])).encode("utf-8", "surrogateescape"))
                written.append(case + ".log")
        summary[mta] = sorted(written)
    print(json.dumps(summary, indent=1))


def main():
    if sys.argv[1] == "--check":
        sys.exit(0 if check(sys.argv[2], sys.argv[3:]) else 1)
    collect(sys.argv[1], sys.argv[2], sys.argv[3:])


if __name__ == "__main__":
    main()
