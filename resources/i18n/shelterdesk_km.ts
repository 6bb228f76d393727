<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- NOT YET REVIEWED by a native speaker. See docs/TRANSLATING.md for the reviewer's checklist. -->
<TS version="2.1" language="km_KH" sourcelanguage="en">
  <context>
    <name>AccessReport</name>
    <message>
      <source>Their own copy</source>
      <translation>ច្បាប់ចម្លងសាមីខ្លួន</translation>
    </message>
    <message>
      <source>Language of the report</source>
      <translation>ភាសារបស់របាយការណ៍</translation>
    </message>
    <message>
      <source>The report lists everything held about this person. The saved PDF is NOT encrypted: print it or hand it over, then delete the file. It is recorded in the disclosure register.</source>
      <translation>របាយការណ៍នេះរាយព័ត៌មានទាំងអស់ដែលយើងរក្សាទុកអំពីបុគ្គលនេះ។ ឯកសារ PDF ដែលរក្សាទុក មិនត្រូវបានអ៊ិនគ្រីបទេ៖ សូមបោះពុម្ព ឬប្រគល់វាឱ្យសាមីខ្លួន រួចលុបឯកសារនោះចោល។ ការនេះត្រូវបានកត់ត្រាក្នុងបញ្ជីការបង្ហាញព័ត៌មាន។</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>រក្សាទុកជា PDF</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>រក្សាទុករបាយការណ៍</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The report was saved. It is not encrypted: delete the file once it has been handed over.</source>
      <translation>បានរក្សាទុករបាយការណ៍។ វាមិនត្រូវបានអ៊ិនគ្រីបទេ៖ សូមលុបឯកសារនេះចោល ក្រោយពេលប្រគល់រួច។</translation>
    </message>
  </context>
  <context>
    <name>AdminHelpers</name>
    <message>
      <source>Cancel</source>
      <translation>បោះបង់</translation>
    </message>
  </context>
  <context>
    <name>Agencies</name>
    <message>
      <source>Enter the agency's name.</source>
      <translation>សូមបញ្ចូលឈ្មោះស្ថាប័ន។</translation>
    </message>
    <message>
      <source>Choose embassy, agency, police or provider.</source>
      <translation>សូមជ្រើសស្ថានទូត ស្ថាប័ន ប៉ូលិស ឬអ្នកផ្ដល់សេវា។</translation>
    </message>
    <message>
      <source>This agency has referrals, so it cannot be deleted. Rename it instead.</source>
      <translation>ស្ថាប័ននេះមានការបញ្ជូន ដូច្នេះមិនអាចលុបបានទេ។ សូមប្ដូរឈ្មោះវាជំនួសវិញ។</translation>
    </message>
  </context>
  <context>
    <name>AgenciesView</name>
    <message>
      <source>Agencies</source>
      <translation>ស្ថាប័ន</translation>
    </message>
    <message>
      <source>Agency kind</source>
      <translation>ប្រភេទស្ថាប័ន</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>គ្រប់ប្រភេទ</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ប្រភេទ</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ឈ្មោះ</translation>
    </message>
    <message>
      <source>Nationalities served</source>
      <translation>សញ្ជាតិដែលបម្រើ</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
      <source>Contact person</source>
      <translation>អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>ទូរសព្ទ</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>អ៊ីមែល</translation>
    </message>
    <message>
      <source>Letter language</source>
      <translation>ភាសាលិខិត</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
      <source>Serves nationals of</source>
      <translation>បម្រើពលរដ្ឋនៃ</translation>
    </message>
    <message>
      <source>New agency</source>
      <translation>ស្ថាប័នថ្មី</translation>
    </message>
    <message>
      <source>Save agency</source>
      <translation>រក្សាទុកស្ថាប័ន</translation>
    </message>
    <message>
      <source>Delete agency</source>
      <translation>លុបស្ថាប័ន</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>បង្ហាញ</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>ស្ថាប័ន</translation>
    </message>
    <message>
      <source>Only coordinators and administrators can change the directory.</source>
      <translation>មានតែអ្នកសម្របសម្រួល និងអ្នកគ្រប់គ្រងទេ ដែលអាចកែបញ្ជីឈ្មោះស្ថាប័នបាន។</translation>
    </message>
    <message>
      <source>Agency directory</source>
      <translation>បញ្ជីឈ្មោះស្ថាប័ន</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>បានរក្សាទុក។</translation>
    </message>
    <message>
      <source>Nothing was saved. Each message is next to its field.</source>
      <translation>មិនបានរក្សាទុកអ្វីទេ។ សារនីមួយៗនៅក្បែរប្រអប់របស់វា។</translation>
    </message>
    <message>
      <source>Deleted.</source>
      <translation>បានលុប។</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <source>a PDF document</source>
      <translation>ឯកសារ PDF</translation>
    </message>
    <message>
      <source>a JPEG photo</source>
      <translation>រូបថត JPEG</translation>
    </message>
    <message>
      <source>a PNG image</source>
      <translation>រូបភាព PNG</translation>
    </message>
    <message>
      <source>The file is {size} MB; the limit is {limit} MB. Scan at a lower resolution or split the document.</source>
      <translation>ឯកសារមានទំហំ {size} MB ចំណែកកម្រិតអតិបរមាគឺ {limit} MB។ សូមស្កេនដោយកម្រិតភាពច្បាស់ទាបជាងនេះ ឬបំបែកឯកសារ។</translation>
    </message>
    <message>
      <source>{problem} Nothing was stored.</source>
      <translation>{problem} មិនបានរក្សាទុកអ្វីទេ។</translation>
    </message>
    <message>
      <source>HEIC photos (the iPhone format) cannot be stored yet. Convert the photo to JPEG first (on the iPhone: Settings &gt; Camera &gt; Formats &gt; Most Compatible), then add it again.</source>
      <translation>មិនទាន់អាចរក្សាទុករូបថត HEIC (ទម្រង់ iPhone) បានទេ។ សូមបម្លែងរូបថតទៅជា JPEG ជាមុនសិន (នៅលើ iPhone៖ Settings &gt; Camera &gt; Formats &gt; Most Compatible) រួចបន្ថែមវាម្ដងទៀត។</translation>
    </message>
    <message>
      <source>Only PDF, JPEG and PNG files can be attached (the file name must end in .pdf, .jpg, .jpeg or .png).</source>
      <translation>អាចភ្ជាប់បានតែឯកសារ PDF, JPEG និង PNG ប៉ុណ្ណោះ (ឈ្មោះឯកសារត្រូវបញ្ចប់ដោយ .pdf, .jpg, .jpeg ឬ .png)។</translation>
    </message>
    <message>
      <source>The file has no name.</source>
      <translation>ឯកសារគ្មានឈ្មោះ។</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>ឯកសារទទេ។</translation>
    </message>
    <message>
      <source>not a PDF, JPEG or PNG file at all</source>
      <translation>មិនមែនជាឯកសារ PDF, JPEG ឬ PNG សោះ</translation>
    </message>
    <message>
      <source>The file's name says it is {claimed}, but its contents are {found}. Check that you chose the right file.</source>
      <translation>ឈ្មោះឯកសារបញ្ជាក់ថាវាជា{claimed} ប៉ុន្តែខ្លឹមសាររបស់វាជា{found}។ សូមពិនិត្យថាអ្នកបានជ្រើសឯកសារត្រឹមត្រូវ។</translation>
    </message>
    <message>
      <source>After cleaning, the image is larger than {limit} MB. Scan at a lower resolution.</source>
      <translation>ក្រោយពេលសម្អាត រូបភាពធំជាង {limit} MB។ សូមស្កេនដោយកម្រិតភាពច្បាស់ទាបជាងនេះ។</translation>
    </message>
    <message>
      <source>The image has far more pixels than any scan or photo needs; it may be crafted to exhaust memory.</source>
      <translation>រូបភាពនេះមានភីកសែលច្រើនលើសពីតម្រូវការនៃការស្កេន ឬរូបថតណាមួយ វាអាចត្រូវបានបង្កើតឡើងដើម្បីធ្វើឱ្យអស់អង្គចងចាំ។</translation>
    </message>
    <message>
      <source>The file is damaged or is not a valid {format} image.</source>
      <translation>ឯកសារខូច ឬមិនមែនជារូបភាព {format} ត្រឹមត្រូវ។</translation>
    </message>
    <message>
      <source>The PDF is protected by a password. Save an unprotected copy and add that instead.</source>
      <translation>PDF នេះត្រូវបានការពារដោយពាក្យសម្ងាត់។ សូមរក្សាទុកច្បាប់ចម្លងដែលគ្មានការការពារ ហើយបន្ថែមច្បាប់នោះជំនួសវិញ។</translation>
    </message>
    <message>
      <source>The PDF has no pages.</source>
      <translation>PDF នេះគ្មានទំព័រ។</translation>
    </message>
    <message>
      <source>The file is damaged or is not a valid PDF document.</source>
      <translation>ឯកសារខូច ឬមិនមែនជាឯកសារ PDF ត្រឹមត្រូវ។</translation>
    </message>
    <message>
      <source>The image claims {width} × {height} pixels, far more than any scan or photo needs; it may be crafted to exhaust memory.</source>
      <translation>រូបភាពនេះអះអាងថាមាន {width} × {height} ភីកសែល ដែលច្រើនលើសពីតម្រូវការនៃការស្កេន ឬរូបថតណាមួយ វាអាចត្រូវបានបង្កើតឡើងដើម្បីធ្វើឱ្យអស់អង្គចងចាំ។</translation>
    </message>
    <message>
      <source>Choose what the file is: {choices}.</source>
      <translation>សូមជ្រើសប្រភេទឯកសារ៖ {choices}។</translation>
    </message>
    <message>
      <source>The file cannot be read ({reason}).</source>
      <translation>មិនអាចអានឯកសារបានទេ ({reason})។</translation>
    </message>
    <message>
      <source>Choose a place outside the vault folder.</source>
      <translation>សូមជ្រើសទីតាំងនៅក្រៅថតឃ្លាំងទិន្នន័យ។</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>ថត {folder} មិនមានទេ។</translation>
    </message>
    <message>
      <source>The copy could not be written ({reason}).</source>
      <translation>មិនអាចសរសេរច្បាប់ចម្លងបានទេ ({reason})។</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsTab</name>
    <message>
      <source>Passport scan</source>
      <translation>រូបថតចម្លងលិខិតឆ្លងដែន</translation>
    </message>
    <message>
      <source>Identity paper scan</source>
      <translation>រូបថតចម្លងឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>រូបថត</translation>
    </message>
    <message>
      <source>Signed consent form</source>
      <translation>លិខិតយល់ព្រមដែលបានចុះហត្ថលេខា</translation>
    </message>
    <message>
      <source>Other document</source>
      <translation>ឯកសារផ្សេងទៀត</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>ឯកសារភ្ជាប់</translation>
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
      <translation>អ្វី</translation>
    </message>
    <message>
      <source>File</source>
      <translation>ឯកសារ</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>ទំហំ</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>បានបន្ថែម</translation>
    </message>
    <message>
      <source>By</source>
      <translation>ដោយ</translation>
    </message>
    <message>
      <source>Scans of identity papers, photos for travel documents and signed consent forms, kept encrypted inside the vault. PDF, JPEG or PNG up to 25 MB; photos lose their location and camera details when they are added.</source>
      <translation>រូបថតចម្លងឯកសារអត្តសញ្ញាណ រូបថតសម្រាប់ឯកសារធ្វើដំណើរ និងលិខិតយល់ព្រមដែលបានចុះហត្ថលេខា ដែលរក្សាទុកដោយអ៊ិនគ្រីបក្នុងឃ្លាំងទិន្នន័យ។ PDF, JPEG ឬ PNG មិនលើស 25 MB។ ពេលបន្ថែមរូបថត ព័ត៌មានទីតាំង និងកាមេរ៉ាត្រូវបានដកចេញ។</translation>
    </message>
    <message>
      <source>What it is</source>
      <translation>ជាអ្វី</translation>
    </message>
    <message>
      <source>Add a file…</source>
      <translation>បន្ថែមឯកសារ…</translation>
    </message>
    <message>
      <source>Add a file</source>
      <translation>បន្ថែមឯកសារ</translation>
    </message>
    <message>
      <source>Save a copy…</source>
      <translation>រក្សាទុកច្បាប់ចម្លង…</translation>
    </message>
    <message>
      <source>Save a copy</source>
      <translation>រក្សាទុកច្បាប់ចម្លង</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>ដកចេញ…</translation>
    </message>
    <message>
      <source>Remove the file</source>
      <translation>ដកឯកសារចេញ</translation>
    </message>
    <message>
      <source>Preview of the image</source>
      <translation>មើលរូបភាពជាមុន</translation>
    </message>
    <message>
      <source>No files are stored with this case yet.</source>
      <translation>មិនទាន់មានឯកសាររក្សាទុកជាមួយករណីនេះទេ។</translation>
    </message>
    <message>
      <source>Choose a file in the list to see it here.</source>
      <translation>ជ្រើសឯកសារមួយក្នុងបញ្ជី ដើម្បីមើលវានៅទីនេះ។</translation>
    </message>
    <message>
      <source>This image is too large to preview here. Save a copy to view it.</source>
      <translation>រូបភាពនេះធំពេក មិនអាចមើលនៅទីនេះបានទេ។ សូមរក្សាទុកច្បាប់ចម្លង ដើម្បីមើល។</translation>
    </message>
    <message>
      <source>Add a scan, photo or signed form</source>
      <translation>បន្ថែមរូបថតចម្លង រូបថត ឬលិខិតដែលបានចុះហត្ថលេខា</translation>
    </message>
    <message>
      <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)</source>
      <translation>រូបថតចម្លង និងរូបថត (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
      <source>Stored inside the vault. The original file on this computer is unchanged and NOT encrypted: delete it if it is no longer needed.</source>
      <translation>បានរក្សាទុកក្នុងឃ្លាំងទិន្នន័យ។ ឯកសារដើមនៅលើកុំព្យូទ័រនេះនៅដដែល ហើយមិនត្រូវបានអ៊ិនគ្រីបទេ៖ សូមលុបវាចោល បើលែងត្រូវការ។</translation>
    </message>
    <message>
      <source>Save a copy outside the vault</source>
      <translation>រក្សាទុកច្បាប់ចម្លងនៅក្រៅឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
      <source>The copy is NOT encrypted: anyone who can open the file can see it. Save it only to a place you control, and delete it once it has served its purpose. Saving it is recorded in the history.</source>
      <translation>ច្បាប់ចម្លងនេះមិនត្រូវបានអ៊ិនគ្រីបទេ៖ អ្នកណាដែលបើកឯកសារបាន អាចមើលវាបាន។ សូមរក្សាទុកវាតែនៅកន្លែងដែលអ្នកគ្រប់គ្រងបាន ហើយលុបវាចោលពេលប្រើរួច។ ការរក្សាទុកនេះត្រូវបានកត់ត្រាក្នុងប្រវត្តិ។</translation>
    </message>
    <message>
      <source>Files (*%1)</source>
      <translation>ឯកសារ (*%1)</translation>
    </message>
    <message>
      <source>Copy saved. It is not encrypted.</source>
      <translation>បានរក្សាទុកច្បាប់ចម្លង។ វាមិនត្រូវបានអ៊ិនគ្រីបទេ។</translation>
    </message>
    <message>
      <source>The file is deleted from the vault for good. This cannot be undone.</source>
      <translation>ឯកសារនេះនឹងត្រូវលុបចេញពីឃ្លាំងទិន្នន័យជាស្ថាពរ។ មិនអាចត្រឡប់វិញបានទេ។</translation>
    </message>
    <message>
      <source>The file was removed.</source>
      <translation>បានដកឯកសារចេញ។</translation>
    </message>
  </context>
  <context>
    <name>AuditText</name>
    <message>
      <source>Registered the person</source>
      <translation>បានចុះឈ្មោះបុគ្គលនេះ</translation>
    </message>
    <message>
      <source>Opened the case file</source>
      <translation>បានបើកឯកសារករណី</translation>
    </message>
    <message>
      <source>Changed the case</source>
      <translation>បានកែករណី</translation>
    </message>
    <message>
      <source>Added a need</source>
      <translation>បានបន្ថែមតម្រូវការ</translation>
    </message>
    <message>
      <source>Changed a need</source>
      <translation>បានកែតម្រូវការ</translation>
    </message>
    <message>
      <source>Moved a need</source>
      <translation>បានប្ដូរស្ថានភាពតម្រូវការ</translation>
    </message>
    <message>
      <source>Made a referral</source>
      <translation>បានធ្វើការបញ្ជូន</translation>
    </message>
    <message>
      <source>Moved a referral</source>
      <translation>បានប្ដូរស្ថានភាពការបញ្ជូន</translation>
    </message>
    <message>
      <source>Set a follow-up date</source>
      <translation>បានកំណត់ថ្ងៃតាមដាន</translation>
    </message>
    <message>
      <source>Recorded consent</source>
      <translation>បានកត់ត្រាការយល់ព្រម</translation>
    </message>
    <message>
      <source>Recorded a withdrawal of consent</source>
      <translation>បានកត់ត្រាការដកការយល់ព្រម</translation>
    </message>
    <message>
      <source>Issued a letter</source>
      <translation>បានចេញលិខិត</translation>
    </message>
    <message>
      <source>Printed a letter again</source>
      <translation>បានបោះពុម្ពលិខិតម្ដងទៀត</translation>
    </message>
    <message>
      <source>Added an agency</source>
      <translation>បានបន្ថែមស្ថាប័ន</translation>
    </message>
    <message>
      <source>Changed an agency</source>
      <translation>បានកែស្ថាប័ន</translation>
    </message>
    <message>
      <source>Deleted an agency</source>
      <translation>បានលុបស្ថាប័ន</translation>
    </message>
    <message>
      <source>Added a staff member</source>
      <translation>បានបន្ថែមបុគ្គលិក</translation>
    </message>
    <message>
      <source>Changed a staff member's role</source>
      <translation>បានប្ដូរតួនាទីបុគ្គលិក</translation>
    </message>
    <message>
      <source>Disabled or enabled a staff member</source>
      <translation>បានបិទ ឬបើកគណនីបុគ្គលិក</translation>
    </message>
    <message>
      <source>Removed a staff member</source>
      <translation>បានដកបុគ្គលិកចេញ</translation>
    </message>
    <message>
      <source>Changed a passphrase</source>
      <translation>បានប្ដូរឃ្លាសម្ងាត់</translation>
    </message>
    <message>
      <source>Changed a staff member's details</source>
      <translation>បានកែព័ត៌មានបុគ្គលិក</translation>
    </message>
    <message>
      <source>Unlocked the vault</source>
      <translation>បានដោះសោឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
      <source>Unlocked with the recovery code</source>
      <translation>បានដោះសោដោយលេខកូដសង្គ្រោះ</translation>
    </message>
    <message>
      <source>Made a new recovery code</source>
      <translation>បានបង្កើតលេខកូដសង្គ្រោះថ្មី</translation>
    </message>
    <message>
      <source>Created the vault</source>
      <translation>បានបង្កើតឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
      <source>Made a backup</source>
      <translation>បានបម្រុងទុក</translation>
    </message>
    <message>
      <source>Restored a backup</source>
      <translation>បានស្ដារការបម្រុងទុក</translation>
    </message>
    <message>
      <source>Changed the vault key</source>
      <translation>បានប្ដូរកូនសោឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
      <source>Changed the shelter's letterhead</source>
      <translation>បានកែក្បាលលិខិតរបស់ជម្រក</translation>
    </message>
    <message>
      <source>Changed the backup reminder</source>
      <translation>បានកែការរំលឹកបម្រុងទុក</translation>
    </message>
    <message>
      <source>Changed the wipe-after-wrong-passphrases setting</source>
      <translation>បានកែការកំណត់លុបឃ្លាសម្ងាត់ក្រោយបញ្ចូលខុស</translation>
    </message>
    <message>
      <source>Filled the demo vault</source>
      <translation>បានបំពេញឃ្លាំងទិន្នន័យសាកល្បង</translation>
    </message>
    <message>
      <source>Gave the person their own copy of their records</source>
      <translation>បានផ្ដល់ច្បាប់ចម្លងកំណត់ត្រាដល់សាមីខ្លួន</translation>
    </message>
    <message>
      <source>Stored a file with the case</source>
      <translation>បានរក្សាទុកឯកសារជាមួយករណី</translation>
    </message>
    <message>
      <source>Saved a copy of a stored file outside the vault</source>
      <translation>បានរក្សាទុកច្បាប់ចម្លងឯកសារនៅក្រៅឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
      <source>Removed a stored file</source>
      <translation>បានដកឯកសារដែលរក្សាទុកចេញ</translation>
    </message>
    <message>
      <source>Looked at a stored file</source>
      <translation>បានមើលឯកសារដែលរក្សាទុក</translation>
    </message>
    <message>
      <source>Anonymised the case (retention rule)</source>
      <translation>បានធ្វើឱ្យករណីជាអនាមិក (ច្បាប់រក្សាទុក)</translation>
    </message>
    <message>
      <source>Erased a case at the person's request</source>
      <translation>បានលុបចោលករណីតាមសំណើរបស់សាមីខ្លួន</translation>
    </message>
    <message>
      <source>Imported cases from a spreadsheet</source>
      <translation>បាននាំចូលករណីពីឯកសារតារាង</translation>
    </message>
    <message>
      <source>Took in a case from a partner shelter</source>
      <translation>បានទទួលករណីពីជម្រកដៃគូ</translation>
    </message>
    <message>
      <source>Sent the case to a partner shelter</source>
      <translation>បានផ្ញើករណីទៅជម្រកដៃគូ</translation>
    </message>
    <message>
      <source>Made the period report</source>
      <translation>បានធ្វើរបាយការណ៍តាមរយៈពេល</translation>
    </message>
    <message>
      <source>Changed the retention rule</source>
      <translation>បានកែច្បាប់រក្សាទុក</translation>
    </message>
    <message>
      <source>Created this shelter's identity key</source>
      <translation>បានបង្កើតកូនសោរបស់ជម្រកនេះ</translation>
    </message>
    <message>
      <source>Trusted a partner shelter's key</source>
      <translation>បានទុកចិត្តកូនសោរបស់ជម្រកដៃគូ</translation>
    </message>
    <message>
      <source>Changed: {fields}</source>
      <translation>បានកែ៖ {fields}</translation>
    </message>
  </context>
  <context>
    <name>AuditView</name>
    <message>
      <source>Cases</source>
      <translation>ករណី</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>តម្រូវការ</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>ការបញ្ជូន</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>ការយល់ព្រម</translation>
    </message>
    <message>
      <source>Letters</source>
      <translation>លិខិត</translation>
    </message>
    <message>
      <source>Agencies</source>
      <translation>ស្ថាប័ន</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>បុគ្គលិក</translation>
    </message>
    <message>
      <source>Unlocking</source>
      <translation>ការដោះសោ</translation>
    </message>
    <message>
      <source>Vault and backups</source>
      <translation>ឃ្លាំងទិន្នន័យ និងការបម្រុងទុក</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>លេខកូដសង្គ្រោះ</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>ការកំណត់</translation>
    </message>
    <message>
      <source>When</source>
      <translation>ពេលវេលា</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>អ្នកណា</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>សកម្មភាព</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>កំណត់ត្រា</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>បង្ហាញ</translation>
    </message>
    <message>
      <source>Audit log entries</source>
      <translation>ធាតុក្នុងកំណត់ត្រាសវនកម្ម</translation>
    </message>
    <message>
      <source>anyone</source>
      <translation>អ្នកណាក៏បាន</translation>
    </message>
    <message>
      <source>Action starts with</source>
      <translation>សកម្មភាពចាប់ផ្ដើមដោយ</translation>
    </message>
    <message>
      <source>any action</source>
      <translation>សកម្មភាពណាក៏បាន</translation>
    </message>
    <message>
      <source>From (date)</source>
      <translation>ពី (កាលបរិច្ឆេទ)</translation>
    </message>
    <message>
      <source>Until (date)</source>
      <translation>ដល់ (កាលបរិច្ឆេទ)</translation>
    </message>
    <message>
      <source>any date</source>
      <translation>ថ្ងៃណាក៏បាន</translation>
    </message>
    <message>
      <source>Show matching entries</source>
      <translation>បង្ហាញធាតុដែលត្រូវគ្នា</translation>
    </message>
    <message>
      <source>Show all</source>
      <translation>បង្ហាញទាំងអស់</translation>
    </message>
    <message>
      <source>Show all entries</source>
      <translation>បង្ហាញធាតុទាំងអស់</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>នាំចេញ…</translation>
    </message>
    <message>
      <source>Export the shown entries</source>
      <translation>នាំចេញធាតុដែលកំពុងបង្ហាញ</translation>
    </message>
    <message>
      <source>Check the log</source>
      <translation>ពិនិត្យកំណត់ត្រា</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>កំណត់ត្រាសវនកម្ម</translation>
    </message>
    <message>
      <source>From</source>
      <translation>ពី</translation>
    </message>
    <message>
      <source>until</source>
      <translation>ដល់</translation>
    </message>
    <message numerus="yes">
      <source>%n entry(s), newest first; scroll down for older ones.</source>
      <translation>
        <numerusform>%n ធាតុ ថ្មីបំផុតមុនគេ។ រំកិលចុះក្រោម ដើម្បីមើលធាតុចាស់ៗ។</numerusform>
        <numerusform>%n ធាតុ ថ្មីបំផុតមុនគេ។ រំកិលចុះក្រោម ដើម្បីមើលធាតុចាស់ៗ។</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n entry(s), newest first.</source>
      <translation>
        <numerusform>%n ធាតុ ថ្មីបំផុតមុនគេ។</numerusform>
        <numerusform>%n ធាតុ ថ្មីបំផុតមុនគេ។</numerusform>
      </translation>
    </message>
    <message>
      <source>Export the audit log</source>
      <translation>នាំចេញកំណត់ត្រាសវនកម្ម</translation>
    </message>
    <message>
      <source>The exported file is not encrypted: it leaves the vault. It holds who did what and when (user names, record numbers), never survivors' names. Keep it where only administrators can read it.</source>
      <translation>ឯកសារដែលនាំចេញមិនត្រូវបានអ៊ិនគ្រីបទេ៖ វាចេញពីឃ្លាំងទិន្នន័យ។ វាមានព័ត៌មានថាអ្នកណាបានធ្វើអ្វី និងនៅពេលណា (ឈ្មោះអ្នកប្រើ លេខកំណត់ត្រា) ប៉ុន្តែគ្មានឈ្មោះជនរងគ្រោះទេ។ សូមទុកវានៅកន្លែងដែលមានតែអ្នកគ្រប់គ្រងអាចអានបាន។</translation>
    </message>
    <message>
      <source>Choose a file…</source>
      <translation>ជ្រើសឯកសារ…</translation>
    </message>
    <message>
      <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
      <translation>CSV (*.csv);;សៀវភៅ Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>The file could not be written: {reason}</source>
      <translation>មិនអាចសរសេរឯកសារបានទេ៖ {reason}</translation>
    </message>
    <message>
      <source>{n} entries exported to {path}.</source>
      <translation>បាននាំចេញ {n} ធាតុទៅ {path}។</translation>
    </message>
    <message>
      <source>The log is intact: {n} entries, database pages authenticate.</source>
      <translation>កំណត់ត្រានៅល្អ៖ {n} ធាតុ ទំព័រមូលដ្ឋានទិន្នន័យត្រឹមត្រូវ។</translation>
    </message>
    <message>
      <source>The log does NOT check out ({n} entries read):
{problems}
Do not delete anything; keep a backup of the vault as it is now and compare with an earlier backup.</source>
      <translation>កំណត់ត្រាមិនត្រឹមត្រូវទេ (បានអាន {n} ធាតុ)៖
{problems}
កុំលុបអ្វីទាំងអស់។ សូមបម្រុងទុកឃ្លាំងទិន្នន័យដូចសភាពបច្ចុប្បន្ន ហើយប្រៀបធៀបជាមួយការបម្រុងទុកមុន។</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <source>Only an administrator may restore a backup.</source>
      <translation>មានតែអ្នកគ្រប់គ្រងទេ ដែលអាចស្ដារការបម្រុងទុកបាន។</translation>
    </message>
    <message>
      <source>The backup drive is full. No backup was written; free some space there or use another drive. The vault itself is unchanged.</source>
      <translation>ដ្រាយសម្រាប់បម្រុងទុកពេញហើយ។ មិនបានសរសេរការបម្រុងទុកទេ សូមធ្វើឱ្យមានទំហំទំនេរនៅទីនោះ ឬប្រើដ្រាយផ្សេង។ ឃ្លាំងទិន្នន័យខ្លួនវាមិនបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
      <source>Choose a file name for the backup, not a folder.</source>
      <translation>សូមជ្រើសឈ្មោះឯកសារសម្រាប់ការបម្រុងទុក មិនមែនថតទេ។</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist (is the drive plugged in?).</source>
      <translation>ថត {folder} មិនមានទេ (តើដ្រាយត្រូវបានដោតហើយឬនៅ?)។</translation>
    </message>
    <message>
      <source>{folder} is a file; choose a folder.</source>
      <translation>{folder} ជាឯកសារ សូមជ្រើសថត។</translation>
    </message>
    <message>
      <source>{folder} is not empty. Restore into a new folder, or confirm replacing the vault there (a safety copy is kept).</source>
      <translation>{folder} មិនទទេទេ។ សូមស្ដារទៅថតថ្មី ឬបញ្ជាក់ការជំនួសឃ្លាំងទិន្នន័យនៅទីនោះ (ច្បាប់ចម្លងសុវត្ថិភាពត្រូវបានរក្សាទុក)។</translation>
    </message>
    <message>
      <source>{folder} is not empty. Restore into a new folder.</source>
      <translation>{folder} មិនទទេទេ។ សូមស្ដារទៅថតថ្មី។</translation>
    </message>
    <message>
      <source>Enter your passphrase, or the recovery code.</source>
      <translation>សូមបញ្ចូលឃ្លាសម្ងាត់របស់អ្នក ឬលេខកូដសង្គ្រោះ។</translation>
    </message>
    <message>
      <source>Choose between 1 and 365 days.</source>
      <translation>សូមជ្រើសពី 1 ដល់ 365 ថ្ងៃ។</translation>
    </message>
    <message>
      <source>The backup does not open with the recovery code. A backup opens with the passphrase of anyone who was on the staff when it was made, or the recovery code of that time.</source>
      <translation>ការបម្រុងទុកនេះមិនបើកដោយលេខកូដសង្គ្រោះនេះទេ។ ការបម្រុងទុកបើកបានដោយឃ្លាសម្ងាត់របស់នរណាម្នាក់ដែលជាបុគ្គលិកនៅពេលវាត្រូវបានបង្កើត ឬដោយលេខកូដសង្គ្រោះនៃពេលនោះ។</translation>
    </message>
    <message>
      <source>The backup does not open with this user name and passphrase. A backup opens with the passphrase of anyone who was on the staff when it was made, or the recovery code of that time.</source>
      <translation>ការបម្រុងទុកនេះមិនបើកដោយឈ្មោះអ្នកប្រើ និងឃ្លាសម្ងាត់នេះទេ។ ការបម្រុងទុកបើកបានដោយឃ្លាសម្ងាត់របស់នរណាម្នាក់ដែលជាបុគ្គលិកនៅពេលវាត្រូវបានបង្កើត ឬដោយលេខកូដសង្គ្រោះនៃពេលនោះ។</translation>
    </message>
    <message>
      <source>The new backup did not read back correctly, so it was not kept; the previous backup {file} is unchanged. The drive may be failing; try another one.</source>
      <translation>ការបម្រុងទុកថ្មីអានត្រឡប់មិនត្រឹមត្រូវ ដូច្នេះមិនត្រូវបានរក្សាទុកទេ ការបម្រុងទុកមុន {file} មិនបានផ្លាស់ប្ដូរទេ។ ដ្រាយអាចកំពុងខូច សូមសាកល្បងដ្រាយផ្សេង។</translation>
    </message>
    <message>
      <source>The new backup did not read back correctly, so it was not kept. The drive may be failing; try another one.</source>
      <translation>ការបម្រុងទុកថ្មីអានត្រឡប់មិនត្រឹមត្រូវ ដូច្នេះមិនត្រូវបានរក្សាទុកទេ។ ដ្រាយអាចកំពុងខូច សូមសាកល្បងដ្រាយផ្សេង។</translation>
    </message>
    <message>
      <source>The backup file is damaged (it is incomplete or its contents changed since it was written). It cannot be restored; use another backup.</source>
      <translation>ឯកសារបម្រុងទុកខូច (មិនពេញលេញ ឬខ្លឹមសាររបស់វាបានផ្លាស់ប្ដូរតាំងពីពេលសរសេរ)។ មិនអាចស្ដារវាបានទេ សូមប្រើការបម្រុងទុកផ្សេង។</translation>
    </message>
    <message>
      <source>The backup file was altered after it was written: its contents do not authenticate. It cannot be restored; use another backup.</source>
      <translation>ឯកសារបម្រុងទុកត្រូវបានកែប្រែក្រោយពេលសរសេរ៖ ខ្លឹមសាររបស់វាមិនឆ្លងកាត់ការផ្ទៀងផ្ទាត់ភាពត្រឹមត្រូវទេ។ មិនអាចស្ដារវាបានទេ សូមប្រើការបម្រុងទុកផ្សេង។</translation>
    </message>
    <message>
      <source>There is no file {path}.</source>
      <translation>គ្មានឯកសារ {path} ទេ។</translation>
    </message>
    <message>
      <source>{path} is a folder, not a backup file.</source>
      <translation>{path} ជាថត មិនមែនជាឯកសារបម្រុងទុកទេ។</translation>
    </message>
    <message>
      <source>This backup was made by a newer version of ShelterDesk. Install the newer version to restore it.</source>
      <translation>ការបម្រុងទុកនេះត្រូវបានបង្កើតដោយ ShelterDesk កំណែថ្មីជាង។ សូមដំឡើងកំណែថ្មីជាង ដើម្បីស្ដារវា។</translation>
    </message>
    <message>
      <source>{file} is not a ShelterDesk backup file.</source>
      <translation>{file} មិនមែនជាឯកសារបម្រុងទុករបស់ ShelterDesk ទេ។</translation>
    </message>
    <message>
      <source>The audit log inside the backup does not check out: {problems}</source>
      <translation>កំណត់ត្រាសវនកម្មក្នុងការបម្រុងទុក មិនត្រឹមត្រូវទេ៖ {problems}</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <source>This vault has never been backed up. Back it up to a USB stick and keep the stick away from this computer.</source>
      <translation>ឃ្លាំងទិន្នន័យនេះមិនទាន់ធ្លាប់បម្រុងទុកទេ។ សូមបម្រុងទុកទៅក្នុង USB ហើយទុក USB នោះឱ្យឆ្ងាយពីកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
      <source>The last backup is {n} days old (reminder after {days} days). Back up now.</source>
      <translation>ការបម្រុងទុកចុងក្រោយមានអាយុ {n} ថ្ងៃហើយ (រំលឹកក្រោយ {days} ថ្ងៃ)។ សូមបម្រុងទុកឥឡូវ។</translation>
    </message>
    <message>
      <source>{file} ({size:,} bytes), made {made}: {cases} cases, {needs} needs, {referrals} referrals, {audit} audit entries.</source>
      <translation>{file} ({size:,} បៃ) ធ្វើនៅ {made}៖ ករណី {cases} តម្រូវការ {needs} ការបញ្ជូន {referrals} ធាតុសវនកម្ម {audit}។</translation>
    </message>
    <message>
      <source>Back up now…</source>
      <translation>បម្រុងទុកឥឡូវ…</translation>
    </message>
    <message>
      <source>Backup &amp; restore</source>
      <translation>បម្រុងទុក និងស្ដារ</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>បិទ</translation>
    </message>
    <message>
      <source>Make a backup</source>
      <translation>បម្រុងទុក</translation>
    </message>
    <message>
      <source>Last backup</source>
      <translation>ការបម្រុងទុកចុងក្រោយ</translation>
    </message>
    <message>
      <source>The backup is encrypted and opens with the passphrases of the staff of today (or the recovery code). Save it on a USB stick and keep the stick away from this computer. It is read back and checked before it counts as made.</source>
      <translation>ការបម្រុងទុកត្រូវបានអ៊ិនគ្រីប ហើយបើកបានដោយឃ្លាសម្ងាត់របស់បុគ្គលិកនាពេលនេះ (ឬលេខកូដសង្គ្រោះ)។ សូមរក្សាទុកវាក្នុង USB ហើយទុក USB នោះឱ្យឆ្ងាយពីកុំព្យូទ័រនេះ។ វាត្រូវបានអានត្រឡប់ និងពិនិត្យ មុននឹងចាត់ទុកថាបានបម្រុងទុករួច។</translation>
    </message>
    <message>
      <source>Back up to a file…</source>
      <translation>បម្រុងទុកទៅឯកសារ…</translation>
    </message>
    <message>
      <source>Backup progress</source>
      <translation>ដំណើរការបម្រុងទុក</translation>
    </message>
    <message>
      <source>Remind administrators after</source>
      <translation>រំលឹកអ្នកគ្រប់គ្រងក្រោយ</translation>
    </message>
    <message>
      <source> days</source>
      <translation> ថ្ងៃ</translation>
    </message>
    <message>
      <source>Remind after this many days without a backup</source>
      <translation>រំលឹកក្រោយចំនួនថ្ងៃនេះ ដោយគ្មានការបម្រុងទុក</translation>
    </message>
    <message>
      <source>Save reminder</source>
      <translation>រក្សាទុកការរំលឹក</translation>
    </message>
    <message>
      <source>Check or restore a backup</source>
      <translation>ពិនិត្យ ឬស្ដារការបម្រុងទុក</translation>
    </message>
    <message>
      <source>A backup opens with the user name and passphrase of someone who was on the staff when it was made; restoring needs an administrator of that time. The restored vault opens with the passphrases that were valid then.</source>
      <translation>ការបម្រុងទុកបើកបានដោយឈ្មោះអ្នកប្រើ និងឃ្លាសម្ងាត់របស់បុគ្គលិកដែលមាននៅពេលបម្រុងទុក។ ការស្ដារត្រូវការអ្នកគ្រប់គ្រងនៅពេលនោះ។ ឃ្លាំងទិន្នន័យដែលស្ដាររួច បើកបានដោយឃ្លាសម្ងាត់ដែលប្រើបាននៅពេលនោះ។</translation>
    </message>
    <message>
      <source>User name for the backup</source>
      <translation>ឈ្មោះអ្នកប្រើសម្រាប់ការបម្រុងទុក</translation>
    </message>
    <message>
      <source>Passphrase for the backup</source>
      <translation>ឃ្លាសម្ងាត់សម្រាប់ការបម្រុងទុក</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>ឈ្មោះអ្នកប្រើ</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
      <source>Check a backup file…</source>
      <translation>ពិនិត្យឯកសារបម្រុងទុក…</translation>
    </message>
    <message>
      <source>Restore into a new folder…</source>
      <translation>ស្ដារទៅថតថ្មី…</translation>
    </message>
    <message>
      <source>Replace this vault…</source>
      <translation>ជំនួសឃ្លាំងទិន្នន័យនេះ…</translation>
    </message>
    <message>
      <source>Replace this vault with a backup</source>
      <translation>ជំនួសឃ្លាំងទិន្នន័យនេះដោយការបម្រុងទុក</translation>
    </message>
    <message>
      <source>Last backup: never.</source>
      <translation>ការបម្រុងទុកចុងក្រោយ៖ មិនធ្លាប់មាន។</translation>
    </message>
    <message>
      <source>Last backup: {when} ({n} days ago).</source>
      <translation>ការបម្រុងទុកចុងក្រោយ៖ {when} ({n} ថ្ងៃមុន)។</translation>
    </message>
    <message>
      <source>Back up to a file</source>
      <translation>បម្រុងទុកទៅឯកសារ</translation>
    </message>
    <message>
      <source>No backup was made.</source>
      <translation>មិនបានបម្រុងទុកទេ។</translation>
    </message>
    <message>
      <source>Backup written, read back and verified, but the vault's key slots need attention:</source>
      <translation>បានសរសេរ អានត្រឡប់ និងផ្ទៀងផ្ទាត់ការបម្រុងទុករួច ប៉ុន្តែកូនសោរបស់ឃ្លាំងទិន្នន័យត្រូវការការពិនិត្យ៖</translation>
    </message>
    <message>
      <source>Backup written, read back and verified:</source>
      <translation>បានសរសេរ អានត្រឡប់ និងផ្ទៀងផ្ទាត់ការបម្រុងទុករួច៖</translation>
    </message>
    <message>
      <source>Administrators are reminded after {n} days without a backup.</source>
      <translation>អ្នកគ្រប់គ្រងនឹងទទួលការរំលឹក ក្រោយ {n} ថ្ងៃគ្មានការបម្រុងទុក។</translation>
    </message>
    <message>
      <source>Enter the user name and passphrase that open the backup.</source>
      <translation>សូមបញ្ចូលឈ្មោះអ្នកប្រើ និងឃ្លាសម្ងាត់ដែលបើកការបម្រុងទុកនេះ។</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
      <source>Check a backup file</source>
      <translation>ពិនិត្យឯកសារបម្រុងទុក</translation>
    </message>
    <message>
      <source>This backup cannot be used.</source>
      <translation>មិនអាចប្រើការបម្រុងទុកនេះបានទេ។</translation>
    </message>
    <message>
      <source>The backup is complete and authentic:</source>
      <translation>ការបម្រុងទុកពេញលេញ និងត្រឹមត្រូវ៖</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>ស្ដារការបម្រុងទុក</translation>
    </message>
    <message>
      <source>Choose a new, empty folder for the restored vault</source>
      <translation>ជ្រើសថតថ្មីទទេមួយ សម្រាប់ឃ្លាំងទិន្នន័យដែលស្ដារ</translation>
    </message>
    <message>
      <source>Nothing was restored.</source>
      <translation>មិនបានស្ដារអ្វីទេ។</translation>
    </message>
    <message>
      <source>Restored and checked into {folder}. It opens with the passphrases that were valid when the backup was made. This vault is unchanged.</source>
      <translation>បានស្ដារ និងពិនិត្យទៅក្នុង {folder}។ វាបើកបានដោយឃ្លាសម្ងាត់ដែលប្រើបាននៅពេលបម្រុងទុក។ ឃ្លាំងទិន្នន័យនេះនៅដដែល។</translation>
    </message>
    <message>
      <source>Replace this vault</source>
      <translation>ជំនួសឃ្លាំងទិន្នន័យនេះ</translation>
    </message>
    <message>
      <source>Replace the vault in {folder} with the backup made {made}?

ShelterDesk locks now. The current vault is kept as a safety copy next to it ({folder}.before-restore-…), then the backup takes its place. Everything entered after the backup was made is only in the safety copy.

Afterwards unlock with the passphrases that were valid when the backup was made.</source>
      <translation>ជំនួសឃ្លាំងទិន្នន័យក្នុង {folder} ដោយការបម្រុងទុកដែលធ្វើនៅ {made} ឬ?

ShelterDesk នឹងចាក់សោឥឡូវនេះ។ ឃ្លាំងទិន្នន័យបច្ចុប្បន្នត្រូវបានទុកជាច្បាប់ចម្លងសុវត្ថិភាពនៅក្បែរវា ({folder}.before-restore-…) បន្ទាប់មកការបម្រុងទុកនឹងជំនួសវា។ អ្វីៗដែលបញ្ចូលក្រោយពេលបម្រុងទុក មាននៅតែក្នុងច្បាប់ចម្លងសុវត្ថិភាពប៉ុណ្ណោះ។

បន្ទាប់មក សូមដោះសោដោយឃ្លាសម្ងាត់ដែលប្រើបាននៅពេលបម្រុងទុក។</translation>
    </message>
    <message>
      <source>Lock and replace</source>
      <translation>ចាក់សោ ហើយជំនួស</translation>
    </message>
    <message>
      <source>The vault could not be locked, so nothing was replaced.</source>
      <translation>មិនអាចចាក់សោឃ្លាំងទិន្នន័យបានទេ ដូច្នេះមិនបានជំនួសអ្វីទេ។</translation>
    </message>
    <message>
      <source>Vault replaced</source>
      <translation>បានជំនួសឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
      <source>The backup was restored and checked. The previous vault is kept as {safety}. Unlock with the passphrases that were valid when the backup was made.</source>
      <translation>បានស្ដារ និងពិនិត្យការបម្រុងទុករួច។ ឃ្លាំងទិន្នន័យមុនត្រូវបានទុកជា {safety}។ សូមដោះសោដោយឃ្លាសម្ងាត់ដែលប្រើបាននៅពេលបម្រុងទុក។</translation>
    </message>
  </context>
  <context>
    <name>BatchLettersDialog</name>
    <message numerus="yes">
      <source>The %n person(s) selected in the register.</source>
      <translation>
        <numerusform>%n នាក់ដែលបានជ្រើសក្នុងបញ្ជី។</numerusform>
        <numerusform>%n នាក់ដែលបានជ្រើសក្នុងបញ្ជី។</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Issued %n letter(s).</source>
      <translation>
        <numerusform>បានចេញលិខិត %n។</numerusform>
        <numerusform>បានចេញលិខិត %n។</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Skipped %n case(s).</source>
      <translation>
        <numerusform>បានរំលង %n ករណី។</numerusform>
        <numerusform>បានរំលង %n ករណី។</numerusform>
      </translation>
    </message>
    <message>
      <source>Close</source>
      <translation>បិទ</translation>
    </message>
    <message>
      <source>Batch letters</source>
      <translation>លិខិតជាក្រុម</translation>
    </message>
    <message>
      <source>Any nationality</source>
      <translation>សញ្ជាតិណាក៏បាន</translation>
    </message>
    <message>
      <source>Open cases (intake, sheltered, awaiting repatriation)</source>
      <translation>ករណីបើក (ទទួលចូល កំពុងស្នាក់នៅ រង់ចាំមាតុភូមិនិវត្តន៍)</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>ស្ថានភាពណាក៏បាន</translation>
    </message>
    <message>
      <source>Any (no filter)</source>
      <translation>ណាក៏បាន (គ្មានតម្រង)</translation>
    </message>
    <message>
      <source>Only cases with a referral still waiting on an embassy</source>
      <translation>តែករណីដែលមានការបញ្ជូននៅរង់ចាំស្ថានទូត</translation>
    </message>
    <message>
      <source>Embassy letter (chosen from each person's open needs)</source>
      <translation>លិខិតទៅស្ថានទូត (ជ្រើសតាមតម្រូវការមិនទាន់ដោះស្រាយរបស់បុគ្គលម្នាក់ៗ)</translation>
    </message>
    <message>
      <source>The embassy serving each person's nationality</source>
      <translation>ស្ថានទូតដែលបម្រើសញ្ជាតិរបស់បុគ្គលម្នាក់ៗ</translation>
    </message>
    <message>
      <source>Each recipient's letter language</source>
      <translation>ភាសាលិខិតរបស់អ្នកទទួលម្នាក់ៗ</translation>
    </message>
    <message>
      <source>English only</source>
      <translation>តែភាសាអង់គ្លេស</translation>
    </message>
    <message>
      <source>English and {language}</source>
      <translation>ភាសាអង់គ្លេស និង{language}</translation>
    </message>
    <message>
      <source>One PDF with every letter</source>
      <translation>PDF មួយដែលមានលិខិតទាំងអស់</translation>
    </message>
    <message>
      <source>One PDF per letter (named by case number and reference)</source>
      <translation>PDF មួយសម្រាប់លិខិតនីមួយៗ (ដាក់ឈ្មោះតាមលេខករណី និងលេខយោង)</translation>
    </message>
    <message>
      <source>Choose folder and start…</source>
      <translation>ជ្រើសថត ហើយចាប់ផ្ដើម…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>បោះបង់</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>សញ្ជាតិ</translation>
    </message>
    <message>
      <source>Case status</source>
      <translation>ស្ថានភាពករណី</translation>
    </message>
    <message>
      <source>Open need</source>
      <translation>តម្រូវការមិនទាន់ដោះស្រាយ</translation>
    </message>
    <message>
      <source>People</source>
      <translation>បុគ្គល</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>លិខិត</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>អ្នកទទួល</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>ភាសា</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>លទ្ធផល</translation>
    </message>
    <message>
      <source>Letters for every matching case</source>
      <translation>លិខិតសម្រាប់គ្រប់ករណីដែលត្រូវគ្នា</translation>
    </message>
    <message>
      <source>Saved letters are plaintext PDFs, NOT encrypted. Each letter is kept in the vault and entered in the disclosure register. Cases without consent, or without an embassy for their nationality, are skipped and listed.</source>
      <translation>លិខិតដែលរក្សាទុកជាឯកសារ PDF ធម្មតា មិនត្រូវបានអ៊ិនគ្រីបទេ។ លិខិតនីមួយៗត្រូវបានរក្សាទុកក្នុងឃ្លាំងទិន្នន័យ និងកត់ត្រាក្នុងបញ្ជីការបង្ហាញព័ត៌មាន។ ករណីដែលគ្មានការយល់ព្រម ឬគ្មានស្ថានទូតសម្រាប់សញ្ជាតិរបស់ពួកគេ នឹងត្រូវរំលង និងរាយឈ្មោះ។</translation>
    </message>
    <message>
      <source>Only coordinators and administrators can issue letters.</source>
      <translation>មានតែអ្នកសម្របសម្រួល និងអ្នកគ្រប់គ្រងទេ ដែលអាចចេញលិខិតបាន។</translation>
    </message>
    <message>
      <source>No case matches this filter.</source>
      <translation>គ្មានករណីណាត្រូវនឹងតម្រងនេះទេ។</translation>
    </message>
    <message>
      <source>Saved {file} in {folder}.</source>
      <translation>បានរក្សាទុក {file} ក្នុង {folder}។</translation>
    </message>
    <message>
      <source>Saved {n} files in {folder}.</source>
      <translation>បានរក្សាទុកឯកសារ {n} ក្នុង {folder}។</translation>
    </message>
    <message>
      <source>Cancelled after {done} of {total} cases.</source>
      <translation>បានបោះបង់ ក្រោយ {done} ក្នុងចំណោម {total} ករណី។</translation>
    </message>
    <message>
      <source>Skipped {case}: {reason}</source>
      <translation>បានរំលង {case}៖ {reason}</translation>
    </message>
  </context>
  <context>
    <name>CaseFile</name>
    <message>
      <source>Their own copy</source>
      <translation>ច្បាប់ចម្លងសាមីខ្លួន</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>បានរក្សាទុក។</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>បិទ</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>រក្សាទុក</translation>
    </message>
    <message>
      <source>Save case</source>
      <translation>រក្សាទុកករណី</translation>
    </message>
    <message>
      <source>Save the changes to this case (Ctrl+S)</source>
      <translation>រក្សាទុកការកែប្រែលើករណីនេះ (Ctrl+S)</translation>
    </message>
    <message>
      <source>Discard changes</source>
      <translation>បោះបង់ការកែប្រែ</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>ចម្លង</translation>
    </message>
    <message>
      <source>Copy a name or number</source>
      <translation>ចម្លងឈ្មោះ ឬលេខ</translation>
    </message>
    <message>
      <source>Copy the case number, a name or the passport number. The clipboard is cleared after 30 seconds and when ShelterDesk locks.</source>
      <translation>ចម្លងលេខករណី ឈ្មោះ ឬលេខលិខិតឆ្លងដែន។ ក្ដារតម្បៀតខ្ទាស់ត្រូវបានសម្អាតក្រោយ 30 វិនាទី និងពេល ShelterDesk ចាក់សោ។</translation>
    </message>
    <message>
      <source>Close case file</source>
      <translation>បិទឯកសារករណី</translation>
    </message>
    <message>
      <source>Their own copy…</source>
      <translation>ច្បាប់ចម្លងសាមីខ្លួន…</translation>
    </message>
    <message>
      <source>Everything held about this person, as a PDF in their language</source>
      <translation>ព័ត៌មានទាំងអស់អំពីបុគ្គលនេះ ជា PDF ជាភាសារបស់គេ</translation>
    </message>
    <message>
      <source>Transfer…</source>
      <translation>ផ្ទេរ…</translation>
    </message>
    <message>
      <source>Transfer to a partner shelter</source>
      <translation>ផ្ទេរទៅជម្រកដៃគូ</translation>
    </message>
    <message>
      <source>Send this case, sealed, to a trusted partner shelter (needs the person's consent for transfer)</source>
      <translation>ផ្ញើករណីនេះ ដោយបិទត្រា ទៅជម្រកដៃគូដែលទុកចិត្ត (ត្រូវការការយល់ព្រមរបស់សាមីខ្លួនសម្រាប់ការផ្ទេរ)</translation>
    </message>
    <message>
      <source>Erase…</source>
      <translation>លុបចោល…</translation>
    </message>
    <message>
      <source>Erase this case</source>
      <translation>លុបចោលករណីនេះ</translation>
    </message>
    <message>
      <source>Erase this case on the person's request (administrators; cannot be undone)</source>
      <translation>លុបចោលករណីនេះតាមសំណើរបស់សាមីខ្លួន (អ្នកគ្រប់គ្រង មិនអាចត្រឡប់វិញបានទេ)</translation>
    </message>
    <message>
      <source>Identity and names</source>
      <translation>អត្តសញ្ញាណ និងឈ្មោះ</translation>
    </message>
    <message>
      <source>Documents and immigration</source>
      <translation>ឯកសារ និងអន្តោប្រវេសន៍</translation>
    </message>
    <message>
      <source>Trafficking profile</source>
      <translation>ព័ត៌មានការជួញដូរ</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>តម្រូវការ</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>ការបញ្ជូន</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>ការយល់ព្រម</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>ឯកសារភ្ជាប់</translation>
    </message>
    <message>
      <source>History</source>
      <translation>ប្រវត្តិ</translation>
    </message>
    <message numerus="yes">
      <source>in the shelter for %n days</source>
      <translation>
        <numerusform>ស្នាក់នៅជម្រក %n ថ្ងៃ</numerusform>
        <numerusform>ស្នាក់នៅជម្រក %n ថ្ងៃ</numerusform>
      </translation>
    </message>
    <message>
      <source>Unsaved changes from before the lock were restored.</source>
      <translation>ការកែប្រែមិនទាន់រក្សាទុកពីមុនពេលចាក់សោ ត្រូវបានស្ដារវិញ។</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>បោះបង់</translation>
    </message>
    <message>
      <source>Someone else saved this case after you opened it. Reload their version; your edits will be put back on top of it for you to check and save.</source>
      <translation>មានអ្នកផ្សេងបានរក្សាទុកករណីនេះ ក្រោយពេលអ្នកបើកវា។ សូមផ្ទុកកំណែរបស់ពួកគេឡើងវិញ ការកែរបស់អ្នកនឹងត្រូវដាក់ពីលើវា ដើម្បីឱ្យអ្នកពិនិត្យ និងរក្សាទុក។</translation>
    </message>
    <message>
      <source>Reload and keep my edits</source>
      <translation>ផ្ទុកឡើងវិញ ហើយរក្សាការកែរបស់ខ្ញុំ</translation>
    </message>
    <message numerus="yes">
      <source>Nothing was saved: %n field(s) need attention. Each message is next to its field.</source>
      <translation>
        <numerusform>មិនបានរក្សាទុកអ្វីទេ៖ មាន %n ប្រអប់ត្រូវពិនិត្យ។ សារនីមួយៗនៅក្បែរប្រអប់របស់វា។</numerusform>
        <numerusform>មិនបានរក្សាទុកអ្វីទេ៖ មាន %n ប្រអប់ត្រូវពិនិត្យ។ សារនីមួយៗនៅក្បែរប្រអប់របស់វា។</numerusform>
      </translation>
    </message>
    <message>
      <source>Reloaded. Your edits are back on top; check them and save.</source>
      <translation>បានផ្ទុកឡើងវិញ។ ការកែរបស់អ្នកនៅពីលើ៖ សូមពិនិត្យ ហើយរក្សាទុក។</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>លេខករណី</translation>
    </message>
    <message>
      <source>Name (passport)</source>
      <translation>ឈ្មោះ (លិខិតឆ្លងដែន)</translation>
    </message>
    <message>
      <source>Name (own script)</source>
      <translation>ឈ្មោះ (អក្សរដើម)</translation>
    </message>
    <message>
      <source>Passport number {number}</source>
      <translation>លេខលិខិតឆ្លងដែន {number}</translation>
    </message>
    <message>
      <source>Embassy case number</source>
      <translation>លេខករណីនៅស្ថានទូត</translation>
    </message>
    <message>
      <source>This case has unsaved changes.</source>
      <translation>ករណីនេះមានការកែប្រែមិនទាន់រក្សាទុក។</translation>
    </message>
    <message>
      <source>Save and close</source>
      <translation>រក្សាទុក ហើយបិទ</translation>
    </message>
    <message>
      <source>Discard and close</source>
      <translation>បោះបង់ ហើយបិទ</translation>
    </message>
  </context>
  <context>
    <name>Cases</name>
    <message>
      <source>This case has not been registered yet; register it first.</source>
      <translation>ករណីនេះមិនទាន់បានចុះបញ្ជីនៅឡើយទេ សូមចុះបញ្ជីវាជាមុនសិន។</translation>
    </message>
    <message>
      <source>Registered cases that may be the same person: {count}. Check them before saving.</source>
      <translation>ករណីដែលបានចុះបញ្ជី ដែលអាចជាមនុស្សតែមួយ៖ {count}។ សូមពិនិត្យពួកវាមុននឹងរក្សាទុក។</translation>
    </message>
  </context>
  <context>
    <name>ChangePassphraseDialog</name>
    <message>
      <source>Change my passphrase</source>
      <translation>ប្ដូរឃ្លាសម្ងាត់របស់ខ្ញុំ</translation>
    </message>
    <message>
      <source>Your new passphrase opens the vault from now on; the old one stops working. Backups made earlier still open with the old one.</source>
      <translation>ចាប់ពីពេលនេះ ឃ្លាសម្ងាត់ថ្មីរបស់អ្នកបើកឃ្លាំងទិន្នន័យ ហើយឃ្លាសម្ងាត់ចាស់លែងប្រើបាន។ ការបម្រុងទុកដែលធ្វើមុននេះ នៅតែបើកដោយឃ្លាសម្ងាត់ចាស់។</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន</translation>
    </message>
    <message>
      <source>Type the new passphrase again</source>
      <translation>វាយឃ្លាសម្ងាត់ថ្មីម្ដងទៀត</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>ឃ្លាសម្ងាត់ថ្មី</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>ម្ដងទៀត</translation>
    </message>
    <message>
      <source>Passphrase message</source>
      <translation>សារឃ្លាសម្ងាត់</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>បោះបង់</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>ប្ដូរឃ្លាសម្ងាត់</translation>
    </message>
    <message>
      <source>The two new passphrases differ. Type them again.</source>
      <translation>ឃ្លាសម្ងាត់ថ្មីទាំងពីរមិនដូចគ្នាទេ។ សូមវាយម្ដងទៀត។</translation>
    </message>
  </context>
  <context>
    <name>Consent kinds</name>
    <message>
      <source>embassy</source>
      <translation>ស្ថានទូត</translation>
    </message>
    <message>
      <source>agency</source>
      <translation>ស្ថាប័ន</translation>
    </message>
    <message>
      <source>police</source>
      <translation>ប៉ូលិស</translation>
    </message>
    <message>
      <source>provider</source>
      <translation>អ្នកផ្ដល់សេវា</translation>
    </message>
  </context>
  <context>
    <name>ConsentTab</name>
    <message>
      <source>Notes</source>
      <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>ការយល់ព្រម</translation>
    </message>
    <message>
      <source>Consents</source>
      <translation>ការយល់ព្រម</translation>
    </message>
    <message>
      <source>A referral or letter to an agency needs this person's valid consent for that kind of recipient. Record consent only after explaining, in their language, what will be shared and with whom.</source>
      <translation>ការបញ្ជូន ឬលិខិតទៅស្ថាប័នណាមួយ ត្រូវការការយល់ព្រមដែលនៅមានសុពលភាពរបស់បុគ្គលនេះ សម្រាប់ប្រភេទអ្នកទទួលនោះ។ សូមកត់ត្រាការយល់ព្រម តែក្រោយពេលពន្យល់ជាភាសារបស់គេ ថានឹងចែករំលែកអ្វី និងជាមួយអ្នកណា។</translation>
    </message>
    <message>
      <source>Consent for</source>
      <translation>យល់ព្រមសម្រាប់</translation>
    </message>
    <message>
      <source>Given on</source>
      <translation>ថ្ងៃផ្ដល់</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>អ្នកបកប្រែ</translation>
    </message>
    <message>
      <source>Name of the interpreter, if one was used</source>
      <translation>ឈ្មោះអ្នកបកប្រែ បើមាន</translation>
    </message>
    <message>
      <source>Expires on</source>
      <translation>ផុតកំណត់ថ្ងៃ</translation>
    </message>
    <message>
      <source>Record consent</source>
      <translation>កត់ត្រាការយល់ព្រម</translation>
    </message>
    <message>
      <source>Withdraw this consent</source>
      <translation>ដកការយល់ព្រមនេះ</translation>
    </message>
    <message>
      <source>Consent for %1 recorded.</source>
      <translation>បានកត់ត្រាការយល់ព្រមសម្រាប់ %1។</translation>
    </message>
    <message>
      <source>Consent withdrawn as of today.</source>
      <translation>បានដកការយល់ព្រម គិតចាប់ពីថ្ងៃនេះ។</translation>
    </message>
  </context>
  <context>
    <name>Consents</name>
    <message>
      <source>embassy</source>
      <translation>ស្ថានទូត</translation>
    </message>
    <message>
      <source>agency</source>
      <translation>ស្ថាប័ន</translation>
    </message>
    <message>
      <source>police</source>
      <translation>ប៉ូលិស</translation>
    </message>
    <message>
      <source>provider</source>
      <translation>អ្នកផ្ដល់សេវា</translation>
    </message>
    <message>
      <source>statistics</source>
      <translation>ស្ថិតិ</translation>
    </message>
    <message>
      <source>transfer</source>
      <translation>ការផ្ទេរ</translation>
    </message>
    <message>
      <source>Consent cannot be dated in the future.</source>
      <translation>ការយល់ព្រមមិនអាចដាក់កាលបរិច្ឆេទនៅអនាគតបានទេ។</translation>
    </message>
    <message>
      <source>The expiry is before the date consent was given.</source>
      <translation>ថ្ងៃផុតកំណត់ នៅមុនថ្ងៃដែលបានផ្ដល់ការយល់ព្រម។</translation>
    </message>
    <message>
      <source>There is no valid {kind} consent to withdraw.</source>
      <translation>គ្មានការយល់ព្រមសម្រាប់{kind}ដែលនៅមានសុពលភាព ដើម្បីដកវិញទេ។</translation>
    </message>
    <message>
      <source>Choose embassy, agency, police, provider or statistics.</source>
      <translation>សូមជ្រើសស្ថានទូត ស្ថាប័ន ប៉ូលិស អ្នកផ្ដល់សេវា ឬស្ថិតិ។</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>ShelterDesk — unexpected error</source>
      <translation>ShelterDesk — កំហុសមិនរំពឹងទុក</translation>
    </message>
    <message>
      <source>Something went wrong that ShelterDesk did not expect. Your saved records are safe in the vault; the last action may not have been completed.

If it happens again, copy the report below and send it to your support contact. It holds no survivor data, only where in the program the error happened.</source>
      <translation>មានបញ្ហាមួយកើតឡើង ដែល ShelterDesk មិនបានរំពឹងទុក។ កំណត់ត្រាដែលបានរក្សាទុករបស់អ្នក នៅសុវត្ថិភាពក្នុងឃ្លាំងទិន្នន័យ។ សកម្មភាពចុងក្រោយប្រហែលជាមិនទាន់បានបញ្ចប់។

បើវាកើតឡើងម្ដងទៀត សូមចម្លងរបាយការណ៍ខាងក្រោម ហើយផ្ញើទៅអ្នកគាំទ្របច្ចេកទេសរបស់អ្នក។ វាគ្មានទិន្នន័យជនរងគ្រោះទេ មានតែកន្លែងក្នុងកម្មវិធីដែលកំហុសកើតឡើងប៉ុណ្ណោះ។</translation>
    </message>
    <message>
      <source>Crash report</source>
      <translation>របាយការណ៍កំហុស</translation>
    </message>
    <message>
      <source>Copy report</source>
      <translation>ចម្លងរបាយការណ៍</translation>
    </message>
    <message>
      <source>Copy the crash report</source>
      <translation>ចម្លងរបាយការណ៍កំហុស</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>បានចម្លង</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <source>People</source>
      <translation>មនុស្ស</translation>
    </message>
    <message>
      <source>Admitted</source>
      <translation>បានចូល</translation>
    </message>
    <message>
      <source>under 1 week</source>
      <translation>តិចជាង 1 សប្ដាហ៍</translation>
    </message>
    <message>
      <source>1–2 weeks</source>
      <translation>1–2 សប្ដាហ៍</translation>
    </message>
    <message>
      <source>2–4 weeks</source>
      <translation>2–4 សប្ដាហ៍</translation>
    </message>
    <message>
      <source>1–2 months</source>
      <translation>1–2 ខែ</translation>
    </message>
    <message>
      <source>2 months or more</source>
      <translation>2 ខែ ឬច្រើនជាង</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>ផ្ទាំងសង្ខេប</translation>
    </message>
    <message>
      <source>Export anonymised statistics…</source>
      <translation>នាំចេញស្ថិតិអនាមិក…</translation>
    </message>
    <message>
      <source>Export anonymised statistics</source>
      <translation>នាំចេញស្ថិតិអនាមិក</translation>
    </message>
    <message>
      <source>Import a spreadsheet…</source>
      <translation>នាំចូលឯកសារតារាង…</translation>
    </message>
    <message>
      <source>Import a register from a spreadsheet</source>
      <translation>នាំចូលបញ្ជីពីឯកសារតារាង</translation>
    </message>
    <message>
      <source>Period report…</source>
      <translation>របាយការណ៍តាមរយៈពេល…</translation>
    </message>
    <message>
      <source>Period report for donors and authorities</source>
      <translation>របាយការណ៍តាមរយៈពេល សម្រាប់ម្ចាស់ជំនួយ និងអាជ្ញាធរ</translation>
    </message>
    <message>
      <source>Show the overdue referrals</source>
      <translation>បង្ហាញការបញ្ជូនដែលហួសកំណត់</translation>
    </message>
    <message>
      <source>Show the follow-ups due this week</source>
      <translation>បង្ហាញការតាមដានដែលត្រូវធ្វើសប្ដាហ៍នេះ</translation>
    </message>
    <message>
      <source>Click a bar or slice to see the people it counts.</source>
      <translation>ចុចលើរបារ ឬចំណិត ដើម្បីមើលមនុស្សដែលវារាប់។</translation>
    </message>
    <message numerus="yes">
      <source>%n people in the shelter</source>
      <translation>
        <numerusform>%n នាក់នៅក្នុងជម្រក</numerusform>
        <numerusform>%n នាក់នៅក្នុងជម្រក</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue referrals</source>
      <translation>
        <numerusform>ការបញ្ជូនហួសកំណត់ %n</numerusform>
        <numerusform>ការបញ្ជូនហួសកំណត់ %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n follow-ups due this week</source>
      <translation>
        <numerusform>ការតាមដាន %n ត្រូវធ្វើសប្ដាហ៍នេះ</numerusform>
        <numerusform>ការតាមដាន %n ត្រូវធ្វើសប្ដាហ៍នេះ</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n open needs</source>
      <translation>
        <numerusform>តម្រូវការមិនទាន់ដោះស្រាយ %n</numerusform>
        <numerusform>តម្រូវការមិនទាន់ដោះស្រាយ %n</numerusform>
      </translation>
    </message>
    <message>
      <source>In the shelter now, by nationality</source>
      <translation>នៅក្នុងជម្រកឥឡូវ តាមសញ្ជាតិ</translation>
    </message>
    <message>
      <source>In the shelter now, by status</source>
      <translation>នៅក្នុងជម្រកឥឡូវ តាមស្ថានភាព</translation>
    </message>
    <message>
      <source>Waiting on each agency, by days waited</source>
      <translation>កំពុងរង់ចាំស្ថាប័ននីមួយៗ តាមចំនួនថ្ងៃរង់ចាំ</translation>
    </message>
    <message>
      <source>Open needs by category and priority</source>
      <translation>តម្រូវការមិនទាន់ដោះស្រាយ តាមប្រភេទ និងអាទិភាព</translation>
    </message>
    <message>
      <source>Admitted in {month}</source>
      <translation>ចូលក្នុងខែ {month}</translation>
    </message>
    <message>
      <source>Left in {month}</source>
      <translation>ចាកចេញក្នុងខែ {month}</translation>
    </message>
    <message>
      <source>Admissions and departures per month</source>
      <translation>ការចូល និងការចាកចេញ ក្នុងមួយខែ</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>បានចាកចេញ</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <source>This vault holds real cases: invented people would be mixed in with them, and would appear in searches, counts, letters and exports. Use a separate vault for demonstrations (--vault), or, only if you are sure, add --into-real-vault.</source>
      <translation>ឃ្លាំងទិន្នន័យនេះមានករណីពិត៖ មនុស្សប្រឌិតនឹងត្រូវលាយឡំជាមួយពួកគេ ហើយនឹងលេចឡើងក្នុងការស្វែងរក ការរាប់ លិខិត និងការនាំចេញ។ សូមប្រើឃ្លាំងទិន្នន័យដាច់ដោយឡែកសម្រាប់ការបង្ហាញសាកល្បង (--vault) ឬបើអ្នកប្រាកដពិតប្រាកដ សូមបន្ថែម --into-real-vault។</translation>
    </message>
  </context>
  <context>
    <name>Disclosure</name>
    <message>
      <source>Preferred name</source>
      <translation>ឈ្មោះដែលចង់ឱ្យហៅ</translation>
    </message>
    <message>
      <source>Other names used</source>
      <translation>ឈ្មោះផ្សេងទៀតដែលបានប្រើ</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
      <source>Estimated age</source>
      <translation>អាយុប៉ាន់ស្មាន</translation>
    </message>
    <message>
      <source>Place of birth</source>
      <translation>ទីកន្លែងកំណើត</translation>
    </message>
    <message>
      <source>Father's name</source>
      <translation>ឈ្មោះឪពុក</translation>
    </message>
    <message>
      <source>Mother's name</source>
      <translation>ឈ្មោះម្ដាយ</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>ភេទ</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>យេនឌ័រ</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>សញ្ជាតិ</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>ភាសា</translation>
    </message>
    <message>
      <source>Interpreter needed</source>
      <translation>ត្រូវការអ្នកបកប្រែ</translation>
    </message>
    <message>
      <source>Passport number</source>
      <translation>លេខលិខិតឆ្លងដែន</translation>
    </message>
    <message>
      <source>Passport issued by</source>
      <translation>លិខិតឆ្លងដែនចេញដោយ</translation>
    </message>
    <message>
      <source>Passport expiry</source>
      <translation>ថ្ងៃផុតកំណត់លិខិតឆ្លងដែន</translation>
    </message>
    <message>
      <source>Passport status</source>
      <translation>ស្ថានភាពលិខិតឆ្លងដែន</translation>
    </message>
    <message>
      <source>National identity number</source>
      <translation>លេខអត្តសញ្ញាណប័ណ្ណសញ្ជាតិ</translation>
    </message>
    <message>
      <source>Other identity documents</source>
      <translation>ឯកសារអត្តសញ្ញាណផ្សេងទៀត</translation>
    </message>
    <message>
      <source>Date of entry to Cambodia</source>
      <translation>ថ្ងៃចូលប្រទេសកម្ពុជា</translation>
    </message>
    <message>
      <source>Visa</source>
      <translation>ទិដ្ឋាការ</translation>
    </message>
    <message>
      <source>Overstay (days)</source>
      <translation>ស្នាក់នៅហួសកំណត់ (ថ្ងៃ)</translation>
    </message>
    <message>
      <source>Overstay fine</source>
      <translation>ប្រាក់ពិន័យស្នាក់នៅហួសកំណត់</translation>
    </message>
    <message>
      <source>Exit permit</source>
      <translation>លិខិតអនុញ្ញាតចេញ</translation>
    </message>
    <message>
      <source>Embassy case number</source>
      <translation>លេខករណីរបស់ស្ថានទូត</translation>
    </message>
    <message>
      <source>Travel document</source>
      <translation>លិខិតធ្វើដំណើរ</translation>
    </message>
    <message>
      <source>Last address in Cambodia</source>
      <translation>អាសយដ្ឋានចុងក្រោយនៅកម្ពុជា</translation>
    </message>
    <message>
      <source>Admitted to the shelter</source>
      <translation>ចូលស្នាក់នៅជម្រក</translation>
    </message>
    <message>
      <source>Intended destination</source>
      <translation>ទិសដៅដែលមានបំណង</translation>
    </message>
    <message>
      <source>Home address</source>
      <translation>អាសយដ្ឋានផ្ទះ</translation>
    </message>
    <message>
      <source>Next of kin</source>
      <translation>សាច់ញាតិជិតបំផុត</translation>
    </message>
    <message>
      <source>Referred to the shelter by</source>
      <translation>បញ្ជូនមកជម្រកដោយ</translation>
    </message>
    <message>
      <source>Form of exploitation</source>
      <translation>ទម្រង់នៃការកេងប្រវ័ញ្ច</translation>
    </message>
    <message>
      <source>Recruitment</source>
      <translation>ការជ្រើសរើស</translation>
    </message>
    <message>
      <source>Where held</source>
      <translation>ទីកន្លែងដែលត្រូវបានឃុំឃាំង</translation>
    </message>
    <message>
      <source>Period held</source>
      <translation>រយៈពេលដែលត្រូវបានឃុំឃាំង</translation>
    </message>
    <message>
      <source>Means of control</source>
      <translation>មធ្យោបាយគ្រប់គ្រង</translation>
    </message>
    <message>
      <source>How they left</source>
      <translation>របៀបដែលបានចាកចេញ</translation>
    </message>
    <message>
      <source>Indicators of trafficking</source>
      <translation>សូចនាករនៃការជួញដូរមនុស្ស</translation>
    </message>
    <message>
      <source>Police report</source>
      <translation>របាយការណ៍ប៉ូលិស</translation>
    </message>
    <message>
      <source>Fit to fly</source>
      <translation>អាចធ្វើដំណើរតាមយន្តហោះ</translation>
    </message>
    <message>
      <source>Medical notes</source>
      <translation>កំណត់ចំណាំវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
      <source>Vulnerabilities</source>
      <translation>ភាពងាយរងគ្រោះ</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTab</name>
    <message>
      <source>Embassy case number</source>
      <translation>លេខករណីនៅស្ថានទូត</translation>
    </message>
    <message>
      <source>Document type</source>
      <translation>ប្រភេទឯកសារ</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>លេខឯកសារ</translation>
    </message>
    <message>
      <source>Issuing country</source>
      <translation>ប្រទេសចេញឯកសារ</translation>
    </message>
    <message>
      <source>Expiry date</source>
      <translation>ថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
      <source>Document status</source>
      <translation>ស្ថានភាពឯកសារ</translation>
    </message>
    <message>
      <source>Remove document</source>
      <translation>ដកឯកសារចេញ</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>ប្រភេទ</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>លេខ</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>ចេញដោយ</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>ផុតកំណត់</translation>
    </message>
    <message>
      <source>Where it is</source>
      <translation>នៅឯណា</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <translation>ឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
      <source>Add a document</source>
      <translation>បន្ថែមឯកសារ</translation>
    </message>
    <message>
      <source>Immigration</source>
      <translation>អន្តោប្រវេសន៍</translation>
    </message>
    <message>
      <source>Entry date</source>
      <translation>ថ្ងៃចូលប្រទេស</translation>
    </message>
    <message>
      <source>Visa</source>
      <translation>ទិដ្ឋាការ</translation>
    </message>
    <message>
      <source>Visa type</source>
      <translation>ប្រភេទទិដ្ឋាការ</translation>
    </message>
    <message>
      <source>e.g. tourist, business (E)</source>
      <translation>ឧ. ទេសចរណ៍ អាជីវកម្ម (E)</translation>
    </message>
    <message>
      <source>Visa expiry</source>
      <translation>ទិដ្ឋាការផុតកំណត់</translation>
    </message>
    <message>
      <source>Overstay days</source>
      <translation>ចំនួនថ្ងៃស្នាក់នៅហួសកំណត់</translation>
    </message>
    <message>
      <source>Overstay fine</source>
      <translation>ប្រាក់ពិន័យស្នាក់នៅហួសកំណត់</translation>
    </message>
    <message>
      <source>Amount and currency, as stated by immigration</source>
      <translation>ចំនួនទឹកប្រាក់ និងរូបិយប័ណ្ណ តាមអន្តោប្រវេសន៍បញ្ជាក់</translation>
    </message>
    <message>
      <source>Exit permit</source>
      <translation>លិខិតអនុញ្ញាតចេញ</translation>
    </message>
    <message>
      <source>Exit permit status</source>
      <translation>ស្ថានភាពលិខិតអនុញ្ញាតចេញ</translation>
    </message>
    <message>
      <source>Embassy</source>
      <translation>ស្ថានទូត</translation>
    </message>
    <message>
      <source>Travel document</source>
      <translation>លិខិតធ្វើដំណើរ</translation>
    </message>
    <message>
      <source>Travel document status</source>
      <translation>ស្ថានភាពលិខិតធ្វើដំណើរ</translation>
    </message>
  </context>
  <context>
    <name>Duplicates</name>
    <message>
      <source>same document number</source>
      <translation>លេខឯកសារដូចគ្នា</translation>
    </message>
    <message>
      <source>similar name, same date of birth</source>
      <translation>ឈ្មោះស្រដៀងគ្នា ថ្ងៃខែឆ្នាំកំណើតដូចគ្នា</translation>
    </message>
    <message>
      <source>similar name, same nationality</source>
      <translation>ឈ្មោះស្រដៀងគ្នា សញ្ជាតិដូចគ្នា</translation>
    </message>
  </context>
  <context>
    <name>EraseDialog</name>
    <message>
      <source>Erase this case</source>
      <translation>លុបចោលករណីនេះ</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>មូលហេតុ</translation>
    </message>
    <message>
      <source>Erasing deletes this case and everything about it: identity, needs, referrals, consents, letters, attachments and the details in its history. Only a line in the audit log remains: that a case was erased, by whom and why.

This cannot be undone. Backups made before today still hold the case until they are destroyed.</source>
      <translation>ការលុបចោលនឹងលុបករណីនេះ និងអ្វីៗទាំងអស់អំពីវា៖ អត្តសញ្ញាណ តម្រូវការ ការបញ្ជូន ការយល់ព្រម លិខិត ឯកសារភ្ជាប់ និងព័ត៌មានលម្អិតក្នុងប្រវត្តិរបស់វា។ នៅសល់តែមួយបន្ទាត់ក្នុងកំណត់ត្រាសវនកម្មប៉ុណ្ណោះ៖ ថាករណីមួយត្រូវបានលុបចោល ដោយអ្នកណា និងហេតុអ្វី។

មិនអាចត្រឡប់វិញបានទេ។ ការបម្រុងទុកដែលធ្វើមុនថ្ងៃនេះ នៅតែមានករណីនេះ រហូតដល់ពេលវាត្រូវបានបំផ្លាញ។</translation>
    </message>
    <message>
      <source>e.g. the person asked on 2026-11-30 (no names)</source>
      <translation>ឧ. សាមីខ្លួនបានស្នើនៅថ្ងៃ 2026-11-30 (កុំដាក់ឈ្មោះ)</translation>
    </message>
    <message>
      <source>Case number, to confirm</source>
      <translation>លេខករណី ដើម្បីបញ្ជាក់</translation>
    </message>
    <message>
      <source>Type the case number</source>
      <translation>វាយលេខករណី</translation>
    </message>
    <message>
      <source>Erase for good</source>
      <translation>លុបចោលជាស្ថាពរ</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export anonymised statistics</source>
      <translation>នាំចេញស្ថិតិអនាមិក</translation>
    </message>
    <message>
      <source>The saved file is NOT encrypted and holds names and case details: anyone who can open it can read them.</source>
      <translation>ឯកសារដែលរក្សាទុក មិនត្រូវបានអ៊ិនគ្រីបទេ ហើយមានឈ្មោះ និងព័ត៌មានករណី៖ អ្នកណាដែលបើកវាបាន អាចអានវាបាន។</translation>
    </message>
    <message>
      <source>The saved file is NOT encrypted: anyone who can open it can read it.</source>
      <translation>ឯកសារដែលរក្សាទុក មិនត្រូវបានអ៊ិនគ្រីបទេ៖ អ្នកណាដែលបើកវាបាន អាចអានវាបាន។</translation>
    </message>
    <message>
      <source>Exported files are not encrypted</source>
      <translation>ឯកសារដែលនាំចេញ មិនត្រូវបានអ៊ិនគ្រីបទេ</translation>
    </message>
    <message>
      <source>The export is recorded in the disclosure register. Save it only to a place you control, share it only with its recipient, and delete it when it is no longer needed.</source>
      <translation>ការនាំចេញនេះត្រូវបានកត់ត្រាក្នុងបញ្ជីការបង្ហាញព័ត៌មាន។ សូមរក្សាទុកវាតែនៅកន្លែងដែលអ្នកគ្រប់គ្រងបាន ចែករំលែកតែជាមួយអ្នកទទួលរបស់វា ហើយលុបវាចោលពេលលែងត្រូវការ។</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>សៀវភៅ Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
      <source>Save the export as</source>
      <translation>រក្សាទុកការនាំចេញជា</translation>
    </message>
    <message>
      <source>Save the register as</source>
      <translation>រក្សាទុកបញ្ជីជា</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
      <translation>សៀវភៅ Excel (*.xlsx);;ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
      <source>What to export</source>
      <translation>អ្វីដែលត្រូវនាំចេញ</translation>
    </message>
    <message>
      <source>Counts per month (aggregate, HXL-tagged)</source>
      <translation>ចំនួនក្នុងមួយខែ (សរុប មានស្លាក HXL)</translation>
    </message>
    <message>
      <source>One row per person, CTDC columns (consenting people only)</source>
      <translation>មួយជួរក្នុងមួយនាក់ ជួរឈរ CTDC (តែអ្នកដែលយល់ព្រម)</translation>
    </message>
    <message>
      <source>File format</source>
      <translation>ទម្រង់ឯកសារ</translation>
    </message>
    <message>
      <source>Excel workbook (.xlsx)</source>
      <translation>សៀវភៅ Excel (.xlsx)</translation>
    </message>
    <message>
      <source>CSV (.csv)</source>
      <translation>CSV (.csv)</translation>
    </message>
    <message>
      <source>Smallest group published (k)</source>
      <translation>ក្រុមតូចបំផុតដែលបោះពុម្ពផ្សាយ (k)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>នាំចេញ</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>ទម្រង់</translation>
    </message>
    <message>
      <source>Smallest group (k)</source>
      <translation>ក្រុមតូចបំផុត (k)</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>រក្សាទុកជា…</translation>
    </message>
    <message>
      <source>No names, case or document numbers, dates of birth, addresses or notes ever leave. Counts under k are left out; in the person-level file ages, countries and years are widened until every combination is shared by at least k people, and whoever still stands out is left out.</source>
      <translation>គ្មានឈ្មោះ លេខករណី ឬលេខឯកសារ ថ្ងៃខែឆ្នាំកំណើត អាសយដ្ឋាន ឬកំណត់ចំណាំ ចេញទៅក្រៅឡើយ។ ចំនួនតិចជាង k ត្រូវបានដកចេញ។ ក្នុងឯកសារតាមបុគ្គល អាយុ ប្រទេស និងឆ្នាំ ត្រូវបានពង្រីកជាចន្លោះ រហូតដល់បន្សំនីមួយៗមានយ៉ាងហោចណាស់ k នាក់ ហើយអ្នកណាដែលនៅតែលេចធ្លោ ត្រូវបានដកចេញ។</translation>
    </message>
    <message>
      <source>The file could not be written ({reason}). Nothing was recorded.</source>
      <translation>មិនអាចសរសេរឯកសារបានទេ ({reason})។ មិនបានកត់ត្រាអ្វីទេ។</translation>
    </message>
    <message>
      <source>Saved {file}: {rows} row(s) written, {suppressed} left out because they counted fewer than {k} people.</source>
      <translation>បានរក្សាទុក {file}៖ បានសរសេរ {rows} ជួរ ដកចេញ {suppressed} ព្រោះវារាប់បានតិចជាង {k} នាក់។</translation>
    </message>
    <message>
      <source>{generalised} row(s) were generalised; {no_consent} case(s) without consent for anonymised statistics were left out.</source>
      <translation>{generalised} ជួរត្រូវបានធ្វើឱ្យទូទៅ។ {no_consent} ករណីដែលគ្មានការយល់ព្រមសម្រាប់ស្ថិតិអនាមិក ត្រូវបានដកចេញ។</translation>
    </message>
  </context>
  <context>
    <name>Exports</name>
    <message>
      <source>Choose csv or xlsx.</source>
      <translation>សូមជ្រើស csv ឬ xlsx។</translation>
    </message>
    <message>
      <source>Choose aggregate or cases.</source>
      <translation>សូមជ្រើសសរុប ឬករណី។</translation>
    </message>
    <message>
      <source>k must be a whole number from {low} to {high} (CTDC publishes with 11).</source>
      <translation>k ត្រូវជាចំនួនគត់ពី {low} ដល់ {high} (CTDC បោះពុម្ពផ្សាយជាមួយ 11)។</translation>
    </message>
  </context>
  <context>
    <name>Files</name>
    <message>
      <source>{path} is another name for one of the vault's own files. Choose another place; nothing was written.</source>
      <translation>{path} ជាឈ្មោះមួយទៀតនៃឯកសារមួយរបស់ឃ្លាំងទិន្នន័យ។ សូមជ្រើសទីតាំងផ្សេង មិនបានសរសេរអ្វីទេ។</translation>
    </message>
    <message>
      <source>{path} is a file, not a folder. Choose a folder; nothing was written.</source>
      <translation>{path} ជាឯកសារ មិនមែនថតទេ។ សូមជ្រើសថត មិនបានសរសេរអ្វីទេ។</translation>
    </message>
    <message>
      <source>{path} is a folder. Give a file name; nothing was written.</source>
      <translation>{path} ជាថត។ សូមដាក់ឈ្មោះឯកសារ មិនបានសរសេរអ្វីទេ។</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist. Choose an existing folder; nothing was written.</source>
      <translation>ថត {folder} មិនមានទេ។ សូមជ្រើសថតដែលមានស្រាប់ មិនបានសរសេរអ្វីទេ។</translation>
    </message>
    <message>
      <source>The folder {folder} cannot be written to ({reason}). Choose another folder; nothing was written.</source>
      <translation>មិនអាចសរសេរចូលថត {folder} បានទេ ({reason})។ សូមជ្រើសថតផ្សេង មិនបានសរសេរអ្វីទេ។</translation>
    </message>
    <message>
      <source>{path} could not be written ({reason}). Nothing was saved there; choose another place.</source>
      <translation>មិនអាចសរសេរ {path} បានទេ ({reason})។ មិនបានរក្សាទុកអ្វីនៅទីនោះទេ សូមជ្រើសទីតាំងផ្សេង។</translation>
    </message>
    <message>
      <source>{path} is inside ShelterDesk's own folder ({folder}), where the vault and its state files live. Choose another place; nothing was written.</source>
      <translation>{path} ស្ថិតនៅក្នុងថតផ្ទាល់របស់ ShelterDesk ({folder}) ដែលជាកន្លែងរក្សាទុកឃ្លាំងទិន្នន័យ និងឯកសារស្ថានភាពរបស់វា។ សូមជ្រើសទីតាំងផ្សេង មិនបានសរសេរអ្វីទេ។</translation>
    </message>
    <message>
      <source>{path} could not be written ({reason}). Nothing was saved there and nothing was recorded; choose another place.</source>
      <translation>មិនអាចសរសេរ {path} បានទេ ({reason})។ មិនបានរក្សាទុកអ្វីនៅទីនោះ ហើយមិនបានកត់ត្រាអ្វីទេ សូមជ្រើសទីតាំងផ្សេង។</translation>
    </message>
    <message>
      <source>{path} could not be put in place ({reason}). The letter is kept in the vault and recorded as issued; re-print it from the disclosure register.</source>
      <translation>មិនអាចដាក់ {path} ចូលកន្លែងបានទេ ({reason})។ លិខិតនៅតែរក្សាទុកក្នុងឃ្លាំងទិន្នន័យ ហើយត្រូវបានកត់ត្រាថាបានចេញ សូមបោះពុម្ពវាឡើងវិញពីបញ្ជីការបង្ហាញព័ត៌មាន។</translation>
    </message>
  </context>
  <context>
    <name>FirstPassphraseScreen</name>
    <message>
      <source>Choose your own passphrase</source>
      <translation>ជ្រើសឃ្លាសម្ងាត់ផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
      <source>You unlocked with a one-time passphrase or the recovery code. Choose a passphrase only you know before you continue.</source>
      <translation>អ្នកបានដោះសោដោយឃ្លាសម្ងាត់ប្រើម្ដង ឬលេខកូដសង្គ្រោះ។ សូមជ្រើសឃ្លាសម្ងាត់ដែលមានតែអ្នកទេដែលដឹង មុននឹងបន្ត។</translation>
    </message>
    <message>
      <source>Type the new passphrase again</source>
      <translation>វាយឃ្លាសម្ងាត់ថ្មីម្ដងទៀត</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>ឃ្លាសម្ងាត់ថ្មី</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>ម្ដងទៀត</translation>
    </message>
    <message>
      <source>Lock instead</source>
      <translation>ចាក់សោវិញ</translation>
    </message>
    <message>
      <source>Save and continue</source>
      <translation>រក្សាទុក ហើយបន្ត</translation>
    </message>
    <message>
      <source>Save the new passphrase and continue</source>
      <translation>រក្សាទុកឃ្លាសម្ងាត់ថ្មី ហើយបន្ត</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation>ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយម្ដងទៀត។</translation>
    </message>
  </context>
  <context>
    <name>FirstRunScreen</name>
    <message>
      <source>Welcome to ShelterDesk</source>
      <translation>សូមស្វាគមន៍មកកាន់ ShelterDesk</translation>
    </message>
    <message>
      <source>Everything ShelterDesk stores is encrypted on this computer. Create the vault and the first administrator. Only people with a passphrase (or the recovery code) can open it.</source>
      <translation>អ្វីៗទាំងអស់ដែល ShelterDesk រក្សាទុក ត្រូវបានអ៊ិនគ្រីបនៅលើកុំព្យូទ័រនេះ។ សូមបង្កើតឃ្លាំងទិន្នន័យ និងអ្នកគ្រប់គ្រងដំបូង។ មានតែអ្នកដែលមានឃ្លាសម្ងាត់ (ឬលេខកូដសង្គ្រោះ) ទេ ដែលអាចបើកវាបាន។</translation>
    </message>
    <message>
      <source>Shelter name</source>
      <translation>ឈ្មោះជម្រក</translation>
    </message>
    <message>
      <source>Administrator user name</source>
      <translation>ឈ្មោះអ្នកប្រើរបស់អ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
      <source>e.g. sokha</source>
      <translation>ឧ. sokha</translation>
    </message>
    <message>
      <source>Administrator full name</source>
      <translation>ឈ្មោះពេញរបស់អ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
      <source>Type the passphrase again</source>
      <translation>វាយឃ្លាសម្ងាត់ម្ដងទៀត</translation>
    </message>
    <message>
      <source>Your user name</source>
      <translation>ឈ្មោះអ្នកប្រើរបស់អ្នក</translation>
    </message>
    <message>
      <source>Your full name</source>
      <translation>ឈ្មោះពេញរបស់អ្នក</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>ឃ្លាសម្ងាត់ម្ដងទៀត</translation>
    </message>
    <message>
      <source>Create the vault</source>
      <translation>បង្កើតឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
      <source>Enter the shelter's name; it heads every letter.</source>
      <translation>សូមបញ្ចូលឈ្មោះជម្រក វានឹងនៅលើក្បាលលិខិតទាំងអស់។</translation>
    </message>
    <message>
      <source>Choose a stronger passphrase (see the meter).</source>
      <translation>សូមជ្រើសឃ្លាសម្ងាត់ដែលរឹងមាំជាងនេះ (មើលរង្វាស់)។</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation>ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយម្ដងទៀត។</translation>
    </message>
    <message>
      <source>Write down the recovery code</source>
      <translation>សរសេរលេខកូដសង្គ្រោះទុក</translation>
    </message>
    <message>
      <source>This code opens the vault if every administrator forgets their passphrase. It is shown only now and cannot be shown again.

Write it on paper (or print the recovery kit), and lock it away from the computer, where only the shelter's director can reach it. Anyone who has it can read every record.</source>
      <translation>លេខកូដនេះបើកឃ្លាំងទិន្នន័យបាន ប្រសិនបើអ្នកគ្រប់គ្រងទាំងអស់ភ្លេចឃ្លាសម្ងាត់។ វាបង្ហាញតែពេលនេះប៉ុណ្ណោះ ហើយមិនអាចបង្ហាញម្ដងទៀតបានទេ។

សូមសរសេរវាលើក្រដាស (ឬបោះពុម្ពសន្លឹកសង្គ្រោះ) ហើយចាក់សោទុកឱ្យឆ្ងាយពីកុំព្យូទ័រ នៅកន្លែងដែលមានតែនាយកជម្រកទេអាចយកបាន។ អ្នកណាដែលមានវា អាចអានកំណត់ត្រាទាំងអស់បាន។</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>លេខកូដសង្គ្រោះ</translation>
    </message>
    <message>
      <source>Print the recovery kit…</source>
      <translation>បោះពុម្ពសន្លឹកសង្គ្រោះ…</translation>
    </message>
    <message>
      <source>Print the recovery kit with this code</source>
      <translation>បោះពុម្ពសន្លឹកសង្គ្រោះដែលមានលេខកូដនេះ</translation>
    </message>
    <message>
      <source>One page with this code and how to use it. Printing does not make a new code.</source>
      <translation>ទំព័រមួយដែលមានលេខកូដនេះ និងរបៀបប្រើ។ ការបោះពុម្ពមិនបង្កើតលេខកូដថ្មីទេ។</translation>
    </message>
    <message>
      <source>I have written the recovery code down and will keep it locked away.</source>
      <translation>ខ្ញុំបានសរសេរលេខកូដសង្គ្រោះទុកហើយ ហើយនឹងចាក់សោទុកវា។</translation>
    </message>
    <message>
      <source>I have written the recovery code down</source>
      <translation>ខ្ញុំបានសរសេរលេខកូដសង្គ្រោះទុកហើយ</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>បន្ត</translation>
    </message>
    <message>
      <source>Recovery kit</source>
      <translation>សន្លឹកសង្គ្រោះ</translation>
    </message>
    <message>
      <source>Print another copy…</source>
      <translation>បោះពុម្ពមួយច្បាប់ទៀត…</translation>
    </message>
    <message>
      <source>The shelter's letterhead</source>
      <translation>ក្បាលលិខិតរបស់ជម្រក</translation>
    </message>
    <message>
      <source>These details head every referral letter. You can change them later in Settings.</source>
      <translation>ព័ត៌មានទាំងនេះនៅលើក្បាលលិខិតបញ្ជូនទាំងអស់។ អ្នកអាចកែវាពេលក្រោយក្នុងការកំណត់។</translation>
    </message>
    <message>
      <source>Start using ShelterDesk</source>
      <translation>ចាប់ផ្ដើមប្រើ ShelterDesk</translation>
    </message>
  </context>
  <context>
    <name>Forms</name>
    <message>
      <source>Type to search, Enter to add</source>
      <translation>វាយដើម្បីស្វែងរក ចុច Enter ដើម្បីបន្ថែម</translation>
    </message>
    <message>
      <source>Type to search</source>
      <translation>វាយដើម្បីស្វែងរក</translation>
    </message>
    <message>
      <source>No country matches “%1”. Pick one from the list.</source>
      <translation>គ្មានប្រទេសណាត្រូវនឹង «%1» ទេ។ សូមជ្រើសមួយពីបញ្ជី។</translation>
    </message>
    <message>
      <source>No language matches “%1”. Pick one from the list.</source>
      <translation>គ្មានភាសាណាត្រូវនឹង «%1» ទេ។ សូមជ្រើសមួយពីបញ្ជី។</translation>
    </message>
    <message>
      <source>Remove %1</source>
      <translation>ដក %1 ចេញ</translation>
    </message>
    <message>
      <source>Problem with %1</source>
      <translation>បញ្ហាជាមួយ %1</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>ប្រតិទិន</translation>
    </message>
    <message>
      <source>Pick %1 from a calendar</source>
      <translation>ជ្រើស %1 ពីប្រតិទិន</translation>
    </message>
    <message>
      <source>Pick the date from a calendar (Alt+Down)</source>
      <translation>ជ្រើសកាលបរិច្ឆេទពីប្រតិទិន (Alt+Down)</translation>
    </message>
    <message>
      <source>e.g. %1, empty if unknown</source>
      <translation>ឧ. %1 ទុកទទេ បើមិនដឹង</translation>
    </message>
    <message>
      <source>“%1” is not a date. Write it as %2, 14/03/1996 or 1996-03-14 (with a four-digit year), pick it from the calendar, or leave it empty.</source>
      <translation>«%1» មិនមែនជាកាលបរិច្ឆេទទេ។ សូមសរសេរជា %2, 14/03/1996 ឬ 1996-03-14 (ឆ្នាំបួនខ្ទង់) ជ្រើសពីប្រតិទិន ឬទុកទទេ។</translation>
    </message>
    <message>
      <source>Enter a whole number, or leave it empty.</source>
      <translation>សូមបញ្ចូលចំនួនគត់ ឬទុកទទេ។</translation>
    </message>
    <message>
      <source>One per line</source>
      <translation>មួយក្នុងមួយបន្ទាត់</translation>
    </message>
    <message>
      <source>Stateless</source>
      <translation>គ្មានសញ្ជាតិ</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>មិនដឹង</translation>
    </message>
  </context>
  <context>
    <name>HistoryTab</name>
    <message>
      <source>History</source>
      <translation>ប្រវត្តិ</translation>
    </message>
    <message>
      <source>Case history</source>
      <translation>ប្រវត្តិករណី</translation>
    </message>
    <message>
      <source>Who opened or changed this case, and when. Entries cannot be edited.</source>
      <translation>អ្នកណាបានបើក ឬកែករណីនេះ និងនៅពេលណា។ មិនអាចកែធាតុទាំងនេះបានទេ។</translation>
    </message>
  </context>
  <context>
    <name>IdentityTab</name>
    <message>
      <source>Name</source>
      <translation>ឈ្មោះ</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>ទូរសព្ទ</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>សញ្ជាតិ</translation>
    </message>
    <message>
      <source>Case status</source>
      <translation>ស្ថានភាពករណី</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>ករណី</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>ស្ថានភាព</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>ឈ្មោះ</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>នាមត្រកូល</translation>
    </message>
    <message>
      <source>As in the passport</source>
      <translation>ដូចក្នុងលិខិតឆ្លងដែន</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>នាមខ្លួន</translation>
    </message>
    <message>
      <source>Native script</source>
      <translation>អក្សរដើម</translation>
    </message>
    <message>
      <source>Name in native script</source>
      <translation>ឈ្មោះជាអក្សរដើម</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>ឈ្មោះដែលចូលចិត្ត</translation>
    </message>
    <message>
      <source>Other names</source>
      <translation>ឈ្មោះផ្សេងទៀត</translation>
    </message>
    <message>
      <source>Aliases, one per line</source>
      <translation>ឈ្មោះហៅក្រៅ មួយក្នុងមួយបន្ទាត់</translation>
    </message>
    <message>
      <source>About the person</source>
      <translation>អំពីបុគ្គលនេះ</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>ភេទ</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>យេនឌ័រ</translation>
    </message>
    <message>
      <source>As the person describes it</source>
      <translation>តាមដែលសាមីខ្លួនពិពណ៌នា</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
      <source>Place of birth</source>
      <translation>ទីកន្លែងកំណើត</translation>
    </message>
    <message>
      <source>Father's name</source>
      <translation>ឈ្មោះឪពុក</translation>
    </message>
    <message>
      <source>As in civil records; embassies check it</source>
      <translation>ដូចក្នុងបញ្ជីអត្រានុកូលដ្ឋាន ស្ថានទូតពិនិត្យវា</translation>
    </message>
    <message>
      <source>Mother's name</source>
      <translation>ឈ្មោះម្ដាយ</translation>
    </message>
    <message>
      <source>Estimated age</source>
      <translation>អាយុប៉ាន់ស្មាន</translation>
    </message>
    <message>
      <source>years</source>
      <translation>ឆ្នាំ</translation>
    </message>
    <message>
      <source>Date of birth or age is estimated</source>
      <translation>ថ្ងៃកំណើត ឬអាយុ ជាការប៉ាន់ស្មាន</translation>
    </message>
    <message>
      <source>Vulnerabilities</source>
      <translation>ភាពងាយរងគ្រោះ</translation>
    </message>
    <message>
      <source>Nationality and language</source>
      <translation>សញ្ជាតិ និងភាសា</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>ភាសា</translation>
    </message>
    <message>
      <source>Needs an interpreter</source>
      <translation>ត្រូវការអ្នកបកប្រែ</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
      <source>With country code, e.g. +62 812 3456 7890</source>
      <translation>មានលេខកូដប្រទេស ឧ. +62 812 3456 7890</translation>
    </message>
    <message>
      <source>Home address</source>
      <translation>អាសយដ្ឋានផ្ទះ</translation>
    </message>
    <message>
      <source>Last address in Cambodia</source>
      <translation>អាសយដ្ឋានចុងក្រោយនៅកម្ពុជា</translation>
    </message>
    <message>
      <source>Where the person last lived, not where they were held</source>
      <translation>កន្លែងដែលសាមីខ្លួនរស់នៅចុងក្រោយ មិនមែនកន្លែងដែលគេត្រូវបានឃុំទេ</translation>
    </message>
    <message>
      <source>Next of kin</source>
      <translation>សាច់ញាតិជិតបំផុត</translation>
    </message>
    <message>
      <source>Next of kin name</source>
      <translation>ឈ្មោះសាច់ញាតិជិតបំផុត</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>ទំនាក់ទំនងជា</translation>
    </message>
    <message>
      <source>e.g. mother, brother</source>
      <translation>ឧ. ម្ដាយ បងប្អូនប្រុស</translation>
    </message>
    <message>
      <source>Next of kin phone</source>
      <translation>ទូរសព្ទសាច់ញាតិជិតបំផុត</translation>
    </message>
    <message>
      <source>Safe to contact</source>
      <translation>ទាក់ទងបានដោយសុវត្ថិភាព</translation>
    </message>
    <message>
      <source>Shelter stay</source>
      <translation>ការស្នាក់នៅជម្រក</translation>
    </message>
    <message>
      <source>Admitted</source>
      <translation>ចូលស្នាក់នៅ</translation>
    </message>
    <message>
      <source>Admission date</source>
      <translation>ថ្ងៃចូលស្នាក់នៅ</translation>
    </message>
    <message>
      <source>Discharged</source>
      <translation>ចេញពីជម្រក</translation>
    </message>
    <message>
      <source>Discharge date</source>
      <translation>ថ្ងៃចេញពីជម្រក</translation>
    </message>
    <message>
      <source>Discharged to</source>
      <translation>ចេញទៅកាន់</translation>
    </message>
    <message>
      <source>Discharge destination</source>
      <translation>គោលដៅពេលចេញ</translation>
    </message>
    <message>
      <source>Where the person goes, e.g. home town after repatriation</source>
      <translation>កន្លែងដែលសាមីខ្លួនទៅ ឧ. ស្រុកកំណើតក្រោយមាតុភូមិនិវត្តន៍</translation>
    </message>
    <message>
      <source>Health (share only with consent)</source>
      <translation>សុខភាព (ចែករំលែកតែពេលមានការយល់ព្រម)</translation>
    </message>
    <message>
      <source>Fit to fly</source>
      <translation>អាចធ្វើដំណើរតាមយន្តហោះ</translation>
    </message>
    <message>
      <source>As the doctor stated it, with date and name</source>
      <translation>តាមគ្រូពេទ្យបញ្ជាក់ ដោយមានកាលបរិច្ឆេទ និងឈ្មោះ</translation>
    </message>
    <message>
      <source>Medical notes</source>
      <translation>កំណត់ចំណាំវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
      <source>Only what the person agreed may be shared in letters</source>
      <translation>តែអ្វីដែលសាមីខ្លួនយល់ព្រមឱ្យចែករំលែកក្នុងលិខិត</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>There is no column “{header}” in the file.</source>
      <translation>គ្មានជួរឈរ “{header}” ក្នុងឯកសារទេ។</translation>
    </message>
    <message>
      <source>Choose a .xlsx or .csv file.</source>
      <translation>សូមជ្រើសឯកសារ .xlsx ឬ .csv។</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>ឯកសារនេះទទេ។</translation>
    </message>
    <message>
      <source>The file has more than {limit} rows; split it and import each part.</source>
      <translation>ឯកសារនេះមានលើសពី {limit} ជួរដេក។ សូមបំបែកវា ហើយនាំចូលផ្នែកនីមួយៗ។</translation>
    </message>
    <message>
      <source>The mapping file needs a [columns] table of "Header" = "field".</source>
      <translation>ឯកសារផ្គូផ្គងត្រូវការតារាង [columns] ដែលមាន "Header" = "field"។</translation>
    </message>
    <message>
      <source>This CSV file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8” and try again.</source>
      <translation>ឯកសារ CSV នេះមិនមែនជាអត្ថបទ UTF-8 ទេ។ សូមរក្សាទុកវាពីឯកសារតារាងជា “CSV UTF-8” ហើយសាកម្ដងទៀត។</translation>
    </message>
    <message>
      <source>This file cannot be read as an Excel workbook (.xlsx).</source>
      <translation>មិនអាចអានឯកសារនេះជាសៀវភៅ Excel (.xlsx) បានទេ។</translation>
    </message>
    <message>
      <source>There is no sheet “{sheet}”. The sheets are: {sheets}.</source>
      <translation>គ្មានសន្លឹក “{sheet}” ទេ។ សន្លឹកដែលមាន៖ {sheets}។</translation>
    </message>
    <message>
      <source>The file cannot be read: {why}.</source>
      <translation>មិនអាចអានឯកសារបានទេ៖ {why}។</translation>
    </message>
    <message>
      <source>The mapping file cannot be read: {why}</source>
      <translation>មិនអាចអានឯកសារផ្គូផ្គងបានទេ៖ {why}</translation>
    </message>
    <message>
      <source>“{name}” is not a field. Use one of: {fields} (or {ignore}).</source>
      <translation>“{name}” មិនមែនជាប្រអប់ទេ។ សូមប្រើមួយក្នុងចំណោម៖ {fields} (ឬ {ignore})។</translation>
    </message>
    <message>
      <source>No column is mapped to a field. Map at least the name and nationality columns.</source>
      <translation>មិនទាន់មានជួរឈរណាមួយផ្គូផ្គងនឹងប្រអប់ទេ។ សូមផ្គូផ្គងយ៉ាងហោចណាស់ជួរឈរឈ្មោះ និងសញ្ជាតិ។</translation>
    </message>
    <message>
      <source>Problems found in the file: {count}; nothing was imported. Correct them and import again.</source>
      <translation>បញ្ហាក្នុងឯកសារ៖ {count}។ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមកែវា ហើយនាំចូលម្ដងទៀត។</translation>
    </message>
    <message>
      <source>A CSV file has no sheets; leave out --sheet.</source>
      <translation>ឯកសារ CSV គ្មានសន្លឹកទេ។ សូមដក --sheet ចេញ។</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was imported.</source>
      <translation>បានបោះបង់ការនាំចូល។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
      <source>row {row}</source>
      <translation>ជួរដេក {row}</translation>
    </message>
    <message>
      <source>“{value}” is not a date. Write it as YYYY-MM-DD or DD/MM/YYYY, e.g. 2026-03-14.</source>
      <translation>“{value}” មិនមែនជាកាលបរិច្ឆេទទេ។ សូមសរសេរជា YYYY-MM-DD ឬ DD/MM/YYYY ឧ. 2026-03-14។</translation>
    </message>
    <message>
      <source>not a case field (the fields are: {fields})</source>
      <translation>មិនមែនជាប្រអប់ករណីទេ (ប្រអប់ដែលមាន៖ {fields})</translation>
    </message>
    <message>
      <source>“{value}” is not a sex. Use female, male, intersex or unknown (or F, M, P, L).</source>
      <translation>“{value}” មិនមែនជាភេទទេ។ សូមប្រើ female, male, intersex ឬ unknown (ឬ F, M, P, L)។</translation>
    </message>
    <message>
      <source>“{value}” is not a passport status. Use one of: {choices}.</source>
      <translation>“{value}” មិនមែនជាស្ថានភាពលិខិតឆ្លងដែនទេ។ សូមប្រើមួយក្នុងចំណោម៖ {choices}។</translation>
    </message>
    <message>
      <source>“{value}” is not an age in years.</source>
      <translation>“{value}” មិនមែនជាអាយុគិតជាឆ្នាំទេ។</translation>
    </message>
    <message>
      <source>“{value}” is not a case status. Use one of: {choices}.</source>
      <translation>“{value}” មិនមែនជាស្ថានភាពករណីទេ។ សូមប្រើមួយក្នុងចំណោម៖ {choices}។</translation>
    </message>
    <message>
      <source>“{value}” is not yes or no.</source>
      <translation>“{value}” មិនមែនជា បាទ/ចាស ឬ ទេ។</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Cancel</source>
      <translation>បោះបង់</translation>
    </message>
    <message>
      <source>Import a register from a spreadsheet</source>
      <translation>នាំចូលបញ្ជីពីឯកសារតារាង</translation>
    </message>
    <message>
      <source>Choose the spreadsheet to import</source>
      <translation>ជ្រើសឯកសារតារាងដែលត្រូវនាំចូល</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.csv)</source>
      <translation>ឯកសារតារាង (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>No file chosen.</source>
      <translation>មិនទាន់ជ្រើសឯកសារ។</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>ជ្រើសឯកសារ…</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>សន្លឹក</translation>
    </message>
    <message>
      <source>Which field each column fills</source>
      <translation>ជួរឈរនីមួយៗបំពេញប្រអប់ណា</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>ជួរឈរក្នុងឯកសារ</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>ឧទាហរណ៍</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>ប្រអប់</translation>
    </message>
    <message>
      <source>The first rows as they will be stored</source>
      <translation>ជួរដេកដំបូងៗ តាមដែលនឹងរក្សាទុក</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>ជួរដេក</translation>
    </message>
    <message>
      <source>Problems and likely duplicates</source>
      <translation>បញ្ហា និងអ្វីដែលប្រហែលជាស្ទួន</translation>
    </message>
    <message>
      <source>Also import the likely duplicates</source>
      <translation>នាំចូលអ្វីដែលប្រហែលជាស្ទួនផងដែរ</translation>
    </message>
    <message>
      <source>Check the rows</source>
      <translation>ពិនិត្យជួរដេក</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>នាំចូល</translation>
    </message>
    <message>
      <source>Columns are matched to fields from their headers; correct any that are wrong. Nothing is imported until every row is correct, and then all rows are imported together.</source>
      <translation>ជួរឈរត្រូវបានផ្គូផ្គងនឹងប្រអប់តាមក្បាលជួរឈរ សូមកែអ្វីដែលខុស។ គ្មានអ្វីត្រូវបាននាំចូលទេ រហូតដល់ជួរដេកទាំងអស់ត្រឹមត្រូវ ហើយបន្ទាប់មក ជួរដេកទាំងអស់នឹងត្រូវនាំចូលជាមួយគ្នា។</translation>
    </message>
    <message>
      <source>Preview: the first rows as they will be stored</source>
      <translation>មើលជាមុន៖ ជួរដេកដំបូងៗ តាមដែលនឹងរក្សាទុក</translation>
    </message>
    <message>
      <source>(column {n})</source>
      <translation>(ជួរឈរ {n})</translation>
    </message>
    <message>
      <source>Field for column {name}</source>
      <translation>ប្រអប់សម្រាប់ជួរឈរ {name}</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— មិននាំចូល —</translation>
    </message>
    <message>
      <source>Each field can be filled from one column only: {fields}.</source>
      <translation>ប្រអប់នីមួយៗ អាចបំពេញពីជួរឈរតែមួយប៉ុណ្ណោះ៖ {fields}។</translation>
    </message>
    <message>
      <source>The mapping changed: check the rows again.</source>
      <translation>ការផ្គូផ្គងបានផ្លាស់ប្ដូរ៖ សូមពិនិត្យជួរដេកម្ដងទៀត។</translation>
    </message>
    <message>
      <source>Checking the rows…</source>
      <translation>កំពុងពិនិត្យជួរដេក…</translation>
    </message>
    <message>
      <source>Checking cancelled; nothing was imported.</source>
      <translation>បានបោះបង់ការពិនិត្យ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
      <source>Row {row}, {column}: {message}</source>
      <translation>ជួរដេក {row}, {column}៖ {message}</translation>
    </message>
    <message>
      <source>Row {row} may be the same person as {matches}</source>
      <translation>ជួរដេក {row} ប្រហែលជាមនុស្សតែមួយនឹង {matches}</translation>
    </message>
    <message>
      <source>{rows} row(s) read; {errors} problem(s) to correct in the file before anything can be imported.</source>
      <translation>បានអាន {rows} ជួរដេក មានបញ្ហា {errors} ដែលត្រូវកែក្នុងឯកសារ មុននឹងអាចនាំចូលបាន។</translation>
    </message>
    <message>
      <source>{rows} row(s) read; {ready} will be imported; {duplicates} likely duplicate(s).</source>
      <translation>បានអាន {rows} ជួរដេក នឹងនាំចូល {ready} ប្រហែលជាស្ទួន {duplicates}។</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>កំពុងនាំចូល…</translation>
    </message>
    <message>
      <source>{n} case(s) imported.</source>
      <translation>បាននាំចូល {n} ករណី។</translation>
    </message>
  </context>
  <context>
    <name>IntakeDialog</name>
    <message>
      <source>Same document number</source>
      <translation>លេខឯកសារដូចគ្នា</translation>
    </message>
    <message>
      <source>Similar name, same date of birth</source>
      <translation>ឈ្មោះស្រដៀងគ្នា ថ្ងៃកំណើតដូចគ្នា</translation>
    </message>
    <message>
      <source>Similar name, same nationality</source>
      <translation>ឈ្មោះស្រដៀងគ្នា សញ្ជាតិដូចគ្នា</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ឈ្មោះ</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>បោះបង់</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>សញ្ជាតិ</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>លេខ</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>ស្ថានភាព</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>នាមត្រកូល</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>នាមខ្លួន</translation>
    </message>
    <message>
      <source>Native script</source>
      <translation>អក្សរដើម</translation>
    </message>
    <message>
      <source>Name in native script</source>
      <translation>ឈ្មោះជាអក្សរដើម</translation>
    </message>
    <message>
      <source>About the person</source>
      <translation>អំពីបុគ្គលនេះ</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>ភេទ</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
      <source>Estimated age</source>
      <translation>អាយុប៉ាន់ស្មាន</translation>
    </message>
    <message>
      <source>years</source>
      <translation>ឆ្នាំ</translation>
    </message>
    <message>
      <source>Date of birth or age is estimated</source>
      <translation>ថ្ងៃកំណើត ឬអាយុ ជាការប៉ាន់ស្មាន</translation>
    </message>
    <message>
      <source>Vulnerabilities</source>
      <translation>ភាពងាយរងគ្រោះ</translation>
    </message>
    <message>
      <source>Nationality and language</source>
      <translation>សញ្ជាតិ និងភាសា</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>ភាសា</translation>
    </message>
    <message>
      <source>Needs an interpreter</source>
      <translation>ត្រូវការអ្នកបកប្រែ</translation>
    </message>
    <message>
      <source>Admission date</source>
      <translation>ថ្ងៃចូលស្នាក់នៅ</translation>
    </message>
    <message>
      <source>Register a person</source>
      <translation>ចុះឈ្មោះមនុស្សម្នាក់</translation>
    </message>
    <message>
      <source>As in the passport, Latin letters</source>
      <translation>ដូចក្នុងលិខិតឆ្លងដែន ជាអក្សរឡាតាំង</translation>
    </message>
    <message>
      <source>e.g. 张伟, សុខ ដារ៉ា, محمد أحمد</source>
      <translation>ឧ. 张伟, សុខ ដារ៉ា, محمد أحمد</translation>
    </message>
    <message>
      <source>Passport number</source>
      <translation>លេខលិខិតឆ្លងដែន</translation>
    </message>
    <message>
      <source>Leave empty if not known</source>
      <translation>ទុកទទេ បើមិនដឹង</translation>
    </message>
    <message>
      <source>Passport status</source>
      <translation>ស្ថានភាពលិខិតឆ្លងដែន</translation>
    </message>
    <message>
      <source>Passport</source>
      <translation>លិខិតឆ្លងដែន</translation>
    </message>
    <message>
      <source>Situation</source>
      <translation>ស្ថានការណ៍</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>ចុះឈ្មោះ</translation>
    </message>
    <message>
      <source>this intake</source>
      <translation>ការទទួលចូលនេះ</translation>
    </message>
    <message>
      <source>This person may already be registered. Check before saving.</source>
      <translation>បុគ្គលនេះប្រហែលជាបានចុះឈ្មោះរួចហើយ។ សូមពិនិត្យមុនរក្សាទុក។</translation>
    </message>
    <message>
      <source>Open %1</source>
      <translation>បើក %1</translation>
    </message>
    <message>
      <source>This is a different person — register</source>
      <translation>នេះជាមនុស្សផ្សេង — ចុះឈ្មោះ</translation>
    </message>
  </context>
  <context>
    <name>Integrity</name>
    <message>
      <source>Audit entries {first}–{last} are missing.</source>
      <translation>បាត់ធាតុសវនកម្ម {first}–{last}។</translation>
    </message>
    <message>
      <source>Audit entry {seq} was altered, removed or moved.</source>
      <translation>ធាតុសវនកម្ម {seq} ត្រូវបានកែប្រែ លុប ឬផ្លាស់ទី។</translation>
    </message>
    <message>
      <source>The vault is older than its last known state (audit entry {seq} is missing): it may have been rolled back to an earlier copy.</source>
      <translation>ឃ្លាំងទិន្នន័យចាស់ជាងស្ថានភាពចុងក្រោយដែលគេដឹង (បាត់ធាតុសវនកម្ម {seq})៖ វាអាចត្រូវបានត្រឡប់ទៅច្បាប់ចម្លងមុន។</translation>
    </message>
    <message>
      <source>The audit log does not match its last known state.</source>
      <translation>កំណត់ត្រាសវនកម្មមិនត្រូវនឹងស្ថានភាពចុងក្រោយដែលគេដឹងទេ។</translation>
    </message>
    <message>
      <source>Database pages that fail authentication (damaged or altered): {count}.</source>
      <translation>ទំព័រមូលដ្ឋានទិន្នន័យដែលមិនឆ្លងកាត់ការផ្ទៀងផ្ទាត់ (ខូច ឬត្រូវបានកែប្រែ)៖ {count}។</translation>
    </message>
    <message>
      <source>The database structure is damaged: {findings}</source>
      <translation>រចនាសម្ព័ន្ធមូលដ្ឋានទិន្នន័យខូច៖ {findings}</translation>
    </message>
    <message>
      <source>Records that point to records that no longer exist: {count}.</source>
      <translation>កំណត់ត្រាដែលយោងទៅកំណត់ត្រាដែលលែងមាន៖ {count}។</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Administrator</source>
      <translation>អ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
      <source>Coordinator</source>
      <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
      <source>Case worker</source>
      <translation>បុគ្គលិកករណី</translation>
    </message>
    <message>
      <source>Read only</source>
      <translation>មើលតែប៉ុណ្ណោះ</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>ស្រី</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>ប្រុស</translation>
    </message>
    <message>
      <source>Intersex</source>
      <translation>អន្តរភេទ</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>មិនដឹង</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>ទទួលចូល</translation>
    </message>
    <message>
      <source>Sheltered</source>
      <translation>កំពុងស្នាក់នៅ</translation>
    </message>
    <message>
      <source>Awaiting repatriation</source>
      <translation>រង់ចាំមាតុភូមិនិវត្តន៍</translation>
    </message>
    <message>
      <source>Repatriated</source>
      <translation>បានធ្វើមាតុភូមិនិវត្តន៍</translation>
    </message>
    <message>
      <source>Transferred</source>
      <translation>បានផ្ទេរ</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>បានចាកចេញ</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>បានបិទ</translation>
    </message>
    <message>
      <source>Passport</source>
      <translation>លិខិតឆ្លងដែន</translation>
    </message>
    <message>
      <source>National ID card</source>
      <translation>អត្តសញ្ញាណប័ណ្ណ</translation>
    </message>
    <message>
      <source>Travel document</source>
      <translation>លិខិតធ្វើដំណើរ</translation>
    </message>
    <message>
      <source>Birth certificate</source>
      <translation>សំបុត្រកំណើត</translation>
    </message>
    <message>
      <source>Work permit</source>
      <translation>ប័ណ្ណការងារ</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
      <source>In hand</source>
      <translation>នៅនឹងខ្លួន</translation>
    </message>
    <message>
      <source>Held by employer or syndicate</source>
      <translation>នៅនិយោជក ឬក្រុមឧក្រិដ្ឋជន</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>បាត់</translation>
    </message>
    <message>
      <source>With police</source>
      <translation>នៅប៉ូលិស</translation>
    </message>
    <message>
      <source>Copy only</source>
      <translation>មានតែច្បាប់ចម្លង</translation>
    </message>
    <message>
      <source>None</source>
      <translation>គ្មាន</translation>
    </message>
    <message>
      <source>Not needed</source>
      <translation>មិនត្រូវការ</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>មិនទាន់ចាប់ផ្ដើម</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>បានស្នើសុំ</translation>
    </message>
    <message>
      <source>Interviewed</source>
      <translation>បានសម្ភាសន៍</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>បានចេញ</translation>
    </message>
    <message>
      <source>Collected</source>
      <translation>បានទៅយករួច</translation>
    </message>
    <message>
      <source>Applied</source>
      <translation>បានដាក់ពាក្យ</translation>
    </message>
    <message>
      <source>Fine waiver requested</source>
      <translation>បានស្នើសុំលើកលែងប្រាក់ពិន័យ</translation>
    </message>
    <message>
      <source>Granted</source>
      <translation>បានអនុញ្ញាត</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>បានបដិសេធ</translation>
    </message>
    <message>
      <source>Forced criminality (online scams)</source>
      <translation>ការបង្ខំឱ្យប្រព្រឹត្តបទល្មើស (ការឆបោកតាមអនឡាញ)</translation>
    </message>
    <message>
      <source>Forced labour</source>
      <translation>ពលកម្មដោយបង្ខំ</translation>
    </message>
    <message>
      <source>Sexual exploitation</source>
      <translation>ការកេងប្រវ័ញ្ចផ្លូវភេទ</translation>
    </message>
    <message>
      <source>Domestic servitude</source>
      <translation>ការបម្រើក្នុងផ្ទះដោយបង្ខំ</translation>
    </message>
    <message>
      <source>Debt bondage</source>
      <translation>ការជាប់បំណុល</translation>
    </message>
    <message>
      <source>Forced marriage</source>
      <translation>ការរៀបការដោយបង្ខំ</translation>
    </message>
    <message>
      <source>Deception about the job</source>
      <translation>ការបោកបញ្ឆោតអំពីការងារ</translation>
    </message>
    <message>
      <source>Restriction of movement</source>
      <translation>ការរឹតត្បិតការធ្វើដំណើរ</translation>
    </message>
    <message>
      <source>Isolation</source>
      <translation>ការដាក់ឱ្យនៅដាច់ឆ្ងាយ</translation>
    </message>
    <message>
      <source>Physical violence</source>
      <translation>អំពើហិង្សាលើរាងកាយ</translation>
    </message>
    <message>
      <source>Intimidation and threats</source>
      <translation>ការបំភិតបំភ័យ និងការគំរាមកំហែង</translation>
    </message>
    <message>
      <source>Retention of identity documents</source>
      <translation>ការរឹបអូសឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
      <source>Withholding of wages</source>
      <translation>ការមិនបើកប្រាក់ឈ្នួល</translation>
    </message>
    <message>
      <source>Abusive working and living conditions</source>
      <translation>លក្ខខណ្ឌការងារ និងការរស់នៅដែលរំលោភបំពាន</translation>
    </message>
    <message>
      <source>Excessive overtime</source>
      <translation>ការធ្វើការលើសម៉ោងហួសហេតុ</translation>
    </message>
    <message>
      <source>Abuse of vulnerability</source>
      <translation>ការទាញយកប្រយោជន៍ពីភាពងាយរងគ្រោះ</translation>
    </message>
    <message>
      <source>Minor</source>
      <translation>អនីតិជន</translation>
    </message>
    <message>
      <source>Pregnant</source>
      <translation>មានផ្ទៃពោះ</translation>
    </message>
    <message>
      <source>Injured</source>
      <translation>មានរបួស</translation>
    </message>
    <message>
      <source>Disability</source>
      <translation>ពិការភាព</translation>
    </message>
    <message>
      <source>Embassy</source>
      <translation>ស្ថានទូត</translation>
    </message>
    <message>
      <source>Anti-trafficking agency</source>
      <translation>ស្ថាប័នប្រឆាំងការជួញដូរមនុស្ស</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>ប៉ូលិស</translation>
    </message>
    <message>
      <source>Service provider</source>
      <translation>អ្នកផ្ដល់សេវា</translation>
    </message>
    <message>
      <source>Anonymised statistics</source>
      <translation>ស្ថិតិអនាមិក</translation>
    </message>
    <message>
      <source>Transfer to another shelter</source>
      <translation>ផ្ទេរទៅជម្រកផ្សេង</translation>
    </message>
    <message>
      <source>Shelter</source>
      <translation>ទីជម្រក</translation>
    </message>
    <message>
      <source>Food</source>
      <translation>អាហារ</translation>
    </message>
    <message>
      <source>Medical</source>
      <translation>វេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
      <source>Psychosocial</source>
      <translation>ចិត្តសង្គម</translation>
    </message>
    <message>
      <source>Legal</source>
      <translation>ផ្លូវច្បាប់</translation>
    </message>
    <message>
      <source>Repatriation</source>
      <translation>មាតុភូមិនិវត្តន៍</translation>
    </message>
    <message>
      <source>Family contact</source>
      <translation>ទំនាក់ទំនងគ្រួសារ</translation>
    </message>
    <message>
      <source>Immigration fine waiver</source>
      <translation>លើកលែងប្រាក់ពិន័យអន្តោប្រវេសន៍</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>សាច់ប្រាក់</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>ការបកប្រែផ្ទាល់មាត់</translation>
    </message>
    <message>
      <source>Protection</source>
      <translation>ការការពារ</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>ទាប</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>ធម្មតា</translation>
    </message>
    <message>
      <source>High</source>
      <translation>ខ្ពស់</translation>
    </message>
    <message>
      <source>Urgent (72 h)</source>
      <translation>បន្ទាន់ (72 ម៉ោង)</translation>
    </message>
    <message>
      <source>Emergency (24 h)</source>
      <translation>អាសន្ន (24 ម៉ោង)</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>មិនទាន់ដោះស្រាយ</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>កំពុងធ្វើ</translation>
    </message>
    <message>
      <source>On hold</source>
      <translation>បានផ្អាក</translation>
    </message>
    <message>
      <source>Met</source>
      <translation>បានបំពេញ</translation>
    </message>
    <message>
      <source>Cannot be met</source>
      <translation>មិនអាចបំពេញបាន</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>សេចក្ដីព្រាង</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>បានផ្ញើ</translation>
    </message>
    <message>
      <source>Acknowledged</source>
      <translation>បានទទួលស្គាល់</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>បានទទួលយក</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>បានបដិសេធ</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>បានបញ្ចប់</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>បានដកវិញ</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>បន្ទាន់</translation>
    </message>
    <message>
      <source>No document</source>
      <translation>គ្មានឯកសារ</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>បើកឡើងវិញ</translation>
    </message>
    <message>
      <source>Start work</source>
      <translation>ចាប់ផ្ដើមធ្វើ</translation>
    </message>
    <message>
      <source>Put on hold</source>
      <translation>ផ្អាក</translation>
    </message>
    <message>
      <source>Mark met</source>
      <translation>សម្គាល់ថាបានបំពេញ</translation>
    </message>
    <message>
      <source>Mark sent</source>
      <translation>សម្គាល់ថាបានផ្ញើ</translation>
    </message>
    <message>
      <source>Mark acknowledged</source>
      <translation>សម្គាល់ថាបានទទួលស្គាល់</translation>
    </message>
    <message>
      <source>Mark accepted</source>
      <translation>សម្គាល់ថាបានទទួលយក</translation>
    </message>
    <message>
      <source>Mark declined</source>
      <translation>សម្គាល់ថាបានបដិសេធ</translation>
    </message>
    <message>
      <source>Mark completed</source>
      <translation>សម្គាល់ថាបានបញ្ចប់</translation>
    </message>
    <message>
      <source>Withdraw</source>
      <translation>ដកវិញ</translation>
    </message>
  </context>
  <context>
    <name>LanguageDialog</name>
    <message>
      <source>Choose the language of ShelterDesk</source>
      <translation>ជ្រើសរើសភាសារបស់ ShelterDesk</translation>
    </message>
    <message>
      <source>Language of the program</source>
      <translation>ភាសារបស់កម្មវិធី</translation>
    </message>
  </context>
  <context>
    <name>LetterDialog</name>
    <message>
      <source>English only</source>
      <translation>តែភាសាអង់គ្លេស</translation>
    </message>
    <message>
      <source>English and {language}</source>
      <translation>ភាសាអង់គ្លេស និង{language}</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>លិខិត</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>អ្នកទទួល</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>ភាសា</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>ប្រអប់</translation>
    </message>
    <message>
      <source>Referral letter</source>
      <translation>លិខិតបញ្ជូន</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>គ្មានរូបថត</translation>
    </message>
    <message>
      <source>What will be printed</source>
      <translation>អ្វីដែលនឹងត្រូវបោះពុម្ព</translation>
    </message>
    <message>
      <source>Why this letter must go without consent (kept in the register)</source>
      <translation>ហេតុអ្វីលិខិតនេះត្រូវផ្ញើដោយគ្មានការយល់ព្រម (កត់ត្រាក្នុងបញ្ជី)</translation>
    </message>
    <message>
      <source>Override (coordinators and administrators):</source>
      <translation>ការលើកលែង (អ្នកសម្របសម្រួល និងអ្នកគ្រប់គ្រង)៖</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>រូបថត</translation>
    </message>
    <message>
      <source>Letter for case {case}</source>
      <translation>លិខិតសម្រាប់ករណី {case}</translation>
    </message>
    <message>
      <source>Fields to disclose (only those the person's consent allows can be ticked):</source>
      <translation>ព័ត៌មានដែលត្រូវបង្ហាញ (អាចធីកបានតែអ្វីដែលការយល់ព្រមរបស់សាមីខ្លួនអនុញ្ញាត)៖</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>បោះពុម្ព…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>រក្សាទុកជា PDF…</translation>
    </message>
    <message>
      <source>Printed or saved letters are plaintext; each one is recorded.</source>
      <translation>លិខិតដែលបោះពុម្ព ឬរក្សាទុក មិនត្រូវបានអ៊ិនគ្រីបទេ។ លិខិតនីមួយៗត្រូវបានកត់ត្រា។</translation>
    </message>
    <message>
      <source>Only coordinators and administrators can issue letters. Ask one of them to prepare this letter.</source>
      <translation>មានតែអ្នកសម្របសម្រួល និងអ្នកគ្រប់គ្រងទេ ដែលអាចចេញលិខិតបាន។ សូមស្នើម្នាក់ក្នុងចំណោមពួកគេឱ្យរៀបចំលិខិតនេះ។</translation>
    </message>
    <message>
      <source>Consent for this kind of recipient does not allow this field.</source>
      <translation>ការយល់ព្រមសម្រាប់ប្រភេទអ្នកទទួលនេះ មិនអនុញ្ញាតព័ត៌មាននេះទេ។</translation>
    </message>
    <message>
      <source>Consent given on {date}</source>
      <translation>បានយល់ព្រមនៅថ្ងៃ {date}</translation>
    </message>
    <message>
      <source> (interpreter: {name})</source>
      <translation> (អ្នកបកប្រែ៖ {name})</translation>
    </message>
    <message>
      <source>No valid consent for this kind of recipient (none recorded, withdrawn or expired). Record the person's consent in the case file, or write an override reason below; it is kept in the disclosure register.</source>
      <translation>គ្មានការយល់ព្រមដែលមានសុពលភាពសម្រាប់ប្រភេទអ្នកទទួលនេះទេ (មិនបានកត់ត្រា បានដកវិញ ឬផុតកំណត់)។ សូមកត់ត្រាការយល់ព្រមរបស់សាមីខ្លួនក្នុងឯកសារករណី ឬសរសេរមូលហេតុលើកលែងខាងក្រោម វានឹងត្រូវរក្សាទុកក្នុងបញ្ជីការបង្ហាញព័ត៌មាន។</translation>
    </message>
    <message>
      <source>Mark the referral as sent?</source>
      <translation>សម្គាល់ការបញ្ជូនថាបានផ្ញើឬ?</translation>
    </message>
    <message>
      <source>The letter for referral {reference} is issued. Mark the referral as Sent, so its follow-up date counts from today?</source>
      <translation>លិខិតសម្រាប់ការបញ្ជូន {reference} ត្រូវបានចេញហើយ។ សម្គាល់ការបញ្ជូនថាបានផ្ញើ ដើម្បីឱ្យថ្ងៃតាមដានរាប់ចាប់ពីថ្ងៃនេះឬ?</translation>
    </message>
    <message>
      <source>Mark as sent</source>
      <translation>សម្គាល់ថាបានផ្ញើ</translation>
    </message>
    <message>
      <source>Keep as draft</source>
      <translation>ទុកជាសេចក្ដីព្រាង</translation>
    </message>
  </context>
  <context>
    <name>Letters</name>
    <message>
      <source>no shipped font can print these characters: {characters}</source>
      <translation>គ្មានពុម្ពអក្សរដែលភ្ជាប់មកជាមួយ អាចបោះពុម្ពតួអក្សរទាំងនេះបានទេ៖ {characters}</translation>
    </message>
    <message>
      <source>the shelter logo is not a readable image</source>
      <translation>រូបសញ្ញារបស់ជម្រក មិនមែនជារូបភាពដែលអាចអានបានទេ</translation>
    </message>
    <message>
      <source>The report has no wording in “{language}” yet; choose one of {languages}.</source>
      <translation>របាយការណ៍មិនទាន់មានខ្លឹមសារជា «{language}» នៅឡើយទេ សូមជ្រើសមួយក្នុងចំណោម {languages}។</translation>
    </message>
    <message>
      <source>Some characters cannot be printed with the fonts ShelterDesk ships ({characters}), for example an emoji. Edit those fields (remove the symbol, or transliterate the name) and try again; nothing was printed.</source>
      <translation>តួអក្សរខ្លះមិនអាចបោះពុម្ពដោយពុម្ពអក្សររបស់ ShelterDesk បានទេ ({characters}) ឧ. រូបអារម្មណ៍។ សូមកែប្រអប់ទាំងនោះ (លុបនិមិត្តសញ្ញា ឬសរសេរឈ្មោះជាអក្សរឡាតាំង) ហើយសាកម្ដងទៀត។ គ្មានអ្វីត្រូវបានបោះពុម្ពទេ។</translation>
    </message>
    <message>
      <source>A photo goes only on a letter to an embassy, and only with the person's valid embassy consent (an override does not cover a photo).</source>
      <translation>រូបថតអាចដាក់តែលើលិខិតទៅស្ថានទូតប៉ុណ្ណោះ ហើយលុះត្រាតែមានការយល់ព្រមសម្រាប់ស្ថានទូតដែលនៅមានសុពលភាពពីបុគ្គលនោះ (ការលើកលែងមិនគ្របដណ្ដប់លើរូបថតទេ)។</translation>
    </message>
    <message>
      <source>No letter was issued, so there is nothing to combine.</source>
      <translation>គ្មានលិខិតណាត្រូវបានចេញទេ ដូច្នេះគ្មានអ្វីត្រូវបញ្ចូលគ្នាទេ។</translation>
    </message>
    <message>
      <source>There is no such field: {unknown}. The fields are: {fields}.</source>
      <translation>គ្មានប្រអប់នេះទេ៖ {unknown}។ ប្រអប់ដែលមាន៖ {fields}។</translation>
    </message>
    <message>
      <source>Nothing is recorded for this person in: {fields}. Fill it in on the case file first, or leave the field out of the letter.</source>
      <translation>មិនទាន់មានព័ត៌មានសម្រាប់បុគ្គលនេះក្នុង៖ {fields}។ សូមបំពេញវានៅក្នុងឯកសារករណីជាមុនសិន ឬកុំដាក់ប្រអប់នោះក្នុងលិខិត។</translation>
    </message>
    <message>
      <source>The directory has no postal address for {agency}, so the letter will carry only its name. Add the address under Agencies if the letter is to be posted or delivered.</source>
      <translation>បញ្ជីឈ្មោះគ្មានអាសយដ្ឋានប្រៃសណីយ៍សម្រាប់ {agency} ទេ ដូច្នេះលិខិតនឹងមានតែឈ្មោះរបស់វាប៉ុណ្ណោះ។ សូមបន្ថែមអាសយដ្ឋាននៅក្នុង ស្ថាប័ន ប្រសិនបើលិខិតត្រូវផ្ញើ ឬយកទៅជូន។</translation>
    </message>
    <message>
      <source>The shelter profile has no address or no phone or email, so the letterhead will not say how to reach the shelter. An administrator can add them in the shelter profile.</source>
      <translation>ព័ត៌មានជម្រកគ្មានអាសយដ្ឋាន ឬគ្មានទូរសព្ទ ឬអ៊ីមែល ដូច្នេះក្បាលលិខិតនឹងមិនបង្ហាញពីរបៀបទាក់ទងជម្រកទេ។ អ្នកគ្រប់គ្រងអាចបន្ថែមវានៅក្នុងព័ត៌មានជម្រក។</translation>
    </message>
    <message>
      <source>There is no valid {kind} consent for this person (none recorded, withdrawn or expired), so no letter can go to this recipient. Record their consent, or (coordinators and administrators) override with a written reason, which is kept in the disclosure register.</source>
      <translation>មិនមានការយល់ព្រមសម្រាប់{kind}ដែលនៅមានសុពលភាពសម្រាប់បុគ្គលនេះទេ (មិនទាន់កត់ត្រា បានដកវិញ ឬផុតកំណត់) ដូច្នេះមិនអាចផ្ញើលិខិតទៅអ្នកទទួលនេះបានទេ។ សូមកត់ត្រាការយល់ព្រមរបស់គាត់ ឬ (អ្នកសម្របសម្រួល និងអ្នកគ្រប់គ្រង) លើកលែងដោយសរសេរមូលហេតុ ដែលនឹងរក្សាទុកក្នុងបញ្ជីការបង្ហាញព័ត៌មាន។</translation>
    </message>
    <message>
      <source>There is no letter template “{template}”.</source>
      <translation>គ្មានគំរូលិខិត “{template}” ទេ។</translation>
    </message>
    <message>
      <source>The letter could not be made: {why}</source>
      <translation>មិនអាចបង្កើតលិខិតបានទេ៖ {why}</translation>
    </message>
    <message>
      <source>Choose a photo or image scan stored with this person's case.</source>
      <translation>សូមជ្រើសរូបថត ឬរូបភាពស្កេនដែលបានរក្សាទុកជាមួយករណីរបស់បុគ្គលនេះ។</translation>
    </message>
    <message>
      <source>The template “{template}” is for {wanted} recipients; this recipient is listed as {kind}.</source>
      <translation>គំរូ “{template}” សម្រាប់អ្នកទទួលជា{wanted}។ អ្នកទទួលនេះត្រូវបានចុះបញ្ជីជា{kind}។</translation>
    </message>
    <message>
      <source>This letter has no “{language}” translation (it has: {languages}).</source>
      <translation>លិខិតនេះគ្មានការបកប្រែ “{language}” ទេ (មាន៖ {languages})។</translation>
    </message>
    <message>
      <source>{kind} consent does not cover: {fields}</source>
      <translation>ការយល់ព្រមសម្រាប់{kind} មិនគ្របដណ្ដប់លើ៖ {fields}</translation>
    </message>
    <message>
      <source>This letter has no disclosure record; it cannot be re-printed.</source>
      <translation>លិខិតនេះគ្មានកំណត់ត្រាការបង្ហាញព័ត៌មានទេ។ មិនអាចបោះពុម្ពម្ដងទៀតបានទេ។</translation>
    </message>
    <message>
      <source>The {kind} consent this letter relied on is no longer valid (withdrawn or expired). Record consent again, or override with a written reason.</source>
      <translation>ការយល់ព្រមសម្រាប់{kind}ដែលលិខិតនេះពឹងផ្អែក លែងមានសុពលភាពហើយ (បានដកវិញ ឬផុតកំណត់)។ សូមកត់ត្រាការយល់ព្រមម្ដងទៀត ឬលើកលែងដោយសរសេរមូលហេតុ។</translation>
    </message>
    <message>
      <source>Choose the {kind} the letters go to; only embassy letters find their recipient from the nationality.</source>
      <translation>សូមជ្រើស{kind}ដែលលិខិតត្រូវផ្ញើទៅ។ មានតែលិខិតទៅស្ថានទូតទេ ដែលរកអ្នកទទួលតាមសញ្ជាតិ។</translation>
    </message>
    <message>
      <source>no embassy in the directory serves this nationality</source>
      <translation>គ្មានស្ថានទូតណាក្នុងបញ្ជីឈ្មោះ ដែលបម្រើសញ្ជាតិនេះទេ</translation>
    </message>
    <message>
      <source>A {wanted} letter cannot go to this recipient, which is listed as {kind}.</source>
      <translation>លិខិតសម្រាប់{wanted} មិនអាចផ្ញើទៅអ្នកទទួលនេះបានទេ ដែលត្រូវបានចុះបញ្ជីជា{kind}។</translation>
    </message>
    <message>
      <source>This referral is for another case or agency.</source>
      <translation>ការបញ្ជូននេះសម្រាប់ករណី ឬស្ថាប័នផ្សេង។</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Make a new recovery kit</source>
      <translation>បង្កើតសន្លឹកសង្គ្រោះថ្មី</translation>
    </message>
    <message>
      <source>Your new passphrase is saved. The recovery code has now been used and typed on this computer: print a new recovery kit (Staff &amp; audit → Print recovery kit…), lock it away, and destroy the old page.</source>
      <translation>ឃ្លាសម្ងាត់ថ្មីរបស់អ្នកត្រូវបានរក្សាទុក។ លេខកូដសង្គ្រោះត្រូវបានប្រើ និងវាយលើកុំព្យូទ័រនេះរួចហើយ៖ សូមបោះពុម្ពសន្លឹកសង្គ្រោះថ្មី (បុគ្គលិក និងសវនកម្ម → បោះពុម្ពសន្លឹកសង្គ្រោះ…) ចាក់សោទុកវា ហើយបំផ្លាញទំព័រចាស់ចោល។</translation>
    </message>
    <message>
      <source>Go to Staff &amp;&amp; audit</source>
      <translation>ទៅបុគ្គលិក និងសវនកម្ម</translation>
    </message>
  </context>
  <context>
    <name>Needs</name>
    <message>
      <source>This need has not been added yet; add it first.</source>
      <translation>តម្រូវការនេះមិនទាន់បានបន្ថែមទេ។ សូមបន្ថែមវាជាមុនសិន។</translation>
    </message>
    <message>
      <source>Choose a category and a priority from the lists.</source>
      <translation>សូមជ្រើសប្រភេទ និងអាទិភាពពីបញ្ជី។</translation>
    </message>
    <message>
      <source>“{status}” is not a need status.</source>
      <translation>“{status}” មិនមែនជាស្ថានភាពតម្រូវការទេ។</translation>
    </message>
  </context>
  <context>
    <name>NeedsTab</name>
    <message>
      <source>Saved.</source>
      <translation>បានរក្សាទុក។</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>បោះបង់</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>តម្រូវការ</translation>
    </message>
    <message>
      <source>Nobody yet</source>
      <translation>មិនទាន់មានអ្នកណា</translation>
    </message>
    <message>
      <source>Add a need</source>
      <translation>បន្ថែមតម្រូវការ</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>ប្រភេទ</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>អាទិភាព</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
      <source>What exactly is needed</source>
      <translation>ត្រូវការអ្វីឱ្យពិតប្រាកដ</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>ថ្ងៃកំណត់</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>កំណត់</translation>
    </message>
    <message>
      <source>Save need</source>
      <translation>រក្សាទុកតម្រូវការ</translation>
    </message>
    <message>
      <source>Cancel adding</source>
      <translation>បោះបង់ការបន្ថែម</translation>
    </message>
    <message>
      <source>New need</source>
      <translation>តម្រូវការថ្មី</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>លទ្ធផល</translation>
    </message>
    <message>
      <source>What was done, what came of it</source>
      <translation>បានធ្វើអ្វី និងទទួលបានលទ្ធផលអ្វី</translation>
    </message>
    <message>
      <source>Save changes to this need</source>
      <translation>រក្សាទុកការកែប្រែលើតម្រូវការនេះ</translation>
    </message>
  </context>
  <context>
    <name>NotesTab</name>
    <message>
      <source>Notes</source>
      <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
      <source>Case notes</source>
      <translation>កំណត់ចំណាំករណី</translation>
    </message>
    <message>
      <source>Notes about this case. Kept encrypted in the vault.</source>
      <translation>កំណត់ចំណាំអំពីករណីនេះ។ រក្សាទុកដោយអ៊ិនគ្រីបក្នុងឃ្លាំងទិន្នន័យ។</translation>
    </message>
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <source>Straight rows of keys are easy to guess.</source>
      <translation>ជួរគ្រាប់ចុចត្រង់ៗ ងាយទាយណាស់។</translation>
    </message>
    <message>
      <source>Short keyboard patterns are easy to guess.</source>
      <translation>លំនាំក្ដារចុចខ្លីៗ ងាយទាយណាស់។</translation>
    </message>
    <message>
      <source>Repeats like "aaa" are easy to guess.</source>
      <translation>ការដដែលៗដូចជា "aaa" ងាយទាយណាស់។</translation>
    </message>
    <message>
      <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
      <translation>ការដដែលៗដូចជា "abcabcabc" ពិបាកទាយជាង "abc" តែបន្តិចប៉ុណ្ណោះ។</translation>
    </message>
    <message>
      <source>Sequences like "abc" or "6543" are easy to guess.</source>
      <translation>លំដាប់ដូចជា "abc" ឬ "6543" ងាយទាយណាស់។</translation>
    </message>
    <message>
      <source>Recent years are easy to guess.</source>
      <translation>ឆ្នាំថ្មីៗ ងាយទាយណាស់។</translation>
    </message>
    <message>
      <source>Dates are often easy to guess.</source>
      <translation>កាលបរិច្ឆេទ ច្រើនតែងាយទាយ។</translation>
    </message>
    <message>
      <source>This is a top-10 common password.</source>
      <translation>នេះជាពាក្យសម្ងាត់ទូទៅបំផុតមួយក្នុងចំណោម 10។</translation>
    </message>
    <message>
      <source>This is a top-100 common password.</source>
      <translation>នេះជាពាក្យសម្ងាត់ទូទៅបំផុតមួយក្នុងចំណោម 100។</translation>
    </message>
    <message>
      <source>This is a very common password.</source>
      <translation>នេះជាពាក្យសម្ងាត់ដែលគេប្រើញឹកញាប់ណាស់។</translation>
    </message>
    <message>
      <source>This is similar to a commonly used password.</source>
      <translation>នេះស្រដៀងនឹងពាក្យសម្ងាត់ដែលគេប្រើញឹកញាប់។</translation>
    </message>
    <message>
      <source>A word by itself is easy to guess.</source>
      <translation>ពាក្យតែមួយ ងាយទាយណាស់។</translation>
    </message>
    <message>
      <source>Names and surnames by themselves are easy to guess.</source>
      <translation>នាមខ្លួន និងនាមត្រកូលតែឯង ងាយទាយណាស់។</translation>
    </message>
    <message>
      <source>Common names and surnames are easy to guess.</source>
      <translation>នាមខ្លួន និងនាមត្រកូលដែលគេប្រើញឹកញាប់ ងាយទាយណាស់។</translation>
    </message>
    <message>
      <source>Use at least {count} characters; a few unrelated words work well.</source>
      <translation>សូមប្រើយ៉ាងហោចណាស់ {count} តួអក្សរ ពាក្យពីរបីដែលមិនទាក់ទងគ្នាគឺល្អ។</translation>
    </message>
    <message>
      <source>It is too easy to guess.</source>
      <translation>វាងាយទាយពេក។</translation>
    </message>
    <message>
      <source>{hint} Add another unusual word or two.</source>
      <translation>{hint} សូមបន្ថែមពាក្យមិនធម្មតាមួយ ឬពីរទៀត។</translation>
    </message>
    <message>
      <source>Strong enough.</source>
      <translation>រឹងមាំគ្រប់គ្រាន់។</translation>
    </message>
    <message>
      <source>Strong.</source>
      <translation>រឹងមាំ។</translation>
    </message>
  </context>
  <context>
    <name>PassphraseField</name>
    <message>
      <source>New passphrase</source>
      <translation>ឃ្លាសម្ងាត់ថ្មី</translation>
    </message>
    <message>
      <source>Passphrase strength</source>
      <translation>កម្លាំងឃ្លាសម្ងាត់</translation>
    </message>
    <message>
      <source>Minimum: {n} characters and rated “strong enough”. A few unrelated words are easy to remember and hard to guess.</source>
      <translation>យ៉ាងតិច៖ {n} តួអក្សរ និងវាយតម្លៃថា «រឹងមាំគ្រប់គ្រាន់»។ ពាក្យពីរបីដែលមិនទាក់ទងគ្នា ងាយចាំ ហើយពិបាកទាយ។</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>បង្រួម</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>ពង្រីក</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>ស៊ីនឹងទទឹង</translation>
    </message>
    <message>
      <source>Fit the page to the width</source>
      <translation>ធ្វើឱ្យទំព័រស៊ីនឹងទទឹង</translation>
    </message>
    <message>
      <source>fitted to width</source>
      <translation>ស៊ីនឹងទទឹង</translation>
    </message>
    <message>
      <source>The saved PDF is NOT encrypted: anyone who can open the file can read everything in the letter.</source>
      <translation>ឯកសារ PDF ដែលរក្សាទុក មិនត្រូវបានអ៊ិនគ្រីបទេ៖ អ្នកណាដែលបើកឯកសារបាន អាចអានអ្វីៗទាំងអស់ក្នុងលិខិត។</translation>
    </message>
    <message>
      <source>The saved PDFs are NOT encrypted: anyone who can open the files can read everything in the letters.</source>
      <translation>ឯកសារ PDF ដែលរក្សាទុក មិនត្រូវបានអ៊ិនគ្រីបទេ៖ អ្នកណាដែលបើកឯកសារបាន អាចអានអ្វីៗទាំងអស់ក្នុងលិខិត។</translation>
    </message>
    <message>
      <source>Saved letters are not encrypted</source>
      <translation>លិខិតដែលរក្សាទុក មិនត្រូវបានអ៊ិនគ្រីបទេ</translation>
    </message>
    <message>
      <source>The letter stays in the vault and the disclosure is recorded. Save it only to a place you control, and delete it once it has been sent.</source>
      <translation>លិខិតនៅតែក្នុងឃ្លាំងទិន្នន័យ ហើយការបង្ហាញព័ត៌មានត្រូវបានកត់ត្រា។ សូមរក្សាទុកវាតែនៅកន្លែងដែលអ្នកគ្រប់គ្រងបាន ហើយលុបវាចោលក្រោយពេលផ្ញើរួច។</translation>
    </message>
    <message>
      <source>Save letter as PDF</source>
      <translation>រក្សាទុកលិខិតជា PDF</translation>
    </message>
    <message>
      <source>Folder for the letters</source>
      <translation>ថតសម្រាប់លិខិត</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>The file could not be written ({reason}). The letter is kept in the vault.</source>
      <translation>មិនអាចសរសេរឯកសារបានទេ ({reason})។ លិខិតនៅតែក្នុងឃ្លាំងទិន្នន័យ។</translation>
    </message>
    <message>
      <source>The printer did not take the letter. Check that it is switched on and try again; the letter is kept in the vault.</source>
      <translation>ម៉ាស៊ីនបោះពុម្ពមិនបានទទួលលិខិតទេ។ សូមពិនិត្យថាវាបើកហើយ រួចព្យាយាមម្ដងទៀត។ លិខិតនៅតែក្នុងឃ្លាំងទិន្នន័យ។</translation>
    </message>
    <message>
      <source>The printer could not be started. The letter is kept in the vault.</source>
      <translation>មិនអាចចាប់ផ្ដើមម៉ាស៊ីនបោះពុម្ពបានទេ។ លិខិតនៅតែក្នុងឃ្លាំងទិន្នន័យ។</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>ជ្រើសទាំងអស់</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>បង្កើន</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>បន្ថយ</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>យល់ព្រម</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Look in:</source>
      <translation>រកមើលក្នុង៖</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>ឈ្មោះឯកសារ៖</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>ប្រភេទឯកសារ៖</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>បើក</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>រក្សាទុក</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>បើក</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>រក្សាទុកជា</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>ជ្រើសរើស</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>ថយក្រោយ</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>ទៅមុខ</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>ថតមេ</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>បង្កើតថតថ្មី</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>ទិដ្ឋភាពបញ្ជី</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>ទិដ្ឋភាពលម្អិត</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>ថតថ្មី</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>ថតថ្មី</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>ប្ដូរឈ្មោះ</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>លុប</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>លុប</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>បង្ហាញឯកសារលាក់</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>ថយក្រោយ</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>ទៅមុខ</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>ទៅថតមេ</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>បង្កើតថតថ្មី</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>ប្ដូរទៅទិដ្ឋភាពបញ្ជី</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>ប្ដូរទៅទិដ្ឋភាពលម្អិត</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>ទីតាំងថ្មីៗ</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>កុំព្យូទ័ររបស់ខ្ញុំ</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>ថត៖</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 មានរួចហើយ។
តើអ្នកចង់ជំនួសវាទេ?</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
រកមិនឃើញឯកសារ។
សូមពិនិត្យថាឈ្មោះឯកសារត្រឹមត្រូវ។</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
រកមិនឃើញថត។
សូមពិនិត្យថាឈ្មោះថតត្រឹមត្រូវ។</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>តើអ្នកប្រាកដជាចង់លុប '%1' ទេ?</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>មិនអាចលុបថតបានទេ។</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>របារចំហៀង</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>បញ្ជីទីតាំង និងចំណាំ</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>ឯកសារ</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>ថត</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>ថតឯកសារ</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>ឯកសារ %1</translation>
    </message>
    <message>
      <source>File</source>
      <translation>ឯកសារ</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>មិនស្គាល់</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>ដ្រាយ</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>ផ្លូវកាត់</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>ឈ្មោះក្លែង</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>ឈ្មោះ</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>ទំហំ</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>ប្រភេទ</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>ថ្ងៃកែប្រែ</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ប្រភេទ</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>មិនធ្វើវិញ</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>ធ្វើវិញ</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>កាត់</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>ចម្លង</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>បិទភ្ជាប់</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>លុប</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>ជ្រើសទាំងអស់</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>បង្ហាញព័ត៌មានលម្អិត...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>លាក់ព័ត៌មានលម្អិត...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>យល់ព្រម</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>រក្សាទុក</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>រក្សាទុកទាំងអស់</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>បើក</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>បាទ/ចាស</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>បាទ/ចាស ទាំងអស់</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>ទេ</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>ទេ ទាំងអស់</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>បញ្ឈប់</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>ព្យាយាមម្ដងទៀត</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>មិនអើពើ</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>បិទ</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>បោះបង់</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>បោះបង់</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>ជំនួយ</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>អនុវត្ត</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>កំណត់ឡើងវិញ</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>ស្ដារលំនាំដើម</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>មិនធ្វើវិញ</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>ធ្វើវិញ</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>កាត់</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>ចម្លង</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>បិទភ្ជាប់</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>លុប</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>ជ្រើសទាំងអស់</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>ចម្លងអាសយដ្ឋានតំណ</translation>
    </message>
  </context>
  <context>
    <name>Recipient kinds</name>
    <message>
      <source>embassy</source>
      <translation>ស្ថានទូត</translation>
    </message>
    <message>
      <source>agency</source>
      <translation>ស្ថាប័ន</translation>
    </message>
    <message>
      <source>police</source>
      <translation>ប៉ូលិស</translation>
    </message>
    <message>
      <source>provider</source>
      <translation>អ្នកផ្ដល់សេវា</translation>
    </message>
  </context>
  <context>
    <name>Record fields</name>
    <message>
      <source>Family name</source>
      <translation>នាមត្រកូល</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>នាមខ្លួន</translation>
    </message>
    <message>
      <source>Name in native script</source>
      <translation>ឈ្មោះជាអក្សរដើម</translation>
    </message>
    <message>
      <source>Other names used</source>
      <translation>ឈ្មោះផ្សេងទៀតដែលបានប្រើ</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>ឈ្មោះដែលចូលចិត្ត</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>សញ្ជាតិ</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>ភេទ</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
      <source>Estimated age</source>
      <translation>អាយុប៉ាន់ស្មាន</translation>
    </message>
    <message>
      <source>Passport number</source>
      <translation>លេខលិខិតឆ្លងដែន</translation>
    </message>
    <message>
      <source>Passport status</source>
      <translation>ស្ថានភាពលិខិតឆ្លងដែន</translation>
    </message>
    <message>
      <source>National ID number</source>
      <translation>លេខអត្តសញ្ញាណប័ណ្ណ</translation>
    </message>
    <message>
      <source>Father's name</source>
      <translation>ឈ្មោះឪពុក</translation>
    </message>
    <message>
      <source>Mother's name</source>
      <translation>ឈ្មោះម្ដាយ</translation>
    </message>
    <message>
      <source>Last address in Cambodia</source>
      <translation>អាសយដ្ឋានចុងក្រោយនៅកម្ពុជា</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>ភាសា</translation>
    </message>
    <message>
      <source>Interpreter needed</source>
      <translation>ត្រូវការអ្នកបកប្រែ</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>ទូរសព្ទ</translation>
    </message>
    <message>
      <source>Embassy case number</source>
      <translation>លេខករណីនៅស្ថានទូត</translation>
    </message>
    <message>
      <source>Date of entry</source>
      <translation>ថ្ងៃចូលប្រទេស</translation>
    </message>
    <message>
      <source>Admitted to the shelter</source>
      <translation>ចូលជម្រក</translation>
    </message>
    <message>
      <source>Case status</source>
      <translation>ស្ថានភាពករណី</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>កំណត់ចំណាំ</translation>
    </message>
  </context>
  <context>
    <name>Records</name>
    <message>
      <source>There is no agency number {number}.</source>
      <translation>គ្មានស្ថាប័នលេខ {number} ទេ។</translation>
    </message>
    <message>
      <source>There is no such attachment (it may have been removed).</source>
      <translation>គ្មានឯកសារភ្ជាប់នេះទេ (វាប្រហែលជាត្រូវបានដកចេញហើយ)។</translation>
    </message>
    <message>
      <source>There is no such consent.</source>
      <translation>គ្មានការយល់ព្រមនេះទេ។</translation>
    </message>
    <message>
      <source>There is no such letter.</source>
      <translation>គ្មានលិខិតនេះទេ។</translation>
    </message>
    <message>
      <source>There is no need number {number}.</source>
      <translation>គ្មានតម្រូវការលេខ {number} ទេ។</translation>
    </message>
    <message>
      <source>There is no such referral.</source>
      <translation>គ្មានការបញ្ជូននេះទេ។</translation>
    </message>
    <message>
      <source>There is no referral {reference}.</source>
      <translation>គ្មានការបញ្ជូន {reference} ទេ។</translation>
    </message>
    <message>
      <source>There is no staff member “{username}”.</source>
      <translation>គ្មានបុគ្គលិក «{username}» ទេ។</translation>
    </message>
    <message>
      <source>Someone else saved this case after you opened it. Reopen it to see their changes, then edit again.</source>
      <translation>មាននរណាម្នាក់ផ្សេងបានរក្សាទុកករណីនេះ ក្រោយពេលអ្នកបានបើកវា។ សូមបើកវាម្ដងទៀតដើម្បីមើលការកែប្រែរបស់ពួកគេ រួចកែម្ដងទៀត។</translation>
    </message>
    <message>
      <source>There is no such case.</source>
      <translation>គ្មានករណីនេះទេ។</translation>
    </message>
    <message>
      <source>There is no case {case_number}.</source>
      <translation>គ្មានករណី {case_number} ទេ។</translation>
    </message>
    <message>
      <source>This case no longer exists.</source>
      <translation>ករណីនេះលែងមានទៀតហើយ។</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <source>Choose a file name in an existing folder for the recovery kit.</source>
      <translation>សូមជ្រើសឈ្មោះឯកសារក្នុងថតដែលមានស្រាប់ សម្រាប់សន្លឹកសង្គ្រោះ។</translation>
    </message>
    <message>
      <source>Choose between 3 and 100 wrong attempts, or turn the setting off.</source>
      <translation>សូមជ្រើសចន្លោះពី 3 ដល់ 100 ដងដែលវាយខុស ឬបិទការកំណត់នេះ។</translation>
    </message>
  </context>
  <context>
    <name>Referrals</name>
    <message>
      <source>There is no valid {kind} consent for this person. Record their consent first, or (coordinators) override with a written reason.</source>
      <translation>មិនមានការយល់ព្រមសម្រាប់{kind}ដែលនៅមានសុពលភាពសម្រាប់បុគ្គលនេះទេ។ សូមកត់ត្រាការយល់ព្រមរបស់គាត់ជាមុនសិន ឬ (អ្នកសម្របសម្រួល) លើកលែងដោយសរសេរមូលហេតុ។</translation>
    </message>
    <message>
      <source>Choose emergency, urgent or normal.</source>
      <translation>សូមជ្រើស បន្ទាន់បំផុត បន្ទាន់ ឬធម្មតា។</translation>
    </message>
    <message>
      <source>“{status}” is not a referral status.</source>
      <translation>“{status}” មិនមែនជាស្ថានភាពការបញ្ជូនទេ។</translation>
    </message>
    <message>
      <source>Need {need} belongs to another case.</source>
      <translation>តម្រូវការ {need} ជារបស់ករណីផ្សេង។</translation>
    </message>
  </context>
  <context>
    <name>ReferralsOverview</name>
    <message>
      <source>Agency kind</source>
      <translation>ប្រភេទស្ថាប័ន</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>បង្ហាញ</translation>
    </message>
    <message>
      <source>Batch letters</source>
      <translation>លិខិតជាក្រុម</translation>
    </message>
    <message>
      <source>All agencies</source>
      <translation>ស្ថាប័នទាំងអស់</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>ការតាមដាន</translation>
    </message>
    <message>
      <source>Any follow-up date</source>
      <translation>ថ្ងៃតាមដានណាក៏បាន</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>តែហួសកំណត់</translation>
    </message>
    <message>
      <source>Follow-up due this week</source>
      <translation>ត្រូវតាមដានសប្ដាហ៍នេះ</translation>
    </message>
    <message>
      <source>Referrals waiting on agencies</source>
      <translation>ការបញ្ជូនដែលកំពុងរង់ចាំស្ថាប័ន</translation>
    </message>
    <message>
      <source>Batch letters…</source>
      <translation>លិខិតជាក្រុម…</translation>
    </message>
    <message>
      <source>Letters for every open case that matches a filter, for example all Indonesians waiting for a travel document</source>
      <translation>លិខិតសម្រាប់គ្រប់ករណីបើកដែលត្រូវនឹងតម្រង ឧទាហរណ៍ ជនជាតិឥណ្ឌូណេស៊ីទាំងអស់ដែលកំពុងរង់ចាំលិខិតធ្វើដំណើរ</translation>
    </message>
    <message>
      <source>Referrals sent and not yet answered or completed, longest waits first. Overdue follow-ups are highlighted. Open a referral to go to its case.</source>
      <translation>ការបញ្ជូនដែលបានផ្ញើ ហើយមិនទាន់មានចម្លើយ ឬមិនទាន់បញ្ចប់ ដែលរង់ចាំយូរបំផុតមុនគេ។ ការតាមដានដែលហួសកំណត់ត្រូវបានបន្លិច។ បើកការបញ្ជូនមួយ ដើម្បីទៅកាន់ករណីរបស់វា។</translation>
    </message>
    <message numerus="yes">
      <source>%n referral(s) waiting</source>
      <translation>
        <numerusform>ការបញ្ជូន %n កំពុងរង់ចាំ</numerusform>
        <numerusform>ការបញ្ជូន %n កំពុងរង់ចាំ</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>on %n agency(s);</source>
      <translation>
        <numerusform>ពីស្ថាប័ន %n។</numerusform>
        <numerusform>ពីស្ថាប័ន %n។</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue.</source>
      <translation>
        <numerusform>ហួសកំណត់ %n។</numerusform>
        <numerusform>ហួសកំណត់ %n។</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <source>Agency</source>
      <translation>ស្ថាប័ន</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>បោះបង់</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>ការបញ្ជូន</translation>
    </message>
    <message>
      <source>Record consent</source>
      <translation>កត់ត្រាការយល់ព្រម</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>អាទិភាព</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>លទ្ធផល</translation>
    </message>
    <message>
      <source>Refer to an agency</source>
      <translation>បញ្ជូនទៅស្ថាប័ន</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>មូលហេតុ</translation>
    </message>
    <message>
      <source>Why this person is referred, what is asked</source>
      <translation>ហេតុអ្វីបញ្ជូនបុគ្គលនេះ និងស្នើសុំអ្វី</translation>
    </message>
    <message>
      <source>Follow up by</source>
      <translation>តាមដានមុនថ្ងៃ</translation>
    </message>
    <message>
      <source>Empty: set from the priority</source>
      <translation>ទទេ៖ កំណត់តាមអាទិភាព</translation>
    </message>
    <message>
      <source>For needs</source>
      <translation>សម្រាប់តម្រូវការ</translation>
    </message>
    <message>
      <source>Reason for referring without consent</source>
      <translation>មូលហេតុនៃការបញ្ជូនដោយគ្មានការយល់ព្រម</translation>
    </message>
    <message>
      <source>Why this cannot wait for consent (it is logged)</source>
      <translation>ហេតុអ្វីមិនអាចរង់ចាំការយល់ព្រមបាន (វានឹងត្រូវកត់ត្រា)</translation>
    </message>
    <message>
      <source>Override with reason</source>
      <translation>លើកលែងដោយមានមូលហេតុ</translation>
    </message>
    <message>
      <source>Override reason</source>
      <translation>មូលហេតុលើកលែង</translation>
    </message>
    <message>
      <source>Create referral</source>
      <translation>បង្កើតការបញ្ជូន</translation>
    </message>
    <message>
      <source>Cancel referral</source>
      <translation>បោះបង់ការបញ្ជូន</translation>
    </message>
    <message>
      <source>New referral</source>
      <translation>ការបញ្ជូនថ្មី</translation>
    </message>
    <message>
      <source>The agency's answer; saved with the next status change</source>
      <translation>ចម្លើយរបស់ស្ថាប័ន រក្សាទុកពេលប្ដូរស្ថានភាពលើកក្រោយ</translation>
    </message>
    <message>
      <source>Follow-up date</source>
      <translation>ថ្ងៃតាមដាន</translation>
    </message>
    <message>
      <source>Set follow-up date</source>
      <translation>កំណត់ថ្ងៃតាមដាន</translation>
    </message>
    <message>
      <source>Prepare a letter…</source>
      <translation>រៀបចំលិខិត…</translation>
    </message>
    <message>
      <source>Prepare a letter</source>
      <translation>រៀបចំលិខិត</translation>
    </message>
    <message>
      <source>Sent without consent. Reason given: %1</source>
      <translation>បានផ្ញើដោយគ្មានការយល់ព្រម។ មូលហេតុ៖ %1</translation>
    </message>
    <message>
      <source>Linked needs</source>
      <translation>តម្រូវការដែលពាក់ព័ន្ធ</translation>
    </message>
    <message>
      <source>No open needs</source>
      <translation>គ្មានតម្រូវការមិនទាន់ដោះស្រាយ</translation>
    </message>
    <message>
      <source>Write why this referral cannot wait for consent.</source>
      <translation>សូមសរសេរថាហេតុអ្វីការបញ្ជូននេះមិនអាចរង់ចាំការយល់ព្រមបាន។</translation>
    </message>
    <message>
      <source>Follow-up date saved.</source>
      <translation>បានរក្សាទុកថ្ងៃតាមដាន។</translation>
    </message>
  </context>
  <context>
    <name>RegisterView</name>
    <message>
      <source>Register</source>
      <translation>បញ្ជី</translation>
    </message>
    <message>
      <source>New intake</source>
      <translation>ទទួលថ្មី</translation>
    </message>
    <message>
      <source>Register a person who just arrived (Ctrl+N)</source>
      <translation>ចុះឈ្មោះអ្នកដែលទើបមកដល់ (Ctrl+N)</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>នាំចេញ…</translation>
    </message>
    <message>
      <source>Save the register, or the people this filter shows, as a spreadsheet</source>
      <translation>រក្សាទុកបញ្ជី ឬមនុស្សដែលតម្រងនេះបង្ហាញ ជាឯកសារតារាង</translation>
    </message>
    <message>
      <source>Export the register</source>
      <translation>នាំចេញបញ្ជី</translation>
    </message>
    <message>
      <source>Letters for selected…</source>
      <translation>លិខិតសម្រាប់អ្នកដែលបានជ្រើស…</translation>
    </message>
    <message>
      <source>Letters for the selected people</source>
      <translation>លិខិតសម្រាប់អ្នកដែលបានជ្រើស</translation>
    </message>
    <message>
      <source>Select people in the list (Ctrl+click, Shift+click), then print a letter for each of them</source>
      <translation>ជ្រើសមនុស្សក្នុងបញ្ជី (Ctrl+ចុច, Shift+ចុច) រួចបោះពុម្ពលិខិតសម្រាប់ម្នាក់ៗ</translation>
    </message>
    <message>
      <source>Search by name (any script), case number or passport number  (Ctrl+F)</source>
      <translation>ស្វែងរកតាមឈ្មោះ (អក្សរណាក៏បាន) លេខករណី ឬលេខលិខិតឆ្លងដែន  (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search the register</source>
      <translation>ស្វែងរកក្នុងបញ្ជី</translation>
    </message>
    <message>
      <source>Filter by status</source>
      <translation>ច្រោះតាមស្ថានភាព</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>ស្ថានភាពណាក៏បាន</translation>
    </message>
    <message>
      <source>Active cases</source>
      <translation>ករណីកំពុងដំណើរការ</translation>
    </message>
    <message>
      <source>Filter by nationality</source>
      <translation>ច្រោះតាមសញ្ជាតិ</translation>
    </message>
    <message>
      <source>Any nationality</source>
      <translation>សញ្ជាតិណាក៏បាន</translation>
    </message>
    <message>
      <source>Filter by open needs</source>
      <translation>ច្រោះតាមតម្រូវការមិនទាន់ដោះស្រាយ</translation>
    </message>
    <message>
      <source>Any needs</source>
      <translation>តម្រូវការណាក៏បាន</translation>
    </message>
    <message>
      <source>Has an open need</source>
      <translation>មានតម្រូវការមិនទាន់ដោះស្រាយ</translation>
    </message>
    <message>
      <source>Open need: {what}</source>
      <translation>តម្រូវការមិនទាន់ដោះស្រាយ៖ {what}</translation>
    </message>
    <message>
      <source>Waiting on an embassy</source>
      <translation>កំពុងរង់ចាំស្ថានទូត</translation>
    </message>
    <message>
      <source>Only people waiting on an embassy</source>
      <translation>តែអ្នកដែលកំពុងរង់ចាំស្ថានទូត</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>ហួសកំណត់</translation>
    </message>
    <message>
      <source>A referral follow-up or a need is past its due date</source>
      <translation>ការតាមដានការបញ្ជូន ឬតម្រូវការមួយ ហួសកាលកំណត់</translation>
    </message>
    <message>
      <source>Only overdue cases</source>
      <translation>តែករណីហួសកំណត់</translation>
    </message>
    <message>
      <source>Saved filters</source>
      <translation>តម្រងដែលបានរក្សាទុក</translation>
    </message>
    <message>
      <source>Save filters…</source>
      <translation>រក្សាទុកតម្រង…</translation>
    </message>
    <message>
      <source>Save these filters as a preset</source>
      <translation>រក្សាទុកតម្រងទាំងនេះជាគំរូ</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>លុប</translation>
    </message>
    <message>
      <source>Delete the selected preset</source>
      <translation>លុបគំរូដែលបានជ្រើស</translation>
    </message>
    <message>
      <source>Remove this filter</source>
      <translation>ដកតម្រងនេះចេញ</translation>
    </message>
    <message>
      <source>Remove the filter chosen on the dashboard</source>
      <translation>ដកតម្រងដែលបានជ្រើសលើផ្ទាំងសង្ខេបចេញ</translation>
    </message>
    <message>
      <source>Survivors in the register</source>
      <translation>ជនរងគ្រោះក្នុងបញ្ជី</translation>
    </message>
    <message>
      <source>Type another letter to search (or press Enter)</source>
      <translation>វាយអក្សរមួយទៀតដើម្បីស្វែងរក (ឬចុច Enter)</translation>
    </message>
    <message numerus="yes">
      <source>%n people</source>
      <translation>
        <numerusform>%n នាក់</numerusform>
        <numerusform>%n នាក់</numerusform>
      </translation>
    </message>
    <message>
      <source>%1+ people (counting…)</source>
      <translation>%1+ នាក់ (កំពុងរាប់…)</translation>
    </message>
    <message>
      <source>No cases yet. Press Ctrl+N or “New intake” to register the first person.</source>
      <translation>មិនទាន់មានករណីទេ។ ចុច Ctrl+N ឬ «ទទួលថ្មី» ដើម្បីចុះឈ្មោះអ្នកដំបូង។</translation>
    </message>
    <message>
      <source>No cases yet.</source>
      <translation>មិនទាន់មានករណីទេ។</translation>
    </message>
    <message>
      <source>No one matches this search and these filters. Clear the search box or choose “Any status” to see everyone.</source>
      <translation>គ្មាននរណាម្នាក់ត្រូវនឹងការស្វែងរក និងតម្រងទាំងនេះទេ។ សូមសម្អាតប្រអប់ស្វែងរក ឬជ្រើស «ស្ថានភាពណាក៏បាន» ដើម្បីមើលទាំងអស់គ្នា។</translation>
    </message>
    <message>
      <source>Open case</source>
      <translation>បើកករណី</translation>
    </message>
    <message>
      <source>Copy case number</source>
      <translation>ចម្លងលេខករណី</translation>
    </message>
    <message>
      <source>Copy name (passport)</source>
      <translation>ចម្លងឈ្មោះ (លិខិតឆ្លងដែន)</translation>
    </message>
    <message>
      <source>Copy name (own script)</source>
      <translation>ចម្លងឈ្មោះ (អក្សរដើម)</translation>
    </message>
    <message>
      <source>Copy passport number</source>
      <translation>ចម្លងលេខលិខិតឆ្លងដែន</translation>
    </message>
    <message numerus="yes">
      <source>Letters for the %n selected person(s)…</source>
      <translation>
        <numerusform>លិខិតសម្រាប់ %n នាក់ដែលបានជ្រើស…</numerusform>
        <numerusform>លិខិតសម្រាប់ %n នាក់ដែលបានជ្រើស…</numerusform>
      </translation>
    </message>
    <message>
      <source>The file could not be written ({reason}). Nothing was recorded.</source>
      <translation>មិនអាចសរសេរឯកសារបានទេ ({reason})។ មិនបានកត់ត្រាអ្វីទេ។</translation>
    </message>
    <message>
      <source>{n} people saved to {file}</source>
      <translation>បានរក្សាទុក {n} នាក់ទៅក្នុង {file}</translation>
    </message>
    <message>
      <source>{what}  ✕</source>
      <translation>{what}  ✕</translation>
    </message>
    <message>
      <source>Saved filters…</source>
      <translation>តម្រងរក្សាទុក…</translation>
    </message>
    <message>
      <source>Save filters</source>
      <translation>រក្សាទុកតម្រង</translation>
    </message>
    <message>
      <source>Name for these filters (for example “Indonesia, waiting on embassy”).
The search text is not saved.</source>
      <translation>ឈ្មោះសម្រាប់តម្រងទាំងនេះ (ឧទាហរណ៍ «ឥណ្ឌូណេស៊ី រង់ចាំស្ថានទូត»)។
អត្ថបទស្វែងរកមិនត្រូវបានរក្សាទុកទេ។</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>The end of the period is before its start.</source>
      <translation>ចុងនៃរយៈពេលនៅមុនការចាប់ផ្ដើម។</translation>
    </message>
    <message>
      <source>The report can be written in {languages} (beside English).</source>
      <translation>របាយការណ៍អាចសរសេរជា {languages} (ក្រៅពីភាសាអង់គ្លេស)។</translation>
    </message>
    <message>
      <source>k must be a whole number from {least} to {most}.</source>
      <translation>k ត្រូវតែជាចំនួនគត់ពី {least} ដល់ {most}។</translation>
    </message>
    <message>
      <source>A report covers at most three years; choose a shorter period.</source>
      <translation>របាយការណ៍មួយគ្របដណ្ដប់យ៉ាងច្រើនបីឆ្នាំ។ សូមជ្រើសរយៈពេលខ្លីជាងនេះ។</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
      <source>English only</source>
      <translation>តែភាសាអង់គ្លេស</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>ភាសា</translation>
    </message>
    <message>
      <source>The file could not be written ({reason}). Nothing was recorded.</source>
      <translation>មិនអាចសរសេរឯកសារបានទេ ({reason})។ មិនបានកត់ត្រាអ្វីទេ។</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>រក្សាទុកជា PDF…</translation>
    </message>
    <message>
      <source>English and Indonesian</source>
      <translation>ភាសាអង់គ្លេស និងឥណ្ឌូណេស៊ី</translation>
    </message>
    <message>
      <source>English and Chinese</source>
      <translation>ភាសាអង់គ្លេស និងចិន</translation>
    </message>
    <message>
      <source>Save the report as</source>
      <translation>រក្សាទុករបាយការណ៍ជា</translation>
    </message>
    <message>
      <source>Period report</source>
      <translation>របាយការណ៍តាមរយៈពេល</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>ថ្ងៃដំបូង</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>ថ្ងៃចុងក្រោយ</translation>
    </message>
    <message>
      <source>Admissions, departures, nationality, sex, age, type of exploitation, referrals and days to a travel document for the period, with charts. No names; counts under 11 are shown as “&lt;11”.</source>
      <translation>ការចូល ការចាកចេញ សញ្ជាតិ ភេទ អាយុ ប្រភេទការកេងប្រវ័ញ្ច ការបញ្ជូន និងចំនួនថ្ងៃរហូតទទួលបានលិខិតធ្វើដំណើរ សម្រាប់រយៈពេលនេះ ជាមួយតារាងក្រាហ្វិក។ គ្មានឈ្មោះ។ ចំនួនតិចជាង 11 បង្ហាញជា «&lt;11»។</translation>
    </message>
    <message>
      <source>Saved {file}.</source>
      <translation>បានរក្សាទុក {file}។</translation>
    </message>
  </context>
  <context>
    <name>Retention</name>
    <message>
      <source>names, identity documents, contacts, addresses, next of kin, notes and trafficking details removed; case number replaced; birth date kept as its year; admission and discharge kept as their month</source>
      <translation>ឈ្មោះ ឯកសារអត្តសញ្ញាណ ទំនាក់ទំនង អាសយដ្ឋាន សាច់ញាតិជិតបំផុត កំណត់ចំណាំ និងព័ត៌មានលម្អិតអំពីការជួញដូរ ត្រូវបានលុប លេខករណីត្រូវបានជំនួស ថ្ងៃខែឆ្នាំកំណើតរក្សាទុកតែឆ្នាំ ថ្ងៃចូល និងថ្ងៃចេញរក្សាទុកតែខែ</translation>
    </message>
    <message>
      <source>{count} letter(s) deleted</source>
      <translation>បានលុបលិខិត {count}</translation>
    </message>
    <message>
      <source>{count} attachment(s) deleted</source>
      <translation>បានលុបឯកសារភ្ជាប់ {count}</translation>
    </message>
    <message>
      <source>descriptions and outcome notes of needs and referrals cleared (kinds and states kept)</source>
      <translation>ការពិពណ៌នា និងកំណត់ចំណាំលទ្ធផលនៃតម្រូវការ និងការបញ្ជូន ត្រូវបានសម្អាត (ប្រភេទ និងស្ថានភាពនៅដដែល)</translation>
    </message>
    <message>
      <source>consents other than for statistics deleted</source>
      <translation>ការយល់ព្រមក្រៅពីសម្រាប់ស្ថិតិ ត្រូវបានលុប</translation>
    </message>
    <message>
      <source>Give a number of months from 1 to {most}, or turn the policy off.</source>
      <translation>សូមបញ្ចូលចំនួនខែពី 1 ដល់ {most} ឬបិទច្បាប់នេះ។</translation>
    </message>
    <message>
      <source>The retention policy is off: set a number of months first.</source>
      <translation>ច្បាប់រក្សាទុកត្រូវបានបិទ៖ សូមកំណត់ចំនួនខែជាមុនសិន។</translation>
    </message>
    <message>
      <source>Say why the case is erased (for example: “the person asked on 2026-11-30”). Do not write the person's name.</source>
      <translation>សូមប្រាប់ពីមូលហេតុដែលលុបករណី (ឧ. “បុគ្គលនោះបានស្នើនៅ 2026-11-30”)។ កុំសរសេរឈ្មោះបុគ្គលនោះ។</translation>
    </message>
    <message>
      <source>Keep the reason under {most} characters.</source>
      <translation>សូមសរសេរមូលហេតុមិនឱ្យលើស {most} តួអក្សរ។</translation>
    </message>
  </context>
  <context>
    <name>RetentionPanel</name>
    <message>
      <source>Keeping records (retention)</source>
      <translation>ការរក្សាទុកកំណត់ត្រា</translation>
    </message>
    <message>
      <source>Closed cases are anonymised %1 months after they closed.</source>
      <translation>ករណីដែលបានបិទ ត្រូវធ្វើជាអនាមិក %1 ខែក្រោយពេលបិទ។</translation>
    </message>
    <message>
      <source>Closed cases are kept until an administrator sets a retention period.</source>
      <translation>ករណីដែលបានបិទ ត្រូវរក្សាទុក រហូតដល់អ្នកគ្រប់គ្រងកំណត់រយៈពេលរក្សាទុក។</translation>
    </message>
    <message>
      <source>Anonymise cases that closed (repatriated, transferred, left or closed) more than a number of months ago. Anonymising keeps only what statistics use — nationality, sex, year of birth, exploitation type, admission and discharge month, status, needs and referral kinds with their outcomes, consent for statistics — and deletes names, documents, contacts, notes, letters and attachments. It cannot be undone.</source>
      <translation>ធ្វើជាអនាមិកនូវករណីដែលបានបិទ (បានធ្វើមាតុភូមិនិវត្តន៍ បានផ្ទេរ បានចាកចេញ ឬបានបិទ) លើសពីចំនួនខែណាមួយមុន។ ការធ្វើជាអនាមិករក្សាទុកតែអ្វីដែលស្ថិតិប្រើ — សញ្ជាតិ ភេទ ឆ្នាំកំណើត ប្រភេទការកេងប្រវ័ញ្ច ខែចូល និងខែចេញ ស្ថានភាព តម្រូវការ និងប្រភេទការបញ្ជូនព្រមទាំងលទ្ធផល ការយល់ព្រមសម្រាប់ស្ថិតិ — ហើយលុបឈ្មោះ ឯកសារ ទំនាក់ទំនង កំណត់ចំណាំ លិខិត និងឯកសារភ្ជាប់។ មិនអាចត្រឡប់វិញបានទេ។</translation>
    </message>
    <message>
      <source>Anonymise closed cases after</source>
      <translation>ធ្វើជាអនាមិកនូវករណីបិទក្រោយ</translation>
    </message>
    <message>
      <source>Anonymise closed cases</source>
      <translation>ធ្វើជាអនាមិកនូវករណីបិទ</translation>
    </message>
    <message>
      <source> months</source>
      <translation> ខែ</translation>
    </message>
    <message>
      <source>Months after closing</source>
      <translation>ចំនួនខែក្រោយពេលបិទ</translation>
    </message>
    <message>
      <source>Save the rule</source>
      <translation>រក្សាទុកច្បាប់</translation>
    </message>
    <message>
      <source>Save the retention rule</source>
      <translation>រក្សាទុកច្បាប់រក្សាទុកកំណត់ត្រា</translation>
    </message>
    <message>
      <source>Show the cases due…</source>
      <translation>បង្ហាញករណីដល់ពេល…</translation>
    </message>
    <message>
      <source>Show the cases due</source>
      <translation>បង្ហាញករណីដល់ពេល</translation>
    </message>
    <message>
      <source>Anonymise these cases…</source>
      <translation>ធ្វើជាអនាមិកនូវករណីទាំងនេះ…</translation>
    </message>
    <message>
      <source>Anonymise these cases</source>
      <translation>ធ្វើជាអនាមិកនូវករណីទាំងនេះ</translation>
    </message>
    <message>
      <source>Cases the rule would anonymise</source>
      <translation>ករណីដែលច្បាប់នេះនឹងធ្វើជាអនាមិក</translation>
    </message>
    <message>
      <source>Saved: closed cases are anonymised %1 months after closing.</source>
      <translation>បានរក្សាទុក៖ ករណីដែលបានបិទ ត្រូវធ្វើជាអនាមិក %1 ខែក្រោយពេលបិទ។</translation>
    </message>
    <message>
      <source>Saved: no case is anonymised.</source>
      <translation>បានរក្សាទុក៖ គ្មានករណីណាត្រូវធ្វើជាអនាមិកទេ។</translation>
    </message>
    <message>
      <source>closed %1</source>
      <translation>បានបិទ %1</translation>
    </message>
    <message>
      <source>The rule is off: save a number of months first.</source>
      <translation>ច្បាប់នេះបិទ៖ សូមរក្សាទុកចំនួនខែជាមុនសិន។</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) would be anonymised now.</source>
      <translation>
        <numerusform>%n ករណីនឹងត្រូវធ្វើជាអនាមិកឥឡូវនេះ។</numerusform>
        <numerusform>%n ករណីនឹងត្រូវធ្វើជាអនាមិកឥឡូវនេះ។</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) will be anonymised: names, documents, contacts, notes, letters and attachments are deleted for good. This cannot be undone.</source>
      <translation>
        <numerusform>%n ករណីនឹងត្រូវធ្វើជាអនាមិក៖ ឈ្មោះ ឯកសារ ទំនាក់ទំនង កំណត់ចំណាំ លិខិត និងឯកសារភ្ជាប់ នឹងត្រូវលុបជាស្ថាពរ។ មិនអាចត្រឡប់វិញបានទេ។</numerusform>
        <numerusform>%n ករណីនឹងត្រូវធ្វើជាអនាមិក៖ ឈ្មោះ ឯកសារ ទំនាក់ទំនង កំណត់ចំណាំ លិខិត និងឯកសារភ្ជាប់ នឹងត្រូវលុបជាស្ថាពរ។ មិនអាចត្រឡប់វិញបានទេ។</numerusform>
      </translation>
    </message>
    <message>
      <source>Anonymise</source>
      <translation>ធ្វើជាអនាមិក</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) anonymised.</source>
      <translation>
        <numerusform>បានធ្វើជាអនាមិក %n ករណី។</numerusform>
        <numerusform>បានធ្វើជាអនាមិក %n ករណី។</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <source>administrator</source>
      <translation>អ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
      <source>coordinator</source>
      <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
      <source>caseworker</source>
      <translation>បុគ្គលិកករណី</translation>
    </message>
    <message>
      <source>readonly</source>
      <translation>មើលតែប៉ុណ្ណោះ</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>This vault is older than the last state this computer saw: it may have been put back from an older copy, or its audit log was cut. Recent work may be missing. Tell an administrator; they can run “Check the log” and restore the latest backup.</source>
      <translation>ឃ្លាំងទិន្នន័យនេះចាស់ជាងស្ថានភាពចុងក្រោយដែលកុំព្យូទ័រនេះបានឃើញ៖ ប្រហែលជាវាត្រូវបានដាក់ត្រឡប់ពីច្បាប់ចម្លងចាស់ ឬកំណត់ត្រាសវនកម្មរបស់វាត្រូវបានកាត់។ ការងារថ្មីៗអាចបាត់។ សូមប្រាប់អ្នកគ្រប់គ្រង។ គាត់អាចដំណើរការ “ពិនិត្យកំណត់ត្រា” ហើយស្ដារច្បាប់បម្រុងទុកចុងក្រោយ។</translation>
    </message>
    <message>
      <source>This computer has no record of this vault's last state (its rollback anchor is missing or unreadable): it was deleted, or the vault was moved here from another computer or user account. ShelterDesk cannot tell whether the vault was put back to an older copy. If nobody moved the vault, tell an administrator; they can run “Check the log” and compare with the latest backup.</source>
      <translation>កុំព្យូទ័រនេះគ្មានកំណត់ត្រាស្ថានភាពចុងក្រោយរបស់ឃ្លាំងទិន្នន័យនេះទេ (ចំណុចយោងរបស់វាបាត់ ឬអានមិនបាន)៖ វាត្រូវបានលុប ឬឃ្លាំងត្រូវបានផ្លាស់មកទីនេះពីកុំព្យូទ័រ ឬគណនីអ្នកប្រើផ្សេង។ ShelterDesk មិនអាចដឹងថាឃ្លាំងត្រូវបានដាក់ត្រឡប់ទៅច្បាប់ចម្លងចាស់ឬអត់ទេ។ ប្រសិនបើគ្មាននរណាផ្លាស់ឃ្លាំងទេ សូមប្រាប់អ្នកគ្រប់គ្រង។ គាត់អាចដំណើរការ “ពិនិត្យកំណត់ត្រា” ហើយប្រៀបធៀបជាមួយច្បាប់បម្រុងទុកចុងក្រោយ។</translation>
    </message>
    <message>
      <source>You are still using the one-time passphrase an administrator gave you. Choose your own passphrase first (in the app you are asked at once; on the command line run “shelterdesk-cli passwd”).</source>
      <translation>អ្នកនៅតែប្រើឃ្លាសម្ងាត់ប្រើម្ដងដែលអ្នកគ្រប់គ្រងបានផ្ដល់ឱ្យ។ សូមជ្រើសឃ្លាសម្ងាត់ផ្ទាល់ខ្លួនជាមុនសិន (ក្នុងកម្មវិធី អ្នកនឹងត្រូវបានសួរភ្លាម។ នៅលើបន្ទាត់ពាក្យបញ្ជា សូមដំណើរការ “shelterdesk-cli passwd”)។</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this.</source>
      <translation>តួនាទីរបស់អ្នក ({role}) មិនអាចធ្វើការនេះបានទេ។</translation>
    </message>
    <message>
      <source>Your role ({role}) may not change records.</source>
      <translation>តួនាទីរបស់អ្នក ({role}) មិនអាចកែកំណត់ត្រាបានទេ។</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this (coordinators and administrators only).</source>
      <translation>តួនាទីរបស់អ្នក ({role}) មិនអាចធ្វើការនេះបានទេ (សម្រាប់តែអ្នកសម្របសម្រួល និងអ្នកគ្រប់គ្រង)។</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this (administrators only).</source>
      <translation>តួនាទីរបស់អ្នក ({role}) មិនអាចធ្វើការនេះបានទេ (សម្រាប់តែអ្នកគ្រប់គ្រង)។</translation>
    </message>
    <message>
      <source>The vault's audit key is missing or damaged. Restore the vault from a backup.</source>
      <translation>កូនសោសវនកម្មរបស់ឃ្លាំងទិន្នន័យបាត់ ឬខូច។ សូមស្ដារឃ្លាំងពីច្បាប់បម្រុងទុក។</translation>
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message>
      <source>Settings</source>
      <translation>ការកំណត់</translation>
    </message>
    <message>
      <source>This computer</source>
      <translation>កុំព្យូទ័រនេះ</translation>
    </message>
    <message>
      <source> minutes</source>
      <translation> នាទី</translation>
    </message>
    <message>
      <source>Lock after this many idle minutes</source>
      <translation>ចាក់សោបន្ទាប់ពីមិនប្រើប៉ុន្មាននាទីនេះ</translation>
    </message>
    <message>
      <source>Language of the program</source>
      <translation>ភាសារបស់កម្មវិធី</translation>
    </message>
    <message>
      <source>Lock when idle for</source>
      <translation>ចាក់សោពេលមិនប្រើរយៈពេល</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>ភាសា</translation>
    </message>
    <message>
      <source>A new language applies the next time ShelterDesk starts.</source>
      <translation>ភាសាថ្មីនឹងប្រើនៅពេលបើក ShelterDesk លើកក្រោយ។</translation>
    </message>
    <message>
      <source>Shelter profile (letterhead)</source>
      <translation>ព័ត៌មានជម្រក (ក្បាលលិខិត)</translation>
    </message>
    <message>
      <source>Save profile</source>
      <translation>រក្សាទុកព័ត៌មាន</translation>
    </message>
    <message>
      <source>Save the shelter profile</source>
      <translation>រក្សាទុកព័ត៌មានជម្រក</translation>
    </message>
    <message>
      <source>Coordinators and administrators can change the profile.</source>
      <translation>អ្នកសម្របសម្រួល និងអ្នកគ្រប់គ្រងអាចកែព័ត៌មាននេះបាន។</translation>
    </message>
    <message>
      <source>Your passphrase</source>
      <translation>ឃ្លាសម្ងាត់របស់អ្នក</translation>
    </message>
    <message>
      <source>Change my passphrase…</source>
      <translation>ប្ដូរឃ្លាសម្ងាត់របស់ខ្ញុំ…</translation>
    </message>
    <message>
      <source>Change my passphrase</source>
      <translation>ប្ដូរឃ្លាសម្ងាត់របស់ខ្ញុំ</translation>
    </message>
  </context>
  <context>
    <name>ShelterProfileForm</name>
    <message>
      <source>Shelter name</source>
      <translation>ឈ្មោះជម្រក</translation>
    </message>
    <message>
      <source>Shelter address</source>
      <translation>អាសយដ្ឋានជម្រក</translation>
    </message>
    <message>
      <source>Shelter phone</source>
      <translation>ទូរសព្ទជម្រក</translation>
    </message>
    <message>
      <source>Shelter email</source>
      <translation>អ៊ីមែលជម្រក</translation>
    </message>
    <message>
      <source>No logo</source>
      <translation>គ្មានឡូហ្គោ</translation>
    </message>
    <message>
      <source>Choose logo…</source>
      <translation>ជ្រើសឡូហ្គោ…</translation>
    </message>
    <message>
      <source>Choose a logo image for letterheads</source>
      <translation>ជ្រើសរូបឡូហ្គោសម្រាប់ក្បាលលិខិត</translation>
    </message>
    <message>
      <source>Remove logo</source>
      <translation>ដកឡូហ្គោចេញ</translation>
    </message>
    <message>
      <source>Remove the logo</source>
      <translation>ដកឡូហ្គោចេញ</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>ទូរសព្ទ</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>អ៊ីមែល</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>ឡូហ្គោ</translation>
    </message>
    <message>
      <source>Choose a logo</source>
      <translation>ជ្រើសឡូហ្គោ</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>រូបភាព (*.png *.jpg *.jpeg)</translation>
    </message>
  </context>
  <context>
    <name>Staff</name>
    <message>
      <source>You cannot remove your own account.</source>
      <translation>អ្នកមិនអាចដកគណនីរបស់ខ្លួនឯងចេញបានទេ។</translation>
    </message>
    <message>
      <source>This is the last administrator; it cannot be removed.</source>
      <translation>នេះជាអ្នកគ្រប់គ្រងចុងក្រោយ។ មិនអាចដកចេញបានទេ។</translation>
    </message>
    <message>
      <source>Use “change passphrase”, which asks for the current one.</source>
      <translation>សូមប្រើ “ប្ដូរឃ្លាសម្ងាត់” ដែលសួររកឃ្លាសម្ងាត់បច្ចុប្បន្ន។</translation>
    </message>
    <message>
      <source>There is already a staff member called “{name}”.</source>
      <translation>មានបុគ្គលិកឈ្មោះ “{name}” រួចហើយ។</translation>
    </message>
    <message>
      <source>This is the last administrator; make someone else administrator first.</source>
      <translation>នេះជាអ្នកគ្រប់គ្រងចុងក្រោយ។ សូមតែងតាំងអ្នកផ្សេងជាអ្នកគ្រប់គ្រងជាមុនសិន។</translation>
    </message>
    <message>
      <source>You cannot disable your own account.</source>
      <translation>អ្នកមិនអាចបិទគណនីរបស់ខ្លួនឯងបានទេ។</translation>
    </message>
    <message>
      <source>This is the last administrator; it cannot be disabled.</source>
      <translation>នេះជាអ្នកគ្រប់គ្រងចុងក្រោយ។ មិនអាចបិទបានទេ។</translation>
    </message>
    <message>
      <source>Choose a passphrase different from the current one.</source>
      <translation>សូមជ្រើសឃ្លាសម្ងាត់ដែលខុសពីឃ្លាសម្ងាត់បច្ចុប្បន្ន។</translation>
    </message>
    <message>
      <source>The current passphrase is not right.</source>
      <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្នមិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
      <source>Choose administrator, coordinator, caseworker or readonly.</source>
      <translation>សូមជ្រើស អ្នកគ្រប់គ្រង អ្នកសម្របសម្រួល បុគ្គលិកករណី ឬមើលតែប៉ុណ្ណោះ។</translation>
    </message>
  </context>
  <context>
    <name>StaffView</name>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ឈ្មោះ</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>ទូរសព្ទ</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>អ៊ីមែល</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>ឈ្មោះអ្នកប្រើ</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>បោះបង់</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>ដកចេញ…</translation>
    </message>
    <message>
      <source>Not on the staff</source>
      <translation>មិនមែនបុគ្គលិក</translation>
    </message>
    <message>
      <source>Altered</source>
      <translation>បានកែប្រែ</translation>
    </message>
    <message>
      <source>None</source>
      <translation>គ្មាន</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>តួនាទី</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>គណនី</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>បានបិទ</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>សកម្ម</translation>
    </message>
    <message>
      <source>Must choose their own</source>
      <translation>ត្រូវជ្រើសផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
      <source>Key slot</source>
      <translation>កូនសោ</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>ត្រឹមត្រូវ</translation>
    </message>
    <message>
      <source>Add a staff member</source>
      <translation>បន្ថែមបុគ្គលិក</translation>
    </message>
    <message>
      <source>e.g. sokha</source>
      <translation>ឧ. sokha</translation>
    </message>
    <message>
      <source>as it appears in letters</source>
      <translation>ដូចដែលបង្ហាញក្នុងលិខិត</translation>
    </message>
    <message>
      <source>Job title</source>
      <translation>មុខតំណែង</translation>
    </message>
    <message>
      <source>One-time passphrase</source>
      <translation>ឃ្លាសម្ងាត់ប្រើម្ដង</translation>
    </message>
    <message>
      <source>Type the one-time passphrase again</source>
      <translation>វាយឃ្លាសម្ងាត់ប្រើម្ដងម្ដងទៀត</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>ម្ដងទៀត</translation>
    </message>
    <message>
      <source>Name, job title, phone and email are printed in the letters this person signs. Give them the one-time passphrase in person: ShelterDesk asks them to choose their own the first time they unlock.</source>
      <translation>ឈ្មោះ មុខតំណែង ទូរសព្ទ និងអ៊ីមែល ត្រូវបោះពុម្ពក្នុងលិខិតដែលបុគ្គលនេះចុះហត្ថលេខា។ សូមផ្ដល់ឃ្លាសម្ងាត់ប្រើម្ដងដល់គេដោយផ្ទាល់៖ ShelterDesk នឹងសុំឱ្យគេជ្រើសឃ្លាសម្ងាត់ផ្ទាល់ខ្លួន នៅពេលដោះសោលើកដំបូង។</translation>
    </message>
    <message>
      <source>Add staff message</source>
      <translation>សារបន្ថែមបុគ្គលិក</translation>
    </message>
    <message>
      <source>Add staff member</source>
      <translation>បន្ថែមបុគ្គលិក</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation>ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយម្ដងទៀត។</translation>
    </message>
    <message>
      <source>Staff members</source>
      <translation>បុគ្គលិក</translation>
    </message>
    <message>
      <source>Add staff member…</source>
      <translation>បន្ថែមបុគ្គលិក…</translation>
    </message>
    <message>
      <source>Print recovery kit…</source>
      <translation>បោះពុម្ពសន្លឹកសង្គ្រោះ…</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>បុគ្គលិក</translation>
    </message>
    <message>
      <source>Staff member</source>
      <translation>បុគ្គលិក</translation>
    </message>
    <message>
      <source>Save contact details</source>
      <translation>រក្សាទុកព័ត៌មានទំនាក់ទំនង</translation>
    </message>
    <message>
      <source>Change role</source>
      <translation>ប្ដូរតួនាទី</translation>
    </message>
    <message>
      <source>Disable</source>
      <translation>បិទគណនី</translation>
    </message>
    <message>
      <source>Enable</source>
      <translation>បើកគណនី</translation>
    </message>
    <message>
      <source>Disabling keeps the account but refuses unlocks. Removing deletes the person's key and re-keys the vault.</source>
      <translation>ការបិទគណនី រក្សាគណនីទុក ប៉ុន្តែមិនឱ្យដោះសោ។ ការដកចេញ លុបកូនសោរបស់បុគ្គលនោះ ហើយប្ដូរកូនសោឃ្លាំងទិន្នន័យ។</translation>
    </message>
    <message>
      <source>Wrong passphrases</source>
      <translation>ឃ្លាសម្ងាត់ខុស</translation>
    </message>
    <message>
      <source>Wipe every staff passphrase after</source>
      <translation>លុបឃ្លាសម្ងាត់បុគ្គលិកទាំងអស់ក្រោយ</translation>
    </message>
    <message>
      <source>Wipe every staff passphrase after wrong attempts</source>
      <translation>លុបឃ្លាសម្ងាត់បុគ្គលិកទាំងអស់ ក្រោយបញ្ចូលខុស</translation>
    </message>
    <message>
      <source>Number of wrong attempts in a row</source>
      <translation>ចំនួនដងបញ្ចូលខុសជាប់ៗគ្នា</translation>
    </message>
    <message>
      <source>Save setting</source>
      <translation>រក្សាទុកការកំណត់</translation>
    </message>
    <message>
      <source>wrong attempts in a row</source>
      <translation>ដងបញ្ចូលខុសជាប់ៗគ្នា</translation>
    </message>
    <message>
      <source>Off by default. When it is on and someone types a wrong passphrase that many times in a row, nobody's passphrase opens the vault any more: only the printed recovery kit (or a backup) does. Keep the kit at hand before you turn this on. Wrong passphrases always make the next attempt wait.</source>
      <translation>បិទតាមលំនាំដើម។ ពេលបើក ហើយមាននរណាម្នាក់វាយឃ្លាសម្ងាត់ខុសចំនួនដងនោះជាប់ៗគ្នា នោះគ្មានឃ្លាសម្ងាត់របស់នរណាម្នាក់អាចបើកឃ្លាំងទិន្នន័យបានទៀតទេ៖ មានតែសន្លឹកសង្គ្រោះដែលបានបោះពុម្ព (ឬការបម្រុងទុក) ប៉ុណ្ណោះ។ សូមទុកសន្លឹកនោះឱ្យនៅជិតដៃ មុននឹងបើកការកំណត់នេះ។ ឃ្លាសម្ងាត់ខុសតែងតែធ្វើឱ្យការព្យាយាមបន្ទាប់ត្រូវរង់ចាំ។</translation>
    </message>
    <message>
      <source>The key-slot file holds slots for names that are not on the staff: {names}. They were added outside ShelterDesk and open the vault until the next re-key; make a new recovery kit now (that re-keys) and check the audit log.</source>
      <translation>ឯកសារកូនសោមានកូនសោសម្រាប់ឈ្មោះដែលមិនមែនជាបុគ្គលិក៖ {names}។ ពួកវាត្រូវបានបន្ថែមនៅក្រៅ ShelterDesk ហើយអាចបើកឃ្លាំងទិន្នន័យបាន រហូតដល់ការប្ដូរកូនសោលើកក្រោយ។ សូមបង្កើតសន្លឹកសង្គ្រោះថ្មីឥឡូវនេះ (ការនេះប្ដូរកូនសោ) ហើយពិនិត្យកំណត់ត្រាសវនកម្ម។</translation>
    </message>
    <message>
      <source>Disabled: cannot unlock.</source>
      <translation>បានបិទ៖ មិនអាចដោះសោបានទេ។</translation>
    </message>
    <message>
      <source>Active.</source>
      <translation>សកម្ម។</translation>
    </message>
    <message>
      <source>Has not chosen their own passphrase yet.</source>
      <translation>មិនទាន់ជ្រើសឃ្លាសម្ងាត់ផ្ទាល់ខ្លួនទេ។</translation>
    </message>
    <message>
      <source>You cannot do this to your own account.</source>
      <translation>អ្នកមិនអាចធ្វើការនេះលើគណនីផ្ទាល់ខ្លួនបានទេ។</translation>
    </message>
    <message>
      <source>{user} was added. Give them the one-time passphrase in person; they choose their own at their first unlock.</source>
      <translation>បានបន្ថែម {user}។ សូមផ្ដល់ឃ្លាសម្ងាត់ប្រើម្ដងដល់គេដោយផ្ទាល់ គេនឹងជ្រើសឃ្លាសម្ងាត់ផ្ទាល់ខ្លួន ពេលដោះសោលើកដំបូង។</translation>
    </message>
    <message>
      <source>Contact details saved.</source>
      <translation>បានរក្សាទុកព័ត៌មានទំនាក់ទំនង។</translation>
    </message>
    <message>
      <source>{user} is now: {role}.</source>
      <translation>{user} ឥឡូវជា៖ {role}។</translation>
    </message>
    <message>
      <source>{user} is disabled: their passphrase no longer unlocks.</source>
      <translation>បានបិទគណនី {user}៖ ឃ្លាសម្ងាត់របស់គេលែងដោះសោបានទៀតហើយ។</translation>
    </message>
    <message>
      <source>{user} can unlock again.</source>
      <translation>{user} អាចដោះសោបានវិញ។</translation>
    </message>
    <message>
      <source>Remove a staff member</source>
      <translation>ដកបុគ្គលិកចេញ</translation>
    </message>
    <message>
      <source>Remove {user}?

Their key is deleted and the whole vault is re-keyed (this takes a moment). From then on their passphrase opens nothing in this vault.

Backups made before today still open with it: replace them.</source>
      <translation>ដក {user} ចេញឬ?

កូនសោរបស់គេនឹងត្រូវលុប ហើយឃ្លាំងទិន្នន័យទាំងមូលនឹងត្រូវប្ដូរកូនសោ (ចំណាយពេលបន្តិច)។ ចាប់ពីពេលនោះ ឃ្លាសម្ងាត់របស់គេមិនអាចបើកអ្វីក្នុងឃ្លាំងទិន្នន័យនេះបានទៀតទេ។

ការបម្រុងទុកដែលធ្វើមុនថ្ងៃនេះ នៅតែបើកបានដោយវា៖ សូមជំនួសការបម្រុងទុកទាំងនោះ។</translation>
    </message>
    <message>
      <source>Remove and re-key</source>
      <translation>ដកចេញ ហើយប្ដូរកូនសោ</translation>
    </message>
    <message>
      <source>{user} was removed and the vault re-keyed. Their passphrase opens nothing from now on.</source>
      <translation>បានដក {user} ចេញ ហើយប្ដូរកូនសោឃ្លាំងទិន្នន័យរួច។ ចាប់ពីពេលនេះ ឃ្លាសម្ងាត់របស់គេមិនអាចបើកអ្វីបានទេ។</translation>
    </message>
    <message>
      <source>Print a new recovery kit</source>
      <translation>បោះពុម្ពសន្លឹកសង្គ្រោះថ្មី</translation>
    </message>
    <message>
      <source>A new recovery code is made and the old one stops working at once: destroy the old page.

The PDF is NOT encrypted. Print it, keep the paper locked away from this computer, and delete the file.</source>
      <translation>លេខកូដសង្គ្រោះថ្មីនឹងត្រូវបង្កើត ហើយលេខកូដចាស់លែងប្រើបានភ្លាម៖ សូមបំផ្លាញទំព័រចាស់ចោល។

ឯកសារ PDF មិនត្រូវបានអ៊ិនគ្រីបទេ។ សូមបោះពុម្ពវា ចាក់សោទុកក្រដាសឱ្យឆ្ងាយពីកុំព្យូទ័រនេះ ហើយលុបឯកសារនោះចោល។</translation>
    </message>
    <message>
      <source>Make a new recovery code</source>
      <translation>បង្កើតលេខកូដសង្គ្រោះថ្មី</translation>
    </message>
    <message>
      <source>Save the recovery kit</source>
      <translation>រក្សាទុកសន្លឹកសង្គ្រោះ</translation>
    </message>
    <message>
      <source>New recovery kit saved to {path}. Print it, lock the paper away and delete the file. The old recovery code no longer opens the vault.</source>
      <translation>បានរក្សាទុកសន្លឹកសង្គ្រោះថ្មីទៅ {path}។ សូមបោះពុម្ពវា ចាក់សោទុកក្រដាស ហើយលុបឯកសារនោះចោល។ លេខកូដសង្គ្រោះចាស់លែងបើកឃ្លាំងទិន្នន័យបានទៀតហើយ។</translation>
    </message>
    <message>
      <source>Off: wrong passphrases only make the next attempt wait.</source>
      <translation>បិទ៖ ឃ្លាសម្ងាត់ខុសគ្រាន់តែធ្វើឱ្យការព្យាយាមបន្ទាប់ត្រូវរង់ចាំ។</translation>
    </message>
    <message>
      <source>On: after {n} wrong passphrases in a row every staff passphrase stops working.</source>
      <translation>បើក៖ ក្រោយឃ្លាសម្ងាត់ខុស {n} ដងជាប់ៗគ្នា ឃ្លាសម្ងាត់បុគ្គលិកទាំងអស់លែងប្រើបាន។</translation>
    </message>
  </context>
  <context>
    <name>SubjectAccess</name>
    <message>
      <source>The report has no “{language}” translation; choose one of {languages}.</source>
      <translation>របាយការណ៍មិនទាន់មានការបកប្រែជា «{language}» ទេ សូមជ្រើសមួយក្នុងចំណោម {languages}។</translation>
    </message>
    <message>
      <source>Give a file name ending in .pdf.</source>
      <translation>សូមដាក់ឈ្មោះឯកសារដែលបញ្ចប់ដោយ .pdf។</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>ថត {folder} មិនមានទេ។</translation>
    </message>
    <message>
      <source>The report could not be made: {reason}</source>
      <translation>មិនអាចធ្វើរបាយការណ៍បានទេ៖ {reason}</translation>
    </message>
  </context>
  <context>
    <name>TableModels</name>
    <message>
      <source>Agency / case</source>
      <translation>ស្ថាប័ន / ករណី</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ឈ្មោះ</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>ស្ថានភាព</translation>
    </message>
    <message>
      <source>Waiting (days)</source>
      <translation>រង់ចាំ (ថ្ងៃ)</translation>
    </message>
    <message>
      <source>Follow up by</source>
      <translation>តាមដានមុនថ្ងៃ</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>លេខយោង</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ប្រភេទ</translation>
    </message>
    <message>
      <source>Letter language</source>
      <translation>ភាសាលិខិត</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>ស្ថាប័ន</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>អ្នកណា</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>ការយល់ព្រម</translation>
    </message>
    <message>
      <source>What</source>
      <translation>អ្វី</translation>
    </message>
    <message>
      <source>Given on</source>
      <translation>ថ្ងៃផ្ដល់</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>អ្នកបកប្រែ</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>ផុតកំណត់</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>អាទិភាព</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>កំណត់</translation>
    </message>
    <message>
      <source>%1 (overdue)</source>
      <translation>%1 (ហួសកំណត់)</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>តម្រូវការ</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>បានផ្ញើ</translation>
    </message>
    <message>
      <source>Overridden</source>
      <translation>បានលើកលែង</translation>
    </message>
    <message>
      <source>Given</source>
      <translation>បានផ្ដល់</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>បានដកវិញ</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>ផុតកំណត់</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>មានសុពលភាព</translation>
    </message>
    <message>
      <source>Not yet valid</source>
      <translation>មិនទាន់មានសុពលភាព</translation>
    </message>
    <message>
      <source>For</source>
      <translation>សម្រាប់</translation>
    </message>
    <message>
      <source>State</source>
      <translation>ស្ថានភាព</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>កត់ត្រាដោយ</translation>
    </message>
    <message>
      <source>When</source>
      <translation>ពេលវេលា</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
      <source>Serves</source>
      <translation>បម្រើ</translation>
    </message>
    <message>
      <source>%n waiting</source>
      <translation>%n កំពុងរង់ចាំ</translation>
    </message>
    <message>
      <source>up to %1</source>
      <translation>រហូតដល់ %1</translation>
    </message>
    <message>
      <source>%n overdue</source>
      <translation>%n ហួសកំណត់</translation>
    </message>
  </context>
  <context>
    <name>TraffickingTab</name>
    <message>
      <source>Exploitation</source>
      <translation>ការកេងប្រវ័ញ្ច</translation>
    </message>
    <message>
      <source>Types</source>
      <translation>ប្រភេទ</translation>
    </message>
    <message>
      <source>Exploitation types</source>
      <translation>ប្រភេទការកេងប្រវ័ញ្ច</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>សូចនាករ</translation>
    </message>
    <message>
      <source>Indicators of trafficking</source>
      <translation>សូចនាករនៃការជួញដូរមនុស្ស</translation>
    </message>
    <message>
      <source>Recruitment</source>
      <translation>ការជ្រើសរើស</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>មធ្យោបាយ</translation>
    </message>
    <message>
      <source>Recruitment channel</source>
      <translation>មធ្យោបាយជ្រើសរើស</translation>
    </message>
    <message>
      <source>e.g. job advert, friend, agent</source>
      <translation>ឧ. ការផ្សាយការងារ មិត្តភក្តិ ភ្នាក់ងារ</translation>
    </message>
    <message>
      <source>Platform</source>
      <translation>វេទិកា</translation>
    </message>
    <message>
      <source>Recruitment platform</source>
      <translation>វេទិកាជ្រើសរើស</translation>
    </message>
    <message>
      <source>e.g. Facebook, Telegram</source>
      <translation>ឧ. Facebook, Telegram</translation>
    </message>
    <message>
      <source>Where and how long</source>
      <translation>នៅឯណា និងរយៈពេលប៉ុន្មាន</translation>
    </message>
    <message>
      <source>Compound location</source>
      <translation>ទីតាំងបរិវេណ</translation>
    </message>
    <message>
      <source>Held from</source>
      <translation>ត្រូវឃុំពី</translation>
    </message>
    <message>
      <source>Held until</source>
      <translation>ត្រូវឃុំដល់</translation>
    </message>
    <message>
      <source>Means of control</source>
      <translation>មធ្យោបាយគ្រប់គ្រង</translation>
    </message>
    <message>
      <source>e.g. passport taken, debt, violence; one per line</source>
      <translation>ឧ. ដកហូតលិខិតឆ្លងដែន បំណុល អំពើហិង្សា មួយក្នុងមួយបន្ទាត់</translation>
    </message>
    <message>
      <source>Leaving and referral</source>
      <translation>ការចាកចេញ និងការបញ្ជូនមក</translation>
    </message>
    <message>
      <source>How they left</source>
      <translation>របៀបដែលគេចាកចេញ</translation>
    </message>
    <message>
      <source>Referred in by</source>
      <translation>បញ្ជូនមកដោយ</translation>
    </message>
    <message>
      <source>Police report</source>
      <translation>របាយការណ៍ប៉ូលិស</translation>
    </message>
    <message>
      <source>Report number, if the person chose to report</source>
      <translation>លេខរបាយការណ៍ បើសាមីខ្លួនបានជ្រើសរើសប្ដឹង</translation>
    </message>
  </context>
  <context>
    <name>Transfer</name>
    <message>
      <source>This package was signed by a shelter that is not trusted here. An administrator must compare its fingerprint and trust its key first; nothing was imported.</source>
      <translation>កញ្ចប់នេះត្រូវបានចុះហត្ថលេខាដោយជម្រកដែលមិនត្រូវបានទុកចិត្តនៅទីនេះ។ អ្នកគ្រប់គ្រងត្រូវប្រៀបធៀបស្នាមម្រាមដៃ ហើយទុកចិត្តកូនសោរបស់វាជាមុនសិន។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
      <source>This shelter's key is not trusted here. An administrator must compare its fingerprint and trust it first.</source>
      <translation>កូនសោរបស់ជម្រកនេះមិនត្រូវបានទុកចិត្តនៅទីនេះទេ។ អ្នកគ្រប់គ្រងត្រូវប្រៀបធៀបស្នាមម្រាមដៃ ហើយទុកចិត្តវាជាមុនសិន។</translation>
    </message>
    <message>
      <source>This transfer package was already imported. Nothing was imported again.</source>
      <translation>កញ្ចប់ផ្ទេរនេះត្រូវបាននាំចូលរួចហើយ។ គ្មានអ្វីត្រូវបាននាំចូលម្ដងទៀតទេ។</translation>
    </message>
    <message>
      <source>Give the partner shelter's name as you know it.</source>
      <translation>សូមបញ្ចូលឈ្មោះជម្រកដៃគូ តាមដែលអ្នកស្គាល់។</translation>
    </message>
    <message>
      <source>This is this shelter's own key.</source>
      <translation>នេះជាកូនសោផ្ទាល់របស់ជម្រកនេះ។</translation>
    </message>
    <message>
      <source>Choose at least one case to transfer.</source>
      <translation>សូមជ្រើសយ៉ាងហោចណាស់ករណីមួយ ដើម្បីផ្ទេរ។</translation>
    </message>
    <message>
      <source>The transfer package's contents cannot be read.</source>
      <translation>មិនអាចអានខ្លឹមសារនៃកញ្ចប់ផ្ទេរបានទេ។</translation>
    </message>
    <message>
      <source>Case {case} in the package is not acceptable here ({why}). Nothing was imported.</source>
      <translation>ករណី {case} ក្នុងកញ្ចប់ មិនអាចទទួលយកនៅទីនេះបានទេ ({why})។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
      <source>Case {case} in the package holds a record that is not acceptable ({why}). Nothing was imported.</source>
      <translation>ករណី {case} ក្នុងកញ្ចប់ មានកំណត់ត្រាដែលមិនអាចទទួលយកបាន ({why})។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
      <source>Case {case} in the package cannot be read. Nothing was imported.</source>
      <translation>មិនអាចអានករណី {case} ក្នុងកញ្ចប់បានទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
      <source>{case} has no valid consent for transfer. Record the person's consent (kind: transfer) first; nothing was exported.</source>
      <translation>{case} គ្មានការយល់ព្រមសម្រាប់ការផ្ទេរដែលនៅមានសុពលភាពទេ។ សូមកត់ត្រាការយល់ព្រមរបស់បុគ្គលនោះ (ប្រភេទ៖ ការផ្ទេរ) ជាមុនសិន។ គ្មានអ្វីត្រូវបាននាំចេញទេ។</translation>
    </message>
    <message>
      <source>{why} Nothing was recorded and no case was marked as transferred.</source>
      <translation>{why} គ្មានអ្វីត្រូវបានកត់ត្រា ហើយគ្មានករណីណាត្រូវបានសម្គាល់ថាបានផ្ទេរទេ។</translation>
    </message>
    <message>
      <source>The key file's fingerprint does not match its keys: it was altered.</source>
      <translation>ស្នាមម្រាមដៃរបស់ឯកសារកូនសោ មិនត្រូវនឹងកូនសោរបស់វាទេ៖ វាត្រូវបានកែប្រែ។</translation>
    </message>
    <message>
      <source>This is not a ShelterDesk transfer package.</source>
      <translation>នេះមិនមែនជាកញ្ចប់ផ្ទេររបស់ ShelterDesk ទេ។</translation>
    </message>
    <message>
      <source>This transfer package was made by a newer version of ShelterDesk; update first.</source>
      <translation>កញ្ចប់ផ្ទេរនេះត្រូវបានបង្កើតដោយកំណែ ShelterDesk ថ្មីជាង។ សូមធ្វើបច្ចុប្បន្នភាពជាមុនសិន។</translation>
    </message>
    <message>
      <source>The transfer package is damaged or cut short.</source>
      <translation>កញ្ចប់ផ្ទេរខូច ឬត្រូវបានកាត់ខ្លី។</translation>
    </message>
    <message>
      <source>The package's sender does not match the key that signed it.</source>
      <translation>អ្នកផ្ញើកញ្ចប់ មិនត្រូវនឹងកូនសោដែលបានចុះហត្ថលេខាលើវាទេ។</translation>
    </message>
    <message>
      <source>This transfer package was sealed for another shelter, not this one. Nothing was imported.</source>
      <translation>កញ្ចប់ផ្ទេរនេះត្រូវបានបិទត្រាសម្រាប់ជម្រកផ្សេង មិនមែនជម្រកនេះទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
      <source>This is not a ShelterDesk shelter key file.</source>
      <translation>នេះមិនមែនជាឯកសារកូនសោជម្រករបស់ ShelterDesk ទេ។</translation>
    </message>
    <message>
      <source>The transfer package is damaged (its header cannot be read).</source>
      <translation>កញ្ចប់ផ្ទេរខូច (មិនអាចអានផ្នែកក្បាលរបស់វាបានទេ)។</translation>
    </message>
    <message>
      <source>The transfer package was changed after it was signed (or is damaged). Nothing was imported; ask the sending shelter to send it again.</source>
      <translation>កញ្ចប់ផ្ទេរត្រូវបានកែប្រែក្រោយពេលចុះហត្ថលេខា (ឬខូច)។ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមស្នើជម្រកអ្នកផ្ញើឱ្យផ្ញើវាម្ដងទៀត។</translation>
    </message>
    <message>
      <source>The transfer package cannot be opened with this shelter's key: it is damaged or was altered.</source>
      <translation>មិនអាចបើកកញ្ចប់ផ្ទេរដោយកូនសោរបស់ជម្រកនេះបានទេ៖ វាខូច ឬត្រូវបានកែប្រែ។</translation>
    </message>
  </context>
  <context>
    <name>TransferPanel</name>
    <message>
      <source>Cancel</source>
      <translation>បោះបង់</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>នាំចូល</translation>
    </message>
    <message>
      <source>Trust a partner shelter</source>
      <translation>ទុកចិត្តជម្រកដៃគូ</translation>
    </message>
    <message>
      <source>Read this fingerprint aloud with the partner shelter on the phone. Trust the key only if theirs is exactly the same:

%1

Name of the partner shelter:</source>
      <translation>សូមអានស្នាមម្រាមដៃនេះឱ្យឮ ជាមួយជម្រកដៃគូតាមទូរសព្ទ។ ទុកចិត្តកូនសោ តែនៅពេលស្នាមម្រាមដៃរបស់គេដូចគ្នាទាំងស្រុងប៉ុណ្ណោះ៖

%1

ឈ្មោះជម្រកដៃគូ៖</translation>
    </message>
    <message>
      <source>Transfer this case</source>
      <translation>ផ្ទេរករណីនេះ</translation>
    </message>
    <message>
      <source>Partner shelter</source>
      <translation>ជម្រកដៃគូ</translation>
    </message>
    <message>
      <source>Does the person move to %1? Then the case is recorded here as transferred to %1 and the stay ends today. Keep it open if the person stays here for now.</source>
      <translation>តើសាមីខ្លួនផ្លាស់ទៅ %1 ឬ? បើដូច្នេះ ករណីនេះនឹងត្រូវកត់ត្រានៅទីនេះថាបានផ្ទេរទៅ %1 ហើយការស្នាក់នៅបញ្ចប់ថ្ងៃនេះ។ សូមទុកវាបើក បើសាមីខ្លួននៅទីនេះសិន។</translation>
    </message>
    <message>
      <source>Record as transferred</source>
      <translation>កត់ត្រាថាបានផ្ទេរ</translation>
    </message>
    <message>
      <source>Keep the case open</source>
      <translation>ទុកករណីឱ្យនៅបើក</translation>
    </message>
    <message>
      <source>Partner shelters (case transfer)</source>
      <translation>ជម្រកដៃគូ (ការផ្ទេរករណី)</translation>
    </message>
    <message>
      <source>Cases move to a partner shelter in a package only that shelter can open. Exchange key files, then read the fingerprints to each other on the phone before trusting a key.</source>
      <translation>ករណីត្រូវផ្ទេរទៅជម្រកដៃគូក្នុងកញ្ចប់ ដែលមានតែជម្រកនោះទេអាចបើកបាន។ សូមផ្លាស់ប្ដូរឯកសារកូនសោ រួចអានស្នាមម្រាមដៃឱ្យគ្នាទៅវិញទៅមកតាមទូរសព្ទ មុននឹងទុកចិត្តកូនសោណាមួយ។</translation>
    </message>
    <message>
      <source>This shelter's fingerprint: %1</source>
      <translation>ស្នាមម្រាមដៃរបស់ជម្រកនេះ៖ %1</translation>
    </message>
    <message>
      <source>QR code of this shelter's key</source>
      <translation>កូដ QR នៃកូនសោរបស់ជម្រកនេះ</translation>
    </message>
    <message>
      <source>Trusted partner shelters</source>
      <translation>ជម្រកដៃគូដែលទុកចិត្ត</translation>
    </message>
    <message>
      <source>Save our key file…</source>
      <translation>រក្សាទុកឯកសារកូនសោរបស់យើង…</translation>
    </message>
    <message>
      <source>Save our key file</source>
      <translation>រក្សាទុកឯកសារកូនសោរបស់យើង</translation>
    </message>
    <message>
      <source>Trust a partner's key…</source>
      <translation>ទុកចិត្តកូនសោដៃគូ…</translation>
    </message>
    <message>
      <source>Trust a partner's key</source>
      <translation>ទុកចិត្តកូនសោដៃគូ</translation>
    </message>
    <message>
      <source>Import a transfer package…</source>
      <translation>នាំចូលកញ្ចប់ផ្ទេរ…</translation>
    </message>
    <message>
      <source>Import a transfer package</source>
      <translation>នាំចូលកញ្ចប់ផ្ទេរ</translation>
    </message>
    <message>
      <source>No partner shelter is trusted yet.</source>
      <translation>មិនទាន់ទុកចិត្តជម្រកដៃគូណាមួយនៅឡើយទេ។</translation>
    </message>
    <message>
      <source>Saved. Send it to the partner shelter; it holds no secret.</source>
      <translation>បានរក្សាទុក។ សូមផ្ញើវាទៅជម្រកដៃគូ វាគ្មានអាថ៌កំបាំងទេ។</translation>
    </message>
    <message>
      <source>The file cannot be read: %1</source>
      <translation>មិនអាចអានឯកសារបានទេ៖ %1</translation>
    </message>
    <message>
      <source>%1 is trusted.</source>
      <translation>បានទុកចិត្ត %1។</translation>
    </message>
    <message>
      <source>From %1: %2 case(s) and %3 attachment(s).</source>
      <translation>ពី %1៖ ករណី %2 និងឯកសារភ្ជាប់ %3។</translation>
    </message>
    <message>
      <source>%1 may be the same person as %2 here: check and merge by hand after the import.</source>
      <translation>%1 ប្រហែលជាមនុស្សតែមួយនឹង %2 នៅទីនេះ៖ សូមពិនិត្យ ហើយបញ្ចូលគ្នាដោយដៃ ក្រោយពេលនាំចូល។</translation>
    </message>
    <message>
      <source>Imported as %1.</source>
      <translation>បាននាំចូលជា %1។</translation>
    </message>
    <message>
      <source>No partner shelter is trusted yet: an administrator trusts one in Settings → Partner shelters.</source>
      <translation>មិនទាន់ទុកចិត្តជម្រកដៃគូណាមួយនៅឡើយទេ៖ អ្នកគ្រប់គ្រងត្រូវទុកចិត្តជម្រកមួយក្នុង ការកំណត់ → ជម្រកដៃគូ។</translation>
    </message>
    <message>
      <source>Save the transfer package</source>
      <translation>រក្សាទុកកញ្ចប់ផ្ទេរ</translation>
    </message>
    <message>
      <source>Sealed for %1, recorded in the disclosure register and the case marked as transferred. Only that shelter can open the file.</source>
      <translation>បានបិទត្រាសម្រាប់ %1 កត់ត្រាក្នុងបញ្ជីការបង្ហាញព័ត៌មាន ហើយសម្គាល់ករណីថាបានផ្ទេរ។ មានតែជម្រកនោះទេអាចបើកឯកសារនេះបាន។</translation>
    </message>
    <message>
      <source>Sealed for %1 and recorded in the disclosure register. Only that shelter can open the file.</source>
      <translation>បានបិទត្រាសម្រាប់ %1 និងកត់ត្រាក្នុងបញ្ជីការបង្ហាញព័ត៌មាន។ មានតែជម្រកនោះទេអាចបើកឯកសារនេះបាន។</translation>
    </message>
  </context>
  <context>
    <name>Transitions</name>
    <message>
      <source>open</source>
      <translation>មិនទាន់ដោះស្រាយ</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>កំពុងធ្វើ</translation>
    </message>
    <message>
      <source>on hold</source>
      <translation>បានផ្អាក</translation>
    </message>
    <message>
      <source>met</source>
      <translation>បានបំពេញ</translation>
    </message>
    <message>
      <source>cannot be met</source>
      <translation>មិនអាចបំពេញបាន</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>សេចក្ដីព្រាង</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>បានផ្ញើ</translation>
    </message>
    <message>
      <source>acknowledged</source>
      <translation>បានទទួលស្គាល់</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>បានទទួលយក</translation>
    </message>
    <message>
      <source>declined</source>
      <translation>បានបដិសេធ</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>បានបញ្ចប់</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>បានដកវិញ</translation>
    </message>
    <message>
      <source>A need that is {current} cannot become {new}. Allowed next: {allowed}.</source>
      <translation>តម្រូវការដែលស្ថិតក្នុងស្ថានភាព «{current}» មិនអាចប្ដូរទៅ «{new}» បានទេ។ ស្ថានភាពបន្ទាប់ដែលអាចធ្វើបាន៖ {allowed}។</translation>
    </message>
    <message>
      <source>Allowed next: {allowed}.</source>
      <translation>ស្ថានភាពបន្ទាប់ដែលអាចធ្វើបាន៖ {allowed}។</translation>
    </message>
    <message>
      <source>It is closed; create a new referral instead.</source>
      <translation>ការបញ្ជូននេះបានបិទហើយ សូមបង្កើតការបញ្ជូនថ្មីជំនួសវិញ។</translation>
    </message>
    <message>
      <source>A referral that is {current} cannot become {new}. {reason}</source>
      <translation>ការបញ្ជូនដែលស្ថិតក្នុងស្ថានភាព «{current}» មិនអាចប្ដូរទៅ «{new}» បានទេ។ {reason}</translation>
    </message>
  </context>
  <context>
    <name>UnlockScreen</name>
    <message>
      <source>Unlock ShelterDesk</source>
      <translation>ដោះសោ ShelterDesk</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>ឈ្មោះអ្នកប្រើ</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
      <source>Unlock message</source>
      <translation>សារដោះសោ</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>ដោះសោ</translation>
    </message>
    <message>
      <source>Unlock the vault</source>
      <translation>ដោះសោឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
      <source>Unlock with the recovery code</source>
      <translation>ដោះសោដោយលេខកូដសង្គ្រោះ</translation>
    </message>
    <message>
      <source>For when every administrator has forgotten their passphrase, or the staff passphrases were wiped. Type the code from the printed recovery kit (spaces and dashes do not matter) and the user name of an administrator. That administrator then chooses a new passphrase.</source>
      <translation>សម្រាប់ពេលដែលអ្នកគ្រប់គ្រងទាំងអស់ភ្លេចឃ្លាសម្ងាត់ ឬឃ្លាសម្ងាត់បុគ្គលិកត្រូវបានលុប។ សូមវាយលេខកូដពីសន្លឹកសង្គ្រោះដែលបានបោះពុម្ព (ដកឃ្លា និងសញ្ញាដាច់ មិនសំខាន់ទេ) និងឈ្មោះអ្នកប្រើរបស់អ្នកគ្រប់គ្រងម្នាក់។ បន្ទាប់មក អ្នកគ្រប់គ្រងនោះនឹងជ្រើសឃ្លាសម្ងាត់ថ្មី។</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>អ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>លេខកូដសង្គ្រោះ</translation>
    </message>
    <message>
      <source>Use my passphrase instead</source>
      <translation>ប្រើឃ្លាសម្ងាត់របស់ខ្ញុំវិញ</translation>
    </message>
    <message>
      <source>The register is encrypted. Enter your user name and passphrase.</source>
      <translation>បញ្ជីត្រូវបានអ៊ិនគ្រីប។ សូមបញ្ចូលឈ្មោះអ្នកប្រើ និងឃ្លាសម្ងាត់របស់អ្នក។</translation>
    </message>
    <message>
      <source>Use the recovery code</source>
      <translation>ប្រើលេខកូដសង្គ្រោះ</translation>
    </message>
    <message>
      <source>Enter an administrator's user name and the recovery code.</source>
      <translation>សូមបញ្ចូលឈ្មោះអ្នកប្រើរបស់អ្នកគ្រប់គ្រង និងលេខកូដសង្គ្រោះ។</translation>
    </message>
    <message>
      <source>Enter your user name and your passphrase.</source>
      <translation>សូមបញ្ចូលឈ្មោះអ្នកប្រើ និងឃ្លាសម្ងាត់របស់អ្នក។</translation>
    </message>
    <message>
      <source>Too many wrong attempts. Please wait before trying again.</source>
      <translation>បញ្ចូលខុសច្រើនដងពេក។ សូមរង់ចាំសិន មុននឹងព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
      <source>The recovery code or the administrator's user name is not right. Check the code against the printed kit, then try again.</source>
      <translation>លេខកូដសង្គ្រោះ ឬឈ្មោះអ្នកប្រើរបស់អ្នកគ្រប់គ្រង មិនត្រឹមត្រូវទេ។ សូមផ្ទៀងលេខកូដជាមួយសន្លឹកដែលបានបោះពុម្ព រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
      <source>The user name or passphrase is not right. Check the keyboard language and Caps Lock, then try again.</source>
      <translation>ឈ្មោះអ្នកប្រើ ឬឃ្លាសម្ងាត់មិនត្រឹមត្រូវទេ។ សូមពិនិត្យភាសាក្ដារចុច និង Caps Lock រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
      <source>The vault is open somewhere else.</source>
      <translation>ឃ្លាំងទិន្នន័យកំពុងបើកនៅកន្លែងផ្សេង។</translation>
    </message>
    <message>
      <source>Next step: close or lock ShelterDesk in the other window, then unlock here. If no other window is open, restart the computer.</source>
      <translation>ជំហានបន្ទាប់៖ បិទ ឬចាក់សោ ShelterDesk នៅក្នុងផ្ទាំងផ្សេង រួចដោះសោនៅទីនេះ។ បើគ្មានផ្ទាំងផ្សេងបើកទេ សូមចាប់ផ្ដើមកុំព្យូទ័រឡើងវិញ។</translation>
    </message>
    <message>
      <source>This vault needs a newer ShelterDesk.</source>
      <translation>ឃ្លាំងទិន្នន័យនេះត្រូវការ ShelterDesk កំណែថ្មីជាងនេះ។</translation>
    </message>
    <message>
      <source>Next step: install the newer version of ShelterDesk. Do not restore an older backup over this vault.</source>
      <translation>ជំហានបន្ទាប់៖ ដំឡើង ShelterDesk កំណែថ្មី។ កុំស្ដារការបម្រុងទុកចាស់ជាងនេះពីលើឃ្លាំងទិន្នន័យនេះ។</translation>
    </message>
    <message>
      <source>The vault is damaged.</source>
      <translation>ឃ្លាំងទិន្នន័យខូច។</translation>
    </message>
    <message>
      <source>Next step: do not delete or move anything. Ask your administrator to restore the latest backup.</source>
      <translation>ជំហានបន្ទាប់៖ កុំលុប ឬផ្លាស់ទីអ្វីទាំងអស់។ សូមស្នើអ្នកគ្រប់គ្រងឱ្យស្ដារការបម្រុងទុកចុងក្រោយបំផុត។</translation>
    </message>
    <message>
      <source>There is no vault here.</source>
      <translation>គ្មានឃ្លាំងទិន្នន័យនៅទីនេះទេ។</translation>
    </message>
    <message>
      <source>Next step: check the vault folder, or restore a backup.</source>
      <translation>ជំហានបន្ទាប់៖ ពិនិត្យថតឃ្លាំងទិន្នន័យ ឬស្ដារច្បាប់បម្រុងទុក។</translation>
    </message>
    <message>
      <source>The vault could not be opened.</source>
      <translation>មិនអាចបើកឃ្លាំងទិន្នន័យបានទេ។</translation>
    </message>
    <message>
      <source>Next step: try again; if it keeps failing, ask your administrator.</source>
      <translation>ជំហានបន្ទាប់៖ ព្យាយាមម្ដងទៀត។ បើនៅតែមិនបាន សូមសួរអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
      <source>You can try again in {n} seconds.</source>
      <translation>អ្នកអាចព្យាយាមម្ដងទៀតក្នុងរយៈពេល {n} វិនាទី។</translation>
    </message>
  </context>
  <context>
    <name>Unsaved</name>
    <message>
      <source>Discard</source>
      <translation>បោះបង់</translation>
    </message>
    <message>
      <source>Discard what you typed?</source>
      <translation>បោះបង់អ្វីដែលអ្នកបានវាយ?</translation>
    </message>
    <message>
      <source>You have typed into {what} and not saved it. Discard it?</source>
      <translation>អ្នកបានវាយក្នុង{what} ហើយមិនទាន់រក្សាទុក។ បោះបង់វាឬ?</translation>
    </message>
    <message>
      <source>Keep editing</source>
      <translation>បន្តកែ</translation>
    </message>
    <message>
      <source>this form</source>
      <translation>ទម្រង់នេះ</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>“{text}” is not a date.</source>
      <translation>«{text}» មិនមែនជាកាលបរិច្ឆេទទេ។</translation>
    </message>
    <message>
      <source>“{text}” has no four-digit year.</source>
      <translation>«{text}» គ្មានឆ្នាំបួនខ្ទង់ទេ។</translation>
    </message>
    <message>
      <source>“{text}” is not a whole date.</source>
      <translation>«{text}» មិនមែនជាកាលបរិច្ឆេទពេញលេញទេ។</translation>
    </message>
    <message>
      <source>“{text}” is not a date in the calendar.</source>
      <translation>«{text}» មិនមែនជាកាលបរិច្ឆេទដែលមាននៅក្នុងប្រតិទិនទេ។</translation>
    </message>
    <message>
      <source>This text contains a NUL character, which cannot be stored.</source>
      <translation>អត្ថបទនេះមានតួអក្សរ NUL ដែលមិនអាចរក្សាទុកបាន។</translation>
    </message>
    <message>
      <source>This text is longer than 10 MB.</source>
      <translation>អត្ថបទនេះវែងជាង 10 MB។</translation>
    </message>
    <message>
      <source>Enter at least a family name or a given name.</source>
      <translation>សូមបញ្ចូលយ៉ាងហោចណាស់នាមត្រកូល ឬនាមខ្លួន។</translation>
    </message>
    <message>
      <source>Choose at least one nationality, or “unknown”.</source>
      <translation>សូមជ្រើសយ៉ាងហោចណាស់សញ្ជាតិមួយ ឬ «មិនដឹង»។</translation>
    </message>
    <message>
      <source>An estimated age is between 0 and 110.</source>
      <translation>អាយុប៉ាន់ស្មានត្រូវនៅចន្លោះ 0 និង 110។</translation>
    </message>
    <message>
      <source>Overstay days cannot be negative.</source>
      <translation>ចំនួនថ្ងៃស្នាក់នៅហួសកំណត់ មិនអាចអវិជ្ជមានបានទេ។</translation>
    </message>
    <message>
      <source>Discharge is before admission.</source>
      <translation>ថ្ងៃចេញពីជម្រក នៅមុនថ្ងៃចូល។</translation>
    </message>
    <message>
      <source>The end of captivity is before its start.</source>
      <translation>ថ្ងៃបញ្ចប់ការឃុំឃាំង នៅមុនថ្ងៃចាប់ផ្ដើម។</translation>
    </message>
    <message>
      <source>Enter a country.</source>
      <translation>សូមបញ្ចូលប្រទេស។</translation>
    </message>
    <message>
      <source>“{text}” is not a country code or name. Use two letters such as ID, CN or KH, or the country's name.</source>
      <translation>«{text}» មិនមែនជាកូដ ឬឈ្មោះប្រទេសទេ។ សូមប្រើអក្សរពីរ ដូចជា ID, CN ឬ KH ឬឈ្មោះប្រទេស។</translation>
    </message>
    <message>
      <source>“{text}” is not a language code or name. Use ISO 639 codes such as id, zh or km, or the language's name.</source>
      <translation>«{text}» មិនមែនជាកូដ ឬឈ្មោះភាសាទេ។ សូមប្រើកូដ ISO 639 ដូចជា id, zh ឬ km ឬឈ្មោះភាសា។</translation>
    </message>
    <message>
      <source>“{value}” has the wrong number of digits for a phone number.</source>
      <translation>«{value}» មានចំនួនខ្ទង់មិនត្រឹមត្រូវសម្រាប់លេខទូរសព្ទ។</translation>
    </message>
    <message>
      <source>A document number has 3 to 24 letters and digits (spaces, - and / allowed).</source>
      <translation>លេខឯកសារមានអក្សរ និងលេខពី 3 ដល់ 24 (អនុញ្ញាតដកឃ្លា - និង /)។</translation>
    </message>
    <message>
      <source>This text contains a broken character; type or paste it again.</source>
      <translation>អត្ថបទនេះមានតួអក្សរខូច សូមវាយ ឬបិទភ្ជាប់វាម្ដងទៀត។</translation>
    </message>
    <message>
      <source>Enter the name in Latin letters as well (as in the passport, or as spoken).</source>
      <translation>សូមបញ្ចូលឈ្មោះជាអក្សរឡាតាំងផងដែរ (ដូចក្នុងលិខិតឆ្លងដែន ឬតាមការនិយាយ)។</translation>
    </message>
    <message>
      <source>The date of birth is in the future.</source>
      <translation>ថ្ងៃខែឆ្នាំកំណើតនៅអនាគត។</translation>
    </message>
    <message>
      <source>Give either a date of birth or an estimated age, not both.</source>
      <translation>សូមផ្ដល់ថ្ងៃខែឆ្នាំកំណើត ឬអាយុប៉ាន់ស្មាន មិនមែនទាំងពីរទេ។</translation>
    </message>
    <message>
      <source>“{value}” is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-14.</source>
      <translation>«{value}» មិនមែនជាកាលបរិច្ឆេទទេ។ សូមសរសេរជា YYYY-MM-DD ឧទាហរណ៍ 2026-03-14។</translation>
    </message>
    <message>
      <source>“{value}” is not a phone number.</source>
      <translation>«{value}» មិនមែនជាលេខទូរសព្ទទេ។</translation>
    </message>
    <message>
      <source>The date of birth is more than 110 years ago.</source>
      <translation>ថ្ងៃខែឆ្នាំកំណើតលើសពី 110 ឆ្នាំមុន។</translation>
    </message>
  </context>
  <context>
    <name>Vault</name>
    <message>
      <source>“{name}” has no key slot, so their passphrase opens nothing (after a wipe, or a slot removed outside ShelterDesk). An administrator can set a new one-time passphrase for them.</source>
      <translation>“{name}” គ្មានកូនសោទេ ដូច្នេះឃ្លាសម្ងាត់របស់គាត់មិនបើកអ្វីបានទេ (ក្រោយការលុបចោល ឬកូនសោត្រូវបានដកចេញនៅក្រៅ ShelterDesk)។ អ្នកគ្រប់គ្រងអាចកំណត់ឃ្លាសម្ងាត់ប្រើម្ដងថ្មីសម្រាប់គាត់។</translation>
    </message>
    <message>
      <source>The vault folder holds database files that are not the vault's current database ({current}): {files}. They are left over from an interrupted re-key, or were copied there by hand. ShelterDesk does not use or delete them; after making and checking a backup, an administrator may delete them.</source>
      <translation>ថតឃ្លាំងទិន្នន័យមានឯកសារមូលដ្ឋានទិន្នន័យដែលមិនមែនជាមូលដ្ឋានទិន្នន័យបច្ចុប្បន្នរបស់ឃ្លាំង ({current})៖ {files}។ វានៅសល់ពីការប្ដូរកូនសោដែលត្រូវបានរំខាន ឬត្រូវបានចម្លងទៅទីនោះដោយដៃ។ ShelterDesk មិនប្រើ ឬលុបវាទេ។ ក្រោយពីបង្កើត និងពិនិត្យច្បាប់បម្រុងទុក អ្នកគ្រប់គ្រងអាចលុបវាបាន។</translation>
    </message>
    <message>
      <source>The key-slot file holds a slot for “{name}”, who is not on the staff. It was added outside ShelterDesk. It opens the vault until the next re-key, which leaves it out: make a new recovery kit now (that re-keys) and check the audit log.</source>
      <translation>ឯកសារកូនសោមានកូនសោសម្រាប់ “{name}” ដែលមិនមែនជាបុគ្គលិក។ វាត្រូវបានបន្ថែមនៅក្រៅ ShelterDesk។ វាបើកឃ្លាំងទិន្នន័យបាន រហូតដល់ការប្ដូរកូនសោលើកក្រោយ ដែលនឹងទុកវាចោល៖ សូមបង្កើតសន្លឹកសង្គ្រោះថ្មីឥឡូវនេះ (ដែលប្ដូរកូនសោ) ហើយពិនិត្យកំណត់ត្រាសវនកម្ម។</translation>
    </message>
    <message>
      <source>The key slot of “{name}” differs from what the vault recorded for it: it was changed outside ShelterDesk or damaged. The next re-key seals the key only to the recorded key, so it may stop opening: an administrator should set a new one-time passphrase for this member.</source>
      <translation>កូនសោរបស់ “{name}” ខុសពីអ្វីដែលឃ្លាំងទិន្នន័យបានកត់ត្រា៖ វាត្រូវបានកែនៅក្រៅ ShelterDesk ឬខូច។ ការប្ដូរកូនសោលើកក្រោយនឹងបិទត្រាកូនសោសម្រាប់តែកូនសោដែលបានកត់ត្រាប៉ុណ្ណោះ ដូច្នេះវាអាចលែងបើកបាន៖ អ្នកគ្រប់គ្រងគួរកំណត់ឃ្លាសម្ងាត់ប្រើម្ដងថ្មីសម្រាប់បុគ្គលិកនេះ។</translation>
    </message>
    <message>
      <source>There is no recovery slot: the recovery code opens nothing. Make a new recovery kit.</source>
      <translation>គ្មានកូនសោសង្គ្រោះទេ៖ លេខកូដសង្គ្រោះមិនបើកអ្វីបានទេ។ សូមបង្កើតសន្លឹកសង្គ្រោះថ្មី។</translation>
    </message>
    <message>
      <source>The key-slot file holds a second recovery slot the vault does not know. It was added outside ShelterDesk; it gets no key at the next re-key. Make a new recovery kit.</source>
      <translation>ឯកសារកូនសោមានកូនសោសង្គ្រោះទីពីរ ដែលឃ្លាំងទិន្នន័យមិនស្គាល់។ វាត្រូវបានបន្ថែមនៅក្រៅ ShelterDesk។ វានឹងមិនទទួលបានកូនសោនៅការប្ដូរកូនសោលើកក្រោយទេ។ សូមបង្កើតសន្លឹកសង្គ្រោះថ្មី។</translation>
    </message>
    <message>
      <source>The recovery slot differs from what the vault recorded for it: it was changed outside ShelterDesk or damaged. The next re-key seals the key only to the recorded key, so it may stop opening: make a new recovery kit.</source>
      <translation>កូនសោសង្គ្រោះខុសពីអ្វីដែលឃ្លាំងទិន្នន័យបានកត់ត្រា៖ វាត្រូវបានកែនៅក្រៅ ShelterDesk ឬខូច។ ការប្ដូរកូនសោលើកក្រោយនឹងបិទត្រាកូនសោសម្រាប់តែកូនសោដែលបានកត់ត្រាប៉ុណ្ណោះ ដូច្នេះវាអាចលែងបើកបាន៖ សូមបង្កើតសន្លឹកសង្គ្រោះថ្មី។</translation>
    </message>
    <message>
      <source>Every staff passphrase was wiped after too many wrong attempts, so no passphrase opens this vault now. An administrator can open it with the recovery code from the printed recovery kit (“Use the recovery code”) and then set new passphrases.</source>
      <translation>ឃ្លាសម្ងាត់របស់បុគ្គលិកទាំងអស់ត្រូវបានលុបចោល ក្រោយការវាយខុសច្រើនដងពេក ដូច្នេះឥឡូវនេះគ្មានឃ្លាសម្ងាត់ណាបើកឃ្លាំងទិន្នន័យនេះបានទេ។ អ្នកគ្រប់គ្រងអាចបើកវាដោយលេខកូដសង្គ្រោះពីសន្លឹកសង្គ្រោះដែលបានបោះពុម្ព (“ប្រើលេខកូដសង្គ្រោះ”) ហើយបន្ទាប់មកកំណត់ឃ្លាសម្ងាត់ថ្មី។</translation>
    </message>
    <message>
      <source>A user name has 2 to 32 lower-case letters, digits, dots, dashes or underscores.</source>
      <translation>ឈ្មោះអ្នកប្រើមានពី 2 ដល់ 32 តួ ជាអក្សរតូច លេខ ចំណុច សញ្ញាដក ឬសញ្ញាគូសក្រោម។</translation>
    </message>
    <message>
      <source>This staff account is disabled. Ask an administrator.</source>
      <translation>គណនីបុគ្គលិកនេះត្រូវបានបិទ។ សូមសួរអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
      <source>The user name or passphrase is not right.</source>
      <translation>ឈ្មោះអ្នកប្រើ ឬឃ្លាសម្ងាត់មិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
      <source>The recovery code can only be used by an administrator.</source>
      <translation>មានតែអ្នកគ្រប់គ្រងទេ ដែលអាចប្រើលេខកូដសង្គ្រោះបាន។</translation>
    </message>
    <message>
      <source>Enter the shelter's name; it heads every letter.</source>
      <translation>សូមបញ្ចូលឈ្មោះជម្រក។ វានឹងនៅលើក្បាលលិខិតគ្រប់ច្បាប់។</translation>
    </message>
    <message>
      <source>The disk is full. Nothing was changed; free some space and try again.</source>
      <translation>ថាសពេញហើយ។ មិនបានផ្លាស់ប្ដូរអ្វីទេ សូមធ្វើឱ្យមានទំហំទំនេរ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
      <source>The disk is full. The last change was not saved; free some space and try again.</source>
      <translation>ថាសពេញហើយ។ ការកែប្រែចុងក្រោយមិនត្រូវបានរក្សាទុកទេ សូមធ្វើឱ្យមានទំហំទំនេរ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
      <source>Part of the vault file is damaged or was altered outside ShelterDesk, so it cannot be read. The last change was not saved. Restore the vault from your latest backup.</source>
      <translation>ផ្នែកមួយនៃឯកសារឃ្លាំងទិន្នន័យខូច ឬត្រូវបានកែប្រែនៅក្រៅ ShelterDesk ដូច្នេះមិនអាចអានបានទេ។ ការកែប្រែចុងក្រោយមិនត្រូវបានរក្សាទុកទេ។ សូមស្ដារឃ្លាំងទិន្នន័យពីការបម្រុងទុកចុងក្រោយរបស់អ្នក។</translation>
    </message>
    <message>
      <source>The key-slot file is damaged or is not a ShelterDesk key-slot file. Restore it from a backup.</source>
      <translation>ឯកសារកូនសោខូច ឬមិនមែនជាឯកសារកូនសោរបស់ ShelterDesk ទេ។ សូមស្ដារវាពីការបម្រុងទុក។</translation>
    </message>
    <message>
      <source>The key-slot file asks for a key derivation weaker than allowed. It was altered or damaged; nothing was changed. Use the recovery code or restore a backup.</source>
      <translation>ឯកសារកូនសោស្នើការទាញយកសោដែលខ្សោយជាងកម្រិតដែលអនុញ្ញាត។ វាត្រូវបានកែប្រែ ឬខូច មិនបានផ្លាស់ប្ដូរអ្វីទេ។ សូមប្រើលេខកូដសង្គ្រោះ ឬស្ដារការបម្រុងទុក។</translation>
    </message>
    <message>
      <source>The key-slot file asks for key-derivation settings ShelterDesk never uses ({memory} MiB of memory, {passes} passes). It was altered or damaged; nothing was changed. Use the recovery code or restore a backup.</source>
      <translation>ឯកសារកូនសោស្នើការកំណត់ការទាញយកសោដែល ShelterDesk មិនដែលប្រើ (អង្គចងចាំ {memory} MiB, {passes} ជុំ)។ វាត្រូវបានកែប្រែ ឬខូច មិនបានផ្លាស់ប្ដូរអ្វីទេ។ សូមប្រើលេខកូដសង្គ្រោះ ឬស្ដារការបម្រុងទុក។</translation>
    </message>
    <message>
      <source>This computer cannot spare the {memory} MiB of memory the key slot asks for. Close other programs and try again; nothing was changed.</source>
      <translation>កុំព្យូទ័រនេះមិនអាចផ្ដល់អង្គចងចាំ {memory} MiB ដែលកូនសោស្នើសុំបានទេ។ សូមបិទកម្មវិធីផ្សេងៗ រួចព្យាយាមម្ដងទៀត មិនបានផ្លាស់ប្ដូរអ្វីទេ។</translation>
    </message>
    <message>
      <source>The key-slot file was altered outside ShelterDesk (its database name or generation do not authenticate). Nothing was changed. Restore keyslots.json from a backup, or restore the latest backup into a new folder.</source>
      <translation>ឯកសារកូនសោត្រូវបានកែប្រែនៅក្រៅ ShelterDesk (ឈ្មោះមូលដ្ឋានទិន្នន័យ ឬជំនាន់របស់វាមិនឆ្លងកាត់ការផ្ទៀងផ្ទាត់)។ មិនបានផ្លាស់ប្ដូរអ្វីទេ។ សូមស្ដារ keyslots.json ពីការបម្រុងទុក ឬស្ដារការបម្រុងទុកចុងក្រោយទៅថតថ្មី។</translation>
    </message>
    <message>
      <source>The recovery code is not right.</source>
      <translation>លេខកូដសង្គ្រោះមិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
      <source>The user name or passphrase is not right. Check the keyboard layout and Caps Lock.</source>
      <translation>ឈ្មោះអ្នកប្រើ ឬឃ្លាសម្ងាត់មិនត្រឹមត្រូវទេ។ សូមពិនិត្យប្លង់ក្ដារចុច និង Caps Lock។</translation>
    </message>
    <message>
      <source>A key slot holds a key of the wrong size; the key-slot file is damaged.</source>
      <translation>កូនសោមួយផ្ទុកសោដែលមានទំហំខុស ឯកសារកូនសោខូច។</translation>
    </message>
    <message>
      <source>A key slot is damaged: the passphrase is right but the key it holds does not decrypt. Use the recovery code or a backup.</source>
      <translation>កូនសោមួយខូច៖ ឃ្លាសម្ងាត់ត្រឹមត្រូវ ប៉ុន្តែសោដែលវាផ្ទុកមិនអាចឌិគ្រីបបានទេ។ សូមប្រើលេខកូដសង្គ្រោះ ឬការបម្រុងទុក។</translation>
    </message>
    <message>
      <source>This vault was made by a newer version of ShelterDesk. Install the newer version to open it.</source>
      <translation>ឃ្លាំងទិន្នន័យនេះត្រូវបានបង្កើតដោយ ShelterDesk កំណែថ្មីជាង។ សូមដំឡើងកំណែថ្មីជាង ដើម្បីបើកវា។</translation>
    </message>
    <message>
      <source>The vault file is damaged or was altered outside ShelterDesk (its pages do not authenticate). It was left untouched; restore it from your latest backup.</source>
      <translation>ឯកសារឃ្លាំងទិន្នន័យខូច ឬត្រូវបានកែប្រែនៅក្រៅ ShelterDesk (ទំព័ររបស់វាមិនឆ្លងកាត់ការផ្ទៀងផ្ទាត់)។ វាត្រូវបានទុកដដែល សូមស្ដារវាពីការបម្រុងទុកចុងក្រោយរបស់អ្នក។</translation>
    </message>
    <message>
      <source>This program's SQLCipher is not version 4; refusing to open the vault.</source>
      <translation>SQLCipher របស់កម្មវិធីនេះមិនមែនកំណែ 4 ទេ មិនបើកឃ្លាំងទិន្នន័យទេ។</translation>
    </message>
    <message>
      <source>The vault file is damaged or was altered outside ShelterDesk. Nothing was changed. Restore it from your latest backup.</source>
      <translation>ឯកសារឃ្លាំងទិន្នន័យខូច ឬត្រូវបានកែប្រែនៅក្រៅ ShelterDesk។ មិនបានផ្លាស់ប្ដូរអ្វីទេ។ សូមស្ដារវាពីការបម្រុងទុកចុងក្រោយរបស់អ្នក។</translation>
    </message>
    <message>
      <source>The vault is busy in another program. Close it there and try again.</source>
      <translation>ឃ្លាំងទិន្នន័យកំពុងជាប់រវល់ក្នុងកម្មវិធីផ្សេង។ សូមបិទវានៅទីនោះ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
      <source>Too many wrong attempts. Wait {seconds} seconds before trying again.</source>
      <translation>ព្យាយាមខុសច្រើនដងពេក។ សូមរង់ចាំ {seconds} វិនាទី មុននឹងព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
      <source>The vault is locked.</source>
      <translation>ឃ្លាំងទិន្នន័យត្រូវបានចាក់សោ។</translation>
    </message>
    <message>
      <source>There is already a vault in {folder}. It was not changed.</source>
      <translation>មានឃ្លាំងទិន្នន័យនៅក្នុង {folder} រួចហើយ។ វាមិនត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
      <source>There is no vault in {folder}. Create one first (shelterdesk-cli init).</source>
      <translation>គ្មានឃ្លាំងទិន្នន័យនៅក្នុង {folder} ទេ។ សូមបង្កើតមួយជាមុនសិន (shelterdesk-cli init)។</translation>
    </message>
    <message>
      <source>This vault was saved by a newer version of ShelterDesk (schema {version}, this program knows up to {known}). Install the newer version; the vault was not changed.</source>
      <translation>ឃ្លាំងទិន្នន័យនេះត្រូវបានរក្សាទុកដោយ ShelterDesk កំណែថ្មីជាង (គ្រោងការណ៍ {version} កម្មវិធីនេះស្គាល់ត្រឹម {known})។ សូមដំឡើងកំណែថ្មីជាង ឃ្លាំងទិន្នន័យមិនត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
      <source>The database in this folder belongs to another vault than its key-slot file. Nothing was changed.</source>
      <translation>មូលដ្ឋានទិន្នន័យក្នុងថតនេះ ជារបស់ឃ្លាំងទិន្នន័យផ្សេង មិនមែនរបស់ឯកសារកូនសោរបស់វាទេ។ មិនបានផ្លាស់ប្ដូរអ្វីទេ។</translation>
    </message>
    <message>
      <source>The key-slot file has lost its authentication (it was replaced by an altered or older copy). Nothing was changed. Restore keyslots.json from a backup, or restore the latest backup.</source>
      <translation>ឯកសារកូនសោបានបាត់ការផ្ទៀងផ្ទាត់របស់វា (វាត្រូវបានជំនួសដោយច្បាប់ចម្លងដែលបានកែប្រែ ឬចាស់ជាង)។ មិនបានផ្លាស់ប្ដូរអ្វីទេ។ សូមស្ដារ keyslots.json ពីការបម្រុងទុក ឬស្ដារការបម្រុងទុកចុងក្រោយ។</translation>
    </message>
    <message>
      <source>The vault database ({database}) is missing. Restore it from a backup.</source>
      <translation>បាត់មូលដ្ឋានទិន្នន័យឃ្លាំង ({database})។ សូមស្ដារវាពីការបម្រុងទុក។</translation>
    </message>
    <message>
      <source>This database is not encrypted: it is a plain SQLite file, not a ShelterDesk vault. It was left untouched.</source>
      <translation>មូលដ្ឋានទិន្នន័យនេះមិនត្រូវបានអ៊ិនគ្រីបទេ៖ វាជាឯកសារ SQLite ធម្មតា មិនមែនជាឃ្លាំងទិន្នន័យ ShelterDesk ទេ។ វាត្រូវបានទុកដដែល។</translation>
    </message>
    <message>
      <source>The vault file is truncated (it is not a whole number of pages). It was left untouched; restore it from your latest backup.</source>
      <translation>ឯកសារឃ្លាំងទិន្នន័យត្រូវបានកាត់ខ្លី (វាមិនមែនជាចំនួនទំព័រគត់ទេ)។ វាត្រូវបានទុកដដែល សូមស្ដារវាពីការបម្រុងទុកចុងក្រោយរបស់អ្នក។</translation>
    </message>
    <message>
      <source>The vault is locked. Unlock it to continue.</source>
      <translation>ឃ្លាំងទិន្នន័យត្រូវបានចាក់សោ។ សូមដោះសោវាដើម្បីបន្ត។</translation>
    </message>
    <message>
      <source>The vault is in use by another ShelterDesk window or command on this computer. Close it there (or lock it) and try again.</source>
      <translation>ឃ្លាំងទិន្នន័យកំពុងត្រូវបានប្រើដោយផ្ទាំងបង្អួច ឬពាក្យបញ្ជា ShelterDesk ផ្សេងទៀតនៅលើកុំព្យូទ័រនេះ។ សូមបិទវានៅទីនោះ (ឬចាក់សោវា) រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
      <source>{folder} holds a database but no key-slot file ({file}); it is not a ShelterDesk vault or its key-slot file was lost. Restore from a backup.</source>
      <translation>{folder} មានមូលដ្ឋានទិន្នន័យ ប៉ុន្តែគ្មានឯកសារកូនសោ ({file}) ទេ វាមិនមែនជាឃ្លាំងទិន្នន័យ ShelterDesk ឬឯកសារកូនសោរបស់វាបានបាត់។ សូមស្ដារពីការបម្រុងទុក។</translation>
    </message>
    <message>
      <source>The key-slot file names the database {database}, which is not in the folder (it holds {others}): the key-slot file is older or newer than the database. Nothing was changed. Restore keyslots.json from a backup, or restore the latest backup into a new folder.</source>
      <translation>ឯកសារកូនសោដាក់ឈ្មោះមូលដ្ឋានទិន្នន័យ {database} ដែលមិនមាននៅក្នុងថតទេ (ថតមាន {others})៖ ឯកសារកូនសោចាស់ជាង ឬថ្មីជាងមូលដ្ឋានទិន្នន័យ។ មិនបានផ្លាស់ប្ដូរអ្វីទេ។ សូមស្ដារ keyslots.json ពីការបម្រុងទុក ឬស្ដារការបម្រុងទុកចុងក្រោយទៅថតថ្មី។</translation>
    </message>
    <message>
      <source>The vault connection setting {setting} is {got}, expected {want}.</source>
      <translation>ការកំណត់ការតភ្ជាប់ឃ្លាំងទិន្នន័យ {setting} គឺ {got} តែគួរជា {want}។</translation>
    </message>
    <message>
      <source>The vault folder {folder} cannot be written to.</source>
      <translation>មិនអាចសរសេរចូលថតឃ្លាំងទិន្នន័យ {folder} បានទេ។</translation>
    </message>
    <message>
      <source>The key-slot file cannot be read.</source>
      <translation>មិនអាចអានឯកសារកូនសោបានទេ។</translation>
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
      <translation>អេក្រង់</translation>
    </message>
    <message>
      <source>Lock  (Ctrl+L)</source>
      <translation>ចាក់សោ  (Ctrl+L)</translation>
    </message>
    <message>
      <source>Lock the vault</source>
      <translation>ចាក់សោឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
      <source>Backup &amp;&amp; restore…</source>
      <translation>បម្រុងទុក &amp;&amp; ស្ដារ…</translation>
    </message>
    <message>
      <source>Backup and restore</source>
      <translation>បម្រុងទុក និងស្ដារ</translation>
    </message>
    <message>
      <source>This vault is older than the last state this computer saw: it may have been put back from an older copy, or its audit log was cut. Recent work may be missing. Tell an administrator; they can run “Check the log” (Staff &amp; audit) and restore the latest backup.</source>
      <translation>ឃ្លាំងទិន្នន័យនេះចាស់ជាងសភាពចុងក្រោយដែលកុំព្យូទ័រនេះបានឃើញ៖ វាប្រហែលជាត្រូវបានដាក់ត្រឡប់ពីច្បាប់ចម្លងចាស់ ឬកំណត់ត្រាសវនកម្មរបស់វាត្រូវបានកាត់។ ការងារថ្មីៗប្រហែលជាបាត់។ សូមប្រាប់អ្នកគ្រប់គ្រង ពួកគេអាចចុច «ពិនិត្យកំណត់ត្រា» (បុគ្គលិក និងសវនកម្ម) ហើយស្ដារការបម្រុងទុកចុងក្រោយបំផុត។</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>ផ្ទាំងសង្ខេប</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>បញ្ជី</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>ការបញ្ជូន</translation>
    </message>
    <message>
      <source>Agencies</source>
      <translation>ស្ថាប័ន</translation>
    </message>
    <message>
      <source>Staff &amp; audit</source>
      <translation>បុគ្គលិក និងសវនកម្ម</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>ការកំណត់</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>បុគ្គលិក</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>កំណត់ត្រាសវនកម្ម</translation>
    </message>
    <message>
      <source>Nothing to save here: Ctrl+S saves an open case file.</source>
      <translation>គ្មានអ្វីត្រូវរក្សាទុកនៅទីនេះទេ៖ Ctrl+S រក្សាទុកឯកសារករណីដែលកំពុងបើក។</translation>
    </message>
    <message>
      <source>Your role can read this case but not change it.</source>
      <translation>តួនាទីរបស់អ្នកអាចមើលករណីនេះ ប៉ុន្តែមិនអាចកែបានទេ។</translation>
    </message>
    <message>
      <source>No changes to save.</source>
      <translation>គ្មានការកែប្រែត្រូវរក្សាទុកទេ។</translation>
    </message>
    <message>
      <source>Case saved.</source>
      <translation>បានរក្សាទុកករណី។</translation>
    </message>
    <message>
      <source>Not saved: see the message above the case.</source>
      <translation>មិនទាន់រក្សាទុក៖ សូមមើលសារខាងលើករណី។</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Demo vault with invented people, deleted when you quit.
User name: {user}
Passphrase: {pw}</source>
      <translation>ឃ្លាំងទិន្នន័យសាកល្បង ដែលមានមនុស្សប្រឌិត នឹងត្រូវលុបពេលអ្នកចាកចេញ។
ឈ្មោះអ្នកប្រើ៖ {user}
ឃ្លាសម្ងាត់៖ {pw}</translation>
    </message>
    <message>
      <source>The demo vault could not be built ({error}). Quit and start the demo again.</source>
      <translation>មិនអាចបង្កើតឃ្លាំងទិន្នន័យសាកល្បងបានទេ ({error})។ សូមចាកចេញ ហើយចាប់ផ្ដើមការសាកល្បងម្ដងទៀត។</translation>
    </message>
    <message>
      <source>ShelterDesk is already running on this computer.</source>
      <translation>ShelterDesk កំពុងដំណើរការរួចហើយនៅលើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
      <source>Its window has been brought to the front.</source>
      <translation>ផ្ទាំងរបស់វាត្រូវបាននាំមកខាងមុខហើយ។</translation>
    </message>
    <message>
      <source>Switch to its window, or close it before starting ShelterDesk again.</source>
      <translation>សូមប្ដូរទៅផ្ទាំងរបស់វា ឬបិទវា មុននឹងចាប់ផ្ដើម ShelterDesk ម្ដងទៀត។</translation>
    </message>
    <message>
      <source>Preparing the demo vault…</source>
      <translation>កំពុងរៀបចំឃ្លាំងទិន្នន័យសាកល្បង…</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>Please check these fields</source>
      <translation>សូមពិនិត្យប្រអប់ទាំងនេះ</translation>
    </message>
    <message>
      <source>Not allowed for your role</source>
      <translation>តួនាទីរបស់អ្នកមិនត្រូវបានអនុញ្ញាតទេ</translation>
    </message>
    <message>
      <source>Someone else saved first</source>
      <translation>មានអ្នកផ្សេងបានរក្សាទុកមុន</translation>
    </message>
    <message>
      <source>The disk is full</source>
      <translation>ថាសពេញហើយ</translation>
    </message>
    <message>
      <source>Could not unlock</source>
      <translation>មិនអាចដោះសោបានទេ</translation>
    </message>
    <message>
      <source>The vault cannot be used</source>
      <translation>មិនអាចប្រើឃ្លាំងទិន្នន័យបានទេ</translation>
    </message>
    <message>
      <source>This cannot be done</source>
      <translation>មិនអាចធ្វើការនេះបានទេ</translation>
    </message>
  </context>
  <context>
    <name>register</name>
    <message>
      <source>Nationality</source>
      <translation>សញ្ជាតិ</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>តម្រូវការ</translation>
    </message>
    <message>
      <source>Name (passport)</source>
      <translation>ឈ្មោះ (លិខិតឆ្លងដែន)</translation>
    </message>
    <message>
      <source>Name (own script)</source>
      <translation>ឈ្មោះ (អក្សរដើម)</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>ករណី</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>ស្ថានភាព</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>ថ្ងៃ</translation>
    </message>
    <message>
      <source>Waiting on</source>
      <translation>កំពុងរង់ចាំ</translation>
    </message>
    <message>
      <source>Next follow-up</source>
      <translation>ការតាមដានបន្ទាប់</translation>
    </message>
    <message>
      <source>Days in the shelter since admission, up to discharge once the stay has ended</source>
      <translation>ចំនួនថ្ងៃនៅក្នុងជម្រកចាប់ពីថ្ងៃចូល រហូតដល់ថ្ងៃចេញ ពេលការស្នាក់នៅបានបញ្ចប់</translation>
    </message>
    <message>
      <source>Open needs</source>
      <translation>តម្រូវការមិនទាន់ដោះស្រាយ</translation>
    </message>
    <message>
      <source>This column cannot be sorted</source>
      <translation>មិនអាចតម្រៀបជួរឈរនេះបានទេ</translation>
    </message>
    <message>
      <source>{date}: overdue</source>
      <translation>{date}៖ ហួសកំណត់</translation>
    </message>
  </context>
</TS>
