<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Application</name>
    <message>
        <source>The built-in catalog is damaged: %1</source>
        <translation>O catálogo integrado está danificado: %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to &quot;%1&quot;.</source>
        <translation>Não é possível gravar a captura de tela em &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Não é possível ler &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 64 MiB.</source>
        <translation>&quot;%1&quot; tem mais de 64 MiB.</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1: o campo &quot;%2&quot; %3</translation>
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
        <translation>está ausente</translation>
    </message>
    <message>
        <source>must be a whole number from 200 to 599</source>
        <translation>deve ser um número inteiro de 200 a 599</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>deve ser uma string não vazia</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>deve ser uma lista</translation>
    </message>
    <message>
        <source>must have at least %1 items</source>
        <translation>deve ter pelo menos %1 itens</translation>
    </message>
    <message>
        <source>must hold only non-empty strings</source>
        <translation>deve conter apenas strings não vazias</translation>
    </message>
    <message>
        <source>entry %1: must be an object</source>
        <translation>entrada %1: deve ser um objeto</translation>
    </message>
    <message>
        <source>must start with the code number</source>
        <translation>deve começar com o número do código</translation>
    </message>
    <message>
        <source>must be a clause that follows &quot;when&quot;, not start with one</source>
        <translation>deve ser uma oração que continue após &quot;when&quot;, sem começar com essa palavra</translation>
    </message>
    <message>
        <source>must end with a full stop</source>
        <translation>deve terminar com ponto final</translation>
    </message>
    <message>
        <source>must hold objects with &quot;rfc&quot; and &quot;section&quot;</source>
        <translation>deve conter objetos com &quot;rfc&quot; e &quot;section&quot;</translation>
    </message>
    <message>
        <source>has &quot;%1&quot;, which is not an enhanced status code of this class</source>
        <translation>contém &quot;%1&quot;, que não é um código de status estendido desta classe</translation>
    </message>
    <message>
        <source>must hold other reply codes</source>
        <translation>deve conter outros códigos de resposta</translation>
    </message>
    <message>
        <source>must hold lines with &quot;from&quot; (client or server) and &quot;text&quot;</source>
        <translation>deve conter linhas com &quot;from&quot; (&quot;client&quot; ou &quot;server&quot;) e &quot;text&quot;</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON inválido na posição %1: %2</translation>
    </message>
    <message>
        <source>the top level must be an object with a &quot;codes&quot; list</source>
        <translation>o nível superior deve ser um objeto com uma lista &quot;codes&quot;</translation>
    </message>
    <message>
        <source>entry %1: code %2 appears more than once</source>
        <translation>entrada %1: o código %2 aparece mais de uma vez</translation>
    </message>
    <message>
        <source>the catalog has no codes</source>
        <translation>o catálogo não contém códigos</translation>
    </message>
    <message>
        <source>code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>código %1: o campo &quot;related&quot; cita %2, que não está no catálogo</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>must mark the defining RFC with &quot;defines&quot;: true</source>
        <translation>deve marcar a RFC que o define com &quot;defines&quot;: true</translation>
    </message>
    <message>
        <source>enhanced codes: the top level must have a non-empty &quot;%1&quot; list</source>
        <translation>códigos estendidos: o nível superior deve ter uma lista &quot;%1&quot; não vazia</translation>
    </message>
    <message>
        <source>enhanced class %1</source>
        <translation>classe estendida %1</translation>
    </message>
    <message>
        <source>must be 2, 4 or 5</source>
        <translation>deve ser 2, 4 ou 5</translation>
    </message>
    <message>
        <source>enhanced subject %1</source>
        <translation>assunto estendido %1</translation>
    </message>
    <message>
        <source>must be a number from 0 to 7</source>
        <translation>deve ser um número de 0 a 7</translation>
    </message>
    <message>
        <source>enhanced code %1: must be an object</source>
        <translation>código estendido %1: deve ser um objeto</translation>
    </message>
    <message>
        <source>enhanced code %1</source>
        <translation>código estendido %1</translation>
    </message>
    <message>
        <source>enhanced code %1 (%2)</source>
        <translation>código estendido %1 (%2)</translation>
    </message>
    <message>
        <source>must be written as the registry does, e.g. X.7.8</source>
        <translation>deve ser escrito como no registro, por exemplo, X.7.8</translation>
    </message>
    <message>
        <source>must hold distinct classes 2, 4 and 5</source>
        <translation>deve conter classes distintas, dentre 2, 4 e 5</translation>
    </message>
    <message>
        <source>must hold the class of reply code %1</source>
        <translation>deve conter a classe do código de resposta %1</translation>
    </message>
    <message>
        <source>must start with the code</source>
        <translation>deve começar com o código</translation>
    </message>
    <message>
        <source>must hold other codes written as X.y.z</source>
        <translation>deve conter outros códigos escritos como X.y.z</translation>
    </message>
    <message>
        <source>must be a reply line with this code in the reply&apos;s class</source>
        <translation>deve ser uma linha de resposta com este código na classe da resposta</translation>
    </message>
    <message>
        <source>enhanced codes: not valid JSON at offset %1: %2</source>
        <translation>códigos estendidos: JSON inválido na posição %1: %2</translation>
    </message>
    <message>
        <source>enhanced codes: the classes must be 2, 4 and 5 and the subjects 0 to 7, each once</source>
        <translation>códigos estendidos: as classes devem ser 2, 4 e 5, e os assuntos, de 0 a 7, cada um uma única vez</translation>
    </message>
    <message>
        <source>enhanced code %1 appears more than once</source>
        <translation>o código estendido %1 aparece mais de uma vez</translation>
    </message>
    <message>
        <source>enhanced code %1: field &quot;related&quot; names %2, which is not in the catalog</source>
        <translation>código estendido %1: o campo &quot;related&quot; cita %2, que não está no catálogo</translation>
    </message>
    <message>
        <source>must hold reply codes</source>
        <translation>deve conter códigos de resposta</translation>
    </message>
    <message>
        <source>must hold &quot;defines&quot; as true or false</source>
        <translation>deve conter &quot;defines&quot; com o valor true ou false</translation>
    </message>
    <message>
        <source>reasons: not valid JSON at offset %1: %2</source>
        <translation>motivos: JSON inválido na posição %1: %2</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>motivo %1</translation>
    </message>
    <message>
        <source>must be unique</source>
        <translation>deve ser único</translation>
    </message>
    <message>
        <source>reasons: &quot;other&quot; and &quot;expired&quot; must be defined</source>
        <translation>motivos: &quot;other&quot; e &quot;expired&quot; devem estar definidos</translation>
    </message>
    <message>
        <source>names no defined reason</source>
        <translation>não cita nenhum motivo definido</translation>
    </message>
    <message>
        <source>must hold enhanced status codes</source>
        <translation>deve conter códigos de status estendidos</translation>
    </message>
    <message>
        <source>phrases %1</source>
        <translation>frases %1</translation>
    </message>
    <message>
        <source>must be lower case</source>
        <translation>deve estar em minúsculas</translation>
    </message>
    <message>
        <source>enhanced code rule %1</source>
        <translation>regra de código estendido %1</translation>
    </message>
    <message>
        <source>must be an enhanced status code</source>
        <translation>deve ser um código de status estendido</translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation>regra alternativa %1</translation>
    </message>
    <message>
        <source>the compiled catalog cannot be read</source>
        <translation>não é possível ler o catálogo compilado</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write the details of one code, or the comparison of two, to standard output instead of opening a window.</source>
        <translation>Escreve os detalhes de um código, ou a comparação de dois, na saída padrão em vez de abrir uma janela.</translation>
    </message>
    <message>
        <source>Print every code, one per line: code, name and class separated by tabs.</source>
        <translation>Imprime todos os códigos, um por linha: código, nome e classe separados por tabulações.</translation>
    </message>
    <message>
        <source>Use the interface language &lt;language&gt;, e.g. de or zh_CN. Available: %1.</source>
        <translation>Usa o idioma de interface &lt;idioma&gt;, por exemplo, de ou zh_CN. Disponíveis: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Save the window as a PNG image in &lt;file&gt; and exit.</source>
        <translation>Salva a janela como imagem PNG em &lt;arquivo&gt; e sai.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
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
        <translation>Idioma desconhecido: &quot;%1&quot;. Disponíveis: %2.</translation>
    </message>
    <message>
        <source>Give one code to show or two codes to compare, not %1.</source>
        <translation>Informe um código para exibir ou dois para comparar, não %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reply code. A reply code has three digits, such as 535.</source>
        <translation>&quot;%1&quot; não é um código de resposta. Um código de resposta tem três dígitos, como 535.</translation>
    </message>
    <message>
        <source>No reply code %1 in the catalog. Run with --list to see every code.</source>
        <translation>O código de resposta %1 não está no catálogo. Execute com --list para ver todos os códigos.</translation>
    </message>
    <message>
        <source>Use either --print or --list, not both.</source>
        <translation>Use --print ou --list, mas não ambos.</translation>
    </message>
    <message>
        <source>--list prints every code and takes no codes.</source>
        <translation>--list imprime todos os códigos e não aceita códigos.</translation>
    </message>
    <message>
        <source>--screenshot saves the window, so it cannot be combined with --print or --list.</source>
        <translation>--screenshot salva a janela, portanto não pode ser combinado com --print ou --list.</translation>
    </message>
    <message>
        <source>--print needs one code to show or two codes to compare.</source>
        <translation>--print precisa de um código para exibir ou de dois para comparar.</translation>
    </message>
    <message>
        <source>With --print or --list, write JSON for scripts instead of text.</source>
        <translation>Com --print ou --list, escreve JSON para scripts em vez de texto.</translation>
    </message>
    <message>
        <source>Explain a reply, a log excerpt or a bounce message (.eml, mbox) read from &lt;file&gt;, or from standard input for -. With --print the explanation goes to standard output, with --json as JSON.</source>
        <translation>Explica uma resposta, um trecho de log ou uma mensagem de devolução (.eml, mbox) lida de &lt;arquivo&gt;, ou da entrada padrão com -. Com --print, a explicação vai para a saída padrão; com --json, em formato JSON.</translation>
    </message>
    <message>
        <source>A reference for SMTP reply codes and enhanced status codes: what a code means, when you see it and how to fix it.</source>
        <translation>Referência de códigos de resposta SMTP e códigos de status estendidos: o que cada código significa, quando aparece e como corrigi-lo.</translation>
    </message>
    <message>
        <source>One code to show, or two of one kind to compare: reply codes such as 535, enhanced status codes such as 5.7.8.</source>
        <translation>Um código para exibir, ou dois do mesmo tipo para comparar: códigos de resposta como 535 ou códigos de status estendidos como 5.7.8.</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared. Give two reply codes or two enhanced status codes.</source>
        <translation>Não é possível comparar um código de resposta com um código de status estendido. Informe dois códigos de resposta ou dois códigos de status estendidos.</translation>
    </message>
    <message>
        <source>--explain takes a file, or - for standard input, and no codes or --list.</source>
        <translation>--explain aceita um arquivo, ou - para a entrada padrão, mas não códigos nem --list.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: no such readable file.</source>
        <translation>Não é possível ler &quot;%1&quot;: o arquivo não existe ou não pode ser lido.</translation>
    </message>
    <message>
        <source>--json goes with --print or --list.</source>
        <translation>--json deve ser usado com --print ou --list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code. One has three numbers without leading zeros, such as 5.7.8: the class 2, 4 or 5, a subject from 0 to 7, and a detail.</source>
        <translation>&quot;%1&quot; não é um código de status estendido. Esses códigos têm três números sem zeros à esquerda, como 5.7.8: a classe (2, 4 ou 5), um assunto de 0 a 7 e um detalhe.</translation>
    </message>
    <message>
        <source>No enhanced status code %1 in the registry. Give it with its class, such as 5%2, to read it by its class and subject.</source>
        <translation>O código de status estendido %1 não está no registro. Informe-o com a classe, como 5%2, para interpretá-lo pela classe e pelo assunto.</translation>
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
        <translation>Os dois lados mostram %1. Escolha um código diferente em um dos lados para compará-los.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are both %5 replies: in each case the server %6. What sets them apart is the situation each one reports.</source>
        <translation>%1 (%2) e %3 (%4) são ambos respostas da classe %5: nos dois casos, o servidor %6. O que os diferencia é a situação que cada um informa.</translation>
    </message>
    <message>
        <source>%1 (%2) is a %3 reply: the server %4. %5 (%6) is a %7 reply: the server %8.</source>
        <translation>%1 (%2) é uma resposta da classe %3: o servidor %4. %5 (%6) é uma resposta da classe %7: o servidor %8.</translation>
    </message>
    <message>
        <source>Both are %1 replies, so after either one the client %2.</source>
        <translation>Ambos são respostas da classe %1; portanto, após qualquer um deles, o cliente %2.</translation>
    </message>
    <message>
        <source>%1 is a %2 reply, while %3 is a %4 reply.</source>
        <translation>%1 é uma resposta da classe %2, enquanto %3 é uma resposta da classe %4.</translation>
    </message>
    <message>
        <source>After %1 the client %2; after %3 it %4.</source>
        <translation>Após %1, o cliente %2; após %3, %4.</translation>
    </message>
    <message>
        <source>Both usually come with the same enhanced status codes: %1.</source>
        <translation>Ambos costumam vir acompanhados dos mesmos códigos de status estendidos: %1.</translation>
    </message>
    <message>
        <source>%1 usually comes with %2, and %3 with %4.</source>
        <translation>Códigos de status estendidos típicos: %2 para %1, e %4 para %3.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is defined by any RFC.</source>
        <translation>Nem %1 nem %2 são definidos em nenhuma RFC.</translation>
    </message>
    <message>
        <source>Expect %1 (%2) when %3 If you receive it: %4</source>
        <translation>Espere %1 (%2) quando: %3 Se você recebê-lo: %4</translation>
    </message>
    <message>
        <source>no particular enhanced status code</source>
        <translation>nenhum em particular</translation>
    </message>
    <message>
        <source>Same class: both are %1 replies.</source>
        <translation>Mesma classe: ambos são respostas da classe %1.</translation>
    </message>
    <message>
        <source>has nothing more to send, as the server closes the connection</source>
        <translation>não tem mais nada a enviar, pois o servidor encerra a conexão</translation>
    </message>
    <message>
        <source>may try again later on a new connection, as the server closes this one</source>
        <translation>pode tentar novamente mais tarde em uma nova conexão, pois o servidor encerra esta</translation>
    </message>
    <message>
        <source>Both are %1 replies.</source>
        <translation>Ambos são respostas da classe %1.</translation>
    </message>
    <message>
        <source>%1 is sent in reply to %2, whereas %3 is sent in reply to %4.</source>
        <translation>%1 é enviado em resposta a %2, enquanto %3 é enviado em resposta a %4.</translation>
    </message>
    <message>
        <source>Only %1 is sent in reply to %2.</source>
        <translation>Apenas %1 é enviado em resposta a %2.</translation>
    </message>
    <message>
        <source>Both are sent in reply to %1.</source>
        <translation>Ambos são enviados em resposta a %1.</translation>
    </message>
    <message>
        <source>Neither carries an enhanced status code: RFC 2034 gives none to 3xx replies.</source>
        <translation>Nenhum dos dois traz código de status estendido: a RFC 2034 não atribui nenhum às respostas 3xx.</translation>
    </message>
    <message>
        <source>%1 carries no enhanced status code, as RFC 2034 gives none to 3xx replies, while %2 usually comes with %3.</source>
        <translation>%1 não traz código de status estendido, pois a RFC 2034 não atribui nenhum às respostas 3xx, enquanto %2 costuma vir acompanhado de %3.</translation>
    </message>
    <message>
        <source>%1 is not defined by any RFC, while %2 is defined by %3.</source>
        <translation>%1 não é definido em nenhuma RFC, enquanto %2 é definido em %3.</translation>
    </message>
    <message>
        <source>Both are defined by %1.</source>
        <translation>Ambos são definidos em %1.</translation>
    </message>
    <message>
        <source>%1 is defined by %2, and %3 by %4.</source>
        <translation>%1 é definido em %2, e %3, em %4.</translation>
    </message>
    <message>
        <source>Same class: both are %1 codes.</source>
        <translation>Mesma classe: ambos são códigos da classe %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>class %1 (%2)</source>
        <translation>a classe %1 (%2)</translation>
    </message>
    <message>
        <source>any class</source>
        <translation>qualquer classe</translation>
    </message>
    <message>
        <source>subject %1 (%2)</source>
        <translation>o assunto %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is in %2 and %3. %4 is in %5 and %6.</source>
        <translation>%1 tem %2 e %3. %4 tem %5 e %6.</translation>
    </message>
    <message>
        <source>Both are in %1.</source>
        <translation>Ambos têm %1.</translation>
    </message>
    <message>
        <source>%1 is in %2, while %3 is in %4.</source>
        <translation>%1 tem %2, enquanto %3 tem %4.</translation>
    </message>
    <message>
        <source>The registry names no reply code for either.</source>
        <translation>O registro não indica código de resposta para nenhum dos dois.</translation>
    </message>
    <message>
        <source>Both come with reply code %1.</source>
        <translation>Ambos vêm acompanhados do código de resposta %1.</translation>
    </message>
    <message>
        <source>%1 comes with %2, and %3 with %4.</source>
        <translation>Códigos de resposta associados: %2 para %1, e %4 para %3.</translation>
    </message>
    <message>
        <source>%1 is deprecated in the registry.</source>
        <translation>%1 consta como obsoleto no registro.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is in the registry.</source>
        <translation>Nem %1 nem %2 estão no registro.</translation>
    </message>
    <message>
        <source>%1 is not in the registry, while %2 is defined by %3.</source>
        <translation>%1 não está no registro, enquanto %2 é definido em %3.</translation>
    </message>
    <message>
        <source>a registry entry without an RFC</source>
        <translation>uma entrada do registro sem RFC</translation>
    </message>
    <message>
        <source>no reply code the registry names</source>
        <translation>nenhum indicado no registro</translation>
    </message>
    <message>
        <source>no registry title</source>
        <translation>sem título no registro</translation>
    </message>
    <message>
        <source>%1 is not in the registry, so read it by its class and subject. %2 %3</source>
        <translation>%1 não está no registro; por isso, interprete-o pela classe e pelo assunto. %2 %3</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>non-standard</source>
        <translation>não padrão</translation>
    </message>
    <message>
        <source>None in particular.</source>
        <translation>Nenhum em particular.</translation>
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
        <translation>não está no registro</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry of enhanced status codes, so only its class and its subject say what it means. Some mail systems use details of their own; the documentation of the server that sent it may say more.</source>
        <translation>%1 não está no registro da IANA de códigos de status estendidos; por isso, apenas a classe e o assunto indicam o que ele significa. Alguns sistemas de e-mail usam detalhes próprios; a documentação do servidor que o enviou pode trazer mais informações.</translation>
    </message>
    <message>
        <source>The registry names no reply code for it.</source>
        <translation>O registro não indica código de resposta para este código.</translation>
    </message>
    <message>
        <source>Class %1, %2: %3</source>
        <translation>Classe %1, %2: %3</translation>
    </message>
    <message>
        <source>Subject %1, %2: %3</source>
        <translation>Assunto %1, %2: %3</translation>
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
        <translation>Temporário: %1</translation>
    </message>
    <message>
        <source>Success: the message was accepted</source>
        <translation>Sucesso: a mensagem foi aceita</translation>
    </message>
    <message>
        <source>%1, from the enhanced status code</source>
        <translation>%1, segundo o código de status estendido</translation>
    </message>
    <message>
        <source>%1, from the reply code</source>
        <translation>%1, segundo o código de resposta</translation>
    </message>
    <message>
        <source>%1, from the words of the reply</source>
        <translation>%1, segundo o texto da resposta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falha</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
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
        <translation>Resposta %1</translation>
    </message>
    <message>
        <source>Remote server: %1</source>
        <translation>Servidor remoto: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Informado por: %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>No SMTP reply code or enhanced status code was found in the input.</source>
        <translation>Nenhum código de resposta SMTP nem código de status estendido foi encontrado no texto de entrada.</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 findings are shown. Copy takes all of them.</source>
        <translation>Exibindo os primeiros %L1 de %L2 resultados. A cópia inclui todos.</translation>
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
        <translation>[opções]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Exibe a ajuda sobre as opções de linha de comando.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Exibe a ajuda, incluindo as opções específicas do Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Exibe as informações de versão.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opção desconhecida: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Opções desconhecidas: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Falta um valor após &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valor inesperado após &apos;%1&apos;.</translation>
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
        <translation>Positiva de conclusão</translation>
    </message>
    <message>
        <source>has completed the requested action</source>
        <translation>concluiu a ação solicitada</translation>
    </message>
    <message>
        <source>can go on with its next command</source>
        <translation>pode seguir para o próximo comando</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Positiva intermediária</translation>
    </message>
    <message>
        <source>has accepted the command but needs more information first</source>
        <translation>aceitou o comando, mas antes precisa de mais informações</translation>
    </message>
    <message>
        <source>sends the data or the response that the server asked for</source>
        <translation>envia os dados ou a resposta que o servidor pediu</translation>
    </message>
    <message>
        <source>did not perform the action, but the failure is temporary</source>
        <translation>não executou a ação, mas a falha é temporária</translation>
    </message>
    <message>
        <source>may try the same request again later</source>
        <translation>pode tentar a mesma solicitação novamente mais tarde</translation>
    </message>
    <message>
        <source>did not perform the action, and the failure is permanent</source>
        <translation>não executou a ação e a falha é permanente</translation>
    </message>
    <message>
        <source>should not repeat the same request unchanged</source>
        <translation>não deve repetir a mesma solicitação sem alterações</translation>
    </message>
    <message>
        <source>Transient Negative Completion</source>
        <translation>Negativa transitória de conclusão</translation>
    </message>
    <message>
        <source>Permanent Negative Completion</source>
        <translation>Negativa permanente de conclusão</translation>
    </message>
