#!/usr/bin/env bash
# The .deb's life in CI: build it from a bundle, install it with apt (which must resolve
# its Depends), run it from /usr/bin, open the window on a virtual X display as an
# ordinary user, then remove and purge it and check that it is gone while the user's
# data stays. Run as root (or with sudo) from the checkout:
#
#   bash packaging/linux/ci_deb.sh dist/ReflectDesk
#
# Needs dpkg-deb and apt-get; xvfb-run for the window; checks the MIME type, desktop
# entry and icon registration with the tools that are installed
# (scripts/install-system-deps.sh --ci installs them all).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bundle="$(realpath "${1:?usage: ci_deb.sh BUNDLE_DIR (PyInstaller one-folder build)}")"
[[ -x $bundle/ReflectDesk ]] || { echo "ci_deb: no ReflectDesk executable in $bundle" >&2; exit 2; }

if [[ $EUID == 0 ]]; then
    as_root=(env)
else
    as_root=(sudo -n env)
fi
export DEBIAN_FRONTEND=noninteractive
APP_ID=nl.reflectdesk.ReflectDesk
MIME=application/x-reflectdesk-archive

work="$(mktemp -d "${TMPDIR:-/tmp}/reflectdesk-deb.XXXXXX")"
# apt reads a local .deb as its _apt user: the folder must be readable by others.
chmod 755 "$work"
installed() { [[ "$(dpkg-query -W -f='${Status}' reflectdesk 2>/dev/null || true)" == *"ok installed"* ]]; }
cleanup() {
    # A failed run must not leave the package on the machine for the next one.
    if dpkg-query -W reflectdesk >/dev/null 2>&1; then
        "${as_root[@]}" dpkg --purge reflectdesk >/dev/null 2>&1 || true
    fi
    rm -rf -- "$work"
}
trap cleanup EXIT
say() { printf 'ci_deb (+%ds): %s\n' "$SECONDS" "$*"; }
fail() {
    printf 'ci_deb: FAILED: %s\n' "$*" >&2
    exit 1
}

if installed; then
    say "reflectdesk is installed already (an earlier run?); purging it first"
    "${as_root[@]}" dpkg --purge reflectdesk
fi

# --- build ---------------------------------------------------------------------------
icons=packaging/icons
if ! compgen -G "$icons/hicolor/*/apps/$APP_ID.png" >/dev/null; then
    icons="$work/icons"
    say "no icons in packaging/icons; drawing them (scripts/make_icons.py)"
    QT_QPA_PLATFORM=offscreen python3 scripts/make_icons.py --out "$icons" >/dev/null
