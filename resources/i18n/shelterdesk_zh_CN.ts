<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- NOT YET REVIEWED by a native speaker. See docs/TRANSLATING.md for the reviewer's checklist. -->
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>AccessReport</name>
    <message>
      <source>Their own copy</source>
      <translation>本人记录副本</translation>
    </message>
    <message>
      <source>Language of the report</source>
      <translation>报告语言</translation>
    </message>
    <message>
      <source>The report lists everything held about this person. The saved PDF is NOT encrypted: print it or hand it over, then delete the file. It is recorded in the disclosure register.</source>
      <translation>报告列出关于此人的全部记录。保存的 PDF 未加密：请打印或交给本人，然后删除文件。此操作会记入披露记录。</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>保存为 PDF</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>保存报告</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>The report was saved. It is not encrypted: delete the file once it has been handed over.</source>
      <translation>报告已保存。文件未加密：交给本人后请删除文件。</translation>
    </message>
  </context>
  <context>
    <name>AdminHelpers</name>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>Agencies</name>
    <message>
      <source>Enter the agency's name.</source>
      <translation>请输入机构名称。</translation>
    </message>
    <message>
      <source>Choose embassy, agency, police or provider.</source>
      <translation>请选择大使馆、机构、警方或服务提供方。</translation>
    </message>
    <message>
      <source>This agency has referrals, so it cannot be deleted. Rename it instead.</source>
      <translation>此机构有转介记录，因此无法删除。请改为重命名。</translation>
    </message>
  </context>
  <context>
    <name>AgenciesView</name>
    <message>
      <source>Agencies</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Agency kind</source>
      <translation>机构类型</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>所有类型</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Nationalities served</source>
      <translation>服务的国籍</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Contact person</source>
      <translation>联系人</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <source>Letter language</source>
      <translation>信函语言</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Serves nationals of</source>
      <translation>服务对象国籍</translation>
    </message>
    <message>
      <source>New agency</source>
      <translation>新建机构</translation>
    </message>
    <message>
      <source>Save agency</source>
      <translation>保存机构</translation>
    </message>
    <message>
      <source>Delete agency</source>
      <translation>删除机构</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Only coordinators and administrators can change the directory.</source>
      <translation>只有协调员和管理员可以修改机构名录。</translation>
    </message>
    <message>
      <source>Agency directory</source>
      <translation>机构名录</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <source>Nothing was saved. Each message is next to its field.</source>
      <translation>未保存任何内容。每条提示都显示在对应字段旁边。</translation>
    </message>
    <message>
      <source>Deleted.</source>
      <translation>已删除。</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <source>a PDF document</source>
      <translation>PDF 文档</translation>
    </message>
    <message>
      <source>a JPEG photo</source>
      <translation>JPEG 照片</translation>
    </message>
    <message>
      <source>a PNG image</source>
      <translation>PNG 图片</translation>
    </message>
    <message>
      <source>The file is {size} MB; the limit is {limit} MB. Scan at a lower resolution or split the document.</source>
      <translation>文件大小为 {size} MB；上限为 {limit} MB。请用较低分辨率扫描，或拆分文档。</translation>
    </message>
    <message>
      <source>{problem} Nothing was stored.</source>
      <translation>{problem} 未保存任何内容。</translation>
    </message>
    <message>
      <source>HEIC photos (the iPhone format) cannot be stored yet. Convert the photo to JPEG first (on the iPhone: Settings &gt; Camera &gt; Formats &gt; Most Compatible), then add it again.</source>
      <translation>暂时无法保存 HEIC 照片（iPhone 格式）。请先将照片转换为 JPEG（在 iPhone 上：设置 &gt; 相机 &gt; 格式 &gt; 兼容性最佳），然后重新添加。</translation>
    </message>
    <message>
      <source>Only PDF, JPEG and PNG files can be attached (the file name must end in .pdf, .jpg, .jpeg or .png).</source>
      <translation>只能附加 PDF、JPEG 和 PNG 文件（文件名须以 .pdf、.jpg、.jpeg 或 .png 结尾）。</translation>
    </message>
    <message>
      <source>The file has no name.</source>
      <translation>文件没有名称。</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>文件是空的。</translation>
    </message>
    <message>
      <source>not a PDF, JPEG or PNG file at all</source>
      <translation>根本不是 PDF、JPEG 或 PNG 文件</translation>
    </message>
    <message>
      <source>The file's name says it is {claimed}, but its contents are {found}. Check that you chose the right file.</source>
      <translation>文件名表明它是{claimed}，但其内容是{found}。请确认您选择的文件正确。</translation>
    </message>
    <message>
      <source>After cleaning, the image is larger than {limit} MB. Scan at a lower resolution.</source>
      <translation>清理后图片超过 {limit} MB。请用较低分辨率扫描。</translation>
    </message>
    <message>
      <source>The image has far more pixels than any scan or photo needs; it may be crafted to exhaust memory.</source>
      <translation>图片像素远超任何扫描件或照片所需；它可能是为耗尽内存而特意制作的。</translation>
    </message>
    <message>
      <source>The file is damaged or is not a valid {format} image.</source>
      <translation>文件已损坏，或不是有效的 {format} 图片。</translation>
    </message>
    <message>
      <source>The PDF is protected by a password. Save an unprotected copy and add that instead.</source>
      <translation>此 PDF 受密码保护。请另存一份未加密的副本，然后添加该副本。</translation>
    </message>
    <message>
      <source>The PDF has no pages.</source>
      <translation>此 PDF 没有页面。</translation>
    </message>
    <message>
      <source>The file is damaged or is not a valid PDF document.</source>
      <translation>文件已损坏，或不是有效的 PDF 文档。</translation>
    </message>
    <message>
      <source>The image claims {width} × {height} pixels, far more than any scan or photo needs; it may be crafted to exhaust memory.</source>
      <translation>图片声称有 {width} × {height} 像素，远超任何扫描件或照片所需；它可能是为耗尽内存而特意制作的。</translation>
    </message>
    <message>
      <source>Choose what the file is: {choices}.</source>
      <translation>请选择文件类型：{choices}。</translation>
    </message>
    <message>
      <source>The file cannot be read ({reason}).</source>
      <translation>无法读取文件（{reason}）。</translation>
    </message>
    <message>
      <source>Choose a place outside the vault folder.</source>
      <translation>请选择数据保险库文件夹以外的位置。</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <source>The copy could not be written ({reason}).</source>
      <translation>无法写入副本（{reason}）。</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsTab</name>
    <message>
      <source>Passport scan</source>
      <translation>护照扫描件</translation>
    </message>
    <message>
      <source>Identity paper scan</source>
      <translation>身份证件扫描件</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>照片</translation>
    </message>
    <message>
      <source>Signed consent form</source>
      <translation>已签署的同意书</translation>
    </message>
    <message>
      <source>Other document</source>
      <translation>其他文件</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>附件</translation>
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
      <translation>内容</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>添加时间</translation>
    </message>
    <message>
      <source>By</source>
      <translation>添加人</translation>
    </message>
    <message>
      <source>Scans of identity papers, photos for travel documents and signed consent forms, kept encrypted inside the vault. PDF, JPEG or PNG up to 25 MB; photos lose their location and camera details when they are added.</source>
      <translation>身份证件扫描件、旅行证件用照片和已签署的同意书，加密保存在数据保险库中。支持 PDF、JPEG 或 PNG，最大 25 MB；添加照片时会去除其中的位置和相机信息。</translation>
    </message>
    <message>
      <source>What it is</source>
      <translation>文件内容</translation>
    </message>
    <message>
      <source>Add a file…</source>
      <translation>添加文件…</translation>
    </message>
    <message>
      <source>Add a file</source>
      <translation>添加文件</translation>
    </message>
    <message>
      <source>Save a copy…</source>
      <translation>保存副本…</translation>
    </message>
    <message>
      <source>Save a copy</source>
      <translation>保存副本</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>移除…</translation>
    </message>
    <message>
      <source>Remove the file</source>
      <translation>移除文件</translation>
    </message>
    <message>
      <source>Preview of the image</source>
      <translation>图片预览</translation>
    </message>
    <message>
      <source>No files are stored with this case yet.</source>
      <translation>此个案还没有保存任何文件。</translation>
    </message>
    <message>
      <source>Choose a file in the list to see it here.</source>
      <translation>在列表中选择一个文件，即可在此查看。</translation>
    </message>
    <message>
      <source>This image is too large to preview here. Save a copy to view it.</source>
      <translation>此图片太大，无法在此预览。请保存副本后查看。</translation>
    </message>
    <message>
      <source>Add a scan, photo or signed form</source>
      <translation>添加扫描件、照片或已签署的表格</translation>
    </message>
    <message>
      <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)</source>
      <translation>扫描件和照片 (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
      <source>Stored inside the vault. The original file on this computer is unchanged and NOT encrypted: delete it if it is no longer needed.</source>
      <translation>已保存在数据保险库中。本电脑上的原始文件没有变化，且未加密：如不再需要，请删除。</translation>
    </message>
    <message>
      <source>Save a copy outside the vault</source>
      <translation>在数据保险库外保存副本</translation>
    </message>
    <message>
      <source>The copy is NOT encrypted: anyone who can open the file can see it. Save it only to a place you control, and delete it once it has served its purpose. Saving it is recorded in the history.</source>
      <translation>副本未加密：任何能打开该文件的人都能看到内容。请只保存到您能控制的位置，用完后请删除。保存操作会记入历史记录。</translation>
    </message>
    <message>
      <source>Files (*%1)</source>
      <translation>文件 (*%1)</translation>
    </message>
    <message>
      <source>Copy saved. It is not encrypted.</source>
      <translation>副本已保存。副本未加密。</translation>
    </message>
    <message>
      <source>The file is deleted from the vault for good. This cannot be undone.</source>
      <translation>文件将从数据保险库中永久删除。此操作无法撤销。</translation>
    </message>
    <message>
      <source>The file was removed.</source>
      <translation>文件已移除。</translation>
    </message>
  </context>
  <context>
    <name>AuditText</name>
    <message>
      <source>Registered the person</source>
      <translation>登记了此人</translation>
    </message>
    <message>
      <source>Opened the case file</source>
      <translation>打开了个案档案</translation>
    </message>
    <message>
      <source>Changed the case</source>
      <translation>修改了个案</translation>
    </message>
    <message>
      <source>Added a need</source>
      <translation>添加了一项需求</translation>
    </message>
    <message>
      <source>Changed a need</source>
      <translation>修改了一项需求</translation>
    </message>
    <message>
      <source>Moved a need</source>
      <translation>更改了需求状态</translation>
    </message>
    <message>
      <source>Made a referral</source>
      <translation>发起了转介</translation>
    </message>
    <message>
      <source>Moved a referral</source>
      <translation>更改了转介状态</translation>
    </message>
    <message>
      <source>Set a follow-up date</source>
      <translation>设置了跟进日期</translation>
    </message>
    <message>
      <source>Recorded consent</source>
      <translation>记录了同意</translation>
    </message>
    <message>
      <source>Recorded a withdrawal of consent</source>
      <translation>记录了撤回同意</translation>
    </message>
    <message>
      <source>Issued a letter</source>
      <translation>出具了信函</translation>
    </message>
    <message>
      <source>Printed a letter again</source>
      <translation>重新打印了信函</translation>
    </message>
    <message>
      <source>Added an agency</source>
      <translation>添加了机构</translation>
    </message>
    <message>
      <source>Changed an agency</source>
      <translation>修改了机构</translation>
    </message>
    <message>
      <source>Deleted an agency</source>
      <translation>删除了机构</translation>
    </message>
    <message>
      <source>Added a staff member</source>
      <translation>添加了工作人员</translation>
    </message>
    <message>
      <source>Changed a staff member's role</source>
      <translation>更改了工作人员的角色</translation>
    </message>
    <message>
      <source>Disabled or enabled a staff member</source>
      <translation>停用或启用了工作人员</translation>
    </message>
    <message>
      <source>Removed a staff member</source>
      <translation>移除了工作人员</translation>
    </message>
    <message>
      <source>Changed a passphrase</source>
      <translation>更改了密码短语</translation>
    </message>
    <message>
      <source>Changed a staff member's details</source>
      <translation>修改了工作人员的资料</translation>
    </message>
    <message>
      <source>Unlocked the vault</source>
      <translation>解锁了数据保险库</translation>
    </message>
    <message>
      <source>Unlocked with the recovery code</source>
      <translation>使用恢复码解锁</translation>
    </message>
    <message>
      <source>Made a new recovery code</source>
      <translation>生成了新的恢复码</translation>
    </message>
    <message>
      <source>Created the vault</source>
      <translation>创建了数据保险库</translation>
    </message>
    <message>
      <source>Made a backup</source>
      <translation>进行了备份</translation>
    </message>
    <message>
      <source>Restored a backup</source>
      <translation>恢复了备份</translation>
    </message>
    <message>
      <source>Changed the vault key</source>
      <translation>更换了数据保险库密钥</translation>
    </message>
    <message>
      <source>Changed the shelter's letterhead</source>
      <translation>修改了庇护所信头</translation>
    </message>
    <message>
      <source>Changed the backup reminder</source>
      <translation>修改了备份提醒</translation>
    </message>
    <message>
      <source>Changed the wipe-after-wrong-passphrases setting</source>
      <translation>修改了“密码短语输错后清除”设置</translation>
    </message>
    <message>
      <source>Filled the demo vault</source>
      <translation>填充了演示数据保险库</translation>
    </message>
    <message>
      <source>Gave the person their own copy of their records</source>
      <translation>向本人提供了其记录副本</translation>
    </message>
    <message>
      <source>Stored a file with the case</source>
      <translation>为个案保存了文件</translation>
    </message>
    <message>
      <source>Saved a copy of a stored file outside the vault</source>
      <translation>在数据保险库外保存了已存文件的副本</translation>
    </message>
    <message>
      <source>Removed a stored file</source>
      <translation>移除了已存文件</translation>
    </message>
    <message>
      <source>Looked at a stored file</source>
      <translation>查看了已存文件</translation>
    </message>
    <message>
      <source>Anonymised the case (retention rule)</source>
      <translation>匿名化了个案（保留规则）</translation>
    </message>
    <message>
      <source>Erased a case at the person's request</source>
      <translation>应本人要求抹除了个案</translation>
    </message>
    <message>
      <source>Imported cases from a spreadsheet</source>
      <translation>从电子表格导入了个案</translation>
    </message>
    <message>
      <source>Took in a case from a partner shelter</source>
      <translation>从合作庇护所接收了个案</translation>
    </message>
    <message>
      <source>Sent the case to a partner shelter</source>
      <translation>将个案发送给合作庇护所</translation>
    </message>
    <message>
      <source>Made the period report</source>
      <translation>生成了期间报告</translation>
    </message>
    <message>
      <source>Changed the retention rule</source>
      <translation>修改了保留规则</translation>
    </message>
    <message>
      <source>Created this shelter's identity key</source>
      <translation>创建了本庇护所的身份密钥</translation>
    </message>
    <message>
      <source>Trusted a partner shelter's key</source>
      <translation>信任了合作庇护所的密钥</translation>
    </message>
    <message>
      <source>Changed: {fields}</source>
      <translation>已修改：{fields}</translation>
    </message>
  </context>
  <context>
    <name>AuditView</name>
    <message>
      <source>Cases</source>
      <translation>个案</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>需求</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>转介</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>同意</translation>
    </message>
    <message>
      <source>Letters</source>
      <translation>信函</translation>
    </message>
    <message>
      <source>Agencies</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>工作人员</translation>
    </message>
    <message>
      <source>Unlocking</source>
      <translation>解锁</translation>
    </message>
    <message>
      <source>Vault and backups</source>
      <translation>数据保险库与备份</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>恢复码</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>详情</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <source>Audit log entries</source>
      <translation>审计日志条目</translation>
    </message>
    <message>
      <source>anyone</source>
      <translation>任何人</translation>
    </message>
    <message>
      <source>Action starts with</source>
      <translation>操作开头为</translation>
    </message>
    <message>
      <source>any action</source>
      <translation>任何操作</translation>
    </message>
    <message>
      <source>From (date)</source>
      <translation>起始日期</translation>
    </message>
    <message>
      <source>Until (date)</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>any date</source>
      <translation>任何日期</translation>
    </message>
    <message>
      <source>Show matching entries</source>
      <translation>显示符合条件的条目</translation>
    </message>
    <message>
      <source>Show all</source>
      <translation>全部显示</translation>
    </message>
    <message>
      <source>Show all entries</source>
      <translation>显示全部条目</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Export the shown entries</source>
      <translation>导出显示的条目</translation>
    </message>
    <message>
      <source>Check the log</source>
      <translation>检查日志</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>until</source>
      <translation>至</translation>
    </message>
    <message numerus="yes">
      <source>%n entry(s), newest first; scroll down for older ones.</source>
      <translation>
        <numerusform>%n 条记录，最新的在前；向下滚动查看更早的记录。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n entry(s), newest first.</source>
      <translation>
        <numerusform>%n 条记录，最新的在前。</numerusform>
      </translation>
    </message>
    <message>
      <source>Export the audit log</source>
      <translation>导出审计日志</translation>
    </message>
    <message>
      <source>The exported file is not encrypted: it leaves the vault. It holds who did what and when (user names, record numbers), never survivors' names. Keep it where only administrators can read it.</source>
      <translation>导出的文件未加密：它会离开数据保险库。文件记录了谁在何时做了什么（用户名、记录编号），绝不包含幸存者姓名。请保存在只有管理员能读取的地方。</translation>
    </message>
    <message>
      <source>Choose a file…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
      <translation>CSV (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>The file could not be written: {reason}</source>
      <translation>无法写入文件：{reason}</translation>
    </message>
    <message>
      <source>{n} entries exported to {path}.</source>
      <translation>已将 {n} 条记录导出到 {path}。</translation>
    </message>
    <message>
      <source>The log is intact: {n} entries, database pages authenticate.</source>
      <translation>日志完整：共 {n} 条记录，数据库页面验证通过。</translation>
    </message>
    <message>
      <source>The log does NOT check out ({n} entries read):
{problems}
Do not delete anything; keep a backup of the vault as it is now and compare with an earlier backup.</source>
      <translation>日志验证未通过（已读取 {n} 条记录）：
{problems}
请不要删除任何内容；保留一份数据保险库当前状态的备份，并与更早的备份进行比较。</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <source>Only an administrator may restore a backup.</source>
      <translation>只有管理员可以恢复备份。</translation>
    </message>
    <message>
      <source>The backup drive is full. No backup was written; free some space there or use another drive. The vault itself is unchanged.</source>
      <translation>备份驱动器已满。未写入任何备份；请在该驱动器上腾出空间，或改用其他驱动器。数据保险库本身没有变化。</translation>
    </message>
    <message>
      <source>Choose a file name for the backup, not a folder.</source>
      <translation>请为备份选择文件名，而不是文件夹。</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist (is the drive plugged in?).</source>
      <translation>文件夹 {folder} 不存在（驱动器是否已插好？）。</translation>
    </message>
    <message>
      <source>{folder} is a file; choose a folder.</source>
      <translation>{folder} 是文件；请选择文件夹。</translation>
    </message>
    <message>
      <source>{folder} is not empty. Restore into a new folder, or confirm replacing the vault there (a safety copy is kept).</source>
      <translation>{folder} 不是空的。请恢复到新文件夹，或确认替换其中的数据保险库（会保留一份安全副本）。</translation>
    </message>
    <message>
      <source>{folder} is not empty. Restore into a new folder.</source>
      <translation>{folder} 不是空的。请恢复到新文件夹。</translation>
    </message>
    <message>
      <source>Enter your passphrase, or the recovery code.</source>
      <translation>请输入您的密码短语或恢复码。</translation>
    </message>
    <message>
      <source>Choose between 1 and 365 days.</source>
      <translation>请选择 1 到 365 天。</translation>
    </message>
    <message>
      <source>The backup does not open with the recovery code. A backup opens with the passphrase of anyone who was on the staff when it was made, or the recovery code of that time.</source>
      <translation>此恢复码无法打开该备份。备份可以用制作备份时任何一位工作人员的密码短语打开，或用当时的恢复码打开。</translation>
    </message>
    <message>
      <source>The backup does not open with this user name and passphrase. A backup opens with the passphrase of anyone who was on the staff when it was made, or the recovery code of that time.</source>
      <translation>此用户名和密码短语无法打开该备份。备份可以用制作备份时任何一位工作人员的密码短语打开，或用当时的恢复码打开。</translation>
    </message>
    <message>
      <source>The new backup did not read back correctly, so it was not kept; the previous backup {file} is unchanged. The drive may be failing; try another one.</source>
      <translation>新备份读回时不正确，因此未保留；之前的备份 {file} 没有变化。驱动器可能正在损坏；请换一个驱动器。</translation>
    </message>
    <message>
      <source>The new backup did not read back correctly, so it was not kept. The drive may be failing; try another one.</source>
      <translation>新备份读回时不正确，因此未保留。驱动器可能正在损坏；请换一个驱动器。</translation>
    </message>
    <message>
      <source>The backup file is damaged (it is incomplete or its contents changed since it was written). It cannot be restored; use another backup.</source>
      <translation>备份文件已损坏（不完整，或写入后内容有变）。无法恢复；请使用其他备份。</translation>
    </message>
    <message>
      <source>The backup file was altered after it was written: its contents do not authenticate. It cannot be restored; use another backup.</source>
      <translation>备份文件在写入后被改动：其内容未通过验证。无法恢复；请使用其他备份。</translation>
    </message>
    <message>
      <source>There is no file {path}.</source>
      <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
      <source>{path} is a folder, not a backup file.</source>
      <translation>{path} 是文件夹，不是备份文件。</translation>
    </message>
    <message>
      <source>This backup was made by a newer version of ShelterDesk. Install the newer version to restore it.</source>
      <translation>此备份由更新版本的 ShelterDesk 制作。请安装更新版本后再恢复。</translation>
    </message>
    <message>
      <source>{file} is not a ShelterDesk backup file.</source>
      <translation>{file} 不是 ShelterDesk 备份文件。</translation>
    </message>
    <message>
      <source>The audit log inside the backup does not check out: {problems}</source>
      <translation>备份中的审计日志校验不通过：{problems}</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <source>This vault has never been backed up. Back it up to a USB stick and keep the stick away from this computer.</source>
      <translation>此数据保险库从未备份过。请备份到 U 盘，并将 U 盘存放在远离本电脑的地方。</translation>
    </message>
    <message>
      <source>The last backup is {n} days old (reminder after {days} days). Back up now.</source>
      <translation>上次备份已是 {n} 天前（超过 {days} 天提醒）。请立即备份。</translation>
    </message>
    <message>
      <source>{file} ({size:,} bytes), made {made}: {cases} cases, {needs} needs, {referrals} referrals, {audit} audit entries.</source>
      <translation>{file}（{size:,} 字节），生成于 {made}：{cases} 个个案、{needs} 项需求、{referrals} 项转介、{audit} 条审计记录。</translation>
    </message>
    <message>
      <source>Back up now…</source>
      <translation>立即备份…</translation>
    </message>
    <message>
      <source>Backup &amp; restore</source>
      <translation>备份与恢复</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Make a backup</source>
      <translation>进行备份</translation>
    </message>
    <message>
      <source>Last backup</source>
      <translation>上次备份</translation>
    </message>
    <message>
      <source>The backup is encrypted and opens with the passphrases of the staff of today (or the recovery code). Save it on a USB stick and keep the stick away from this computer. It is read back and checked before it counts as made.</source>
      <translation>备份已加密，可使用现有工作人员的密码短语（或恢复码）打开。请保存到 U 盘，并将 U 盘存放在远离本电脑的地方。备份会被读回并检查，通过后才算完成。</translation>
    </message>
    <message>
      <source>Back up to a file…</source>
      <translation>备份到文件…</translation>
    </message>
    <message>
      <source>Backup progress</source>
      <translation>备份进度</translation>
    </message>
    <message>
      <source>Remind administrators after</source>
      <translation>提醒管理员：未备份超过</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source>Remind after this many days without a backup</source>
      <translation>超过多少天未备份时提醒</translation>
    </message>
    <message>
      <source>Save reminder</source>
      <translation>保存提醒设置</translation>
    </message>
    <message>
      <source>Check or restore a backup</source>
      <translation>检查或恢复备份</translation>
    </message>
    <message>
      <source>A backup opens with the user name and passphrase of someone who was on the staff when it was made; restoring needs an administrator of that time. The restored vault opens with the passphrases that were valid then.</source>
      <translation>备份需使用备份当时在职工作人员的用户名和密码短语打开；恢复备份需要当时的管理员。恢复后的数据保险库使用当时有效的密码短语打开。</translation>
    </message>
    <message>
      <source>User name for the backup</source>
      <translation>备份的用户名</translation>
    </message>
    <message>
      <source>Passphrase for the backup</source>
      <translation>备份的密码短语</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>密码短语</translation>
    </message>
    <message>
      <source>Check a backup file…</source>
      <translation>检查备份文件…</translation>
    </message>
    <message>
      <source>Restore into a new folder…</source>
      <translation>恢复到新文件夹…</translation>
    </message>
    <message>
      <source>Replace this vault…</source>
      <translation>替换此数据保险库…</translation>
    </message>
    <message>
      <source>Replace this vault with a backup</source>
      <translation>用备份替换此数据保险库</translation>
    </message>
    <message>
      <source>Last backup: never.</source>
      <translation>上次备份：从未备份。</translation>
    </message>
    <message>
      <source>Last backup: {when} ({n} days ago).</source>
      <translation>上次备份：{when}（{n} 天前）。</translation>
    </message>
    <message>
      <source>Back up to a file</source>
      <translation>备份到文件</translation>
    </message>
    <message>
      <source>No backup was made.</source>
      <translation>未进行备份。</translation>
    </message>
    <message>
      <source>Backup written, read back and verified, but the vault's key slots need attention:</source>
      <translation>备份已写入、读回并验证，但数据保险库的密钥槽需要处理：</translation>
    </message>
    <message>
      <source>Backup written, read back and verified:</source>
      <translation>备份已写入、读回并验证：</translation>
    </message>
    <message>
      <source>Administrators are reminded after {n} days without a backup.</source>
      <translation>超过 {n} 天未备份时会提醒管理员。</translation>
    </message>
    <message>
      <source>Enter the user name and passphrase that open the backup.</source>
      <translation>请输入能打开此备份的用户名和密码短语。</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>所有文件 (*)</translation>
    </message>
    <message>
      <source>Check a backup file</source>
      <translation>检查备份文件</translation>
    </message>
    <message>
      <source>This backup cannot be used.</source>
      <translation>此备份无法使用。</translation>
    </message>
    <message>
      <source>The backup is complete and authentic:</source>
      <translation>备份完整且真实：</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>恢复备份</translation>
    </message>
    <message>
      <source>Choose a new, empty folder for the restored vault</source>
      <translation>为恢复的数据保险库选择一个新的空文件夹</translation>
    </message>
    <message>
      <source>Nothing was restored.</source>
      <translation>未恢复任何内容。</translation>
    </message>
    <message>
      <source>Restored and checked into {folder}. It opens with the passphrases that were valid when the backup was made. This vault is unchanged.</source>
      <translation>已恢复到 {folder} 并通过检查。它使用备份当时有效的密码短语打开。当前数据保险库没有变化。</translation>
    </message>
    <message>
      <source>Replace this vault</source>
      <translation>替换此数据保险库</translation>
    </message>
    <message>
      <source>Replace the vault in {folder} with the backup made {made}?

ShelterDesk locks now. The current vault is kept as a safety copy next to it ({folder}.before-restore-…), then the backup takes its place. Everything entered after the backup was made is only in the safety copy.

Afterwards unlock with the passphrases that were valid when the backup was made.</source>
      <translation>要用 {made} 生成的备份替换 {folder} 中的数据保险库吗？

ShelterDesk 将立即锁定。当前数据保险库会作为安全副本保留在旁边（{folder}.before-restore-…），然后由备份取代。备份之后录入的所有内容只保存在安全副本中。

之后请使用备份当时有效的密码短语解锁。</translation>
    </message>
    <message>
      <source>Lock and replace</source>
      <translation>锁定并替换</translation>
    </message>
    <message>
      <source>The vault could not be locked, so nothing was replaced.</source>
      <translation>无法锁定数据保险库，因此未替换任何内容。</translation>
    </message>
    <message>
      <source>Vault replaced</source>
      <translation>数据保险库已替换</translation>
    </message>
    <message>
      <source>The backup was restored and checked. The previous vault is kept as {safety}. Unlock with the passphrases that were valid when the backup was made.</source>
      <translation>备份已恢复并通过检查。之前的数据保险库保留为 {safety}。请使用备份当时有效的密码短语解锁。</translation>
    </message>
  </context>
  <context>
    <name>BatchLettersDialog</name>
    <message numerus="yes">
      <source>The %n person(s) selected in the register.</source>
      <translation>
        <numerusform>在登记册中选中的 %n 人。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Issued %n letter(s).</source>
      <translation>
        <numerusform>已出具 %n 封信函。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Skipped %n case(s).</source>
      <translation>
        <numerusform>已跳过 %n 个个案。</numerusform>
      </translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Batch letters</source>
      <translation>批量信函</translation>
    </message>
    <message>
      <source>Any nationality</source>
      <translation>任何国籍</translation>
    </message>
    <message>
      <source>Open cases (intake, sheltered, awaiting repatriation)</source>
      <translation>进行中的个案（接收中、在庇护所、等待遣返）</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>任何状态</translation>
    </message>
    <message>
      <source>Any (no filter)</source>
      <translation>任何（不筛选）</translation>
    </message>
    <message>
      <source>Only cases with a referral still waiting on an embassy</source>
      <translation>仅显示仍有转介在等待大使馆的个案</translation>
    </message>
    <message>
      <source>Embassy letter (chosen from each person's open needs)</source>
      <translation>大使馆信函（根据每人未解决的需求选择）</translation>
    </message>
    <message>
      <source>The embassy serving each person's nationality</source>
      <translation>负责每人国籍的大使馆</translation>
    </message>
    <message>
      <source>Each recipient's letter language</source>
      <translation>每个收件方的信函语言</translation>
    </message>
    <message>
      <source>English only</source>
      <translation>仅英文</translation>
    </message>
    <message>
      <source>English and {language}</source>
      <translation>英文和{language}</translation>
    </message>
    <message>
      <source>One PDF with every letter</source>
      <translation>所有信函合成一个 PDF</translation>
    </message>
    <message>
      <source>One PDF per letter (named by case number and reference)</source>
      <translation>每封信函一个 PDF（以个案编号和参考号命名）</translation>
    </message>
    <message>
      <source>Choose folder and start…</source>
      <translation>选择文件夹并开始…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <source>Case status</source>
      <translation>个案状态</translation>
    </message>
    <message>
      <source>Open need</source>
      <translation>未解决的需求</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>信函</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>收件方</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>输出</translation>
    </message>
    <message>
      <source>Letters for every matching case</source>
      <translation>为每个符合条件的个案生成信函</translation>
    </message>
    <message>
      <source>Saved letters are plaintext PDFs, NOT encrypted. Each letter is kept in the vault and entered in the disclosure register. Cases without consent, or without an embassy for their nationality, are skipped and listed.</source>
      <translation>保存的信函是明文 PDF，未加密。每封信函都会保存在数据保险库中并记入披露记录。没有同意的个案，或其国籍没有对应大使馆的个案，将被跳过并列出。</translation>
    </message>
    <message>
      <source>Only coordinators and administrators can issue letters.</source>
      <translation>只有协调员和管理员可以出具信函。</translation>
    </message>
    <message>
      <source>No case matches this filter.</source>
      <translation>没有符合此筛选条件的个案。</translation>
    </message>
    <message>
      <source>Saved {file} in {folder}.</source>
      <translation>已将 {file} 保存到 {folder}。</translation>
    </message>
    <message>
      <source>Saved {n} files in {folder}.</source>
      <translation>已将 {n} 个文件保存到 {folder}。</translation>
    </message>
    <message>
      <source>Cancelled after {done} of {total} cases.</source>
      <translation>已在完成 {done}/{total} 个个案后取消。</translation>
    </message>
    <message>
      <source>Skipped {case}: {reason}</source>
      <translation>已跳过 {case}：{reason}</translation>
    </message>
  </context>
  <context>
    <name>CaseFile</name>
    <message>
      <source>Their own copy</source>
      <translation>本人记录副本</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Save case</source>
      <translation>保存个案</translation>
    </message>
    <message>
      <source>Save the changes to this case (Ctrl+S)</source>
      <translation>保存对此个案的更改 (Ctrl+S)</translation>
    </message>
    <message>
      <source>Discard changes</source>
      <translation>放弃更改</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <source>Copy a name or number</source>
      <translation>复制姓名或号码</translation>
    </message>
    <message>
      <source>Copy the case number, a name or the passport number. The clipboard is cleared after 30 seconds and when ShelterDesk locks.</source>
      <translation>复制个案编号、姓名或护照号码。剪贴板会在 30 秒后以及 ShelterDesk 锁定时清空。</translation>
    </message>
    <message>
      <source>Close case file</source>
      <translation>关闭个案档案</translation>
    </message>
    <message>
      <source>Their own copy…</source>
      <translation>本人记录副本…</translation>
    </message>
    <message>
      <source>Everything held about this person, as a PDF in their language</source>
      <translation>关于此人的全部记录，以其语言生成 PDF</translation>
    </message>
    <message>
      <source>Transfer…</source>
      <translation>转移…</translation>
    </message>
    <message>
      <source>Transfer to a partner shelter</source>
      <translation>转移到合作庇护所</translation>
    </message>
    <message>
      <source>Send this case, sealed, to a trusted partner shelter (needs the person's consent for transfer)</source>
      <translation>将此个案加密发送给受信任的合作庇护所（需要此人同意转移）</translation>
    </message>
    <message>
      <source>Erase…</source>
      <translation>抹除…</translation>
    </message>
    <message>
      <source>Erase this case</source>
      <translation>抹除此个案</translation>
    </message>
    <message>
      <source>Erase this case on the person's request (administrators; cannot be undone)</source>
      <translation>应本人要求抹除此个案（仅限管理员；无法撤销）</translation>
    </message>
    <message>
      <source>Identity and names</source>
      <translation>身份与姓名</translation>
    </message>
    <message>
      <source>Documents and immigration</source>
      <translation>证件与移民</translation>
    </message>
    <message>
      <source>Trafficking profile</source>
      <translation>贩运情况</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>需求</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>转介</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>同意</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message numerus="yes">
      <source>in the shelter for %n days</source>
      <translation>
        <numerusform>已在庇护所 %n 天</numerusform>
      </translation>
    </message>
    <message>
      <source>Unsaved changes from before the lock were restored.</source>
      <translation>已恢复锁定前未保存的更改。</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>放弃</translation>
    </message>
    <message>
      <source>Someone else saved this case after you opened it. Reload their version; your edits will be put back on top of it for you to check and save.</source>
      <translation>在您打开此个案后，其他人保存了此个案。请重新加载对方的版本；您的修改会重新填回，供您核对后保存。</translation>
    </message>
    <message>
      <source>Reload and keep my edits</source>
      <translation>重新加载并保留我的修改</translation>
    </message>
    <message numerus="yes">
      <source>Nothing was saved: %n field(s) need attention. Each message is next to its field.</source>
      <translation>
        <numerusform>未保存任何内容：%n 个字段需要处理。每条提示都显示在对应字段旁边。</numerusform>
      </translation>
    </message>
    <message>
      <source>Reloaded. Your edits are back on top; check them and save.</source>
      <translation>已重新加载。您的修改已填回，请核对后保存。</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>个案编号</translation>
    </message>
    <message>
      <source>Name (passport)</source>
      <translation>姓名（护照）</translation>
    </message>
    <message>
      <source>Name (own script)</source>
      <translation>姓名（本国文字）</translation>
    </message>
    <message>
      <source>Passport number {number}</source>
      <translation>护照号码 {number}</translation>
    </message>
    <message>
      <source>Embassy case number</source>
      <translation>大使馆案件编号</translation>
    </message>
    <message>
      <source>This case has unsaved changes.</source>
      <translation>此个案有未保存的更改。</translation>
    </message>
    <message>
      <source>Save and close</source>
      <translation>保存并关闭</translation>
    </message>
    <message>
      <source>Discard and close</source>
      <translation>放弃并关闭</translation>
    </message>
  </context>
  <context>
    <name>Cases</name>
    <message>
      <source>This case has not been registered yet; register it first.</source>
      <translation>此个案尚未登记；请先登记。</translation>
    </message>
    <message>
      <source>Registered cases that may be the same person: {count}. Check them before saving.</source>
      <translation>可能是同一人的已登记个案：{count}。保存前请先核对。</translation>
    </message>
  </context>
  <context>
    <name>ChangePassphraseDialog</name>
    <message>
      <source>Change my passphrase</source>
      <translation>更改我的密码短语</translation>
    </message>
    <message>
      <source>Your new passphrase opens the vault from now on; the old one stops working. Backups made earlier still open with the old one.</source>
      <translation>从现在起，用新的密码短语打开数据保险库，旧的密码短语将失效。之前的备份仍用旧密码短语打开。</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>当前密码短语</translation>
    </message>
    <message>
      <source>Type the new passphrase again</source>
      <translation>再次输入新的密码短语</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>新密码短语</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>确认</translation>
    </message>
    <message>
      <source>Passphrase message</source>
      <translation>密码短语提示</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>更改密码短语</translation>
    </message>
    <message>
      <source>The two new passphrases differ. Type them again.</source>
      <translation>两次输入的新密码短语不一致。请重新输入。</translation>
    </message>
  </context>
  <context>
    <name>Consent kinds</name>
    <message>
      <source>embassy</source>
      <translation>大使馆</translation>
    </message>
    <message>
      <source>agency</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>police</source>
      <translation>警方</translation>
    </message>
    <message>
      <source>provider</source>
      <translation>服务提供方</translation>
    </message>
  </context>
  <context>
    <name>ConsentTab</name>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>同意</translation>
    </message>
    <message>
      <source>Consents</source>
      <translation>同意记录</translation>
    </message>
    <message>
      <source>A referral or letter to an agency needs this person's valid consent for that kind of recipient. Record consent only after explaining, in their language, what will be shared and with whom.</source>
      <translation>向机构转介或发信，需要此人对该类收件方的有效同意。请先用此人的语言说明将分享哪些信息、分享给谁，然后再记录同意。</translation>
    </message>
    <message>
      <source>Consent for</source>
      <translation>同意对象</translation>
    </message>
    <message>
      <source>Given on</source>
      <translation>同意日期</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>口译员</translation>
    </message>
    <message>
      <source>Name of the interpreter, if one was used</source>
      <translation>口译员姓名（如有）</translation>
    </message>
    <message>
      <source>Expires on</source>
      <translation>到期日期</translation>
    </message>
    <message>
      <source>Record consent</source>
      <translation>记录同意</translation>
    </message>
    <message>
      <source>Withdraw this consent</source>
      <translation>撤回此同意</translation>
    </message>
    <message>
      <source>Consent for %1 recorded.</source>
      <translation>已记录对 %1 的同意。</translation>
    </message>
    <message>
      <source>Consent withdrawn as of today.</source>
      <translation>同意已撤回，自今日起生效。</translation>
    </message>
  </context>
  <context>
    <name>Consents</name>
    <message>
      <source>embassy</source>
      <translation>大使馆</translation>
    </message>
    <message>
      <source>agency</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>police</source>
      <translation>警方</translation>
    </message>
    <message>
      <source>provider</source>
      <translation>服务提供方</translation>
    </message>
    <message>
      <source>statistics</source>
      <translation>统计</translation>
    </message>
    <message>
      <source>transfer</source>
      <translation>转移</translation>
    </message>
    <message>
      <source>Consent cannot be dated in the future.</source>
      <translation>同意日期不能在未来。</translation>
    </message>
    <message>
      <source>The expiry is before the date consent was given.</source>
      <translation>到期日期早于给予同意的日期。</translation>
    </message>
    <message>
      <source>There is no valid {kind} consent to withdraw.</source>
      <translation>没有可撤回的有效{kind}同意。</translation>
    </message>
    <message>
      <source>Choose embassy, agency, police, provider or statistics.</source>
      <translation>请选择大使馆、机构、警方、服务提供方或统计。</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>ShelterDesk — unexpected error</source>
      <translation>ShelterDesk — 意外错误</translation>
    </message>
    <message>
      <source>Something went wrong that ShelterDesk did not expect. Your saved records are safe in the vault; the last action may not have been completed.

If it happens again, copy the report below and send it to your support contact. It holds no survivor data, only where in the program the error happened.</source>
      <translation>ShelterDesk 遇到了意外错误。已保存的记录安全地存放在数据保险库中；最后一次操作可能没有完成。

如果再次发生，请复制下面的报告并发送给您的技术支持联系人。报告不含任何幸存者数据，只说明程序中出错的位置。</translation>
    </message>
    <message>
      <source>Crash report</source>
      <translation>错误报告</translation>
    </message>
    <message>
      <source>Copy report</source>
      <translation>复制报告</translation>
    </message>
    <message>
      <source>Copy the crash report</source>
      <translation>复制错误报告</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>已复制</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <source>People</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Admitted</source>
      <translation>入住</translation>
    </message>
    <message>
      <source>under 1 week</source>
      <translation>不到 1 周</translation>
    </message>
    <message>
      <source>1–2 weeks</source>
      <translation>1–2 周</translation>
    </message>
    <message>
      <source>2–4 weeks</source>
      <translation>2–4 周</translation>
    </message>
    <message>
      <source>1–2 months</source>
      <translation>1–2 个月</translation>
    </message>
    <message>
      <source>2 months or more</source>
      <translation>2 个月以上</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>概览</translation>
    </message>
    <message>
      <source>Export anonymised statistics…</source>
      <translation>导出匿名统计…</translation>
    </message>
    <message>
      <source>Export anonymised statistics</source>
      <translation>导出匿名统计</translation>
    </message>
    <message>
      <source>Import a spreadsheet…</source>
      <translation>导入电子表格…</translation>
    </message>
    <message>
      <source>Import a register from a spreadsheet</source>
      <translation>从电子表格导入登记册</translation>
    </message>
    <message>
      <source>Period report…</source>
      <translation>期间报告…</translation>
    </message>
    <message>
      <source>Period report for donors and authorities</source>
      <translation>供捐助方和主管部门使用的期间报告</translation>
    </message>
    <message>
      <source>Show the overdue referrals</source>
      <translation>显示逾期的转介</translation>
    </message>
    <message>
      <source>Show the follow-ups due this week</source>
      <translation>显示本周到期的跟进</translation>
    </message>
    <message>
      <source>Click a bar or slice to see the people it counts.</source>
      <translation>点击柱形或扇区，查看其中统计的人员。</translation>
    </message>
    <message numerus="yes">
      <source>%n people in the shelter</source>
      <translation>
        <numerusform>庇护所内 %n 人</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue referrals</source>
      <translation>
        <numerusform>逾期转介 %n 项</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n follow-ups due this week</source>
      <translation>
        <numerusform>本周到期跟进 %n 项</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n open needs</source>
      <translation>
        <numerusform>未解决需求 %n 项</numerusform>
      </translation>
    </message>
    <message>
      <source>In the shelter now, by nationality</source>
      <translation>目前在庇护所的人员，按国籍</translation>
    </message>
    <message>
      <source>In the shelter now, by status</source>
      <translation>目前在庇护所的人员，按状态</translation>
    </message>
    <message>
      <source>Waiting on each agency, by days waited</source>
      <translation>各机构的等待情况，按等待天数</translation>
    </message>
    <message>
      <source>Open needs by category and priority</source>
      <translation>未解决的需求，按类别和优先级</translation>
    </message>
    <message>
      <source>Admitted in {month}</source>
      <translation>{month}入住</translation>
    </message>
    <message>
      <source>Left in {month}</source>
      <translation>{month}离开</translation>
    </message>
    <message>
      <source>Admissions and departures per month</source>
      <translation>每月入住和离开人数</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>已离开</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <source>This vault holds real cases: invented people would be mixed in with them, and would appear in searches, counts, letters and exports. Use a separate vault for demonstrations (--vault), or, only if you are sure, add --into-real-vault.</source>
      <translation>此数据保险库存有真实个案：虚构人物会与之混在一起，并出现在搜索、统计、信函和导出中。演示请使用单独的数据保险库（--vault）；只有在确定无误时，才添加 --into-real-vault。</translation>
    </message>
  </context>
  <context>
    <name>Disclosure</name>
    <message>
      <source>Preferred name</source>
      <translation>常用名</translation>
    </message>
    <message>
      <source>Other names used</source>
      <translation>曾用名</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Estimated age</source>
      <translation>估计年龄</translation>
    </message>
    <message>
      <source>Place of birth</source>
      <translation>出生地</translation>
    </message>
    <message>
      <source>Father's name</source>
      <translation>父亲姓名</translation>
    </message>
    <message>
      <source>Mother's name</source>
      <translation>母亲姓名</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>性别认同</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Interpreter needed</source>
      <translation>需要翻译</translation>
    </message>
    <message>
      <source>Passport number</source>
      <translation>护照号码</translation>
    </message>
    <message>
      <source>Passport issued by</source>
      <translation>护照签发国</translation>
    </message>
    <message>
      <source>Passport expiry</source>
      <translation>护照有效期</translation>
    </message>
    <message>
      <source>Passport status</source>
      <translation>护照状况</translation>
    </message>
    <message>
      <source>National identity number</source>
      <translation>公民身份号码</translation>
    </message>
    <message>
      <source>Other identity documents</source>
      <translation>其他身份证件</translation>
    </message>
    <message>
      <source>Date of entry to Cambodia</source>
      <translation>入境柬埔寨日期</translation>
    </message>
    <message>
      <source>Visa</source>
      <translation>签证</translation>
    </message>
    <message>
      <source>Overstay (days)</source>
      <translation>逾期居留（天）</translation>
    </message>
    <message>
      <source>Overstay fine</source>
      <translation>逾期居留罚款</translation>
    </message>
    <message>
      <source>Exit permit</source>
      <translation>出境许可</translation>
    </message>
    <message>
      <source>Embassy case number</source>
      <translation>使馆案件编号</translation>
    </message>
    <message>
      <source>Travel document</source>
      <translation>旅行证件</translation>
    </message>
    <message>
      <source>Last address in Cambodia</source>
      <translation>在柬埔寨的最后住址</translation>
    </message>
    <message>
      <source>Admitted to the shelter</source>
      <translation>入住庇护所</translation>
    </message>
    <message>
      <source>Intended destination</source>
      <translation>目的地</translation>
    </message>
    <message>
      <source>Home address</source>
      <translation>家庭住址</translation>
    </message>
    <message>
      <source>Next of kin</source>
      <translation>近亲属</translation>
    </message>
    <message>
      <source>Referred to the shelter by</source>
      <translation>转介至本庇护所的机构</translation>
    </message>
    <message>
      <source>Form of exploitation</source>
      <translation>剥削形式</translation>
    </message>
    <message>
      <source>Recruitment</source>
      <translation>招募</translation>
    </message>
    <message>
      <source>Where held</source>
      <translation>被控制地点</translation>
    </message>
    <message>
      <source>Period held</source>
      <translation>被控制期间</translation>
    </message>
    <message>
      <source>Means of control</source>
      <translation>控制手段</translation>
    </message>
    <message>
      <source>How they left</source>
      <translation>脱离方式</translation>
    </message>
    <message>
      <source>Indicators of trafficking</source>
      <translation>人口贩运迹象</translation>
    </message>
    <message>
      <source>Police report</source>
      <translation>报警记录</translation>
    </message>
    <message>
      <source>Fit to fly</source>
      <translation>适合乘机</translation>
    </message>
    <message>
      <source>Medical notes</source>
      <translation>医疗备注</translation>
    </message>
    <message>
      <source>Vulnerabilities</source>
      <translation>脆弱性</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTab</name>
    <message>
      <source>Embassy case number</source>
      <translation>大使馆案件编号</translation>
    </message>
    <message>
      <source>Document type</source>
      <translation>证件类型</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>证件号码</translation>
    </message>
    <message>
      <source>Issuing country</source>
      <translation>签发国家</translation>
    </message>
    <message>
      <source>Expiry date</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>Document status</source>
      <translation>证件状态</translation>
    </message>
    <message>
      <source>Remove document</source>
      <translation>移除证件</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>号码</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>签发国</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>Where it is</source>
      <translation>证件所在</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <translation>身份证件</translation>
    </message>
    <message>
      <source>Add a document</source>
      <translation>添加证件</translation>
    </message>
    <message>
      <source>Immigration</source>
      <translation>出入境</translation>
    </message>
    <message>
      <source>Entry date</source>
      <translation>入境日期</translation>
    </message>
    <message>
      <source>Visa</source>
      <translation>签证</translation>
    </message>
    <message>
      <source>Visa type</source>
      <translation>签证类型</translation>
    </message>
    <message>
      <source>e.g. tourist, business (E)</source>
      <translation>例如：旅游签、商务签（E）</translation>
    </message>
    <message>
      <source>Visa expiry</source>
      <translation>签证到期日</translation>
    </message>
    <message>
      <source>Overstay days</source>
      <translation>逾期居留天数</translation>
    </message>
    <message>
      <source>Overstay fine</source>
      <translation>逾期居留罚款</translation>
    </message>
    <message>
      <source>Amount and currency, as stated by immigration</source>
      <translation>金额和币种，以移民局说明为准</translation>
    </message>
    <message>
      <source>Exit permit</source>
      <translation>出境许可</translation>
    </message>
    <message>
      <source>Exit permit status</source>
      <translation>出境许可状态</translation>
    </message>
    <message>
      <source>Embassy</source>
      <translation>大使馆</translation>
    </message>
    <message>
      <source>Travel document</source>
      <translation>旅行证件</translation>
    </message>
    <message>
      <source>Travel document status</source>
      <translation>旅行证件状态</translation>
    </message>
  </context>
  <context>
    <name>Duplicates</name>
    <message>
      <source>same document number</source>
      <translation>证件号码相同</translation>
    </message>
    <message>
      <source>similar name, same date of birth</source>
      <translation>姓名相似，出生日期相同</translation>
    </message>
    <message>
      <source>similar name, same nationality</source>
      <translation>姓名相似，国籍相同</translation>
    </message>
  </context>
  <context>
    <name>EraseDialog</name>
    <message>
      <source>Erase this case</source>
      <translation>抹除此个案</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Erasing deletes this case and everything about it: identity, needs, referrals, consents, letters, attachments and the details in its history. Only a line in the audit log remains: that a case was erased, by whom and why.

This cannot be undone. Backups made before today still hold the case until they are destroyed.</source>
      <translation>抹除将删除此个案及其全部相关内容：身份、需求、转介、同意、信函、附件以及历史记录中的详情。审计日志中只保留一行：有个案被抹除、由谁抹除以及原因。

此操作无法撤销。今天之前生成的备份仍包含此个案，直到这些备份被销毁。</translation>
    </message>
    <message>
      <source>e.g. the person asked on 2026-11-30 (no names)</source>
      <translation>例如：本人于 2026-11-30 提出要求（不要写姓名）</translation>
    </message>
    <message>
      <source>Case number, to confirm</source>
      <translation>个案编号（用于确认）</translation>
    </message>
    <message>
      <source>Type the case number</source>
      <translation>输入个案编号</translation>
    </message>
    <message>
      <source>Erase for good</source>
      <translation>永久抹除</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export anonymised statistics</source>
      <translation>导出匿名统计</translation>
    </message>
    <message>
      <source>The saved file is NOT encrypted and holds names and case details: anyone who can open it can read them.</source>
      <translation>保存的文件未加密，且包含姓名和个案详情：任何能打开文件的人都能读取。</translation>
    </message>
    <message>
      <source>The saved file is NOT encrypted: anyone who can open it can read it.</source>
      <translation>保存的文件未加密：任何能打开文件的人都能读取。</translation>
    </message>
    <message>
      <source>Exported files are not encrypted</source>
      <translation>导出的文件未加密</translation>
    </message>
    <message>
      <source>The export is recorded in the disclosure register. Save it only to a place you control, share it only with its recipient, and delete it when it is no longer needed.</source>
      <translation>导出操作会记入披露记录。请只保存到您能控制的位置，只分享给指定的收件方，不再需要时请删除。</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <source>Save the export as</source>
      <translation>导出另存为</translation>
    </message>
    <message>
      <source>Save the register as</source>
      <translation>登记册另存为</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
      <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <source>What to export</source>
      <translation>导出内容</translation>
    </message>
    <message>
      <source>Counts per month (aggregate, HXL-tagged)</source>
      <translation>每月人数（汇总，带 HXL 标签）</translation>
    </message>
    <message>
      <source>One row per person, CTDC columns (consenting people only)</source>
      <translation>每人一行，CTDC 列（仅限已同意的人员）</translation>
    </message>
    <message>
      <source>File format</source>
      <translation>文件格式</translation>
    </message>
    <message>
      <source>Excel workbook (.xlsx)</source>
      <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
      <source>CSV (.csv)</source>
      <translation>CSV (.csv)</translation>
    </message>
    <message>
      <source>Smallest group published (k)</source>
      <translation>公布的最小组人数 (k)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <source>Smallest group (k)</source>
      <translation>最小组人数 (k)</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>另存为…</translation>
    </message>
    <message>
      <source>No names, case or document numbers, dates of birth, addresses or notes ever leave. Counts under k are left out; in the person-level file ages, countries and years are widened until every combination is shared by at least k people, and whoever still stands out is left out.</source>
      <translation>姓名、个案或证件号码、出生日期、地址和备注绝不会导出。少于 k 的计数不予列出；在逐人文件中，年龄、国家和年份会被放宽，直到每种组合至少有 k 人共有，仍然突出的人员将被排除。</translation>
    </message>
    <message>
      <source>The file could not be written ({reason}). Nothing was recorded.</source>
      <translation>无法写入文件（{reason}）。未记录任何内容。</translation>
    </message>
    <message>
      <source>Saved {file}: {rows} row(s) written, {suppressed} left out because they counted fewer than {k} people.</source>
      <translation>已保存 {file}：写入 {rows} 行，{suppressed} 行因人数少于 {k} 而被排除。</translation>
    </message>
    <message>
      <source>{generalised} row(s) were generalised; {no_consent} case(s) without consent for anonymised statistics were left out.</source>
      <translation>{generalised} 行已被泛化；{no_consent} 个未同意匿名统计的个案已被排除。</translation>
    </message>
  </context>
  <context>
    <name>Exports</name>
    <message>
      <source>Choose csv or xlsx.</source>
      <translation>请选择 csv 或 xlsx。</translation>
    </message>
    <message>
      <source>Choose aggregate or cases.</source>
      <translation>请选择汇总或个案。</translation>
    </message>
    <message>
      <source>k must be a whole number from {low} to {high} (CTDC publishes with 11).</source>
      <translation>k 必须是 {low} 到 {high} 之间的整数（CTDC 发布时使用 11）。</translation>
    </message>
  </context>
  <context>
    <name>Files</name>
    <message>
      <source>{path} is another name for one of the vault's own files. Choose another place; nothing was written.</source>
      <translation>{path} 是数据保险库自身某个文件的另一个名称。请选择其他位置；未写入任何内容。</translation>
    </message>
    <message>
      <source>{path} is a file, not a folder. Choose a folder; nothing was written.</source>
      <translation>{path} 是文件，不是文件夹。请选择文件夹；未写入任何内容。</translation>
    </message>
    <message>
      <source>{path} is a folder. Give a file name; nothing was written.</source>
      <translation>{path} 是文件夹。请给出文件名；未写入任何内容。</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist. Choose an existing folder; nothing was written.</source>
      <translation>文件夹 {folder} 不存在。请选择已有的文件夹；未写入任何内容。</translation>
    </message>
    <message>
      <source>The folder {folder} cannot be written to ({reason}). Choose another folder; nothing was written.</source>
      <translation>无法写入文件夹 {folder}（{reason}）。请选择其他文件夹；未写入任何内容。</translation>
    </message>
    <message>
      <source>{path} could not be written ({reason}). Nothing was saved there; choose another place.</source>
      <translation>无法写入 {path}（{reason}）。那里未保存任何内容；请选择其他位置。</translation>
    </message>
    <message>
      <source>{path} is inside ShelterDesk's own folder ({folder}), where the vault and its state files live. Choose another place; nothing was written.</source>
      <translation>{path} 位于 ShelterDesk 自己的文件夹（{folder}）内，数据保险库及其状态文件都存放在那里。请选择其他位置；未写入任何内容。</translation>
    </message>
    <message>
      <source>{path} could not be written ({reason}). Nothing was saved there and nothing was recorded; choose another place.</source>
      <translation>无法写入 {path}（{reason}）。那里未保存任何内容，也未记录任何内容；请选择其他位置。</translation>
    </message>
    <message>
      <source>{path} could not be put in place ({reason}). The letter is kept in the vault and recorded as issued; re-print it from the disclosure register.</source>
      <translation>无法将 {path} 放到位（{reason}）。信函仍保存在数据保险库中，并已记录为已出具；请从披露记录中重新打印。</translation>
    </message>
  </context>
  <context>
    <name>FirstPassphraseScreen</name>
    <message>
      <source>Choose your own passphrase</source>
      <translation>设置您自己的密码短语</translation>
    </message>
    <message>
      <source>You unlocked with a one-time passphrase or the recovery code. Choose a passphrase only you know before you continue.</source>
      <translation>您使用一次性密码短语或恢复码解锁。继续之前，请设置一个只有您知道的密码短语。</translation>
    </message>
    <message>
      <source>Type the new passphrase again</source>
      <translation>再次输入新的密码短语</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>新密码短语</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>确认</translation>
    </message>
    <message>
      <source>Lock instead</source>
      <translation>改为锁定</translation>
    </message>
    <message>
      <source>Save and continue</source>
      <translation>保存并继续</translation>
    </message>
    <message>
      <source>Save the new passphrase and continue</source>
      <translation>保存新的密码短语并继续</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation>两次输入的密码短语不一致。请重新输入。</translation>
    </message>
  </context>
  <context>
    <name>FirstRunScreen</name>
    <message>
      <source>Welcome to ShelterDesk</source>
      <translation>欢迎使用 ShelterDesk</translation>
    </message>
    <message>
      <source>Everything ShelterDesk stores is encrypted on this computer. Create the vault and the first administrator. Only people with a passphrase (or the recovery code) can open it.</source>
      <translation>ShelterDesk 存储的所有内容都在本电脑上加密。请创建数据保险库和第一位管理员。只有持有密码短语（或恢复码）的人才能打开。</translation>
    </message>
    <message>
      <source>Shelter name</source>
      <translation>庇护所名称</translation>
    </message>
    <message>
      <source>Administrator user name</source>
      <translation>管理员用户名</translation>
    </message>
    <message>
      <source>e.g. sokha</source>
      <translation>例如：sokha</translation>
    </message>
    <message>
      <source>Administrator full name</source>
      <translation>管理员全名</translation>
    </message>
    <message>
      <source>Type the passphrase again</source>
      <translation>再次输入密码短语</translation>
    </message>
    <message>
      <source>Your user name</source>
      <translation>您的用户名</translation>
    </message>
    <message>
      <source>Your full name</source>
      <translation>您的全名</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>密码短语</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>确认密码短语</translation>
    </message>
    <message>
      <source>Create the vault</source>
      <translation>创建数据保险库</translation>
    </message>
    <message>
      <source>Enter the shelter's name; it heads every letter.</source>
      <translation>请输入庇护所名称；它会出现在每封信函的抬头。</translation>
    </message>
    <message>
      <source>Choose a stronger passphrase (see the meter).</source>
      <translation>请设置更强的密码短语（参见强度条）。</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation>两次输入的密码短语不一致。请重新输入。</translation>
    </message>
    <message>
      <source>Write down the recovery code</source>
      <translation>请抄下恢复码</translation>
    </message>
    <message>
      <source>This code opens the vault if every administrator forgets their passphrase. It is shown only now and cannot be shown again.

Write it on paper (or print the recovery kit), and lock it away from the computer, where only the shelter's director can reach it. Anyone who has it can read every record.</source>
      <translation>如果所有管理员都忘记了密码短语，可以用此恢复码打开数据保险库。它只显示这一次，之后无法再次显示。

请将它写在纸上（或打印恢复工具包），锁在远离电脑、只有庇护所负责人能拿到的地方。任何持有恢复码的人都能读取所有记录。</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>恢复码</translation>
    </message>
    <message>
      <source>Print the recovery kit…</source>
      <translation>打印恢复工具包…</translation>
    </message>
    <message>
      <source>Print the recovery kit with this code</source>
      <translation>打印包含此恢复码的恢复工具包</translation>
    </message>
    <message>
      <source>One page with this code and how to use it. Printing does not make a new code.</source>
      <translation>一页纸，包含此恢复码及其使用方法。打印不会生成新的恢复码。</translation>
    </message>
    <message>
      <source>I have written the recovery code down and will keep it locked away.</source>
      <translation>我已抄下恢复码，并会将其锁好保管。</translation>
    </message>
    <message>
      <source>I have written the recovery code down</source>
      <translation>我已抄下恢复码</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>继续</translation>
    </message>
    <message>
      <source>Recovery kit</source>
      <translation>恢复工具包</translation>
    </message>
    <message>
      <source>Print another copy…</source>
      <translation>再打印一份…</translation>
    </message>
    <message>
      <source>The shelter's letterhead</source>
      <translation>庇护所信头</translation>
    </message>
    <message>
      <source>These details head every referral letter. You can change them later in Settings.</source>
      <translation>这些信息会出现在每封转介信的抬头。您以后可以在“设置”中修改。</translation>
    </message>
    <message>
      <source>Start using ShelterDesk</source>
      <translation>开始使用 ShelterDesk</translation>
    </message>
  </context>
  <context>
    <name>Forms</name>
    <message>
      <source>Type to search, Enter to add</source>
      <translation>输入以搜索，按回车添加</translation>
    </message>
    <message>
      <source>Type to search</source>
      <translation>输入以搜索</translation>
    </message>
    <message>
      <source>No country matches “%1”. Pick one from the list.</source>
      <translation>没有与“%1”匹配的国家。请从列表中选择。</translation>
    </message>
    <message>
      <source>No language matches “%1”. Pick one from the list.</source>
      <translation>没有与“%1”匹配的语言。请从列表中选择。</translation>
    </message>
    <message>
      <source>Remove %1</source>
      <translation>移除 %1</translation>
    </message>
    <message>
      <source>Problem with %1</source>
      <translation>%1 有问题</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>日历</translation>
    </message>
    <message>
      <source>Pick %1 from a calendar</source>
      <translation>从日历中选择%1</translation>
    </message>
    <message>
      <source>Pick the date from a calendar (Alt+Down)</source>
      <translation>从日历中选择日期 (Alt+Down)</translation>
    </message>
    <message>
      <source>e.g. %1, empty if unknown</source>
      <translation>例如：%1，可留空</translation>
    </message>
    <message>
      <source>“%1” is not a date. Write it as %2, 14/03/1996 or 1996-03-14 (with a four-digit year), pick it from the calendar, or leave it empty.</source>
      <translation>“%1”不是有效日期。请写成 %2、14/03/1996 或 1996-03-14（年份为四位数），也可以从日历中选择，或留空。</translation>
    </message>
    <message>
      <source>Enter a whole number, or leave it empty.</source>
      <translation>请输入整数，或留空。</translation>
    </message>
    <message>
      <source>One per line</source>
      <translation>每行一项</translation>
    </message>
    <message>
      <source>Stateless</source>
      <translation>无国籍</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>不详</translation>
    </message>
  </context>
  <context>
    <name>HistoryTab</name>
    <message>
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <source>Case history</source>
      <translation>个案历史记录</translation>
    </message>
    <message>
      <source>Who opened or changed this case, and when. Entries cannot be edited.</source>
      <translation>谁在何时打开或修改了此个案。记录无法编辑。</translation>
    </message>
  </context>
  <context>
    <name>IdentityTab</name>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <source>Case status</source>
      <translation>个案状态</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>个案</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>姓</translation>
    </message>
    <message>
      <source>As in the passport</source>
      <translation>与护照一致</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>名</translation>
    </message>
    <message>
      <source>Native script</source>
      <translation>本国文字</translation>
    </message>
    <message>
      <source>Name in native script</source>
      <translation>本国文字姓名</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>常用名</translation>
    </message>
    <message>
      <source>Other names</source>
      <translation>其他名字</translation>
    </message>
    <message>
      <source>Aliases, one per line</source>
      <translation>别名，每行一个</translation>
    </message>
    <message>
      <source>About the person</source>
      <translation>关于此人</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>性别认同</translation>
    </message>
    <message>
      <source>As the person describes it</source>
      <translation>按本人的描述</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Place of birth</source>
      <translation>出生地</translation>
    </message>
    <message>
      <source>Father's name</source>
      <translation>父亲姓名</translation>
    </message>
    <message>
      <source>As in civil records; embassies check it</source>
      <translation>与户籍记录一致；大使馆会核对</translation>
    </message>
    <message>
      <source>Mother's name</source>
      <translation>母亲姓名</translation>
    </message>
    <message>
      <source>Estimated age</source>
      <translation>估计年龄</translation>
    </message>
    <message>
      <source>years</source>
      <translation>岁</translation>
    </message>
    <message>
      <source>Date of birth or age is estimated</source>
      <translation>出生日期或年龄为估计值</translation>
    </message>
    <message>
      <source>Vulnerabilities</source>
      <translation>脆弱性</translation>
    </message>
    <message>
      <source>Nationality and language</source>
      <translation>国籍和语言</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Needs an interpreter</source>
      <translation>需要口译员</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>联系方式</translation>
    </message>
    <message>
      <source>With country code, e.g. +62 812 3456 7890</source>
      <translation>含国家代码，例如 +62 812 3456 7890</translation>
    </message>
    <message>
      <source>Home address</source>
      <translation>家庭住址</translation>
    </message>
    <message>
      <source>Last address in Cambodia</source>
      <translation>在柬埔寨的最后住址</translation>
    </message>
    <message>
      <source>Where the person last lived, not where they were held</source>
      <translation>此人最后居住的地方，而不是被关押的地方</translation>
    </message>
    <message>
      <source>Next of kin</source>
      <translation>紧急联系人</translation>
    </message>
    <message>
      <source>Next of kin name</source>
      <translation>紧急联系人姓名</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>关系</translation>
    </message>
    <message>
      <source>e.g. mother, brother</source>
      <translation>例如：母亲、兄弟</translation>
    </message>
    <message>
      <source>Next of kin phone</source>
      <translation>紧急联系人电话</translation>
    </message>
    <message>
      <source>Safe to contact</source>
      <translation>可以安全联系</translation>
    </message>
    <message>
      <source>Shelter stay</source>
      <translation>在庇护所居住</translation>
    </message>
    <message>
      <source>Admitted</source>
      <translation>入住</translation>
    </message>
    <message>
      <source>Admission date</source>
      <translation>入住日期</translation>
    </message>
    <message>
      <source>Discharged</source>
      <translation>离开</translation>
    </message>
    <message>
      <source>Discharge date</source>
      <translation>离开日期</translation>
    </message>
    <message>
      <source>Discharged to</source>
      <translation>去向</translation>
    </message>
    <message>
      <source>Discharge destination</source>
      <translation>离开后去向</translation>
    </message>
    <message>
      <source>Where the person goes, e.g. home town after repatriation</source>
      <translation>此人去往何处，例如遣返后回到家乡</translation>
    </message>
    <message>
      <source>Health (share only with consent)</source>
      <translation>健康（仅在同意后分享）</translation>
    </message>
    <message>
      <source>Fit to fly</source>
      <translation>适合乘机</translation>
    </message>
    <message>
      <source>As the doctor stated it, with date and name</source>
      <translation>按医生的说明，注明日期和医生姓名</translation>
    </message>
    <message>
      <source>Medical notes</source>
      <translation>医疗备注</translation>
    </message>
    <message>
      <source>Only what the person agreed may be shared in letters</source>
      <translation>只写此人同意可在信函中分享的内容</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>There is no column “{header}” in the file.</source>
      <translation>文件中没有“{header}”列。</translation>
    </message>
    <message>
      <source>Choose a .xlsx or .csv file.</source>
      <translation>请选择 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>文件是空的。</translation>
    </message>
    <message>
      <source>The file has more than {limit} rows; split it and import each part.</source>
      <translation>文件超过 {limit} 行；请拆分后分别导入。</translation>
    </message>
    <message>
      <source>The mapping file needs a [columns] table of "Header" = "field".</source>
      <translation>对应文件需要一个 [columns] 表，格式为 "Header" = "field"。</translation>
    </message>
    <message>
      <source>This CSV file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8” and try again.</source>
      <translation>此 CSV 文件不是 UTF-8 文本。请在电子表格中另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
      <source>This file cannot be read as an Excel workbook (.xlsx).</source>
      <translation>无法将此文件作为 Excel 工作簿（.xlsx）读取。</translation>
    </message>
    <message>
      <source>There is no sheet “{sheet}”. The sheets are: {sheets}.</source>
      <translation>没有名为“{sheet}”的工作表。现有工作表：{sheets}。</translation>
    </message>
    <message>
      <source>The file cannot be read: {why}.</source>
      <translation>无法读取文件：{why}。</translation>
    </message>
    <message>
      <source>The mapping file cannot be read: {why}</source>
      <translation>无法读取对应文件：{why}</translation>
    </message>
    <message>
      <source>“{name}” is not a field. Use one of: {fields} (or {ignore}).</source>
      <translation>“{name}”不是字段。请使用以下之一：{fields}（或 {ignore}）。</translation>
    </message>
    <message>
      <source>No column is mapped to a field. Map at least the name and nationality columns.</source>
      <translation>没有任何列对应到字段。请至少对应姓名列和国籍列。</translation>
    </message>
    <message>
      <source>Problems found in the file: {count}; nothing was imported. Correct them and import again.</source>
      <translation>文件中发现问题：{count} 个；未导入任何内容。请改正后重新导入。</translation>
    </message>
    <message>
      <source>A CSV file has no sheets; leave out --sheet.</source>
      <translation>CSV 文件没有工作表；请去掉 --sheet。</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was imported.</source>
      <translation>已取消导入；未导入任何内容。</translation>
    </message>
    <message>
      <source>row {row}</source>
      <translation>第 {row} 行</translation>
    </message>
    <message>
      <source>“{value}” is not a date. Write it as YYYY-MM-DD or DD/MM/YYYY, e.g. 2026-03-14.</source>
      <translation>“{value}”不是日期。请写成 YYYY-MM-DD 或 DD/MM/YYYY，例如 2026-03-14。</translation>
    </message>
    <message>
      <source>not a case field (the fields are: {fields})</source>
      <translation>不是个案字段（字段有：{fields}）</translation>
    </message>
    <message>
      <source>“{value}” is not a sex. Use female, male, intersex or unknown (or F, M, P, L).</source>
      <translation>“{value}”不是性别。请使用 female、male、intersex 或 unknown（或 F、M、P、L）。</translation>
    </message>
    <message>
      <source>“{value}” is not a passport status. Use one of: {choices}.</source>
      <translation>“{value}”不是护照状态。请使用以下之一：{choices}。</translation>
    </message>
    <message>
      <source>“{value}” is not an age in years.</source>
      <translation>“{value}”不是以年计的年龄。</translation>
    </message>
    <message>
      <source>“{value}” is not a case status. Use one of: {choices}.</source>
      <translation>“{value}”不是个案状态。请使用以下之一：{choices}。</translation>
    </message>
    <message>
      <source>“{value}” is not yes or no.</source>
      <translation>“{value}”不是“是”或“否”。</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Import a register from a spreadsheet</source>
      <translation>从电子表格导入登记册</translation>
    </message>
    <message>
      <source>Choose the spreadsheet to import</source>
      <translation>选择要导入的电子表格</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.csv)</source>
      <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>No file chosen.</source>
      <translation>未选择文件。</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>工作表</translation>
    </message>
    <message>
      <source>Which field each column fills</source>
      <translation>每列对应的字段</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>文件中的列</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>示例</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>The first rows as they will be stored</source>
      <translation>前几行的存储效果</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <source>Problems and likely duplicates</source>
      <translation>问题和可能的重复</translation>
    </message>
    <message>
      <source>Also import the likely duplicates</source>
      <translation>同时导入可能重复的记录</translation>
    </message>
    <message>
      <source>Check the rows</source>
      <translation>检查各行</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Columns are matched to fields from their headers; correct any that are wrong. Nothing is imported until every row is correct, and then all rows are imported together.</source>
      <translation>系统会根据列标题将各列与字段对应；如有错误请更正。所有行都正确之前不会导入任何内容，之后所有行一起导入。</translation>
    </message>
    <message>
      <source>Preview: the first rows as they will be stored</source>
      <translation>预览：前几行的存储效果</translation>
    </message>
    <message>
      <source>(column {n})</source>
      <translation>（第 {n} 列）</translation>
    </message>
    <message>
      <source>Field for column {name}</source>
      <translation>第 {name} 列对应的字段</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— 不导入 —</translation>
    </message>
    <message>
      <source>Each field can be filled from one column only: {fields}.</source>
      <translation>每个字段只能由一列填充：{fields}。</translation>
    </message>
    <message>
      <source>The mapping changed: check the rows again.</source>
      <translation>对应关系已更改：请重新检查各行。</translation>
    </message>
    <message>
      <source>Checking the rows…</source>
      <translation>正在检查各行…</translation>
    </message>
    <message>
      <source>Checking cancelled; nothing was imported.</source>
      <translation>已取消检查；未导入任何内容。</translation>
    </message>
    <message>
      <source>Row {row}, {column}: {message}</source>
      <translation>第 {row} 行，{column}：{message}</translation>
    </message>
    <message>
      <source>Row {row} may be the same person as {matches}</source>
      <translation>第 {row} 行可能与 {matches} 是同一人</translation>
    </message>
    <message>
      <source>{rows} row(s) read; {errors} problem(s) to correct in the file before anything can be imported.</source>
      <translation>已读取 {rows} 行；有 {errors} 个问题需要在文件中更正，然后才能导入。</translation>
    </message>
    <message>
      <source>{rows} row(s) read; {ready} will be imported; {duplicates} likely duplicate(s).</source>
      <translation>已读取 {rows} 行；将导入 {ready} 行；可能重复 {duplicates} 行。</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <source>{n} case(s) imported.</source>
      <translation>已导入 {n} 个个案。</translation>
    </message>
  </context>
  <context>
    <name>IntakeDialog</name>
    <message>
      <source>Same document number</source>
      <translation>证件号码相同</translation>
    </message>
    <message>
      <source>Similar name, same date of birth</source>
      <translation>姓名相似，出生日期相同</translation>
    </message>
    <message>
      <source>Similar name, same nationality</source>
      <translation>姓名相似，国籍相同</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>号码</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>姓</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>名</translation>
    </message>
    <message>
      <source>Native script</source>
      <translation>本国文字</translation>
    </message>
    <message>
      <source>Name in native script</source>
      <translation>本国文字姓名</translation>
    </message>
    <message>
      <source>About the person</source>
      <translation>关于此人</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Estimated age</source>
      <translation>估计年龄</translation>
    </message>
    <message>
      <source>years</source>
      <translation>岁</translation>
    </message>
    <message>
      <source>Date of birth or age is estimated</source>
      <translation>出生日期或年龄为估计值</translation>
    </message>
    <message>
      <source>Vulnerabilities</source>
      <translation>脆弱性</translation>
    </message>
    <message>
      <source>Nationality and language</source>
      <translation>国籍和语言</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Needs an interpreter</source>
      <translation>需要口译员</translation>
    </message>
    <message>
      <source>Admission date</source>
      <translation>入住日期</translation>
    </message>
    <message>
      <source>Register a person</source>
      <translation>登记人员</translation>
    </message>
    <message>
      <source>As in the passport, Latin letters</source>
      <translation>与护照一致，拉丁字母</translation>
    </message>
    <message>
      <source>e.g. 张伟, សុខ ដារ៉ា, محمد أحمد</source>
      <translation>例如：张伟、សុខ ដារ៉ា、محمد أحمد</translation>
    </message>
    <message>
      <source>Passport number</source>
      <translation>护照号码</translation>
    </message>
    <message>
      <source>Leave empty if not known</source>
      <translation>不知道则留空</translation>
    </message>
    <message>
      <source>Passport status</source>
      <translation>护照状态</translation>
    </message>
    <message>
      <source>Passport</source>
      <translation>护照</translation>
    </message>
    <message>
      <source>Situation</source>
      <translation>情况</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>登记</translation>
    </message>
    <message>
      <source>this intake</source>
      <translation>此登记表</translation>
    </message>
    <message>
      <source>This person may already be registered. Check before saving.</source>
      <translation>此人可能已经登记过。保存前请核对。</translation>
    </message>
    <message>
      <source>Open %1</source>
      <translation>打开 %1</translation>
    </message>
    <message>
      <source>This is a different person — register</source>
      <translation>这是另一个人——登记</translation>
    </message>
  </context>
  <context>
    <name>Integrity</name>
    <message>
      <source>Audit entries {first}–{last} are missing.</source>
      <translation>审计条目 {first}–{last} 缺失。</translation>
    </message>
    <message>
      <source>Audit entry {seq} was altered, removed or moved.</source>
      <translation>审计条目 {seq} 被修改、删除或移动。</translation>
    </message>
    <message>
      <source>The vault is older than its last known state (audit entry {seq} is missing): it may have been rolled back to an earlier copy.</source>
      <translation>数据保险库比最后已知状态更旧（审计条目 {seq} 缺失）：它可能被回退到了较早的副本。</translation>
    </message>
    <message>
      <source>The audit log does not match its last known state.</source>
      <translation>审计日志与最后已知状态不符。</translation>
    </message>
    <message>
      <source>Database pages that fail authentication (damaged or altered): {count}.</source>
      <translation>未通过验证的数据库页（已损坏或被改动）：{count}。</translation>
    </message>
    <message>
      <source>The database structure is damaged: {findings}</source>
      <translation>数据库结构已损坏：{findings}</translation>
    </message>
    <message>
      <source>Records that point to records that no longer exist: {count}.</source>
      <translation>指向已不存在记录的记录：{count}。</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Administrator</source>
      <translation>管理员</translation>
    </message>
    <message>
      <source>Coordinator</source>
      <translation>协调员</translation>
    </message>
    <message>
      <source>Case worker</source>
      <translation>个案工作者</translation>
    </message>
    <message>
      <source>Read only</source>
      <translation>只读</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>女</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>男</translation>
    </message>
    <message>
      <source>Intersex</source>
      <translation>间性</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>不详</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>接收中</translation>
    </message>
    <message>
      <source>Sheltered</source>
      <translation>在庇护所</translation>
    </message>
    <message>
      <source>Awaiting repatriation</source>
      <translation>等待遣返</translation>
    </message>
    <message>
      <source>Repatriated</source>
      <translation>已遣返</translation>
    </message>
    <message>
      <source>Transferred</source>
      <translation>已转移</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>已离开</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <source>Passport</source>
      <translation>护照</translation>
    </message>
    <message>
      <source>National ID card</source>
      <translation>国民身份证</translation>
    </message>
    <message>
      <source>Travel document</source>
      <translation>旅行证件</translation>
    </message>
    <message>
      <source>Birth certificate</source>
      <translation>出生证明</translation>
    </message>
    <message>
      <source>Work permit</source>
      <translation>工作许可</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>In hand</source>
      <translation>本人持有</translation>
    </message>
    <message>
      <source>Held by employer or syndicate</source>
      <translation>被雇主或犯罪团伙扣押</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>已遗失</translation>
    </message>
    <message>
      <source>With police</source>
      <translation>在警方处</translation>
    </message>
    <message>
      <source>Copy only</source>
      <translation>仅有复印件</translation>
    </message>
    <message>
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <source>Not needed</source>
      <translation>不需要</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>未开始</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>已申请</translation>
    </message>
    <message>
      <source>Interviewed</source>
      <translation>已面谈</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>已签发</translation>
    </message>
    <message>
      <source>Collected</source>
      <translation>已领取</translation>
    </message>
    <message>
      <source>Applied</source>
      <translation>已申请</translation>
    </message>
    <message>
      <source>Fine waiver requested</source>
      <translation>已申请免除罚款</translation>
    </message>
    <message>
      <source>Granted</source>
      <translation>已批准</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <source>Forced criminality (online scams)</source>
      <translation>强迫犯罪（网络诈骗）</translation>
    </message>
    <message>
      <source>Forced labour</source>
      <translation>强迫劳动</translation>
    </message>
    <message>
      <source>Sexual exploitation</source>
      <translation>性剥削</translation>
    </message>
    <message>
      <source>Domestic servitude</source>
      <translation>家庭奴役</translation>
    </message>
    <message>
      <source>Debt bondage</source>
      <translation>债务奴役</translation>
    </message>
    <message>
      <source>Forced marriage</source>
      <translation>强迫婚姻</translation>
    </message>
    <message>
      <source>Deception about the job</source>
      <translation>工作欺骗</translation>
    </message>
    <message>
      <source>Restriction of movement</source>
      <translation>限制人身自由</translation>
    </message>
    <message>
      <source>Isolation</source>
      <translation>隔离</translation>
    </message>
    <message>
      <source>Physical violence</source>
      <translation>身体暴力</translation>
    </message>
    <message>
      <source>Intimidation and threats</source>
      <translation>恐吓和威胁</translation>
    </message>
    <message>
      <source>Retention of identity documents</source>
      <translation>扣留身份证件</translation>
    </message>
    <message>
      <source>Withholding of wages</source>
      <translation>扣发工资</translation>
    </message>
    <message>
      <source>Abusive working and living conditions</source>
      <translation>恶劣的工作和生活条件</translation>
    </message>
    <message>
      <source>Excessive overtime</source>
      <translation>过度加班</translation>
    </message>
    <message>
      <source>Abuse of vulnerability</source>
      <translation>利用弱势处境</translation>
    </message>
    <message>
      <source>Minor</source>
      <translation>未成年人</translation>
    </message>
    <message>
      <source>Pregnant</source>
      <translation>怀孕</translation>
    </message>
    <message>
      <source>Injured</source>
      <translation>受伤</translation>
    </message>
    <message>
      <source>Disability</source>
      <translation>残障</translation>
    </message>
    <message>
      <source>Embassy</source>
      <translation>大使馆</translation>
    </message>
    <message>
      <source>Anti-trafficking agency</source>
      <translation>反人口贩运机构</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>警方</translation>
    </message>
    <message>
      <source>Service provider</source>
      <translation>服务提供方</translation>
    </message>
    <message>
      <source>Anonymised statistics</source>
      <translation>匿名统计</translation>
    </message>
    <message>
      <source>Transfer to another shelter</source>
      <translation>转移到其他庇护所</translation>
    </message>
    <message>
      <source>Shelter</source>
      <translation>住宿</translation>
    </message>
    <message>
      <source>Food</source>
      <translation>食物</translation>
    </message>
    <message>
      <source>Medical</source>
      <translation>医疗</translation>
    </message>
    <message>
      <source>Psychosocial</source>
      <translation>心理社会支持</translation>
    </message>
    <message>
      <source>Legal</source>
      <translation>法律</translation>
    </message>
    <message>
      <source>Repatriation</source>
      <translation>遣返</translation>
    </message>
    <message>
      <source>Family contact</source>
      <translation>联系家人</translation>
    </message>
    <message>
      <source>Immigration fine waiver</source>
      <translation>免除移民罚款</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>现金</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>口译</translation>
    </message>
    <message>
      <source>Protection</source>
      <translation>保护</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>低</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>普通</translation>
    </message>
    <message>
      <source>High</source>
      <translation>高</translation>
    </message>
    <message>
      <source>Urgent (72 h)</source>
      <translation>紧急（72 小时）</translation>
    </message>
    <message>
      <source>Emergency (24 h)</source>
      <translation>危急（24 小时）</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>未解决</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>处理中</translation>
    </message>
    <message>
      <source>On hold</source>
      <translation>暂缓</translation>
    </message>
    <message>
      <source>Met</source>
      <translation>已满足</translation>
    </message>
    <message>
      <source>Cannot be met</source>
      <translation>无法满足</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>已发送</translation>
    </message>
    <message>
      <source>Acknowledged</source>
      <translation>已确认收到</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>已接受</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>已撤回</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>紧急</translation>
    </message>
    <message>
      <source>No document</source>
      <translation>无证件</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <source>Start work</source>
      <translation>开始处理</translation>
    </message>
    <message>
      <source>Put on hold</source>
      <translation>暂缓处理</translation>
    </message>
    <message>
      <source>Mark met</source>
      <translation>标记为已满足</translation>
    </message>
    <message>
      <source>Mark sent</source>
      <translation>标记为已发送</translation>
    </message>
    <message>
      <source>Mark acknowledged</source>
      <translation>标记为已确认收到</translation>
    </message>
    <message>
      <source>Mark accepted</source>
      <translation>标记为已接受</translation>
    </message>
    <message>
      <source>Mark declined</source>
      <translation>标记为已拒绝</translation>
    </message>
    <message>
      <source>Mark completed</source>
      <translation>标记为已完成</translation>
    </message>
    <message>
      <source>Withdraw</source>
      <translation>撤回</translation>
    </message>
  </context>
  <context>
    <name>LanguageDialog</name>
    <message>
      <source>Choose the language of ShelterDesk</source>
      <translation>请选择 ShelterDesk 的界面语言</translation>
    </message>
    <message>
      <source>Language of the program</source>
      <translation>程序语言</translation>
    </message>
  </context>
  <context>
    <name>LetterDialog</name>
    <message>
      <source>English only</source>
      <translation>仅英文</translation>
    </message>
    <message>
      <source>English and {language}</source>
      <translation>英文和{language}</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>信函</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>收件方</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>Referral letter</source>
      <translation>转介信</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>不附照片</translation>
    </message>
    <message>
      <source>What will be printed</source>
      <translation>将打印的内容</translation>
    </message>
    <message>
      <source>Why this letter must go without consent (kept in the register)</source>
      <translation>为何必须在未经同意的情况下发出此信（会记入登记）</translation>
    </message>
    <message>
      <source>Override (coordinators and administrators):</source>
      <translation>例外处理（协调员和管理员）：</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>照片</translation>
    </message>
    <message>
      <source>Letter for case {case}</source>
      <translation>个案 {case} 的信函</translation>
    </message>
    <message>
      <source>Fields to disclose (only those the person's consent allows can be ticked):</source>
      <translation>要披露的字段（只能勾选此人同意范围内的字段）：</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>保存为 PDF…</translation>
    </message>
    <message>
      <source>Printed or saved letters are plaintext; each one is recorded.</source>
      <translation>打印或保存的信函是明文；每封都会被记录。</translation>
    </message>
    <message>
      <source>Only coordinators and administrators can issue letters. Ask one of them to prepare this letter.</source>
      <translation>只有协调员和管理员可以出具信函。请其中一人准备此信。</translation>
    </message>
    <message>
      <source>Consent for this kind of recipient does not allow this field.</source>
      <translation>对此类收件方的同意不包括此字段。</translation>
    </message>
    <message>
      <source>Consent given on {date}</source>
      <translation>同意日期：{date}</translation>
    </message>
    <message>
      <source> (interpreter: {name})</source>
      <translation>（口译员：{name}）</translation>
    </message>
    <message>
      <source>No valid consent for this kind of recipient (none recorded, withdrawn or expired). Record the person's consent in the case file, or write an override reason below; it is kept in the disclosure register.</source>
      <translation>没有对此类收件方的有效同意（未记录、已撤回或已过期）。请在个案档案中记录此人的同意，或在下方写明例外理由；理由会记入披露记录。</translation>
    </message>
    <message>
      <source>Mark the referral as sent?</source>
      <translation>将转介标记为已发送？</translation>
    </message>
    <message>
      <source>The letter for referral {reference} is issued. Mark the referral as Sent, so its follow-up date counts from today?</source>
      <translation>转介 {reference} 的信函已出具。要将此转介标记为“已发送”，使跟进日期从今天开始计算吗？</translation>
    </message>
    <message>
      <source>Mark as sent</source>
      <translation>标记为已发送</translation>
    </message>
    <message>
      <source>Keep as draft</source>
      <translation>保留为草稿</translation>
    </message>
  </context>
  <context>
    <name>Letters</name>
    <message>
      <source>no shipped font can print these characters: {characters}</source>
      <translation>没有随附字体能打印这些字符：{characters}</translation>
    </message>
    <message>
      <source>the shelter logo is not a readable image</source>
      <translation>庇护所标志不是可读取的图片</translation>
    </message>
    <message>
      <source>The report has no wording in “{language}” yet; choose one of {languages}.</source>
      <translation>报告还没有“{language}”的文字；请从 {languages} 中选择一种。</translation>
    </message>
    <message>
      <source>Some characters cannot be printed with the fonts ShelterDesk ships ({characters}), for example an emoji. Edit those fields (remove the symbol, or transliterate the name) and try again; nothing was printed.</source>
      <translation>有些字符无法用 ShelterDesk 自带的字体打印（{characters}），例如表情符号。请修改这些字段（删除该符号，或用拉丁字母拼写姓名）后重试；未打印任何内容。</translation>
    </message>
    <message>
      <source>A photo goes only on a letter to an embassy, and only with the person's valid embassy consent (an override does not cover a photo).</source>
      <translation>照片只能放在致大使馆的信函中，且必须有本人有效的大使馆同意（例外处理不适用于照片）。</translation>
    </message>
    <message>
      <source>No letter was issued, so there is nothing to combine.</source>
      <translation>没有出具任何信函，因此没有可合并的内容。</translation>
    </message>
    <message>
      <source>There is no such field: {unknown}. The fields are: {fields}.</source>
      <translation>没有这样的字段：{unknown}。字段有：{fields}。</translation>
    </message>
    <message>
      <source>Nothing is recorded for this person in: {fields}. Fill it in on the case file first, or leave the field out of the letter.</source>
      <translation>此人的以下字段没有记录：{fields}。请先在个案档案中填写，或不要在信函中包含该字段。</translation>
    </message>
    <message>
      <source>The directory has no postal address for {agency}, so the letter will carry only its name. Add the address under Agencies if the letter is to be posted or delivered.</source>
      <translation>名录中没有 {agency} 的邮寄地址，因此信函上只有其名称。如需邮寄或递送信函，请在“机构”中添加地址。</translation>
    </message>
    <message>
      <source>The shelter profile has no address or no phone or email, so the letterhead will not say how to reach the shelter. An administrator can add them in the shelter profile.</source>
      <translation>庇护所资料中没有地址，或没有电话和电子邮件，因此信头上不会显示如何联系庇护所。管理员可以在庇护所资料中添加。</translation>
    </message>
    <message>
      <source>There is no valid {kind} consent for this person (none recorded, withdrawn or expired), so no letter can go to this recipient. Record their consent, or (coordinators and administrators) override with a written reason, which is kept in the disclosure register.</source>
      <translation>此人没有有效的{kind}同意（未记录、已撤回或已过期），因此不能向该收件方发出信函。请记录本人的同意，或（协调员和管理员）写明理由后例外处理，理由会保存在披露记录中。</translation>
    </message>
    <message>
      <source>There is no letter template “{template}”.</source>
      <translation>没有名为“{template}”的信函模板。</translation>
    </message>
    <message>
      <source>The letter could not be made: {why}</source>
      <translation>无法生成信函：{why}</translation>
    </message>
    <message>
      <source>Choose a photo or image scan stored with this person's case.</source>
      <translation>请选择此人个案中保存的照片或图像扫描件。</translation>
    </message>
    <message>
      <source>The template “{template}” is for {wanted} recipients; this recipient is listed as {kind}.</source>
      <translation>模板“{template}”适用于{wanted}收件方；此收件方登记为{kind}。</translation>
    </message>
    <message>
      <source>This letter has no “{language}” translation (it has: {languages}).</source>
      <translation>此信函没有“{language}”译文（现有：{languages}）。</translation>
    </message>
    <message>
      <source>{kind} consent does not cover: {fields}</source>
      <translation>{kind}同意不包括：{fields}</translation>
    </message>
    <message>
      <source>This letter has no disclosure record; it cannot be re-printed.</source>
      <translation>此信函没有披露记录，无法重新打印。</translation>
    </message>
    <message>
      <source>The {kind} consent this letter relied on is no longer valid (withdrawn or expired). Record consent again, or override with a written reason.</source>
      <translation>此信函所依据的{kind}同意已失效（已撤回或已过期）。请重新记录同意，或写明理由后例外处理。</translation>
    </message>
    <message>
      <source>Choose the {kind} the letters go to; only embassy letters find their recipient from the nationality.</source>
      <translation>请选择信函要发往的{kind}；只有致大使馆的信函会按国籍找到收件方。</translation>
    </message>
    <message>
      <source>no embassy in the directory serves this nationality</source>
      <translation>名录中没有负责此国籍的大使馆</translation>
    </message>
    <message>
      <source>A {wanted} letter cannot go to this recipient, which is listed as {kind}.</source>
      <translation>致{wanted}的信函不能发给此收件方，该收件方登记为{kind}。</translation>
    </message>
    <message>
      <source>This referral is for another case or agency.</source>
      <translation>此转介属于另一个个案或机构。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Make a new recovery kit</source>
      <translation>生成新的恢复工具包</translation>
    </message>
    <message>
      <source>Your new passphrase is saved. The recovery code has now been used and typed on this computer: print a new recovery kit (Staff &amp; audit → Print recovery kit…), lock it away, and destroy the old page.</source>
      <translation>您的新密码短语已保存。恢复码已被使用，并在本电脑上输入过：请打印新的恢复工具包（工作人员与审计 → 打印恢复工具包…），将其锁好保管，并销毁旧的那页。</translation>
    </message>
    <message>
      <source>Go to Staff &amp;&amp; audit</source>
      <translation>前往“工作人员与审计”</translation>
    </message>
  </context>
  <context>
    <name>Needs</name>
    <message>
      <source>This need has not been added yet; add it first.</source>
      <translation>此需求尚未添加，请先添加。</translation>
    </message>
    <message>
      <source>Choose a category and a priority from the lists.</source>
      <translation>请从列表中选择类别和优先级。</translation>
    </message>
    <message>
      <source>“{status}” is not a need status.</source>
      <translation>“{status}”不是需求状态。</translation>
    </message>
  </context>
  <context>
    <name>NeedsTab</name>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>需求</translation>
    </message>
    <message>
      <source>Nobody yet</source>
      <translation>暂无</translation>
    </message>
    <message>
      <source>Add a need</source>
      <translation>添加需求</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>优先级</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <source>What exactly is needed</source>
      <translation>具体需要什么</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>负责人</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>截止</translation>
    </message>
    <message>
      <source>Save need</source>
      <translation>保存需求</translation>
    </message>
    <message>
      <source>Cancel adding</source>
      <translation>取消添加</translation>
    </message>
    <message>
      <source>New need</source>
      <translation>新需求</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>What was done, what came of it</source>
      <translation>做了什么，结果如何</translation>
    </message>
    <message>
      <source>Save changes to this need</source>
      <translation>保存对此需求的更改</translation>
    </message>
  </context>
  <context>
    <name>NotesTab</name>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Case notes</source>
      <translation>个案备注</translation>
    </message>
    <message>
      <source>Notes about this case. Kept encrypted in the vault.</source>
      <translation>关于此个案的备注。加密保存在数据保险库中。</translation>
    </message>
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <source>Straight rows of keys are easy to guess.</source>
      <translation>键盘上一整排的按键很容易被猜到。</translation>
    </message>
    <message>
      <source>Short keyboard patterns are easy to guess.</source>
      <translation>短的键盘图案很容易被猜到。</translation>
    </message>
    <message>
      <source>Repeats like "aaa" are easy to guess.</source>
      <translation>像 "aaa" 这样的重复很容易被猜到。</translation>
    </message>
    <message>
      <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
      <translation>像 "abcabcabc" 这样的重复只比 "abc" 稍难猜一点。</translation>
    </message>
    <message>
      <source>Sequences like "abc" or "6543" are easy to guess.</source>
      <translation>像 "abc" 或 "6543" 这样的序列很容易被猜到。</translation>
    </message>
    <message>
      <source>Recent years are easy to guess.</source>
      <translation>最近的年份很容易被猜到。</translation>
    </message>
    <message>
      <source>Dates are often easy to guess.</source>
      <translation>日期往往很容易被猜到。</translation>
    </message>
    <message>
      <source>This is a top-10 common password.</source>
      <translation>这是最常见的 10 个密码之一。</translation>
    </message>
    <message>
      <source>This is a top-100 common password.</source>
      <translation>这是最常见的 100 个密码之一。</translation>
    </message>
    <message>
      <source>This is a very common password.</source>
      <translation>这是非常常见的密码。</translation>
    </message>
    <message>
      <source>This is similar to a commonly used password.</source>
      <translation>这与常用密码相似。</translation>
    </message>
    <message>
      <source>A word by itself is easy to guess.</source>
      <translation>单独一个词很容易被猜到。</translation>
    </message>
    <message>
      <source>Names and surnames by themselves are easy to guess.</source>
      <translation>单独的名字和姓氏很容易被猜到。</translation>
    </message>
    <message>
      <source>Common names and surnames are easy to guess.</source>
      <translation>常见的名字和姓氏很容易被猜到。</translation>
    </message>
    <message>
      <source>Use at least {count} characters; a few unrelated words work well.</source>
      <translation>请至少使用 {count} 个字符；几个互不相关的词效果很好。</translation>
    </message>
    <message>
      <source>It is too easy to guess.</source>
      <translation>太容易被猜到。</translation>
    </message>
    <message>
      <source>{hint} Add another unusual word or two.</source>
      <translation>{hint} 请再加一两个不常见的词。</translation>
    </message>
    <message>
      <source>Strong enough.</source>
      <translation>强度足够。</translation>
    </message>
    <message>
      <source>Strong.</source>
      <translation>强。</translation>
    </message>
  </context>
  <context>
    <name>PassphraseField</name>
    <message>
      <source>New passphrase</source>
      <translation>新密码短语</translation>
    </message>
    <message>
      <source>Passphrase strength</source>
      <translation>密码短语强度</translation>
    </message>
    <message>
      <source>Minimum: {n} characters and rated “strong enough”. A few unrelated words are easy to remember and hard to guess.</source>
      <translation>最少 {n} 个字符，且强度评为“足够强”。几个互不相关的词语容易记住，又难以猜到。</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>缩小</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>放大</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>适合宽度</translation>
    </message>
    <message>
      <source>Fit the page to the width</source>
      <translation>使页面适合宽度</translation>
    </message>
    <message>
      <source>fitted to width</source>
      <translation>已适合宽度</translation>
    </message>
    <message>
      <source>The saved PDF is NOT encrypted: anyone who can open the file can read everything in the letter.</source>
      <translation>保存的 PDF 未加密：任何能打开该文件的人都能读取信中的全部内容。</translation>
    </message>
    <message>
      <source>The saved PDFs are NOT encrypted: anyone who can open the files can read everything in the letters.</source>
      <translation>保存的 PDF 未加密：任何能打开这些文件的人都能读取信中的全部内容。</translation>
    </message>
    <message>
      <source>Saved letters are not encrypted</source>
      <translation>保存的信函未加密</translation>
    </message>
    <message>
      <source>The letter stays in the vault and the disclosure is recorded. Save it only to a place you control, and delete it once it has been sent.</source>
      <translation>信函保留在数据保险库中，披露已被记录。请只保存到您能控制的位置，发出后请删除。</translation>
    </message>
    <message>
      <source>Save letter as PDF</source>
      <translation>将信函保存为 PDF</translation>
    </message>
    <message>
      <source>Folder for the letters</source>
      <translation>信函保存文件夹</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>The file could not be written ({reason}). The letter is kept in the vault.</source>
      <translation>无法写入文件（{reason}）。信函仍保存在数据保险库中。</translation>
    </message>
    <message>
      <source>The printer did not take the letter. Check that it is switched on and try again; the letter is kept in the vault.</source>
      <translation>打印机未接收此信函。请检查打印机是否已开启，然后重试；信函仍保存在数据保险库中。</translation>
    </message>
    <message>
      <source>The printer could not be started. The letter is kept in the vault.</source>
      <translation>无法启动打印机。信函仍保存在数据保险库中。</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>全选(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>增加(&amp;S)</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>减少(&amp;D)</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>确定</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Look in:</source>
      <translation>查找范围：</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>文件类型：</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>打开(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>另存为</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>选择(&amp;C)</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>后退</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>前进</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>上级目录</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>新建文件夹</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>列表视图</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>详细视图</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>新建文件夹</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>新建文件夹(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>重命名(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>删除(&amp;D)</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>显示隐藏文件(&amp;H)</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>后退</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>前进</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>转到上级目录</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>新建文件夹</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>切换到列表视图</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>切换到详细视图</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>最近访问的位置</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>我的电脑</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>目录：</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>所有文件 (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>所有文件 (*)</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 已存在。
要替换它吗？</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
找不到文件。
请确认文件名是否正确。</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
找不到目录。
请确认目录名是否正确。</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>确定要删除“%1”吗？</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>无法删除目录。</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>侧边栏</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>位置和书签列表</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1 文件</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>驱动器</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>快捷方式</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>别名</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>修改日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>种类</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>剪切(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>复制(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>全选</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>显示详细信息...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>隐藏详细信息...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>确定</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>全部保存</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>是(&amp;Y)</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>全部是(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>否(&amp;N)</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>全部否(&amp;O)</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>中止</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>重试</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>忽略</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>放弃</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>帮助</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>应用</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>重置</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>恢复默认值</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>剪切(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>复制(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>全选</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>复制链接地址(&amp;L)</translation>
    </message>
  </context>
  <context>
    <name>Recipient kinds</name>
    <message>
      <source>embassy</source>
      <translation>大使馆</translation>
    </message>
    <message>
      <source>agency</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>police</source>
      <translation>警方</translation>
    </message>
    <message>
      <source>provider</source>
      <translation>服务提供方</translation>
    </message>
  </context>
  <context>
    <name>Record fields</name>
    <message>
      <source>Family name</source>
      <translation>姓</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>名</translation>
    </message>
    <message>
      <source>Name in native script</source>
      <translation>本国文字姓名</translation>
    </message>
    <message>
      <source>Other names used</source>
      <translation>曾用名</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>常用名</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Estimated age</source>
      <translation>估计年龄</translation>
    </message>
    <message>
      <source>Passport number</source>
      <translation>护照号码</translation>
    </message>
    <message>
      <source>Passport status</source>
      <translation>护照状态</translation>
    </message>
    <message>
      <source>National ID number</source>
      <translation>公民身份号码</translation>
    </message>
    <message>
      <source>Father's name</source>
      <translation>父亲姓名</translation>
    </message>
    <message>
      <source>Mother's name</source>
      <translation>母亲姓名</translation>
    </message>
    <message>
      <source>Last address in Cambodia</source>
      <translation>在柬埔寨的最后住址</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Interpreter needed</source>
      <translation>需要口译</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Embassy case number</source>
      <translation>大使馆案件编号</translation>
    </message>
    <message>
      <source>Date of entry</source>
      <translation>入境日期</translation>
    </message>
    <message>
      <source>Admitted to the shelter</source>
      <translation>入住庇护所</translation>
    </message>
    <message>
      <source>Case status</source>
      <translation>个案状态</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>Records</name>
    <message>
      <source>There is no agency number {number}.</source>
      <translation>没有编号为 {number} 的机构。</translation>
    </message>
    <message>
      <source>There is no such attachment (it may have been removed).</source>
      <translation>没有此附件（可能已被删除）。</translation>
    </message>
    <message>
      <source>There is no such consent.</source>
      <translation>没有此同意记录。</translation>
    </message>
    <message>
      <source>There is no such letter.</source>
      <translation>没有此信函。</translation>
    </message>
    <message>
      <source>There is no need number {number}.</source>
      <translation>没有编号为 {number} 的需求。</translation>
    </message>
    <message>
      <source>There is no such referral.</source>
      <translation>没有此转介。</translation>
    </message>
    <message>
      <source>There is no referral {reference}.</source>
      <translation>没有转介 {reference}。</translation>
    </message>
    <message>
      <source>There is no staff member “{username}”.</source>
      <translation>没有工作人员“{username}”。</translation>
    </message>
    <message>
      <source>Someone else saved this case after you opened it. Reopen it to see their changes, then edit again.</source>
      <translation>您打开此个案后，其他人保存了它。请重新打开以查看他们的更改，然后再编辑。</translation>
    </message>
    <message>
      <source>There is no such case.</source>
      <translation>没有此个案。</translation>
    </message>
    <message>
      <source>There is no case {case_number}.</source>
      <translation>没有个案 {case_number}。</translation>
    </message>
    <message>
      <source>This case no longer exists.</source>
      <translation>此个案已不存在。</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <source>Choose a file name in an existing folder for the recovery kit.</source>
      <translation>请在已有的文件夹中为恢复工具包选择文件名。</translation>
    </message>
    <message>
      <source>Choose between 3 and 100 wrong attempts, or turn the setting off.</source>
      <translation>请选择 3 到 100 次错误尝试，或关闭此设置。</translation>
    </message>
  </context>
  <context>
    <name>Referrals</name>
    <message>
      <source>There is no valid {kind} consent for this person. Record their consent first, or (coordinators) override with a written reason.</source>
      <translation>此人没有有效的{kind}同意。请先记录本人的同意，或（协调员）写明理由后例外处理。</translation>
    </message>
    <message>
      <source>Choose emergency, urgent or normal.</source>
      <translation>请选择紧急、加急或一般。</translation>
    </message>
    <message>
      <source>“{status}” is not a referral status.</source>
      <translation>“{status}”不是转介状态。</translation>
    </message>
    <message>
      <source>Need {need} belongs to another case.</source>
      <translation>需求 {need} 属于另一个个案。</translation>
    </message>
  </context>
  <context>
    <name>ReferralsOverview</name>
    <message>
      <source>Agency kind</source>
      <translation>机构类型</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <source>Batch letters</source>
      <translation>批量信函</translation>
    </message>
    <message>
      <source>All agencies</source>
      <translation>所有机构</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>跟进</translation>
    </message>
    <message>
      <source>Any follow-up date</source>
      <translation>任何跟进日期</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>仅逾期</translation>
    </message>
    <message>
      <source>Follow-up due this week</source>
      <translation>本周到期的跟进</translation>
    </message>
    <message>
      <source>Referrals waiting on agencies</source>
      <translation>等待机构回复的转介</translation>
    </message>
    <message>
      <source>Batch letters…</source>
      <translation>批量信函…</translation>
    </message>
    <message>
      <source>Letters for every open case that matches a filter, for example all Indonesians waiting for a travel document</source>
      <translation>为符合筛选条件的每个进行中个案生成信函，例如所有等待旅行证件的印度尼西亚人</translation>
    </message>
    <message>
      <source>Referrals sent and not yet answered or completed, longest waits first. Overdue follow-ups are highlighted. Open a referral to go to its case.</source>
      <translation>已发送但尚未答复或完成的转介，等待最久的在前。逾期的跟进会突出显示。打开一项转介即可进入其个案。</translation>
    </message>
    <message numerus="yes">
      <source>%n referral(s) waiting</source>
      <translation>
        <numerusform>共 %n 项转介等待回复，</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>on %n agency(s);</source>
      <translation>
        <numerusform>涉及 %n 个机构；</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue.</source>
      <translation>
        <numerusform>其中 %n 项已逾期。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <source>Agency</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>转介</translation>
    </message>
    <message>
      <source>Record consent</source>
      <translation>记录同意</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>优先级</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Refer to an agency</source>
      <translation>转介到机构</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Why this person is referred, what is asked</source>
      <translation>转介此人的原因，以及请求的事项</translation>
    </message>
    <message>
      <source>Follow up by</source>
      <translation>跟进截止</translation>
    </message>
    <message>
      <source>Empty: set from the priority</source>
      <translation>留空：按优先级设定</translation>
    </message>
    <message>
      <source>For needs</source>
      <translation>针对的需求</translation>
    </message>
    <message>
      <source>Reason for referring without consent</source>
      <translation>未经同意转介的理由</translation>
    </message>
    <message>
      <source>Why this cannot wait for consent (it is logged)</source>
      <translation>为何不能等待同意（会被记录）</translation>
    </message>
    <message>
      <source>Override with reason</source>
      <translation>说明理由后例外处理</translation>
    </message>
    <message>
      <source>Override reason</source>
      <translation>例外理由</translation>
    </message>
    <message>
      <source>Create referral</source>
      <translation>创建转介</translation>
    </message>
    <message>
      <source>Cancel referral</source>
      <translation>取消转介</translation>
    </message>
    <message>
      <source>New referral</source>
      <translation>新转介</translation>
    </message>
    <message>
      <source>The agency's answer; saved with the next status change</source>
      <translation>机构的答复；在下次更改状态时保存</translation>
    </message>
    <message>
      <source>Follow-up date</source>
      <translation>跟进日期</translation>
    </message>
    <message>
      <source>Set follow-up date</source>
      <translation>设置跟进日期</translation>
    </message>
    <message>
      <source>Prepare a letter…</source>
      <translation>准备信函…</translation>
    </message>
    <message>
      <source>Prepare a letter</source>
      <translation>准备信函</translation>
    </message>
    <message>
      <source>Sent without consent. Reason given: %1</source>
      <translation>未经同意已发送。给出的理由：%1</translation>
    </message>
    <message>
      <source>Linked needs</source>
      <translation>关联的需求</translation>
    </message>
    <message>
      <source>No open needs</source>
      <translation>没有未解决的需求</translation>
    </message>
    <message>
      <source>Write why this referral cannot wait for consent.</source>
      <translation>请写明此转介为何不能等待同意。</translation>
    </message>
    <message>
      <source>Follow-up date saved.</source>
      <translation>跟进日期已保存。</translation>
    </message>
  </context>
  <context>
    <name>RegisterView</name>
    <message>
      <source>Register</source>
      <translation>登记册</translation>
    </message>
    <message>
      <source>New intake</source>
      <translation>新登记</translation>
    </message>
    <message>
      <source>Register a person who just arrived (Ctrl+N)</source>
      <translation>登记刚到达的人员 (Ctrl+N)</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Save the register, or the people this filter shows, as a spreadsheet</source>
      <translation>将登记册或当前筛选显示的人员保存为电子表格</translation>
    </message>
    <message>
      <source>Export the register</source>
      <translation>导出登记册</translation>
    </message>
    <message>
      <source>Letters for selected…</source>
      <translation>为所选人员写信…</translation>
    </message>
    <message>
      <source>Letters for the selected people</source>
      <translation>为所选人员写信</translation>
    </message>
    <message>
      <source>Select people in the list (Ctrl+click, Shift+click), then print a letter for each of them</source>
      <translation>在列表中选择人员（Ctrl+单击、Shift+单击），然后为每人打印一封信</translation>
    </message>
    <message>
      <source>Search by name (any script), case number or passport number  (Ctrl+F)</source>
      <translation>按姓名（任何文字）、个案编号或护照号码搜索  (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search the register</source>
      <translation>搜索登记册</translation>
    </message>
    <message>
      <source>Filter by status</source>
      <translation>按状态筛选</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>任何状态</translation>
    </message>
    <message>
      <source>Active cases</source>
      <translation>进行中的个案</translation>
    </message>
    <message>
      <source>Filter by nationality</source>
      <translation>按国籍筛选</translation>
    </message>
    <message>
      <source>Any nationality</source>
      <translation>任何国籍</translation>
    </message>
    <message>
      <source>Filter by open needs</source>
      <translation>按未解决的需求筛选</translation>
    </message>
    <message>
      <source>Any needs</source>
      <translation>任何需求</translation>
    </message>
    <message>
      <source>Has an open need</source>
      <translation>有未解决的需求</translation>
    </message>
    <message>
      <source>Open need: {what}</source>
      <translation>未解决的需求：{what}</translation>
    </message>
    <message>
      <source>Waiting on an embassy</source>
      <translation>等待大使馆</translation>
    </message>
    <message>
      <source>Only people waiting on an embassy</source>
      <translation>仅显示等待大使馆的人员</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <source>A referral follow-up or a need is past its due date</source>
      <translation>某项转介跟进或需求已过期限</translation>
    </message>
    <message>
      <source>Only overdue cases</source>
      <translation>仅显示逾期个案</translation>
    </message>
    <message>
      <source>Saved filters</source>
      <translation>已保存的筛选</translation>
    </message>
    <message>
      <source>Save filters…</source>
      <translation>保存筛选…</translation>
    </message>
    <message>
      <source>Save these filters as a preset</source>
      <translation>将这些筛选条件保存为预设</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Delete the selected preset</source>
      <translation>删除所选预设</translation>
    </message>
    <message>
      <source>Remove this filter</source>
      <translation>移除此筛选</translation>
    </message>
    <message>
      <source>Remove the filter chosen on the dashboard</source>
      <translation>移除在概览中选择的筛选</translation>
    </message>
    <message>
      <source>Survivors in the register</source>
      <translation>登记册中的幸存者</translation>
    </message>
    <message>
      <source>Type another letter to search (or press Enter)</source>
      <translation>再输入一个字符即可搜索（或按回车键）</translation>
    </message>
    <message numerus="yes">
      <source>%n people</source>
      <translation>
        <numerusform>%n 人</numerusform>
      </translation>
    </message>
    <message>
      <source>%1+ people (counting…)</source>
      <translation>%1+ 人（正在统计…）</translation>
    </message>
    <message>
      <source>No cases yet. Press Ctrl+N or “New intake” to register the first person.</source>
      <translation>还没有个案。按 Ctrl+N 或“新登记”登记第一位人员。</translation>
    </message>
    <message>
      <source>No cases yet.</source>
      <translation>还没有个案。</translation>
    </message>
    <message>
      <source>No one matches this search and these filters. Clear the search box or choose “Any status” to see everyone.</source>
      <translation>没有符合此搜索和筛选条件的人员。清空搜索框或选择“任何状态”即可查看所有人。</translation>
    </message>
    <message>
      <source>Open case</source>
      <translation>打开个案</translation>
    </message>
    <message>
      <source>Copy case number</source>
      <translation>复制个案编号</translation>
    </message>
    <message>
      <source>Copy name (passport)</source>
      <translation>复制姓名（护照）</translation>
    </message>
    <message>
      <source>Copy name (own script)</source>
      <translation>复制姓名（本国文字）</translation>
    </message>
    <message>
      <source>Copy passport number</source>
      <translation>复制护照号码</translation>
    </message>
    <message numerus="yes">
      <source>Letters for the %n selected person(s)…</source>
      <translation>
        <numerusform>为所选的 %n 人写信…</numerusform>
      </translation>
    </message>
    <message>
      <source>The file could not be written ({reason}). Nothing was recorded.</source>
      <translation>无法写入文件（{reason}）。未记录任何内容。</translation>
    </message>
    <message>
      <source>{n} people saved to {file}</source>
      <translation>已将 {n} 人保存到 {file}</translation>
    </message>
    <message>
      <source>{what}  ✕</source>
      <translation>{what}  ✕</translation>
    </message>
    <message>
      <source>Saved filters…</source>
      <translation>已保存的筛选…</translation>
    </message>
    <message>
      <source>Save filters</source>
      <translation>保存筛选</translation>
    </message>
    <message>
      <source>Name for these filters (for example “Indonesia, waiting on embassy”).
The search text is not saved.</source>
      <translation>为这些筛选条件命名（例如“印度尼西亚，等待大使馆”）。
搜索文字不会保存。</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>The end of the period is before its start.</source>
      <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
      <source>The report can be written in {languages} (beside English).</source>
      <translation>报告可以用 {languages} 撰写（英文之外）。</translation>
    </message>
    <message>
      <source>k must be a whole number from {least} to {most}.</source>
      <translation>k 必须是 {least} 到 {most} 之间的整数。</translation>
    </message>
    <message>
      <source>A report covers at most three years; choose a shorter period.</source>
      <translation>一份报告最多涵盖三年；请选择较短的期间。</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>English only</source>
      <translation>仅英文</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>The file could not be written ({reason}). Nothing was recorded.</source>
      <translation>无法写入文件（{reason}）。未记录任何内容。</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>保存为 PDF…</translation>
    </message>
    <message>
      <source>English and Indonesian</source>
      <translation>英文和印度尼西亚语</translation>
    </message>
    <message>
      <source>English and Chinese</source>
      <translation>英文和中文</translation>
    </message>
    <message>
      <source>Save the report as</source>
      <translation>报告另存为</translation>
    </message>
    <message>
      <source>Period report</source>
      <translation>期间报告</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <source>Admissions, departures, nationality, sex, age, type of exploitation, referrals and days to a travel document for the period, with charts. No names; counts under 11 are shown as “&lt;11”.</source>
      <translation>该期间的入住、离开、国籍、性别、年龄、剥削类型、转介以及获得旅行证件所需天数，附图表。不含姓名；少于 11 的计数显示为“&lt;11”。</translation>
    </message>
    <message>
      <source>Saved {file}.</source>
      <translation>已保存 {file}。</translation>
    </message>
  </context>
  <context>
    <name>Retention</name>
    <message>
      <source>names, identity documents, contacts, addresses, next of kin, notes and trafficking details removed; case number replaced; birth date kept as its year; admission and discharge kept as their month</source>
      <translation>姓名、身份证件、联系方式、地址、近亲属、备注和人口贩运详情将被删除；个案编号被替换；出生日期只保留年份；入住和离开日期只保留月份</translation>
    </message>
    <message>
      <source>{count} letter(s) deleted</source>
      <translation>已删除 {count} 封信函</translation>
    </message>
    <message>
      <source>{count} attachment(s) deleted</source>
      <translation>已删除 {count} 个附件</translation>
    </message>
    <message>
      <source>descriptions and outcome notes of needs and referrals cleared (kinds and states kept)</source>
      <translation>需求和转介的描述及结果备注被清空（类别和状态保留）</translation>
    </message>
    <message>
      <source>consents other than for statistics deleted</source>
      <translation>删除除统计以外的同意</translation>
    </message>
    <message>
      <source>Give a number of months from 1 to {most}, or turn the policy off.</source>
      <translation>请输入 1 到 {most} 之间的月数，或关闭此规则。</translation>
    </message>
    <message>
      <source>The retention policy is off: set a number of months first.</source>
      <translation>保留规则已关闭：请先设置月数。</translation>
    </message>
    <message>
      <source>Say why the case is erased (for example: “the person asked on 2026-11-30”). Do not write the person's name.</source>
      <translation>请说明删除此个案的原因（例如：“本人于 2026-11-30 提出要求”）。不要写本人姓名。</translation>
    </message>
    <message>
      <source>Keep the reason under {most} characters.</source>
      <translation>原因请少于 {most} 个字符。</translation>
    </message>
  </context>
  <context>
    <name>RetentionPanel</name>
    <message>
      <source>Keeping records (retention)</source>
      <translation>记录保留期限</translation>
    </message>
    <message>
      <source>Closed cases are anonymised %1 months after they closed.</source>
      <translation>已结案个案在结案 %1 个月后匿名化。</translation>
    </message>
    <message>
      <source>Closed cases are kept until an administrator sets a retention period.</source>
      <translation>已结案个案会一直保留，直到管理员设置保留期限。</translation>
    </message>
    <message>
      <source>Anonymise cases that closed (repatriated, transferred, left or closed) more than a number of months ago. Anonymising keeps only what statistics use — nationality, sex, year of birth, exploitation type, admission and discharge month, status, needs and referral kinds with their outcomes, consent for statistics — and deletes names, documents, contacts, notes, letters and attachments. It cannot be undone.</source>
      <translation>将结案（已遣返、已转移、已离开或已结案）超过一定月数的个案匿名化。匿名化只保留统计所需的信息——国籍、性别、出生年份、剥削类型、入住和离开月份、状态、需求和转介类型及其结果、对统计的同意——并删除姓名、证件、联系方式、备注、信函和附件。此操作无法撤销。</translation>
    </message>
    <message>
      <source>Anonymise closed cases after</source>
      <translation>匿名化已结案个案，结案后</translation>
    </message>
    <message>
      <source>Anonymise closed cases</source>
      <translation>匿名化已结案个案</translation>
    </message>
    <message>
      <source> months</source>
      <translation> 个月</translation>
    </message>
    <message>
      <source>Months after closing</source>
      <translation>结案后月数</translation>
    </message>
    <message>
      <source>Save the rule</source>
      <translation>保存规则</translation>
    </message>
    <message>
      <source>Save the retention rule</source>
      <translation>保存保留规则</translation>
    </message>
    <message>
      <source>Show the cases due…</source>
      <translation>显示到期的个案…</translation>
    </message>
    <message>
      <source>Show the cases due</source>
      <translation>显示到期的个案</translation>
    </message>
    <message>
      <source>Anonymise these cases…</source>
      <translation>匿名化这些个案…</translation>
    </message>
    <message>
      <source>Anonymise these cases</source>
      <translation>匿名化这些个案</translation>
    </message>
    <message>
      <source>Cases the rule would anonymise</source>
      <translation>规则将匿名化的个案</translation>
    </message>
    <message>
      <source>Saved: closed cases are anonymised %1 months after closing.</source>
      <translation>已保存：已结案个案在结案 %1 个月后匿名化。</translation>
    </message>
    <message>
      <source>Saved: no case is anonymised.</source>
      <translation>已保存：不会匿名化任何个案。</translation>
    </message>
    <message>
      <source>closed %1</source>
      <translation>结案于 %1</translation>
    </message>
    <message>
      <source>The rule is off: save a number of months first.</source>
      <translation>规则未启用：请先保存月数。</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) would be anonymised now.</source>
      <translation>
        <numerusform>现在将有 %n 个个案被匿名化。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) will be anonymised: names, documents, contacts, notes, letters and attachments are deleted for good. This cannot be undone.</source>
      <translation>
        <numerusform>将匿名化 %n 个个案：姓名、证件、联系方式、备注、信函和附件将被永久删除。此操作无法撤销。</numerusform>
      </translation>
    </message>
    <message>
      <source>Anonymise</source>
      <translation>匿名化</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) anonymised.</source>
      <translation>
        <numerusform>已匿名化 %n 个个案。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <source>administrator</source>
      <translation>管理员</translation>
    </message>
    <message>
      <source>coordinator</source>
      <translation>协调员</translation>
    </message>
    <message>
      <source>caseworker</source>
      <translation>个案工作者</translation>
    </message>
    <message>
      <source>readonly</source>
      <translation>只读</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>This vault is older than the last state this computer saw: it may have been put back from an older copy, or its audit log was cut. Recent work may be missing. Tell an administrator; they can run “Check the log” and restore the latest backup.</source>
      <translation>此数据保险库比这台电脑上次看到的状态更旧：可能是从旧副本恢复的，或审计日志被截断。最近的工作可能丢失。请告知管理员；管理员可以运行“检查日志”并恢复最新备份。</translation>
    </message>
    <message>
      <source>This computer has no record of this vault's last state (its rollback anchor is missing or unreadable): it was deleted, or the vault was moved here from another computer or user account. ShelterDesk cannot tell whether the vault was put back to an older copy. If nobody moved the vault, tell an administrator; they can run “Check the log” and compare with the latest backup.</source>
      <translation>这台电脑没有此数据保险库上次状态的记录（其回滚锚点丢失或无法读取）：它被删除了，或数据保险库是从另一台电脑或另一个用户账户移到这里的。ShelterDesk 无法判断数据保险库是否被恢复到旧副本。如果没有人移动过数据保险库，请告知管理员；管理员可以运行“检查日志”并与最新备份比较。</translation>
    </message>
    <message>
      <source>You are still using the one-time passphrase an administrator gave you. Choose your own passphrase first (in the app you are asked at once; on the command line run “shelterdesk-cli passwd”).</source>
      <translation>您仍在使用管理员给您的一次性密码短语。请先设置您自己的密码短语（在应用中会立即提示您；在命令行中请运行“shelterdesk-cli passwd”）。</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this.</source>
      <translation>您的角色（{role}）不能执行此操作。</translation>
    </message>
    <message>
      <source>Your role ({role}) may not change records.</source>
      <translation>您的角色（{role}）不能修改记录。</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this (coordinators and administrators only).</source>
      <translation>您的角色（{role}）不能执行此操作（仅限协调员和管理员）。</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this (administrators only).</source>
      <translation>您的角色（{role}）不能执行此操作（仅限管理员）。</translation>
    </message>
    <message>
      <source>The vault's audit key is missing or damaged. Restore the vault from a backup.</source>
      <translation>数据保险库的审计密钥丢失或损坏。请从备份恢复数据保险库。</translation>
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>This computer</source>
      <translation>本电脑</translation>
    </message>
    <message>
      <source> minutes</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <source>Lock after this many idle minutes</source>
      <translation>闲置多少分钟后锁定</translation>
    </message>
    <message>
      <source>Language of the program</source>
      <translation>程序语言</translation>
    </message>
    <message>
      <source>Lock when idle for</source>
      <translation>闲置多久后锁定</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>A new language applies the next time ShelterDesk starts.</source>
      <translation>新的语言将在下次启动 ShelterDesk 时生效。</translation>
    </message>
    <message>
      <source>Shelter profile (letterhead)</source>
      <translation>庇护所资料（信头）</translation>
    </message>
    <message>
      <source>Save profile</source>
      <translation>保存资料</translation>
    </message>
    <message>
      <source>Save the shelter profile</source>
      <translation>保存庇护所资料</translation>
    </message>
    <message>
      <source>Coordinators and administrators can change the profile.</source>
      <translation>协调员和管理员可以修改资料。</translation>
    </message>
    <message>
      <source>Your passphrase</source>
      <translation>您的密码短语</translation>
    </message>
    <message>
      <source>Change my passphrase…</source>
      <translation>更改我的密码短语…</translation>
    </message>
    <message>
      <source>Change my passphrase</source>
      <translation>更改我的密码短语</translation>
    </message>
  </context>
  <context>
    <name>ShelterProfileForm</name>
    <message>
      <source>Shelter name</source>
      <translation>庇护所名称</translation>
    </message>
    <message>
      <source>Shelter address</source>
      <translation>庇护所地址</translation>
    </message>
    <message>
      <source>Shelter phone</source>
      <translation>庇护所电话</translation>
    </message>
    <message>
      <source>Shelter email</source>
      <translation>庇护所电子邮件</translation>
    </message>
    <message>
      <source>No logo</source>
      <translation>无标志</translation>
    </message>
    <message>
      <source>Choose logo…</source>
      <translation>选择标志…</translation>
    </message>
    <message>
      <source>Choose a logo image for letterheads</source>
      <translation>为信头选择标志图片</translation>
    </message>
    <message>
      <source>Remove logo</source>
      <translation>移除标志</translation>
    </message>
    <message>
      <source>Remove the logo</source>
      <translation>移除标志</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>标志</translation>
    </message>
    <message>
      <source>Choose a logo</source>
      <translation>选择标志</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
  </context>
  <context>
    <name>Staff</name>
    <message>
      <source>You cannot remove your own account.</source>
      <translation>您不能移除自己的账户。</translation>
    </message>
    <message>
      <source>This is the last administrator; it cannot be removed.</source>
      <translation>这是最后一位管理员，不能移除。</translation>
    </message>
    <message>
      <source>Use “change passphrase”, which asks for the current one.</source>
      <translation>请使用“更改密码短语”，它会要求输入当前的密码短语。</translation>
    </message>
    <message>
      <source>There is already a staff member called “{name}”.</source>
      <translation>已经有名为“{name}”的工作人员。</translation>
    </message>
    <message>
      <source>This is the last administrator; make someone else administrator first.</source>
      <translation>这是最后一位管理员；请先将其他人设为管理员。</translation>
    </message>
    <message>
      <source>You cannot disable your own account.</source>
      <translation>您不能停用自己的账户。</translation>
    </message>
    <message>
      <source>This is the last administrator; it cannot be disabled.</source>
      <translation>这是最后一位管理员，不能停用。</translation>
    </message>
    <message>
      <source>Choose a passphrase different from the current one.</source>
      <translation>请选择与当前不同的密码短语。</translation>
    </message>
    <message>
      <source>The current passphrase is not right.</source>
      <translation>当前密码短语不正确。</translation>
    </message>
    <message>
      <source>Choose administrator, coordinator, caseworker or readonly.</source>
      <translation>请选择管理员、协调员、个案工作者或只读。</translation>
    </message>
  </context>
  <context>
    <name>StaffView</name>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>密码短语</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>移除…</translation>
    </message>
    <message>
      <source>Not on the staff</source>
      <translation>非工作人员</translation>
    </message>
    <message>
      <source>Altered</source>
      <translation>已被改动</translation>
    </message>
    <message>
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>账户</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>已停用</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>有效</translation>
    </message>
    <message>
      <source>Must choose their own</source>
      <translation>须自行设置</translation>
    </message>
    <message>
      <source>Key slot</source>
      <translation>密钥槽</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>正常</translation>
    </message>
    <message>
      <source>Add a staff member</source>
      <translation>添加工作人员</translation>
    </message>
    <message>
      <source>e.g. sokha</source>
      <translation>例如：sokha</translation>
    </message>
    <message>
      <source>as it appears in letters</source>
      <translation>与信函中显示的一致</translation>
    </message>
    <message>
      <source>Job title</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>One-time passphrase</source>
      <translation>一次性密码短语</translation>
    </message>
    <message>
      <source>Type the one-time passphrase again</source>
      <translation>再次输入一次性密码短语</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>确认</translation>
    </message>
    <message>
      <source>Name, job title, phone and email are printed in the letters this person signs. Give them the one-time passphrase in person: ShelterDesk asks them to choose their own the first time they unlock.</source>
      <translation>姓名、职务、电话和电子邮件会印在此人签署的信函上。请当面将一次性密码短语交给此人：首次解锁时，ShelterDesk 会要求其设置自己的密码短语。</translation>
    </message>
    <message>
      <source>Add staff message</source>
      <translation>添加工作人员提示</translation>
    </message>
    <message>
      <source>Add staff member</source>
      <translation>添加工作人员</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation>两次输入的密码短语不一致。请重新输入。</translation>
    </message>
    <message>
      <source>Staff members</source>
      <translation>工作人员名单</translation>
    </message>
    <message>
      <source>Add staff member…</source>
      <translation>添加工作人员…</translation>
    </message>
    <message>
      <source>Print recovery kit…</source>
      <translation>打印恢复工具包…</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>工作人员</translation>
    </message>
    <message>
      <source>Staff member</source>
      <translation>工作人员</translation>
    </message>
    <message>
      <source>Save contact details</source>
      <translation>保存联系方式</translation>
    </message>
    <message>
      <source>Change role</source>
      <translation>更改角色</translation>
    </message>
    <message>
      <source>Disable</source>
      <translation>停用</translation>
    </message>
    <message>
      <source>Enable</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Disabling keeps the account but refuses unlocks. Removing deletes the person's key and re-keys the vault.</source>
      <translation>停用会保留账户，但拒绝解锁。移除会删除此人的密钥，并为数据保险库更换密钥。</translation>
    </message>
    <message>
      <source>Wrong passphrases</source>
      <translation>密码短语输错</translation>
    </message>
    <message>
      <source>Wipe every staff passphrase after</source>
      <translation>连续输错</translation>
    </message>
    <message>
      <source>Wipe every staff passphrase after wrong attempts</source>
      <translation>连续输错后清除所有工作人员的密码短语</translation>
    </message>
    <message>
      <source>Number of wrong attempts in a row</source>
      <translation>连续输错次数</translation>
    </message>
    <message>
      <source>Save setting</source>
      <translation>保存设置</translation>
    </message>
    <message>
      <source>wrong attempts in a row</source>
      <translation>次后，清除所有工作人员的密码短语</translation>
    </message>
    <message>
      <source>Off by default. When it is on and someone types a wrong passphrase that many times in a row, nobody's passphrase opens the vault any more: only the printed recovery kit (or a backup) does. Keep the kit at hand before you turn this on. Wrong passphrases always make the next attempt wait.</source>
      <translation>默认关闭。开启后，如果有人连续输错密码短语达到该次数，任何人的密码短语都将无法再打开数据保险库：只有打印的恢复工具包（或备份）可以打开。开启前请确保恢复工具包在手边。输错密码短语后，下一次尝试总是需要等待。</translation>
    </message>
    <message>
      <source>The key-slot file holds slots for names that are not on the staff: {names}. They were added outside ShelterDesk and open the vault until the next re-key; make a new recovery kit now (that re-keys) and check the audit log.</source>
      <translation>密钥槽文件中有不在工作人员名单上的名字：{names}。这些密钥槽是在 ShelterDesk 之外添加的，在下次更换密钥之前都能打开数据保险库；请立即生成新的恢复工具包（会更换密钥），并检查审计日志。</translation>
    </message>
    <message>
      <source>Disabled: cannot unlock.</source>
      <translation>已停用：无法解锁。</translation>
    </message>
    <message>
      <source>Active.</source>
      <translation>有效。</translation>
    </message>
    <message>
      <source>Has not chosen their own passphrase yet.</source>
      <translation>尚未设置自己的密码短语。</translation>
    </message>
    <message>
      <source>You cannot do this to your own account.</source>
      <translation>您不能对自己的账户执行此操作。</translation>
    </message>
    <message>
      <source>{user} was added. Give them the one-time passphrase in person; they choose their own at their first unlock.</source>
      <translation>已添加 {user}。请当面将一次性密码短语交给对方；对方首次解锁时会设置自己的密码短语。</translation>
    </message>
    <message>
      <source>Contact details saved.</source>
      <translation>联系方式已保存。</translation>
    </message>
    <message>
      <source>{user} is now: {role}.</source>
      <translation>{user} 现在的角色是：{role}。</translation>
    </message>
    <message>
      <source>{user} is disabled: their passphrase no longer unlocks.</source>
      <translation>{user} 已停用：其密码短语不能再解锁。</translation>
    </message>
    <message>
      <source>{user} can unlock again.</source>
      <translation>{user} 可以再次解锁。</translation>
    </message>
    <message>
      <source>Remove a staff member</source>
      <translation>移除工作人员</translation>
    </message>
    <message>
      <source>Remove {user}?

Their key is deleted and the whole vault is re-keyed (this takes a moment). From then on their passphrase opens nothing in this vault.

Backups made before today still open with it: replace them.</source>
      <translation>要移除 {user} 吗？

此人的密钥将被删除，整个数据保险库将更换密钥（需要一点时间）。之后，此人的密码短语在此数据保险库中将无法打开任何内容。

今天之前生成的备份仍可用此人的密码短语打开：请替换这些备份。</translation>
    </message>
    <message>
      <source>Remove and re-key</source>
      <translation>移除并更换密钥</translation>
    </message>
    <message>
      <source>{user} was removed and the vault re-keyed. Their passphrase opens nothing from now on.</source>
      <translation>已移除 {user}，数据保险库已更换密钥。从现在起，此人的密码短语无法打开任何内容。</translation>
    </message>
    <message>
      <source>Print a new recovery kit</source>
      <translation>打印新的恢复工具包</translation>
    </message>
    <message>
      <source>A new recovery code is made and the old one stops working at once: destroy the old page.

The PDF is NOT encrypted. Print it, keep the paper locked away from this computer, and delete the file.</source>
      <translation>将生成新的恢复码，旧恢复码立即失效：请销毁旧的那页。

PDF 未加密。请打印出来，将纸张锁在远离本电脑的地方，并删除文件。</translation>
    </message>
    <message>
      <source>Make a new recovery code</source>
      <translation>生成新的恢复码</translation>
    </message>
    <message>
      <source>Save the recovery kit</source>
      <translation>保存恢复工具包</translation>
    </message>
    <message>
      <source>New recovery kit saved to {path}. Print it, lock the paper away and delete the file. The old recovery code no longer opens the vault.</source>
      <translation>新的恢复工具包已保存到 {path}。请打印出来，将纸张锁好保管，并删除文件。旧的恢复码已无法打开数据保险库。</translation>
    </message>
    <message>
      <source>Off: wrong passphrases only make the next attempt wait.</source>
      <translation>关闭：输错密码短语只会让下一次尝试需要等待。</translation>
    </message>
    <message>
      <source>On: after {n} wrong passphrases in a row every staff passphrase stops working.</source>
      <translation>开启：连续输错 {n} 次密码短语后，所有工作人员的密码短语都将失效。</translation>
    </message>
  </context>
  <context>
    <name>SubjectAccess</name>
    <message>
      <source>The report has no “{language}” translation; choose one of {languages}.</source>
      <translation>报告还没有“{language}”译本；请从 {languages} 中选择一种。</translation>
    </message>
    <message>
      <source>Give a file name ending in .pdf.</source>
      <translation>请给出以 .pdf 结尾的文件名。</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <source>The report could not be made: {reason}</source>
      <translation>无法生成报告：{reason}</translation>
    </message>
  </context>
  <context>
    <name>TableModels</name>
    <message>
      <source>Agency / case</source>
      <translation>机构 / 个案</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Waiting (days)</source>
      <translation>等待（天）</translation>
    </message>
    <message>
      <source>Follow up by</source>
      <translation>跟进截止</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>参考号</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Letter language</source>
      <translation>信函语言</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>同意</translation>
    </message>
    <message>
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Given on</source>
      <translation>同意日期</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>口译员</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>到期</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>联系方式</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>优先级</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>负责人</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>截止</translation>
    </message>
    <message>
      <source>%1 (overdue)</source>
      <translation>%1（已逾期）</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>需求</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>发送日期</translation>
    </message>
    <message>
      <source>Overridden</source>
      <translation>例外处理</translation>
    </message>
    <message>
      <source>Given</source>
      <translation>已同意</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>已撤回</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>有效</translation>
    </message>
    <message>
      <source>Not yet valid</source>
      <translation>尚未生效</translation>
    </message>
    <message>
      <source>For</source>
      <translation>同意对象</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>记录人</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>详情</translation>
    </message>
    <message>
      <source>Serves</source>
      <translation>服务对象</translation>
    </message>
    <message>
      <source>%n waiting</source>
      <translation>%n 项等待中</translation>
    </message>
    <message>
      <source>up to %1</source>
      <translation>最长 %1 天</translation>
    </message>
    <message>
      <source>%n overdue</source>
      <translation>%n 项逾期</translation>
    </message>
  </context>
  <context>
    <name>TraffickingTab</name>
    <message>
      <source>Exploitation</source>
      <translation>剥削</translation>
    </message>
    <message>
      <source>Types</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Exploitation types</source>
      <translation>剥削类型</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>指标</translation>
    </message>
    <message>
      <source>Indicators of trafficking</source>
      <translation>人口贩运指标</translation>
    </message>
    <message>
      <source>Recruitment</source>
      <translation>招募</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Recruitment channel</source>
      <translation>招募渠道</translation>
    </message>
    <message>
      <source>e.g. job advert, friend, agent</source>
      <translation>例如：招聘广告、朋友、中介</translation>
    </message>
    <message>
      <source>Platform</source>
      <translation>平台</translation>
    </message>
    <message>
      <source>Recruitment platform</source>
      <translation>招募平台</translation>
    </message>
    <message>
      <source>e.g. Facebook, Telegram</source>
      <translation>例如：Facebook、Telegram</translation>
    </message>
    <message>
      <source>Where and how long</source>
      <translation>地点和时长</translation>
    </message>
    <message>
      <source>Compound location</source>
      <translation>园区位置</translation>
    </message>
    <message>
      <source>Held from</source>
      <translation>被关押起始日期</translation>
    </message>
    <message>
      <source>Held until</source>
      <translation>被关押截止日期</translation>
    </message>
    <message>
      <source>Means of control</source>
      <translation>控制手段</translation>
    </message>
    <message>
      <source>e.g. passport taken, debt, violence; one per line</source>
      <translation>例如：护照被扣、债务、暴力；每行一项</translation>
    </message>
    <message>
      <source>Leaving and referral</source>
      <translation>离开和转介</translation>
    </message>
    <message>
      <source>How they left</source>
      <translation>如何离开</translation>
    </message>
    <message>
      <source>Referred in by</source>
      <translation>转介来源</translation>
    </message>
    <message>
      <source>Police report</source>
      <translation>报警记录</translation>
    </message>
    <message>
      <source>Report number, if the person chose to report</source>
      <translation>报案编号（如果此人选择报案）</translation>
    </message>
  </context>
  <context>
    <name>Transfer</name>
    <message>
      <source>This package was signed by a shelter that is not trusted here. An administrator must compare its fingerprint and trust its key first; nothing was imported.</source>
      <translation>此包由本处未信任的庇护所签名。管理员必须先核对其指纹并信任其密钥；未导入任何内容。</translation>
    </message>
    <message>
      <source>This shelter's key is not trusted here. An administrator must compare its fingerprint and trust it first.</source>
      <translation>本处未信任此庇护所的密钥。管理员必须先核对其指纹并信任它。</translation>
    </message>
    <message>
      <source>This transfer package was already imported. Nothing was imported again.</source>
      <translation>此转移包已导入过，未再次导入任何内容。</translation>
    </message>
    <message>
      <source>Give the partner shelter's name as you know it.</source>
      <translation>请填写您所知的合作庇护所名称。</translation>
    </message>
    <message>
      <source>This is this shelter's own key.</source>
      <translation>这是本庇护所自己的密钥。</translation>
    </message>
    <message>
      <source>Choose at least one case to transfer.</source>
      <translation>请至少选择一个要转移的个案。</translation>
    </message>
    <message>
      <source>The transfer package's contents cannot be read.</source>
      <translation>无法读取转移包的内容。</translation>
    </message>
    <message>
      <source>Case {case} in the package is not acceptable here ({why}). Nothing was imported.</source>
      <translation>包中的个案 {case} 在本处不被接受（{why}）。未导入任何内容。</translation>
    </message>
    <message>
      <source>Case {case} in the package holds a record that is not acceptable ({why}). Nothing was imported.</source>
      <translation>包中的个案 {case} 含有不被接受的记录（{why}）。未导入任何内容。</translation>
    </message>
    <message>
      <source>Case {case} in the package cannot be read. Nothing was imported.</source>
      <translation>无法读取包中的个案 {case}。未导入任何内容。</translation>
    </message>
    <message>
      <source>{case} has no valid consent for transfer. Record the person's consent (kind: transfer) first; nothing was exported.</source>
      <translation>{case} 没有有效的转移同意。请先记录本人的同意（类型：转移）；未导出任何内容。</translation>
    </message>
    <message>
      <source>{why} Nothing was recorded and no case was marked as transferred.</source>
      <translation>{why} 未记录任何内容，也没有个案被标记为已转移。</translation>
    </message>
    <message>
      <source>The key file's fingerprint does not match its keys: it was altered.</source>
      <translation>密钥文件的指纹与其密钥不符：文件已被改动。</translation>
    </message>
    <message>
      <source>This is not a ShelterDesk transfer package.</source>
      <translation>这不是 ShelterDesk 转移包。</translation>
    </message>
    <message>
      <source>This transfer package was made by a newer version of ShelterDesk; update first.</source>
      <translation>此转移包由更新版本的 ShelterDesk 制作；请先更新。</translation>
    </message>
    <message>
      <source>The transfer package is damaged or cut short.</source>
      <translation>转移包已损坏或不完整。</translation>
    </message>
    <message>
      <source>The package's sender does not match the key that signed it.</source>
      <translation>包的发送方与签名所用的密钥不符。</translation>
    </message>
    <message>
      <source>This transfer package was sealed for another shelter, not this one. Nothing was imported.</source>
      <translation>此转移包是为另一家庇护所加密的，不是本庇护所。未导入任何内容。</translation>
    </message>
    <message>
      <source>This is not a ShelterDesk shelter key file.</source>
      <translation>这不是 ShelterDesk 庇护所密钥文件。</translation>
    </message>
    <message>
      <source>The transfer package is damaged (its header cannot be read).</source>
      <translation>转移包已损坏（无法读取其文件头）。</translation>
    </message>
    <message>
      <source>The transfer package was changed after it was signed (or is damaged). Nothing was imported; ask the sending shelter to send it again.</source>
      <translation>转移包在签名后被改动（或已损坏）。未导入任何内容；请让发送方庇护所重新发送。</translation>
    </message>
    <message>
      <source>The transfer package cannot be opened with this shelter's key: it is damaged or was altered.</source>
      <translation>无法用本庇护所的密钥打开转移包：它已损坏或被改动。</translation>
    </message>
  </context>
  <context>
    <name>TransferPanel</name>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Trust a partner shelter</source>
      <translation>信任合作庇护所</translation>
    </message>
    <message>
      <source>Read this fingerprint aloud with the partner shelter on the phone. Trust the key only if theirs is exactly the same:

%1

Name of the partner shelter:</source>
      <translation>请与合作庇护所通电话，朗读此指纹。只有对方的指纹完全相同时才信任该密钥：

%1

合作庇护所名称：</translation>
    </message>
    <message>
      <source>Transfer this case</source>
      <translation>转移此个案</translation>
    </message>
    <message>
      <source>Partner shelter</source>
      <translation>合作庇护所</translation>
    </message>
    <message>
      <source>Does the person move to %1? Then the case is recorded here as transferred to %1 and the stay ends today. Keep it open if the person stays here for now.</source>
      <translation>此人是否要转到 %1？如是，此个案将在此处记录为已转移到 %1，在本庇护所的居住于今天结束。如果此人暂时留在这里，请保持个案打开。</translation>
    </message>
    <message>
      <source>Record as transferred</source>
      <translation>记录为已转移</translation>
    </message>
    <message>
      <source>Keep the case open</source>
      <translation>保持个案打开</translation>
    </message>
    <message>
      <source>Partner shelters (case transfer)</source>
      <translation>合作庇护所（个案转移）</translation>
    </message>
    <message>
      <source>Cases move to a partner shelter in a package only that shelter can open. Exchange key files, then read the fingerprints to each other on the phone before trusting a key.</source>
      <translation>个案以只有合作庇护所能打开的加密包转移。请先交换密钥文件，然后在电话中互相朗读指纹，再信任密钥。</translation>
    </message>
    <message>
      <source>This shelter's fingerprint: %1</source>
      <translation>本庇护所的指纹：%1</translation>
    </message>
    <message>
      <source>QR code of this shelter's key</source>
      <translation>本庇护所密钥的二维码</translation>
    </message>
    <message>
      <source>Trusted partner shelters</source>
      <translation>受信任的合作庇护所</translation>
    </message>
    <message>
      <source>Save our key file…</source>
      <translation>保存我方密钥文件…</translation>
    </message>
    <message>
      <source>Save our key file</source>
      <translation>保存我方密钥文件</translation>
    </message>
    <message>
      <source>Trust a partner's key…</source>
      <translation>信任合作方的密钥…</translation>
    </message>
    <message>
      <source>Trust a partner's key</source>
      <translation>信任合作方的密钥</translation>
    </message>
    <message>
      <source>Import a transfer package…</source>
      <translation>导入转移包…</translation>
    </message>
    <message>
      <source>Import a transfer package</source>
      <translation>导入转移包</translation>
    </message>
    <message>
      <source>No partner shelter is trusted yet.</source>
      <translation>还没有受信任的合作庇护所。</translation>
    </message>
    <message>
      <source>Saved. Send it to the partner shelter; it holds no secret.</source>
      <translation>已保存。请发送给合作庇护所；文件不含任何机密。</translation>
    </message>
    <message>
      <source>The file cannot be read: %1</source>
      <translation>无法读取文件：%1</translation>
    </message>
    <message>
      <source>%1 is trusted.</source>
      <translation>已信任 %1。</translation>
    </message>
    <message>
      <source>From %1: %2 case(s) and %3 attachment(s).</source>
      <translation>来自 %1：%2 个个案和 %3 个附件。</translation>
    </message>
    <message>
      <source>%1 may be the same person as %2 here: check and merge by hand after the import.</source>
      <translation>%1 可能与本处的 %2 是同一人：请在导入后核对并手动合并。</translation>
    </message>
    <message>
      <source>Imported as %1.</source>
      <translation>已导入为 %1。</translation>
    </message>
    <message>
      <source>No partner shelter is trusted yet: an administrator trusts one in Settings → Partner shelters.</source>
      <translation>还没有受信任的合作庇护所：需由管理员在“设置 → 合作庇护所”中添加信任。</translation>
    </message>
    <message>
      <source>Save the transfer package</source>
      <translation>保存转移包</translation>
    </message>
    <message>
      <source>Sealed for %1, recorded in the disclosure register and the case marked as transferred. Only that shelter can open the file.</source>
      <translation>已为 %1 加密，已记入披露记录，个案已标记为已转移。只有该庇护所能打开此文件。</translation>
    </message>
    <message>
      <source>Sealed for %1 and recorded in the disclosure register. Only that shelter can open the file.</source>
      <translation>已为 %1 加密并记入披露记录。只有该庇护所能打开此文件。</translation>
    </message>
  </context>
  <context>
    <name>Transitions</name>
    <message>
      <source>open</source>
      <translation>未解决</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>处理中</translation>
    </message>
    <message>
      <source>on hold</source>
      <translation>暂缓</translation>
    </message>
    <message>
      <source>met</source>
      <translation>已满足</translation>
    </message>
    <message>
      <source>cannot be met</source>
      <translation>无法满足</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>已发送</translation>
    </message>
    <message>
      <source>acknowledged</source>
      <translation>已确认收到</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>已接受</translation>
    </message>
    <message>
      <source>declined</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>已撤回</translation>
    </message>
    <message>
      <source>A need that is {current} cannot become {new}. Allowed next: {allowed}.</source>
      <translation>状态为“{current}”的需求不能改为“{new}”。下一步可以是：{allowed}。</translation>
    </message>
    <message>
      <source>Allowed next: {allowed}.</source>
      <translation>下一步可以是：{allowed}。</translation>
    </message>
    <message>
      <source>It is closed; create a new referral instead.</source>
      <translation>此转介已关闭；请新建转介。</translation>
    </message>
    <message>
      <source>A referral that is {current} cannot become {new}. {reason}</source>
      <translation>状态为“{current}”的转介不能改为“{new}”。{reason}</translation>
    </message>
  </context>
  <context>
    <name>UnlockScreen</name>
    <message>
      <source>Unlock ShelterDesk</source>
      <translation>解锁 ShelterDesk</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>密码短语</translation>
    </message>
    <message>
      <source>Unlock message</source>
      <translation>解锁提示</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <source>Unlock the vault</source>
      <translation>解锁数据保险库</translation>
    </message>
    <message>
      <source>Unlock with the recovery code</source>
      <translation>使用恢复码解锁</translation>
    </message>
    <message>
      <source>For when every administrator has forgotten their passphrase, or the staff passphrases were wiped. Type the code from the printed recovery kit (spaces and dashes do not matter) and the user name of an administrator. That administrator then chooses a new passphrase.</source>
      <translation>用于所有管理员都忘记了密码短语，或工作人员的密码短语已被清除的情况。请输入打印的恢复工具包上的恢复码（空格和短横线不影响）以及一位管理员的用户名。之后由该管理员设置新的密码短语。</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>管理员</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>恢复码</translation>
    </message>
    <message>
      <source>Use my passphrase instead</source>
      <translation>改用我的密码短语</translation>
    </message>
    <message>
      <source>The register is encrypted. Enter your user name and passphrase.</source>
      <translation>登记册已加密。请输入您的用户名和密码短语。</translation>
    </message>
    <message>
      <source>Use the recovery code</source>
      <translation>使用恢复码</translation>
    </message>
    <message>
      <source>Enter an administrator's user name and the recovery code.</source>
      <translation>请输入管理员的用户名和恢复码。</translation>
    </message>
    <message>
      <source>Enter your user name and your passphrase.</source>
      <translation>请输入您的用户名和密码短语。</translation>
    </message>
    <message>
      <source>Too many wrong attempts. Please wait before trying again.</source>
      <translation>错误次数过多。请稍候再试。</translation>
    </message>
    <message>
      <source>The recovery code or the administrator's user name is not right. Check the code against the printed kit, then try again.</source>
      <translation>恢复码或管理员用户名不正确。请对照打印的恢复工具包核对恢复码，然后重试。</translation>
    </message>
    <message>
      <source>The user name or passphrase is not right. Check the keyboard language and Caps Lock, then try again.</source>
      <translation>用户名或密码短语不正确。请检查键盘输入法和大写锁定键，然后重试。</translation>
    </message>
    <message>
      <source>The vault is open somewhere else.</source>
      <translation>数据保险库已在别处打开。</translation>
    </message>
    <message>
      <source>Next step: close or lock ShelterDesk in the other window, then unlock here. If no other window is open, restart the computer.</source>
      <translation>下一步：在另一个窗口中关闭或锁定 ShelterDesk，然后在此解锁。如果没有打开其他窗口，请重启电脑。</translation>
    </message>
    <message>
      <source>This vault needs a newer ShelterDesk.</source>
      <translation>此数据保险库需要更新版本的 ShelterDesk。</translation>
    </message>
    <message>
      <source>Next step: install the newer version of ShelterDesk. Do not restore an older backup over this vault.</source>
      <translation>下一步：安装更新版本的 ShelterDesk。不要用较旧的备份覆盖此数据保险库。</translation>
    </message>
    <message>
      <source>The vault is damaged.</source>
      <translation>数据保险库已损坏。</translation>
    </message>
    <message>
      <source>Next step: do not delete or move anything. Ask your administrator to restore the latest backup.</source>
      <translation>下一步：不要删除或移动任何内容。请管理员恢复最近的备份。</translation>
    </message>
    <message>
      <source>There is no vault here.</source>
      <translation>此处没有数据保险库。</translation>
    </message>
    <message>
      <source>Next step: check the vault folder, or restore a backup.</source>
      <translation>下一步：检查数据保险库文件夹，或恢复备份。</translation>
    </message>
    <message>
      <source>The vault could not be opened.</source>
      <translation>无法打开数据保险库。</translation>
    </message>
    <message>
      <source>Next step: try again; if it keeps failing, ask your administrator.</source>
      <translation>下一步：请重试；如果仍然失败，请联系管理员。</translation>
    </message>
    <message>
      <source>You can try again in {n} seconds.</source>
      <translation>您可以在 {n} 秒后重试。</translation>
    </message>
  </context>
  <context>
    <name>Unsaved</name>
    <message>
      <source>Discard</source>
      <translation>放弃</translation>
    </message>
    <message>
      <source>Discard what you typed?</source>
      <translation>放弃您输入的内容？</translation>
    </message>
    <message>
      <source>You have typed into {what} and not saved it. Discard it?</source>
      <translation>您在{what}中输入的内容尚未保存。要放弃吗？</translation>
    </message>
    <message>
      <source>Keep editing</source>
      <translation>继续编辑</translation>
    </message>
    <message>
      <source>this form</source>
      <translation>此表单</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>“{text}” is not a date.</source>
      <translation>“{text}”不是日期。</translation>
    </message>
    <message>
      <source>“{text}” has no four-digit year.</source>
      <translation>“{text}”没有四位数的年份。</translation>
    </message>
    <message>
      <source>“{text}” is not a whole date.</source>
      <translation>“{text}”不是完整的日期。</translation>
    </message>
    <message>
      <source>“{text}” is not a date in the calendar.</source>
      <translation>“{text}”不是日历上存在的日期。</translation>
    </message>
    <message>
      <source>This text contains a NUL character, which cannot be stored.</source>
      <translation>此文本包含 NUL 字符，无法保存。</translation>
    </message>
    <message>
      <source>This text is longer than 10 MB.</source>
      <translation>此文本超过 10 MB。</translation>
    </message>
    <message>
      <source>Enter at least a family name or a given name.</source>
      <translation>请至少输入姓或名。</translation>
    </message>
    <message>
      <source>Choose at least one nationality, or “unknown”.</source>
      <translation>请至少选择一个国籍，或选择“不详”。</translation>
    </message>
    <message>
      <source>An estimated age is between 0 and 110.</source>
      <translation>估计年龄应在 0 到 110 之间。</translation>
    </message>
    <message>
      <source>Overstay days cannot be negative.</source>
      <translation>逾期居留天数不能为负数。</translation>
    </message>
    <message>
      <source>Discharge is before admission.</source>
      <translation>离开日期早于入住日期。</translation>
    </message>
    <message>
      <source>The end of captivity is before its start.</source>
      <translation>被关押结束日期早于开始日期。</translation>
    </message>
    <message>
      <source>Enter a country.</source>
      <translation>请输入国家。</translation>
    </message>
    <message>
      <source>“{text}” is not a country code or name. Use two letters such as ID, CN or KH, or the country's name.</source>
      <translation>“{text}”不是国家代码或名称。请使用 ID、CN 或 KH 这样的两个字母，或国家名称。</translation>
    </message>
    <message>
      <source>“{text}” is not a language code or name. Use ISO 639 codes such as id, zh or km, or the language's name.</source>
      <translation>“{text}”不是语言代码或名称。请使用 id、zh 或 km 这样的 ISO 639 代码，或语言名称。</translation>
    </message>
    <message>
      <source>“{value}” has the wrong number of digits for a phone number.</source>
      <translation>“{value}”的位数不对，不是有效的电话号码。</translation>
    </message>
    <message>
      <source>A document number has 3 to 24 letters and digits (spaces, - and / allowed).</source>
      <translation>证件号码由 3 到 24 个字母和数字组成（可含空格、- 和 /）。</translation>
    </message>
    <message>
      <source>This text contains a broken character; type or paste it again.</source>
      <translation>此文本包含损坏的字符；请重新输入或粘贴。</translation>
    </message>
    <message>
      <source>Enter the name in Latin letters as well (as in the passport, or as spoken).</source>
      <translation>请同时输入拉丁字母姓名（与护照一致，或按读音拼写）。</translation>
    </message>
    <message>
      <source>The date of birth is in the future.</source>
      <translation>出生日期在未来。</translation>
    </message>
    <message>
      <source>Give either a date of birth or an estimated age, not both.</source>
      <translation>请填写出生日期或估计年龄，不要两者都填。</translation>
    </message>
    <message>
      <source>“{value}” is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-14.</source>
      <translation>“{value}”不是日期。请写成 YYYY-MM-DD，例如 2026-03-14。</translation>
    </message>
    <message>
      <source>“{value}” is not a phone number.</source>
      <translation>“{value}”不是电话号码。</translation>
    </message>
    <message>
      <source>The date of birth is more than 110 years ago.</source>
      <translation>出生日期在 110 年以前。</translation>
    </message>
  </context>
  <context>
    <name>Vault</name>
    <message>
      <source>“{name}” has no key slot, so their passphrase opens nothing (after a wipe, or a slot removed outside ShelterDesk). An administrator can set a new one-time passphrase for them.</source>
      <translation>“{name}”没有密钥槽，因此其密码短语打不开任何东西（在清除之后，或密钥槽在 ShelterDesk 之外被删除）。管理员可以为其设置新的一次性密码短语。</translation>
    </message>
    <message>
      <source>The vault folder holds database files that are not the vault's current database ({current}): {files}. They are left over from an interrupted re-key, or were copied there by hand. ShelterDesk does not use or delete them; after making and checking a backup, an administrator may delete them.</source>
      <translation>数据保险库文件夹中有不是当前数据库（{current}）的数据库文件：{files}。它们是中断的更换密钥留下的，或是手动复制进去的。ShelterDesk 不会使用或删除它们；在做好并检查备份后，管理员可以删除它们。</translation>
    </message>
    <message>
      <source>The key-slot file holds a slot for “{name}”, who is not on the staff. It was added outside ShelterDesk. It opens the vault until the next re-key, which leaves it out: make a new recovery kit now (that re-keys) and check the audit log.</source>
      <translation>密钥槽文件中有一个属于“{name}”的密钥槽，此人不是工作人员。它是在 ShelterDesk 之外添加的。在下次更换密钥（届时会被排除）之前，它能打开数据保险库：请立即制作新的恢复工具包（这会更换密钥），并检查审计日志。</translation>
    </message>
    <message>
      <source>The key slot of “{name}” differs from what the vault recorded for it: it was changed outside ShelterDesk or damaged. The next re-key seals the key only to the recorded key, so it may stop opening: an administrator should set a new one-time passphrase for this member.</source>
      <translation>“{name}”的密钥槽与数据保险库的记录不符：它在 ShelterDesk 之外被改动或已损坏。下次更换密钥时只会使用记录中的密钥，因此它可能无法再打开：管理员应为此成员设置新的一次性密码短语。</translation>
    </message>
    <message>
      <source>There is no recovery slot: the recovery code opens nothing. Make a new recovery kit.</source>
      <translation>没有恢复密钥槽：恢复码打不开任何东西。请制作新的恢复工具包。</translation>
    </message>
    <message>
      <source>The key-slot file holds a second recovery slot the vault does not know. It was added outside ShelterDesk; it gets no key at the next re-key. Make a new recovery kit.</source>
      <translation>密钥槽文件中有一个数据保险库不认识的第二个恢复密钥槽。它是在 ShelterDesk 之外添加的；下次更换密钥时它不会得到密钥。请制作新的恢复工具包。</translation>
    </message>
    <message>
      <source>The recovery slot differs from what the vault recorded for it: it was changed outside ShelterDesk or damaged. The next re-key seals the key only to the recorded key, so it may stop opening: make a new recovery kit.</source>
      <translation>恢复密钥槽与数据保险库的记录不符：它在 ShelterDesk 之外被改动或已损坏。下次更换密钥时只会使用记录中的密钥，因此它可能无法再打开：请制作新的恢复工具包。</translation>
    </message>
    <message>
      <source>Every staff passphrase was wiped after too many wrong attempts, so no passphrase opens this vault now. An administrator can open it with the recovery code from the printed recovery kit (“Use the recovery code”) and then set new passphrases.</source>
      <translation>错误尝试次数过多，所有工作人员的密码短语都已被清除，现在没有任何密码短语能打开此数据保险库。管理员可以用打印的恢复工具包上的恢复码打开它（“使用恢复码”），然后设置新的密码短语。</translation>
    </message>
    <message>
      <source>A user name has 2 to 32 lower-case letters, digits, dots, dashes or underscores.</source>
      <translation>用户名由 2 到 32 个小写字母、数字、点、连字符或下划线组成。</translation>
    </message>
    <message>
      <source>This staff account is disabled. Ask an administrator.</source>
      <translation>此工作人员账户已停用。请联系管理员。</translation>
    </message>
    <message>
      <source>The user name or passphrase is not right.</source>
      <translation>用户名或密码短语不正确。</translation>
    </message>
    <message>
      <source>The recovery code can only be used by an administrator.</source>
      <translation>只有管理员可以使用恢复码。</translation>
    </message>
    <message>
      <source>Enter the shelter's name; it heads every letter.</source>
      <translation>请输入庇护所名称；它会出现在每封信函的抬头。</translation>
    </message>
    <message>
      <source>The disk is full. Nothing was changed; free some space and try again.</source>
      <translation>磁盘已满。未做任何更改；请腾出一些空间后重试。</translation>
    </message>
    <message>
      <source>The disk is full. The last change was not saved; free some space and try again.</source>
      <translation>磁盘已满。最后一次更改未保存；请腾出一些空间后重试。</translation>
    </message>
    <message>
      <source>Part of the vault file is damaged or was altered outside ShelterDesk, so it cannot be read. The last change was not saved. Restore the vault from your latest backup.</source>
      <translation>数据保险库文件的一部分已损坏或在 ShelterDesk 之外被改动，因此无法读取。最后一次更改未保存。请从最近的备份恢复数据保险库。</translation>
    </message>
    <message>
      <source>The key-slot file is damaged or is not a ShelterDesk key-slot file. Restore it from a backup.</source>
      <translation>密钥槽文件已损坏，或不是 ShelterDesk 的密钥槽文件。请从备份恢复。</translation>
    </message>
    <message>
      <source>The key-slot file asks for a key derivation weaker than allowed. It was altered or damaged; nothing was changed. Use the recovery code or restore a backup.</source>
      <translation>密钥槽文件要求的密钥派生强度低于允许值。该文件被改动或已损坏；未做任何更改。请使用恢复码或恢复备份。</translation>
    </message>
    <message>
      <source>The key-slot file asks for key-derivation settings ShelterDesk never uses ({memory} MiB of memory, {passes} passes). It was altered or damaged; nothing was changed. Use the recovery code or restore a backup.</source>
      <translation>密钥槽文件要求 ShelterDesk 从不使用的密钥派生设置（内存 {memory} MiB，{passes} 轮）。该文件被改动或已损坏；未做任何更改。请使用恢复码或恢复备份。</translation>
    </message>
    <message>
      <source>This computer cannot spare the {memory} MiB of memory the key slot asks for. Close other programs and try again; nothing was changed.</source>
      <translation>本电脑无法提供密钥槽所需的 {memory} MiB 内存。请关闭其他程序后重试；未做任何更改。</translation>
    </message>
    <message>
      <source>The key-slot file was altered outside ShelterDesk (its database name or generation do not authenticate). Nothing was changed. Restore keyslots.json from a backup, or restore the latest backup into a new folder.</source>
      <translation>密钥槽文件在 ShelterDesk 之外被改动（其数据库名称或代数未通过验证）。未做任何更改。请从备份恢复 keyslots.json，或将最近的备份恢复到新文件夹。</translation>
    </message>
    <message>
      <source>The recovery code is not right.</source>
      <translation>恢复码不正确。</translation>
    </message>
    <message>
      <source>The user name or passphrase is not right. Check the keyboard layout and Caps Lock.</source>
      <translation>用户名或密码短语不正确。请检查键盘布局和大写锁定键。</translation>
    </message>
    <message>
      <source>A key slot holds a key of the wrong size; the key-slot file is damaged.</source>
      <translation>某个密钥槽中的密钥大小不对；密钥槽文件已损坏。</translation>
    </message>
    <message>
      <source>A key slot is damaged: the passphrase is right but the key it holds does not decrypt. Use the recovery code or a backup.</source>
      <translation>某个密钥槽已损坏：密码短语正确，但其中的密钥无法解密。请使用恢复码或备份。</translation>
    </message>
    <message>
      <source>This vault was made by a newer version of ShelterDesk. Install the newer version to open it.</source>
      <translation>此数据保险库由更新版本的 ShelterDesk 创建。请安装更新版本后再打开。</translation>
    </message>
    <message>
      <source>The vault file is damaged or was altered outside ShelterDesk (its pages do not authenticate). It was left untouched; restore it from your latest backup.</source>
      <translation>数据保险库文件已损坏或在 ShelterDesk 之外被改动（其页面未通过验证）。文件保持原样；请从最近的备份恢复。</translation>
    </message>
    <message>
      <source>This program's SQLCipher is not version 4; refusing to open the vault.</source>
      <translation>本程序的 SQLCipher 不是第 4 版；拒绝打开数据保险库。</translation>
    </message>
    <message>
      <source>The vault file is damaged or was altered outside ShelterDesk. Nothing was changed. Restore it from your latest backup.</source>
      <translation>数据保险库文件已损坏或在 ShelterDesk 之外被改动。未做任何更改。请从最近的备份恢复。</translation>
    </message>
    <message>
      <source>The vault is busy in another program. Close it there and try again.</source>
      <translation>数据保险库正被其他程序占用。请在那里关闭后重试。</translation>
    </message>
    <message>
      <source>Too many wrong attempts. Wait {seconds} seconds before trying again.</source>
      <translation>错误尝试次数过多。请等待 {seconds} 秒后再试。</translation>
    </message>
    <message>
      <source>The vault is locked.</source>
      <translation>数据保险库已锁定。</translation>
    </message>
    <message>
      <source>There is already a vault in {folder}. It was not changed.</source>
      <translation>{folder} 中已有数据保险库。它没有被更改。</translation>
    </message>
    <message>
      <source>There is no vault in {folder}. Create one first (shelterdesk-cli init).</source>
      <translation>{folder} 中没有数据保险库。请先创建一个（shelterdesk-cli init）。</translation>
    </message>
    <message>
      <source>This vault was saved by a newer version of ShelterDesk (schema {version}, this program knows up to {known}). Install the newer version; the vault was not changed.</source>
      <translation>此数据保险库由更新版本的 ShelterDesk 保存（架构版本 {version}，本程序最高只识别 {known}）。请安装更新版本；数据保险库未被更改。</translation>
    </message>
    <message>
      <source>The database in this folder belongs to another vault than its key-slot file. Nothing was changed.</source>
      <translation>此文件夹中的数据库属于另一个数据保险库，与其密钥槽文件不匹配。未做任何更改。</translation>
    </message>
    <message>
      <source>The key-slot file has lost its authentication (it was replaced by an altered or older copy). Nothing was changed. Restore keyslots.json from a backup, or restore the latest backup.</source>
      <translation>密钥槽文件失去了验证（它被改动过的或较旧的副本替换）。未做任何更改。请从备份恢复 keyslots.json，或恢复最近的备份。</translation>
    </message>
    <message>
      <source>The vault database ({database}) is missing. Restore it from a backup.</source>
      <translation>数据保险库数据库（{database}）缺失。请从备份恢复。</translation>
    </message>
    <message>
      <source>This database is not encrypted: it is a plain SQLite file, not a ShelterDesk vault. It was left untouched.</source>
      <translation>此数据库未加密：它是普通的 SQLite 文件，不是 ShelterDesk 数据保险库。文件保持原样。</translation>
    </message>
    <message>
      <source>The vault file is truncated (it is not a whole number of pages). It was left untouched; restore it from your latest backup.</source>
      <translation>数据保险库文件被截断（大小不是整数页）。文件保持原样；请从最近的备份恢复。</translation>
    </message>
    <message>
      <source>The vault is locked. Unlock it to continue.</source>
      <translation>数据保险库已锁定。请解锁后继续。</translation>
    </message>
    <message>
      <source>The vault is in use by another ShelterDesk window or command on this computer. Close it there (or lock it) and try again.</source>
      <translation>数据保险库正被本电脑上另一个 ShelterDesk 窗口或命令使用。请在那里关闭（或锁定）后重试。</translation>
    </message>
    <message>
      <source>{folder} holds a database but no key-slot file ({file}); it is not a ShelterDesk vault or its key-slot file was lost. Restore from a backup.</source>
      <translation>{folder} 中有数据库，但没有密钥槽文件（{file}）；它不是 ShelterDesk 数据保险库，或其密钥槽文件已丢失。请从备份恢复。</translation>
    </message>
    <message>
      <source>The key-slot file names the database {database}, which is not in the folder (it holds {others}): the key-slot file is older or newer than the database. Nothing was changed. Restore keyslots.json from a backup, or restore the latest backup into a new folder.</source>
      <translation>密钥槽文件指明的数据库是 {database}，但它不在文件夹中（文件夹中有 {others}）：密钥槽文件比数据库旧或新。未做任何更改。请从备份恢复 keyslots.json，或将最近的备份恢复到新文件夹。</translation>
    </message>
    <message>
      <source>The vault connection setting {setting} is {got}, expected {want}.</source>
      <translation>数据保险库连接设置 {setting} 为 {got}，应为 {want}。</translation>
    </message>
    <message>
      <source>The vault folder {folder} cannot be written to.</source>
      <translation>无法写入数据保险库文件夹 {folder}。</translation>
    </message>
    <message>
      <source>The key-slot file cannot be read.</source>
      <translation>无法读取密钥槽文件。</translation>
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
      <translation>页面</translation>
    </message>
    <message>
      <source>Lock  (Ctrl+L)</source>
      <translation>锁定  (Ctrl+L)</translation>
    </message>
    <message>
      <source>Lock the vault</source>
      <translation>锁定数据保险库</translation>
    </message>
    <message>
      <source>Backup &amp;&amp; restore…</source>
      <translation>备份 &amp;&amp; 恢复…</translation>
    </message>
    <message>
      <source>Backup and restore</source>
      <translation>备份和恢复</translation>
    </message>
    <message>
      <source>This vault is older than the last state this computer saw: it may have been put back from an older copy, or its audit log was cut. Recent work may be missing. Tell an administrator; they can run “Check the log” (Staff &amp; audit) and restore the latest backup.</source>
      <translation>此数据保险库比本电脑上次看到的状态更旧：它可能是从较旧的副本还原的，或者其审计日志被截断了。最近的工作可能已丢失。请告知管理员；管理员可以运行“检查日志”（工作人员与审计），并恢复最近的备份。</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>概览</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>登记册</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>转介</translation>
    </message>
    <message>
      <source>Agencies</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Staff &amp; audit</source>
      <translation>工作人员与审计</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>工作人员</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>Nothing to save here: Ctrl+S saves an open case file.</source>
      <translation>此处没有可保存的内容：Ctrl+S 用于保存已打开的个案档案。</translation>
    </message>
    <message>
      <source>Your role can read this case but not change it.</source>
      <translation>您的角色可以查看此个案，但不能修改。</translation>
    </message>
    <message>
      <source>No changes to save.</source>
      <translation>没有需要保存的更改。</translation>
    </message>
    <message>
      <source>Case saved.</source>
      <translation>个案已保存。</translation>
    </message>
    <message>
      <source>Not saved: see the message above the case.</source>
      <translation>未保存：请查看个案上方的提示。</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Demo vault with invented people, deleted when you quit.
User name: {user}
Passphrase: {pw}</source>
      <translation>演示用数据保险库，其中的人员均为虚构，退出时删除。
用户名：{user}
密码短语：{pw}</translation>
    </message>
    <message>
      <source>The demo vault could not be built ({error}). Quit and start the demo again.</source>
      <translation>无法创建演示用数据保险库（{error}）。请退出并重新启动演示。</translation>
    </message>
    <message>
      <source>ShelterDesk is already running on this computer.</source>
      <translation>ShelterDesk 已在本电脑上运行。</translation>
    </message>
    <message>
      <source>Its window has been brought to the front.</source>
      <translation>已将其窗口切换到前台。</translation>
    </message>
    <message>
      <source>Switch to its window, or close it before starting ShelterDesk again.</source>
      <translation>请切换到该窗口，或先关闭它，再重新启动 ShelterDesk。</translation>
    </message>
    <message>
      <source>Preparing the demo vault…</source>
      <translation>正在准备演示用数据保险库…</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>Please check these fields</source>
      <translation>请检查这些字段</translation>
    </message>
    <message>
      <source>Not allowed for your role</source>
      <translation>您的角色无权执行此操作</translation>
    </message>
    <message>
      <source>Someone else saved first</source>
      <translation>其他人已先保存</translation>
    </message>
    <message>
      <source>The disk is full</source>
      <translation>磁盘已满</translation>
    </message>
    <message>
      <source>Could not unlock</source>
      <translation>无法解锁</translation>
    </message>
    <message>
      <source>The vault cannot be used</source>
      <translation>无法使用数据保险库</translation>
    </message>
    <message>
      <source>This cannot be done</source>
      <translation>无法执行此操作</translation>
    </message>
  </context>
  <context>
    <name>register</name>
    <message>
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>需求</translation>
    </message>
    <message>
      <source>Name (passport)</source>
      <translation>姓名（护照）</translation>
    </message>
    <message>
      <source>Name (own script)</source>
      <translation>姓名（本国文字）</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>个案</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>天数</translation>
    </message>
    <message>
      <source>Waiting on</source>
      <translation>等待</translation>
    </message>
    <message>
      <source>Next follow-up</source>
      <translation>下次跟进</translation>
    </message>
    <message>
      <source>Days in the shelter since admission, up to discharge once the stay has ended</source>
      <translation>入住以来在庇护所的天数；居住结束后计算到离开日期</translation>
    </message>
    <message>
      <source>Open needs</source>
      <translation>未解决的需求</translation>
    </message>
    <message>
      <source>This column cannot be sorted</source>
      <translation>此列无法排序</translation>
    </message>
    <message>
      <source>{date}: overdue</source>
      <translation>{date}：已逾期</translation>
    </message>
  </context>
</TS>
