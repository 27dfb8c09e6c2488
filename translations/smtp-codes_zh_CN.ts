<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <source>The built-in catalog is damaged: %1</source>
        <translation>内置代码目录已损坏：%1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to &quot;%1&quot;.</source>
        <translation>无法将屏幕截图写入“%1”。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 64 MiB.</source>
        <translation>“%1”大于 64 MiB。</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1：字段“%2”%3</translation>
    </message>
    <message>
        <source>entry %1 (code %2)</source>
        <translation>第 %1 个条目（代码 %2）</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>第 %1 个条目</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a whole number from 200 to 599</source>
        <translation>必须是 200 到 599 之间的整数</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must have at least %1 items</source>
        <translation>必须至少包含 %1 项</translation>
    </message>
    <message>
        <source>must hold only non-empty strings</source>
        <translation>只能包含非空字符串</translation>
    </message>
    <message>
        <source>entry %1: must be an object</source>
        <translation>第 %1 个条目：必须是对象</translation>
    </message>
    <message>
        <source>must start with the code number</source>
        <translation>必须以代码编号开头</translation>
    </message>
    <message>
        <source>must be a clause that follows &quot;when&quot;, not start with one</source>
        <translation>必须是可接在“when”之后的从句，本身不能以此类连词开头</translation>
    </message>
    <message>
        <source>must end with a full stop</source>
        <translation>必须以句号结尾</translation>
    </message>
    <message>
        <source>must hold objects with &quot;rfc&quot; and &quot;section&quot;</source>
        <translation>必须包含带有“rfc”和“section”的对象</translation>
    </message>
    <message>
        <source>has &quot;%1&quot;, which is not an enhanced status code of this class</source>
        <translation>包含“%1”，它不是此类别的增强状态码</translation>
    </message>
    <message>
        <source>must hold other reply codes</source>
        <translation>只能包含其他应答码</translation>
    </message>
    <message>
        <source>must hold lines with &quot;from&quot; (client or server) and &quot;text&quot;</source>
        <translation>必须包含带有“from”（client 或 server）和“text”的行</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>the top level must be an object with a &quot;codes&quot; list</source>
        <translation>顶层必须是包含“codes”列表的对象</translation>
    </message>
    <message>
        <source>entry %1: code %2 appears more than once</source>
        <translation>第 %1 个条目：代码 %2 出现了多次</translation>
    </message>
    <message>
        <source>the catalog has no codes</source>
        <translation>代码目录中没有任何代码</translation>
    </message>
    <message>
        <source>code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>代码 %1：字段“related”引用了 %2，但代码目录中没有该代码</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>must mark the defining RFC with &quot;defines&quot;: true</source>
        <translation>必须用“defines”: true 标记定义该代码的 RFC</translation>
    </message>
    <message>
        <source>enhanced codes: the top level must have a non-empty &quot;%1&quot; list</source>
        <translation>增强代码：顶层必须包含非空的“%1”列表</translation>
    </message>
    <message>
        <source>enhanced class %1</source>
        <translation>第 %1 个增强类别条目</translation>
    </message>
    <message>
        <source>must be 2, 4 or 5</source>
        <translation>必须是 2、4 或 5</translation>
    </message>
    <message>
        <source>enhanced subject %1</source>
        <translation>第 %1 个增强主题条目</translation>
    </message>
    <message>
        <source>must be a number from 0 to 7</source>
        <translation>必须是 0 到 7 之间的数字</translation>
    </message>
    <message>
        <source>enhanced code %1: must be an object</source>
        <translation>第 %1 个增强代码条目：必须是对象</translation>
    </message>
    <message>
        <source>enhanced code %1</source>
        <translation>第 %1 个增强代码条目</translation>
    </message>
    <message>
        <source>enhanced code %1 (%2)</source>
        <translation>第 %1 个增强代码条目（%2）</translation>
    </message>
    <message>
        <source>must be written as the registry does, e.g. X.7.8</source>
        <translation>必须采用与注册表相同的写法，例如 X.7.8</translation>
    </message>
    <message>
        <source>must hold distinct classes 2, 4 and 5</source>
        <translation>只能包含互不相同的类别 2、4 和 5</translation>
    </message>
    <message>
        <source>must hold the class of reply code %1</source>
        <translation>必须包含应答码 %1 的类别</translation>
    </message>
    <message>
        <source>must start with the code</source>
        <translation>必须以代码开头</translation>
    </message>
    <message>
        <source>must hold other codes written as X.y.z</source>
        <translation>只能包含以 X.y.z 形式书写的其他代码</translation>
    </message>
    <message>
        <source>must be a reply line with this code in the reply&apos;s class</source>
        <translation>必须是包含此代码的应答行，且此代码的类别须与应答码一致</translation>
    </message>
    <message>
        <source>enhanced codes: not valid JSON at offset %1: %2</source>
        <translation>增强代码：偏移量 %1 处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>enhanced codes: the classes must be 2, 4 and 5 and the subjects 0 to 7, each once</source>
        <translation>增强代码：类别必须为 2、4 和 5，主题必须为 0 到 7，且每个只能出现一次</translation>
    </message>
    <message>
        <source>enhanced code %1 appears more than once</source>
        <translation>增强代码 %1 出现了多次</translation>
    </message>
    <message>
        <source>enhanced code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>增强代码 %1：字段“related”引用了 %2，但代码目录中没有该代码</translation>
    </message>
    <message>
        <source>must hold reply codes</source>
        <translation>只能包含应答码</translation>
    </message>
    <message>
        <source>must hold &quot;defines&quot; as true or false</source>
        <translation>中的“defines”必须是 true 或 false</translation>
    </message>
    <message>
        <source>reasons: not valid JSON at offset %1: %2</source>
        <translation>原因：偏移量 %1 处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>第 %1 个原因条目</translation>
    </message>
    <message>
        <source>must be unique</source>
        <translation>必须唯一</translation>
    </message>
    <message>
        <source>reasons: &quot;other&quot; and &quot;expired&quot; must be defined</source>
        <translation>原因：必须定义“other”和“expired”</translation>
    </message>
    <message>
        <source>names no defined reason</source>
        <translation>引用了未定义的原因</translation>
    </message>
    <message>
        <source>must hold enhanced status codes</source>
        <translation>只能包含增强状态码</translation>
    </message>
    <message>
        <source>phrases %1</source>
        <translation>第 %1 个短语条目</translation>
    </message>
    <message>
        <source>must be lower case</source>
        <translation>必须是小写</translation>
    </message>
    <message>
        <source>enhanced code rule %1</source>
        <translation>第 %1 条增强代码规则</translation>
    </message>
    <message>
        <source>must be an enhanced status code</source>
        <translation>必须是增强状态码</translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation>第 %1 条后备规则</translation>
    </message>
    <message>
        <source>the compiled catalog cannot be read</source>
        <translation>无法读取已编译的代码目录</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write the details of one code, or the comparison of two, to standard output instead of opening a window.</source>
        <translation>不打开窗口，而是将一个代码的详细信息或两个代码的比较结果写入标准输出。</translation>
    </message>
    <message>
        <source>Print every code, one per line: code, name and class separated by tabs.</source>
        <translation>输出所有代码，每行一个：代码、名称和类别，以制表符分隔。</translation>
    </message>
    <message>
        <source>Use the interface language &lt;language&gt;, e.g. de or zh_CN. Available: %1.</source>
        <translation>使用界面语言 &lt;语言&gt;，例如 de 或 zh_CN。可用语言：%1。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Save the window as a PNG image in &lt;file&gt; and exit.</source>
        <translation>将窗口保存为 PNG 图像 &lt;文件&gt;，然后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>[code [code]]</source>
        <translation>[代码 [代码]]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>未知语言“%1”。可用语言：%2。</translation>
    </message>
    <message>
        <source>Give one code to show or two codes to compare, not %1.</source>
        <translation>请指定一个要显示的代码或两个要比较的代码，而不是 %1 个。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reply code. A reply code has three digits, such as 535.</source>
        <translation>“%1”不是应答码。应答码由三位数字组成，例如 535。</translation>
    </message>
    <message>
        <source>No reply code %1 in the catalog. Run with --list to see every code.</source>
        <translation>代码目录中没有应答码 %1。使用 --list 运行可查看所有代码。</translation>
    </message>
    <message>
        <source>Use either --print or --list, not both.</source>
        <translation>--print 和 --list 只能使用其中一个。</translation>
    </message>
    <message>
        <source>--list prints every code and takes no codes.</source>
        <translation>--list 会输出所有代码，不接受代码参数。</translation>
    </message>
    <message>
        <source>--screenshot saves the window, so it cannot be combined with --print or --list.</source>
        <translation>--screenshot 用于保存窗口，因此不能与 --print 或 --list 同时使用。</translation>
    </message>
    <message>
        <source>--print needs one code to show or two codes to compare.</source>
        <translation>--print 需要一个要显示的代码或两个要比较的代码。</translation>
    </message>
    <message>
        <source>With --print or --list, write JSON for scripts instead of text.</source>
        <translation>与 --print 或 --list 一起使用时，输出供脚本使用的 JSON，而不是文本。</translation>
    </message>
    <message>
        <source>Explain a reply, a log excerpt or a bounce message (.eml, mbox) read from &lt;file&gt;, or from standard input for -. With --print the explanation goes to standard output, with --json as JSON.</source>
        <translation>解析从 &lt;文件&gt; 读取的应答、日志片段或退信（.eml、mbox）；指定 - 时从标准输入读取。与 --print 一起使用时，解析结果写入标准输出；再加上 --json 则以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>A reference for SMTP reply codes and enhanced status codes: what a code means, when you see it and how to fix it.</source>
        <translation>SMTP 应答码和增强状态码参考：代码的含义、何时出现以及如何修复。</translation>
    </message>
    <message>
        <source>One code to show, or two of one kind to compare: reply codes such as 535, enhanced status codes such as 5.7.8.</source>
        <translation>一个要显示的代码，或两个要比较的同类代码：应答码（如 535）或增强状态码（如 5.7.8）。</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared. Give two reply codes or two enhanced status codes.</source>
        <translation>应答码和增强状态码无法比较。请指定两个应答码或两个增强状态码。</translation>
    </message>
    <message>
        <source>--explain takes a file, or - for standard input, and no codes or --list.</source>
        <translation>--explain 需要一个文件（或用 - 表示标准输入），不接受代码参数或 --list。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: no such readable file.</source>
        <translation>无法读取“%1”：文件不存在或不可读。</translation>
    </message>
    <message>
        <source>--json goes with --print or --list.</source>
        <translation>--json 须与 --print 或 --list 一起使用。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code. One has three numbers without leading zeros, such as 5.7.8: the class 2, 4 or 5, a subject from 0 to 7, and a detail.</source>
        <translation>“%1”不是增强状态码。增强状态码由三个不带前导零的数字组成，例如 5.7.8：类别（2、4 或 5）、主题（0 到 7）和详细代码。</translation>
    </message>
    <message>
        <source>No enhanced status code %1 in the registry. Give it with its class, such as 5%2, to read it by its class and subject.</source>
        <translation>注册表中没有增强状态码 %1。请像 5%2 这样带上类别指定，即可按其类别和主题解读。</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 对比 %2</translation>
    </message>
    <message>
        <source>Both sides show %1. Choose a different code for one side to compare them.</source>
        <translation>两侧显示的都是 %1。请为其中一侧选择其他代码以进行比较。</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 replies: in each case the server %6. What sets them apart is the situation each one reports.</source>
        <translation>%1（%2）和 %3（%4）都是 %5应答：两种情况下服务器都%6。二者的区别在于各自报告的情形。</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 reply: the server %4. %5 (%6) is a %7 reply: the server %8.</source>
        <translation>%1（%2）是 %3应答：服务器%4。%5（%6）是 %7应答：服务器%8。</translation>
    </message>
    <message>
        <source>Both are %1 replies, so after either one the client %2.</source>
        <translation>两者都是 %1应答，因此收到其中任何一个后，客户端都%2。</translation>
    </message>
    <message>
        <source>%1 is a %2 reply, while %3 is a %4 reply.</source>
        <translation>%1 是 %2应答，而 %3 是 %4应答。</translation>
    </message>
    <message>
        <source>After %1 the client %2; after %3 it %4.</source>
        <translation>收到 %1 后，客户端%2；收到 %3 后，客户端%4。</translation>
    </message>
    <message>
        <source>Both usually come with the same enhanced status codes: %1.</source>
        <translation>两者的常见增强状态码相同：%1。</translation>
    </message>
    <message>
        <source>%1 usually comes with %2, and %3 with %4.</source>
        <translation>%1 的常见增强状态码为：%2；%3 则为：%4。</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is defined by any RFC.</source>
        <translation>%1 和 %2 均未在任何 RFC 中定义。</translation>
    </message>
    <message>
        <source>Expect %1 (%2) when %3 If you receive it: %4</source>
        <translation>以下情况会出现 %1（%2）：%3 如果收到：%4</translation>
    </message>
    <message>
        <source>no particular enhanced status code</source>
        <translation>无特定代码</translation>
    </message>
    <message>
        <source>Same class: both are %1 replies.</source>
        <translation>类别相同：两者都是 %1应答。</translation>
    </message>
    <message>
        <source>has nothing more to send, as the server closes the connection</source>
        <translation>无需再发送任何内容，因为服务器会关闭连接</translation>
    </message>
    <message>
        <source>may try again later on a new connection, as the server closes this one</source>
        <translation>可以稍后通过新连接重试，因为服务器会关闭当前连接</translation>
    </message>
    <message>
        <source>Both are %1 replies.</source>
        <translation>两者都是 %1应答。</translation>
    </message>
    <message>
        <source>%1 is sent in reply to %2, whereas %3 is sent in reply to %4.</source>
        <translation>%1 用于应答 %2，而 %3 用于应答 %4。</translation>
    </message>
    <message>
        <source>Only %1 is sent in reply to %2.</source>
        <translation>只有 %1 用于应答 %2。</translation>
    </message>
    <message>
        <source>Both are sent in reply to %1.</source>
        <translation>两者都用于应答 %1。</translation>
    </message>
    <message>
        <source>Neither carries an enhanced status code: RFC 2034 gives none to 3xx replies.</source>
        <translation>两者都不带增强状态码：RFC 2034 没有为 3xx 应答规定增强状态码。</translation>
    </message>
    <message>
        <source>%1 carries no enhanced status code, as RFC 2034 gives none to 3xx replies, while %2 usually comes with %3.</source>
        <translation>%1 不带增强状态码，因为 RFC 2034 没有为 3xx 应答规定增强状态码；而 %2 的常见增强状态码为：%3。</translation>
    </message>
    <message>
        <source>%1 is not defined by any RFC, while %2 is defined by %3.</source>
        <translation>%1 未在任何 RFC 中定义，而 %2 由 %3 定义。</translation>
    </message>
    <message>
        <source>Both are defined by %1.</source>
        <translation>两者都由 %1 定义。</translation>
    </message>
    <message>
        <source>%1 is defined by %2, and %3 by %4.</source>
        <translation>%1 由 %2 定义，%3 由 %4 定义。</translation>
    </message>
    <message>
        <source>Same class: both are %1 codes.</source>
        <translation>类别相同：两者都是 %1 代码。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>class %1 (%2)</source>
        <translation>类别 %1（%2）</translation>
    </message>
    <message>
        <source>any class</source>
        <translation>任意类别</translation>
    </message>
    <message>
        <source>subject %1 (%2)</source>
        <translation>主题 %1（%2）</translation>
    </message>
    <message>
        <source>%1 is in %2 and %3. %4 is in %5 and %6.</source>
        <translation>%1 属于 %2 和 %3。%4 属于 %5 和 %6。</translation>
    </message>
    <message>
        <source>Both are in %1.</source>
        <translation>两者都属于 %1。</translation>
    </message>
    <message>
        <source>%1 is in %2, while %3 is in %4.</source>
        <translation>%1 属于 %2，而 %3 属于 %4。</translation>
    </message>
    <message>
        <source>The registry names no reply code for either.</source>
        <translation>注册表中未列出两者对应的应答码。</translation>
    </message>
    <message>
        <source>Both come with reply code %1.</source>
        <translation>两者对应的应答码都是 %1。</translation>
    </message>
    <message>
        <source>%1 comes with %2, and %3 with %4.</source>
        <translation>%1 对应的应答码：%2；%3 对应的应答码：%4。</translation>
    </message>
    <message>
        <source>%1 is deprecated in the registry.</source>
        <translation>%1 在注册表中已弃用。</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is in the registry.</source>
        <translation>%1 和 %2 均不在注册表中。</translation>
    </message>
    <message>
        <source>%1 is not in the registry, while %2 is defined by %3.</source>
        <translation>%1 不在注册表中，而 %2 由 %3 定义。</translation>
    </message>
    <message>
        <source>a registry entry without an RFC</source>
        <translation>无 RFC 的注册表条目</translation>
    </message>
    <message>
        <source>no reply code the registry names</source>
        <translation>注册表中未列出</translation>
    </message>
    <message>
        <source>no registry title</source>
        <translation>注册表中无标题</translation>
    </message>
    <message>
        <source>%1 is not in the registry, so read it by its class and subject. %2 %3</source>
        <translation>%1 不在注册表中，因此请根据其类别和主题来解读。%2 %3</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>non-standard</source>
        <translation>非标准</translation>
    </message>
    <message>
        <source>None in particular.</source>
        <translation>无特定代码。</translation>
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
        <translation>已弃用</translation>
    </message>
    <message>
        <source>not in the registry</source>
        <translation>不在注册表中</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes, so only its class and its subject say what it means. Some mail systems use details of their own; the documentation of the server that sent it may say more.</source>
        <translation>%1 不在 IANA 增强状态码注册表中，因此只能根据其类别和主题判断其含义。某些邮件系统会使用自定义的详细代码；发送该代码的服务器的文档中可能有更多说明。</translation>
    </message>
    <message>
        <source>The registry names no reply code for it.</source>
        <translation>注册表中未列出其对应的应答码。</translation>
    </message>
    <message>
        <source>Class %1, %2: %3</source>
        <translation>类别 %1，%2：%3</translation>
    </message>
    <message>
        <source>Subject %1, %2: %3</source>
        <translation>主题 %1，%2：%3</translation>
    </message>
