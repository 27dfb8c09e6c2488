<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Application</name>
    <message>
        <source>The built-in catalog is damaged: %1</source>
        <translation>Встроенный каталог повреждён: %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to &quot;%1&quot;.</source>
        <translation>Не удаётся записать снимок экрана в «%1».</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 64 MiB.</source>
        <translation>Размер «%1» превышает 64 MiB.</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1: поле «%2» %3</translation>
    </message>
    <message>
        <source>entry %1 (code %2)</source>
        <translation>запись %1 (код %2)</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>запись %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>must be a whole number from 200 to 599</source>
        <translation>должно быть целым числом от 200 до 599</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>должно быть непустой строкой</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно иметь значение true или false</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <source>must have at least %1 items</source>
        <translation>должно содержать минимум элементов: %1</translation>
    </message>
    <message>
        <source>must hold only non-empty strings</source>
        <translation>должно содержать только непустые строки</translation>
    </message>
    <message>
        <source>entry %1: must be an object</source>
        <translation>запись %1: должна быть объектом</translation>
    </message>
    <message>
        <source>must start with the code number</source>
        <translation>должно начинаться с номера кода</translation>
    </message>
    <message>
        <source>must be a clause that follows &quot;when&quot;, not start with one</source>
        <translation>должно продолжать фразу после «when», а не начинаться с такого союза</translation>
    </message>
    <message>
        <source>must end with a full stop</source>
        <translation>должно заканчиваться точкой</translation>
    </message>
    <message>
        <source>must hold objects with &quot;rfc&quot; and &quot;section&quot;</source>
        <translation>должно содержать объекты с полями «rfc» и «section»</translation>
    </message>
    <message>
        <source>has &quot;%1&quot;, which is not an enhanced status code of this class</source>
        <translation>содержит «%1», но это не расширенный код состояния данного класса</translation>
    </message>
    <message>
        <source>must hold other reply codes</source>
        <translation>должно содержать другие коды ответа</translation>
    </message>
    <message>
        <source>must hold lines with &quot;from&quot; (client or server) and &quot;text&quot;</source>
        <translation>должно содержать строки с полями «from» (client или server) и «text»</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>некорректный JSON в позиции %1: %2</translation>
    </message>
    <message>
        <source>the top level must be an object with a &quot;codes&quot; list</source>
        <translation>верхний уровень должен быть объектом со списком «codes»</translation>
    </message>
    <message>
        <source>entry %1: code %2 appears more than once</source>
        <translation>запись %1: код %2 встречается более одного раза</translation>
    </message>
    <message>
        <source>the catalog has no codes</source>
        <translation>в каталоге нет кодов</translation>
    </message>
    <message>
        <source>code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>код %1: поле «related» ссылается на %2, которого нет в каталоге</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>must mark the defining RFC with &quot;defines&quot;: true</source>
        <translation>должно отмечать определяющий RFC с помощью «defines»: true</translation>
    </message>
    <message>
        <source>enhanced codes: the top level must have a non-empty &quot;%1&quot; list</source>
        <translation>расширенные коды: верхний уровень должен содержать непустой список «%1»</translation>
    </message>
    <message>
        <source>enhanced class %1</source>
        <translation>класс расширенных кодов %1</translation>
    </message>
    <message>
        <source>must be 2, 4 or 5</source>
        <translation>должно быть 2, 4 или 5</translation>
    </message>
    <message>
        <source>enhanced subject %1</source>
        <translation>тема расширенных кодов %1</translation>
    </message>
    <message>
        <source>must be a number from 0 to 7</source>
        <translation>должно быть числом от 0 до 7</translation>
    </message>
    <message>
        <source>enhanced code %1: must be an object</source>
        <translation>расширенный код %1: должен быть объектом</translation>
    </message>
    <message>
        <source>enhanced code %1</source>
        <translation>расширенный код %1</translation>
    </message>
    <message>
        <source>enhanced code %1 (%2)</source>
        <translation>расширенный код %1 (%2)</translation>
    </message>
    <message>
        <source>must be written as the registry does, e.g. X.7.8</source>
        <translation>должно быть записано так же, как в реестре, например X.7.8</translation>
    </message>
    <message>
        <source>must hold distinct classes 2, 4 and 5</source>
        <translation>должно содержать разные классы 2, 4 и 5</translation>
    </message>
    <message>
        <source>must hold the class of reply code %1</source>
        <translation>должно содержать класс кода ответа %1</translation>
    </message>
    <message>
        <source>must start with the code</source>
        <translation>должно начинаться с кода</translation>
    </message>
    <message>
        <source>must hold other codes written as X.y.z</source>
        <translation>должно содержать другие коды в виде X.y.z</translation>
    </message>
    <message>
        <source>must be a reply line with this code in the reply&apos;s class</source>
        <translation>должно быть строкой ответа с этим кодом в классе ответа</translation>
    </message>
    <message>
        <source>enhanced codes: not valid JSON at offset %1: %2</source>
        <translation>расширенные коды: некорректный JSON в позиции %1: %2</translation>
    </message>
    <message>
        <source>enhanced codes: the classes must be 2, 4 and 5 and the subjects 0 to 7, each once</source>
        <translation>расширенные коды: классы должны быть 2, 4 и 5, а темы — от 0 до 7, каждое значение ровно один раз</translation>
    </message>
    <message>
        <source>enhanced code %1 appears more than once</source>
        <translation>расширенный код %1 встречается более одного раза</translation>
    </message>
    <message>
        <source>enhanced code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>расширенный код %1: поле «related» ссылается на %2, которого нет в каталоге</translation>
    </message>
    <message>
        <source>must hold reply codes</source>
        <translation>должно содержать коды ответа</translation>
    </message>
    <message>
        <source>must hold &quot;defines&quot; as true or false</source>
        <translation>должно содержать «defines» со значением true или false</translation>
    </message>
    <message>
        <source>reasons: not valid JSON at offset %1: %2</source>
        <translation>причины: некорректный JSON в позиции %1: %2</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>причина %1</translation>
    </message>
    <message>
        <source>must be unique</source>
        <translation>должно быть уникальным</translation>
    </message>
    <message>
        <source>reasons: &quot;other&quot; and &quot;expired&quot; must be defined</source>
        <translation>причины: должны быть определены «other» и «expired»</translation>
    </message>
    <message>
        <source>names no defined reason</source>
        <translation>ссылается на неопределённую причину</translation>
    </message>
    <message>
        <source>must hold enhanced status codes</source>
        <translation>должно содержать расширенные коды состояния</translation>
    </message>
    <message>
        <source>phrases %1</source>
        <translation>фразы %1</translation>
    </message>
    <message>
        <source>must be lower case</source>
        <translation>должно быть в нижнем регистре</translation>
    </message>
    <message>
        <source>enhanced code rule %1</source>
        <translation>правило для расширенных кодов %1</translation>
    </message>
    <message>
        <source>must be an enhanced status code</source>
        <translation>должно быть расширенным кодом состояния</translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation>запасное правило %1</translation>
    </message>
    <message>
        <source>the compiled catalog cannot be read</source>
        <translation>не удаётся прочитать скомпилированный каталог</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write the details of one code, or the comparison of two, to standard output instead of opening a window.</source>
        <translation>Вывод сведений об одном коде или сравнения двух кодов в стандартный вывод вместо открытия окна.</translation>
    </message>
    <message>
        <source>Print every code, one per line: code, name and class separated by tabs.</source>
        <translation>Вывод всех кодов, по одному на строку: код, название и класс через табуляцию.</translation>
    </message>
    <message>
        <source>Use the interface language &lt;language&gt;, e.g. de or zh_CN. Available: %1.</source>
        <translation>Язык интерфейса &lt;язык&gt;, например de или zh_CN. Доступны: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Save the window as a PNG image in &lt;file&gt; and exit.</source>
        <translation>Сохранение окна в виде изображения PNG в &lt;файл&gt; и выход.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>коды</translation>
    </message>
    <message>
        <source>[code [code]]</source>
        <translation>[код [код]]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>Неизвестный язык «%1». Доступны: %2.</translation>
    </message>
    <message>
        <source>Give one code to show or two codes to compare, not %1.</source>
        <translation>Укажите один код для просмотра или два для сравнения, а не %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reply code. A reply code has three digits, such as 535.</source>
        <translation>«%1» — не код ответа. Код ответа состоит из трёх цифр, например 535.</translation>
    </message>
    <message>
        <source>No reply code %1 in the catalog. Run with --list to see every code.</source>
        <translation>Кода ответа %1 нет в каталоге. Запустите программу с --list, чтобы увидеть все коды.</translation>
    </message>
    <message>
        <source>Use either --print or --list, not both.</source>
        <translation>Укажите либо --print, либо --list, но не оба сразу.</translation>
    </message>
    <message>
        <source>--list prints every code and takes no codes.</source>
        <translation>--list выводит все коды и не принимает коды в аргументах.</translation>
    </message>
    <message>
        <source>--screenshot saves the window, so it cannot be combined with --print or --list.</source>
        <translation>--screenshot сохраняет окно, поэтому его нельзя сочетать с --print или --list.</translation>
    </message>
    <message>
        <source>--print needs one code to show or two codes to compare.</source>
        <translation>Для --print нужен один код для просмотра или два для сравнения.</translation>
    </message>
    <message>
        <source>With --print or --list, write JSON for scripts instead of text.</source>
        <translation>Вместе с --print или --list: вывод в формате JSON для сценариев вместо текста.</translation>
    </message>
    <message>
        <source>Explain a reply, a log excerpt or a bounce message (.eml, mbox) read from &lt;file&gt;, or from standard input for -. With --print the explanation goes to standard output, with --json as JSON.</source>
        <translation>Разбор ответа, фрагмента журнала или сообщения о недоставке (.eml, mbox) из &lt;файл&gt; или из стандартного ввода, если указан -. С --print результат разбора выводится в стандартный вывод, с --json — в формате JSON.</translation>
    </message>
    <message>
        <source>A reference for SMTP reply codes and enhanced status codes: what a code means, when you see it and how to fix it.</source>
        <translation>Справочник по кодам ответа SMTP и расширенным кодам состояния: что означает код, когда он встречается и как устранить проблему.</translation>
    </message>
    <message>
        <source>One code to show, or two of one kind to compare: reply codes such as 535, enhanced status codes such as 5.7.8.</source>
        <translation>Один код для просмотра или два кода одного вида для сравнения: коды ответа, например 535, или расширенные коды состояния, например 5.7.8.</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared. Give two reply codes or two enhanced status codes.</source>
        <translation>Код ответа нельзя сравнить с расширенным кодом состояния. Укажите два кода ответа или два расширенных кода состояния.</translation>
    </message>
    <message>
        <source>--explain takes a file, or - for standard input, and no codes or --list.</source>
        <translation>--explain принимает файл или - для стандартного ввода; коды и --list вместе с ним не указываются.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: no such readable file.</source>
        <translation>Не удаётся прочитать «%1»: файл не существует или недоступен для чтения.</translation>
    </message>
    <message>
        <source>--json goes with --print or --list.</source>
        <translation>--json используется только вместе с --print или --list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code. One has three numbers without leading zeros, such as 5.7.8: the class 2, 4 or 5, a subject from 0 to 7, and a detail.</source>
        <translation>«%1» — не расширенный код состояния. Такой код состоит из трёх чисел без ведущих нулей, например 5.7.8: класс 2, 4 или 5, тема от 0 до 7 и детализация.</translation>
    </message>
    <message>
        <source>No enhanced status code %1 in the registry. Give it with its class, such as 5%2, to read it by its class and subject.</source>
        <translation>Расширенного кода состояния %1 нет в реестре. Укажите его вместе с классом, например 5%2, чтобы узнать значение по классу и теме.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 против %2</translation>
    </message>
    <message>
        <source>Both sides show %1. Choose a different code for one side to compare them.</source>
        <translation>На обеих сторонах выбран %1. Выберите для одной из сторон другой код, чтобы сравнить их.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 replies: in each case the server %6. What sets them apart is the situation each one reports.</source>
        <translation>%1 (%2) и %3 (%4) относятся к одному классу %5: в обоих случаях сервер %6. Различаются они ситуацией, о которой сообщает каждый из них.</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 reply: the server %4. %5 (%6) is a %7 reply: the server %8.</source>
        <translation>%1 (%2) относится к классу %3: сервер %4. %5 (%6) относится к классу %7: сервер %8.</translation>
    </message>
    <message>
        <source>Both are %1 replies, so after either one the client %2.</source>
        <translation>Оба относятся к классу %1, поэтому после любого из них клиент %2.</translation>
    </message>
    <message>
        <source>%1 is a %2 reply, while %3 is a %4 reply.</source>
        <translation>%1 относится к классу %2, а %3 — к классу %4.</translation>
    </message>
    <message>
        <source>After %1 the client %2; after %3 it %4.</source>
        <translation>После %1 клиент %2; после %3 — %4.</translation>
    </message>
    <message>
        <source>Both usually come with the same enhanced status codes: %1.</source>
        <translation>У обоих обычно одни и те же расширенные коды состояния: %1.</translation>
    </message>
    <message>
        <source>%1 usually comes with %2, and %3 with %4.</source>
        <translation>Расширенные коды состояния: у %1 обычно %2, у %3 — %4.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is defined by any RFC.</source>
        <translation>Ни %1, ни %2 не определены ни в одном RFC.</translation>
    </message>
    <message>
        <source>Expect %1 (%2) when %3 If you receive it: %4</source>
        <translation>Ожидайте %1 (%2), когда: %3 Если вы его получили: %4</translation>
    </message>
    <message>
        <source>no particular enhanced status code</source>
        <translation>нет определённого кода</translation>
    </message>
    <message>
        <source>Same class: both are %1 replies.</source>
        <translation>Один класс: оба кода относятся к классу %1.</translation>
    </message>
    <message>
        <source>has nothing more to send, as the server closes the connection</source>
        <translation>больше ничего не отправляет, так как сервер закрывает соединение</translation>
    </message>
    <message>
        <source>may try again later on a new connection, as the server closes this one</source>
        <translation>может повторить попытку позже через новое соединение, так как сервер закрывает текущее</translation>
    </message>
    <message>
        <source>Both are %1 replies.</source>
        <translation>Оба относятся к классу %1.</translation>
    </message>
    <message>
        <source>%1 is sent in reply to %2, whereas %3 is sent in reply to %4.</source>
        <translation>%1 отправляется в ответ на %2, а %3 — в ответ на %4.</translation>
    </message>
    <message>
        <source>Only %1 is sent in reply to %2.</source>
        <translation>Только %1 отправляется в ответ на %2.</translation>
    </message>
    <message>
        <source>Both are sent in reply to %1.</source>
        <translation>Оба отправляются в ответ на %1.</translation>
    </message>
    <message>
        <source>Neither carries an enhanced status code: RFC 2034 gives none to 3xx replies.</source>
        <translation>Ни один из них не содержит расширенного кода состояния: RFC 2034 не предусматривает их для ответов 3xx.</translation>
    </message>
    <message>
        <source>%1 carries no enhanced status code, as RFC 2034 gives none to 3xx replies, while %2 usually comes with %3.</source>
        <translation>%1 не содержит расширенного кода состояния, так как RFC 2034 не предусматривает их для ответов 3xx, а у %2 обычно %3.</translation>
    </message>
    <message>
        <source>%1 is not defined by any RFC, while %2 is defined by %3.</source>
        <translation>%1 не определён ни в одном RFC, а %2 определён в %3.</translation>
    </message>
    <message>
        <source>Both are defined by %1.</source>
        <translation>Оба определены в %1.</translation>
    </message>
    <message>
        <source>%1 is defined by %2, and %3 by %4.</source>
        <translation>%1 определён в %2, а %3 — в %4.</translation>
    </message>
    <message>
        <source>Same class: both are %1 codes.</source>
        <translation>Один класс: оба кода относятся к классу %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>class %1 (%2)</source>
        <translation>класс %1 (%2)</translation>
    </message>
    <message>
        <source>any class</source>
        <translation>любой класс</translation>
    </message>
    <message>
        <source>subject %1 (%2)</source>
        <translation>тема %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is in %2 and %3. %4 is in %5 and %6.</source>
        <translation>%1: %2, %3. %4: %5, %6.</translation>
    </message>
    <message>
        <source>Both are in %1.</source>
        <translation>У обоих %1.</translation>
    </message>
    <message>
        <source>%1 is in %2, while %3 is in %4.</source>
        <translation>У %1 %2, а у %3 — %4.</translation>
    </message>
    <message>
        <source>The registry names no reply code for either.</source>
        <translation>Реестр не указывает код ответа ни для одного из них.</translation>
    </message>
    <message>
        <source>Both come with reply code %1.</source>
        <translation>Оба используются с кодом ответа %1.</translation>
    </message>
    <message>
        <source>%1 comes with %2, and %3 with %4.</source>
        <translation>Коды ответа: у %1 — %2, у %3 — %4.</translation>
    </message>
    <message>
        <source>%1 is deprecated in the registry.</source>
        <translation>%1 помечен в реестре как устаревший.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is in the registry.</source>
        <translation>Ни %1, ни %2 нет в реестре.</translation>
    </message>
    <message>
        <source>%1 is not in the registry, while %2 is defined by %3.</source>
        <translation>%1 нет в реестре, а %2 определён в %3.</translation>
    </message>
    <message>
        <source>a registry entry without an RFC</source>
        <translation>записи реестра без RFC</translation>
    </message>
    <message>
        <source>no reply code the registry names</source>
        <translation>в реестре не указаны</translation>
    </message>
    <message>
        <source>no registry title</source>
        <translation>без названия в реестре</translation>
    </message>
    <message>
        <source>%1 is not in the registry, so read it by its class and subject. %2 %3</source>
        <translation>%1 нет в реестре, поэтому его значение определяется классом и темой. %2 %3</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>non-standard</source>
        <translation>нестандартный</translation>
    </message>
    <message>
        <source>None in particular.</source>
        <translation>Нет определённых кодов.</translation>
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
        <translation>устаревший</translation>
    </message>
    <message>
        <source>not in the registry</source>
        <translation>нет в реестре</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes, so only its class and its subject say what it means. Some mail systems use details of their own; the documentation of the server that sent it may say more.</source>
        <translation>%1 нет в реестре IANA расширенных кодов состояния, поэтому его значение можно понять только по классу и теме. Некоторые почтовые системы используют собственные значения детализации; подробности могут быть в документации сервера, который его отправил.</translation>
    </message>
    <message>
        <source>The registry names no reply code for it.</source>
        <translation>Реестр не указывает для него код ответа.</translation>
    </message>
    <message>
        <source>Class %1, %2: %3</source>
        <translation>Класс %1, %2: %3</translation>
    </message>
    <message>
        <source>Subject %1, %2: %3</source>
        <translation>Тема %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>ExplanationPage</name>
    <message>
        <source>Permanent: %1</source>
        <translation>Постоянная ошибка: %1</translation>
    </message>
    <message>
        <source>Temporary: %1</source>
        <translation>Временная ошибка: %1</translation>
    </message>
    <message>
        <source>Success: the message was accepted</source>
        <translation>Успешно: сообщение принято</translation>
    </message>
    <message>
        <source>%1, from the enhanced status code</source>
        <translation>%1 (по расширенному коду состояния)</translation>
    </message>
    <message>
        <source>%1, from the reply code</source>
        <translation>%1 (по коду ответа)</translation>
    </message>
    <message>
        <source>%1, from the words of the reply</source>
        <translation>%1 (по тексту ответа)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не доставлено</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Задержано</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>Передано дальше</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Развёрнуто</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>Ответ %1</translation>
    </message>
    <message>
        <source>Remote server: %1</source>
        <translation>Удалённый сервер: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Источник отчёта: %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>No SMTP reply code or enhanced status code was found in the input.</source>
        <translation>Во входных данных не найдено ни кода ответа SMTP, ни расширенного кода состояния.</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 findings are shown. Copy takes all of them.</source>
        <translation>Показаны не все результаты: %L1 из %L2. При копировании копируются все.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[параметры]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Аргументы:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Вывод справки по параметрам командной строки.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Вывод справки, включая параметры Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Вывод сведений о версии.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Неизвестный параметр «%1».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Неизвестные параметры: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Отсутствует значение после «%1».</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Неожиданное значение после «%1».</translation>
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
        <translation>Успешное завершение</translation>
    </message>
    <message>
        <source>has completed the requested action</source>
        <translation>выполнил запрошенное действие</translation>
    </message>
    <message>
        <source>can go on with its next command</source>
        <translation>может переходить к следующей команде</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Промежуточный ответ</translation>
    </message>
    <message>
        <source>has accepted the command but needs more information first</source>
        <translation>принял команду, но сначала ему нужны дополнительные данные</translation>
    </message>
    <message>
        <source>sends the data or the response that the server asked for</source>
        <translation>отправляет данные или ответ, запрошенные сервером</translation>
    </message>
    <message>
        <source>did not perform the action, but the failure is temporary</source>
        <translation>не выполнил действие, но ошибка временная</translation>
    </message>
    <message>
        <source>may try the same request again later</source>
        <translation>может повторить тот же запрос позже</translation>
    </message>
    <message>
        <source>did not perform the action, and the failure is permanent</source>
        <translation>не выполнил действие, и ошибка постоянная</translation>
    </message>
    <message>
        <source>should not repeat the same request unchanged</source>
        <translation>не должен повторять тот же запрос без изменений</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>Временная ошибка</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>Постоянная ошибка</translation>
    </message>
