<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>filingassist</name>
    <message>
      <source>English</source>
      <translation>الإنكليزية</translation>
    </message>
    <message>
      <source>French</source>
      <translation>الفرنسية</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>الإسبانية</translation>
    </message>
    <message>
      <source>Agent</source>
      <translation>الوكيل</translation>
    </message>
    <message>
      <source>All designated States</source>
      <translation>جميع الدول المعيّنة</translation>
    </message>
    <message>
      <source>All designated States except the United States</source>
      <translation>جميع الدول المعيّنة باستثناء الولايات المتحدة</translation>
    </message>
    <message>
      <source>The United States only</source>
      <translation>الولايات المتحدة فقط</translation>
    </message>
    <message>
      <source>Applicant</source>
      <translation>المودع</translation>
    </message>
    <message>
      <source>Representative</source>
      <translation>الوكيل</translation>
    </message>
    <message>
      <source>Common representative</source>
      <translation>الممثل المشترك</translation>
    </message>
    <message>
      <source>Application</source>
      <translation>طلب</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>تسجيل</translation>
    </message>
    <message>
      <source>Bank transfer</source>
      <translation>تحويل مصرفي</translation>
    </message>
    <message>
      <source>Credit card</source>
      <translation>بطاقة ائتمان</translation>
    </message>
    <message>
      <source>Deposit account</source>
      <translation>حساب إيداع</translation>
    </message>
    <message>
      <source>WIPO current account</source>
      <translation>حساب جارٍ لدى الويبو</translation>
    </message>
    <message>
      <source>Through the Office of origin</source>
      <translation>عن طريق مكتب المنشأ</translation>
    </message>
    <message>
      <source>Individual mark</source>
      <translation>علامة فردية</translation>
    </message>
    <message>
      <source>Collective mark</source>
      <translation>علامة جماعية</translation>
    </message>
    <message>
      <source>Certification mark</source>
      <translation>علامة تصديق</translation>
    </message>
    <message>
      <source>Guarantee mark</source>
      <translation>علامة ضمان</translation>
    </message>
    <message>
      <source>Three-dimensional</source>
      <translation>ثلاثية الأبعاد</translation>
    </message>
    <message>
      <source>Sound</source>
      <translation>صوتية</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>لون</translation>
    </message>
    <message>
      <source>Hologram</source>
      <translation>صورة مجسّمة (هولوغرام)</translation>
    </message>
    <message>
      <source>Motion</source>
      <translation>حركة</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>موضع</translation>
    </message>
    <message>
      <source>Pattern</source>
      <translation>نمط</translation>
    </message>
    <message>
      <source>Multimedia</source>
      <translation>وسائط متعددة</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <source>Word</source>
      <translation>لفظية</translation>
    </message>
    <message>
      <source>Figurative</source>
      <translation>تصويرية</translation>
    </message>
    <message>
      <source>Combined</source>
      <translation>مركّبة</translation>
    </message>
    <message>
      <source>Shape (3-D)</source>
      <translation>شكل (ثلاثي الأبعاد)</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>الجنسية</translation>
    </message>
    <message>
      <source>Domicile</source>
      <translation>محل الإقامة</translation>
    </message>
    <message>
      <source>Real and effective establishment</source>
      <translation>منشأة صناعية أو تجارية حقيقية وفعلية</translation>
    </message>
    <message>
      <source>Natural person</source>
      <translation>شخص طبيعي</translation>
    </message>
    <message>
      <source>Legal entity</source>
      <translation>شخص اعتباري</translation>
    </message>
    <message>
      <source>Use in commerce</source>
      <translation>الاستعمال في التجارة</translation>
    </message>
    <message>
      <source>Intent to use</source>
      <translation>نية الاستعمال</translation>
    </message>
    <message>
      <source>Foreign registration</source>
      <translation>تسجيل أجنبي</translation>
    </message>
    <message>
      <source>Foreign application</source>
      <translation>طلب أجنبي</translation>
    </message>
    <message>
      <source>None</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <source>National</source>
      <translation>وطني</translation>
    </message>
    <message>
      <source>Regional</source>
      <translation>إقليمي</translation>
    </message>
    <message>
      <source>International</source>
      <translation>دولي</translation>
    </message>
    <message>
      <source>International (PCT)</source>
      <translation>دولي (معاهدة التعاون بشأن البراءات)</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Request in XML</source>
      <translation>العريضة بنسق XML</translation>
    </message>
    <message>
      <source>Everything in XML</source>
      <translation>كل شيء بنسق XML</translation>
    </message>
    <message>
      <source>Nordic Patent Institute</source>
      <translation>معهد بلدان الشمال للبراءات</translation>
    </message>
    <message>
      <source>Visegrad Patent Institute</source>
      <translation>معهد فيسغراد للبراءات</translation>
    </message>
    <message>
      <source>European Patent Office</source>
      <translation>المكتب الأوروبي للبراءات</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>الأقسام</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>الملاحظات</translation>
    </message>
    <message>
      <source>Fees</source>
      <translation>الرسوم</translation>
    </message>
    <message>
      <source>All changes saved</source>
      <translation>حُفظت جميع التغييرات</translation>
    </message>
    <message>
      <source>Unsaved changes…</source>
      <translation>تغييرات غير محفوظة…</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
      <source>The fee tables are not installed.</source>
      <translation>جداول الرسوم غير مثبّتة.</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>إرفاق ملف</translation>
    </message>
    <message>
      <source>Could not attach the file.</source>
      <translation>تعذّر إرفاق الملف.</translation>
    </message>
    <message>
      <source>Edit {field}</source>
      <translation>تعديل {field}</translation>
    </message>
    <message>
      <source>Responding to the notice “{notice}” (deadline {deadline}). Correct the application, then sign it: it is sent as your response.</source>
      <translation>الرد على الإخطار «{notice}» (المهلة: {deadline}). صحّح الطلب ثم وقّعه: سيُرسل بوصفه ردّك.</translation>
    </message>
    <message>
      <source>Could not save: {error}. Retrying…</source>
      <translation>تعذّر الحفظ: {error}. جارٍ إعادة المحاولة…</translation>
    </message>
    <message>
      <source>Attaching {name}…</source>
      <translation>جارٍ إرفاق {name}…</translation>
    </message>
    <message>
      <source>All changes saved · revision {n}</source>
      <translation>حُفظت جميع التغييرات · المراجعة {n}</translation>
    </message>
    <message>
      <source>Choose classes</source>
      <translation>اختيار الأصناف</translation>
    </message>
    <message>
      <source>Choose Contracting Parties</source>
      <translation>اختيار الأطراف المتعاقدة</translation>
    </message>
    <message>
      <source>Search…</source>
      <translation>بحث…</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>بحث</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>الصنف</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Heading</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Contracting Party</source>
      <translation>الطرف المتعاقد</translation>
    </message>
    <message>
      <source>Fee type</source>
      <translation>نوع الرسم</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>الرسم</translation>
    </message>
    <message>
      <source>Fees as of {date}.</source>
      <translation>الرسوم في {date}.</translation>
    </message>
    <message>
      <source>Goods</source>
      <translation>سلع</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>خدمات</translation>
    </message>
    <message>
      <source>Individual fee</source>
      <translation>رسم فردي</translation>
    </message>
    <message>
      <source>Complementary fee</source>
      <translation>رسم تكميلي</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>حفظ بنسق PDF…</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <source>Offices</source>
      <translation>المكاتب</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>المفاتيح</translation>
    </message>
    <message>
      <source>Language and data</source>
      <translation>اللغة والبيانات</translation>
    </message>
    <message>
      <source>Office address</source>
      <translation>عنوان المكتب</translation>
    </message>
    <message>
      <source>Account token</source>
      <translation>رمز الحساب</translation>
    </message>
    <message>
      <source>Certificate fingerprint (SHA-256)</source>
      <translation>بصمة الشهادة (SHA-256)</translation>
    </message>
    <message>
      <source>Ask the office</source>
      <translation>الاستعلام من المكتب</translation>
    </message>
    <message>
      <source>Add office</source>
      <translation>إضافة مكتب</translation>
    </message>
    <message>
      <source>Compare the fingerprint with the one the office gave you before adding it.</source>
      <translation>قارن البصمة بالبصمة التي أعطاك إياها المكتب قبل إضافته.</translation>
    </message>
    <message>
      <source>Asking the office…</source>
      <translation>جارٍ الاستعلام من المكتب…</translation>
    </message>
    <message>
      <source>Adding the office…</source>
      <translation>جارٍ إضافة المكتب…</translation>
    </message>
    <message>
      <source>Office added.</source>
      <translation>أُضيف المكتب.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>مجلد البيانات</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>اختيار…</translation>
    </message>
    <message>
      <source>A new data folder is used from the next start.</source>
      <translation>يُستخدم مجلد البيانات الجديد ابتداءً من التشغيل التالي.</translation>
    </message>
    <message>
      <source>Office</source>
      <translation>المكتب</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>صاحب الشهادة</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>صالح حتى</translation>
    </message>
    <message>
      <source>Fingerprint</source>
      <translation>البصمة</translation>
    </message>
    <message>
      <source>New keys are created from the sign dialog.</source>
      <translation>تُنشأ المفاتيح الجديدة من نافذة التوقيع.</translation>
    </message>
    <message>
      <source>not available</source>
      <translation>غير متاح</translation>
    </message>
    <message>
      <source>Sign the application</source>
      <translation>توقيع الطلب</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>العنوان:</translation>
    </message>
    <message>
      <source>Applicants:</source>
      <translation>المودعون:</translation>
    </message>
    <message>
      <source>Fees:</source>
      <translation>الرسوم:</translation>
    </message>
    <message>
      <source>Application data (XML and JSON)</source>
      <translation>بيانات الطلب (XML وJSON)</translation>
    </message>
    <message>
      <source>Signing key</source>
      <translation>مفتاح التوقيع</translation>
    </message>
    <message>
      <source>New key…</source>
      <translation>مفتاح جديد…</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>عبارة المرور</translation>
    </message>
    <message>
      <source>Put it in the outbox to send when the office is reachable</source>
      <translation>وضعه في صندوق الصادر لإرساله عندما يصبح الاتصال بالمكتب ممكنًا</translation>
    </message>
    <message>
      <source>Key:</source>
      <translation>المفتاح:</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>عبارة المرور:</translation>
    </message>
    <message>
      <source>Sign</source>
      <translation>توقيع</translation>
    </message>
    <message>
      <source>New key</source>
      <translation>مفتاح جديد</translation>
    </message>
    <message>
      <source>Name of the key holder:</source>
      <translation>اسم صاحب المفتاح:</translation>
    </message>
    <message>
      <source>E-mail address:</source>
      <translation>عنوان البريد الإلكتروني:</translation>
    </message>
    <message>
      <source>Creating the key…</source>
      <translation>جارٍ إنشاء المفتاح…</translation>
    </message>
    <message>
      <source>Key created.</source>
      <translation>أُنشئ المفتاح.</translation>
    </message>
    <message>
      <source>Signing… (you can keep working)</source>
      <translation>جارٍ التوقيع… (يمكنك متابعة العمل)</translation>
    </message>
    <message>
      <source>Response to:</source>
      <translation>ردًا على:</translation>
    </message>
    <message>
      <source>Files in the package:</source>
      <translation>الملفات في الحزمة:</translation>
    </message>
    <message>
      <source>Error:</source>
      <translation>خطأ:</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>تحذير:</translation>
    </message>
    <message>
      <source>Correct the errors before signing.</source>
      <translation>صحّح الأخطاء قبل التوقيع.</translation>
    </message>
    <message>
      <source>Signing is not available in this installation.</source>
      <translation>التوقيع غير متاح في هذا التثبيت.</translation>
    </message>
    <message>
      <source>Type the passphrase for the new key first.</source>
      <translation>اكتب أولًا عبارة المرور للمفتاح الجديد.</translation>
    </message>
    <message>
      <source>Choose or create a key first.</source>
      <translation>اختر مفتاحًا أو أنشئ مفتاحًا أولًا.</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message>
      <source>Problems:</source>
      <translation>المشكلات:</translation>
    </message>
    <message>
      <source>Signing failed: {error}</source>
      <translation>فشل التوقيع: {error}</translation>
    </message>
    <message>
      <source>valid as of {date}</source>
      <translation>صالح في {date}</translation>
    </message>
    <message>
      <source>Something unexpected went wrong; the details help to report it.</source>
      <translation>حدث خطأ غير متوقع؛ تساعد التفاصيل على الإبلاغ عنه.</translation>
    </message>
    <message>
      <source>It is no longer in this data folder: it may have been deleted, or it belongs to another data folder.</source>
      <translation>لم يعد موجودًا في مجلد البيانات هذا: ربما حُذف، أو أنه ينتمي إلى مجلد بيانات آخر.</translation>
    </message>
    <message>
      <source>This cannot be done now.</source>
      <translation>لا يمكن تنفيذ هذا الإجراء الآن.</translation>
    </message>
    <message>
      <source>The file or the data could not be read.</source>
      <translation>تعذّرت قراءة الملف أو البيانات.</translation>
    </message>
    <message>
      <source>The application has errors: correct them first.</source>
      <translation>يتضمن الطلب أخطاء: صحّحها أولًا.</translation>
    </message>
    <message>
      <source>The application could not be signed: check the key and its passphrase.</source>
      <translation>تعذّر توقيع الطلب: تحقق من المفتاح وعبارة المرور الخاصة به.</translation>
    </message>
    <message>
      <source>A signature or a certificate could not be verified.</source>
      <translation>تعذّر التحقق من توقيع أو شهادة.</translation>
    </message>
    <message>
      <source>The office cannot be reached now; sending is retried later.</source>
      <translation>لا يمكن الوصول إلى المكتب الآن؛ ستُعاد محاولة الإرسال لاحقًا.</translation>
    </message>
    <message>
      <source>The office refused the package.</source>
      <translation>رفض المكتب الحزمة.</translation>
    </message>
    <message>
      <source>Sending to the office failed.</source>
      <translation>فشل الإرسال إلى المكتب.</translation>
    </message>
    <message>
      <source>The action failed.</source>
      <translation>فشل الإجراء.</translation>
    </message>
    <message>
      <source>The disk could not be read or written (full, or not allowed).</source>
      <translation>تعذّرت القراءة من القرص أو الكتابة عليه (ممتلئ، أو غير مسموح).</translation>
    </message>
    <message>
      <source>Basic fee</source>
      <translation>الرسم الأساسي</translation>
    </message>
    <message>
      <source>Supplementary fee</source>
      <translation>الرسم الإضافي</translation>
    </message>
    <message>
      <source>Search fee</source>
      <translation>رسم البحث</translation>
    </message>
    <message>
      <source>Transmittal fee</source>
      <translation>رسم الإحالة</translation>
    </message>
    <message>
      <source>International filing fee</source>
      <translation>رسم الإيداع الدولي</translation>
    </message>
    <message>
      <source>Fee per sheet over 30</source>
      <translation>رسم كل ورقة تتجاوز 30</translation>
    </message>
    <message>
      <source>E-filing reduction</source>
      <translation>تخفيض الإيداع الإلكتروني</translation>
    </message>
    <message>
      <source>Reduction for natural persons</source>
      <translation>تخفيض للأشخاص الطبيعيين</translation>
    </message>
    <message>
      <source>Application fee</source>
      <translation>رسم الطلب</translation>
    </message>
    <message>
      <source>Fees cannot be calculated yet.</source>
      <translation>لا يمكن حساب الرسوم بعد.</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>المبلغ</translation>
    </message>
    <message>
      <source>Total: {amount}</source>
      <translation>المجموع: {amount}</translation>
    </message>
    <message>
      <source>(incomplete: some amounts are not in the fee table)</source>
      <translation>(غير مكتمل: بعض المبالغ غير واردة في جدول الرسوم)</translation>
    </message>
    <message>
      <source>Fee table valid as of {date}</source>
      <translation>جدول الرسوم صالح في {date}</translation>
    </message>
    <message>
      <source>Checking the application…</source>
      <translation>جارٍ التحقق من الطلب…</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>المشكلة</translation>
    </message>
    <message>
      <source>No problems found. The application is ready to sign.</source>
      <translation>لم يُعثر على أي مشكلة. الطلب جاهز للتوقيع.</translation>
    </message>
    <message>
      <source>The application could not be checked: {error}</source>
      <translation>تعذّر التحقق من الطلب: {error}</translation>
    </message>
    <message>
      <source>Basis: {basis}</source>
      <translation>الأساس: {basis}</translation>
    </message>
    <message>
      <source>Suggestions: {items}</source>
      <translation>اقتراحات: {items}</translation>
    </message>
    <message>
      <source>{errors} errors, {warnings} warnings</source>
      <translation>{errors} أخطاء، {warnings} تحذيرات</translation>
    </message>
    <message>
      <source>No errors; {warnings} warnings</source>
      <translation>لا أخطاء؛ {warnings} تحذيرات</translation>
    </message>
    <message>
      <source>Replace with “{text}”</source>
      <translation>الاستبدال بـ «{text}»</translation>
    </message>
    <message>
      <source>Choose classes…</source>
      <translation>اختيار الأصناف…</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <source>Choose Contracting Parties…</source>
      <translation>اختيار الأطراف المتعاقدة…</translation>
    </message>
    <message>
      <source>Add {item}</source>
      <translation>إضافة: {item}</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <source>Choose a date</source>
      <translation>اختيار تاريخ</translation>
    </message>
    <message>
      <source>One entry per line</source>
      <translation>إدخال واحد في كل سطر</translation>
    </message>
    <message>
      <source>unreadable image</source>
      <translation>صورة غير مقروءة</translation>
    </message>
    <message>
      <source>No file. Drop a file here or choose one.</source>
      <translation>لا يوجد ملف. أفلت ملفًا هنا أو اختر ملفًا.</translation>
    </message>
    <message>
      <source>Search the term list and press Enter to add</source>
      <translation>ابحث في قائمة المصطلحات واضغط Enter للإضافة</translation>
    </message>
    <message>
      <source>Search the term list</source>
      <translation>البحث في قائمة المصطلحات</translation>
    </message>
    <message>
      <source>{n} pages</source>
      <translation>{n} صفحات</translation>
    </message>
    <message>
      <source>{n} sequences</source>
      <translation>{n} تسلسلات</translation>
    </message>
    <message>
      <source>{w} × {h} pixels</source>
      <translation>{w} × {h} بكسل</translation>
    </message>
    <message>
      <source>New MM2 from a basic mark…</source>
      <translation>طلب MM2 جديد انطلاقًا من علامة أساسية…</translation>
    </message>
    <message>
      <source>Search all drafts (names, marks, terms…)</source>
      <translation>البحث في جميع المسودات (الأسماء، العلامات، المصطلحات…)</translation>
    </message>
    <message>
      <source>Search drafts</source>
      <translation>البحث في المسودات</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>جميع الأنواع</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>أي حالة</translation>
    </message>
    <message>
      <source>Drafts</source>
      <translation>المسودات</translation>
    </message>
    <message>
      <source>No drafts yet. Start a new application above.</source>
      <translation>لا توجد مسودات بعد. ابدأ طلبًا جديدًا أعلاه.</translation>
    </message>
    <message>
      <source>Outbox</source>
      <translation>صندوق الصادر</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>إشعارات الاستلام</translation>
    </message>
    <message>
      <source>Notices</source>
      <translation>الإخطارات</translation>
    </message>
    <message>
      <source>New trademark application</source>
      <translation>طلب علامة تجارية جديد</translation>
    </message>
    <message>
      <source>New Madrid application (MM2)</source>
      <translation>طلب مدريد جديد (MM2)</translation>
    </message>
    <message>
      <source>New patent application</source>
      <translation>طلب براءة جديد</translation>
    </message>
    <message>
      <source>Search:</source>
      <translation>بحث:</translation>
    </message>
    <message>
      <source>Filing Assistant</source>
      <translation>مساعد الإيداع</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>الرئيسية</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>استيراد…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>تحقق</translation>
    </message>
    <message>
      <source>Sign…</source>
      <translation>توقيع…</translation>
    </message>
    <message>
      <source>Send now</source>
      <translation>إرسال الآن</translation>
    </message>
    <message>
      <source>Print summary as PDF…</source>
      <translation>طباعة الملخص بنسق PDF…</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>الإعدادات…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>خروج</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;تحرير</translation>
    </message>
    <message>
      <source>&amp;Application</source>
      <translation>&amp;الطلب</translation>
    </message>
    <message>
      <source>Main toolbar</source>
      <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
      <source>Reference data: loading…</source>
      <translation>البيانات المرجعية: جارٍ التحميل…</translation>
    </message>
    <message>
      <source>Receipt received</source>
      <translation>ورد إشعار استلام</translation>
    </message>
    <message>
      <source>Choose the basic mark record</source>
      <translation>اختيار سجل العلامة الأساسية</translation>
    </message>
    <message>
      <source>Import an application</source>
      <translation>استيراد طلب</translation>
    </message>
    <message>
      <source>Application documents (*.json)</source>
      <translation>مستندات الطلبات (*.json)</translation>
    </message>
    <message>
      <source>Application summary</source>
      <translation>ملخص الطلب</translation>
    </message>
    <message>
      <source>Filing receipt</source>
      <translation>إشعار استلام الإيداع</translation>
    </message>
    <message>
      <source>Reference data: not available</source>
      <translation>البيانات المرجعية: غير متاحة</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>جارٍ العمل…</translation>
    </message>
    <message>
      <source>No office is set up: add one in Settings.</source>
      <translation>لم يُعدّ أي مكتب: أضف مكتبًا في الإعدادات.</translation>
    </message>
    <message>
      <source>The application of this notice is not here.</source>
      <translation>الطلب المعني بهذا الإخطار غير موجود هنا.</translation>
    </message>
    <message>
      <source>Offline</source>
      <translation>غير متصل</translation>
    </message>
    <message>
      <source>Office reachable</source>
      <translation>المكتب متاح</translation>
    </message>
    <message>
      <source>Sending…</source>
      <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
      <source>The office has receipted package {package}.</source>
      <translation>أصدر المكتب إشعار استلام للحزمة {package}.</translation>
    </message>
    <message>
      <source>Signed: package {package}</source>
      <translation>وُقّع: الحزمة {package}</translation>
    </message>
    <message>
      <source>Reference data valid as of {date}</source>
      <translation>البيانات المرجعية صالحة في {date}</translation>
    </message>
    <message>
      <source>Trademark</source>
      <translation>علامة تجارية</translation>
    </message>
    <message>
      <source>Madrid (MM2)</source>
      <translation>مدريد (MM2)</translation>
    </message>
    <message>
      <source>Patent</source>
      <translation>براءة</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>مسودة</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>موقّع</translation>
    </message>
    <message>
      <source>Queued</source>
      <translation>في قائمة الانتظار</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>مُرسل</translation>
    </message>
    <message>
      <source>Receipted</source>
      <translation>استُلم إشعار الاستلام</translation>
    </message>
    <message>
      <source>Filed</source>
      <translation>مودَع</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Last saved</source>
      <translation>آخر حفظ</translation>
    </message>
    <message>
      <source>Revisions</source>
      <translation>المراجعات</translation>
    </message>
    <message>
      <source>Sending</source>
      <translation>جارٍ الإرسال</translation>
    </message>
    <message>
      <source>Sent, awaiting receipt</source>
      <translation>أُرسل، في انتظار إشعار الاستلام</translation>
    </message>
    <message>
      <source>Receipt could not be verified</source>
      <translation>تعذّر التحقق من إشعار الاستلام</translation>
    </message>
    <message>
      <source>Irregularity</source>
      <translation>مخالفة</translation>
    </message>
    <message>
      <source>Acknowledgement</source>
      <translation>إشعار بالاستلام</translation>
    </message>
    <message>
      <source>Provisional refusal</source>
      <translation>رفض مؤقت</translation>
    </message>
    <message>
      <source>Fee reminder</source>
      <translation>تذكير بالرسوم</translation>
    </message>
    <message>
      <source>late</source>
      <translation>متأخر</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h} س {m} د</translation>
    </message>
    <message>
      <source>Try to send every queued package now (Ctrl+Shift+Return)</source>
      <translation>محاولة إرسال جميع الحزم المنتظرة الآن (Ctrl+Shift+Return)</translation>
    </message>
    <message>
      <source>Open receipt</source>
      <translation>فتح إشعار الاستلام</translation>
    </message>
    <message>
      <source>{n} s</source>
      <translation>{n} ث</translation>
    </message>
    <message>
      <source>{m} min {s} s</source>
      <translation>{m} د {s} ث</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>الحزمة</translation>
    </message>
    <message>
      <source>State</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>التقدم</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>السرعة</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>الوقت المتبقي</translation>
    </message>
    <message>
      <source>Next retry</source>
      <translation>المحاولة التالية</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <source>Nothing waiting to be sent.</source>
      <translation>لا شيء في انتظار الإرسال.</translation>
    </message>
    <message>
      <source>Application number</source>
      <translation>رقم الطلب</translation>
    </message>
    <message>
      <source>Filing date</source>
      <translation>تاريخ الإيداع</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>تاريخ الاستلام</translation>
    </message>
    <message>
      <source>Notice</source>
      <translation>الإخطار</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>المهلة</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>الأيام المتبقية</translation>
    </message>
    <message>
      <source>Response</source>
      <translation>الرد</translation>
    </message>
    <message>
      <source>Respond</source>
      <translation>الرد</translation>
    </message>
    <message>
      <source>Progress of {package}</source>
      <translation>تقدم {package}</translation>
    </message>
    <message>
      <source>{n} packages waiting to be sent or receipted</source>
      <translation>{n} حزم في انتظار الإرسال أو إشعار الاستلام</translation>
    </message>
    <message>
      <source>{n} days</source>
      <translation>{n} أيام</translation>
    </message>
    <message>
      <source>overdue by {n} days</source>
      <translation>متأخر {n} أيام</translation>
    </message>
    <message>
      <source>Keep this receipt: it proves the date the office received your application.</source>
      <translation>احتفظ بإشعار الاستلام هذا: فهو يثبت التاريخ الذي تسلّم فيه المكتب طلبك.</translation>
    </message>
    <message>
      <source>Received after the deadline</source>
      <translation>وَرَد بعد انقضاء المهلة</translation>
    </message>
    <message>
      <source>Package digest</source>
      <translation>بصمة الحزمة</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>No</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>individual fee (amount not in the table)</source>
      <translation>رسم فردي (المبلغ غير وارد في الجدول)</translation>
    </message>
    <message>
      <source>(complementary fee)</source>
      <translation>(رسم تكميلي)</translation>
    </message>
    <message>
      <source>International application under the Madrid Protocol (MM2)</source>
      <translation>طلب دولي بموجب بروتوكول مدريد (MM2)</translation>
    </message>
    <message>
      <source>Form MM2: application for international registration of a mark, filed through the Office of origin.</source>
      <translation>الاستمارة MM2: طلب تسجيل دولي لعلامة، يودع عن طريق مكتب المنشأ.</translation>
    </message>
    <message>
      <source>Your reference and the language of the international application.</source>
      <translation>مرجعك ولغة الطلب الدولي.</translation>
    </message>
    <message>
      <source>Contracting Party whose Office is the Office of origin</source>
      <translation>الطرف المتعاقد الذي يكون مكتبه مكتب المنشأ</translation>
    </message>
    <message>
      <source>Name and address must be the same as those of the holder of the basic mark.</source>
      <translation>يجب أن يكون الاسم والعنوان مطابقين لاسم صاحب العلامة الأساسية وعنوانه.</translation>
    </message>
    <message>
      <source>Entitlement to file</source>
      <translation>الأهلية للإيداع</translation>
    </message>
    <message>
      <source>Tick at least one: nationality, domicile, or a real and effective industrial or commercial establishment in the Contracting Party of the Office of origin.</source>
      <translation>اختر واحدًا على الأقل: الجنسية أو محل الإقامة أو منشأة صناعية أو تجارية حقيقية وفعلية في الطرف المتعاقد الذي يتبعه مكتب المنشأ.</translation>
    </message>
    <message>
      <source>Basic application or basic registration</source>
      <translation>الطلب الأساسي أو التسجيل الأساسي</translation>
    </message>
    <message>
      <source>Priority claimed</source>
      <translation>الأولوية المطالب بها</translation>
    </message>
    <message>
      <source>The mark</source>
      <translation>العلامة</translation>
    </message>
    <message>
      <source>Colour(s) claimed</source>
      <translation>اللون (الألوان) المطالب به</translation>
    </message>
    <message>
      <source>Miscellaneous indications</source>
      <translation>بيانات متنوعة</translation>
    </message>
    <message>
      <source>Goods and services</source>
      <translation>السلع والخدمات</translation>
    </message>
    <message>
      <source>Designated Contracting Parties</source>
      <translation>الأطراف المتعاقدة المعيّنة</translation>
    </message>
    <message>
      <source>Signature by the applicant or the representative</source>
      <translation>توقيع المودع أو الوكيل</translation>
    </message>
    <message>
      <source>Certification and signature of the international application by the Office of origin</source>
      <translation>تصديق الطلب الدولي وتوقيعه من مكتب المنشأ</translation>
    </message>
    <message>
      <source>Fee calculation sheet</source>
      <translation>ورقة حساب الرسوم</translation>
    </message>
    <message>
      <source>Applicants</source>
      <translation>المودعون</translation>
    </message>
    <message>
      <source>Entitlement</source>
      <translation>الأهلية</translation>
    </message>
    <message>
      <source>Ground</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Basic applications and registrations</source>
      <translation>الطلبات والتسجيلات الأساسية</translation>
    </message>
    <message>
      <source>Basic mark</source>
      <translation>العلامة الأساسية</translation>
    </message>
    <message>
      <source>Priority claims</source>
      <translation>المطالبات بالأولوية</translation>
    </message>
    <message>
      <source>Earlier filing</source>
      <translation>إيداع سابق</translation>
    </message>
    <message>
      <source>Classes</source>
      <translation>الأصناف</translation>
    </message>
    <message>
      <source>Limitations for designated Contracting Parties</source>
      <translation>التقييدات الخاصة بالأطراف المتعاقدة المعيّنة</translation>
    </message>
    <message>
      <source>Limitation</source>
      <translation>تقييد</translation>
    </message>
    <message>
      <source>Applicant's or representative's reference</source>
      <translation>مرجع المودع أو الوكيل</translation>
    </message>
    <message>
      <source>Language of the international application</source>
      <translation>لغة الطلب الدولي</translation>
    </message>
    <message>
      <source>English, French or Spanish, as the Office of origin permits.</source>
      <translation>الإنكليزية أو الفرنسية أو الإسبانية، حسب ما يسمح به مكتب المنشأ.</translation>
    </message>
    <message>
      <source>Date of the international application</source>
      <translation>تاريخ الطلب الدولي</translation>
    </message>
    <message>
      <source>The date the Office of origin receives it; used for the priority period.</source>
      <translation>التاريخ الذي يتسلّم فيه مكتب المنشأ الطلب؛ يُستخدم لحساب مهلة الأولوية.</translation>
    </message>
    <message>
      <source>Office of origin</source>
      <translation>مكتب المنشأ</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Country of address</source>
      <translation>بلد العنوان</translation>
    </message>
    <message>
      <source>Address for correspondence</source>
      <translation>عنوان المراسلة</translation>
    </message>
    <message>
      <source>E-mail address</source>
      <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Communications with the International Bureau are electronic; an e-mail address is required.</source>
      <translation>تجري المراسلات مع المكتب الدولي إلكترونيًا؛ عنوان البريد الإلكتروني إلزامي.</translation>
    </message>
    <message>
      <source>Telephone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>Preferred language for correspondence</source>
      <translation>اللغة المفضلة للمراسلة</translation>
    </message>
    <message>
      <source>Type of applicant (natural person or legal entity)</source>
      <translation>نوع المودع (شخص طبيعي أو كيان قانوني)</translation>
    </message>
    <message>
      <source>Nationality (natural person)</source>
      <translation>الجنسية (شخص طبيعي)</translation>
    </message>
    <message>
      <source>Legal nature (legal entity)</source>
      <translation>الطبيعة القانونية (شخص اعتباري)</translation>
    </message>
    <message>
      <source>State under whose law the legal entity is organised</source>
      <translation>الدولة التي أُسّس الشخص الاعتباري بموجب قانونها</translation>
    </message>
    <message>
      <source>State or Contracting Party</source>
      <translation>الدولة أو الطرف المتعاقد</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Basic mark record imported from</source>
      <translation>سجل العلامة الأساسية مستورد من</translation>
    </message>
    <message>
      <source>Filled by “prefill from the basic mark”; used to check that the mark and goods stay consistent.</source>
      <translation>يملؤه خيار «الملء المسبق من العلامة الأساسية»؛ يُستخدم للتحقق من اتساق العلامة والسلع.</translation>
    </message>
    <message>
      <source>Mark in the basic record</source>
      <translation>العلامة في السجل الأساسي</translation>
    </message>
    <message>
      <source>Holder in the basic record</source>
      <translation>المالك في السجل الأساسي</translation>
    </message>
    <message>
      <source>Goods and services in the basic record (class: term)</source>
      <translation>السلع والخدمات في السجل الأساسي (الصنف: المصطلح)</translation>
    </message>
    <message>
      <source>Office of the earlier filing</source>
      <translation>مكتب الإيداع السابق</translation>
    </message>
    <message>
      <source>Number of the earlier filing</source>
      <translation>رقم الإيداع السابق</translation>
    </message>
    <message>
      <source>Date of the earlier filing</source>
      <translation>تاريخ الإيداع السابق</translation>
    </message>
    <message>
      <source>Goods and services covered, if not all</source>
      <translation>السلع والخدمات المشمولة، إن لم تكن كلها</translation>
    </message>
    <message>
      <source>Verbal element of the mark</source>
      <translation>العنصر اللفظي للعلامة</translation>
    </message>
    <message>
      <source>The applicant wishes the mark to be considered a mark in standard characters</source>
      <translation>يرغب المودع في أن تُعتبر العلامة علامة بأحرف قياسية</translation>
    </message>
    <message>
      <source>Reproduction of the mark</source>
      <translation>صورة العلامة</translation>
    </message>
    <message>
      <source>JPEG or PNG image of the mark, as in the basic application or registration.</source>
      <translation>صورة JPEG أو PNG للعلامة كما هي في الطلب الأساسي أو التسجيل الأساسي.</translation>
    </message>
    <message>
      <source>The reproduction of the mark is in colour</source>
      <translation>صورة العلامة ملوّنة</translation>
    </message>
    <message>
      <source>Colour is claimed as a distinctive feature of the mark</source>
      <translation>يُطالب باللون كعنصر مميّز للعلامة</translation>
    </message>
    <message>
      <source>Colour or combination of colours claimed</source>
      <translation>اللون أو تركيبة الألوان المطالب بها</translation>
    </message>
    <message>
      <source>Principal parts of the mark that are in each colour</source>
      <translation>الأجزاء الرئيسية من العلامة الملوّنة بكل لون</translation>
    </message>
    <message>
      <source>Transliteration of the mark</source>
      <translation>النقل الحرفي للعلامة</translation>
    </message>
    <message>
      <source>Translation of the mark</source>
      <translation>ترجمة العلامة</translation>
    </message>
    <message>
      <source>Type of mark</source>
      <translation>نوع العلامة</translation>
    </message>
    <message>
      <source>Description of the mark</source>
      <translation>وصف العلامة</translation>
    </message>
    <message>
      <source>Disclaimer</source>
      <translation>التنازل عن الحماية</translation>
    </message>
    <message>
      <source>Nice class</source>
      <translation>صنف نيس</translation>
    </message>
    <message>
      <source>One term per line, as in the Nice Alphabetical List where possible.</source>
      <translation>مصطلح واحد في كل سطر، كما في القائمة الأبجدية لتصنيف نيس قدر الإمكان.</translation>
    </message>
    <message>
      <source>Designated Contracting Party</source>
      <translation>الطرف المتعاقد المعيّن</translation>
    </message>
    <message>
      <source>Goods and services kept for this party</source>
      <translation>السلع والخدمات المحتفظ بها لهذا الطرف</translation>
    </message>
    <message>
      <source>Declaration of intention to use the mark (MM18) is annexed (United States designated)</source>
      <translation>إعلان نية استعمال العلامة (MM18) مرفق (الولايات المتحدة معيّنة)</translation>
    </message>
    <message>
      <source>MM18 signed by</source>
      <translation>الاستمارة MM18 موقّعة من</translation>
    </message>
    <message>
      <source>Signed MM18 form</source>
      <translation>الاستمارة MM18 الموقّعة</translation>
    </message>
    <message>
      <source>Name of the signatory</source>
      <translation>اسم الموقّع</translation>
    </message>
    <message>
      <source>Signs as</source>
      <translation>يوقّع بصفته</translation>
    </message>
    <message>
      <source>Text-string signature</source>
      <translation>التوقيع في شكل سلسلة نصية</translation>
    </message>
    <message>
      <source>Your name between slashes, for example /Jane Doe/.</source>
      <translation>اسمك بين شرطتين مائلتين، مثل /سلمى أحمد/.</translation>
    </message>
    <message>
      <source>Date of signature</source>
      <translation>تاريخ التوقيع</translation>
    </message>
    <message>
      <source>Date on which the Office of origin received the request to present this application</source>
      <translation>التاريخ الذي تسلّم فيه مكتب المنشأ التماس تقديم هذا الطلب</translation>
    </message>
    <message>
      <source>Name of the certifying official</source>
      <translation>اسم الموظف المصدّق</translation>
    </message>
    <message>
      <source>Method of payment</source>
      <translation>طريقة الدفع</translation>
    </message>
    <message>
      <source>WIPO current account number</source>
      <translation>رقم الحساب الجاري لدى الويبو</translation>
    </message>
    <message>
      <source>Payment reference</source>
      <translation>مرجع الدفع</translation>
    </message>
    <message>
      <source>Name of the payer</source>
      <translation>اسم الدافع</translation>
    </message>
    <message>
      <source>Total amount paid (CHF)</source>
      <translation>المبلغ الإجمالي المدفوع (بالفرنك السويسري)</translation>
    </message>
    <message>
      <source>Must equal the total of the fee calculation.</source>
      <translation>يجب أن يساوي مجموع حساب الرسوم.</translation>
    </message>
    <message>
      <source>Patent application (PCT request or national)</source>
      <translation>طلب براءة (عريضة بموجب معاهدة التعاون بشأن البراءات أو طلب وطني)</translation>
    </message>
    <message>
      <source>International application under the PCT (request form PCT/RO/101) or a national patent application, with description, claims, abstract and drawings.</source>
      <translation>طلب دولي بموجب معاهدة التعاون بشأن البراءات (استمارة العريضة PCT/RO/101) أو طلب براءة وطني، مع الوصف والمطالب والملخص والرسومات.</translation>
    </message>
    <message>
      <source>Route, receiving Office and language</source>
      <translation>المسار والمكتب المتسلّم واللغة</translation>
    </message>
    <message>
      <source>Title of invention</source>
      <translation>عنوان الاختراع</translation>
    </message>
    <message>
      <source>Further applicants and/or inventors</source>
      <translation>مودعون آخرون و/أو مخترعون</translation>
    </message>
    <message>
      <source>Agent or common representative; address for correspondence</source>
      <translation>الوكيل أو الممثل المشترك؛ عنوان المراسلة</translation>
    </message>
    <message>
      <source>Designations</source>
      <translation>التعيينات</translation>
    </message>
    <message>
      <source>Priority claim</source>
      <translation>المطالبة بالأولوية</translation>
    </message>
    <message>
      <source>International Searching Authority</source>
      <translation>إدارة البحث الدولي</translation>
    </message>
    <message>
      <source>Declarations</source>
      <translation>الإعلانات</translation>
    </message>
    <message>
      <source>Check list</source>
      <translation>قائمة المراجعة</translation>
    </message>
    <message>
      <source>Signature of applicant, agent or common representative</source>
      <translation>توقيع المودع أو الوكيل أو الممثل المشترك</translation>
    </message>
    <message>
      <source>Description, claims, abstract and drawings</source>
      <translation>الوصف والمطالب والملخص والرسومات</translation>
    </message>
    <message>
      <source>Fee calculation and payment</source>
      <translation>حساب الرسوم ودفعها</translation>
    </message>
    <message>
      <source>Inventors (who are not applicants)</source>
      <translation>المخترعون (غير المودعين)</translation>
    </message>
    <message>
      <source>Inventor</source>
      <translation>المخترع</translation>
    </message>
    <message>
      <source>Earlier application</source>
      <translation>طلب سابق</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>المطالب</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>مطلب</translation>
    </message>
    <message>
      <source>Drawings</source>
      <translation>الرسومات</translation>
    </message>
    <message>
      <source>Drawing sheet</source>
      <translation>ورقة رسم</translation>
    </message>
    <message>
      <source>Filing route</source>
      <translation>مسار الإيداع</translation>
    </message>
    <message>
      <source>Receiving Office</source>
      <translation>المكتب المتسلّم</translation>
    </message>
    <message>
      <source>For the PCT: the Office of a State of residence or nationality of an applicant, or the International Bureau (IB).</source>
      <translation>بالنسبة إلى معاهدة التعاون بشأن البراءات: مكتب دولة إقامة أحد المودعين أو جنسيته، أو المكتب الدولي (RO/IB).</translation>
    </message>
    <message>
      <source>Language of filing</source>
      <translation>لغة الإيداع</translation>
    </message>
    <message>
      <source>Applicant's or agent's file reference</source>
      <translation>مرجع ملف المودع أو الوكيل</translation>
    </message>
    <message>
      <source>At most 12 characters on the PCT request.</source>
      <translation>12 حرفًا على الأكثر في العريضة.</translation>
    </message>
    <message>
      <source>Intended international filing date</source>
      <translation>تاريخ الإيداع الدولي المزمع</translation>
    </message>
    <message>
      <source>Used to check the priority period; the receiving Office sets the filing date.</source>
      <translation>يُستخدم للتحقق من مهلة الأولوية؛ يحدّد المكتب المتسلّم تاريخ الإيداع.</translation>
    </message>
    <message>
      <source>State of nationality</source>
      <translation>دولة الجنسية</translation>
    </message>
    <message>
      <source>State of residence</source>
      <translation>دولة الإقامة</translation>
    </message>
    <message>
      <source>This applicant is a natural person</source>
      <translation>هذا المودع شخص طبيعي</translation>
    </message>
    <message>
      <source>This applicant is also an inventor</source>
      <translation>هذا المودع مخترع أيضًا</translation>
    </message>
    <message>
      <source>Applicant for the purposes of</source>
      <translation>مودع لأغراض</translation>
    </message>
    <message>
      <source>Appointed as</source>
      <translation>معيّن بصفته</translation>
    </message>
    <message>
      <source>Agent's registration number</source>
      <translation>رقم تسجيل الوكيل</translation>
    </message>
    <message>
      <source>All PCT Contracting States are designated (Rule 4.9(a))</source>
      <translation>جميع الدول المتعاقدة في معاهدة التعاون بشأن البراءات معيّنة (القاعدة 4.9(أ))</translation>
    </message>
    <message>
      <source>States excluded from designation (Rule 4.9(b))</source>
      <translation>الدول المستثناة من التعيين (القاعدة 4.9(ب))</translation>
    </message>
    <message>
      <source>Office of the national application (national route)</source>
      <translation>مكتب الطلب الوطني (المسار الوطني)</translation>
    </message>
    <message>
      <source>Office of the earlier application</source>
      <translation>مكتب الطلب السابق</translation>
    </message>
    <message>
      <source>Number of the earlier application</source>
      <translation>رقم الطلب السابق</translation>
    </message>
    <message>
      <source>Filing date of the earlier application</source>
      <translation>تاريخ إيداع الطلب السابق</translation>
    </message>
    <message>
      <source>Kind of earlier application</source>
      <translation>نوع الطلب السابق</translation>
    </message>
    <message>
      <source>Declaration as to the identity of the inventor (Rule 4.17(i))</source>
      <translation>إعلان بشأن هوية المخترع (القاعدة 4.17(1))</translation>
    </message>
    <message>
      <source>Declaration as to the applicant's entitlement to apply for and be granted a patent (Rule 4.17(ii))</source>
      <translation>إعلان بشأن حق المودع في التقدم بطلب براءة والحصول عليها (القاعدة 4.17(2))</translation>
    </message>
    <message>
      <source>Declaration as to the applicant's entitlement to claim priority (Rule 4.17(iii))</source>
      <translation>إعلان بشأن حق المودع في المطالبة بالأولوية (القاعدة 4.17(3))</translation>
    </message>
    <message>
      <source>Declaration of inventorship (Rule 4.17(iv))</source>
      <translation>إعلان صفة المخترع (القاعدة 4.17(4))</translation>
    </message>
    <message>
      <source>Declaration as to non-prejudicial disclosures (Rule 4.17(v))</source>
      <translation>إعلان بشأن حالات الكشف غير الضارة (القاعدة 4.17(5))</translation>
    </message>
    <message>
      <source>Sheets of the request</source>
      <translation>أوراق العريضة</translation>
    </message>
    <message>
      <source>Sheets of the description</source>
      <translation>أوراق الوصف</translation>
    </message>
    <message>
      <source>Sheets of the claims</source>
      <translation>أوراق المطالب</translation>
    </message>
    <message>
      <source>Sheets of the abstract</source>
      <translation>أوراق الملخص</translation>
    </message>
    <message>
      <source>Sheets of the drawings</source>
      <translation>أوراق الرسومات</translation>
    </message>
    <message>
      <source>Power of attorney</source>
      <translation>التوكيل</translation>
    </message>
    <message>
      <source>Figure of the drawings to accompany the abstract</source>
      <translation>الشكل من الرسومات المرافق للملخص</translation>
    </message>
    <message>
      <source>Your name between slashes, for example /Jane Doe/ (PCT Annex F).</source>
      <translation>اسمك بين شرطتين مائلتين، مثل /سلمى أحمد/ (الملحق F لمعاهدة التعاون بشأن البراءات).</translation>
    </message>
    <message>
      <source>Technical field</source>
      <translation>المجال التقني</translation>
    </message>
    <message>
      <source>Background art</source>
      <translation>حالة التقنية الصناعية السابقة</translation>
    </message>
    <message>
      <source>Description of the invention</source>
      <translation>وصف الاختراع</translation>
    </message>
    <message>
      <source>Separate paragraphs with a blank line.</source>
      <translation>افصل بين الفقرات بسطر فارغ.</translation>
    </message>
    <message>
      <source>Brief description of the drawings</source>
      <translation>وصف موجز للرسومات</translation>
    </message>
    <message>
      <source>Claim number</source>
      <translation>رقم المطلب</translation>
    </message>
    <message>
      <source>Claim text</source>
      <translation>نص المطلب</translation>
    </message>
    <message>
      <source>Abstract</source>
      <translation>الملخص</translation>
    </message>
    <message>
      <source>Preferably 50 to 150 words (PCT Rule 8.1(b)).</source>
      <translation>يُفضّل من 50 إلى 150 كلمة (القاعدة 8.1(ب) من لائحة المعاهدة).</translation>
    </message>
    <message>
      <source>Drawing file</source>
      <translation>ملف الرسم</translation>
    </message>
    <message>
      <source>Figure label</source>
      <translation>تسمية الشكل</translation>
    </message>
    <message>
      <source>Sequence listing (WIPO ST.26 XML)</source>
      <translation>قائمة التسلسل (XML وفق المعيار ST.26 للويبو)</translation>
    </message>
    <message>
      <source>Suggested IPC symbols</source>
      <translation>رموز التصنيف الدولي للبراءات المقترحة</translation>
    </message>
    <message>
      <source>For example A61K 31/00.</source>
      <translation>مثل A61K 31/00.</translation>
    </message>
    <message>
      <source>Electronic filing format (for the fee reduction)</source>
      <translation>نسق الإيداع الإلكتروني (لتخفيض الرسوم)</translation>
    </message>
    <message>
      <source>Deposit or current account number</source>
      <translation>رقم حساب الإيداع أو الحساب الجاري</translation>
    </message>
    <message>
      <source>Name of the payer (card holder)</source>
      <translation>اسم الدافع (صاحب البطاقة)</translation>
    </message>
    <message>
      <source>Payment by {method} needs {label}.</source>
      <translation>الدفع بطريقة {method} يتطلب: {label}.</translation>
    </message>
    <message>
      <source>{code} is not a Contracting Party of the Madrid Protocol and cannot be the Office of origin.</source>
      <translation>{code} ليس طرفًا متعاقدًا في بروتوكول مدريد ولا يمكن أن يكون مكتب المنشأ.</translation>
    </message>
    <message>
      <source>The entitlement State {state} does not match the Office of origin {origin}.</source>
      <translation>دولة الأهلية {state} لا تطابق مكتب المنشأ {origin}.</translation>
    </message>
    <message>
      <source>Designate at least one Contracting Party.</source>
      <translation>عيّن طرفًا متعاقدًا واحدًا على الأقل.</translation>
    </message>
    <message>
      <source>{code} is not a Contracting Party of the Madrid Protocol and cannot be designated.</source>
      <translation>{code} ليس طرفًا متعاقدًا في بروتوكول مدريد ولا يمكن تعيينه.</translation>
    </message>
    <message>
      <source>The Contracting Party of the Office of origin ({code}) cannot be designated.</source>
      <translation>لا يمكن تعيين الطرف المتعاقد الذي يتبعه مكتب المنشأ ({code}).</translation>
    </message>
    <message>
      <source>Class {class} does not exist: Nice classes are 1 to 45.</source>
      <translation>الصنف {class} غير موجود: أصناف نيس من 1 إلى 45.</translation>
    </message>
    <message>
      <source>Class {class} lists no goods or services.</source>
      <translation>الصنف {class} لا يتضمن أي سلع أو خدمات.</translation>
    </message>
    <message>
      <source>“{term}” is not in the Nice list for class {class}; the International Bureau may object to it.</source>
      <translation>«{term}» غير وارد في قائمة نيس للصنف {class}؛ وقد يعترض عليه المكتب الدولي.</translation>
    </message>
    <message>
      <source>Colour is claimed but the reproduction of the mark is not in colour.</source>
      <translation>يُطالب باللون لكن صورة العلامة غير ملوّنة.</translation>
    </message>
    <message>
      <source>The United States is designated: annex the declaration of intention to use the mark (MM18).</source>
      <translation>الولايات المتحدة معيّنة: أرفق إعلان نية استعمال العلامة (MM18).</translation>
    </message>
    <message>
      <source>Priority from {date} can only be claimed until {deadline} (six months).</source>
      <translation>لا يمكن المطالبة بالأولوية المؤرخة {date} إلا حتى {deadline} (ستة أشهر).</translation>
    </message>
    <message>
      <source>Give the basic application or registration on which the international application is based.</source>
      <translation>اذكر الطلب الأساسي أو التسجيل الأساسي الذي يستند إليه الطلب الدولي.</translation>
    </message>
    <message>
      <source>Give the date of the international application (the date the Office of origin receives it).</source>
      <translation>اذكر تاريخ الطلب الدولي (التاريخ الذي يتسلّم فيه مكتب المنشأ الطلب).</translation>
    </message>
    <message>
      <source>“{term}” (class {class}) is not covered by the basic mark.</source>
      <translation>«{term}» (الصنف {class}) غير مشمول بالعلامة الأساسية.</translation>
    </message>
    <message>
      <source>The Office of origin {origin} accepts international applications in {allowed}, not {language}.</source>
      <translation>يقبل مكتب المنشأ {origin} الطلبات الدولية باللغة {allowed}، لا باللغة {language}.</translation>
    </message>
    <message>
      <source>The total declared ({declared} {currency}) differs from the fees computed: {total} {currency} (fees valid as of {valid_as_of}).</source>
      <translation>المجموع المعلن ({declared} {currency}) يختلف عن الرسوم المحسوبة: {total} {currency} (الرسوم صالحة في {valid_as_of}).</translation>
    </message>
    <message>
      <source>A word mark consists of its text only: give the verbal element and no image ({label}).</source>
      <translation>العلامة اللفظية تتكون من نصها فقط: اذكر العنصر اللفظي دون صورة ({label}).</translation>
    </message>
    <message>
      <source>This type of mark needs a representation file ({label}).</source>
      <translation>هذا النوع من العلامات يتطلب ملفًا يمثّلها ({label}).</translation>
    </message>
    <message>
      <source>{office} accepts {allowed} for a {type} mark, not {format}.</source>
      <translation>يقبل {office} الأنساق {allowed} لعلامة من نوع {type}، لا {format}.</translation>
    </message>
    <message>
      <source>The file is {size} bytes; {office} accepts at most {max} bytes.</source>
      <translation>حجم الملف {size} بايت؛ يقبل {office} {max} بايت على الأكثر.</translation>
    </message>
    <message>
      <source>Colour is claimed: name the colours and where they appear.</source>
      <translation>يُطالب باللون: اذكر الألوان وأين تظهر.</translation>
    </message>
    <message>
      <source>“{term}” is not in the Nice list for class {class}; the office may object to it.</source>
      <translation>«{term}» غير وارد في قائمة نيس للصنف {class}؛ وقد يعترض عليه المكتب.</translation>
    </message>
    <message>
      <source>{office} accepts a reference of at most {max} characters without spaces.</source>
      <translation>يقبل {office} مرجعًا من {max} حرفًا على الأكثر دون المسافات.</translation>
    </message>
    <message>
      <source>RO/{ro} is not competent: no applicant is a national or resident of {ro} (applicants: {states}). File with RO/IB or the Office of an applicant's State.</source>
      <translation>المكتب المتسلّم RO/{ro} غير مختص: لا أحد من المودعين من مواطني {ro} أو المقيمين فيها (المودعون: {states}). أودع لدى RO/IB أو لدى مكتب دولة أحد المودعين.</translation>
    </message>
    <message>
      <source>The earlier application of {date} is more than 14 months before {filed}: the priority claim is void (the priority period ended {deadline}).</source>
      <translation>الطلب السابق المؤرخ {date} يسبق {filed} بأكثر من 14 شهرًا: المطالبة بالأولوية باطلة (انتهت مهلة الأولوية في {deadline}).</translation>
    </message>
    <message>
      <source>The priority period ended on {deadline}: request restoration of the right of priority (possible until {window}).</source>
      <translation>انتهت مهلة الأولوية في {deadline}: اطلب استعادة حق الأولوية (ممكن حتى {window}).</translation>
    </message>
    <message>
      <source>The abstract has {words} words; it should preferably have {min} to {max}.</source>
      <translation>يتضمن الملخص {words} كلمة؛ ويُفضّل أن يتضمن من {min} إلى {max}.</translation>
    </message>
    <message>
      <source>The application needs at least one claim.</source>
      <translation>يجب أن يتضمن الطلب مطلبًا واحدًا على الأقل.</translation>
    </message>
    <message>
      <source>Claim {number} should be numbered {expected}: claims are numbered consecutively in Arabic numerals.</source>
      <translation>ينبغي أن يحمل المطلب {number} الرقم {expected}: تُرقّم المطالب ترقيمًا متسلسلًا بالأرقام العربية.</translation>
    </message>
    <message>
      <source>Give the title of the invention (box I).</source>
      <translation>اذكر عنوان الاختراع (الإطار I).</translation>
    </message>
    <message>
      <source>The file reference has {length} characters; the PCT request allows at most {max}.</source>
      <translation>يتضمن مرجع الملف {length} حرفًا؛ وتسمح العريضة بـ {max} على الأكثر.</translation>
    </message>
    <message>
      <source>Give the nationality and the residence of every applicant ({name}).</source>
      <translation>اذكر جنسية كل مودع ومحل إقامته ({name}).</translation>
    </message>
    <message>
      <source>{states} requires the inventors to be named: mark applicants who are inventors or add the inventors (box III).</source>
      <translation>تشترط {states} ذكر أسماء المخترعين: حدّد المودعين المخترعين أو أضف المخترعين (الإطار III).</translation>
    </message>
    <message>
      <source>The sequence listing {name} is not WIPO ST.26 XML (root element: {root}).</source>
      <translation>قائمة التسلسل {name} ليست بنسق XML وفق المعيار ST.26 للويبو (العنصر الجذر: {root}).</translation>
    </message>
    <message>
      <source>Give the number of sheets of each part (box IX).</source>
      <translation>اذكر عدد أوراق كل جزء (الإطار IX).</translation>
    </message>
    <message>
      <source>{symbol} is not a well-formed IPC symbol (for example A61K 31/00).</source>
      <translation>{symbol} ليس رمزًا صحيح التكوين في التصنيف الدولي للبراءات (مثل A61K 31/00).</translation>
    </message>
    <message>
      <source>National trademark application</source>
      <translation>طلب علامة تجارية وطني</translation>
    </message>
    <message>
      <source>Application for registration of a trademark at a national or regional office.</source>
      <translation>طلب تسجيل علامة تجارية لدى مكتب وطني أو إقليمي.</translation>
    </message>
    <message>
      <source>Office and language</source>
      <translation>المكتب واللغة</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>التوقيع</translation>
    </message>
    <message>
      <source>Fees and payment</source>
      <translation>الرسوم والدفع</translation>
    </message>
    <message>
      <source>Office of filing</source>
      <translation>مكتب الإيداع</translation>
    </message>
    <message>
      <source>Two-letter language code, for example en.</source>
      <translation>رمز اللغة المكوّن من حرفين، مثل ar.</translation>
    </message>
    <message>
      <source>Applicant's reference</source>
      <translation>مرجع المودع</translation>
    </message>
    <message>
      <source>Intended filing date</source>
      <translation>تاريخ الإيداع المزمع</translation>
    </message>
    <message>
      <source>Used for the priority period; the office sets the official filing date.</source>
      <translation>يُستخدم لمهلة الأولوية؛ يحدّد المكتب تاريخ الإيداع الرسمي.</translation>
    </message>
    <message>
      <source>Filing basis</source>
      <translation>أساس الإيداع</translation>
    </message>
    <message>
      <source>Required by some offices (United States).</source>
      <translation>تشترطه بعض المكاتب (الولايات المتحدة).</translation>
    </message>
    <message>
      <source>Legal form (legal entity)</source>
      <translation>الشكل القانوني (شخص اعتباري)</translation>
    </message>
    <message>
      <source>State of incorporation (legal entity)</source>
      <translation>دولة التأسيس (شخص اعتباري)</translation>
    </message>
    <message>
      <source>Verbal element</source>
      <translation>العنصر اللفظي</translation>
    </message>
    <message>
      <source>The words of the mark exactly as they are to be registered.</source>
      <translation>كلمات العلامة تمامًا كما يُراد تسجيلها.</translation>
    </message>
    <message>
      <source>Standard characters (no particular font, style or colour)</source>
      <translation>أحرف قياسية (دون خط أو أسلوب أو لون معيّن)</translation>
    </message>
    <message>
      <source>Representation of the mark</source>
      <translation>تمثيل العلامة</translation>
    </message>
    <message>
      <source>Image (or sound/video file) as the office accepts for this type of mark.</source>
      <translation>صورة (أو ملف صوت/فيديو) كما يقبلها المكتب لهذا النوع من العلامات.</translation>
    </message>
    <message>
      <source>Colour is claimed</source>
      <translation>يُطالب باللون</translation>
    </message>
    <message>
      <source>Colours claimed and where they appear</source>
      <translation>الألوان المطالب بها وأين تظهر</translation>
    </message>
    <message>
      <source>Transliteration</source>
      <translation>النقل الحرفي</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>الترجمة</translation>
    </message>
    <message>
      <source>Deposit account number</source>
      <translation>رقم حساب الإيداع</translation>
    </message>
    <message>
      <source>Total amount paid</source>
      <translation>المبلغ الإجمالي المدفوع</translation>
    </message>
    <message>
      <source>The total of the fee quote, in the office's currency.</source>
      <translation>مجموع تقدير الرسوم بعملة المكتب.</translation>
    </message>
    <message>
      <source>Passphrase: </source>
      <translation>عبارة المرور: </translation>
    </message>
    <message>
      <source>No keys yet; create one with 'filingassist keys new --name "Your Name"'.</source>
      <translation>لا توجد مفاتيح بعد؛ أنشئ مفتاحًا بالأمر 'filingassist keys new --name "اسمك"'.</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>موثوق</translation>
    </message>
    <message>
      <source>integrity only, no trust anchor given</source>
      <translation>السلامة فقط، لم تُقدَّم مرساة ثقة</translation>
    </message>
    <message>
      <source>OK: the package is sound.</source>
      <translation>سليم: الحزمة صحيحة.</translation>
    </message>
    <message>
      <source>Repeat passphrase: </source>
      <translation>كرّر عبارة المرور: </translation>
    </message>
    <message>
      <source>NOT OK: {count} problem(s).</source>
      <translation>غير سليم: {count} مشكلة (مشكلات).</translation>
    </message>
    <message>
      <source>Expected text.</source>
      <translation>يُتوقّع نص.</translation>
    </message>
    <message>
      <source>Line breaks are not allowed here.</source>
      <translation>لا يُسمح بفواصل الأسطر هنا.</translation>
    </message>
    <message>
      <source>Not a valid e-mail address.</source>
      <translation>عنوان البريد الإلكتروني غير صالح.</translation>
    </message>
    <message>
      <source>Expected a date (YYYY-MM-DD).</source>
      <translation>يُتوقّع تاريخ (YYYY-MM-DD).</translation>
    </message>
    <message>
      <source>Expected yes or no.</source>
      <translation>يُتوقّع نعم أو لا.</translation>
    </message>
    <message>
      <source>Expected a whole number.</source>
      <translation>يُتوقّع عدد صحيح.</translation>
    </message>
    <message>
      <source>Expected a list of texts.</source>
      <translation>تُتوقّع قائمة نصوص.</translation>
    </message>
    <message>
      <source>Expected an attached file.</source>
      <translation>يُتوقّع ملف مرفق.</translation>
    </message>
    <message>
      <source>The attached file has no valid SHA-256 digest.</source>
      <translation>ليس للملف المرفق بصمة SHA-256 صالحة.</translation>
    </message>
    <message>
      <source>The attached file has no name.</source>
      <translation>ليس للملف المرفق اسم.</translation>
    </message>
    <message>
      <source>The attached file has no size or media type.</source>
      <translation>ليس للملف المرفق حجم أو نوع وسائط.</translation>
    </message>
    <message>
      <source>Name the colour or colours claimed.</source>
      <translation>اذكر اللون أو الألوان المطالب بها.</translation>
    </message>
    <message>
      <source>The mark must be the same as the basic mark “{basic}”.</source>
      <translation>يجب أن تكون العلامة مطابقة للعلامة الأساسية «{basic}».</translation>
    </message>
    <message>
      <source>The applicant must be the holder of the basic mark ({basic}).</source>
      <translation>يجب أن يكون المودع صاحب العلامة الأساسية ({basic}).</translation>
    </message>
    <message>
      <source>Enter the total of the fee calculation: {total} {currency} (fees valid as of {valid_as_of}).</source>
      <translation>أدخل مجموع حساب الرسوم: {total} {currency} (الرسوم صالحة في {valid_as_of}).</translation>
    </message>
    <message>
      <source>The reproduction is in colour: claim the colour (item 8) or file a black-and-white reproduction.</source>
      <translation>الصورة ملوّنة: طالب باللون (البند 8) أو أودع صورة بالأبيض والأسود.</translation>
    </message>
    <message>
      <source>Say who signed the MM18 declaration, or attach it.</source>
      <translation>اذكر من وقّع إعلان MM18، أو أرفقه.</translation>
    </message>
    <message>
      <source>The basic mark's date ({date}) is after the international application ({filed}).</source>
      <translation>تاريخ العلامة الأساسية ({date}) لاحق للطلب الدولي ({filed}).</translation>
    </message>
    <message>
      <source>Class {class} is not in the basic mark.</source>
      <translation>الصنف {class} غير وارد في العلامة الأساسية.</translation>
    </message>
    <message>
      <source>{code} is designated more than once.</source>
      <translation>{code} معيّن أكثر من مرة.</translation>
    </message>
    <message>
      <source>Give the number and date of the basic application or registration.</source>
      <translation>اذكر رقم الطلب الأساسي أو التسجيل الأساسي وتاريخه.</translation>
    </message>
    <message>
      <source>“{term}” belongs to class {other}, not class {class}.</source>
      <translation>«{term}» ينتمي إلى الصنف {other}، لا إلى الصنف {class}.</translation>
    </message>
    <message>
      <source>The earlier filing ({date}) cannot be later than this application ({filed}).</source>
      <translation>لا يمكن أن يكون الإيداع السابق ({date}) لاحقًا لهذا الطلب ({filed}).</translation>
    </message>
    <message>
      <source>Class {class} is listed more than once; list its terms under one entry.</source>
      <translation>الصنف {class} مذكور أكثر من مرة؛ اجمع مصطلحاته في بند واحد.</translation>
    </message>
    <message>
      <source>Remove the empty term from class {class}.</source>
      <translation>احذف المصطلح الفارغ من الصنف {class}.</translation>
    </message>
    <message>
      <source>{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free}.</source>
      <translation>{sheets} ورقة: يُستحق رسم الورقة عن {extra} ورقة تتجاوز {free}.</translation>
    </message>
    <message>
      <source>{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free} ({amount} {currency}).</source>
      <translation>{sheets} ورقة: يُستحق رسم الورقة عن {extra} ورقة تتجاوز {free} ({amount} {currency}).</translation>
    </message>
    <message>
      <source>The sequence listing must be a WIPO ST.26 XML file, not {name}.</source>
      <translation>يجب أن تكون قائمة التسلسل ملف XML وفق المعيار ST.26 للويبو، لا {name}.</translation>
    </message>
    <message>
      <source>Give the number of sheets of each part (box IX); they determine the fees.</source>
      <translation>اذكر عدد أوراق كل جزء (الإطار IX)؛ فهو يحدّد الرسوم.</translation>
    </message>
    <message>
      <source>The earlier application ({date}) cannot be later than the international filing date ({filed}).</source>
      <translation>لا يمكن أن يكون الطلب السابق ({date}) لاحقًا لتاريخ الإيداع الدولي ({filed}).</translation>
    </message>
    <message>
      <source>Say how the fees will be paid.</source>
      <translation>بيّن طريقة دفع الرسوم.</translation>
    </message>
    <message>
      <source>The image is {width}×{height} pixels; each side should be {min}-{max} pixels.</source>
      <translation>أبعاد الصورة {width}×{height} بكسل؛ وينبغي أن يتراوح كل ضلع بين {min} و{max} بكسل.</translation>
    </message>
    <message>
      <source>A word mark cannot claim colour; choose a figurative or combined mark.</source>
      <translation>لا يمكن المطالبة باللون في علامة لفظية؛ اختر علامة تصويرية أو مركّبة.</translation>
    </message>
    <message>
      <source>{label} is longer than {max} characters.</source>
      <translation>{label} يتجاوز {max} حرفًا.</translation>
    </message>
    <message>
      <source>{value} is not a valid choice for {label}.</source>
      <translation>{value} ليس خيارًا صالحًا لـ {label}.</translation>
    </message>
    <message>
      <source>{label}: files of type {type} are not accepted.</source>
      <translation>{label}: الملفات من نوع {type} غير مقبولة.</translation>
    </message>
    <message>
      <source>{label}: expected a list.</source>
      <translation>{label}: تُتوقّع قائمة.</translation>
    </message>
    <message>
      <source>At least {min} of {label} needed.</source>
      <translation>يلزم {min} على الأقل من {label}.</translation>
    </message>
    <message>
      <source>At most {max} of {label} allowed.</source>
      <translation>يُسمح بـ {max} على الأكثر من {label}.</translation>
    </message>
    <message>
      <source>{label} is required.</source>
      <translation>{label}: حقل إلزامي.</translation>
    </message>
    <message>
      <source>{label} must be at least {min}.</source>
      <translation>يجب ألا يقل {label} عن {min}.</translation>
    </message>
    <message>
      <source>{label} must be at most {max}.</source>
      <translation>يجب ألا يزيد {label} على {max}.</translation>
    </message>
    <!-- branch: reliability -->
    <message>
      <source>claimed by the signer</source>
      <translation>بحسب ادعاء الموقِّع</translation>
    </message>
    <!-- branch: printouts -->
    <message>
      <source>Applicant(s)</source>
      <translation>المودع (المودعون)</translation>
    </message>
    <message>
      <source>Box No. {box}</source>
      <translation>الإطار رقم {box}</translation>
    </message>
    <message>
      <source>Fees paid</source>
      <translation>الرسوم المدفوعة</translation>
    </message>
    <message>
      <source>Filing date and time</source>
      <translation>تاريخ الإيداع ووقته</translation>
    </message>
    <message>
      <source>Item {item}</source>
      <translation>البند {item}</translation>
    </message>
    <message>
      <source>Kind of application</source>
      <translation>نوع الطلب</translation>
    </message>
    <message>
      <source>Mark</source>
      <translation>العلامة</translation>
    </message>
    <message>
      <source>Not filled in.</source>
      <translation>لم يُملأ.</translation>
    </message>
    <message>
      <source>Not included (not in the fee table): {items}</source>
      <translation>غير مشمول (غير وارد في جدول الرسوم): {items}</translation>
    </message>
    <message>
      <source>Not signed yet: this summary is not a filing.</source>
      <translation>لم يُوقَّع بعد: هذا الملخص ليس إيداعًا.</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
      <source>Paper size</source>
      <translation>حجم الورق</translation>
    </message>
    <message>
      <source>Receipt for a response</source>
      <translation>إشعار استلام رد</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>المرجع</translation>
    </message>
    <message>
      <source>The fees cannot be calculated until the application says what they depend on.</source>
      <translation>لا يمكن حساب الرسوم حتى يبيّن الطلب العناصر التي تتوقف عليها.</translation>
    </message>
    <message>
      <source>The office's signature on this receipt could not be verified: do not rely on this printout; ask the office.</source>
      <translation>تعذّر التحقق من توقيع المكتب على إشعار الاستلام هذا: لا تعتمد على هذه النسخة المطبوعة، وراجع المكتب.</translation>
    </message>
    <message>
      <source>The office's signature on this receipt was verified with the office's certificate (SHA-256 fingerprint {fingerprint}).</source>
      <translation>تم التحقق من توقيع المكتب على إشعار الاستلام هذا باستخدام شهادة المكتب (بصمة SHA-256: {fingerprint}).</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>المجموع</translation>
    </message>
    <message>
      <source>Something went wrong and the action was stopped. Your saved work is safe.</source>
      <translation>حدث خطأ فأُوقف الإجراء. عملك المحفوظ سليم.</translation>
    </message>
    <message>
      <source>The details are in the log file: {path}</source>
      <translation>التفاصيل في ملف السجل: {path}</translation>
    </message>
    <message>
      <source>(to be confirmed)</source>
      <translation>(يلزم التأكيد)</translation>
    </message>
    <message>
      <source>Fee data out of date</source>
      <translation>بيانات الرسوم قديمة</translation>
    </message>
    <message>
      <source>Fee data: {table} read {date} ({days} days old), review by {review}</source>
      <translation>بيانات الرسوم: {table} قُرئت في {date} (منذ {days} يومًا)، تُراجع قبل {review}</translation>
    </message>
    <message>
      <source>Fee table {version}, in effect from {effective}, read {date} ({days} days old); review by {review}</source>
      <translation>جدول الرسوم {version}، ساري من {effective}، قُرئ في {date} (منذ {days} يومًا)؛ يُراجع قبل {review}</translation>
    </message>
    <message>
      <source>Not signed: the fee data is out of date.</source>
      <translation>لم يتم التوقيع: بيانات الرسوم قديمة.</translation>
    </message>
    <message>
      <source>Reduction under item 5</source>
      <translation>تخفيض بموجب البند 5</translation>
    </message>
    <message>
      <source>The fee quote rests on {count} figure(s) still to be confirmed: {items}. Check them at the source before paying.</source>
      <translation>يستند حساب الرسوم إلى {count} رقم (أرقام) لم يتم تأكيدها بعد: {items}. تحقق منها في المصدر قبل الدفع.</translation>
    </message>
    <message>
      <source>The fee quote uses {table} {version}, past its review date {review_date} (read {valid_as_of}): check the official fees before paying.</source>
      <translation>يستخدم حساب الرسوم {table} {version} الذي تجاوز تاريخ مراجعته {review_date} (قُرئ في {valid_as_of}): تحقق من الرسوم الرسمية قبل الدفع.</translation>
    </message>
    <message>
      <source>The fee table {tables} is past its review date: the fees may have changed. Sign anyway?</source>
      <translation>تجاوز جدول الرسوم {tables} تاريخ مراجعته: ربما تغيرت الرسوم. هل تريد التوقيع على أي حال؟</translation>
    </message>
    <message>
      <source>Warning: fee table {table} is past its review date {review}: check the official fees before paying.</source>
      <translation>تحذير: تجاوز جدول الرسوم {table} تاريخ مراجعته {review}: تحقق من الرسوم الرسمية قبل الدفع.</translation>
    </message>
    <message>
      <source>Warning: {table} is past its review date {review} ({days} days old): check the fees before paying</source>
      <translation>تحذير: تجاوز {table} تاريخ مراجعته {review} (منذ {days} يومًا): تحقق من الرسوم قبل الدفع</translation>
    </message>
    <message>
      <source>{days} days old</source>
      <translation>منذ {days} يومًا</translation>
    </message>
    <message>
      <source>Fee data {days} days old</source>
      <translation>بيانات الرسوم: منذ {days} يومًا</translation>
    </message>
    <message>
      <source>desktop build</source>
      <translation>نسخة سطح المكتب</translation>
    </message>
    <message>
      <source>installed package</source>
      <translation>حزمة مثبتة</translation>
    </message>
    <message>
      <source>shipped with the program</source>
      <translation>مرفق مع البرنامج</translation>
    </message>
    <message>
      <source>installed from a data pack</source>
      <translation>مثبت من حزمة بيانات</translation>
    </message>
    <message>
      <source>Version {version}</source>
      <translation>الإصدار {version}</translation>
    </message>
    <message>
      <source>About Filing Assistant</source>
      <translation>حول مساعد الإيداع</translation>
    </message>
    <message>
      <source>Check for updates</source>
      <translation>البحث عن تحديثات</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>نسخ</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>جارٍ التحقق…</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>الإصدار</translation>
    </message>
    <message>
      <source>Update address:</source>
      <translation>عنوان التحديثات:</translation>
    </message>
    <message>
      <source>Enter the address of an update index first.</source>
      <translation>أدخل أولاً عنوان فهرس التحديثات.</translation>
    </message>
    <message>
      <source>Up to date: no newer program or reference data.</source>
      <translation>محدَّث: لا يوجد برنامج أو بيانات مرجعية أحدث.</translation>
    </message>
    <message>
      <source>Could not check for updates: {error}</source>
      <translation>تعذّر البحث عن تحديثات: {error}</translation>
    </message>
    <message>
      <source>{days} days</source>
      <translation>{days} يومًا</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>الجدول</translation>
    </message>
    <message>
      <source>Valid as of</source>
      <translation>سارية اعتبارًا من</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>العمر</translation>
    </message>
    <message>
      <source>Schemas and formats</source>
      <translation>المخططات والصيغ</translation>
    </message>
    <message>
      <source>Program {version} is available.</source>
      <translation>الإصدار {version} من البرنامج متاح.</translation>
    </message>
    <message>
      <source>Newer reference data: {tables}.</source>
      <translation>بيانات مرجعية أحدث: {tables}.</translation>
    </message>
    <message>
      <source>{days} days: older than a year, check for an update</source>
      <translation>{days} يومًا: أقدم من سنة، ابحث عن تحديث</translation>
    </message>
    <message>
      <source>Component</source>
      <translation>المكوّن</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>البيانات المرجعية</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>البرنامج</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;مساعدة</translation>
    </message>
    <message>
      <source>Same row as row {row}; it is imported once.</source>
      <translation>هذا الصف مطابق للصف {row}؛ يُستورد مرة واحدة فقط.</translation>
    </message>
    <message>
      <source>Already imported as draft {draft}.</source>
      <translation>سبق استيراده كمسودة {draft}.</translation>
    </message>
    <message>
      <source>Write yes or no (got {text}).</source>
      <translation>اكتب نعم (yes) أو لا (no) (المقروء: {text}).</translation>
    </message>
    <message>
      <source>Not a whole number (got {text}).</source>
      <translation>ليس عددًا صحيحًا (المقروء: {text}).</translation>
    </message>
    <message>
      <source>Give the file's path relative to the sheet's folder.</source>
      <translation>اذكر مسار الملف نسبةً إلى مجلد الجدول.</translation>
    </message>
    <message>
      <source>Write each class as 'class: term; term', e.g. '9: software'; got {text}.</source>
      <translation>اكتب كل صنف بالشكل 'الصنف: بند; بند'، مثل '9: software'؛ المقروء: {text}.</translation>
    </message>
    <message>
      <source>No file {name} in the sheet's folder.</source>
      <translation>لا يوجد ملف {name} في مجلد الجدول.</translation>
    </message>
    <message>
      <source>The file {name} is larger than {limit} bytes.</source>
      <translation>حجم الملف {name} يتجاوز {limit} بايت.</translation>
    </message>
    <message>
      <source>Cannot read the file {name}.</source>
      <translation>تعذّرت قراءة الملف {name}.</translation>
    </message>
    <message>
      <source>{count} value(s) separated by |, but the group has {items} item(s).</source>
      <translation>{count} قيمة مفصولة بالرمز |، لكن المجموعة تضم {items} عنصرًا.</translation>
    </message>
    <message>
      <source>Date as YYYY-MM-DD.</source>
      <translation>التاريخ بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
      <source>yes or no.</source>
      <translation>yes (نعم) أو no (لا).</translation>
    </message>
    <message>
      <source>A whole number.</source>
      <translation>عدد صحيح.</translation>
    </message>
    <message>
      <source>Several values separated by ;</source>
      <translation>عدة قيم مفصولة بالرمز ;</translation>
    </message>
    <message>
      <source>Path of the file, relative to the sheet's folder.</source>
      <translation>مسار الملف نسبةً إلى مجلد الجدول.</translation>
    </message>
    <message>
      <source>Two-letter country code (ISO 3166), e.g. CH.</source>
      <translation>رمز البلد من حرفين (ISO 3166)، مثل CH.</translation>
    </message>
    <message>
      <source>One of: {choices}</source>
      <translation>إحدى القيم: {choices}</translation>
    </message>
    <message>
      <source>Class, colon, terms separated by ;, classes separated by |</source>
      <translation>الصنف ثم نقطتان ثم البنود مفصولة بـ ; والأصناف مفصولة بـ |</translation>
    </message>
    <message>
      <source>One value per item, separated by |</source>
      <translation>قيمة واحدة لكل عنصر، مفصولة بالرمز |</translation>
    </message>
    <message>
      <source>Client reference</source>
      <translation>مرجع العميل</translation>
    </message>
    <message>
      <source>Your client's reference (fee totals).</source>
      <translation>مرجع عميلك (مجاميع الرسوم).</translation>
    </message>
    <message>
      <source>Row id</source>
      <translation>معرّف الصف</translation>
    </message>
    <message>
      <source>Your id for this row: re-importing it never duplicates.</source>
      <translation>معرّفك لهذا الصف: إعادة استيراده لا تُنشئ نسخة مكررة أبدًا.</translation>
    </message>
    <message>
      <source>The check {code} could not run on this application; it has not been verified.</source>
      <translation>تعذّر تشغيل الفحص {code} على هذا الطلب؛ لم يُتحقَّق من هذه النقطة.</translation>
    </message>
    <message>
      <source>Seniority claims (MM17, European Union designated)</source>
      <translation>مطالبات الأقدمية (MM17، عند تعيين الاتحاد الأوروبي)</translation>
    </message>
    <message>
      <source>Earlier mark</source>
      <translation>العلامة السابقة</translation>
    </message>
    <message>
      <source>Applicant (number in item 2)</source>
      <translation>المودع (رقمه في البند 2)</translation>
    </message>
    <message>
      <source>Each applicant must be entitled; give one ground or more for every applicant.</source>
      <translation>يجب أن يكون لكل مودع الحق في الإيداع؛ اذكر سببًا واحدًا على الأقل لكل مودع.</translation>
    </message>
    <message>
      <source>Domicile or establishment in the territory of the Office of origin (item 3(b))</source>
      <translation>محل الإقامة أو المنشأة في إقليم مكتب المنشأ (البند 3(ب))</translation>
    </message>
    <message>
      <source>Only where the address above is not in the territory of the Contracting Party of the Office of origin.</source>
      <translation>فقط إذا لم يكن العنوان أعلاه في إقليم الطرف المتعاقد لمكتب المنشأ.</translation>
    </message>
    <message>
      <source>Leave empty when the priority covers all the goods and services.</source>
      <translation>اتركه فارغًا إذا كانت الأولوية تشمل جميع السلع والخدمات.</translation>
    </message>
    <message>
      <source>The mark consists exclusively of a colour or a combination of colours as such, without any figurative element</source>
      <translation>تتكون العلامة حصرًا من لون أو مجموعة ألوان بحد ذاتها، دون أي عنصر تصويري</translation>
    </message>
    <message>
      <source>Collective mark, certification mark or guarantee mark</source>
      <translation>علامة جماعية أو علامة تصديق أو علامة ضمان</translation>
    </message>
    <message>
      <source>Three-dimensional mark</source>
      <translation>علامة ثلاثية الأبعاد</translation>
    </message>
    <message>
      <source>Sound mark</source>
      <translation>علامة صوتية</translation>
    </message>
    <message>
      <source>Other type of mark</source>
      <translation>نوع آخر من العلامات</translation>
    </message>
    <message>
      <source>Describe the mark in the description of the mark.</source>
      <translation>صِف العلامة في وصف العلامة.</translation>
    </message>
    <message>
      <source>The verbal element cannot be translated</source>
      <translation>لا يمكن ترجمة العنصر اللفظي</translation>
    </message>
    <message>
      <source>Second language (European Union designated)</source>
      <translation>اللغة الثانية (عند تعيين الاتحاد الأوروبي)</translation>
    </message>
    <message>
      <source>A language of the EUIPO other than the language of the international application.</source>
      <translation>إحدى لغات مكتب الاتحاد الأوروبي للملكية الفكرية غير لغة الطلب الدولي.</translation>
    </message>
    <message>
      <source>German</source>
      <translation>الألمانية</translation>
    </message>
    <message>
      <source>Italian</source>
      <translation>الإيطالية</translation>
    </message>
    <message>
      <source>Member State in or for which the earlier mark is registered</source>
      <translation>الدولة العضو المسجلة فيها العلامة السابقة أو المسجلة لأجلها</translation>
    </message>
    <message>
      <source>Registration number</source>
      <translation>رقم التسجيل</translation>
    </message>
    <message>
      <source>Date of registration</source>
      <translation>تاريخ التسجيل</translation>
    </message>
    <message>
      <source>Filing date of the earlier mark</source>
      <translation>تاريخ إيداع العلامة السابقة</translation>
    </message>
    <message>
      <source>Goods and services for which seniority is claimed, if not all</source>
      <translation>السلع والخدمات التي يُطالب بالأقدمية بشأنها، إن لم تكن جميعها</translation>
    </message>
    <message>
      <source>The date of the international application; used for the priority period.</source>
      <translation>تاريخ الطلب الدولي؛ يُستخدم لحساب مهلة الأولوية.</translation>
    </message>
    <message>
      <source>DAS access code of the priority document</source>
      <translation>رمز الوصول إلى خدمة DAS لوثيقة الأولوية</translation>
    </message>
    <message>
      <source>Lets the International Bureau retrieve the priority document from the WIPO Digital Access Service (Rule 17.1(b-bis)).</source>
      <translation>يتيح للمكتب الدولي الحصول على وثيقة الأولوية من خدمة النفاذ الرقمي للويبو (القاعدة 17.1(ب مكررًا)).</translation>
    </message>
    <message>
      <source>Language of the translation for the international search</source>
      <translation>لغة الترجمة لأغراض البحث الدولي</translation>
    </message>
    <message>
      <source>Only where the ISA does not search in the language of filing (Rule 12.3): a translation into this language (ISO 639-1 code) is furnished.</source>
      <translation>فقط إذا لم تُجرِ إدارة البحث الدولي البحث بلغة الإيداع (القاعدة 12.3): تُقدَّم ترجمة إلى هذه اللغة (رمز ISO 639-1).</translation>
    </message>
    <message>
      <source>{name} is not a {type} file: its content does not match its type.</source>
      <translation>{name} ليس ملفًا من نوع {type}: محتواه لا يطابق نوعه.</translation>
    </message>
    <message>
      <source>Give the mark: a reproduction of it or its verbal element in standard characters.</source>
      <translation>قدّم العلامة: نسخة منها أو عنصرها اللفظي بأحرف قياسية.</translation>
    </message>
    <message>
      <source>The European Union is designated: give a second language, one of {allowed}.</source>
      <translation>الاتحاد الأوروبي معيَّن: اذكر لغة ثانية من بين {allowed}.</translation>
    </message>
    <message>
      <source>Seniority (MM17) can only be claimed when the European Union is designated.</source>
      <translation>لا يمكن المطالبة بالأقدمية (MM17) إلا عند تعيين الاتحاد الأوروبي.</translation>
    </message>
    <message>
      <source>A representative is appointed: give the representative's e-mail address ({label}).</source>
      <translation>تم تعيين وكيل: اذكر عنوان البريد الإلكتروني للوكيل ({label}).</translation>
    </message>
    <message>
      <source>{email} is also the e-mail of the representative or of another applicant: each applicant gives an own address.</source>
      <translation>{email} هو أيضًا بريد الوكيل أو مودع آخر: يقدّم كل مودع عنوانه الخاص.</translation>
    </message>
    <message>
      <source>Applicant {n} ({name}) has no ground of entitlement: give at least one in item 3.</source>
      <translation>المودع {n} ({name}) ليس له أي سبب للأهلية: اذكر سببًا واحدًا على الأقل في البند 3.</translation>
    </message>
    <message>
      <source>The address of {name} is in {country}, outside {origin}: give the domicile or establishment in {origin} (item 3(b)).</source>
      <translation>عنوان {name} في {country}، خارج {origin}: اذكر محل الإقامة أو المنشأة في {origin} (البند 3(ب)).</translation>
    </message>
    <message>
      <source>“{term}” (class {class}) uses “{words}”: the International Bureau finds such wording vague; list the goods or services precisely.</source>
      <translation>«{term}» (الصنف {class}) يستخدم «{words}»: يعدّ المكتب الدولي هذه الصياغة مبهمة؛ اذكر السلع أو الخدمات بدقة.</translation>
    </message>
    <message>
      <source>Choose the International Searching Authority (box VII).</source>
      <translation>اختر إدارة البحث الدولي (الإطار السابع).</translation>
    </message>
    <message>
      <source>ISA/{isa} is not competent for applications filed with RO/{ro}; choose one of {allowed} ({as_of}).</source>
      <translation>إدارة البحث ISA/{isa} غير مختصة بالطلبات المودعة لدى RO/{ro}؛ اختر من بين {allowed} ({as_of}).</translation>
    </message>
    <message>
      <source>RO/{ro} does not accept international applications in {language}; it accepts {allowed} ({as_of}).</source>
      <translation>لا يقبل RO/{ro} الطلبات الدولية بلغة {language}؛ يقبل {allowed} ({as_of}).</translation>
    </message>
    <message>
      <source>ISA/{isa} does not search in {language}: give the language of the translation for the search, one of {allowed} ({as_of}).</source>
      <translation>لا تُجري ISA/{isa} البحث بلغة {language}: اذكر لغة الترجمة لأغراض البحث، من بين {allowed} ({as_of}).</translation>
    </message>
    <message>
      <source>The application refers to drawings ({where}) but none is attached.</source>
      <translation>يشير الطلب إلى رسوم ({where}) لكن لم يُرفق أي منها.</translation>
    </message>
    <message>
      <source>The file reference {reference} may only contain Latin letters and Arabic numerals, with hyphens between them.</source>
      <translation>لا يجوز أن يحتوي مرجع الملف {reference} إلا على أحرف لاتينية وأرقام عربية، مع شرطات بينها.</translation>
    </message>
    <message>
      <source>{state} cannot be excluded in box V: only {allowed} can (Rule 4.9(b)); withdraw another designation by a notice under Rule 90bis.2.</source>
      <translation>لا يمكن استبعاد {state} في الإطار الخامس: وحدها {allowed} يمكن استبعادها (القاعدة 4.9(ب))؛ اسحب أي تعيين آخر بإخطار بموجب القاعدة 90 مكررًا.2.</translation>
    </message>
    <message>
      <source>RO/{ro} does not restore the right of priority (Rule 26bis.3(j)); file with RO/IB to request restoration ({as_of}).</source>
      <translation>لا يردّ RO/{ro} حق الأولوية (القاعدة 26 مكررًا.3(ي))؛ أودِع لدى RO/IB لطلب ردّ الحق ({as_of}).</translation>
    </message>
    <message>
      <source>{name}: the image header is damaged (no valid width and height).</source>
      <translation>{name}: ترويسة الصورة تالفة (لا عرض ولا ارتفاع صالحان).</translation>
    </message>
    <message>
      <source>{name}: the image data does not match the size its header declares.</source>
      <translation>{name}: بيانات الصورة لا تطابق الحجم المعلن في ترويستها.</translation>
    </message>
    <message>
      <source>{name} is incomplete: the file ends before its last part.</source>
      <translation>{name} غير مكتمل: ينتهي الملف قبل جزئه الأخير.</translation>
    </message>
    <message>
      <source>Attach the signed MM18 declaration; naming its signatory is not enough.</source>
      <translation>أرفق الإعلان MM18 الموقَّع؛ لا يكفي ذكر اسم الموقِّع.</translation>
    </message>
    <message>
      <source>{state} is not a member State of the European Union.</source>
      <translation>{state} ليست دولة عضوًا في الاتحاد الأوروبي.</translation>
    </message>
    <message>
      <source>There is no applicant {n}: the application names {count}.</source>
      <translation>لا يوجد مودع رقم {n}: يذكر الطلب {count}.</translation>
    </message>
    <message>
      <source>The competent International Searching Authorities of RO/{ro} are not in the reference data ({as_of}): check them in the PCT Applicant's Guide, Annex C.</source>
      <translation>إدارات البحث الدولي المختصة لـ RO/{ro} غير موجودة في البيانات المرجعية ({as_of}): تحقق منها في دليل المودع لمعاهدة البراءات، المرفق C.</translation>
    </message>
    <message>
      <source>ISA/{isa} does not accept a translation into {given}; it accepts {allowed} ({as_of}).</source>
      <translation>لا تقبل ISA/{isa} ترجمة إلى {given}؛ تقبل {allowed} ({as_of}).</translation>
    </message>
    <message>
      <source>The reference data has no file requirements of {office} for a {type} mark: the representation file cannot be checked; see the office's specifications.</source>
      <translation>لا تتضمن البيانات المرجعية متطلبات {office} لملف علامة من نوع {type}: لا يمكن فحص ملف التمثيل؛ راجع مواصفات المكتب.</translation>
    </message>
    <message>
      <source>Updates available: {details}</source>
      <translation>تحديثات متاحة: {details}</translation>
    </message>
    <message>
      <source>{errors}, {warnings}</source>
      <translation>{errors}، {warnings}</translation>
    </message>
    <message>
      <source>No errors; {warnings}</source>
      <translation>لا أخطاء؛ {warnings}</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(غير مذكور)</translation>
    </message>
    <message>
      <source>This class entry lists no goods or services: add its terms.</source>
      <translation>لا يذكر إدخال هذه الفئة أي سلع أو خدمات: أضف مصطلحاتها.</translation>
    </message>
    <message>
      <source>Too short: use at least {n} characters.</source>
      <translation>قصيرة جدًا: استخدم {n} أحرف على الأقل.</translation>
    </message>
    <message>
      <source>Strong passphrase.</source>
      <translation>عبارة مرور قوية.</translation>
    </message>
    <message>
      <source>Fair: a longer passphrase is stronger.</source>
      <translation>مقبولة: العبارة الأطول أقوى.</translation>
    </message>
    <message>
      <source>Weak: add words, digits or signs.</source>
      <translation>ضعيفة: أضف كلمات أو أرقامًا أو رموزًا.</translation>
    </message>
    <message>
      <source>Name of the key holder</source>
      <translation>اسم صاحب المفتاح</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
      <source>Passphrase again:</source>
      <translation>عبارة المرور مرة أخرى:</translation>
    </message>
    <message>
      <source>Create key</source>
      <translation>إنشاء المفتاح</translation>
    </message>
    <message>
      <source>Type the name of the key holder.</source>
      <translation>اكتب اسم صاحب المفتاح.</translation>
    </message>
    <message>
      <source>Type a passphrase for the new key.</source>
      <translation>اكتب عبارة مرور للمفتاح الجديد.</translation>
    </message>
    <message>
      <source>The two passphrases differ: type the same one twice.</source>
      <translation>عبارتا المرور مختلفتان: اكتب العبارة نفسها مرتين.</translation>
    </message>
    <message>
      <source>Bulgarian</source>
      <translation>البلغارية</translation>
    </message>
    <message>
      <source>Czech</source>
      <translation>التشيكية</translation>
    </message>
    <message>
      <source>Danish</source>
      <translation>الدانمركية</translation>
    </message>
    <message>
      <source>Greek</source>
      <translation>اليونانية</translation>
    </message>
    <message>
      <source>Estonian</source>
      <translation>الإستونية</translation>
    </message>
    <message>
      <source>Finnish</source>
      <translation>الفنلندية</translation>
    </message>
    <message>
      <source>Irish</source>
      <translation>الأيرلندية</translation>
    </message>
    <message>
      <source>Croatian</source>
      <translation>الكرواتية</translation>
    </message>
    <message>
      <source>Hungarian</source>
      <translation>الهنغارية</translation>
    </message>
    <message>
      <source>Lithuanian</source>
      <translation>الليتوانية</translation>
    </message>
    <message>
      <source>Latvian</source>
      <translation>اللاتفية</translation>
    </message>
    <message>
      <source>Maltese</source>
      <translation>المالطية</translation>
    </message>
    <message>
      <source>Dutch</source>
      <translation>الهولندية</translation>
    </message>
    <message>
      <source>Polish</source>
      <translation>البولندية</translation>
    </message>
    <message>
      <source>Portuguese</source>
      <translation>البرتغالية</translation>
    </message>
    <message>
      <source>Romanian</source>
      <translation>الرومانية</translation>
    </message>
    <message>
      <source>Slovak</source>
      <translation>السلوفاكية</translation>
    </message>
    <message>
      <source>Slovenian</source>
      <translation>السلوفانية</translation>
    </message>
    <message>
      <source>Swedish</source>
      <translation>السويدية</translation>
    </message>
    <message>
      <source>Choose one ground or more in the lists below: nationality, domicile, or a real and effective industrial or commercial establishment in the Contracting Party of the Office of origin.</source>
      <translation>اختر سببًا واحدًا أو أكثر من القوائم أدناه: الجنسية، أو محل الإقامة، أو منشأة صناعية أو تجارية حقيقية وفعلية في الطرف المتعاقد الذي يتبعه مكتب المنشأ.</translation>
    </message>
    <message>
      <source>The language of the application: an official language of the European Union for the EUIPO, English for the USPTO.</source>
      <translation>لغة الطلب: إحدى اللغات الرسمية للاتحاد الأوروبي لدى مكتب الاتحاد الأوروبي للملكية الفكرية (EUIPO)، والإنجليزية لدى مكتب الولايات المتحدة (USPTO).</translation>
    </message>
    <message>
      <source>Give the number of the basic application or registration.</source>
      <translation>اذكر رقم الطلب الأساسي أو التسجيل الأساسي.</translation>
    </message>
    <message>
      <source>Give the date of the basic application or registration.</source>
      <translation>اذكر تاريخ الطلب الأساسي أو التسجيل الأساسي.</translation>
    </message>
    <message>
      <source>No term list is installed: terms are added as typed, without checking them against the Nice Classification.</source>
      <translation>لا توجد قائمة مصطلحات مثبتة: تُضاف المصطلحات كما كُتبت دون التحقق منها وفق تصنيف نيس.</translation>
    </message>
    <message>
      <source>Install a term list…</source>
      <translation>تثبيت قائمة مصطلحات…</translation>
    </message>
    <message>
      <source>Or from a terminal: filingassist refdata import-nice FILE.csv</source>
      <translation>أو من الطرفية: filingassist refdata import-nice FILE.csv</translation>
    </message>
    <message>
      <source>Type a term and press Enter to add it (not checked: no term list)</source>
      <translation>اكتب مصطلحًا واضغط Enter لإضافته (دون تحقق: لا توجد قائمة مصطلحات)</translation>
    </message>
    <message>
      <source>Choose the Nice term list (CSV)</source>
      <translation>اختر قائمة مصطلحات نيس (CSV)</translation>
    </message>
    <message>
      <source>Nice term lists (*.csv)</source>
      <translation>قوائم مصطلحات نيس (*.csv)</translation>
    </message>
    <message>
      <source>Installing the term list…</source>
      <translation>جارٍ تثبيت قائمة المصطلحات…</translation>
    </message>
    <message>
      <source>Could not install the term list.</source>
      <translation>تعذّر تثبيت قائمة المصطلحات.</translation>
    </message>
    <message>
      <source>Fee table read {date}</source>
      <translation>جدول الرسوم قُرئ في {date}</translation>
    </message>
    <message numerus="yes">
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n خطأ</numerusform>
        <numerusform>خطأ واحد</numerusform>
        <numerusform>خطآن</numerusform>
        <numerusform>%n أخطاء</numerusform>
        <numerusform>%n خطأً</numerusform>
        <numerusform>%n خطأ</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n تحذير</numerusform>
        <numerusform>تحذير واحد</numerusform>
        <numerusform>تحذيران</numerusform>
        <numerusform>%n تحذيرات</numerusform>
        <numerusform>%n تحذيرًا</numerusform>
        <numerusform>%n تحذير</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n package(s) waiting to be sent or receipted</source>
      <translation>
        <numerusform>%n حزمة في انتظار الإرسال أو إشعار الاستلام</numerusform>
        <numerusform>حزمة واحدة في انتظار الإرسال أو إشعار الاستلام</numerusform>
        <numerusform>حزمتان في انتظار الإرسال أو إشعار الاستلام</numerusform>
        <numerusform>%n حزم في انتظار الإرسال أو إشعار الاستلام</numerusform>
        <numerusform>%n حزمة في انتظار الإرسال أو إشعار الاستلام</numerusform>
        <numerusform>%n حزمة في انتظار الإرسال أو إشعار الاستلام</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n يوم</numerusform>
        <numerusform>يوم واحد</numerusform>
        <numerusform>يومان</numerusform>
        <numerusform>%n أيام</numerusform>
        <numerusform>%n يومًا</numerusform>
        <numerusform>%n يوم</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>overdue by %n day(s)</source>
      <translation>
        <numerusform>متأخر %n يوم</numerusform>
        <numerusform>متأخر يومًا واحدًا</numerusform>
        <numerusform>متأخر يومين</numerusform>
        <numerusform>متأخر %n أيام</numerusform>
        <numerusform>متأخر %n يومًا</numerusform>
        <numerusform>متأخر %n يوم</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n صفحة</numerusform>
        <numerusform>صفحة واحدة</numerusform>
        <numerusform>صفحتان</numerusform>
        <numerusform>%n صفحات</numerusform>
        <numerusform>%n صفحة</numerusform>
        <numerusform>%n صفحة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n sequence(s)</source>
      <translation>
        <numerusform>%n تسلسل</numerusform>
        <numerusform>تسلسل واحد</numerusform>
        <numerusform>تسلسلان</numerusform>
        <numerusform>%n تسلسلات</numerusform>
        <numerusform>%n تسلسلًا</numerusform>
        <numerusform>%n تسلسل</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Term list installed: %n term(s).</source>
      <translation>
        <numerusform>ثُبّتت قائمة المصطلحات: %n مصطلح.</numerusform>
        <numerusform>ثُبّتت قائمة المصطلحات: مصطلح واحد.</numerusform>
        <numerusform>ثُبّتت قائمة المصطلحات: مصطلحان.</numerusform>
        <numerusform>ثُبّتت قائمة المصطلحات: %n مصطلحات.</numerusform>
        <numerusform>ثُبّتت قائمة المصطلحات: %n مصطلحًا.</numerusform>
        <numerusform>ثُبّتت قائمة المصطلحات: %n مصطلح.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Fee data %n day(s) old</source>
      <translation>
        <numerusform>بيانات الرسوم: منذ %n يوم</numerusform>
        <numerusform>بيانات الرسوم: منذ يوم واحد</numerusform>
        <numerusform>بيانات الرسوم: منذ يومين</numerusform>
        <numerusform>بيانات الرسوم: منذ %n أيام</numerusform>
        <numerusform>بيانات الرسوم: منذ %n يومًا</numerusform>
        <numerusform>بيانات الرسوم: منذ %n يوم</numerusform>
      </translation>
    </message>
    <message>
      <source>Open</source>
      <translation>فتح</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>حذف…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete drafts</source>
      <translation>حذف المسودات</translation>
    </message>
    <message>
      <source>Delete {n} draft(s) for good?</source>
      <translation>حذف {n} من المسودات نهائيًا؟</translation>
    </message>
    <message>
      <source>Their revisions, attachments and packages not yet sent are erased from this computer. You can undo for a few seconds.</source>
      <translation>تُمحى من هذا الحاسوب مراجعاتها ومرفقاتها والحزم التي لم تُرسل بعد. يمكنك التراجع خلال بضع ثوانٍ.</translation>
    </message>
    <message>
      <source>{n} draft(s) deleted.</source>
      <translation>حُذفت {n} من المسودات.</translation>
    </message>
    <message>
      <source>Draft “{title}” deleted.</source>
      <translation>حُذفت المسودة «{title}».</translation>
    </message>
    <message>
      <source>The country or organisation where you want protection for your mark. At this counter it is usually this office.</source>
      <translation>البلد أو المنظمة التي تريد حماية علامتك فيها. في هذا الشباك يكون عادةً هذا المكتب.</translation>
    </message>
    <message>
      <source>The language the application is written in, as a two-letter code (en for English, fr for French, ar for Arabic).</source>
      <translation>اللغة المكتوب بها الطلب، برمز من حرفين (en للإنجليزية، fr للفرنسية، ar للعربية).</translation>
    </message>
    <message>
      <source>Your own reference for this application, if you have one. You may leave it empty.</source>
      <translation>مرجعك الخاص لهذا الطلب إن كان لديك مرجع. يمكنك تركه فارغًا.</translation>
    </message>
    <message>
      <source>The day you file. Usually today; the office gives the official date.</source>
      <translation>يوم الإيداع. عادةً اليوم؛ والمكتب هو من يحدد التاريخ الرسمي.</translation>
    </message>
    <message>
      <source>Only some offices ask why you file (for example, the mark is already in use). Leave it empty if the staff says so.</source>
      <translation>بعض المكاتب فقط تسأل عن أساس الإيداع (مثلًا: العلامة مستعملة فعلًا). اتركه فارغًا إذا قال لك الموظف ذلك.</translation>
    </message>
    <message>
      <source>The full name of the person or company that will own the mark, as on an identity document or company register.</source>
      <translation>الاسم الكامل للشخص أو الشركة التي ستملك العلامة، كما في وثيقة الهوية أو السجل التجاري.</translation>
    </message>
    <message>
      <source>The full postal address where letters from the office can reach the owner.</source>
      <translation>العنوان البريدي الكامل الذي تصل إليه رسائل المكتب إلى المالك.</translation>
    </message>
    <message>
      <source>The country of that address.</source>
      <translation>بلد ذلك العنوان.</translation>
    </message>
    <message>
      <source>An e-mail address where the office can write to the owner. You may leave it empty.</source>
      <translation>بريد إلكتروني يمكن للمكتب مراسلة المالك عليه. يمكنك تركه فارغًا.</translation>
    </message>
    <message>
      <source>Choose “natural person” for a human being, “legal entity” for a company, association or other organisation.</source>
      <translation>اختر «شخص طبيعي» للفرد، و«شخص اعتباري» للشركة أو الجمعية أو أي منظمة أخرى.</translation>
    </message>
    <message>
      <source>For a person: the country of which they are a citizen.</source>
      <translation>للشخص الطبيعي: البلد الذي يحمل جنسيته.</translation>
    </message>
    <message>
      <source>For a company: its legal form, for example “limited company” or “association”.</source>
      <translation>للشركة: شكلها القانوني، مثل «شركة ذات مسؤولية محدودة» أو «جمعية».</translation>
    </message>
    <message>
      <source>For a company: the country under whose law it was set up.</source>
      <translation>للشركة: البلد الذي أُسست وفق قانونه.</translation>
    </message>
    <message>
      <source>Only if a lawyer or agent acts for the owner: their name. Otherwise leave this page empty.</source>
      <translation>فقط إذا كان محامٍ أو وكيل يتصرف نيابة عن المالك: اسمه. وإلا فاترك هذه الصفحة فارغة.</translation>
    </message>
    <message>
      <source>The representative's postal address.</source>
      <translation>العنوان البريدي للممثل.</translation>
    </message>
    <message>
      <source>The country of the representative's address.</source>
      <translation>بلد عنوان الممثل.</translation>
    </message>
    <message>
      <source>The representative's e-mail address.</source>
      <translation>البريد الإلكتروني للممثل.</translation>
    </message>
    <message>
      <source>What the mark is made of: only words (word mark), a picture or logo (figurative), words and picture together (combined), or something else.</source>
      <translation>مما تتكون العلامة: كلمات فقط (علامة لفظية)، أو صورة أو شعار (تصويرية)، أو كلمات وصورة معًا (مركبة)، أو غير ذلك.</translation>
    </message>
    <message>
      <source>The words of the mark, letter by letter, exactly as you want them protected.</source>
      <translation>كلمات العلامة حرفًا بحرف، تمامًا كما تريد حمايتها.</translation>
    </message>
    <message>
      <source>Tick this if only the words matter, written in any ordinary letters, with no special font or colour.</source>
      <translation>ضع علامة هنا إذا كانت الكلمات وحدها هي المهمة، بأي حروف عادية ودون خط أو لون خاص.</translation>
    </message>
    <message>
      <source>A clear picture of the mark (for a logo). The staff can scan or attach it for you.</source>
      <translation>صورة واضحة للعلامة (في حالة الشعار). يمكن للموظف مسحها ضوئيًا أو إرفاقها لك.</translation>
    </message>
    <message>
      <source>Tick this if the colours are part of what you want protected.</source>
      <translation>ضع علامة هنا إذا كانت الألوان جزءًا مما تريد حمايته.</translation>
    </message>
    <message>
      <source>Name each colour and where it appears, for example “red: the letters; white: the background”.</source>
      <translation>اذكر كل لون ومكان ظهوره، مثل «أحمر: الحروف؛ أبيض: الخلفية».</translation>
    </message>
    <message>
      <source>A few words describing the mark, if the picture alone does not make it clear.</source>
      <translation>بضع كلمات تصف العلامة، إذا لم تكن الصورة وحدها كافية لتوضيحها.</translation>
    </message>
    <message>
      <source>Words in the mark that you do not claim for yourself alone (for example a common word like “shop”). Usually empty.</source>
      <translation>كلمات في العلامة لا تطالب بها لنفسك وحدك (مثل كلمة شائعة كـ«متجر»). عادةً تُترك فارغة.</translation>
    </message>
    <message>
      <source>If the mark uses another alphabet: how it is written in Latin letters.</source>
      <translation>إذا كانت العلامة بأبجدية أخرى: كيف تُكتب بالحروف اللاتينية.</translation>
    </message>
    <message>
      <source>If the words of the mark mean something: their meaning in the language of the application.</source>
      <translation>إذا كان لكلمات العلامة معنى: معناها بلغة الطلب.</translation>
    </message>
    <message>
      <source>The number (1 to 45) of the group of goods or services. The staff can help you find it.</source>
      <translation>رقم فئة السلع أو الخدمات (من 1 إلى 45). يمكن للموظف مساعدتك في إيجاده.</translation>
    </message>
    <message>
      <source>What you sell or do under the mark, one item per line, for example “coffee” or “hairdressing”.</source>
      <translation>ما تبيعه أو تقدمه تحت العلامة، بندًا في كل سطر، مثل «قهوة» أو «تصفيف الشعر».</translation>
    </message>
    <message>
      <source>Only if you filed the same mark elsewhere in the last six months: the office where you did.</source>
      <translation>فقط إذا أودعت العلامة نفسها في مكان آخر خلال الأشهر الستة الماضية: المكتب الذي أودعتها فيه.</translation>
    </message>
    <message>
      <source>The number that office gave that earlier filing.</source>
      <translation>الرقم الذي أعطاه ذلك المكتب للإيداع السابق.</translation>
    </message>
    <message>
      <source>The date of that earlier filing.</source>
      <translation>تاريخ ذلك الإيداع السابق.</translation>
    </message>
    <message>
      <source>Your full name, as you will sign.</source>
      <translation>اسمك الكامل كما ستوقّع.</translation>
    </message>
    <message>
      <source>Whether you sign as the owner yourself or as their representative.</source>
      <translation>هل توقّع بصفتك المالك نفسه أم بصفتك ممثله.</translation>
    </message>
    <message>
      <source>Your signature is your name typed between two slashes, for example /Amina Diallo/.</source>
      <translation>توقيعك هو اسمك مكتوبًا بين شرطتين مائلتين، مثل ‎/Amina Diallo/‎.</translation>
    </message>
    <message>
      <source>The day you sign: today.</source>
      <translation>يوم التوقيع: اليوم.</translation>
    </message>
    <message>
      <source>How the fee will be paid. At this counter the staff tells you which methods are accepted.</source>
      <translation>طريقة دفع الرسوم. في هذا الشباك يخبرك الموظف بالطرق المقبولة.</translation>
    </message>
    <message>
      <source>Only for payment from a deposit account held at the office: its number.</source>
      <translation>فقط للدفع من حساب إيداع لدى المكتب: رقمه.</translation>
    </message>
    <message>
      <source>The reference of your payment (a receipt or transfer number), if you already paid.</source>
      <translation>مرجع دفعتك (رقم إيصال أو تحويل)، إذا كنت قد دفعت بالفعل.</translation>
    </message>
    <message>
      <source>The name of the person who pays, if not the owner.</source>
      <translation>اسم الشخص الذي يدفع، إذا لم يكن المالك.</translation>
    </message>
    <message>
      <source>The total you pay, as shown under “Fees”.</source>
      <translation>المبلغ الإجمالي الذي تدفعه، كما هو مبين تحت «الرسوم».</translation>
    </message>
    <message>
      <source>Protect a name, logo or sign in this country.</source>
      <translation>احمِ اسمًا أو شعارًا أو علامة في هذا البلد.</translation>
    </message>
    <message>
      <source>Protect your trademark in other countries at once.</source>
      <translation>احمِ علامتك التجارية في بلدان أخرى دفعة واحدة.</translation>
    </message>
    <message>
      <source>Protect an invention (international patent request).</source>
      <translation>احمِ اختراعًا (طلب براءة دولي).</translation>
    </message>
    <message>
      <source>Your signature: {signature}</source>
      <translation>توقيعك: {signature}</translation>
    </message>
    <message>
      <source>Welcome</source>
      <translation>مرحبًا</translation>
    </message>
    <message>
      <source>Choose your language:</source>
      <translation>اختر لغتك:</translation>
    </message>
    <message>
      <source>What do you want to file?</source>
      <translation>ماذا تريد أن تودع؟</translation>
    </message>
    <message>
      <source>Check your application</source>
      <translation>راجع طلبك</translation>
    </message>
    <message>
      <source>Read it with the staff. Go back to change anything before you sign.</source>
      <translation>اقرأه مع الموظف. ارجع لتغيير أي شيء قبل أن توقّع.</translation>
    </message>
    <message>
      <source>Sign your application</source>
      <translation>وقّع طلبك</translation>
    </message>
    <message>
      <source>Type your full name. Your signature is your name between two slashes. The staff then signs the filing for the office; you need no key.</source>
      <translation>اكتب اسمك الكامل. توقيعك هو اسمك بين شرطتين مائلتين. ثم يوقّع الموظف الإيداع للمكتب؛ لا تحتاج إلى أي مفتاح.</translation>
    </message>
    <message>
      <source>Your full name</source>
      <translation>اسمك الكامل</translation>
    </message>
    <message>
      <source>I have checked the application and it is correct.</source>
      <translation>لقد راجعت الطلب وهو صحيح.</translation>
    </message>
    <message>
      <source>Your application is signed</source>
      <translation>تم توقيع طلبك</translation>
    </message>
    <message>
      <source>The staff now sends it to the office and prints a summary for you, with the fee to pay and the number of your filing.</source>
      <translation>يرسله الموظف الآن إلى المكتب ويطبع لك ملخصًا فيه الرسوم الواجب دفعها ورقم إيداعك.</translation>
    </message>
    <message>
      <source>Package id: {id}</source>
      <translation>معرّف الحزمة: {id}</translation>
    </message>
    <message>
      <source>In {language}</source>
      <translation>باللغة: {language}</translation>
    </message>
    <message>
      <source>Keep this paper. Show it when you pay and when you ask about your application.</source>
      <translation>احتفظ بهذه الورقة. أظهرها عند الدفع وعند الاستفسار عن طلبك.</translation>
    </message>
    <message>
      <source>The fee cannot be worked out yet: the staff will tell you what to pay.</source>
      <translation>لا يمكن حساب الرسوم بعد: سيخبرك الموظف بما عليك دفعه.</translation>
    </message>
    <message>
      <source>You have to pay {amount} in total.</source>
      <translation>عليك أن تدفع {amount} إجمالًا.</translation>
    </message>
    <message>
      <source>this office</source>
      <translation>هذا المكتب</translation>
    </message>
    <message>
      <source>You have to pay at least {amount}; the staff will tell you the rest.</source>
      <translation>عليك أن تدفع {amount} على الأقل؛ وسيخبرك الموظف بالباقي.</translation>
    </message>
    <message>
      <source>How to pay at this office</source>
      <translation>طريقة الدفع في هذا المكتب</translation>
    </message>
    <message>
      <source>Fees and how to pay</source>
      <translation>الرسوم وطريقة الدفع</translation>
    </message>
    <message>
      <source>Your filing at {office}</source>
      <translation>إيداعك لدى {office}</translation>
    </message>
    <message>
      <source>Package id</source>
      <translation>معرّف الحزمة</translation>
    </message>
    <message>
      <source>Start shift</source>
      <translation>بدء المناوبة</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>اسمك</translation>
    </message>
    <message>
      <source>Counter key</source>
      <translation>مفتاح الشباك</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>فتح القفل</translation>
    </message>
    <message>
      <source>This counter has no signing key. Ask the administrator to create one.</source>
      <translation>لا يوجد مفتاح توقيع لهذا الشباك. اطلب من المسؤول إنشاء مفتاح.</translation>
    </message>
    <message>
      <source>Give your name and choose the counter's key.</source>
      <translation>أدخل اسمك واختر مفتاح الشباك.</translation>
    </message>
    <message>
      <source>Filing Assistant — office counter</source>
      <translation>مساعد الإيداع — شباك المكتب</translation>
    </message>
    <message>
      <source>Office counter</source>
      <translation>شباك المكتب</translation>
    </message>
    <message>
      <source>No shift started</source>
      <translation>لم تبدأ أي مناوبة</translation>
    </message>
    <message>
      <source>Start shift…</source>
      <translation>بدء المناوبة…</translation>
    </message>
    <message>
      <source>Sign for the office</source>
      <translation>التوقيع للمكتب</translation>
    </message>
    <message>
      <source>Finish and hand over</source>
      <translation>إنهاء وتسليم</translation>
    </message>
    <message>
      <source>End session</source>
      <translation>إنهاء الجلسة</translation>
    </message>
    <message>
      <source>End shift</source>
      <translation>إنهاء المناوبة</translation>
    </message>
    <message>
      <source>A previous session could not be handed over</source>
      <translation>تعذّر تسليم جلسة سابقة</translation>
    </message>
    <message>
      <source>The application could not be signed</source>
      <translation>تعذّر توقيع الطلب</translation>
    </message>
    <message>
      <source>Thank you. Your application is on its way to the office.</source>
      <translation>شكرًا لك. طلبك في طريقه إلى المكتب.</translation>
    </message>
    <message>
      <source>The application could not be queued</source>
      <translation>تعذّر وضع الطلب في قائمة الإرسال</translation>
    </message>
    <message>
      <source>Erase this filer's application from the counter now?</source>
      <translation>هل تريد محو طلب هذا المودع من الشباك الآن؟</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>محو</translation>
    </message>
    <message>
      <source>The previous session was closed after a long pause.</source>
      <translation>أُغلقت الجلسة السابقة بعد توقف طويل.</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>رجوع</translation>
    </message>
    <message>
      <source>Are you still there?</source>
      <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
      <source>I am still here</source>
      <translation>ما زلت هنا</translation>
    </message>
    <message>
      <source>Continue anyway</source>
      <translation>المتابعة على أي حال</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>التالي</translation>
    </message>
    <message>
      <source>Staff: {name}</source>
      <translation>الموظف: {name}</translation>
    </message>
    <message>
      <source>The summary could not be printed</source>
      <translation>تعذّرت طباعة الملخص</translation>
    </message>
    <message>
      <source>This application will be erased in {n} seconds unless you touch the screen or press a key.</source>
      <translation>سيُمحى هذا الطلب خلال {n} ثانية ما لم تلمس الشاشة أو تضغط على مفتاح.</translation>
    </message>
    <message>
      <source>Step {n} of {total}</source>
      <translation>الخطوة {n} من {total}</translation>
    </message>
    <message>
      <source>Not signed: {reason}</source>
      <translation>لم يتم التوقيع: {reason}</translation>
    </message>
    <message>
      <source>The language of the application: English, French or Spanish, as this office allows.</source>
      <translation>لغة الطلب: الإنجليزية أو الفرنسية أو الإسبانية، حسب ما يسمح به هذا المكتب.</translation>
    </message>
    <message>
      <source>The office that holds your mark at home (the office that will send this application to WIPO).</source>
      <translation>المكتب الذي سُجّلت أو أُودعت فيه علامتك في بلدك (وهو الذي يرسل هذا الطلب إلى الويبو).</translation>
    </message>
    <message>
      <source>Only if letters should go to another address than the one above.</source>
      <translation>فقط إذا كان يجب إرسال الرسائل إلى عنوان غير العنوان أعلاه.</translation>
    </message>
    <message>
      <source>WIPO writes by e-mail: give an address the owner reads.</source>
      <translation>تراسل الويبو بالبريد الإلكتروني: أدخل عنوانًا يقرؤه المالك.</translation>
    </message>
    <message>
      <source>A telephone number with the country code, for example +20 2 1234 5678.</source>
      <translation>رقم هاتف مع رمز البلد، مثل ‎+20 2 1234 5678‎.</translation>
    </message>
    <message>
      <source>The language in which WIPO should write to the owner.</source>
      <translation>اللغة التي يجب أن تراسل بها الويبو المالك.</translation>
    </message>
    <message>
      <source>Why the owner may use this system: nationality, home address, or a real business in the country of the office of origin.</source>
      <translation>سبب أحقية المالك في استخدام هذا النظام: الجنسية أو محل الإقامة أو منشأة تجارية حقيقية في بلد مكتب المنشأ.</translation>
    </message>
    <message>
      <source>The country that gives that right.</source>
      <translation>البلد الذي يمنح هذا الحق.</translation>
    </message>
    <message>
      <source>The representative's telephone number, with the country code.</source>
      <translation>رقم هاتف الممثل مع رمز البلد.</translation>
    </message>
    <message>
      <source>Whether your mark at home is still an application or already registered.</source>
      <translation>هل علامتك في بلدك ما زالت طلبًا أم أنها مسجلة بالفعل.</translation>
    </message>
    <message>
      <source>Its number, as on the papers from your office.</source>
      <translation>رقمها كما في أوراق مكتبك.</translation>
    </message>
    <message>
      <source>Its date, as on the same papers.</source>
      <translation>تاريخها كما في الأوراق نفسها.</translation>
    </message>
    <message>
      <source>Filled in by the program when the staff reads your mark's record; nothing to type.</source>
      <translation>يملؤه البرنامج عندما يقرأ الموظف سجل علامتك؛ لا حاجة إلى الكتابة.</translation>
    </message>
    <message>
      <source>Only if the earlier filing covered some of the goods and services: which ones.</source>
      <translation>فقط إذا كان الإيداع السابق يشمل بعض السلع والخدمات: اذكرها.</translation>
    </message>
    <message>
      <source>A picture of the mark exactly as in your mark at home.</source>
      <translation>صورة للعلامة كما هي تمامًا في علامتك في بلدك.</translation>
    </message>
    <message>
      <source>Tick this if the picture of the mark is in colour.</source>
      <translation>ضع علامة هنا إذا كانت صورة العلامة ملونة.</translation>
    </message>
    <message>
      <source>Name the colours, for example “red and white”.</source>
      <translation>اذكر الألوان، مثل «أحمر وأبيض».</translation>
    </message>
    <message>
      <source>Where each colour appears in the mark, for example “red: the letters”.</source>
      <translation>أين يظهر كل لون في العلامة، مثل «أحمر: الحروف».</translation>
    </message>
    <message>
      <source>Only for special marks (for example a sound, a shape, a collective mark). Usually empty.</source>
      <translation>فقط للعلامات الخاصة (مثل الصوت أو الشكل أو العلامة الجماعية). عادةً تُترك فارغة.</translation>
    </message>
    <message>
      <source>Only if you want fewer goods or services in one country: that country.</source>
      <translation>فقط إذا أردت سلعًا أو خدمات أقل في بلد معين: ذلك البلد.</translation>
    </message>
    <message>
      <source>The class whose list is shorter in that country.</source>
      <translation>الفئة التي تكون قائمتها أقصر في ذلك البلد.</translation>
    </message>
    <message>
      <source>The goods or services you keep in that country, one per line.</source>
      <translation>السلع أو الخدمات التي تحتفظ بها في ذلك البلد، واحدة في كل سطر.</translation>
    </message>
    <message>
      <source>The countries where you want protection. The staff's list shows only those you can choose.</source>
      <translation>البلدان التي تريد الحماية فيها. تعرض قائمة الموظف فقط البلدان التي يمكنك اختيارها.</translation>
    </message>
    <message>
      <source>Only if the United States is chosen: tick this when the signed intention-to-use form is attached.</source>
      <translation>فقط إذا اخترت الولايات المتحدة: ضع علامة هنا عند إرفاق استمارة نية الاستعمال الموقعة.</translation>
    </message>
    <message>
      <source>Who signed that form.</source>
      <translation>من وقّع تلك الاستمارة.</translation>
    </message>
    <message>
      <source>The signed form, scanned. The staff can attach it for you.</source>
      <translation>الاستمارة الموقعة بعد مسحها ضوئيًا. يمكن للموظف إرفاقها لك.</translation>
    </message>
    <message>
      <source>Filled in by the office's staff: the day this office received your request.</source>
      <translation>يملؤه موظف المكتب: يوم استلام هذا المكتب لطلبك.</translation>
    </message>
    <message>
      <source>Filled in by the office's staff: the official who certifies the application.</source>
      <translation>يملؤه موظف المكتب: المسؤول الذي يصادق على الطلب.</translation>
    </message>
    <message>
      <source>Only for payment from a WIPO current account: its number.</source>
      <translation>فقط للدفع من حساب جارٍ لدى الويبو: رقمه.</translation>
    </message>
    <message>
      <source>The total in Swiss francs, as shown under “Fees”.</source>
      <translation>المبلغ الإجمالي بالفرنك السويسري، كما هو مبين تحت «الرسوم».</translation>
    </message>
    <message>
      <source>International (PCT), to seek protection in many countries later, or national, in one country.</source>
      <translation>دولي (معاهدة التعاون بشأن البراءات) لطلب الحماية لاحقًا في بلدان كثيرة، أو وطني في بلد واحد.</translation>
    </message>
    <message>
      <source>The office that receives the application: usually the office of the country where you live or are a citizen.</source>
      <translation>المكتب الذي يتسلم الطلب: عادةً مكتب البلد الذي تقيم فيه أو تحمل جنسيته.</translation>
    </message>
    <message>
      <source>Your own reference, at most 12 characters. You may leave it empty.</source>
      <translation>مرجعك الخاص، 12 حرفًا على الأكثر. يمكنك تركه فارغًا.</translation>
    </message>
    <message>
      <source>A short, clear name for the invention, without brand names, for example “Solar water pump”.</source>
      <translation>اسم قصير وواضح للاختراع دون أسماء تجارية، مثل «مضخة مياه شمسية».</translation>
    </message>
    <message>
      <source>The full name of the person or company applying for the patent.</source>
      <translation>الاسم الكامل للشخص أو الشركة التي تطلب البراءة.</translation>
    </message>
    <message>
      <source>The country where the applicant lives or has its business.</source>
      <translation>البلد الذي يقيم فيه مقدم الطلب أو يمارس فيه نشاطه.</translation>
    </message>
    <message>
      <source>Tick this for a human being; leave it empty for a company.</source>
      <translation>ضع علامة هنا للشخص الطبيعي؛ واتركها فارغة للشركة.</translation>
    </message>
    <message>
      <source>Tick this if this applicant also made the invention.</source>
      <translation>ضع علامة هنا إذا كان مقدم الطلب هذا هو أيضًا من ابتكر الاختراع.</translation>
    </message>
    <message>
      <source>For which countries this person applies. Usually all.</source>
      <translation>البلدان التي يقدم هذا الشخص الطلب بشأنها. عادةً جميعها.</translation>
    </message>
    <message>
      <source>The name of each person who made the invention, if not already an applicant.</source>
      <translation>اسم كل شخص ابتكر الاختراع، إن لم يكن مقدم طلب بالفعل.</translation>
    </message>
    <message>
      <source>The inventor's postal address.</source>
      <translation>العنوان البريدي للمخترع.</translation>
    </message>
    <message>
      <source>The country of the inventor's address.</source>
      <translation>بلد عنوان المخترع.</translation>
    </message>
    <message>
      <source>Only if someone acts for the applicant: whether they are a registered agent or a common representative.</source>
      <translation>فقط إذا كان شخص ما يتصرف نيابة عن مقدم الطلب: هل هو وكيل مسجل أم ممثل مشترك.</translation>
    </message>
    <message>
      <source>The agent's number at this office, if they have one.</source>
      <translation>رقم الوكيل لدى هذا المكتب، إن كان له رقم.</translation>
    </message>
    <message>
      <source>Normally ticked: the application then covers every PCT country.</source>
      <translation>تكون محددة عادةً: يشمل الطلب حينها جميع بلدان معاهدة التعاون بشأن البراءات.</translation>
    </message>
    <message>
      <source>Countries you do not want, one per line. Usually empty.</source>
      <translation>البلدان التي لا تريدها، واحدة في كل سطر. عادةً تُترك فارغة.</translation>
    </message>
    <message>
      <source>Only for a national application: the office of the country.</source>
      <translation>فقط للطلب الوطني: مكتب البلد.</translation>
    </message>
    <message>
      <source>Only if you filed the same invention elsewhere in the last twelve months: the office where you did.</source>
      <translation>فقط إذا أودعت الاختراع نفسه في مكان آخر خلال الأشهر الاثني عشر الماضية: المكتب الذي أودعته فيه.</translation>
    </message>
    <message>
      <source>Whether that earlier filing was national, regional or international.</source>
      <translation>هل كان ذلك الإيداع السابق وطنيًا أم إقليميًا أم دوليًا.</translation>
    </message>
    <message>
      <source>The office that searches for earlier similar inventions. The staff tells you which ones this office accepts.</source>
      <translation>المكتب الذي يبحث عن اختراعات سابقة مشابهة. يخبرك الموظف بالمكاتب التي يقبلها هذا المكتب.</translation>
    </message>
    <message>
      <source>Legal statements some countries ask for. Leave them empty unless the staff says otherwise.</source>
      <translation>إقرارات قانونية تطلبها بعض البلدان. اتركها فارغة ما لم يقل الموظف غير ذلك.</translation>
    </message>
    <message>
      <source>How many pages each part has. The staff counts them with you.</source>
      <translation>عدد صفحات كل جزء. يعدّها الموظف معك.</translation>
    </message>
    <message>
      <source>Only if an agent acts for you: the signed authorisation, scanned.</source>
      <translation>فقط إذا كان وكيل يتصرف نيابة عنك: التفويض الموقع بعد مسحه ضوئيًا.</translation>
    </message>
    <message>
      <source>The number of the drawing that best shows the invention.</source>
      <translation>رقم الرسم الذي يوضح الاختراع على أفضل وجه.</translation>
    </message>
    <message>
      <source>In one sentence: the area of technology, for example “water pumps”.</source>
      <translation>في جملة واحدة: مجال التقنية، مثل «مضخات المياه».</translation>
    </message>
    <message>
      <source>What exists already and what problem remains.</source>
      <translation>ما هو موجود بالفعل وما المشكلة التي لا تزال قائمة.</translation>
    </message>
    <message>
      <source>How the invention works, in enough detail for an expert to make it.</source>
      <translation>كيف يعمل الاختراع، بتفصيل كافٍ ليتمكن خبير من صنعه.</translation>
    </message>
    <message>
      <source>One line per drawing: what it shows.</source>
      <translation>سطر لكل رسم: ما الذي يُظهره.</translation>
    </message>
    <message>
      <source>Claims are numbered 1, 2, 3…</source>
      <translation>تُرقّم المطالب 1، 2، 3…</translation>
    </message>
    <message>
      <source>What exactly you want protected, in one sentence per claim.</source>
      <translation>ما تريد حمايته بالضبط، بجملة واحدة لكل مطلب.</translation>
    </message>
    <message>
      <source>A short summary of the invention, about 50 to 150 words.</source>
      <translation>ملخص قصير للاختراع، نحو 50 إلى 150 كلمة.</translation>
    </message>
    <message>
      <source>A drawing of the invention. The staff can scan it for you.</source>
      <translation>رسم للاختراع. يمكن للموظف مسحه ضوئيًا لك.</translation>
    </message>
    <message>
      <source>Its label, for example “Fig. 1”.</source>
      <translation>تسميته، مثل «الشكل 1».</translation>
    </message>
    <message>
      <source>Only for inventions involving DNA or proteins: the sequence file. Usually empty.</source>
      <translation>فقط للاختراعات المتعلقة بالحمض النووي أو البروتينات: ملف التسلسلات. عادةً يُترك فارغًا.</translation>
    </message>
    <message>
      <source>Patent classification codes if you know them. You may leave it empty.</source>
      <translation>رموز تصنيف البراءات إن كنت تعرفها. يمكنك تركها فارغة.</translation>
    </message>
    <message>
      <source>The staff chooses this: filing electronically lowers the fee.</source>
      <translation>يختار الموظف هذا: الإيداع الإلكتروني يخفض الرسوم.</translation>
    </message>
    <message>
      <source>{n} required answers not shown yet: they appear when you leave their section or press Check.</source>
      <translation>{n} من الإجابات المطلوبة لم تُعرض بعد: تظهر عند مغادرة قسمها أو الضغط على «تحقق».</translation>
    </message>
    <!-- lead: counter help for the MM2 v2 and PCT fields added by the examiner branch -->
    <message>
      <source>Only if you chose the European Union: a second language of the EU trademark office, different from the language of this application.</source>
      <translation>فقط إذا اخترت الاتحاد الأوروبي: لغة ثانية من لغات مكتب العلامات التجارية للاتحاد الأوروبي، مختلفة عن لغة هذا الطلب.</translation>
    </message>
    <message>
      <source>Only if the owner's address above is in another country: the address of the owner's home or business in this office's country.</source>
      <translation>فقط إذا كان عنوان المالك أعلاه في بلد آخر: عنوان سكن المالك أو منشأته في بلد هذا المكتب.</translation>
    </message>
    <message>
      <source>Which owner this is about: 1 for the first owner listed, 2 for the second, and so on.</source>
      <translation>المالك المعني: 1 للمالك الأول المذكور، و2 للثاني، وهكذا.</translation>
    </message>
    <message>
      <source>Tick only if the mark is a colour or a combination of colours alone, with no words or drawing.</source>
      <translation>ضع علامة فقط إذا كانت العلامة لوناً أو مجموعة ألوان وحدها، دون كلمات أو رسم.</translation>
    </message>
    <message>
      <source>Only for a mark of an association (collective) or one that certifies quality (certification or guarantee). Usually empty.</source>
      <translation>فقط لعلامة جمعية (جماعية) أو علامة تشهد بالجودة (علامة تصديق أو ضمان). يُترك عادة فارغاً.</translation>
    </message>
    <message>
      <source>Tick if the words of the mark have no meaning that could be translated, for example an invented word.</source>
      <translation>ضع علامة إذا كانت كلمات العلامة بلا معنى يمكن ترجمته، مثل كلمة مبتكرة.</translation>
    </message>
    <message>
      <source>Only for an unusual mark such as a hologram, a motion or a position mark; describe it in the description of the mark.</source>
      <translation>فقط لعلامة غير مألوفة مثل الصورة المجسمة أو الحركة أو الموضع؛ صِفها في وصف العلامة.</translation>
    </message>
    <message>
      <source>Tick only if the mark is a sound, such as a tune or a jingle.</source>
      <translation>ضع علامة فقط إذا كانت العلامة صوتاً، مثل لحن أو نغمة.</translation>
    </message>
    <message>
      <source>Tick only if the mark is a shape, such as a bottle or a package.</source>
      <translation>ضع علامة فقط إذا كانت العلامة شكلاً، مثل زجاجة أو عبوة.</translation>
    </message>
    <message>
      <source>The date the earlier mark was registered, as on its registration certificate.</source>
      <translation>تاريخ تسجيل العلامة السابقة، كما هو مذكور في شهادة تسجيلها.</translation>
    </message>
    <message>
      <source>The date the earlier mark was applied for, as on its registration certificate.</source>
      <translation>تاريخ إيداع طلب العلامة السابقة، كما هو مذكور في شهادة تسجيلها.</translation>
    </message>
    <message>
      <source>The registration number of the earlier mark, copied from its certificate.</source>
      <translation>رقم تسجيل العلامة السابقة، منقولاً من شهادتها.</translation>
    </message>
    <message>
      <source>Only if the earlier mark covers just some of the goods and services of this application: list those.</source>
      <translation>فقط إذا كانت العلامة السابقة تشمل بعض سلع وخدمات هذا الطلب فقط: اذكرها.</translation>
    </message>
    <message>
      <source>The European Union country where the earlier mark is registered.</source>
      <translation>بلد الاتحاد الأوروبي الذي سُجلت فيه العلامة السابقة.</translation>
    </message>
    <message>
      <source>If the earlier application is in WIPO's digital library (DAS), its access code, so the document need not be sent on paper.</source>
      <translation>إذا كان الطلب السابق في المكتبة الرقمية للويبو (DAS)، فاكتب رمز النفاذ إليه، حتى لا يلزم إرسال الوثيقة ورقياً.</translation>
    </message>
    <message>
      <source>Only if the searching office does not work in the language of your application: the language you will translate it into.</source>
      <translation>فقط إذا كان مكتب البحث لا يعمل بلغة طلبك: اللغة التي ستترجمه إليها.</translation>
    </message>
    <message>
      <source>Goes to:</source>
      <translation>الوجهة:</translation>
    </message>
    <message>
      <source>Already in the outbox or filed</source>
      <translation>موجود بالفعل في صندوق الصادر أو مودَع</translation>
    </message>
    <message>
      <source>No office is set up: the signed package stays here. Add the office in Settings, then put it in the outbox from the draft.</source>
      <translation>لم يُعدّ أي مكتب: تبقى الحزمة الموقّعة هنا. أضف المكتب في الإعدادات، ثم ضعها في صندوق الصادر من المسودة.</translation>
    </message>
    <message>
      <source>This revision was already signed as package {package}, which is in the outbox or filed. Signing it again gives a second application, with its own number and fees. Sign and file it again?</source>
      <translation>سبق توقيع هذه المراجعة في الحزمة {package}، وهي في صندوق الصادر أو مودَعة. يؤدي توقيعها مرة أخرى إلى طلب ثانٍ برقمه ورسومه الخاصة. هل تريد توقيعها وإيداعها مرة أخرى؟</translation>
    </message>
    <message>
      <source>Not signed: this revision is already filed or queued.</source>
      <translation>لم يُوقَّع: هذه المراجعة مودَعة بالفعل أو في قائمة الانتظار.</translation>
    </message>
    <message>
      <source>The response goes to the office that sent the notice ({office}).</source>
      <translation>يُرسَل الرد إلى المكتب الذي أصدر الإخطار ({office}).</translation>
    </message>
    <message>
      <source>Sent to this office when it is reachable; it files it for {code}.</source>
      <translation>يُرسَل إلى هذا المكتب عندما يكون متاحًا؛ ويودعه لصالح {code}.</translation>
    </message>
    <message>
      <source>No office set up here receives this kind of application for {code}: the signed package stays here until you add one (Settings), then put it in the outbox from the draft.</source>
      <translation>لا يتلقى أي مكتب مُعدّ هنا هذا النوع من الطلبات لصالح {code}: تبقى الحزمة الموقّعة هنا حتى تضيف مكتبًا (الإعدادات)، ثم ضعها في صندوق الصادر من المسودة.</translation>
    </message>
    <message>
      <source>Sending failed; it is tried again later.</source>
      <translation>فشل الإرسال؛ ستُعاد المحاولة لاحقًا.</translation>
    </message>
    <message>
      <source>The office's certificate could not be checked.</source>
      <translation>تعذّر التحقق من شهادة المكتب.</translation>
    </message>
    <message>
      <source>The office did not answer in time.</source>
      <translation>لم يردّ المكتب في الوقت المحدد.</translation>
    </message>
    <message>
      <source>The office could not be reached.</source>
      <translation>تعذّر الوصول إلى المكتب.</translation>
    </message>
    <message>
      <source>The office was busy.</source>
      <translation>كان المكتب مشغولًا.</translation>
    </message>
    <message>
      <source>It is tried again later.</source>
      <translation>ستُعاد المحاولة لاحقًا.</translation>
    </message>
    <message>
      <source>No office is set up, so nothing can be sent. Add the office in Settings (Offices tab); signed packages wait here until then.</source>
      <translation>لم يُعدّ أي مكتب، لذا لا يمكن إرسال أي شيء. أضف المكتب في الإعدادات (علامة تبويب المكاتب)؛ وتنتظر الحزم الموقّعة هنا حتى ذلك الحين.</translation>
    </message>
    <message>
      <source>Last attempt at {time}</source>
      <translation>آخر محاولة في {time}</translation>
    </message>
    <message>
      <source>No office set up</source>
      <translation>لم يُعدّ أي مكتب</translation>
    </message>
    <message>
      <source>Not in the outbox: it is not sent until you put it there.</source>
      <translation>ليست في صندوق الصادر: لا تُرسَل حتى تضعها فيه.</translation>
    </message>
    <message>
      <source>Editing makes a new revision, which must be signed again.</source>
      <translation>يُنشئ التحرير مراجعة جديدة يجب توقيعها مرة أخرى.</translation>
    </message>
    <message>
      <source>Signed on {date} (revision {n}).</source>
      <translation>وُقِّع في {date} (المراجعة {n}).</translation>
    </message>
    <message>
      <source>Put in the outbox…</source>
      <translation>وضع في صندوق الصادر…</translation>
    </message>
    <message>
      <source>Put in the outbox</source>
      <translation>وضع في صندوق الصادر</translation>
    </message>
    <message>
      <source>Office:</source>
      <translation>المكتب:</translation>
    </message>
    <message>
      <source>Filed with {office}.</source>
      <translation>مودَع لدى {office}.</translation>
    </message>
    <message>
      <source>Refused by {office}.</source>
      <translation>رفضه {office}.</translation>
    </message>
    <message>
      <source>In the outbox for {office}.</source>
      <translation>في صندوق الصادر إلى {office}.</translation>
    </message>
    <message>
      <source>Send to another office…</source>
      <translation>إرسال إلى مكتب آخر…</translation>
    </message>
    <message>
      <source>No office receives it</source>
      <translation>لا يتلقاها أي مكتب</translation>
    </message>
    <message>
      <source>No office set up here receives this application (its kind, for the office it names). Add that office in Settings, then try again.</source>
      <translation>لا يتلقى أي مكتب مُعدّ هنا هذا الطلب (نوعه، لصالح المكتب الذي يسمّيه). أضف ذلك المكتب في الإعدادات، ثم أعد المحاولة.</translation>
    </message>
    <message>
      <source>Edited since: the changes are revision {n}, which is not signed; sign it again to file them.</source>
      <translation>عُدِّل منذ ذلك الحين: التغييرات هي المراجعة {n}، وهي غير موقّعة؛ وقّعها مرة أخرى لإيداعها.</translation>
    </message>
    <message>
      <source>The total declared ({declared}) differs from the fees computed: {total} (fees valid as of {valid_as_of}).</source>
      <translation>يختلف المجموع المُعلَن ({declared}) عن الرسوم المحسوبة: {total} (الرسوم سارية في {valid_as_of}).</translation>
    </message>
    <message>
      <source>Expected an amount, such as 4394.00.</source>
      <translation>يُتوقَّع مبلغ، مثل 4394.00.</translation>
    </message>
    <message>
      <source>Enter the total of the fee calculation: {total} (fees valid as of {valid_as_of}).</source>
      <translation>أدخل مجموع حساب الرسوم: {total} (الرسوم سارية في {valid_as_of}).</translation>
    </message>
    <message>
      <source>Not an amount (got {text}).</source>
      <translation>ليس مبلغًا (القيمة: {text}).</translation>
    </message>
    <message>
      <source>An amount with a point before the decimals, e.g. 4394.00.</source>
      <translation>مبلغ بنقطة قبل الكسور العشرية، مثل 4394.00.</translation>
    </message>
    <message>
      <source>{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free} ({amount}).</source>
      <translation>{sheets} ورقة: يُستحق رسم الورقة عن {extra} ورقة تتجاوز {free} ({amount}).</translation>
    </message>
    <message>
      <source>That office does not receive this kind of application for the office the application names: add the office that does, or correct the application.</source>
      <translation>لا يتلقى ذلك المكتب هذا النوع من الطلبات لصالح المكتب الذي يسمّيه الطلب: أضف المكتب الذي يتلقاه، أو صحّح الطلب.</translation>
    </message>
    <message>
      <source>This revision is already in the outbox or filed.</source>
      <translation>هذه المراجعة موجودة بالفعل في صندوق الصادر أو مودَعة.</translation>
    </message>
    <message>
      <source>Checking rows</source>
      <translation>جارٍ فحص الصفوف</translation>
    </message>
    <message>
      <source>Importing rows</source>
      <translation>جارٍ استيراد الصفوف</translation>
    </message>
    <message>
      <source>Signing</source>
      <translation>جارٍ التوقيع</translation>
    </message>
    <message>
      <source>Queuing</source>
      <translation>جارٍ الإضافة إلى صندوق الصادر</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>الصف</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>العمود</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>الخطورة</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>القاعدة</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>الرسالة</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>خطأ</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>تحذير</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <source>Import applications from a spreadsheet</source>
      <translation>استيراد طلبات من جدول بيانات</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>1. Choose the spreadsheet</source>
      <translation>1. اختر جدول البيانات</translation>
    </message>
    <message>
      <source>One row per application, as in the template ('filingassist template'). CSV and XLSX files are read; formulas are refused.</source>
      <translation>صف واحد لكل طلب، كما في النموذج (‏filingassist template‏). تُقرأ ملفات CSV وXLSX؛ وتُرفض الصيغ.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>استعراض…</translation>
    </message>
    <message>
      <source>Kind of application:</source>
      <translation>نوع الطلب:</translation>
    </message>
    <message>
      <source>Spreadsheet:</source>
      <translation>جدول البيانات:</translation>
    </message>
    <message>
      <source>2. Match the columns</source>
      <translation>2. طابِق الأعمدة</translation>
    </message>
    <message>
      <source>These columns of the sheet are not in the template. Choose the template column each one holds, or ignore it.</source>
      <translation>هذه الأعمدة في الورقة ليست في النموذج. اختر عمود النموذج الذي يحتويه كل منها، أو تجاهله.</translation>
    </message>
    <message>
      <source>3. Report</source>
      <translation>3. التقرير</translation>
    </message>
    <message>
      <source>Save the report…</source>
      <translation>حفظ التقرير…</translation>
    </message>
    <message>
      <source>4. Sign</source>
      <translation>4. التوقيع</translation>
    </message>
    <message>
      <source>Signing key:</source>
      <translation>مفتاح التوقيع:</translation>
    </message>
    <message>
      <source>5. Put in the outbox</source>
      <translation>5. الإضافة إلى صندوق الصادر</translation>
    </message>
    <message>
      <source>Send to:</source>
      <translation>الإرسال إلى:</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>تم</translation>
    </message>
    <message>
      <source>Check the sheet</source>
      <translation>فحص الورقة</translation>
    </message>
    <message>
      <source>Import the valid rows</source>
      <translation>استيراد الصفوف الصالحة</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Choose the spreadsheet</source>
      <translation>اختر جدول البيانات</translation>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.xlsx)</source>
      <translation>جداول البيانات (*.csv *.xlsx)</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>توقف.</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>حفظ التقرير</translation>
    </message>
    <message>
      <source>Column in the sheet</source>
      <translation>العمود في الورقة</translation>
    </message>
    <message>
      <source>Template column</source>
      <translation>عمود النموذج</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>إيقاف</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
      <source>(ignore this column)</source>
      <translation>(تجاهل هذا العمود)</translation>
    </message>
    <message>
      <source>No row can be imported: correct the sheet and check it again.</source>
      <translation>لا يمكن استيراد أي صف: صحّح الورقة وافحصها مرة أخرى.</translation>
    </message>
    <message>
      <source>Import stopped: nothing was imported.</source>
      <translation>توقف الاستيراد: لم يُستورد أي شيء.</translation>
    </message>
    <message>
      <source>There is no signing key yet: create one in the sign dialog of any draft.</source>
      <translation>لا يوجد مفتاح توقيع بعد: أنشئ واحدًا في نافذة توقيع أي مسودة.</translation>
    </message>
    <message>
      <source>Packages signed: {n}.</source>
      <translation>الحزم الموقّعة: {n}.</translation>
    </message>
    <message>
      <source>No office is set up: add one in Settings, then put the packages in the outbox.</source>
      <translation>لم يُعدّ أي مكتب: أضف مكتبًا في الإعدادات، ثم أضف الحزم إلى صندوق الصادر.</translation>
    </message>
    <message>
      <source>Stopped: run the step again to queue the rest.</source>
      <translation>توقف: أعد تنفيذ الخطوة لإضافة الباقي إلى صندوق الصادر.</translation>
    </message>
    <message>
      <source>Rows read: {rows}. Ready to import: {ready}. With errors: {invalid}. Imported before: {already}.</source>
      <translation>الصفوف المقروءة: {rows}. الجاهزة للاستيراد: {ready}. التي بها أخطاء: {invalid}. المستوردة سابقًا: {already}.</translation>
    </message>
    <message>
      <source>Applications imported: {n}. Sign them with one key to make their packages.</source>
      <translation>الطلبات المستوردة: {n}. وقّعها بمفتاح واحد لإنشاء حزمها.</translation>
    </message>
    <message>
      <source>Imported: {imported}. Signed: {signed}. In the outbox: {queued}. They are sent with the next sync (or Send now in the Outbox).</source>
      <translation>المستوردة: {imported}. الموقّعة: {signed}. في صندوق الصادر: {queued}. تُرسل مع المزامنة التالية (أو بزر «إرسال الآن» في صندوق الصادر).</translation>
    </message>
    <message>
      <source>Template column for {column}</source>
      <translation>عمود النموذج لـ {column}</translation>
    </message>
    <message>
      <source>Signing stopped: {n} packages signed are kept.</source>
      <translation>توقف التوقيع: الحزم الموقّعة ({n}) محفوظة.</translation>
    </message>
    <message>
      <source>Not signed (errors): {n}.</source>
      <translation>غير الموقّعة (أخطاء): {n}.</translation>
    </message>
    <message>
      <source>Import applications from a spreadsheet…</source>
      <translation>استيراد طلبات من جدول بيانات…</translation>
    </message>
    <message>
      <source>Waiting to be sent</source>
      <translation>في انتظار الإرسال</translation>
    </message>
    <message>
      <source>Refused by the office</source>
      <translation>رفضه المكتب</translation>
    </message>
    <message>
      <source>(no mark or title)</source>
      <translation>(بلا علامة أو عنوان)</translation>
    </message>
    <message>
      <source>Mark or title</source>
      <translation>العلامة أو العنوان</translation>
    </message>
    <message>
      <source>Transfer rate</source>
      <translation>معدل النقل</translation>
    </message>
    <message>
      <source>Next attempt</source>
      <translation>المحاولة التالية</translation>
    </message>
    <message>
      <source>Queued at</source>
      <translation>وقت الإضافة إلى الصادر</translation>
    </message>
    <message>
      <source>Respond…</source>
      <translation>الرد…</translation>
    </message>
    <message>
      <source>Start the response to the selected notice</source>
      <translation>بدء الرد على الإشعار المحدد</translation>
    </message>
    <message>
      <source>Package {package}</source>
      <translation>الحزمة {package}</translation>
    </message>
    <message>
      <source>Packages waiting to be sent or receipted: {n}</source>
      <translation>الحزم المنتظرة للإرسال أو للإيصال: {n}</translation>
    </message>
    <message>
      <source>Response: {title}</source>
      <translation>رد: {title}</translation>
    </message>
    <!-- branch: formupgrade -->
    <message>
      <source>Moved</source>
      <translation>نُقل</translation>
    </message>
    <message>
      <source>Converted</source>
      <translation>حُوِّل</translation>
    </message>
    <message>
      <source>Given a default</source>
      <translation>أُعطي قيمة افتراضية</translation>
    </message>
    <message>
      <source>New field, empty</source>
      <translation>حقل جديد، فارغ</translation>
    </message>
    <message>
      <source>Meaning changed</source>
      <translation>تغيّر المعنى</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>حُذف</translation>
    </message>
    <message>
      <source>Not carried over</source>
      <translation>لم يُنقل</translation>
    </message>
    <message>
      <source>This draft is not upgraded: its current revision is signed, and upgrading would make the draft differ from the signed package. Edit the draft (or file the package as it is), then upgrade.</source>
      <translation>لم تتم ترقية هذه المسودة: مراجعتها الحالية موقّعة، والترقية ستجعل المسودة مختلفة عن الحزمة الموقّعة. عدّل المسودة (أو أودع الحزمة كما هي)، ثم قم بالترقية.</translation>
    </message>
    <message>
      <source>This draft already uses the newest version of the form.</source>
      <translation>تستخدم هذه المسودة بالفعل أحدث إصدار من الاستمارة.</translation>
    </message>
    <message>
      <source>Upgrade the form</source>
      <translation>ترقية الاستمارة</translation>
    </message>
    <message>
      <source>Upgrading saves this draft with version {new} of the form as a new revision; the revision made with version {old} stays in the history.</source>
      <translation>تحفظ الترقية هذه المسودة بالإصدار {new} من الاستمارة كمراجعة جديدة؛ وتبقى المراجعة المُعدّة بالإصدار {old} في السجل.</translation>
    </message>
    <message>
      <source>The draft now uses version {new} of the form (revision {n}).</source>
      <translation>تستخدم المسودة الآن الإصدار {new} من الاستمارة (المراجعة {n}).</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>التغيير</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>قبل</translation>
    </message>
    <message>
      <source>After</source>
      <translation>بعد</translation>
    </message>
    <message>
      <source>Upgrade to version {new} of the form</source>
      <translation>الترقية إلى الإصدار {new} من الاستمارة</translation>
    </message>
    <message>
      <source>This draft uses an older version of the form (v{old}).</source>
      <translation>تستخدم هذه المسودة إصدارًا أقدم من الاستمارة (v{old}).</translation>
    </message>
    <message>
      <source>Upgrade to v{new}</source>
      <translation>الترقية إلى v{new}</translation>
    </message>
    <message>
      <source>Version 2 has one date of the application: the date on which the Office of origin received it (item 13).</source>
      <translation>للإصدار 2 تاريخ واحد للطلب: تاريخ تسلّم مكتب المنشأ له (البند 13).</translation>
    </message>
    <message>
      <source>Version 2 records the type of mark as several indications (item 9), and colour per se in item 7.</source>
      <translation>يسجّل الإصدار 2 نوع العلامة في عدة بيانات (البند 9)، واللون بحد ذاته في البند 7.</translation>
    </message>
    <message>
      <source>Version 2 has no type “other”: describe the mark in the description of the mark (item 9).</source>
      <translation>لا يتضمن الإصدار 2 النوع «أخرى»: صِف العلامة في وصف العلامة (البند 9).</translation>
    </message>
    <message>
      <source>Version 2 gives the entitlement of each applicant: the grounds are now given for the first applicant. Check them, and add the grounds of any other applicant.</source>
      <translation>يبيّن الإصدار 2 أهلية الإيداع لكل مودع: أصبحت الأسس مذكورة للمودع الأول. تحقّق منها وأضف أسس أي مودع آخر.</translation>
    </message>
    <message>
      <source>Version 2 asks whether the mark is a collective, certification or guarantee mark: the draft did not say, so it is an individual mark.</source>
      <translation>يسأل الإصدار 2 هل العلامة جماعية أو علامة تصديق أو ضمان: لم تذكر المسودة ذلك، فهي علامة فردية.</translation>
    </message>
    <message>
      <source>New indication of version 2 (item 9), not set.</source>
      <translation>بيان جديد في الإصدار 2 (البند 9)، غير محدد.</translation>
    </message>
    <message>
      <source>New indication of version 2 (item 7), not set.</source>
      <translation>بيان جديد في الإصدار 2 (البند 7)، غير محدد.</translation>
    </message>
    <message>
      <source>New in version 2 (item 3(b)): where an applicant's address is outside the Contracting Party of a ground of domicile or establishment, give the address there.</source>
      <translation>جديد في الإصدار 2 (البند 3(ب)): إذا كان عنوان المودع خارج الطرف المتعاقد لأساس الموطن أو المنشأة، فاذكر العنوان فيه.</translation>
    </message>
    <message>
      <source>New in version 2: when the European Union is designated, choose the second language.</source>
      <translation>جديد في الإصدار 2: عند تعيين الاتحاد الأوروبي، اختر اللغة الثانية.</translation>
    </message>
    <message>
      <source>New in version 2: seniority claims for the European Union (form MM17).</source>
      <translation>جديد في الإصدار 2: مطالبات الأقدمية للاتحاد الأوروبي (الاستمارة MM17).</translation>
    </message>
    <message>
      <source>The date of receipt (item 13) is now the date of the application: priority periods count from it, and it is sent to the International Bureau.</source>
      <translation>أصبح تاريخ التسلّم (البند 13) هو تاريخ الطلب: تُحسب منه مهل الأولوية، ويُرسل إلى المكتب الدولي.</translation>
    </message>
    <message>
      <source>The goods of a partial priority are now sent as the priority's goods and services, no longer as a comment.</source>
      <translation>تُرسل سلع الأولوية الجزئية الآن بوصفها سلع وخدمات الأولوية، لا بوصفها تعليقًا.</translation>
    </message>
    <message>
      <source>Each ground of entitlement is now sent under the applicant it belongs to.</source>
      <translation>يُرسل كل أساس لأهلية الإيداع الآن تحت المودع الذي يخصّه.</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n عنصر</numerusform>
        <numerusform>عنصر واحد</numerusform>
        <numerusform>عنصران</numerusform>
        <numerusform>%n عناصر</numerusform>
        <numerusform>%n عنصرًا</numerusform>
        <numerusform>%n عنصر</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n value(s) cannot be carried over: give them again.</source>
      <translation>
        <numerusform>لا يمكن نقل %n قيمة: أدخلها مجددًا.</numerusform>
        <numerusform>لا يمكن نقل قيمة واحدة: أدخلها مجددًا.</numerusform>
        <numerusform>لا يمكن نقل قيمتين: أدخلهما مجددًا.</numerusform>
        <numerusform>لا يمكن نقل %n قيم: أدخلها مجددًا.</numerusform>
        <numerusform>لا يمكن نقل %n قيمةً: أدخلها مجددًا.</numerusform>
        <numerusform>لا يمكن نقل %n قيمة: أدخلها مجددًا.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>After the upgrade, the draft has %n error(s) to fix.</source>
      <translation>
        <numerusform>بعد الترقية، في المسودة %n خطأ يجب تصحيحه.</numerusform>
        <numerusform>بعد الترقية، في المسودة خطأ واحد يجب تصحيحه.</numerusform>
        <numerusform>بعد الترقية، في المسودة خطآن يجب تصحيحهما.</numerusform>
        <numerusform>بعد الترقية، في المسودة %n أخطاء يجب تصحيحها.</numerusform>
        <numerusform>بعد الترقية، في المسودة %n خطأً يجب تصحيحها.</numerusform>
        <numerusform>بعد الترقية، في المسودة %n خطأ يجب تصحيحها.</numerusform>
      </translation>
    </message>
    <message>
      <source>{kind} (older form, v{old})</source>
      <translation>{kind} (استمارة أقدم، v{old})</translation>
    </message>
    <message>
      <source>Type the key's passphrase.</source>
      <translation>اكتب عبارة مرور المفتاح.</translation>
    </message>
    <message>
      <source>Remember for this session</source>
      <translation>تذكّرها طوال هذه الجلسة</translation>
    </message>
    <message>
      <source>Keep the passphrase (in the system keyring when there is one, else only in memory) until you quit, choose “Lock keys now”, or do not sign for the time set in Settings.</source>
      <translation>احتفظ بعبارة المرور (في حافظة مفاتيح النظام إن وُجدت، وإلا ففي الذاكرة فقط) إلى أن تخرج من البرنامج، أو تختار «اقفل المفاتيح الآن»، أو لا توقّع طوال المدة المحددة في الإعدادات.</translation>
    </message>
    <message>
      <source>Remembered for this session</source>
      <translation>محفوظة طوال هذه الجلسة</translation>
    </message>
    <message>
      <source>Delete key…</source>
      <translation>احذف المفتاح…</translation>
    </message>
    <message>
      <source> min</source>
      <translation> دقيقة</translation>
    </message>
    <message>
      <source>Forget remembered passphrases after</source>
      <translation>انسَ عبارات المرور المحفوظة بعد</translation>
    </message>
    <message>
      <source>A passphrase remembered for the session is forgotten when it has not been used for this long, when you quit, and with “Lock keys now”.</source>
      <translation>تُنسى عبارة المرور المحفوظة للجلسة إذا لم تُستعمل طوال هذه المدة، وعند الخروج من البرنامج، وعند اختيار «اقفل المفاتيح الآن».</translation>
    </message>
    <message>
      <source>Delete key</source>
      <translation>حذف المفتاح</translation>
    </message>
    <message>
      <source>Choose the key to delete.</source>
      <translation>اختر المفتاح المراد حذفه.</translation>
    </message>
    <message>
      <source>Key deleted.</source>
      <translation>حُذف المفتاح.</translation>
    </message>
    <message>
      <source>Delete the key {name}? It cannot be undone: you cannot sign with it any more. Packages it signed stay valid.</source>
      <translation>أتحذف المفتاح {name}؟ لا يمكن التراجع عن ذلك: لن تتمكن من التوقيع به بعد الآن. تبقى الحزم التي وقّعها صالحة.</translation>
    </message>
    <message>
      <source>The passphrase does not open the key: type it again (a passphrase remembered for this session has been forgotten).</source>
      <translation>عبارة المرور لا تفتح المفتاح: اكتبها مرة أخرى (نُسيت عبارة المرور المحفوظة لهذه الجلسة).</translation>
    </message>
    <message>
      <source>Lock keys now</source>
      <translation>اقفل المفاتيح الآن</translation>
    </message>
    <message>
      <source>Keys locked: every remembered passphrase is forgotten.</source>
      <translation>أُقفلت المفاتيح: نُسيت كل عبارات المرور المحفوظة.</translation>
    </message>
    <message>
      <source>Not deleted.</source>
      <translation>لم يُحذف.</translation>
    </message>
    <message>
      <source>Deleted key {name}.</source>
      <translation>حُذف المفتاح {name}.</translation>
    </message>
    <message>
      <source>Delete key {name}? It cannot be undone. [y/N] </source>
      <translation>أتحذف المفتاح {name}؟ لا يمكن التراجع عن ذلك. [y/N] </translation>
    </message>
    <message>
      <source>Filter: mark or title, applicant, reference, office, number</source>
      <translation>تصفية: العلامة أو العنوان، المودع، المرجع، المكتب، الرقم</translation>
    </message>
    <message>
      <source>Filter the list</source>
      <translation>تصفية القائمة</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s): older than a year, check for an update</source>
      <translation>
        <numerusform>%n يوم: أقدم من سنة، ابحث عن تحديث</numerusform>
        <numerusform>يوم واحد: أقدم من سنة، ابحث عن تحديث</numerusform>
        <numerusform>يومان: أقدم من سنة، ابحث عن تحديث</numerusform>
        <numerusform>%n أيام: أقدم من سنة، ابحث عن تحديث</numerusform>
        <numerusform>%n يومًا: أقدم من سنة، ابحث عن تحديث</numerusform>
        <numerusform>%n يوم: أقدم من سنة، ابحث عن تحديث</numerusform>
      </translation>
    </message>
    <message>
      <source>{amount} per class</source>
      <translation>{amount} لكل صنف</translation>
    </message>
    <message>
      <source>{amount} whatever the number of classes</source>
      <translation>{amount} أيًا كان عدد الأصناف</translation>
    </message>
    <message>
      <source>{first} for one class, {further} per further class</source>
      <translation>{first} لصنف واحد، و{further} لكل صنف إضافي</translation>
    </message>
    <message>
      <source>{amount} (complementary fee)</source>
      <translation>{amount} (رسم تكميلي)</translation>
    </message>
    <message numerus="yes">
      <source>{amount} for up to %n class(es), {further} per further class</source>
      <translation>
        <numerusform>{amount} حتى %n صنف، و{further} لكل صنف إضافي</numerusform>
        <numerusform>{amount} حتى صنف واحد، و{further} لكل صنف إضافي</numerusform>
        <numerusform>{amount} حتى صنفين، و{further} لكل صنف إضافي</numerusform>
        <numerusform>{amount} حتى %n أصناف، و{further} لكل صنف إضافي</numerusform>
        <numerusform>{amount} حتى %n صنفًا، و{further} لكل صنف إضافي</numerusform>
        <numerusform>{amount} حتى %n صنف، و{further} لكل صنف إضافي</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{amounts} for the first %n classes, {further} per further class</source>
      <translation>
        <numerusform>{amounts} لأول %n صنف، و{further} لكل صنف إضافي</numerusform>
        <numerusform>{amounts} للصنف الأول، و{further} لكل صنف إضافي</numerusform>
        <numerusform>{amounts} للصنفين الأولين، و{further} لكل صنف إضافي</numerusform>
        <numerusform>{amounts} لأول %n أصناف، و{further} لكل صنف إضافي</numerusform>
        <numerusform>{amounts} لأول %n صنفًا، و{further} لكل صنف إضافي</numerusform>
        <numerusform>{amounts} لأول %n صنف، و{further} لكل صنف إضافي</numerusform>
      </translation>
    </message>
    <message>
      <source>Details: where each figure comes from</source>
      <translation>التفاصيل: مصدر كل مبلغ</translation>
    </message>
    <message numerus="yes">
      <source>%n fee figure(s) to be confirmed: check them at the source before paying</source>
      <translation>
        <numerusform>لا يلزم تأكيد أي مبلغ من مبالغ الرسوم</numerusform>
        <numerusform>مبلغ رسم واحد بحاجة إلى تأكيد: تحقق منه في المصدر قبل الدفع</numerusform>
        <numerusform>مبلغا رسوم بحاجة إلى تأكيد: تحقق منهما في المصدر قبل الدفع</numerusform>
        <numerusform>%n مبالغ رسوم بحاجة إلى تأكيد: تحقق منها في المصدر قبل الدفع</numerusform>
        <numerusform>%n مبلغًا من الرسوم بحاجة إلى تأكيد: تحقق منها في المصدر قبل الدفع</numerusform>
        <numerusform>%n مبلغ رسوم بحاجة إلى تأكيد: تحقق منها في المصدر قبل الدفع</numerusform>
      </translation>
    </message>
    <message>
      <source>Receipts received</source>
      <translation>وردت إشعارات استلام</translation>
    </message>
    <message>
      <source>{what} was filed with {office}: application number {number}.</source>
      <translation>أُودع {what} لدى {office}: رقم الطلب {number}.</translation>
    </message>
    <message numerus="yes">
      <source>%n application(s) filed: the receipts are in Receipts.</source>
      <translation>
        <numerusform>لم يُودع أي طلب</numerusform>
        <numerusform>أُودع طلب واحد: إشعار الاستلام في «إشعارات الاستلام».</numerusform>
        <numerusform>أُودع طلبان: إشعارا الاستلام في «إشعارات الاستلام».</numerusform>
        <numerusform>أُودعت %n طلبات: إشعارات الاستلام في «إشعارات الاستلام».</numerusform>
        <numerusform>أُودع %n طلبًا: إشعارات الاستلام في «إشعارات الاستلام».</numerusform>
        <numerusform>أُودع %n طلب: إشعارات الاستلام في «إشعارات الاستلام».</numerusform>
      </translation>
    </message>
    <message>
      <source>Fee table {version}, in effect from {effective}, read {date} ({age}); review by {review}</source>
      <translation>جدول الرسوم {version}، ساري من {effective}، قُرئ في {date} ({age})؛ يُراجع قبل {review}</translation>
    </message>
    <message>
      <source>Fee data: {table} read {date} ({age}), review by {review}</source>
      <translation>بيانات الرسوم: {table} قُرئت في {date} ({age})، تُراجع قبل {review}</translation>
    </message>
    <message>
      <source>Warning: {table} is past its review date {review} ({age}): check the fees before paying</source>
      <translation>تحذير: تجاوز {table} تاريخ مراجعته {review} ({age}): تحقق من الرسوم قبل الدفع</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) old</source>
      <translation>
        <numerusform>منذ %n يوم</numerusform>
        <numerusform>منذ يوم واحد</numerusform>
        <numerusform>منذ يومين</numerusform>
        <numerusform>منذ %n أيام</numerusform>
        <numerusform>منذ %n يومًا</numerusform>
        <numerusform>منذ %n يوم</numerusform>
      </translation>
    </message>
    <message>
      <source>No problems found. This revision is signed.</source>
      <translation>لم يُعثر على أي مشكلة. هذه النسخة موقّعة.</translation>
    </message>
    <message>
      <source>Fee table {version}, in effect from {effective}, read {date}; review by {review}</source>
      <translation>جدول الرسوم {version}، ساري من {effective}، قُرئ في {date}؛ يُراجع قبل {review}</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
      <source>The application is queued for the office. Press “Finish and hand over” to print again, or “End session” to erase it without a printout.</source>
      <translation>الطلب في قائمة الانتظار للإرسال إلى المكتب. اضغط «إنهاء وتسليم» للطباعة مرة أخرى، أو «إنهاء الجلسة» لمحوه دون نسخة مطبوعة.</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>العملة</translation>
    </message>
    <message>
      <source>Packages</source>
      <translation>الحزم</translation>
    </message>
    <message>
      <source>Quotes incomplete</source>
      <translation>تقديرات غير مكتملة</translation>
    </message>
    <message>
      <source>Fee totals</source>
      <translation>مجاميع الرسوم</translation>
    </message>
    <message>
      <source>Write a template…</source>
      <translation>كتابة نموذج…</translation>
    </message>
    <message>
      <source>A sheet with one column per field of the form, titles and an example row.</source>
      <translation>جدول فيه عمود لكل حقل من حقول الاستمارة، مع العناوين وصف مثال.</translation>
    </message>
    <message>
      <source>Write a template</source>
      <translation>كتابة نموذج</translation>
    </message>
    <message>
      <source>All clients</source>
      <translation>جميع العملاء</translation>
    </message>
    <message>
      <source>(no client reference)</source>
      <translation>(بدون مرجع العميل)</translation>
    </message>
    <message>
      <source>Template written: {path} ({n} columns). Fill in one row per application.</source>
      <translation>تمت كتابة النموذج: {path} (عدد الأعمدة: {n}). املأ صفًا واحدًا لكل طلب.</translation>
    </message>
    <message>
      <source>Only where the ISA does not search in the language of filing (Rule 12.3): a translation into this language is furnished.</source>
      <translation>فقط إذا لم تُجرِ إدارة البحث الدولي البحث بلغة الإيداع (القاعدة 12.3): تُقدَّم ترجمة إلى هذه اللغة.</translation>
    </message>
    <message>
      <source>Reproduction in colour</source>
      <translation>نسخة بالألوان</translation>
    </message>
    <message>
      <source>No reproduction in colour</source>
      <translation>نسخة غير ملونة</translation>
    </message>
    <message>
      <source>{percent}% of {amount} ({colour}): the Office of origin, {party}, is a least developed country</source>
      <translation>{percent}% من {amount} ({colour}): مكتب المنشأ، {party}، من أقل البلدان نموًا</translation>
    </message>
    <message>
      <source>Classes beyond {free}: {count}</source>
      <translation>الأصناف الزائدة على {free}: {count}</translation>
    </message>
    <message>
      <source>Designated parties without an individual fee: {parties}</source>
      <translation>الأطراف المعيّنة دون رسم فردي: {parties}</translation>
    </message>
    <message>
      <source>Classes: {count}</source>
      <translation>الأصناف: {count}</translation>
    </message>
    <message>
      <source>In effect from {date}</source>
      <translation>ساري من {date}</translation>
    </message>
    <message>
      <source>First part (the second is paid later): {basis}</source>
      <translation>الجزء الأول (يُدفع الجزء الثاني لاحقًا): {basis}</translation>
    </message>
    <message>
      <source>Search by {authority}</source>
      <translation>البحث لدى {authority}</translation>
    </message>
    <message>
      <source>Search by {authority}, amount as charged at RO/IB</source>
      <translation>البحث لدى {authority}، بالمبلغ الذي يتقاضاه RO/IB</translation>
    </message>
    <message>
      <source>Set by the receiving Office {office}</source>
      <translation>يحدده مكتب الاستلام {office}</translation>
    </message>
    <message>
      <source>Waived for applicants eligible under item 5</source>
      <translation>يُعفى منه المودعون المستوفون لشروط البند 5</translation>
    </message>
    <message>
      <source>Sheets included: {free}</source>
      <translation>الأوراق المشمولة: {free}</translation>
    </message>
    <message>
      <source>Sheets beyond {free}: {count} × {unit}</source>
      <translation>الأوراق الزائدة على {free}: {count} × {unit}</translation>
    </message>
    <message>
      <source>Electronic filing: {kind}</source>
      <translation>الإيداع الإلكتروني: {kind}</translation>
    </message>
    <message>
      <source>{percent}% of {amount} (after the e-filing reduction), Schedule of Fees item 5</source>
      <translation>{percent}% من {amount} (بعد تخفيض الإيداع الإلكتروني)، البند 5 من جدول الرسوم</translation>
    </message>
    <message>
      <source>Classes: {count} × {unit}</source>
      <translation>الأصناف: {count} × {unit}</translation>
    </message>
    <message>
      <source>Two-letter language code (ISO 639-1), e.g. en.</source>
      <translation>رمز اللغة المكوّن من حرفين (ISO 639-1)، مثل en.</translation>
    </message>
  </context>
</TS>
