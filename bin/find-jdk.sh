# Sourced by bin/triangulate and bin/test: sets JAVA_HOME to a JDK 21 or newer, or exits 2 with a
# message. JAVA_HOME when it is one, else the Temurin 25 this machine kind ships.
java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
    export JAVA_HOME="$candidate"
    break
  fi
  candidate=""
done
if [ -z "${candidate:-}" ]; then
  echo "triangulate: needs a JDK 21 or newer; set JAVA_HOME to one (none at \$JAVA_HOME or /usr/lib/jvm/temurin-25-jdk-amd64)" >&2
  exit 2
fi
# Maven's own Guice calls sun.misc.Unsafe, which JDK 24 and later warn about on every build;
# the option that allows it exists from JDK 23 on.
if [ "$(java_major "$JAVA_HOME")" -ge 23 ] 2>/dev/null; then
  export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
fi
