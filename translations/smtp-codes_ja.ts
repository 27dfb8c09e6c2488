<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Application</name>
    <message>
        <source>The built-in catalog is damaged: %1</source>
        <translation>組み込みのカタログが破損しています: %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to &quot;%1&quot;.</source>
        <translation>スクリーンショットを「%1」に書き込めません。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 64 MiB.</source>
        <translation>「%1」は 64 MiB を超えています。</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1: フィールド「%2」%3</translation>
    </message>
    <message>
        <source>entry %1 (code %2)</source>
        <translation>エントリ %1（コード %2）</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>エントリ %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>がありません</translation>
    </message>
    <message>
        <source>must be a whole number from 200 to 599</source>
        <translation>は 200～599 の整数である必要があります</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>は空でない文字列である必要があります</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>は true または false である必要があります</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>はリストである必要があります</translation>
    </message>
    <message>
        <source>must have at least %1 items</source>
        <translation>には %1 個以上の項目が必要です</translation>
    </message>
    <message>
        <source>must hold only non-empty strings</source>
        <translation>には空でない文字列のみを指定する必要があります</translation>
    </message>
    <message>
        <source>entry %1: must be an object</source>
        <translation>エントリ %1: オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must start with the code number</source>
        <translation>はコード番号で始まる必要があります</translation>
    </message>
    <message>
        <source>must be a clause that follows &quot;when&quot;, not start with one</source>
        <translation>は「when」の後に続く節である必要があり、when などの接続詞で始めることはできません</translation>
    </message>
    <message>
        <source>must end with a full stop</source>
        <translation>はピリオドで終わる必要があります</translation>
    </message>
    <message>
        <source>must hold objects with &quot;rfc&quot; and &quot;section&quot;</source>
        <translation>には「rfc」と「section」を持つオブジェクトを指定する必要があります</translation>
    </message>
    <message>
        <source>has &quot;%1&quot;, which is not an enhanced status code of this class</source>
        <translation>に、このクラスの拡張ステータスコードではない「%1」が含まれています</translation>
    </message>
    <message>
        <source>must hold other reply codes</source>
        <translation>には他の応答コードを指定する必要があります</translation>
    </message>
    <message>
        <source>must hold lines with &quot;from&quot; (client or server) and &quot;text&quot;</source>
        <translation>には「from」（client または server）と「text」を持つ行を指定する必要があります</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>オフセット %1 で JSON が無効です: %2</translation>
    </message>
    <message>
        <source>the top level must be an object with a &quot;codes&quot; list</source>
        <translation>トップレベルは「codes」リストを持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>entry %1: code %2 appears more than once</source>
        <translation>エントリ %1: コード %2 が重複しています</translation>
    </message>
    <message>
        <source>the catalog has no codes</source>
        <translation>カタログにコードがありません</translation>
    </message>
    <message>
        <source>code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>コード %1: フィールド「related」で指定された %2 はカタログにありません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>must mark the defining RFC with &quot;defines&quot;: true</source>
        <translation>では、定義元の RFC に「defines」: true を指定する必要があります</translation>
    </message>
    <message>
        <source>enhanced codes: the top level must have a non-empty &quot;%1&quot; list</source>
        <translation>拡張コード: トップレベルには空でない「%1」リストが必要です</translation>
    </message>
    <message>
        <source>enhanced class %1</source>
        <translation>拡張クラスのエントリ %1</translation>
    </message>
    <message>
        <source>must be 2, 4 or 5</source>
        <translation>は 2、4、5 のいずれかである必要があります</translation>
    </message>
    <message>
        <source>enhanced subject %1</source>
        <translation>拡張サブジェクトのエントリ %1</translation>
    </message>
    <message>
        <source>must be a number from 0 to 7</source>
        <translation>は 0～7 の数値である必要があります</translation>
    </message>
    <message>
        <source>enhanced code %1: must be an object</source>
        <translation>拡張コードのエントリ %1: オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>enhanced code %1</source>
        <translation>拡張コードのエントリ %1</translation>
    </message>
    <message>
        <source>enhanced code %1 (%2)</source>
        <translation>拡張コードのエントリ %1（%2）</translation>
    </message>
    <message>
        <source>must be written as the registry does, e.g. X.7.8</source>
        <translation>はレジストリと同じ形式（例: X.7.8）で記述する必要があります</translation>
    </message>
    <message>
        <source>must hold distinct classes 2, 4 and 5</source>
        <translation>には重複のないクラス 2、4、5 を指定する必要があります</translation>
    </message>
    <message>
        <source>must hold the class of reply code %1</source>
        <translation>には応答コード %1 のクラスを含める必要があります</translation>
    </message>
    <message>
        <source>must start with the code</source>
        <translation>はコードで始まる必要があります</translation>
    </message>
    <message>
        <source>must hold other codes written as X.y.z</source>
        <translation>には X.y.z 形式で記述した他のコードを指定する必要があります</translation>
    </message>
    <message>
        <source>must be a reply line with this code in the reply&apos;s class</source>
        <translation>は、このコードを含み、応答コードとクラスが一致する応答行である必要があります</translation>
    </message>
    <message>
        <source>enhanced codes: not valid JSON at offset %1: %2</source>
        <translation>拡張コード: オフセット %1 で JSON が無効です: %2</translation>
    </message>
    <message>
        <source>enhanced codes: the classes must be 2, 4 and 5 and the subjects 0 to 7, each once</source>
        <translation>拡張コード: クラス 2、4、5 とサブジェクト 0～7 をそれぞれ 1 回ずつ定義する必要があります</translation>
    </message>
    <message>
        <source>enhanced code %1 appears more than once</source>
        <translation>拡張コード %1 が重複しています</translation>
    </message>
    <message>
        <source>enhanced code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>拡張コード %1: フィールド「related」で指定された %2 はカタログにありません</translation>
    </message>
    <message>
        <source>must hold reply codes</source>
        <translation>には応答コードを指定する必要があります</translation>
    </message>
    <message>
        <source>must hold &quot;defines&quot; as true or false</source>
        <translation>の「defines」は true または false である必要があります</translation>
    </message>
    <message>
        <source>reasons: not valid JSON at offset %1: %2</source>
        <translation>理由: オフセット %1 で JSON が無効です: %2</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>理由のエントリ %1</translation>
    </message>
    <message>
        <source>must be unique</source>
        <translation>は一意である必要があります</translation>
    </message>
    <message>
        <source>reasons: &quot;other&quot; and &quot;expired&quot; must be defined</source>
        <translation>理由: 「other」と「expired」を定義する必要があります</translation>
    </message>
    <message>
        <source>names no defined reason</source>
        <translation>に定義されていない理由が指定されています</translation>
    </message>
    <message>
        <source>must hold enhanced status codes</source>
        <translation>には拡張ステータスコードを指定する必要があります</translation>
    </message>
    <message>
        <source>phrases %1</source>
        <translation>フレーズのエントリ %1</translation>
    </message>
    <message>
        <source>must be lower case</source>
        <translation>は小文字である必要があります</translation>
    </message>
    <message>
        <source>enhanced code rule %1</source>
        <translation>拡張コードのルール %1</translation>
    </message>
    <message>
        <source>must be an enhanced status code</source>
        <translation>は拡張ステータスコードである必要があります</translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation>フォールバックのエントリ %1</translation>
    </message>
    <message>
        <source>the compiled catalog cannot be read</source>
        <translation>コンパイル済みのカタログを読み込めません</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write the details of one code, or the comparison of two, to standard output instead of opening a window.</source>
        <translation>ウィンドウを開かずに、1 つのコードの詳細または 2 つのコードの比較を標準出力に書き出します。</translation>
    </message>
    <message>
        <source>Print every code, one per line: code, name and class separated by tabs.</source>
        <translation>すべてのコードを 1 行に 1 つずつ、コード、名前、クラスをタブ区切りで出力します。</translation>
    </message>
    <message>
        <source>Use the interface language &lt;language&gt;, e.g. de or zh_CN. Available: %1.</source>
        <translation>インターフェイスの言語として &lt;言語&gt; を使用します（例: de、zh_CN）。使用可能な言語: %1。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Save the window as a PNG image in &lt;file&gt; and exit.</source>
        <translation>ウィンドウを PNG 画像として &lt;ファイル&gt; に保存して終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>[code [code]]</source>
        <translation>[コード [コード]]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>不明な言語「%1」です。使用可能な言語: %2。</translation>
    </message>
    <message>
        <source>Give one code to show or two codes to compare, not %1.</source>
        <translation>表示するコードを 1 つ、または比較するコードを 2 つ指定してください（指定された数: %1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reply code. A reply code has three digits, such as 535.</source>
        <translation>「%1」は応答コードではありません。応答コードは 535 のような 3 桁の数字です。</translation>
    </message>
    <message>
        <source>No reply code %1 in the catalog. Run with --list to see every code.</source>
        <translation>応答コード %1 はカタログにありません。--list を付けて実行すると、すべてのコードを確認できます。</translation>
    </message>
    <message>
        <source>Use either --print or --list, not both.</source>
        <translation>--print と --list は同時に指定できません。どちらか一方を使用してください。</translation>
    </message>
    <message>
        <source>--list prints every code and takes no codes.</source>
        <translation>--list はすべてのコードを出力するため、コードは指定できません。</translation>
    </message>
    <message>
        <source>--screenshot saves the window, so it cannot be combined with --print or --list.</source>
        <translation>--screenshot はウィンドウを保存するため、--print や --list と組み合わせることはできません。</translation>
    </message>
    <message>
        <source>--print needs one code to show or two codes to compare.</source>
        <translation>--print には、表示するコードを 1 つ、または比較するコードを 2 つ指定する必要があります。</translation>
    </message>
    <message>
        <source>With --print or --list, write JSON for scripts instead of text.</source>
        <translation>--print または --list と併用すると、テキストの代わりにスクリプト向けの JSON を書き出します。</translation>
    </message>
    <message>
        <source>Explain a reply, a log excerpt or a bounce message (.eml, mbox) read from &lt;file&gt;, or from standard input for -. With --print the explanation goes to standard output, with --json as JSON.</source>
        <translation>&lt;ファイル&gt; から読み込んだ応答、ログの抜粋、またはバウンスメッセージ（.eml、mbox）を解析します。- を指定すると標準入力から読み込みます。--print を付けると解析結果を標準出力に書き出し、--json も付けると JSON 形式で書き出します。</translation>
    </message>
    <message>
        <source>A reference for SMTP reply codes and enhanced status codes: what a code means, when you see it and how to fix it.</source>
        <translation>SMTP 応答コードと拡張ステータスコードのリファレンスです。各コードの意味、表示される場面、対処方法を確認できます。</translation>
    </message>
    <message>
        <source>One code to show, or two of one kind to compare: reply codes such as 535, enhanced status codes such as 5.7.8.</source>
        <translation>表示するコード 1 つ、または比較する同じ種類のコード 2 つ（535 のような応答コード、または 5.7.8 のような拡張ステータスコード）。</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared. Give two reply codes or two enhanced status codes.</source>
        <translation>応答コードと拡張ステータスコードは比較できません。応答コードを 2 つ、または拡張ステータスコードを 2 つ指定してください。</translation>
    </message>
    <message>
        <source>--explain takes a file, or - for standard input, and no codes or --list.</source>
        <translation>--explain にはファイル（標準入力の場合は -）を指定します。コードや --list は指定できません。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: no such readable file.</source>
        <translation>「%1」を読み込めません: 読み取り可能なファイルが存在しません。</translation>
    </message>
    <message>
        <source>--json goes with --print or --list.</source>
        <translation>--json は --print または --list と併せて指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code. One has three numbers without leading zeros, such as 5.7.8: the class 2, 4 or 5, a subject from 0 to 7, and a detail.</source>
        <translation>「%1」は拡張ステータスコードではありません。拡張ステータスコードは 5.7.8 のように先頭に 0 を付けない 3 つの数値で、クラス（2、4、5 のいずれか）、サブジェクト（0～7）、詳細コードから成ります。</translation>
    </message>
    <message>
        <source>No enhanced status code %1 in the registry. Give it with its class, such as 5%2, to read it by its class and subject.</source>
        <translation>拡張ステータスコード %1 はレジストリにありません。5%2 のようにクラスを付けて指定すると、クラスとサブジェクトから意味を読み取れます。</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 と %2 の比較</translation>
    </message>
    <message>
        <source>Both sides show %1. Choose a different code for one side to compare them.</source>
        <translation>両方に %1 が表示されています。比較するには、どちらか一方で別のコードを選択してください。</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 replies: in each case the server %6. What sets them apart is the situation each one reports.</source>
        <translation>%1（%2）と %3（%4）はどちらも %5応答で、いずれの場合もサーバーは%6。両者の違いは、それぞれが伝える状況にあります。</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 reply: the server %4. %5 (%6) is a %7 reply: the server %8.</source>
        <translation>%1（%2）は %3応答で、サーバーは%4。%5（%6）は %7応答で、サーバーは%8。</translation>
    </message>
    <message>
        <source>Both are %1 replies, so after either one the client %2.</source>
        <translation>どちらも %1応答のため、いずれを受け取った場合もクライアントは%2。</translation>
    </message>
    <message>
        <source>%1 is a %2 reply, while %3 is a %4 reply.</source>
        <translation>%1 は %2応答、%3 は %4応答です。</translation>
    </message>
    <message>
        <source>After %1 the client %2; after %3 it %4.</source>
        <translation>%1 を受け取ったクライアントは%2。%3 の場合は%4。</translation>
    </message>
    <message>
        <source>Both usually come with the same enhanced status codes: %1.</source>
        <translation>どちらも主な拡張ステータスコードは同じです: %1。</translation>
    </message>
    <message>
        <source>%1 usually comes with %2, and %3 with %4.</source>
        <translation>主な拡張ステータスコードは、%1 が「%2」、%3 が「%4」です。</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is defined by any RFC.</source>
        <translation>%1 と %2 はどちらも RFC で定義されていません。</translation>
    </message>
    <message>
        <source>Expect %1 (%2) when %3 If you receive it: %4</source>
        <translation>%1（%2）が表示される場面: %3 受け取った場合の対処: %4</translation>
    </message>
    <message>
        <source>no particular enhanced status code</source>
        <translation>特定のコードなし</translation>
    </message>
    <message>
        <source>Same class: both are %1 replies.</source>
        <translation>同じクラス: どちらも %1応答です。</translation>
    </message>
    <message>
        <source>has nothing more to send, as the server closes the connection</source>
        <translation>サーバーが接続を閉じるため、これ以上送信するものはありません</translation>
    </message>
    <message>
        <source>may try again later on a new connection, as the server closes this one</source>
        <translation>サーバーがこの接続を閉じるため、後で新しい接続で再試行できます</translation>
    </message>
    <message>
        <source>Both are %1 replies.</source>
        <translation>どちらも %1応答です。</translation>
    </message>
    <message>
        <source>%1 is sent in reply to %2, whereas %3 is sent in reply to %4.</source>
        <translation>%1 は %2 への応答として送信されますが、%3 は %4 への応答として送信されます。</translation>
    </message>
    <message>
        <source>Only %1 is sent in reply to %2.</source>
        <translation>%2 への応答として送信されるのは %1 だけです。</translation>
    </message>
    <message>
        <source>Both are sent in reply to %1.</source>
        <translation>どちらも %1 への応答として送信されます。</translation>
    </message>
    <message>
        <source>Neither carries an enhanced status code: RFC 2034 gives none to 3xx replies.</source>
        <translation>どちらにも拡張ステータスコードは付きません。RFC 2034 では 3xx 応答に拡張ステータスコードを割り当てていないためです。</translation>
    </message>
    <message>
        <source>%1 carries no enhanced status code, as RFC 2034 gives none to 3xx replies, while %2 usually comes with %3.</source>
        <translation>RFC 2034 では 3xx 応答に拡張ステータスコードを割り当てていないため、%1 には拡張ステータスコードが付きません。一方、%2 の主な拡張ステータスコードは「%3」です。</translation>
    </message>
    <message>
        <source>%1 is not defined by any RFC, while %2 is defined by %3.</source>
        <translation>%1 はどの RFC でも定義されていませんが、%2 は %3 で定義されています。</translation>
    </message>
    <message>
        <source>Both are defined by %1.</source>
        <translation>どちらも %1 で定義されています。</translation>
    </message>
    <message>
        <source>%1 is defined by %2, and %3 by %4.</source>
        <translation>%1 は %2 で、%3 は %4 で定義されています。</translation>
    </message>
    <message>
        <source>Same class: both are %1 codes.</source>
        <translation>同じクラス: どちらも %1 のコードです。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>class %1 (%2)</source>
        <translation>クラス %1（%2）</translation>
    </message>
    <message>
        <source>any class</source>
        <translation>任意のクラス</translation>
    </message>
    <message>
        <source>subject %1 (%2)</source>
        <translation>サブジェクト %1（%2）</translation>
    </message>
    <message>
        <source>%1 is in %2 and %3. %4 is in %5 and %6.</source>
        <translation>%1 は %2、%3 に属します。%4 は %5、%6 に属します。</translation>
    </message>
    <message>
        <source>Both are in %1.</source>
        <translation>どちらも %1 に属します。</translation>
    </message>
    <message>
        <source>%1 is in %2, while %3 is in %4.</source>
        <translation>%1 は %2 に、%3 は %4 に属します。</translation>
    </message>
    <message>
        <source>The registry names no reply code for either.</source>
        <translation>レジストリには、どちらにも対応する応答コードが記載されていません。</translation>
    </message>
    <message>
        <source>Both come with reply code %1.</source>
        <translation>どちらも対応する応答コードは %1 です。</translation>
    </message>
    <message>
        <source>%1 comes with %2, and %3 with %4.</source>
        <translation>%1 に対応する応答コード: %2。%3 に対応する応答コード: %4。</translation>
    </message>
    <message>
        <source>%1 is deprecated in the registry.</source>
        <translation>%1 はレジストリで非推奨とされています。</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is in the registry.</source>
        <translation>%1 と %2 はどちらもレジストリにありません。</translation>
    </message>
    <message>
        <source>%1 is not in the registry, while %2 is defined by %3.</source>
        <translation>%1 はレジストリにありませんが、%2 は %3 で定義されています。</translation>
    </message>
    <message>
        <source>a registry entry without an RFC</source>
        <translation>RFC のないレジストリ登録</translation>
    </message>
    <message>
        <source>no reply code the registry names</source>
        <translation>レジストリに記載なし</translation>
    </message>
    <message>
        <source>no registry title</source>
        <translation>レジストリに名称なし</translation>
    </message>
    <message>
        <source>%1 is not in the registry, so read it by its class and subject. %2 %3</source>
        <translation>%1 はレジストリにないため、クラスとサブジェクトから意味を読み取ってください。%2 %3</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>non-standard</source>
        <translation>非標準</translation>
    </message>
    <message>
        <source>None in particular.</source>
        <translation>特になし。</translation>
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
        <translation>非推奨</translation>
    </message>
    <message>
        <source>not in the registry</source>
        <translation>レジストリ未登録</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes, so only its class and its subject say what it means. Some mail systems use details of their own; the documentation of the server that sent it may say more.</source>
        <translation>%1 は拡張ステータスコードの IANA レジストリに登録されていないため、その意味はクラスとサブジェクトからしか判断できません。メールシステムによっては独自の詳細コードを使用しています。送信元サーバーのドキュメントに詳しい説明があるかもしれません。</translation>
    </message>
    <message>
        <source>The registry names no reply code for it.</source>
        <translation>レジストリには、このコードに対応する応答コードが記載されていません。</translation>
    </message>
    <message>
        <source>Class %1, %2: %3</source>
        <translation>クラス %1、%2: %3</translation>
    </message>
    <message>
        <source>Subject %1, %2: %3</source>
        <translation>サブジェクト %1、%2: %3</translation>
    </message>
