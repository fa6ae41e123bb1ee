#!/usr/bin/env bash
# Gives each platform's CTG Studio product the configuration of the headless product (ctgstudio-cli.product), as
# configuration/cli: the launcher scripts start subcommands with it, so that Equinox installs and starts only the
# command line's bundles (no SWT, no workbench). Both products come from the same repository, so the bundles the
# headless configuration names are those of the CTG Studio product: checked here, file by file. Bundles installed
# into the product later (p2 director) are added to the command line when it starts: configuration/cli/workbench.bundles
# lists those the product was built with.
# Usage: headless-configuration.sh PRODUCTS_DIR (target/products, after materialize-products)
set -euo pipefail
products="$(cd "$1" && pwd)"
fail() { echo "headless configuration: $*" >&2; exit 1; }

count=0
for headless in "$products"/ctgstudio-cli/*/*/*; do
  platform="${headless#"$products"/ctgstudio-cli/}"
  source_ini="$(find "$headless" -path '*/configuration/config.ini' | head -n 1)"
  target_ini="$(find "$products/ctgstudio/$platform" -path '*/configuration/config.ini' -not -path '*/cli/*' \
    | head -n 1)"
  [ -n "$source_ini" ] || fail "no configuration in $headless"
  [ -n "$target_ini" ] || fail "no CTG Studio product for $platform"
  source="$(dirname "$source_ini")"
  target="$(dirname "$target_ini")/cli"
  rm -rf "$target"
  mkdir -p "$target"
  cp "$source/config.ini" "$target/"
  cp -R "$source/org.eclipse.equinox.simpleconfigurator" "$target/"
  # The bundles the product is built with: those p2 installs later (extensions) are what the command line adds to
  # its own configuration when it starts (org.ctgstudio.cli's InstalledExtensions).
  grep -v '^#' "$(dirname "$target_ini")/org.eclipse.equinox.simpleconfigurator/bundles.info" | cut -d, -f1 \
    > "$target/workbench.bundles"
  install="$(dirname "$(dirname "$target")")"
  while IFS=, read -r name version path _; do
    case "$name" in \#*) continue ;; esac
    [ -e "$install/$path" ] || fail "$platform: $name $version ($path) is not in the CTG Studio product"
  done < "$target/org.eclipse.equinox.simpleconfigurator/bundles.info"
  count=$((count + 1))
done
[ "$count" -gt 0 ] || fail "no headless product in $products/ctgstudio-cli"
echo "headless configuration: configuration/cli added to $count platform(s)"
