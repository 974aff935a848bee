# Sourced by bin/collate, bin/test and .ci/run: sets COLLATE_JAVA_HOME to a JDK >= 21.
# Order: $JAVA_HOME, the java on PATH, then every JDK under /usr/lib/jvm (newest first).

collate_java_major() {
  # Prints the major version of the java binary $1 (8 for 1.8), or nothing.
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \(1\.\)\{0,1\}\([0-9][0-9]*\).*/\2/p' | head -n 1
}

collate_find_jdk() {
  local candidates=() home java major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if java=$(command -v java 2>/dev/null); then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$java")")")")
  fi
  for home in $(ls -d /usr/lib/jvm/*/ /opt/java/*/ /opt/jdk*/ 2>/dev/null | sort -rV); do
    candidates+=("${home%/}")
  done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(collate_java_major "$home/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      COLLATE_JAVA_HOME="$home"
      return 0
    fi
  done
  return 1
}

if ! collate_find_jdk; then
  echo "collate: no JDK 21 or newer found (looked at \$JAVA_HOME, java on PATH, /usr/lib/jvm); install one or set JAVA_HOME" >&2
  exit 2
fi
export COLLATE_JAVA_HOME
