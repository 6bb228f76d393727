<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- NOT YET REVIEWED by a native speaker. See docs/TRANSLATING.md for the reviewer's checklist. -->
<TS version="2.1" language="id_ID" sourcelanguage="en">
  <context>
    <name>AccessReport</name>
    <message>
      <source>Their own copy</source>
      <translation>Salinan pribadi</translation>
    </message>
    <message>
      <source>Language of the report</source>
      <translation>Bahasa laporan</translation>
    </message>
    <message>
      <source>The report lists everything held about this person. The saved PDF is NOT encrypted: print it or hand it over, then delete the file. It is recorded in the disclosure register.</source>
      <translation>Laporan ini memuat semua data yang disimpan tentang orang ini. PDF yang disimpan TIDAK terenkripsi: cetak atau serahkan, lalu hapus berkasnya. Laporan ini dicatat dalam daftar pengungkapan.</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Simpan laporan</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The report was saved. It is not encrypted: delete the file once it has been handed over.</source>
      <translation>Laporan tersimpan. Laporan ini tidak terenkripsi: hapus berkasnya setelah diserahkan.</translation>
    </message>
  </context>
  <context>
    <name>AdminHelpers</name>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
  </context>
  <context>
    <name>Agencies</name>
    <message>
      <source>Enter the agency's name.</source>
      <translation>Masukkan nama lembaga.</translation>
    </message>
    <message>
      <source>Choose embassy, agency, police or provider.</source>
      <translation>Pilih kedutaan, lembaga, polisi, atau penyedia layanan.</translation>
    </message>
    <message>
      <source>This agency has referrals, so it cannot be deleted. Rename it instead.</source>
      <translation>Lembaga ini memiliki rujukan, jadi tidak dapat dihapus. Ubah namanya saja.</translation>
    </message>
  </context>
  <context>
    <name>AgenciesView</name>
    <message>
      <source>Agencies</source>
      <translation>Lembaga</translation>
    </message>
    <message>
      <source>Agency kind</source>
      <translation>Jenis lembaga</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Semua jenis</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Nationalities served</source>
      <translation>Kewarganegaraan yang dilayani</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Alamat</translation>
    </message>
    <message>
      <source>Contact person</source>
      <translation>Narahubung</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telepon</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Letter language</source>
      <translation>Bahasa surat</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Catatan</translation>
    </message>
    <message>
      <source>Serves nationals of</source>
      <translation>Melayani warga negara</translation>
    </message>
    <message>
      <source>New agency</source>
      <translation>Lembaga baru</translation>
    </message>
    <message>
      <source>Save agency</source>
      <translation>Simpan lembaga</translation>
    </message>
    <message>
      <source>Delete agency</source>
      <translation>Hapus lembaga</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Tampilkan</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Lembaga</translation>
    </message>
    <message>
      <source>Only coordinators and administrators can change the directory.</source>
      <translation>Hanya koordinator dan administrator yang dapat mengubah direktori.</translation>
    </message>
    <message>
      <source>Agency directory</source>
      <translation>Direktori lembaga</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Tersimpan.</translation>
    </message>
    <message>
      <source>Nothing was saved. Each message is next to its field.</source>
      <translation>Tidak ada yang disimpan. Setiap pesan ada di samping isiannya.</translation>
    </message>
    <message>
      <source>Deleted.</source>
      <translation>Terhapus.</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <source>a PDF document</source>
      <translation>dokumen PDF</translation>
    </message>
    <message>
      <source>a JPEG photo</source>
      <translation>foto JPEG</translation>
    </message>
    <message>
      <source>a PNG image</source>
      <translation>gambar PNG</translation>
    </message>
    <message>
      <source>The file is {size} MB; the limit is {limit} MB. Scan at a lower resolution or split the document.</source>
      <translation>Berkas berukuran {size} MB; batasnya {limit} MB. Pindai dengan resolusi lebih rendah atau pecah dokumennya.</translation>
    </message>
    <message>
      <source>{problem} Nothing was stored.</source>
      <translation>{problem} Tidak ada yang disimpan.</translation>
    </message>
    <message>
      <source>HEIC photos (the iPhone format) cannot be stored yet. Convert the photo to JPEG first (on the iPhone: Settings &gt; Camera &gt; Formats &gt; Most Compatible), then add it again.</source>
      <translation>Foto HEIC (format iPhone) belum dapat disimpan. Ubah foto ke JPEG dulu (di iPhone: Pengaturan &gt; Kamera &gt; Format &gt; Paling Kompatibel), lalu tambahkan lagi.</translation>
    </message>
    <message>
      <source>Only PDF, JPEG and PNG files can be attached (the file name must end in .pdf, .jpg, .jpeg or .png).</source>
      <translation>Hanya berkas PDF, JPEG, dan PNG yang dapat dilampirkan (nama berkas harus berakhiran .pdf, .jpg, .jpeg, atau .png).</translation>
    </message>
    <message>
      <source>The file has no name.</source>
      <translation>Berkas tidak bernama.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Berkas kosong.</translation>
    </message>
    <message>
      <source>not a PDF, JPEG or PNG file at all</source>
      <translation>sama sekali bukan berkas PDF, JPEG, atau PNG</translation>
    </message>
    <message>
      <source>The file's name says it is {claimed}, but its contents are {found}. Check that you chose the right file.</source>
      <translation>Nama berkas menunjukkan {claimed}, tetapi isinya {found}. Periksa apakah Anda memilih berkas yang benar.</translation>
    </message>
    <message>
      <source>After cleaning, the image is larger than {limit} MB. Scan at a lower resolution.</source>
      <translation>Setelah dibersihkan, gambar lebih besar dari {limit} MB. Pindai dengan resolusi lebih rendah.</translation>
    </message>
    <message>
      <source>The image has far more pixels than any scan or photo needs; it may be crafted to exhaust memory.</source>
      <translation>Gambar ini memiliki piksel jauh lebih banyak daripada yang dibutuhkan pindaian atau foto mana pun; mungkin sengaja dibuat untuk menghabiskan memori.</translation>
    </message>
    <message>
      <source>The file is damaged or is not a valid {format} image.</source>
      <translation>Berkas rusak atau bukan gambar {format} yang sah.</translation>
    </message>
    <message>
      <source>The PDF is protected by a password. Save an unprotected copy and add that instead.</source>
      <translation>PDF ini dilindungi kata sandi. Simpan salinan tanpa perlindungan dan tambahkan salinan itu.</translation>
    </message>
    <message>
      <source>The PDF has no pages.</source>
      <translation>PDF ini tidak memiliki halaman.</translation>
    </message>
    <message>
      <source>The file is damaged or is not a valid PDF document.</source>
      <translation>Berkas rusak atau bukan dokumen PDF yang sah.</translation>
    </message>
    <message>
      <source>The image claims {width} × {height} pixels, far more than any scan or photo needs; it may be crafted to exhaust memory.</source>
      <translation>Gambar ini mengaku berukuran {width} × {height} piksel, jauh lebih banyak daripada yang dibutuhkan pindaian atau foto mana pun; mungkin sengaja dibuat untuk menghabiskan memori.</translation>
    </message>
    <message>
      <source>Choose what the file is: {choices}.</source>
      <translation>Pilih jenis berkas: {choices}.</translation>
    </message>
    <message>
      <source>The file cannot be read ({reason}).</source>
      <translation>Berkas tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
      <source>Choose a place outside the vault folder.</source>
      <translation>Pilih tempat di luar folder brankas data.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>Folder {folder} tidak ada.</translation>
    </message>
    <message>
      <source>The copy could not be written ({reason}).</source>
      <translation>Salinan tidak dapat ditulis ({reason}).</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsTab</name>
    <message>
      <source>Passport scan</source>
      <translation>Pindaian paspor</translation>
    </message>
    <message>
      <source>Identity paper scan</source>
      <translation>Pindaian dokumen identitas</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Foto</translation>
    </message>
    <message>
      <source>Signed consent form</source>
      <translation>Formulir persetujuan bertanda tangan</translation>
    </message>
    <message>
      <source>Other document</source>
      <translation>Dokumen lain</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Lampiran</translation>
    </message>
    <message>
      <source>%1 MB</source>
      <translation>%1 MB</translation>
    </message>
    <message>
      <source>%1 kB</source>
      <translation>%1 kB</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Berkas</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ukuran</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Ditambahkan</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Oleh</translation>
    </message>
    <message>
      <source>Scans of identity papers, photos for travel documents and signed consent forms, kept encrypted inside the vault. PDF, JPEG or PNG up to 25 MB; photos lose their location and camera details when they are added.</source>
      <translation>Pindaian dokumen identitas, foto untuk dokumen perjalanan, dan formulir persetujuan bertanda tangan, disimpan terenkripsi di dalam brankas data. PDF, JPEG, atau PNG hingga 25 MB; data lokasi dan kamera pada foto dihapus saat foto ditambahkan.</translation>
    </message>
    <message>
      <source>What it is</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Add a file…</source>
      <translation>Tambah berkas…</translation>
    </message>
    <message>
      <source>Add a file</source>
      <translation>Tambah berkas</translation>
    </message>
    <message>
      <source>Save a copy…</source>
      <translation>Simpan salinan…</translation>
    </message>
    <message>
      <source>Save a copy</source>
      <translation>Simpan salinan</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>Hapus…</translation>
    </message>
    <message>
      <source>Remove the file</source>
      <translation>Hapus berkas</translation>
    </message>
    <message>
      <source>Preview of the image</source>
      <translation>Pratinjau gambar</translation>
    </message>
    <message>
      <source>No files are stored with this case yet.</source>
      <translation>Belum ada berkas yang disimpan untuk kasus ini.</translation>
    </message>
    <message>
      <source>Choose a file in the list to see it here.</source>
      <translation>Pilih berkas di daftar untuk melihatnya di sini.</translation>
    </message>
    <message>
      <source>This image is too large to preview here. Save a copy to view it.</source>
      <translation>Gambar ini terlalu besar untuk dipratinjau di sini. Simpan salinan untuk melihatnya.</translation>
    </message>
    <message>
      <source>Add a scan, photo or signed form</source>
      <translation>Tambah pindaian, foto, atau formulir bertanda tangan</translation>
    </message>
    <message>
      <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)</source>
      <translation>Pindaian dan foto (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
      <source>Stored inside the vault. The original file on this computer is unchanged and NOT encrypted: delete it if it is no longer needed.</source>
      <translation>Tersimpan di dalam brankas data. Berkas asli di komputer ini tidak berubah dan TIDAK terenkripsi: hapus jika tidak diperlukan lagi.</translation>
    </message>
    <message>
      <source>Save a copy outside the vault</source>
      <translation>Simpan salinan di luar brankas data</translation>
    </message>
    <message>
      <source>The copy is NOT encrypted: anyone who can open the file can see it. Save it only to a place you control, and delete it once it has served its purpose. Saving it is recorded in the history.</source>
      <translation>Salinan ini TIDAK terenkripsi: siapa pun yang dapat membuka berkasnya dapat melihatnya. Simpan hanya di tempat yang Anda kendalikan, dan hapus setelah tidak diperlukan. Penyimpanan ini dicatat dalam riwayat.</translation>
    </message>
    <message>
      <source>Files (*%1)</source>
      <translation>Berkas (*%1)</translation>
    </message>
    <message>
      <source>Copy saved. It is not encrypted.</source>
      <translation>Salinan tersimpan. Salinan ini tidak terenkripsi.</translation>
    </message>
    <message>
      <source>The file is deleted from the vault for good. This cannot be undone.</source>
      <translation>Berkas dihapus dari brankas data secara permanen. Ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
      <source>The file was removed.</source>
      <translation>Berkas sudah dihapus.</translation>
    </message>
  </context>
  <context>
    <name>AuditText</name>
    <message>
      <source>Registered the person</source>
      <translation>Mendaftarkan orang ini</translation>
    </message>
    <message>
      <source>Opened the case file</source>
      <translation>Membuka berkas kasus</translation>
    </message>
    <message>
      <source>Changed the case</source>
      <translation>Mengubah kasus</translation>
    </message>
    <message>
      <source>Added a need</source>
      <translation>Menambah kebutuhan</translation>
    </message>
    <message>
      <source>Changed a need</source>
      <translation>Mengubah kebutuhan</translation>
    </message>
    <message>
      <source>Moved a need</source>
      <translation>Mengubah status kebutuhan</translation>
    </message>
    <message>
      <source>Made a referral</source>
      <translation>Membuat rujukan</translation>
    </message>
    <message>
      <source>Moved a referral</source>
      <translation>Mengubah status rujukan</translation>
    </message>
    <message>
      <source>Set a follow-up date</source>
      <translation>Menetapkan tanggal tindak lanjut</translation>
    </message>
    <message>
      <source>Recorded consent</source>
      <translation>Mencatat persetujuan</translation>
    </message>
    <message>
      <source>Recorded a withdrawal of consent</source>
      <translation>Mencatat penarikan persetujuan</translation>
    </message>
    <message>
      <source>Issued a letter</source>
      <translation>Menerbitkan surat</translation>
    </message>
    <message>
      <source>Printed a letter again</source>
      <translation>Mencetak ulang surat</translation>
    </message>
    <message>
      <source>Added an agency</source>
      <translation>Menambah lembaga</translation>
    </message>
    <message>
      <source>Changed an agency</source>
      <translation>Mengubah lembaga</translation>
    </message>
    <message>
      <source>Deleted an agency</source>
      <translation>Menghapus lembaga</translation>
    </message>
    <message>
      <source>Added a staff member</source>
      <translation>Menambah anggota staf</translation>
    </message>
    <message>
      <source>Changed a staff member's role</source>
      <translation>Mengubah peran anggota staf</translation>
    </message>
    <message>
      <source>Disabled or enabled a staff member</source>
      <translation>Menonaktifkan atau mengaktifkan anggota staf</translation>
    </message>
    <message>
      <source>Removed a staff member</source>
      <translation>Menghapus anggota staf</translation>
    </message>
    <message>
      <source>Changed a passphrase</source>
      <translation>Mengganti frasa sandi</translation>
    </message>
    <message>
      <source>Changed a staff member's details</source>
      <translation>Mengubah data anggota staf</translation>
    </message>
    <message>
      <source>Unlocked the vault</source>
      <translation>Membuka brankas data</translation>
    </message>
    <message>
      <source>Unlocked with the recovery code</source>
      <translation>Membuka dengan kode pemulihan</translation>
    </message>
    <message>
      <source>Made a new recovery code</source>
      <translation>Membuat kode pemulihan baru</translation>
    </message>
    <message>
      <source>Created the vault</source>
      <translation>Membuat brankas data</translation>
    </message>
    <message>
      <source>Made a backup</source>
      <translation>Membuat cadangan</translation>
    </message>
    <message>
      <source>Restored a backup</source>
      <translation>Memulihkan cadangan</translation>
    </message>
    <message>
      <source>Changed the vault key</source>
      <translation>Mengganti kunci brankas</translation>
    </message>
    <message>
      <source>Changed the shelter's letterhead</source>
      <translation>Mengubah kop surat rumah aman</translation>
    </message>
    <message>
      <source>Changed the backup reminder</source>
      <translation>Mengubah pengingat cadangan</translation>
    </message>
    <message>
      <source>Changed the wipe-after-wrong-passphrases setting</source>
      <translation>Mengubah pengaturan hapus setelah frasa sandi salah</translation>
    </message>
    <message>
      <source>Filled the demo vault</source>
      <translation>Mengisi brankas demo</translation>
    </message>
    <message>
      <source>Gave the person their own copy of their records</source>
      <translation>Memberikan salinan pribadi catatan kepada orang ini</translation>
    </message>
    <message>
      <source>Stored a file with the case</source>
      <translation>Menyimpan berkas pada kasus</translation>
    </message>
    <message>
      <source>Saved a copy of a stored file outside the vault</source>
      <translation>Menyimpan salinan berkas di luar brankas data</translation>
    </message>
    <message>
      <source>Removed a stored file</source>
      <translation>Menghapus berkas tersimpan</translation>
    </message>
    <message>
      <source>Looked at a stored file</source>
      <translation>Melihat berkas tersimpan</translation>
    </message>
    <message>
      <source>Anonymised the case (retention rule)</source>
      <translation>Menganonimkan kasus (aturan retensi)</translation>
    </message>
    <message>
      <source>Erased a case at the person's request</source>
      <translation>Menghapus kasus atas permintaan orang ini</translation>
    </message>
    <message>
      <source>Imported cases from a spreadsheet</source>
      <translation>Mengimpor kasus dari lembar kerja</translation>
    </message>
    <message>
      <source>Took in a case from a partner shelter</source>
      <translation>Menerima kasus dari rumah aman mitra</translation>
    </message>
    <message>
      <source>Sent the case to a partner shelter</source>
      <translation>Mengirim kasus ke rumah aman mitra</translation>
    </message>
    <message>
      <source>Made the period report</source>
      <translation>Membuat laporan periode</translation>
    </message>
    <message>
      <source>Changed the retention rule</source>
      <translation>Mengubah aturan retensi</translation>
    </message>
    <message>
      <source>Created this shelter's identity key</source>
      <translation>Membuat kunci identitas rumah aman ini</translation>
    </message>
    <message>
      <source>Trusted a partner shelter's key</source>
      <translation>Memercayai kunci rumah aman mitra</translation>
    </message>
    <message>
      <source>Changed: {fields}</source>
      <translation>Diubah: {fields}</translation>
    </message>
  </context>
  <context>
    <name>AuditView</name>
    <message>
      <source>Cases</source>
      <translation>Kasus</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>Kebutuhan</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Rujukan</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Persetujuan</translation>
    </message>
    <message>
      <source>Letters</source>
      <translation>Surat</translation>
    </message>
    <message>
      <source>Agencies</source>
      <translation>Lembaga</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Staf</translation>
    </message>
    <message>
      <source>Unlocking</source>
      <translation>Membuka kunci</translation>
    </message>
    <message>
      <source>Vault and backups</source>
      <translation>Brankas dan cadangan</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Kode pemulihan</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Pengaturan</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Kapan</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Siapa</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Tindakan</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Catatan</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Rincian</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Tampilkan</translation>
    </message>
    <message>
      <source>Audit log entries</source>
      <translation>Entri log audit</translation>
    </message>
    <message>
      <source>anyone</source>
      <translation>siapa saja</translation>
    </message>
    <message>
      <source>Action starts with</source>
      <translation>Tindakan diawali dengan</translation>
    </message>
    <message>
      <source>any action</source>
      <translation>semua tindakan</translation>
    </message>
    <message>
      <source>From (date)</source>
      <translation>Dari (tanggal)</translation>
    </message>
    <message>
      <source>Until (date)</source>
      <translation>Sampai (tanggal)</translation>
    </message>
    <message>
      <source>any date</source>
      <translation>kapan saja</translation>
    </message>
    <message>
      <source>Show matching entries</source>
      <translation>Tampilkan entri yang cocok</translation>
    </message>
    <message>
      <source>Show all</source>
      <translation>Lihat semua</translation>
    </message>
    <message>
      <source>Show all entries</source>
      <translation>Tampilkan semua entri</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Ekspor…</translation>
    </message>
    <message>
      <source>Export the shown entries</source>
      <translation>Ekspor entri yang ditampilkan</translation>
    </message>
    <message>
      <source>Check the log</source>
      <translation>Periksa log</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Log audit</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Dari</translation>
    </message>
    <message>
      <source>until</source>
      <translation>sampai</translation>
    </message>
    <message numerus="yes">
      <source>%n entry(s), newest first; scroll down for older ones.</source>
      <translation>
        <numerusform>%n entri, terbaru di atas; gulir ke bawah untuk yang lebih lama.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n entry(s), newest first.</source>
      <translation>
        <numerusform>%n entri, terbaru di atas.</numerusform>
      </translation>
    </message>
    <message>
      <source>Export the audit log</source>
      <translation>Ekspor log audit</translation>
    </message>
    <message>
      <source>The exported file is not encrypted: it leaves the vault. It holds who did what and when (user names, record numbers), never survivors' names. Keep it where only administrators can read it.</source>
      <translation>Berkas ekspor tidak terenkripsi: berkas ini keluar dari brankas data. Isinya siapa melakukan apa dan kapan (nama pengguna, nomor catatan), tidak pernah nama penyintas. Simpan di tempat yang hanya dapat dibaca administrator.</translation>
    </message>
    <message>
      <source>Choose a file…</source>
      <translation>Pilih berkas…</translation>
    </message>
    <message>
      <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
      <translation>CSV (*.csv);;Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>The file could not be written: {reason}</source>
      <translation>Berkas tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
      <source>{n} entries exported to {path}.</source>
      <translation>{n} entri diekspor ke {path}.</translation>
    </message>
    <message>
      <source>The log is intact: {n} entries, database pages authenticate.</source>
      <translation>Log utuh: {n} entri, halaman basis data terautentikasi.</translation>
    </message>
    <message>
      <source>The log does NOT check out ({n} entries read):
{problems}
Do not delete anything; keep a backup of the vault as it is now and compare with an earlier backup.</source>
      <translation>Log TIDAK lolos pemeriksaan ({n} entri dibaca):
{problems}
Jangan menghapus apa pun; simpan cadangan brankas data dalam keadaan sekarang dan bandingkan dengan cadangan sebelumnya.</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <source>Only an administrator may restore a backup.</source>
      <translation>Hanya administrator yang boleh memulihkan cadangan.</translation>
    </message>
    <message>
      <source>The backup drive is full. No backup was written; free some space there or use another drive. The vault itself is unchanged.</source>
      <translation>Drive cadangan penuh. Tidak ada cadangan yang ditulis; kosongkan sebagian ruang di sana atau pakai drive lain. Brankas data sendiri tidak berubah.</translation>
    </message>
    <message>
      <source>Choose a file name for the backup, not a folder.</source>
      <translation>Pilih nama berkas untuk cadangan, bukan folder.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist (is the drive plugged in?).</source>
      <translation>Folder {folder} tidak ada (apakah drive sudah terpasang?).</translation>
    </message>
    <message>
      <source>{folder} is a file; choose a folder.</source>
      <translation>{folder} adalah berkas; pilih folder.</translation>
    </message>
    <message>
      <source>{folder} is not empty. Restore into a new folder, or confirm replacing the vault there (a safety copy is kept).</source>
      <translation>{folder} tidak kosong. Pulihkan ke folder baru, atau konfirmasi penggantian brankas data di sana (salinan pengaman disimpan).</translation>
    </message>
    <message>
      <source>{folder} is not empty. Restore into a new folder.</source>
      <translation>{folder} tidak kosong. Pulihkan ke folder baru.</translation>
    </message>
    <message>
      <source>Enter your passphrase, or the recovery code.</source>
      <translation>Masukkan frasa sandi Anda, atau kode pemulihan.</translation>
    </message>
    <message>
      <source>Choose between 1 and 365 days.</source>
      <translation>Pilih antara 1 dan 365 hari.</translation>
    </message>
    <message>
      <source>The backup does not open with the recovery code. A backup opens with the passphrase of anyone who was on the staff when it was made, or the recovery code of that time.</source>
      <translation>Cadangan tidak terbuka dengan kode pemulihan. Cadangan terbuka dengan frasa sandi siapa pun yang menjadi staf saat cadangan dibuat, atau dengan kode pemulihan yang berlaku saat itu.</translation>
    </message>
    <message>
      <source>The backup does not open with this user name and passphrase. A backup opens with the passphrase of anyone who was on the staff when it was made, or the recovery code of that time.</source>
      <translation>Cadangan tidak terbuka dengan nama pengguna dan frasa sandi ini. Cadangan terbuka dengan frasa sandi siapa pun yang menjadi staf saat cadangan dibuat, atau dengan kode pemulihan yang berlaku saat itu.</translation>
    </message>
    <message>
      <source>The new backup did not read back correctly, so it was not kept; the previous backup {file} is unchanged. The drive may be failing; try another one.</source>
      <translation>Cadangan baru tidak terbaca ulang dengan benar, jadi tidak disimpan; cadangan sebelumnya {file} tidak berubah. Drive mungkin mulai rusak; coba drive lain.</translation>
    </message>
    <message>
      <source>The new backup did not read back correctly, so it was not kept. The drive may be failing; try another one.</source>
      <translation>Cadangan baru tidak terbaca ulang dengan benar, jadi tidak disimpan. Drive mungkin mulai rusak; coba drive lain.</translation>
    </message>
    <message>
      <source>The backup file is damaged (it is incomplete or its contents changed since it was written). It cannot be restored; use another backup.</source>
      <translation>Berkas cadangan rusak (tidak lengkap atau isinya berubah sejak ditulis). Cadangan ini tidak dapat dipulihkan; pakai cadangan lain.</translation>
    </message>
    <message>
      <source>The backup file was altered after it was written: its contents do not authenticate. It cannot be restored; use another backup.</source>
      <translation>Berkas cadangan diubah setelah ditulis: isinya tidak lolos autentikasi. Cadangan ini tidak dapat dipulihkan; pakai cadangan lain.</translation>
    </message>
    <message>
      <source>There is no file {path}.</source>
      <translation>Tidak ada berkas {path}.</translation>
    </message>
    <message>
      <source>{path} is a folder, not a backup file.</source>
      <translation>{path} adalah folder, bukan berkas cadangan.</translation>
    </message>
    <message>
      <source>This backup was made by a newer version of ShelterDesk. Install the newer version to restore it.</source>
      <translation>Cadangan ini dibuat oleh versi ShelterDesk yang lebih baru. Pasang versi yang lebih baru untuk memulihkannya.</translation>
    </message>
    <message>
      <source>{file} is not a ShelterDesk backup file.</source>
      <translation>{file} bukan berkas cadangan ShelterDesk.</translation>
    </message>
    <message>
      <source>The audit log inside the backup does not check out: {problems}</source>
      <translation>Log audit di dalam cadangan tidak cocok: {problems}</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <source>This vault has never been backed up. Back it up to a USB stick and keep the stick away from this computer.</source>
      <translation>Brankas data ini belum pernah dicadangkan. Cadangkan ke USB dan simpan USB itu jauh dari komputer ini.</translation>
    </message>
    <message>
      <source>The last backup is {n} days old (reminder after {days} days). Back up now.</source>
      <translation>Cadangan terakhir berumur {n} hari (pengingat setelah {days} hari). Cadangkan sekarang.</translation>
    </message>
    <message>
      <source>{file} ({size:,} bytes), made {made}: {cases} cases, {needs} needs, {referrals} referrals, {audit} audit entries.</source>
      <translation>{file} ({size:,} bita), dibuat {made}: {cases} kasus, {needs} kebutuhan, {referrals} rujukan, {audit} entri audit.</translation>
    </message>
    <message>
      <source>Back up now…</source>
      <translation>Cadangkan sekarang…</translation>
    </message>
    <message>
      <source>Backup &amp; restore</source>
      <translation>Cadangan &amp; pemulihan</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Make a backup</source>
      <translation>Buat cadangan</translation>
    </message>
    <message>
      <source>Last backup</source>
      <translation>Cadangan terakhir</translation>
    </message>
    <message>
      <source>The backup is encrypted and opens with the passphrases of the staff of today (or the recovery code). Save it on a USB stick and keep the stick away from this computer. It is read back and checked before it counts as made.</source>
      <translation>Cadangan terenkripsi dan terbuka dengan frasa sandi staf saat ini (atau kode pemulihan). Simpan di USB dan simpan USB itu jauh dari komputer ini. Cadangan dibaca ulang dan diperiksa sebelum dianggap selesai.</translation>
    </message>
    <message>
      <source>Back up to a file…</source>
      <translation>Cadangkan ke berkas…</translation>
    </message>
    <message>
      <source>Backup progress</source>
      <translation>Kemajuan pencadangan</translation>
    </message>
    <message>
      <source>Remind administrators after</source>
      <translation>Ingatkan administrator setelah</translation>
    </message>
    <message>
      <source> days</source>
      <translation> hari</translation>
    </message>
    <message>
      <source>Remind after this many days without a backup</source>
      <translation>Ingatkan setelah sekian hari tanpa cadangan</translation>
    </message>
    <message>
      <source>Save reminder</source>
      <translation>Simpan pengingat</translation>
    </message>
    <message>
      <source>Check or restore a backup</source>
      <translation>Periksa atau pulihkan cadangan</translation>
    </message>
    <message>
      <source>A backup opens with the user name and passphrase of someone who was on the staff when it was made; restoring needs an administrator of that time. The restored vault opens with the passphrases that were valid then.</source>
      <translation>Cadangan terbuka dengan nama pengguna dan frasa sandi orang yang menjadi staf saat cadangan dibuat; pemulihan memerlukan administrator pada saat itu. Brankas data yang dipulihkan terbuka dengan frasa sandi yang berlaku saat itu.</translation>
    </message>
    <message>
      <source>User name for the backup</source>
      <translation>Nama pengguna untuk cadangan</translation>
    </message>
    <message>
      <source>Passphrase for the backup</source>
      <translation>Frasa sandi untuk cadangan</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Nama pengguna</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Frasa sandi</translation>
    </message>
    <message>
      <source>Check a backup file…</source>
      <translation>Periksa berkas cadangan…</translation>
    </message>
    <message>
      <source>Restore into a new folder…</source>
      <translation>Pulihkan ke folder baru…</translation>
    </message>
    <message>
      <source>Replace this vault…</source>
      <translation>Ganti brankas data ini…</translation>
    </message>
    <message>
      <source>Replace this vault with a backup</source>
      <translation>Ganti brankas data ini dengan cadangan</translation>
    </message>
    <message>
      <source>Last backup: never.</source>
      <translation>Cadangan terakhir: belum pernah.</translation>
    </message>
    <message>
      <source>Last backup: {when} ({n} days ago).</source>
      <translation>Cadangan terakhir: {when} ({n} hari lalu).</translation>
    </message>
    <message>
      <source>Back up to a file</source>
      <translation>Cadangkan ke berkas</translation>
    </message>
    <message>
      <source>No backup was made.</source>
      <translation>Tidak ada cadangan yang dibuat.</translation>
    </message>
    <message>
      <source>Backup written, read back and verified, but the vault's key slots need attention:</source>
      <translation>Cadangan ditulis, dibaca ulang dan diperiksa, tetapi slot kunci brankas data perlu diperhatikan:</translation>
    </message>
    <message>
      <source>Backup written, read back and verified:</source>
      <translation>Cadangan ditulis, dibaca ulang, dan diperiksa:</translation>
    </message>
    <message>
      <source>Administrators are reminded after {n} days without a backup.</source>
      <translation>Administrator diingatkan setelah {n} hari tanpa cadangan.</translation>
    </message>
    <message>
      <source>Enter the user name and passphrase that open the backup.</source>
      <translation>Masukkan nama pengguna dan frasa sandi yang membuka cadangan.</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Semua berkas (*)</translation>
    </message>
    <message>
      <source>Check a backup file</source>
      <translation>Periksa berkas cadangan</translation>
    </message>
    <message>
      <source>This backup cannot be used.</source>
      <translation>Cadangan ini tidak dapat digunakan.</translation>
    </message>
    <message>
      <source>The backup is complete and authentic:</source>
      <translation>Cadangan lengkap dan asli:</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Pulihkan cadangan</translation>
    </message>
    <message>
      <source>Choose a new, empty folder for the restored vault</source>
      <translation>Pilih folder baru yang kosong untuk brankas data yang dipulihkan</translation>
    </message>
    <message>
      <source>Nothing was restored.</source>
      <translation>Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
      <source>Restored and checked into {folder}. It opens with the passphrases that were valid when the backup was made. This vault is unchanged.</source>
      <translation>Dipulihkan dan diperiksa di {folder}. Brankas itu terbuka dengan frasa sandi yang berlaku saat cadangan dibuat. Brankas data ini tidak berubah.</translation>
    </message>
    <message>
      <source>Replace this vault</source>
      <translation>Ganti brankas data ini</translation>
    </message>
    <message>
      <source>Replace the vault in {folder} with the backup made {made}?

ShelterDesk locks now. The current vault is kept as a safety copy next to it ({folder}.before-restore-…), then the backup takes its place. Everything entered after the backup was made is only in the safety copy.

Afterwards unlock with the passphrases that were valid when the backup was made.</source>
      <translation>Ganti brankas data di {folder} dengan cadangan yang dibuat {made}?

ShelterDesk akan terkunci sekarang. Brankas data saat ini disimpan sebagai salinan pengaman di sebelahnya ({folder}.before-restore-…), lalu cadangan menggantikannya. Semua yang dimasukkan setelah cadangan dibuat hanya ada di salinan pengaman.

Setelah itu, buka kunci dengan frasa sandi yang berlaku saat cadangan dibuat.</translation>
    </message>
    <message>
      <source>Lock and replace</source>
      <translation>Kunci dan ganti</translation>
    </message>
    <message>
      <source>The vault could not be locked, so nothing was replaced.</source>
      <translation>Brankas data tidak dapat dikunci, jadi tidak ada yang diganti.</translation>
    </message>
    <message>
      <source>Vault replaced</source>
      <translation>Brankas data diganti</translation>
    </message>
    <message>
      <source>The backup was restored and checked. The previous vault is kept as {safety}. Unlock with the passphrases that were valid when the backup was made.</source>
      <translation>Cadangan sudah dipulihkan dan diperiksa. Brankas data sebelumnya disimpan sebagai {safety}. Buka kunci dengan frasa sandi yang berlaku saat cadangan dibuat.</translation>
    </message>
  </context>
  <context>
    <name>BatchLettersDialog</name>
    <message numerus="yes">
      <source>The %n person(s) selected in the register.</source>
      <translation>
        <numerusform>%n orang yang dipilih di daftar.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Issued %n letter(s).</source>
      <translation>
        <numerusform>%n surat diterbitkan.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Skipped %n case(s).</source>
      <translation>
        <numerusform>%n kasus dilewati.</numerusform>
      </translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Batch letters</source>
      <translation>Surat massal</translation>
    </message>
    <message>
      <source>Any nationality</source>
      <translation>Semua kewarganegaraan</translation>
    </message>
    <message>
      <source>Open cases (intake, sheltered, awaiting repatriation)</source>
      <translation>Kasus terbuka (penerimaan, ditampung, akan pulang)</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Semua status</translation>
    </message>
    <message>
      <source>Any (no filter)</source>
      <translation>Semua (tanpa filter)</translation>
    </message>
    <message>
      <source>Only cases with a referral still waiting on an embassy</source>
      <translation>Hanya kasus dengan rujukan yang masih menunggu kedutaan</translation>
    </message>
    <message>
      <source>Embassy letter (chosen from each person's open needs)</source>
      <translation>Surat kedutaan (dipilih dari kebutuhan terbuka tiap orang)</translation>
    </message>
    <message>
      <source>The embassy serving each person's nationality</source>
      <translation>Kedutaan untuk kewarganegaraan tiap orang</translation>
    </message>
    <message>
      <source>Each recipient's letter language</source>
      <translation>Bahasa surat tiap penerima</translation>
    </message>
    <message>
      <source>English only</source>
      <translation>Hanya bahasa Inggris</translation>
    </message>
    <message>
      <source>English and {language}</source>
      <translation>Bahasa Inggris dan {language}</translation>
    </message>
    <message>
      <source>One PDF with every letter</source>
      <translation>Satu PDF berisi semua surat</translation>
    </message>
    <message>
      <source>One PDF per letter (named by case number and reference)</source>
      <translation>Satu PDF per surat (dinamai nomor kasus dan referensi)</translation>
    </message>
    <message>
      <source>Choose folder and start…</source>
      <translation>Pilih folder dan mulai…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Kewarganegaraan</translation>
    </message>
    <message>
      <source>Case status</source>
      <translation>Status kasus</translation>
    </message>
    <message>
      <source>Open need</source>
      <translation>Kebutuhan terbuka</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Orang</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Surat</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Penerima</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Bahasa</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Hasil</translation>
    </message>
    <message>
      <source>Letters for every matching case</source>
      <translation>Surat untuk setiap kasus yang cocok</translation>
    </message>
    <message>
      <source>Saved letters are plaintext PDFs, NOT encrypted. Each letter is kept in the vault and entered in the disclosure register. Cases without consent, or without an embassy for their nationality, are skipped and listed.</source>
      <translation>Surat yang disimpan adalah PDF biasa, TIDAK terenkripsi. Setiap surat disimpan di brankas data dan dicatat dalam daftar pengungkapan. Kasus tanpa persetujuan, atau tanpa kedutaan untuk kewarganegaraannya, dilewati dan dicantumkan.</translation>
    </message>
    <message>
      <source>Only coordinators and administrators can issue letters.</source>
      <translation>Hanya koordinator dan administrator yang dapat menerbitkan surat.</translation>
    </message>
    <message>
      <source>No case matches this filter.</source>
      <translation>Tidak ada kasus yang cocok dengan filter ini.</translation>
    </message>
    <message>
      <source>Saved {file} in {folder}.</source>
      <translation>{file} tersimpan di {folder}.</translation>
    </message>
    <message>
      <source>Saved {n} files in {folder}.</source>
      <translation>{n} berkas tersimpan di {folder}.</translation>
    </message>
    <message>
      <source>Cancelled after {done} of {total} cases.</source>
      <translation>Dibatalkan setelah {done} dari {total} kasus.</translation>
    </message>
    <message>
      <source>Skipped {case}: {reason}</source>
      <translation>{case} dilewati: {reason}</translation>
    </message>
  </context>
  <context>
    <name>CaseFile</name>
    <message>
      <source>Their own copy</source>
      <translation>Salinan pribadi</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Catatan</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Tersimpan.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <source>Save case</source>
      <translation>Simpan kasus</translation>
    </message>
    <message>
      <source>Save the changes to this case (Ctrl+S)</source>
      <translation>Simpan perubahan pada kasus ini (Ctrl+S)</translation>
    </message>
    <message>
      <source>Discard changes</source>
      <translation>Buang perubahan</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Salin</translation>
    </message>
    <message>
      <source>Copy a name or number</source>
      <translation>Salin nama atau nomor</translation>
    </message>
    <message>
      <source>Copy the case number, a name or the passport number. The clipboard is cleared after 30 seconds and when ShelterDesk locks.</source>
      <translation>Salin nomor kasus, nama, atau nomor paspor. Papan klip dikosongkan setelah 30 detik dan saat ShelterDesk terkunci.</translation>
    </message>
    <message>
      <source>Close case file</source>
      <translation>Tutup berkas kasus</translation>
    </message>
    <message>
      <source>Their own copy…</source>
      <translation>Salinan pribadi…</translation>
    </message>
    <message>
      <source>Everything held about this person, as a PDF in their language</source>
      <translation>Semua data tentang orang ini, sebagai PDF dalam bahasanya</translation>
    </message>
    <message>
      <source>Transfer…</source>
      <translation>Pindahkan…</translation>
    </message>
    <message>
      <source>Transfer to a partner shelter</source>
      <translation>Pindahkan ke rumah aman mitra</translation>
    </message>
    <message>
      <source>Send this case, sealed, to a trusted partner shelter (needs the person's consent for transfer)</source>
      <translation>Kirim kasus ini, tersegel, ke rumah aman mitra tepercaya (perlu persetujuan orang ini untuk pemindahan)</translation>
    </message>
    <message>
      <source>Erase…</source>
      <translation>Hapus…</translation>
    </message>
    <message>
      <source>Erase this case</source>
      <translation>Hapus kasus ini</translation>
    </message>
    <message>
      <source>Erase this case on the person's request (administrators; cannot be undone)</source>
      <translation>Hapus kasus ini atas permintaan orang ini (administrator; tidak dapat dibatalkan)</translation>
    </message>
    <message>
      <source>Identity and names</source>
      <translation>Identitas dan nama</translation>
    </message>
    <message>
      <source>Documents and immigration</source>
      <translation>Dokumen dan imigrasi</translation>
    </message>
    <message>
      <source>Trafficking profile</source>
      <translation>Perdagangan orang</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>Kebutuhan</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Rujukan</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Persetujuan</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Lampiran</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Riwayat</translation>
    </message>
    <message numerus="yes">
      <source>in the shelter for %n days</source>
      <translation>
        <numerusform>di rumah aman selama %n hari</numerusform>
      </translation>
    </message>
    <message>
      <source>Unsaved changes from before the lock were restored.</source>
      <translation>Perubahan yang belum disimpan dari sebelum penguncian telah dikembalikan.</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Buang</translation>
    </message>
    <message>
      <source>Someone else saved this case after you opened it. Reload their version; your edits will be put back on top of it for you to check and save.</source>
      <translation>Orang lain menyimpan kasus ini setelah Anda membukanya. Muat ulang versi mereka; suntingan Anda akan dikembalikan di atasnya untuk Anda periksa dan simpan.</translation>
    </message>
    <message>
      <source>Reload and keep my edits</source>
      <translation>Muat ulang, pertahankan suntingan</translation>
    </message>
    <message numerus="yes">
      <source>Nothing was saved: %n field(s) need attention. Each message is next to its field.</source>
      <translation>
        <numerusform>Tidak ada yang disimpan: %n isian perlu diperhatikan. Setiap pesan ada di samping isiannya.</numerusform>
      </translation>
    </message>
    <message>
      <source>Reloaded. Your edits are back on top; check them and save.</source>
      <translation>Sudah dimuat ulang. Suntingan Anda ada di atasnya; periksa lalu simpan.</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Nomor kasus</translation>
    </message>
    <message>
      <source>Name (passport)</source>
      <translation>Nama (paspor)</translation>
    </message>
    <message>
      <source>Name (own script)</source>
      <translation>Nama (aksara asli)</translation>
    </message>
    <message>
      <source>Passport number {number}</source>
      <translation>Nomor paspor {number}</translation>
    </message>
    <message>
      <source>Embassy case number</source>
      <translation>Nomor kasus kedutaan</translation>
    </message>
    <message>
      <source>This case has unsaved changes.</source>
      <translation>Kasus ini memiliki perubahan yang belum disimpan.</translation>
    </message>
    <message>
      <source>Save and close</source>
      <translation>Simpan dan tutup</translation>
    </message>
    <message>
      <source>Discard and close</source>
      <translation>Buang dan tutup</translation>
    </message>
  </context>
  <context>
    <name>Cases</name>
    <message>
      <source>This case has not been registered yet; register it first.</source>
      <translation>Kasus ini belum didaftarkan; daftarkan dulu.</translation>
    </message>
    <message>
      <source>Registered cases that may be the same person: {count}. Check them before saving.</source>
      <translation>Kasus terdaftar yang mungkin orang yang sama: {count}. Periksa kasus-kasus itu sebelum menyimpan.</translation>
    </message>
  </context>
  <context>
    <name>ChangePassphraseDialog</name>
    <message>
      <source>Change my passphrase</source>
      <translation>Ganti frasa sandi saya</translation>
    </message>
    <message>
      <source>Your new passphrase opens the vault from now on; the old one stops working. Backups made earlier still open with the old one.</source>
      <translation>Frasa sandi baru Anda membuka brankas data mulai sekarang; yang lama tidak berlaku lagi. Cadangan yang dibuat sebelumnya masih terbuka dengan yang lama.</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>Frasa sandi saat ini</translation>
    </message>
    <message>
      <source>Type the new passphrase again</source>
      <translation>Ketik lagi frasa sandi baru</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Frasa sandi baru</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>Ulangi</translation>
    </message>
    <message>
      <source>Passphrase message</source>
      <translation>Pesan frasa sandi</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Ganti frasa sandi</translation>
    </message>
    <message>
      <source>The two new passphrases differ. Type them again.</source>
      <translation>Kedua frasa sandi baru berbeda. Ketik ulang keduanya.</translation>
    </message>
  </context>
  <context>
    <name>Consent kinds</name>
    <message>
      <source>embassy</source>
      <translation>kedutaan</translation>
    </message>
    <message>
      <source>agency</source>
      <translation>lembaga</translation>
    </message>
    <message>
      <source>police</source>
      <translation>polisi</translation>
    </message>
    <message>
      <source>provider</source>
      <translation>penyedia layanan</translation>
    </message>
  </context>
  <context>
    <name>ConsentTab</name>
    <message>
      <source>Notes</source>
      <translation>Catatan</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Persetujuan</translation>
    </message>
    <message>
      <source>Consents</source>
      <translation>Persetujuan</translation>
    </message>
    <message>
      <source>A referral or letter to an agency needs this person's valid consent for that kind of recipient. Record consent only after explaining, in their language, what will be shared and with whom.</source>
      <translation>Rujukan atau surat ke lembaga memerlukan persetujuan sah dari orang ini untuk jenis penerima tersebut. Catat persetujuan hanya setelah menjelaskan, dalam bahasanya, apa yang akan dibagikan dan kepada siapa.</translation>
    </message>
    <message>
      <source>Consent for</source>
      <translation>Persetujuan untuk</translation>
    </message>
    <message>
      <source>Given on</source>
      <translation>Diberikan pada</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Juru bahasa</translation>
    </message>
    <message>
      <source>Name of the interpreter, if one was used</source>
      <translation>Nama juru bahasa, jika ada</translation>
    </message>
    <message>
      <source>Expires on</source>
      <translation>Berakhir pada</translation>
    </message>
    <message>
      <source>Record consent</source>
      <translation>Catat persetujuan</translation>
    </message>
    <message>
      <source>Withdraw this consent</source>
      <translation>Tarik persetujuan ini</translation>
    </message>
    <message>
      <source>Consent for %1 recorded.</source>
      <translation>Persetujuan untuk %1 tercatat.</translation>
    </message>
    <message>
      <source>Consent withdrawn as of today.</source>
      <translation>Persetujuan ditarik mulai hari ini.</translation>
    </message>
  </context>
  <context>
    <name>Consents</name>
    <message>
      <source>embassy</source>
      <translation>kedutaan</translation>
    </message>
    <message>
      <source>agency</source>
      <translation>lembaga</translation>
    </message>
    <message>
      <source>police</source>
      <translation>polisi</translation>
    </message>
    <message>
      <source>provider</source>
      <translation>penyedia layanan</translation>
    </message>
    <message>
      <source>statistics</source>
      <translation>statistik</translation>
    </message>
    <message>
      <source>transfer</source>
      <translation>pemindahan</translation>
    </message>
    <message>
      <source>Consent cannot be dated in the future.</source>
      <translation>Tanggal persetujuan tidak boleh di masa depan.</translation>
    </message>
    <message>
      <source>The expiry is before the date consent was given.</source>
      <translation>Tanggal berakhir sebelum tanggal persetujuan diberikan.</translation>
    </message>
    <message>
      <source>There is no valid {kind} consent to withdraw.</source>
      <translation>Tidak ada persetujuan {kind} yang masih berlaku untuk ditarik.</translation>
    </message>
    <message>
      <source>Choose embassy, agency, police, provider or statistics.</source>
      <translation>Pilih kedutaan, lembaga, polisi, penyedia layanan, atau statistik.</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>ShelterDesk — unexpected error</source>
      <translation>ShelterDesk — kesalahan tak terduga</translation>
    </message>
    <message>
      <source>Something went wrong that ShelterDesk did not expect. Your saved records are safe in the vault; the last action may not have been completed.

If it happens again, copy the report below and send it to your support contact. It holds no survivor data, only where in the program the error happened.</source>
      <translation>Terjadi kesalahan yang tidak terduga di ShelterDesk. Catatan yang sudah disimpan aman di brankas data; tindakan terakhir mungkin belum selesai.

Jika terjadi lagi, salin laporan di bawah dan kirimkan ke kontak dukungan Anda. Laporan ini tidak memuat data penyintas, hanya letak kesalahan di dalam program.</translation>
    </message>
    <message>
      <source>Crash report</source>
      <translation>Laporan kerusakan</translation>
    </message>
    <message>
      <source>Copy report</source>
      <translation>Salin laporan</translation>
    </message>
    <message>
      <source>Copy the crash report</source>
      <translation>Salin laporan kerusakan</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>Tersalin</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <source>People</source>
      <translation>Orang</translation>
    </message>
    <message>
      <source>Admitted</source>
      <translation>Diterima</translation>
    </message>
    <message>
      <source>under 1 week</source>
      <translation>kurang dari 1 minggu</translation>
    </message>
    <message>
      <source>1–2 weeks</source>
      <translation>1–2 minggu</translation>
    </message>
    <message>
      <source>2–4 weeks</source>
      <translation>2–4 minggu</translation>
    </message>
    <message>
      <source>1–2 months</source>
      <translation>1–2 bulan</translation>
    </message>
    <message>
      <source>2 months or more</source>
      <translation>2 bulan atau lebih</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Dasbor</translation>
    </message>
    <message>
      <source>Export anonymised statistics…</source>
      <translation>Ekspor statistik anonim…</translation>
    </message>
    <message>
      <source>Export anonymised statistics</source>
      <translation>Ekspor statistik anonim</translation>
    </message>
    <message>
      <source>Import a spreadsheet…</source>
      <translation>Impor lembar kerja…</translation>
    </message>
    <message>
      <source>Import a register from a spreadsheet</source>
      <translation>Impor daftar dari lembar kerja</translation>
    </message>
    <message>
      <source>Period report…</source>
      <translation>Laporan periode…</translation>
    </message>
    <message>
      <source>Period report for donors and authorities</source>
      <translation>Laporan periode untuk donor dan pihak berwenang</translation>
    </message>
    <message>
      <source>Show the overdue referrals</source>
      <translation>Tampilkan rujukan yang terlambat</translation>
    </message>
    <message>
      <source>Show the follow-ups due this week</source>
      <translation>Tampilkan tindak lanjut yang jatuh tempo minggu ini</translation>
    </message>
    <message>
      <source>Click a bar or slice to see the people it counts.</source>
      <translation>Klik batang atau irisan untuk melihat orang yang dihitungnya.</translation>
    </message>
    <message numerus="yes">
      <source>%n people in the shelter</source>
      <translation>
        <numerusform>%n orang di rumah aman</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue referrals</source>
      <translation>
        <numerusform>%n rujukan terlambat</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n follow-ups due this week</source>
      <translation>
        <numerusform>%n tindak lanjut jatuh tempo minggu ini</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n open needs</source>
      <translation>
        <numerusform>%n kebutuhan terbuka</numerusform>
      </translation>
    </message>
    <message>
      <source>In the shelter now, by nationality</source>
      <translation>Di rumah aman sekarang, menurut kewarganegaraan</translation>
    </message>
    <message>
      <source>In the shelter now, by status</source>
      <translation>Di rumah aman sekarang, menurut status</translation>
    </message>
    <message>
      <source>Waiting on each agency, by days waited</source>
      <translation>Menunggu tiap lembaga, menurut lama menunggu</translation>
    </message>
    <message>
      <source>Open needs by category and priority</source>
      <translation>Kebutuhan terbuka menurut kategori dan prioritas</translation>
    </message>
    <message>
      <source>Admitted in {month}</source>
      <translation>Diterima pada {month}</translation>
    </message>
    <message>
      <source>Left in {month}</source>
      <translation>Keluar pada {month}</translation>
    </message>
    <message>
      <source>Admissions and departures per month</source>
      <translation>Penerimaan dan kepergian per bulan</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Keluar</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <source>This vault holds real cases: invented people would be mixed in with them, and would appear in searches, counts, letters and exports. Use a separate vault for demonstrations (--vault), or, only if you are sure, add --into-real-vault.</source>
      <translation>Brankas data ini berisi kasus nyata: orang rekaan akan tercampur dengannya dan muncul dalam pencarian, hitungan, surat, dan ekspor. Gunakan brankas data terpisah untuk demonstrasi (--vault), atau, hanya jika Anda yakin, tambahkan --into-real-vault.</translation>
    </message>
  </context>
  <context>
    <name>Disclosure</name>
    <message>
      <source>Preferred name</source>
      <translation>Nama panggilan</translation>
    </message>
    <message>
      <source>Other names used</source>
      <translation>Nama lain yang digunakan</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Tanggal lahir</translation>
    </message>
    <message>
      <source>Estimated age</source>
      <translation>Perkiraan usia</translation>
    </message>
    <message>
      <source>Place of birth</source>
      <translation>Tempat lahir</translation>
    </message>
    <message>
      <source>Father's name</source>
      <translation>Nama ayah</translation>
    </message>
    <message>
      <source>Mother's name</source>
      <translation>Nama ibu</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Jenis kelamin</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Gender</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Kewarganegaraan</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Bahasa</translation>
    </message>
    <message>
      <source>Interpreter needed</source>
      <translation>Memerlukan juru bahasa</translation>
    </message>
    <message>
      <source>Passport number</source>
      <translation>Nomor paspor</translation>
    </message>
    <message>
      <source>Passport issued by</source>
      <translation>Paspor diterbitkan oleh</translation>
    </message>
    <message>
      <source>Passport expiry</source>
      <translation>Habis berlaku paspor</translation>
    </message>
    <message>
      <source>Passport status</source>
      <translation>Status paspor</translation>
    </message>
    <message>
      <source>National identity number</source>
      <translation>Nomor identitas nasional</translation>
    </message>
    <message>
      <source>Other identity documents</source>
      <translation>Dokumen identitas lain</translation>
    </message>
    <message>
      <source>Date of entry to Cambodia</source>
      <translation>Tanggal masuk ke Kamboja</translation>
    </message>
    <message>
      <source>Visa</source>
      <translation>Visa</translation>
    </message>
    <message>
      <source>Overstay (days)</source>
      <translation>Lewat izin tinggal (hari)</translation>
    </message>
    <message>
      <source>Overstay fine</source>
      <translation>Denda lewat izin tinggal</translation>
    </message>
    <message>
      <source>Exit permit</source>
      <translation>Izin keluar</translation>
    </message>
    <message>
      <source>Embassy case number</source>
      <translation>Nomor kasus kedutaan</translation>
    </message>
    <message>
      <source>Travel document</source>
      <translation>Dokumen perjalanan</translation>
    </message>
    <message>
      <source>Last address in Cambodia</source>
      <translation>Alamat terakhir di Kamboja</translation>
    </message>
    <message>
      <source>Admitted to the shelter</source>
      <translation>Masuk rumah aman</translation>
    </message>
    <message>
      <source>Intended destination</source>
      <translation>Tujuan kepulangan</translation>
    </message>
    <message>
      <source>Home address</source>
      <translation>Alamat rumah</translation>
    </message>
    <message>
      <source>Next of kin</source>
      <translation>Keluarga terdekat</translation>
    </message>
    <message>
      <source>Referred to the shelter by</source>
      <translation>Dirujuk ke rumah aman oleh</translation>
    </message>
    <message>
      <source>Form of exploitation</source>
      <translation>Bentuk eksploitasi</translation>
    </message>
    <message>
      <source>Recruitment</source>
      <translation>Perekrutan</translation>
    </message>
    <message>
      <source>Where held</source>
      <translation>Tempat ditahan</translation>
    </message>
    <message>
      <source>Period held</source>
      <translation>Masa ditahan</translation>
    </message>
    <message>
      <source>Means of control</source>
      <translation>Cara pengendalian</translation>
    </message>
    <message>
      <source>How they left</source>
      <translation>Cara keluar</translation>
    </message>
    <message>
      <source>Indicators of trafficking</source>
      <translation>Indikator perdagangan orang</translation>
    </message>
    <message>
      <source>Police report</source>
      <translation>Laporan polisi</translation>
    </message>
    <message>
      <source>Fit to fly</source>
      <translation>Layak terbang</translation>
    </message>
    <message>
      <source>Medical notes</source>
      <translation>Catatan medis</translation>
    </message>
    <message>
      <source>Vulnerabilities</source>
      <translation>Kerentanan</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTab</name>
    <message>
      <source>Embassy case number</source>
      <translation>Nomor kasus kedutaan</translation>
    </message>
    <message>
      <source>Document type</source>
      <translation>Jenis dokumen</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>Nomor dokumen</translation>
    </message>
    <message>
      <source>Issuing country</source>
      <translation>Negara penerbit</translation>
    </message>
    <message>
      <source>Expiry date</source>
      <translation>Tanggal berakhir</translation>
    </message>
    <message>
      <source>Document status</source>
      <translation>Status dokumen</translation>
    </message>
    <message>
      <source>Remove document</source>
      <translation>Hapus dokumen</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Nomor</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Diterbitkan oleh</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>Berakhir</translation>
    </message>
    <message>
      <source>Where it is</source>
      <translation>Di mana sekarang</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <translation>Dokumen identitas</translation>
    </message>
    <message>
      <source>Add a document</source>
      <translation>Tambah dokumen</translation>
    </message>
    <message>
      <source>Immigration</source>
      <translation>Imigrasi</translation>
    </message>
    <message>
      <source>Entry date</source>
      <translation>Tanggal masuk</translation>
    </message>
    <message>
      <source>Visa</source>
      <translation>Visa</translation>
    </message>
    <message>
      <source>Visa type</source>
      <translation>Jenis visa</translation>
    </message>
    <message>
      <source>e.g. tourist, business (E)</source>
      <translation>mis. turis, bisnis (E)</translation>
    </message>
    <message>
      <source>Visa expiry</source>
      <translation>Masa berlaku visa</translation>
    </message>
    <message>
      <source>Overstay days</source>
      <translation>Hari lewat izin tinggal</translation>
    </message>
    <message>
      <source>Overstay fine</source>
      <translation>Denda izin tinggal</translation>
    </message>
    <message>
      <source>Amount and currency, as stated by immigration</source>
      <translation>Jumlah dan mata uang, sesuai pernyataan imigrasi</translation>
    </message>
    <message>
      <source>Exit permit</source>
      <translation>Izin keluar</translation>
    </message>
    <message>
      <source>Exit permit status</source>
      <translation>Status izin keluar</translation>
    </message>
    <message>
      <source>Embassy</source>
      <translation>Kedutaan</translation>
    </message>
    <message>
      <source>Travel document</source>
      <translation>Dokumen perjalanan</translation>
    </message>
    <message>
      <source>Travel document status</source>
      <translation>Status dokumen perjalanan</translation>
    </message>
  </context>
  <context>
    <name>Duplicates</name>
    <message>
      <source>same document number</source>
      <translation>nomor dokumen sama</translation>
    </message>
    <message>
      <source>similar name, same date of birth</source>
      <translation>nama mirip, tanggal lahir sama</translation>
    </message>
    <message>
      <source>similar name, same nationality</source>
      <translation>nama mirip, kewarganegaraan sama</translation>
    </message>
  </context>
  <context>
    <name>EraseDialog</name>
    <message>
      <source>Erase this case</source>
      <translation>Hapus kasus ini</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Alasan</translation>
    </message>
    <message>
      <source>Erasing deletes this case and everything about it: identity, needs, referrals, consents, letters, attachments and the details in its history. Only a line in the audit log remains: that a case was erased, by whom and why.

This cannot be undone. Backups made before today still hold the case until they are destroyed.</source>
      <translation>Penghapusan menghapus kasus ini dan semua yang terkait: identitas, kebutuhan, rujukan, persetujuan, surat, lampiran, dan rincian dalam riwayatnya. Hanya satu baris di log audit yang tersisa: bahwa kasus dihapus, oleh siapa, dan mengapa.

Ini tidak dapat dibatalkan. Cadangan yang dibuat sebelum hari ini masih memuat kasus ini sampai cadangan itu dimusnahkan.</translation>
    </message>
    <message>
      <source>e.g. the person asked on 2026-11-30 (no names)</source>
      <translation>mis. orang ini meminta pada 2026-11-30 (tanpa nama)</translation>
    </message>
    <message>
      <source>Case number, to confirm</source>
      <translation>Nomor kasus, untuk konfirmasi</translation>
    </message>
    <message>
      <source>Type the case number</source>
      <translation>Ketik nomor kasus</translation>
    </message>
    <message>
      <source>Erase for good</source>
      <translation>Hapus permanen</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export anonymised statistics</source>
      <translation>Ekspor statistik anonim</translation>
    </message>
    <message>
      <source>The saved file is NOT encrypted and holds names and case details: anyone who can open it can read them.</source>
      <translation>Berkas yang disimpan TIDAK terenkripsi dan berisi nama serta rincian kasus: siapa pun yang dapat membukanya dapat membacanya.</translation>
    </message>
    <message>
      <source>The saved file is NOT encrypted: anyone who can open it can read it.</source>
      <translation>Berkas yang disimpan TIDAK terenkripsi: siapa pun yang dapat membukanya dapat membacanya.</translation>
    </message>
    <message>
      <source>Exported files are not encrypted</source>
      <translation>Berkas ekspor tidak terenkripsi</translation>
    </message>
    <message>
      <source>The export is recorded in the disclosure register. Save it only to a place you control, share it only with its recipient, and delete it when it is no longer needed.</source>
      <translation>Ekspor ini dicatat dalam daftar pengungkapan. Simpan hanya di tempat yang Anda kendalikan, bagikan hanya kepada penerimanya, dan hapus bila tidak diperlukan lagi.</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
      <source>Save the export as</source>
      <translation>Simpan ekspor sebagai</translation>
    </message>
    <message>
      <source>Save the register as</source>
      <translation>Simpan daftar sebagai</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
      <translation>Buku kerja Excel (*.xlsx);;Berkas CSV (*.csv)</translation>
    </message>
    <message>
      <source>What to export</source>
      <translation>Yang diekspor</translation>
    </message>
    <message>
      <source>Counts per month (aggregate, HXL-tagged)</source>
      <translation>Jumlah per bulan (agregat, bertag HXL)</translation>
    </message>
    <message>
      <source>One row per person, CTDC columns (consenting people only)</source>
      <translation>Satu baris per orang, kolom CTDC (hanya yang setuju)</translation>
    </message>
    <message>
      <source>File format</source>
      <translation>Format berkas</translation>
    </message>
    <message>
      <source>Excel workbook (.xlsx)</source>
      <translation>Buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
      <source>CSV (.csv)</source>
      <translation>CSV (.csv)</translation>
    </message>
    <message>
      <source>Smallest group published (k)</source>
      <translation>Kelompok terkecil yang diterbitkan (k)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Ekspor</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Smallest group (k)</source>
      <translation>Kelompok terkecil (k)</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>Simpan sebagai…</translation>
    </message>
    <message>
      <source>No names, case or document numbers, dates of birth, addresses or notes ever leave. Counts under k are left out; in the person-level file ages, countries and years are widened until every combination is shared by at least k people, and whoever still stands out is left out.</source>
      <translation>Nama, nomor kasus atau dokumen, tanggal lahir, alamat, dan catatan tidak pernah keluar. Jumlah di bawah k tidak disertakan; dalam berkas per orang, usia, negara, dan tahun diperluas sampai setiap kombinasi dimiliki setidaknya k orang, dan siapa pun yang masih menonjol tidak disertakan.</translation>
    </message>
    <message>
      <source>The file could not be written ({reason}). Nothing was recorded.</source>
      <translation>Berkas tidak dapat ditulis ({reason}). Tidak ada yang dicatat.</translation>
    </message>
    <message>
      <source>Saved {file}: {rows} row(s) written, {suppressed} left out because they counted fewer than {k} people.</source>
      <translation>{file} tersimpan: {rows} baris ditulis, {suppressed} tidak disertakan karena berisi kurang dari {k} orang.</translation>
    </message>
    <message>
      <source>{generalised} row(s) were generalised; {no_consent} case(s) without consent for anonymised statistics were left out.</source>
      <translation>{generalised} baris digeneralisasi; {no_consent} kasus tanpa persetujuan untuk statistik anonim tidak disertakan.</translation>
    </message>
  </context>
  <context>
    <name>Exports</name>
    <message>
      <source>Choose csv or xlsx.</source>
      <translation>Pilih csv atau xlsx.</translation>
    </message>
    <message>
      <source>Choose aggregate or cases.</source>
      <translation>Pilih agregat atau kasus.</translation>
    </message>
    <message>
      <source>k must be a whole number from {low} to {high} (CTDC publishes with 11).</source>
      <translation>k harus bilangan bulat dari {low} sampai {high} (CTDC menerbitkan dengan 11).</translation>
    </message>
  </context>
  <context>
    <name>Files</name>
    <message>
      <source>{path} is another name for one of the vault's own files. Choose another place; nothing was written.</source>
      <translation>{path} adalah nama lain untuk salah satu berkas milik brankas data. Pilih tempat lain; tidak ada yang ditulis.</translation>
    </message>
    <message>
      <source>{path} is a file, not a folder. Choose a folder; nothing was written.</source>
      <translation>{path} adalah berkas, bukan folder. Pilih folder; tidak ada yang ditulis.</translation>
    </message>
    <message>
      <source>{path} is a folder. Give a file name; nothing was written.</source>
      <translation>{path} adalah folder. Beri nama berkas; tidak ada yang ditulis.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist. Choose an existing folder; nothing was written.</source>
      <translation>Folder {folder} tidak ada. Pilih folder yang ada; tidak ada yang ditulis.</translation>
    </message>
    <message>
      <source>The folder {folder} cannot be written to ({reason}). Choose another folder; nothing was written.</source>
      <translation>Folder {folder} tidak dapat ditulisi ({reason}). Pilih folder lain; tidak ada yang ditulis.</translation>
    </message>
    <message>
      <source>{path} could not be written ({reason}). Nothing was saved there; choose another place.</source>
      <translation>{path} tidak dapat ditulis ({reason}). Tidak ada yang disimpan di sana; pilih tempat lain.</translation>
    </message>
    <message>
      <source>{path} is inside ShelterDesk's own folder ({folder}), where the vault and its state files live. Choose another place; nothing was written.</source>
      <translation>{path} berada di dalam folder milik ShelterDesk sendiri ({folder}), tempat brankas data dan berkas statusnya disimpan. Pilih tempat lain; tidak ada yang ditulis.</translation>
    </message>
    <message>
      <source>{path} could not be written ({reason}). Nothing was saved there and nothing was recorded; choose another place.</source>
      <translation>{path} tidak dapat ditulis ({reason}). Tidak ada yang disimpan di sana dan tidak ada yang dicatat; pilih tempat lain.</translation>
    </message>
    <message>
      <source>{path} could not be put in place ({reason}). The letter is kept in the vault and recorded as issued; re-print it from the disclosure register.</source>
      <translation>{path} tidak dapat dipindahkan ke tempatnya ({reason}). Surat tetap ada di brankas data dan dicatat sebagai diterbitkan; cetak ulang dari daftar pengungkapan.</translation>
    </message>
  </context>
  <context>
    <name>FirstPassphraseScreen</name>
    <message>
      <source>Choose your own passphrase</source>
      <translation>Pilih frasa sandi Anda sendiri</translation>
    </message>
    <message>
      <source>You unlocked with a one-time passphrase or the recovery code. Choose a passphrase only you know before you continue.</source>
      <translation>Anda membuka kunci dengan frasa sandi sekali pakai atau kode pemulihan. Pilih frasa sandi yang hanya Anda ketahui sebelum melanjutkan.</translation>
    </message>
    <message>
      <source>Type the new passphrase again</source>
      <translation>Ketik lagi frasa sandi baru</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Frasa sandi baru</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>Ulangi</translation>
    </message>
    <message>
      <source>Lock instead</source>
      <translation>Kunci saja</translation>
    </message>
    <message>
      <source>Save and continue</source>
      <translation>Simpan dan lanjutkan</translation>
    </message>
    <message>
      <source>Save the new passphrase and continue</source>
      <translation>Simpan frasa sandi baru dan lanjutkan</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation>Kedua frasa sandi berbeda. Ketik ulang keduanya.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunScreen</name>
    <message>
      <source>Welcome to ShelterDesk</source>
      <translation>Selamat datang di ShelterDesk</translation>
    </message>
    <message>
      <source>Everything ShelterDesk stores is encrypted on this computer. Create the vault and the first administrator. Only people with a passphrase (or the recovery code) can open it.</source>
      <translation>Semua yang disimpan ShelterDesk terenkripsi di komputer ini. Buat brankas data dan administrator pertama. Hanya orang yang memiliki frasa sandi (atau kode pemulihan) yang dapat membukanya.</translation>
    </message>
    <message>
      <source>Shelter name</source>
      <translation>Nama rumah aman</translation>
    </message>
    <message>
      <source>Administrator user name</source>
      <translation>Nama pengguna administrator</translation>
    </message>
    <message>
      <source>e.g. sokha</source>
      <translation>mis. sokha</translation>
    </message>
    <message>
      <source>Administrator full name</source>
      <translation>Nama lengkap administrator</translation>
    </message>
    <message>
      <source>Type the passphrase again</source>
      <translation>Ketik lagi frasa sandi</translation>
    </message>
    <message>
      <source>Your user name</source>
      <translation>Nama pengguna Anda</translation>
    </message>
    <message>
      <source>Your full name</source>
      <translation>Nama lengkap Anda</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Frasa sandi</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Ulangi frasa sandi</translation>
    </message>
    <message>
      <source>Create the vault</source>
      <translation>Buat brankas data</translation>
    </message>
    <message>
      <source>Enter the shelter's name; it heads every letter.</source>
      <translation>Masukkan nama rumah aman; nama ini menjadi kepala setiap surat.</translation>
    </message>
    <message>
      <source>Choose a stronger passphrase (see the meter).</source>
      <translation>Pilih frasa sandi yang lebih kuat (lihat pengukurnya).</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation>Kedua frasa sandi berbeda. Ketik ulang keduanya.</translation>
    </message>
    <message>
      <source>Write down the recovery code</source>
      <translation>Catat kode pemulihan</translation>
    </message>
    <message>
      <source>This code opens the vault if every administrator forgets their passphrase. It is shown only now and cannot be shown again.

Write it on paper (or print the recovery kit), and lock it away from the computer, where only the shelter's director can reach it. Anyone who has it can read every record.</source>
      <translation>Kode ini membuka brankas data jika semua administrator lupa frasa sandinya. Kode hanya ditampilkan sekarang dan tidak dapat ditampilkan lagi.

Tulis di kertas (atau cetak kit pemulihan), lalu simpan terkunci jauh dari komputer, di tempat yang hanya dapat dijangkau direktur rumah aman. Siapa pun yang memilikinya dapat membaca semua catatan.</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Kode pemulihan</translation>
    </message>
    <message>
      <source>Print the recovery kit…</source>
      <translation>Cetak kit pemulihan…</translation>
    </message>
    <message>
      <source>Print the recovery kit with this code</source>
      <translation>Cetak kit pemulihan dengan kode ini</translation>
    </message>
    <message>
      <source>One page with this code and how to use it. Printing does not make a new code.</source>
      <translation>Satu halaman berisi kode ini dan cara memakainya. Mencetak tidak membuat kode baru.</translation>
    </message>
    <message>
      <source>I have written the recovery code down and will keep it locked away.</source>
      <translation>Saya sudah mencatat kode pemulihan dan akan menyimpannya terkunci.</translation>
    </message>
    <message>
      <source>I have written the recovery code down</source>
      <translation>Saya sudah mencatat kode pemulihan</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Lanjutkan</translation>
    </message>
    <message>
      <source>Recovery kit</source>
      <translation>Kit pemulihan</translation>
    </message>
    <message>
      <source>Print another copy…</source>
      <translation>Cetak salinan lain…</translation>
    </message>
    <message>
      <source>The shelter's letterhead</source>
      <translation>Kop surat rumah aman</translation>
    </message>
    <message>
      <source>These details head every referral letter. You can change them later in Settings.</source>
      <translation>Rincian ini menjadi kepala setiap surat rujukan. Anda dapat mengubahnya nanti di Pengaturan.</translation>
    </message>
    <message>
      <source>Start using ShelterDesk</source>
      <translation>Mulai menggunakan ShelterDesk</translation>
    </message>
  </context>
  <context>
    <name>Forms</name>
    <message>
      <source>Type to search, Enter to add</source>
      <translation>Ketik untuk mencari, Enter untuk menambah</translation>
    </message>
    <message>
      <source>Type to search</source>
      <translation>Ketik untuk mencari</translation>
    </message>
    <message>
      <source>No country matches “%1”. Pick one from the list.</source>
      <translation>Tidak ada negara yang cocok dengan “%1”. Pilih dari daftar.</translation>
    </message>
    <message>
      <source>No language matches “%1”. Pick one from the list.</source>
      <translation>Tidak ada bahasa yang cocok dengan “%1”. Pilih dari daftar.</translation>
    </message>
    <message>
      <source>Remove %1</source>
      <translation>Hapus %1</translation>
    </message>
    <message>
      <source>Problem with %1</source>
      <translation>Masalah pada %1</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Kalender</translation>
    </message>
    <message>
      <source>Pick %1 from a calendar</source>
      <translation>Pilih %1 dari kalender</translation>
    </message>
    <message>
      <source>Pick the date from a calendar (Alt+Down)</source>
      <translation>Pilih tanggal dari kalender (Alt+Bawah)</translation>
    </message>
    <message>
      <source>e.g. %1, empty if unknown</source>
      <translation>mis. %1, boleh kosong</translation>
    </message>
    <message>
      <source>“%1” is not a date. Write it as %2, 14/03/1996 or 1996-03-14 (with a four-digit year), pick it from the calendar, or leave it empty.</source>
      <translation>“%1” bukan tanggal. Tulis sebagai %2, 14/03/1996 atau 1996-03-14 (tahun empat angka), pilih dari kalender, atau kosongkan.</translation>
    </message>
    <message>
      <source>Enter a whole number, or leave it empty.</source>
      <translation>Masukkan bilangan bulat, atau kosongkan.</translation>
    </message>
    <message>
      <source>One per line</source>
      <translation>Satu per baris</translation>
    </message>
    <message>
      <source>Stateless</source>
      <translation>Tanpa kewarganegaraan</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Tidak diketahui</translation>
    </message>
  </context>
  <context>
    <name>HistoryTab</name>
    <message>
      <source>History</source>
      <translation>Riwayat</translation>
    </message>
    <message>
      <source>Case history</source>
      <translation>Riwayat kasus</translation>
    </message>
    <message>
      <source>Who opened or changed this case, and when. Entries cannot be edited.</source>
      <translation>Siapa yang membuka atau mengubah kasus ini, dan kapan. Entri tidak dapat diubah.</translation>
    </message>
  </context>
  <context>
    <name>IdentityTab</name>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telepon</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Kewarganegaraan</translation>
    </message>
    <message>
      <source>Case status</source>
      <translation>Status kasus</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Kasus</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Nama keluarga</translation>
    </message>
    <message>
      <source>As in the passport</source>
      <translation>Seperti di paspor</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>Nama depan</translation>
    </message>
    <message>
      <source>Native script</source>
      <translation>Aksara asli</translation>
    </message>
    <message>
      <source>Name in native script</source>
      <translation>Nama dalam aksara asli</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>Nama panggilan</translation>
    </message>
    <message>
      <source>Other names</source>
      <translation>Nama lain</translation>
    </message>
    <message>
      <source>Aliases, one per line</source>
      <translation>Nama alias, satu per baris</translation>
    </message>
    <message>
      <source>About the person</source>
      <translation>Tentang orang ini</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Jenis kelamin</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Gender</translation>
    </message>
    <message>
      <source>As the person describes it</source>
      <translation>Sesuai yang dinyatakan orang tersebut</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Tanggal lahir</translation>
    </message>
    <message>
      <source>Place of birth</source>
      <translation>Tempat lahir</translation>
    </message>
    <message>
      <source>Father's name</source>
      <translation>Nama ayah</translation>
    </message>
    <message>
      <source>As in civil records; embassies check it</source>
      <translation>Sesuai catatan sipil; kedutaan memeriksanya</translation>
    </message>
    <message>
      <source>Mother's name</source>
      <translation>Nama ibu</translation>
    </message>
    <message>
      <source>Estimated age</source>
      <translation>Perkiraan usia</translation>
    </message>
    <message>
      <source>years</source>
      <translation>tahun</translation>
    </message>
    <message>
      <source>Date of birth or age is estimated</source>
      <translation>Tanggal lahir atau usia adalah perkiraan</translation>
    </message>
    <message>
      <source>Vulnerabilities</source>
      <translation>Kerentanan</translation>
    </message>
    <message>
      <source>Nationality and language</source>
      <translation>Kewarganegaraan dan bahasa</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Bahasa</translation>
    </message>
    <message>
      <source>Needs an interpreter</source>
      <translation>Memerlukan juru bahasa</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Kontak</translation>
    </message>
    <message>
      <source>With country code, e.g. +62 812 3456 7890</source>
      <translation>Dengan kode negara, mis. +62 812 3456 7890</translation>
    </message>
    <message>
      <source>Home address</source>
      <translation>Alamat rumah</translation>
    </message>
    <message>
      <source>Last address in Cambodia</source>
      <translation>Alamat terakhir di Kamboja</translation>
    </message>
    <message>
      <source>Where the person last lived, not where they were held</source>
      <translation>Tempat tinggal terakhir, bukan tempat orang ini ditahan</translation>
    </message>
    <message>
      <source>Next of kin</source>
      <translation>Keluarga terdekat</translation>
    </message>
    <message>
      <source>Next of kin name</source>
      <translation>Nama keluarga terdekat</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Hubungan</translation>
    </message>
    <message>
      <source>e.g. mother, brother</source>
      <translation>mis. ibu, kakak laki-laki</translation>
    </message>
    <message>
      <source>Next of kin phone</source>
      <translation>Telepon keluarga terdekat</translation>
    </message>
    <message>
      <source>Safe to contact</source>
      <translation>Aman untuk dihubungi</translation>
    </message>
    <message>
      <source>Shelter stay</source>
      <translation>Tinggal di rumah aman</translation>
    </message>
    <message>
      <source>Admitted</source>
      <translation>Diterima</translation>
    </message>
    <message>
      <source>Admission date</source>
      <translation>Tanggal diterima</translation>
    </message>
    <message>
      <source>Discharged</source>
      <translation>Keluar</translation>
    </message>
    <message>
      <source>Discharge date</source>
      <translation>Tanggal keluar</translation>
    </message>
    <message>
      <source>Discharged to</source>
      <translation>Keluar ke</translation>
    </message>
    <message>
      <source>Discharge destination</source>
      <translation>Tujuan setelah keluar</translation>
    </message>
    <message>
      <source>Where the person goes, e.g. home town after repatriation</source>
      <translation>Ke mana orang ini pergi, mis. kampung halaman setelah pemulangan</translation>
    </message>
    <message>
      <source>Health (share only with consent)</source>
      <translation>Kesehatan (bagikan hanya dengan persetujuan)</translation>
    </message>
    <message>
      <source>Fit to fly</source>
      <translation>Layak terbang</translation>
    </message>
    <message>
      <source>As the doctor stated it, with date and name</source>
      <translation>Sesuai pernyataan dokter, dengan tanggal dan nama</translation>
    </message>
    <message>
      <source>Medical notes</source>
      <translation>Catatan medis</translation>
    </message>
    <message>
      <source>Only what the person agreed may be shared in letters</source>
      <translation>Hanya yang disetujui orang ini boleh dibagikan dalam surat</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>There is no column “{header}” in the file.</source>
      <translation>Tidak ada kolom “{header}” dalam berkas.</translation>
    </message>
    <message>
      <source>Choose a .xlsx or .csv file.</source>
      <translation>Pilih berkas .xlsx atau .csv.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Berkas ini kosong.</translation>
    </message>
    <message>
      <source>The file has more than {limit} rows; split it and import each part.</source>
      <translation>Berkas ini memiliki lebih dari {limit} baris; bagi berkas dan impor setiap bagian.</translation>
    </message>
    <message>
      <source>The mapping file needs a [columns] table of "Header" = "field".</source>
      <translation>Berkas pemetaan memerlukan tabel [columns] berisi "Header" = "field".</translation>
    </message>
    <message>
      <source>This CSV file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8” and try again.</source>
      <translation>Berkas CSV ini bukan teks UTF-8. Simpan dari lembar kerja sebagai “CSV UTF-8”, lalu coba lagi.</translation>
    </message>
    <message>
      <source>This file cannot be read as an Excel workbook (.xlsx).</source>
      <translation>Berkas ini tidak dapat dibaca sebagai buku kerja Excel (.xlsx).</translation>
    </message>
    <message>
      <source>There is no sheet “{sheet}”. The sheets are: {sheets}.</source>
      <translation>Tidak ada lembar “{sheet}”. Lembar yang ada: {sheets}.</translation>
    </message>
    <message>
      <source>The file cannot be read: {why}.</source>
      <translation>Berkas tidak dapat dibaca: {why}.</translation>
    </message>
    <message>
      <source>The mapping file cannot be read: {why}</source>
      <translation>Berkas pemetaan tidak dapat dibaca: {why}</translation>
    </message>
    <message>
      <source>“{name}” is not a field. Use one of: {fields} (or {ignore}).</source>
      <translation>“{name}” bukan isian. Pakai salah satu dari: {fields} (atau {ignore}).</translation>
    </message>
    <message>
      <source>No column is mapped to a field. Map at least the name and nationality columns.</source>
      <translation>Belum ada kolom yang dipetakan ke isian. Petakan setidaknya kolom nama dan kewarganegaraan.</translation>
    </message>
    <message>
      <source>Problems found in the file: {count}; nothing was imported. Correct them and import again.</source>
      <translation>Masalah dalam berkas: {count}; tidak ada yang diimpor. Perbaiki, lalu impor lagi.</translation>
    </message>
    <message>
      <source>A CSV file has no sheets; leave out --sheet.</source>
      <translation>Berkas CSV tidak memiliki lembar; hilangkan --sheet.</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was imported.</source>
      <translation>Impor dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
      <source>row {row}</source>
      <translation>baris {row}</translation>
    </message>
    <message>
      <source>“{value}” is not a date. Write it as YYYY-MM-DD or DD/MM/YYYY, e.g. 2026-03-14.</source>
      <translation>“{value}” bukan tanggal. Tulis sebagai YYYY-MM-DD atau DD/MM/YYYY, misalnya 2026-03-14.</translation>
    </message>
    <message>
      <source>not a case field (the fields are: {fields})</source>
      <translation>bukan isian kasus (isian yang ada: {fields})</translation>
    </message>
    <message>
      <source>“{value}” is not a sex. Use female, male, intersex or unknown (or F, M, P, L).</source>
      <translation>“{value}” bukan jenis kelamin. Pakai female, male, intersex atau unknown (atau F, M, P, L).</translation>
    </message>
    <message>
      <source>“{value}” is not a passport status. Use one of: {choices}.</source>
      <translation>“{value}” bukan status paspor. Pakai salah satu dari: {choices}.</translation>
    </message>
    <message>
      <source>“{value}” is not an age in years.</source>
      <translation>“{value}” bukan usia dalam tahun.</translation>
    </message>
    <message>
      <source>“{value}” is not a case status. Use one of: {choices}.</source>
      <translation>“{value}” bukan status kasus. Pakai salah satu dari: {choices}.</translation>
    </message>
    <message>
      <source>“{value}” is not yes or no.</source>
      <translation>“{value}” bukan ya atau tidak.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Import a register from a spreadsheet</source>
      <translation>Impor daftar dari lembar kerja</translation>
    </message>
    <message>
      <source>Choose the spreadsheet to import</source>
      <translation>Pilih lembar kerja yang akan diimpor</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.csv)</source>
      <translation>Lembar kerja (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>No file chosen.</source>
      <translation>Belum ada berkas yang dipilih.</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Pilih berkas…</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Lembar</translation>
    </message>
    <message>
      <source>Which field each column fills</source>
      <translation>Isian yang diisi tiap kolom</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Kolom di berkas</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>Contoh</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Isian</translation>
    </message>
    <message>
      <source>The first rows as they will be stored</source>
      <translation>Baris pertama seperti yang akan disimpan</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Baris</translation>
    </message>
    <message>
      <source>Problems and likely duplicates</source>
      <translation>Masalah dan kemungkinan duplikat</translation>
    </message>
    <message>
      <source>Also import the likely duplicates</source>
      <translation>Impor juga yang kemungkinan duplikat</translation>
    </message>
    <message>
      <source>Check the rows</source>
      <translation>Periksa baris</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Impor</translation>
    </message>
    <message>
      <source>Columns are matched to fields from their headers; correct any that are wrong. Nothing is imported until every row is correct, and then all rows are imported together.</source>
      <translation>Kolom dicocokkan dengan isian berdasarkan judulnya; perbaiki yang salah. Tidak ada yang diimpor sampai semua baris benar, lalu semua baris diimpor sekaligus.</translation>
    </message>
    <message>
      <source>Preview: the first rows as they will be stored</source>
      <translation>Pratinjau: baris pertama seperti yang akan disimpan</translation>
    </message>
    <message>
      <source>(column {n})</source>
      <translation>(kolom {n})</translation>
    </message>
    <message>
      <source>Field for column {name}</source>
      <translation>Isian untuk kolom {name}</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— tidak diimpor —</translation>
    </message>
    <message>
      <source>Each field can be filled from one column only: {fields}.</source>
      <translation>Setiap isian hanya dapat diisi dari satu kolom: {fields}.</translation>
    </message>
    <message>
      <source>The mapping changed: check the rows again.</source>
      <translation>Pemetaan berubah: periksa baris lagi.</translation>
    </message>
    <message>
      <source>Checking the rows…</source>
      <translation>Memeriksa baris…</translation>
    </message>
    <message>
      <source>Checking cancelled; nothing was imported.</source>
      <translation>Pemeriksaan dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
      <source>Row {row}, {column}: {message}</source>
      <translation>Baris {row}, {column}: {message}</translation>
    </message>
    <message>
      <source>Row {row} may be the same person as {matches}</source>
      <translation>Baris {row} mungkin orang yang sama dengan {matches}</translation>
    </message>
    <message>
      <source>{rows} row(s) read; {errors} problem(s) to correct in the file before anything can be imported.</source>
      <translation>{rows} baris dibaca; {errors} masalah harus diperbaiki di berkas sebelum apa pun dapat diimpor.</translation>
    </message>
    <message>
      <source>{rows} row(s) read; {ready} will be imported; {duplicates} likely duplicate(s).</source>
      <translation>{rows} baris dibaca; {ready} akan diimpor; {duplicates} kemungkinan duplikat.</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Mengimpor…</translation>
    </message>
    <message>
      <source>{n} case(s) imported.</source>
      <translation>{n} kasus diimpor.</translation>
    </message>
  </context>
  <context>
    <name>IntakeDialog</name>
    <message>
      <source>Same document number</source>
      <translation>Nomor dokumen sama</translation>
    </message>
    <message>
      <source>Similar name, same date of birth</source>
      <translation>Nama mirip, tanggal lahir sama</translation>
    </message>
    <message>
      <source>Similar name, same nationality</source>
      <translation>Nama mirip, kewarganegaraan sama</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Kewarganegaraan</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Nomor</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Nama keluarga</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>Nama depan</translation>
    </message>
    <message>
      <source>Native script</source>
      <translation>Aksara asli</translation>
    </message>
    <message>
      <source>Name in native script</source>
      <translation>Nama dalam aksara asli</translation>
    </message>
    <message>
      <source>About the person</source>
      <translation>Tentang orang ini</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Jenis kelamin</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Tanggal lahir</translation>
    </message>
    <message>
      <source>Estimated age</source>
      <translation>Perkiraan usia</translation>
    </message>
    <message>
      <source>years</source>
      <translation>tahun</translation>
    </message>
    <message>
      <source>Date of birth or age is estimated</source>
      <translation>Tanggal lahir atau usia adalah perkiraan</translation>
    </message>
    <message>
      <source>Vulnerabilities</source>
      <translation>Kerentanan</translation>
    </message>
    <message>
      <source>Nationality and language</source>
      <translation>Kewarganegaraan dan bahasa</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Bahasa</translation>
    </message>
    <message>
      <source>Needs an interpreter</source>
      <translation>Memerlukan juru bahasa</translation>
    </message>
    <message>
      <source>Admission date</source>
      <translation>Tanggal diterima</translation>
    </message>
    <message>
      <source>Register a person</source>
      <translation>Daftarkan orang</translation>
    </message>
    <message>
      <source>As in the passport, Latin letters</source>
      <translation>Seperti di paspor, huruf Latin</translation>
    </message>
    <message>
      <source>e.g. 张伟, សុខ ដារ៉ា, محمد أحمد</source>
      <translation>mis. 张伟, សុខ ដារ៉ា, محمد أحمد</translation>
    </message>
    <message>
      <source>Passport number</source>
      <translation>Nomor paspor</translation>
    </message>
    <message>
      <source>Leave empty if not known</source>
      <translation>Kosongkan jika tidak diketahui</translation>
    </message>
    <message>
      <source>Passport status</source>
      <translation>Status paspor</translation>
    </message>
    <message>
      <source>Passport</source>
      <translation>Paspor</translation>
    </message>
    <message>
      <source>Situation</source>
      <translation>Situasi</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Daftarkan</translation>
    </message>
    <message>
      <source>this intake</source>
      <translation>formulir penerimaan ini</translation>
    </message>
    <message>
      <source>This person may already be registered. Check before saving.</source>
      <translation>Orang ini mungkin sudah terdaftar. Periksa sebelum menyimpan.</translation>
    </message>
    <message>
      <source>Open %1</source>
      <translation>Buka %1</translation>
    </message>
    <message>
      <source>This is a different person — register</source>
      <translation>Ini orang yang berbeda — daftarkan</translation>
    </message>
  </context>
  <context>
    <name>Integrity</name>
    <message>
      <source>Audit entries {first}–{last} are missing.</source>
      <translation>Entri audit {first}–{last} hilang.</translation>
    </message>
    <message>
      <source>Audit entry {seq} was altered, removed or moved.</source>
      <translation>Entri audit {seq} diubah, dihapus, atau dipindahkan.</translation>
    </message>
    <message>
      <source>The vault is older than its last known state (audit entry {seq} is missing): it may have been rolled back to an earlier copy.</source>
      <translation>Brankas data lebih lama daripada keadaan terakhir yang diketahui (entri audit {seq} hilang): mungkin telah dikembalikan ke salinan sebelumnya.</translation>
    </message>
    <message>
      <source>The audit log does not match its last known state.</source>
      <translation>Log audit tidak cocok dengan keadaan terakhir yang diketahui.</translation>
    </message>
    <message>
      <source>Database pages that fail authentication (damaged or altered): {count}.</source>
      <translation>Halaman basis data yang gagal autentikasi (rusak atau diubah): {count}.</translation>
    </message>
    <message>
      <source>The database structure is damaged: {findings}</source>
      <translation>Struktur basis data rusak: {findings}</translation>
    </message>
    <message>
      <source>Records that point to records that no longer exist: {count}.</source>
      <translation>Catatan yang merujuk ke catatan yang sudah tidak ada: {count}.</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Administrator</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>Coordinator</source>
      <translation>Koordinator</translation>
    </message>
    <message>
      <source>Case worker</source>
      <translation>Petugas kasus</translation>
    </message>
    <message>
      <source>Read only</source>
      <translation>Hanya baca</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Perempuan</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Laki-laki</translation>
    </message>
    <message>
      <source>Intersex</source>
      <translation>Interseks</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Tidak diketahui</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Penerimaan</translation>
    </message>
    <message>
      <source>Sheltered</source>
      <translation>Ditampung</translation>
    </message>
    <message>
      <source>Awaiting repatriation</source>
      <translation>Akan pulang</translation>
    </message>
    <message>
      <source>Repatriated</source>
      <translation>Dipulangkan</translation>
    </message>
    <message>
      <source>Transferred</source>
      <translation>Dipindahkan</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Sudah pergi</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Ditutup</translation>
    </message>
    <message>
      <source>Passport</source>
      <translation>Paspor</translation>
    </message>
    <message>
      <source>National ID card</source>
      <translation>Kartu identitas nasional</translation>
    </message>
    <message>
      <source>Travel document</source>
      <translation>Dokumen perjalanan</translation>
    </message>
    <message>
      <source>Birth certificate</source>
      <translation>Akta kelahiran</translation>
    </message>
    <message>
      <source>Work permit</source>
      <translation>Izin kerja</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Lainnya</translation>
    </message>
    <message>
      <source>In hand</source>
      <translation>Dipegang sendiri</translation>
    </message>
    <message>
      <source>Held by employer or syndicate</source>
      <translation>Ditahan majikan atau sindikat</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>Hilang</translation>
    </message>
    <message>
      <source>With police</source>
      <translation>Di polisi</translation>
    </message>
    <message>
      <source>Copy only</source>
      <translation>Hanya salinan</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Tidak ada</translation>
    </message>
    <message>
      <source>Not needed</source>
      <translation>Tidak diperlukan</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Belum dimulai</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>Diminta</translation>
    </message>
    <message>
      <source>Interviewed</source>
      <translation>Sudah diwawancarai</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Diterbitkan</translation>
    </message>
    <message>
      <source>Collected</source>
      <translation>Sudah diambil</translation>
    </message>
    <message>
      <source>Applied</source>
      <translation>Sudah diajukan</translation>
    </message>
    <message>
      <source>Fine waiver requested</source>
      <translation>Pembebasan denda diminta</translation>
    </message>
    <message>
      <source>Granted</source>
      <translation>Dikabulkan</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Ditolak</translation>
    </message>
    <message>
      <source>Forced criminality (online scams)</source>
      <translation>Kriminalitas paksa (penipuan daring)</translation>
    </message>
    <message>
      <source>Forced labour</source>
      <translation>Kerja paksa</translation>
    </message>
    <message>
      <source>Sexual exploitation</source>
      <translation>Eksploitasi seksual</translation>
    </message>
    <message>
      <source>Domestic servitude</source>
      <translation>Perbudakan rumah tangga</translation>
    </message>
    <message>
      <source>Debt bondage</source>
      <translation>Jeratan utang</translation>
    </message>
    <message>
      <source>Forced marriage</source>
      <translation>Kawin paksa</translation>
    </message>
    <message>
      <source>Deception about the job</source>
      <translation>Penipuan tentang pekerjaan</translation>
    </message>
    <message>
      <source>Restriction of movement</source>
      <translation>Pembatasan gerak</translation>
    </message>
    <message>
      <source>Isolation</source>
      <translation>Isolasi</translation>
    </message>
    <message>
      <source>Physical violence</source>
      <translation>Kekerasan fisik</translation>
    </message>
    <message>
      <source>Intimidation and threats</source>
      <translation>Intimidasi dan ancaman</translation>
    </message>
    <message>
      <source>Retention of identity documents</source>
      <translation>Penahanan dokumen identitas</translation>
    </message>
    <message>
      <source>Withholding of wages</source>
      <translation>Penahanan upah</translation>
    </message>
    <message>
      <source>Abusive working and living conditions</source>
      <translation>Kondisi kerja dan hidup yang tidak layak</translation>
    </message>
    <message>
      <source>Excessive overtime</source>
      <translation>Lembur berlebihan</translation>
    </message>
    <message>
      <source>Abuse of vulnerability</source>
      <translation>Penyalahgunaan kerentanan</translation>
    </message>
    <message>
      <source>Minor</source>
      <translation>Anak di bawah umur</translation>
    </message>
    <message>
      <source>Pregnant</source>
      <translation>Hamil</translation>
    </message>
    <message>
      <source>Injured</source>
      <translation>Terluka</translation>
    </message>
    <message>
      <source>Disability</source>
      <translation>Disabilitas</translation>
    </message>
    <message>
      <source>Embassy</source>
      <translation>Kedutaan</translation>
    </message>
    <message>
      <source>Anti-trafficking agency</source>
      <translation>Lembaga antiperdagangan orang</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>Polisi</translation>
    </message>
    <message>
      <source>Service provider</source>
      <translation>Penyedia layanan</translation>
    </message>
    <message>
      <source>Anonymised statistics</source>
      <translation>Statistik anonim</translation>
    </message>
    <message>
      <source>Transfer to another shelter</source>
      <translation>Pemindahan ke rumah aman lain</translation>
    </message>
    <message>
      <source>Shelter</source>
      <translation>Rumah aman</translation>
    </message>
    <message>
      <source>Food</source>
      <translation>Makanan</translation>
    </message>
    <message>
      <source>Medical</source>
      <translation>Medis</translation>
    </message>
    <message>
      <source>Psychosocial</source>
      <translation>Psikososial</translation>
    </message>
    <message>
      <source>Legal</source>
      <translation>Hukum</translation>
    </message>
    <message>
      <source>Repatriation</source>
      <translation>Pemulangan</translation>
    </message>
    <message>
      <source>Family contact</source>
      <translation>Kontak keluarga</translation>
    </message>
    <message>
      <source>Immigration fine waiver</source>
      <translation>Pembebasan denda imigrasi</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Uang tunai</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>Penerjemahan lisan</translation>
    </message>
    <message>
      <source>Protection</source>
      <translation>Perlindungan</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Rendah</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Biasa</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Tinggi</translation>
    </message>
    <message>
      <source>Urgent (72 h)</source>
      <translation>Mendesak (72 jam)</translation>
    </message>
    <message>
      <source>Emergency (24 h)</source>
      <translation>Darurat (24 jam)</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Terbuka</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Sedang dikerjakan</translation>
    </message>
    <message>
      <source>On hold</source>
      <translation>Ditunda</translation>
    </message>
    <message>
      <source>Met</source>
      <translation>Terpenuhi</translation>
    </message>
    <message>
      <source>Cannot be met</source>
      <translation>Tidak dapat dipenuhi</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Draf</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Terkirim</translation>
    </message>
    <message>
      <source>Acknowledged</source>
      <translation>Diterima lembaga</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Disetujui</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Ditolak lembaga</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Selesai</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Ditarik</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>Mendesak</translation>
    </message>
    <message>
      <source>No document</source>
      <translation>Tanpa dokumen</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Buka lagi</translation>
    </message>
    <message>
      <source>Start work</source>
      <translation>Mulai kerjakan</translation>
    </message>
    <message>
      <source>Put on hold</source>
      <translation>Tunda</translation>
    </message>
    <message>
      <source>Mark met</source>
      <translation>Tandai terpenuhi</translation>
    </message>
    <message>
      <source>Mark sent</source>
      <translation>Tandai terkirim</translation>
    </message>
    <message>
      <source>Mark acknowledged</source>
      <translation>Tandai diterima lembaga</translation>
    </message>
    <message>
      <source>Mark accepted</source>
      <translation>Tandai disetujui</translation>
    </message>
    <message>
      <source>Mark declined</source>
      <translation>Tandai ditolak</translation>
    </message>
    <message>
      <source>Mark completed</source>
      <translation>Tandai selesai</translation>
    </message>
    <message>
      <source>Withdraw</source>
      <translation>Tarik</translation>
    </message>
  </context>
  <context>
    <name>LanguageDialog</name>
    <message>
      <source>Choose the language of ShelterDesk</source>
      <translation>Pilih bahasa ShelterDesk</translation>
    </message>
    <message>
      <source>Language of the program</source>
      <translation>Bahasa program</translation>
    </message>
  </context>
  <context>
    <name>LetterDialog</name>
    <message>
      <source>English only</source>
      <translation>Hanya bahasa Inggris</translation>
    </message>
    <message>
      <source>English and {language}</source>
      <translation>Bahasa Inggris dan {language}</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Surat</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Penerima</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Bahasa</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Isian</translation>
    </message>
    <message>
      <source>Referral letter</source>
      <translation>Surat rujukan</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>Tanpa foto</translation>
    </message>
    <message>
      <source>What will be printed</source>
      <translation>Yang akan dicetak</translation>
    </message>
    <message>
      <source>Why this letter must go without consent (kept in the register)</source>
      <translation>Mengapa surat ini harus dikirim tanpa persetujuan (dicatat dalam daftar)</translation>
    </message>
    <message>
      <source>Override (coordinators and administrators):</source>
      <translation>Pengecualian (koordinator dan administrator):</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Foto</translation>
    </message>
    <message>
      <source>Letter for case {case}</source>
      <translation>Surat untuk kasus {case}</translation>
    </message>
    <message>
      <source>Fields to disclose (only those the person's consent allows can be ticked):</source>
      <translation>Isian yang diungkapkan (hanya yang diizinkan persetujuan orang ini dapat dicentang):</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Cetak…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
      <source>Printed or saved letters are plaintext; each one is recorded.</source>
      <translation>Surat yang dicetak atau disimpan tidak terenkripsi; setiap surat dicatat.</translation>
    </message>
    <message>
      <source>Only coordinators and administrators can issue letters. Ask one of them to prepare this letter.</source>
      <translation>Hanya koordinator dan administrator yang dapat menerbitkan surat. Minta salah satu dari mereka menyiapkan surat ini.</translation>
    </message>
    <message>
      <source>Consent for this kind of recipient does not allow this field.</source>
      <translation>Persetujuan untuk jenis penerima ini tidak mengizinkan isian ini.</translation>
    </message>
    <message>
      <source>Consent given on {date}</source>
      <translation>Persetujuan diberikan pada {date}</translation>
    </message>
    <message>
      <source> (interpreter: {name})</source>
      <translation> (juru bahasa: {name})</translation>
    </message>
    <message>
      <source>No valid consent for this kind of recipient (none recorded, withdrawn or expired). Record the person's consent in the case file, or write an override reason below; it is kept in the disclosure register.</source>
      <translation>Tidak ada persetujuan sah untuk jenis penerima ini (belum dicatat, ditarik, atau kedaluwarsa). Catat persetujuan orang ini di berkas kasus, atau tulis alasan pengecualian di bawah; alasan itu disimpan dalam daftar pengungkapan.</translation>
    </message>
    <message>
      <source>Mark the referral as sent?</source>
      <translation>Tandai rujukan sebagai terkirim?</translation>
    </message>
    <message>
      <source>The letter for referral {reference} is issued. Mark the referral as Sent, so its follow-up date counts from today?</source>
      <translation>Surat untuk rujukan {reference} sudah diterbitkan. Tandai rujukan sebagai Terkirim, agar tanggal tindak lanjutnya dihitung dari hari ini?</translation>
    </message>
    <message>
      <source>Mark as sent</source>
      <translation>Tandai terkirim</translation>
    </message>
    <message>
      <source>Keep as draft</source>
      <translation>Biarkan sebagai draf</translation>
    </message>
  </context>
  <context>
    <name>Letters</name>
    <message>
      <source>no shipped font can print these characters: {characters}</source>
      <translation>tidak ada fon bawaan yang dapat mencetak karakter ini: {characters}</translation>
    </message>
    <message>
      <source>the shelter logo is not a readable image</source>
      <translation>logo rumah aman bukan gambar yang dapat dibaca</translation>
    </message>
    <message>
      <source>The report has no wording in “{language}” yet; choose one of {languages}.</source>
      <translation>Laporan belum memiliki teks dalam “{language}”; pilih salah satu dari {languages}.</translation>
    </message>
    <message>
      <source>Some characters cannot be printed with the fonts ShelterDesk ships ({characters}), for example an emoji. Edit those fields (remove the symbol, or transliterate the name) and try again; nothing was printed.</source>
      <translation>Beberapa karakter tidak dapat dicetak dengan huruf yang disertakan ShelterDesk ({characters}), misalnya emoji. Ubah isian itu (hapus simbolnya, atau tulis nama dengan huruf Latin) lalu coba lagi; tidak ada yang dicetak.</translation>
    </message>
    <message>
      <source>A photo goes only on a letter to an embassy, and only with the person's valid embassy consent (an override does not cover a photo).</source>
      <translation>Foto hanya boleh ada di surat untuk kedutaan, dan hanya dengan persetujuan kedutaan yang berlaku dari orang tersebut (pengesampingan tidak berlaku untuk foto).</translation>
    </message>
    <message>
      <source>No letter was issued, so there is nothing to combine.</source>
      <translation>Tidak ada surat yang diterbitkan, jadi tidak ada yang digabungkan.</translation>
    </message>
    <message>
      <source>There is no such field: {unknown}. The fields are: {fields}.</source>
      <translation>Isian ini tidak ada: {unknown}. Isian yang ada: {fields}.</translation>
    </message>
    <message>
      <source>Nothing is recorded for this person in: {fields}. Fill it in on the case file first, or leave the field out of the letter.</source>
      <translation>Belum ada data untuk orang ini di: {fields}. Isi dulu di berkas kasus, atau jangan masukkan isian itu ke surat.</translation>
    </message>
    <message>
      <source>The directory has no postal address for {agency}, so the letter will carry only its name. Add the address under Agencies if the letter is to be posted or delivered.</source>
      <translation>Direktori tidak memiliki alamat pos untuk {agency}, jadi surat hanya memuat namanya. Tambahkan alamat di Lembaga jika surat akan dikirim atau diantar.</translation>
    </message>
    <message>
      <source>The shelter profile has no address or no phone or email, so the letterhead will not say how to reach the shelter. An administrator can add them in the shelter profile.</source>
      <translation>Profil rumah aman tidak memiliki alamat, atau tidak memiliki telepon atau email, jadi kop surat tidak menunjukkan cara menghubungi rumah aman. Administrator dapat menambahkannya di profil rumah aman.</translation>
    </message>
    <message>
      <source>There is no valid {kind} consent for this person (none recorded, withdrawn or expired), so no letter can go to this recipient. Record their consent, or (coordinators and administrators) override with a written reason, which is kept in the disclosure register.</source>
      <translation>Tidak ada persetujuan {kind} yang berlaku untuk orang ini (belum dicatat, ditarik, atau kedaluwarsa), jadi tidak ada surat yang boleh dikirim ke penerima ini. Catat persetujuannya, atau (koordinator dan administrator) kesampingkan dengan alasan tertulis, yang disimpan dalam daftar pengungkapan.</translation>
    </message>
    <message>
      <source>There is no letter template “{template}”.</source>
      <translation>Tidak ada templat surat “{template}”.</translation>
    </message>
    <message>
      <source>The letter could not be made: {why}</source>
      <translation>Surat tidak dapat dibuat: {why}</translation>
    </message>
    <message>
      <source>Choose a photo or image scan stored with this person's case.</source>
      <translation>Pilih foto atau pindaian gambar yang tersimpan di kasus orang ini.</translation>
    </message>
    <message>
      <source>The template “{template}” is for {wanted} recipients; this recipient is listed as {kind}.</source>
      <translation>Templat “{template}” untuk penerima {wanted}; penerima ini terdaftar sebagai {kind}.</translation>
    </message>
    <message>
      <source>This letter has no “{language}” translation (it has: {languages}).</source>
      <translation>Surat ini tidak memiliki terjemahan “{language}” (yang ada: {languages}).</translation>
    </message>
    <message>
      <source>{kind} consent does not cover: {fields}</source>
      <translation>Persetujuan {kind} tidak mencakup: {fields}</translation>
    </message>
    <message>
      <source>This letter has no disclosure record; it cannot be re-printed.</source>
      <translation>Surat ini tidak memiliki catatan pengungkapan; tidak dapat dicetak ulang.</translation>
    </message>
    <message>
      <source>The {kind} consent this letter relied on is no longer valid (withdrawn or expired). Record consent again, or override with a written reason.</source>
      <translation>Persetujuan {kind} yang menjadi dasar surat ini sudah tidak berlaku (ditarik atau kedaluwarsa). Catat persetujuan lagi, atau kesampingkan dengan alasan tertulis.</translation>
    </message>
    <message>
      <source>Choose the {kind} the letters go to; only embassy letters find their recipient from the nationality.</source>
      <translation>Pilih {kind} tujuan surat; hanya surat kedutaan yang menemukan penerimanya dari kewarganegaraan.</translation>
    </message>
    <message>
      <source>no embassy in the directory serves this nationality</source>
      <translation>tidak ada kedutaan di direktori yang melayani kewarganegaraan ini</translation>
    </message>
    <message>
      <source>A {wanted} letter cannot go to this recipient, which is listed as {kind}.</source>
      <translation>Surat untuk {wanted} tidak dapat dikirim ke penerima ini, yang terdaftar sebagai {kind}.</translation>
    </message>
    <message>
      <source>This referral is for another case or agency.</source>
      <translation>Rujukan ini untuk kasus atau lembaga lain.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Make a new recovery kit</source>
      <translation>Buat kit pemulihan baru</translation>
    </message>
    <message>
      <source>Your new passphrase is saved. The recovery code has now been used and typed on this computer: print a new recovery kit (Staff &amp; audit → Print recovery kit…), lock it away, and destroy the old page.</source>
      <translation>Frasa sandi baru Anda tersimpan. Kode pemulihan sudah dipakai dan diketik di komputer ini: cetak kit pemulihan baru (Staf &amp; audit → Cetak kit pemulihan…), simpan terkunci, dan musnahkan halaman lama.</translation>
    </message>
    <message>
      <source>Go to Staff &amp;&amp; audit</source>
      <translation>Ke Staf dan audit</translation>
    </message>
  </context>
  <context>
    <name>Needs</name>
    <message>
      <source>This need has not been added yet; add it first.</source>
      <translation>Kebutuhan ini belum ditambahkan; tambahkan dulu.</translation>
    </message>
    <message>
      <source>Choose a category and a priority from the lists.</source>
      <translation>Pilih kategori dan prioritas dari daftar.</translation>
    </message>
    <message>
      <source>“{status}” is not a need status.</source>
      <translation>“{status}” bukan status kebutuhan.</translation>
    </message>
  </context>
  <context>
    <name>NeedsTab</name>
    <message>
      <source>Saved.</source>
      <translation>Tersimpan.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>Kebutuhan</translation>
    </message>
    <message>
      <source>Nobody yet</source>
      <translation>Belum ada</translation>
    </message>
    <message>
      <source>Add a need</source>
      <translation>Tambah kebutuhan</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Prioritas</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Uraian</translation>
    </message>
    <message>
      <source>What exactly is needed</source>
      <translation>Apa tepatnya yang dibutuhkan</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Penanggung jawab</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Tenggat</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Tenggat</translation>
    </message>
    <message>
      <source>Save need</source>
      <translation>Simpan kebutuhan</translation>
    </message>
    <message>
      <source>Cancel adding</source>
      <translation>Batal menambah</translation>
    </message>
    <message>
      <source>New need</source>
      <translation>Kebutuhan baru</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Hasil</translation>
    </message>
    <message>
      <source>What was done, what came of it</source>
      <translation>Apa yang dilakukan, apa hasilnya</translation>
    </message>
    <message>
      <source>Save changes to this need</source>
      <translation>Simpan perubahan pada kebutuhan ini</translation>
    </message>
  </context>
  <context>
    <name>NotesTab</name>
    <message>
      <source>Notes</source>
      <translation>Catatan</translation>
    </message>
    <message>
      <source>Case notes</source>
      <translation>Catatan kasus</translation>
    </message>
    <message>
      <source>Notes about this case. Kept encrypted in the vault.</source>
      <translation>Catatan tentang kasus ini. Disimpan terenkripsi di brankas data.</translation>
    </message>
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <source>Straight rows of keys are easy to guess.</source>
      <translation>Deretan tombol yang lurus mudah ditebak.</translation>
    </message>
    <message>
      <source>Short keyboard patterns are easy to guess.</source>
      <translation>Pola papan ketik yang pendek mudah ditebak.</translation>
    </message>
    <message>
      <source>Repeats like "aaa" are easy to guess.</source>
      <translation>Pengulangan seperti "aaa" mudah ditebak.</translation>
    </message>
    <message>
      <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
      <translation>Pengulangan seperti "abcabcabc" hanya sedikit lebih sulit ditebak daripada "abc".</translation>
    </message>
    <message>
      <source>Sequences like "abc" or "6543" are easy to guess.</source>
      <translation>Urutan seperti "abc" atau "6543" mudah ditebak.</translation>
    </message>
    <message>
      <source>Recent years are easy to guess.</source>
      <translation>Tahun-tahun terakhir mudah ditebak.</translation>
    </message>
    <message>
      <source>Dates are often easy to guess.</source>
      <translation>Tanggal sering mudah ditebak.</translation>
    </message>
    <message>
      <source>This is a top-10 common password.</source>
      <translation>Ini termasuk 10 kata sandi paling umum.</translation>
    </message>
    <message>
      <source>This is a top-100 common password.</source>
      <translation>Ini termasuk 100 kata sandi paling umum.</translation>
    </message>
    <message>
      <source>This is a very common password.</source>
      <translation>Ini kata sandi yang sangat umum.</translation>
    </message>
    <message>
      <source>This is similar to a commonly used password.</source>
      <translation>Ini mirip kata sandi yang umum dipakai.</translation>
    </message>
    <message>
      <source>A word by itself is easy to guess.</source>
      <translation>Satu kata saja mudah ditebak.</translation>
    </message>
    <message>
      <source>Names and surnames by themselves are easy to guess.</source>
      <translation>Nama depan dan nama keluarga saja mudah ditebak.</translation>
    </message>
    <message>
      <source>Common names and surnames are easy to guess.</source>
      <translation>Nama depan dan nama keluarga yang umum mudah ditebak.</translation>
    </message>
    <message>
      <source>Use at least {count} characters; a few unrelated words work well.</source>
      <translation>Gunakan setidaknya {count} karakter; beberapa kata yang tidak berkaitan cocok dipakai.</translation>
    </message>
    <message>
      <source>It is too easy to guess.</source>
      <translation>Terlalu mudah ditebak.</translation>
    </message>
    <message>
      <source>{hint} Add another unusual word or two.</source>
      <translation>{hint} Tambahkan satu atau dua kata lain yang tidak biasa.</translation>
    </message>
    <message>
      <source>Strong enough.</source>
      <translation>Cukup kuat.</translation>
    </message>
    <message>
      <source>Strong.</source>
      <translation>Kuat.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseField</name>
    <message>
      <source>New passphrase</source>
      <translation>Frasa sandi baru</translation>
    </message>
    <message>
      <source>Passphrase strength</source>
      <translation>Kekuatan frasa sandi</translation>
    </message>
    <message>
      <source>Minimum: {n} characters and rated “strong enough”. A few unrelated words are easy to remember and hard to guess.</source>
      <translation>Minimal: {n} karakter dan dinilai “cukup kuat”. Beberapa kata yang tidak berhubungan mudah diingat dan sulit ditebak.</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Perkecil</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Perbesar</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Pas lebar</translation>
    </message>
    <message>
      <source>Fit the page to the width</source>
      <translation>Sesuaikan halaman dengan lebar</translation>
    </message>
    <message>
      <source>fitted to width</source>
      <translation>pas lebar</translation>
    </message>
    <message>
      <source>The saved PDF is NOT encrypted: anyone who can open the file can read everything in the letter.</source>
      <translation>PDF yang disimpan TIDAK terenkripsi: siapa pun yang dapat membuka berkasnya dapat membaca seluruh isi surat.</translation>
    </message>
    <message>
      <source>The saved PDFs are NOT encrypted: anyone who can open the files can read everything in the letters.</source>
      <translation>PDF yang disimpan TIDAK terenkripsi: siapa pun yang dapat membuka berkasnya dapat membaca seluruh isi surat.</translation>
    </message>
    <message>
      <source>Saved letters are not encrypted</source>
      <translation>Surat yang disimpan tidak terenkripsi</translation>
    </message>
    <message>
      <source>The letter stays in the vault and the disclosure is recorded. Save it only to a place you control, and delete it once it has been sent.</source>
      <translation>Surat tetap di brankas data dan pengungkapannya dicatat. Simpan hanya di tempat yang Anda kendalikan, dan hapus setelah surat dikirim.</translation>
    </message>
    <message>
      <source>Save letter as PDF</source>
      <translation>Simpan surat sebagai PDF</translation>
    </message>
    <message>
      <source>Folder for the letters</source>
      <translation>Folder untuk surat</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>The file could not be written ({reason}). The letter is kept in the vault.</source>
      <translation>Berkas tidak dapat ditulis ({reason}). Surat tetap tersimpan di brankas.</translation>
    </message>
    <message>
      <source>The printer did not take the letter. Check that it is switched on and try again; the letter is kept in the vault.</source>
      <translation>Printer tidak menerima surat. Periksa apakah printer menyala lalu coba lagi; surat tetap tersimpan di brankas.</translation>
    </message>
    <message>
      <source>The printer could not be started. The letter is kept in the vault.</source>
      <translation>Printer tidak dapat dimulai. Surat tetap tersimpan di brankas.</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>Pilih Se&amp;mua</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Naikkan</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>Tu&amp;runkan</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Look in:</source>
      <translation>Cari di:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Jenis berkas:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Buka</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Simpan</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Buka</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Simpan Sebagai</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Pilih</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Kembali</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Maju</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Folder Induk</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Buat Folder Baru</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Tampilan Daftar</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Tampilan Rincian</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Folder Baru</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Folder Baru</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Hapus</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Kembali</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Maju</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Ke folder induk</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Buat folder baru</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Ganti ke tampilan daftar</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Ganti ke tampilan rincian</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Tempat Terakhir</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Komputer Saya</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Folder:</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Semua Berkas (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Semua berkas (*)</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 sudah ada.
Apakah Anda ingin menggantinya?</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkas sudah benar.</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Folder tidak ditemukan.
Periksa apakah nama folder sudah benar.</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Yakin ingin menghapus '%1'?</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Folder tidak dapat dihapus.</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Bilah samping</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Daftar tempat dan markah</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Berkas</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Folder</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Folder Berkas</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>Berkas %1</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Berkas</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Tidak diketahui</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Drive</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Pintasan</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Alias</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ukuran</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Tanggal Diubah</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Urungkan</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Ulan&amp;gi</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Potong</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Salin</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Tempel</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Pilih Semua</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Tampilkan Rincian...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Sembunyikan Rincian...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Simpan Semua</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Buka</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ya</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Tidak</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Tidak untuk Se&amp;mua</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Hentikan</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Coba Lagi</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Abaikan</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Buang</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Bantuan</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Terapkan</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Setel Ulang</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Kembalikan Bawaan</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Urungkan</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Ulan&amp;gi</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Potong</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Salin</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Tempel</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Pilih Semua</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Salin &amp;Lokasi Tautan</translation>
    </message>
  </context>
  <context>
    <name>Recipient kinds</name>
    <message>
      <source>embassy</source>
      <translation>kedutaan</translation>
    </message>
    <message>
      <source>agency</source>
      <translation>lembaga</translation>
    </message>
    <message>
      <source>police</source>
      <translation>polisi</translation>
    </message>
    <message>
      <source>provider</source>
      <translation>penyedia layanan</translation>
    </message>
  </context>
  <context>
    <name>Record fields</name>
    <message>
      <source>Family name</source>
      <translation>Nama keluarga</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>Nama depan</translation>
    </message>
    <message>
      <source>Name in native script</source>
      <translation>Nama dalam aksara asli</translation>
    </message>
    <message>
      <source>Other names used</source>
      <translation>Nama lain yang dipakai</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>Nama panggilan</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Kewarganegaraan</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Jenis kelamin</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Tanggal lahir</translation>
    </message>
    <message>
      <source>Estimated age</source>
      <translation>Perkiraan usia</translation>
    </message>
    <message>
      <source>Passport number</source>
      <translation>Nomor paspor</translation>
    </message>
    <message>
      <source>Passport status</source>
      <translation>Status paspor</translation>
    </message>
    <message>
      <source>National ID number</source>
      <translation>Nomor identitas nasional</translation>
    </message>
    <message>
      <source>Father's name</source>
      <translation>Nama ayah</translation>
    </message>
    <message>
      <source>Mother's name</source>
      <translation>Nama ibu</translation>
    </message>
    <message>
      <source>Last address in Cambodia</source>
      <translation>Alamat terakhir di Kamboja</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Bahasa</translation>
    </message>
    <message>
      <source>Interpreter needed</source>
      <translation>Perlu penerjemah</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telepon</translation>
    </message>
    <message>
      <source>Embassy case number</source>
      <translation>Nomor kasus kedutaan</translation>
    </message>
    <message>
      <source>Date of entry</source>
      <translation>Tanggal masuk negara</translation>
    </message>
    <message>
      <source>Admitted to the shelter</source>
      <translation>Masuk rumah aman</translation>
    </message>
    <message>
      <source>Case status</source>
      <translation>Status kasus</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Catatan</translation>
    </message>
  </context>
  <context>
    <name>Records</name>
    <message>
      <source>There is no agency number {number}.</source>
      <translation>Tidak ada lembaga nomor {number}.</translation>
    </message>
    <message>
      <source>There is no such attachment (it may have been removed).</source>
      <translation>Lampiran ini tidak ada (mungkin sudah dihapus).</translation>
    </message>
    <message>
      <source>There is no such consent.</source>
      <translation>Persetujuan ini tidak ada.</translation>
    </message>
    <message>
      <source>There is no such letter.</source>
      <translation>Surat ini tidak ada.</translation>
    </message>
    <message>
      <source>There is no need number {number}.</source>
      <translation>Tidak ada kebutuhan nomor {number}.</translation>
    </message>
    <message>
      <source>There is no such referral.</source>
      <translation>Rujukan ini tidak ada.</translation>
    </message>
    <message>
      <source>There is no referral {reference}.</source>
      <translation>Tidak ada rujukan {reference}.</translation>
    </message>
    <message>
      <source>There is no staff member “{username}”.</source>
      <translation>Tidak ada anggota staf “{username}”.</translation>
    </message>
    <message>
      <source>Someone else saved this case after you opened it. Reopen it to see their changes, then edit again.</source>
      <translation>Orang lain menyimpan kasus ini setelah Anda membukanya. Buka lagi untuk melihat perubahan mereka, lalu edit kembali.</translation>
    </message>
    <message>
      <source>There is no such case.</source>
      <translation>Kasus ini tidak ada.</translation>
    </message>
    <message>
      <source>There is no case {case_number}.</source>
      <translation>Tidak ada kasus {case_number}.</translation>
    </message>
    <message>
      <source>This case no longer exists.</source>
      <translation>Kasus ini sudah tidak ada.</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <source>Choose a file name in an existing folder for the recovery kit.</source>
      <translation>Pilih nama berkas di folder yang sudah ada untuk kit pemulihan.</translation>
    </message>
    <message>
      <source>Choose between 3 and 100 wrong attempts, or turn the setting off.</source>
      <translation>Pilih antara 3 dan 100 percobaan yang salah, atau matikan pengaturan ini.</translation>
    </message>
  </context>
  <context>
    <name>Referrals</name>
    <message>
      <source>There is no valid {kind} consent for this person. Record their consent first, or (coordinators) override with a written reason.</source>
      <translation>Tidak ada persetujuan {kind} yang berlaku untuk orang ini. Catat persetujuannya dulu, atau (koordinator) kesampingkan dengan alasan tertulis.</translation>
    </message>
    <message>
      <source>Choose emergency, urgent or normal.</source>
      <translation>Pilih darurat, mendesak, atau normal.</translation>
    </message>
    <message>
      <source>“{status}” is not a referral status.</source>
      <translation>“{status}” bukan status rujukan.</translation>
    </message>
    <message>
      <source>Need {need} belongs to another case.</source>
      <translation>Kebutuhan {need} milik kasus lain.</translation>
    </message>
  </context>
  <context>
    <name>ReferralsOverview</name>
    <message>
      <source>Agency kind</source>
      <translation>Jenis lembaga</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Tampilkan</translation>
    </message>
    <message>
      <source>Batch letters</source>
      <translation>Surat massal</translation>
    </message>
    <message>
      <source>All agencies</source>
      <translation>Semua lembaga</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Tindak lanjut</translation>
    </message>
    <message>
      <source>Any follow-up date</source>
      <translation>Semua tanggal</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>Hanya yang terlambat</translation>
    </message>
    <message>
      <source>Follow-up due this week</source>
      <translation>Jatuh tempo minggu ini</translation>
    </message>
    <message>
      <source>Referrals waiting on agencies</source>
      <translation>Rujukan yang menunggu lembaga</translation>
    </message>
    <message>
      <source>Batch letters…</source>
      <translation>Surat massal…</translation>
    </message>
    <message>
      <source>Letters for every open case that matches a filter, for example all Indonesians waiting for a travel document</source>
      <translation>Surat untuk setiap kasus terbuka yang cocok dengan filter, misalnya semua WNI yang menunggu dokumen perjalanan</translation>
    </message>
    <message>
      <source>Referrals sent and not yet answered or completed, longest waits first. Overdue follow-ups are highlighted. Open a referral to go to its case.</source>
      <translation>Rujukan yang sudah dikirim dan belum dijawab atau selesai, yang terlama menunggu lebih dulu. Tindak lanjut yang terlambat ditandai. Buka rujukan untuk menuju kasusnya.</translation>
    </message>
    <message numerus="yes">
      <source>%n referral(s) waiting</source>
      <translation>
        <numerusform>%n rujukan menunggu</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>on %n agency(s);</source>
      <translation>
        <numerusform>pada %n lembaga;</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue.</source>
      <translation>
        <numerusform>%n terlambat.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <source>Agency</source>
      <translation>Lembaga</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Rujukan</translation>
    </message>
    <message>
      <source>Record consent</source>
      <translation>Catat persetujuan</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Prioritas</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Hasil</translation>
    </message>
    <message>
      <source>Refer to an agency</source>
      <translation>Rujuk ke lembaga</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Alasan</translation>
    </message>
    <message>
      <source>Why this person is referred, what is asked</source>
      <translation>Mengapa orang ini dirujuk, apa yang diminta</translation>
    </message>
    <message>
      <source>Follow up by</source>
      <translation>Batas tindak lanjut</translation>
    </message>
    <message>
      <source>Empty: set from the priority</source>
      <translation>Kosong: ditentukan dari prioritas</translation>
    </message>
    <message>
      <source>For needs</source>
      <translation>Untuk kebutuhan</translation>
    </message>
    <message>
      <source>Reason for referring without consent</source>
      <translation>Alasan merujuk tanpa persetujuan</translation>
    </message>
    <message>
      <source>Why this cannot wait for consent (it is logged)</source>
      <translation>Mengapa ini tidak dapat menunggu persetujuan (dicatat di log)</translation>
    </message>
    <message>
      <source>Override with reason</source>
      <translation>Kesampingkan dengan alasan</translation>
    </message>
    <message>
      <source>Override reason</source>
      <translation>Alasan pengecualian</translation>
    </message>
    <message>
      <source>Create referral</source>
      <translation>Buat rujukan</translation>
    </message>
    <message>
      <source>Cancel referral</source>
      <translation>Batalkan rujukan</translation>
    </message>
    <message>
      <source>New referral</source>
      <translation>Rujukan baru</translation>
    </message>
    <message>
      <source>The agency's answer; saved with the next status change</source>
      <translation>Jawaban lembaga; disimpan bersama perubahan status berikutnya</translation>
    </message>
    <message>
      <source>Follow-up date</source>
      <translation>Tanggal tindak lanjut</translation>
    </message>
    <message>
      <source>Set follow-up date</source>
      <translation>Atur tanggal tindak lanjut</translation>
    </message>
    <message>
      <source>Prepare a letter…</source>
      <translation>Siapkan surat…</translation>
    </message>
    <message>
      <source>Prepare a letter</source>
      <translation>Siapkan surat</translation>
    </message>
    <message>
      <source>Sent without consent. Reason given: %1</source>
      <translation>Dikirim tanpa persetujuan. Alasan: %1</translation>
    </message>
    <message>
      <source>Linked needs</source>
      <translation>Kebutuhan terkait</translation>
    </message>
    <message>
      <source>No open needs</source>
      <translation>Tidak ada kebutuhan terbuka</translation>
    </message>
    <message>
      <source>Write why this referral cannot wait for consent.</source>
      <translation>Tulis mengapa rujukan ini tidak dapat menunggu persetujuan.</translation>
    </message>
    <message>
      <source>Follow-up date saved.</source>
      <translation>Tanggal tindak lanjut tersimpan.</translation>
    </message>
  </context>
  <context>
    <name>RegisterView</name>
    <message>
      <source>Register</source>
      <translation>Daftar</translation>
    </message>
    <message>
      <source>New intake</source>
      <translation>Penerimaan baru</translation>
    </message>
    <message>
      <source>Register a person who just arrived (Ctrl+N)</source>
      <translation>Daftarkan orang yang baru tiba (Ctrl+N)</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Ekspor…</translation>
    </message>
    <message>
      <source>Save the register, or the people this filter shows, as a spreadsheet</source>
      <translation>Simpan daftar, atau orang yang ditampilkan filter ini, sebagai lembar kerja</translation>
    </message>
    <message>
      <source>Export the register</source>
      <translation>Ekspor daftar</translation>
    </message>
    <message>
      <source>Letters for selected…</source>
      <translation>Surat untuk yang dipilih…</translation>
    </message>
    <message>
      <source>Letters for the selected people</source>
      <translation>Surat untuk orang yang dipilih</translation>
    </message>
    <message>
      <source>Select people in the list (Ctrl+click, Shift+click), then print a letter for each of them</source>
      <translation>Pilih orang di daftar (Ctrl+klik, Shift+klik), lalu cetak surat untuk masing-masing</translation>
    </message>
    <message>
      <source>Search by name (any script), case number or passport number  (Ctrl+F)</source>
      <translation>Cari nama (aksara apa pun), nomor kasus, atau nomor paspor  (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search the register</source>
      <translation>Cari di daftar</translation>
    </message>
    <message>
      <source>Filter by status</source>
      <translation>Saring menurut status</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Semua status</translation>
    </message>
    <message>
      <source>Active cases</source>
      <translation>Kasus aktif</translation>
    </message>
    <message>
      <source>Filter by nationality</source>
      <translation>Saring menurut kewarganegaraan</translation>
    </message>
    <message>
      <source>Any nationality</source>
      <translation>Semua negara</translation>
    </message>
    <message>
      <source>Filter by open needs</source>
      <translation>Saring menurut kebutuhan terbuka</translation>
    </message>
    <message>
      <source>Any needs</source>
      <translation>Semua kebutuhan</translation>
    </message>
    <message>
      <source>Has an open need</source>
      <translation>Ada kebutuhan terbuka</translation>
    </message>
    <message>
      <source>Open need: {what}</source>
      <translation>Kebutuhan terbuka: {what}</translation>
    </message>
    <message>
      <source>Waiting on an embassy</source>
      <translation>Menunggu kedutaan</translation>
    </message>
    <message>
      <source>Only people waiting on an embassy</source>
      <translation>Hanya orang yang menunggu kedutaan</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Terlambat</translation>
    </message>
    <message>
      <source>A referral follow-up or a need is past its due date</source>
      <translation>Tindak lanjut rujukan atau kebutuhan sudah lewat tenggat</translation>
    </message>
    <message>
      <source>Only overdue cases</source>
      <translation>Hanya kasus yang terlambat</translation>
    </message>
    <message>
      <source>Saved filters</source>
      <translation>Filter tersimpan</translation>
    </message>
    <message>
      <source>Save filters…</source>
      <translation>Simpan filter…</translation>
    </message>
    <message>
      <source>Save these filters as a preset</source>
      <translation>Simpan filter ini sebagai prasetel</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Delete the selected preset</source>
      <translation>Hapus prasetel yang dipilih</translation>
    </message>
    <message>
      <source>Remove this filter</source>
      <translation>Hapus filter ini</translation>
    </message>
    <message>
      <source>Remove the filter chosen on the dashboard</source>
      <translation>Hapus filter yang dipilih di dasbor</translation>
    </message>
    <message>
      <source>Survivors in the register</source>
      <translation>Penyintas dalam daftar</translation>
    </message>
    <message>
      <source>Type another letter to search (or press Enter)</source>
      <translation>Ketik satu huruf lagi untuk mencari (atau tekan Enter)</translation>
    </message>
    <message numerus="yes">
      <source>%n people</source>
      <translation>
        <numerusform>%n orang</numerusform>
      </translation>
    </message>
    <message>
      <source>%1+ people (counting…)</source>
      <translation>%1+ orang (sedang dihitung…)</translation>
    </message>
    <message>
      <source>No cases yet. Press Ctrl+N or “New intake” to register the first person.</source>
      <translation>Belum ada kasus. Tekan Ctrl+N atau “Penerimaan baru” untuk mendaftarkan orang pertama.</translation>
    </message>
    <message>
      <source>No cases yet.</source>
      <translation>Belum ada kasus.</translation>
    </message>
    <message>
      <source>No one matches this search and these filters. Clear the search box or choose “Any status” to see everyone.</source>
      <translation>Tidak ada yang cocok dengan pencarian dan filter ini. Kosongkan kotak pencarian atau pilih “Semua status” untuk melihat semua orang.</translation>
    </message>
    <message>
      <source>Open case</source>
      <translation>Buka kasus</translation>
    </message>
    <message>
      <source>Copy case number</source>
      <translation>Salin nomor kasus</translation>
    </message>
    <message>
      <source>Copy name (passport)</source>
      <translation>Salin nama (paspor)</translation>
    </message>
    <message>
      <source>Copy name (own script)</source>
      <translation>Salin nama (aksara)</translation>
    </message>
    <message>
      <source>Copy passport number</source>
      <translation>Salin nomor paspor</translation>
    </message>
    <message numerus="yes">
      <source>Letters for the %n selected person(s)…</source>
      <translation>
        <numerusform>Surat untuk %n orang yang dipilih…</numerusform>
      </translation>
    </message>
    <message>
      <source>The file could not be written ({reason}). Nothing was recorded.</source>
      <translation>Berkas tidak dapat ditulis ({reason}). Tidak ada yang dicatat.</translation>
    </message>
    <message>
      <source>{n} people saved to {file}</source>
      <translation>{n} orang disimpan ke {file}</translation>
    </message>
    <message>
      <source>{what}  ✕</source>
      <translation>{what}  ✕</translation>
    </message>
    <message>
      <source>Saved filters…</source>
      <translation>Filter tersimpan…</translation>
    </message>
    <message>
      <source>Save filters</source>
      <translation>Simpan filter</translation>
    </message>
    <message>
      <source>Name for these filters (for example “Indonesia, waiting on embassy”).
The search text is not saved.</source>
      <translation>Nama untuk filter ini (misalnya “Indonesia, menunggu kedutaan”).
Teks pencarian tidak disimpan.</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>The end of the period is before its start.</source>
      <translation>Akhir periode sebelum awalnya.</translation>
    </message>
    <message>
      <source>The report can be written in {languages} (beside English).</source>
      <translation>Laporan dapat ditulis dalam {languages} (selain bahasa Inggris).</translation>
    </message>
    <message>
      <source>k must be a whole number from {least} to {most}.</source>
      <translation>k harus bilangan bulat dari {least} sampai {most}.</translation>
    </message>
    <message>
      <source>A report covers at most three years; choose a shorter period.</source>
      <translation>Laporan mencakup paling lama tiga tahun; pilih periode yang lebih pendek.</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
      <source>English only</source>
      <translation>Hanya bahasa Inggris</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Bahasa</translation>
    </message>
    <message>
      <source>The file could not be written ({reason}). Nothing was recorded.</source>
      <translation>Berkas tidak dapat ditulis ({reason}). Tidak ada yang dicatat.</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
      <source>English and Indonesian</source>
      <translation>Bahasa Inggris dan Indonesia</translation>
    </message>
    <message>
      <source>English and Chinese</source>
      <translation>Bahasa Inggris dan Tionghoa</translation>
    </message>
    <message>
      <source>Save the report as</source>
      <translation>Simpan laporan sebagai</translation>
    </message>
    <message>
      <source>Period report</source>
      <translation>Laporan periode</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Hari pertama</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Hari terakhir</translation>
    </message>
    <message>
      <source>Admissions, departures, nationality, sex, age, type of exploitation, referrals and days to a travel document for the period, with charts. No names; counts under 11 are shown as “&lt;11”.</source>
      <translation>Penerimaan, kepergian, kewarganegaraan, jenis kelamin, usia, jenis eksploitasi, rujukan, dan lama hari sampai dokumen perjalanan terbit untuk periode ini, dengan grafik. Tanpa nama; jumlah di bawah 11 ditampilkan sebagai “&lt;11”.</translation>
    </message>
    <message>
      <source>Saved {file}.</source>
      <translation>Tersimpan: {file}.</translation>
    </message>
  </context>
  <context>
    <name>Retention</name>
    <message>
      <source>names, identity documents, contacts, addresses, next of kin, notes and trafficking details removed; case number replaced; birth date kept as its year; admission and discharge kept as their month</source>
      <translation>nama, dokumen identitas, kontak, alamat, keluarga terdekat, catatan, dan rincian perdagangan orang dihapus; nomor kasus diganti; tanggal lahir disimpan sebagai tahunnya; tanggal masuk dan keluar disimpan sebagai bulannya</translation>
    </message>
    <message>
      <source>{count} letter(s) deleted</source>
      <translation>{count} surat dihapus</translation>
    </message>
    <message>
      <source>{count} attachment(s) deleted</source>
      <translation>{count} lampiran dihapus</translation>
    </message>
    <message>
      <source>descriptions and outcome notes of needs and referrals cleared (kinds and states kept)</source>
      <translation>uraian dan catatan hasil kebutuhan dan rujukan dikosongkan (jenis dan status tetap)</translation>
    </message>
    <message>
      <source>consents other than for statistics deleted</source>
      <translation>persetujuan selain untuk statistik dihapus</translation>
    </message>
    <message>
      <source>Give a number of months from 1 to {most}, or turn the policy off.</source>
      <translation>Isi jumlah bulan dari 1 sampai {most}, atau matikan aturan ini.</translation>
    </message>
    <message>
      <source>The retention policy is off: set a number of months first.</source>
      <translation>Aturan retensi dimatikan: isi jumlah bulan terlebih dulu.</translation>
    </message>
    <message>
      <source>Say why the case is erased (for example: “the person asked on 2026-11-30”). Do not write the person's name.</source>
      <translation>Tulis alasan kasus dihapus (misalnya: “orang tersebut meminta pada 2026-11-30”). Jangan tulis nama orang tersebut.</translation>
    </message>
    <message>
      <source>Keep the reason under {most} characters.</source>
      <translation>Tulis alasan kurang dari {most} karakter.</translation>
    </message>
  </context>
  <context>
    <name>RetentionPanel</name>
    <message>
      <source>Keeping records (retention)</source>
      <translation>Penyimpanan catatan (retensi)</translation>
    </message>
    <message>
      <source>Closed cases are anonymised %1 months after they closed.</source>
      <translation>Kasus yang ditutup dianonimkan %1 bulan setelah ditutup.</translation>
    </message>
    <message>
      <source>Closed cases are kept until an administrator sets a retention period.</source>
      <translation>Kasus yang ditutup disimpan sampai administrator menetapkan masa retensi.</translation>
    </message>
    <message>
      <source>Anonymise cases that closed (repatriated, transferred, left or closed) more than a number of months ago. Anonymising keeps only what statistics use — nationality, sex, year of birth, exploitation type, admission and discharge month, status, needs and referral kinds with their outcomes, consent for statistics — and deletes names, documents, contacts, notes, letters and attachments. It cannot be undone.</source>
      <translation>Anonimkan kasus yang selesai (dipulangkan, dipindahkan, pergi, atau ditutup) lebih dari sekian bulan lalu. Anonimisasi hanya menyimpan yang dipakai statistik — kewarganegaraan, jenis kelamin, tahun lahir, jenis eksploitasi, bulan masuk dan keluar, status, jenis kebutuhan dan rujukan beserta hasilnya, persetujuan untuk statistik — dan menghapus nama, dokumen, kontak, catatan, surat, dan lampiran. Ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
      <source>Anonymise closed cases after</source>
      <translation>Anonimkan kasus ditutup setelah</translation>
    </message>
    <message>
      <source>Anonymise closed cases</source>
      <translation>Anonimkan kasus yang ditutup</translation>
    </message>
    <message>
      <source> months</source>
      <translation> bulan</translation>
    </message>
    <message>
      <source>Months after closing</source>
      <translation>Bulan setelah ditutup</translation>
    </message>
    <message>
      <source>Save the rule</source>
      <translation>Simpan aturan</translation>
    </message>
    <message>
      <source>Save the retention rule</source>
      <translation>Simpan aturan retensi</translation>
    </message>
    <message>
      <source>Show the cases due…</source>
      <translation>Tampilkan kasus jatuh tempo…</translation>
    </message>
    <message>
      <source>Show the cases due</source>
      <translation>Tampilkan kasus jatuh tempo</translation>
    </message>
    <message>
      <source>Anonymise these cases…</source>
      <translation>Anonimkan kasus ini…</translation>
    </message>
    <message>
      <source>Anonymise these cases</source>
      <translation>Anonimkan kasus ini</translation>
    </message>
    <message>
      <source>Cases the rule would anonymise</source>
      <translation>Kasus yang akan dianonimkan oleh aturan</translation>
    </message>
    <message>
      <source>Saved: closed cases are anonymised %1 months after closing.</source>
      <translation>Tersimpan: kasus yang ditutup dianonimkan %1 bulan setelah ditutup.</translation>
    </message>
    <message>
      <source>Saved: no case is anonymised.</source>
      <translation>Tersimpan: tidak ada kasus yang dianonimkan.</translation>
    </message>
    <message>
      <source>closed %1</source>
      <translation>ditutup %1</translation>
    </message>
    <message>
      <source>The rule is off: save a number of months first.</source>
      <translation>Aturan nonaktif: simpan jumlah bulan terlebih dahulu.</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) would be anonymised now.</source>
      <translation>
        <numerusform>%n kasus akan dianonimkan sekarang.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) will be anonymised: names, documents, contacts, notes, letters and attachments are deleted for good. This cannot be undone.</source>
      <translation>
        <numerusform>%n kasus akan dianonimkan: nama, dokumen, kontak, catatan, surat, dan lampiran dihapus permanen. Ini tidak dapat dibatalkan.</numerusform>
      </translation>
    </message>
    <message>
      <source>Anonymise</source>
      <translation>Anonimkan</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) anonymised.</source>
      <translation>
        <numerusform>%n kasus dianonimkan.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <source>administrator</source>
      <translation>administrator</translation>
    </message>
    <message>
      <source>coordinator</source>
      <translation>koordinator</translation>
    </message>
    <message>
      <source>caseworker</source>
      <translation>petugas kasus</translation>
    </message>
    <message>
      <source>readonly</source>
      <translation>hanya baca</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>This vault is older than the last state this computer saw: it may have been put back from an older copy, or its audit log was cut. Recent work may be missing. Tell an administrator; they can run “Check the log” and restore the latest backup.</source>
      <translation>Brankas data ini lebih lama daripada keadaan terakhir yang dilihat komputer ini: mungkin dikembalikan dari salinan lama, atau log auditnya dipotong. Pekerjaan terbaru mungkin hilang. Beri tahu administrator; mereka dapat menjalankan “Periksa log” dan memulihkan cadangan terbaru.</translation>
    </message>
    <message>
      <source>This computer has no record of this vault's last state (its rollback anchor is missing or unreadable): it was deleted, or the vault was moved here from another computer or user account. ShelterDesk cannot tell whether the vault was put back to an older copy. If nobody moved the vault, tell an administrator; they can run “Check the log” and compare with the latest backup.</source>
      <translation>Komputer ini tidak memiliki catatan keadaan terakhir brankas data ini (jangkar pemulihannya hilang atau tidak terbaca): catatan itu dihapus, atau brankas dipindahkan ke sini dari komputer atau akun pengguna lain. ShelterDesk tidak dapat memastikan apakah brankas dikembalikan ke salinan lama. Jika tidak ada yang memindahkan brankas, beri tahu administrator; mereka dapat menjalankan “Periksa log” dan membandingkannya dengan cadangan terbaru.</translation>
    </message>
    <message>
      <source>You are still using the one-time passphrase an administrator gave you. Choose your own passphrase first (in the app you are asked at once; on the command line run “shelterdesk-cli passwd”).</source>
      <translation>Anda masih memakai frasa sandi sekali pakai dari administrator. Pilih frasa sandi Anda sendiri terlebih dulu (di aplikasi Anda langsung diminta; di baris perintah jalankan “shelterdesk-cli passwd”).</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this.</source>
      <translation>Peran Anda ({role}) tidak boleh melakukan ini.</translation>
    </message>
    <message>
      <source>Your role ({role}) may not change records.</source>
      <translation>Peran Anda ({role}) tidak boleh mengubah catatan.</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this (coordinators and administrators only).</source>
      <translation>Peran Anda ({role}) tidak boleh melakukan ini (hanya koordinator dan administrator).</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this (administrators only).</source>
      <translation>Peran Anda ({role}) tidak boleh melakukan ini (hanya administrator).</translation>
    </message>
    <message>
      <source>The vault's audit key is missing or damaged. Restore the vault from a backup.</source>
      <translation>Kunci audit brankas data hilang atau rusak. Pulihkan brankas dari cadangan.</translation>
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message>
      <source>Settings</source>
      <translation>Pengaturan</translation>
    </message>
    <message>
      <source>This computer</source>
      <translation>Komputer ini</translation>
    </message>
    <message>
      <source> minutes</source>
      <translation> menit</translation>
    </message>
    <message>
      <source>Lock after this many idle minutes</source>
      <translation>Kunci setelah sekian menit tidak digunakan</translation>
    </message>
    <message>
      <source>Language of the program</source>
      <translation>Bahasa program</translation>
    </message>
    <message>
      <source>Lock when idle for</source>
      <translation>Kunci bila tidak digunakan selama</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Bahasa</translation>
    </message>
    <message>
      <source>A new language applies the next time ShelterDesk starts.</source>
      <translation>Bahasa baru berlaku saat ShelterDesk dijalankan berikutnya.</translation>
    </message>
    <message>
      <source>Shelter profile (letterhead)</source>
      <translation>Profil rumah aman (kop surat)</translation>
    </message>
    <message>
      <source>Save profile</source>
      <translation>Simpan profil</translation>
    </message>
    <message>
      <source>Save the shelter profile</source>
      <translation>Simpan profil rumah aman</translation>
    </message>
    <message>
      <source>Coordinators and administrators can change the profile.</source>
      <translation>Koordinator dan administrator dapat mengubah profil.</translation>
    </message>
    <message>
      <source>Your passphrase</source>
      <translation>Frasa sandi Anda</translation>
    </message>
    <message>
      <source>Change my passphrase…</source>
      <translation>Ganti frasa sandi saya…</translation>
    </message>
    <message>
      <source>Change my passphrase</source>
      <translation>Ganti frasa sandi saya</translation>
    </message>
  </context>
  <context>
    <name>ShelterProfileForm</name>
    <message>
      <source>Shelter name</source>
      <translation>Nama rumah aman</translation>
    </message>
    <message>
      <source>Shelter address</source>
      <translation>Alamat rumah aman</translation>
    </message>
    <message>
      <source>Shelter phone</source>
      <translation>Telepon rumah aman</translation>
    </message>
    <message>
      <source>Shelter email</source>
      <translation>Email rumah aman</translation>
    </message>
    <message>
      <source>No logo</source>
      <translation>Tanpa logo</translation>
    </message>
    <message>
      <source>Choose logo…</source>
      <translation>Pilih logo…</translation>
    </message>
    <message>
      <source>Choose a logo image for letterheads</source>
      <translation>Pilih gambar logo untuk kop surat</translation>
    </message>
    <message>
      <source>Remove logo</source>
      <translation>Hapus logo</translation>
    </message>
    <message>
      <source>Remove the logo</source>
      <translation>Hapus logo</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Alamat</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telepon</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <source>Choose a logo</source>
      <translation>Pilih logo</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
  </context>
  <context>
    <name>Staff</name>
    <message>
      <source>You cannot remove your own account.</source>
      <translation>Anda tidak dapat menghapus akun Anda sendiri.</translation>
    </message>
    <message>
      <source>This is the last administrator; it cannot be removed.</source>
      <translation>Ini administrator terakhir; akun ini tidak dapat dihapus.</translation>
    </message>
    <message>
      <source>Use “change passphrase”, which asks for the current one.</source>
      <translation>Pakai “ganti frasa sandi”, yang meminta frasa sandi saat ini.</translation>
    </message>
    <message>
      <source>There is already a staff member called “{name}”.</source>
      <translation>Sudah ada anggota staf bernama “{name}”.</translation>
    </message>
    <message>
      <source>This is the last administrator; make someone else administrator first.</source>
      <translation>Ini administrator terakhir; jadikan orang lain administrator terlebih dulu.</translation>
    </message>
    <message>
      <source>You cannot disable your own account.</source>
      <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
      <source>This is the last administrator; it cannot be disabled.</source>
      <translation>Ini administrator terakhir; akun ini tidak dapat dinonaktifkan.</translation>
    </message>
    <message>
      <source>Choose a passphrase different from the current one.</source>
      <translation>Pilih frasa sandi yang berbeda dari yang sekarang.</translation>
    </message>
    <message>
      <source>The current passphrase is not right.</source>
      <translation>Frasa sandi saat ini tidak benar.</translation>
    </message>
    <message>
      <source>Choose administrator, coordinator, caseworker or readonly.</source>
      <translation>Pilih administrator, koordinator, petugas kasus, atau hanya baca.</translation>
    </message>
  </context>
  <context>
    <name>StaffView</name>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telepon</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Nama pengguna</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Frasa sandi</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>Hapus…</translation>
    </message>
    <message>
      <source>Not on the staff</source>
      <translation>Bukan anggota staf</translation>
    </message>
    <message>
      <source>Altered</source>
      <translation>Diubah</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Tidak ada</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Peran</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Akun</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>Dinonaktifkan</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Aktif</translation>
    </message>
    <message>
      <source>Must choose their own</source>
      <translation>Harus memilih sendiri</translation>
    </message>
    <message>
      <source>Key slot</source>
      <translation>Slot kunci</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Baik</translation>
    </message>
    <message>
      <source>Add a staff member</source>
      <translation>Tambah anggota staf</translation>
    </message>
    <message>
      <source>e.g. sokha</source>
      <translation>mis. sokha</translation>
    </message>
    <message>
      <source>as it appears in letters</source>
      <translation>seperti tertulis di surat</translation>
    </message>
    <message>
      <source>Job title</source>
      <translation>Jabatan</translation>
    </message>
    <message>
      <source>One-time passphrase</source>
      <translation>Frasa sandi sekali pakai</translation>
    </message>
    <message>
      <source>Type the one-time passphrase again</source>
      <translation>Ketik lagi frasa sandi sekali pakai</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>Ulangi</translation>
    </message>
    <message>
      <source>Name, job title, phone and email are printed in the letters this person signs. Give them the one-time passphrase in person: ShelterDesk asks them to choose their own the first time they unlock.</source>
      <translation>Nama, jabatan, telepon, dan email dicetak pada surat yang ditandatangani orang ini. Berikan frasa sandi sekali pakai secara langsung: ShelterDesk memintanya memilih frasa sandi sendiri saat pertama kali membuka kunci.</translation>
    </message>
    <message>
      <source>Add staff message</source>
      <translation>Pesan tambah staf</translation>
    </message>
    <message>
      <source>Add staff member</source>
      <translation>Tambah anggota staf</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation>Kedua frasa sandi berbeda. Ketik ulang keduanya.</translation>
    </message>
    <message>
      <source>Staff members</source>
      <translation>Anggota staf</translation>
    </message>
    <message>
      <source>Add staff member…</source>
      <translation>Tambah anggota staf…</translation>
    </message>
    <message>
      <source>Print recovery kit…</source>
      <translation>Cetak kit pemulihan…</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Staf</translation>
    </message>
    <message>
      <source>Staff member</source>
      <translation>Anggota staf</translation>
    </message>
    <message>
      <source>Save contact details</source>
      <translation>Simpan rincian kontak</translation>
    </message>
    <message>
      <source>Change role</source>
      <translation>Ubah peran</translation>
    </message>
    <message>
      <source>Disable</source>
      <translation>Nonaktifkan</translation>
    </message>
    <message>
      <source>Enable</source>
      <translation>Aktifkan</translation>
    </message>
    <message>
      <source>Disabling keeps the account but refuses unlocks. Removing deletes the person's key and re-keys the vault.</source>
      <translation>Nonaktif: akun tetap ada, tetapi tidak dapat membuka kunci. Hapus: kunci orang itu dihapus dan kunci brankas diganti.</translation>
    </message>
    <message>
      <source>Wrong passphrases</source>
      <translation>Frasa sandi salah</translation>
    </message>
    <message>
      <source>Wipe every staff passphrase after</source>
      <translation>Hapus semua frasa sandi staf setelah</translation>
    </message>
    <message>
      <source>Wipe every staff passphrase after wrong attempts</source>
      <translation>Hapus semua frasa sandi staf setelah percobaan salah</translation>
    </message>
    <message>
      <source>Number of wrong attempts in a row</source>
      <translation>Jumlah percobaan salah berturut-turut</translation>
    </message>
    <message>
      <source>Save setting</source>
      <translation>Simpan pengaturan</translation>
    </message>
    <message>
      <source>wrong attempts in a row</source>
      <translation>percobaan salah berturut-turut</translation>
    </message>
    <message>
      <source>Off by default. When it is on and someone types a wrong passphrase that many times in a row, nobody's passphrase opens the vault any more: only the printed recovery kit (or a backup) does. Keep the kit at hand before you turn this on. Wrong passphrases always make the next attempt wait.</source>
      <translation>Nonaktif secara bawaan. Jika aktif dan seseorang mengetik frasa sandi salah sebanyak itu berturut-turut, frasa sandi siapa pun tidak lagi membuka brankas data: hanya kit pemulihan yang dicetak (atau cadangan) yang bisa. Siapkan kit itu sebelum mengaktifkan ini. Frasa sandi yang salah selalu membuat percobaan berikutnya harus menunggu.</translation>
    </message>
    <message>
      <source>The key-slot file holds slots for names that are not on the staff: {names}. They were added outside ShelterDesk and open the vault until the next re-key; make a new recovery kit now (that re-keys) and check the audit log.</source>
      <translation>Berkas slot kunci memuat slot untuk nama yang bukan anggota staf: {names}. Slot itu ditambahkan di luar ShelterDesk dan membuka brankas data sampai kunci diganti berikutnya; buat kit pemulihan baru sekarang (itu mengganti kunci) dan periksa log audit.</translation>
    </message>
    <message>
      <source>Disabled: cannot unlock.</source>
      <translation>Dinonaktifkan: tidak dapat membuka kunci.</translation>
    </message>
    <message>
      <source>Active.</source>
      <translation>Aktif.</translation>
    </message>
    <message>
      <source>Has not chosen their own passphrase yet.</source>
      <translation>Belum memilih frasa sandi sendiri.</translation>
    </message>
    <message>
      <source>You cannot do this to your own account.</source>
      <translation>Anda tidak dapat melakukan ini pada akun Anda sendiri.</translation>
    </message>
    <message>
      <source>{user} was added. Give them the one-time passphrase in person; they choose their own at their first unlock.</source>
      <translation>{user} sudah ditambahkan. Berikan frasa sandi sekali pakai secara langsung; ia memilih frasa sandinya sendiri saat pertama kali membuka kunci.</translation>
    </message>
    <message>
      <source>Contact details saved.</source>
      <translation>Rincian kontak tersimpan.</translation>
    </message>
    <message>
      <source>{user} is now: {role}.</source>
      <translation>{user} sekarang: {role}.</translation>
    </message>
    <message>
      <source>{user} is disabled: their passphrase no longer unlocks.</source>
      <translation>{user} dinonaktifkan: frasa sandinya tidak lagi membuka kunci.</translation>
    </message>
    <message>
      <source>{user} can unlock again.</source>
      <translation>{user} dapat membuka kunci lagi.</translation>
    </message>
    <message>
      <source>Remove a staff member</source>
      <translation>Hapus anggota staf</translation>
    </message>
    <message>
      <source>Remove {user}?

Their key is deleted and the whole vault is re-keyed (this takes a moment). From then on their passphrase opens nothing in this vault.

Backups made before today still open with it: replace them.</source>
      <translation>Hapus {user}?

Kuncinya dihapus dan kunci seluruh brankas data diganti (ini perlu sedikit waktu). Sejak itu frasa sandinya tidak membuka apa pun di brankas data ini.

Cadangan yang dibuat sebelum hari ini masih terbuka dengannya: ganti cadangan itu.</translation>
    </message>
    <message>
      <source>Remove and re-key</source>
      <translation>Hapus dan ganti kunci</translation>
    </message>
    <message>
      <source>{user} was removed and the vault re-keyed. Their passphrase opens nothing from now on.</source>
      <translation>{user} sudah dihapus dan kunci brankas data diganti. Frasa sandinya tidak membuka apa pun mulai sekarang.</translation>
    </message>
    <message>
      <source>Print a new recovery kit</source>
      <translation>Cetak kit pemulihan baru</translation>
    </message>
    <message>
      <source>A new recovery code is made and the old one stops working at once: destroy the old page.

The PDF is NOT encrypted. Print it, keep the paper locked away from this computer, and delete the file.</source>
      <translation>Kode pemulihan baru dibuat dan yang lama langsung tidak berlaku: musnahkan halaman lama.

PDF ini TIDAK terenkripsi. Cetak, simpan kertasnya terkunci jauh dari komputer ini, dan hapus berkasnya.</translation>
    </message>
    <message>
      <source>Make a new recovery code</source>
      <translation>Buat kode pemulihan baru</translation>
    </message>
    <message>
      <source>Save the recovery kit</source>
      <translation>Simpan kit pemulihan</translation>
    </message>
    <message>
      <source>New recovery kit saved to {path}. Print it, lock the paper away and delete the file. The old recovery code no longer opens the vault.</source>
      <translation>Kit pemulihan baru tersimpan di {path}. Cetak, simpan kertasnya terkunci, dan hapus berkasnya. Kode pemulihan lama tidak lagi membuka brankas data.</translation>
    </message>
    <message>
      <source>Off: wrong passphrases only make the next attempt wait.</source>
      <translation>Nonaktif: frasa sandi salah hanya membuat percobaan berikutnya menunggu.</translation>
    </message>
    <message>
      <source>On: after {n} wrong passphrases in a row every staff passphrase stops working.</source>
      <translation>Aktif: setelah {n} frasa sandi salah berturut-turut, semua frasa sandi staf tidak berlaku lagi.</translation>
    </message>
  </context>
  <context>
    <name>SubjectAccess</name>
    <message>
      <source>The report has no “{language}” translation; choose one of {languages}.</source>
      <translation>Laporan belum diterjemahkan ke “{language}”; pilih salah satu dari {languages}.</translation>
    </message>
    <message>
      <source>Give a file name ending in .pdf.</source>
      <translation>Beri nama berkas yang berakhiran .pdf.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>Folder {folder} tidak ada.</translation>
    </message>
    <message>
      <source>The report could not be made: {reason}</source>
      <translation>Laporan tidak dapat dibuat: {reason}</translation>
    </message>
  </context>
  <context>
    <name>TableModels</name>
    <message>
      <source>Agency / case</source>
      <translation>Lembaga / kasus</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Waiting (days)</source>
      <translation>Menunggu (hari)</translation>
    </message>
    <message>
      <source>Follow up by</source>
      <translation>Tindak lanjut</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Referensi</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Letter language</source>
      <translation>Bahasa surat</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Lembaga</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Siapa</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Persetujuan</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Apa</translation>
    </message>
    <message>
      <source>Given on</source>
      <translation>Diberikan pada</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Juru bahasa</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>Berakhir</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Kontak</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Prioritas</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Uraian</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Penanggung jawab</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Tenggat</translation>
    </message>
    <message>
      <source>%1 (overdue)</source>
      <translation>%1 (terlambat)</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Kebutuhan</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Terkirim</translation>
    </message>
    <message>
      <source>Overridden</source>
      <translation>Dikecualikan</translation>
    </message>
    <message>
      <source>Given</source>
      <translation>Diberikan</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Ditarik</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Kedaluwarsa</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Berlaku</translation>
    </message>
    <message>
      <source>Not yet valid</source>
      <translation>Belum berlaku</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Untuk</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Keadaan</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Dicatat oleh</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Kapan</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Rincian</translation>
    </message>
    <message>
      <source>Serves</source>
      <translation>Melayani</translation>
    </message>
    <message>
      <source>%n waiting</source>
      <translation>%n menunggu</translation>
    </message>
    <message>
      <source>up to %1</source>
      <translation>hingga %1</translation>
    </message>
    <message>
      <source>%n overdue</source>
      <translation>%n terlambat</translation>
    </message>
  </context>
  <context>
    <name>TraffickingTab</name>
    <message>
      <source>Exploitation</source>
      <translation>Eksploitasi</translation>
    </message>
    <message>
      <source>Types</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Exploitation types</source>
      <translation>Jenis eksploitasi</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <source>Indicators of trafficking</source>
      <translation>Indikator perdagangan orang</translation>
    </message>
    <message>
      <source>Recruitment</source>
      <translation>Perekrutan</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Saluran</translation>
    </message>
    <message>
      <source>Recruitment channel</source>
      <translation>Saluran perekrutan</translation>
    </message>
    <message>
      <source>e.g. job advert, friend, agent</source>
      <translation>mis. iklan lowongan, teman, agen</translation>
    </message>
    <message>
      <source>Platform</source>
      <translation>Platform</translation>
    </message>
    <message>
      <source>Recruitment platform</source>
      <translation>Platform perekrutan</translation>
    </message>
    <message>
      <source>e.g. Facebook, Telegram</source>
      <translation>mis. Facebook, Telegram</translation>
    </message>
    <message>
      <source>Where and how long</source>
      <translation>Di mana dan berapa lama</translation>
    </message>
    <message>
      <source>Compound location</source>
      <translation>Lokasi kompleks</translation>
    </message>
    <message>
      <source>Held from</source>
      <translation>Ditahan sejak</translation>
    </message>
    <message>
      <source>Held until</source>
      <translation>Ditahan sampai</translation>
    </message>
    <message>
      <source>Means of control</source>
      <translation>Cara pengendalian</translation>
    </message>
    <message>
      <source>e.g. passport taken, debt, violence; one per line</source>
      <translation>mis. paspor diambil, utang, kekerasan; satu per baris</translation>
    </message>
    <message>
      <source>Leaving and referral</source>
      <translation>Keluar dan rujukan masuk</translation>
    </message>
    <message>
      <source>How they left</source>
      <translation>Cara keluar</translation>
    </message>
    <message>
      <source>Referred in by</source>
      <translation>Dirujuk oleh</translation>
    </message>
    <message>
      <source>Police report</source>
      <translation>Laporan polisi</translation>
    </message>
    <message>
      <source>Report number, if the person chose to report</source>
      <translation>Nomor laporan, jika orang ini memilih melapor</translation>
    </message>
  </context>
  <context>
    <name>Transfer</name>
    <message>
      <source>This package was signed by a shelter that is not trusted here. An administrator must compare its fingerprint and trust its key first; nothing was imported.</source>
      <translation>Paket ini ditandatangani oleh rumah aman yang tidak dipercaya di sini. Administrator harus mencocokkan sidik jarinya dan memercayai kuncinya terlebih dulu; tidak ada yang diimpor.</translation>
    </message>
    <message>
      <source>This shelter's key is not trusted here. An administrator must compare its fingerprint and trust it first.</source>
      <translation>Kunci rumah aman ini tidak dipercaya di sini. Administrator harus mencocokkan sidik jarinya dan memercayainya terlebih dulu.</translation>
    </message>
    <message>
      <source>This transfer package was already imported. Nothing was imported again.</source>
      <translation>Paket pemindahan ini sudah pernah diimpor. Tidak ada yang diimpor lagi.</translation>
    </message>
    <message>
      <source>Give the partner shelter's name as you know it.</source>
      <translation>Isi nama rumah aman mitra seperti yang Anda kenal.</translation>
    </message>
    <message>
      <source>This is this shelter's own key.</source>
      <translation>Ini kunci milik rumah aman ini sendiri.</translation>
    </message>
    <message>
      <source>Choose at least one case to transfer.</source>
      <translation>Pilih setidaknya satu kasus untuk dipindahkan.</translation>
    </message>
    <message>
      <source>The transfer package's contents cannot be read.</source>
      <translation>Isi paket pemindahan tidak dapat dibaca.</translation>
    </message>
    <message>
      <source>Case {case} in the package is not acceptable here ({why}). Nothing was imported.</source>
      <translation>Kasus {case} dalam paket tidak dapat diterima di sini ({why}). Tidak ada yang diimpor.</translation>
    </message>
    <message>
      <source>Case {case} in the package holds a record that is not acceptable ({why}). Nothing was imported.</source>
      <translation>Kasus {case} dalam paket memuat catatan yang tidak dapat diterima ({why}). Tidak ada yang diimpor.</translation>
    </message>
    <message>
      <source>Case {case} in the package cannot be read. Nothing was imported.</source>
      <translation>Kasus {case} dalam paket tidak dapat dibaca. Tidak ada yang diimpor.</translation>
    </message>
    <message>
      <source>{case} has no valid consent for transfer. Record the person's consent (kind: transfer) first; nothing was exported.</source>
      <translation>{case} tidak memiliki persetujuan pemindahan yang berlaku. Catat persetujuan orang tersebut (jenis: pemindahan) terlebih dulu; tidak ada yang diekspor.</translation>
    </message>
    <message>
      <source>{why} Nothing was recorded and no case was marked as transferred.</source>
      <translation>{why} Tidak ada yang dicatat dan tidak ada kasus yang ditandai sebagai dipindahkan.</translation>
    </message>
    <message>
      <source>The key file's fingerprint does not match its keys: it was altered.</source>
      <translation>Sidik jari berkas kunci tidak cocok dengan kuncinya: berkas ini telah diubah.</translation>
    </message>
    <message>
      <source>This is not a ShelterDesk transfer package.</source>
      <translation>Ini bukan paket pemindahan ShelterDesk.</translation>
    </message>
    <message>
      <source>This transfer package was made by a newer version of ShelterDesk; update first.</source>
      <translation>Paket pemindahan ini dibuat oleh versi ShelterDesk yang lebih baru; perbarui dulu.</translation>
    </message>
    <message>
      <source>The transfer package is damaged or cut short.</source>
      <translation>Paket pemindahan rusak atau terpotong.</translation>
    </message>
    <message>
      <source>The package's sender does not match the key that signed it.</source>
      <translation>Pengirim paket tidak cocok dengan kunci yang menandatanganinya.</translation>
    </message>
    <message>
      <source>This transfer package was sealed for another shelter, not this one. Nothing was imported.</source>
      <translation>Paket pemindahan ini disegel untuk rumah aman lain, bukan rumah aman ini. Tidak ada yang diimpor.</translation>
    </message>
    <message>
      <source>This is not a ShelterDesk shelter key file.</source>
      <translation>Ini bukan berkas kunci rumah aman ShelterDesk.</translation>
    </message>
    <message>
      <source>The transfer package is damaged (its header cannot be read).</source>
      <translation>Paket pemindahan rusak (kepalanya tidak dapat dibaca).</translation>
    </message>
    <message>
      <source>The transfer package was changed after it was signed (or is damaged). Nothing was imported; ask the sending shelter to send it again.</source>
      <translation>Paket pemindahan diubah setelah ditandatangani (atau rusak). Tidak ada yang diimpor; minta rumah aman pengirim untuk mengirimnya lagi.</translation>
    </message>
    <message>
      <source>The transfer package cannot be opened with this shelter's key: it is damaged or was altered.</source>
      <translation>Paket pemindahan tidak dapat dibuka dengan kunci rumah aman ini: paket rusak atau telah diubah.</translation>
    </message>
  </context>
  <context>
    <name>TransferPanel</name>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Impor</translation>
    </message>
    <message>
      <source>Trust a partner shelter</source>
      <translation>Percayai rumah aman mitra</translation>
    </message>
    <message>
      <source>Read this fingerprint aloud with the partner shelter on the phone. Trust the key only if theirs is exactly the same:

%1

Name of the partner shelter:</source>
      <translation>Bacakan sidik jari ini bersama rumah aman mitra melalui telepon. Percayai kuncinya hanya jika sidik jari mereka persis sama:

%1

Nama rumah aman mitra:</translation>
    </message>
    <message>
      <source>Transfer this case</source>
      <translation>Pindahkan kasus ini</translation>
    </message>
    <message>
      <source>Partner shelter</source>
      <translation>Rumah aman mitra</translation>
    </message>
    <message>
      <source>Does the person move to %1? Then the case is recorded here as transferred to %1 and the stay ends today. Keep it open if the person stays here for now.</source>
      <translation>Apakah orang ini pindah ke %1? Jika ya, kasus dicatat di sini sebagai dipindahkan ke %1 dan masa tinggal berakhir hari ini. Biarkan kasus tetap terbuka jika orang ini masih tinggal di sini untuk sementara.</translation>
    </message>
    <message>
      <source>Record as transferred</source>
      <translation>Catat sebagai dipindahkan</translation>
    </message>
    <message>
      <source>Keep the case open</source>
      <translation>Biarkan kasus terbuka</translation>
    </message>
    <message>
      <source>Partner shelters (case transfer)</source>
      <translation>Rumah aman mitra (pemindahan kasus)</translation>
    </message>
    <message>
      <source>Cases move to a partner shelter in a package only that shelter can open. Exchange key files, then read the fingerprints to each other on the phone before trusting a key.</source>
      <translation>Kasus dipindahkan ke rumah aman mitra dalam paket yang hanya dapat dibuka rumah aman itu. Tukar berkas kunci, lalu saling bacakan sidik jari melalui telepon sebelum memercayai sebuah kunci.</translation>
    </message>
    <message>
      <source>This shelter's fingerprint: %1</source>
      <translation>Sidik jari rumah aman ini: %1</translation>
    </message>
    <message>
      <source>QR code of this shelter's key</source>
      <translation>Kode QR kunci rumah aman ini</translation>
    </message>
    <message>
      <source>Trusted partner shelters</source>
      <translation>Rumah aman mitra tepercaya</translation>
    </message>
    <message>
      <source>Save our key file…</source>
      <translation>Simpan berkas kunci kami…</translation>
    </message>
    <message>
      <source>Save our key file</source>
      <translation>Simpan berkas kunci kami</translation>
    </message>
    <message>
      <source>Trust a partner's key…</source>
      <translation>Percayai kunci mitra…</translation>
    </message>
    <message>
      <source>Trust a partner's key</source>
      <translation>Percayai kunci mitra</translation>
    </message>
    <message>
      <source>Import a transfer package…</source>
      <translation>Impor paket pemindahan…</translation>
    </message>
    <message>
      <source>Import a transfer package</source>
      <translation>Impor paket pemindahan</translation>
    </message>
    <message>
      <source>No partner shelter is trusted yet.</source>
      <translation>Belum ada rumah aman mitra yang dipercayai.</translation>
    </message>
    <message>
      <source>Saved. Send it to the partner shelter; it holds no secret.</source>
      <translation>Tersimpan. Kirimkan ke rumah aman mitra; berkas ini tidak memuat rahasia.</translation>
    </message>
    <message>
      <source>The file cannot be read: %1</source>
      <translation>Berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
      <source>%1 is trusted.</source>
      <translation>%1 dipercayai.</translation>
    </message>
    <message>
      <source>From %1: %2 case(s) and %3 attachment(s).</source>
      <translation>Dari %1: %2 kasus dan %3 lampiran.</translation>
    </message>
    <message>
      <source>%1 may be the same person as %2 here: check and merge by hand after the import.</source>
      <translation>%1 mungkin orang yang sama dengan %2 di sini: periksa dan gabungkan secara manual setelah impor.</translation>
    </message>
    <message>
      <source>Imported as %1.</source>
      <translation>Diimpor sebagai %1.</translation>
    </message>
    <message>
      <source>No partner shelter is trusted yet: an administrator trusts one in Settings → Partner shelters.</source>
      <translation>Belum ada rumah aman mitra yang dipercayai: administrator dapat menambahkannya di Pengaturan → Rumah aman mitra.</translation>
    </message>
    <message>
      <source>Save the transfer package</source>
      <translation>Simpan paket pemindahan</translation>
    </message>
    <message>
      <source>Sealed for %1, recorded in the disclosure register and the case marked as transferred. Only that shelter can open the file.</source>
      <translation>Disegel untuk %1, dicatat dalam daftar pengungkapan, dan kasus ditandai sebagai dipindahkan. Hanya rumah aman itu yang dapat membuka berkas ini.</translation>
    </message>
    <message>
      <source>Sealed for %1 and recorded in the disclosure register. Only that shelter can open the file.</source>
      <translation>Disegel untuk %1 dan dicatat dalam daftar pengungkapan. Hanya rumah aman itu yang dapat membuka berkas ini.</translation>
    </message>
  </context>
  <context>
    <name>Transitions</name>
    <message>
      <source>open</source>
      <translation>terbuka</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>sedang dikerjakan</translation>
    </message>
    <message>
      <source>on hold</source>
      <translation>ditunda</translation>
    </message>
    <message>
      <source>met</source>
      <translation>terpenuhi</translation>
    </message>
    <message>
      <source>cannot be met</source>
      <translation>tidak dapat dipenuhi</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>draf</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>terkirim</translation>
    </message>
    <message>
      <source>acknowledged</source>
      <translation>diterima lembaga</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>disetujui</translation>
    </message>
    <message>
      <source>declined</source>
      <translation>ditolak lembaga</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>selesai</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>ditarik</translation>
    </message>
    <message>
      <source>A need that is {current} cannot become {new}. Allowed next: {allowed}.</source>
      <translation>Kebutuhan yang {current} tidak dapat menjadi {new}. Yang boleh berikutnya: {allowed}.</translation>
    </message>
    <message>
      <source>Allowed next: {allowed}.</source>
      <translation>Yang boleh berikutnya: {allowed}.</translation>
    </message>
    <message>
      <source>It is closed; create a new referral instead.</source>
      <translation>Rujukan ini sudah ditutup; buat rujukan baru.</translation>
    </message>
    <message>
      <source>A referral that is {current} cannot become {new}. {reason}</source>
      <translation>Rujukan yang {current} tidak dapat menjadi {new}. {reason}</translation>
    </message>
  </context>
  <context>
    <name>UnlockScreen</name>
    <message>
      <source>Unlock ShelterDesk</source>
      <translation>Buka ShelterDesk</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Nama pengguna</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Frasa sandi</translation>
    </message>
    <message>
      <source>Unlock message</source>
      <translation>Pesan pembukaan</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Buka kunci</translation>
    </message>
    <message>
      <source>Unlock the vault</source>
      <translation>Buka kunci brankas data</translation>
    </message>
    <message>
      <source>Unlock with the recovery code</source>
      <translation>Buka dengan kode pemulihan</translation>
    </message>
    <message>
      <source>For when every administrator has forgotten their passphrase, or the staff passphrases were wiped. Type the code from the printed recovery kit (spaces and dashes do not matter) and the user name of an administrator. That administrator then chooses a new passphrase.</source>
      <translation>Untuk saat semua administrator lupa frasa sandinya, atau frasa sandi staf telah dihapus. Ketik kode dari kit pemulihan yang dicetak (spasi dan tanda hubung tidak masalah) dan nama pengguna seorang administrator. Administrator itu lalu memilih frasa sandi baru.</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Kode pemulihan</translation>
    </message>
    <message>
      <source>Use my passphrase instead</source>
      <translation>Pakai frasa sandi saya saja</translation>
    </message>
    <message>
      <source>The register is encrypted. Enter your user name and passphrase.</source>
      <translation>Daftar ini terenkripsi. Masukkan nama pengguna dan frasa sandi Anda.</translation>
    </message>
    <message>
      <source>Use the recovery code</source>
      <translation>Pakai kode pemulihan</translation>
    </message>
    <message>
      <source>Enter an administrator's user name and the recovery code.</source>
      <translation>Masukkan nama pengguna administrator dan kode pemulihan.</translation>
    </message>
    <message>
      <source>Enter your user name and your passphrase.</source>
      <translation>Masukkan nama pengguna dan frasa sandi Anda.</translation>
    </message>
    <message>
      <source>Too many wrong attempts. Please wait before trying again.</source>
      <translation>Terlalu banyak percobaan yang salah. Mohon tunggu sebelum mencoba lagi.</translation>
    </message>
    <message>
      <source>The recovery code or the administrator's user name is not right. Check the code against the printed kit, then try again.</source>
      <translation>Kode pemulihan atau nama pengguna administrator tidak benar. Cocokkan kode dengan kit yang dicetak, lalu coba lagi.</translation>
    </message>
    <message>
      <source>The user name or passphrase is not right. Check the keyboard language and Caps Lock, then try again.</source>
      <translation>Nama pengguna atau frasa sandi salah. Periksa bahasa papan ketik dan Caps Lock, lalu coba lagi.</translation>
    </message>
    <message>
      <source>The vault is open somewhere else.</source>
      <translation>Brankas data sedang dibuka di tempat lain.</translation>
    </message>
    <message>
      <source>Next step: close or lock ShelterDesk in the other window, then unlock here. If no other window is open, restart the computer.</source>
      <translation>Langkah berikutnya: tutup atau kunci ShelterDesk di jendela lain, lalu buka kunci di sini. Jika tidak ada jendela lain yang terbuka, nyalakan ulang komputer.</translation>
    </message>
    <message>
      <source>This vault needs a newer ShelterDesk.</source>
      <translation>Brankas data ini memerlukan ShelterDesk yang lebih baru.</translation>
    </message>
    <message>
      <source>Next step: install the newer version of ShelterDesk. Do not restore an older backup over this vault.</source>
      <translation>Langkah berikutnya: pasang versi ShelterDesk yang lebih baru. Jangan memulihkan cadangan lama di atas brankas data ini.</translation>
    </message>
    <message>
      <source>The vault is damaged.</source>
      <translation>Brankas data rusak.</translation>
    </message>
    <message>
      <source>Next step: do not delete or move anything. Ask your administrator to restore the latest backup.</source>
      <translation>Langkah berikutnya: jangan menghapus atau memindahkan apa pun. Minta administrator Anda memulihkan cadangan terbaru.</translation>
    </message>
    <message>
      <source>There is no vault here.</source>
      <translation>Tidak ada brankas data di sini.</translation>
    </message>
    <message>
      <source>Next step: check the vault folder, or restore a backup.</source>
      <translation>Langkah berikutnya: periksa folder brankas data, atau pulihkan cadangan.</translation>
    </message>
    <message>
      <source>The vault could not be opened.</source>
      <translation>Brankas data tidak dapat dibuka.</translation>
    </message>
    <message>
      <source>Next step: try again; if it keeps failing, ask your administrator.</source>
      <translation>Langkah berikutnya: coba lagi; jika terus gagal, hubungi administrator Anda.</translation>
    </message>
    <message>
      <source>You can try again in {n} seconds.</source>
      <translation>Anda dapat mencoba lagi dalam {n} detik.</translation>
    </message>
  </context>
  <context>
    <name>Unsaved</name>
    <message>
      <source>Discard</source>
      <translation>Buang</translation>
    </message>
    <message>
      <source>Discard what you typed?</source>
      <translation>Buang yang sudah diketik?</translation>
    </message>
    <message>
      <source>You have typed into {what} and not saved it. Discard it?</source>
      <translation>Anda sudah mengetik di {what} dan belum menyimpannya. Buang?</translation>
    </message>
    <message>
      <source>Keep editing</source>
      <translation>Lanjut mengisi</translation>
    </message>
    <message>
      <source>this form</source>
      <translation>formulir ini</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>“{text}” is not a date.</source>
      <translation>“{text}” bukan tanggal.</translation>
    </message>
    <message>
      <source>“{text}” has no four-digit year.</source>
      <translation>“{text}” tidak memiliki tahun empat angka.</translation>
    </message>
    <message>
      <source>“{text}” is not a whole date.</source>
      <translation>“{text}” bukan tanggal lengkap.</translation>
    </message>
    <message>
      <source>“{text}” is not a date in the calendar.</source>
      <translation>“{text}” bukan tanggal yang ada di kalender.</translation>
    </message>
    <message>
      <source>This text contains a NUL character, which cannot be stored.</source>
      <translation>Teks ini memuat karakter NUL, yang tidak dapat disimpan.</translation>
    </message>
    <message>
      <source>This text is longer than 10 MB.</source>
      <translation>Teks ini lebih panjang dari 10 MB.</translation>
    </message>
    <message>
      <source>Enter at least a family name or a given name.</source>
      <translation>Masukkan setidaknya nama keluarga atau nama depan.</translation>
    </message>
    <message>
      <source>Choose at least one nationality, or “unknown”.</source>
      <translation>Pilih setidaknya satu kewarganegaraan, atau “tidak diketahui”.</translation>
    </message>
    <message>
      <source>An estimated age is between 0 and 110.</source>
      <translation>Perkiraan usia antara 0 dan 110.</translation>
    </message>
    <message>
      <source>Overstay days cannot be negative.</source>
      <translation>Hari lewat izin tinggal tidak boleh negatif.</translation>
    </message>
    <message>
      <source>Discharge is before admission.</source>
      <translation>Tanggal keluar sebelum tanggal masuk.</translation>
    </message>
    <message>
      <source>The end of captivity is before its start.</source>
      <translation>Akhir masa penyekapan sebelum awalnya.</translation>
    </message>
    <message>
      <source>Enter a country.</source>
      <translation>Masukkan negara.</translation>
    </message>
    <message>
      <source>“{text}” is not a country code or name. Use two letters such as ID, CN or KH, or the country's name.</source>
      <translation>“{text}” bukan kode atau nama negara. Gunakan dua huruf seperti ID, CN, atau KH, atau nama negaranya.</translation>
    </message>
    <message>
      <source>“{text}” is not a language code or name. Use ISO 639 codes such as id, zh or km, or the language's name.</source>
      <translation>“{text}” bukan kode atau nama bahasa. Gunakan kode ISO 639 seperti id, zh, atau km, atau nama bahasanya.</translation>
    </message>
    <message>
      <source>“{value}” has the wrong number of digits for a phone number.</source>
      <translation>“{value}” memiliki jumlah angka yang salah untuk nomor telepon.</translation>
    </message>
    <message>
      <source>A document number has 3 to 24 letters and digits (spaces, - and / allowed).</source>
      <translation>Nomor dokumen terdiri dari 3 sampai 24 huruf dan angka (spasi, - dan / boleh).</translation>
    </message>
    <message>
      <source>This text contains a broken character; type or paste it again.</source>
      <translation>Teks ini memuat karakter rusak; ketik atau tempel lagi.</translation>
    </message>
    <message>
      <source>Enter the name in Latin letters as well (as in the passport, or as spoken).</source>
      <translation>Masukkan juga nama dalam huruf Latin (seperti di paspor, atau seperti diucapkan).</translation>
    </message>
    <message>
      <source>The date of birth is in the future.</source>
      <translation>Tanggal lahir ada di masa depan.</translation>
    </message>
    <message>
      <source>Give either a date of birth or an estimated age, not both.</source>
      <translation>Isi tanggal lahir atau perkiraan usia, jangan keduanya.</translation>
    </message>
    <message>
      <source>“{value}” is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-14.</source>
      <translation>“{value}” bukan tanggal. Tulis sebagai TTTT-BB-HH, misalnya 2026-03-14.</translation>
    </message>
    <message>
      <source>“{value}” is not a phone number.</source>
      <translation>“{value}” bukan nomor telepon.</translation>
    </message>
    <message>
      <source>The date of birth is more than 110 years ago.</source>
      <translation>Tanggal lahir lebih dari 110 tahun yang lalu.</translation>
    </message>
  </context>
  <context>
    <name>Vault</name>
    <message>
      <source>“{name}” has no key slot, so their passphrase opens nothing (after a wipe, or a slot removed outside ShelterDesk). An administrator can set a new one-time passphrase for them.</source>
      <translation>“{name}” tidak memiliki slot kunci, jadi frasa sandinya tidak membuka apa pun (setelah penghapusan, atau slot dihapus di luar ShelterDesk). Administrator dapat menetapkan frasa sandi sekali pakai yang baru untuknya.</translation>
    </message>
    <message>
      <source>The vault folder holds database files that are not the vault's current database ({current}): {files}. They are left over from an interrupted re-key, or were copied there by hand. ShelterDesk does not use or delete them; after making and checking a backup, an administrator may delete them.</source>
      <translation>Folder brankas data berisi berkas basis data yang bukan basis data brankas saat ini ({current}): {files}. Berkas itu sisa penggantian kunci yang terputus, atau disalin ke sana secara manual. ShelterDesk tidak memakai atau menghapusnya; setelah membuat dan memeriksa cadangan, administrator boleh menghapusnya.</translation>
    </message>
    <message>
      <source>The key-slot file holds a slot for “{name}”, who is not on the staff. It was added outside ShelterDesk. It opens the vault until the next re-key, which leaves it out: make a new recovery kit now (that re-keys) and check the audit log.</source>
      <translation>Berkas slot kunci memuat slot untuk “{name}”, yang bukan anggota staf. Slot itu ditambahkan di luar ShelterDesk. Slot itu membuka brankas data sampai penggantian kunci berikutnya, yang tidak menyertakannya: buat kit pemulihan baru sekarang (itu mengganti kunci) dan periksa log audit.</translation>
    </message>
    <message>
      <source>The key slot of “{name}” differs from what the vault recorded for it: it was changed outside ShelterDesk or damaged. The next re-key seals the key only to the recorded key, so it may stop opening: an administrator should set a new one-time passphrase for this member.</source>
      <translation>Slot kunci “{name}” berbeda dari yang dicatat brankas data: slot itu diubah di luar ShelterDesk atau rusak. Penggantian kunci berikutnya hanya menyegel kunci untuk kunci yang tercatat, jadi slot itu mungkin tidak lagi membuka brankas: administrator sebaiknya menetapkan frasa sandi sekali pakai yang baru untuk anggota ini.</translation>
    </message>
    <message>
      <source>There is no recovery slot: the recovery code opens nothing. Make a new recovery kit.</source>
      <translation>Tidak ada slot pemulihan: kode pemulihan tidak membuka apa pun. Buat kit pemulihan baru.</translation>
    </message>
    <message>
      <source>The key-slot file holds a second recovery slot the vault does not know. It was added outside ShelterDesk; it gets no key at the next re-key. Make a new recovery kit.</source>
      <translation>Berkas slot kunci memuat slot pemulihan kedua yang tidak dikenal brankas data. Slot itu ditambahkan di luar ShelterDesk; slot itu tidak mendapat kunci pada penggantian kunci berikutnya. Buat kit pemulihan baru.</translation>
    </message>
    <message>
      <source>The recovery slot differs from what the vault recorded for it: it was changed outside ShelterDesk or damaged. The next re-key seals the key only to the recorded key, so it may stop opening: make a new recovery kit.</source>
      <translation>Slot pemulihan berbeda dari yang dicatat brankas data: slot itu diubah di luar ShelterDesk atau rusak. Penggantian kunci berikutnya hanya menyegel kunci untuk kunci yang tercatat, jadi slot itu mungkin tidak lagi membuka brankas: buat kit pemulihan baru.</translation>
    </message>
    <message>
      <source>Every staff passphrase was wiped after too many wrong attempts, so no passphrase opens this vault now. An administrator can open it with the recovery code from the printed recovery kit (“Use the recovery code”) and then set new passphrases.</source>
      <translation>Semua frasa sandi staf dihapus setelah terlalu banyak percobaan yang salah, jadi sekarang tidak ada frasa sandi yang membuka brankas data ini. Administrator dapat membukanya dengan kode pemulihan dari kit pemulihan yang dicetak (“Pakai kode pemulihan”), lalu menetapkan frasa sandi baru.</translation>
    </message>
    <message>
      <source>A user name has 2 to 32 lower-case letters, digits, dots, dashes or underscores.</source>
      <translation>Nama pengguna terdiri dari 2 sampai 32 huruf kecil, angka, titik, tanda hubung, atau garis bawah.</translation>
    </message>
    <message>
      <source>This staff account is disabled. Ask an administrator.</source>
      <translation>Akun staf ini dinonaktifkan. Hubungi administrator.</translation>
    </message>
    <message>
      <source>The user name or passphrase is not right.</source>
      <translation>Nama pengguna atau frasa sandi tidak benar.</translation>
    </message>
    <message>
      <source>The recovery code can only be used by an administrator.</source>
      <translation>Kode pemulihan hanya dapat dipakai oleh administrator.</translation>
    </message>
    <message>
      <source>Enter the shelter's name; it heads every letter.</source>
      <translation>Isi nama rumah aman; nama ini ada di kepala setiap surat.</translation>
    </message>
    <message>
      <source>The disk is full. Nothing was changed; free some space and try again.</source>
      <translation>Disk penuh. Tidak ada yang diubah; kosongkan sebagian ruang dan coba lagi.</translation>
    </message>
    <message>
      <source>The disk is full. The last change was not saved; free some space and try again.</source>
      <translation>Disk penuh. Perubahan terakhir tidak tersimpan; kosongkan sebagian ruang dan coba lagi.</translation>
    </message>
    <message>
      <source>Part of the vault file is damaged or was altered outside ShelterDesk, so it cannot be read. The last change was not saved. Restore the vault from your latest backup.</source>
      <translation>Sebagian berkas brankas data rusak atau diubah di luar ShelterDesk, sehingga tidak dapat dibaca. Perubahan terakhir tidak tersimpan. Pulihkan brankas data dari cadangan terbaru Anda.</translation>
    </message>
    <message>
      <source>The key-slot file is damaged or is not a ShelterDesk key-slot file. Restore it from a backup.</source>
      <translation>Berkas slot kunci rusak atau bukan berkas slot kunci ShelterDesk. Pulihkan dari cadangan.</translation>
    </message>
    <message>
      <source>The key-slot file asks for a key derivation weaker than allowed. It was altered or damaged; nothing was changed. Use the recovery code or restore a backup.</source>
      <translation>Berkas slot kunci meminta penurunan kunci yang lebih lemah daripada yang diizinkan. Berkas itu diubah atau rusak; tidak ada yang diubah. Pakai kode pemulihan atau pulihkan cadangan.</translation>
    </message>
    <message>
      <source>The key-slot file asks for key-derivation settings ShelterDesk never uses ({memory} MiB of memory, {passes} passes). It was altered or damaged; nothing was changed. Use the recovery code or restore a backup.</source>
      <translation>Berkas slot kunci meminta pengaturan penurunan kunci yang tidak pernah dipakai ShelterDesk ({memory} MiB memori, {passes} putaran). Berkas itu diubah atau rusak; tidak ada yang diubah. Pakai kode pemulihan atau pulihkan cadangan.</translation>
    </message>
    <message>
      <source>This computer cannot spare the {memory} MiB of memory the key slot asks for. Close other programs and try again; nothing was changed.</source>
      <translation>Komputer ini tidak dapat menyediakan memori {memory} MiB yang diminta slot kunci. Tutup program lain dan coba lagi; tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>The key-slot file was altered outside ShelterDesk (its database name or generation do not authenticate). Nothing was changed. Restore keyslots.json from a backup, or restore the latest backup into a new folder.</source>
      <translation>Berkas slot kunci diubah di luar ShelterDesk (nama basis data atau generasinya tidak lolos autentikasi). Tidak ada yang diubah. Pulihkan keyslots.json dari cadangan, atau pulihkan cadangan terbaru ke folder baru.</translation>
    </message>
    <message>
      <source>The recovery code is not right.</source>
      <translation>Kode pemulihan tidak benar.</translation>
    </message>
    <message>
      <source>The user name or passphrase is not right. Check the keyboard layout and Caps Lock.</source>
      <translation>Nama pengguna atau frasa sandi tidak benar. Periksa tata letak papan ketik dan Caps Lock.</translation>
    </message>
    <message>
      <source>A key slot holds a key of the wrong size; the key-slot file is damaged.</source>
      <translation>Sebuah slot kunci menyimpan kunci dengan ukuran yang salah; berkas slot kunci rusak.</translation>
    </message>
    <message>
      <source>A key slot is damaged: the passphrase is right but the key it holds does not decrypt. Use the recovery code or a backup.</source>
      <translation>Sebuah slot kunci rusak: frasa sandinya benar, tetapi kunci yang disimpannya tidak dapat didekripsi. Pakai kode pemulihan atau cadangan.</translation>
    </message>
    <message>
      <source>This vault was made by a newer version of ShelterDesk. Install the newer version to open it.</source>
      <translation>Brankas data ini dibuat oleh versi ShelterDesk yang lebih baru. Pasang versi yang lebih baru untuk membukanya.</translation>
    </message>
    <message>
      <source>The vault file is damaged or was altered outside ShelterDesk (its pages do not authenticate). It was left untouched; restore it from your latest backup.</source>
      <translation>Berkas brankas data rusak atau diubah di luar ShelterDesk (halamannya tidak lolos autentikasi). Berkas dibiarkan apa adanya; pulihkan dari cadangan terbaru Anda.</translation>
    </message>
    <message>
      <source>This program's SQLCipher is not version 4; refusing to open the vault.</source>
      <translation>SQLCipher program ini bukan versi 4; brankas data tidak dibuka.</translation>
    </message>
    <message>
      <source>The vault file is damaged or was altered outside ShelterDesk. Nothing was changed. Restore it from your latest backup.</source>
      <translation>Berkas brankas data rusak atau diubah di luar ShelterDesk. Tidak ada yang diubah. Pulihkan dari cadangan terbaru Anda.</translation>
    </message>
    <message>
      <source>The vault is busy in another program. Close it there and try again.</source>
      <translation>Brankas data sedang dipakai program lain. Tutup di sana dan coba lagi.</translation>
    </message>
    <message>
      <source>Too many wrong attempts. Wait {seconds} seconds before trying again.</source>
      <translation>Terlalu banyak percobaan yang salah. Tunggu {seconds} detik sebelum mencoba lagi.</translation>
    </message>
    <message>
      <source>The vault is locked.</source>
      <translation>Brankas data terkunci.</translation>
    </message>
    <message>
      <source>There is already a vault in {folder}. It was not changed.</source>
      <translation>Sudah ada brankas data di {folder}. Brankas itu tidak diubah.</translation>
    </message>
    <message>
      <source>There is no vault in {folder}. Create one first (shelterdesk-cli init).</source>
      <translation>Tidak ada brankas data di {folder}. Buat dulu (shelterdesk-cli init).</translation>
    </message>
    <message>
      <source>This vault was saved by a newer version of ShelterDesk (schema {version}, this program knows up to {known}). Install the newer version; the vault was not changed.</source>
      <translation>Brankas data ini disimpan oleh versi ShelterDesk yang lebih baru (skema {version}, program ini hanya mengenal sampai {known}). Pasang versi yang lebih baru; brankas data tidak diubah.</translation>
    </message>
    <message>
      <source>The database in this folder belongs to another vault than its key-slot file. Nothing was changed.</source>
      <translation>Basis data di folder ini milik brankas data lain, bukan milik berkas slot kuncinya. Tidak ada yang diubah.</translation>
    </message>
    <message>
      <source>The key-slot file has lost its authentication (it was replaced by an altered or older copy). Nothing was changed. Restore keyslots.json from a backup, or restore the latest backup.</source>
      <translation>Berkas slot kunci kehilangan autentikasinya (diganti dengan salinan yang diubah atau lebih lama). Tidak ada yang diubah. Pulihkan keyslots.json dari cadangan, atau pulihkan cadangan terbaru.</translation>
    </message>
    <message>
      <source>The vault database ({database}) is missing. Restore it from a backup.</source>
      <translation>Basis data brankas ({database}) hilang. Pulihkan dari cadangan.</translation>
    </message>
    <message>
      <source>This database is not encrypted: it is a plain SQLite file, not a ShelterDesk vault. It was left untouched.</source>
      <translation>Basis data ini tidak terenkripsi: ini berkas SQLite biasa, bukan brankas data ShelterDesk. Berkas dibiarkan apa adanya.</translation>
    </message>
    <message>
      <source>The vault file is truncated (it is not a whole number of pages). It was left untouched; restore it from your latest backup.</source>
      <translation>Berkas brankas data terpotong (ukurannya bukan kelipatan halaman yang utuh). Berkas dibiarkan apa adanya; pulihkan dari cadangan terbaru Anda.</translation>
    </message>
    <message>
      <source>The vault is locked. Unlock it to continue.</source>
      <translation>Brankas data terkunci. Buka kunci untuk melanjutkan.</translation>
    </message>
    <message>
      <source>The vault is in use by another ShelterDesk window or command on this computer. Close it there (or lock it) and try again.</source>
      <translation>Brankas data sedang dipakai jendela atau perintah ShelterDesk lain di komputer ini. Tutup di sana (atau kunci) dan coba lagi.</translation>
    </message>
    <message>
      <source>{folder} holds a database but no key-slot file ({file}); it is not a ShelterDesk vault or its key-slot file was lost. Restore from a backup.</source>
      <translation>{folder} berisi basis data tetapi tidak ada berkas slot kunci ({file}); folder ini bukan brankas data ShelterDesk atau berkas slot kuncinya hilang. Pulihkan dari cadangan.</translation>
    </message>
    <message>
      <source>The key-slot file names the database {database}, which is not in the folder (it holds {others}): the key-slot file is older or newer than the database. Nothing was changed. Restore keyslots.json from a backup, or restore the latest backup into a new folder.</source>
      <translation>Berkas slot kunci menyebut basis data {database}, yang tidak ada di folder (folder berisi {others}): berkas slot kunci lebih lama atau lebih baru daripada basis datanya. Tidak ada yang diubah. Pulihkan keyslots.json dari cadangan, atau pulihkan cadangan terbaru ke folder baru.</translation>
    </message>
    <message>
      <source>The vault connection setting {setting} is {got}, expected {want}.</source>
      <translation>Pengaturan koneksi brankas data {setting} bernilai {got}, seharusnya {want}.</translation>
    </message>
    <message>
      <source>The vault folder {folder} cannot be written to.</source>
      <translation>Folder brankas data {folder} tidak dapat ditulisi.</translation>
    </message>
    <message>
      <source>The key-slot file cannot be read.</source>
      <translation>Berkas slot kunci tidak dapat dibaca.</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <source>{name} · {role}</source>
      <translation>{name} · {role}</translation>
    </message>
    <message>
      <source>Screens</source>
      <translation>Layar</translation>
    </message>
    <message>
      <source>Lock  (Ctrl+L)</source>
      <translation>Kunci  (Ctrl+L)</translation>
    </message>
    <message>
      <source>Lock the vault</source>
      <translation>Kunci brankas data</translation>
    </message>
    <message>
      <source>Backup &amp;&amp; restore…</source>
      <translation>Cadangan &amp;&amp; pemulihan…</translation>
    </message>
    <message>
      <source>Backup and restore</source>
      <translation>Cadangan dan pemulihan</translation>
    </message>
    <message>
      <source>This vault is older than the last state this computer saw: it may have been put back from an older copy, or its audit log was cut. Recent work may be missing. Tell an administrator; they can run “Check the log” (Staff &amp; audit) and restore the latest backup.</source>
      <translation>Brankas data ini lebih lama daripada keadaan terakhir yang dilihat komputer ini: mungkin dipulihkan dari salinan lama, atau log auditnya terpotong. Pekerjaan terbaru mungkin hilang. Beri tahu administrator; mereka dapat menjalankan “Periksa log” (Staf &amp; audit) dan memulihkan cadangan terbaru.</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Dasbor</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Daftar</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Rujukan</translation>
    </message>
    <message>
      <source>Agencies</source>
      <translation>Lembaga</translation>
    </message>
    <message>
      <source>Staff &amp; audit</source>
      <translation>Staf &amp; audit</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Pengaturan</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Staf</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Log audit</translation>
    </message>
    <message>
      <source>Nothing to save here: Ctrl+S saves an open case file.</source>
      <translation>Tidak ada yang perlu disimpan di sini: Ctrl+S menyimpan berkas kasus yang terbuka.</translation>
    </message>
    <message>
      <source>Your role can read this case but not change it.</source>
      <translation>Peran Anda dapat membaca kasus ini tetapi tidak mengubahnya.</translation>
    </message>
    <message>
      <source>No changes to save.</source>
      <translation>Tidak ada perubahan untuk disimpan.</translation>
    </message>
    <message>
      <source>Case saved.</source>
      <translation>Kasus disimpan.</translation>
    </message>
    <message>
      <source>Not saved: see the message above the case.</source>
      <translation>Tidak disimpan: lihat pesan di atas kasus.</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Demo vault with invented people, deleted when you quit.
User name: {user}
Passphrase: {pw}</source>
      <translation>Brankas data demo dengan orang rekaan, dihapus saat Anda keluar.
Nama pengguna: {user}
Frasa sandi: {pw}</translation>
    </message>
    <message>
      <source>The demo vault could not be built ({error}). Quit and start the demo again.</source>
      <translation>Brankas data demo tidak dapat dibuat ({error}). Keluar, lalu mulai demo lagi.</translation>
    </message>
    <message>
      <source>ShelterDesk is already running on this computer.</source>
      <translation>ShelterDesk sudah berjalan di komputer ini.</translation>
    </message>
    <message>
      <source>Its window has been brought to the front.</source>
      <translation>Jendelanya sudah dibawa ke depan.</translation>
    </message>
    <message>
      <source>Switch to its window, or close it before starting ShelterDesk again.</source>
      <translation>Pindah ke jendelanya, atau tutup sebelum menjalankan ShelterDesk lagi.</translation>
    </message>
    <message>
      <source>Preparing the demo vault…</source>
      <translation>Menyiapkan brankas data demo…</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>Please check these fields</source>
      <translation>Mohon periksa isian ini</translation>
    </message>
    <message>
      <source>Not allowed for your role</source>
      <translation>Tidak diizinkan untuk peran Anda</translation>
    </message>
    <message>
      <source>Someone else saved first</source>
      <translation>Orang lain menyimpan lebih dulu</translation>
    </message>
    <message>
      <source>The disk is full</source>
      <translation>Disk penuh</translation>
    </message>
    <message>
      <source>Could not unlock</source>
      <translation>Tidak dapat membuka kunci</translation>
    </message>
    <message>
      <source>The vault cannot be used</source>
      <translation>Brankas data tidak dapat digunakan</translation>
    </message>
    <message>
      <source>This cannot be done</source>
      <translation>Ini tidak dapat dilakukan</translation>
    </message>
  </context>
  <context>
    <name>register</name>
    <message>
      <source>Nationality</source>
      <translation>Negara</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>Kebutuhan</translation>
    </message>
    <message>
      <source>Name (passport)</source>
      <translation>Nama (paspor)</translation>
    </message>
    <message>
      <source>Name (own script)</source>
      <translation>Nama (aksara)</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Kasus</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Hari</translation>
    </message>
    <message>
      <source>Waiting on</source>
      <translation>Menunggu</translation>
    </message>
    <message>
      <source>Next follow-up</source>
      <translation>Tindak lanjut</translation>
    </message>
    <message>
      <source>Days in the shelter since admission, up to discharge once the stay has ended</source>
      <translation>Hari di rumah aman sejak diterima, sampai keluar bila masa tinggal sudah berakhir</translation>
    </message>
    <message>
      <source>Open needs</source>
      <translation>Kebutuhan terbuka</translation>
    </message>
    <message>
      <source>This column cannot be sorted</source>
      <translation>Kolom ini tidak dapat diurutkan</translation>
    </message>
    <message>
      <source>{date}: overdue</source>
      <translation>{date}: terlambat</translation>
    </message>
  </context>
</TS>
