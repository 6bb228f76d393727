<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- NOT YET REVIEWED by a native speaker. See docs/TRANSLATING.md for the reviewer's checklist. -->
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>AccessReport</name>
    <message>
      <source>Their own copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language of the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The report lists everything held about this person. The saved PDF is NOT encrypted: print it or hand it over, then delete the file. It is recorded in the disclosure register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The report was saved. It is not encrypted: delete the file once it has been handed over.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AdminHelpers</name>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
  </context>
  <context>
    <name>AgenciesView</name>
    <message>
      <source>Agencies</source>
      <translation>Cơ quan</translation>
    </message>
    <message>
      <source>Agency kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All kinds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Nationalities served</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Letter language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Serves nationals of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only coordinators and administrators can change the directory.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agency directory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved.</source>
      <translation>Đã lưu.</translation>
    </message>
    <message>
      <source>Nothing was saved. Each message is next to its field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AttachmentsTab</name>
    <message>
      <source>Passport scan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identity paper scan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed consent form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attachments</source>
      <translation>Tệp đính kèm</translation>
    </message>
    <message>
      <source>%1 MB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 kB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scans of identity papers, photos for travel documents and signed consent forms, kept encrypted inside the vault. PDF, JPEG or PNG up to 25 MB; photos lose their location and camera details when they are added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What it is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save a copy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save a copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview of the image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No files are stored with this case yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a file in the list to see it here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This image is too large to preview here. Save a copy to view it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a scan, photo or signed form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stored inside the vault. The original file on this computer is unchanged and NOT encrypted: delete it if it is no longer needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save a copy outside the vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The copy is NOT encrypted: anyone who can open the file can see it. Save it only to a place you control, and delete it once it has served its purpose. Saving it is recorded in the history.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Files (*%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy saved. It is not encrypted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file is deleted from the vault for good. This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file was removed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditText</name>
    <message>
      <source>Registered the person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opened the case file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed the case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added a need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed a need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moved a need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Made a referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moved a referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set a follow-up date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recorded consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recorded a withdrawal of consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Issued a letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Printed a letter again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added an agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed an agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted an agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added a staff member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed a staff member's role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disabled or enabled a staff member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removed a staff member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed a passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed a staff member's details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unlocked the vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unlocked with the recovery code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Made a new recovery code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created the vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Made a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed the vault key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed the shelter's letterhead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed the backup reminder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed the wipe-after-wrong-passphrases setting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filled the demo vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gave the person their own copy of their records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stored a file with the case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved a copy of a stored file outside the vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removed a stored file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Looked at a stored file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anonymised the case (retention rule)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Erased a case at the person's request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Imported cases from a spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Took in a case from a partner shelter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent the case to a partner shelter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Made the period report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed the retention rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created this shelter's identity key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trusted a partner shelter's key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed: {fields}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditView</name>
    <message>
      <source>Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Needs</source>
      <translation>Nhu cầu</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Chuyển tuyến</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Sự đồng ý</translation>
    </message>
    <message>
      <source>Letters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agencies</source>
      <translation>Cơ quan</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Nhân viên</translation>
    </message>
    <message>
      <source>Unlocking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vault and backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Mã khôi phục</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Cài đặt</translation>
    </message>
    <message>
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Detail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Audit log entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>anyone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action starts with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>any action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From (date)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Until (date)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>any date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show matching entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show all entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export…</source>
      <translation>Xuất…</translation>
    </message>
    <message>
      <source>Export the shown entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check the log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Audit log</source>
      <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>until</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n entry(s), newest first; scroll down for older ones.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n entry(s), newest first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export the audit log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The exported file is not encrypted: it leaves the vault. It holds who did what and when (user names, record numbers), never survivors' names. Keep it where only administrators can read it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file could not be written: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} entries exported to {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The log is intact: {n} entries, database pages authenticate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The log does NOT check out ({n} entries read):
{problems}
Do not delete anything; keep a backup of the vault as it is now and compare with an earlier backup.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <source>This vault has never been backed up. Back it up to a USB stick and keep the stick away from this computer.</source>
      <translation>Kho dữ liệu này chưa từng được sao lưu. Hãy sao lưu vào USB và cất USB cách xa máy tính này.</translation>
    </message>
    <message>
      <source>The last backup is {n} days old (reminder after {days} days). Back up now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} ({size:,} bytes), made {made}: {cases} cases, {needs} needs, {referrals} referrals, {audit} audit entries.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back up now…</source>
      <translation>Sao lưu ngay…</translation>
    </message>
    <message>
      <source>Backup &amp; restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Make a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup is encrypted and opens with the passphrases of the staff of today (or the recovery code). Save it on a USB stick and keep the stick away from this computer. It is read back and checked before it counts as made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back up to a file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remind administrators after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remind after this many days without a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save reminder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check or restore a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A backup opens with the user name and passphrase of someone who was on the staff when it was made; restoring needs an administrator of that time. The restored vault opens with the passphrases that were valid then.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User name for the backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase for the backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User name</source>
      <translation>Tên người dùng</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Cụm mật khẩu</translation>
    </message>
    <message>
      <source>Check a backup file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore into a new folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Replace this vault…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Replace this vault with a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last backup: never.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last backup: {when} ({n} days ago).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back up to a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No backup was made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written, read back and verified, but the vault's key slots need attention:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written, read back and verified:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Administrators are reminded after {n} days without a backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the user name and passphrase that open the backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check a backup file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This backup cannot be used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup is complete and authentic:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a new, empty folder for the restored vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored and checked into {folder}. It opens with the passphrases that were valid when the backup was made. This vault is unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Replace this vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Replace the vault in {folder} with the backup made {made}?

ShelterDesk locks now. The current vault is kept as a safety copy next to it ({folder}.before-restore-…), then the backup takes its place. Everything entered after the backup was made is only in the safety copy.

