# Sourced on line 1 of the walkthrough script that ReadmeScript makes from README.md; every later line of
# that script is the README line of the same number (or blank), so $LINENO is the README's line number.
# Needs bash and curl, as a reader's machine does. GZ_WORK is a directory for this run's files.

# An unset variable is an error, not an empty header: the README must define what it uses.
set -u -o pipefail

# Every request: its headers go to a file, so the status of the last request is known even when it ran
# inside $(...); its body goes to the caller as usual and to a file for the failure report.
curl() {
    : > "$GZ_WORK/headers"
    command curl -sS -D "$GZ_WORK/headers" "$@" | tee "$GZ_WORK/body"
    local status=${PIPESTATUS[0]}
    echo "${BASH_LINENO[0]}" >> "$GZ_WORK/requests"
    return "$status"
}

__gz_status() {
    sed -n 's/^HTTP\/[0-9.]* \([0-9][0-9][0-9]\).*/\1/p' "$GZ_WORK/headers" | tail -n 1
}

__gz_fail() { # reason first-line last-line
    printf 'reason=%s\nfirst=%s\nlast=%s\n' "$1" "$2" "$3" > "$GZ_WORK/failure"
    exit 1
}

# Appended by ReadmeScript to each command that declares "# → NNN": exactly one request since the last
# check, answered NNN.
__gz_expect() { # expected first-line last-line
    local requests actual
    requests=$(wc -l < "$GZ_WORK/requests")
    : > "$GZ_WORK/requests"
    actual=$(__gz_status)
    if [ "$requests" -eq 0 ]; then
        __gz_fail "no request was sent; expected $1" "$2" "$3"
    elif [ "$requests" -gt 1 ]; then
        __gz_fail "$requests requests since the last declared outcome; declare each one" "$2" "$3"
    elif [ "$actual" != "$1" ]; then
        __gz_fail "expected $1, got ${actual:-no answer}" "$2" "$3"
    fi
    echo "$2 $1" >> "$GZ_WORK/checked"
    printf '\n[README.md line %s: %s as declared]\n' "$2" "$1"
}

__gz_end() {
    if [ -s "$GZ_WORK/requests" ]; then
        __gz_fail "a request without a declared outcome" "$(head -n 1 "$GZ_WORK/requests")" "$(head -n 1 "$GZ_WORK/requests")"
    fi
}

# A command that fails (curl cannot connect, grep finds nothing in a response) stops the walkthrough.
trap '__gz_fail "the command exited with status $?" "$LINENO" "$LINENO"' ERR

: > "$GZ_WORK/requests"
: > "$GZ_WORK/checked"
