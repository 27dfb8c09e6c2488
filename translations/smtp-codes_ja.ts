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
        <source>A reference for SMTP reply codes: what a code means, when you see it and how to fix it.</source>
        <translation>SMTP 応答コードのリファレンス: コードの意味、表示される場面、対処方法を示します。</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>One reply code to show, or two to compare.</source>
        <translation>表示する応答コード 1 つ、または比較する応答コード 2 つ。</translation>
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
        <source>Both answer %1.</source>
        <translation>どちらも %1 に対する応答です。</translation>
    </message>
    <message>
        <source>%1 answers %2, whereas %3 answers %4.</source>
        <translation>%1 は %2 に対する応答、%3 は %4 に対する応答です。</translation>
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
        <source>%1 is not defined by any RFC, while %2 is covered by %3.</source>
        <translation>%1 はどの RFC でも定義されていませんが、%2 は %3 で定義されています。</translation>
    </message>
    <message>
        <source>Both are covered by %1.</source>
        <translation>どちらも %1 で定義されています。</translation>
    </message>
    <message>
        <source>%1 is covered by %2, and %3 by %4.</source>
        <translation>%1 は %2 で、%3 は %4 で定義されています。</translation>
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
        <source>Transient Negative</source>
        <translation>一時的否定</translation>
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
        <source>Permanent Negative</source>
        <translation>永続的否定</translation>
    </message>
    <message>
        <source>did not perform the action, and the failure is permanent</source>
        <translation>操作を実行しておらず、この失敗は永続的なものです</translation>
    </message>
    <message>
        <source>should not repeat the same request unchanged</source>
        <translation>同じ要求をそのまま繰り返すべきではありません</translation>
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
        <source>Answers these commands</source>
        <translation>対応するコマンド</translation>
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
        <source>Type a code, a word, or paste a reply line (Ctrl+F or /)</source>
        <translation>コードや語句を入力するか、応答行を貼り付けます（Ctrl+F または /）</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>クラス(&amp;L):</translation>
    </message>
    <message>
        <source>Reply class filter</source>
        <translation>応答クラスで絞り込み</translation>
    </message>
    <message>
        <source>Reply codes</source>
        <translation>応答コード</translation>
    </message>
    <message>
        <source>Number of codes shown</source>
        <translation>表示中のコード数</translation>
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
    <name>SmtpCodes::MainWindow</name>
    <message>
        <source>About SMTP Codes</source>
        <translation>SMTP Codes について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;A reference for SMTP reply codes: what each code means, when you see it and how to fix it, with its RFC references.&lt;/p&gt;&lt;p&gt;%2 codes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;SMTP 応答コードのリファレンスです。各コードの意味、表示される場面、対処方法を、RFC の参照とともに示します。&lt;/p&gt;&lt;p&gt;収録コード数: %2&lt;/p&gt;</translation>
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
</context>
</TS>
