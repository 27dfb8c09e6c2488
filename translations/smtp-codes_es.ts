<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Application</name>
    <message>
        <source>The built-in catalog is damaged: %1</source>
        <translation>El catálogo integrado está dañado: %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to &quot;%1&quot;.</source>
        <translation>No se puede escribir la captura de pantalla en &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>No se puede leer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 64 MiB.</source>
        <translation>&quot;%1&quot; ocupa más de 64 MiB.</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1: el campo &quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>entry %1 (code %2)</source>
        <translation>entrada %1 (código %2)</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>no está presente</translation>
    </message>
    <message>
        <source>must be a whole number from 200 to 599</source>
        <translation>debe ser un número entero entre 200 y 599</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must have at least %1 items</source>
        <translation>debe tener al menos %1 elementos</translation>
    </message>
    <message>
        <source>must hold only non-empty strings</source>
        <translation>solo debe contener cadenas no vacías</translation>
    </message>
    <message>
        <source>entry %1: must be an object</source>
        <translation>entrada %1: debe ser un objeto</translation>
    </message>
    <message>
        <source>must start with the code number</source>
        <translation>debe empezar por el número del código</translation>
    </message>
    <message>
        <source>must be a clause that follows &quot;when&quot;, not start with one</source>
        <translation>debe ser una oración que continúe tras &quot;when&quot;, sin empezar por esa palabra</translation>
    </message>
    <message>
        <source>must end with a full stop</source>
        <translation>debe terminar en punto</translation>
    </message>
    <message>
        <source>must hold objects with &quot;rfc&quot; and &quot;section&quot;</source>
        <translation>debe contener objetos con &quot;rfc&quot; y &quot;section&quot;</translation>
    </message>
    <message>
        <source>has &quot;%1&quot;, which is not an enhanced status code of this class</source>
        <translation>contiene &quot;%1&quot;, que no es un código de estado extendido de esta clase</translation>
    </message>
    <message>
        <source>must hold other reply codes</source>
        <translation>debe contener otros códigos de respuesta</translation>
    </message>
    <message>
        <source>must hold lines with &quot;from&quot; (client or server) and &quot;text&quot;</source>
        <translation>debe contener líneas con &quot;from&quot; (&quot;client&quot; o &quot;server&quot;) y &quot;text&quot;</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>the top level must be an object with a &quot;codes&quot; list</source>
        <translation>el nivel superior debe ser un objeto con una lista &quot;codes&quot;</translation>
    </message>
    <message>
        <source>entry %1: code %2 appears more than once</source>
        <translation>entrada %1: el código %2 aparece más de una vez</translation>
    </message>
    <message>
        <source>the catalog has no codes</source>
        <translation>el catálogo no contiene códigos</translation>
    </message>
    <message>
        <source>code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>código %1: el campo &quot;related&quot; menciona %2, que no está en el catálogo</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>must mark the defining RFC with &quot;defines&quot;: true</source>
        <translation>debe marcar el RFC que lo define con &quot;defines&quot;: true</translation>
    </message>
    <message>
        <source>enhanced codes: the top level must have a non-empty &quot;%1&quot; list</source>
        <translation>códigos extendidos: el nivel superior debe tener una lista &quot;%1&quot; no vacía</translation>
    </message>
    <message>
        <source>enhanced class %1</source>
        <translation>clase extendida %1</translation>
    </message>
    <message>
        <source>must be 2, 4 or 5</source>
        <translation>debe ser 2, 4 o 5</translation>
    </message>
    <message>
        <source>enhanced subject %1</source>
        <translation>asunto extendido %1</translation>
    </message>
    <message>
        <source>must be a number from 0 to 7</source>
        <translation>debe ser un número entre 0 y 7</translation>
    </message>
    <message>
        <source>enhanced code %1: must be an object</source>
        <translation>código extendido %1: debe ser un objeto</translation>
    </message>
    <message>
        <source>enhanced code %1</source>
        <translation>código extendido %1</translation>
    </message>
    <message>
        <source>enhanced code %1 (%2)</source>
        <translation>código extendido %1 (%2)</translation>
    </message>
    <message>
        <source>must be written as the registry does, e.g. X.7.8</source>
        <translation>debe escribirse como en el registro, p. ej., X.7.8</translation>
    </message>
    <message>
        <source>must hold distinct classes 2, 4 and 5</source>
        <translation>debe contener clases distintas, de entre 2, 4 y 5</translation>
    </message>
    <message>
        <source>must hold the class of reply code %1</source>
        <translation>debe contener la clase del código de respuesta %1</translation>
    </message>
    <message>
        <source>must start with the code</source>
        <translation>debe empezar por el código</translation>
    </message>
    <message>
        <source>must hold other codes written as X.y.z</source>
        <translation>debe contener otros códigos escritos como X.y.z</translation>
    </message>
    <message>
        <source>must be a reply line with this code in the reply&apos;s class</source>
        <translation>debe ser una línea de respuesta con este código en la clase de la respuesta</translation>
    </message>
    <message>
        <source>enhanced codes: not valid JSON at offset %1: %2</source>
        <translation>códigos extendidos: JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>enhanced codes: the classes must be 2, 4 and 5 and the subjects 0 to 7, each once</source>
        <translation>códigos extendidos: las clases deben ser 2, 4 y 5, y los asuntos, del 0 al 7, cada uno una sola vez</translation>
    </message>
    <message>
        <source>enhanced code %1 appears more than once</source>
        <translation>el código extendido %1 aparece más de una vez</translation>
    </message>
    <message>
        <source>enhanced code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>código extendido %1: el campo &quot;related&quot; menciona %2, que no está en el catálogo</translation>
    </message>
    <message>
        <source>must hold reply codes</source>
        <translation>debe contener códigos de respuesta</translation>
    </message>
    <message>
        <source>must hold &quot;defines&quot; as true or false</source>
        <translation>debe contener &quot;defines&quot; con el valor true o false</translation>
    </message>
    <message>
        <source>reasons: not valid JSON at offset %1: %2</source>
        <translation>motivos: JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>motivo %1</translation>
    </message>
    <message>
        <source>must be unique</source>
        <translation>debe ser único</translation>
    </message>
    <message>
        <source>reasons: &quot;other&quot; and &quot;expired&quot; must be defined</source>
        <translation>motivos: deben estar definidos &quot;other&quot; y &quot;expired&quot;</translation>
    </message>
    <message>
        <source>names no defined reason</source>
        <translation>no menciona ningún motivo definido</translation>
    </message>
    <message>
        <source>must hold enhanced status codes</source>
        <translation>debe contener códigos de estado extendidos</translation>
    </message>
    <message>
        <source>phrases %1</source>
        <translation>frases %1</translation>
    </message>
    <message>
        <source>must be lower case</source>
        <translation>debe estar en minúsculas</translation>
    </message>
    <message>
        <source>enhanced code rule %1</source>
        <translation>regla de código extendido %1</translation>
    </message>
    <message>
        <source>must be an enhanced status code</source>
        <translation>debe ser un código de estado extendido</translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation>regla de respaldo %1</translation>
    </message>
    <message>
        <source>the compiled catalog cannot be read</source>
        <translation>no se puede leer el catálogo compilado</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write the details of one code, or the comparison of two, to standard output instead of opening a window.</source>
        <translation>Escribe en la salida estándar los detalles de un código, o la comparación de dos, en lugar de abrir una ventana.</translation>
    </message>
    <message>
        <source>Print every code, one per line: code, name and class separated by tabs.</source>
        <translation>Imprime todos los códigos, uno por línea: código, nombre y clase separados por tabulaciones.</translation>
    </message>
    <message>
        <source>Use the interface language &lt;language&gt;, e.g. de or zh_CN. Available: %1.</source>
        <translation>Usa el idioma de interfaz &lt;idioma&gt;, p. ej., de o zh_CN. Disponibles: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Save the window as a PNG image in &lt;file&gt; and exit.</source>
        <translation>Guarda la ventana como imagen PNG en &lt;archivo&gt; y sale.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>códigos</translation>
    </message>
    <message>
        <source>[code [code]]</source>
        <translation>[código [código]]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>Idioma desconocido: &quot;%1&quot;. Disponibles: %2.</translation>
    </message>
    <message>
        <source>Give one code to show or two codes to compare, not %1.</source>
        <translation>Indique un código para mostrar o dos para comparar, no %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reply code. A reply code has three digits, such as 535.</source>
        <translation>&quot;%1&quot; no es un código de respuesta. Un código de respuesta tiene tres dígitos, como 535.</translation>
    </message>
    <message>
        <source>No reply code %1 in the catalog. Run with --list to see every code.</source>
        <translation>El código de respuesta %1 no está en el catálogo. Ejecute con --list para ver todos los códigos.</translation>
    </message>
    <message>
        <source>Use either --print or --list, not both.</source>
        <translation>Use --print o --list, pero no ambos.</translation>
    </message>
    <message>
        <source>--list prints every code and takes no codes.</source>
        <translation>--list imprime todos los códigos y no admite códigos.</translation>
    </message>
    <message>
        <source>--screenshot saves the window, so it cannot be combined with --print or --list.</source>
        <translation>--screenshot guarda la ventana, por lo que no se puede combinar con --print ni con --list.</translation>
    </message>
    <message>
        <source>--print needs one code to show or two codes to compare.</source>
        <translation>--print necesita un código para mostrar o dos para comparar.</translation>
    </message>
    <message>
        <source>With --print or --list, write JSON for scripts instead of text.</source>
        <translation>Con --print o --list, escribe JSON para scripts en lugar de texto.</translation>
    </message>
    <message>
        <source>Explain a reply, a log excerpt or a bounce message (.eml, mbox) read from &lt;file&gt;, or from standard input for -. With --print the explanation goes to standard output, with --json as JSON.</source>
        <translation>Explica una respuesta, un fragmento de log o un mensaje de rebote (.eml, mbox) leído de &lt;archivo&gt;, o de la entrada estándar si se indica -. Con --print, la explicación se escribe en la salida estándar; con --json, en formato JSON.</translation>
    </message>
    <message>
        <source>A reference for SMTP reply codes and enhanced status codes: what a code means, when you see it and how to fix it.</source>
        <translation>Referencia de los códigos de respuesta SMTP y de los códigos de estado extendidos: qué significa cada código, cuándo aparece y cómo solucionarlo.</translation>
    </message>
    <message>
        <source>One code to show, or two of one kind to compare: reply codes such as 535, enhanced status codes such as 5.7.8.</source>
        <translation>Un código para mostrar, o dos del mismo tipo para comparar: códigos de respuesta como 535 o códigos de estado extendidos como 5.7.8.</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared. Give two reply codes or two enhanced status codes.</source>
        <translation>No se puede comparar un código de respuesta con un código de estado extendido. Indique dos códigos de respuesta o dos códigos de estado extendidos.</translation>
    </message>
    <message>
        <source>--explain takes a file, or - for standard input, and no codes or --list.</source>
        <translation>--explain admite un archivo, o - para la entrada estándar, pero no códigos ni --list.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: no such readable file.</source>
        <translation>No se puede leer &quot;%1&quot;: el archivo no existe o no se puede leer.</translation>
    </message>
    <message>
        <source>--json goes with --print or --list.</source>
        <translation>--json se usa junto con --print o --list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code. One has three numbers without leading zeros, such as 5.7.8: the class 2, 4 or 5, a subject from 0 to 7, and a detail.</source>
        <translation>&quot;%1&quot; no es un código de estado extendido. Estos códigos tienen tres números sin ceros a la izquierda, como 5.7.8: la clase (2, 4 o 5), un asunto del 0 al 7 y un detalle.</translation>
    </message>
    <message>
        <source>No enhanced status code %1 in the registry. Give it with its class, such as 5%2, to read it by its class and subject.</source>
        <translation>El código de estado extendido %1 no está en el registro. Indíquelo con su clase, como 5%2, para interpretarlo según su clase y su asunto.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>Both sides show %1. Choose a different code for one side to compare them.</source>
        <translation>Ambos lados muestran %1. Elija un código distinto en uno de los lados para compararlos.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 replies: in each case the server %6. What sets them apart is the situation each one reports.</source>
        <translation>Tanto %1 (%2) como %3 (%4) son respuestas de la clase %5: en ambos casos, el servidor %6. Lo que los distingue es la situación que indica cada uno.</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 reply: the server %4. %5 (%6) is a %7 reply: the server %8.</source>
        <translation>%1 (%2) es una respuesta de la clase %3: el servidor %4. %5 (%6) es una respuesta de la clase %7: el servidor %8.</translation>
    </message>
    <message>
        <source>Both are %1 replies, so after either one the client %2.</source>
        <translation>Ambos son respuestas de la clase %1, así que, tras cualquiera de ellos, el cliente %2.</translation>
    </message>
    <message>
        <source>%1 is a %2 reply, while %3 is a %4 reply.</source>
        <translation>%1 es una respuesta de la clase %2, mientras que %3 es una respuesta de la clase %4.</translation>
    </message>
    <message>
        <source>After %1 the client %2; after %3 it %4.</source>
        <translation>Tras %1, el cliente %2; tras %3, %4.</translation>
    </message>
    <message>
        <source>Both usually come with the same enhanced status codes: %1.</source>
        <translation>Ambos suelen ir acompañados de los mismos códigos de estado extendidos: %1.</translation>
    </message>
    <message>
        <source>%1 usually comes with %2, and %3 with %4.</source>
        <translation>Códigos de estado extendidos habituales: %2 para %1, y %4 para %3.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is defined by any RFC.</source>
        <translation>Ni %1 ni %2 están definidos en ningún RFC.</translation>
    </message>
    <message>
        <source>Expect %1 (%2) when %3 If you receive it: %4</source>
        <translation>Espere %1 (%2) cuando: %3 Si lo recibe: %4</translation>
    </message>
    <message>
        <source>no particular enhanced status code</source>
        <translation>ninguno en particular</translation>
    </message>
    <message>
        <source>Same class: both are %1 replies.</source>
        <translation>Misma clase: ambos son respuestas de la clase %1.</translation>
    </message>
    <message>
        <source>has nothing more to send, as the server closes the connection</source>
        <translation>no tiene nada más que enviar, ya que el servidor cierra la conexión</translation>
    </message>
    <message>
        <source>may try again later on a new connection, as the server closes this one</source>
        <translation>puede volver a intentarlo más tarde en una nueva conexión, ya que el servidor cierra esta</translation>
    </message>
    <message>
        <source>Both are %1 replies.</source>
        <translation>Ambos son respuestas de la clase %1.</translation>
    </message>
    <message>
        <source>%1 is sent in reply to %2, whereas %3 is sent in reply to %4.</source>
        <translation>%1 se envía en respuesta a %2, mientras que %3 se envía en respuesta a %4.</translation>
    </message>
    <message>
        <source>Only %1 is sent in reply to %2.</source>
        <translation>Solo %1 se envía en respuesta a %2.</translation>
    </message>
    <message>
        <source>Both are sent in reply to %1.</source>
        <translation>Ambos se envían en respuesta a %1.</translation>
    </message>
    <message>
        <source>Neither carries an enhanced status code: RFC 2034 gives none to 3xx replies.</source>
        <translation>Ninguno lleva código de estado extendido: el RFC 2034 no asigna ninguno a las respuestas 3xx.</translation>
    </message>
    <message>
        <source>%1 carries no enhanced status code, as RFC 2034 gives none to 3xx replies, while %2 usually comes with %3.</source>
        <translation>%1 no lleva código de estado extendido, ya que el RFC 2034 no asigna ninguno a las respuestas 3xx, mientras que %2 suele ir acompañado de %3.</translation>
    </message>
    <message>
        <source>%1 is not defined by any RFC, while %2 is defined by %3.</source>
        <translation>%1 no está definido en ningún RFC, mientras que %2 está definido en %3.</translation>
    </message>
    <message>
        <source>Both are defined by %1.</source>
        <translation>Ambos están definidos en %1.</translation>
    </message>
    <message>
        <source>%1 is defined by %2, and %3 by %4.</source>
        <translation>%1 está definido en %2, y %3, en %4.</translation>
    </message>
    <message>
        <source>Same class: both are %1 codes.</source>
        <translation>Misma clase: ambos son códigos de la clase %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>class %1 (%2)</source>
        <translation>la clase %1 (%2)</translation>
    </message>
    <message>
        <source>any class</source>
        <translation>cualquier clase</translation>
    </message>
    <message>
        <source>subject %1 (%2)</source>
        <translation>el asunto %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is in %2 and %3. %4 is in %5 and %6.</source>
        <translation>%1 está en %2 y en %3. %4 está en %5 y en %6.</translation>
    </message>
    <message>
        <source>Both are in %1.</source>
        <translation>Ambos están en %1.</translation>
    </message>
    <message>
        <source>%1 is in %2, while %3 is in %4.</source>
        <translation>%1 está en %2, mientras que %3 está en %4.</translation>
    </message>
    <message>
        <source>The registry names no reply code for either.</source>
        <translation>El registro no indica ningún código de respuesta para ninguno de los dos.</translation>
    </message>
    <message>
        <source>Both come with reply code %1.</source>
        <translation>Ambos van acompañados del código de respuesta %1.</translation>
    </message>
    <message>
        <source>%1 comes with %2, and %3 with %4.</source>
        <translation>Códigos de respuesta asociados: %2 para %1, y %4 para %3.</translation>
    </message>
    <message>
        <source>%1 is deprecated in the registry.</source>
        <translation>%1 figura como obsoleto en el registro.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is in the registry.</source>
        <translation>Ni %1 ni %2 están en el registro.</translation>
    </message>
    <message>
        <source>%1 is not in the registry, while %2 is defined by %3.</source>
        <translation>%1 no está en el registro, mientras que %2 está definido en %3.</translation>
    </message>
    <message>
        <source>a registry entry without an RFC</source>
        <translation>una entrada del registro sin RFC</translation>
    </message>
    <message>
        <source>no reply code the registry names</source>
        <translation>ninguno indicado en el registro</translation>
    </message>
    <message>
        <source>no registry title</source>
        <translation>sin título en el registro</translation>
    </message>
    <message>
        <source>%1 is not in the registry, so read it by its class and subject. %2 %3</source>
        <translation>%1 no está en el registro, así que interprételo según su clase y su asunto. %2 %3</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>non-standard</source>
        <translation>no estándar</translation>
    </message>
    <message>
        <source>None in particular.</source>
        <translation>Ninguno en particular.</translation>
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
        <translation>obsoleto</translation>
    </message>
    <message>
        <source>not in the registry</source>
        <translation>no está en el registro</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes, so only its class and its subject say what it means. Some mail systems use details of their own; the documentation of the server that sent it may say more.</source>
        <translation>%1 no está en el registro de la IANA de códigos de estado extendidos, por lo que solo su clase y su asunto indican lo que significa. Algunos sistemas de correo usan detalles propios; la documentación del servidor que lo envió puede dar más información.</translation>
    </message>
    <message>
        <source>The registry names no reply code for it.</source>
        <translation>El registro no indica ningún código de respuesta para este código.</translation>
    </message>
    <message>
        <source>Class %1, %2: %3</source>
        <translation>Clase %1, %2: %3</translation>
    </message>
    <message>
        <source>Subject %1, %2: %3</source>
        <translation>Asunto %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>ExplanationPage</name>
    <message>
        <source>Permanent: %1</source>
        <translation>Permanente: %1</translation>
    </message>
    <message>
        <source>Temporary: %1</source>
        <translation>Temporal: %1</translation>
    </message>
    <message>
        <source>Success: the message was accepted</source>
        <translation>Éxito: el mensaje se aceptó</translation>
    </message>
    <message>
        <source>%1, from the enhanced status code</source>
        <translation>%1, según el código de estado extendido</translation>
    </message>
    <message>
        <source>%1, from the reply code</source>
        <translation>%1, según el código de respuesta</translation>
    </message>
    <message>
        <source>%1, from the words of the reply</source>
        <translation>%1, según el texto de la respuesta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Retrasado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>Retransmitido</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Expandido</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>Respuesta %1</translation>
    </message>
    <message>
        <source>Remote server: %1</source>
        <translation>Servidor remoto: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Notificado por: %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>No SMTP reply code or enhanced status code was found in the input.</source>
        <translation>No se ha encontrado ningún código de respuesta SMTP ni código de estado extendido en el texto de entrada.</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 findings are shown. Copy takes all of them.</source>
        <translation>Se muestran los primeros %L1 de %L2 resultados. Al copiar se incluyen todos.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Muestra la ayuda sobre las opciones de la línea de comandos.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Muestra la ayuda, incluidas las opciones específicas de Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Muestra la información de la versión.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opción desconocida: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Opciones desconocidas: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Falta un valor después de &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valor inesperado después de &apos;%1&apos;.</translation>
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
        <translation>Positiva de finalización</translation>
    </message>
    <message>
        <source>has completed the requested action</source>
        <translation>ha completado la acción solicitada</translation>
    </message>
    <message>
        <source>can go on with its next command</source>
        <translation>puede continuar con el siguiente comando</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Positiva intermedia</translation>
    </message>
    <message>
        <source>has accepted the command but needs more information first</source>
        <translation>ha aceptado el comando, pero antes necesita más información</translation>
    </message>
    <message>
        <source>sends the data or the response that the server asked for</source>
        <translation>envía los datos o la respuesta que ha pedido el servidor</translation>
    </message>
    <message>
        <source>did not perform the action, but the failure is temporary</source>
        <translation>no ha realizado la acción, pero el fallo es temporal</translation>
    </message>
    <message>
        <source>may try the same request again later</source>
        <translation>puede volver a intentar la misma solicitud más tarde</translation>
    </message>
    <message>
        <source>did not perform the action, and the failure is permanent</source>
        <translation>no ha realizado la acción y el fallo es permanente</translation>
    </message>
    <message>
        <source>should not repeat the same request unchanged</source>
        <translation>no debe repetir la misma solicitud sin cambios</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>Negativa transitoria de finalización</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>Negativa permanente de finalización</translation>
    </message>
