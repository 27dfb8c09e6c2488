<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>Application</name>
    <message>
        <source>The built-in catalog is damaged: %1</source>
        <translation>내장 카탈로그가 손상되었습니다: %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to &quot;%1&quot;.</source>
        <translation>스크린샷을 &quot;%1&quot;에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 64 MiB.</source>
        <translation>&quot;%1&quot; 파일이 64 MiB보다 큽니다.</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1: &quot;%2&quot; 필드%3</translation>
    </message>
    <message>
        <source>entry %1 (code %2)</source>
        <translation>항목 %1(코드 %2)</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>항목 %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>가 없습니다</translation>
    </message>
    <message>
        <source>must be a whole number from 200 to 599</source>
        <translation>는 200~599 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>는 비어 있지 않은 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>는 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>는 목록이어야 합니다</translation>
    </message>
    <message>
        <source>must have at least %1 items</source>
        <translation>에는 항목이 %1개 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>must hold only non-empty strings</source>
        <translation>에는 비어 있지 않은 문자열만 있어야 합니다</translation>
    </message>
    <message>
        <source>entry %1: must be an object</source>
        <translation>항목 %1: 객체여야 합니다</translation>
    </message>
    <message>
        <source>must start with the code number</source>
        <translation>는 코드 번호로 시작해야 합니다</translation>
    </message>
    <message>
        <source>must be a clause that follows &quot;when&quot;, not start with one</source>
        <translation>는 &quot;when&quot; 뒤에 오는 절이어야 하며, when 같은 접속사로 시작하면 안 됩니다</translation>
    </message>
    <message>
        <source>must end with a full stop</source>
        <translation>는 마침표로 끝나야 합니다</translation>
    </message>
    <message>
        <source>must hold objects with &quot;rfc&quot; and &quot;section&quot;</source>
        <translation>에는 &quot;rfc&quot;와 &quot;section&quot;이 있는 객체가 있어야 합니다</translation>
    </message>
    <message>
        <source>has &quot;%1&quot;, which is not an enhanced status code of this class</source>
        <translation>에 이 클래스의 확장 상태 코드가 아닌 &quot;%1&quot; 값이 있습니다</translation>
    </message>
    <message>
        <source>must hold other reply codes</source>
        <translation>에는 다른 응답 코드만 있어야 합니다</translation>
    </message>
    <message>
        <source>must hold lines with &quot;from&quot; (client or server) and &quot;text&quot;</source>
        <translation>에는 &quot;from&quot;(client 또는 server)과 &quot;text&quot;가 있는 줄이 있어야 합니다</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>오프셋 %1의 JSON이 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>the top level must be an object with a &quot;codes&quot; list</source>
        <translation>최상위 수준은 &quot;codes&quot; 목록이 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>entry %1: code %2 appears more than once</source>
        <translation>항목 %1: 같은 코드(%2)가 두 번 이상 나옵니다</translation>
    </message>
    <message>
        <source>the catalog has no codes</source>
        <translation>카탈로그에 코드가 없습니다</translation>
    </message>
    <message>
        <source>code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>코드 %1: &quot;related&quot; 필드에 지정된 %2 코드가 카탈로그에 없습니다</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>must mark the defining RFC with &quot;defines&quot;: true</source>
        <translation>는 정의하는 RFC를 &quot;defines&quot;: true로 표시해야 합니다</translation>
    </message>
    <message>
        <source>enhanced codes: the top level must have a non-empty &quot;%1&quot; list</source>
        <translation>확장 코드 데이터: 최상위 수준에 비어 있지 않은 &quot;%1&quot; 목록이 있어야 합니다</translation>
    </message>
    <message>
        <source>enhanced class %1</source>
        <translation>확장 클래스 항목 %1</translation>
    </message>
    <message>
        <source>must be 2, 4 or 5</source>
        <translation>는 2, 4, 5 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>enhanced subject %1</source>
        <translation>확장 주제 항목 %1</translation>
    </message>
    <message>
        <source>must be a number from 0 to 7</source>
        <translation>는 0~7 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>enhanced code %1: must be an object</source>
        <translation>확장 코드 항목 %1: 객체여야 합니다</translation>
    </message>
    <message>
        <source>enhanced code %1</source>
        <translation>확장 코드 항목 %1</translation>
    </message>
    <message>
        <source>enhanced code %1 (%2)</source>
        <translation>확장 코드 항목 %1(%2)</translation>
    </message>
    <message>
        <source>must be written as the registry does, e.g. X.7.8</source>
        <translation>는 레지스트리와 같은 형식(예: X.7.8)으로 써야 합니다</translation>
    </message>
    <message>
        <source>must hold distinct classes 2, 4 and 5</source>
        <translation>에는 2, 4, 5 중 서로 다른 클래스만 있어야 합니다</translation>
    </message>
    <message>
        <source>must hold the class of reply code %1</source>
        <translation>에는 응답 코드 %1의 클래스가 있어야 합니다</translation>
    </message>
    <message>
        <source>must start with the code</source>
        <translation>는 코드로 시작해야 합니다</translation>
    </message>
    <message>
        <source>must hold other codes written as X.y.z</source>
        <translation>에는 X.y.z 형식으로 쓴 다른 코드만 있어야 합니다</translation>
    </message>
    <message>
        <source>must be a reply line with this code in the reply&apos;s class</source>
        <translation>는 응답의 클래스에 맞는 이 코드가 들어 있는 응답 줄이어야 합니다</translation>
    </message>
    <message>
        <source>enhanced codes: not valid JSON at offset %1: %2</source>
        <translation>확장 코드 데이터: 오프셋 %1의 JSON이 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>enhanced codes: the classes must be 2, 4 and 5 and the subjects 0 to 7, each once</source>
        <translation>확장 코드 데이터: 클래스 2, 4, 5와 주제 0~7이 각각 한 번씩 있어야 합니다</translation>
    </message>
    <message>
        <source>enhanced code %1 appears more than once</source>
        <translation>같은 확장 코드(%1)가 두 번 이상 나옵니다</translation>
    </message>
    <message>
        <source>enhanced code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>확장 코드 %1: &quot;related&quot; 필드에 지정된 %2 코드가 카탈로그에 없습니다</translation>
    </message>
    <message>
        <source>must hold reply codes</source>
        <translation>에는 응답 코드만 있어야 합니다</translation>
    </message>
    <message>
        <source>must hold &quot;defines&quot; as true or false</source>
        <translation>에는 값이 true 또는 false인 &quot;defines&quot;가 있어야 합니다</translation>
    </message>
    <message>
        <source>reasons: not valid JSON at offset %1: %2</source>
        <translation>사유 데이터: 오프셋 %1의 JSON이 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>사유 항목 %1</translation>
    </message>
    <message>
        <source>must be unique</source>
        <translation>는 고유해야 합니다</translation>
    </message>
    <message>
        <source>reasons: &quot;other&quot; and &quot;expired&quot; must be defined</source>
        <translation>사유 데이터: &quot;other&quot;와 &quot;expired&quot;가 정의되어 있어야 합니다</translation>
    </message>
    <message>
        <source>names no defined reason</source>
        <translation>에 정의되지 않은 사유가 지정되어 있습니다</translation>
    </message>
    <message>
        <source>must hold enhanced status codes</source>
        <translation>에는 확장 상태 코드만 있어야 합니다</translation>
    </message>
    <message>
        <source>phrases %1</source>
        <translation>문구 항목 %1</translation>
    </message>
    <message>
        <source>must be lower case</source>
        <translation>는 소문자여야 합니다</translation>
    </message>
    <message>
        <source>enhanced code rule %1</source>
        <translation>확장 코드 규칙 %1</translation>
    </message>
    <message>
        <source>must be an enhanced status code</source>
        <translation>는 확장 상태 코드여야 합니다</translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation>대체 규칙 %1</translation>
    </message>
    <message>
        <source>the compiled catalog cannot be read</source>
        <translation>컴파일된 카탈로그를 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write the details of one code, or the comparison of two, to standard output instead of opening a window.</source>
        <translation>창을 열지 않고, 코드 하나의 세부 정보 또는 코드 두 개의 비교 결과를 표준 출력에 씁니다.</translation>
    </message>
    <message>
        <source>Print every code, one per line: code, name and class separated by tabs.</source>
        <translation>모든 코드를 한 줄에 하나씩 출력합니다. 코드, 이름, 클래스는 탭으로 구분됩니다.</translation>
    </message>
    <message>
        <source>Use the interface language &lt;language&gt;, e.g. de or zh_CN. Available: %1.</source>
        <translation>인터페이스 언어로 &lt;언어&gt;를 사용합니다(예: de, zh_CN). 사용 가능한 언어: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Save the window as a PNG image in &lt;file&gt; and exit.</source>
        <translation>창을 PNG 이미지로 &lt;파일&gt;에 저장하고 종료합니다.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>[code [code]]</source>
        <translation>[코드 [코드]]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>알 수 없는 언어 &quot;%1&quot;입니다. 사용 가능한 언어: %2.</translation>
    </message>
    <message>
        <source>Give one code to show or two codes to compare, not %1.</source>
        <translation>표시할 코드 1개 또는 비교할 코드 2개를 지정하세요(지정한 개수: %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reply code. A reply code has three digits, such as 535.</source>
        <translation>&quot;%1&quot;은(는) 응답 코드가 아닙니다. 응답 코드는 535처럼 세 자리 숫자입니다.</translation>
    </message>
    <message>
        <source>No reply code %1 in the catalog. Run with --list to see every code.</source>
        <translation>카탈로그에 %1 코드가 없습니다. 모든 코드를 보려면 --list 옵션을 사용해 실행하세요.</translation>
    </message>
    <message>
        <source>Use either --print or --list, not both.</source>
        <translation>--print 또는 --list 중 하나만 사용하세요.</translation>
    </message>
    <message>
        <source>--list prints every code and takes no codes.</source>
        <translation>--list 옵션은 모든 코드를 출력하므로 코드를 지정할 수 없습니다.</translation>
    </message>
    <message>
        <source>--screenshot saves the window, so it cannot be combined with --print or --list.</source>
        <translation>--screenshot 옵션은 창을 저장하므로 --print 또는 --list 옵션과 함께 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>--print needs one code to show or two codes to compare.</source>
        <translation>--print 옵션에는 표시할 코드 1개 또는 비교할 코드 2개가 필요합니다.</translation>
    </message>
    <message>
        <source>With --print or --list, write JSON for scripts instead of text.</source>
        <translation>--print 또는 --list와 함께 사용하면 텍스트 대신 스크립트용 JSON을 씁니다.</translation>
    </message>
    <message>
        <source>Explain a reply, a log excerpt or a bounce message (.eml, mbox) read from &lt;file&gt;, or from standard input for -. With --print the explanation goes to standard output, with --json as JSON.</source>
        <translation>&lt;파일&gt;에서 읽은 응답, 로그 발췌 또는 반송 메일(.eml, mbox)을 해석합니다. -를 지정하면 표준 입력에서 읽습니다. --print와 함께 사용하면 해석 결과를 표준 출력에 쓰고, --json도 사용하면 JSON으로 씁니다.</translation>
    </message>
    <message>
        <source>A reference for SMTP reply codes and enhanced status codes: what a code means, when you see it and how to fix it.</source>
        <translation>SMTP 응답 코드와 확장 상태 코드 참조 도구: 코드의 의미, 표시되는 경우, 해결 방법을 알려 줍니다.</translation>
    </message>
    <message>
        <source>One code to show, or two of one kind to compare: reply codes such as 535, enhanced status codes such as 5.7.8.</source>
        <translation>표시할 코드 1개 또는 비교할 같은 종류의 코드 2개: 535 같은 응답 코드, 5.7.8 같은 확장 상태 코드.</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared. Give two reply codes or two enhanced status codes.</source>
        <translation>응답 코드와 확장 상태 코드는 비교할 수 없습니다. 응답 코드 2개 또는 확장 상태 코드 2개를 지정하세요.</translation>
    </message>
    <message>
        <source>--explain takes a file, or - for standard input, and no codes or --list.</source>
        <translation>--explain 옵션에는 파일 또는 표준 입력을 뜻하는 -를 지정하며, 코드나 --list 옵션과 함께 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: no such readable file.</source>
        <translation>&quot;%1&quot; 파일을 읽을 수 없습니다: 파일이 없거나 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>--json goes with --print or --list.</source>
        <translation>--json 옵션은 --print 또는 --list 옵션과 함께 사용해야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code. One has three numbers without leading zeros, such as 5.7.8: the class 2, 4 or 5, a subject from 0 to 7, and a detail.</source>
        <translation>&quot;%1&quot;은(는) 확장 상태 코드가 아닙니다. 확장 상태 코드는 5.7.8처럼 앞에 0이 붙지 않는 숫자 세 개로 이루어집니다. 각각 클래스(2, 4, 5), 주제(0~7), 세부 번호입니다.</translation>
    </message>
    <message>
        <source>No enhanced status code %1 in the registry. Give it with its class, such as 5%2, to read it by its class and subject.</source>
        <translation>레지스트리에 확장 상태 코드 %1이(가) 없습니다. 클래스와 주제로 해석하려면 5%2처럼 클래스를 붙여 지정하세요.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs %2</translation>
    </message>
    <message>
        <source>Both sides show %1. Choose a different code for one side to compare them.</source>
        <translation>양쪽에 같은 코드(%1)가 표시되어 있습니다. 비교하려면 한쪽에서 다른 코드를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 replies: in each case the server %6. What sets them apart is the situation each one reports.</source>
        <translation>%1(%2) 코드와 %3(%4) 코드는 모두 %5 응답으로, 두 경우 모두 서버가 %6. 두 코드의 차이는 각 코드가 알리는 상황에 있습니다.</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 reply: the server %4. %5 (%6) is a %7 reply: the server %8.</source>
        <translation>%1(%2) 코드는 %3 응답으로, 서버가 %4. %5(%6) 코드는 %7 응답으로, 서버가 %8.</translation>
    </message>
    <message>
        <source>Both are %1 replies, so after either one the client %2.</source>
        <translation>둘 다 %1 응답이므로, 어느 쪽을 받든 클라이언트는 %2.</translation>
    </message>
    <message>
        <source>%1 is a %2 reply, while %3 is a %4 reply.</source>
        <translation>%1 코드는 %2 응답이고, %3 코드는 %4 응답입니다.</translation>
    </message>
    <message>
        <source>After %1 the client %2; after %3 it %4.</source>
        <translation>%1 코드를 받은 클라이언트는 %2. %3 코드를 받은 경우에는 %4.</translation>
    </message>
    <message>
        <source>Both usually come with the same enhanced status codes: %1.</source>
        <translation>둘 다 대표적인 확장 상태 코드가 같습니다: %1.</translation>
    </message>
    <message>
        <source>%1 usually comes with %2, and %3 with %4.</source>
        <translation>대표적인 확장 상태 코드는 %1 코드가 &apos;%2&apos;, %3 코드가 &apos;%4&apos;입니다.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is defined by any RFC.</source>
        <translation>%1 코드와 %2 코드 모두 어떤 RFC에도 정의되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Expect %1 (%2) when %3 If you receive it: %4</source>
        <translation>%1(%2) 코드가 표시되는 경우: %3 받았을 때의 조치: %4</translation>
    </message>
    <message>
        <source>no particular enhanced status code</source>
        <translation>특정 코드 없음</translation>
    </message>
    <message>
        <source>Same class: both are %1 replies.</source>
        <translation>같은 클래스: 둘 다 %1 응답입니다.</translation>
    </message>
    <message>
        <source>has nothing more to send, as the server closes the connection</source>
        <translation>서버가 연결을 닫으므로 더 이상 보낼 것이 없습니다</translation>
    </message>
    <message>
        <source>may try again later on a new connection, as the server closes this one</source>
        <translation>서버가 이 연결을 닫으므로 나중에 새 연결에서 다시 시도할 수 있습니다</translation>
    </message>
    <message>
        <source>Both are %1 replies.</source>
        <translation>둘 다 %1 응답입니다.</translation>
    </message>
    <message>
        <source>%1 is sent in reply to %2, whereas %3 is sent in reply to %4.</source>
        <translation>%1 코드는 %2에 대한 응답으로 전송되는 반면, %3 코드는 %4에 대한 응답으로 전송됩니다.</translation>
    </message>
    <message>
        <source>Only %1 is sent in reply to %2.</source>
        <translation>%2에 대한 응답으로는 %1 코드만 전송됩니다.</translation>
    </message>
    <message>
        <source>Both are sent in reply to %1.</source>
        <translation>둘 다 %1에 대한 응답으로 전송됩니다.</translation>
    </message>
    <message>
        <source>Neither carries an enhanced status code: RFC 2034 gives none to 3xx replies.</source>
        <translation>둘 다 확장 상태 코드가 없습니다. RFC 2034는 3xx 응답에 확장 상태 코드를 부여하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 carries no enhanced status code, as RFC 2034 gives none to 3xx replies, while %2 usually comes with %3.</source>
        <translation>RFC 2034는 3xx 응답에 확장 상태 코드를 부여하지 않으므로 %1 코드에는 확장 상태 코드가 없습니다. 반면 %2 코드의 대표적인 확장 상태 코드는 &apos;%3&apos;입니다.</translation>
    </message>
    <message>
        <source>%1 is not defined by any RFC, while %2 is defined by %3.</source>
        <translation>%1 코드는 어떤 RFC에도 정의되어 있지 않지만, %2 코드는 %3에 정의되어 있습니다.</translation>
    </message>
    <message>
        <source>Both are defined by %1.</source>
        <translation>둘 다 %1에 정의되어 있습니다.</translation>
    </message>
    <message>
        <source>%1 is defined by %2, and %3 by %4.</source>
        <translation>%1 코드는 %2에, %3 코드는 %4에 정의되어 있습니다.</translation>
    </message>
    <message>
        <source>Same class: both are %1 codes.</source>
        <translation>같은 클래스: 둘 다 %1 코드입니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>class %1 (%2)</source>
        <translation>클래스 %1(%2)</translation>
    </message>
    <message>
        <source>any class</source>
        <translation>모든 클래스</translation>
    </message>
    <message>
        <source>subject %1 (%2)</source>
        <translation>주제 %1(%2)</translation>
    </message>
    <message>
        <source>%1 is in %2 and %3. %4 is in %5 and %6.</source>
        <translation>%1 코드는 %2, %3에 속합니다. %4 코드는 %5, %6에 속합니다.</translation>
    </message>
    <message>
        <source>Both are in %1.</source>
        <translation>둘 다 %1에 속합니다.</translation>
    </message>
    <message>
        <source>%1 is in %2, while %3 is in %4.</source>
        <translation>%1 코드는 %2에 속하고, %3 코드는 %4에 속합니다.</translation>
    </message>
    <message>
        <source>The registry names no reply code for either.</source>
        <translation>레지스트리에는 두 코드 모두 지정된 응답 코드가 없습니다.</translation>
    </message>
    <message>
        <source>Both come with reply code %1.</source>
        <translation>둘 다 함께 쓰이는 응답 코드는 %1입니다.</translation>
    </message>
    <message>
        <source>%1 comes with %2, and %3 with %4.</source>
        <translation>함께 쓰이는 응답 코드는 %1 코드가 &apos;%2&apos;, %3 코드가 &apos;%4&apos;입니다.</translation>
    </message>
    <message>
        <source>%1 is deprecated in the registry.</source>
        <translation>%1 코드는 레지스트리에서 사용 중단되었습니다.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is in the registry.</source>
        <translation>%1 코드와 %2 코드 모두 레지스트리에 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not in the registry, while %2 is defined by %3.</source>
        <translation>%1 코드는 레지스트리에 없지만, %2 코드는 %3에 정의되어 있습니다.</translation>
    </message>
    <message>
        <source>a registry entry without an RFC</source>
        <translation>RFC가 없는 레지스트리 항목</translation>
    </message>
    <message>
        <source>no reply code the registry names</source>
        <translation>레지스트리에 지정된 응답 코드 없음</translation>
    </message>
    <message>
        <source>no registry title</source>
        <translation>레지스트리 제목 없음</translation>
    </message>
    <message>
        <source>%1 is not in the registry, so read it by its class and subject. %2 %3</source>
        <translation>%1 코드는 레지스트리에 없으므로 클래스와 주제로 해석하세요. %2 %3</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>non-standard</source>
        <translation>비표준</translation>
    </message>
    <message>
        <source>None in particular.</source>
        <translation>특별히 없음.</translation>
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
        <translation>사용 중단</translation>
    </message>
    <message>
        <source>not in the registry</source>
        <translation>레지스트리에 없음</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes, so only its class and its subject say what it means. Some mail systems use details of their own; the documentation of the server that sent it may say more.</source>
        <translation>%1 코드는 IANA 확장 상태 코드 레지스트리에 없으므로 클래스와 주제만으로 의미를 알 수 있습니다. 일부 메일 시스템은 자체 세부 번호를 사용합니다. 이 코드를 보낸 서버의 문서에 더 자세한 정보가 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>The registry names no reply code for it.</source>
        <translation>레지스트리에 지정된 응답 코드가 없습니다.</translation>
    </message>
    <message>
        <source>Class %1, %2: %3</source>
        <translation>클래스 %1, %2: %3</translation>
    </message>
    <message>
        <source>Subject %1, %2: %3</source>
        <translation>주제 %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>ExplanationPage</name>
    <message>
        <source>Permanent: %1</source>
        <translation>영구적 실패: %1</translation>
    </message>
    <message>
        <source>Temporary: %1</source>
        <translation>일시적 실패: %1</translation>
    </message>
    <message>
        <source>Success: the message was accepted</source>
        <translation>성공: 메시지가 수락되었습니다</translation>
    </message>
    <message>
        <source>%1, from the enhanced status code</source>
        <translation>%1(확장 상태 코드 기준)</translation>
    </message>
    <message>
        <source>%1, from the reply code</source>
        <translation>%1(응답 코드 기준)</translation>
    </message>
    <message>
        <source>%1, from the words of the reply</source>
        <translation>%1(응답 문구 기준)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>지연됨</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>배달됨</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>중계됨</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>확장됨</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>응답 %1</translation>
    </message>
    <message>
        <source>Remote server: %1</source>
        <translation>원격 서버: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>보고한 서버: %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>조치 방법</translation>
    </message>
    <message>
        <source>No SMTP reply code or enhanced status code was found in the input.</source>
        <translation>입력에서 SMTP 응답 코드나 확장 상태 코드를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 findings are shown. Copy takes all of them.</source>
        <translation>결과 %L2건 중 처음 %L1건만 표시됩니다. 복사하면 모든 결과가 복사됩니다.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>사용법: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[옵션]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>인자:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>명령행 옵션 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt 전용 옵션을 포함한 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>버전 정보를 표시합니다.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>알 수 없는 옵션 &apos;%1&apos;입니다.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>알 수 없는 옵션: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; 다음에 값이 없습니다.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; 다음에 예상하지 않은 값이 있습니다.</translation>
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
        <translation>긍정 완료</translation>
    </message>
    <message>
        <source>has completed the requested action</source>
        <translation>요청된 작업을 완료했습니다</translation>
    </message>
    <message>
        <source>can go on with its next command</source>
        <translation>다음 명령으로 진행할 수 있습니다</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>긍정 중간</translation>
    </message>
    <message>
        <source>has accepted the command but needs more information first</source>
        <translation>명령을 수락했지만 진행하려면 먼저 추가 정보가 필요합니다</translation>
    </message>
    <message>
        <source>sends the data or the response that the server asked for</source>
        <translation>서버가 요청한 데이터나 응답을 보냅니다</translation>
    </message>
    <message>
        <source>did not perform the action, but the failure is temporary</source>
        <translation>작업을 수행하지 않았지만, 이 실패는 일시적입니다</translation>
    </message>
    <message>
        <source>may try the same request again later</source>
        <translation>나중에 같은 요청을 다시 시도할 수 있습니다</translation>
    </message>
    <message>
        <source>did not perform the action, and the failure is permanent</source>
        <translation>작업을 수행하지 않았으며, 이 실패는 영구적입니다</translation>
    </message>
    <message>
        <source>should not repeat the same request unchanged</source>
        <translation>같은 요청을 그대로 반복해서는 안 됩니다</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>일시적 부정 완료</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>영구적 부정 완료</translation>
    </message>
</context>
<context>
    <name>ReplyCode</name>
    <message>
        <source>the opening of a connection</source>
        <translation>연결 수립</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>모든 명령</translation>
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
        <translation>RFC %1 %2절</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>표시되는 경우</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <source>Typical enhanced status codes</source>
        <translation>대표적인 확장 상태 코드</translation>
    </message>
    <message>
        <source>RFC references</source>
        <translation>RFC 참조</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>관련 코드</translation>
    </message>
    <message>
        <source>Example exchange</source>
        <translation>통신 예시</translation>
    </message>
    <message>
        <source>Other meanings and extensions</source>
        <translation>기타 의미 및 확장</translation>
    </message>
    <message>
        <source>Non-standard code</source>
        <translation>비표준 코드</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>주요 차이점</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>상황별 구분</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation>레지스트리에 없음</translation>
    </message>
    <message>
        <source>Class and subject</source>
        <translation>클래스 및 주제</translation>
    </message>
    <message>
        <source>Associated reply codes</source>
        <translation>연관된 응답 코드</translation>
    </message>
    <message>
        <source>Sent in reply to</source>
        <translation>응답 대상 명령</translation>
    </message>
    <message>
        <source>Example reply</source>
        <translation>응답 예시</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListModel</name>
    <message>
        <source>%1  %2 (non-standard)</source>
        <translation>%1  %2 (비표준)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1. Not defined by any RFC.</source>
        <translation>%1. 어떤 RFC에도 정의되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>%1  %2 (deprecated)</source>
        <translation>%1  %2 (사용 중단)</translation>
    </message>
    <message>
        <source>Enhanced status code: %1</source>
        <translation>확장 상태 코드: %1</translation>
    </message>
    <message>
        <source>Enhanced status code %1 %2, %3</source>
        <translation>확장 상태 코드 %1 %2, %3</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListPane</name>
    <message>
        <source>Show %1</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <source>Compare With %1</source>
        <translation>%1 코드와 비교</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>모든 클래스</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <comment>shown of total</comment>
        <translation>
            <numerusform>전체 %n개 중 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or text…</source>
        <translation>코드, 이름, 텍스트 검색…</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>코드 검색</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>클래스(&amp;L):</translation>
    </message>
    <message>
        <source>Reply codes</source>
        <translation>응답 코드</translation>
    </message>
    <message>
        <source>Number of codes shown</source>
        <translation>표시된 코드 수</translation>
    </message>
    <message>
        <source>Type a code such as 550 or 5.7.8, a word, or paste a reply line (Ctrl+F or /)</source>
        <translation>550, 5.7.8 같은 코드나 단어를 입력하거나 응답 줄을 붙여 넣으세요(Ctrl+F 또는 /)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>Kind of code filter</source>
        <translation>코드 종류 필터</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>클래스 필터</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>확장 상태 코드</translation>
    </message>
    <message>
        <source>2xx and 2.x.x: success</source>
        <translation>2xx 및 2.x.x: 성공</translation>
    </message>
    <message>
        <source>3xx: intermediate</source>
        <translation>3xx: 중간</translation>
    </message>
    <message>
        <source>4xx and 4.x.x: temporary failure</source>
        <translation>4xx 및 4.x.x: 일시적 실패</translation>
    </message>
    <message>
        <source>5xx and 5.x.x: permanent failure</source>
        <translation>5xx 및 5.x.x: 영구적 실패</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CompareView</name>
    <message>
        <source>&amp;First:</source>
        <translation>첫 번째(&amp;F):</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>첫 번째 코드</translation>
    </message>
    <message>
        <source>Type a code or a name</source>
        <translation>코드 또는 이름을 입력하세요</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>서로 바꾸기(&amp;S)</translation>
    </message>
    <message>
        <source>Swap the two codes</source>
        <translation>두 코드를 서로 바꿉니다</translation>
    </message>
    <message>
        <source>Swap codes</source>
        <translation>코드 바꾸기</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>두 번째(&amp;E):</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>두 번째 코드</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::DetailPane</name>
    <message>
        <source>Compare %1 With…</source>
        <translation>%1 코드를 다른 코드와 비교…</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>코드 세부 정보</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ExplainView</name>
    <message>
        <source>&amp;Paste a reply, log lines or a bounce message, or drop a file:</source>
        <translation>응답, 로그 줄 또는 반송 메일을 붙여 넣거나 파일을 끌어다 놓으세요(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file (Ctrl+O)</source>
        <translation>반송 메일(.eml, mbox) 또는 로그 파일을 엽니다(Ctrl+O)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>지우기(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the input</source>
        <translation>입력 내용을 지웁니다</translation>
    </message>
    <message>
        <source>Text to explain</source>
        <translation>해석할 텍스트</translation>
    </message>
    <message>
        <source>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</source>
        <translation>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>해석 결과</translation>
    </message>
    <message>
        <source>Explanation status</source>
        <translation>해석 상태</translation>
    </message>
    <message>
        <source>Explaining</source>
        <translation>해석 중</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>해석 중…</translation>
    </message>
    <message>
        <source>Nothing to explain yet.</source>
        <translation>아직 해석할 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>결과: %1건</translation>
    </message>
    <message>
        <source>%1 (the first %2 shown) — %3</source>
        <translation>%1(처음 %2만 표시) — %3</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>끌어다 놓은 텍스트</translation>
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
        <translation>SMTP Codes 정보</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs %2</translation>
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
        <translation>보기</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>세부 정보(&amp;D)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>비교(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>탐색</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy Entry</source>
        <translation>항목 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the shown entry or comparison as plain text</source>
        <translation>표시된 항목이나 비교 결과를 일반 텍스트로 복사합니다</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F or /)</source>
        <translation>코드를 검색합니다(Ctrl+F 또는 /)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous code (Alt+Left)</source>
        <translation>이전 코드로 돌아갑니다(Alt+←)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>앞으로(&amp;F)</translation>
    </message>
    <message>
        <source>Forward to the next code (Alt+Right)</source>
        <translation>다음 코드로 이동합니다(Alt+→)</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>다른 코드와 비교(&amp;W)…</translation>
    </message>
    <message>
        <source>Compare the shown code with another (Ctrl+D)</source>
        <translation>표시된 코드를 다른 코드와 비교합니다(Ctrl+D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>SMTP Codes 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>해석(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file to explain</source>
        <translation>해석할 반송 메일(.eml, mbox) 또는 로그 파일을 엽니다</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared.</source>
        <translation>응답 코드와 확장 상태 코드는 비교할 수 없습니다.</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>반송 메일 또는 로그 열기</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>메일 및 로그 (*.eml *.msg *.mbox *.txt *.log);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>It is larger than %1.</source>
        <translation>파일이 %1보다 큽니다.</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>파일을 열 수 없음</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; 파일을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;A reference for SMTP reply codes and enhanced status codes: what each code means, when you see it and how to fix it, with its RFC references.&lt;/p&gt;&lt;p&gt;%2 reply codes and %3 enhanced status codes, from the IANA registry of %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;SMTP 응답 코드와 확장 상태 코드 참조 도구입니다. 각 코드의 의미, 표시되는 경우, 해결 방법을 RFC 참조와 함께 알려 줍니다.&lt;/p&gt;&lt;p&gt;%4 기준 IANA 레지스트리에 따른 응답 코드 %2개와 확장 상태 코드 %3개를 수록했습니다.&lt;/p&gt;</translation>
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
        <translation>코드: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>조치 방법: %1</translation>
    </message>
</context>
</TS>
