#!/bin/sh
# /usr/bin/nals: the NALS Desktop command line, from /opt/nals-desktop.
exec /opt/nals-desktop/nals "$@"
