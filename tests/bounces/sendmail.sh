# shellcheck shell=bash
# sendmail as a sending MTA for generate.sh (sourced).  Uses RUN, HERE,
# MTA_WORK and the helpers of tests/realreplies/mta-common.sh.
sendmail_start() {
    export SM_RUN=$RUN/sendmail
    local sm=$MTA_WORK/sendmail
    export SM_CF=$sm/usr/share/sendmail/cf
    mkdir -p "$SM_RUN/mqueue" "$SM_RUN/mail/alice/new" "$SM_RUN/mail/alice/cur" "$SM_RUN/mail/alice/tmp"
    chmod 700 "$SM_RUN/mqueue"
    chown -R 65534:65534 "$SM_RUN/mail"
    overlay_libs "$sm"
    printf 'sender.example\nsendmail.sender.example\n' > "$SM_RUN/local-host-names"
    : > "$SM_RUN/trusted-users"
    : > "$SM_RUN/helpfile"
    printf 'hosts files dns\naliases files\n' > "$SM_RUN/service.switch"
    # bounces for alice@sender.example go to a Maildir through a program alias
    cat > "$SM_RUN/deliver.sh" <<EOS
#!/bin/sh
f="$SM_RUN/mail/alice/tmp/\$(date +%s).\$\$.sendmail"
cat > "\$f" && mv "\$f" "$SM_RUN/mail/alice/new/"
EOS
    chmod 755 "$SM_RUN/deliver.sh"
    printf 'alice: "|%s"\nMAILER-DAEMON: alice\npostmaster: alice\n' "$SM_RUN/deliver.sh" > "$SM_RUN/aliases"
    subst "$HERE/conf/sendmail/sendmail.mc.in" "$SM_RUN/sendmail.mc"
    m4 -D_CF_DIR_="$SM_CF/" "$SM_RUN/sendmail.mc" > "$SM_RUN/sendmail.cf"
    cp "$HERE/conf/sendmail/mailertable" "$SM_RUN/mailertable"
    "$sm/usr/libexec/sendmail/makemap" -C "$SM_RUN/sendmail.cf" hash "$SM_RUN/mailertable" < "$SM_RUN/mailertable"
    : > "$SM_RUN/access"
    "$sm/usr/libexec/sendmail/makemap" -C "$SM_RUN/sendmail.cf" hash "$SM_RUN/access" < "$SM_RUN/access"
    # syslog(3) -> /dev/log (namespace only) -> $SM_RUN/maillog
    start_bg syslogd "$RUN/syslogd.pid" "$SM_RUN/syslogd.out" python3 "$HERE/syslogd.py" "$SM_RUN/devlog" "$SM_RUN/maillog"
    for _ in $(seq 1 50); do [ -S "$SM_RUN/devlog" ] && break; sleep 0.1; done
    overlay_dir /dev log "$SM_RUN/devlog"
    "$sm/usr/libexec/sendmail/sendmail" -C "$SM_RUN/sendmail.cf" -bi >"$SM_RUN/newaliases.out" 2>&1 || { cat "$SM_RUN/newaliases.out"; return 1; }
    start_bg sendmail "$RUN/sendmail.pid" "$SM_RUN/daemon.out" \
        "$sm/usr/libexec/sendmail/sendmail" -C "$SM_RUN/sendmail.cf" -bD -q10s
    wait_port 2583 || { cat "$SM_RUN/daemon.out" "$SM_RUN/maillog"; return 1; }
}
