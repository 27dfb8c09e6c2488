<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Application</name>
    <message>
        <source>The built-in catalog is damaged: %1</source>
        <translation>Der eingebaute Katalog ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to &quot;%1&quot;.</source>
        <translation>Der Screenshot kann nicht in „%1“ gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1: Feld „%2“ %3</translation>
    </message>
    <message>
        <source>entry %1 (code %2)</source>
        <translation>Eintrag %1 (Code %2)</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a whole number from 200 to 599</source>
        <translation>muss eine ganze Zahl von 200 bis 599 sein</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must have at least %1 items</source>
        <translation>muss mindestens %1 Elemente enthalten</translation>
    </message>
    <message>
        <source>must hold only non-empty strings</source>
        <translation>darf nur nicht leere Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>entry %1: must be an object</source>
        <translation>Eintrag %1: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must start with the code number</source>
        <translation>muss mit der Codenummer beginnen</translation>
    </message>
    <message>
        <source>must be a clause that follows &quot;when&quot;, not start with one</source>
        <translation>muss ein Satzteil sein, der auf „when“ folgt, und darf nicht selbst damit beginnen</translation>
    </message>
    <message>
        <source>must end with a full stop</source>
        <translation>muss mit einem Punkt enden</translation>
    </message>
    <message>
        <source>must hold objects with &quot;rfc&quot; and &quot;section&quot;</source>
        <translation>muss Objekte mit „rfc“ und „section“ enthalten</translation>
    </message>
    <message>
        <source>has &quot;%1&quot;, which is not an enhanced status code of this class</source>
        <translation>enthält „%1“; das ist kein erweiterter Statuscode dieser Klasse</translation>
    </message>
    <message>
        <source>must hold other reply codes</source>
        <translation>muss andere Antwortcodes enthalten</translation>
    </message>
    <message>
        <source>must hold lines with &quot;from&quot; (client or server) and &quot;text&quot;</source>
        <translation>muss Zeilen mit „from“ (client oder server) und „text“ enthalten</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>the top level must be an object with a &quot;codes&quot; list</source>
        <translation>die oberste Ebene muss ein Objekt mit einer Liste „codes“ sein</translation>
    </message>
    <message>
        <source>entry %1: code %2 appears more than once</source>
        <translation>Eintrag %1: Code %2 kommt mehrfach vor</translation>
    </message>
    <message>
        <source>the catalog has no codes</source>
        <translation>der Katalog enthält keine Codes</translation>
    </message>
    <message>
        <source>code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>Code %1: Feld „related“ nennt %2, doch dieser Code fehlt im Katalog</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write the details of one code, or the comparison of two, to standard output instead of opening a window.</source>
        <translation>Gibt die Details eines Codes oder den Vergleich zweier Codes auf der Standardausgabe aus, statt ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>Print every code, one per line: code, name and class separated by tabs.</source>
        <translation>Gibt alle Codes aus, einen pro Zeile: Code, Name und Klasse, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>Use the interface language &lt;language&gt;, e.g. de or zh_CN. Available: %1.</source>
        <translation>Verwendet die Oberflächensprache &lt;Sprache&gt;, z. B. de oder zh_CN. Verfügbar: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Save the window as a PNG image in &lt;file&gt; and exit.</source>
        <translation>Speichert das Fenster als PNG-Bild in &lt;Datei&gt; und beendet das Programm.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>A reference for SMTP reply codes: what a code means, when you see it and how to fix it.</source>
        <translation>Nachschlagewerk für SMTP-Antwortcodes: was ein Code bedeutet, wann Sie ihn sehen und wie Sie das Problem beheben.</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>One reply code to show, or two to compare.</source>
        <translation>Ein Antwortcode zum Anzeigen oder zwei zum Vergleichen.</translation>
    </message>
    <message>
        <source>[code [code]]</source>
        <translation>[Code [Code]]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>Unbekannte Sprache „%1“. Verfügbar: %2.</translation>
    </message>
    <message>
        <source>Give one code to show or two codes to compare, not %1.</source>
        <translation>Geben Sie einen Code zum Anzeigen oder zwei Codes zum Vergleichen an, nicht %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reply code. A reply code has three digits, such as 535.</source>
        <translation>„%1“ ist kein Antwortcode. Ein Antwortcode hat drei Ziffern, z. B. 535.</translation>
    </message>
    <message>
        <source>No reply code %1 in the catalog. Run with --list to see every code.</source>
        <translation>Antwortcode %1 ist nicht im Katalog. Mit --list sehen Sie alle Codes.</translation>
    </message>
    <message>
        <source>Use either --print or --list, not both.</source>
        <translation>Verwenden Sie entweder --print oder --list, nicht beides.</translation>
    </message>
    <message>
        <source>--list prints every code and takes no codes.</source>
        <translation>--list gibt alle Codes aus und akzeptiert keine Codes als Argument.</translation>
    </message>
    <message>
        <source>--screenshot saves the window, so it cannot be combined with --print or --list.</source>
        <translation>--screenshot speichert das Fenster und lässt sich daher nicht mit --print oder --list kombinieren.</translation>
    </message>
    <message>
        <source>--print needs one code to show or two codes to compare.</source>
        <translation>--print benötigt einen Code zum Anzeigen oder zwei Codes zum Vergleichen.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>Both sides show %1. Choose a different code for one side to compare them.</source>
        <translation>Beide Seiten zeigen %1. Wählen Sie für eine Seite einen anderen Code, um zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 replies: in each case the server %6. What sets them apart is the situation each one reports.</source>
        <translation>%1 (%2) und %3 (%4) sind beide Antworten der Klasse %5, das heißt in beiden Fällen: Der Server %6. Sie unterscheiden sich in der Situation, die sie jeweils melden.</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 reply: the server %4. %5 (%6) is a %7 reply: the server %8.</source>
        <translation>%1 (%2) ist eine Antwort der Klasse %3: Der Server %4. %5 (%6) ist eine Antwort der Klasse %7: Der Server %8.</translation>
    </message>
    <message>
        <source>Both are %1 replies, so after either one the client %2.</source>
        <translation>Beide sind Antworten der Klasse %1; nach jeder der beiden %2.</translation>
    </message>
    <message>
        <source>%1 is a %2 reply, while %3 is a %4 reply.</source>
        <translation>%1 ist eine Antwort der Klasse %2, %3 dagegen eine Antwort der Klasse %4.</translation>
    </message>
    <message>
        <source>After %1 the client %2; after %3 it %4.</source>
        <translation>Nach %1 %2; nach %3 %4.</translation>
    </message>
    <message>
        <source>Both answer %1.</source>
        <translation>Beide antworten auf %1.</translation>
    </message>
    <message>
        <source>%1 answers %2, whereas %3 answers %4.</source>
        <translation>%1 antwortet auf %2, %3 dagegen auf %4.</translation>
    </message>
    <message>
        <source>Both usually come with the same enhanced status codes: %1.</source>
        <translation>Beide liefern meist dieselben erweiterten Statuscodes: %1.</translation>
    </message>
    <message>
        <source>%1 usually comes with %2, and %3 with %4.</source>
        <translation>%1 liefert meist %2, %3 dagegen %4.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is defined by any RFC.</source>
        <translation>Weder %1 noch %2 ist in einem RFC definiert.</translation>
    </message>
    <message>
        <source>%1 is not defined by any RFC, while %2 is covered by %3.</source>
        <translation>%1 ist in keinem RFC definiert, %2 dagegen ist in %3 beschrieben.</translation>
    </message>
    <message>
        <source>Both are covered by %1.</source>
        <translation>Beide sind in %1 beschrieben.</translation>
    </message>
    <message>
        <source>%1 is covered by %2, and %3 by %4.</source>
        <translation>%1 ist in %2 beschrieben, %3 in %4.</translation>
    </message>
    <message>
        <source>Expect %1 (%2) when %3 If you receive it: %4</source>
        <translation>Erwarten Sie %1 (%2), wenn: %3 Wenn Sie ihn erhalten: %4</translation>
    </message>
    <message>
        <source>no particular enhanced status code</source>
        <translation>keinen bestimmten erweiterten Statuscode</translation>
    </message>
    <message>
        <source>Same class: both are %1 replies.</source>
        <translation>Gleiche Klasse: Beide sind Antworten der Klasse %1.</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>non-standard</source>
        <translation>nicht standardisiert</translation>
    </message>
    <message>
        <source>None in particular.</source>
        <translation>Keine bestimmten.</translation>
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
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt die Hilfe zu den Kommandozeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zeigt die Hilfe einschließlich Qt-spezifischer Optionen an.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Unbekannte Optionen: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Fehlender Wert nach „%1“.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unerwarteter Wert nach „%1“.</translation>
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
        <translation>Positiver Abschluss</translation>
    </message>
    <message>
        <source>has completed the requested action</source>
        <translation>hat die angeforderte Aktion ausgeführt</translation>
    </message>
    <message>
        <source>can go on with its next command</source>
        <translation>kann der Client mit seinem nächsten Befehl fortfahren</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Positive Zwischenantwort</translation>
    </message>
    <message>
        <source>has accepted the command but needs more information first</source>
        <translation>hat den Befehl angenommen, benötigt aber zuerst weitere Angaben</translation>
    </message>
    <message>
        <source>sends the data or the response that the server asked for</source>
        <translation>sendet der Client die Daten oder die Antwort, die der Server angefordert hat</translation>
    </message>
    <message>
        <source>Transient Negative</source>
        <translation>Temporärer Fehler</translation>
    </message>
    <message>
        <source>did not perform the action, but the failure is temporary</source>
        <translation>hat die Aktion nicht ausgeführt, der Fehler ist aber vorübergehend</translation>
    </message>
    <message>
        <source>may try the same request again later</source>
        <translation>kann der Client dieselbe Anfrage später erneut versuchen</translation>
    </message>
    <message>
        <source>Permanent Negative</source>
        <translation>Permanenter Fehler</translation>
    </message>
    <message>
        <source>did not perform the action, and the failure is permanent</source>
        <translation>hat die Aktion nicht ausgeführt, und der Fehler ist dauerhaft</translation>
    </message>
    <message>
        <source>should not repeat the same request unchanged</source>
        <translation>sollte der Client dieselbe Anfrage nicht unverändert wiederholen</translation>
    </message>
