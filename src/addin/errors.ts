// A readable Indonesian sentence for any failure: the add-in's own errors as they are, Office errors by code,
// everything else by message. Never a stack trace.

export function errorMessage(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const code = String(err?.code ?? "");
  if (code.startsWith("LKjIP.") && err.message) return err.message;
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return "Excel sedang dalam mode edit sel. Tekan Enter atau Esc, lalu coba lagi.";
    case "ItemNotFound":
      return "Lembar atau sel yang dicari tidak ada lagi (mungkin diganti nama atau dihapus). Klik Periksa lalu coba lagi.";
    case "AccessDenied":
    case "InvalidOperation":
      return `Excel menolak perubahan (${code}): lembar mungkin terlindungi atau buku kerja hanya-baca.`;
    case "UndoNotSupported":
      return "Excel tidak dapat mencatat langkah ini sebagai satu langkah Undo. Coba lagi; tombol Urungkan di panel tetap dapat membatalkannya.";
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return "Buku kerja terlalu besar untuk dibaca sekaligus di Excel untuk web.";
  }
  const msg = err?.message || String(e);
  return `Terjadi kesalahan: ${msg}`;
}
