#!/usr/bin/env bash
# Generates the EMF code of a plugin developer's extension bundle (model and edit code in one bundle) from its genmodel:
#   releng/org.ctgstudio.codegen/generate-extension.sh <bundle folder>/model/<name>.genmodel <bundle folder>
# Writes src-gen/, icons/full/{ctool16,obj16}/ and plugin[_fr].properties (labels from the metamodel's
# http://ctgstudio.org/ctg/labels annotations) into the bundle folder. See docs/developer-guide.md.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 <genmodel> <bundle folder>" >&2
  exit 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
genmodel="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
bundle="$(cd "$2" && pwd)"
"$root/mvnw" -B -q -f "$root/releng/org.ctgstudio.codegen/pom.xml" compile exec:java -Dctg.root="$root" \
  -Dexec.args="$root extension $genmodel $bundle"