</context>
<context>
    <name>ReplyCode</name>
    <message>
        <source>the opening of a connection</source>
        <translation>uma nova conexão</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>qualquer comando</translation>
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
        <translation>RFC %1, seção %2</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Quando aparece</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Como corrigir</translation>
    </message>
    <message>
        <source>Typical enhanced status codes</source>
        <translation>Códigos de status estendidos típicos</translation>
    </message>
    <message>
        <source>RFC references</source>
        <translation>Referências RFC</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Códigos relacionados</translation>
    </message>
    <message>
        <source>Example exchange</source>
        <translation>Exemplo de diálogo</translation>
    </message>
    <message>
        <source>Other meanings and extensions</source>
        <translation>Outros significados e extensões</translation>
    </message>
    <message>
        <source>Non-standard code</source>
        <translation>Código não padrão</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Principais diferenças</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>Quando usar cada um</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation>Não está no registro</translation>
    </message>
    <message>
        <source>Class and subject</source>
        <translation>Classe e assunto</translation>
    </message>
    <message>
        <source>Associated reply codes</source>
        <translation>Códigos de resposta associados</translation>
    </message>
    <message>
        <source>Sent in reply to</source>
        <translation>Enviado em resposta a</translation>
    </message>
    <message>
        <source>Example reply</source>
        <translation>Exemplo de resposta</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListModel</name>
    <message>
        <source>%1  %2 (non-standard)</source>
        <translation>%1  %2 (não padrão)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1. Not defined by any RFC.</source>
        <translation>%1. Não definido em nenhuma RFC.</translation>
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
        <translation>Código de status estendido: %1</translation>
    </message>
    <message>
        <source>Enhanced status code %1 %2, %3</source>
        <translation>Código de status estendido %1 %2, %3</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListPane</name>
    <message>
        <source>Show %1</source>
        <translation>Exibir %1</translation>
    </message>
    <message>
        <source>Compare With %1</source>
        <translation>Comparar com %1</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todas as classes</translation>
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
        <translation>Pesquisar código, nome ou texto…</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>Pesquisar códigos</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>C&amp;lasse:</translation>
    </message>
    <message>
        <source>Reply codes</source>
        <translation>Códigos de resposta</translation>
    </message>
    <message>
        <source>Number of codes shown</source>
        <translation>Número de códigos exibidos</translation>
    </message>
    <message>
        <source>Type a code such as 550 or 5.7.8, a word, or paste a reply line (Ctrl+F or /)</source>
        <translation>Digite um código como 550 ou 5.7.8, uma palavra, ou cole uma linha de resposta (Ctrl+F ou /)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tip&amp;o:</translation>
    </message>
    <message>
        <source>Kind of code filter</source>
        <translation>Filtro de tipo de código</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Filtro de classe</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Códigos estendidos</translation>
    </message>
    <message>
        <source>2xx and 2.x.x: success</source>
        <translation>2xx e 2.x.x: sucesso</translation>
    </message>
    <message>
        <source>3xx: intermediate</source>
        <translation>3xx: intermediário</translation>
    </message>
    <message>
        <source>4xx and 4.x.x: temporary failure</source>
        <translation>4xx e 4.x.x: falha temporária</translation>
    </message>
    <message>
        <source>5xx and 5.x.x: permanent failure</source>
        <translation>5xx e 5.x.x: falha permanente</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CompareView</name>
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Primeiro:</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Primeiro código</translation>
    </message>
    <message>
        <source>Type a code or a name</source>
        <translation>Digite um código ou um nome</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Trocar</translation>
    </message>
    <message>
        <source>Swap the two codes</source>
        <translation>Trocar os dois códigos</translation>
    </message>
    <message>
        <source>Swap codes</source>
        <translation>Trocar códigos</translation>
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
        <translation>Comparação</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::DetailPane</name>
    <message>
        <source>Compare %1 With…</source>
        <translation>Comparar %1 com…</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>Detalhes do código</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ExplainView</name>
    <message>
        <source>&amp;Paste a reply, log lines or a bounce message, or drop a file:</source>
        <translation>&amp;Cole uma resposta, linhas de log ou uma mensagem de devolução, ou solte um arquivo aqui:</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file (Ctrl+O)</source>
        <translation>Abrir uma mensagem de devolução (.eml, mbox) ou um arquivo de log (Ctrl+O)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Lim&amp;par</translation>
    </message>
    <message>
        <source>Clear the input</source>
        <translation>Limpar o texto de entrada</translation>
    </message>
    <message>
        <source>Text to explain</source>
        <translation>Texto a explicar</translation>
    </message>
    <message>
        <source>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</source>
        <translation>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <source>Explanation status</source>
        <translation>Status da explicação</translation>
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
        <translation>Nada para explicar ainda.</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Resultados: %1</translation>
    </message>
    <message>
        <source>%1 (the first %2 shown) — %3</source>
        <translation>%1 (exibindo os primeiros %2) — %3</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Texto arrastado</translation>
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
        <translation>Sobre o SMTP Codes</translation>
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
        <translation>Visualizações</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
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
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Copy Entry</source>
        <translation>&amp;Copiar entrada</translation>
    </message>
    <message>
        <source>Copy the shown entry or comparison as plain text</source>
        <translation>Copiar a entrada ou a comparação exibida como texto simples</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F or /)</source>
        <translation>Pesquisar os códigos (Ctrl+F ou /)</translation>
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
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Back to the previous code (Alt+Left)</source>
        <translation>Voltar ao código anterior (Alt+Esquerda)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>Forward to the next code (Alt+Right)</source>
        <translation>Avançar para o próximo código (Alt+Direita)</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Comparar &amp;com…</translation>
    </message>
    <message>
        <source>Compare the shown code with another (Ctrl+D)</source>
        <translation>Comparar o código exibido com outro (Ctrl+D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>&amp;Sobre o SMTP Codes</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>Explica&amp;r</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a bounce message (.eml, mbox) or a log file to explain</source>
        <translation>Abrir uma mensagem de devolução (.eml, mbox) ou um arquivo de log para explicar</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>A reply code and an enhanced status code cannot be compared.</source>
        <translation>Não é possível comparar um código de resposta com um código de status estendido.</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Abrir uma devolução ou um log</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.msg *.mbox *.txt *.log);;All files (*)</source>
        <translation>E-mails e logs (*.eml *.msg *.mbox *.txt *.log);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>It is larger than %1.</source>
        <translation>O arquivo tem mais de %1.</translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>Não é possível abrir o arquivo</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Não é possível abrir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;A reference for SMTP reply codes and enhanced status codes: what each code means, when you see it and how to fix it, with its RFC references.&lt;/p&gt;&lt;p&gt;%2 reply codes and %3 enhanced status codes, from the IANA registry of %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Referência de códigos de resposta SMTP e códigos de status estendidos: o que cada código significa, quando aparece e como corrigi-lo, com as referências RFC.&lt;/p&gt;&lt;p&gt;%2 códigos de resposta e %3 códigos de status estendidos, do registro da IANA com data de %4.&lt;/p&gt;</translation>
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
        <translation>O que fazer: %1</translation>
    </message>
</context>
</TS>