</context>
<context>
    <name>ReplyCode</name>
    <message>
        <source>the opening of a connection</source>
        <translation>открытие соединения</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>любые команды</translation>
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
        <translation>RFC %1, раздел %2</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Когда вы это видите</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Как исправить</translation>
    </message>
    <message>
        <source>Typical enhanced status codes</source>
        <translation>Типичные расширенные коды состояния</translation>
    </message>
    <message>
        <source>RFC references</source>
        <translation>Ссылки на RFC</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Связанные коды</translation>
    </message>
    <message>
        <source>Example exchange</source>
        <translation>Пример обмена</translation>
    </message>
    <message>
        <source>Other meanings and extensions</source>
        <translation>Другие значения и расширения</translation>
    </message>
    <message>
        <source>Non-standard code</source>
        <translation>Нестандартный код</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Ключевые различия</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>Когда что использовать</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation>Нет в реестре</translation>
    </message>
    <message>
        <source>Class and subject</source>
        <translation>Класс и тема</translation>
    </message>
    <message>
        <source>Associated reply codes</source>
        <translation>Соответствующие коды ответа</translation>
    </message>
    <message>
        <source>Sent in reply to</source>
        <translation>Отправляется в ответ на</translation>
    </message>
    <message>
        <source>Example reply</source>
        <translation>Пример ответа</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListModel</name>
    <message>
        <source>%1  %2 (non-standard)</source>
        <translation>%1  %2 (нестандартный)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1. Not defined by any RFC.</source>
        <translation>%1. Не определён ни в одном RFC.</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>%1  %2 (deprecated)</source>
        <translation>%1  %2 (устаревший)</translation>
    </message>
    <message>
        <source>Enhanced status code: %1</source>
        <translation>Расширенный код состояния: %1</translation>
    </message>
    <message>
        <source>Enhanced status code %1 %2, %3</source>
        <translation>Расширенный код состояния %1 %2, %3</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListPane</name>
    <message>
        <source>Show %1</source>
        <translation>Показать %1</translation>
    </message>
    <message>
        <source>Compare With %1</source>
        <translation>Сравнить с %1</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n codes</source>
        <comment>shown of total</comment>
        <translation>
            <numerusform>%1 из %n кода</numerusform>
            <numerusform>%1 из %n кодов</numerusform>
            <numerusform>%1 из %n кодов</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or text…</source>
        <translation>Поиск по коду, названию или тексту…</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>Поиск кодов</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>&amp;Класс:</translation>
    </message>
    <message>
        <source>Reply codes</source>
        <translation>Коды ответа</translation>
    </message>
    <message>
        <source>Number of codes shown</source>
        <translation>Число показанных кодов</translation>
    </message>
    <message>
        <source>Type a code such as 550 or 5.7.8, a word, or paste a reply line (Ctrl+F or /)</source>
        <translation>Введите код, например 550 или 5.7.8, слово или вставьте строку ответа (Ctrl+F или /)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Kind of code filter</source>
        <translation>Фильтр по типу кода</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Фильтр по классу</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Расширенные коды</translation>
    </message>
    <message>
        <source>2xx and 2.x.x: success</source>
        <translation>2xx и 2.x.x: успех</translation>
    </message>
    <message>
        <source>3xx: intermediate</source>
        <translation>3xx: промежуточный ответ</translation>
    </message>
    <message>
        <source>4xx and 4.x.x: temporary failure</source>
        <translation>4xx и 4.x.x: временная ошибка</translation>
    </message>
    <message>
        <source>5xx and 5.x.x: permanent failure</source>
        <translation>5xx и 5.x.x: постоянная ошибка</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CompareView</name>
    <message>
        <source>&amp;First:</source>
        <translation>П&amp;ервый:</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Первый код</translation>
    </message>
    <message>
        <source>Type a code or a name</source>
        <translation>Введите код или название</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>По&amp;менять</translation>
    </message>
    <message>
        <source>Swap the two codes</source>
        <translation>Поменять коды местами</translation>
    </message>
    <message>
        <source>Swap codes</source>
        <translation>Поменять коды местами</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>Вт&amp;орой:</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>Второй код</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::DetailPane</name>
    <message>
        <source>Compare %1 With…</source>
        <translation>Сравнить %1 с…</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>Сведения о коде</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ExplainView</name>
    <message>
        <source>&amp;Paste a reply, log lines or a bounce message, or drop a file:</source>
        <translation>Вс&amp;тавьте ответ, строки журнала или сообщение о недоставке либо перетащите файл:</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file (Ctrl+O)</source>
        <translation>Открыть сообщение о недоставке (.eml, mbox) или файл журнала (Ctrl+O)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <source>Clear the input</source>
        <translation>Очистить поле ввода</translation>
    </message>
    <message>
        <source>Text to explain</source>
        <translation>Текст для разбора</translation>
    </message>
    <message>
        <source>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</source>
        <translation>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Результат разбора</translation>
    </message>
    <message>
        <source>Explanation status</source>
        <translation>Состояние разбора</translation>
    </message>
    <message>
        <source>Explaining</source>
        <translation>Выполняется разбор</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Разбор…</translation>
    </message>
    <message>
        <source>Nothing to explain yet.</source>
        <translation>Пока нечего разбирать.</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <source>%1 (the first %2 shown) — %3</source>
        <translation>%1 (показано начало: %2) — %3</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Перетащенный текст</translation>
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
        <translation>О программе SMTP Codes</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 против %2</translation>
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
        <translation>Представления</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>По&amp;дробности</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Ср&amp;авнение</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Пере&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Copy Entry</source>
        <translation>&amp;Копировать запись</translation>
    </message>
    <message>
        <source>Copy the shown entry or comparison as plain text</source>
        <translation>Копировать показанную запись или сравнение как обычный текст</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F or /)</source>
        <translation>Поиск по кодам (Ctrl+F или /)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнение</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back to the previous code (Alt+Left)</source>
        <translation>Назад к предыдущему коду (Alt+Влево)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Forward to the next code (Alt+Right)</source>
        <translation>Вперёд к следующему коду (Alt+Вправо)</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Сравнить &amp;с…</translation>
    </message>
    <message>
        <source>Compare the shown code with another (Ctrl+D)</source>
        <translation>Сравнить показанный код с другим (Ctrl+D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>&amp;О программе SMTP Codes</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>&amp;Разбор</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file to explain</source>
        <translation>Открыть сообщение о недоставке (.eml, mbox) или файл журнала для разбора</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared.</source>
        <translation>Код ответа нельзя сравнить с расширенным кодом состояния.</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Открыть сообщение о недоставке или журнал</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>Почта и журналы (*.eml *.msg *.mbox *.txt *.log);;Все файлы (*)</translation>
    </message>
    <message>
        <source>It is larger than %1.</source>
        <translation>Размер файла превышает %1.</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>Не удаётся открыть файл</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Не удаётся открыть «%1»: %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;A reference for SMTP reply codes and enhanced status codes: what each code means, when you see it and how to fix it, with its RFC references.&lt;/p&gt;&lt;p&gt;%2 reply codes and %3 enhanced status codes, from the IANA registry of %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Справочник по кодам ответа SMTP и расширенным кодам состояния: что означает каждый код, когда он встречается и как устранить проблему, со ссылками на RFC.&lt;/p&gt;&lt;p&gt;Кодов ответа: %2, расширенных кодов состояния: %3 — по данным реестра IANA от %4.&lt;/p&gt;</translation>
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
        <translation>Коды: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Что делать: %1</translation>
    </message>
</context>
</TS>
