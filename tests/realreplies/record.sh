#!/bin/bash
# Record real SMTP replies from Postfix, Exim and OpenSMTPD (Debian 12 packages)
# running on 127.0.0.1 only, and write them to tests/data/real-replies.jsonl.
#
#   sudo bash tests/realreplies/record.sh            # all three servers
#   sudo bash tests/realreplies/record.sh postfix    # only some (rows of the
#                                                    # others are kept)
#
# Needs root on Debian 12 (apt-get, adduser, unshare).  See README.md.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
OUT=${OUT:-$REPO/tests/data/real-replies.jsonl}
# shellcheck source=mta-common.sh
. "$HERE/mta-common.sh"

[ "$(id -u)" = 0 ] || die "run as root"
SERVERS=("$@")
[ ${#SERVERS[@]} -gt 0 ] || SERVERS=(postfix exim opensmtpd)

# Everything below runs in a private mount+UTS namespace (see mta-common.sh).
if [ -z "${IN_MTA_NS:-}" ]; then
    install_packages
    for s in "${SERVERS[@]}"; do
        case $s in
            exim) unpack_exim ;;
            opensmtpd) unpack_opensmtpd ;;
            postfix) ;;
            *) die "unknown server $s" ;;
        esac
    done
fi
enter_namespace "$@"

prepare_run run-replies

TMPOUT=$RUN/out
mkdir -p "$TMPOUT"

# ---------------------------------------------------------------- Postfix
setup_postfix() {
    export PF_RUN=$RUN/postfix
    local c=$PF_RUN/conf
    mkdir -p "$c" "$PF_RUN/data" "$PF_RUN/spool" "$PF_RUN/tls"
    cp "$RUN/tls/"*.pem "$PF_RUN/tls/"
    chown root:postfix "$PF_RUN/tls/key.pem"
    # Postfix 3.7.11 knows smtpd_forbid_bare_newline (normalize|reject|yes|no)
    export PF_BARE_LF=reject
    subst "$HERE/conf/postfix/main.cf.in" "$c/main.cf"
    subst "$HERE/conf/postfix/master.cf.in" "$c/master.cf"
    # Debian's Postfix reads the Cyrus config from $config_directory/sasl/smtpd.conf
    mkdir -p "$c/sasl"
    subst "$HERE/conf/postfix/sasl-smtpd.conf.in" "$c/sasl/smtpd.conf"
    local f
    for f in recipients relocated recipient_access sender_access helo_access ps_access.cidr \
             client_reject.cidr client_defer.cidr sender_login; do
        cp "$HERE/conf/postfix/$f" "$c/$f"
    done
    # SASL test user bob@example.test / password "secret" (Cyrus sasldb)
    echo -n secret | saslpasswd2 -f "$PF_RUN/sasldb2" -p -c -u example.test bob
    chown root:postfix "$PF_RUN/sasldb2"; chmod 640 "$PF_RUN/sasldb2"
    chown -R postfix "$PF_RUN/data"
    postfix -c "$c" set-permissions >/dev/null 2>&1 || true
    postfix -c "$c" check 2>&1 | grep -v 'not owned by\|group or other writable' || true
    touch "$PF_RUN/maillog"
}

run_postfix() {
    setup_postfix
    local v
    v=$(upstream_version "$(dpkg-query -W -f='${Version}' postfix)")
    start_bg postfix-master "$RUN/postfix-master.pid" "$PF_RUN/master.out" \
        /usr/lib/postfix/sbin/master -c "$PF_RUN/conf" -d
    wait_port 2525 || die "postfix did not start (see $PF_RUN/maillog)"
    sleep 1
    python3 "$HERE/scenarios.py" postfix "$v" "$TMPOUT/postfix.jsonl"
    stop_pidfile "$RUN/postfix-master.pid"
}

