# Installs Debian packages that are missing (as root, on Debian 12).
# Usage: ensure_packages NAME...
ensure_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  ((${#missing[@]} == 0)) && return 0
  echo "Installing Debian packages: ${missing[*]}" >&2
  local sudo=()
  [[ $EUID -eq 0 ]] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq >&2
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# What building Fremdrift needs.
readonly BUILD_PACKAGES=(
  build-essential cmake pkg-config
  libpoco-dev nlohmann-json3-dev libsqlite3-dev libpq-dev
  libmstch-dev libargon2-dev libxlsxwriter-dev libgtest-dev
)

# Builds build/fremdrift and the tests (CMake, Release).
build_fremdrift() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j"$(nproc)"
}
