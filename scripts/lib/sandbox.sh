# Sourced by scripts that run `assembla-sandbox` beside them (scripts/interop, scripts/fuzz).
#
# start_sandbox BINARY DIR [OPTION…]
#   Starts BINARY --port 0 --port-file DIR/sandbox.port [OPTION…] in the background (output in
#   DIR/sandbox.out and DIR/sandbox.err) and waits for the port file, which the sandbox writes
#   whole (renamed into place) once it listens. Sets sandbox_pid and sandbox_url.
#   Fails, with the sandbox's standard error, when it exits before listening or has written
#   no port after SANDBOX_START_TIMEOUT seconds (default 120: a startup bound on a busy machine).
# stop_sandbox
#   Sends SIGTERM to the sandbox started above, if it still runs, and waits for it.
start_sandbox() {
    local binary=$1 dir=$2
    shift 2
    local port_file=$dir/sandbox.port
    rm -f "$port_file"
    "$binary" --port 0 --port-file "$port_file" "$@" >"$dir/sandbox.out" 2>"$dir/sandbox.err" &
    sandbox_pid=$!
    local limit=$(( ${SANDBOX_START_TIMEOUT:-120} * 10 )) tries=0 status=0
    until [[ -s "$port_file" ]]; do
        if ! kill -0 "$sandbox_pid" 2>/dev/null; then
            wait "$sandbox_pid" || status=$?
            sandbox_pid=""
            echo "assembla-sandbox exited (status $status) before writing its port file:" >&2
            cat "$dir/sandbox.err" >&2
            return 1
        fi
        if (( tries >= limit )); then
            echo "assembla-sandbox wrote no port file in ${SANDBOX_START_TIMEOUT:-120} s:" >&2
            cat "$dir/sandbox.err" >&2
            stop_sandbox
            return 1
        fi
        sleep 0.1
        tries=$(( tries + 1 ))
    done
    local port
    port=$(<"$port_file")
    if [[ ! "$port" =~ ^[0-9]+$ ]]; then
        echo "assembla-sandbox wrote an unexpected port file: $port" >&2
        stop_sandbox
        return 1
    fi
    sandbox_url="http://127.0.0.1:$port"
}

stop_sandbox() {
    if [[ -n "${sandbox_pid:-}" ]] && kill -0 "$sandbox_pid" 2>/dev/null; then
        kill -TERM "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    sandbox_pid=""
}
