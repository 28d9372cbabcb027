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

# What building Fremdrift needs, with its tests (GoogleTest; libxml2's HTML
# parser, with which the page tests read pages: tests/support/html_page.h).
readonly BUILD_PACKAGES=(
  build-essential cmake pkg-config
  libpoco-dev nlohmann-json3-dev libsqlite3-dev libpq-dev
  libmstch-dev libargon2-dev libxlsxwriter-dev libgtest-dev libxml2-dev
  libboost-dev libcjose-dev
  prometheus-cpp-dev libjemalloc-dev
)

# What the Debian package, its install tests and the cluster test need on
# top (scripts/package, scripts/package-test: dpkg-shlibdeps, systemd-analyze,
# curl; scripts/package-install-test: mmdebstrap and systemd-nspawn, with gpg to read Debian's
# keyring, mount for its mounts; scripts/cluster-test: nginx).
readonly PACKAGE_PACKAGES=(dpkg-dev systemd systemd-container curl nginx mmdebstrap gpg debian-archive-keyring mount)

# Builds build/fremdrift and the tests (CMake, Release).
build_fremdrift() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j"$(nproc)"
}

# Node.js and npm for the browser tests. Debian's packages unless an npm is
# already on the PATH (e.g. a Node.js from elsewhere, whose nodejs package
# would clash with Debian's npm).
ensure_node() {
  command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1 && return 0
  ensure_packages nodejs npm
}

# Runs `npm ci` in DIR when its node_modules are missing or its
# package-lock.json changed since the last install (a copy of the lock file
# in node_modules marks the install). WHAT names the packages in the message.
# Usage: install_locked_npm_packages DIR WHAT
install_locked_npm_packages() {
  local dir=$1 what=$2
  local stamp="$dir/node_modules/.fremdrift-installed-lock.json"
  cmp -s "$dir/package-lock.json" "$stamp" 2>/dev/null && return 0
  echo "Installing $what (npm ci in $dir)" >&2
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  cp "$dir/package-lock.json" "$stamp"
}

# The browser tests' npm packages (tests/browser/package-lock.json).
install_browser_test_packages() {
  install_locked_npm_packages tests/browser "the browser tests' npm packages"
}

# The test OpenID Provider (npm oidc-provider, pinned in
# tests/oidc/package-lock.json) that the sign-in tests start on loopback
# (tests/oidc/provider.mjs, docs/sign-in.md).
install_oidc_test_packages() {
  install_locked_npm_packages tests/oidc "the test OpenID Provider"
}

# The OpenAPI linter (npm @redocly/cli, pinned in
# tests/openapi/package-lock.json) that the openapi.lint test runs on
# docs/openapi.json (tests/openapi/lint.mjs, docs/testing.md).
install_openapi_lint_packages() {
  install_locked_npm_packages tests/openapi "the OpenAPI linter"
}

# Installs Designsystemet from npm (design/package-lock.json) when it is
# missing or the lock file changed, and writes the part of its CSS the pages
# use to static/ds/designsystemet.css (design/build.js, docs/design.md).
install_design_packages() {
  install_locked_npm_packages design "Designsystemet"
  node design/build.js >/dev/null
}

# What the fuzz targets need on top (clang with libFuzzer; scripts/fuzz and
# the fuzz.* tests).
readonly FUZZ_PACKAGES=(clang libclang-rt-14-dev)
