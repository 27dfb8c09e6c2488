<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Application</name>
    <message>
        <source>The built-in catalog is damaged: %1</source>
        <translation>Danh mục tích hợp bị hỏng: %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to &quot;%1&quot;.</source>
        <translation>Không thể ghi ảnh chụp màn hình vào “%1”.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Không đọc được “%1”: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 64 MiB.</source>
        <translation>“%1” lớn hơn 64 MiB.</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1: trường “%2” %3</translation>
    </message>
    <message>
        <source>entry %1 (code %2)</source>
        <translation>mục %1 (mã %2)</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>mục %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>bị thiếu</translation>
    </message>
    <message>
        <source>must be a whole number from 200 to 599</source>
        <translation>phải là số nguyên từ 200 đến 599</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>phải là chuỗi không rỗng</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>phải là true hoặc false</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>phải là một danh sách</translation>
    </message>
    <message>
        <source>must have at least %1 items</source>
        <translation>phải có ít nhất %1 phần tử</translation>
    </message>
    <message>
        <source>must hold only non-empty strings</source>
        <translation>chỉ được chứa các chuỗi không rỗng</translation>
    </message>
    <message>
        <source>entry %1: must be an object</source>
        <translation>mục %1: phải là một đối tượng</translation>
    </message>
    <message>
        <source>must start with the code number</source>
        <translation>phải bắt đầu bằng số mã</translation>
    </message>
    <message>
        <source>must be a clause that follows &quot;when&quot;, not start with one</source>
        <translation>phải là mệnh đề đứng sau “when”, không được bắt đầu bằng một liên từ như vậy</translation>
    </message>
    <message>
        <source>must end with a full stop</source>
        <translation>phải kết thúc bằng dấu chấm</translation>
    </message>
    <message>
        <source>must hold objects with &quot;rfc&quot; and &quot;section&quot;</source>
        <translation>phải chứa các đối tượng có “rfc” và “section”</translation>
    </message>
    <message>
        <source>has &quot;%1&quot;, which is not an enhanced status code of this class</source>
        <translation>chứa “%1”, đây không phải là mã trạng thái mở rộng của nhóm này</translation>
    </message>
    <message>
        <source>must hold other reply codes</source>
        <translation>phải chứa các mã phản hồi khác</translation>
    </message>
    <message>
        <source>must hold lines with &quot;from&quot; (client or server) and &quot;text&quot;</source>
        <translation>phải chứa các dòng có “from” (client hoặc server) và “text”</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON không hợp lệ tại vị trí %1: %2</translation>
    </message>
    <message>
        <source>the top level must be an object with a &quot;codes&quot; list</source>
        <translation>cấp cao nhất phải là một đối tượng có danh sách “codes”</translation>
    </message>
    <message>
        <source>entry %1: code %2 appears more than once</source>
        <translation>mục %1: mã %2 xuất hiện nhiều hơn một lần</translation>
    </message>
    <message>
        <source>the catalog has no codes</source>
        <translation>danh mục không có mã nào</translation>
    </message>
    <message>
        <source>code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>mã %1: trường “related” nêu mã %2, mã này không có trong danh mục</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>must mark the defining RFC with &quot;defines&quot;: true</source>
        <translation>phải đánh dấu RFC định nghĩa bằng “defines”: true</translation>
    </message>
    <message>
        <source>enhanced codes: the top level must have a non-empty &quot;%1&quot; list</source>
        <translation>mã mở rộng: cấp cao nhất phải có danh sách “%1” không rỗng</translation>
    </message>
    <message>
        <source>enhanced class %1</source>
        <translation>nhóm mã mở rộng %1</translation>
    </message>
    <message>
        <source>must be 2, 4 or 5</source>
        <translation>phải là 2, 4 hoặc 5</translation>
    </message>
    <message>
        <source>enhanced subject %1</source>
        <translation>chủ đề mã mở rộng %1</translation>
    </message>
    <message>
        <source>must be a number from 0 to 7</source>
        <translation>phải là số từ 0 đến 7</translation>
    </message>
    <message>
        <source>enhanced code %1: must be an object</source>
        <translation>mã mở rộng %1: phải là một đối tượng</translation>
    </message>
    <message>
        <source>enhanced code %1</source>
        <translation>mã mở rộng %1</translation>
    </message>
    <message>
        <source>enhanced code %1 (%2)</source>
        <translation>mã mở rộng %1 (%2)</translation>
    </message>
    <message>
        <source>must be written as the registry does, e.g. X.7.8</source>
        <translation>phải được viết như trong sổ đăng ký, ví dụ X.7.8</translation>
    </message>
    <message>
        <source>must hold distinct classes 2, 4 and 5</source>
        <translation>phải chứa các nhóm khác nhau 2, 4 và 5</translation>
    </message>
    <message>
        <source>must hold the class of reply code %1</source>
        <translation>phải chứa nhóm của mã phản hồi %1</translation>
    </message>
    <message>
        <source>must start with the code</source>
        <translation>phải bắt đầu bằng mã</translation>
    </message>
    <message>
        <source>must hold other codes written as X.y.z</source>
        <translation>phải chứa các mã khác được viết dạng X.y.z</translation>
    </message>
    <message>
        <source>must be a reply line with this code in the reply&apos;s class</source>
        <translation>phải là một dòng phản hồi chứa mã này trong nhóm của phản hồi</translation>
    </message>
    <message>
        <source>enhanced codes: not valid JSON at offset %1: %2</source>
        <translation>mã mở rộng: JSON không hợp lệ tại vị trí %1: %2</translation>
    </message>
    <message>
        <source>enhanced codes: the classes must be 2, 4 and 5 and the subjects 0 to 7, each once</source>
        <translation>mã mở rộng: các nhóm phải là 2, 4 và 5, các chủ đề từ 0 đến 7, mỗi giá trị đúng một lần</translation>
    </message>
    <message>
        <source>enhanced code %1 appears more than once</source>
        <translation>mã mở rộng %1 xuất hiện nhiều hơn một lần</translation>
    </message>
    <message>
        <source>enhanced code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>mã mở rộng %1: trường “related” nêu mã %2, mã này không có trong danh mục</translation>
    </message>
    <message>
        <source>must hold reply codes</source>
        <translation>phải chứa các mã phản hồi</translation>
    </message>
    <message>
        <source>must hold &quot;defines&quot; as true or false</source>
        <translation>phải chứa “defines” với giá trị true hoặc false</translation>
    </message>
    <message>
        <source>reasons: not valid JSON at offset %1: %2</source>
        <translation>lý do: JSON không hợp lệ tại vị trí %1: %2</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>lý do %1</translation>
    </message>
    <message>
        <source>must be unique</source>
        <translation>phải là duy nhất</translation>
    </message>
    <message>
        <source>reasons: &quot;other&quot; and &quot;expired&quot; must be defined</source>
        <translation>lý do: phải định nghĩa “other” và “expired”</translation>
    </message>
    <message>
        <source>names no defined reason</source>
        <translation>nêu một lý do chưa được định nghĩa</translation>
    </message>
    <message>
        <source>must hold enhanced status codes</source>
        <translation>phải chứa các mã trạng thái mở rộng</translation>
    </message>
    <message>
        <source>phrases %1</source>
        <translation>cụm từ %1</translation>
    </message>
    <message>
        <source>must be lower case</source>
        <translation>phải viết chữ thường</translation>
    </message>
    <message>
        <source>enhanced code rule %1</source>
        <translation>quy tắc mã mở rộng %1</translation>
    </message>
    <message>
        <source>must be an enhanced status code</source>
        <translation>phải là mã trạng thái mở rộng</translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation>quy tắc dự phòng %1</translation>
    </message>
    <message>
        <source>the compiled catalog cannot be read</source>
        <translation>không đọc được danh mục đã biên dịch</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write the details of one code, or the comparison of two, to standard output instead of opening a window.</source>
        <translation>Ghi thông tin chi tiết của một mã, hoặc phần so sánh hai mã, ra đầu ra chuẩn thay vì mở cửa sổ.</translation>
    </message>
    <message>
        <source>Print every code, one per line: code, name and class separated by tabs.</source>
        <translation>In ra tất cả các mã, mỗi mã một dòng: mã, tên và nhóm, phân cách bằng tab.</translation>
    </message>
    <message>
        <source>Use the interface language &lt;language&gt;, e.g. de or zh_CN. Available: %1.</source>
        <translation>Dùng ngôn ngữ giao diện &lt;ngôn_ngữ&gt;, ví dụ de hoặc zh_CN. Có sẵn: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ngôn_ngữ</translation>
    </message>
    <message>
        <source>Save the window as a PNG image in &lt;file&gt; and exit.</source>
        <translation>Lưu cửa sổ thành ảnh PNG vào &lt;tệp&gt; rồi thoát.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>[code [code]]</source>
        <translation>[mã [mã]]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>Ngôn ngữ không xác định “%1”. Có sẵn: %2.</translation>
    </message>
    <message>
        <source>Give one code to show or two codes to compare, not %1.</source>
        <translation>Hãy chỉ định một mã để xem hoặc hai mã để so sánh, không phải %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reply code. A reply code has three digits, such as 535.</source>
        <translation>“%1” không phải là mã phản hồi. Mã phản hồi gồm ba chữ số, ví dụ 535.</translation>
    </message>
    <message>
        <source>No reply code %1 in the catalog. Run with --list to see every code.</source>
        <translation>Không có mã phản hồi %1 trong danh mục. Hãy chạy với --list để xem tất cả các mã.</translation>
    </message>
    <message>
        <source>Use either --print or --list, not both.</source>
        <translation>Chỉ dùng --print hoặc --list, không dùng cả hai.</translation>
    </message>
    <message>
        <source>--list prints every code and takes no codes.</source>
        <translation>--list in ra tất cả các mã và không nhận mã nào làm đối số.</translation>
    </message>
    <message>
        <source>--screenshot saves the window, so it cannot be combined with --print or --list.</source>
        <translation>--screenshot lưu cửa sổ nên không thể dùng cùng --print hoặc --list.</translation>
    </message>
    <message>
        <source>--print needs one code to show or two codes to compare.</source>
        <translation>--print cần một mã để xem hoặc hai mã để so sánh.</translation>
    </message>
    <message>
        <source>With --print or --list, write JSON for scripts instead of text.</source>
        <translation>Khi dùng cùng --print hoặc --list, ghi JSON cho script thay vì văn bản.</translation>
    </message>
    <message>
        <source>Explain a reply, a log excerpt or a bounce message (.eml, mbox) read from &lt;file&gt;, or from standard input for -. With --print the explanation goes to standard output, with --json as JSON.</source>
        <translation>Giải thích một phản hồi, một đoạn nhật ký hoặc một thư báo trả về (.eml, mbox) đọc từ &lt;tệp&gt;, hoặc từ đầu vào chuẩn nếu là -. Với --print, phần giải thích được ghi ra đầu ra chuẩn; với --json, dưới dạng JSON.</translation>
    </message>
    <message>
        <source>A reference for SMTP reply codes and enhanced status codes: what a code means, when you see it and how to fix it.</source>
        <translation>Tài liệu tra cứu mã phản hồi SMTP và mã trạng thái mở rộng: ý nghĩa của mã, khi nào bạn gặp mã đó và cách khắc phục.</translation>
    </message>
    <message>
        <source>One code to show, or two of one kind to compare: reply codes such as 535, enhanced status codes such as 5.7.8.</source>
        <translation>Một mã để xem, hoặc hai mã cùng loại để so sánh: mã phản hồi như 535, mã trạng thái mở rộng như 5.7.8.</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared. Give two reply codes or two enhanced status codes.</source>
        <translation>Không thể so sánh mã phản hồi với mã trạng thái mở rộng. Hãy chỉ định hai mã phản hồi hoặc hai mã trạng thái mở rộng.</translation>
    </message>
    <message>
        <source>--explain takes a file, or - for standard input, and no codes or --list.</source>
        <translation>--explain nhận một tệp, hoặc - cho đầu vào chuẩn, và không dùng cùng mã hay --list.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: no such readable file.</source>
        <translation>Không đọc được “%1”: tệp không tồn tại hoặc không đọc được.</translation>
    </message>
    <message>
        <source>--json goes with --print or --list.</source>
        <translation>--json chỉ dùng cùng --print hoặc --list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code. One has three numbers without leading zeros, such as 5.7.8: the class 2, 4 or 5, a subject from 0 to 7, and a detail.</source>
        <translation>“%1” không phải là mã trạng thái mở rộng. Mã này gồm ba số không có số 0 đứng đầu, ví dụ 5.7.8: nhóm 2, 4 hoặc 5, chủ đề từ 0 đến 7, và chi tiết.</translation>
    </message>
    <message>
        <source>No enhanced status code %1 in the registry. Give it with its class, such as 5%2, to read it by its class and subject.</source>
        <translation>Không có mã trạng thái mở rộng %1 trong sổ đăng ký. Hãy nhập mã kèm nhóm, ví dụ 5%2, để hiểu mã theo nhóm và chủ đề.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 so với %2</translation>
    </message>
    <message>
        <source>Both sides show %1. Choose a different code for one side to compare them.</source>
        <translation>Cả hai bên đều là %1. Hãy chọn một mã khác cho một bên để so sánh.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 replies: in each case the server %6. What sets them apart is the situation each one reports.</source>
        <translation>%1 (%2) và %3 (%4) đều là phản hồi nhóm %5: trong cả hai trường hợp, máy chủ %6. Điểm khác nhau nằm ở tình huống mà mỗi mã báo hiệu.</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 reply: the server %4. %5 (%6) is a %7 reply: the server %8.</source>
        <translation>%1 (%2) là phản hồi nhóm %3: máy chủ %4. %5 (%6) là phản hồi nhóm %7: máy chủ %8.</translation>
    </message>
    <message>
        <source>Both are %1 replies, so after either one the client %2.</source>
        <translation>Cả hai đều là phản hồi nhóm %1, nên sau bất kỳ mã nào trong hai mã này, máy khách %2.</translation>
    </message>
    <message>
        <source>%1 is a %2 reply, while %3 is a %4 reply.</source>
        <translation>%1 là phản hồi nhóm %2, còn %3 là phản hồi nhóm %4.</translation>
    </message>
    <message>
        <source>After %1 the client %2; after %3 it %4.</source>
        <translation>Sau %1, máy khách %2; sau %3, máy khách %4.</translation>
    </message>
    <message>
        <source>Both usually come with the same enhanced status codes: %1.</source>
        <translation>Cả hai thường đi kèm cùng các mã trạng thái mở rộng: %1.</translation>
    </message>
    <message>
        <source>%1 usually comes with %2, and %3 with %4.</source>
        <translation>Mã trạng thái mở rộng thường gặp: %1 — %2; %3 — %4.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is defined by any RFC.</source>
        <translation>Cả %1 lẫn %2 đều không được định nghĩa trong RFC nào.</translation>
    </message>
    <message>
        <source>Expect %1 (%2) when %3 If you receive it: %4</source>
        <translation>Bạn sẽ gặp %1 (%2) khi: %3 Nếu nhận được mã này: %4</translation>
    </message>
    <message>
        <source>no particular enhanced status code</source>
        <translation>không có mã cụ thể nào</translation>
    </message>
    <message>
        <source>Same class: both are %1 replies.</source>
        <translation>Cùng nhóm: cả hai đều là phản hồi nhóm %1.</translation>
    </message>
    <message>
        <source>has nothing more to send, as the server closes the connection</source>
        <translation>không còn gì để gửi, vì máy chủ đóng kết nối</translation>
    </message>
    <message>
        <source>may try again later on a new connection, as the server closes this one</source>
        <translation>có thể thử lại sau qua một kết nối mới, vì máy chủ đóng kết nối này</translation>
    </message>
    <message>
        <source>Both are %1 replies.</source>
        <translation>Cả hai đều là phản hồi nhóm %1.</translation>
    </message>
    <message>
        <source>%1 is sent in reply to %2, whereas %3 is sent in reply to %4.</source>
        <translation>%1 được gửi để phản hồi %2, còn %3 được gửi để phản hồi %4.</translation>
    </message>
    <message>
        <source>Only %1 is sent in reply to %2.</source>
        <translation>Chỉ %1 được gửi để phản hồi %2.</translation>
    </message>
    <message>
        <source>Both are sent in reply to %1.</source>
        <translation>Cả hai đều được gửi để phản hồi %1.</translation>
    </message>
    <message>
        <source>Neither carries an enhanced status code: RFC 2034 gives none to 3xx replies.</source>
        <translation>Cả hai đều không kèm mã trạng thái mở rộng: RFC 2034 không quy định mã nào cho phản hồi 3xx.</translation>
    </message>
    <message>
        <source>%1 carries no enhanced status code, as RFC 2034 gives none to 3xx replies, while %2 usually comes with %3.</source>
        <translation>%1 không kèm mã trạng thái mở rộng, vì RFC 2034 không quy định mã nào cho phản hồi 3xx, còn mã thường gặp với %2: %3.</translation>
    </message>
    <message>
        <source>%1 is not defined by any RFC, while %2 is defined by %3.</source>
        <translation>%1 không được định nghĩa trong RFC nào, còn %2 được định nghĩa trong %3.</translation>
    </message>
    <message>
        <source>Both are defined by %1.</source>
        <translation>Cả hai đều được định nghĩa trong %1.</translation>
    </message>
    <message>
        <source>%1 is defined by %2, and %3 by %4.</source>
        <translation>%1 được định nghĩa trong %2, còn %3 trong %4.</translation>
    </message>
    <message>
        <source>Same class: both are %1 codes.</source>
        <translation>Cùng nhóm: cả hai đều là mã nhóm %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>class %1 (%2)</source>
        <translation>nhóm %1 (%2)</translation>
    </message>
    <message>
        <source>any class</source>
        <translation>mọi nhóm</translation>
    </message>
    <message>
        <source>subject %1 (%2)</source>
        <translation>chủ đề %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is in %2 and %3. %4 is in %5 and %6.</source>
        <translation>%1 thuộc %2 và %3. %4 thuộc %5 và %6.</translation>
    </message>
    <message>
        <source>Both are in %1.</source>
        <translation>Cả hai đều thuộc %1.</translation>
    </message>
    <message>
        <source>%1 is in %2, while %3 is in %4.</source>
        <translation>%1 thuộc %2, còn %3 thuộc %4.</translation>
    </message>
    <message>
        <source>The registry names no reply code for either.</source>
        <translation>Sổ đăng ký không nêu mã phản hồi nào cho cả hai mã.</translation>
    </message>
    <message>
        <source>Both come with reply code %1.</source>
        <translation>Cả hai đều đi kèm mã phản hồi %1.</translation>
    </message>
    <message>
        <source>%1 comes with %2, and %3 with %4.</source>
        <translation>Mã phản hồi đi kèm: %1 — %2; %3 — %4.</translation>
    </message>
    <message>
        <source>%1 is deprecated in the registry.</source>
        <translation>%1 được đánh dấu là đã lỗi thời trong sổ đăng ký.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is in the registry.</source>
        <translation>Cả %1 lẫn %2 đều không có trong sổ đăng ký.</translation>
    </message>
    <message>
        <source>%1 is not in the registry, while %2 is defined by %3.</source>
        <translation>%1 không có trong sổ đăng ký, còn %2 được định nghĩa trong %3.</translation>
    </message>
    <message>
        <source>a registry entry without an RFC</source>
        <translation>một mục sổ đăng ký không có RFC</translation>
    </message>
    <message>
        <source>no reply code the registry names</source>
        <translation>sổ đăng ký không nêu mã nào</translation>
    </message>
    <message>
        <source>no registry title</source>
        <translation>không có tên trong sổ đăng ký</translation>
    </message>
    <message>
        <source>%1 is not in the registry, so read it by its class and subject. %2 %3</source>
        <translation>%1 không có trong sổ đăng ký, nên hãy hiểu mã này theo nhóm và chủ đề. %2 %3</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>non-standard</source>
        <translation>phi tiêu chuẩn</translation>
    </message>
    <message>
        <source>None in particular.</source>
        <translation>Không có mã cụ thể nào.</translation>
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
        <translation>đã lỗi thời</translation>
    </message>
    <message>
        <source>not in the registry</source>
        <translation>không có trong sổ đăng ký</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes, so only its class and its subject say what it means. Some mail systems use details of their own; the documentation of the server that sent it may say more.</source>
        <translation>%1 không có trong sổ đăng ký IANA về mã trạng thái mở rộng, nên chỉ có nhóm và chủ đề cho biết ý nghĩa của mã. Một số hệ thống thư dùng phần chi tiết riêng; tài liệu của máy chủ đã gửi mã này có thể cho biết thêm.</translation>
    </message>
    <message>
        <source>The registry names no reply code for it.</source>
        <translation>Sổ đăng ký không nêu mã phản hồi nào cho mã này.</translation>
    </message>
    <message>
        <source>Class %1, %2: %3</source>
        <translation>Nhóm %1, %2: %3</translation>
    </message>
    <message>
        <source>Subject %1, %2: %3</source>
        <translation>Chủ đề %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>ExplanationPage</name>
    <message>
        <source>Permanent: %1</source>
        <translation>Lỗi vĩnh viễn: %1</translation>
    </message>
    <message>
        <source>Temporary: %1</source>
        <translation>Lỗi tạm thời: %1</translation>
    </message>
    <message>
        <source>Success: the message was accepted</source>
        <translation>Thành công: thư đã được chấp nhận</translation>
    </message>
    <message>
        <source>%1, from the enhanced status code</source>
        <translation>%1, theo mã trạng thái mở rộng</translation>
    </message>
    <message>
        <source>%1, from the reply code</source>
        <translation>%1, theo mã phản hồi</translation>
    </message>
    <message>
        <source>%1, from the words of the reply</source>
        <translation>%1, theo nội dung phản hồi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Bị trì hoãn</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Đã chuyển phát</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>Đã chuyển tiếp</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Đã mở rộng</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>Phản hồi %1</translation>
    </message>
    <message>
        <source>Remote server: %1</source>
        <translation>Máy chủ từ xa: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Máy chủ báo cáo: %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cần làm gì</translation>
    </message>
    <message>
        <source>No SMTP reply code or enhanced status code was found in the input.</source>
        <translation>Không tìm thấy mã phản hồi SMTP hay mã trạng thái mở rộng nào trong dữ liệu nhập.</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 findings are shown. Copy takes all of them.</source>
        <translation>Đang hiển thị %L1 kết quả đầu tiên trong tổng số %L2. Khi sao chép sẽ lấy tất cả.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Cách dùng: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[tùy_chọn]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Đối số:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Hiển thị trợ giúp về các tùy chọn dòng lệnh.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Hiển thị trợ giúp, bao gồm cả các tùy chọn riêng của Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Hiển thị thông tin phiên bản.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Tùy chọn không xác định “%1”.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Các tùy chọn không xác định: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Thiếu giá trị sau “%1”.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Giá trị không mong đợi sau “%1”.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>&quot;LTR&quot; for left-to-right languages, &quot;RTL&quot; for right-to-left ones such as Arabic.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>ReplyClass</name>
    <message>
        <source>Positive Completion</source>
        <translation>Hoàn tất thành công</translation>
    </message>
    <message>
        <source>has completed the requested action</source>
        <translation>đã thực hiện hành động được yêu cầu</translation>
    </message>
    <message>
        <source>can go on with its next command</source>
        <translation>có thể tiếp tục với lệnh tiếp theo</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Trung gian</translation>
    </message>
    <message>
        <source>has accepted the command but needs more information first</source>
        <translation>đã chấp nhận lệnh nhưng cần thêm thông tin trước</translation>
    </message>
    <message>
        <source>sends the data or the response that the server asked for</source>
        <translation>gửi dữ liệu hoặc phản hồi mà máy chủ yêu cầu</translation>
    </message>
    <message>
        <source>did not perform the action, but the failure is temporary</source>
        <translation>không thực hiện hành động, nhưng đây là lỗi tạm thời</translation>
    </message>
    <message>
        <source>may try the same request again later</source>
        <translation>có thể thử lại cùng yêu cầu đó sau</translation>
    </message>
    <message>
        <source>did not perform the action, and the failure is permanent</source>
        <translation>không thực hiện hành động, và đây là lỗi vĩnh viễn</translation>
    </message>
    <message>
        <source>should not repeat the same request unchanged</source>
        <translation>không nên lặp lại cùng yêu cầu đó mà không thay đổi gì</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>Lỗi tạm thời</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>Lỗi vĩnh viễn</translation>
    </message>
