#!/usr/bin/env bash
# Rewrites the default templates (bundles/org.ctgstudio.docgen/templates/*.docx, *.odt) after a change of an outline
# (src/main/outlines/*.txt) or of the writers.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$root/mvnw" -B -q -f "$root/releng/org.ctgstudio.docgen.templates/pom.xml" compile exec:java -Dctg.root="$root"