</context>
<context>
    <name>ReplyCode</name>
    <message>
        <source>the opening of a connection</source>
        <translation>la apertura de una conexión</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>cualquier comando</translation>
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
        <translation>RFC %1, sección %2</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Cuándo aparece</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>Typical enhanced status codes</source>
        <translation>Códigos de estado extendidos habituales</translation>
    </message>
    <message>
        <source>RFC references</source>
        <translation>Referencias RFC</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Códigos relacionados</translation>
    </message>
    <message>
        <source>Example exchange</source>
        <translation>Ejemplo de intercambio</translation>
    </message>
    <message>
        <source>Other meanings and extensions</source>
        <translation>Otros significados y extensiones</translation>
    </message>
    <message>
        <source>Non-standard code</source>
        <translation>Código no estándar</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Diferencias clave</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>Cuándo usar cada uno</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation>No está en el registro</translation>
    </message>
    <message>
        <source>Class and subject</source>
        <translation>Clase y asunto</translation>
    </message>
    <message>
        <source>Associated reply codes</source>
        <translation>Códigos de respuesta asociados</translation>
    </message>
    <message>
        <source>Sent in reply to</source>
        <translation>Se envía en respuesta a</translation>
    </message>
    <message>
        <source>Example reply</source>
        <translation>Ejemplo de respuesta</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListModel</name>
    <message>
        <source>%1  %2 (non-standard)</source>
        <translation>%1  %2 (no estándar)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1. Not defined by any RFC.</source>
        <translation>%1. No definido en ningún RFC.</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>%1  %2 (deprecated)</source>
        <translation>%1  %2 (obsoleto)</translation>
    </message>
    <message>
        <source>Enhanced status code: %1</source>
        <translation>Código de estado extendido: %1</translation>
    </message>
    <message>
        <source>Enhanced status code %1 %2, %3</source>
        <translation>Código de estado extendido %1 %2, %3</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListPane</name>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Compare With %1</source>
        <translation>Comparar con %1</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <comment>shown of total</comment>
        <translation>
            <numerusform>%1 de %n código</numerusform>
            <numerusform>%1 de %n códigos</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or text…</source>
        <translation>Buscar código, nombre o texto…</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>Buscar códigos</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>C&amp;lase:</translation>
    </message>
    <message>
        <source>Reply codes</source>
        <translation>Códigos de respuesta</translation>
    </message>
    <message>
        <source>Number of codes shown</source>
        <translation>Número de códigos mostrados</translation>
    </message>
    <message>
        <source>Type a code such as 550 or 5.7.8, a word, or paste a reply line (Ctrl+F or /)</source>
        <translation>Escriba un código como 550 o 5.7.8, una palabra, o pegue una línea de respuesta (Ctrl+F o /)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Kind of code filter</source>
        <translation>Filtro de tipo de código</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Filtro de clase</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Códigos extendidos</translation>
    </message>
    <message>
        <source>2xx and 2.x.x: success</source>
        <translation>2xx y 2.x.x: éxito</translation>
    </message>
    <message>
        <source>3xx: intermediate</source>
        <translation>3xx: intermedio</translation>
    </message>
    <message>
        <source>4xx and 4.x.x: temporary failure</source>
        <translation>4xx y 4.x.x: fallo temporal</translation>
    </message>
    <message>
        <source>5xx and 5.x.x: permanent failure</source>
        <translation>5xx y 5.x.x: fallo permanente</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CompareView</name>
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Primero:</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Primer código</translation>
    </message>
    <message>
        <source>Type a code or a name</source>
        <translation>Escriba un código o un nombre</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>I&amp;ntercambiar</translation>
    </message>
    <message>
        <source>Swap the two codes</source>
        <translation>Intercambiar los dos códigos</translation>
    </message>
    <message>
        <source>Swap codes</source>
        <translation>Intercambiar códigos</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>&amp;Segundo:</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>Segundo código</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::DetailPane</name>
    <message>
        <source>Compare %1 With…</source>
        <translation>Comparar %1 con…</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>Detalles del código</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ExplainView</name>
    <message>
        <source>&amp;Paste a reply, log lines or a bounce message, or drop a file:</source>
        <translation>&amp;Pegue una respuesta, líneas de log o un mensaje de rebote, o suelte aquí un archivo:</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file (Ctrl+O)</source>
        <translation>Abrir un mensaje de rebote (.eml, mbox) o un archivo de log (Ctrl+O)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Limpia&amp;r</translation>
    </message>
    <message>
        <source>Clear the input</source>
        <translation>Borrar el texto de entrada</translation>
    </message>
    <message>
        <source>Text to explain</source>
        <translation>Texto para explicar</translation>
    </message>
    <message>
        <source>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</source>
        <translation>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Explanation status</source>
        <translation>Estado de la explicación</translation>
    </message>
    <message>
        <source>Explaining</source>
        <translation>Explicando</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Explicando…</translation>
    </message>
    <message>
        <source>Nothing to explain yet.</source>
        <translation>Aún no hay nada que explicar.</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Resultados: %1</translation>
    </message>
    <message>
        <source>%1 (the first %2 shown) — %3</source>
        <translation>%1 (se muestran los primeros %2) — %3</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Texto arrastrado</translation>
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
        <translation>Acerca de SMTP Codes</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
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
        <translation>Vistas</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Copy Entry</source>
        <translation>&amp;Copiar entrada</translation>
    </message>
    <message>
        <source>Copy the shown entry or comparison as plain text</source>
        <translation>Copiar la entrada o la comparación mostrada como texto sin formato</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F or /)</source>
        <translation>Buscar en los códigos (Ctrl+F o /)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to the previous code (Alt+Left)</source>
        <translation>Volver al código anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Forward to the next code (Alt+Right)</source>
        <translation>Avanzar al código siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Comparar &amp;con…</translation>
    </message>
    <message>
        <source>Compare the shown code with another (Ctrl+D)</source>
        <translation>Comparar el código mostrado con otro (Ctrl+D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>&amp;Acerca de SMTP Codes</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>E&amp;xplicar</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file to explain</source>
        <translation>Abrir un mensaje de rebote (.eml, mbox) o un archivo de log para explicarlo</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared.</source>
        <translation>No se puede comparar un código de respuesta con un código de estado extendido.</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Abrir un rebote o un log</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>Correo y logs (*.eml *.msg *.mbox *.txt *.log);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>It is larger than %1.</source>
        <translation>El archivo ocupa más de %1.</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>No se puede abrir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;A reference for SMTP reply codes and enhanced status codes: what each code means, when you see it and how to fix it, with its RFC references.&lt;/p&gt;&lt;p&gt;%2 reply codes and %3 enhanced status codes, from the IANA registry of %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Referencia de los códigos de respuesta SMTP y de los códigos de estado extendidos: qué significa cada código, cuándo aparece y cómo solucionarlo, con sus referencias RFC.&lt;/p&gt;&lt;p&gt;%2 códigos de respuesta y %3 códigos de estado extendidos, según el registro de la IANA con fecha %4.&lt;/p&gt;</translation>
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
        <translation>Códigos: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
</context>
</TS>
