<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Application</name>
    <message>
        <source>The built-in catalog is damaged: %1</source>
        <translation>Le catalogue intégré est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to &quot;%1&quot;.</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 64 MiB.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse 64 MiB.</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» %3</translation>
    </message>
    <message>
        <source>entry %1 (code %2)</source>
        <translation>entrée %1 (code %2)</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be a whole number from 200 to 599</source>
        <translation>doit être un nombre entier compris entre 200 et 599</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must have at least %1 items</source>
        <translation>doit contenir au moins %1 éléments</translation>
    </message>
    <message>
        <source>must hold only non-empty strings</source>
        <translation>ne doit contenir que des chaînes non vides</translation>
    </message>
    <message>
        <source>entry %1: must be an object</source>
        <translation>entrée %1&#xa0;: doit être un objet</translation>
    </message>
    <message>
        <source>must start with the code number</source>
        <translation>doit commencer par le numéro du code</translation>
    </message>
    <message>
        <source>must be a clause that follows &quot;when&quot;, not start with one</source>
        <translation>doit être une proposition qui suit «&#xa0;when&#xa0;», sans commencer par ce mot</translation>
    </message>
    <message>
        <source>must end with a full stop</source>
        <translation>doit se terminer par un point</translation>
    </message>
    <message>
        <source>must hold objects with &quot;rfc&quot; and &quot;section&quot;</source>
        <translation>doit contenir des objets avec «&#xa0;rfc&#xa0;» et «&#xa0;section&#xa0;»</translation>
    </message>
    <message>
        <source>has &quot;%1&quot;, which is not an enhanced status code of this class</source>
        <translation>contient «&#xa0;%1&#xa0;», qui n&apos;est pas un code d&apos;état étendu de cette classe</translation>
    </message>
    <message>
        <source>must hold other reply codes</source>
        <translation>doit contenir d&apos;autres codes de réponse</translation>
    </message>
    <message>
        <source>must hold lines with &quot;from&quot; (client or server) and &quot;text&quot;</source>
        <translation>doit contenir des lignes avec «&#xa0;from&#xa0;» («&#xa0;client&#xa0;» ou «&#xa0;server&#xa0;») et «&#xa0;text&#xa0;»</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the top level must be an object with a &quot;codes&quot; list</source>
        <translation>le niveau supérieur doit être un objet contenant une liste «&#xa0;codes&#xa0;»</translation>
    </message>
    <message>
        <source>entry %1: code %2 appears more than once</source>
        <translation>entrée %1&#xa0;: le code %2 apparaît plusieurs fois</translation>
    </message>
    <message>
        <source>the catalog has no codes</source>
        <translation>le catalogue ne contient aucun code</translation>
    </message>
    <message>
        <source>code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>code %1&#xa0;: le champ «&#xa0;related&#xa0;» cite %2, qui ne figure pas dans le catalogue</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>must mark the defining RFC with &quot;defines&quot;: true</source>
        <translation>doit marquer la RFC qui le définit avec «&#xa0;defines&#xa0;»: true</translation>
    </message>
    <message>
        <source>enhanced codes: the top level must have a non-empty &quot;%1&quot; list</source>
        <translation>codes étendus&#xa0;: le niveau supérieur doit contenir une liste «&#xa0;%1&#xa0;» non vide</translation>
    </message>
    <message>
        <source>enhanced class %1</source>
        <translation>classe %1 des codes étendus</translation>
    </message>
    <message>
        <source>must be 2, 4 or 5</source>
        <translation>doit valoir 2, 4 ou 5</translation>
    </message>
    <message>
        <source>enhanced subject %1</source>
        <translation>sujet %1 des codes étendus</translation>
    </message>
    <message>
        <source>must be a number from 0 to 7</source>
        <translation>doit être un nombre compris entre 0 et 7</translation>
    </message>
    <message>
        <source>enhanced code %1: must be an object</source>
        <translation>code étendu %1&#xa0;: doit être un objet</translation>
    </message>
    <message>
        <source>enhanced code %1</source>
        <translation>code étendu %1</translation>
    </message>
    <message>
        <source>enhanced code %1 (%2)</source>
        <translation>code étendu %1 (%2)</translation>
    </message>
    <message>
        <source>must be written as the registry does, e.g. X.7.8</source>
        <translation>doit être écrit comme dans le registre, p. ex. X.7.8</translation>
    </message>
    <message>
        <source>must hold distinct classes 2, 4 and 5</source>
        <translation>doit contenir des classes distinctes parmi 2, 4 et 5</translation>
    </message>
    <message>
        <source>must hold the class of reply code %1</source>
        <translation>doit contenir la classe du code de réponse %1</translation>
    </message>
    <message>
        <source>must start with the code</source>
        <translation>doit commencer par le code</translation>
    </message>
    <message>
        <source>must hold other codes written as X.y.z</source>
        <translation>doit contenir d&apos;autres codes écrits sous la forme X.y.z</translation>
    </message>
    <message>
        <source>must be a reply line with this code in the reply&apos;s class</source>
        <translation>doit être une ligne de réponse contenant ce code dans la classe de la réponse</translation>
    </message>
    <message>
        <source>enhanced codes: not valid JSON at offset %1: %2</source>
        <translation>codes étendus&#xa0;: JSON non valide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>enhanced codes: the classes must be 2, 4 and 5 and the subjects 0 to 7, each once</source>
        <translation>codes étendus&#xa0;: les classes doivent être 2, 4 et 5 et les sujets 0 à 7, chacun une seule fois</translation>
    </message>
    <message>
        <source>enhanced code %1 appears more than once</source>
        <translation>le code étendu %1 apparaît plusieurs fois</translation>
    </message>
    <message>
        <source>enhanced code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>code étendu %1&#xa0;: le champ «&#xa0;related&#xa0;» cite %2, qui ne figure pas dans le catalogue</translation>
    </message>
    <message>
        <source>must hold reply codes</source>
        <translation>doit contenir des codes de réponse</translation>
    </message>
    <message>
        <source>must hold &quot;defines&quot; as true or false</source>
        <translation>doit contenir «&#xa0;defines&#xa0;» avec la valeur true ou false</translation>
    </message>
    <message>
        <source>reasons: not valid JSON at offset %1: %2</source>
        <translation>motifs&#xa0;: JSON non valide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>motif %1</translation>
    </message>
    <message>
        <source>must be unique</source>
        <translation>doit être unique</translation>
    </message>
    <message>
        <source>reasons: &quot;other&quot; and &quot;expired&quot; must be defined</source>
        <translation>motifs&#xa0;: «&#xa0;other&#xa0;» et «&#xa0;expired&#xa0;» doivent être définis</translation>
    </message>
    <message>
        <source>names no defined reason</source>
        <translation>ne désigne aucun motif défini</translation>
    </message>
    <message>
        <source>must hold enhanced status codes</source>
        <translation>doit contenir des codes d&apos;état étendus</translation>
    </message>
    <message>
        <source>phrases %1</source>
        <translation>expressions %1</translation>
    </message>
    <message>
        <source>must be lower case</source>
        <translation>doit être en minuscules</translation>
    </message>
    <message>
        <source>enhanced code rule %1</source>
        <translation>règle %1 des codes étendus</translation>
    </message>
    <message>
        <source>must be an enhanced status code</source>
        <translation>doit être un code d&apos;état étendu</translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation>règle de repli %1</translation>
    </message>
    <message>
        <source>the compiled catalog cannot be read</source>
        <translation>le catalogue compilé ne peut pas être lu</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write the details of one code, or the comparison of two, to standard output instead of opening a window.</source>
        <translation>Écrit les détails d&apos;un code, ou la comparaison de deux codes, sur la sortie standard au lieu d&apos;ouvrir une fenêtre.</translation>
    </message>
    <message>
        <source>Print every code, one per line: code, name and class separated by tabs.</source>
        <translation>Affiche tous les codes, un par ligne&#xa0;: code, nom et classe séparés par des tabulations.</translation>
    </message>
    <message>
        <source>Use the interface language &lt;language&gt;, e.g. de or zh_CN. Available: %1.</source>
        <translation>Utilise la langue d&apos;interface &lt;langue&gt;, p. ex. de ou zh_CN. Disponibles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Save the window as a PNG image in &lt;file&gt; and exit.</source>
        <translation>Enregistre la fenêtre sous forme d&apos;image PNG dans &lt;fichier&gt; et quitte.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <source>[code [code]]</source>
        <translation>[code [code]]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>Langue inconnue&#xa0;: «&#xa0;%1&#xa0;». Disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Give one code to show or two codes to compare, not %1.</source>
        <translation>Indiquez un code à afficher ou deux codes à comparer, pas %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reply code. A reply code has three digits, such as 535.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de réponse. Un code de réponse comporte trois chiffres, par exemple 535.</translation>
    </message>
    <message>
        <source>No reply code %1 in the catalog. Run with --list to see every code.</source>
        <translation>Le code de réponse %1 ne figure pas dans le catalogue. Lancez avec --list pour voir tous les codes.</translation>
    </message>
    <message>
        <source>Use either --print or --list, not both.</source>
        <translation>Utilisez --print ou --list, mais pas les deux.</translation>
    </message>
    <message>
        <source>--list prints every code and takes no codes.</source>
        <translation>--list affiche tous les codes et n&apos;accepte aucun code.</translation>
    </message>
    <message>
        <source>--screenshot saves the window, so it cannot be combined with --print or --list.</source>
        <translation>--screenshot enregistre la fenêtre et ne peut donc pas être combiné avec --print ou --list.</translation>
    </message>
    <message>
        <source>--print needs one code to show or two codes to compare.</source>
        <translation>--print nécessite un code à afficher ou deux codes à comparer.</translation>
    </message>
    <message>
        <source>With --print or --list, write JSON for scripts instead of text.</source>
        <translation>Avec --print ou --list, écrit du JSON destiné aux scripts au lieu de texte.</translation>
    </message>
    <message>
        <source>Explain a reply, a log excerpt or a bounce message (.eml, mbox) read from &lt;file&gt;, or from standard input for -. With --print the explanation goes to standard output, with --json as JSON.</source>
        <translation>Explique une réponse, un extrait de journal ou un message de non-remise (.eml, mbox) lu depuis &lt;fichier&gt;, ou depuis l&apos;entrée standard pour -. Avec --print, l&apos;explication est écrite sur la sortie standard, avec --json au format JSON.</translation>
    </message>
    <message>
        <source>A reference for SMTP reply codes and enhanced status codes: what a code means, when you see it and how to fix it.</source>
        <translation>Une référence des codes de réponse SMTP et des codes d&apos;état étendus&#xa0;: ce que signifie un code, quand vous le voyez et comment corriger le problème.</translation>
    </message>
    <message>
        <source>One code to show, or two of one kind to compare: reply codes such as 535, enhanced status codes such as 5.7.8.</source>
        <translation>Un code à afficher, ou deux codes du même type à comparer&#xa0;: codes de réponse comme 535, codes d&apos;état étendus comme 5.7.8.</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared. Give two reply codes or two enhanced status codes.</source>
        <translation>Un code de réponse et un code d&apos;état étendu ne peuvent pas être comparés. Indiquez deux codes de réponse ou deux codes d&apos;état étendus.</translation>
    </message>
    <message>
        <source>--explain takes a file, or - for standard input, and no codes or --list.</source>
        <translation>--explain attend un fichier, ou - pour l&apos;entrée standard, mais ni code ni --list.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: no such readable file.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: fichier inexistant ou illisible.</translation>
    </message>
    <message>
        <source>--json goes with --print or --list.</source>
        <translation>--json s&apos;utilise avec --print ou --list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code. One has three numbers without leading zeros, such as 5.7.8: the class 2, 4 or 5, a subject from 0 to 7, and a detail.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code d&apos;état étendu. Un tel code se compose de trois nombres sans zéro initial, par exemple 5.7.8&#xa0;: la classe 2, 4 ou 5, un sujet de 0 à 7 et un détail.</translation>
    </message>
    <message>
        <source>No enhanced status code %1 in the registry. Give it with its class, such as 5%2, to read it by its class and subject.</source>
        <translation>Le code d&apos;état étendu %1 ne figure pas dans le registre. Indiquez-le avec sa classe, par exemple 5%2, pour l&apos;interpréter d&apos;après sa classe et son sujet.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 face à %2</translation>
    </message>
    <message>
        <source>Both sides show %1. Choose a different code for one side to compare them.</source>
        <translation>Les deux côtés affichent %1. Choisissez un autre code d&apos;un côté pour les comparer.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 replies: in each case the server %6. What sets them apart is the situation each one reports.</source>
        <translation>%1 (%2) et %3 (%4) sont tous deux des réponses de la classe %5&#xa0;: dans les deux cas, le serveur %6. Ce qui les distingue, c&apos;est la situation que chacun signale.</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 reply: the server %4. %5 (%6) is a %7 reply: the server %8.</source>
        <translation>%1 (%2) est une réponse de la classe %3&#xa0;: le serveur %4. %5 (%6) est une réponse de la classe %7&#xa0;: le serveur %8.</translation>
    </message>
    <message>
        <source>Both are %1 replies, so after either one the client %2.</source>
        <translation>Les deux sont des réponses de la classe %1&#xa0;: après l&apos;un comme après l&apos;autre, le client %2.</translation>
    </message>
    <message>
        <source>%1 is a %2 reply, while %3 is a %4 reply.</source>
        <translation>%1 est une réponse de la classe %2, tandis que %3 est une réponse de la classe %4.</translation>
    </message>
    <message>
        <source>After %1 the client %2; after %3 it %4.</source>
        <translation>Après %1, le client %2&#xa0;; après %3, il %4.</translation>
    </message>
    <message>
        <source>Both usually come with the same enhanced status codes: %1.</source>
        <translation>Les deux s&apos;accompagnent généralement des mêmes codes d&apos;état étendus&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 usually comes with %2, and %3 with %4.</source>
        <translation>Codes d&apos;état étendus courants&#xa0;: %2 pour %1, et %4 pour %3.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is defined by any RFC.</source>
        <translation>Aucune RFC ne définit %1 ni %2.</translation>
    </message>
    <message>
        <source>Expect %1 (%2) when %3 If you receive it: %4</source>
        <translation>Attendez-vous à %1 (%2) quand&#xa0;: %3 Si vous le recevez&#xa0;: %4</translation>
    </message>
    <message>
        <source>no particular enhanced status code</source>
        <translation>aucun en particulier</translation>
    </message>
    <message>
        <source>Same class: both are %1 replies.</source>
        <translation>Même classe&#xa0;: les deux sont des réponses de la classe %1.</translation>
    </message>
    <message>
        <source>has nothing more to send, as the server closes the connection</source>
        <translation>n&apos;a plus rien à envoyer, car le serveur ferme la connexion</translation>
    </message>
    <message>
        <source>may try again later on a new connection, as the server closes this one</source>
        <translation>peut réessayer plus tard sur une nouvelle connexion, car le serveur ferme celle-ci</translation>
    </message>
    <message>
        <source>Both are %1 replies.</source>
        <translation>Les deux sont des réponses de la classe %1.</translation>
    </message>
    <message>
        <source>%1 is sent in reply to %2, whereas %3 is sent in reply to %4.</source>
        <translation>%1 est envoyé en réponse à %2, tandis que %3 est envoyé en réponse à %4.</translation>
    </message>
    <message>
        <source>Only %1 is sent in reply to %2.</source>
        <translation>Seul %1 est envoyé en réponse à %2.</translation>
    </message>
    <message>
        <source>Both are sent in reply to %1.</source>
        <translation>Les deux sont envoyés en réponse à %1.</translation>
    </message>
    <message>
        <source>Neither carries an enhanced status code: RFC 2034 gives none to 3xx replies.</source>
        <translation>Aucun des deux ne porte de code d&apos;état étendu&#xa0;: la RFC 2034 n&apos;en attribue aucun aux réponses 3xx.</translation>
    </message>
    <message>
        <source>%1 carries no enhanced status code, as RFC 2034 gives none to 3xx replies, while %2 usually comes with %3.</source>
        <translation>%1 ne porte aucun code d&apos;état étendu, car la RFC 2034 n&apos;en attribue aucun aux réponses 3xx, tandis que %2 s&apos;accompagne généralement de %3.</translation>
    </message>
    <message>
        <source>%1 is not defined by any RFC, while %2 is defined by %3.</source>
        <translation>%1 n&apos;est défini par aucune RFC, tandis que %2 est défini par %3.</translation>
    </message>
    <message>
        <source>Both are defined by %1.</source>
        <translation>Les deux sont définis par %1.</translation>
    </message>
    <message>
        <source>%1 is defined by %2, and %3 by %4.</source>
        <translation>%1 est défini par %2, et %3 par %4.</translation>
    </message>
    <message>
        <source>Same class: both are %1 codes.</source>
        <translation>Même classe&#xa0;: les deux sont des codes de la classe %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>class %1 (%2)</source>
        <translation>la classe %1 (%2)</translation>
    </message>
    <message>
        <source>any class</source>
        <translation>n&apos;importe quelle classe</translation>
    </message>
    <message>
        <source>subject %1 (%2)</source>
        <translation>le sujet %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is in %2 and %3. %4 is in %5 and %6.</source>
        <translation>%1 se situe dans %2 et %3. %4 se situe dans %5 et %6.</translation>
    </message>
    <message>
        <source>Both are in %1.</source>
        <translation>Les deux se situent dans %1.</translation>
    </message>
    <message>
        <source>%1 is in %2, while %3 is in %4.</source>
        <translation>%1 se situe dans %2, tandis que %3 se situe dans %4.</translation>
    </message>
    <message>
        <source>The registry names no reply code for either.</source>
        <translation>Le registre n&apos;indique de code de réponse pour aucun des deux.</translation>
    </message>
    <message>
        <source>Both come with reply code %1.</source>
        <translation>Les deux correspondent au code de réponse %1.</translation>
    </message>
    <message>
        <source>%1 comes with %2, and %3 with %4.</source>
        <translation>Codes de réponse correspondants&#xa0;: %2 pour %1, et %4 pour %3.</translation>
    </message>
    <message>
        <source>%1 is deprecated in the registry.</source>
        <translation>%1 est marqué comme obsolète dans le registre.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is in the registry.</source>
        <translation>Ni %1 ni %2 ne figurent dans le registre.</translation>
    </message>
    <message>
        <source>%1 is not in the registry, while %2 is defined by %3.</source>
        <translation>%1 ne figure pas dans le registre, tandis que %2 est défini par %3.</translation>
    </message>
    <message>
        <source>a registry entry without an RFC</source>
        <translation>une entrée du registre sans RFC</translation>
    </message>
    <message>
        <source>no reply code the registry names</source>
        <translation>aucun indiqué par le registre</translation>
    </message>
    <message>
        <source>no registry title</source>
        <translation>sans titre dans le registre</translation>
    </message>
    <message>
        <source>%1 is not in the registry, so read it by its class and subject. %2 %3</source>
        <translation>%1 ne figure pas dans le registre&#xa0;; interprétez-le donc d&apos;après sa classe et son sujet. %2 %3</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>non-standard</source>
        <translation>non standard</translation>
    </message>
    <message>
        <source>None in particular.</source>
        <translation>Aucun en particulier.</translation>
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
        <translation>obsolète</translation>
    </message>
    <message>
        <source>not in the registry</source>
        <translation>absent du registre</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes, so only its class and its subject say what it means. Some mail systems use details of their own; the documentation of the server that sent it may say more.</source>
        <translation>%1 ne figure pas dans le registre IANA des codes d&apos;état étendus&#xa0;: seuls sa classe et son sujet indiquent donc ce qu&apos;il signifie. Certains systèmes de messagerie utilisent leurs propres détails&#xa0;; la documentation du serveur qui l&apos;a envoyé peut en dire plus.</translation>
    </message>
    <message>
        <source>The registry names no reply code for it.</source>
        <translation>Le registre ne lui associe aucun code de réponse.</translation>
    </message>
    <message>
        <source>Class %1, %2: %3</source>
        <translation>Classe %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Subject %1, %2: %3</source>
        <translation>Sujet %1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ExplanationPage</name>
    <message>
        <source>Permanent: %1</source>
        <translation>Permanent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Temporary: %1</source>
        <translation>Temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Success: the message was accepted</source>
        <translation>Succès&#xa0;: le message a été accepté</translation>
    </message>
    <message>
        <source>%1, from the enhanced status code</source>
        <translation>%1, d&apos;après le code d&apos;état étendu</translation>
    </message>
    <message>
        <source>%1, from the reply code</source>
        <translation>%1, d&apos;après le code de réponse</translation>
    </message>
    <message>
        <source>%1, from the words of the reply</source>
        <translation>%1, d&apos;après le texte de la réponse</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Différé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>Relayé</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Développé</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>Remote server: %1</source>
        <translation>Serveur distant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Signalé par&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>No SMTP reply code or enhanced status code was found in the input.</source>
        <translation>Aucun code de réponse SMTP ni code d&apos;état étendu n&apos;a été trouvé dans la saisie.</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 findings are shown. Copy takes all of them.</source>
        <translation>Les %L1 premiers résultats sur %L2 sont affichés. La copie les reprend tous.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l&apos;aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Affiche l&apos;aide, y compris les options propres à Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Option inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Options inconnues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Valeur manquante après «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valeur inattendue après «&#xa0;%1&#xa0;».</translation>
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
        <translation>Positive définitive</translation>
    </message>
    <message>
        <source>has completed the requested action</source>
        <translation>a effectué l&apos;action demandée</translation>
    </message>
    <message>
        <source>can go on with its next command</source>
        <translation>peut passer à la commande suivante</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Positive intermédiaire</translation>
    </message>
    <message>
        <source>has accepted the command but needs more information first</source>
        <translation>a accepté la commande, mais attend d&apos;abord des informations supplémentaires</translation>
    </message>
    <message>
        <source>sends the data or the response that the server asked for</source>
        <translation>envoie les données ou la réponse demandées par le serveur</translation>
    </message>
    <message>
        <source>did not perform the action, but the failure is temporary</source>
        <translation>n&apos;a pas effectué l&apos;action, mais l&apos;échec est temporaire</translation>
    </message>
    <message>
        <source>may try the same request again later</source>
        <translation>peut réessayer la même requête plus tard</translation>
    </message>
    <message>
        <source>did not perform the action, and the failure is permanent</source>
        <translation>n&apos;a pas effectué l&apos;action et l&apos;échec est permanent</translation>
    </message>
    <message>
        <source>should not repeat the same request unchanged</source>
        <translation>ne doit pas renvoyer la même requête telle quelle</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>Négative transitoire</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>Négative définitive</translation>
    </message>
