# shellcheck shell=bash
# Shared helpers for tests/realreplies/record.sh and tests/bounces/generate.sh.
# Sourced, not run.  Debian 12, as root.
#
# - installs Postfix the usual way (apt-get), and only *downloads* + unpacks
#   Exim, OpenSMTPD and sendmail (they conflict with Postfix as packages)
# - runs everything inside a private mount + UTS namespace (unshare -mu) where
#     * the host name is mx.example.test
#     * /etc/resolv.conf points at 127.0.0.1, where dnsstub.py answers
#   so no mail server ever asks a resolver outside this machine
# - starts every daemon in the foreground, writes its PID to a pid file and
#   stops it by that PID (kill PID), also from an EXIT trap.

# no __pycache__ folders in the source tree
export PYTHONDONTWRITEBYTECODE=1
MTA_WORK=${MTA_WORK:-/tmp/mta}
MTA_DEBS=$MTA_WORK/debs
MTA_HOSTNAME=${MTA_HOSTNAME:-mx.example.test}
COMMON_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PIDFILES=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Re-exec the calling script inside a private mount+UTS namespace.
enter_namespace() {
    if [ -z "${IN_MTA_NS:-}" ]; then
        command -v unshare >/dev/null || die "unshare (util-linux) missing"
        exec unshare --mount --uts --propagation private env IN_MTA_NS=1 bash "$0" "$@"
    fi
    hostname "$MTA_HOSTNAME"
    mkdir -p "$MTA_WORK/ns"
    printf 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n' > "$MTA_WORK/ns/resolv.conf"
    printf '127.0.0.1\tlocalhost\n127.0.0.1\tmx.example.test mx\n127.0.0.1\trelay.example.test\n' > "$MTA_WORK/ns/hosts"
    printf 'mx.example.test\n' > "$MTA_WORK/ns/mailname"
    mount --bind "$MTA_WORK/ns/resolv.conf" /etc/resolv.conf
    mount --bind "$MTA_WORK/ns/hosts" /etc/hosts
    if [ -e /etc/mailname ]; then mount --bind "$MTA_WORK/ns/mailname" /etc/mailname; fi
}

