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
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 64 MiB.</source>
        <translation>„%1“ ist größer als 64 MiB.</translation>
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
    <message>
        <source>must mark the defining RFC with &quot;defines&quot;: true</source>
        <translation>muss den definierenden RFC mit „defines“: true kennzeichnen</translation>
    </message>
    <message>
        <source>enhanced codes: the top level must have a non-empty &quot;%1&quot; list</source>
        <translation>erweiterte Codes: die oberste Ebene muss eine nicht leere Liste „%1“ enthalten</translation>
    </message>
    <message>
        <source>enhanced class %1</source>
        <translation>Klasse %1 der erweiterten Codes</translation>
    </message>
    <message>
        <source>must be 2, 4 or 5</source>
        <translation>muss 2, 4 oder 5 sein</translation>
    </message>
    <message>
        <source>enhanced subject %1</source>
        <translation>Subjekt %1 der erweiterten Codes</translation>
    </message>
    <message>
        <source>must be a number from 0 to 7</source>
        <translation>muss eine Zahl von 0 bis 7 sein</translation>
    </message>
    <message>
        <source>enhanced code %1: must be an object</source>
        <translation>erweiterter Code %1: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>enhanced code %1</source>
        <translation>erweiterter Code %1</translation>
    </message>
    <message>
        <source>enhanced code %1 (%2)</source>
        <translation>erweiterter Code %1 (%2)</translation>
    </message>
    <message>
        <source>must be written as the registry does, e.g. X.7.8</source>
        <translation>muss so geschrieben sein wie in der Registry, z. B. X.7.8</translation>
    </message>
    <message>
        <source>must hold distinct classes 2, 4 and 5</source>
        <translation>muss verschiedene Klassen aus 2, 4 und 5 enthalten</translation>
    </message>
    <message>
        <source>must hold the class of reply code %1</source>
        <translation>muss die Klasse von Antwortcode %1 enthalten</translation>
    </message>
    <message>
        <source>must start with the code</source>
        <translation>muss mit dem Code beginnen</translation>
    </message>
    <message>
        <source>must hold other codes written as X.y.z</source>
        <translation>muss andere Codes in der Schreibweise X.y.z enthalten</translation>
    </message>
    <message>
        <source>must be a reply line with this code in the reply&apos;s class</source>
        <translation>muss eine Antwortzeile sein, die diesen Code in der Klasse der Antwort enthält</translation>
    </message>
    <message>
        <source>enhanced codes: not valid JSON at offset %1: %2</source>
        <translation>erweiterte Codes: kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>enhanced codes: the classes must be 2, 4 and 5 and the subjects 0 to 7, each once</source>
        <translation>erweiterte Codes: die Klassen müssen 2, 4 und 5 und die Subjekte 0 bis 7 sein, jeweils genau einmal</translation>
    </message>
    <message>
        <source>enhanced code %1 appears more than once</source>
        <translation>erweiterter Code %1 kommt mehrfach vor</translation>
    </message>
    <message>
        <source>enhanced code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>erweiterter Code %1: Feld „related“ nennt %2, doch dieser Code fehlt im Katalog</translation>
    </message>
    <message>
        <source>must hold reply codes</source>
        <translation>muss Antwortcodes enthalten</translation>
    </message>
    <message>
        <source>must hold &quot;defines&quot; as true or false</source>
        <translation>muss „defines“ mit true oder false enthalten</translation>
    </message>
    <message>
        <source>reasons: not valid JSON at offset %1: %2</source>
        <translation>Gründe: kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>Grund %1</translation>
    </message>
    <message>
        <source>must be unique</source>
        <translation>muss eindeutig sein</translation>
    </message>
    <message>
        <source>reasons: &quot;other&quot; and &quot;expired&quot; must be defined</source>
        <translation>Gründe: „other“ und „expired“ müssen definiert sein</translation>
    </message>
    <message>
        <source>names no defined reason</source>
        <translation>nennt keinen definierten Grund</translation>
    </message>
    <message>
        <source>must hold enhanced status codes</source>
        <translation>muss erweiterte Statuscodes enthalten</translation>
    </message>
    <message>
        <source>phrases %1</source>
        <translation>Formulierungen %1</translation>
    </message>
    <message>
        <source>must be lower case</source>
        <translation>muss kleingeschrieben sein</translation>
    </message>
    <message>
        <source>enhanced code rule %1</source>
        <translation>Regel %1 für erweiterte Codes</translation>
    </message>
    <message>
        <source>must be an enhanced status code</source>
        <translation>muss ein erweiterter Statuscode sein</translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation>Ausweichregel %1</translation>
    </message>
    <message>
        <source>the compiled catalog cannot be read</source>
        <translation>der kompilierte Katalog kann nicht gelesen werden</translation>
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
        <source>codes</source>
        <translation>Codes</translation>
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
    <message>
        <source>With --print or --list, write JSON for scripts instead of text.</source>
        <translation>Gibt mit --print oder --list JSON für Skripte statt Text aus.</translation>
    </message>
    <message>
        <source>Explain a reply, a log excerpt or a bounce message (.eml, mbox) read from &lt;file&gt;, or from standard input for -. With --print the explanation goes to standard output, with --json as JSON.</source>
        <translation>Erklärt eine Antwort, einen Protokollauszug oder eine Bounce-Nachricht (.eml, mbox) aus &lt;Datei&gt; oder, bei -, von der Standardeingabe. Mit --print wird die Erklärung auf der Standardausgabe ausgegeben, mit --json als JSON.</translation>
    </message>
    <message>
        <source>A reference for SMTP reply codes and enhanced status codes: what a code means, when you see it and how to fix it.</source>
        <translation>Ein Nachschlagewerk für SMTP-Antwortcodes und erweiterte Statuscodes: was ein Code bedeutet, wann Sie ihn sehen und wie Sie das Problem beheben.</translation>
    </message>
    <message>
        <source>One code to show, or two of one kind to compare: reply codes such as 535, enhanced status codes such as 5.7.8.</source>
        <translation>Ein Code zum Anzeigen oder zwei Codes derselben Art zum Vergleichen: Antwortcodes wie 535, erweiterte Statuscodes wie 5.7.8.</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared. Give two reply codes or two enhanced status codes.</source>
        <translation>Ein Antwortcode und ein erweiterter Statuscode lassen sich nicht vergleichen. Geben Sie zwei Antwortcodes oder zwei erweiterte Statuscodes an.</translation>
    </message>
    <message>
        <source>--explain takes a file, or - for standard input, and no codes or --list.</source>
        <translation>--explain erwartet eine Datei oder - für die Standardeingabe, aber weder Codes noch --list.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: no such readable file.</source>
        <translation>„%1“ kann nicht gelesen werden: Die Datei existiert nicht oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>--json goes with --print or --list.</source>
        <translation>--json ist nur zusammen mit --print oder --list möglich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code. One has three numbers without leading zeros, such as 5.7.8: the class 2, 4 or 5, a subject from 0 to 7, and a detail.</source>
        <translation>„%1“ ist kein erweiterter Statuscode. Ein solcher besteht aus drei Zahlen ohne führende Nullen, z. B. 5.7.8: der Klasse 2, 4 oder 5, einem Subjekt von 0 bis 7 und einem Detail.</translation>
    </message>
    <message>
        <source>No enhanced status code %1 in the registry. Give it with its class, such as 5%2, to read it by its class and subject.</source>
        <translation>Erweiterter Statuscode %1 ist nicht in der Registry verzeichnet. Geben Sie ihn mit seiner Klasse an, z. B. 5%2, um ihn anhand von Klasse und Subjekt zu deuten.</translation>
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
    <message>
        <source>has nothing more to send, as the server closes the connection</source>
        <translation>hat der Client nichts mehr zu senden, da der Server die Verbindung schließt</translation>
    </message>
    <message>
        <source>may try again later on a new connection, as the server closes this one</source>
        <translation>kann der Client es später über eine neue Verbindung erneut versuchen, da der Server diese schließt</translation>
    </message>
    <message>
        <source>Both are %1 replies.</source>
        <translation>Beide sind Antworten der Klasse %1.</translation>
    </message>
    <message>
        <source>%1 is sent in reply to %2, whereas %3 is sent in reply to %4.</source>
        <translation>%1 wird als Antwort auf %2 gesendet, %3 dagegen als Antwort auf %4.</translation>
    </message>
    <message>
        <source>Only %1 is sent in reply to %2.</source>
        <translation>Nur %1 wird als Antwort auf %2 gesendet.</translation>
    </message>
    <message>
        <source>Both are sent in reply to %1.</source>
        <translation>Beide werden als Antwort auf %1 gesendet.</translation>
    </message>
    <message>
        <source>Neither carries an enhanced status code: RFC 2034 gives none to 3xx replies.</source>
        <translation>Keiner von beiden trägt einen erweiterten Statuscode: RFC 2034 sieht für 3xx-Antworten keinen vor.</translation>
    </message>
    <message>
        <source>%1 carries no enhanced status code, as RFC 2034 gives none to 3xx replies, while %2 usually comes with %3.</source>
        <translation>%1 trägt keinen erweiterten Statuscode, da RFC 2034 für 3xx-Antworten keinen vorsieht; %2 liefert dagegen meist %3.</translation>
    </message>
    <message>
        <source>%1 is not defined by any RFC, while %2 is defined by %3.</source>
        <translation>%1 ist in keinem RFC definiert, %2 dagegen in %3.</translation>
    </message>
    <message>
        <source>Both are defined by %1.</source>
        <translation>Beide sind in %1 definiert.</translation>
    </message>
    <message>
        <source>%1 is defined by %2, and %3 by %4.</source>
        <translation>%1 ist in %2 definiert, %3 in %4.</translation>
    </message>
    <message>
        <source>Same class: both are %1 codes.</source>
        <translation>Gleiche Klasse: Beide sind Codes der Klasse %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>class %1 (%2)</source>
        <translation>Klasse %1 (%2)</translation>
    </message>
    <message>
        <source>any class</source>
        <translation>einer beliebigen Klasse</translation>
    </message>
    <message>
        <source>subject %1 (%2)</source>
        <translation>Subjekt %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is in %2 and %3. %4 is in %5 and %6.</source>
        <translation>%1 liegt in %2 und %3. %4 liegt in %5 und %6.</translation>
    </message>
    <message>
        <source>Both are in %1.</source>
        <translation>Beide liegen in %1.</translation>
    </message>
    <message>
        <source>%1 is in %2, while %3 is in %4.</source>
        <translation>%1 liegt in %2, %3 dagegen in %4.</translation>
    </message>
    <message>
        <source>The registry names no reply code for either.</source>
        <translation>Die Registry nennt für keinen der beiden einen Antwortcode.</translation>
    </message>
    <message>
        <source>Both come with reply code %1.</source>
        <translation>Beide treten mit Antwortcode %1 auf.</translation>
    </message>
    <message>
        <source>%1 comes with %2, and %3 with %4.</source>
        <translation>%1 tritt mit %2 auf, %3 mit %4.</translation>
    </message>
    <message>
        <source>%1 is deprecated in the registry.</source>
        <translation>%1 ist in der Registry als veraltet markiert.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is in the registry.</source>
        <translation>Weder %1 noch %2 ist in der Registry verzeichnet.</translation>
    </message>
    <message>
        <source>%1 is not in the registry, while %2 is defined by %3.</source>
        <translation>%1 ist nicht in der Registry verzeichnet, %2 dagegen ist in %3 definiert.</translation>
    </message>
    <message>
        <source>a registry entry without an RFC</source>
        <translation>einem Registry-Eintrag ohne RFC</translation>
    </message>
    <message>
        <source>no reply code the registry names</source>
        <translation>keinem von der Registry genannten Antwortcode</translation>
    </message>
    <message>
        <source>no registry title</source>
        <translation>ohne Titel in der Registry</translation>
    </message>
    <message>
        <source>%1 is not in the registry, so read it by its class and subject. %2 %3</source>
        <translation>%1 ist nicht in der Registry verzeichnet; deuten Sie ihn daher anhand von Klasse und Subjekt. %2 %3</translation>
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
    <message>
        <source>deprecated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>not in the registry</source>
        <translation>nicht in der Registry</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes, so only its class and its subject say what it means. Some mail systems use details of their own; the documentation of the server that sent it may say more.</source>
        <translation>%1 ist nicht in der IANA-Registry der erweiterten Statuscodes verzeichnet; seine Bedeutung ergibt sich daher nur aus Klasse und Subjekt. Manche Mailsysteme verwenden eigene Details; die Dokumentation des Servers, der ihn gesendet hat, gibt möglicherweise mehr Auskunft.</translation>
    </message>
    <message>
        <source>The registry names no reply code for it.</source>
        <translation>Die Registry nennt dafür keinen Antwortcode.</translation>
    </message>
    <message>
        <source>Class %1, %2: %3</source>
        <translation>Klasse %1, %2: %3</translation>
    </message>
    <message>
        <source>Subject %1, %2: %3</source>
        <translation>Subjekt %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>ExplanationPage</name>
    <message>
        <source>Permanent: %1</source>
        <translation>Dauerhaft: %1</translation>
    </message>
    <message>
        <source>Temporary: %1</source>
        <translation>Vorübergehend: %1</translation>
    </message>
    <message>
        <source>Success: the message was accepted</source>
        <translation>Erfolg: Die Nachricht wurde angenommen</translation>
    </message>
    <message>
        <source>%1, from the enhanced status code</source>
        <translation>%1, laut erweitertem Statuscode</translation>
    </message>
    <message>
        <source>%1, from the reply code</source>
        <translation>%1, laut Antwortcode</translation>
    </message>
    <message>
        <source>%1, from the words of the reply</source>
        <translation>%1, laut Wortlaut der Antwort</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Verzögert</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Expandiert</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>Remote server: %1</source>
        <translation>Entfernter Server: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Gemeldet von: %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>No SMTP reply code or enhanced status code was found in the input.</source>
        <translation>In der Eingabe wurde weder ein SMTP-Antwortcode noch ein erweiterter Statuscode gefunden.</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 findings are shown. Copy takes all of them.</source>
        <translation>Die ersten %L1 von %L2 Befunden werden angezeigt. Beim Kopieren werden alle übernommen.</translation>
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
        <source>did not perform the action, but the failure is temporary</source>
        <translation>hat die Aktion nicht ausgeführt, der Fehler ist aber vorübergehend</translation>
    </message>
    <message>
        <source>may try the same request again later</source>
        <translation>kann der Client dieselbe Anfrage später erneut versuchen</translation>
    </message>
    <message>
        <source>did not perform the action, and the failure is permanent</source>
        <translation>hat die Aktion nicht ausgeführt, und der Fehler ist dauerhaft</translation>
    </message>
    <message>
        <source>should not repeat the same request unchanged</source>
        <translation>sollte der Client dieselbe Anfrage nicht unverändert wiederholen</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>Vorübergehender negativer Abschluss</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>Dauerhafter negativer Abschluss</translation>
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
    <message>
        <source>Not in the registry</source>
        <translation>Nicht in der Registry</translation>
    </message>
    <message>
        <source>Class and subject</source>
        <translation>Klasse und Subjekt</translation>
    </message>
    <message>
        <source>Associated reply codes</source>
        <translation>Zugehörige Antwortcodes</translation>
    </message>
    <message>
        <source>Sent in reply to</source>
        <translation>Gesendet als Antwort auf</translation>
    </message>
    <message>
        <source>Example reply</source>
        <translation>Beispielantwort</translation>
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
    <message>
        <source>%1  %2 (deprecated)</source>
        <translation>%1  %2 (veraltet)</translation>
    </message>
    <message>
        <source>Enhanced status code: %1</source>
        <translation>Erweiterter Statuscode: %1</translation>
    </message>
    <message>
        <source>Enhanced status code %1 %2, %3</source>
        <translation>Erweiterter Statuscode %1 %2, %3</translation>
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
        <source>C&amp;lass:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>Reply codes</source>
        <translation>Antwortcodes</translation>
    </message>
    <message>
        <source>Number of codes shown</source>
        <translation>Anzahl der angezeigten Codes</translation>
    </message>
    <message>
        <source>Type a code such as 550 or 5.7.8, a word, or paste a reply line (Ctrl+F or /)</source>
        <translation>Code wie 550 oder 5.7.8 oder ein Wort eingeben oder eine Antwortzeile einfügen (Strg+F oder /)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Kind of code filter</source>
        <translation>Filter nach Codetyp</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Klassenfilter</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Erweiterte Codes</translation>
    </message>
    <message>
        <source>2xx and 2.x.x: success</source>
        <translation>2xx und 2.x.x: Erfolg</translation>
    </message>
    <message>
        <source>3xx: intermediate</source>
        <translation>3xx: Zwischenantwort</translation>
    </message>
    <message>
        <source>4xx and 4.x.x: temporary failure</source>
        <translation>4xx und 4.x.x: vorübergehender Fehler</translation>
    </message>
    <message>
        <source>5xx and 5.x.x: permanent failure</source>
        <translation>5xx und 5.x.x: dauerhafter Fehler</translation>
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
    <name>SmtpCodes::ExplainView</name>
    <message>
        <source>&amp;Paste a reply, log lines or a bounce message, or drop a file:</source>
        <translation>Antwort, Protokollzeilen oder Bounce-Nachricht ein&amp;fügen oder Datei hier ablegen:</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file (Ctrl+O)</source>
        <translation>Bounce-Nachricht (.eml, mbox) oder Protokolldatei öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the input</source>
        <translation>Eingabe leeren</translation>
    </message>
    <message>
        <source>Text to explain</source>
        <translation>Zu erklärender Text</translation>
    </message>
    <message>
        <source>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</source>
        <translation>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Explanation status</source>
        <translation>Status der Erklärung</translation>
    </message>
    <message>
        <source>Explaining</source>
        <translation>Erklärung läuft</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Wird erklärt…</translation>
    </message>
    <message>
        <source>Nothing to explain yet.</source>
        <translation>Noch nichts zu erklären.</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Befunde: %1</translation>
    </message>
    <message>
        <source>%1 (the first %2 shown) — %3</source>
        <translation>%1 (nur die ersten %2 angezeigt) — %3</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Abgelegter Text</translation>
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
        <translation>Über SMTP Codes</translation>
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
    <message>
        <source>E&amp;xplain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file to explain</source>
        <translation>Bounce-Nachricht (.eml, mbox) oder Protokolldatei zum Erklären öffnen</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared.</source>
        <translation>Ein Antwortcode und ein erweiterter Statuscode lassen sich nicht vergleichen.</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Bounce-Nachricht oder Protokoll öffnen</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>E-Mails und Protokolle (*.eml *.msg *.mbox *.txt *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>It is larger than %1.</source>
        <translation>Die Datei ist größer als %1.</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;A reference for SMTP reply codes and enhanced status codes: what each code means, when you see it and how to fix it, with its RFC references.&lt;/p&gt;&lt;p&gt;%2 reply codes and %3 enhanced status codes, from the IANA registry of %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Ein Nachschlagewerk für SMTP-Antwortcodes und erweiterte Statuscodes: was jeder Code bedeutet, wann Sie ihn sehen und wie Sie das Problem beheben, mit den zugehörigen RFC-Verweisen.&lt;/p&gt;&lt;p&gt;%2 Antwortcodes und %3 erweiterte Statuscodes, aus der IANA-Registry (Stand: %4).&lt;/p&gt;</translation>
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
        <translation>Codes: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
</context>
</TS>
