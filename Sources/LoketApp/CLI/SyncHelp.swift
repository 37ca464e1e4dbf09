/// Help texts of the bundle commands (CLIHelp.swift asks here for its topics).
public enum SyncHelp {
    public static func text(for topic: String) -> String? {
        switch topic {
        case "keys": return keys
        case "bundle": return bundle
        case "export": return export
        case "status": return status
        case "setup-aggregator": return setupAggregator
        default: return nil
        }
    }

    public static let overviewLines = """
      loket keys                 Kunci loket untuk bundle: tampilkan, atau tambah kunci penerima.
      loket bundle export --to P Membuat bundle untuk penerima P (data yang belum dikonfirmasinya).
      loket bundle verify B      Memeriksa bundle: tanda tangan, rantai, checksum.
      loket bundle import B...   Mengimpor bundle, tanda terima, atau bundle status.
      loket export --csv FOLDER  Ekspor data ke CSV (atau --sqlite BERKAS) untuk sistem pusat.
      loket status NIK TAHAP     (kecamatan/Sudin/Dinsos) Mencatat tahap seseorang; --csv BERKAS.
      loket setup-aggregator     Menyiapkan data sebagai kecamatan, Suku Dinas atau Dinas Sosial.
    """

    static let keys = """
    loket keys
    loket keys add NAMA KUNCI

    Tanpa kata tambahan: menampilkan kunci publik data ini (dibuat bila belum ada) sebagai teks
    pendek LK1-… beserta sidiknya, dan daftar kunci pihak lain yang sudah ditambahkan.
    Berikan teks LK1-… kepada penerima (kecamatan) lewat surat/WhatsApp, lalu cocokkan sidiknya
    lewat telepon.

    loket keys add: di loket, menambah PENERIMA bundle (kecamatan, Suku Dinas, Dinas Sosial);
    di kecamatan/Sudin/Dinsos, menambah LOKET yang bundlenya diterima. Contoh:
      loket keys add "Kecamatan Gambir" LK1-Qk3x…

    Kunci rahasia tersimpan di keys.secret di folder data, hanya bisa dibaca pemiliknya (izin 600).
    Jangan disalin ke tempat lain selain cadangan yang aman.
    """

    static let bundle = """
    loket bundle export --to PENERIMA [--out BERKAS]
    loket bundle verify BERKAS...
    loket bundle import BERKAS... [--receipt-dir FOLDER]

    export: semua data yang belum dikonfirmasi penerima dimasukkan ke satu berkas bundle,
    ditandatangani kunci loket ini dan dienkripsi untuk penerima. Tanpa --out, berkas ditulis di
    folder saat ini. Di kecamatan/Sudin/Dinsos, export --to LOKET membuat bundle status untuk loket itu.

    verify: memeriksa tanda tangan, checksum, dan (bila Anda penerimanya) rantai catatan di dalamnya.
    Tidak mengubah apa pun.

    import: mengimpor satu per satu, masing-masing utuh atau tidak sama sekali. Bundle yang sama dua
    kali tidak mengubah apa pun; bundle yang bagian sebelumnya belum datang disimpan dan diimpor
    otomatis setelah bagian itu datang. Setelah impor, tanda terima ditulis di samping berkas bundle
    (atau di --receipt-dir). Bawa tanda terima itu kembali ke pengirim, yang mengimpornya juga dengan
    loket bundle import.
    Kode keluar 1 bila ada bundle yang ditolak.
    """

    static let export = """
    loket export --csv FOLDER
    loket export --sqlite BERKAS

    Menulis keluarga, anggota, jawaban kriteria, penyaringan program, tahap, keputusan musyawarah
    dan sanggahan ke berkas CSV (satu per tabel) atau satu berkas SQLite, untuk spreadsheet atau
    sistem pusat. Kolomnya dijelaskan di EXPORT-COLUMNS.md. Berisi data pribadi: setiap ekspor
    dicatat di data loket. Simpan hasilnya di tempat yang aman.
    """

    static let status = """
    loket status NIK TAHAP [--outcome HASIL] [--note CATATAN] [--desk LOKET]
    loket status --csv BERKAS

    Di kecamatan, Suku Dinas atau Dinas Sosial: mencatat tahap (1–11 atau namanya, misalnya
    "Pemadanan Dukcapil") dan hasil (Layak, Tidak Layak, Perlu Verifikasi Lanjutan) seseorang.
    --desk dipakai bila NIK itu terdaftar di lebih dari satu loket.
    Dengan --csv: kolom nik, tahap, hasil, catatan, loket (dipisah koma atau titik koma). Semua baris
    diperiksa dulu; bila ada yang salah, tidak ada yang dicatat dan baris yang salah disebutkan.
    Status dikirim ke loket dengan: loket bundle export --to LOKET
    """

    static let setupAggregator = """
    loket setup-aggregator --role kecamatan|suku-dinas|dinas-sosial --name NAMA --region KODE --operator PETUGAS

    Menyiapkan folder data baru sebagai penerima bundle (bukan loket pendaftaran), misalnya:
      loket --store ~/kecamatan-gambir setup-aggregator --role kecamatan --name "Kecamatan Gambir" \\
            --region 317101 --operator "Sari"
    PIN petugas ditanyakan (tidak ditampilkan saat diketik). Kunci dibuat dan ditampilkan; lalu
    tambahkan kunci setiap loket dengan: loket keys add "NAMA LOKET" LK1-…
    """
}
