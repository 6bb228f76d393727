<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- NOT YET REVIEWED by a native speaker. See docs/TRANSLATING.md for the reviewer's checklist. -->
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>AccessReport</name>
    <message>
      <source>Their own copy</source>
      <translation>Bản sao cho người này</translation>
    </message>
    <message>
      <source>Language of the report</source>
      <translation>Ngôn ngữ của báo cáo</translation>
    </message>
    <message>
      <source>The report lists everything held about this person. The saved PDF is NOT encrypted: print it or hand it over, then delete the file. It is recorded in the disclosure register.</source>
      <translation>Báo cáo liệt kê mọi thông tin đang lưu về người này. Tệp PDF đã lưu KHÔNG được mã hóa: hãy in hoặc trao tận tay, rồi xóa tệp. Việc này được ghi vào sổ cung cấp thông tin.</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Lưu thành PDF</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Lưu báo cáo</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The report was saved. It is not encrypted: delete the file once it has been handed over.</source>
      <translation>Đã lưu báo cáo. Tệp không được mã hóa: hãy xóa tệp sau khi đã trao.</translation>
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
    <name>Agencies</name>
    <message>
      <source>Enter the agency's name.</source>
      <translation>Hãy nhập tên cơ quan.</translation>
    </message>
    <message>
      <source>Choose embassy, agency, police or provider.</source>
      <translation>Hãy chọn đại sứ quán, cơ quan, cảnh sát hoặc đơn vị cung cấp dịch vụ.</translation>
    </message>
    <message>
      <source>This agency has referrals, so it cannot be deleted. Rename it instead.</source>
      <translation>Cơ quan này có chuyển tuyến nên không thể xóa. Hãy đổi tên thay vì xóa.</translation>
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
      <translation>Loại cơ quan</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Mọi loại</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Nationalities served</source>
      <translation>Quốc tịch phục vụ</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Địa chỉ</translation>
    </message>
    <message>
      <source>Contact person</source>
      <translation>Người liên hệ</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Letter language</source>
      <translation>Ngôn ngữ thư</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Serves nationals of</source>
      <translation>Phục vụ công dân</translation>
    </message>
    <message>
      <source>New agency</source>
      <translation>Cơ quan mới</translation>
    </message>
    <message>
      <source>Save agency</source>
      <translation>Lưu cơ quan</translation>
    </message>
    <message>
      <source>Delete agency</source>
      <translation>Xóa cơ quan</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Hiển thị</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Cơ quan</translation>
    </message>
    <message>
      <source>Only coordinators and administrators can change the directory.</source>
      <translation>Chỉ điều phối viên và quản trị viên được sửa danh bạ.</translation>
    </message>
    <message>
      <source>Agency directory</source>
      <translation>Danh bạ cơ quan</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Đã lưu.</translation>
    </message>
    <message>
      <source>Nothing was saved. Each message is next to its field.</source>
      <translation>Chưa lưu gì. Mỗi thông báo nằm cạnh ô của nó.</translation>
    </message>
    <message>
      <source>Deleted.</source>
      <translation>Đã xóa.</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <source>a PDF document</source>
      <translation>một tài liệu PDF</translation>
    </message>
    <message>
      <source>a JPEG photo</source>
      <translation>một ảnh JPEG</translation>
    </message>
    <message>
      <source>a PNG image</source>
      <translation>một hình PNG</translation>
    </message>
    <message>
      <source>The file is {size} MB; the limit is {limit} MB. Scan at a lower resolution or split the document.</source>
      <translation>Tệp có dung lượng {size} MB; giới hạn là {limit} MB. Hãy quét với độ phân giải thấp hơn hoặc tách tài liệu.</translation>
    </message>
    <message>
      <source>{problem} Nothing was stored.</source>
      <translation>{problem} Chưa lưu gì.</translation>
    </message>
    <message>
      <source>HEIC photos (the iPhone format) cannot be stored yet. Convert the photo to JPEG first (on the iPhone: Settings &gt; Camera &gt; Formats &gt; Most Compatible), then add it again.</source>
      <translation>Chưa thể lưu ảnh HEIC (định dạng của iPhone). Hãy chuyển ảnh sang JPEG trước (trên iPhone: Cài đặt &gt; Camera &gt; Định dạng &gt; Tương thích nhất), rồi thêm lại.</translation>
    </message>
    <message>
      <source>Only PDF, JPEG and PNG files can be attached (the file name must end in .pdf, .jpg, .jpeg or .png).</source>
      <translation>Chỉ có thể đính kèm tệp PDF, JPEG và PNG (tên tệp phải kết thúc bằng .pdf, .jpg, .jpeg hoặc .png).</translation>
    </message>
    <message>
      <source>The file has no name.</source>
      <translation>Tệp không có tên.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Tệp trống.</translation>
    </message>
    <message>
      <source>not a PDF, JPEG or PNG file at all</source>
      <translation>hoàn toàn không phải tệp PDF, JPEG hay PNG</translation>
    </message>
    <message>
      <source>The file's name says it is {claimed}, but its contents are {found}. Check that you chose the right file.</source>
      <translation>Tên tệp cho biết đây là {claimed}, nhưng nội dung lại là {found}. Hãy kiểm tra xem bạn đã chọn đúng tệp chưa.</translation>
    </message>
    <message>
      <source>After cleaning, the image is larger than {limit} MB. Scan at a lower resolution.</source>
      <translation>Sau khi làm sạch, hình lớn hơn {limit} MB. Hãy quét với độ phân giải thấp hơn.</translation>
    </message>
    <message>
      <source>The image has far more pixels than any scan or photo needs; it may be crafted to exhaust memory.</source>
      <translation>Hình có số điểm ảnh lớn hơn rất nhiều so với mọi bản quét hay ảnh chụp cần; có thể nó được tạo ra để làm cạn bộ nhớ.</translation>
    </message>
    <message>
      <source>The file is damaged or is not a valid {format} image.</source>
      <translation>Tệp bị hỏng hoặc không phải hình {format} hợp lệ.</translation>
    </message>
    <message>
      <source>The PDF is protected by a password. Save an unprotected copy and add that instead.</source>
      <translation>Tệp PDF được bảo vệ bằng mật khẩu. Hãy lưu một bản không có bảo vệ và thêm bản đó.</translation>
    </message>
    <message>
      <source>The PDF has no pages.</source>
      <translation>Tệp PDF không có trang nào.</translation>
    </message>
    <message>
      <source>The file is damaged or is not a valid PDF document.</source>
      <translation>Tệp bị hỏng hoặc không phải tài liệu PDF hợp lệ.</translation>
    </message>
    <message>
      <source>The image claims {width} × {height} pixels, far more than any scan or photo needs; it may be crafted to exhaust memory.</source>
      <translation>Hình khai là {width} × {height} điểm ảnh, lớn hơn rất nhiều so với mọi bản quét hay ảnh chụp cần; có thể nó được tạo ra để làm cạn bộ nhớ.</translation>
    </message>
    <message>
      <source>Choose what the file is: {choices}.</source>
      <translation>Hãy chọn loại tệp: {choices}.</translation>
    </message>
    <message>
      <source>The file cannot be read ({reason}).</source>
      <translation>Không đọc được tệp ({reason}).</translation>
    </message>
    <message>
      <source>Choose a place outside the vault folder.</source>
      <translation>Hãy chọn một nơi bên ngoài thư mục kho dữ liệu.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>Thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
      <source>The copy could not be written ({reason}).</source>
      <translation>Không ghi được bản sao ({reason}).</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsTab</name>
    <message>
      <source>Passport scan</source>
      <translation>Bản quét hộ chiếu</translation>
    </message>
    <message>
      <source>Identity paper scan</source>
      <translation>Bản quét giấy tờ tùy thân</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Ảnh</translation>
    </message>
    <message>
      <source>Signed consent form</source>
      <translation>Giấy đồng ý đã ký</translation>
    </message>
    <message>
      <source>Other document</source>
      <translation>Giấy tờ khác</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Tệp đính kèm</translation>
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
      <translation>Loại</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Dung lượng</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Ngày thêm</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Người thêm</translation>
    </message>
    <message>
      <source>Scans of identity papers, photos for travel documents and signed consent forms, kept encrypted inside the vault. PDF, JPEG or PNG up to 25 MB; photos lose their location and camera details when they are added.</source>
      <translation>Bản quét giấy tờ tùy thân, ảnh làm giấy thông hành và giấy đồng ý đã ký, được lưu mã hóa trong kho dữ liệu. PDF, JPEG hoặc PNG, tối đa 25 MB; ảnh được xóa thông tin vị trí và máy ảnh khi thêm vào.</translation>
    </message>
    <message>
      <source>What it is</source>
      <translation>Đây là gì</translation>
    </message>
    <message>
      <source>Add a file…</source>
      <translation>Thêm tệp…</translation>
    </message>
    <message>
      <source>Add a file</source>
      <translation>Thêm tệp</translation>
    </message>
    <message>
      <source>Save a copy…</source>
      <translation>Lưu bản sao…</translation>
    </message>
    <message>
      <source>Save a copy</source>
      <translation>Lưu bản sao</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>Gỡ bỏ…</translation>
    </message>
    <message>
      <source>Remove the file</source>
      <translation>Gỡ bỏ tệp</translation>
    </message>
    <message>
      <source>Preview of the image</source>
      <translation>Xem trước ảnh</translation>
    </message>
    <message>
      <source>No files are stored with this case yet.</source>
      <translation>Hồ sơ này chưa có tệp nào.</translation>
    </message>
    <message>
      <source>Choose a file in the list to see it here.</source>
      <translation>Chọn một tệp trong danh sách để xem ở đây.</translation>
    </message>
    <message>
      <source>This image is too large to preview here. Save a copy to view it.</source>
      <translation>Ảnh quá lớn để xem trước ở đây. Hãy lưu bản sao để xem.</translation>
    </message>
    <message>
      <source>Add a scan, photo or signed form</source>
      <translation>Thêm bản quét, ảnh hoặc giấy đã ký</translation>
    </message>
    <message>
      <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)</source>
      <translation>Bản quét và ảnh (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
      <source>Stored inside the vault. The original file on this computer is unchanged and NOT encrypted: delete it if it is no longer needed.</source>
      <translation>Đã lưu trong kho dữ liệu. Tệp gốc trên máy tính này không thay đổi và KHÔNG được mã hóa: hãy xóa nếu không cần nữa.</translation>
    </message>
    <message>
      <source>Save a copy outside the vault</source>
      <translation>Lưu bản sao ra ngoài kho dữ liệu</translation>
    </message>
    <message>
      <source>The copy is NOT encrypted: anyone who can open the file can see it. Save it only to a place you control, and delete it once it has served its purpose. Saving it is recorded in the history.</source>
      <translation>Bản sao KHÔNG được mã hóa: ai mở được tệp đều xem được. Chỉ lưu ở nơi bạn kiểm soát, và xóa khi đã dùng xong. Việc lưu được ghi vào lịch sử.</translation>
    </message>
    <message>
      <source>Files (*%1)</source>
      <translation>Tệp (*%1)</translation>
    </message>
    <message>
      <source>Copy saved. It is not encrypted.</source>
      <translation>Đã lưu bản sao. Bản sao không được mã hóa.</translation>
    </message>
    <message>
      <source>The file is deleted from the vault for good. This cannot be undone.</source>
      <translation>Tệp sẽ bị xóa vĩnh viễn khỏi kho dữ liệu. Không thể hoàn tác.</translation>
    </message>
    <message>
      <source>The file was removed.</source>
      <translation>Đã gỡ bỏ tệp.</translation>
    </message>
  </context>
  <context>
    <name>AuditText</name>
    <message>
      <source>Registered the person</source>
      <translation>Đã đăng ký người này</translation>
    </message>
    <message>
      <source>Opened the case file</source>
      <translation>Đã mở hồ sơ</translation>
    </message>
    <message>
      <source>Changed the case</source>
      <translation>Đã sửa hồ sơ</translation>
    </message>
    <message>
      <source>Added a need</source>
      <translation>Đã thêm một nhu cầu</translation>
    </message>
    <message>
      <source>Changed a need</source>
      <translation>Đã sửa một nhu cầu</translation>
    </message>
    <message>
      <source>Moved a need</source>
      <translation>Đã chuyển trạng thái nhu cầu</translation>
    </message>
    <message>
      <source>Made a referral</source>
      <translation>Đã tạo chuyển tuyến</translation>
    </message>
    <message>
      <source>Moved a referral</source>
      <translation>Đã chuyển trạng thái chuyển tuyến</translation>
    </message>
    <message>
      <source>Set a follow-up date</source>
      <translation>Đã đặt ngày theo dõi</translation>
    </message>
    <message>
      <source>Recorded consent</source>
      <translation>Đã ghi nhận sự đồng ý</translation>
    </message>
    <message>
      <source>Recorded a withdrawal of consent</source>
      <translation>Đã ghi nhận việc rút lại sự đồng ý</translation>
    </message>
    <message>
      <source>Issued a letter</source>
      <translation>Đã phát hành thư</translation>
    </message>
    <message>
      <source>Printed a letter again</source>
      <translation>Đã in lại thư</translation>
    </message>
    <message>
      <source>Added an agency</source>
      <translation>Đã thêm cơ quan</translation>
    </message>
    <message>
      <source>Changed an agency</source>
      <translation>Đã sửa cơ quan</translation>
    </message>
    <message>
      <source>Deleted an agency</source>
      <translation>Đã xóa cơ quan</translation>
    </message>
    <message>
      <source>Added a staff member</source>
      <translation>Đã thêm nhân viên</translation>
    </message>
    <message>
      <source>Changed a staff member's role</source>
      <translation>Đã đổi vai trò của nhân viên</translation>
    </message>
    <message>
      <source>Disabled or enabled a staff member</source>
      <translation>Đã vô hiệu hóa hoặc kích hoạt nhân viên</translation>
    </message>
    <message>
      <source>Removed a staff member</source>
      <translation>Đã gỡ bỏ nhân viên</translation>
    </message>
    <message>
      <source>Changed a passphrase</source>
      <translation>Đã đổi cụm mật khẩu</translation>
    </message>
    <message>
      <source>Changed a staff member's details</source>
      <translation>Đã sửa thông tin nhân viên</translation>
    </message>
    <message>
      <source>Unlocked the vault</source>
      <translation>Đã mở khóa kho dữ liệu</translation>
    </message>
    <message>
      <source>Unlocked with the recovery code</source>
      <translation>Đã mở khóa bằng mã khôi phục</translation>
    </message>
    <message>
      <source>Made a new recovery code</source>
      <translation>Đã tạo mã khôi phục mới</translation>
    </message>
    <message>
      <source>Created the vault</source>
      <translation>Đã tạo kho dữ liệu</translation>
    </message>
    <message>
      <source>Made a backup</source>
      <translation>Đã sao lưu</translation>
    </message>
    <message>
      <source>Restored a backup</source>
      <translation>Đã khôi phục bản sao lưu</translation>
    </message>
    <message>
      <source>Changed the vault key</source>
      <translation>Đã đổi khóa mã hóa của kho dữ liệu</translation>
    </message>
    <message>
      <source>Changed the shelter's letterhead</source>
      <translation>Đã sửa tiêu đề thư của nhà tạm lánh</translation>
    </message>
    <message>
      <source>Changed the backup reminder</source>
      <translation>Đã sửa lời nhắc sao lưu</translation>
    </message>
    <message>
      <source>Changed the wipe-after-wrong-passphrases setting</source>
      <translation>Đã sửa cài đặt xóa sau khi nhập sai cụm mật khẩu</translation>
    </message>
    <message>
      <source>Filled the demo vault</source>
      <translation>Đã tạo dữ liệu mẫu</translation>
    </message>
    <message>
      <source>Gave the person their own copy of their records</source>
      <translation>Đã trao cho người này bản sao hồ sơ của họ</translation>
    </message>
    <message>
      <source>Stored a file with the case</source>
      <translation>Đã lưu một tệp vào hồ sơ</translation>
    </message>
    <message>
      <source>Saved a copy of a stored file outside the vault</source>
      <translation>Đã lưu bản sao của tệp ra ngoài kho dữ liệu</translation>
    </message>
    <message>
      <source>Removed a stored file</source>
      <translation>Đã gỡ bỏ một tệp</translation>
    </message>
    <message>
      <source>Looked at a stored file</source>
      <translation>Đã xem một tệp</translation>
    </message>
    <message>
      <source>Anonymised the case (retention rule)</source>
      <translation>Đã ẩn danh hóa hồ sơ (quy tắc lưu giữ)</translation>
    </message>
    <message>
      <source>Erased a case at the person's request</source>
      <translation>Đã xóa hồ sơ theo yêu cầu của người này</translation>
    </message>
    <message>
      <source>Imported cases from a spreadsheet</source>
      <translation>Đã nhập hồ sơ từ bảng tính</translation>
    </message>
    <message>
      <source>Took in a case from a partner shelter</source>
      <translation>Đã nhận hồ sơ từ nhà tạm lánh đối tác</translation>
    </message>
    <message>
      <source>Sent the case to a partner shelter</source>
      <translation>Đã chuyển hồ sơ sang nhà tạm lánh đối tác</translation>
    </message>
    <message>
      <source>Made the period report</source>
      <translation>Đã lập báo cáo định kỳ</translation>
    </message>
    <message>
      <source>Changed the retention rule</source>
      <translation>Đã sửa quy tắc lưu giữ</translation>
    </message>
    <message>
      <source>Created this shelter's identity key</source>
      <translation>Đã tạo khóa định danh của nhà tạm lánh</translation>
    </message>
    <message>
      <source>Trusted a partner shelter's key</source>
      <translation>Đã tin cậy khóa của nhà tạm lánh đối tác</translation>
    </message>
    <message>
      <source>Changed: {fields}</source>
      <translation>Đã sửa: {fields}</translation>
    </message>
  </context>
  <context>
    <name>AuditView</name>
    <message>
      <source>Cases</source>
      <translation>Hồ sơ</translation>
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
      <translation>Thư</translation>
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
      <translation>Mở khóa</translation>
    </message>
    <message>
      <source>Vault and backups</source>
      <translation>Kho dữ liệu và sao lưu</translation>
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
      <translation>Thời gian</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Người dùng</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Việc</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Bản ghi</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Chi tiết</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Lọc</translation>
    </message>
    <message>
      <source>Audit log entries</source>
      <translation>Các mục nhật ký kiểm tra</translation>
    </message>
    <message>
      <source>anyone</source>
      <translation>bất kỳ ai</translation>
    </message>
    <message>
      <source>Action starts with</source>
      <translation>Việc bắt đầu bằng</translation>
    </message>
    <message>
      <source>any action</source>
      <translation>mọi việc</translation>
    </message>
    <message>
      <source>From (date)</source>
      <translation>Từ (ngày)</translation>
    </message>
    <message>
      <source>Until (date)</source>
      <translation>Đến (ngày)</translation>
    </message>
    <message>
      <source>any date</source>
      <translation>mọi ngày</translation>
    </message>
    <message>
      <source>Show matching entries</source>
      <translation>Hiển thị các mục phù hợp</translation>
    </message>
    <message>
      <source>Show all</source>
      <translation>Xem tất cả</translation>
    </message>
    <message>
      <source>Show all entries</source>
      <translation>Xem tất cả các mục</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Xuất…</translation>
    </message>
    <message>
      <source>Export the shown entries</source>
      <translation>Xuất các mục đang hiển thị</translation>
    </message>
    <message>
      <source>Check the log</source>
      <translation>Kiểm tra nhật ký</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Từ</translation>
    </message>
    <message>
      <source>until</source>
      <translation>đến</translation>
    </message>
    <message numerus="yes">
      <source>%n entry(s), newest first; scroll down for older ones.</source>
      <translation>
        <numerusform>%n mục, mới nhất trước; cuộn xuống để xem mục cũ hơn.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n entry(s), newest first.</source>
      <translation>
        <numerusform>%n mục, mới nhất trước.</numerusform>
      </translation>
    </message>
    <message>
      <source>Export the audit log</source>
      <translation>Xuất nhật ký kiểm tra</translation>
    </message>
    <message>
      <source>The exported file is not encrypted: it leaves the vault. It holds who did what and when (user names, record numbers), never survivors' names. Keep it where only administrators can read it.</source>
      <translation>Tệp xuất ra không được mã hóa: nó nằm ngoài kho dữ liệu. Tệp ghi ai đã làm gì và khi nào (tên người dùng, số bản ghi), không bao giờ có tên nạn nhân. Hãy cất ở nơi chỉ quản trị viên đọc được.</translation>
    </message>
    <message>
      <source>Choose a file…</source>
      <translation>Chọn tệp…</translation>
    </message>
    <message>
      <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
      <translation>CSV (*.csv);;Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>The file could not be written: {reason}</source>
      <translation>Không ghi được tệp: {reason}</translation>
    </message>
    <message>
      <source>{n} entries exported to {path}.</source>
      <translation>Đã xuất {n} mục vào {path}.</translation>
    </message>
    <message>
      <source>The log is intact: {n} entries, database pages authenticate.</source>
      <translation>Nhật ký nguyên vẹn: {n} mục, các trang cơ sở dữ liệu đều xác thực.</translation>
    </message>
    <message>
      <source>The log does NOT check out ({n} entries read):
{problems}
Do not delete anything; keep a backup of the vault as it is now and compare with an earlier backup.</source>
      <translation>Nhật ký KHÔNG khớp khi kiểm tra (đã đọc {n} mục):
{problems}
Đừng xóa gì cả; hãy giữ một bản sao lưu của kho dữ liệu như hiện tại và so sánh với một bản sao lưu cũ hơn.</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <source>Only an administrator may restore a backup.</source>
      <translation>Chỉ quản trị viên mới được khôi phục bản sao lưu.</translation>
    </message>
    <message>
      <source>The backup drive is full. No backup was written; free some space there or use another drive. The vault itself is unchanged.</source>
      <translation>Ổ sao lưu đã đầy. Chưa ghi bản sao lưu nào; hãy giải phóng bớt dung lượng ở đó hoặc dùng ổ khác. Bản thân kho dữ liệu không thay đổi.</translation>
    </message>
    <message>
      <source>Choose a file name for the backup, not a folder.</source>
      <translation>Hãy chọn tên tệp cho bản sao lưu, không phải thư mục.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist (is the drive plugged in?).</source>
      <translation>Thư mục {folder} không tồn tại (ổ đã được cắm chưa?).</translation>
    </message>
    <message>
      <source>{folder} is a file; choose a folder.</source>
      <translation>{folder} là tệp; hãy chọn thư mục.</translation>
    </message>
    <message>
      <source>{folder} is not empty. Restore into a new folder, or confirm replacing the vault there (a safety copy is kept).</source>
      <translation>{folder} không trống. Hãy khôi phục vào thư mục mới, hoặc xác nhận thay thế kho dữ liệu ở đó (một bản sao an toàn được giữ lại).</translation>
    </message>
    <message>
      <source>{folder} is not empty. Restore into a new folder.</source>
      <translation>{folder} không trống. Hãy khôi phục vào thư mục mới.</translation>
    </message>
    <message>
      <source>Enter your passphrase, or the recovery code.</source>
      <translation>Hãy nhập cụm mật khẩu của bạn hoặc mã khôi phục.</translation>
    </message>
    <message>
      <source>Choose between 1 and 365 days.</source>
      <translation>Hãy chọn từ 1 đến 365 ngày.</translation>
    </message>
    <message>
      <source>The backup does not open with the recovery code. A backup opens with the passphrase of anyone who was on the staff when it was made, or the recovery code of that time.</source>
      <translation>Bản sao lưu không mở được bằng mã khôi phục này. Bản sao lưu mở được bằng cụm mật khẩu của bất kỳ ai là nhân viên khi tạo bản sao lưu, hoặc bằng mã khôi phục của thời điểm đó.</translation>
    </message>
    <message>
      <source>The backup does not open with this user name and passphrase. A backup opens with the passphrase of anyone who was on the staff when it was made, or the recovery code of that time.</source>
      <translation>Bản sao lưu không mở được bằng tên người dùng và cụm mật khẩu này. Bản sao lưu mở được bằng cụm mật khẩu của bất kỳ ai là nhân viên khi tạo bản sao lưu, hoặc bằng mã khôi phục của thời điểm đó.</translation>
    </message>
    <message>
      <source>The new backup did not read back correctly, so it was not kept; the previous backup {file} is unchanged. The drive may be failing; try another one.</source>
      <translation>Bản sao lưu mới đọc lại không đúng nên không được giữ; bản sao lưu trước {file} không thay đổi. Ổ có thể đang hỏng; hãy thử ổ khác.</translation>
    </message>
    <message>
      <source>The new backup did not read back correctly, so it was not kept. The drive may be failing; try another one.</source>
      <translation>Bản sao lưu mới đọc lại không đúng nên không được giữ. Ổ có thể đang hỏng; hãy thử ổ khác.</translation>
    </message>
    <message>
      <source>The backup file is damaged (it is incomplete or its contents changed since it was written). It cannot be restored; use another backup.</source>
      <translation>Tệp sao lưu bị hỏng (không đầy đủ hoặc nội dung đã thay đổi kể từ khi ghi). Không thể khôi phục; hãy dùng bản sao lưu khác.</translation>
    </message>
    <message>
      <source>The backup file was altered after it was written: its contents do not authenticate. It cannot be restored; use another backup.</source>
      <translation>Tệp sao lưu đã bị sửa sau khi ghi: nội dung không xác thực được. Không thể khôi phục; hãy dùng bản sao lưu khác.</translation>
    </message>
    <message>
      <source>There is no file {path}.</source>
      <translation>Không có tệp {path}.</translation>
    </message>
    <message>
      <source>{path} is a folder, not a backup file.</source>
      <translation>{path} là thư mục, không phải tệp sao lưu.</translation>
    </message>
    <message>
      <source>This backup was made by a newer version of ShelterDesk. Install the newer version to restore it.</source>
      <translation>Bản sao lưu này được tạo bởi phiên bản ShelterDesk mới hơn. Hãy cài phiên bản mới hơn để khôi phục.</translation>
    </message>
    <message>
      <source>{file} is not a ShelterDesk backup file.</source>
      <translation>{file} không phải tệp sao lưu của ShelterDesk.</translation>
    </message>
    <message>
      <source>The audit log inside the backup does not check out: {problems}</source>
      <translation>Nhật ký kiểm tra bên trong bản sao lưu không khớp: {problems}</translation>
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
      <translation>Bản sao lưu gần nhất đã {n} ngày (nhắc sau {days} ngày). Hãy sao lưu ngay.</translation>
    </message>
    <message>
      <source>{file} ({size:,} bytes), made {made}: {cases} cases, {needs} needs, {referrals} referrals, {audit} audit entries.</source>
      <translation>{file} ({size:,} byte), tạo lúc {made}: {cases} hồ sơ, {needs} nhu cầu, {referrals} chuyển tuyến, {audit} mục nhật ký.</translation>
    </message>
    <message>
      <source>Back up now…</source>
      <translation>Sao lưu ngay…</translation>
    </message>
    <message>
      <source>Backup &amp; restore</source>
      <translation>Sao lưu &amp; khôi phục</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Make a backup</source>
      <translation>Tạo bản sao lưu</translation>
    </message>
    <message>
      <source>Last backup</source>
      <translation>Lần sao lưu gần nhất</translation>
    </message>
    <message>
      <source>The backup is encrypted and opens with the passphrases of the staff of today (or the recovery code). Save it on a USB stick and keep the stick away from this computer. It is read back and checked before it counts as made.</source>
      <translation>Bản sao lưu được mã hóa và mở bằng cụm mật khẩu của nhân viên hiện tại (hoặc mã khôi phục). Hãy lưu vào USB và cất USB cách xa máy tính này. Bản sao lưu được đọc lại và kiểm tra trước khi được tính là đã tạo.</translation>
    </message>
    <message>
      <source>Back up to a file…</source>
      <translation>Sao lưu ra tệp…</translation>
    </message>
    <message>
      <source>Backup progress</source>
      <translation>Tiến độ sao lưu</translation>
    </message>
    <message>
      <source>Remind administrators after</source>
      <translation>Nhắc quản trị viên sau</translation>
    </message>
    <message>
      <source> days</source>
      <translation> ngày</translation>
    </message>
    <message>
      <source>Remind after this many days without a backup</source>
      <translation>Nhắc sau số ngày không sao lưu này</translation>
    </message>
    <message>
      <source>Save reminder</source>
      <translation>Lưu lời nhắc</translation>
    </message>
    <message>
      <source>Check or restore a backup</source>
      <translation>Kiểm tra hoặc khôi phục bản sao lưu</translation>
    </message>
    <message>
      <source>A backup opens with the user name and passphrase of someone who was on the staff when it was made; restoring needs an administrator of that time. The restored vault opens with the passphrases that were valid then.</source>
      <translation>Bản sao lưu mở bằng tên người dùng và cụm mật khẩu của một người là nhân viên lúc tạo bản sao lưu; việc khôi phục cần một quản trị viên của thời điểm đó. Kho dữ liệu khôi phục mở bằng các cụm mật khẩu còn hiệu lực lúc đó.</translation>
    </message>
    <message>
      <source>User name for the backup</source>
      <translation>Tên người dùng cho bản sao lưu</translation>
    </message>
    <message>
      <source>Passphrase for the backup</source>
      <translation>Cụm mật khẩu cho bản sao lưu</translation>
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
      <translation>Kiểm tra tệp sao lưu…</translation>
    </message>
    <message>
      <source>Restore into a new folder…</source>
      <translation>Khôi phục vào thư mục mới…</translation>
    </message>
    <message>
      <source>Replace this vault…</source>
      <translation>Thay thế kho dữ liệu này…</translation>
    </message>
    <message>
      <source>Replace this vault with a backup</source>
      <translation>Thay kho dữ liệu này bằng bản sao lưu</translation>
    </message>
    <message>
      <source>Last backup: never.</source>
      <translation>Lần sao lưu gần nhất: chưa bao giờ.</translation>
    </message>
    <message>
      <source>Last backup: {when} ({n} days ago).</source>
      <translation>Lần sao lưu gần nhất: {when} ({n} ngày trước).</translation>
    </message>
    <message>
      <source>Back up to a file</source>
      <translation>Sao lưu ra tệp</translation>
    </message>
    <message>
      <source>No backup was made.</source>
      <translation>Chưa tạo bản sao lưu nào.</translation>
    </message>
    <message>
      <source>Backup written, read back and verified, but the vault's key slots need attention:</source>
      <translation>Đã ghi, đọc lại và xác minh bản sao lưu, nhưng các ô khóa của kho dữ liệu cần được xem lại:</translation>
    </message>
    <message>
      <source>Backup written, read back and verified:</source>
      <translation>Đã ghi, đọc lại và xác minh bản sao lưu:</translation>
    </message>
    <message>
      <source>Administrators are reminded after {n} days without a backup.</source>
      <translation>Quản trị viên được nhắc sau {n} ngày không sao lưu.</translation>
    </message>
    <message>
      <source>Enter the user name and passphrase that open the backup.</source>
      <translation>Nhập tên người dùng và cụm mật khẩu để mở bản sao lưu.</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Mọi tệp (*)</translation>
    </message>
    <message>
      <source>Check a backup file</source>
      <translation>Kiểm tra tệp sao lưu</translation>
    </message>
    <message>
      <source>This backup cannot be used.</source>
      <translation>Không dùng được bản sao lưu này.</translation>
    </message>
    <message>
      <source>The backup is complete and authentic:</source>
      <translation>Bản sao lưu đầy đủ và xác thực:</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
      <source>Choose a new, empty folder for the restored vault</source>
      <translation>Chọn một thư mục mới, trống cho kho dữ liệu khôi phục</translation>
    </message>
    <message>
      <source>Nothing was restored.</source>
      <translation>Chưa khôi phục gì.</translation>
    </message>
    <message>
      <source>Restored and checked into {folder}. It opens with the passphrases that were valid when the backup was made. This vault is unchanged.</source>
      <translation>Đã khôi phục và kiểm tra vào {folder}. Kho mở bằng các cụm mật khẩu còn hiệu lực lúc tạo bản sao lưu. Kho dữ liệu này không thay đổi.</translation>
    </message>
    <message>
      <source>Replace this vault</source>
      <translation>Thay thế kho dữ liệu này</translation>
    </message>
    <message>
      <source>Replace the vault in {folder} with the backup made {made}?

ShelterDesk locks now. The current vault is kept as a safety copy next to it ({folder}.before-restore-…), then the backup takes its place. Everything entered after the backup was made is only in the safety copy.

Afterwards unlock with the passphrases that were valid when the backup was made.</source>
      <translation>Thay kho dữ liệu trong {folder} bằng bản sao lưu tạo lúc {made}?

ShelterDesk sẽ khóa ngay. Kho dữ liệu hiện tại được giữ làm bản dự phòng bên cạnh ({folder}.before-restore-…), rồi bản sao lưu thế chỗ. Mọi thứ nhập sau khi tạo bản sao lưu chỉ còn trong bản dự phòng.

Sau đó hãy mở khóa bằng các cụm mật khẩu còn hiệu lực lúc tạo bản sao lưu.</translation>
    </message>
    <message>
      <source>Lock and replace</source>
      <translation>Khóa và thay thế</translation>
    </message>
    <message>
      <source>The vault could not be locked, so nothing was replaced.</source>
      <translation>Không khóa được kho dữ liệu, nên chưa thay thế gì.</translation>
    </message>
    <message>
      <source>Vault replaced</source>
      <translation>Đã thay kho dữ liệu</translation>
    </message>
    <message>
      <source>The backup was restored and checked. The previous vault is kept as {safety}. Unlock with the passphrases that were valid when the backup was made.</source>
      <translation>Đã khôi phục và kiểm tra bản sao lưu. Kho dữ liệu trước được giữ tại {safety}. Hãy mở khóa bằng các cụm mật khẩu còn hiệu lực lúc tạo bản sao lưu.</translation>
    </message>
  </context>
  <context>
    <name>BatchLettersDialog</name>
    <message numerus="yes">
      <source>The %n person(s) selected in the register.</source>
      <translation>
        <numerusform>%n người đã chọn trong sổ đăng ký.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Issued %n letter(s).</source>
      <translation>
        <numerusform>Đã phát hành %n thư.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Skipped %n case(s).</source>
      <translation>
        <numerusform>Đã bỏ qua %n hồ sơ.</numerusform>
      </translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Batch letters</source>
      <translation>Thư hàng loạt</translation>
    </message>
    <message>
      <source>Any nationality</source>
      <translation>Mọi quốc tịch</translation>
    </message>
    <message>
      <source>Open cases (intake, sheltered, awaiting repatriation)</source>
      <translation>Hồ sơ đang mở (tiếp nhận, đang lưu trú, chờ hồi hương)</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Mọi tình trạng</translation>
    </message>
    <message>
      <source>Any (no filter)</source>
      <translation>Bất kỳ (không lọc)</translation>
    </message>
    <message>
      <source>Only cases with a referral still waiting on an embassy</source>
      <translation>Chỉ hồ sơ có chuyển tuyến còn chờ đại sứ quán</translation>
    </message>
    <message>
      <source>Embassy letter (chosen from each person's open needs)</source>
      <translation>Thư đại sứ quán (theo nhu cầu của từng người)</translation>
    </message>
    <message>
      <source>The embassy serving each person's nationality</source>
      <translation>Đại sứ quán phụ trách quốc tịch của từng người</translation>
    </message>
    <message>
      <source>Each recipient's letter language</source>
      <translation>Ngôn ngữ thư của từng nơi nhận</translation>
    </message>
    <message>
      <source>English only</source>
      <translation>Chỉ tiếng Anh</translation>
    </message>
    <message>
      <source>English and {language}</source>
      <translation>Tiếng Anh và {language}</translation>
    </message>
    <message>
      <source>One PDF with every letter</source>
      <translation>Một tệp PDF chứa mọi thư</translation>
    </message>
    <message>
      <source>One PDF per letter (named by case number and reference)</source>
      <translation>Mỗi thư một tệp PDF (đặt tên theo số hồ sơ và số tham chiếu)</translation>
    </message>
    <message>
      <source>Choose folder and start…</source>
      <translation>Chọn thư mục và bắt đầu…</translation>
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
      <translation>Tình trạng hồ sơ</translation>
    </message>
    <message>
      <source>Open need</source>
      <translation>Nhu cầu chưa đáp ứng</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Người</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Thư</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Nơi nhận</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Đầu ra</translation>
    </message>
    <message>
      <source>Letters for every matching case</source>
      <translation>Thư cho mọi hồ sơ phù hợp</translation>
    </message>
    <message>
      <source>Saved letters are plaintext PDFs, NOT encrypted. Each letter is kept in the vault and entered in the disclosure register. Cases without consent, or without an embassy for their nationality, are skipped and listed.</source>
      <translation>Thư đã lưu là tệp PDF thường, KHÔNG được mã hóa. Mỗi thư được giữ trong kho dữ liệu và ghi vào sổ cung cấp thông tin. Hồ sơ chưa có sự đồng ý, hoặc chưa có đại sứ quán cho quốc tịch của họ, sẽ bị bỏ qua và liệt kê.</translation>
    </message>
    <message>
      <source>Only coordinators and administrators can issue letters.</source>
      <translation>Chỉ điều phối viên và quản trị viên được phát hành thư.</translation>
    </message>
    <message>
      <source>No case matches this filter.</source>
      <translation>Không có hồ sơ nào phù hợp bộ lọc này.</translation>
    </message>
    <message>
      <source>Saved {file} in {folder}.</source>
      <translation>Đã lưu {file} vào {folder}.</translation>
    </message>
    <message>
      <source>Saved {n} files in {folder}.</source>
      <translation>Đã lưu {n} tệp vào {folder}.</translation>
    </message>
    <message>
      <source>Cancelled after {done} of {total} cases.</source>
      <translation>Đã hủy sau {done} trên {total} hồ sơ.</translation>
    </message>
    <message>
      <source>Skipped {case}: {reason}</source>
      <translation>Đã bỏ qua {case}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>CaseFile</name>
    <message>
      <source>Their own copy</source>
      <translation>Bản sao cho người này</translation>
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
      <translation>Sao chép tên hoặc số</translation>
    </message>
    <message>
      <source>Copy the case number, a name or the passport number. The clipboard is cleared after 30 seconds and when ShelterDesk locks.</source>
      <translation>Sao chép số hồ sơ, một tên hoặc số hộ chiếu. Bộ nhớ tạm được xóa sau 30 giây và khi ShelterDesk khóa.</translation>
    </message>
    <message>
      <source>Close case file</source>
      <translation>Đóng hồ sơ</translation>
    </message>
    <message>
      <source>Their own copy…</source>
      <translation>Bản sao cho người này…</translation>
    </message>
    <message>
      <source>Everything held about this person, as a PDF in their language</source>
      <translation>Mọi thông tin đang lưu về người này, dạng PDF bằng ngôn ngữ của họ</translation>
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
      <translation>Gửi hồ sơ này, đã niêm phong, đến nhà tạm lánh đối tác tin cậy (cần sự đồng ý chuyển của người này)</translation>
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
      <translation>Xóa vĩnh viễn hồ sơ này theo yêu cầu của người này (quản trị viên; không thể hoàn tác)</translation>
    </message>
    <message>
      <source>Identity and names</source>
      <translation>Nhân thân</translation>
    </message>
    <message>
      <source>Documents and immigration</source>
      <translation>Giấy tờ, xuất nhập cảnh</translation>
    </message>
    <message>
      <source>Trafficking profile</source>
      <translation>Mua bán người</translation>
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
    <message numerus="yes">
      <source>in the shelter for %n days</source>
      <translation>
        <numerusform>đã ở %n ngày</numerusform>
      </translation>
    </message>
    <message>
      <source>Unsaved changes from before the lock were restored.</source>
      <translation>Đã khôi phục các thay đổi chưa lưu từ trước khi khóa.</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Bỏ</translation>
    </message>
    <message>
      <source>Someone else saved this case after you opened it. Reload their version; your edits will be put back on top of it for you to check and save.</source>
      <translation>Người khác đã lưu hồ sơ này sau khi bạn mở. Hãy tải lại bản của họ; phần bạn sửa sẽ được đặt lên trên để bạn kiểm tra và lưu.</translation>
    </message>
    <message>
      <source>Reload and keep my edits</source>
      <translation>Tải lại, giữ phần tôi sửa</translation>
    </message>
    <message numerus="yes">
      <source>Nothing was saved: %n field(s) need attention. Each message is next to its field.</source>
      <translation>
        <numerusform>Chưa lưu gì: %n ô cần xem lại. Mỗi thông báo nằm cạnh ô của nó.</numerusform>
      </translation>
    </message>
    <message>
      <source>Reloaded. Your edits are back on top; check them and save.</source>
      <translation>Đã tải lại. Phần bạn sửa đã được đặt lên trên; hãy kiểm tra và lưu.</translation>
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
      <translation>Số hộ chiếu {number}</translation>
    </message>
    <message>
      <source>Embassy case number</source>
      <translation>Số hồ sơ tại đại sứ quán</translation>
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
    <name>Cases</name>
    <message>
      <source>This case has not been registered yet; register it first.</source>
      <translation>Hồ sơ này chưa được đăng ký; hãy đăng ký trước.</translation>
    </message>
    <message>
      <source>Registered cases that may be the same person: {count}. Check them before saving.</source>
      <translation>Hồ sơ đã đăng ký có thể là cùng một người: {count}. Hãy kiểm tra trước khi lưu.</translation>
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
      <translation>Từ nay cụm mật khẩu mới sẽ mở kho dữ liệu; cụm cũ hết hiệu lực. Các bản sao lưu tạo trước đó vẫn mở bằng cụm cũ.</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>Cụm mật khẩu hiện tại</translation>
    </message>
    <message>
      <source>Type the new passphrase again</source>
      <translation>Nhập lại cụm mật khẩu mới</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Cụm mật khẩu mới</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>Nhập lại</translation>
    </message>
    <message>
      <source>Passphrase message</source>
      <translation>Thông báo về cụm mật khẩu</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Đổi cụm mật khẩu</translation>
    </message>
    <message>
      <source>The two new passphrases differ. Type them again.</source>
      <translation>Hai cụm mật khẩu mới không khớp. Hãy nhập lại.</translation>
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
      <translation>Các sự đồng ý</translation>
    </message>
    <message>
      <source>A referral or letter to an agency needs this person's valid consent for that kind of recipient. Record consent only after explaining, in their language, what will be shared and with whom.</source>
      <translation>Chuyển tuyến hoặc thư gửi một cơ quan cần sự đồng ý còn hiệu lực của người này cho loại nơi nhận đó. Chỉ ghi nhận sự đồng ý sau khi đã giải thích, bằng ngôn ngữ của họ, những gì sẽ được chia sẻ và với ai.</translation>
    </message>
    <message>
      <source>Consent for</source>
      <translation>Đồng ý cho</translation>
    </message>
    <message>
      <source>Given on</source>
      <translation>Ngày đồng ý</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Phiên dịch viên</translation>
    </message>
    <message>
      <source>Name of the interpreter, if one was used</source>
      <translation>Tên phiên dịch viên, nếu có</translation>
    </message>
    <message>
      <source>Expires on</source>
      <translation>Hết hạn ngày</translation>
    </message>
    <message>
      <source>Record consent</source>
      <translation>Ghi nhận sự đồng ý</translation>
    </message>
    <message>
      <source>Withdraw this consent</source>
      <translation>Rút lại sự đồng ý này</translation>
    </message>
    <message>
      <source>Consent for %1 recorded.</source>
      <translation>Đã ghi nhận sự đồng ý cho %1.</translation>
    </message>
    <message>
      <source>Consent withdrawn as of today.</source>
      <translation>Đã rút lại sự đồng ý từ hôm nay.</translation>
    </message>
  </context>
  <context>
    <name>Consents</name>
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
    <message>
      <source>statistics</source>
      <translation>thống kê</translation>
    </message>
    <message>
      <source>transfer</source>
      <translation>chuyển giao</translation>
    </message>
    <message>
      <source>Consent cannot be dated in the future.</source>
      <translation>Không thể ghi ngày đồng ý ở tương lai.</translation>
    </message>
    <message>
      <source>The expiry is before the date consent was given.</source>
      <translation>Ngày hết hạn trước ngày đưa ra sự đồng ý.</translation>
    </message>
    <message>
      <source>There is no valid {kind} consent to withdraw.</source>
      <translation>Không có sự đồng ý cho {kind} còn hiệu lực để rút lại.</translation>
    </message>
    <message>
      <source>Choose embassy, agency, police, provider or statistics.</source>
      <translation>Hãy chọn đại sứ quán, cơ quan, cảnh sát, đơn vị cung cấp dịch vụ hoặc thống kê.</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>ShelterDesk — unexpected error</source>
      <translation>ShelterDesk — lỗi không mong đợi</translation>
    </message>
    <message>
      <source>Something went wrong that ShelterDesk did not expect. Your saved records are safe in the vault; the last action may not have been completed.

If it happens again, copy the report below and send it to your support contact. It holds no survivor data, only where in the program the error happened.</source>
      <translation>Đã xảy ra lỗi mà ShelterDesk không lường trước. Các bản ghi đã lưu vẫn an toàn trong kho dữ liệu; thao tác cuối có thể chưa hoàn tất.

Nếu lỗi lặp lại, hãy sao chép báo cáo bên dưới và gửi cho người hỗ trợ của bạn. Báo cáo không chứa dữ liệu nạn nhân, chỉ cho biết lỗi xảy ra ở đâu trong chương trình.</translation>
    </message>
    <message>
      <source>Crash report</source>
      <translation>Báo cáo lỗi</translation>
    </message>
    <message>
      <source>Copy report</source>
      <translation>Sao chép báo cáo</translation>
    </message>
    <message>
      <source>Copy the crash report</source>
      <translation>Sao chép báo cáo lỗi</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>Đã sao chép</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <source>People</source>
      <translation>Người</translation>
    </message>
    <message>
      <source>Admitted</source>
      <translation>Tiếp nhận</translation>
    </message>
    <message>
      <source>under 1 week</source>
      <translation>dưới 1 tuần</translation>
    </message>
    <message>
      <source>1–2 weeks</source>
      <translation>1–2 tuần</translation>
    </message>
    <message>
      <source>2–4 weeks</source>
      <translation>2–4 tuần</translation>
    </message>
    <message>
      <source>1–2 months</source>
      <translation>1–2 tháng</translation>
    </message>
    <message>
      <source>2 months or more</source>
      <translation>từ 2 tháng trở lên</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Tổng quan</translation>
    </message>
    <message>
      <source>Export anonymised statistics…</source>
      <translation>Xuất thống kê ẩn danh…</translation>
    </message>
    <message>
      <source>Export anonymised statistics</source>
      <translation>Xuất thống kê ẩn danh</translation>
    </message>
    <message>
      <source>Import a spreadsheet…</source>
      <translation>Nhập bảng tính…</translation>
    </message>
    <message>
      <source>Import a register from a spreadsheet</source>
      <translation>Nhập sổ đăng ký từ bảng tính</translation>
    </message>
    <message>
      <source>Period report…</source>
      <translation>Báo cáo định kỳ…</translation>
    </message>
    <message>
      <source>Period report for donors and authorities</source>
      <translation>Báo cáo định kỳ cho nhà tài trợ và cơ quan chức năng</translation>
    </message>
    <message>
      <source>Show the overdue referrals</source>
      <translation>Xem các chuyển tuyến quá hạn</translation>
    </message>
    <message>
      <source>Show the follow-ups due this week</source>
      <translation>Xem các việc theo dõi đến hạn tuần này</translation>
    </message>
    <message>
      <source>Click a bar or slice to see the people it counts.</source>
      <translation>Nhấn vào một cột hoặc một phần biểu đồ để xem những người được tính.</translation>
    </message>
    <message numerus="yes">
      <source>%n people in the shelter</source>
      <translation>
        <numerusform>%n người đang ở nhà tạm lánh</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue referrals</source>
      <translation>
        <numerusform>%n chuyển tuyến quá hạn</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n follow-ups due this week</source>
      <translation>
        <numerusform>%n việc theo dõi đến hạn tuần này</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n open needs</source>
      <translation>
        <numerusform>%n nhu cầu chưa đáp ứng</numerusform>
      </translation>
    </message>
    <message>
      <source>In the shelter now, by nationality</source>
      <translation>Đang ở nhà tạm lánh, theo quốc tịch</translation>
    </message>
    <message>
      <source>In the shelter now, by status</source>
      <translation>Đang ở nhà tạm lánh, theo tình trạng</translation>
    </message>
    <message>
      <source>Waiting on each agency, by days waited</source>
      <translation>Đang chờ từng cơ quan, theo số ngày chờ</translation>
    </message>
    <message>
      <source>Open needs by category and priority</source>
      <translation>Nhu cầu chưa đáp ứng theo loại và mức ưu tiên</translation>
    </message>
    <message>
      <source>Admitted in {month}</source>
      <translation>Tiếp nhận trong {month}</translation>
    </message>
    <message>
      <source>Left in {month}</source>
      <translation>Rời đi trong {month}</translation>
    </message>
    <message>
      <source>Admissions and departures per month</source>
      <translation>Tiếp nhận và rời đi theo tháng</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Đã rời đi</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <source>This vault holds real cases: invented people would be mixed in with them, and would appear in searches, counts, letters and exports. Use a separate vault for demonstrations (--vault), or, only if you are sure, add --into-real-vault.</source>
      <translation>Kho dữ liệu này có hồ sơ thật: người giả định sẽ lẫn vào và xuất hiện trong tìm kiếm, số liệu, thư và dữ liệu xuất. Hãy dùng một kho dữ liệu riêng để trình diễn (--vault), hoặc, chỉ khi bạn chắc chắn, thêm --into-real-vault.</translation>
    </message>
  </context>
  <context>
    <name>Disclosure</name>
    <message>
      <source>Preferred name</source>
      <translation>Tên thường gọi</translation>
    </message>
    <message>
      <source>Other names used</source>
      <translation>Tên khác đã dùng</translation>
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
      <source>Place of birth</source>
      <translation>Nơi sinh</translation>
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
      <source>Sex</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Bản dạng giới</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Quốc tịch</translation>
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
      <source>Passport number</source>
      <translation>Số hộ chiếu</translation>
    </message>
    <message>
      <source>Passport issued by</source>
      <translation>Hộ chiếu do nước cấp</translation>
    </message>
    <message>
      <source>Passport expiry</source>
      <translation>Ngày hết hạn hộ chiếu</translation>
    </message>
    <message>
      <source>Passport status</source>
      <translation>Tình trạng hộ chiếu</translation>
    </message>
    <message>
      <source>National identity number</source>
      <translation>Số định danh cá nhân</translation>
    </message>
    <message>
      <source>Other identity documents</source>
      <translation>Giấy tờ tùy thân khác</translation>
    </message>
    <message>
      <source>Date of entry to Cambodia</source>
      <translation>Ngày nhập cảnh Campuchia</translation>
    </message>
    <message>
      <source>Visa</source>
      <translation>Thị thực</translation>
    </message>
    <message>
      <source>Overstay (days)</source>
      <translation>Ở quá hạn (ngày)</translation>
    </message>
    <message>
      <source>Overstay fine</source>
      <translation>Tiền phạt ở quá hạn</translation>
    </message>
    <message>
      <source>Exit permit</source>
      <translation>Giấy phép xuất cảnh</translation>
    </message>
    <message>
      <source>Embassy case number</source>
      <translation>Số hồ sơ tại Đại sứ quán</translation>
    </message>
    <message>
      <source>Travel document</source>
      <translation>Giấy thông hành</translation>
    </message>
    <message>
      <source>Last address in Cambodia</source>
      <translation>Địa chỉ cuối cùng tại Campuchia</translation>
    </message>
    <message>
      <source>Admitted to the shelter</source>
      <translation>Vào nhà tạm lánh</translation>
    </message>
    <message>
      <source>Intended destination</source>
      <translation>Nơi dự định đến</translation>
    </message>
    <message>
      <source>Home address</source>
      <translation>Địa chỉ quê nhà</translation>
    </message>
    <message>
      <source>Next of kin</source>
      <translation>Người thân gần nhất</translation>
    </message>
    <message>
      <source>Referred to the shelter by</source>
      <translation>Được chuyển đến nhà tạm lánh bởi</translation>
    </message>
    <message>
      <source>Form of exploitation</source>
      <translation>Hình thức bóc lột</translation>
    </message>
    <message>
      <source>Recruitment</source>
      <translation>Tuyển mộ</translation>
    </message>
    <message>
      <source>Where held</source>
      <translation>Nơi bị giam giữ</translation>
    </message>
    <message>
      <source>Period held</source>
      <translation>Thời gian bị giam giữ</translation>
    </message>
    <message>
      <source>Means of control</source>
      <translation>Biện pháp khống chế</translation>
    </message>
    <message>
      <source>How they left</source>
      <translation>Cách thức thoát ra</translation>
    </message>
    <message>
      <source>Indicators of trafficking</source>
      <translation>Dấu hiệu mua bán người</translation>
    </message>
    <message>
      <source>Police report</source>
      <translation>Trình báo cảnh sát</translation>
    </message>
    <message>
      <source>Fit to fly</source>
      <translation>Đủ sức khỏe đi máy bay</translation>
    </message>
    <message>
      <source>Medical notes</source>
      <translation>Ghi chú y tế</translation>
    </message>
    <message>
      <source>Vulnerabilities</source>
      <translation>Tình trạng dễ bị tổn thương</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTab</name>
    <message>
      <source>Embassy case number</source>
      <translation>Số hồ sơ tại đại sứ quán</translation>
    </message>
    <message>
      <source>Document type</source>
      <translation>Loại giấy tờ</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>Số giấy tờ</translation>
    </message>
    <message>
      <source>Issuing country</source>
      <translation>Nước cấp</translation>
    </message>
    <message>
      <source>Expiry date</source>
      <translation>Ngày hết hạn</translation>
    </message>
    <message>
      <source>Document status</source>
      <translation>Tình trạng giấy tờ</translation>
    </message>
    <message>
      <source>Remove document</source>
      <translation>Gỡ bỏ giấy tờ</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Số</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Nơi cấp</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>Hết hạn</translation>
    </message>
    <message>
      <source>Where it is</source>
      <translation>Đang ở đâu</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <translation>Giấy tờ tùy thân</translation>
    </message>
    <message>
      <source>Add a document</source>
      <translation>Thêm giấy tờ</translation>
    </message>
    <message>
      <source>Immigration</source>
      <translation>Xuất nhập cảnh</translation>
    </message>
    <message>
      <source>Entry date</source>
      <translation>Ngày nhập cảnh</translation>
    </message>
    <message>
      <source>Visa</source>
      <translation>Thị thực</translation>
    </message>
    <message>
      <source>Visa type</source>
      <translation>Loại thị thực</translation>
    </message>
    <message>
      <source>e.g. tourist, business (E)</source>
      <translation>VD: du lịch, công tác (E)</translation>
    </message>
    <message>
      <source>Visa expiry</source>
      <translation>Hạn thị thực</translation>
    </message>
    <message>
      <source>Overstay days</source>
      <translation>Số ngày quá hạn</translation>
    </message>
    <message>
      <source>Overstay fine</source>
      <translation>Tiền phạt quá hạn</translation>
    </message>
    <message>
      <source>Amount and currency, as stated by immigration</source>
      <translation>Số tiền và loại tiền, theo cơ quan xuất nhập cảnh</translation>
    </message>
    <message>
      <source>Exit permit</source>
      <translation>Giấy phép xuất cảnh</translation>
    </message>
    <message>
      <source>Exit permit status</source>
      <translation>Tình trạng giấy phép xuất cảnh</translation>
    </message>
    <message>
      <source>Embassy</source>
      <translation>Đại sứ quán</translation>
    </message>
    <message>
      <source>Travel document</source>
      <translation>Giấy thông hành</translation>
    </message>
    <message>
      <source>Travel document status</source>
      <translation>Tình trạng giấy thông hành</translation>
    </message>
  </context>
  <context>
    <name>Duplicates</name>
    <message>
      <source>same document number</source>
      <translation>cùng số giấy tờ</translation>
    </message>
    <message>
      <source>similar name, same date of birth</source>
      <translation>tên tương tự, cùng ngày sinh</translation>
    </message>
    <message>
      <source>similar name, same nationality</source>
      <translation>tên tương tự, cùng quốc tịch</translation>
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
      <translation>Lý do</translation>
    </message>
    <message>
      <source>Erasing deletes this case and everything about it: identity, needs, referrals, consents, letters, attachments and the details in its history. Only a line in the audit log remains: that a case was erased, by whom and why.

This cannot be undone. Backups made before today still hold the case until they are destroyed.</source>
      <translation>Xóa vĩnh viễn sẽ xóa hồ sơ này và mọi thứ liên quan: nhân thân, nhu cầu, chuyển tuyến, sự đồng ý, thư, tệp đính kèm và chi tiết trong lịch sử. Chỉ còn một dòng trong nhật ký kiểm tra: có một hồ sơ bị xóa, ai xóa và vì sao.

Không thể hoàn tác. Các bản sao lưu tạo trước hôm nay vẫn chứa hồ sơ này cho đến khi bị hủy.</translation>
    </message>
    <message>
      <source>e.g. the person asked on 2026-11-30 (no names)</source>
      <translation>VD: người này yêu cầu ngày 2026-11-30 (không ghi tên)</translation>
    </message>
    <message>
      <source>Case number, to confirm</source>
      <translation>Số hồ sơ, để xác nhận</translation>
    </message>
    <message>
      <source>Type the case number</source>
      <translation>Nhập số hồ sơ</translation>
    </message>
    <message>
      <source>Erase for good</source>
      <translation>Xóa vĩnh viễn</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export anonymised statistics</source>
      <translation>Xuất thống kê ẩn danh</translation>
    </message>
    <message>
      <source>The saved file is NOT encrypted and holds names and case details: anyone who can open it can read them.</source>
      <translation>Tệp đã lưu KHÔNG được mã hóa và chứa tên cùng chi tiết hồ sơ: ai mở được tệp đều đọc được.</translation>
    </message>
    <message>
      <source>The saved file is NOT encrypted: anyone who can open it can read it.</source>
      <translation>Tệp đã lưu KHÔNG được mã hóa: ai mở được tệp đều đọc được.</translation>
    </message>
    <message>
      <source>Exported files are not encrypted</source>
      <translation>Tệp xuất ra không được mã hóa</translation>
    </message>
    <message>
      <source>The export is recorded in the disclosure register. Save it only to a place you control, share it only with its recipient, and delete it when it is no longer needed.</source>
      <translation>Việc xuất được ghi vào sổ cung cấp thông tin. Chỉ lưu ở nơi bạn kiểm soát, chỉ chia sẻ với người nhận, và xóa khi không cần nữa.</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
      <source>Save the export as</source>
      <translation>Lưu tệp xuất thành</translation>
    </message>
    <message>
      <source>Save the register as</source>
      <translation>Lưu sổ đăng ký thành</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
      <translation>Sổ làm việc Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
      <source>What to export</source>
      <translation>Xuất gì</translation>
    </message>
    <message>
      <source>Counts per month (aggregate, HXL-tagged)</source>
      <translation>Số liệu theo tháng (tổng hợp, gắn thẻ HXL)</translation>
    </message>
    <message>
      <source>One row per person, CTDC columns (consenting people only)</source>
      <translation>Mỗi người một dòng, cột CTDC (chỉ người đã đồng ý)</translation>
    </message>
    <message>
      <source>File format</source>
      <translation>Định dạng tệp</translation>
    </message>
    <message>
      <source>Excel workbook (.xlsx)</source>
      <translation>Sổ làm việc Excel (.xlsx)</translation>
    </message>
    <message>
      <source>CSV (.csv)</source>
      <translation>CSV (.csv)</translation>
    </message>
    <message>
      <source>Smallest group published (k)</source>
      <translation>Nhóm nhỏ nhất được công bố (k)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Xuất</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Định dạng</translation>
    </message>
    <message>
      <source>Smallest group (k)</source>
      <translation>Nhóm nhỏ nhất (k)</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>Lưu thành…</translation>
    </message>
    <message>
      <source>No names, case or document numbers, dates of birth, addresses or notes ever leave. Counts under k are left out; in the person-level file ages, countries and years are widened until every combination is shared by at least k people, and whoever still stands out is left out.</source>
      <translation>Không bao giờ xuất tên, số hồ sơ hay số giấy tờ, ngày sinh, địa chỉ hoặc ghi chú. Số đếm dưới k bị lược bỏ; trong tệp theo từng người, tuổi, quốc gia và năm được gộp rộng dần cho đến khi mỗi tổ hợp có ít nhất k người, và ai vẫn nổi bật sẽ bị lược bỏ.</translation>
    </message>
    <message>
      <source>The file could not be written ({reason}). Nothing was recorded.</source>
      <translation>Không ghi được tệp ({reason}). Chưa ghi nhận gì.</translation>
    </message>
    <message>
      <source>Saved {file}: {rows} row(s) written, {suppressed} left out because they counted fewer than {k} people.</source>
      <translation>Đã lưu {file}: ghi {rows} dòng, lược bỏ {suppressed} vì có ít hơn {k} người.</translation>
    </message>
    <message>
      <source>{generalised} row(s) were generalised; {no_consent} case(s) without consent for anonymised statistics were left out.</source>
      <translation>{generalised} dòng đã được gộp rộng; {no_consent} hồ sơ chưa đồng ý cho thống kê ẩn danh đã bị lược bỏ.</translation>
    </message>
  </context>
  <context>
    <name>Exports</name>
    <message>
      <source>Choose csv or xlsx.</source>
      <translation>Hãy chọn csv hoặc xlsx.</translation>
    </message>
    <message>
      <source>Choose aggregate or cases.</source>
      <translation>Hãy chọn tổng hợp hoặc hồ sơ.</translation>
    </message>
    <message>
      <source>k must be a whole number from {low} to {high} (CTDC publishes with 11).</source>
      <translation>k phải là số nguyên từ {low} đến {high} (CTDC công bố với 11).</translation>
    </message>
  </context>
  <context>
    <name>Files</name>
    <message>
      <source>{path} is another name for one of the vault's own files. Choose another place; nothing was written.</source>
      <translation>{path} là một tên khác của một tệp thuộc kho dữ liệu. Hãy chọn nơi khác; chưa ghi gì.</translation>
    </message>
    <message>
      <source>{path} is a file, not a folder. Choose a folder; nothing was written.</source>
      <translation>{path} là tệp, không phải thư mục. Hãy chọn thư mục; chưa ghi gì.</translation>
    </message>
    <message>
      <source>{path} is a folder. Give a file name; nothing was written.</source>
      <translation>{path} là thư mục. Hãy đặt tên tệp; chưa ghi gì.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist. Choose an existing folder; nothing was written.</source>
      <translation>Thư mục {folder} không tồn tại. Hãy chọn một thư mục có sẵn; chưa ghi gì.</translation>
    </message>
    <message>
      <source>The folder {folder} cannot be written to ({reason}). Choose another folder; nothing was written.</source>
      <translation>Không ghi được vào thư mục {folder} ({reason}). Hãy chọn thư mục khác; chưa ghi gì.</translation>
    </message>
    <message>
      <source>{path} could not be written ({reason}). Nothing was saved there; choose another place.</source>
      <translation>Không ghi được {path} ({reason}). Chưa lưu gì ở đó; hãy chọn nơi khác.</translation>
    </message>
    <message>
      <source>{path} is inside ShelterDesk's own folder ({folder}), where the vault and its state files live. Choose another place; nothing was written.</source>
      <translation>{path} nằm trong thư mục riêng của ShelterDesk ({folder}), nơi chứa kho dữ liệu và các tệp trạng thái của nó. Hãy chọn nơi khác; chưa ghi gì.</translation>
    </message>
    <message>
      <source>{path} could not be written ({reason}). Nothing was saved there and nothing was recorded; choose another place.</source>
      <translation>Không ghi được {path} ({reason}). Chưa lưu gì ở đó và chưa ghi nhận gì; hãy chọn nơi khác.</translation>
    </message>
    <message>
      <source>{path} could not be put in place ({reason}). The letter is kept in the vault and recorded as issued; re-print it from the disclosure register.</source>
      <translation>Không đặt được {path} vào vị trí ({reason}). Thư vẫn được giữ trong kho dữ liệu và được ghi nhận là đã cấp; hãy in lại từ sổ cung cấp thông tin.</translation>
    </message>
  </context>
  <context>
    <name>FirstPassphraseScreen</name>
    <message>
      <source>Choose your own passphrase</source>
      <translation>Chọn cụm mật khẩu của riêng bạn</translation>
    </message>
    <message>
      <source>You unlocked with a one-time passphrase or the recovery code. Choose a passphrase only you know before you continue.</source>
      <translation>Bạn đã mở khóa bằng cụm mật khẩu dùng một lần hoặc mã khôi phục. Hãy chọn một cụm mật khẩu chỉ mình bạn biết trước khi tiếp tục.</translation>
    </message>
    <message>
      <source>Type the new passphrase again</source>
      <translation>Nhập lại cụm mật khẩu mới</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Cụm mật khẩu mới</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>Nhập lại</translation>
    </message>
    <message>
      <source>Lock instead</source>
      <translation>Khóa lại</translation>
    </message>
    <message>
      <source>Save and continue</source>
      <translation>Lưu và tiếp tục</translation>
    </message>
    <message>
      <source>Save the new passphrase and continue</source>
      <translation>Lưu cụm mật khẩu mới và tiếp tục</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation>Hai cụm mật khẩu không khớp. Hãy nhập lại.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunScreen</name>
    <message>
      <source>Welcome to ShelterDesk</source>
      <translation>Chào mừng đến với ShelterDesk</translation>
    </message>
    <message>
      <source>Everything ShelterDesk stores is encrypted on this computer. Create the vault and the first administrator. Only people with a passphrase (or the recovery code) can open it.</source>
      <translation>Mọi dữ liệu ShelterDesk lưu trên máy tính này đều được mã hóa. Hãy tạo kho dữ liệu và quản trị viên đầu tiên. Chỉ người có cụm mật khẩu (hoặc mã khôi phục) mới mở được.</translation>
    </message>
    <message>
      <source>Shelter name</source>
      <translation>Tên nhà tạm lánh</translation>
    </message>
    <message>
      <source>Administrator user name</source>
      <translation>Tên người dùng của quản trị viên</translation>
    </message>
    <message>
      <source>e.g. sokha</source>
      <translation>VD: sokha</translation>
    </message>
    <message>
      <source>Administrator full name</source>
      <translation>Họ tên quản trị viên</translation>
    </message>
    <message>
      <source>Type the passphrase again</source>
      <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
      <source>Your user name</source>
      <translation>Tên người dùng của bạn</translation>
    </message>
    <message>
      <source>Your full name</source>
      <translation>Họ tên của bạn</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Cụm mật khẩu</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
      <source>Create the vault</source>
      <translation>Tạo kho dữ liệu</translation>
    </message>
    <message>
      <source>Enter the shelter's name; it heads every letter.</source>
      <translation>Nhập tên nhà tạm lánh; tên này đứng đầu mọi lá thư.</translation>
    </message>
    <message>
      <source>Choose a stronger passphrase (see the meter).</source>
      <translation>Hãy chọn cụm mật khẩu mạnh hơn (xem thanh đo).</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation>Hai cụm mật khẩu không khớp. Hãy nhập lại.</translation>
    </message>
    <message>
      <source>Write down the recovery code</source>
      <translation>Ghi lại mã khôi phục</translation>
    </message>
    <message>
      <source>This code opens the vault if every administrator forgets their passphrase. It is shown only now and cannot be shown again.

Write it on paper (or print the recovery kit), and lock it away from the computer, where only the shelter's director can reach it. Anyone who has it can read every record.</source>
      <translation>Mã này mở kho dữ liệu nếu mọi quản trị viên đều quên cụm mật khẩu. Mã chỉ hiện lúc này và không thể hiện lại.

Hãy viết ra giấy (hoặc in bộ khôi phục) và cất khóa ở nơi xa máy tính, chỉ giám đốc nhà tạm lánh lấy được. Ai có mã này đều đọc được mọi bản ghi.</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Mã khôi phục</translation>
    </message>
    <message>
      <source>Print the recovery kit…</source>
      <translation>In bộ khôi phục…</translation>
    </message>
    <message>
      <source>Print the recovery kit with this code</source>
      <translation>In bộ khôi phục kèm mã này</translation>
    </message>
    <message>
      <source>One page with this code and how to use it. Printing does not make a new code.</source>
      <translation>Một trang gồm mã này và cách dùng. In không tạo mã mới.</translation>
    </message>
    <message>
      <source>I have written the recovery code down and will keep it locked away.</source>
      <translation>Tôi đã ghi lại mã khôi phục và sẽ cất khóa cẩn thận.</translation>
    </message>
    <message>
      <source>I have written the recovery code down</source>
      <translation>Tôi đã ghi lại mã khôi phục</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Tiếp tục</translation>
    </message>
    <message>
      <source>Recovery kit</source>
      <translation>Bộ khôi phục</translation>
    </message>
    <message>
      <source>Print another copy…</source>
      <translation>In thêm một bản…</translation>
    </message>
    <message>
      <source>The shelter's letterhead</source>
      <translation>Tiêu đề thư của nhà tạm lánh</translation>
    </message>
    <message>
      <source>These details head every referral letter. You can change them later in Settings.</source>
      <translation>Các thông tin này đứng đầu mọi thư chuyển tuyến. Bạn có thể sửa sau trong Cài đặt.</translation>
    </message>
    <message>
      <source>Start using ShelterDesk</source>
      <translation>Bắt đầu dùng ShelterDesk</translation>
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
      <source>No country matches “%1”. Pick one from the list.</source>
      <translation>Không có quốc gia nào khớp “%1”. Hãy chọn trong danh sách.</translation>
    </message>
    <message>
      <source>No language matches “%1”. Pick one from the list.</source>
      <translation>Không có ngôn ngữ nào khớp “%1”. Hãy chọn trong danh sách.</translation>
    </message>
    <message>
      <source>Remove %1</source>
      <translation>Bỏ %1</translation>
    </message>
    <message>
      <source>Problem with %1</source>
      <translation>Lỗi ở %1</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Lịch</translation>
    </message>
    <message>
      <source>Pick %1 from a calendar</source>
      <translation>Chọn %1 từ lịch</translation>
    </message>
    <message>
      <source>Pick the date from a calendar (Alt+Down)</source>
      <translation>Chọn ngày từ lịch (Alt+Down)</translation>
    </message>
    <message>
      <source>e.g. %1, empty if unknown</source>
      <translation>VD: %1, trống nếu không rõ</translation>
    </message>
    <message>
      <source>“%1” is not a date. Write it as %2, 14/03/1996 or 1996-03-14 (with a four-digit year), pick it from the calendar, or leave it empty.</source>
      <translation>“%1” không phải là ngày. Hãy viết dạng %2, 14/03/1996 hoặc 1996-03-14 (năm có bốn chữ số), chọn từ lịch, hoặc để trống.</translation>
    </message>
    <message>
      <source>Enter a whole number, or leave it empty.</source>
      <translation>Nhập một số nguyên, hoặc để trống.</translation>
    </message>
    <message>
      <source>One per line</source>
      <translation>Mỗi dòng một mục</translation>
    </message>
    <message>
      <source>Stateless</source>
      <translation>Không quốc tịch</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Không rõ</translation>
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
      <translation>Lịch sử hồ sơ</translation>
    </message>
    <message>
      <source>Who opened or changed this case, and when. Entries cannot be edited.</source>
      <translation>Ai đã mở hoặc sửa hồ sơ này, và khi nào. Không thể sửa các mục này.</translation>
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
      <translation>Điện thoại</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Quốc tịch</translation>
    </message>
    <message>
      <source>Case status</source>
      <translation>Tình trạng hồ sơ</translation>
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
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Họ</translation>
    </message>
    <message>
      <source>As in the passport</source>
      <translation>Như trong hộ chiếu</translation>
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
      <translation>Tên thường gọi</translation>
    </message>
    <message>
      <source>Other names</source>
      <translation>Tên khác</translation>
    </message>
    <message>
      <source>Aliases, one per line</source>
      <translation>Bí danh, mỗi dòng một tên</translation>
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
      <translation>Bản dạng giới</translation>
    </message>
    <message>
      <source>As the person describes it</source>
      <translation>Theo cách người này tự mô tả</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Ngày sinh</translation>
    </message>
    <message>
      <source>Place of birth</source>
      <translation>Nơi sinh</translation>
    </message>
    <message>
      <source>Father's name</source>
      <translation>Họ tên cha</translation>
    </message>
    <message>
      <source>As in civil records; embassies check it</source>
      <translation>Như trong giấy tờ hộ tịch; đại sứ quán sẽ kiểm tra</translation>
    </message>
    <message>
      <source>Mother's name</source>
      <translation>Họ tên mẹ</translation>
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
      <translation>Liên lạc</translation>
    </message>
    <message>
      <source>With country code, e.g. +62 812 3456 7890</source>
      <translation>Kèm mã quốc gia, VD: +62 812 3456 7890</translation>
    </message>
    <message>
      <source>Home address</source>
      <translation>Địa chỉ quê nhà</translation>
    </message>
    <message>
      <source>Last address in Cambodia</source>
      <translation>Địa chỉ cuối ở Campuchia</translation>
    </message>
    <message>
      <source>Where the person last lived, not where they were held</source>
      <translation>Nơi người này sống gần nhất, không phải nơi bị giữ</translation>
    </message>
    <message>
      <source>Next of kin</source>
      <translation>Người thân</translation>
    </message>
    <message>
      <source>Next of kin name</source>
      <translation>Tên người thân</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Quan hệ</translation>
    </message>
    <message>
      <source>e.g. mother, brother</source>
      <translation>VD: mẹ, anh trai</translation>
    </message>
    <message>
      <source>Next of kin phone</source>
      <translation>Điện thoại người thân</translation>
    </message>
    <message>
      <source>Safe to contact</source>
      <translation>Có thể liên lạc an toàn</translation>
    </message>
    <message>
      <source>Shelter stay</source>
      <translation>Thời gian lưu trú</translation>
    </message>
    <message>
      <source>Admitted</source>
      <translation>Tiếp nhận</translation>
    </message>
    <message>
      <source>Admission date</source>
      <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
      <source>Discharged</source>
      <translation>Rời đi</translation>
    </message>
    <message>
      <source>Discharge date</source>
      <translation>Ngày rời đi</translation>
    </message>
    <message>
      <source>Discharged to</source>
      <translation>Nơi đến</translation>
    </message>
    <message>
      <source>Discharge destination</source>
      <translation>Nơi đến khi rời đi</translation>
    </message>
    <message>
      <source>Where the person goes, e.g. home town after repatriation</source>
      <translation>Nơi người này đến, VD: quê nhà sau khi hồi hương</translation>
    </message>
    <message>
      <source>Health (share only with consent)</source>
      <translation>Sức khỏe (chỉ chia sẻ khi được đồng ý)</translation>
    </message>
    <message>
      <source>Fit to fly</source>
      <translation>Đủ sức khỏe đi máy bay</translation>
    </message>
    <message>
      <source>As the doctor stated it, with date and name</source>
      <translation>Theo lời bác sĩ, kèm ngày và tên</translation>
    </message>
    <message>
      <source>Medical notes</source>
      <translation>Ghi chú y tế</translation>
    </message>
    <message>
      <source>Only what the person agreed may be shared in letters</source>
      <translation>Chỉ những gì người này đồng ý cho chia sẻ trong thư</translation>
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
      <translation>Nhập sổ đăng ký từ bảng tính</translation>
    </message>
    <message>
      <source>Choose the spreadsheet to import</source>
      <translation>Chọn bảng tính cần nhập</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.csv)</source>
      <translation>Bảng tính (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>No file chosen.</source>
      <translation>Chưa chọn tệp.</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Chọn tệp…</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Trang tính</translation>
    </message>
    <message>
      <source>Which field each column fills</source>
      <translation>Mỗi cột điền vào trường nào</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Cột trong tệp</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>Ví dụ</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Trường</translation>
    </message>
    <message>
      <source>The first rows as they will be stored</source>
      <translation>Các dòng đầu như sẽ được lưu</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Dòng</translation>
    </message>
    <message>
      <source>Problems and likely duplicates</source>
      <translation>Lỗi và khả năng trùng lặp</translation>
    </message>
    <message>
      <source>Also import the likely duplicates</source>
      <translation>Nhập cả các dòng có thể trùng</translation>
    </message>
    <message>
      <source>Check the rows</source>
      <translation>Kiểm tra các dòng</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Nhập</translation>
    </message>
    <message>
      <source>Columns are matched to fields from their headers; correct any that are wrong. Nothing is imported until every row is correct, and then all rows are imported together.</source>
      <translation>Các cột được ghép với trường theo tiêu đề cột; hãy sửa cột nào bị ghép sai. Không nhập gì cho đến khi mọi dòng đều đúng, rồi tất cả các dòng được nhập cùng lúc.</translation>
    </message>
    <message>
      <source>Preview: the first rows as they will be stored</source>
      <translation>Xem trước: các dòng đầu như sẽ được lưu</translation>
    </message>
    <message>
      <source>(column {n})</source>
      <translation>(cột {n})</translation>
    </message>
    <message>
      <source>Field for column {name}</source>
      <translation>Trường cho cột {name}</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— không nhập —</translation>
    </message>
    <message>
      <source>Each field can be filled from one column only: {fields}.</source>
      <translation>Mỗi trường chỉ được điền từ một cột: {fields}.</translation>
    </message>
    <message>
      <source>The mapping changed: check the rows again.</source>
      <translation>Cách ghép đã thay đổi: hãy kiểm tra lại các dòng.</translation>
    </message>
    <message>
      <source>Checking the rows…</source>
      <translation>Đang kiểm tra các dòng…</translation>
    </message>
    <message>
      <source>Checking cancelled; nothing was imported.</source>
      <translation>Đã hủy kiểm tra; chưa nhập gì.</translation>
    </message>
    <message>
      <source>Row {row}, {column}: {message}</source>
      <translation>Dòng {row}, {column}: {message}</translation>
    </message>
    <message>
      <source>Row {row} may be the same person as {matches}</source>
      <translation>Dòng {row} có thể cùng một người với {matches}</translation>
    </message>
    <message>
      <source>{rows} row(s) read; {errors} problem(s) to correct in the file before anything can be imported.</source>
      <translation>Đã đọc {rows} dòng; có {errors} lỗi cần sửa trong tệp trước khi nhập được.</translation>
    </message>
    <message>
      <source>{rows} row(s) read; {ready} will be imported; {duplicates} likely duplicate(s).</source>
      <translation>Đã đọc {rows} dòng; {ready} dòng sẽ được nhập; {duplicates} dòng có thể trùng.</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Đang nhập…</translation>
    </message>
    <message>
      <source>{n} case(s) imported.</source>
      <translation>Đã nhập {n} hồ sơ.</translation>
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
      <translation>Họ và tên</translation>
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
      <translation>VD: 张伟, សុខ ដារ៉ា, محمد أحمد</translation>
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
      <translation>lần tiếp nhận này</translation>
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
    <name>Integrity</name>
    <message>
      <source>Audit entries {first}–{last} are missing.</source>
      <translation>Thiếu các mục nhật ký {first}–{last}.</translation>
    </message>
    <message>
      <source>Audit entry {seq} was altered, removed or moved.</source>
      <translation>Mục nhật ký {seq} đã bị sửa, xóa hoặc di chuyển.</translation>
    </message>
    <message>
      <source>The vault is older than its last known state (audit entry {seq} is missing): it may have been rolled back to an earlier copy.</source>
      <translation>Kho dữ liệu cũ hơn trạng thái cuối cùng được biết (thiếu mục nhật ký {seq}): có thể nó đã bị đưa về một bản sao cũ hơn.</translation>
    </message>
    <message>
      <source>The audit log does not match its last known state.</source>
      <translation>Nhật ký kiểm tra không khớp với trạng thái cuối cùng được biết.</translation>
    </message>
    <message>
      <source>Database pages that fail authentication (damaged or altered): {count}.</source>
      <translation>Trang cơ sở dữ liệu không xác thực được (bị hỏng hoặc bị sửa): {count}.</translation>
    </message>
    <message>
      <source>The database structure is damaged: {findings}</source>
      <translation>Cấu trúc cơ sở dữ liệu bị hỏng: {findings}</translation>
    </message>
    <message>
      <source>Records that point to records that no longer exist: {count}.</source>
      <translation>Bản ghi trỏ đến bản ghi không còn tồn tại: {count}.</translation>
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
      <translation>Điều phối viên</translation>
    </message>
    <message>
      <source>Case worker</source>
      <translation>Cán bộ hồ sơ</translation>
    </message>
    <message>
      <source>Read only</source>
      <translation>Chỉ xem</translation>
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
      <translation>Liên giới tính</translation>
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
      <translation>Thẻ căn cước</translation>
    </message>
    <message>
      <source>Travel document</source>
      <translation>Giấy thông hành</translation>
    </message>
    <message>
      <source>Birth certificate</source>
      <translation>Giấy khai sinh</translation>
    </message>
    <message>
      <source>Work permit</source>
      <translation>Giấy phép lao động</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Khác</translation>
    </message>
    <message>
      <source>In hand</source>
      <translation>Người này giữ</translation>
    </message>
    <message>
      <source>Held by employer or syndicate</source>
      <translation>Bị chủ hoặc băng nhóm giữ</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>Bị mất</translation>
    </message>
    <message>
      <source>With police</source>
      <translation>Cảnh sát giữ</translation>
    </message>
    <message>
      <source>Copy only</source>
      <translation>Chỉ có bản sao</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Không có</translation>
    </message>
    <message>
      <source>Not needed</source>
      <translation>Không cần</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Chưa bắt đầu</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>Đã yêu cầu</translation>
    </message>
    <message>
      <source>Interviewed</source>
      <translation>Đã phỏng vấn</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Đã cấp</translation>
    </message>
    <message>
      <source>Collected</source>
      <translation>Đã nhận</translation>
    </message>
    <message>
      <source>Applied</source>
      <translation>Đã nộp đơn</translation>
    </message>
    <message>
      <source>Fine waiver requested</source>
      <translation>Đã xin miễn phạt</translation>
    </message>
    <message>
      <source>Granted</source>
      <translation>Đã được cấp</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Bị từ chối</translation>
    </message>
    <message>
      <source>Forced criminality (online scams)</source>
      <translation>Cưỡng bức phạm tội (lừa đảo trực tuyến)</translation>
    </message>
    <message>
      <source>Forced labour</source>
      <translation>Lao động cưỡng bức</translation>
    </message>
    <message>
      <source>Sexual exploitation</source>
      <translation>Bóc lột tình dục</translation>
    </message>
    <message>
      <source>Domestic servitude</source>
      <translation>Cưỡng bức giúp việc nhà</translation>
    </message>
    <message>
      <source>Debt bondage</source>
      <translation>Lao động gán nợ</translation>
    </message>
    <message>
      <source>Forced marriage</source>
      <translation>Cưỡng ép kết hôn</translation>
    </message>
    <message>
      <source>Deception about the job</source>
      <translation>Lừa dối về công việc</translation>
    </message>
    <message>
      <source>Restriction of movement</source>
      <translation>Hạn chế đi lại</translation>
    </message>
    <message>
      <source>Isolation</source>
      <translation>Bị cô lập</translation>
    </message>
    <message>
      <source>Physical violence</source>
      <translation>Bạo lực thể chất</translation>
    </message>
    <message>
      <source>Intimidation and threats</source>
      <translation>Đe dọa, uy hiếp</translation>
    </message>
    <message>
      <source>Retention of identity documents</source>
      <translation>Giữ giấy tờ tùy thân</translation>
    </message>
    <message>
      <source>Withholding of wages</source>
      <translation>Giữ lương</translation>
    </message>
    <message>
      <source>Abusive working and living conditions</source>
      <translation>Điều kiện làm việc và sinh hoạt ngược đãi</translation>
    </message>
    <message>
      <source>Excessive overtime</source>
      <translation>Làm thêm giờ quá mức</translation>
    </message>
    <message>
      <source>Abuse of vulnerability</source>
      <translation>Lợi dụng tình trạng dễ bị tổn thương</translation>
    </message>
    <message>
      <source>Minor</source>
      <translation>Trẻ vị thành niên</translation>
    </message>
    <message>
      <source>Pregnant</source>
      <translation>Mang thai</translation>
    </message>
    <message>
      <source>Injured</source>
      <translation>Bị thương</translation>
    </message>
    <message>
      <source>Disability</source>
      <translation>Khuyết tật</translation>
    </message>
    <message>
      <source>Embassy</source>
      <translation>Đại sứ quán</translation>
    </message>
    <message>
      <source>Anti-trafficking agency</source>
      <translation>Cơ quan chống mua bán người</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>Cảnh sát</translation>
    </message>
    <message>
      <source>Service provider</source>
      <translation>Đơn vị cung cấp dịch vụ</translation>
    </message>
    <message>
      <source>Anonymised statistics</source>
      <translation>Thống kê ẩn danh</translation>
    </message>
    <message>
      <source>Transfer to another shelter</source>
      <translation>Chuyển sang nhà tạm lánh khác</translation>
    </message>
    <message>
      <source>Shelter</source>
      <translation>Chỗ ở</translation>
    </message>
    <message>
      <source>Food</source>
      <translation>Thực phẩm</translation>
    </message>
    <message>
      <source>Medical</source>
      <translation>Y tế</translation>
    </message>
    <message>
      <source>Psychosocial</source>
      <translation>Tâm lý xã hội</translation>
    </message>
    <message>
      <source>Legal</source>
      <translation>Pháp lý</translation>
    </message>
    <message>
      <source>Repatriation</source>
      <translation>Hồi hương</translation>
    </message>
    <message>
      <source>Family contact</source>
      <translation>Liên lạc gia đình</translation>
    </message>
    <message>
      <source>Immigration fine waiver</source>
      <translation>Miễn phạt xuất nhập cảnh</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Tiền mặt</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>Phiên dịch</translation>
    </message>
    <message>
      <source>Protection</source>
      <translation>Bảo vệ</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Thấp</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Bình thường</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Cao</translation>
    </message>
    <message>
      <source>Urgent (72 h)</source>
      <translation>Gấp (72 giờ)</translation>
    </message>
    <message>
      <source>Emergency (24 h)</source>
      <translation>Khẩn cấp (24 giờ)</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Chưa đáp ứng</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Đang xử lý</translation>
    </message>
    <message>
      <source>On hold</source>
      <translation>Tạm dừng</translation>
    </message>
    <message>
      <source>Met</source>
      <translation>Đã đáp ứng</translation>
    </message>
    <message>
      <source>Cannot be met</source>
      <translation>Không thể đáp ứng</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Nháp</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Đã gửi</translation>
    </message>
    <message>
      <source>Acknowledged</source>
      <translation>Đã báo nhận</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Đã chấp nhận</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Đã từ chối</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Đã hoàn thành</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Đã rút lại</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>Gấp</translation>
    </message>
    <message>
      <source>No document</source>
      <translation>Không có giấy tờ</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Mở lại</translation>
    </message>
    <message>
      <source>Start work</source>
      <translation>Bắt đầu xử lý</translation>
    </message>
    <message>
      <source>Put on hold</source>
      <translation>Tạm dừng</translation>
    </message>
    <message>
      <source>Mark met</source>
      <translation>Đánh dấu đã đáp ứng</translation>
    </message>
    <message>
      <source>Mark sent</source>
      <translation>Đánh dấu đã gửi</translation>
    </message>
    <message>
      <source>Mark acknowledged</source>
      <translation>Đánh dấu đã báo nhận</translation>
    </message>
    <message>
      <source>Mark accepted</source>
      <translation>Đánh dấu đã chấp nhận</translation>
    </message>
    <message>
      <source>Mark declined</source>
      <translation>Đánh dấu đã từ chối</translation>
    </message>
    <message>
      <source>Mark completed</source>
      <translation>Đánh dấu hoàn thành</translation>
    </message>
    <message>
      <source>Withdraw</source>
      <translation>Rút lại</translation>
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
      <translation>Chỉ tiếng Anh</translation>
    </message>
    <message>
      <source>English and {language}</source>
      <translation>Tiếng Anh và {language}</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Thư</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Nơi nhận</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Trường</translation>
    </message>
    <message>
      <source>Referral letter</source>
      <translation>Thư chuyển tuyến</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>Không có ảnh</translation>
    </message>
    <message>
      <source>What will be printed</source>
      <translation>Nội dung sẽ in</translation>
    </message>
    <message>
      <source>Why this letter must go without consent (kept in the register)</source>
      <translation>Lý do thư này phải gửi khi chưa có sự đồng ý (được ghi vào sổ)</translation>
    </message>
    <message>
      <source>Override (coordinators and administrators):</source>
      <translation>Ngoại lệ (điều phối viên và quản trị viên):</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Ảnh</translation>
    </message>
    <message>
      <source>Letter for case {case}</source>
      <translation>Thư cho hồ sơ {case}</translation>
    </message>
    <message>
      <source>Fields to disclose (only those the person's consent allows can be ticked):</source>
      <translation>Các trường được cung cấp (chỉ đánh dấu được những trường mà sự đồng ý của người này cho phép):</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>In…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Lưu thành PDF…</translation>
    </message>
    <message>
      <source>Printed or saved letters are plaintext; each one is recorded.</source>
      <translation>Thư đã in hoặc lưu là văn bản thường; mỗi thư đều được ghi nhận.</translation>
    </message>
    <message>
      <source>Only coordinators and administrators can issue letters. Ask one of them to prepare this letter.</source>
      <translation>Chỉ điều phối viên và quản trị viên được phát hành thư. Hãy nhờ một người trong số họ soạn thư này.</translation>
    </message>
    <message>
      <source>Consent for this kind of recipient does not allow this field.</source>
      <translation>Sự đồng ý cho loại nơi nhận này không cho phép trường này.</translation>
    </message>
    <message>
      <source>Consent given on {date}</source>
      <translation>Đồng ý ngày {date}</translation>
    </message>
    <message>
      <source> (interpreter: {name})</source>
      <translation> (phiên dịch viên: {name})</translation>
    </message>
    <message>
      <source>No valid consent for this kind of recipient (none recorded, withdrawn or expired). Record the person's consent in the case file, or write an override reason below; it is kept in the disclosure register.</source>
      <translation>Chưa có sự đồng ý còn hiệu lực cho loại nơi nhận này (chưa ghi nhận, đã rút lại hoặc đã hết hạn). Hãy ghi nhận sự đồng ý của người này trong hồ sơ, hoặc ghi lý do ngoại lệ bên dưới; lý do được lưu trong sổ cung cấp thông tin.</translation>
    </message>
    <message>
      <source>Mark the referral as sent?</source>
      <translation>Đánh dấu chuyển tuyến là đã gửi?</translation>
    </message>
    <message>
      <source>The letter for referral {reference} is issued. Mark the referral as Sent, so its follow-up date counts from today?</source>
      <translation>Đã phát hành thư cho chuyển tuyến {reference}. Đánh dấu chuyển tuyến là Đã gửi để ngày theo dõi được tính từ hôm nay?</translation>
    </message>
    <message>
      <source>Mark as sent</source>
      <translation>Đánh dấu đã gửi</translation>
    </message>
    <message>
      <source>Keep as draft</source>
      <translation>Giữ làm bản nháp</translation>
    </message>
  </context>
  <context>
    <name>Letters</name>
    <message>
      <source>no shipped font can print these characters: {characters}</source>
      <translation>không có phông chữ kèm theo nào in được các ký tự này: {characters}</translation>
    </message>
    <message>
      <source>the shelter logo is not a readable image</source>
      <translation>logo của nhà tạm lánh không phải là hình đọc được</translation>
    </message>
    <message>
      <source>The report has no wording in “{language}” yet; choose one of {languages}.</source>
      <translation>Báo cáo chưa có nội dung bằng “{language}”; hãy chọn một trong {languages}.</translation>
    </message>
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
      <translation>Tạo bộ khôi phục mới</translation>
    </message>
    <message>
      <source>Your new passphrase is saved. The recovery code has now been used and typed on this computer: print a new recovery kit (Staff &amp; audit → Print recovery kit…), lock it away, and destroy the old page.</source>
      <translation>Đã lưu cụm mật khẩu mới. Mã khôi phục đã được dùng và gõ trên máy tính này: hãy in bộ khôi phục mới (Nhân viên &amp; kiểm tra → In bộ khôi phục…), cất khóa cẩn thận và hủy trang cũ.</translation>
    </message>
    <message>
      <source>Go to Staff &amp;&amp; audit</source>
      <translation>Đến Nhân viên và kiểm tra</translation>
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
      <translation>Chưa có ai</translation>
    </message>
    <message>
      <source>Add a need</source>
      <translation>Thêm nhu cầu</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Mức ưu tiên</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Mô tả</translation>
    </message>
    <message>
      <source>What exactly is needed</source>
      <translation>Cụ thể cần gì</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Người phụ trách</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Ngày đến hạn</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Hạn</translation>
    </message>
    <message>
      <source>Save need</source>
      <translation>Lưu nhu cầu</translation>
    </message>
    <message>
      <source>Cancel adding</source>
      <translation>Hủy thêm</translation>
    </message>
    <message>
      <source>New need</source>
      <translation>Nhu cầu mới</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <source>What was done, what came of it</source>
      <translation>Đã làm gì, kết quả ra sao</translation>
    </message>
    <message>
      <source>Save changes to this need</source>
      <translation>Lưu thay đổi của nhu cầu này</translation>
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
      <translation>Ghi chú hồ sơ</translation>
    </message>
    <message>
      <source>Notes about this case. Kept encrypted in the vault.</source>
      <translation>Ghi chú về hồ sơ này. Được lưu mã hóa trong kho dữ liệu.</translation>
    </message>
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <source>Straight rows of keys are easy to guess.</source>
      <translation>Các hàng phím thẳng rất dễ đoán.</translation>
    </message>
    <message>
      <source>Short keyboard patterns are easy to guess.</source>
      <translation>Các mẫu bàn phím ngắn rất dễ đoán.</translation>
    </message>
    <message>
      <source>Repeats like "aaa" are easy to guess.</source>
      <translation>Lặp lại như "aaa" rất dễ đoán.</translation>
    </message>
    <message>
      <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
      <translation>Lặp lại như "abcabcabc" chỉ khó đoán hơn "abc" một chút.</translation>
    </message>
    <message>
      <source>Sequences like "abc" or "6543" are easy to guess.</source>
      <translation>Dãy như "abc" hoặc "6543" rất dễ đoán.</translation>
    </message>
    <message>
      <source>Recent years are easy to guess.</source>
      <translation>Các năm gần đây rất dễ đoán.</translation>
    </message>
    <message>
      <source>Dates are often easy to guess.</source>
      <translation>Ngày tháng thường dễ đoán.</translation>
    </message>
    <message>
      <source>This is a top-10 common password.</source>
      <translation>Đây là một trong 10 mật khẩu phổ biến nhất.</translation>
    </message>
    <message>
      <source>This is a top-100 common password.</source>
      <translation>Đây là một trong 100 mật khẩu phổ biến nhất.</translation>
    </message>
    <message>
      <source>This is a very common password.</source>
      <translation>Đây là một mật khẩu rất phổ biến.</translation>
    </message>
    <message>
      <source>This is similar to a commonly used password.</source>
      <translation>Mật khẩu này giống một mật khẩu hay được dùng.</translation>
    </message>
    <message>
      <source>A word by itself is easy to guess.</source>
      <translation>Một từ đơn lẻ rất dễ đoán.</translation>
    </message>
    <message>
      <source>Names and surnames by themselves are easy to guess.</source>
      <translation>Chỉ tên và họ thì rất dễ đoán.</translation>
    </message>
    <message>
      <source>Common names and surnames are easy to guess.</source>
      <translation>Tên và họ phổ biến rất dễ đoán.</translation>
    </message>
    <message>
      <source>Use at least {count} characters; a few unrelated words work well.</source>
      <translation>Hãy dùng ít nhất {count} ký tự; vài từ không liên quan đến nhau là tốt.</translation>
    </message>
    <message>
      <source>It is too easy to guess.</source>
      <translation>Quá dễ đoán.</translation>
    </message>
    <message>
      <source>{hint} Add another unusual word or two.</source>
      <translation>{hint} Hãy thêm một hai từ khác lạ.</translation>
    </message>
    <message>
      <source>Strong enough.</source>
      <translation>Đủ mạnh.</translation>
    </message>
    <message>
      <source>Strong.</source>
      <translation>Mạnh.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseField</name>
    <message>
      <source>New passphrase</source>
      <translation>Cụm mật khẩu mới</translation>
    </message>
    <message>
      <source>Passphrase strength</source>
      <translation>Độ mạnh cụm mật khẩu</translation>
    </message>
    <message>
      <source>Minimum: {n} characters and rated “strong enough”. A few unrelated words are easy to remember and hard to guess.</source>
      <translation>Tối thiểu: {n} ký tự và được đánh giá “đủ mạnh”. Vài từ không liên quan đến nhau vừa dễ nhớ vừa khó đoán.</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Thu nhỏ</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Phóng to</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Vừa chiều rộng</translation>
    </message>
    <message>
      <source>Fit the page to the width</source>
      <translation>Cho trang vừa chiều rộng</translation>
    </message>
    <message>
      <source>fitted to width</source>
      <translation>đã vừa chiều rộng</translation>
    </message>
    <message>
      <source>The saved PDF is NOT encrypted: anyone who can open the file can read everything in the letter.</source>
      <translation>Tệp PDF đã lưu KHÔNG được mã hóa: ai mở được tệp đều đọc được toàn bộ thư.</translation>
    </message>
    <message>
      <source>The saved PDFs are NOT encrypted: anyone who can open the files can read everything in the letters.</source>
      <translation>Các tệp PDF đã lưu KHÔNG được mã hóa: ai mở được tệp đều đọc được toàn bộ thư.</translation>
    </message>
    <message>
      <source>Saved letters are not encrypted</source>
      <translation>Thư đã lưu không được mã hóa</translation>
    </message>
    <message>
      <source>The letter stays in the vault and the disclosure is recorded. Save it only to a place you control, and delete it once it has been sent.</source>
      <translation>Thư vẫn ở trong kho dữ liệu và việc cung cấp thông tin được ghi nhận. Chỉ lưu ở nơi bạn kiểm soát, và xóa sau khi đã gửi.</translation>
    </message>
    <message>
      <source>Save letter as PDF</source>
      <translation>Lưu thư thành PDF</translation>
    </message>
    <message>
      <source>Folder for the letters</source>
      <translation>Thư mục chứa thư</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>The file could not be written ({reason}). The letter is kept in the vault.</source>
      <translation>Không ghi được tệp ({reason}). Thư vẫn được giữ trong kho dữ liệu.</translation>
    </message>
    <message>
      <source>The printer did not take the letter. Check that it is switched on and try again; the letter is kept in the vault.</source>
      <translation>Máy in không nhận thư. Hãy kiểm tra máy in đã bật chưa rồi thử lại; thư vẫn được giữ trong kho dữ liệu.</translation>
    </message>
    <message>
      <source>The printer could not be started. The letter is kept in the vault.</source>
      <translation>Không khởi động được máy in. Thư vẫn được giữ trong kho dữ liệu.</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Tăng</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>&amp;Giảm</translation>
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
      <translation>Tìm trong:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Loại tệp:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Mở</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Lưu thành</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Chọn</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Lùi</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Tiến</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Thư mục cha</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Tạo thư mục mới</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Dạng danh sách</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Dạng chi tiết</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Thư mục mới</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>Đổi &amp;tên</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Đi tiếp</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Đến thư mục cha</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Tạo thư mục mới</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Chuyển sang dạng danh sách</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Vị trí gần đây</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Máy tính</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Thư mục:</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Mọi tệp (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Mọi tệp (*)</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 đã tồn tại.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Bạn có chắc muốn xóa “%1”?</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Thanh bên</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Thư mục</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Thư mục tệp</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>Tệp %1</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Không rõ</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Ổ đĩa</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Lối tắt</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Bí danh</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Dung lượng</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Ngày sửa</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Làm lại</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Cắt</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Sao chép</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Dán</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Chọn tất cả</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Hiện chi tiết...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Ẩn chi tiết...</translation>
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
      <translation>Lưu</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Lưu tất cả</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Có</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Không</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Hủy bỏ</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Thử lại</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Bỏ qua</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Bỏ</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Trợ giúp</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Áp dụng</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Đặt lại</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Khôi phục mặc định</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Làm lại</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Cắt</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Sao chép</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Dán</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Chọn tất cả</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Sao chép địa chỉ &amp;liên kết</translation>
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
    <name>Records</name>
    <message>
      <source>There is no agency number {number}.</source>
      <translation>Không có cơ quan số {number}.</translation>
    </message>
    <message>
      <source>There is no such attachment (it may have been removed).</source>
      <translation>Không có tệp đính kèm này (có thể đã bị gỡ bỏ).</translation>
    </message>
    <message>
      <source>There is no such consent.</source>
      <translation>Không có sự đồng ý này.</translation>
    </message>
    <message>
      <source>There is no such letter.</source>
      <translation>Không có thư này.</translation>
    </message>
    <message>
      <source>There is no need number {number}.</source>
      <translation>Không có nhu cầu số {number}.</translation>
    </message>
    <message>
      <source>There is no such referral.</source>
      <translation>Không có chuyển tuyến này.</translation>
    </message>
    <message>
      <source>There is no referral {reference}.</source>
      <translation>Không có chuyển tuyến {reference}.</translation>
    </message>
    <message>
      <source>There is no staff member “{username}”.</source>
      <translation>Không có nhân viên “{username}”.</translation>
    </message>
    <message>
      <source>Someone else saved this case after you opened it. Reopen it to see their changes, then edit again.</source>
      <translation>Người khác đã lưu hồ sơ này sau khi bạn mở. Hãy mở lại để xem thay đổi của họ, rồi sửa lại.</translation>
    </message>
    <message>
      <source>There is no such case.</source>
      <translation>Không có hồ sơ này.</translation>
    </message>
    <message>
      <source>There is no case {case_number}.</source>
      <translation>Không có hồ sơ {case_number}.</translation>
    </message>
    <message>
      <source>This case no longer exists.</source>
      <translation>Hồ sơ này không còn tồn tại.</translation>
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
      <translation>Loại cơ quan</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Hiển thị</translation>
    </message>
    <message>
      <source>Batch letters</source>
      <translation>Thư hàng loạt</translation>
    </message>
    <message>
      <source>All agencies</source>
      <translation>Mọi cơ quan</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Theo dõi</translation>
    </message>
    <message>
      <source>Any follow-up date</source>
      <translation>Mọi ngày theo dõi</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>Chỉ quá hạn</translation>
    </message>
    <message>
      <source>Follow-up due this week</source>
      <translation>Đến hạn theo dõi tuần này</translation>
    </message>
    <message>
      <source>Referrals waiting on agencies</source>
      <translation>Chuyển tuyến đang chờ cơ quan</translation>
    </message>
    <message>
      <source>Batch letters…</source>
      <translation>Thư hàng loạt…</translation>
    </message>
    <message>
      <source>Letters for every open case that matches a filter, for example all Indonesians waiting for a travel document</source>
      <translation>Thư cho mọi hồ sơ đang mở phù hợp bộ lọc, ví dụ mọi người Indonesia đang chờ giấy thông hành</translation>
    </message>
    <message>
      <source>Referrals sent and not yet answered or completed, longest waits first. Overdue follow-ups are highlighted. Open a referral to go to its case.</source>
      <translation>Các chuyển tuyến đã gửi nhưng chưa được trả lời hoặc hoàn thành, chờ lâu nhất ở trên. Việc theo dõi quá hạn được tô sáng. Mở một chuyển tuyến để đến hồ sơ của nó.</translation>
    </message>
    <message numerus="yes">
      <source>%n referral(s) waiting</source>
      <translation>
        <numerusform>%n chuyển tuyến đang chờ</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>on %n agency(s);</source>
      <translation>
        <numerusform>tại %n cơ quan;</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue.</source>
      <translation>
        <numerusform>%n quá hạn.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <source>Agency</source>
      <translation>Cơ quan</translation>
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
      <translation>Ghi nhận sự đồng ý</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Mức ưu tiên</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <source>Refer to an agency</source>
      <translation>Chuyển tuyến đến cơ quan</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <source>Why this person is referred, what is asked</source>
      <translation>Vì sao chuyển tuyến người này, đề nghị gì</translation>
    </message>
    <message>
      <source>Follow up by</source>
      <translation>Hạn theo dõi</translation>
    </message>
    <message>
      <source>Empty: set from the priority</source>
      <translation>Để trống: đặt theo mức ưu tiên</translation>
    </message>
    <message>
      <source>For needs</source>
      <translation>Cho nhu cầu</translation>
    </message>
    <message>
      <source>Reason for referring without consent</source>
      <translation>Lý do chuyển tuyến khi chưa có sự đồng ý</translation>
    </message>
    <message>
      <source>Why this cannot wait for consent (it is logged)</source>
      <translation>Vì sao không thể chờ sự đồng ý (được ghi nhật ký)</translation>
    </message>
    <message>
      <source>Override with reason</source>
      <translation>Ngoại lệ có lý do</translation>
    </message>
    <message>
      <source>Override reason</source>
      <translation>Lý do ngoại lệ</translation>
    </message>
    <message>
      <source>Create referral</source>
      <translation>Tạo chuyển tuyến</translation>
    </message>
    <message>
      <source>Cancel referral</source>
      <translation>Hủy chuyển tuyến</translation>
    </message>
    <message>
      <source>New referral</source>
      <translation>Chuyển tuyến mới</translation>
    </message>
    <message>
      <source>The agency's answer; saved with the next status change</source>
      <translation>Câu trả lời của cơ quan; được lưu ở lần đổi trạng thái tiếp theo</translation>
    </message>
    <message>
      <source>Follow-up date</source>
      <translation>Ngày theo dõi</translation>
    </message>
    <message>
      <source>Set follow-up date</source>
      <translation>Đặt ngày theo dõi</translation>
    </message>
    <message>
      <source>Prepare a letter…</source>
      <translation>Soạn thư…</translation>
    </message>
    <message>
      <source>Prepare a letter</source>
      <translation>Soạn thư</translation>
    </message>
    <message>
      <source>Sent without consent. Reason given: %1</source>
      <translation>Đã gửi khi chưa có sự đồng ý. Lý do: %1</translation>
    </message>
    <message>
      <source>Linked needs</source>
      <translation>Nhu cầu liên quan</translation>
    </message>
    <message>
      <source>No open needs</source>
      <translation>Không có nhu cầu chưa đáp ứng</translation>
    </message>
    <message>
      <source>Write why this referral cannot wait for consent.</source>
      <translation>Hãy ghi lý do chuyển tuyến này không thể chờ sự đồng ý.</translation>
    </message>
    <message>
      <source>Follow-up date saved.</source>
      <translation>Đã lưu ngày theo dõi.</translation>
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
      <translation>Lưu sổ đăng ký, hoặc những người bộ lọc này đang hiện, thành bảng tính</translation>
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
      <translation>Chọn người trong danh sách (Ctrl+nhấn, Shift+nhấn), rồi in thư cho từng người</translation>
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
      <translation>Bỏ bộ lọc đã chọn ở trang tổng quan</translation>
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
      <translation>Không ai khớp với tìm kiếm và bộ lọc này. Hãy xóa ô tìm kiếm hoặc chọn “Mọi tình trạng” để xem tất cả.</translation>
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
      <translation>
        <numerusform>Thư cho %n người đã chọn…</numerusform>
      </translation>
    </message>
    <message>
      <source>The file could not be written ({reason}). Nothing was recorded.</source>
      <translation>Không ghi được tệp ({reason}). Chưa ghi nhận gì.</translation>
    </message>
    <message>
      <source>{n} people saved to {file}</source>
      <translation>Đã lưu {n} người vào {file}</translation>
    </message>
    <message>
      <source>{what}  ✕</source>
      <translation>{what}  ✕</translation>
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
      <translation>Tên cho bộ lọc này (ví dụ “Indonesia, chờ đại sứ quán”).
Nội dung tìm kiếm không được lưu.</translation>
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
      <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
      <source>English only</source>
      <translation>Chỉ tiếng Anh</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <source>The file could not be written ({reason}). Nothing was recorded.</source>
      <translation>Không ghi được tệp ({reason}). Chưa ghi nhận gì.</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Lưu thành PDF…</translation>
    </message>
    <message>
      <source>English and Indonesian</source>
      <translation>Tiếng Anh và tiếng Indonesia</translation>
    </message>
    <message>
      <source>English and Chinese</source>
      <translation>Tiếng Anh và tiếng Trung</translation>
    </message>
    <message>
      <source>Save the report as</source>
      <translation>Lưu báo cáo thành</translation>
    </message>
    <message>
      <source>Period report</source>
      <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Ngày đầu</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Ngày cuối</translation>
    </message>
    <message>
      <source>Admissions, departures, nationality, sex, age, type of exploitation, referrals and days to a travel document for the period, with charts. No names; counts under 11 are shown as “&lt;11”.</source>
      <translation>Tiếp nhận, rời đi, quốc tịch, giới tính, tuổi, hình thức bóc lột, chuyển tuyến và số ngày đến khi có giấy thông hành trong kỳ, kèm biểu đồ. Không có tên; số đếm dưới 11 hiện là “&lt;11”.</translation>
    </message>
    <message>
      <source>Saved {file}.</source>
      <translation>Đã lưu {file}.</translation>
    </message>
  </context>
  <context>
    <name>Retention</name>
    <message>
      <source>names, identity documents, contacts, addresses, next of kin, notes and trafficking details removed; case number replaced; birth date kept as its year; admission and discharge kept as their month</source>
      <translation>xóa họ tên, giấy tờ tùy thân, liên lạc, địa chỉ, người thân gần nhất, ghi chú và chi tiết về mua bán người; thay số hồ sơ; ngày sinh chỉ giữ năm; ngày tiếp nhận và ngày rời đi chỉ giữ tháng</translation>
    </message>
    <message>
      <source>{count} letter(s) deleted</source>
      <translation>đã xóa {count} thư</translation>
    </message>
    <message>
      <source>{count} attachment(s) deleted</source>
      <translation>đã xóa {count} tệp đính kèm</translation>
    </message>
    <message>
      <source>descriptions and outcome notes of needs and referrals cleared (kinds and states kept)</source>
      <translation>xóa trắng mô tả và ghi chú kết quả của nhu cầu và chuyển tuyến (giữ loại và trạng thái)</translation>
    </message>
    <message>
      <source>consents other than for statistics deleted</source>
      <translation>xóa các sự đồng ý không phải cho thống kê</translation>
    </message>
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
      <translation>Lưu giữ hồ sơ</translation>
    </message>
    <message>
      <source>Closed cases are anonymised %1 months after they closed.</source>
      <translation>Hồ sơ đã đóng được ẩn danh hóa %1 tháng sau khi đóng.</translation>
    </message>
    <message>
      <source>Closed cases are kept until an administrator sets a retention period.</source>
      <translation>Hồ sơ đã đóng được giữ cho đến khi quản trị viên đặt thời hạn lưu giữ.</translation>
    </message>
    <message>
      <source>Anonymise cases that closed (repatriated, transferred, left or closed) more than a number of months ago. Anonymising keeps only what statistics use — nationality, sex, year of birth, exploitation type, admission and discharge month, status, needs and referral kinds with their outcomes, consent for statistics — and deletes names, documents, contacts, notes, letters and attachments. It cannot be undone.</source>
      <translation>Ẩn danh hóa các hồ sơ đã kết thúc (đã hồi hương, đã chuyển, đã rời đi hoặc đã đóng) quá một số tháng. Ẩn danh hóa chỉ giữ những gì thống kê cần — quốc tịch, giới tính, năm sinh, hình thức bóc lột, tháng tiếp nhận và rời đi, tình trạng, loại nhu cầu và chuyển tuyến cùng kết quả, sự đồng ý cho thống kê — và xóa tên, giấy tờ, liên lạc, ghi chú, thư và tệp đính kèm. Không thể hoàn tác.</translation>
    </message>
    <message>
      <source>Anonymise closed cases after</source>
      <translation>Ẩn danh hóa hồ sơ đã đóng sau</translation>
    </message>
    <message>
      <source>Anonymise closed cases</source>
      <translation>Ẩn danh hóa hồ sơ đã đóng</translation>
    </message>
    <message>
      <source> months</source>
      <translation> tháng</translation>
    </message>
    <message>
      <source>Months after closing</source>
      <translation>Số tháng sau khi đóng</translation>
    </message>
    <message>
      <source>Save the rule</source>
      <translation>Lưu quy tắc</translation>
    </message>
    <message>
      <source>Save the retention rule</source>
      <translation>Lưu quy tắc lưu giữ</translation>
    </message>
    <message>
      <source>Show the cases due…</source>
      <translation>Xem hồ sơ đến hạn…</translation>
    </message>
    <message>
      <source>Show the cases due</source>
      <translation>Xem hồ sơ đến hạn</translation>
    </message>
    <message>
      <source>Anonymise these cases…</source>
      <translation>Ẩn danh hóa các hồ sơ này…</translation>
    </message>
    <message>
      <source>Anonymise these cases</source>
      <translation>Ẩn danh hóa các hồ sơ này</translation>
    </message>
    <message>
      <source>Cases the rule would anonymise</source>
      <translation>Các hồ sơ quy tắc sẽ ẩn danh hóa</translation>
    </message>
    <message>
      <source>Saved: closed cases are anonymised %1 months after closing.</source>
      <translation>Đã lưu: hồ sơ đã đóng được ẩn danh hóa %1 tháng sau khi đóng.</translation>
    </message>
    <message>
      <source>Saved: no case is anonymised.</source>
      <translation>Đã lưu: không ẩn danh hóa hồ sơ nào.</translation>
    </message>
    <message>
      <source>closed %1</source>
      <translation>đóng ngày %1</translation>
    </message>
    <message>
      <source>The rule is off: save a number of months first.</source>
      <translation>Quy tắc đang tắt: hãy lưu số tháng trước.</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) would be anonymised now.</source>
      <translation>
        <numerusform>%n hồ sơ sẽ được ẩn danh hóa nếu chạy bây giờ.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) will be anonymised: names, documents, contacts, notes, letters and attachments are deleted for good. This cannot be undone.</source>
      <translation>
        <numerusform>%n hồ sơ sẽ được ẩn danh hóa: tên, giấy tờ, liên lạc, ghi chú, thư và tệp đính kèm bị xóa vĩnh viễn. Không thể hoàn tác.</numerusform>
      </translation>
    </message>
    <message>
      <source>Anonymise</source>
      <translation>Ẩn danh hóa</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) anonymised.</source>
      <translation>
        <numerusform>Đã ẩn danh hóa %n hồ sơ.</numerusform>
      </translation>
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
      <translation>Tên nhà tạm lánh</translation>
    </message>
    <message>
      <source>Shelter address</source>
      <translation>Địa chỉ nhà tạm lánh</translation>
    </message>
    <message>
      <source>Shelter phone</source>
      <translation>Điện thoại nhà tạm lánh</translation>
    </message>
    <message>
      <source>Shelter email</source>
      <translation>Email nhà tạm lánh</translation>
    </message>
    <message>
      <source>No logo</source>
      <translation>Không có logo</translation>
    </message>
    <message>
      <source>Choose logo…</source>
      <translation>Chọn logo…</translation>
    </message>
    <message>
      <source>Choose a logo image for letterheads</source>
      <translation>Chọn ảnh logo cho tiêu đề thư</translation>
    </message>
    <message>
      <source>Remove logo</source>
      <translation>Bỏ logo</translation>
    </message>
    <message>
      <source>Remove the logo</source>
      <translation>Bỏ logo</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Địa chỉ</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Điện thoại</translation>
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
      <translation>Chọn logo</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Ảnh (*.png *.jpg *.jpeg)</translation>
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
      <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Email</translation>
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
      <translation>Gỡ bỏ…</translation>
    </message>
    <message>
      <source>Not on the staff</source>
      <translation>Không phải nhân viên</translation>
    </message>
    <message>
      <source>Altered</source>
      <translation>Bị thay đổi</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Không có</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Vai trò</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Tài khoản</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>Đã vô hiệu hóa</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Đang hoạt động</translation>
    </message>
    <message>
      <source>Must choose their own</source>
      <translation>Phải tự chọn cụm mới</translation>
    </message>
    <message>
      <source>Key slot</source>
      <translation>Ô khóa</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Add a staff member</source>
      <translation>Thêm nhân viên</translation>
    </message>
    <message>
      <source>e.g. sokha</source>
      <translation>VD: sokha</translation>
    </message>
    <message>
      <source>as it appears in letters</source>
      <translation>như trong thư</translation>
    </message>
    <message>
      <source>Job title</source>
      <translation>Chức danh</translation>
    </message>
    <message>
      <source>One-time passphrase</source>
      <translation>Cụm mật khẩu dùng một lần</translation>
    </message>
    <message>
      <source>Type the one-time passphrase again</source>
      <translation>Nhập lại cụm mật khẩu dùng một lần</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>Nhập lại</translation>
    </message>
    <message>
      <source>Name, job title, phone and email are printed in the letters this person signs. Give them the one-time passphrase in person: ShelterDesk asks them to choose their own the first time they unlock.</source>
      <translation>Tên, chức danh, điện thoại và email được in trên các thư người này ký. Hãy trao tận tay cụm mật khẩu dùng một lần: ShelterDesk sẽ yêu cầu họ tự chọn cụm mật khẩu riêng ở lần mở khóa đầu tiên.</translation>
    </message>
    <message>
      <source>Add staff message</source>
      <translation>Thông báo thêm nhân viên</translation>
    </message>
    <message>
      <source>Add staff member</source>
      <translation>Thêm nhân viên</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation>Hai cụm mật khẩu không khớp. Hãy nhập lại.</translation>
    </message>
    <message>
      <source>Staff members</source>
      <translation>Danh sách nhân viên</translation>
    </message>
    <message>
      <source>Add staff member…</source>
      <translation>Thêm nhân viên…</translation>
    </message>
    <message>
      <source>Print recovery kit…</source>
      <translation>In bộ khôi phục…</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Nhân viên</translation>
    </message>
    <message>
      <source>Staff member</source>
      <translation>Nhân viên</translation>
    </message>
    <message>
      <source>Save contact details</source>
      <translation>Lưu thông tin liên lạc</translation>
    </message>
    <message>
      <source>Change role</source>
      <translation>Đổi vai trò</translation>
    </message>
    <message>
      <source>Disable</source>
      <translation>Vô hiệu hóa</translation>
    </message>
    <message>
      <source>Enable</source>
      <translation>Kích hoạt</translation>
    </message>
    <message>
      <source>Disabling keeps the account but refuses unlocks. Removing deletes the person's key and re-keys the vault.</source>
      <translation>Vô hiệu hóa thì giữ tài khoản nhưng không cho mở khóa. Gỡ bỏ thì xóa khóa của người đó và đổi khóa mã hóa của kho dữ liệu.</translation>
    </message>
    <message>
      <source>Wrong passphrases</source>
      <translation>Nhập sai cụm mật khẩu</translation>
    </message>
    <message>
      <source>Wipe every staff passphrase after</source>
      <translation>Xóa mọi cụm mật khẩu nhân viên sau</translation>
    </message>
    <message>
      <source>Wipe every staff passphrase after wrong attempts</source>
      <translation>Xóa mọi cụm mật khẩu nhân viên sau số lần nhập sai</translation>
    </message>
    <message>
      <source>Number of wrong attempts in a row</source>
      <translation>Số lần nhập sai liên tiếp</translation>
    </message>
    <message>
      <source>Save setting</source>
      <translation>Lưu cài đặt</translation>
    </message>
    <message>
      <source>wrong attempts in a row</source>
      <translation>lần sai liên tiếp</translation>
    </message>
    <message>
      <source>Off by default. When it is on and someone types a wrong passphrase that many times in a row, nobody's passphrase opens the vault any more: only the printed recovery kit (or a backup) does. Keep the kit at hand before you turn this on. Wrong passphrases always make the next attempt wait.</source>
      <translation>Mặc định tắt. Khi bật, nếu ai đó nhập sai cụm mật khẩu đủ số lần liên tiếp này, không cụm mật khẩu nào mở được kho dữ liệu nữa: chỉ bộ khôi phục đã in (hoặc một bản sao lưu) mở được. Hãy để sẵn bộ khôi phục trước khi bật. Nhập sai luôn khiến lần thử sau phải chờ.</translation>
    </message>
    <message>
      <source>The key-slot file holds slots for names that are not on the staff: {names}. They were added outside ShelterDesk and open the vault until the next re-key; make a new recovery kit now (that re-keys) and check the audit log.</source>
      <translation>Tệp ô khóa có ô cho những tên không phải nhân viên: {names}. Chúng được thêm từ bên ngoài ShelterDesk và mở được kho dữ liệu cho đến lần đổi khóa tiếp theo; hãy tạo bộ khôi phục mới ngay (việc này đổi khóa) và kiểm tra nhật ký kiểm tra.</translation>
    </message>
    <message>
      <source>Disabled: cannot unlock.</source>
      <translation>Đã vô hiệu hóa: không mở khóa được.</translation>
    </message>
    <message>
      <source>Active.</source>
      <translation>Đang hoạt động.</translation>
    </message>
    <message>
      <source>Has not chosen their own passphrase yet.</source>
      <translation>Chưa tự chọn cụm mật khẩu riêng.</translation>
    </message>
    <message>
      <source>You cannot do this to your own account.</source>
      <translation>Bạn không thể làm việc này với tài khoản của chính mình.</translation>
    </message>
    <message>
      <source>{user} was added. Give them the one-time passphrase in person; they choose their own at their first unlock.</source>
      <translation>Đã thêm {user}. Hãy trao tận tay cụm mật khẩu dùng một lần; họ sẽ tự chọn cụm riêng ở lần mở khóa đầu tiên.</translation>
    </message>
    <message>
      <source>Contact details saved.</source>
      <translation>Đã lưu thông tin liên lạc.</translation>
    </message>
    <message>
      <source>{user} is now: {role}.</source>
      <translation>{user} giờ là: {role}.</translation>
    </message>
    <message>
      <source>{user} is disabled: their passphrase no longer unlocks.</source>
      <translation>Đã vô hiệu hóa {user}: cụm mật khẩu của họ không còn mở khóa được.</translation>
    </message>
    <message>
      <source>{user} can unlock again.</source>
      <translation>{user} đã có thể mở khóa lại.</translation>
    </message>
    <message>
      <source>Remove a staff member</source>
      <translation>Gỡ bỏ nhân viên</translation>
    </message>
    <message>
      <source>Remove {user}?

Their key is deleted and the whole vault is re-keyed (this takes a moment). From then on their passphrase opens nothing in this vault.

Backups made before today still open with it: replace them.</source>
      <translation>Gỡ bỏ {user}?

Khóa của họ bị xóa và toàn bộ kho dữ liệu được đổi khóa mã hóa (mất một lúc). Từ đó cụm mật khẩu của họ không mở được gì trong kho dữ liệu này.

Các bản sao lưu tạo trước hôm nay vẫn mở được bằng cụm đó: hãy thay chúng.</translation>
    </message>
    <message>
      <source>Remove and re-key</source>
      <translation>Gỡ bỏ và đổi khóa</translation>
    </message>
    <message>
      <source>{user} was removed and the vault re-keyed. Their passphrase opens nothing from now on.</source>
      <translation>Đã gỡ bỏ {user} và đổi khóa mã hóa của kho dữ liệu. Từ nay cụm mật khẩu của họ không mở được gì.</translation>
    </message>
    <message>
      <source>Print a new recovery kit</source>
      <translation>In bộ khôi phục mới</translation>
    </message>
    <message>
      <source>A new recovery code is made and the old one stops working at once: destroy the old page.

The PDF is NOT encrypted. Print it, keep the paper locked away from this computer, and delete the file.</source>
      <translation>Mã khôi phục mới được tạo và mã cũ hết hiệu lực ngay: hãy hủy trang cũ.

Tệp PDF KHÔNG được mã hóa. Hãy in ra, cất khóa bản giấy cách xa máy tính này, và xóa tệp.</translation>
    </message>
    <message>
      <source>Make a new recovery code</source>
      <translation>Tạo mã khôi phục mới</translation>
    </message>
    <message>
      <source>Save the recovery kit</source>
      <translation>Lưu bộ khôi phục</translation>
    </message>
    <message>
      <source>New recovery kit saved to {path}. Print it, lock the paper away and delete the file. The old recovery code no longer opens the vault.</source>
      <translation>Đã lưu bộ khôi phục mới vào {path}. Hãy in ra, cất khóa bản giấy và xóa tệp. Mã khôi phục cũ không còn mở được kho dữ liệu.</translation>
    </message>
    <message>
      <source>Off: wrong passphrases only make the next attempt wait.</source>
      <translation>Tắt: nhập sai chỉ khiến lần thử sau phải chờ.</translation>
    </message>
    <message>
      <source>On: after {n} wrong passphrases in a row every staff passphrase stops working.</source>
      <translation>Bật: sau {n} lần nhập sai liên tiếp, mọi cụm mật khẩu nhân viên hết hiệu lực.</translation>
    </message>
  </context>
  <context>
    <name>SubjectAccess</name>
    <message>
      <source>The report has no “{language}” translation; choose one of {languages}.</source>
      <translation>Báo cáo chưa có bản dịch “{language}”; hãy chọn một trong {languages}.</translation>
    </message>
    <message>
      <source>Give a file name ending in .pdf.</source>
      <translation>Hãy đặt tên tệp kết thúc bằng .pdf.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>Thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
      <source>The report could not be made: {reason}</source>
      <translation>Không tạo được báo cáo: {reason}</translation>
    </message>
  </context>
  <context>
    <name>TableModels</name>
    <message>
      <source>Agency / case</source>
      <translation>Cơ quan / hồ sơ</translation>
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
      <translation>Đang chờ (ngày)</translation>
    </message>
    <message>
      <source>Follow up by</source>
      <translation>Hạn theo dõi</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Số tham chiếu</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Letter language</source>
      <translation>Ngôn ngữ thư</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Cơ quan</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Người thực hiện</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Sự đồng ý</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Việc</translation>
    </message>
    <message>
      <source>Given on</source>
      <translation>Ngày đồng ý</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Phiên dịch viên</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>Hết hạn</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Liên hệ</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Ưu tiên</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Mô tả</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Người phụ trách</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Hạn</translation>
    </message>
    <message>
      <source>%1 (overdue)</source>
      <translation>%1 (quá hạn)</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Nhu cầu</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Ngày gửi</translation>
    </message>
    <message>
      <source>Overridden</source>
      <translation>Ngoại lệ</translation>
    </message>
    <message>
      <source>Given</source>
      <translation>Đã đồng ý</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Đã rút lại</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Đã hết hạn</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Còn hiệu lực</translation>
    </message>
    <message>
      <source>Not yet valid</source>
      <translation>Chưa có hiệu lực</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Cho</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Người ghi nhận</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Chi tiết</translation>
    </message>
    <message>
      <source>Serves</source>
      <translation>Phục vụ</translation>
    </message>
    <message>
      <source>%n waiting</source>
      <translation>%n đang chờ</translation>
    </message>
    <message>
      <source>up to %1</source>
      <translation>tối đa %1</translation>
    </message>
    <message>
      <source>%n overdue</source>
      <translation>%n quá hạn</translation>
    </message>
  </context>
  <context>
    <name>TraffickingTab</name>
    <message>
      <source>Exploitation</source>
      <translation>Bóc lột</translation>
    </message>
    <message>
      <source>Types</source>
      <translation>Hình thức</translation>
    </message>
    <message>
      <source>Exploitation types</source>
      <translation>Hình thức bóc lột</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Dấu hiệu</translation>
    </message>
    <message>
      <source>Indicators of trafficking</source>
      <translation>Dấu hiệu mua bán người</translation>
    </message>
    <message>
      <source>Recruitment</source>
      <translation>Tuyển mộ</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Kênh</translation>
    </message>
    <message>
      <source>Recruitment channel</source>
      <translation>Kênh tuyển mộ</translation>
    </message>
    <message>
      <source>e.g. job advert, friend, agent</source>
      <translation>VD: tin tuyển dụng, bạn bè, môi giới</translation>
    </message>
    <message>
      <source>Platform</source>
      <translation>Nền tảng</translation>
    </message>
    <message>
      <source>Recruitment platform</source>
      <translation>Nền tảng tuyển mộ</translation>
    </message>
    <message>
      <source>e.g. Facebook, Telegram</source>
      <translation>VD: Facebook, Telegram</translation>
    </message>
    <message>
      <source>Where and how long</source>
      <translation>Ở đâu và bao lâu</translation>
    </message>
    <message>
      <source>Compound location</source>
      <translation>Vị trí khu giam giữ</translation>
    </message>
    <message>
      <source>Held from</source>
      <translation>Bị giữ từ</translation>
    </message>
    <message>
      <source>Held until</source>
      <translation>Bị giữ đến</translation>
    </message>
    <message>
      <source>Means of control</source>
      <translation>Cách thức khống chế</translation>
    </message>
    <message>
      <source>e.g. passport taken, debt, violence; one per line</source>
      <translation>VD: bị lấy hộ chiếu, nợ, bạo lực; mỗi dòng một mục</translation>
    </message>
    <message>
      <source>Leaving and referral</source>
      <translation>Thoát ra và chuyển tuyến</translation>
    </message>
    <message>
      <source>How they left</source>
      <translation>Cách thoát ra</translation>
    </message>
    <message>
      <source>Referred in by</source>
      <translation>Được chuyển đến bởi</translation>
    </message>
    <message>
      <source>Police report</source>
      <translation>Trình báo cảnh sát</translation>
    </message>
    <message>
      <source>Report number, if the person chose to report</source>
      <translation>Số biên bản, nếu người này chọn trình báo</translation>
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
      <translation>Nhập</translation>
    </message>
    <message>
      <source>Trust a partner shelter</source>
      <translation>Tin cậy nhà tạm lánh đối tác</translation>
    </message>
    <message>
      <source>Read this fingerprint aloud with the partner shelter on the phone. Trust the key only if theirs is exactly the same:

%1

Name of the partner shelter:</source>
      <translation>Hãy đọc to dấu vân tay này qua điện thoại với nhà tạm lánh đối tác. Chỉ tin cậy khóa nếu dấu vân tay của họ giống hệt:

%1

Tên nhà tạm lánh đối tác:</translation>
    </message>
    <message>
      <source>Transfer this case</source>
      <translation>Chuyển hồ sơ này</translation>
    </message>
    <message>
      <source>Partner shelter</source>
      <translation>Nhà tạm lánh đối tác</translation>
    </message>
    <message>
      <source>Does the person move to %1? Then the case is recorded here as transferred to %1 and the stay ends today. Keep it open if the person stays here for now.</source>
      <translation>Người này có chuyển đến %1 không? Nếu có, hồ sơ được ghi ở đây là đã chuyển đến %1 và thời gian lưu trú kết thúc hôm nay. Hãy giữ hồ sơ mở nếu người này tạm thời vẫn ở đây.</translation>
    </message>
    <message>
      <source>Record as transferred</source>
      <translation>Ghi là đã chuyển</translation>
    </message>
    <message>
      <source>Keep the case open</source>
      <translation>Giữ hồ sơ mở</translation>
    </message>
    <message>
      <source>Partner shelters (case transfer)</source>
      <translation>Nhà tạm lánh đối tác (chuyển hồ sơ)</translation>
    </message>
    <message>
      <source>Cases move to a partner shelter in a package only that shelter can open. Exchange key files, then read the fingerprints to each other on the phone before trusting a key.</source>
      <translation>Hồ sơ được chuyển sang nhà tạm lánh đối tác trong một gói chỉ nhà tạm lánh đó mở được. Hãy trao đổi tệp khóa, rồi đọc dấu vân tay cho nhau qua điện thoại trước khi tin cậy một khóa.</translation>
    </message>
    <message>
      <source>This shelter's fingerprint: %1</source>
      <translation>Dấu vân tay của nhà tạm lánh này: %1</translation>
    </message>
    <message>
      <source>QR code of this shelter's key</source>
      <translation>Mã QR khóa của nhà tạm lánh này</translation>
    </message>
    <message>
      <source>Trusted partner shelters</source>
      <translation>Nhà tạm lánh đối tác tin cậy</translation>
    </message>
    <message>
      <source>Save our key file…</source>
      <translation>Lưu tệp khóa của chúng tôi…</translation>
    </message>
    <message>
      <source>Save our key file</source>
      <translation>Lưu tệp khóa của chúng tôi</translation>
    </message>
    <message>
      <source>Trust a partner's key…</source>
      <translation>Tin cậy khóa của đối tác…</translation>
    </message>
    <message>
      <source>Trust a partner's key</source>
      <translation>Tin cậy khóa của đối tác</translation>
    </message>
    <message>
      <source>Import a transfer package…</source>
      <translation>Nhập gói chuyển hồ sơ…</translation>
    </message>
    <message>
      <source>Import a transfer package</source>
      <translation>Nhập gói chuyển hồ sơ</translation>
    </message>
    <message>
      <source>No partner shelter is trusted yet.</source>
      <translation>Chưa tin cậy nhà tạm lánh đối tác nào.</translation>
    </message>
    <message>
      <source>Saved. Send it to the partner shelter; it holds no secret.</source>
      <translation>Đã lưu. Hãy gửi cho nhà tạm lánh đối tác; tệp không chứa bí mật nào.</translation>
    </message>
    <message>
      <source>The file cannot be read: %1</source>
      <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
      <source>%1 is trusted.</source>
      <translation>Đã tin cậy %1.</translation>
    </message>
    <message>
      <source>From %1: %2 case(s) and %3 attachment(s).</source>
      <translation>Từ %1: %2 hồ sơ và %3 tệp đính kèm.</translation>
    </message>
    <message>
      <source>%1 may be the same person as %2 here: check and merge by hand after the import.</source>
      <translation>%1 có thể cùng một người với %2 ở đây: hãy kiểm tra và gộp thủ công sau khi nhập.</translation>
    </message>
    <message>
      <source>Imported as %1.</source>
      <translation>Đã nhập thành %1.</translation>
    </message>
    <message>
      <source>No partner shelter is trusted yet: an administrator trusts one in Settings → Partner shelters.</source>
      <translation>Chưa tin cậy nhà tạm lánh đối tác nào: quản trị viên thêm đối tác trong Cài đặt → Nhà tạm lánh đối tác.</translation>
    </message>
    <message>
      <source>Save the transfer package</source>
      <translation>Lưu gói chuyển hồ sơ</translation>
    </message>
    <message>
      <source>Sealed for %1, recorded in the disclosure register and the case marked as transferred. Only that shelter can open the file.</source>
      <translation>Đã niêm phong cho %1, ghi vào sổ cung cấp thông tin và đánh dấu hồ sơ là đã chuyển. Chỉ nhà tạm lánh đó mở được tệp.</translation>
    </message>
    <message>
      <source>Sealed for %1 and recorded in the disclosure register. Only that shelter can open the file.</source>
      <translation>Đã niêm phong cho %1 và ghi vào sổ cung cấp thông tin. Chỉ nhà tạm lánh đó mở được tệp.</translation>
    </message>
  </context>
  <context>
    <name>Transitions</name>
    <message>
      <source>open</source>
      <translation>chưa đáp ứng</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>đang xử lý</translation>
    </message>
    <message>
      <source>on hold</source>
      <translation>tạm dừng</translation>
    </message>
    <message>
      <source>met</source>
      <translation>đã đáp ứng</translation>
    </message>
    <message>
      <source>cannot be met</source>
      <translation>không thể đáp ứng</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>nháp</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>đã gửi</translation>
    </message>
    <message>
      <source>acknowledged</source>
      <translation>đã báo nhận</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>đã chấp nhận</translation>
    </message>
    <message>
      <source>declined</source>
      <translation>đã từ chối</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>đã hoàn thành</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>đã rút lại</translation>
    </message>
    <message>
      <source>A need that is {current} cannot become {new}. Allowed next: {allowed}.</source>
      <translation>Nhu cầu đang ở trạng thái “{current}” không thể chuyển sang “{new}”. Có thể chuyển tiếp sang: {allowed}.</translation>
    </message>
    <message>
      <source>Allowed next: {allowed}.</source>
      <translation>Có thể chuyển tiếp sang: {allowed}.</translation>
    </message>
    <message>
      <source>It is closed; create a new referral instead.</source>
      <translation>Chuyển tuyến này đã đóng; hãy tạo chuyển tuyến mới.</translation>
    </message>
    <message>
      <source>A referral that is {current} cannot become {new}. {reason}</source>
      <translation>Chuyển tuyến đang ở trạng thái “{current}” không thể chuyển sang “{new}”. {reason}</translation>
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
      <translation>Dùng khi mọi quản trị viên đều quên cụm mật khẩu, hoặc cụm mật khẩu của nhân viên đã bị xóa. Nhập mã trên bộ khôi phục đã in (dấu cách và gạch ngang không quan trọng) và tên người dùng của một quản trị viên. Quản trị viên đó sau đó chọn cụm mật khẩu mới.</translation>
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
      <translation>Mã khôi phục hoặc tên người dùng của quản trị viên không đúng. Hãy đối chiếu mã với bộ khôi phục đã in, rồi thử lại.</translation>
    </message>
    <message>
      <source>The user name or passphrase is not right. Check the keyboard language and Caps Lock, then try again.</source>
      <translation>Tên người dùng hoặc cụm mật khẩu không đúng. Hãy kiểm tra ngôn ngữ bàn phím và Caps Lock, rồi thử lại.</translation>
    </message>
    <message>
      <source>The vault is open somewhere else.</source>
      <translation>Kho dữ liệu đang được mở ở nơi khác.</translation>
    </message>
    <message>
      <source>Next step: close or lock ShelterDesk in the other window, then unlock here. If no other window is open, restart the computer.</source>
      <translation>Bước tiếp theo: đóng hoặc khóa ShelterDesk ở cửa sổ kia, rồi mở khóa ở đây. Nếu không có cửa sổ nào khác đang mở, hãy khởi động lại máy tính.</translation>
    </message>
    <message>
      <source>This vault needs a newer ShelterDesk.</source>
      <translation>Kho dữ liệu này cần phiên bản ShelterDesk mới hơn.</translation>
    </message>
    <message>
      <source>Next step: install the newer version of ShelterDesk. Do not restore an older backup over this vault.</source>
      <translation>Bước tiếp theo: cài phiên bản ShelterDesk mới hơn. Đừng khôi phục bản sao lưu cũ hơn đè lên kho dữ liệu này.</translation>
    </message>
    <message>
      <source>The vault is damaged.</source>
      <translation>Kho dữ liệu bị hỏng.</translation>
    </message>
    <message>
      <source>Next step: do not delete or move anything. Ask your administrator to restore the latest backup.</source>
      <translation>Bước tiếp theo: đừng xóa hay di chuyển gì. Hãy nhờ quản trị viên khôi phục bản sao lưu mới nhất.</translation>
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
      <translation>Bạn đã nhập vào {what} nhưng chưa lưu. Bỏ đi?</translation>
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
      <source>“{text}” is not a date.</source>
      <translation>“{text}” không phải là ngày.</translation>
    </message>
    <message>
      <source>“{text}” has no four-digit year.</source>
      <translation>“{text}” không có năm bốn chữ số.</translation>
    </message>
    <message>
      <source>“{text}” is not a whole date.</source>
      <translation>“{text}” không phải là ngày đầy đủ.</translation>
    </message>
    <message>
      <source>“{text}” is not a date in the calendar.</source>
      <translation>“{text}” không phải là ngày có trên lịch.</translation>
    </message>
    <message>
      <source>This text contains a NUL character, which cannot be stored.</source>
      <translation>Văn bản này chứa ký tự NUL, không thể lưu.</translation>
    </message>
    <message>
      <source>This text is longer than 10 MB.</source>
      <translation>Văn bản này dài hơn 10 MB.</translation>
    </message>
    <message>
      <source>Enter at least a family name or a given name.</source>
      <translation>Hãy nhập ít nhất họ hoặc tên.</translation>
    </message>
    <message>
      <source>Choose at least one nationality, or “unknown”.</source>
      <translation>Hãy chọn ít nhất một quốc tịch, hoặc “không rõ”.</translation>
    </message>
    <message>
      <source>An estimated age is between 0 and 110.</source>
      <translation>Tuổi ước tính phải từ 0 đến 110.</translation>
    </message>
    <message>
      <source>Overstay days cannot be negative.</source>
      <translation>Số ngày quá hạn không thể âm.</translation>
    </message>
    <message>
      <source>Discharge is before admission.</source>
      <translation>Ngày rời đi trước ngày tiếp nhận.</translation>
    </message>
    <message>
      <source>The end of captivity is before its start.</source>
      <translation>Ngày kết thúc bị giữ trước ngày bắt đầu.</translation>
    </message>
    <message>
      <source>Enter a country.</source>
      <translation>Hãy nhập một quốc gia.</translation>
    </message>
    <message>
      <source>“{text}” is not a country code or name. Use two letters such as ID, CN or KH, or the country's name.</source>
      <translation>“{text}” không phải là mã hay tên quốc gia. Hãy dùng hai chữ cái như ID, CN hoặc KH, hoặc tên quốc gia.</translation>
    </message>
    <message>
      <source>“{text}” is not a language code or name. Use ISO 639 codes such as id, zh or km, or the language's name.</source>
      <translation>“{text}” không phải là mã hay tên ngôn ngữ. Hãy dùng mã ISO 639 như id, zh hoặc km, hoặc tên ngôn ngữ.</translation>
    </message>
    <message>
      <source>“{value}” has the wrong number of digits for a phone number.</source>
      <translation>“{value}” có số chữ số không đúng cho một số điện thoại.</translation>
    </message>
    <message>
      <source>A document number has 3 to 24 letters and digits (spaces, - and / allowed).</source>
      <translation>Số giấy tờ gồm 3 đến 24 chữ cái và chữ số (cho phép dấu cách, - và /).</translation>
    </message>
    <message>
      <source>This text contains a broken character; type or paste it again.</source>
      <translation>Văn bản này chứa ký tự bị lỗi; hãy gõ hoặc dán lại.</translation>
    </message>
    <message>
      <source>Enter the name in Latin letters as well (as in the passport, or as spoken).</source>
      <translation>Hãy nhập cả tên bằng chữ Latinh (như trong hộ chiếu, hoặc theo cách đọc).</translation>
    </message>
    <message>
      <source>The date of birth is in the future.</source>
      <translation>Ngày sinh nằm ở tương lai.</translation>
    </message>
    <message>
      <source>Give either a date of birth or an estimated age, not both.</source>
      <translation>Hãy nhập ngày sinh hoặc tuổi ước tính, không nhập cả hai.</translation>
    </message>
    <message>
      <source>“{value}” is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-14.</source>
      <translation>“{value}” không phải là ngày. Hãy viết dạng YYYY-MM-DD, ví dụ 2026-03-14.</translation>
    </message>
    <message>
      <source>“{value}” is not a phone number.</source>
      <translation>“{value}” không phải là số điện thoại.</translation>
    </message>
    <message>
      <source>The date of birth is more than 110 years ago.</source>
      <translation>Ngày sinh cách đây hơn 110 năm.</translation>
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
    <message>
      <source>The disk is full. Nothing was changed; free some space and try again.</source>
      <translation>Ổ đĩa đã đầy. Chưa thay đổi gì; hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
      <source>The disk is full. The last change was not saved; free some space and try again.</source>
      <translation>Ổ đĩa đã đầy. Thay đổi gần nhất chưa được lưu; hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
      <source>Part of the vault file is damaged or was altered outside ShelterDesk, so it cannot be read. The last change was not saved. Restore the vault from your latest backup.</source>
      <translation>Một phần tệp kho dữ liệu bị hỏng hoặc đã bị sửa bên ngoài ShelterDesk nên không đọc được. Thay đổi gần nhất chưa được lưu. Hãy khôi phục kho dữ liệu từ bản sao lưu mới nhất.</translation>
    </message>
    <message>
      <source>The key-slot file is damaged or is not a ShelterDesk key-slot file. Restore it from a backup.</source>
      <translation>Tệp ô khóa bị hỏng hoặc không phải tệp ô khóa của ShelterDesk. Hãy khôi phục nó từ bản sao lưu.</translation>
    </message>
    <message>
      <source>The key-slot file asks for a key derivation weaker than allowed. It was altered or damaged; nothing was changed. Use the recovery code or restore a backup.</source>
      <translation>Tệp ô khóa yêu cầu cách tạo khóa yếu hơn mức cho phép. Tệp đã bị sửa hoặc bị hỏng; chưa thay đổi gì. Hãy dùng mã khôi phục hoặc khôi phục bản sao lưu.</translation>
    </message>
    <message>
      <source>The key-slot file asks for key-derivation settings ShelterDesk never uses ({memory} MiB of memory, {passes} passes). It was altered or damaged; nothing was changed. Use the recovery code or restore a backup.</source>
      <translation>Tệp ô khóa yêu cầu thiết lập tạo khóa mà ShelterDesk không bao giờ dùng ({memory} MiB bộ nhớ, {passes} lượt). Tệp đã bị sửa hoặc bị hỏng; chưa thay đổi gì. Hãy dùng mã khôi phục hoặc khôi phục bản sao lưu.</translation>
    </message>
    <message>
      <source>This computer cannot spare the {memory} MiB of memory the key slot asks for. Close other programs and try again; nothing was changed.</source>
      <translation>Máy tính này không đủ {memory} MiB bộ nhớ mà ô khóa yêu cầu. Hãy đóng các chương trình khác rồi thử lại; chưa thay đổi gì.</translation>
    </message>
    <message>
      <source>The key-slot file was altered outside ShelterDesk (its database name or generation do not authenticate). Nothing was changed. Restore keyslots.json from a backup, or restore the latest backup into a new folder.</source>
      <translation>Tệp ô khóa đã bị sửa bên ngoài ShelterDesk (tên cơ sở dữ liệu hoặc thế hệ không xác thực được). Chưa thay đổi gì. Hãy khôi phục keyslots.json từ bản sao lưu, hoặc khôi phục bản sao lưu mới nhất vào thư mục mới.</translation>
    </message>
    <message>
      <source>The recovery code is not right.</source>
      <translation>Mã khôi phục không đúng.</translation>
    </message>
    <message>
      <source>The user name or passphrase is not right. Check the keyboard layout and Caps Lock.</source>
      <translation>Tên người dùng hoặc cụm mật khẩu không đúng. Hãy kiểm tra bố cục bàn phím và phím Caps Lock.</translation>
    </message>
    <message>
      <source>A key slot holds a key of the wrong size; the key-slot file is damaged.</source>
      <translation>Một ô khóa chứa khóa có kích thước sai; tệp ô khóa bị hỏng.</translation>
    </message>
    <message>
      <source>A key slot is damaged: the passphrase is right but the key it holds does not decrypt. Use the recovery code or a backup.</source>
      <translation>Một ô khóa bị hỏng: cụm mật khẩu đúng nhưng khóa bên trong không giải mã được. Hãy dùng mã khôi phục hoặc bản sao lưu.</translation>
    </message>
    <message>
      <source>This vault was made by a newer version of ShelterDesk. Install the newer version to open it.</source>
      <translation>Kho dữ liệu này được tạo bởi phiên bản ShelterDesk mới hơn. Hãy cài phiên bản mới hơn để mở.</translation>
    </message>
    <message>
      <source>The vault file is damaged or was altered outside ShelterDesk (its pages do not authenticate). It was left untouched; restore it from your latest backup.</source>
      <translation>Tệp kho dữ liệu bị hỏng hoặc đã bị sửa bên ngoài ShelterDesk (các trang không xác thực được). Tệp được giữ nguyên; hãy khôi phục từ bản sao lưu mới nhất.</translation>
    </message>
    <message>
      <source>This program's SQLCipher is not version 4; refusing to open the vault.</source>
      <translation>SQLCipher của chương trình này không phải phiên bản 4; không mở kho dữ liệu.</translation>
    </message>
    <message>
      <source>The vault file is damaged or was altered outside ShelterDesk. Nothing was changed. Restore it from your latest backup.</source>
      <translation>Tệp kho dữ liệu bị hỏng hoặc đã bị sửa bên ngoài ShelterDesk. Chưa thay đổi gì. Hãy khôi phục từ bản sao lưu mới nhất.</translation>
    </message>
    <message>
      <source>The vault is busy in another program. Close it there and try again.</source>
      <translation>Kho dữ liệu đang bận trong một chương trình khác. Hãy đóng ở đó rồi thử lại.</translation>
    </message>
    <message>
      <source>Too many wrong attempts. Wait {seconds} seconds before trying again.</source>
      <translation>Nhập sai quá nhiều lần. Hãy chờ {seconds} giây rồi thử lại.</translation>
    </message>
    <message>
      <source>The vault is locked.</source>
      <translation>Kho dữ liệu đã khóa.</translation>
    </message>
    <message>
      <source>There is already a vault in {folder}. It was not changed.</source>
      <translation>Đã có kho dữ liệu trong {folder}. Kho đó không bị thay đổi.</translation>
    </message>
    <message>
      <source>There is no vault in {folder}. Create one first (shelterdesk-cli init).</source>
      <translation>Không có kho dữ liệu trong {folder}. Hãy tạo trước (shelterdesk-cli init).</translation>
    </message>
    <message>
      <source>This vault was saved by a newer version of ShelterDesk (schema {version}, this program knows up to {known}). Install the newer version; the vault was not changed.</source>
      <translation>Kho dữ liệu này được lưu bởi phiên bản ShelterDesk mới hơn (lược đồ {version}, chương trình này chỉ biết đến {known}). Hãy cài phiên bản mới hơn; kho dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
      <source>The database in this folder belongs to another vault than its key-slot file. Nothing was changed.</source>
      <translation>Cơ sở dữ liệu trong thư mục này thuộc về một kho dữ liệu khác, không khớp với tệp ô khóa. Chưa thay đổi gì.</translation>
    </message>
    <message>
      <source>The key-slot file has lost its authentication (it was replaced by an altered or older copy). Nothing was changed. Restore keyslots.json from a backup, or restore the latest backup.</source>
      <translation>Tệp ô khóa đã mất xác thực (bị thay bằng một bản đã sửa hoặc cũ hơn). Chưa thay đổi gì. Hãy khôi phục keyslots.json từ bản sao lưu, hoặc khôi phục bản sao lưu mới nhất.</translation>
    </message>
    <message>
      <source>The vault database ({database}) is missing. Restore it from a backup.</source>
      <translation>Thiếu cơ sở dữ liệu của kho ({database}). Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
      <source>This database is not encrypted: it is a plain SQLite file, not a ShelterDesk vault. It was left untouched.</source>
      <translation>Cơ sở dữ liệu này không được mã hóa: đây là tệp SQLite thường, không phải kho dữ liệu ShelterDesk. Tệp được giữ nguyên.</translation>
    </message>
    <message>
      <source>The vault file is truncated (it is not a whole number of pages). It was left untouched; restore it from your latest backup.</source>
      <translation>Tệp kho dữ liệu bị cắt cụt (không phải số trang nguyên). Tệp được giữ nguyên; hãy khôi phục từ bản sao lưu mới nhất.</translation>
    </message>
    <message>
      <source>The vault is locked. Unlock it to continue.</source>
      <translation>Kho dữ liệu đã khóa. Hãy mở khóa để tiếp tục.</translation>
    </message>
    <message>
      <source>The vault is in use by another ShelterDesk window or command on this computer. Close it there (or lock it) and try again.</source>
      <translation>Kho dữ liệu đang được một cửa sổ hoặc lệnh ShelterDesk khác trên máy tính này sử dụng. Hãy đóng ở đó (hoặc khóa lại) rồi thử lại.</translation>
    </message>
    <message>
      <source>{folder} holds a database but no key-slot file ({file}); it is not a ShelterDesk vault or its key-slot file was lost. Restore from a backup.</source>
      <translation>{folder} có cơ sở dữ liệu nhưng không có tệp ô khóa ({file}); đây không phải kho dữ liệu ShelterDesk hoặc tệp ô khóa đã bị mất. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
      <source>The key-slot file names the database {database}, which is not in the folder (it holds {others}): the key-slot file is older or newer than the database. Nothing was changed. Restore keyslots.json from a backup, or restore the latest backup into a new folder.</source>
      <translation>Tệp ô khóa ghi tên cơ sở dữ liệu {database}, nhưng tệp này không có trong thư mục (thư mục có {others}): tệp ô khóa cũ hơn hoặc mới hơn cơ sở dữ liệu. Chưa thay đổi gì. Hãy khôi phục keyslots.json từ bản sao lưu, hoặc khôi phục bản sao lưu mới nhất vào thư mục mới.</translation>
    </message>
    <message>
      <source>The vault connection setting {setting} is {got}, expected {want}.</source>
      <translation>Thiết lập kết nối kho dữ liệu {setting} là {got}, cần là {want}.</translation>
    </message>
    <message>
      <source>The vault folder {folder} cannot be written to.</source>
      <translation>Không ghi được vào thư mục kho dữ liệu {folder}.</translation>
    </message>
    <message>
      <source>The key-slot file cannot be read.</source>
      <translation>Không đọc được tệp ô khóa.</translation>
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
      <translation>Kho dữ liệu này cũ hơn trạng thái cuối cùng máy tính này thấy: có thể nó đã được chép lại từ một bản cũ hơn, hoặc nhật ký kiểm tra đã bị cắt. Công việc gần đây có thể bị thiếu. Hãy báo quản trị viên; họ có thể chạy “Kiểm tra nhật ký” (Nhân viên &amp; kiểm tra) và khôi phục bản sao lưu mới nhất.</translation>
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
      <translation>Kho dữ liệu mẫu với người giả định, sẽ bị xóa khi bạn thoát.
Tên người dùng: {user}
Cụm mật khẩu: {pw}</translation>
    </message>
    <message>
      <source>The demo vault could not be built ({error}). Quit and start the demo again.</source>
      <translation>Không tạo được kho dữ liệu mẫu ({error}). Hãy thoát và chạy lại bản mẫu.</translation>
    </message>
    <message>
      <source>ShelterDesk is already running on this computer.</source>
      <translation>ShelterDesk đang chạy trên máy tính này.</translation>
    </message>
    <message>
      <source>Its window has been brought to the front.</source>
      <translation>Cửa sổ của nó đã được đưa lên trước.</translation>
    </message>
    <message>
      <source>Switch to its window, or close it before starting ShelterDesk again.</source>
      <translation>Hãy chuyển sang cửa sổ đó, hoặc đóng nó trước khi chạy lại ShelterDesk.</translation>
    </message>
    <message>
      <source>Preparing the demo vault…</source>
      <translation>Đang chuẩn bị kho dữ liệu mẫu…</translation>
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
      <translation>Số ngày ở nhà tạm lánh tính từ ngày tiếp nhận, đến ngày rời đi nếu đã kết thúc lưu trú</translation>
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