</context>
<context>
    <name>ReplyCode</name>
    <message>
        <source>the opening of a connection</source>
        <translation>l&apos;ouverture d&apos;une connexion</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>n&apos;importe quelle commande</translation>
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
        <translation>RFC %1, section %2</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Quand le voyez-vous</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>Typical enhanced status codes</source>
        <translation>Codes d&apos;état étendus courants</translation>
    </message>
    <message>
        <source>RFC references</source>
        <translation>Références RFC</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Codes associés</translation>
    </message>
    <message>
        <source>Example exchange</source>
        <translation>Exemple d&apos;échange</translation>
    </message>
    <message>
        <source>Other meanings and extensions</source>
        <translation>Autres significations et extensions</translation>
    </message>
    <message>
        <source>Non-standard code</source>
        <translation>Code non standard</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Différences clés</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>Lequel utiliser et quand</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation>Absent du registre</translation>
    </message>
    <message>
        <source>Class and subject</source>
        <translation>Classe et sujet</translation>
    </message>
    <message>
        <source>Associated reply codes</source>
        <translation>Codes de réponse correspondants</translation>
    </message>
    <message>
        <source>Sent in reply to</source>
        <translation>Envoyé en réponse à</translation>
    </message>
    <message>
        <source>Example reply</source>
        <translation>Exemple de réponse</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListModel</name>
    <message>
        <source>%1  %2 (non-standard)</source>
        <translation>%1  %2 (non standard)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1. Not defined by any RFC.</source>
        <translation>%1. Ce code n&apos;est défini dans aucune RFC.</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>%1  %2 (deprecated)</source>
        <translation>%1  %2 (obsolète)</translation>
    </message>
    <message>
        <source>Enhanced status code: %1</source>
        <translation>Code d&apos;état étendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enhanced status code %1 %2, %3</source>
        <translation>Code d&apos;état étendu %1 %2, %3</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListPane</name>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Compare With %1</source>
        <translation>Comparer avec %1</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <comment>shown of total</comment>
        <translation>
            <numerusform>%1 sur %n code</numerusform>
            <numerusform>%1 sur %n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or text…</source>
        <translation>Rechercher code, nom ou texte…</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>Rechercher des codes</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>&amp;Classe&#xa0;:</translation>
    </message>
    <message>
        <source>Reply codes</source>
        <translation>Codes de réponse</translation>
    </message>
    <message>
        <source>Number of codes shown</source>
        <translation>Nombre de codes affichés</translation>
    </message>
    <message>
        <source>Type a code such as 550 or 5.7.8, a word, or paste a reply line (Ctrl+F or /)</source>
        <translation>Saisissez un code comme 550 ou 5.7.8, un mot, ou collez une ligne de réponse (Ctrl+F ou /)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of code filter</source>
        <translation>Filtre par type de code</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Filtre par classe</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Codes étendus</translation>
    </message>
    <message>
        <source>2xx and 2.x.x: success</source>
        <translation>2xx et 2.x.x&#xa0;: succès</translation>
    </message>
    <message>
        <source>3xx: intermediate</source>
        <translation>3xx&#xa0;: intermédiaire</translation>
    </message>
    <message>
        <source>4xx and 4.x.x: temporary failure</source>
        <translation>4xx et 4.x.x&#xa0;: échec temporaire</translation>
    </message>
    <message>
        <source>5xx and 5.x.x: permanent failure</source>
        <translation>5xx et 5.x.x&#xa0;: échec permanent</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CompareView</name>
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Premier&#xa0;:</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Premier code</translation>
    </message>
    <message>
        <source>Type a code or a name</source>
        <translation>Saisissez un code ou un nom</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>Swap the two codes</source>
        <translation>Inverser les deux codes</translation>
    </message>
    <message>
        <source>Swap codes</source>
        <translation>Inverser les codes</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>&amp;Second&#xa0;:</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>Second code</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::DetailPane</name>
    <message>
        <source>Compare %1 With…</source>
        <translation>Comparer %1 avec…</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>Détails du code</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ExplainView</name>
    <message>
        <source>&amp;Paste a reply, log lines or a bounce message, or drop a file:</source>
        <translation>Collez une &amp;réponse, des lignes de journal ou un message de non-remise, ou déposez un fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file (Ctrl+O)</source>
        <translation>Ouvrir un message de non-remise (.eml, mbox) ou un fichier journal (Ctrl+O)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Clear the input</source>
        <translation>Vider la saisie</translation>
    </message>
    <message>
        <source>Text to explain</source>
        <translation>Texte à expliquer</translation>
    </message>
    <message>
        <source>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</source>
        <translation>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Explanation status</source>
        <translation>État de l&apos;explication</translation>
    </message>
    <message>
        <source>Explaining</source>
        <translation>Explication en cours</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Explication en cours…</translation>
    </message>
    <message>
        <source>Nothing to explain yet.</source>
        <translation>Rien à expliquer pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Résultats&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (the first %2 shown) — %3</source>
        <translation>%1 (seul le début est affiché&#xa0;: %2) — %3</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Texte déposé</translation>
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
        <translation>À propos de SMTP Codes</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 face à %2</translation>
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
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Copy Entry</source>
        <translation>&amp;Copier l&apos;entrée</translation>
    </message>
    <message>
        <source>Copy the shown entry or comparison as plain text</source>
        <translation>Copier l&apos;entrée ou la comparaison affichée en texte brut</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F or /)</source>
        <translation>Rechercher dans les codes (Ctrl+F ou /)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Back to the previous code (Alt+Left)</source>
        <translation>Revenir au code précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Forward to the next code (Alt+Right)</source>
        <translation>Passer au code suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Comparer &amp;avec…</translation>
    </message>
    <message>
        <source>Compare the shown code with another (Ctrl+D)</source>
        <translation>Comparer le code affiché avec un autre (Ctrl+D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>À &amp;propos de SMTP Codes</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>E&amp;xpliquer</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file to explain</source>
        <translation>Ouvrir un message de non-remise (.eml, mbox) ou un fichier journal à expliquer</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared.</source>
        <translation>Un code de réponse et un code d&apos;état étendu ne peuvent pas être comparés.</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Ouvrir un message de non-remise ou un journal</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>Messages et journaux (*.eml *.msg *.mbox *.txt *.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>It is larger than %1.</source>
        <translation>Le fichier dépasse %1.</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;A reference for SMTP reply codes and enhanced status codes: what each code means, when you see it and how to fix it, with its RFC references.&lt;/p&gt;&lt;p&gt;%2 reply codes and %3 enhanced status codes, from the IANA registry of %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Une référence des codes de réponse SMTP et des codes d&apos;état étendus&#xa0;: ce que signifie chaque code, quand vous le voyez et comment corriger le problème, avec les références RFC.&lt;/p&gt;&lt;p&gt;%2 codes de réponse et %3 codes d&apos;état étendus, d&apos;après le registre IANA (mis à jour le %4).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Codes&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
</context>
</TS>
