<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Application</name>
    <message>
        <source>The built-in catalog is damaged: %1</source>
        <translation>الفهرس المدمج تالف: %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to &quot;%1&quot;.</source>
        <translation>تتعذر كتابة لقطة الشاشة إلى «%1».</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>تتعذر قراءة «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 64 MiB.</source>
        <translation>حجم «%1» أكبر من 64 MiB.</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1: الحقل «%2» %3</translation>
    </message>
    <message>
        <source>entry %1 (code %2)</source>
        <translation>المدخل %1 (الرمز %2)</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>المدخل %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>must be a whole number from 200 to 599</source>
        <translation>يجب أن يكون عددًا صحيحًا من 200 إلى 599</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>يجب أن يكون نصًا غير فارغ</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>يجب أن تكون قيمته true أو false</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>يجب أن يكون قائمة</translation>
    </message>
    <message>
        <source>must have at least %1 items</source>
        <translation>يجب ألا يقل عدد عناصره عن %1</translation>
    </message>
    <message>
        <source>must hold only non-empty strings</source>
        <translation>يجب ألا يحتوي إلا على نصوص غير فارغة</translation>
    </message>
    <message>
        <source>entry %1: must be an object</source>
        <translation>المدخل %1: يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <source>must start with the code number</source>
        <translation>يجب أن يبدأ برقم الرمز</translation>
    </message>
    <message>
        <source>must be a clause that follows &quot;when&quot;, not start with one</source>
        <translation>يجب أن يكون جملة تأتي بعد «when»، لا أن يبدأ بها</translation>
    </message>
    <message>
        <source>must end with a full stop</source>
        <translation>يجب أن ينتهي بنقطة</translation>
    </message>
    <message>
        <source>must hold objects with &quot;rfc&quot; and &quot;section&quot;</source>
        <translation>يجب أن يحتوي على كائنات فيها «rfc» و«section»</translation>
    </message>
    <message>
        <source>has &quot;%1&quot;, which is not an enhanced status code of this class</source>
        <translation>يحتوي على «%1»، وهو ليس رمز حالة محسّنًا من هذه الفئة</translation>
    </message>
    <message>
        <source>must hold other reply codes</source>
        <translation>يجب أن يحتوي على رموز رد أخرى</translation>
    </message>
    <message>
        <source>must hold lines with &quot;from&quot; (client or server) and &quot;text&quot;</source>
        <translation>يجب أن يحتوي على أسطر فيها «from» (client أو server) و«text»</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>ليس JSON صالحًا عند الموضع %1: %2</translation>
    </message>
    <message>
        <source>the top level must be an object with a &quot;codes&quot; list</source>
        <translation>يجب أن يكون المستوى الأعلى كائنًا فيه قائمة «codes»</translation>
    </message>
    <message>
        <source>entry %1: code %2 appears more than once</source>
        <translation>المدخل %1: الرمز %2 يرد أكثر من مرة</translation>
    </message>
    <message>
        <source>the catalog has no codes</source>
        <translation>لا يحتوي الفهرس على أي رموز</translation>
    </message>
    <message>
        <source>code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>الرمز %1: الحقل «related» يذكر %2، وهو غير موجود في الفهرس</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
    <message>
        <source>must mark the defining RFC with &quot;defines&quot;: true</source>
        <translation>يجب أن يميّز RFC المعرِّف بـ«defines»: true</translation>
    </message>
    <message>
        <source>enhanced codes: the top level must have a non-empty &quot;%1&quot; list</source>
        <translation>رموز الحالة المحسّنة: يجب أن يحتوي المستوى الأعلى على قائمة «%1» غير فارغة</translation>
    </message>
    <message>
        <source>enhanced class %1</source>
        <translation>مدخل الفئة المحسّنة %1</translation>
    </message>
    <message>
        <source>must be 2, 4 or 5</source>
        <translation>يجب أن يكون 2 أو 4 أو 5</translation>
    </message>
    <message>
        <source>enhanced subject %1</source>
        <translation>مدخل الموضوع المحسّن %1</translation>
    </message>
    <message>
        <source>must be a number from 0 to 7</source>
        <translation>يجب أن يكون عددًا من 0 إلى 7</translation>
    </message>
    <message>
        <source>enhanced code %1: must be an object</source>
        <translation>مدخل الرمز المحسّن %1: يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <source>enhanced code %1</source>
        <translation>مدخل الرمز المحسّن %1</translation>
    </message>
    <message>
        <source>enhanced code %1 (%2)</source>
        <translation>مدخل الرمز المحسّن %1 (%2)</translation>
    </message>
    <message>
        <source>must be written as the registry does, e.g. X.7.8</source>
        <translation>يجب أن يُكتب كما في السجل، مثل X.7.8</translation>
    </message>
    <message>
        <source>must hold distinct classes 2, 4 and 5</source>
        <translation>يجب أن يحتوي على فئات مختلفة من بين 2 و4 و5</translation>
    </message>
    <message>
        <source>must hold the class of reply code %1</source>
        <translation>يجب أن يحتوي على فئة رمز الرد %1</translation>
    </message>
    <message>
        <source>must start with the code</source>
        <translation>يجب أن يبدأ بالرمز</translation>
    </message>
    <message>
        <source>must hold other codes written as X.y.z</source>
        <translation>يجب أن يحتوي على رموز أخرى مكتوبة بالشكل X.y.z</translation>
    </message>
    <message>
        <source>must be a reply line with this code in the reply&apos;s class</source>
        <translation>يجب أن يكون سطر رد يحتوي على هذا الرمز بفئة الرد نفسها</translation>
    </message>
    <message>
        <source>enhanced codes: not valid JSON at offset %1: %2</source>
        <translation>رموز الحالة المحسّنة: ليس JSON صالحًا عند الموضع %1: %2</translation>
    </message>
    <message>
        <source>enhanced codes: the classes must be 2, 4 and 5 and the subjects 0 to 7, each once</source>
        <translation>رموز الحالة المحسّنة: يجب أن تكون الفئات 2 و4 و5 والمواضيع من 0 إلى 7، كلٌّ منها مرة واحدة</translation>
    </message>
    <message>
        <source>enhanced code %1 appears more than once</source>
        <translation>الرمز المحسّن %1 يرد أكثر من مرة</translation>
    </message>
    <message>
        <source>enhanced code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>الرمز المحسّن %1: الحقل «related» يذكر %2، وهو غير موجود في الفهرس</translation>
    </message>
    <message>
        <source>must hold reply codes</source>
        <translation>يجب أن يحتوي على رموز رد</translation>
    </message>
    <message>
        <source>must hold &quot;defines&quot; as true or false</source>
        <translation>يجب أن يحتوي على «defines» بقيمة true أو false</translation>
    </message>
    <message>
        <source>reasons: not valid JSON at offset %1: %2</source>
        <translation>الأسباب: ليس JSON صالحًا عند الموضع %1: %2</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>السبب %1</translation>
    </message>
    <message>
        <source>must be unique</source>
        <translation>يجب أن يكون فريدًا</translation>
    </message>
    <message>
        <source>reasons: &quot;other&quot; and &quot;expired&quot; must be defined</source>
        <translation>الأسباب: يجب تعريف «other» و«expired»</translation>
    </message>
    <message>
        <source>names no defined reason</source>
        <translation>يذكر سببًا غير معرَّف</translation>
    </message>
    <message>
        <source>must hold enhanced status codes</source>
        <translation>يجب أن يحتوي على رموز حالة محسّنة</translation>
    </message>
    <message>
        <source>phrases %1</source>
        <translation>العبارات %1</translation>
    </message>
    <message>
        <source>must be lower case</source>
        <translation>يجب أن يكون بأحرف صغيرة</translation>
    </message>
    <message>
        <source>enhanced code rule %1</source>
        <translation>قاعدة الرمز المحسّن %1</translation>
    </message>
    <message>
        <source>must be an enhanced status code</source>
        <translation>يجب أن يكون رمز حالة محسّنًا</translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation>القاعدة الاحتياطية %1</translation>
    </message>
    <message>
        <source>the compiled catalog cannot be read</source>
        <translation>تعذّرت قراءة الفهرس المُجمَّع</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write the details of one code, or the comparison of two, to standard output instead of opening a window.</source>
        <translation>يكتب تفاصيل رمز واحد، أو المقارنة بين رمزين، إلى المخرج القياسي بدلًا من فتح نافذة.</translation>
    </message>
    <message>
        <source>Print every code, one per line: code, name and class separated by tabs.</source>
        <translation>يطبع كل الرموز، رمزًا في كل سطر: الرمز والاسم والفئة مفصولة بعلامات جدولة.</translation>
    </message>
    <message>
        <source>Use the interface language &lt;language&gt;, e.g. de or zh_CN. Available: %1.</source>
        <translation>يستخدم لغة الواجهة &lt;اللغة&gt;، مثل de أو zh_CN. اللغات المتاحة: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Save the window as a PNG image in &lt;file&gt; and exit.</source>
        <translation>يحفظ النافذة صورةً بصيغة PNG في &lt;الملف&gt; ثم يخرج.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>[code [code]]</source>
        <translation>[رمز [رمز]]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>لغة غير معروفة «%1». اللغات المتاحة: %2.</translation>
    </message>
    <message>
        <source>Give one code to show or two codes to compare, not %1.</source>
        <translation>حدّد رمزًا واحدًا للعرض أو رمزين للمقارنة، لا %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reply code. A reply code has three digits, such as 535.</source>
        <translation>«%1» ليس رمز رد. يتكون رمز الرد من ثلاثة أرقام، مثل 535.</translation>
    </message>
    <message>
        <source>No reply code %1 in the catalog. Run with --list to see every code.</source>
        <translation>رمز الرد %1 غير موجود في الفهرس. شغّل البرنامج مع --list لعرض كل الرموز.</translation>
    </message>
    <message>
        <source>Use either --print or --list, not both.</source>
        <translation>استخدم إما --print أو --list، لا كليهما.</translation>
    </message>
    <message>
        <source>--list prints every code and takes no codes.</source>
        <translation>الخيار --list يطبع كل الرموز ولا يقبل رموزًا.</translation>
    </message>
    <message>
        <source>--screenshot saves the window, so it cannot be combined with --print or --list.</source>
        <translation>الخيار --screenshot يحفظ النافذة، لذا لا يمكن استخدامه مع --print أو --list.</translation>
    </message>
    <message>
        <source>--print needs one code to show or two codes to compare.</source>
        <translation>الخيار --print يحتاج إلى رمز واحد للعرض أو رمزين للمقارنة.</translation>
    </message>
    <message>
        <source>With --print or --list, write JSON for scripts instead of text.</source>
        <translation>مع --print أو --list، يكتب JSON للسكربتات بدلًا من النص.</translation>
    </message>
    <message>
        <source>Explain a reply, a log excerpt or a bounce message (.eml, mbox) read from &lt;file&gt;, or from standard input for -. With --print the explanation goes to standard output, with --json as JSON.</source>
        <translation>يشرح ردًّا أو مقتطفًا من سجل أو رسالة مرتدة (.eml أو mbox) يقرؤها من &lt;الملف&gt;، أو من الدخل القياسي عند تحديد -. مع --print يُكتب الشرح إلى المخرج القياسي، ومع --json بصيغة JSON.</translation>
    </message>
    <message>
        <source>A reference for SMTP reply codes and enhanced status codes: what a code means, when you see it and how to fix it.</source>
        <translation>مرجع لرموز رد SMTP ورموز الحالة المحسّنة: معنى الرمز، ومتى تراه، وكيفية الإصلاح.</translation>
    </message>
    <message>
        <source>One code to show, or two of one kind to compare: reply codes such as 535, enhanced status codes such as 5.7.8.</source>
        <translation>رمز واحد للعرض، أو رمزان من النوع نفسه للمقارنة: رموز رد مثل 535، أو رموز حالة محسّنة مثل 5.7.8.</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared. Give two reply codes or two enhanced status codes.</source>
        <translation>لا يمكن مقارنة رمز رد برمز حالة محسّن. حدّد رمزَي رد أو رمزَي حالة محسّنين.</translation>
    </message>
    <message>
        <source>--explain takes a file, or - for standard input, and no codes or --list.</source>
        <translation>الخيار --explain يقبل ملفًا، أو - للدخل القياسي، ولا يقبل رموزًا ولا --list.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: no such readable file.</source>
        <translation>تتعذر قراءة «%1»: لا يوجد ملف قابل للقراءة بهذا الاسم.</translation>
    </message>
    <message>
        <source>--json goes with --print or --list.</source>
        <translation>الخيار --json يُستخدم مع --print أو --list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code. One has three numbers without leading zeros, such as 5.7.8: the class 2, 4 or 5, a subject from 0 to 7, and a detail.</source>
        <translation>«%1» ليس رمز حالة محسّنًا. يتكون رمز الحالة المحسّن من ثلاثة أعداد بلا أصفار بادئة، مثل 5.7.8: الفئة 2 أو 4 أو 5، وموضوع من 0 إلى 7، وتفصيل.</translation>
    </message>
    <message>
        <source>No enhanced status code %1 in the registry. Give it with its class, such as 5%2, to read it by its class and subject.</source>
        <translation>رمز الحالة المحسّن %1 غير موجود في السجل. حدّده مع فئته، مثل 5%2، لقراءته حسب فئته وموضوعه.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 مقابل %2</translation>
    </message>
    <message>
        <source>Both sides show %1. Choose a different code for one side to compare them.</source>
        <translation>يعرض الجانبان %1. اختر رمزًا مختلفًا لأحد الجانبين لإجراء المقارنة.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 replies: in each case the server %6. What sets them apart is the situation each one reports.</source>
        <translation>الرمزان %1 (%2) و%3 (%4) كلاهما ردٌّ من فئة %5: في كلتا الحالتين فإن الخادم %6. وما يميّز أحدهما عن الآخر هو الحالة التي يُبلغ عنها كلٌّ منهما.</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 reply: the server %4. %5 (%6) is a %7 reply: the server %8.</source>
        <translation>الرمز %1 (%2) ردٌّ من فئة %3، أي أن الخادم %4. والرمز %5 (%6) ردٌّ من فئة %7، أي أن الخادم %8.</translation>
    </message>
    <message>
        <source>Both are %1 replies, so after either one the client %2.</source>
        <translation>كلاهما ردٌّ من فئة %1، لذا فإن العميل بعد أيٍّ منهما %2.</translation>
    </message>
    <message>
        <source>%1 is a %2 reply, while %3 is a %4 reply.</source>
        <translation>الرمز %1 ردٌّ من فئة %2، بينما الرمز %3 ردٌّ من فئة %4.</translation>
    </message>
    <message>
        <source>After %1 the client %2; after %3 it %4.</source>
        <translation>بعد %1 فإن العميل %2؛ وبعد %3 فإنه %4.</translation>
    </message>
    <message>
        <source>Both usually come with the same enhanced status codes: %1.</source>
        <translation>يأتي كلاهما عادةً مع رموز الحالة المحسّنة نفسها: %1.</translation>
    </message>
    <message>
        <source>%1 usually comes with %2, and %3 with %4.</source>
        <translation>رموز الحالة المحسّنة المعتادة مع %1: %2، ومع %3: %4.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is defined by any RFC.</source>
        <translation>لم يُعرَّف %1 ولا %2 في أي RFC.</translation>
    </message>
    <message>
        <source>Expect %1 (%2) when %3 If you receive it: %4</source>
        <translation>توقّع %1 (%2) عندما: %3 إذا تلقيته: %4</translation>
    </message>
    <message>
        <source>no particular enhanced status code</source>
        <translation>لا رمز حالة محسّن بعينه</translation>
    </message>
    <message>
        <source>Same class: both are %1 replies.</source>
        <translation>الفئة نفسها: كلاهما ردٌّ من فئة %1.</translation>
    </message>
    <message>
        <source>has nothing more to send, as the server closes the connection</source>
        <translation>لا يبقى لديه ما يرسله، إذ يغلق الخادم الاتصال</translation>
    </message>
    <message>
        <source>may try again later on a new connection, as the server closes this one</source>
        <translation>يمكنه إعادة المحاولة لاحقًا عبر اتصال جديد، إذ يغلق الخادم هذا الاتصال</translation>
    </message>
    <message>
        <source>Both are %1 replies.</source>
        <translation>كلاهما ردٌّ من فئة %1.</translation>
    </message>
    <message>
        <source>%1 is sent in reply to %2, whereas %3 is sent in reply to %4.</source>
        <translation>يُرسَل %1 ردًّا على %2، بينما يُرسَل %3 ردًّا على %4.</translation>
    </message>
    <message>
        <source>Only %1 is sent in reply to %2.</source>
        <translation>%1 وحده يُرسَل ردًّا على %2.</translation>
    </message>
    <message>
        <source>Both are sent in reply to %1.</source>
        <translation>يُرسَل كلاهما ردًّا على %1.</translation>
    </message>
    <message>
        <source>Neither carries an enhanced status code: RFC 2034 gives none to 3xx replies.</source>
        <translation>لا يحمل أيٌّ منهما رمز حالة محسّنًا: لا يخصّص RFC 2034 أي رمز لردود 3xx.</translation>
    </message>
    <message>
        <source>%1 carries no enhanced status code, as RFC 2034 gives none to 3xx replies, while %2 usually comes with %3.</source>
        <translation>لا يحمل %1 رمز حالة محسّنًا، إذ لا يخصّص RFC 2034 أي رمز لردود 3xx، بينما يأتي %2 عادةً مع %3.</translation>
    </message>
    <message>
        <source>%1 is not defined by any RFC, while %2 is defined by %3.</source>
        <translation>لم يُعرَّف %1 في أي RFC، بينما عُرِّف %2 في %3.</translation>
    </message>
    <message>
        <source>Both are defined by %1.</source>
        <translation>عُرِّف كلاهما في %1.</translation>
    </message>
    <message>
        <source>%1 is defined by %2, and %3 by %4.</source>
        <translation>عُرِّف %1 في %2، و%3 في %4.</translation>
    </message>
    <message>
        <source>Same class: both are %1 codes.</source>
        <translation>الفئة نفسها: كلاهما رمز من فئة %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>class %1 (%2)</source>
        <translation>الفئة %1 (%2)</translation>
    </message>
    <message>
        <source>any class</source>
        <translation>أي فئة</translation>
    </message>
    <message>
        <source>subject %1 (%2)</source>
        <translation>الموضوع %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is in %2 and %3. %4 is in %5 and %6.</source>
        <translation>يقع %1 في %2 و%3. ويقع %4 في %5 و%6.</translation>
    </message>
    <message>
        <source>Both are in %1.</source>
        <translation>يقع كلاهما في %1.</translation>
    </message>
    <message>
        <source>%1 is in %2, while %3 is in %4.</source>
        <translation>يقع %1 في %2، بينما يقع %3 في %4.</translation>
    </message>
    <message>
        <source>The registry names no reply code for either.</source>
        <translation>لا يذكر السجل رمز رد لأيٍّ منهما.</translation>
    </message>
    <message>
        <source>Both come with reply code %1.</source>
        <translation>يأتي كلاهما مع رمز الرد %1.</translation>
    </message>
    <message>
        <source>%1 comes with %2, and %3 with %4.</source>
        <translation>يأتي %1 مع %2، و%3 مع %4.</translation>
    </message>
    <message>
        <source>%1 is deprecated in the registry.</source>
        <translation>%1 مُهمَل في السجل.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is in the registry.</source>
        <translation>لا يوجد %1 ولا %2 في السجل.</translation>
    </message>
    <message>
        <source>%1 is not in the registry, while %2 is defined by %3.</source>
        <translation>%1 غير موجود في السجل، بينما عُرِّف %2 في %3.</translation>
    </message>
    <message>
        <source>a registry entry without an RFC</source>
        <translation>مدخل في السجل بلا RFC</translation>
    </message>
    <message>
        <source>no reply code the registry names</source>
        <translation>لا رمز رد يذكره السجل</translation>
    </message>
    <message>
        <source>no registry title</source>
        <translation>بلا عنوان في السجل</translation>
    </message>
    <message>
        <source>%1 is not in the registry, so read it by its class and subject. %2 %3</source>
        <translation>%1 غير موجود في السجل، لذا اقرأه حسب فئته وموضوعه. %2 %3</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>non-standard</source>
        <translation>غير قياسي</translation>
    </message>
    <message>
        <source>None in particular.</source>
        <translation>لا رموز بعينها.</translation>
    </message>
    <message>
        <source>C:</source>
        <comment>client line of an example exchange</comment>
        <translation>C:</translation>
    </message>
    <message>
        <source>S:</source>
        <comment>server line of an example exchange</comment>
        <translation>S:</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>مُهمَل</translation>
    </message>
    <message>
        <source>not in the registry</source>
        <translation>غير موجود في السجل</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes, so only its class and its subject say what it means. Some mail systems use details of their own; the documentation of the server that sent it may say more.</source>
        <translation>%1 غير موجود في سجل IANA لرموز الحالة المحسّنة، لذا لا يدل على معناه سوى فئته وموضوعه. تستخدم بعض أنظمة البريد تفاصيل خاصة بها؛ وقد تقدّم وثائق الخادم الذي أرسله مزيدًا من المعلومات.</translation>
    </message>
    <message>
        <source>The registry names no reply code for it.</source>
        <translation>لا يذكر السجل رمز رد له.</translation>
    </message>
    <message>
        <source>Class %1, %2: %3</source>
        <translation>الفئة %1، %2: %3</translation>
    </message>
    <message>
        <source>Subject %1, %2: %3</source>
        <translation>الموضوع %1، %2: %3</translation>
    </message>
