# shellcheck shell=bash
#
# Installs Debian packages the scripts need, when the machine lacks them.
#
# Source this file (after postgres.sh, which defines scc_log), then:
#   scc_apt_install <why> <package>...   returns 1 when apt-get may not or could not install them
#
# Environment knobs:
#   SCC_NO_APT=1       never run apt-get

# True when this script may install packages: root, apt-get present, not forbidden.
scc_apt_allowed() {
    [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1 && [[ -z "${SCC_NO_APT:-}" ]]
}

scc_apt_install() {
    local why=$1
    shift
    scc_apt_allowed || return 1
    scc_log "$why: installing $* with apt-get (set SCC_NO_APT=1 to prevent this)"
    # Another apt may be running (unattended upgrades): wait for its lock rather than fail.
    local lock=(-o DPkg::Lock::Timeout=600)
    if [[ -z "${_SCC_APT_UPDATED:-}" ]]; then
        DEBIAN_FRONTEND=noninteractive apt-get "${lock[@]}" update -q >/dev/null || return 1
        _SCC_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get "${lock[@]}" install -y -q "$@" >/dev/null
}
