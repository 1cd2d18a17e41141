# shellcheck shell=bash
#
# The headless Chromium that the browser tests launch (no browser download: the system's own build).
#
# Source this file (after postgres.sh and apt.sh), then:
#   scc_chromium_ensure   installs Debian's chromium package when no Chromium is found, and a Chinese font
#                         (fonts-wqy-microhei, 1.6 MB) when none is, so that the widget's screenshots show its
#                         Traditional Chinese text
#
# Environment knobs:
#   SCC_CHROMIUM=<path>   use this Chromium binary (the tests read it too)
#   SCC_NO_APT=1          never try to install chromium with apt-get

# Prints the Chromium binary the tests will use, or nothing.
scc_chromium_path() {
    local candidate
    for candidate in "${SCC_CHROMIUM:-}" /usr/lib/chromium/chromium /usr/bin/chromium /usr/bin/chromium-browser; do
        [[ -n "$candidate" && -x "$candidate" ]] && { printf '%s\n' "$candidate"; return 0; }
    done
    return 0
}

scc_chromium_ensure() {
    if [[ -z "$(scc_chromium_path)" ]]; then
        scc_apt_install "Chromium not found (browser tests)" chromium || true
    fi
    if command -v fc-list >/dev/null 2>&1 && [[ -z "$(fc-list :lang=zh-tw 2>/dev/null)" ]]; then
        scc_apt_install "no Chinese font (the widget's screenshots)" fonts-wqy-microhei || true
    fi
    local path
    path=$(scc_chromium_path)
    if [[ -n "$path" ]]; then
        scc_log "browser tests use $path"
    else
        scc_log "warning: no Chromium found and apt-get may not install it: the browser tests will fail." \
            "Install it (Debian/Ubuntu: apt-get install chromium) or set SCC_CHROMIUM."
    fi
}