</context>
<context>
    <name>ExplanationPage</name>
    <message>
        <source>Permanent: %1</source>
        <translation>永久性失败：%1</translation>
    </message>
    <message>
        <source>Temporary: %1</source>
        <translation>暂时性失败：%1</translation>
    </message>
    <message>
        <source>Success: the message was accepted</source>
        <translation>成功：邮件已被接受</translation>
    </message>
    <message>
        <source>%1, from the enhanced status code</source>
        <translation>%1（根据增强状态码判断）</translation>
    </message>
    <message>
        <source>%1, from the reply code</source>
        <translation>%1（根据应答码判断）</translation>
    </message>
    <message>
        <source>%1, from the words of the reply</source>
        <translation>%1（根据应答文字判断）</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已投递</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>已中继</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>已展开</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>应答 %1</translation>
    </message>
    <message>
        <source>Remote server: %1</source>
        <translation>远程服务器：%1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>报告方：%1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>No SMTP reply code or enhanced status code was found in the input.</source>
        <translation>输入中未找到 SMTP 应答码或增强状态码。</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 findings are shown. Copy takes all of them.</source>
        <translation>仅显示了 %L2 条检测结果中的前 %L1 条。复制时将包含全部结果。</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>显示命令行选项的帮助。</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>显示包括 Qt 特有选项在内的帮助。</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>未知选项：%1。</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>“%1”后缺少值。</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>“%1”后有多余的值。</translation>
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
        <translation>肯定完成</translation>
    </message>
    <message>
        <source>has completed the requested action</source>
        <translation>已完成所请求的操作</translation>
    </message>
    <message>
        <source>can go on with its next command</source>
        <translation>可以继续发送下一条命令</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>肯定中间</translation>
    </message>
    <message>
        <source>has accepted the command but needs more information first</source>
        <translation>已接受该命令，但需要先获得更多信息</translation>
    </message>
    <message>
        <source>sends the data or the response that the server asked for</source>
        <translation>发送服务器所要求的数据或响应</translation>
    </message>
    <message>
        <source>did not perform the action, but the failure is temporary</source>
        <translation>未执行该操作，但这是暂时性失败</translation>
    </message>
    <message>
        <source>may try the same request again later</source>
        <translation>可以稍后重试同一请求</translation>
    </message>
    <message>
        <source>did not perform the action, and the failure is permanent</source>
        <translation>未执行该操作，且这是永久性失败</translation>
    </message>
    <message>
        <source>should not repeat the same request unchanged</source>
        <translation>不应原样重复同一请求</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>暂时性否定完成</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>永久性否定完成</translation>
    </message>
