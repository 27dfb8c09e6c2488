#!/bin/bash
# Generate real bounce messages (DSNs) and log lines with Postfix, Exim,
# OpenSMTPD (and sendmail, if it runs) from Debian 12, on 127.0.0.1 only.
# Output: tests/data/bounces/generated/<mta>/*.eml and *.log
#
#   sudo bash tests/bounces/generate.sh                      # all senders
#   sudo bash tests/bounces/generate.sh postfix exim         # only some
#
# Takes about 3 minutes (the delay-notice and queue-expiry timers).  See
# README.md beside this file.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
RR=$REPO/tests/realreplies
OUTDIR=${OUTDIR:-$REPO/tests/data/bounces/generated}
# shellcheck source=../realreplies/mta-common.sh
. "$RR/mta-common.sh"

[ "$(id -u)" = 0 ] || die "run as root"
MTAS=("$@")
[ ${#MTAS[@]} -gt 0 ] || MTAS=(postfix exim opensmtpd sendmail)
WAIT=${WAIT:-320}   # seconds to wait for delay notices and expiry

if [ -z "${IN_MTA_NS:-}" ]; then
    install_packages
    for m in "${MTAS[@]}"; do
        case $m in
            exim) unpack_exim ;;
            opensmtpd) unpack_opensmtpd ;;
            sendmail) unpack_sendmail ;;
            postfix) ;;
            *) die "unknown MTA $m" ;;
        esac
    done
fi
enter_namespace "$@"

prepare_run run-bounces

# ------------------------------------------------ the remote: Postfix on 2525
# (the tests/realreplies configuration: unknown users 550 5.1.1, relay
# denied 554 5.7.1, 20 KB size limit, access map DEFER/REJECT, plus
# full@example.test -> 552 5.2.2)
start_remote() {
    export PF_RUN=$RUN/remote
    local c=$PF_RUN/conf f
    mkdir -p "$c/sasl" "$PF_RUN/data" "$PF_RUN/spool" "$PF_RUN/tls"
    cp "$RUN/tls/"*.pem "$PF_RUN/tls/"; chown root:postfix "$PF_RUN/tls/key.pem"
    export PF_BARE_LF=reject
    subst "$RR/conf/postfix/main.cf.in" "$c/main.cf"
    subst "$HERE/conf/postfix-remote/master.cf.in" "$c/master.cf"
    subst "$RR/conf/postfix/sasl-smtpd.conf.in" "$c/sasl/smtpd.conf"
    for f in recipients relocated recipient_access sender_access helo_access sender_login; do
        cp "$RR/conf/postfix/$f" "$c/$f"
    done
    cat "$HERE/conf/postfix-remote/recipient_access.extra" "$RR/conf/postfix/recipient_access" > "$c/recipient_access"
    echo "full x" >> "$c/recipients"
    chown -R postfix "$PF_RUN/data"
    postfix -c "$c" set-permissions >/dev/null 2>&1 || true
    postfix -c "$c" check >/dev/null 2>&1 || true
    start_bg postfix-remote "$RUN/remote.pid" "$PF_RUN/master.out" /usr/lib/postfix/sbin/master -c "$c" -d
    wait_port 2525 || die "remote postfix did not start"
}

# ------------------------------------------------ senders
start_postfix() {
    export PF_RUN=$RUN/postfix
    local c=$PF_RUN/conf
    mkdir -p "$c" "$PF_RUN/data" "$PF_RUN/spool" "$PF_RUN/mail"
    subst "$HERE/conf/postfix/main.cf.in" "$c/main.cf"
    subst "$HERE/conf/postfix/master.cf.in" "$c/master.cf"
    cp "$HERE/conf/postfix/vmailbox" "$HERE/conf/postfix/transport" "$c/"
    chown -R postfix "$PF_RUN/data"
    # mailbox of full@sender.example: 7000 bytes of an 8000-byte limit
    python3 -c 'import sys; sys.stdout.write("From filler@sender.example Mon Jan  1 00:00:00 2024\nSubject: filler\n\n" + ("x" * 75 + "\n") * 87 + "\n")' > "$PF_RUN/mail/full"
    chown -R 65534:65534 "$PF_RUN/mail"
    postfix -c "$c" set-permissions >/dev/null 2>&1 || true
    postfix -c "$c" check >/dev/null 2>&1 || true
    start_bg postfix "$RUN/postfix.pid" "$PF_RUN/master.out" /usr/lib/postfix/sbin/master -c "$c" -d
    wait_port 2580 || die "postfix did not start"
}

