# shellcheck shell=bash
#
# PHP's command line, which runs the PHP webhook verification snippet of docs/integration.md in the tests.
#
# Source this file (after postgres.sh and apt.sh), then:
#   scc_php_ensure           installs Debian's php-cli package when php is missing; returns 1 (after a warning)
#                            when it is still missing
#
# Environment knobs:
#   SCC_NO_APT=1             never try to install php-cli with apt-get

scc_php_ensure() {
    if ! command -v php >/dev/null 2>&1; then
        scc_apt_install "php not found (the PHP webhook snippet of docs/integration.md)" php-cli || true
    fi
    if ! command -v php >/dev/null 2>&1; then
        scc_log "warning: php not found and apt-get may not install it: the test of the PHP snippet of docs/integration.md will fail." \
            "Install PHP's command line (Debian/Ubuntu: apt-get install php-cli)."
        return 1
    fi
}
