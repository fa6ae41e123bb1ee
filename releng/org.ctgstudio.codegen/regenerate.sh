#!/usr/bin/env bash
# Regenerates the EMF code of the CTG metamodel after a change of bundles/org.ctgstudio.model/model/ctg.{ecore,genmodel}.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$root/mvnw" -B -q -f "$root/releng/org.ctgstudio.codegen/pom.xml" compile exec:java -Dctg.root="$root"
