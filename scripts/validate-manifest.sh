#!/bin/sh
# Offline manifest validation against the official XSDs kept beside the repo (../shared/schemas/office-addin-manifest).
# <Runtimes> is not in those XSDs, so that block is dropped first (see the schema README).
set -eu
cd "$(dirname "$0")/.."
SCHEMA="${LKJIP_SCHEMA:-../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd}"
status=0
for m in "${@:-manifest.xml}"; do
  [ -f "$m" ] || { echo "tidak ada: $m"; status=1; continue; }
  if sed '/<Runtimes>/,/<\/Runtimes>/d' "$m" | xmllint --noout --schema "$SCHEMA" - 2>&1; then
    echo "$m: valid"
  else
    echo "$m: TIDAK valid"; status=1
  fi
done
exit $status
