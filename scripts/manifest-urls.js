// Shared by webpack.config.js, the manifest test and validate-manifest.sh: the two text transforms the manifest needs.
"use strict";

const DEV_URL = "https://localhost:3000/";

/** Rewrites the development host in every URL of the manifest to the production host. */
function rewriteManifestUrls(xml, prodUrl) {
  if (!prodUrl) return xml;
  const base = prodUrl.endsWith("/") ? prodUrl : prodUrl + "/";
  if (!/^https:\/\//.test(base)) throw new Error(`ADDIN_PROD_URL harus https:// (got ${prodUrl})`);
  return xml
    .split(DEV_URL)
    .join(base)
    .split(DEV_URL.slice(0, -1))
    .join(base.slice(0, -1));
}

/** The offline XSDs predate <Runtimes> (shared runtime); drop that block so the rest can be validated. */
function stripRuntimes(xml) {
  return xml.replace(/[ \t]*<Runtimes>[\s\S]*?<\/Runtimes>[ \t]*\r?\n?/g, "");
}

module.exports = { DEV_URL, rewriteManifestUrls, stripRuntimes };