</context>
<context>
    <name>ExplanationPage</name>
    <message>
        <source>Permanent: %1</source>
        <translation>فشل دائم: %1</translation>
    </message>
    <message>
        <source>Temporary: %1</source>
        <translation>فشل مؤقت: %1</translation>
    </message>
    <message>
        <source>Success: the message was accepted</source>
        <translation>نجاح: قُبلت الرسالة</translation>
    </message>
    <message>
        <source>%1, from the enhanced status code</source>
        <translation>%1، بحسب رمز الحالة المحسّن</translation>
    </message>
    <message>
        <source>%1, from the reply code</source>
        <translation>%1، بحسب رمز الرد</translation>
    </message>
    <message>
        <source>%1, from the words of the reply</source>
        <translation>%1، بحسب نص الرد</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>تم الترحيل</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>تم التوسيع</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>الرد %1</translation>
    </message>
    <message>
        <source>Remote server: %1</source>
        <translation>الخادم البعيد: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>أبلغ عنه: %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما العمل</translation>
    </message>
    <message>
        <source>No SMTP reply code or enhanced status code was found in the input.</source>
        <translation>لم يُعثر في الإدخال على أي رمز رد SMTP أو رمز حالة محسّن.</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 findings are shown. Copy takes all of them.</source>
        <translation>تُعرض النتائج الأولى فقط (%L1 من أصل %L2). يشمل النسخ جميع النتائج.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>الاستخدام: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[خيارات]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>الوسائط:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>يعرض المساعدة حول خيارات سطر الأوامر.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>يعرض المساعدة بما فيها الخيارات الخاصة بـQt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>يعرض معلومات الإصدار.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>خيار غير معروف «%1».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>خيارات غير معروفة: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>قيمة مفقودة بعد «%1».</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>قيمة غير متوقعة بعد «%1».</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>&quot;LTR&quot; for left-to-right languages, &quot;RTL&quot; for right-to-left ones such as Arabic.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>ReplyClass</name>
    <message>
        <source>Positive Completion</source>
        <translation>إتمام إيجابي</translation>
    </message>
    <message>
        <source>has completed the requested action</source>
        <translation>أتمّ الإجراء المطلوب</translation>
    </message>
    <message>
        <source>can go on with its next command</source>
        <translation>يمكنه الانتقال إلى أمره التالي</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>إيجابي وسيط</translation>
    </message>
    <message>
        <source>has accepted the command but needs more information first</source>
        <translation>قبِل الأمر لكنه يحتاج إلى مزيد من المعلومات أولًا</translation>
    </message>
    <message>
        <source>sends the data or the response that the server asked for</source>
        <translation>يرسل البيانات أو الاستجابة التي طلبها الخادم</translation>
    </message>
    <message>
        <source>did not perform the action, but the failure is temporary</source>
        <translation>لم ينفّذ الإجراء، لكن الفشل مؤقت</translation>
    </message>
    <message>
        <source>may try the same request again later</source>
        <translation>يمكنه إعادة محاولة الطلب نفسه لاحقًا</translation>
    </message>
    <message>
        <source>did not perform the action, and the failure is permanent</source>
        <translation>لم ينفّذ الإجراء، والفشل دائم</translation>
    </message>
    <message>
        <source>should not repeat the same request unchanged</source>
        <translation>لا ينبغي له تكرار الطلب نفسه دون تغيير</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>إتمام سلبي مؤقت</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>إتمام سلبي دائم</translation>
    </message>
