// Offline after the first visit: a service worker (sw.js, written by the build with the list of the page's own files)
// keeps web.html and its scripts, styles and icons, and answers from them. Only over http(s) (a browser has no
// service worker for a page opened from a file, which needs none: its files are on the disk already). Its scope is
// the web page alone ("./web"), so the add-in's task pane, served from the same folder, is never under it.

export function registerOffline(warn: (text: string) => void): void {
  if (!/^https?:$/.test(location.protocol) || !("serviceWorker" in navigator))
    return;
  navigator.serviceWorker
    .register("sw.js", { scope: "./web" })
    .catch(() =>
      warn(
        "Halaman ini tidak dapat disimpan untuk dipakai tanpa internet di peramban ini; selama halaman terbuka, semuanya tetap bekerja.",
      ),
    );
}
