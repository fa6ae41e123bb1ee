# Shared by mvnw, .ci/run and the product launcher: prints the home of a JDK whose feature version is at
# least $1, trying JAVA_HOME, then java on PATH, then the usual JDK folders (newest first).
ctg_java_feature() { # $1 = java executable; prints its feature version (17, 21, 25 ...)
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
ctg_find_java() {
  local min="$1" cand v
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for cand in $(ls -d /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* 2>/dev/null | sort -rV); do
    candidates+=("$cand")
  done
  for cand in "${candidates[@]}"; do
    [ -x "$cand/bin/java" ] || continue
    v="$(ctg_java_feature "$cand/bin/java")"
    if [ -n "$v" ] && [ "$v" -ge "$min" ]; then
      printf '%s\n' "$cand"
      return 0
    fi
  done
  return 1
}
