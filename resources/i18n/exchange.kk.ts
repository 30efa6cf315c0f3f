<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the Department</source>
        <translation>Департаментке қосылу</translation>
    </message>
    <message>
        <source>Address of the Department&apos;s service:</source>
        <translation>Департамент қызметінің мекенжайы:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Бір реттік код:</translation>
    </message>
    <message>
        <source>The Department gives the address and a one-time code for this institution.</source>
        <translation>Мекенжайды және осы мекемеге арналған бір реттік кодты департамент береді.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Sending to the Department</source>
        <translation>Департаментке жіберу</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Қосылу…</translation>
    </message>
    <message>
        <source>Load the Department&apos;s key file…</source>
        <translation>Департаменттің кілттер файлын жүктеу…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Not yet at the Department</source>
        <translation>Департаментке әлі жетпегені</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>Write a package for a USB stick…</source>
        <translation>Флешкаға пакет жазу…</translation>
    </message>
    <message>
        <source>Load the Department&apos;s receipt…</source>
        <translation>Департаменттің түбіртегін жүктеу…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Receipt&apos;s date and time</source>
        <translation>Түбіртектің күні мен уақыты</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Қосылым</translation>
    </message>
    <message>
        <source>What has not reached the Department</source>
        <translation>Департаментке әлі жетпегені</translation>
    </message>
    <message>
        <source>Exchange log</source>
        <translation>Алмасу журналы</translation>
    </message>
    <message>
        <source>Not connected: connect with the address and the one-time code.</source>
        <translation>Қосылмаған: мекенжай мен бір реттік код арқылы қосылыңыз.</translation>
    </message>
    <message>
        <source>Connected to {url} since {when}.</source>
        <translation>{url} мекенжайына {when} бастап қосылған.</translation>
    </message>
    <message>
        <source>No network connection: packages for a USB stick only.</source>
        <translation>Желіге қосылым жоқ: тек флешкадағы пакеттер.</translation>
    </message>
    <message>
        <source>Last synchronisation: {when}</source>
        <translation>Соңғы синхрондау: {when}</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>Пакет жазылды</translation>
    </message>
    <message>
        <source>Receipt loaded</source>
        <translation>Түбіртек жүктелді</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Some records rejected</source>
        <translation>Кейбір жазбалар қабылданбады</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сәтсіз</translation>
    </message>
    <message>
        <source>Connecting to the Department</source>
        <translation>Департаментке қосылу</translation>
    </message>
    <message>
        <source>The Department&apos;s key file</source>
        <translation>Департаменттің кілттер файлы</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Кілттер файлдары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The Department&apos;s keys were loaded. Give the Department this institution&apos;s key:
{key}</source>
        <translation>Департаменттің кілттері жүктелді. Осы мекеменің кілтін департаментке беріңіз:
{key}</translation>
    </message>
    <message>
        <source>Loading the key file</source>
        <translation>Кілттер файлын жүктеу</translation>
    </message>
    <message>
        <source>Write a package</source>
        <translation>Пакет жазу</translation>
    </message>
    <message>
        <source>Sanaq packages (*.sanaq)</source>
        <translation>Sanaq пакеттері (*.sanaq)</translation>
    </message>
    <message>
        <source>The package is written: {count} records. Give it to the Department and load its receipt.</source>
        <translation>Пакет жазылды: {count} жазба. Оны департаментке беріп, түбіртегін жүктеңіз.</translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>Пакетті жазу</translation>
    </message>
    <message>
        <source>The Department&apos;s receipt</source>
        <translation>Департаменттің түбіртегі</translation>
    </message>
    <message>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Түбіртектер (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Loading the receipt</source>
        <translation>Түбіртекті жүктеу</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>The Department&apos;s keys were loaded: packages can be written.</source>
        <translation>Департаменттің кілттері жүктелді: пакеттерді жазуға болады.</translation>
    </message>
    <message>
        <source>This institution&apos;s key for the Department: {key}</source>
        <translation>Осы мекеменің департаментке арналған кілті: {key}</translation>
    </message>
    <message>
        <source>Connected to the Department at {url}.</source>
        <translation>{url} мекенжайындағы департаментке қосылды.</translation>
    </message>
    <message>
        <source>Last synchronisation: {when}</source>
        <translation>Соңғы синхрондау: {when}</translation>
    </message>
    <message>
        <source>Not yet at the Department: {count}</source>
        <translation>Департаментке әлі жетпегені: {count}</translation>
    </message>
    <message>
        <source>Sent: {accepted} accepted, {rejected} rejected. Synchronised at {when}.</source>
        <translation>Жіберілді: {accepted} қабылданды, {rejected} қабылданбады. Синхрондау уақыты: {when}.</translation>
    </message>
    <message>
        <source>Nothing to send: the Department has everything.</source>
        <translation>Жіберетін ештеңе жоқ: департаментте бәрі бар.</translation>
    </message>
    <message>
        <source>Package written to {file}: {count} records.</source>
        <translation>Пакет {file} файлына жазылды: {count} жазба.</translation>
    </message>
    <message>
        <source>This receipt was already loaded; nothing changed.</source>
        <translation>Бұл түбіртек бұрын жүктелген; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Receipt loaded: {accepted} records synchronised at {when}.</source>
        <translation>Түбіртек жүктелді: {accepted} жазба синхрондалды, уақыты: {when}.</translation>
    </message>
    <message>
        <source>Institution profile</source>
        <extracomment>Records per online batch: small enough for a quick retry, large enough to keep the overhead low. The order in which kinds travel: persons before what refers to them.</extracomment>
        <translation>Мекеме туралы мәліметтер</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Institution sheet</source>
        <translation>Мекеме парағы</translation>
    </message>
    <message>
        <source>Census sheets</source>
        <translation>Санақ парақтары</translation>
    </message>
    <message>
        <source>Online and refused outcomes</source>
        <translation>Онлайн санақ және бас тартулар</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Анықтамалар</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Жабдықтар</translation>
    </message>
    <message>
        <source>Equipment acts</source>
        <translation>Жабдықтар актілері</translation>
    </message>
    <message>
        <source>This institution is not connected to the Department yet: connect with the address and the one-time code, or load the Department&apos;s key file.</source>
        <translation>Мекеме департаментке әлі қосылмаған: мекенжай мен бір реттік код арқылы қосылыңыз немесе департаменттің кілттер файлын жүктеңіз.</translation>
    </message>
    <message>
        <source>The Department&apos;s server at {url} cannot be reached. Check the network (and the VPN or proxy) and send again: nothing is lost.</source>
        <translation>{url} департамент серверіне қосылу мүмкін емес. Желіні (VPN немесе проксиді де) тексеріп, қайта жіберіңіз: ештеңе жоғалған жоқ.</translation>
    </message>
    <message>
        <source>The Department&apos;s server answered with an error ({status}). Send again later: nothing is lost.</source>
        <translation>Департамент сервері қатемен жауап берді ({status}). Кейінірек қайта жіберіңіз: ештеңе жоғалған жоқ.</translation>
    </message>
    <message>
        <source>This is not an address of a server: {url} (it starts with https://).</source>
        <translation>Бұл сервер мекенжайы емес: {url} (мекенжай https:// деп басталады).</translation>
    </message>
    <message>
        <source>The Department did not accept this institution&apos;s token ({text}). Ask the Department for a new one-time code and connect again.</source>
        <translation>Департамент мекеменің қатынау кілтін қабылдамады ({text}). Департаменттен жаңа бір реттік код сұрап, қайта қосылыңыз.</translation>
    </message>
    <message>
        <source>The Department did not accept the code: {text}</source>
        <translation>Департамент кодты қабылдамады: {text}</translation>
    </message>
    <message>
        <source>The identity (TLS) of the Department&apos;s server cannot be verified. If the Department runs its own authority (CA), set its CA file in the settings.</source>
        <extracomment>Seconds to connect and to wait for an answer. Attempts per request before giving up on network errors and 5xx answers. First pause between attempts (seconds); doubled each time, with some jitter.</extracomment>
        <translation>Департамент серверінің түпнұсқалығын (TLS) тексеру мүмкін емес. Егер департаменттің өз орталығы (CA) болса, оның CA файлын баптауларда көрсетіңіз.</translation>
    </message>
    <message>
        <source>The Department turned down the request: {text}</source>
        <translation>Департамент сұрауды қабылдамады: {text}</translation>
    </message>
    <message>
        <source>Fill in the institution profile first.</source>
        <extracomment>The institution&apos;s public key (hex): the Department needs it to accept this institution&apos;s packages.</extracomment>
        <translation>Алдымен мекеме туралы мәліметтерді толтырыңыз.</translation>
    </message>
    <message>
        <source>The server at {url} did not answer like the Department&apos;s service.</source>
        <translation>{url} сервері департамент қызметі сияқты жауап бермеді.</translation>
    </message>
    <message>
        <source>This code was issued for the institution with BIN {other}, not for this one ({own}).</source>
        <translation>Бұл код осы мекемеге ({own}) емес, БСН {other} мекемесіне берілген.</translation>
    </message>
    <message>
        <source>Connected to {url}.</source>
        <translation>{url} мекенжайына қосылды.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation>{name} файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The file {name} is not a key file of the Department.</source>
        <translation>{name} файлы департаменттің кілттер файлы емес.</translation>
    </message>
    <message>
        <source>The Department&apos;s keys were loaded.</source>
        <translation>Департаменттің кілттері жүктелді.</translation>
    </message>
    <message>
        <source>Batch {sequence}: {accepted} accepted, {rejected} rejected.</source>
        <extracomment>Batches written but not acknowledged: (channel, sequence). For an export: the package file written.</extracomment>
        <translation>{sequence}-деректер топтамасы: {accepted} қабылданды, {rejected} қабылданбады.</translation>
    </message>
    <message>
        <source>The Department&apos;s receipt for batch {sequence} does not match what was sent; nothing was marked as synchronised. Send again.</source>
        <translation>Департаменттің {sequence}-деректер топтамасына берген түбіртегі жіберілгенге сәйкес келмейді; ештеңе синхрондалған деп белгіленбеді. Қайта жіберіңіз.</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>Жіберу тоқтатылды.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Жіберетін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>The answer of the server is not a receipt signed by the Department; nothing was marked as synchronised.</source>
        <translation>Сервердің жауабы департамент қол қойған түбіртек емес; ештеңе синхрондалған деп белгіленбеді.</translation>
    </message>
    <message>
        <source>Everything has reached the Department: there is nothing to write.</source>
        <translation>Бәрі департаментке жетті: жазатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>The file {name} cannot be written.</source>
        <translation>{name} файлын жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>Package {sequence} written: {count} records.</source>
        <translation>{sequence}-пакет жазылды: {count} жазба.</translation>
    </message>
    <message>
        <source>This receipt is for another institution; nothing was marked.</source>
        <translation>Бұл түбіртек басқа мекемеге берілген; ештеңе белгіленбеді.</translation>
    </message>
    <message>
        <source>This file is not a receipt signed by the Department, or it was altered; nothing was marked.</source>
        <translation>Бұл файл департамент қол қойған түбіртек емес немесе ол өзгертілген; ештеңе белгіленбеді.</translation>
    </message>
    <message>
        <source>This receipt is for package {sequence}, which was not written here; nothing was marked.</source>
        <translation>Бұл түбіртек осында жазылмаған {sequence}-пакетке қатысты; ештеңе белгіленбеді.</translation>
    </message>
</context>
</TS>