</context>
<context>
    <name>ExplanationPage</name>
    <message>
        <source>Permanent: %1</source>
        <translation>永続的な失敗: %1</translation>
    </message>
    <message>
        <source>Temporary: %1</source>
        <translation>一時的な失敗: %1</translation>
    </message>
    <message>
        <source>Success: the message was accepted</source>
        <translation>成功: メッセージは受け付けられました</translation>
    </message>
    <message>
        <source>%1, from the enhanced status code</source>
        <translation>%1（拡張ステータスコードから判断）</translation>
    </message>
    <message>
        <source>%1, from the reply code</source>
        <translation>%1（応答コードから判断）</translation>
    </message>
    <message>
        <source>%1, from the words of the reply</source>
        <translation>%1（応答の文言から判断）</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>中継済み</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>展開済み</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>応答 %1</translation>
    </message>
    <message>
        <source>Remote server: %1</source>
        <translation>リモートサーバー: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>報告元: %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>推奨される対応</translation>
    </message>
    <message>
        <source>No SMTP reply code or enhanced status code was found in the input.</source>
        <translation>入力に SMTP 応答コードも拡張ステータスコードも見つかりませんでした。</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 findings are shown. Copy takes all of them.</source>
        <translation>%L2 件の検出結果のうち最初の %L1 件を表示しています。コピーするとすべての検出結果が含まれます。</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[オプション]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>コマンドラインオプションのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt 固有のオプションを含むヘルプを表示します。</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>バージョン情報を表示します。</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>不明なオプション「%1」です。</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>不明なオプション: %1。</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>「%1」の後に値がありません。</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>「%1」の後に予期しない値があります。</translation>
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
        <translation>肯定完了</translation>
    </message>
    <message>
        <source>has completed the requested action</source>
        <translation>要求された操作を完了しました</translation>
    </message>
    <message>
        <source>can go on with its next command</source>
        <translation>次のコマンドに進むことができます</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>肯定中間</translation>
    </message>
    <message>
        <source>has accepted the command but needs more information first</source>
        <translation>コマンドを受け付けましたが、処理を続けるには追加の情報が必要です</translation>
    </message>
    <message>
        <source>sends the data or the response that the server asked for</source>
        <translation>サーバーが要求したデータまたは応答を送信します</translation>
    </message>
    <message>
        <source>did not perform the action, but the failure is temporary</source>
        <translation>操作を実行しませんでしたが、この失敗は一時的なものです</translation>
    </message>
    <message>
        <source>may try the same request again later</source>
        <translation>後で同じ要求を再試行できます</translation>
    </message>
    <message>
        <source>did not perform the action, and the failure is permanent</source>
        <translation>操作を実行しておらず、この失敗は永続的なものです</translation>
    </message>
    <message>
        <source>should not repeat the same request unchanged</source>
        <translation>同じ要求をそのまま繰り返すべきではありません</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>一時的否定完了</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>永続的否定完了</translation>
    </message>