</context>
<context>
    <name>ReplyCode</name>
    <message>
        <source>the opening of a connection</source>
        <translation>فتح الاتصال</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>أي أمر</translation>
    </message>
</context>
<context>
    <name>RfcReference</name>
    <message>
        <source>RFC %1</source>
        <translation>RFC %1</translation>
    </message>
    <message>
        <source>RFC %1, section %2</source>
        <translation>RFC %1، القسم %2</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>متى تراه</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>كيفية الإصلاح</translation>
    </message>
    <message>
        <source>Typical enhanced status codes</source>
        <translation>رموز الحالة المحسّنة المعتادة</translation>
    </message>
    <message>
        <source>RFC references</source>
        <translation>مراجع RFC</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>رموز ذات صلة</translation>
    </message>
    <message>
        <source>Example exchange</source>
        <translation>مثال على التبادل</translation>
    </message>
    <message>
        <source>Other meanings and extensions</source>
        <translation>معانٍ وامتدادات أخرى</translation>
    </message>
    <message>
        <source>Non-standard code</source>
        <translation>رمز غير قياسي</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>الاختلافات الرئيسية</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>متى تستخدم أيًا منهما</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation>غير موجود في السجل</translation>
    </message>
    <message>
        <source>Class and subject</source>
        <translation>الفئة والموضوع</translation>
    </message>
    <message>
        <source>Associated reply codes</source>
        <translation>رموز الرد المرتبطة</translation>
    </message>
    <message>
        <source>Sent in reply to</source>
        <translation>يُرسَل ردًّا على</translation>
    </message>
    <message>
        <source>Example reply</source>
        <translation>مثال على الرد</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListModel</name>
    <message>
        <source>%1  %2 (non-standard)</source>
        <translation>%1  %2 (غير قياسي)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1. Not defined by any RFC.</source>
        <translation>%1. غير معرَّف في أي RFC.</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2، %3</translation>
    </message>
    <message>
        <source>%1  %2 (deprecated)</source>
        <translation>%1  %2 (مُهمَل)</translation>
    </message>
    <message>
        <source>Enhanced status code: %1</source>
        <translation>رمز حالة محسّن: %1</translation>
    </message>
    <message>
        <source>Enhanced status code %1 %2, %3</source>
        <translation>رمز حالة محسّن %1 %2، %3</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListPane</name>
    <message>
        <source>Show %1</source>
        <translation>عرض %1</translation>
    </message>
    <message>
        <source>Compare With %1</source>
        <translation>مقارنة مع %1</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>جميع الفئات</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <comment>shown of total</comment>
        <translation>
            <numerusform>%1 من %n رمز</numerusform>
            <numerusform>%1 من %n رمز</numerusform>
            <numerusform>%1 من %n رمزين</numerusform>
            <numerusform>%1 من %n رموز</numerusform>
            <numerusform>%1 من %n رمزًا</numerusform>
            <numerusform>%1 من %n رمز</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or text…</source>
        <translation>ابحث عن رمز أو اسم أو نص…</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>البحث في الرموز</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>الفئة(&amp;L):</translation>
    </message>
    <message>
        <source>Reply codes</source>
        <translation>رموز الرد</translation>
    </message>
    <message>
        <source>Number of codes shown</source>
        <translation>عدد الرموز المعروضة</translation>
    </message>
    <message>
        <source>Type a code such as 550 or 5.7.8, a word, or paste a reply line (Ctrl+F or /)</source>
        <translation>اكتب رمزًا مثل 550 أو 5.7.8، أو كلمة، أو الصق سطر رد (Ctrl+F أو /)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع(&amp;K):</translation>
    </message>
    <message>
        <source>Kind of code filter</source>
        <translation>مرشّح نوع الرمز</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>مرشّح الفئة</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>جميع الأنواع</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>رموز الحالة المحسّنة</translation>
    </message>
    <message>
        <source>2xx and 2.x.x: success</source>
        <translation>2xx و2.x.x: نجاح</translation>
    </message>
    <message>
        <source>3xx: intermediate</source>
        <translation>3xx: وسيط</translation>
    </message>
    <message>
        <source>4xx and 4.x.x: temporary failure</source>
        <translation>4xx و4.x.x: فشل مؤقت</translation>
    </message>
    <message>
        <source>5xx and 5.x.x: permanent failure</source>
        <translation>5xx و5.x.x: فشل دائم</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CompareView</name>
    <message>
        <source>&amp;First:</source>
        <translation>الأول(&amp;F):</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>الرمز الأول</translation>
    </message>
    <message>
        <source>Type a code or a name</source>
        <translation>اكتب رمزًا أو اسمًا</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>تبديل(&amp;S)</translation>
    </message>
    <message>
        <source>Swap the two codes</source>
        <translation>تبديل الرمزين</translation>
    </message>
    <message>
        <source>Swap codes</source>
        <translation>تبديل الرمزين</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>الثاني(&amp;E):</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>الرمز الثاني</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::DetailPane</name>
    <message>
        <source>Compare %1 With…</source>
        <translation>مقارنة %1 مع…</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>تفاصيل الرمز</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ExplainView</name>
    <message>
        <source>&amp;Paste a reply, log lines or a bounce message, or drop a file:</source>
        <translation>الصق ردًّا أو أسطر سجل أو رسالة مرتدة، أو أفلت ملفًا هنا(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>فتح(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file (Ctrl+O)</source>
        <translation>فتح رسالة مرتدة (.eml أو mbox) أو ملف سجل (Ctrl+O)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>مسح(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the input</source>
        <translation>مسح الإدخال</translation>
    </message>
    <message>
        <source>Text to explain</source>
        <translation>النص المراد شرحه</translation>
    </message>
    <message>
        <source>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</source>
        <translation>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <source>Explanation status</source>
        <translation>حالة الشرح</translation>
    </message>
    <message>
        <source>Explaining</source>
        <translation>جارٍ الشرح</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>جارٍ الشرح…</translation>
    </message>
    <message>
        <source>Nothing to explain yet.</source>
        <translation>لا شيء لشرحه بعد.</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>النتائج: %1</translation>
    </message>
    <message>
        <source>%1 (the first %2 shown) — %3</source>
        <translation>%1 (يُعرض أول %2) — %3</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>النص المُفلَت</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::MainWindow</name>
    <message>
        <source>About SMTP Codes</source>
        <translation>حول SMTP Codes</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 مقابل %2</translation>
    </message>
    <message>
        <source>SMTP Codes</source>
        <translation>SMTP Codes</translation>
    </message>
    <message>
        <source>%1 — SMTP Codes</source>
        <translation>%1 — SMTP Codes</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>طرق العرض</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>التفاصيل(&amp;D)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>المقارنة(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة(&amp;H)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy Entry</source>
        <translation>نسخ المدخل(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the shown entry or comparison as plain text</source>
        <translation>نسخ المدخل أو المقارنة المعروضة كنص عادي</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>بحث(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F or /)</source>
        <translation>البحث في الرموز (Ctrl+F أو /)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>المقارنة(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>رجوع(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous code (Alt+Left)</source>
        <translation>الرجوع إلى الرمز السابق (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>تقدّم(&amp;F)</translation>
    </message>
    <message>
        <source>Forward to the next code (Alt+Right)</source>
        <translation>التقدّم إلى الرمز التالي (Alt+Right)</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>مقارنة مع(&amp;W)…</translation>
    </message>
    <message>
        <source>Compare the shown code with another (Ctrl+D)</source>
        <translation>مقارنة الرمز المعروض برمز آخر (Ctrl+D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>حول SMTP Codes(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>الشرح(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>فتح(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file to explain</source>
        <translation>فتح رسالة مرتدة (.eml أو mbox) أو ملف سجل لشرحه</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared.</source>
        <translation>لا يمكن مقارنة رمز رد برمز حالة محسّن.</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>فتح رسالة مرتدة أو سجل</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>البريد والسجلات (*.eml *.msg *.mbox *.txt *.log);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>It is larger than %1.</source>
        <translation>حجمه أكبر من %1.</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>تعذّر فتح الملف</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>يتعذر فتح «%1»: %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;A reference for SMTP reply codes and enhanced status codes: what each code means, when you see it and how to fix it, with its RFC references.&lt;/p&gt;&lt;p&gt;%2 reply codes and %3 enhanced status codes, from the IANA registry of %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;مرجع لرموز رد SMTP ورموز الحالة المحسّنة: معنى كل رمز، ومتى تراه، وكيفية الإصلاح، مع مراجع RFC الخاصة به.&lt;/p&gt;&lt;p&gt;رموز الرد: %2، ورموز الحالة المحسّنة: %3، من سجل IANA بتاريخ %4.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>الرموز: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>ما العمل: %1</translation>
    </message>
</context>
</TS>
