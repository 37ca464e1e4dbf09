/// The help texts, in plain Bahasa Indonesia for the desk; command and flag names stay in English
/// because they are typed exactly.
public enum CLIHelp {
    public static func text(for topic: String?) -> String {
        switch topic {
        case "nik": return nik
        case "demo": return demo
        case "stats": return stats
        case "verify": return verify
        case "berita-acara": return beritaAcaraHelp
        case "sanggahan": return AppealCLIHelp.text
        case "help": return help
        case let topic? where SyncHelp.text(for: topic) != nil: return SyncHelp.text(for: topic)!
        default: return overview
        }
    }

    static let overview = """
    Loket — aplikasi meja layanan bantuan sosial kelurahan.

    Cara memakai:
      loket                      Membuka layar Loket (pendaftaran, cek pendaftaran, dan lain-lain).
      loket nik NIK...           Memeriksa satu atau beberapa NIK: wilayah, tanggal lahir, jenis kelamin.
      loket demo --households N  Mengisi data dengan N keluarga contoh (bukan orang sungguhan) untuk latihan.
      loket stats                Menampilkan ringkasan: jumlah keluarga, jiwa, tahap, dan program.
      loket verify               Memeriksa keutuhan seluruh data yang tersimpan.
      loket berita-acara NOMOR   Mencetak berita acara musyawarah kelurahan nomor itu.
      loket sanggahan ...        Daftar sanggahan, lihat satu, serahkan ke verifikasi, catat hasilnya.
    \(SyncHelp.overviewLines)
      loket help PERINTAH        Petunjuk lengkap satu perintah, misalnya: loket help demo

    Pilihan untuk semua perintah:
      --store FOLDER             Folder data Loket. Tanpa pilihan ini dipakai isi LOKET_STORE,
                                 atau ~/.local/share/loket bila LOKET_STORE kosong.
      --help                     Menampilkan petunjuk ini.

    Kode keluar: 0 berhasil, 1 ada masalah (NIK tidak sah, data rusak atau sedang dipakai),
    2 perintah salah tulis.
    """

    static let nik = """
    loket nik NIK...

    Memeriksa NIK satu per satu tanpa membuka data: kode wilayah (provinsi, kabupaten/kota,
    kecamatan tempat NIK pertama kali dibuat), tanggal lahir, dan jenis kelamin yang terbaca dari NIK,
    lalu kesalahan dan peringatannya.

    NIK dengan kesalahan TIDAK SAH dan tidak bisa disimpan. NIK dengan peringatan tetap SAH,
    tetapi periksa lagi fotokopi KTP/KK-nya.

    Contoh:
      loket nik 3171014507850003 3273012001900002

    Kode keluar: 0 bila semua NIK sah (boleh ada peringatan), 1 bila ada yang tidak sah.
    """

    static let demo = """
    loket demo --households N [--seed S] [--force]

    Mengisi data dengan N keluarga contoh untuk latihan. Semua nama dan NIK dibuat-buat
    (NIK-nya sah menurut aturan, tetapi bukan milik siapa pun).

    Bila loket belum disiapkan, loket disiapkan sebagai "\(DemoDesk.name)" di Kelurahan Gambir,
    dengan petugas "\(DemoDesk.operatorName)" ber-PIN \(DemoDesk.pin).

      --households N   Jumlah keluarga yang ditambahkan (bawaan \(DemoOptions.defaultHouseholds)).
      --seed S         Benih acak: benih yang sama pada data yang sama menghasilkan keluarga yang sama
                       (bawaan 1).
      --force          Tetap mengisi loket yang disiapkan sendiri (bukan loket contoh). Hati-hati:
                       data tidak bisa dihapus, keluarga contoh akan bercampur dengan data sungguhan.

    Pakailah folder terpisah untuk latihan, misalnya:
      loket --store ~/loket-latihan demo --households 1000
    """

    static let stats = """
    loket stats

    Menampilkan ringkasan data loket: jumlah keluarga terdaftar, jumlah jiwa, keluarga yang tidak
    dapat diusulkan (salah satu dari tujuh kriteria), jumlah jiwa per tahap, dan jumlah jiwa per
    program menurut penyaringan awal di loket.

    Perintah ini membuka data, jadi tidak bisa berjalan selagi layar Loket terbuka pada data yang sama.
    Bila penyimpanan terakhir sempat terputus (misalnya listrik mati), bagian yang belum selesai
    dirapikan dan disalin ke folder recovered/, lalu hal itu diberitahukan.
    """

    static let verify = """
    loket verify

    Memeriksa setiap catatan di journal.log: panjang, checksum, nomor urut, dan rantai hash.
    Tidak mengubah apa pun dan boleh dijalankan selagi layar Loket terbuka.

    Bila data utuh: menampilkan jumlah catatan dan hash catatan terakhir (kode keluar 0).
    Penyimpanan terakhir yang belum selesai (belum pernah "Tersimpan") tidak dianggap rusak;
    bagian itu dirapikan saat data dibuka berikutnya.
    Bila ada kerusakan: menyebut catatan mana yang rusak dan mengapa (kode keluar 1).
    """

    static let help = """
    loket help [PERINTAH]

    Menampilkan petunjuk. Perintah: nik, demo, stats, verify, sanggahan, berita-acara.
    """
}