# overlay_dir TARGET NAME SOURCE|--dir : inside the namespace only, make
# TARGET/NAME exist without touching the real TARGET: a scratch copy of TARGET
# made of symlinks to its entries, plus NAME (a symlink to SOURCE, or an empty
# real directory with --dir), is bind-mounted over TARGET.  Used for the
# paths that Exim and OpenSMTPD have compiled in (/usr/sbin/exim4,
# /usr/libexec/opensmtpd, /var/spool/smtpd, /var/lib/opensmtpd).
declare -A OVERLAID=()
overlay_dir() {
    local target=$1 name=$2 src=$3 ov orig e key
    key=$(echo "$target" | tr / _)
    ov=$MTA_WORK/ns/overlay$key
    orig=$MTA_WORK/ns/orig$key
    if [ -z "${OVERLAID[$target]:-}" ]; then
        rm -rf "$ov"; mkdir -p "$ov" "$orig"
        chmod 755 "$ov" "$MTA_WORK/ns"
        mount --bind "$target" "$orig"        # the real TARGET stays reachable here
        for e in "$orig"/* "$orig"/.[!.]*; do
            [ -e "$e" ] || [ -L "$e" ] || continue
            ln -s "$e" "$ov/$(basename "$e")"
        done
        mount --bind "$ov" "$target"
        OVERLAID[$target]=1
    fi
    rm -rf "${ov:?}/$name"
    if [ "$src" = --dir ]; then mkdir -p "$ov/$name"; else ln -s "$src" "$ov/$name"; fi
}

# overlay_libs DIR : make the shared libraries unpacked under DIR visible in
# /usr/lib/x86_64-linux-gnu (namespace only), for daemons that re-execute
# themselves with a cleaned environment (no LD_LIBRARY_PATH).
overlay_libs() {
    local f
    for f in "$1"/usr/lib/x86_64-linux-gnu/*.so*; do
        [ -e "$f" ] || continue
        [ -e "/usr/lib/x86_64-linux-gnu/$(basename "$f")" ] && continue
        overlay_dir /usr/lib/x86_64-linux-gnu "$(basename "$f")" "$f"
    done
}

install_packages() {
    export DEBIAN_FRONTEND=noninteractive
    local need=()
    for p in postfix postfix-pcre sasl2-bin libsasl2-modules libsasl2-modules-db openssl m4 util-linux python3 adduser; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
    done
    if [ ${#need[@]} -gt 0 ]; then
        log "apt-get install ${need[*]}"
        apt-get update -qq
        # No configuration: we run Postfix only with our own config directory.
        echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
        apt-get install -y -qq "${need[@]}" >/dev/null
    fi
}

# download_unpack DEST PKG... : apt-get download + dpkg-deb -x into DEST
download_unpack() {
    local dest=$1; shift
    mkdir -p "$MTA_DEBS" "$dest"
    local p f
    for p in "$@"; do
        f=$(ls "$MTA_DEBS"/"${p}"_*.deb 2>/dev/null | head -1)
        if [ -z "$f" ]; then
            (cd "$MTA_DEBS" && apt-get download "$p" >/dev/null 2>&1) || { apt-get update -qq; (cd "$MTA_DEBS" && apt-get download "$p" >/dev/null); }
            f=$(ls "$MTA_DEBS"/"${p}"_*.deb | head -1)
        fi
        dpkg-deb -x "$f" "$dest"
    done
}

# upstream part of a Debian version: 1:4.96-15+deb12u10 -> 4.96
upstream_version() { local v=${1#*:}; echo "${v%%-*}"; }

deb_version() { dpkg-deb -f "$(ls "$MTA_DEBS"/"$1"_*.deb | head -1)" Version; }

# missing_pkgs PKG... : print those packages that are not installed
missing_pkgs() {
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
    done
}

unpack_exim() {
    local d=$MTA_WORK/exim
    if [ ! -x "$d/usr/sbin/exim4" ]; then
        rm -rf "$d"
        # shellcheck disable=SC2046
        download_unpack "$d" exim4-base exim4-config exim4-daemon-light $(missing_pkgs libidn12)
    fi
    ensure_user Debian-exim
}

unpack_opensmtpd() {
    local d=$MTA_WORK/opensmtpd
    if [ ! -x "$d/usr/sbin/smtpd" ]; then
        rm -rf "$d"
        # shellcheck disable=SC2046
        download_unpack "$d" opensmtpd $(missing_pkgs libevent-2.1-7)
    fi
    # Debian builds OpenSMTPD with the users opensmtpd and opensmtpq
    ensure_user opensmtpd /var/lib/opensmtpd/empty
    ensure_user opensmtpq /var/lib/opensmtpd/empty
}

unpack_sendmail() {
    local d=$MTA_WORK/sendmail
    if [ ! -x "$d/usr/libexec/sendmail/sendmail" ]; then
        rm -rf "$d"
        # shellcheck disable=SC2046
        download_unpack "$d" sendmail-bin sendmail-base sendmail-cf $(missing_pkgs liblockfile1 libwrap0)
    fi
    ensure_user smmta
    ensure_user smmsp
}

ensure_user() {
    local u=$1 home=${2:-/nonexistent}
    if ! getent passwd "$u" >/dev/null; then
        log "adding system user $u (as the Debian package would)"
        adduser --system --group --quiet --allow-bad-names --home "$home" --no-create-home --shell /usr/sbin/nologin "$u" >/dev/null
    fi
}

make_cert() {  # make_cert DIR : self-signed cert for mx.example.test
    local dir=$1
    mkdir -p "$dir"
    if [ ! -s "$dir/cert.pem" ]; then
        openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=mx.example.test" \
            -keyout "$dir/key.pem" -out "$dir/cert.pem" >/dev/null 2>&1
    fi
    chmod 644 "$dir/cert.pem"; chmod 640 "$dir/key.pem"
}

# subst TEMPLATE OUT : replace @KEY@ by the value of shell variable KEY
subst() {
    python3 - "$1" "$2" <<'EOF'
import os, re, sys
src, dst = sys.argv[1], sys.argv[2]
text = open(src).read()
def rep(m):
    k = m.group(1)
    if k not in os.environ:
        sys.exit("subst: variable %s not exported" % k)
    return os.environ[k]
open(dst, "w").write(re.sub(r"@([A-Z_][A-Z0-9_]*)@", rep, text))
EOF
}

# start_bg NAME PIDFILE LOGFILE CMD... : start in background, remember PID
start_bg() {
    local name=$1 pidfile=$2 logf=$3; shift 3
    # setsid: own session and process group (Postfix master signals its group
    # on exit); not a group leader here, so setsid execs without forking and
    # $! is the daemon's own PID.
    setsid "$@" >>"$logf" 2>&1 </dev/null &
    local pid=$!
    echo "$pid" > "$pidfile"
    PIDFILES+=("$pidfile")
    log "started $name pid $pid"
}

descendants() {  # descendants PID : all child PIDs, recursively
    local c
    for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do echo "$c"; descendants "$c"; done
}

stop_pidfile() {
    local pf=$1 pid i kids k
    [ -s "$pf" ] || return 0
    pid=$(cat "$pf")
    kids=$(descendants "$pid" || true)
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        if kill -0 "$pid" 2>/dev/null; then log "pid $pid still alive, sending KILL"; kill -9 "$pid" 2>/dev/null || true; fi
    fi
    # children the daemon started (smtpd, delivery agents, ...) by their PIDs
    for k in $kids; do
        for i in $(seq 1 25); do kill -0 "$k" 2>/dev/null || break; sleep 0.2; done
        kill "$k" 2>/dev/null || true
    done
    rm -f "$pf"
}

stop_all() {
    local i
    for (( i=${#PIDFILES[@]}-1; i>=0; i-- )); do stop_pidfile "${PIDFILES[$i]}"; done
    PIDFILES=()
}

start_dns() {  # start_dns RUNDIR
    start_bg dnsstub "$1/dnsstub.pid" "$1/dnsstub.log" python3 "$COMMON_DIR/dnsstub.py"
    for _ in $(seq 1 50); do
        python3 - <<'EOF' && return 0
import socket, struct, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(0.2)
q = struct.pack(">HHHHHH", 1, 0x100, 1, 0, 0, 0) + b"\x01x\x03rbl\x07example\x04test\x00" + struct.pack(">HH", 1, 1)
try:
    s.sendto(q, ("127.0.0.1", 53)); s.recv(512); sys.exit(0)
except Exception:
    sys.exit(1)
EOF
        sleep 0.1
    done
    die "dns stub did not come up"
}

# prepare_run NAME : a fresh $MTA_WORK/NAME as $RUN, every daemon stopped by its PID on exit,
# the DNS stub running and a certificate made.
prepare_run() {
    RUN=$MTA_WORK/$1
    rm -rf "$RUN"
    mkdir -p "$RUN"
    chmod 755 "$MTA_WORK" "$RUN"
    trap 'stop_all' EXIT
    trap 'exit 1' INT TERM
    start_dns "$RUN"
    make_cert "$RUN/tls"
}

wait_port() {  # wait_port PORT [TRIES]
    local port=$1 tries=${2:-100}
    for _ in $(seq 1 "$tries"); do
        if python3 -c "import socket,sys; s=socket.socket(); s.settimeout(0.5); sys.exit(s.connect_ex(('127.0.0.1',$port)))" 2>/dev/null; then return 0; fi
        sleep 0.1
    done
    return 1
}