</context>
<context>
    <name>ReplyCode</name>
    <message>
        <source>the opening of a connection</source>
        <translation>việc mở kết nối</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>bất kỳ lệnh nào</translation>
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
        <translation>RFC %1, mục %2</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Khi bạn thấy mã này</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cách khắc phục</translation>
    </message>
    <message>
        <source>Typical enhanced status codes</source>
        <translation>Mã trạng thái mở rộng thường gặp</translation>
    </message>
    <message>
        <source>RFC references</source>
        <translation>Tài liệu RFC tham khảo</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Mã liên quan</translation>
    </message>
    <message>
        <source>Example exchange</source>
        <translation>Ví dụ trao đổi</translation>
    </message>
    <message>
        <source>Other meanings and extensions</source>
        <translation>Ý nghĩa khác và phần mở rộng</translation>
    </message>
    <message>
        <source>Non-standard code</source>
        <translation>Mã phi tiêu chuẩn</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Điểm khác biệt chính</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>Khi nào dùng cái nào</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation>Không có trong sổ đăng ký</translation>
    </message>
    <message>
        <source>Class and subject</source>
        <translation>Nhóm và chủ đề</translation>
    </message>
    <message>
        <source>Associated reply codes</source>
        <translation>Mã phản hồi tương ứng</translation>
    </message>
    <message>
        <source>Sent in reply to</source>
        <translation>Được gửi để phản hồi</translation>
    </message>
    <message>
        <source>Example reply</source>
        <translation>Ví dụ phản hồi</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListModel</name>
    <message>
        <source>%1  %2 (non-standard)</source>
        <translation>%1  %2 (phi tiêu chuẩn)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1. Not defined by any RFC.</source>
        <translation>%1. Không được định nghĩa trong RFC nào.</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>%1  %2 (deprecated)</source>
        <translation>%1  %2 (đã lỗi thời)</translation>
    </message>
    <message>
        <source>Enhanced status code: %1</source>
        <translation>Mã trạng thái mở rộng: %1</translation>
    </message>
    <message>
        <source>Enhanced status code %1 %2, %3</source>
        <translation>Mã trạng thái mở rộng %1 %2, %3</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListPane</name>
    <message>
        <source>Show %1</source>
        <translation>Xem %1</translation>
    </message>
    <message>
        <source>Compare With %1</source>
        <translation>So sánh với %1</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <comment>shown of total</comment>
        <translation>
            <numerusform>%1 trên %n mã</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or text…</source>
        <translation>Tìm mã, tên hoặc nội dung…</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>Tìm mã</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>Nhó&amp;m:</translation>
    </message>
    <message>
        <source>Reply codes</source>
        <translation>Mã phản hồi</translation>
    </message>
    <message>
        <source>Number of codes shown</source>
        <translation>Số mã đang hiển thị</translation>
    </message>
    <message>
        <source>Type a code such as 550 or 5.7.8, a word, or paste a reply line (Ctrl+F or /)</source>
        <translation>Nhập mã như 550 hoặc 5.7.8, một từ, hoặc dán một dòng phản hồi (Ctrl+F hoặc /)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Kind of code filter</source>
        <translation>Bộ lọc loại mã</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Bộ lọc nhóm</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Mã mở rộng</translation>
    </message>
    <message>
        <source>2xx and 2.x.x: success</source>
        <translation>2xx và 2.x.x: thành công</translation>
    </message>
    <message>
        <source>3xx: intermediate</source>
        <translation>3xx: trung gian</translation>
    </message>
    <message>
        <source>4xx and 4.x.x: temporary failure</source>
        <translation>4xx và 4.x.x: lỗi tạm thời</translation>
    </message>
    <message>
        <source>5xx and 5.x.x: permanent failure</source>
        <translation>5xx và 5.x.x: lỗi vĩnh viễn</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CompareView</name>
    <message>
        <source>&amp;First:</source>
        <translation>Thứ &amp;nhất:</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Mã thứ nhất</translation>
    </message>
    <message>
        <source>Type a code or a name</source>
        <translation>Nhập mã hoặc tên</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>Đổi &amp;vị trí</translation>
    </message>
    <message>
        <source>Swap the two codes</source>
        <translation>Đổi vị trí hai mã</translation>
    </message>
    <message>
        <source>Swap codes</source>
        <translation>Đổi vị trí mã</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>Thứ &amp;hai:</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>Mã thứ hai</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::DetailPane</name>
    <message>
        <source>Compare %1 With…</source>
        <translation>So sánh %1 với…</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>Chi tiết mã</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ExplainView</name>
    <message>
        <source>&amp;Paste a reply, log lines or a bounce message, or drop a file:</source>
        <translation>&amp;Dán phản hồi, các dòng nhật ký hoặc thư báo trả về, hoặc thả tệp vào:</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file (Ctrl+O)</source>
        <translation>Mở thư báo trả về (.eml, mbox) hoặc tệp nhật ký (Ctrl+O)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>Clear the input</source>
        <translation>Xóa nội dung nhập</translation>
    </message>
    <message>
        <source>Text to explain</source>
        <translation>Văn bản cần giải thích</translation>
    </message>
    <message>
        <source>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</source>
        <translation>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Phần giải thích</translation>
    </message>
    <message>
        <source>Explanation status</source>
        <translation>Trạng thái giải thích</translation>
    </message>
    <message>
        <source>Explaining</source>
        <translation>Đang giải thích</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Đang giải thích…</translation>
    </message>
    <message>
        <source>Nothing to explain yet.</source>
        <translation>Chưa có gì để giải thích.</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
    <message>
        <source>%1 (the first %2 shown) — %3</source>
        <translation>%1 (chỉ hiển thị %2 đầu tiên) — %3</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Văn bản được thả vào</translation>
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
        <translation>Giới thiệu SMTP Codes</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 so với %2</translation>
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
        <translation>Chế độ xem</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Chi tiết</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>S&amp;o sánh</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>N&amp;gôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Copy Entry</source>
        <translation>&amp;Sao chép mục</translation>
    </message>
    <message>
        <source>Copy the shown entry or comparison as plain text</source>
        <translation>Sao chép mục hoặc phần so sánh đang hiển thị dưới dạng văn bản thuần</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F or /)</source>
        <translation>Tìm trong các mã (Ctrl+F hoặc /)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;So sánh</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Quay &amp;lại</translation>
    </message>
    <message>
        <source>Back to the previous code (Alt+Left)</source>
        <translation>Quay lại mã trước (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Tiến tới</translation>
    </message>
    <message>
        <source>Forward to the next code (Alt+Right)</source>
        <translation>Tiến tới mã kế tiếp (Alt+Right)</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>So sánh &amp;với…</translation>
    </message>
    <message>
        <source>Compare the shown code with another (Ctrl+D)</source>
        <translation>So sánh mã đang hiển thị với một mã khác (Ctrl+D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>&amp;Giới thiệu SMTP Codes</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>Giải t&amp;hích</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file to explain</source>
        <translation>Mở thư báo trả về (.eml, mbox) hoặc tệp nhật ký để giải thích</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared.</source>
        <translation>Không thể so sánh mã phản hồi với mã trạng thái mở rộng.</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Mở thư báo trả về hoặc nhật ký</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>Thư và nhật ký (*.eml *.msg *.mbox *.txt *.log);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>It is larger than %1.</source>
        <translation>Tệp lớn hơn %1.</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Không mở được “%1”: %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;A reference for SMTP reply codes and enhanced status codes: what each code means, when you see it and how to fix it, with its RFC references.&lt;/p&gt;&lt;p&gt;%2 reply codes and %3 enhanced status codes, from the IANA registry of %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Tài liệu tra cứu mã phản hồi SMTP và mã trạng thái mở rộng: ý nghĩa của từng mã, khi nào bạn gặp mã đó và cách khắc phục, kèm tài liệu RFC tham khảo.&lt;/p&gt;&lt;p&gt;%2 mã phản hồi và %3 mã trạng thái mở rộng, theo sổ đăng ký IANA ngày %4.&lt;/p&gt;</translation>
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
        <translation>Mã: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Cần làm gì: %1</translation>
    </message>
</context>
</TS>