</context>
<context>
    <name>ReplyCode</name>
    <message>
        <source>the opening of a connection</source>
        <translation>das Öffnen einer Verbindung</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>beliebige Befehle</translation>
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
        <translation>RFC %1, Abschnitt %2</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Wann Sie ihn sehen</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Typical enhanced status codes</source>
        <translation>Typische erweiterte Statuscodes</translation>
    </message>
    <message>
        <source>RFC references</source>
        <translation>RFC-Verweise</translation>
    </message>
    <message>
        <source>Answers these commands</source>
        <translation>Antwort auf diese Befehle</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Verwandte Codes</translation>
    </message>
    <message>
        <source>Example exchange</source>
        <translation>Beispieldialog</translation>
    </message>
    <message>
        <source>Other meanings and extensions</source>
        <translation>Weitere Bedeutungen und Erweiterungen</translation>
    </message>
    <message>
        <source>Non-standard code</source>
        <translation>Nicht standardisierter Code</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Wichtigste Unterschiede</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>Wann welcher Code</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListModel</name>
    <message>
        <source>%1  %2 (non-standard)</source>
        <translation>%1  %2 (nicht standardisiert)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1. Not defined by any RFC.</source>
        <translation>%1. In keinem RFC definiert.</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListPane</name>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Compare With %1</source>
        <translation>Mit %1 vergleichen</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <comment>shown of total</comment>
        <translation>
            <numerusform>%1 von %n Code</numerusform>
            <numerusform>%1 von %n Codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or text…</source>
        <translation>Code, Name oder Text suchen…</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>Codes durchsuchen</translation>
    </message>
    <message>
        <source>Type a code, a word, or paste a reply line (Ctrl+F or /)</source>
        <translation>Code oder Suchwort eingeben oder Antwortzeile einfügen (Strg+F oder /)</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>Reply class filter</source>
        <translation>Filter nach Antwortklasse</translation>
    </message>
    <message>
        <source>Reply codes</source>
        <translation>Antwortcodes</translation>
    </message>
    <message>
        <source>Number of codes shown</source>
        <translation>Anzahl der angezeigten Codes</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CompareView</name>
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Erster:</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Erster Code</translation>
    </message>
    <message>
        <source>Type a code or a name</source>
        <translation>Code oder Namen eingeben</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>Ta&amp;uschen</translation>
    </message>
    <message>
        <source>Swap the two codes</source>
        <translation>Die beiden Codes tauschen</translation>
    </message>
    <message>
        <source>Swap codes</source>
        <translation>Codes tauschen</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>&amp;Zweiter:</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>Zweiter Code</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::DetailPane</name>
    <message>
        <source>Compare %1 With…</source>
        <translation>%1 vergleichen mit…</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>Codedetails</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::MainWindow</name>
    <message>
        <source>About SMTP Codes</source>
        <translation>Über SMTP Codes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;A reference for SMTP reply codes: what each code means, when you see it and how to fix it, with its RFC references.&lt;/p&gt;&lt;p&gt;%2 codes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Nachschlagewerk für SMTP-Antwortcodes: was jeder Code bedeutet, wann Sie ihn sehen und wie Sie das Problem beheben, jeweils mit den RFC-Verweisen.&lt;/p&gt;&lt;p&gt;%2 Codes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
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
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy Entry</source>
        <translation>Eintrag &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the shown entry or comparison as plain text</source>
        <translation>Angezeigten Eintrag oder Vergleich als reinen Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F or /)</source>
        <translation>Codes durchsuchen (Strg+F oder /)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the previous code (Alt+Left)</source>
        <translation>Zurück zum vorherigen Code (Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Forward to the next code (Alt+Right)</source>
        <translation>Vorwärts zum nächsten Code (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Vergleichen &amp;mit…</translation>
    </message>
    <message>
        <source>Compare the shown code with another (Ctrl+D)</source>
        <translation>Angezeigten Code mit einem anderen vergleichen (Strg+D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>&amp;Über SMTP Codes</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
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