start_exim() {
    export EX_RUN=$RUN/exim
    local ex=$MTA_WORK/exim
    mkdir -p "$EX_RUN/spool" "$EX_RUN/log" "$EX_RUN/mail"
    chown -R Debian-exim:Debian-exim "$EX_RUN"
    subst "$HERE/conf/exim/exim.conf.in" "$EX_RUN/exim.conf"
    overlay_dir /usr/sbin exim4 "$ex/usr/sbin/exim4"
    overlay_libs "$ex"
    /usr/sbin/exim4 -C "$EX_RUN/exim.conf" -bV >"$EX_RUN/bV.txt" 2>&1 || { cat "$EX_RUN/bV.txt"; die "exim -bV failed"; }
    # -q10s: a queue runner every 10 seconds
    start_bg exim "$RUN/exim.pid" "$EX_RUN/daemon.out" \
        /usr/sbin/exim4 -C "$EX_RUN/exim.conf" -bdf -q10s -oX 2581 -oP "$EX_RUN/exim-daemon.pid"
    wait_port 2581 || die "exim did not start"
}

start_opensmtpd() {
    export OS_RUN=$RUN/opensmtpd
    local os=$MTA_WORK/opensmtpd
    mkdir -p "$OS_RUN/mail"
    chown 65534:65534 "$OS_RUN/mail"
    overlay_dir /var/spool smtpd --dir
    overlay_dir /var/lib opensmtpd --dir
    mkdir -p /var/lib/opensmtpd/empty
    overlay_dir /usr/libexec opensmtpd "$os/usr/libexec/opensmtpd"
    chmod 711 /var/spool/smtpd
    subst "$HERE/conf/opensmtpd/smtpd.conf.in" "$OS_RUN/smtpd.conf"
    cp "$HERE/conf/opensmtpd/vusers" "$OS_RUN/"
    "$os/usr/sbin/smtpd" -n -f "$OS_RUN/smtpd.conf" >"$OS_RUN/check.out" 2>&1 || { cat "$OS_RUN/check.out"; die "smtpd -n failed"; }
    start_bg opensmtpd "$RUN/opensmtpd.pid" "$OS_RUN/smtpd.log" "$os/usr/sbin/smtpd" -d -f "$OS_RUN/smtpd.conf"
    wait_port 2582 || { cat "$OS_RUN/smtpd.log"; die "opensmtpd did not start"; }
}

start_sendmail() {
    # shellcheck source=sendmail.sh
    . "$HERE/sendmail.sh"
    sendmail_start
}

start_remote
STARTED=()
for m in "${MTAS[@]}"; do
    if "start_$m"; then STARTED+=("$m"); else log "WARNING: $m could not be started"; fi
done
log "submitting test messages"
for m in "${STARTED[@]}"; do
    python3 "$HERE/submit.py" "$m" "$RUN/$m.ids.json" || log "WARNING: submission to $m failed"
done

log "waiting up to $WAIT s for bounces, delay notices and queue expiry"
for i in $(seq 1 $((WAIT / 10))); do
    sleep 10
    # OpenSMTPD has no short retry interval: ask it to retry now
    if [[ " ${STARTED[*]} " == *" opensmtpd "* ]] && [ $((i % 2)) = 0 ]; then
        "$MTA_WORK/opensmtpd/usr/sbin/smtpctl" schedule all >/dev/null 2>&1 || true
    fi
    if python3 "$HERE/collect.py" --check "$RUN" "${STARTED[@]}"; then
        log "all expected notices arrived after $((i * 10)) s"
        sleep 5
        break
    fi
done
stop_all
trap - EXIT

python3 "$HERE/collect.py" "$RUN" "$OUTDIR" "${STARTED[@]}"
log "done"