# ---------------------------------------------------------------- Exim
run_exim() {
    export EX_RUN=$RUN/exim
    local ex=$MTA_WORK/exim
    mkdir -p "$EX_RUN/spool" "$EX_RUN/log" "$EX_RUN/tls"
    cp "$RUN/tls/"*.pem "$EX_RUN/tls/"
    chown -R Debian-exim:Debian-exim "$EX_RUN"
    subst "$HERE/conf/exim/exim.conf.in" "$EX_RUN/exim.conf"
    cp "$HERE/conf/exim/ratelimit-hosts" "$EX_RUN/" 2>/dev/null || true
    local v
    v=$(upstream_version "$(deb_version exim4-daemon-light)")
    # Exim re-executes itself by its compiled-in path (ETRN, queue runs)
    overlay_dir /usr/sbin exim4 "$ex/usr/sbin/exim4"
    overlay_libs "$ex"
    /usr/sbin/exim4 -C "$EX_RUN/exim.conf" -bV >"$EX_RUN/bV.txt" 2>&1 || { cat "$EX_RUN/bV.txt"; die "exim -bV failed"; }
    start_bg exim "$RUN/exim.pid" "$EX_RUN/daemon.out" \
        /usr/sbin/exim4 -C "$EX_RUN/exim.conf" -bdf -oX 2550:2551:2552:2553:2554:2555:2556:2557:2558:2559:2560:2561 -oP "$EX_RUN/exim-daemon.pid"
    wait_port 2550 || { cat "$EX_RUN/daemon.out" "$EX_RUN/log/"* 2>/dev/null; die "exim did not start"; }
    python3 "$HERE/scenarios.py" exim "$v" "$TMPOUT/exim.jsonl"
    stop_pidfile "$RUN/exim.pid"
}

# ---------------------------------------------------------------- OpenSMTPD
run_opensmtpd() {
    export OS_RUN=$RUN/opensmtpd
    local os=$MTA_WORK/opensmtpd
    mkdir -p "$OS_RUN" "$OS_RUN/tls"
    # An ECDSA key: with an RSA key OpenSMTPD 6.8's privilege-separated
    # signing fails under OpenSSL 3 ("SSL routines::EVP lib") on every handshake.
    if [ ! -s "$OS_RUN/tls/cert.pem" ]; then
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 \
            -subj "/CN=mx.example.test" -keyout "$OS_RUN/tls/key.pem" -out "$OS_RUN/tls/cert.pem" >/dev/null 2>&1
    fi
    chmod 600 "$OS_RUN/tls/key.pem"
    # OpenSMTPD has its spool and chroot paths compiled in: give it private,
    # empty ones by bind-mounting scratch folders (this namespace only).
    overlay_dir /var/spool smtpd --dir
    overlay_dir /var/lib opensmtpd --dir
    mkdir -p /var/lib/opensmtpd/empty
    overlay_dir /usr/libexec opensmtpd "$os/usr/libexec/opensmtpd"
    chmod 711 /var/spool/smtpd
    subst "$HERE/conf/opensmtpd/smtpd.conf.in" "$OS_RUN/smtpd.conf"
    # table of users for AUTH: bob@example.test / secret
    printf 'bob@example.test %s\n' "$(openssl passwd -6 -salt testsalt secret)" > "$OS_RUN/creds"
    chmod 640 "$OS_RUN/creds"
    cp "$HERE/conf/opensmtpd/users.table" "$OS_RUN/"
    local v
    v=$(upstream_version "$(deb_version opensmtpd)")
    "$os/usr/sbin/smtpd" -n -f "$OS_RUN/smtpd.conf" >"$OS_RUN/check.out" 2>&1 || { cat "$OS_RUN/check.out"; die "smtpd -n failed"; }
    start_bg opensmtpd "$RUN/opensmtpd.pid" "$OS_RUN/smtpd.log" \
        "$os/usr/sbin/smtpd" -d -f "$OS_RUN/smtpd.conf"
    wait_port 2570 || { cat "$OS_RUN/smtpd.log"; die "opensmtpd did not start"; }
    python3 "$HERE/scenarios.py" opensmtpd "$v" "$TMPOUT/opensmtpd.jsonl"
    stop_pidfile "$RUN/opensmtpd.pid"
}

for s in "${SERVERS[@]}"; do
    log "=== $s"
    "run_$s"
done

# Merge: rows of servers not re-recorded this time are kept from $OUT.
python3 - "$OUT" "$TMPOUT" "${SERVERS[@]}" <<'EOF'
import json, os, sys
out, tmp, servers = sys.argv[1], sys.argv[2], sys.argv[3:]
order = ["postfix", "exim", "opensmtpd"]
rows = {s: [] for s in order}
if os.path.exists(out):
    for line in open(out, encoding="utf-8"):
        r = json.loads(line)
        if r["server"] not in servers:
            rows.setdefault(r["server"], []).append(line)
for s in servers:
    rows[s] = list(open(os.path.join(tmp, s + ".jsonl"), encoding="utf-8"))
with open(out, "w", encoding="utf-8", newline="") as f:
    for s in order + [k for k in rows if k not in order]:
        f.writelines(rows.get(s, []))
print("wrote", out, {s: len(v) for s, v in rows.items()})
EOF
stop_all
log "done"
