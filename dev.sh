#!/usr/bin/env bash
# Developer entry point. Installs what is missing, then:
#   bash dev.sh run [--xvfb] [ARGS...]   launch the app (ARGS go to somatic-player)
#   bash dev.sh test [PYTEST ARGS...]    ruff, ruff format, mypy, import contracts, then pytest
# System packages come from apt-get (Debian/Ubuntu; as root or through sudo) and only when
# missing; the Python side lives in .venv and is reinstalled only when pyproject.toml changes.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$(pwd)
VENV="$ROOT/.venv"
STAMP="$VENV/.dev-sh-installed"

APT_PACKAGES=(
    # Qt on the offscreen platform (a font, or every glyph is an empty box)
    libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
    fonts-dejavu-core
    # Xvfb: a real X server for screenshots and xcb runs
    xvfb xauth libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
    # audio output (PortAudio for sounddevice, PulseAudio for the null-sink round trip; PortAudio
    # reaches PulseAudio through ALSA's pulse plugin in libasound2-plugins, which Debian 12's
    # pulseaudio already depends on: listed for systems where it is only recommended)
    libportaudio2 libpulse0 pulseaudio pulseaudio-utils libasound2-plugins
    # offline speech
    espeak-ng
    # pdftoppm/pdftotext: the tests render and read the clinician PDF report
    poppler-utils
)

say() { printf 'dev.sh: %s\n' "$*" >&2; }

usage() {
    sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

is_installed() {
    dpkg-query -W -f='${db:Status-Status}\n' "$1" 2>/dev/null | grep -qx installed
}

install_system_packages() {
    local missing=() pkg
    if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
        say "no apt-get here: skipping system packages (needed: ${APT_PACKAGES[*]})"
        return 0
    fi
    for pkg in "${APT_PACKAGES[@]}"; do
        is_installed "$pkg" || missing+=("$pkg")
    done
    # Debian's python3 needs python3-venv for 'python3 -m venv' to bring pip.
    if ! python3 -c 'import ensurepip' >/dev/null 2>&1 && [ "$(command -v python3)" = /usr/bin/python3 ]; then
        missing+=(python3-venv)
    fi
    [ "${#missing[@]}" -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            say "missing system packages and no sudo; as root run:"
            say "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
            exit 1
        fi
        sudo=(sudo)
    fi
    say "installing system packages: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

python_ok() {
    "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

ensure_venv() {
    if ! command -v python3 >/dev/null 2>&1 || ! python_ok python3; then
        say "Python 3.11 or newer is needed as python3 (found: $(python3 --version 2>&1 || echo none))"
        exit 1
    fi
    # A venv whose interpreter moved, was upgraded away or lost pip is rebuilt from scratch.
    if [ -d "$VENV" ] && ! { python_ok "$VENV/bin/python" && "$VENV/bin/python" -m pip --version >/dev/null 2>&1; }; then
        say "$VENV is broken; recreating it"
        rm -rf "$VENV"
    fi
    if [ ! -d "$VENV" ]; then
        say "creating $VENV"
        python3 -m venv "$VENV"
    fi
    # Reinstall when pyproject.toml changes or the checkout moves (the editable install points here).
    local want
    want=$( { cat pyproject.toml; printf '%s\n' "$ROOT"; } | sha256sum | cut -d' ' -f1)
    if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && "$VENV/bin/python" -c 'import somatic_player' >/dev/null 2>&1; then
        return 0
    fi
    say "installing the project and its test tools into .venv"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[test]"
    printf '%s\n' "$want" >"$STAMP"
}

cmd_run() {
    local xvfb=0
    if [ "${1:-}" = "--xvfb" ]; then
        xvfb=1
        shift
    fi
    if [ "$xvfb" -eq 1 ]; then
        exec xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" "$VENV/bin/somatic-player" "$@"
    fi
    # Only the window needs a display; 'list', 'play', '--version', ... do not.
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] \
        && { [ $# -eq 0 ] || [ "$1" = --exit-after-startup ]; }; then
        say "no DISPLAY or WAYLAND_DISPLAY: the window cannot open here; 'bash dev.sh run --xvfb' runs it on a virtual X server"
    fi
    exec "$VENV/bin/somatic-player" "$@"
}

cmd_test() {
    local failed=() step
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    # Checks run in order; a failing one is reported and the rest still run, so one pass shows
    # every problem. pytest goes last so its summary line ends the output.
    for step in "ruff check ." "ruff format --check ." "mypy" "lint-imports"; do
        printf '==> %s\n' "$step"
        # shellcheck disable=SC2086 # the step is a command line to split
        if ! "$VENV/bin/"$step; then
            failed+=("$step")
        fi
    done
    if [ "${#failed[@]}" -gt 0 ]; then
        say "FAILED: $(printf '%s; ' "${failed[@]}")dev.sh test will exit 1 whatever pytest says"
    fi
    printf '==> pytest %s\n' "$*"
    local status=0
    "$VENV/bin/pytest" "$@" || status=$?
    if [ "${#failed[@]}" -gt 0 ] && [ "$status" -eq 0 ]; then
        status=1
    fi
    return "$status"
}

[ $# -ge 1 ] || usage
command=$1
shift
case "$command" in
    run)
        install_system_packages
        ensure_venv
        cmd_run "$@"
        ;;
    test)
        install_system_packages
        ensure_venv
        cmd_test "$@"
        ;;
    -h | --help | help) usage ;;
    *)
        say "unknown command '$command'"
        usage
        ;;
esac
