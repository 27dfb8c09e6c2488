#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the build into a scratch DESTDIR (prefix /usr, as the Debian package does) and checks
# the tree a desktop expects: the executable, the mail reader module, the desktop entry, every
# icon size (the PNGs' real dimensions), the AppStream metainfo and the manual page. Runs
# desktop-file-validate and `appstreamcli validate --no-net` where they are installed (`make deps`
# installs them), then the installed executable itself. Registered as the CTest test tst_install by
# packaging/CMakeLists.txt.
#
# Usage: check-install.sh CMAKE BUILD_DIR APP_ID VERSION MAIL_MODULE
# (MAIL_MODULE: the module's path below the prefix)
set -uo pipefail

if [ $# -ne 5 ]; then
    echo "usage: $0 CMAKE BUILD_DIR APP_ID VERSION MAIL_MODULE" >&2
    exit 2
fi
cmake=$1 build_dir=$2 app_id=$3 version=$4 mail_module=$5
# The sizes a desktop looks for in the hicolor theme; the build must install every one.
icon_sizes="16 24 32 48 64 128 256"

scratch=$(mktemp -d) || exit 1
trap 'rm -rf "$scratch"' EXIT
destdir=$scratch/root
prefix=/usr
root=$destdir$prefix
failures=0

fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

pass() {
    echo "PASS: $*"
}

# check_file PATH WHAT: PATH (below the installed prefix) is a non-empty regular file.
check_file() {
    if [ -f "$root/$1" ] && [ -s "$root/$1" ]; then
        pass "$2: $prefix/$1"
    else
        fail "$2 missing or empty: $prefix/$1"
    fi
}

# png_size FILE: "WIDTHxHEIGHT" from the PNG header (signature, then the IHDR chunk).
png_size() {
    local signature width height
    signature=$(od -An -tx1 -N8 "$1" | tr -d ' \n')
    [ "$signature" = 89504e470d0a1a0a ] || { echo "not-a-png"; return; }
    read -r width height < <(od -An -tu4 --endian=big -j16 -N8 "$1")
    echo "${width}x${height}"
}

echo "== Installing $build_dir into $destdir (prefix $prefix)"
if ! DESTDIR=$destdir "$cmake" --install "$build_dir" --prefix "$prefix" > "$scratch/install.log" 2>&1; then
    cat "$scratch/install.log"
    fail "cmake --install failed"
    echo "tst_install: $failures failed"
    exit 1
fi

echo "== The tree"
check_file bin/smtp-codes "executable"
if [ -x "$root/bin/smtp-codes" ]; then pass "executable is executable"; else fail "bin/smtp-codes is not executable"; fi
desktop=share/applications/$app_id.desktop
metainfo=share/metainfo/$app_id.metainfo.xml
man_page=share/man/man1/smtp-codes.1.gz
check_file "$desktop" "desktop entry"
check_file "$metainfo" "AppStream metainfo"
check_file "$man_page" "manual page"
check_file share/icons/hicolor/scalable/apps/$app_id.svg "scalable icon"
check_file share/doc/smtp-codes/copyright "copyright file"
check_file share/doc/smtp-codes/changelog.gz "changelog"
check_file "$mail_module" "mail reader module"

for size in $icon_sizes; do
    png=share/icons/hicolor/${size}x${size}/apps/$app_id.png
    if [ ! -s "$root/$png" ]; then
        fail "icon ${size}x${size} missing: $prefix/$png"
        continue
    fi
    actual=$(png_size "$root/$png")
    if [ "$actual" = "${size}x${size}" ]; then
        pass "icon ${size}x${size} is a ${actual} PNG"
    else
        fail "icon $prefix/$png is $actual, not ${size}x${size}"
    fi
done
# Nothing installed that the checks above do not know about (a stray size, a renamed file).
expected=$(
    echo "bin/smtp-codes"; echo "$mail_module"; echo "$desktop"; echo "$metainfo"; echo "$man_page"
    echo "share/icons/hicolor/scalable/apps/$app_id.svg"
    echo "share/doc/smtp-codes/copyright"; echo "share/doc/smtp-codes/changelog.gz"
    for size in $icon_sizes; do echo "share/icons/hicolor/${size}x${size}/apps/$app_id.png"; done
)
unexpected=$(cd "$root" && find . -type f | sed 's|^\./||' | sort | comm -23 - <(echo "$expected" | sort))
if [ -z "$unexpected" ]; then pass "no unexpected files"; else fail "unexpected files installed: $unexpected"; fi

echo "== Contents"
if grep -qx "Icon=$app_id" "$root/$desktop"; then pass "desktop entry's icon is $app_id"; else fail "desktop entry has no Icon=$app_id"; fi
if grep -qx "Exec=smtp-codes" "$root/$desktop"; then pass "desktop entry runs smtp-codes"; else fail "desktop entry has no Exec=smtp-codes"; fi
if grep -q "<id>$app_id</id>" "$root/$metainfo"; then pass "metainfo id is $app_id"; else fail "metainfo id is not $app_id"; fi
if grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$root/$metainfo"; then
    pass "metainfo launches $app_id.desktop"
else
    fail "metainfo has no launchable $app_id.desktop"
fi
if grep -q "<release version=\"$version\"" "$root/$metainfo"; then pass "metainfo has a release $version"; else fail "metainfo has no release $version"; fi
for lang in en ar de es fr ja ko pt_BR ru vi zh_CN; do
    grep -q "<lang>$lang</lang>" "$root/$metainfo" || fail "metainfo does not list the language $lang"
done
if zcat "$root/share/doc/smtp-codes/changelog.gz" | head -1 | grep -q "^smtp-codes ($version) "; then
    pass "changelog starts with $version"
else
    fail "changelog does not start with $version"
fi

man_text=$(zcat "$root/$man_page" 2>/dev/null)
if [ -z "$man_text" ]; then
    fail "manual page is not gzip-compressed roff"
else
    # English, whatever the locale of the machine that built it; every section there.
    for section in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" EXAMPLES ENVIRONMENT FILES "SEE ALSO"; do
        grep -q "^\.SH \"\?$section\"\?\$" <<< "$man_text" || fail "manual page has no $section section"
    done
    if grep -qF -- '\-\-print' <<< "$man_text" && grep -q 'Displays version information' <<< "$man_text"; then
        pass "manual page documents the options in English"
    else
        fail "manual page lacks the English option descriptions"
    fi
    if grep -q "^\.TH .*$version" <<< "$man_text"; then pass "manual page is for $version"; else fail "manual page's header does not name $version"; fi
    if command -v man > /dev/null; then
        warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$root/$man_page" 2>&1 > /dev/null)
        if [ -z "$warnings" ]; then pass "man renders the page without warnings"; else fail "man warns: $warnings"; fi
    fi
fi

echo "== Validators"
if command -v desktop-file-validate > /dev/null; then
    if output=$(desktop-file-validate "$root/$desktop" 2>&1) && [ -z "$output" ]; then
        pass "desktop-file-validate"
    else
        fail "desktop-file-validate: $output"
    fi
else
    echo "SKIP: desktop-file-validate not installed (desktop-file-utils)"
fi
if command -v appstreamcli > /dev/null; then
    if output=$(appstreamcli validate --no-net --no-color "$root/$metainfo" 2>&1); then
        pass "appstreamcli validate --no-net"
        echo "$output" | sed 's/^/    /'
    else
        fail "appstreamcli validate --no-net: $output"
    fi
else
    echo "SKIP: appstreamcli not installed (appstream)"
fi

echo "== The installed executable"
config=$scratch/config
mkdir -p "$config"
run() {
    XDG_CONFIG_HOME=$config QT_QPA_PLATFORM=offscreen LANGUAGE= LC_ALL=C.UTF-8 "$root/bin/smtp-codes" "$@"
}
if output=$(run --version 2>&1) && [ "$output" = "SMTP Codes $version" ]; then
    pass "--version says SMTP Codes $version"
else
    fail "--version: \"$output\""
fi
if output=$(run --print 535 2>&1) && grep -q "535" <<< "$output" && grep -qi "authentication" <<< "$output"; then
    pass "--print 535 shows the entry"
else
    fail "--print 535: $output"
fi
run --print 999 > "$scratch/stdout" 2> "$scratch/stderr"
status=$?
if [ $status -eq 2 ] && [ ! -s "$scratch/stdout" ] && [ "$(wc -l < "$scratch/stderr")" -eq 1 ]; then
    pass "--print 999 exits with 2 and one line on stderr"
else
    fail "--print 999: exit $status, stderr: $(cat "$scratch/stderr")"
fi
# A delivery status report is read only with the mail reader module, which the installed
# executable finds from its own folder: nothing on stderr says it is missing.
cat > "$scratch/bounce.eml" <<'EOF'
From: MAILER-DAEMON@mx.example.test
To: sender@example.test
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="report"

--report
Content-Type: text/plain

The message could not be delivered.

--report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.test

Final-Recipient: rfc822; full@example.test
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--report--
EOF
run --print --explain "$scratch/bounce.eml" > "$scratch/stdout" 2> "$scratch/stderr"
status=$?
if [ $status -eq 0 ] && [ ! -s "$scratch/stderr" ] && grep -q "^full@example.test (Failed)" "$scratch/stdout" \
    && grep -q "552 5.2.2 Mailbox full" "$scratch/stdout"; then
    pass "--explain reads a delivery status report with the mail reader module"
else
    fail "--explain of a bounce: exit $status, stderr: $(cat "$scratch/stderr"), stdout: $(cat "$scratch/stdout")"
fi

echo
echo "tst_install: $failures failed"
[ "$failures" -eq 0 ]