</context>
<context>
    <name>ReplyCode</name>
    <message>
        <source>the opening of a connection</source>
        <translation>建立连接</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>任意命令</translation>
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
        <translation>RFC %1 第 %2 节</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>何时出现</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>如何修复</translation>
    </message>
    <message>
        <source>Typical enhanced status codes</source>
        <translation>常见增强状态码</translation>
    </message>
    <message>
        <source>RFC references</source>
        <translation>RFC 参考</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>相关代码</translation>
    </message>
    <message>
        <source>Example exchange</source>
        <translation>交互示例</translation>
    </message>
    <message>
        <source>Other meanings and extensions</source>
        <translation>其他含义和扩展</translation>
    </message>
    <message>
        <source>Non-standard code</source>
        <translation>非标准代码</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>主要区别</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>何时使用哪个</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation>不在注册表中</translation>
    </message>
    <message>
        <source>Class and subject</source>
        <translation>类别和主题</translation>
    </message>
    <message>
        <source>Associated reply codes</source>
        <translation>对应的应答码</translation>
    </message>
    <message>
        <source>Sent in reply to</source>
        <translation>应答的命令</translation>
    </message>
    <message>
        <source>Example reply</source>
        <translation>应答示例</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListModel</name>
    <message>
        <source>%1  %2 (non-standard)</source>
        <translation>%1  %2（非标准）</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1. Not defined by any RFC.</source>
        <translation>%1。未在任何 RFC 中定义。</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2，%3</translation>
    </message>
    <message>
        <source>%1  %2 (deprecated)</source>
        <translation>%1  %2（已弃用）</translation>
    </message>
    <message>
        <source>Enhanced status code: %1</source>
        <translation>增强状态码：%1</translation>
    </message>
    <message>
        <source>Enhanced status code %1 %2, %3</source>
        <translation>增强状态码 %1 %2，%3</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListPane</name>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Compare With %1</source>
        <translation>与 %1 比较</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <comment>shown of total</comment>
        <translation>
            <numerusform>%1 / %n 个代码</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or text…</source>
        <translation>搜索代码、名称或文本…</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>搜索代码</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>类别(&amp;L)：</translation>
    </message>
    <message>
        <source>Reply codes</source>
        <translation>应答码</translation>
    </message>
    <message>
        <source>Number of codes shown</source>
        <translation>显示的代码数</translation>
    </message>
    <message>
        <source>Type a code such as 550 or 5.7.8, a word, or paste a reply line (Ctrl+F or /)</source>
        <translation>输入代码（如 550 或 5.7.8）或单词，或粘贴应答行（Ctrl+F 或 /）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>种类(&amp;K)：</translation>
    </message>
    <message>
        <source>Kind of code filter</source>
        <translation>代码种类筛选</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>类别筛选</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有种类</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>增强状态码</translation>
    </message>
    <message>
        <source>2xx and 2.x.x: success</source>
        <translation>2xx 和 2.x.x：成功</translation>
    </message>
    <message>
        <source>3xx: intermediate</source>
        <translation>3xx：中间</translation>
    </message>
    <message>
        <source>4xx and 4.x.x: temporary failure</source>
        <translation>4xx 和 4.x.x：暂时性失败</translation>
    </message>
    <message>
        <source>5xx and 5.x.x: permanent failure</source>
        <translation>5xx 和 5.x.x：永久性失败</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CompareView</name>
    <message>
        <source>&amp;First:</source>
        <translation>第一个(&amp;F)：</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>第一个代码</translation>
    </message>
    <message>
        <source>Type a code or a name</source>
        <translation>输入代码或名称</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>交换(&amp;S)</translation>
    </message>
    <message>
        <source>Swap the two codes</source>
        <translation>交换两个代码</translation>
    </message>
    <message>
        <source>Swap codes</source>
        <translation>交换代码</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>第二个(&amp;E)：</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>第二个代码</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::DetailPane</name>
    <message>
        <source>Compare %1 With…</source>
        <translation>将 %1 与其他代码比较…</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>代码详细信息</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ExplainView</name>
    <message>
        <source>&amp;Paste a reply, log lines or a bounce message, or drop a file:</source>
        <translation>粘贴应答、日志行或退信，或拖放文件(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file (Ctrl+O)</source>
        <translation>打开退信（.eml、mbox）或日志文件（Ctrl+O）</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the input</source>
        <translation>清除输入内容</translation>
    </message>
    <message>
        <source>Text to explain</source>
        <translation>要解析的文本</translation>
    </message>
    <message>
        <source>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</source>
        <translation>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解析结果</translation>
    </message>
    <message>
        <source>Explanation status</source>
        <translation>解析状态</translation>
    </message>
    <message>
        <source>Explaining</source>
        <translation>正在解析</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>正在解析…</translation>
    </message>
    <message>
        <source>Nothing to explain yet.</source>
        <translation>尚无要解析的内容。</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>检测结果：%1 条</translation>
    </message>
    <message>
        <source>%1 (the first %2 shown) — %3</source>
        <translation>%1（仅显示前 %2） — %3</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>拖放的文本</translation>
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
        <translation>关于 SMTP Codes</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 对比 %2</translation>
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
        <translation>视图</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy Entry</source>
        <translation>复制条目(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the shown entry or comparison as plain text</source>
        <translation>将当前显示的条目或比较结果复制为纯文本</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F or /)</source>
        <translation>搜索代码（Ctrl+F 或 /）</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous code (Alt+Left)</source>
        <translation>返回上一个代码（Alt+←）</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Forward to the next code (Alt+Right)</source>
        <translation>前进到下一个代码（Alt+→）</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>与其他代码比较(&amp;W)…</translation>
    </message>
    <message>
        <source>Compare the shown code with another (Ctrl+D)</source>
        <translation>将当前代码与其他代码比较（Ctrl+D）</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>关于 SMTP Codes(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>解析(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file to explain</source>
        <translation>打开要解析的退信（.eml、mbox）或日志文件</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared.</source>
        <translation>应答码和增强状态码无法比较。</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>打开退信或日志</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>邮件和日志 (*.eml *.msg *.mbox *.txt *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <source>It is larger than %1.</source>
        <translation>文件大于 %1。</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;A reference for SMTP reply codes and enhanced status codes: what each code means, when you see it and how to fix it, with its RFC references.&lt;/p&gt;&lt;p&gt;%2 reply codes and %3 enhanced status codes, from the IANA registry of %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;SMTP 应答码和增强状态码参考：每个代码的含义、何时出现以及如何修复，并附有 RFC 参考。&lt;/p&gt;&lt;p&gt;收录 %2 个应答码和 %3 个增强状态码，数据来自 %4 版 IANA 注册表。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>代码：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理建议：%1</translation>
    </message>
</context>
</TS>
