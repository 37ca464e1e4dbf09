/// The help for `loket sanggahan`.
enum AppealCLIHelp {
    static let text = """
    loket sanggahan daftar [--status STATUS]
    loket sanggahan lihat NOMOR
    loket sanggahan verifikasi NOMOR
    loket sanggahan putus NOMOR diterima|ditolak --alasan "ALASAN"

    Sanggahan diterima di layar Loket (menu 4). Perintah ini untuk langkah sesudahnya:

      daftar       Semua sanggahan, terbaru di atas, dengan status dan sisa hari verifikasi.
                   Yang lewat batas 14 hari ditandai LEWAT. Saring dengan --status:
                   belum-lengkap, lengkap, verifikasi, diterima, ditolak.
      lihat        Isi satu sanggahan (NIK disamarkan) dan riwayatnya.
      verifikasi   Mencatat bahwa sanggahan yang diterima lengkap sudah diserahkan untuk verifikasi.
      putus        Mencatat hasil verifikasi (diterima atau ditolak) beserta alasannya.

    Masa verifikasi 14 hari dihitung sejak hari semua dokumen diterima lengkap.
    Sanggahan tidak mengubah data keluarga; hasil verifikasi hanya dicatat.

    Contoh:
      loket sanggahan daftar --status lengkap
      loket sanggahan putus SG-26-00001-3 ditolak --alasan "Mobil masih terdaftar atas nama suami"
    """
}