Afterwards unlock with the passphrases that were valid when the backup was made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock and replace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The vault could not be locked, so nothing was replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vault replaced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup was restored and checked. The previous vault is kept as {safety}. Unlock with the passphrases that were valid when the backup was made.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BatchLettersDialog</name>
    <message numerus="yes">
      <source>The %n person(s) selected in the register.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Issued %n letter(s).</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Skipped %n case(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Batch letters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any nationality</source>
      <translation>Mọi quốc tịch</translation>
    </message>
    <message>
      <source>Open cases (intake, sheltered, awaiting repatriation)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any status</source>
      <translation>Mọi tình trạng</translation>
    </message>
    <message>
      <source>Any (no filter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only cases with a referral still waiting on an embassy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Embassy letter (chosen from each person's open needs)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The embassy serving each person's nationality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each recipient's letter language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>English only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>English and {language}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One PDF with every letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One PDF per letter (named by case number and reference)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose folder and start…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Quốc tịch</translation>
    </message>
    <message>
      <source>Case status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recipient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <source>Output</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Letters for every matching case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved letters are plaintext PDFs, NOT encrypted. Each letter is kept in the vault and entered in the disclosure register. Cases without consent, or without an embassy for their nationality, are skipped and listed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only coordinators and administrators can issue letters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No case matches this filter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved {file} in {folder}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved {n} files in {folder}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled after {done} of {total} cases.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skipped {case}: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseFile</name>
    <message>
      <source>Their own copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Đã lưu.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>Save case</source>
      <translation>Lưu hồ sơ</translation>
    </message>
    <message>
      <source>Save the changes to this case (Ctrl+S)</source>
      <translation>Lưu các thay đổi của hồ sơ này (Ctrl+S)</translation>
    </message>
    <message>
      <source>Discard changes</source>
      <translation>Bỏ thay đổi</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Sao chép</translation>
    </message>
    <message>
      <source>Copy a name or number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy the case number, a name or the passport number. The clipboard is cleared after 30 seconds and when ShelterDesk locks.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close case file</source>
      <translation>Đóng hồ sơ</translation>
    </message>
    <message>
      <source>Their own copy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything held about this person, as a PDF in their language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transfer…</source>
      <translation>Chuyển…</translation>
    </message>
    <message>
      <source>Transfer to a partner shelter</source>
      <translation>Chuyển sang nhà tạm lánh đối tác</translation>
    </message>
    <message>
      <source>Send this case, sealed, to a trusted partner shelter (needs the person's consent for transfer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Erase…</source>
      <translation>Xóa vĩnh viễn…</translation>
    </message>
    <message>
      <source>Erase this case</source>
      <translation>Xóa vĩnh viễn hồ sơ này</translation>
    </message>
    <message>
      <source>Erase this case on the person's request (administrators; cannot be undone)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identity and names</source>
      <translation>Nhân thân và tên</translation>
    </message>
    <message>
      <source>Documents and immigration</source>
      <translation>Giấy tờ và xuất nhập cảnh</translation>
    </message>
    <message>
      <source>Trafficking profile</source>
      <translation>Thông tin mua bán người</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>Nhu cầu</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Chuyển tuyến</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Sự đồng ý</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Tệp đính kèm</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Lịch sử</translation>
    </message>
    <message>
      <source>in the shelter for %n days</source>
      <translation>ở nhà tạm lánh %n ngày</translation>
    </message>
    <message>
      <source>Unsaved changes from before the lock were restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discard</source>
      <translation>Bỏ</translation>
    </message>
    <message>
      <source>Someone else saved this case after you opened it. Reload their version; your edits will be put back on top of it for you to check and save.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reload and keep my edits</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Nothing was saved: %n field(s) need attention. Each message is next to its field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reloaded. Your edits are back on top; check them and save.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case number</source>
      <translation>Số hồ sơ</translation>
    </message>
    <message>
      <source>Name (passport)</source>
      <translation>Tên (hộ chiếu)</translation>
    </message>
    <message>
      <source>Name (own script)</source>
      <translation>Tên (chữ viết gốc)</translation>
    </message>
    <message>
      <source>Passport number {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Embassy case number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This case has unsaved changes.</source>
      <translation>Hồ sơ này có thay đổi chưa lưu.</translation>
    </message>
    <message>
      <source>Save and close</source>
      <translation>Lưu và đóng</translation>
    </message>
    <message>
      <source>Discard and close</source>
      <translation>Bỏ và đóng</translation>
    </message>
  </context>
  <context>
    <name>ChangePassphraseDialog</name>
    <message>
      <source>Change my passphrase</source>
      <translation>Đổi cụm mật khẩu</translation>
    </message>
    <message>
      <source>Your new passphrase opens the vault from now on; the old one stops working. Backups made earlier still open with the old one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Current passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the new passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two new passphrases differ. Type them again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Consent kinds</name>
    <message>
      <source>embassy</source>
      <translation>đại sứ quán</translation>
    </message>
    <message>
      <source>agency</source>
      <translation>cơ quan</translation>
    </message>
    <message>
      <source>police</source>
      <translation>cảnh sát</translation>
    </message>
    <message>
      <source>provider</source>
      <translation>đơn vị cung cấp dịch vụ</translation>
    </message>
  </context>
  <context>
    <name>ConsentTab</name>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Sự đồng ý</translation>
    </message>
    <message>
      <source>Consents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A referral or letter to an agency needs this person's valid consent for that kind of recipient. Record consent only after explaining, in their language, what will be shared and with whom.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consent for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Given on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interpreter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name of the interpreter, if one was used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expires on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Withdraw this consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consent for %1 recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consent withdrawn as of today.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>ShelterDesk — unexpected error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something went wrong that ShelterDesk did not expect. Your saved records are safe in the vault; the last action may not have been completed.

If it happens again, copy the report below and send it to your support contact. It holds no survivor data, only where in the program the error happened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Crash report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy the crash report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copied</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Admitted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>under 1 week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1–2 weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>2–4 weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1–2 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>2 months or more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Tổng quan</translation>
    </message>
    <message>
      <source>Export anonymised statistics…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export anonymised statistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import a spreadsheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import a register from a spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Period report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Period report for donors and authorities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the overdue referrals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the follow-ups due this week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Click a bar or slice to see the people it counts.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n people in the shelter</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n overdue referrals</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n follow-ups due this week</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n open needs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In the shelter now, by nationality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In the shelter now, by status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waiting on each agency, by days waited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open needs by category and priority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Admitted in {month}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Left in {month}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Admissions and departures per month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Left</source>
      <translation>Đã rời đi</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTab</name>
    <message>
      <source>Embassy case number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Document type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Document number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Issuing country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expiry date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Document status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number</source>
      <translation>Số</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where it is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identity documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Immigration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entry date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visa type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. tourist, business (E)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visa expiry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overstay days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overstay fine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amount and currency, as stated by immigration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exit permit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exit permit status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Embassy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Travel document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Travel document status</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EraseDialog</name>
    <message>
      <source>Erase this case</source>
      <translation>Xóa vĩnh viễn hồ sơ này</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Erasing deletes this case and everything about it: identity, needs, referrals, consents, letters, attachments and the details in its history. Only a line in the audit log remains: that a case was erased, by whom and why.

This cannot be undone. Backups made before today still hold the case until they are destroyed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. the person asked on 2026-11-30 (no names)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case number, to confirm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the case number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Erase for good</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export anonymised statistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The saved file is NOT encrypted and holds names and case details: anyone who can open it can read them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The saved file is NOT encrypted: anyone who can open it can read it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exported files are not encrypted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The export is recorded in the disclosure register. Save it only to a place you control, share it only with its recipient, and delete it when it is no longer needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the export as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the register as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What to export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Counts per month (aggregate, HXL-tagged)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One row per person, CTDC columns (consenting people only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excel workbook (.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV (.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Smallest group published (k)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Smallest group (k)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No names, case or document numbers, dates of birth, addresses or notes ever leave. Counts under k are left out; in the person-level file ages, countries and years are widened until every combination is shared by at least k people, and whoever still stands out is left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file could not be written ({reason}). Nothing was recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved {file}: {rows} row(s) written, {suppressed} left out because they counted fewer than {k} people.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{generalised} row(s) were generalised; {no_consent} case(s) without consent for anonymised statistics were left out.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FirstPassphraseScreen</name>
    <message>
      <source>Choose your own passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You unlocked with a one-time passphrase or the recovery code. Choose a passphrase only you know before you continue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the new passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save and continue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the new passphrase and continue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FirstRunScreen</name>
    <message>
      <source>Welcome to ShelterDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything ShelterDesk stores is encrypted on this computer. Create the vault and the first administrator. Only people with a passphrase (or the recovery code) can open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shelter name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Administrator user name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. sokha</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Administrator full name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your user name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your full name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Cụm mật khẩu</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create the vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the shelter's name; it heads every letter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a stronger passphrase (see the meter).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write down the recovery code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This code opens the vault if every administrator forgets their passphrase. It is shown only now and cannot be shown again.

Write it on paper (or print the recovery kit), and lock it away from the computer, where only the shelter's director can reach it. Anyone who has it can read every record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Mã khôi phục</translation>
    </message>
    <message>
      <source>Print the recovery kit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print the recovery kit with this code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One page with this code and how to use it. Printing does not make a new code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I have written the recovery code down and will keep it locked away.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I have written the recovery code down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Continue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recovery kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print another copy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The shelter's letterhead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These details head every referral letter. You can change them later in Settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start using ShelterDesk</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Forms</name>
    <message>
      <source>Type to search, Enter to add</source>
      <translation>Gõ để tìm, Enter để thêm</translation>
    </message>
    <message>
      <source>Type to search</source>
      <translation>Gõ để tìm</translation>
    </message>
    <message>
      <source>Stateless</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown</source>
      <translation>Không rõ</translation>
    </message>
    <message>
      <source>No country matches “%1”. Pick one from the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No language matches “%1”. Pick one from the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Calendar</source>
      <translation>Lịch</translation>
    </message>
    <message>
      <source>Pick %1 from a calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pick the date from a calendar (Alt+Down)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. %1, empty if unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is not a date. Write it as %2, 14/03/1996 or 1996-03-14 (with a four-digit year), pick it from the calendar, or leave it empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter a whole number, or leave it empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One per line</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HistoryTab</name>
    <message>
      <source>History</source>
      <translation>Lịch sử</translation>
    </message>
    <message>
      <source>Case history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who opened or changed this case, and when. Entries cannot be edited.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IdentityTab</name>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nationality</source>
      <translation>Quốc tịch</translation>
    </message>
    <message>
      <source>Case status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case</source>
      <translation>Hồ sơ</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>Names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Family name</source>
      <translation>Họ</translation>
    </message>
    <message>
      <source>As in the passport</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Given names</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Native script</source>
      <translation>Chữ viết gốc</translation>
    </message>
    <message>
      <source>Name in native script</source>
      <translation>Tên bằng chữ viết gốc</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aliases, one per line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About the person</source>
      <translation>Về người này</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As the person describes it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Ngày sinh</translation>
    </message>
    <message>
      <source>Place of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Father's name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As in civil records; embassies check it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mother's name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Estimated age</source>
      <translation>Tuổi ước tính</translation>
    </message>
    <message>
      <source>years</source>
      <translation>tuổi</translation>
    </message>
    <message>
      <source>Date of birth or age is estimated</source>
      <translation>Ngày sinh hoặc tuổi là ước tính</translation>
    </message>
    <message>
      <source>Vulnerabilities</source>
      <translation>Tình trạng dễ bị tổn thương</translation>
    </message>
    <message>
      <source>Nationality and language</source>
      <translation>Quốc tịch và ngôn ngữ</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <source>Needs an interpreter</source>
      <translation>Cần phiên dịch</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>With country code, e.g. +62 812 3456 7890</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Home address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last address in Cambodia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where the person last lived, not where they were held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next of kin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next of kin name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Relation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. mother, brother</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next of kin phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Safe to contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shelter stay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Admitted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Admission date</source>
      <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
      <source>Discharged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discharge date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discharged to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discharge destination</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where the person goes, e.g. home town after repatriation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Health (share only with consent)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fit to fly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As the doctor stated it, with date and name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Medical notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only what the person agreed may be shared in letters</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>There is no column “{header}” in the file.</source>
      <translation>Tệp không có cột “{header}”.</translation>
    </message>
    <message>
      <source>Choose a .xlsx or .csv file.</source>
      <translation>Hãy chọn tệp .xlsx hoặc .csv.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Tệp trống.</translation>
    </message>
    <message>
      <source>The file has more than {limit} rows; split it and import each part.</source>
      <translation>Tệp có hơn {limit} dòng; hãy chia nhỏ và nhập từng phần.</translation>
    </message>
    <message>
      <source>The mapping file needs a [columns] table of "Header" = "field".</source>
      <translation>Tệp ghép cột cần một bảng [columns] dạng "Header" = "field".</translation>
    </message>
    <message>
      <source>This CSV file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8” and try again.</source>
      <translation>Tệp CSV này không phải văn bản UTF-8. Hãy lưu lại từ bảng tính dưới dạng “CSV UTF-8” rồi thử lại.</translation>
    </message>
    <message>
      <source>This file cannot be read as an Excel workbook (.xlsx).</source>
      <translation>Không đọc được tệp này dưới dạng sổ làm việc Excel (.xlsx).</translation>
    </message>
    <message>
      <source>There is no sheet “{sheet}”. The sheets are: {sheets}.</source>
      <translation>Không có trang tính “{sheet}”. Các trang tính: {sheets}.</translation>
    </message>
    <message>
      <source>The file cannot be read: {why}.</source>
      <translation>Không đọc được tệp: {why}.</translation>
    </message>
    <message>
      <source>The mapping file cannot be read: {why}</source>
      <translation>Không đọc được tệp ghép cột: {why}</translation>
    </message>
    <message>
      <source>“{name}” is not a field. Use one of: {fields} (or {ignore}).</source>
      <translation>“{name}” không phải là trường. Hãy dùng một trong: {fields} (hoặc {ignore}).</translation>
    </message>
    <message>
      <source>No column is mapped to a field. Map at least the name and nationality columns.</source>
      <translation>Chưa có cột nào được ghép với trường. Hãy ghép ít nhất cột tên và cột quốc tịch.</translation>
    </message>
    <message>
      <source>Problems found in the file: {count}; nothing was imported. Correct them and import again.</source>
      <translation>Số lỗi trong tệp: {count}; chưa nhập gì. Hãy sửa rồi nhập lại.</translation>
    </message>
    <message>
      <source>A CSV file has no sheets; leave out --sheet.</source>
      <translation>Tệp CSV không có trang tính; hãy bỏ --sheet.</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was imported.</source>
      <translation>Đã hủy nhập; chưa nhập gì.</translation>
    </message>
    <message>
      <source>row {row}</source>
      <translation>dòng {row}</translation>
    </message>
    <message>
      <source>“{value}” is not a date. Write it as YYYY-MM-DD or DD/MM/YYYY, e.g. 2026-03-14.</source>
      <translation>“{value}” không phải là ngày. Hãy viết theo dạng YYYY-MM-DD hoặc DD/MM/YYYY, ví dụ 2026-03-14.</translation>
    </message>
    <message>
      <source>not a case field (the fields are: {fields})</source>
      <translation>không phải trường của hồ sơ (các trường: {fields})</translation>
    </message>
    <message>
      <source>“{value}” is not a sex. Use female, male, intersex or unknown (or F, M, P, L).</source>
      <translation>“{value}” không phải là giới tính. Hãy dùng female, male, intersex hoặc unknown (hoặc F, M, P, L).</translation>
    </message>
    <message>
      <source>“{value}” is not a passport status. Use one of: {choices}.</source>
      <translation>“{value}” không phải là tình trạng hộ chiếu. Hãy dùng một trong: {choices}.</translation>
    </message>
    <message>
      <source>“{value}” is not an age in years.</source>
      <translation>“{value}” không phải là tuổi tính bằng năm.</translation>
    </message>
    <message>
      <source>“{value}” is not a case status. Use one of: {choices}.</source>
      <translation>“{value}” không phải là tình trạng hồ sơ. Hãy dùng một trong: {choices}.</translation>
    </message>
    <message>
      <source>“{value}” is not yes or no.</source>
      <translation>“{value}” không phải là có hoặc không.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Import a register from a spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the spreadsheet to import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No file chosen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Which field each column fills</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Column in the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Example</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The first rows as they will be stored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problems and likely duplicates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Also import the likely duplicates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check the rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Columns are matched to fields from their headers; correct any that are wrong. Nothing is imported until every row is correct, and then all rows are imported together.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview: the first rows as they will be stored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(column {n})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Field for column {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— not imported —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each field can be filled from one column only: {fields}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The mapping changed: check the rows again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking the rows…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking cancelled; nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row {row}, {column}: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row {row} may be the same person as {matches}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{rows} row(s) read; {errors} problem(s) to correct in the file before anything can be imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{rows} row(s) read; {ready} will be imported; {duplicates} likely duplicate(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} case(s) imported.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IntakeDialog</name>
    <message>
      <source>Same document number</source>
      <translation>Cùng số giấy tờ</translation>
    </message>
    <message>
      <source>Similar name, same date of birth</source>
      <translation>Tên gần giống, cùng ngày sinh</translation>
    </message>
    <message>
      <source>Similar name, same nationality</source>
      <translation>Tên gần giống, cùng quốc tịch</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Quốc tịch</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Số</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Họ</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Native script</source>
      <translation>Chữ viết gốc</translation>
    </message>
    <message>
      <source>Name in native script</source>
      <translation>Tên bằng chữ viết gốc</translation>
    </message>
    <message>
      <source>About the person</source>
      <translation>Về người này</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Ngày sinh</translation>
    </message>
    <message>
      <source>Estimated age</source>
      <translation>Tuổi ước tính</translation>
    </message>
    <message>
      <source>years</source>
      <translation>tuổi</translation>
    </message>
    <message>
      <source>Date of birth or age is estimated</source>
      <translation>Ngày sinh hoặc tuổi là ước tính</translation>
    </message>
    <message>
      <source>Vulnerabilities</source>
      <translation>Tình trạng dễ bị tổn thương</translation>
    </message>
    <message>
      <source>Nationality and language</source>
      <translation>Quốc tịch và ngôn ngữ</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <source>Needs an interpreter</source>
      <translation>Cần phiên dịch</translation>
    </message>
    <message>
      <source>Admission date</source>
      <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
      <source>Register a person</source>
      <translation>Đăng ký một người</translation>
    </message>
    <message>
      <source>As in the passport, Latin letters</source>
      <translation>Như trong hộ chiếu, chữ Latinh</translation>
    </message>
    <message>
      <source>e.g. 张伟, សុខ ដារ៉ា, محمد أحمد</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passport number</source>
      <translation>Số hộ chiếu</translation>
    </message>
    <message>
      <source>Leave empty if not known</source>
      <translation>Để trống nếu không biết</translation>
    </message>
    <message>
      <source>Passport status</source>
      <translation>Tình trạng hộ chiếu</translation>
    </message>
    <message>
      <source>Passport</source>
      <translation>Hộ chiếu</translation>
    </message>
    <message>
      <source>Situation</source>
      <translation>Hoàn cảnh</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Đăng ký</translation>
    </message>
    <message>
      <source>this intake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This person may already be registered. Check before saving.</source>
      <translation>Người này có thể đã được đăng ký. Hãy kiểm tra trước khi lưu.</translation>
    </message>
    <message>
      <source>Open %1</source>
      <translation>Mở %1</translation>
    </message>
    <message>
      <source>This is a different person — register</source>
      <translation>Đây là người khác — đăng ký</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Administrator</source>
      <translation>Quản trị viên</translation>
    </message>
    <message>
      <source>Coordinator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case worker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Female</source>
      <translation>Nữ</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Nam</translation>
    </message>
    <message>
      <source>Intersex</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown</source>
      <translation>Không rõ</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Tiếp nhận</translation>
    </message>
    <message>
      <source>Sheltered</source>
      <translation>Đang lưu trú</translation>
    </message>
    <message>
      <source>Awaiting repatriation</source>
      <translation>Chờ hồi hương</translation>
    </message>
    <message>
      <source>Repatriated</source>
      <translation>Đã hồi hương</translation>
    </message>
    <message>
      <source>Transferred</source>
      <translation>Đã chuyển</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Đã rời đi</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Đã đóng</translation>
    </message>
    <message>
      <source>Passport</source>
      <translation>Hộ chiếu</translation>
    </message>
    <message>
      <source>National ID card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Travel document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Birth certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Work permit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In hand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Held by employer or syndicate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>With police</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Requested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Issued</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Collected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Applied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fine waiver requested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Granted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forced criminality (online scams)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forced labour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sexual exploitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Domestic servitude</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Debt bondage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forced marriage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deception about the job</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restriction of movement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Isolation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Physical violence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intimidation and threats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Retention of identity documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Withholding of wages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Abusive working and living conditions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excessive overtime</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Abuse of vulnerability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Minor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pregnant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Injured</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Embassy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anti-trafficking agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Police</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anonymised statistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transfer to another shelter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shelter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Food</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Medical</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Psychosocial</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Repatriation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Family contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Immigration fine waiver</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interpretation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Protection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Normal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>High</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Urgent (72 h)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Emergency (24 h)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot be met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Acknowledged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accepted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Declined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Completed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Withdrawn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Urgent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reopen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Put on hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark acknowledged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark accepted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark declined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark completed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Withdraw</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LanguageDialog</name>
    <message>
      <source>Choose the language of ShelterDesk</source>
      <translation>Chọn ngôn ngữ cho ShelterDesk</translation>
    </message>
    <message>
      <source>Language of the program</source>
      <translation>Ngôn ngữ của chương trình</translation>
    </message>
  </context>
  <context>
    <name>LetterDialog</name>
    <message>
      <source>English only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>English and {language}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recipient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Referral letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What will be printed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why this letter must go without consent (kept in the register)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Override (coordinators and administrators):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Letter for case {case}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fields to disclose (only those the person's consent allows can be ticked):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Printed or saved letters are plaintext; each one is recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only coordinators and administrators can issue letters. Ask one of them to prepare this letter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consent for this kind of recipient does not allow this field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consent given on {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (interpreter: {name})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No valid consent for this kind of recipient (none recorded, withdrawn or expired). Record the person's consent in the case file, or write an override reason below; it is kept in the disclosure register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark the referral as sent?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The letter for referral {reference} is issued. Mark the referral as Sent, so its follow-up date counts from today?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark as sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep as draft</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Letters</name>
    <message>
      <source>Some characters cannot be printed with the fonts ShelterDesk ships ({characters}), for example an emoji. Edit those fields (remove the symbol, or transliterate the name) and try again; nothing was printed.</source>
      <translation>Một số ký tự không in được bằng phông chữ đi kèm ShelterDesk ({characters}), ví dụ biểu tượng cảm xúc. Hãy sửa các trường đó (xóa ký hiệu, hoặc viết tên bằng chữ Latinh) rồi thử lại; chưa in gì.</translation>
    </message>
    <message>
      <source>A photo goes only on a letter to an embassy, and only with the person's valid embassy consent (an override does not cover a photo).</source>
      <translation>Ảnh chỉ được đưa vào thư gửi đại sứ quán, và chỉ khi người đó có sự đồng ý cho đại sứ quán còn hiệu lực (ngoại lệ không áp dụng cho ảnh).</translation>
    </message>
    <message>
      <source>No letter was issued, so there is nothing to combine.</source>
      <translation>Chưa có thư nào được cấp, nên không có gì để gộp.</translation>
    </message>
    <message>
      <source>There is no such field: {unknown}. The fields are: {fields}.</source>
      <translation>Không có trường này: {unknown}. Các trường: {fields}.</translation>
    </message>
    <message>
      <source>Nothing is recorded for this person in: {fields}. Fill it in on the case file first, or leave the field out of the letter.</source>
      <translation>Chưa có thông tin của người này ở: {fields}. Hãy điền vào hồ sơ trước, hoặc bỏ trường đó khỏi thư.</translation>
    </message>
    <message>
      <source>The directory has no postal address for {agency}, so the letter will carry only its name. Add the address under Agencies if the letter is to be posted or delivered.</source>
      <translation>Danh bạ không có địa chỉ bưu chính của {agency}, nên thư chỉ ghi tên. Hãy thêm địa chỉ trong Cơ quan nếu thư cần gửi bưu điện hoặc chuyển tận tay.</translation>
    </message>
    <message>
      <source>The shelter profile has no address or no phone or email, so the letterhead will not say how to reach the shelter. An administrator can add them in the shelter profile.</source>
      <translation>Thông tin nhà tạm lánh thiếu địa chỉ, hoặc thiếu điện thoại hay email, nên tiêu đề thư sẽ không cho biết cách liên hệ nhà tạm lánh. Quản trị viên có thể bổ sung trong thông tin nhà tạm lánh.</translation>
    </message>
    <message>
      <source>There is no valid {kind} consent for this person (none recorded, withdrawn or expired), so no letter can go to this recipient. Record their consent, or (coordinators and administrators) override with a written reason, which is kept in the disclosure register.</source>
      <translation>Người này không có sự đồng ý cho {kind} còn hiệu lực (chưa ghi nhận, đã rút lại hoặc đã hết hạn), nên không thể gửi thư cho nơi nhận này. Hãy ghi nhận sự đồng ý của họ, hoặc (điều phối viên và quản trị viên) áp dụng ngoại lệ kèm lý do bằng văn bản, lý do được lưu trong sổ cung cấp thông tin.</translation>
    </message>
    <message>
      <source>There is no letter template “{template}”.</source>
      <translation>Không có mẫu thư “{template}”.</translation>
    </message>
    <message>
      <source>The letter could not be made: {why}</source>
      <translation>Không tạo được thư: {why}</translation>
    </message>
    <message>
      <source>Choose a photo or image scan stored with this person's case.</source>
      <translation>Hãy chọn ảnh hoặc bản quét hình ảnh được lưu trong hồ sơ của người này.</translation>
    </message>
    <message>
      <source>The template “{template}” is for {wanted} recipients; this recipient is listed as {kind}.</source>
      <translation>Mẫu “{template}” dành cho nơi nhận là {wanted}; nơi nhận này được ghi là {kind}.</translation>
    </message>
    <message>
      <source>This letter has no “{language}” translation (it has: {languages}).</source>
      <translation>Thư này không có bản dịch “{language}” (hiện có: {languages}).</translation>
    </message>
    <message>
      <source>{kind} consent does not cover: {fields}</source>
      <translation>Sự đồng ý cho {kind} không bao gồm: {fields}</translation>
    </message>
    <message>
      <source>This letter has no disclosure record; it cannot be re-printed.</source>
      <translation>Thư này không có bản ghi cung cấp thông tin; không thể in lại.</translation>
    </message>
    <message>
      <source>The {kind} consent this letter relied on is no longer valid (withdrawn or expired). Record consent again, or override with a written reason.</source>
      <translation>Sự đồng ý cho {kind} mà thư này dựa vào không còn hiệu lực (đã rút lại hoặc hết hạn). Hãy ghi nhận lại sự đồng ý, hoặc áp dụng ngoại lệ kèm lý do bằng văn bản.</translation>
    </message>
    <message>
      <source>Choose the {kind} the letters go to; only embassy letters find their recipient from the nationality.</source>
      <translation>Hãy chọn {kind} nhận thư; chỉ thư gửi đại sứ quán mới tự tìm nơi nhận theo quốc tịch.</translation>
    </message>
    <message>
      <source>no embassy in the directory serves this nationality</source>
      <translation>danh bạ không có đại sứ quán nào phụ trách quốc tịch này</translation>
    </message>
    <message>
      <source>A {wanted} letter cannot go to this recipient, which is listed as {kind}.</source>
      <translation>Thư gửi {wanted} không thể gửi cho nơi nhận này, vì nơi nhận được ghi là {kind}.</translation>
    </message>
    <message>
      <source>This referral is for another case or agency.</source>
      <translation>Chuyển tuyến này thuộc hồ sơ hoặc cơ quan khác.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Make a new recovery kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your new passphrase is saved. The recovery code has now been used and typed on this computer: print a new recovery kit (Staff &amp; audit → Print recovery kit…), lock it away, and destroy the old page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go to Staff &amp; audit</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Needs</name>
    <message>
      <source>This need has not been added yet; add it first.</source>
      <translation>Nhu cầu này chưa được thêm; hãy thêm trước.</translation>
    </message>
    <message>
      <source>Choose a category and a priority from the lists.</source>
      <translation>Hãy chọn loại và mức ưu tiên trong danh sách.</translation>
    </message>
    <message>
      <source>“{status}” is not a need status.</source>
      <translation>“{status}” không phải là tình trạng nhu cầu.</translation>
    </message>
  </context>
  <context>
    <name>NeedsTab</name>
    <message>
      <source>Saved.</source>
      <translation>Đã lưu.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>Nhu cầu</translation>
    </message>
    <message>
      <source>Nobody yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Priority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What exactly is needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Responsible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel adding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What was done, what came of it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save changes to this need</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NotesTab</name>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Case notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes about this case. Kept encrypted in the vault.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PassphraseField</name>
    <message>
      <source>New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase strength</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Minimum: {n} characters and rated “strong enough”. A few unrelated words are easy to remember and hard to guess.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zoom out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zoom in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fit width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fit the page to the width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fitted to width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The saved PDF is NOT encrypted: anyone who can open the file can read everything in the letter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The saved PDFs are NOT encrypted: anyone who can open the files can read everything in the letters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved letters are not encrypted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The letter stays in the vault and the disclosure is recorded. Save it only to a place you control, and delete it once it has been sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save letter as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folder for the letters</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>The file could not be written ({reason}). The letter is kept in the vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The printer did not take the letter. Check that it is switched on and try again; the letter is kept in the vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The printer could not be started. The letter is kept in the vault.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Look in:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Files of type:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save As</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parent Directory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create New Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>List View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Detail View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go forward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recent Places</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>My Computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Directory:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All Files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sidebar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shortcut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alias</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date Modified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select All</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide Details...</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Abort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Retry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ignore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Recipient kinds</name>
    <message>
      <source>embassy</source>
      <translation>đại sứ quán</translation>
    </message>
    <message>
      <source>agency</source>
      <translation>cơ quan</translation>
    </message>
    <message>
      <source>police</source>
      <translation>cảnh sát</translation>
    </message>
    <message>
      <source>provider</source>
      <translation>đơn vị cung cấp dịch vụ</translation>
    </message>
  </context>
  <context>
    <name>Record fields</name>
    <message>
      <source>Family name</source>
      <translation>Họ</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Name in native script</source>
      <translation>Tên bằng chữ viết gốc</translation>
    </message>
    <message>
      <source>Other names used</source>
      <translation>Tên khác đã dùng</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>Tên thường gọi</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Quốc tịch</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Ngày sinh</translation>
    </message>
    <message>
      <source>Estimated age</source>
      <translation>Tuổi ước tính</translation>
    </message>
    <message>
      <source>Passport number</source>
      <translation>Số hộ chiếu</translation>
    </message>
    <message>
      <source>Passport status</source>
      <translation>Tình trạng hộ chiếu</translation>
    </message>
    <message>
      <source>National ID number</source>
      <translation>Số căn cước</translation>
    </message>
    <message>
      <source>Father's name</source>
      <translation>Họ tên cha</translation>
    </message>
    <message>
      <source>Mother's name</source>
      <translation>Họ tên mẹ</translation>
    </message>
    <message>
      <source>Last address in Cambodia</source>
      <translation>Địa chỉ cuối ở Campuchia</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <source>Interpreter needed</source>
      <translation>Cần phiên dịch</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <source>Embassy case number</source>
      <translation>Số hồ sơ tại đại sứ quán</translation>
    </message>
    <message>
      <source>Date of entry</source>
      <translation>Ngày nhập cảnh</translation>
    </message>
    <message>
      <source>Admitted to the shelter</source>
      <translation>Vào nhà tạm lánh</translation>
    </message>
    <message>
      <source>Case status</source>
      <translation>Tình trạng hồ sơ</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <source>Choose a file name in an existing folder for the recovery kit.</source>
      <translation>Hãy chọn tên tệp trong một thư mục có sẵn cho bộ khôi phục.</translation>
    </message>
    <message>
      <source>Choose between 3 and 100 wrong attempts, or turn the setting off.</source>
      <translation>Hãy chọn từ 3 đến 100 lần nhập sai, hoặc tắt cài đặt này.</translation>
    </message>
  </context>
  <context>
    <name>Referrals</name>
    <message>
      <source>There is no valid {kind} consent for this person. Record their consent first, or (coordinators) override with a written reason.</source>
      <translation>Người này không có sự đồng ý cho {kind} còn hiệu lực. Hãy ghi nhận sự đồng ý của họ trước, hoặc (điều phối viên) áp dụng ngoại lệ kèm lý do bằng văn bản.</translation>
    </message>
    <message>
      <source>Choose emergency, urgent or normal.</source>
      <translation>Hãy chọn khẩn cấp, gấp hoặc bình thường.</translation>
    </message>
    <message>
      <source>“{status}” is not a referral status.</source>
      <translation>“{status}” không phải là tình trạng chuyển tuyến.</translation>
    </message>
    <message>
      <source>Need {need} belongs to another case.</source>
      <translation>Nhu cầu {need} thuộc hồ sơ khác.</translation>
    </message>
  </context>
  <context>
    <name>ReferralsOverview</name>
    <message>
      <source>Agency kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Batch letters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All agencies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any follow-up date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overdue only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow-up due this week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Referrals waiting on agencies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Batch letters…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Letters for every open case that matches a filter, for example all Indonesians waiting for a travel document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Referrals sent and not yet answered or completed, longest waits first. Overdue follow-ups are highlighted. Open a referral to go to its case.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n referral(s) waiting</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>on %n agency(s);</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n overdue.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <source>Agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Chuyển tuyến</translation>
    </message>
    <message>
      <source>Record consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Priority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refer to an agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why this person is referred, what is asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow up by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Empty: set from the priority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For needs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason for referring without consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why this cannot wait for consent (it is logged)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Override with reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Override reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The agency's answer; saved with the next status change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow-up date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set follow-up date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prepare a letter…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prepare a letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent without consent. Reason given: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Linked needs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No open needs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write why this referral cannot wait for consent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow-up date saved.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RegisterView</name>
    <message>
      <source>Register</source>
      <translation>Sổ đăng ký</translation>
    </message>
    <message>
      <source>New intake</source>
      <translation>Tiếp nhận mới</translation>
    </message>
    <message>
      <source>Register a person who just arrived (Ctrl+N)</source>
      <translation>Đăng ký người vừa đến (Ctrl+N)</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Xuất…</translation>
    </message>
    <message>
      <source>Save the register, or the people this filter shows, as a spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export the register</source>
      <translation>Xuất sổ đăng ký</translation>
    </message>
    <message>
      <source>Letters for selected…</source>
      <translation>Thư cho người đã chọn…</translation>
    </message>
    <message>
      <source>Letters for the selected people</source>
      <translation>Thư cho những người đã chọn</translation>
    </message>
    <message>
      <source>Select people in the list (Ctrl+click, Shift+click), then print a letter for each of them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search by name (any script), case number or passport number  (Ctrl+F)</source>
      <translation>Tìm theo tên (mọi chữ viết), số hồ sơ hoặc số hộ chiếu  (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search the register</source>
      <translation>Tìm trong sổ đăng ký</translation>
    </message>
    <message>
      <source>Filter by status</source>
      <translation>Lọc theo tình trạng</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Mọi tình trạng</translation>
    </message>
    <message>
      <source>Active cases</source>
      <translation>Hồ sơ đang mở</translation>
    </message>
    <message>
      <source>Filter by nationality</source>
      <translation>Lọc theo quốc tịch</translation>
    </message>
    <message>
      <source>Any nationality</source>
      <translation>Mọi quốc tịch</translation>
    </message>
    <message>
      <source>Filter by open needs</source>
      <translation>Lọc theo nhu cầu chưa đáp ứng</translation>
    </message>
    <message>
      <source>Any needs</source>
      <translation>Mọi nhu cầu</translation>
    </message>
    <message>
      <source>Has an open need</source>
      <translation>Có nhu cầu chưa đáp ứng</translation>
    </message>
    <message>
      <source>Open need: {what}</source>
      <translation>Nhu cầu chưa đáp ứng: {what}</translation>
    </message>
    <message>
      <source>Waiting on an embassy</source>
      <translation>Đang chờ đại sứ quán</translation>
    </message>
    <message>
      <source>Only people waiting on an embassy</source>
      <translation>Chỉ những người đang chờ đại sứ quán</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Quá hạn</translation>
    </message>
    <message>
      <source>A referral follow-up or a need is past its due date</source>
      <translation>Một việc theo dõi chuyển tuyến hoặc một nhu cầu đã quá hạn</translation>
    </message>
    <message>
      <source>Only overdue cases</source>
      <translation>Chỉ hồ sơ quá hạn</translation>
    </message>
    <message>
      <source>Saved filters</source>
      <translation>Bộ lọc đã lưu</translation>
    </message>
    <message>
      <source>Save filters…</source>
      <translation>Lưu bộ lọc…</translation>
    </message>
    <message>
      <source>Save these filters as a preset</source>
      <translation>Lưu các bộ lọc này thành mẫu</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Delete the selected preset</source>
      <translation>Xóa mẫu đã chọn</translation>
    </message>
    <message>
      <source>Remove this filter</source>
      <translation>Bỏ bộ lọc này</translation>
    </message>
    <message>
      <source>Remove the filter chosen on the dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Survivors in the register</source>
      <translation>Những người trong sổ đăng ký</translation>
    </message>
    <message>
      <source>Type another letter to search (or press Enter)</source>
      <translation>Gõ thêm một chữ để tìm (hoặc nhấn Enter)</translation>
    </message>
    <message numerus="yes">
      <source>%n people</source>
      <translation>
        <numerusform>%n người</numerusform>
      </translation>
    </message>
    <message>
      <source>%1+ people (counting…)</source>
      <translation>%1+ người (đang đếm…)</translation>
    </message>
    <message>
      <source>No cases yet. Press Ctrl+N or “New intake” to register the first person.</source>
      <translation>Chưa có hồ sơ nào. Nhấn Ctrl+N hoặc “Tiếp nhận mới” để đăng ký người đầu tiên.</translation>
    </message>
    <message>
      <source>No cases yet.</source>
      <translation>Chưa có hồ sơ nào.</translation>
    </message>
    <message>
      <source>No one matches this search and these filters. Clear the search box or choose “Any status” to see everyone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open case</source>
      <translation>Mở hồ sơ</translation>
    </message>
    <message>
      <source>Copy case number</source>
      <translation>Sao chép số hồ sơ</translation>
    </message>
    <message>
      <source>Copy name (passport)</source>
      <translation>Sao chép tên (hộ chiếu)</translation>
    </message>
    <message>
      <source>Copy name (own script)</source>
      <translation>Sao chép tên (chữ viết gốc)</translation>
    </message>
    <message>
      <source>Copy passport number</source>
      <translation>Sao chép số hộ chiếu</translation>
    </message>
    <message numerus="yes">
      <source>Letters for the %n selected person(s)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file could not be written ({reason}). Nothing was recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} people saved to {file}</source>
      <translation>Đã lưu {n} người vào {file}</translation>
    </message>
    <message>
      <source>{what}  ✕</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved filters…</source>
      <translation>Bộ lọc đã lưu…</translation>
    </message>
    <message>
      <source>Save filters</source>
      <translation>Lưu bộ lọc</translation>
    </message>
    <message>
      <source>Name for these filters (for example “Indonesia, waiting on embassy”).
The search text is not saved.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>The end of the period is before its start.</source>
      <translation>Ngày kết thúc kỳ báo cáo trước ngày bắt đầu.</translation>
    </message>
    <message>
      <source>The report can be written in {languages} (beside English).</source>
      <translation>Báo cáo có thể viết bằng {languages} (ngoài tiếng Anh).</translation>
    </message>
    <message>
      <source>k must be a whole number from {least} to {most}.</source>
      <translation>k phải là số nguyên từ {least} đến {most}.</translation>
    </message>
    <message>
      <source>A report covers at most three years; choose a shorter period.</source>
      <translation>Một báo cáo chỉ bao gồm tối đa ba năm; hãy chọn khoảng thời gian ngắn hơn.</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>English only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Languages</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <source>The file could not be written ({reason}). Nothing was recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>English and Indonesian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>English and Chinese</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the report as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Period report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Admissions, departures, nationality, sex, age, type of exploitation, referrals and days to a travel document for the period, with charts. No names; counts under 11 are shown as “&lt;11”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved {file}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Retention</name>
    <message>
      <source>Give a number of months from 1 to {most}, or turn the policy off.</source>
      <translation>Hãy nhập số tháng từ 1 đến {most}, hoặc tắt quy tắc này.</translation>
    </message>
    <message>
      <source>The retention policy is off: set a number of months first.</source>
      <translation>Quy tắc lưu giữ đang tắt: hãy đặt số tháng trước.</translation>
    </message>
    <message>
      <source>Say why the case is erased (for example: “the person asked on 2026-11-30”). Do not write the person's name.</source>
      <translation>Hãy ghi lý do xóa hồ sơ (ví dụ: “người đó yêu cầu ngày 2026-11-30”). Không ghi tên người đó.</translation>
    </message>
    <message>
      <source>Keep the reason under {most} characters.</source>
      <translation>Lý do phải dưới {most} ký tự.</translation>
    </message>
  </context>
  <context>
    <name>RetentionPanel</name>
    <message>
      <source>Keeping records (retention)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closed cases are anonymised %1 months after they closed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closed cases are kept until an administrator sets a retention period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anonymise cases that closed (repatriated, transferred, left or closed) more than a number of months ago. Anonymising keeps only what statistics use — nationality, sex, year of birth, exploitation type, admission and discharge month, status, needs and referral kinds with their outcomes, consent for statistics — and deletes names, documents, contacts, notes, letters and attachments. It cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anonymise closed cases after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anonymise closed cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Months after closing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the retention rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the cases due…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the cases due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anonymise these cases…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anonymise these cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cases the rule would anonymise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved: closed cases are anonymised %1 months after closing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved: no case is anonymised.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>closed %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The rule is off: save a number of months first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%n case(s) would be anonymised now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%n case(s) will be anonymised: names, documents, contacts, notes, letters and attachments are deleted for good. This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anonymise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%n case(s) anonymised.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <source>administrator</source>
      <translation>quản trị viên</translation>
    </message>
    <message>
      <source>coordinator</source>
      <translation>điều phối viên</translation>
    </message>
    <message>
      <source>caseworker</source>
      <translation>cán bộ hồ sơ</translation>
    </message>
    <message>
      <source>readonly</source>
      <translation>chỉ xem</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>This vault is older than the last state this computer saw: it may have been put back from an older copy, or its audit log was cut. Recent work may be missing. Tell an administrator; they can run “Check the log” and restore the latest backup.</source>
      <translation>Kho dữ liệu này cũ hơn trạng thái cuối cùng máy tính này thấy: có thể đã được đưa về từ một bản sao cũ, hoặc nhật ký kiểm tra đã bị cắt. Công việc gần đây có thể bị mất. Hãy báo quản trị viên; họ có thể chạy “Kiểm tra nhật ký” và khôi phục bản sao lưu mới nhất.</translation>
    </message>
    <message>
      <source>This computer has no record of this vault's last state (its rollback anchor is missing or unreadable): it was deleted, or the vault was moved here from another computer or user account. ShelterDesk cannot tell whether the vault was put back to an older copy. If nobody moved the vault, tell an administrator; they can run “Check the log” and compare with the latest backup.</source>
      <translation>Máy tính này không có bản ghi trạng thái cuối của kho dữ liệu này (mốc khôi phục bị mất hoặc không đọc được): nó đã bị xóa, hoặc kho dữ liệu được chuyển đến đây từ máy tính hay tài khoản người dùng khác. ShelterDesk không biết được kho dữ liệu có bị đưa về bản sao cũ hay không. Nếu không ai di chuyển kho dữ liệu, hãy báo quản trị viên; họ có thể chạy “Kiểm tra nhật ký” và so sánh với bản sao lưu mới nhất.</translation>
    </message>
    <message>
      <source>You are still using the one-time passphrase an administrator gave you. Choose your own passphrase first (in the app you are asked at once; on the command line run “shelterdesk-cli passwd”).</source>
      <translation>Bạn vẫn đang dùng cụm mật khẩu dùng một lần do quản trị viên cấp. Hãy chọn cụm mật khẩu riêng trước (trong ứng dụng bạn sẽ được hỏi ngay; trên dòng lệnh hãy chạy “shelterdesk-cli passwd”).</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this.</source>
      <translation>Vai trò của bạn ({role}) không được làm việc này.</translation>
    </message>
    <message>
      <source>Your role ({role}) may not change records.</source>
      <translation>Vai trò của bạn ({role}) không được sửa hồ sơ.</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this (coordinators and administrators only).</source>
      <translation>Vai trò của bạn ({role}) không được làm việc này (chỉ điều phối viên và quản trị viên).</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this (administrators only).</source>
      <translation>Vai trò của bạn ({role}) không được làm việc này (chỉ quản trị viên).</translation>
    </message>
    <message>
      <source>The vault's audit key is missing or damaged. Restore the vault from a backup.</source>
      <translation>Khóa kiểm tra của kho dữ liệu bị mất hoặc hỏng. Hãy khôi phục kho dữ liệu từ bản sao lưu.</translation>
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message>
      <source>Settings</source>
      <translation>Cài đặt</translation>
    </message>
    <message>
      <source>This computer</source>
      <translation>Máy tính này</translation>
    </message>
    <message>
      <source> minutes</source>
      <translation> phút</translation>
    </message>
    <message>
      <source>Lock after this many idle minutes</source>
      <translation>Khóa sau số phút không sử dụng này</translation>
    </message>
    <message>
      <source>Language of the program</source>
      <translation>Ngôn ngữ của chương trình</translation>
    </message>
    <message>
      <source>Lock when idle for</source>
      <translation>Khóa khi không dùng trong</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <source>A new language applies the next time ShelterDesk starts.</source>
      <translation>Ngôn ngữ mới sẽ áp dụng khi ShelterDesk khởi động lại.</translation>
    </message>
    <message>
      <source>Shelter profile (letterhead)</source>
      <translation>Thông tin nhà tạm lánh (tiêu đề thư)</translation>
    </message>
    <message>
      <source>Save profile</source>
      <translation>Lưu thông tin</translation>
    </message>
    <message>
      <source>Save the shelter profile</source>
      <translation>Lưu thông tin nhà tạm lánh</translation>
    </message>
    <message>
      <source>Coordinators and administrators can change the profile.</source>
      <translation>Điều phối viên và quản trị viên có thể thay đổi thông tin.</translation>
    </message>
    <message>
      <source>Your passphrase</source>
      <translation>Cụm mật khẩu của bạn</translation>
    </message>
    <message>
      <source>Change my passphrase…</source>
      <translation>Đổi cụm mật khẩu…</translation>
    </message>
    <message>
      <source>Change my passphrase</source>
      <translation>Đổi cụm mật khẩu</translation>
    </message>
  </context>
  <context>
    <name>ShelterProfileForm</name>
    <message>
      <source>Shelter name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shelter address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shelter phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shelter email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose logo…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a logo image for letterheads</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Staff</name>
    <message>
      <source>You cannot remove your own account.</source>
      <translation>Bạn không thể gỡ bỏ tài khoản của chính mình.</translation>
    </message>
    <message>
      <source>This is the last administrator; it cannot be removed.</source>
      <translation>Đây là quản trị viên cuối cùng; không thể gỡ bỏ.</translation>
    </message>
    <message>
      <source>Use “change passphrase”, which asks for the current one.</source>
      <translation>Hãy dùng “đổi cụm mật khẩu”, chức năng này sẽ hỏi cụm mật khẩu hiện tại.</translation>
    </message>
    <message>
      <source>There is already a staff member called “{name}”.</source>
      <translation>Đã có nhân viên tên “{name}”.</translation>
    </message>
    <message>
      <source>This is the last administrator; make someone else administrator first.</source>
      <translation>Đây là quản trị viên cuối cùng; hãy đặt người khác làm quản trị viên trước.</translation>
    </message>
    <message>
      <source>You cannot disable your own account.</source>
      <translation>Bạn không thể vô hiệu hóa tài khoản của chính mình.</translation>
    </message>
    <message>
      <source>This is the last administrator; it cannot be disabled.</source>
      <translation>Đây là quản trị viên cuối cùng; không thể vô hiệu hóa.</translation>
    </message>
    <message>
      <source>Choose a passphrase different from the current one.</source>
      <translation>Hãy chọn cụm mật khẩu khác với cụm hiện tại.</translation>
    </message>
    <message>
      <source>The current passphrase is not right.</source>
      <translation>Cụm mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
      <source>Choose administrator, coordinator, caseworker or readonly.</source>
      <translation>Hãy chọn quản trị viên, điều phối viên, cán bộ hồ sơ hoặc chỉ xem.</translation>
    </message>
  </context>
  <context>
    <name>StaffView</name>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User name</source>
      <translation>Tên người dùng</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Cụm mật khẩu</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not on the staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Altered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Must choose their own</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key slot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a staff member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. sokha</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>as it appears in letters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Job title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One-time passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the one-time passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name, job title, phone and email are printed in the letters this person signs. Give them the one-time passphrase in person: ShelterDesk asks them to choose their own the first time they unlock.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add staff message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add staff member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Staff members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add staff member…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print recovery kit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Staff</source>
      <translation>Nhân viên</translation>
    </message>
    <message>
      <source>Staff member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save contact details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disabling keeps the account but refuses unlocks. Removing deletes the person's key and re-keys the vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrong passphrases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wipe every staff passphrase after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wipe every staff passphrase after wrong attempts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number of wrong attempts in a row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save setting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>wrong attempts in a row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Off by default. When it is on and someone types a wrong passphrase that many times in a row, nobody's passphrase opens the vault any more: only the printed recovery kit (or a backup) does. Keep the kit at hand before you turn this on. Wrong passphrases always make the next attempt wait.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The key-slot file holds slots for names that are not on the staff: {names}. They were added outside ShelterDesk and open the vault until the next re-key; make a new recovery kit now (that re-keys) and check the audit log.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disabled: cannot unlock.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Has not chosen their own passphrase yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You cannot do this to your own account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} was added. Give them the one-time passphrase in person; they choose their own at their first unlock.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact details saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} is now: {role}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} is disabled: their passphrase no longer unlocks.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} can unlock again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove a staff member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove {user}?

Their key is deleted and the whole vault is re-keyed (this takes a moment). From then on their passphrase opens nothing in this vault.

Backups made before today still open with it: replace them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove and re-key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} was removed and the vault re-keyed. Their passphrase opens nothing from now on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print a new recovery kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A new recovery code is made and the old one stops working at once: destroy the old page.

The PDF is NOT encrypted. Print it, keep the paper locked away from this computer, and delete the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make a new recovery code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the recovery kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New recovery kit saved to {path}. Print it, lock the paper away and delete the file. The old recovery code no longer opens the vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Off: wrong passphrases only make the next attempt wait.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On: after {n} wrong passphrases in a row every staff passphrase stops working.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TableModels</name>
    <message>
      <source>Agency / case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>Waiting (days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow up by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Letter language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consent</source>
      <translation>Sự đồng ý</translation>
    </message>
    <message>
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Given on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interpreter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Priority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Responsible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (overdue)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overridden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Withdrawn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Valid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not yet valid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recorded by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Detail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Serves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%n waiting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>up to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%n overdue</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TraffickingTab</name>
    <message>
      <source>Exploitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Types</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exploitation types</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indicators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indicators of trafficking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recruitment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recruitment channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. job advert, friend, agent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Platform</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recruitment platform</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Facebook, Telegram</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where and how long</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compound location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Held from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Held until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Means of control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. passport taken, debt, violence; one per line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leaving and referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How they left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Referred in by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Police report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report number, if the person chose to report</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Transfer</name>
    <message>
      <source>This package was signed by a shelter that is not trusted here. An administrator must compare its fingerprint and trust its key first; nothing was imported.</source>
      <translation>Gói này được ký bởi một nhà tạm lánh chưa được tin cậy ở đây. Quản trị viên phải so dấu vân tay và tin cậy khóa của họ trước; chưa nhập gì.</translation>
    </message>
    <message>
      <source>This shelter's key is not trusted here. An administrator must compare its fingerprint and trust it first.</source>
      <translation>Khóa của nhà tạm lánh này chưa được tin cậy ở đây. Quản trị viên phải so dấu vân tay và tin cậy khóa trước.</translation>
    </message>
    <message>
      <source>This transfer package was already imported. Nothing was imported again.</source>
      <translation>Gói chuyển hồ sơ này đã được nhập. Không nhập lại gì.</translation>
    </message>
    <message>
      <source>Give the partner shelter's name as you know it.</source>
      <translation>Hãy nhập tên nhà tạm lánh đối tác theo cách bạn biết.</translation>
    </message>
    <message>
      <source>This is this shelter's own key.</source>
      <translation>Đây là khóa của chính nhà tạm lánh này.</translation>
    </message>
    <message>
      <source>Choose at least one case to transfer.</source>
      <translation>Hãy chọn ít nhất một hồ sơ để chuyển.</translation>
    </message>
    <message>
      <source>The transfer package's contents cannot be read.</source>
      <translation>Không đọc được nội dung gói chuyển hồ sơ.</translation>
    </message>
    <message>
      <source>Case {case} in the package is not acceptable here ({why}). Nothing was imported.</source>
      <translation>Hồ sơ {case} trong gói không được chấp nhận ở đây ({why}). Chưa nhập gì.</translation>
    </message>
    <message>
      <source>Case {case} in the package holds a record that is not acceptable ({why}). Nothing was imported.</source>
      <translation>Hồ sơ {case} trong gói có một bản ghi không được chấp nhận ({why}). Chưa nhập gì.</translation>
    </message>
    <message>
      <source>Case {case} in the package cannot be read. Nothing was imported.</source>
      <translation>Không đọc được hồ sơ {case} trong gói. Chưa nhập gì.</translation>
    </message>
    <message>
      <source>{case} has no valid consent for transfer. Record the person's consent (kind: transfer) first; nothing was exported.</source>
      <translation>{case} không có sự đồng ý chuyển hồ sơ còn hiệu lực. Hãy ghi nhận sự đồng ý của người đó (loại: chuyển sang nhà tạm lánh khác) trước; chưa xuất gì.</translation>
    </message>
    <message>
      <source>{why} Nothing was recorded and no case was marked as transferred.</source>
      <translation>{why} Không có gì được ghi lại và không hồ sơ nào bị đánh dấu là đã chuyển.</translation>
    </message>
    <message>
      <source>The key file's fingerprint does not match its keys: it was altered.</source>
      <translation>Dấu vân tay của tệp khóa không khớp với khóa: tệp đã bị sửa.</translation>
    </message>
    <message>
      <source>This is not a ShelterDesk transfer package.</source>
      <translation>Đây không phải gói chuyển hồ sơ của ShelterDesk.</translation>
    </message>
    <message>
      <source>This transfer package was made by a newer version of ShelterDesk; update first.</source>
      <translation>Gói chuyển hồ sơ này được tạo bởi phiên bản ShelterDesk mới hơn; hãy cập nhật trước.</translation>
    </message>
    <message>
      <source>The transfer package is damaged or cut short.</source>
      <translation>Gói chuyển hồ sơ bị hỏng hoặc bị cắt cụt.</translation>
    </message>
    <message>
      <source>The package's sender does not match the key that signed it.</source>
      <translation>Người gửi gói không khớp với khóa đã ký gói.</translation>
    </message>
    <message>
      <source>This transfer package was sealed for another shelter, not this one. Nothing was imported.</source>
      <translation>Gói chuyển hồ sơ này được niêm phong cho nhà tạm lánh khác, không phải nơi này. Chưa nhập gì.</translation>
    </message>
    <message>
      <source>This is not a ShelterDesk shelter key file.</source>
      <translation>Đây không phải tệp khóa nhà tạm lánh của ShelterDesk.</translation>
    </message>
    <message>
      <source>The transfer package is damaged (its header cannot be read).</source>
      <translation>Gói chuyển hồ sơ bị hỏng (không đọc được phần đầu).</translation>
    </message>
    <message>
      <source>The transfer package was changed after it was signed (or is damaged). Nothing was imported; ask the sending shelter to send it again.</source>
      <translation>Gói chuyển hồ sơ đã bị thay đổi sau khi ký (hoặc bị hỏng). Chưa nhập gì; hãy đề nghị nhà tạm lánh gửi lại.</translation>
    </message>
    <message>
      <source>The transfer package cannot be opened with this shelter's key: it is damaged or was altered.</source>
      <translation>Không mở được gói chuyển hồ sơ bằng khóa của nhà tạm lánh này: gói bị hỏng hoặc đã bị sửa.</translation>
    </message>
  </context>
  <context>
    <name>TransferPanel</name>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trust a partner shelter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read this fingerprint aloud with the partner shelter on the phone. Trust the key only if theirs is exactly the same:

%1

Name of the partner shelter:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transfer this case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Partner shelter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Does the person move to %1? Then the case is recorded here as transferred to %1 and the stay ends today. Keep it open if the person stays here for now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record as transferred</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the case open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Partner shelters (case transfer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cases move to a partner shelter in a package only that shelter can open. Exchange key files, then read the fingerprints to each other on the phone before trusting a key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This shelter's fingerprint: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>QR code of this shelter's key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trusted partner shelters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save our key file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save our key file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trust a partner's key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trust a partner's key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import a transfer package…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import a transfer package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No partner shelter is trusted yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved. Send it to the partner shelter; it holds no secret.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file cannot be read: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is trusted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From %1: %2 case(s) and %3 attachment(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 may be the same person as %2 here: check and merge by hand after the import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Imported as %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No partner shelter is trusted yet: an administrator trusts one in Settings → Partner shelters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the transfer package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sealed for %1, recorded in the disclosure register and the case marked as transferred. Only that shelter can open the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sealed for %1 and recorded in the disclosure register. Only that shelter can open the file.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UnlockScreen</name>
    <message>
      <source>Unlock ShelterDesk</source>
      <translation>Mở khóa ShelterDesk</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Tên người dùng</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Cụm mật khẩu</translation>
    </message>
    <message>
      <source>Unlock message</source>
      <translation>Thông báo mở khóa</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Mở khóa</translation>
    </message>
    <message>
      <source>Unlock the vault</source>
      <translation>Mở khóa kho dữ liệu</translation>
    </message>
    <message>
      <source>Unlock with the recovery code</source>
      <translation>Mở khóa bằng mã khôi phục</translation>
    </message>
    <message>
      <source>For when every administrator has forgotten their passphrase, or the staff passphrases were wiped. Type the code from the printed recovery kit (spaces and dashes do not matter) and the user name of an administrator. That administrator then chooses a new passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Administrator</source>
      <translation>Quản trị viên</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Mã khôi phục</translation>
    </message>
    <message>
      <source>Use my passphrase instead</source>
      <translation>Dùng cụm mật khẩu của tôi</translation>
    </message>
    <message>
      <source>The register is encrypted. Enter your user name and passphrase.</source>
      <translation>Sổ đăng ký được mã hóa. Hãy nhập tên người dùng và cụm mật khẩu.</translation>
    </message>
    <message>
      <source>Use the recovery code</source>
      <translation>Dùng mã khôi phục</translation>
    </message>
    <message>
      <source>Enter an administrator's user name and the recovery code.</source>
      <translation>Nhập tên người dùng của quản trị viên và mã khôi phục.</translation>
    </message>
    <message>
      <source>Enter your user name and your passphrase.</source>
      <translation>Nhập tên người dùng và cụm mật khẩu của bạn.</translation>
    </message>
    <message>
      <source>Too many wrong attempts. Please wait before trying again.</source>
      <translation>Nhập sai quá nhiều lần. Vui lòng đợi rồi thử lại.</translation>
    </message>
    <message>
      <source>The recovery code or the administrator's user name is not right. Check the code against the printed kit, then try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The user name or passphrase is not right. Check the keyboard language and Caps Lock, then try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The vault is open somewhere else.</source>
      <translation>Kho dữ liệu đang được mở ở nơi khác.</translation>
    </message>
    <message>
      <source>Next step: close or lock ShelterDesk in the other window, then unlock here. If no other window is open, restart the computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This vault needs a newer ShelterDesk.</source>
      <translation>Kho dữ liệu này cần phiên bản ShelterDesk mới hơn.</translation>
    </message>
    <message>
      <source>Next step: install the newer version of ShelterDesk. Do not restore an older backup over this vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The vault is damaged.</source>
      <translation>Kho dữ liệu bị hỏng.</translation>
    </message>
    <message>
      <source>Next step: do not delete or move anything. Ask your administrator to restore the latest backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no vault here.</source>
      <translation>Không có kho dữ liệu ở đây.</translation>
    </message>
    <message>
      <source>Next step: check the vault folder, or restore a backup.</source>
      <translation>Bước tiếp theo: kiểm tra thư mục kho dữ liệu, hoặc khôi phục bản sao lưu.</translation>
    </message>
    <message>
      <source>The vault could not be opened.</source>
      <translation>Không mở được kho dữ liệu.</translation>
    </message>
    <message>
      <source>Next step: try again; if it keeps failing, ask your administrator.</source>
      <translation>Bước tiếp theo: thử lại; nếu vẫn lỗi, hãy hỏi quản trị viên.</translation>
    </message>
    <message>
      <source>You can try again in {n} seconds.</source>
      <translation>Bạn có thể thử lại sau {n} giây.</translation>
    </message>
  </context>
  <context>
    <name>Unsaved</name>
    <message>
      <source>Discard</source>
      <translation>Bỏ</translation>
    </message>
    <message>
      <source>Discard what you typed?</source>
      <translation>Bỏ những gì bạn đã nhập?</translation>
    </message>
    <message>
      <source>You have typed into {what} and not saved it. Discard it?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep editing</source>
      <translation>Tiếp tục sửa</translation>
    </message>
    <message>
      <source>this form</source>
      <translation>biểu mẫu này</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>Enter a country.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A document number has 3 to 24 letters and digits (spaces, - and / allowed).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This text contains a NUL character, which cannot be stored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This text is longer than 10 MB.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This text contains a broken character; type or paste it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter at least a family name or a given name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the name in Latin letters as well (as in the passport, or as spoken).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose at least one nationality, or “unknown”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The date of birth is in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The date of birth is more than 110 years ago.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An estimated age is between 0 and 110.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give either a date of birth or an estimated age, not both.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overstay days cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discharge is before admission.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The end of captivity is before its start.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Vault</name>
    <message>
      <source>“{name}” has no key slot, so their passphrase opens nothing (after a wipe, or a slot removed outside ShelterDesk). An administrator can set a new one-time passphrase for them.</source>
      <translation>“{name}” không có ô khóa, nên cụm mật khẩu của họ không mở được gì (sau khi bị xóa sạch, hoặc ô khóa bị gỡ bên ngoài ShelterDesk). Quản trị viên có thể đặt cụm mật khẩu dùng một lần mới cho họ.</translation>
    </message>
    <message>
      <source>The vault folder holds database files that are not the vault's current database ({current}): {files}. They are left over from an interrupted re-key, or were copied there by hand. ShelterDesk does not use or delete them; after making and checking a backup, an administrator may delete them.</source>
      <translation>Thư mục kho dữ liệu chứa các tệp cơ sở dữ liệu không phải cơ sở dữ liệu hiện tại của kho ({current}): {files}. Chúng còn sót lại từ một lần đổi khóa mã hóa bị gián đoạn, hoặc đã được chép vào bằng tay. ShelterDesk không dùng hay xóa chúng; sau khi tạo và kiểm tra bản sao lưu, quản trị viên có thể xóa chúng.</translation>
    </message>
    <message>
      <source>The key-slot file holds a slot for “{name}”, who is not on the staff. It was added outside ShelterDesk. It opens the vault until the next re-key, which leaves it out: make a new recovery kit now (that re-keys) and check the audit log.</source>
      <translation>Tệp ô khóa có một ô khóa của “{name}”, người không có trong danh sách nhân viên. Ô khóa này được thêm bên ngoài ShelterDesk. Nó mở được kho dữ liệu cho tới lần đổi khóa mã hóa tiếp theo, lần đó sẽ loại nó ra: hãy tạo bộ khôi phục mới ngay (việc này đổi khóa mã hóa) và kiểm tra nhật ký kiểm tra.</translation>
    </message>
    <message>
      <source>The key slot of “{name}” differs from what the vault recorded for it: it was changed outside ShelterDesk or damaged. The next re-key seals the key only to the recorded key, so it may stop opening: an administrator should set a new one-time passphrase for this member.</source>
      <translation>Ô khóa của “{name}” khác với bản ghi của kho dữ liệu: nó đã bị thay đổi bên ngoài ShelterDesk hoặc bị hỏng. Lần đổi khóa mã hóa tiếp theo chỉ niêm phong khóa cho khóa đã ghi, nên nó có thể không mở được nữa: quản trị viên nên đặt cụm mật khẩu dùng một lần mới cho người này.</translation>
    </message>
    <message>
      <source>There is no recovery slot: the recovery code opens nothing. Make a new recovery kit.</source>
      <translation>Không có ô khóa khôi phục: mã khôi phục không mở được gì. Hãy tạo bộ khôi phục mới.</translation>
    </message>
    <message>
      <source>The key-slot file holds a second recovery slot the vault does not know. It was added outside ShelterDesk; it gets no key at the next re-key. Make a new recovery kit.</source>
      <translation>Tệp ô khóa có một ô khóa khôi phục thứ hai mà kho dữ liệu không biết. Nó được thêm bên ngoài ShelterDesk; nó sẽ không nhận được khóa ở lần đổi khóa mã hóa tiếp theo. Hãy tạo bộ khôi phục mới.</translation>
    </message>
    <message>
      <source>The recovery slot differs from what the vault recorded for it: it was changed outside ShelterDesk or damaged. The next re-key seals the key only to the recorded key, so it may stop opening: make a new recovery kit.</source>
      <translation>Ô khóa khôi phục khác với bản ghi của kho dữ liệu: nó đã bị thay đổi bên ngoài ShelterDesk hoặc bị hỏng. Lần đổi khóa mã hóa tiếp theo chỉ niêm phong khóa cho khóa đã ghi, nên nó có thể không mở được nữa: hãy tạo bộ khôi phục mới.</translation>
    </message>
    <message>
      <source>Every staff passphrase was wiped after too many wrong attempts, so no passphrase opens this vault now. An administrator can open it with the recovery code from the printed recovery kit (“Use the recovery code”) and then set new passphrases.</source>
      <translation>Mọi cụm mật khẩu của nhân viên đã bị xóa sạch sau quá nhiều lần nhập sai, nên hiện không cụm mật khẩu nào mở được kho dữ liệu này. Quản trị viên có thể mở bằng mã khôi phục trong bộ khôi phục đã in (“Dùng mã khôi phục”) rồi đặt cụm mật khẩu mới.</translation>
    </message>
    <message>
      <source>A user name has 2 to 32 lower-case letters, digits, dots, dashes or underscores.</source>
      <translation>Tên người dùng gồm 2 đến 32 chữ cái thường, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.</translation>
    </message>
    <message>
      <source>This staff account is disabled. Ask an administrator.</source>
      <translation>Tài khoản nhân viên này đã bị vô hiệu hóa. Hãy hỏi quản trị viên.</translation>
    </message>
    <message>
      <source>The user name or passphrase is not right.</source>
      <translation>Tên người dùng hoặc cụm mật khẩu không đúng.</translation>
    </message>
    <message>
      <source>The recovery code can only be used by an administrator.</source>
      <translation>Chỉ quản trị viên mới dùng được mã khôi phục.</translation>
    </message>
    <message>
      <source>Enter the shelter's name; it heads every letter.</source>
      <translation>Hãy nhập tên nhà tạm lánh; tên này nằm ở đầu mọi thư.</translation>
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
      <translation>Màn hình</translation>
    </message>
    <message>
      <source>Lock  (Ctrl+L)</source>
      <translation>Khóa  (Ctrl+L)</translation>
    </message>
    <message>
      <source>Lock the vault</source>
      <translation>Khóa kho dữ liệu</translation>
    </message>
    <message>
      <source>Backup &amp;&amp; restore…</source>
      <translation>Sao lưu &amp;&amp; khôi phục…</translation>
    </message>
    <message>
      <source>Backup and restore</source>
      <translation>Sao lưu và khôi phục</translation>
    </message>
    <message>
      <source>This vault is older than the last state this computer saw: it may have been put back from an older copy, or its audit log was cut. Recent work may be missing. Tell an administrator; they can run “Check the log” (Staff &amp; audit) and restore the latest backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Tổng quan</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Sổ đăng ký</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Chuyển tuyến</translation>
    </message>
    <message>
      <source>Agencies</source>
      <translation>Cơ quan</translation>
    </message>
    <message>
      <source>Staff &amp; audit</source>
      <translation>Nhân viên &amp; kiểm tra</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Cài đặt</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Nhân viên</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
      <source>Nothing to save here: Ctrl+S saves an open case file.</source>
      <translation>Không có gì để lưu: Ctrl+S lưu hồ sơ đang mở.</translation>
    </message>
    <message>
      <source>Your role can read this case but not change it.</source>
      <translation>Vai trò của bạn được xem hồ sơ này nhưng không được sửa.</translation>
    </message>
    <message>
      <source>No changes to save.</source>
      <translation>Không có thay đổi nào để lưu.</translation>
    </message>
    <message>
      <source>Case saved.</source>
      <translation>Đã lưu hồ sơ.</translation>
    </message>
    <message>
      <source>Not saved: see the message above the case.</source>
      <translation>Chưa lưu: xem thông báo phía trên hồ sơ.</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Demo vault with invented people, deleted when you quit.
User name: {user}
Passphrase: {pw}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The demo vault could not be built ({error}). Quit and start the demo again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ShelterDesk is already running on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Its window has been brought to the front.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Switch to its window, or close it before starting ShelterDesk again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preparing the demo vault…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>Please check these fields</source>
      <translation>Vui lòng kiểm tra các ô này</translation>
    </message>
    <message>
      <source>Not allowed for your role</source>
      <translation>Vai trò của bạn không được phép</translation>
    </message>
    <message>
      <source>Someone else saved first</source>
      <translation>Người khác đã lưu trước</translation>
    </message>
    <message>
      <source>The disk is full</source>
      <translation>Ổ đĩa đã đầy</translation>
    </message>
    <message>
      <source>Could not unlock</source>
      <translation>Không mở khóa được</translation>
    </message>
    <message>
      <source>The vault cannot be used</source>
      <translation>Không dùng được kho dữ liệu</translation>
    </message>
    <message>
      <source>This cannot be done</source>
      <translation>Không thể thực hiện việc này</translation>
    </message>
  </context>
  <context>
    <name>register</name>
    <message>
      <source>Nationality</source>
      <translation>Quốc tịch</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>Nhu cầu</translation>
    </message>
    <message>
      <source>Name (passport)</source>
      <translation>Tên (hộ chiếu)</translation>
    </message>
    <message>
      <source>Name (own script)</source>
      <translation>Tên (chữ viết gốc)</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Hồ sơ</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Số ngày</translation>
    </message>
    <message>
      <source>Waiting on</source>
      <translation>Đang chờ</translation>
    </message>
    <message>
      <source>Next follow-up</source>
      <translation>Lần theo dõi tới</translation>
    </message>
    <message>
      <source>Days in the shelter since admission, up to discharge once the stay has ended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open needs</source>
      <translation>Nhu cầu chưa đáp ứng</translation>
    </message>
    <message>
      <source>This column cannot be sorted</source>
      <translation>Không thể sắp xếp cột này</translation>
    </message>
    <message>
      <source>{date}: overdue</source>
      <translation>{date}: quá hạn</translation>
    </message>
  </context>
</TS>
