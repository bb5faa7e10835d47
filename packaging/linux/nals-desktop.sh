#!/bin/sh
# /usr/bin/nals-desktop: starts NALS Desktop from /opt/nals-desktop. Before that it checks that the system
# libraries Qt needs are present and, if one is missing, says which one and which package brings it (Qt
# itself would only print a generic "could not load the Qt platform plugin" or an ImportError).
# NALS_SKIP_LIBCHECK=1 skips the check. The list below is filled in by packaging/linux/build-deb.sh.
APPDIR=/opt/nals-desktop
if [ "${NALS_SKIP_LIBCHECK:-0}" != 1 ]; then
    # soname:package pairs of every library the bundle loads from the system
    libs="@SYSTEM_LIBS@"
    cache=$(PATH="$PATH:/sbin:/usr/sbin" ldconfig -p 2>/dev/null) || cache=""
    if [ -n "$cache" ]; then
        missing="" packages=""
        for pair in $libs; do
            so=${pair%%:*}
            case "$cache" in *"	$so ("*) continue ;; esac
            found=""
            old_ifs=$IFS; IFS=:
            for dir in ${LD_LIBRARY_PATH:-}; do [ -n "$dir" ] && [ -e "$dir/$so" ] && found=1; done
            IFS=$old_ifs
            [ -n "$found" ] && continue
            missing="$missing $so"
            case " $packages " in *" ${pair#*:} "*) ;; *) packages="$packages ${pair#*:}" ;; esac
        done
        if [ -n "$missing" ]; then
            msg="NALS Desktop cannot start: these system libraries are missing:$missing
They come with the packages:$packages
Install them with:  sudo apt-get install$packages
(or set NALS_SKIP_LIBCHECK=1 to try anyway)"
            echo "$msg" >&2
            if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ ! -t 2 ]; then
                if command -v zenity >/dev/null 2>&1; then zenity --error --title="NALS Desktop" --text="$msg" 2>/dev/null
                elif command -v kdialog >/dev/null 2>&1; then kdialog --title "NALS Desktop" --error "$msg" 2>/dev/null
                elif command -v notify-send >/dev/null 2>&1; then notify-send "NALS Desktop" "$msg" 2>/dev/null
                elif command -v xmessage >/dev/null 2>&1; then xmessage "$msg" 2>/dev/null
                fi
            fi
            exit 1
        fi
    fi
fi
exec "$APPDIR/nals-desktop" "$@"
