#!/usr/bin/env bash
# Installs what Loket needs, builds it (release) and puts `loket` on the PATH.
# Safe to run again: packages already present are kept, the build is incremental, the binary is replaced.
set -euo pipefail

cd "$(dirname "$0")"

PACKAGES=(libncursesw5-dev libsodium-dev libsqlite3-dev sqlite3 pkg-config tmux)

say() { printf '%s\n' "$*"; }

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
    BIN_DIR=/usr/local/bin
else
    SUDO=(sudo)
    BIN_DIR="$HOME/.local/bin"
fi

if ! command -v swift >/dev/null 2>&1; then
    say "Swift tidak ditemukan. Loket perlu Swift 6 untuk dibangun."
    say "Swift was not found. Install Swift 6 (https://www.swift.org/install/linux/), for example with swiftly:"
    say "    curl -O https://download.swift.org/swiftly/linux/swiftly-\$(uname -m).tar.gz"
    say "    tar zxf swiftly-\$(uname -m).tar.gz && ./swiftly init"
    say "then open a new terminal (so that 'swift' is on the PATH) and run ./install.sh again."
    exit 1
fi

if command -v apt-get >/dev/null 2>&1; then
    if [ "${#SUDO[@]}" -gt 0 ] && ! command -v sudo >/dev/null 2>&1; then
        say "sudo is not available: run ./install.sh as root, or install these packages first: ${PACKAGES[*]}"
        exit 1
    fi
    say "==> apt-get update"
    "${SUDO[@]}" apt-get update
    say "==> apt-get install ${PACKAGES[*]}"
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${PACKAGES[@]}"
else
    say "apt-get not found: install these packages (or your system's equivalents) yourself: ${PACKAGES[*]}"
fi

say "==> swift build -c release"
swift build -c release --product loket
BIN_PATH="$(swift build -c release --show-bin-path)"

mkdir -p "$BIN_DIR"
# Copy to a temporary name, then rename: a running loket keeps its old file, and a half-copied
# binary is never on the PATH.
install -m 0755 "$BIN_PATH/loket" "$BIN_DIR/.loket.new"
mv -f "$BIN_DIR/.loket.new" "$BIN_DIR/loket"

say ""
say "Loket terpasang di $BIN_DIR/loket"
say "Loket is installed at $BIN_DIR/loket"
case ":$PATH:" in
    *":$BIN_DIR:"*) ;;
    *) say "Note: $BIN_DIR is not on your PATH. Add this line to ~/.profile, then open a new terminal:"
       say "    export PATH=\"$BIN_DIR:\$PATH\"" ;;
esac
say "Mulai dengan: loket        (petunjuk: loket --help)"
