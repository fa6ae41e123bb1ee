#!/usr/bin/env bash
# Launches the CTG Studio product built by `./mvnw verify` on the example workspace.
#   releng/run-product.sh                      the workbench, on target/example-workspace
#   releng/run-product.sh -application ID ...  a headless application of the product (arguments pass through)
# CTG_PRODUCT_DIR: another product folder (default: the Linux product materialised by the build).
# CTG_WORKSPACE:   another workspace; when the folder does not exist it is created from examples/workspace.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
product="${CTG_PRODUCT_DIR:-$root/releng/org.ctgstudio.repository/target/products/ctgstudio/linux/gtk/x86_64/ctgstudio}"
if [ ! -x "$product/ctgstudio" ]; then
  echo "run-product: no product in $product; build it first (see README: ./mvnw -B verify)." >&2
  exit 1
fi
workspace="${CTG_WORKSPACE:-$root/target/example-workspace}"
if [ ! -d "$workspace" ]; then
  mkdir -p "$workspace"
  cp -R "$root/examples/workspace/." "$workspace/"
fi
exec "$product/ctgstudio" -data "$workspace" "$@"
