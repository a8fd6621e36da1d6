#!/bin/sh
# npm start / stop / start:web: office-addin-debugging through npx (it needs keytar, a native module that cannot be
# installed on every machine, so it is not in package.json). Install output is shown, so a failure says why.
npx --yes --foreground-scripts office-addin-debugging@7.0.0 "$@"
status=$?
if [ "$status" -ne 0 ]; then
  echo "office-addin-debugging $1 gagal (kode $status); sebabnya tercetak di atas. Di Linux, keytar membutuhkan libsecret (apt-get install libsecret-1-dev). Tanpa itu: npm run dev-server, lalu unggah manifest.xml di Excel untuk web." >&2
fi
exit "$status"