</context>
<context>
    <name>ReplyCode</name>
    <message>
        <source>the opening of a connection</source>
        <translation>接続の確立</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>任意のコマンド</translation>
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
        <translation>RFC %1 セクション %2</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>表示される場面</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Typical enhanced status codes</source>
        <translation>主な拡張ステータスコード</translation>
    </message>
    <message>
        <source>RFC references</source>
        <translation>RFC 参照</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>関連コード</translation>
    </message>
    <message>
        <source>Example exchange</source>
        <translation>やり取りの例</translation>
    </message>
    <message>
        <source>Other meanings and extensions</source>
        <translation>その他の意味と拡張</translation>
    </message>
    <message>
        <source>Non-standard code</source>
        <translation>非標準コード</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>主な違い</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>使い分け</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation>レジストリ未登録</translation>
    </message>
    <message>
        <source>Class and subject</source>
        <translation>クラスとサブジェクト</translation>
    </message>
    <message>
        <source>Associated reply codes</source>
        <translation>対応する応答コード</translation>
    </message>
    <message>
        <source>Sent in reply to</source>
        <translation>応答対象のコマンド</translation>
    </message>
    <message>
        <source>Example reply</source>
        <translation>応答の例</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListModel</name>
    <message>
        <source>%1  %2 (non-standard)</source>
        <translation>%1  %2（非標準）</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1. Not defined by any RFC.</source>
        <translation>%1。どの RFC でも定義されていません。</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2、%3</translation>
    </message>
    <message>
        <source>%1  %2 (deprecated)</source>
        <translation>%1  %2（非推奨）</translation>
    </message>
    <message>
        <source>Enhanced status code: %1</source>
        <translation>拡張ステータスコード: %1</translation>
    </message>
    <message>
        <source>Enhanced status code %1 %2, %3</source>
        <translation>拡張ステータスコード %1 %2、%3</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListPane</name>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
    <message>
        <source>Compare With %1</source>
        <translation>%1 と比較</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>すべてのクラス</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <comment>shown of total</comment>
        <translation>
            <numerusform>全 %n 件中 %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or text…</source>
        <translation>コード、名前、テキストを検索…</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>コードを検索</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>クラス(&amp;L):</translation>
    </message>
    <message>
        <source>Reply codes</source>
        <translation>応答コード</translation>
    </message>
    <message>
        <source>Number of codes shown</source>
        <translation>表示中のコード数</translation>
    </message>
    <message>
        <source>Type a code such as 550 or 5.7.8, a word, or paste a reply line (Ctrl+F or /)</source>
        <translation>550 や 5.7.8 などのコードや単語を入力するか、応答行を貼り付けます（Ctrl+F または /）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>Kind of code filter</source>
        <translation>コードの種類フィルター</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>クラスフィルター</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>拡張ステータスコード</translation>
    </message>
    <message>
        <source>2xx and 2.x.x: success</source>
        <translation>2xx と 2.x.x: 成功</translation>
    </message>
    <message>
        <source>3xx: intermediate</source>
        <translation>3xx: 中間</translation>
    </message>
    <message>
        <source>4xx and 4.x.x: temporary failure</source>
        <translation>4xx と 4.x.x: 一時的な失敗</translation>
    </message>
    <message>
        <source>5xx and 5.x.x: permanent failure</source>
        <translation>5xx と 5.x.x: 永続的な失敗</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CompareView</name>
    <message>
        <source>&amp;First:</source>
        <translation>1 つ目(&amp;F):</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>1 つ目のコード</translation>
    </message>
    <message>
        <source>Type a code or a name</source>
        <translation>コードまたは名前を入力</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>入れ替え(&amp;S)</translation>
    </message>
    <message>
        <source>Swap the two codes</source>
        <translation>2 つのコードを入れ替えます</translation>
    </message>
    <message>
        <source>Swap codes</source>
        <translation>コードの入れ替え</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>2 つ目(&amp;E):</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>2 つ目のコード</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::DetailPane</name>
    <message>
        <source>Compare %1 With…</source>
        <translation>%1 を他のコードと比較…</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>コードの詳細</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ExplainView</name>
    <message>
        <source>&amp;Paste a reply, log lines or a bounce message, or drop a file:</source>
        <translation>応答、ログ行、バウンスメッセージを貼り付けるか、ファイルをドロップしてください(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file (Ctrl+O)</source>
        <translation>バウンスメッセージ（.eml、mbox）またはログファイルを開きます（Ctrl+O）</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the input</source>
        <translation>入力をクリアします</translation>
    </message>
    <message>
        <source>Text to explain</source>
        <translation>解析するテキスト</translation>
    </message>
    <message>
        <source>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</source>
        <translation>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解析結果</translation>
    </message>
    <message>
        <source>Explanation status</source>
        <translation>解析の状態</translation>
    </message>
    <message>
        <source>Explaining</source>
        <translation>解析中</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>解析中…</translation>
    </message>
    <message>
        <source>Nothing to explain yet.</source>
        <translation>解析する内容がまだありません。</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>検出結果: %1 件</translation>
    </message>
    <message>
        <source>%1 (the first %2 shown) — %3</source>
        <translation>%1（先頭の %2 を表示） — %3</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>ドロップされたテキスト</translation>
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
        <translation>SMTP Codes について</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 と %2 の比較</translation>
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
        <translation>ビュー</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比較(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy Entry</source>
        <translation>項目をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the shown entry or comparison as plain text</source>
        <translation>表示中の項目または比較をプレーンテキストとしてコピーします</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F or /)</source>
        <translation>コードを検索します（Ctrl+F または /）</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous code (Alt+Left)</source>
        <translation>前のコードに戻ります（Alt+←）</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>Forward to the next code (Alt+Right)</source>
        <translation>次のコードに進みます（Alt+→）</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>他のコードと比較(&amp;W)…</translation>
    </message>
    <message>
        <source>Compare the shown code with another (Ctrl+D)</source>
        <translation>表示中のコードを他のコードと比較します（Ctrl+D）</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>SMTP Codes について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>解析(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file to explain</source>
        <translation>解析するバウンスメッセージ（.eml、mbox）またはログファイルを開きます</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared.</source>
        <translation>応答コードと拡張ステータスコードは比較できません。</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>バウンスメッセージまたはログを開く</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>メールとログ (*.eml *.msg *.mbox *.txt *.log);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>It is larger than %1.</source>
        <translation>%1 を超えています。</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>「%1」を開けません: %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;A reference for SMTP reply codes and enhanced status codes: what each code means, when you see it and how to fix it, with its RFC references.&lt;/p&gt;&lt;p&gt;%2 reply codes and %3 enhanced status codes, from the IANA registry of %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;SMTP 応答コードと拡張ステータスコードのリファレンスです。各コードの意味、表示される場面、対処方法を RFC 参照とともに確認できます。&lt;/p&gt;&lt;p&gt;応答コード %2 件と拡張ステータスコード %3 件を収録しています（%4 時点の IANA レジストリに基づく）。&lt;/p&gt;</translation>
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
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>コード: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>推奨される対応: %1</translation>
    </message>
</context>
</TS>
