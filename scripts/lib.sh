# Shared by ./start, ./test and ./caomonitor: find the repo, install missing system packages, build.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# ensure_packages CMD:PACKAGE ... — installs the Debian packages whose command is missing.
ensure_packages() {
  local missing=()
  for pair in "$@"; do
    local cmd="${pair%%:*}" pkg="${pair#*:}"
    if [ "$cmd" = "-" ]; then dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); continue; fi
    command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "caomonitor: missing system packages: ${missing[*]}" >&2
    echo "            install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing system packages: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_runtime_packages() {
  ensure_packages pdftotext:poppler-utils tesseract:tesseract-ocr -:tesseract-ocr-nld
}

# The web UI's browser tests drive Debian's chromium (never a downloaded browser); they skip without it.
# The jobs' PostgreSQL tests start Debian's postgresql server themselves (initdb/pg_ctl in a temp folder).
ensure_test_packages() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "caomonitor: postgresql is missing, the PostgreSQL job tests will skip (install: sudo apt-get install -y postgresql)" >&2
    else
      ensure_packages -:postgresql
    fi
  fi
  command -v chromium >/dev/null 2>&1 && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "caomonitor: chromium is missing, the browser tests will skip (install: sudo apt-get install -y chromium)" >&2
    return 0
  fi
  ensure_packages chromium:chromium
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "caomonitor: the .NET 10 SDK is missing (it is not a Debian package)." >&2
    echo "            install it from https://dotnet.microsoft.com/download/dotnet/10.0 and run this again." >&2
    exit 1
  fi
}

CLI_DLL="$ROOT/src/CaoMonitor.Cli/bin/Release/net10.0/CaoMonitor.Cli.dll"

# Builds the CLI (with everything it references) when a source file is newer than the last build.
build_cli() {
  ensure_dotnet
  if [ ! -f "$CLI_DLL" ] || [ -n "$(find "$ROOT/src" "$ROOT/jobs" "$ROOT/Directory.Build.props" "$ROOT/Directory.Packages.props" \
        \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.json' -o -name '*.txt' -o -name '*.css' -o -name '*.cshtml' \) \
        -newer "$CLI_DLL" -not -path '*/bin/*' -not -path '*/obj/*' 2>/dev/null | head -1)" ]; then
    echo "Building caomonitor…" >&2
    dotnet build "$ROOT/src/CaoMonitor.Cli/CaoMonitor.Cli.csproj" -c Release -v quiet -nologo >&2
    touch "$CLI_DLL"
  fi
}
