#!/bin/sh
# Installs what Tribina needs to build, test and run on Debian 12 (bookworm).
set -eu
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  build-essential cmake ninja-build ccache pkg-config dpkg-dev \
  qt6-base-dev libqt6opengl6-dev libqt6sql6-psql libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev \
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libxkbcommon-dev \
  qtkeychain-qt6-dev libzxing-dev libqrencode-dev \
  postgresql postgresql-contrib \
  xvfb xauth poppler-utils gnome-keyring dbus dbus-x11 libsecret-tools fonts-dejavu-core \
  >/dev/null
