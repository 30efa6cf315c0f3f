<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>entry</name>
        <message>
            <source>Recorded: {mode}.</source>
            <translation>Жазылды: {mode}.</translation>
        </message>
        <message>
            <source>Already recorded; nothing changed.</source>
            <translation>Бұрын жазылған; ештеңе өзгерген жоқ.</translation>
        </message>
        <message>
            <source>Rows: {rows}; recorded: {recorded}; already recorded: {unchanged}.</source>
            <translation>Жолдар: {rows}; жазылды: {recorded}; бұрын жазылған: {unchanged}.</translation>
        </message>
        <message>
            <source>The outcome was taken back: the person is to be enumerated.</source>
            <translation>Нәтиже қайтарылды: адам қайтадан санаққа жатады.</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Сұхбат</translation>
        </message>
        <message>
            <source>Proxy (a staff member answers)</source>
            <translation>Қызметкердің сөзінен (қызметкер жауап береді)</translation>
        </message>
        <message>
            <source>Administration record</source>
            <translation>Әкімшілік жазбалар</translation>
        </message>
        <message>
            <source>By interview</source>
            <extracomment>Source labels in both languages for documents that do not depend on the window's language.</extracomment>
            <translation>Сұхбат арқылы</translation>
        </message>
        <message>
            <source>From administration records</source>
            <translation>Әкімшілік жазбалар бойынша</translation>
        </message>
        <message>
            <source>Online at sanaq.gov.kz</source>
            <translation>sanaq.gov.kz сайтында онлайн</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Бас тартты</translation>
        </message>
        <message>
            <source>Enter the confirmation code of the online census.</source>
            <translation>Онлайн санақтың растау кодын енгізіңіз.</translation>
        </message>
        <message>
            <source>The confirmation code “{code}” is not valid: it has 4 to 40 letters, digits or dashes.</source>
            <translation>«{code}» растау коды қате: ол 4–40 әріптен, цифрдан немесе сызықшадан тұрады.</translation>
        </message>
        <message>
            <source>Enter the IIN of the person.</source>
            <extracomment>Statuses set by a completed sheet; an outcome without a sheet may not overwrite them.</extracomment>
            <translation>Адамның ЖСН-ін енгізіңіз.</translation>
        </message>
        <message>
            <source>Nobody with the IIN {iin} is in the register.</source>
            <translation>Тізілімде ЖСН-і {iin} адам жоқ.</translation>
        </message>
        <message>
            <source>The IIN {iin} belongs to {n} persons in the register: correct the register first.</source>
            <translation>{iin} ЖСН-і тізілімдегі бірнеше адамда бар ({n}): алдымен тізілімді түзетіңіз.</translation>
        </message>
        <message>
            <source>Interview and records outcomes are recorded by completing the person's census sheet.</source>
            <translation>Сұхбат немесе жазбалар бойынша санақ адамның санақ парағын толтыру арқылы белгіленеді.</translation>
        </message>
        <message>
            <source>The census sheet of this person is complete; reopen it before recording another outcome.</source>
            <translation>Бұл адамның санақ парағы толтырылған; басқа нәтижені жазбас бұрын оны қайта ашыңыз.</translation>
        </message>
        <message>
            <source>Write the reason for the refusal.</source>
            <translation>Бас тарту себебін жазыңыз.</translation>
        </message>
        <message>
            <source>The person is no longer in the register.</source>
            <translation>Бұл адам тізілімде енді жоқ.</translation>
        </message>
        <message>
            <source>Only an online or refused outcome can be taken back here.</source>
            <translation>Мұнда тек «онлайн» немесе «бас тарту» нәтижесін қайтаруға болады.</translation>
        </message>
        <message>
            <source>The confirmation code {code} is already recorded for another person.</source>
            <translation>{code} растау коды басқа адамға жазылған.</translation>
        </message>
        <message>
            <source>The file {name} does not exist.</source>
            <translation>{name} файлы жоқ.</translation>
        </message>
        <message>
            <source>The file {name} cannot be read: save it as an Excel workbook (.xlsx) and try again.</source>
            <translation>{name} файлы оқылмайды: оны Excel кітабы (.xlsx) ретінде сақтап, қайталаңыз.</translation>
        </message>
        <message>
            <source>Choose an Excel workbook (.xlsx) or a CSV file; {name} is neither.</source>
            <translation>Excel кітабын (.xlsx) немесе CSV файлын таңдаңыз; {name} олардың ешқайсысы емес.</translation>
        </message>
        <message>
            <source>The file {name} has no rows with an IIN.</source>
            <translation>{name} файлында ЖСН бар жолдар жоқ.</translation>
        </message>
        <message>
            <source>The same person is already in row {row}.</source>
            <translation>Осы адам {row}-жолда бар.</translation>
        </message>
        <message>
            <source>The same code is already in row {row}.</source>
            <translation>Осы код {row}-жолда бар.</translation>
        </message>
        <message>
            <source>Row {row} of {name}: {problem} Nothing was recorded (rows with problems: {n}).</source>
            <translation>{name} файлының {row}-жолы: {problem} Ештеңе жазылған жоқ (қатесі бар жолдар: {n}).</translation>
        </message>
    </context>
</TS>