fi
python3 packaging/linux/build_deb.py --bundle "$bundle" --out "$work" --icons "$icons"
debs=("$work"/reflectdesk_*.deb)
deb="${debs[0]}"
[[ ${#debs[@]} == 1 && -f $deb ]] || fail "expected one .deb in $work"
chmod 644 "$deb"
version="$(dpkg-deb -f "$deb" Version)"
say "built ${deb##*/}: $(du -h "$deb" | cut -f1), version $version"

# --- install with apt, which resolves Depends ---------------------------------------
if ! "${as_root[@]}" apt-get install --simulate -qq "$deb" >/dev/null 2>&1; then
    say "apt cannot resolve the Depends from its lists as they are; updating them"
    "${as_root[@]}" apt-get update -qq
fi
"${as_root[@]}" apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends "$deb"
installed || fail "dpkg does not list reflectdesk as installed"

# /usr/bin by its full name: CI's PATH starts with a venv that has its own reflectdesk.
shown="$(/usr/bin/reflectdesk --version)"
[[ $shown == *"$version"* ]] || fail "/usr/bin/reflectdesk --version says '$shown', the package is $version"
say "/usr/bin/reflectdesk --version: $shown"
if [[ -e $bundle/reflectdesk-cli ]]; then
    [[ -L /usr/bin/reflectdesk-cli ]] || fail "the bundle has reflectdesk-cli but /usr/bin has no link to it"
    cli=/usr/bin/reflectdesk-cli
else
    cli=/usr/bin/reflectdesk
fi

# --- what the desktop sees: entry, icons, MIME type ---------------------------------
for file in "/usr/share/applications/$APP_ID.desktop" "/usr/share/metainfo/$APP_ID.metainfo.xml" \
    "/usr/share/mime/packages/$APP_ID.xml" "/usr/share/icons/hicolor/48x48/apps/$APP_ID.png" \
    "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"; do
    [[ -f $file ]] || fail "$file was not installed"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "/usr/share/applications/$APP_ID.desktop"
fi
if command -v update-mime-database >/dev/null; then
    # shared-mime-info's file trigger rebuilt the database when the package landed.
    grep -qx "[0-9]*:$MIME:\*\.rdarchive" /usr/share/mime/globs2 ||
        fail "/usr/share/mime/globs2 does not map *.rdarchive to $MIME"
    grep -q 'xml:lang="nl">ReflectDesk-archief<' "/usr/share/mime/${MIME}.xml" ||
        fail "the MIME database has no Dutch name for $MIME"
    say "MIME database: *.rdarchive is $MIME"
fi
if command -v update-desktop-database >/dev/null; then
    # desktop-file-utils' trigger: this cache is what offers ReflectDesk for an archive.
    grep -q "^$MIME=.*$APP_ID.desktop" /usr/share/applications/mimeinfo.cache ||
        fail "mimeinfo.cache does not offer $APP_ID.desktop for $MIME"
    say "desktop database: $MIME opens with $APP_ID.desktop"
fi
if command -v gtk-update-icon-cache >/dev/null && [[ -f /usr/share/icons/hicolor/icon-theme.cache ]]; then
    # hicolor-icon-theme's trigger ran gtk-update-icon-cache over the folder.
    grep -qa "$APP_ID" /usr/share/icons/hicolor/icon-theme.cache ||
        fail "the hicolor icon cache does not list $APP_ID"
    say "hicolor icon cache: lists $APP_ID"
fi
if command -v xdg-mime >/dev/null; then
    default="$(XDG_DATA_DIRS=/usr/share xdg-mime query default "$MIME" || true)"
    [[ $default == "$APP_ID.desktop" ]] || fail "xdg-mime's default for $MIME is '$default'"
    say "xdg-mime query default $MIME: $default"
fi

# --- run it as an ordinary user: a demo database, then the window on a virtual X ---
user=nobody
home="$work/home"
data="$home/data"
mkdir -p "$data"
chown -R "$user" "$home"
as_user() {
    runuser -u "$user" -- env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 \
        XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" \
        REFLECTDESK_DATA_DIR="$data" "$@"
}
as_user timeout 300 "$cli" demo --db "$data/demo.db" --size small
[[ -s $data/demo.db ]] || fail "${cli##*/} demo wrote no database"
say "${cli##*/} demo --size small wrote $data/demo.db as $user"
if command -v xvfb-run >/dev/null; then
    # The xcb platform plugin, not offscreen: this is what a desktop loads, with the
    # system libraries the Depends bring.
    as_user QT_QPA_PLATFORM=xcb timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" \
        /usr/bin/reflectdesk --db "$data/demo.db" --quit-after-load
    say "the window opened on the demo database under Xvfb (xcb) as $user and quit"
else
    as_user QT_QPA_PLATFORM=offscreen timeout 300 /usr/bin/reflectdesk --db "$data/demo.db" --quit-after-load
    say "xvfb-run is not installed: the window opened offscreen only"
fi
# The window hands a due backup to a detached process of its own as it quits: wait for
# it: any process naming this run's database (a pattern file, so that this grep's own
# command line does not match itself).
printf '%s\n' "$data/demo.db" >"$work/pattern"
for _ in $(seq 600); do
    grep -qsaF -f "$work/pattern" /proc/[0-9]*/cmdline || break
    sleep 0.5
done
grep -qsaF -f "$work/pattern" /proc/[0-9]*/cmdline && fail "the backup after close is still running after 5 minutes"
before="$(cd "$home" && find . -type f -exec sha256sum {} + | sort)"

# --- remove, then purge: the program goes, the user's data stays -------------------
"${as_root[@]}" apt-get remove -y -qq -o Dpkg::Use-Pty=0 reflectdesk
for gone in /opt/reflectdesk /usr/bin/reflectdesk /usr/bin/reflectdesk-cli \
    "/usr/share/applications/$APP_ID.desktop" "/usr/share/mime/packages/$APP_ID.xml"; do
    [[ ! -e $gone && ! -L $gone ]] || fail "$gone is still there after apt-get remove"
done
# The package has no conffiles, so remove already made dpkg forget it and apt would no
# longer find it by name; dpkg --purge says so and succeeds, or purges what is left.
"${as_root[@]}" dpkg --purge reflectdesk
dpkg-query -W reflectdesk >/dev/null 2>&1 && fail "dpkg still knows reflectdesk after purge"
if command -v update-mime-database >/dev/null && grep -q "$MIME" /usr/share/mime/globs2; then
    fail "the MIME database still lists $MIME after purge"
fi
if command -v update-desktop-database >/dev/null && grep -q "$APP_ID.desktop" /usr/share/applications/mimeinfo.cache; then
    fail "mimeinfo.cache still offers $APP_ID.desktop after purge"
fi
after="$(cd "$home" && find . -type f -exec sha256sum {} + | sort)"
[[ $before == "$after" ]] || fail "the user's data folder changed while the package was removed"
say "removed and purged: /opt/reflectdesk and /usr/bin/reflectdesk gone, $MIME unregistered," \
    "the user's $(wc -l <<<"$after") files untouched"
say "passed"
