<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AccessoryDialog</name>
    <message>
        <source>Register an accessory</source>
        <translation>Керек-жарақты тіркеу</translation>
    </message>
    <message>
        <source>(no tablet)</source>
        <translation>(планшетсіз)</translation>
    </message>
    <message>
        <source>Accessory:</source>
        <translation>Керек-жарақ:</translation>
    </message>
    <message>
        <source>Of the tablet:</source>
        <translation>Планшетке:</translation>
    </message>
    <message>
        <source>Inventory number:</source>
        <translation>Инвентарлық нөмірі:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Сериялық нөмірі:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Алынған күні:</translation>
    </message>
</context>
<context>
    <name>AddTabletDialog</name>
    <message>
        <source>Register a tablet</source>
        <translation>Планшетті тіркеу</translation>
    </message>
    <message>
        <source>With its accessories (case, glass, charger, USB cable, stylus, power bank and its cable)</source>
        <translation>Керек-жарақтарымен (қап, қорғаныш шыны, зарядтағыш, USB сым, стилус, сымы бар сыртқы аккумулятор)</translation>
    </message>
    <message>
        <source>Inventory number:</source>
        <translation>Инвентарлық нөмірі:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Сериялық нөмірі:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Алынған күні:</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Hand over to an employee</source>
        <translation>Қызметкерге тапсыру</translation>
    </message>
    <message>
        <source>Full name of the Department&apos;s employee</source>
        <translation>Департамент қызметкерінің аты-жөні</translation>
    </message>
    <message>
        <source>Responsible employee:</source>
        <translation>Жауапты қызметкер:</translation>
    </message>
    <message>
        <source>Handed over by (Department):</source>
        <translation>Тапсырады (департамент қызметкері):</translation>
    </message>
    <message>
        <source>Date of the act:</source>
        <translation>Акт күні:</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>A4 page</source>
        <translation>A4 парағы</translation>
    </message>
    <message>
        <source>A5 page (blank forms)</source>
        <translation>A5 парағы (бланкілер)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Enumerated</source>
        <translation>Санақ күні</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Search by name or IIN</source>
        <translation>Аты-жөні немесе ЖСН бойынша іздеу</translation>
    </message>
    <message>
        <source>Issue for the selected…</source>
        <translation>Таңдалғандарға беру…</translation>
    </message>
    <message>
        <source>Issue for everyone waiting…</source>
        <translation>Күтіп тұрғандардың бәріне беру…</translation>
    </message>
    <message>
        <source>A certificate is issued only to an enumerated person: a complete census sheet (interview or administration records) or a recorded online self-enumeration.</source>
        <translation>Анықтама тек санақтан өткен адамға беріледі: толтырылған санақ парағы (сұхбат немесе әкімшілік деректер) немесе белгіленген онлайн санақ.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Телнұсқалар</translation>
    </message>
    <message>
        <source>Reason voided</source>
        <translation>Күшін жою себебі</translation>
    </message>
    <message>
        <source>Search by number, name or IIN</source>
        <translation>Нөмір, аты-жөні немесе ЖСН бойынша іздеу</translation>
    </message>
    <message>
        <source>Reprint as duplicate…</source>
        <translation>Телнұсқасын басып шығару…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Күшін жою…</translation>
    </message>
    <message>
        <source>Type the certificate&apos;s number and the check code printed beside the QR code, for example 21-000001 7QK2M-X9D4T (capital or small letters, dashes and spaces do not matter), or scan the QR code into the field. A forged or altered certificate fails the check.</source>
        <translation>Анықтаманың нөмірін және QR-кодтың жанында басылған тексеру кодын енгізіңіз, мысалы 21-000001 7QK2M-X9D4T (бас немесе кіші әріптер, сызықша мен бос орынның маңызы жоқ), немесе QR-кодты осы өріске сканерлеңіз. Жалған немесе өзгертілген анықтама тексеруден өтпейді.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Printed lists with the institution&apos;s header, in Kazakh and Russian.</source>
        <translation>Мекеме деректемелері бар басып шығарылатын тізімдер, қазақ және орыс тілдерінде.</translation>
    </message>
    <message>
        <source>Stage-1 list of respondents (PDF)…</source>
        <translation>Бірінші кезеңнің респонденттер тізімі (PDF)…</translation>
    </message>
    <message>
        <source>Progress report of the census (PDF)…</source>
        <translation>Санақтың барысы туралы есеп (PDF)…</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Беру</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <source>Check a code</source>
        <translation>Кодты тексеру</translation>
    </message>
    <message>
        <source>Printed lists</source>
        <translation>Басып шығарылатын тізімдер</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Пішімі:</translation>
    </message>
    <message>
        <source>Enumerated persons</source>
        <translation>Санақтан өткендер</translation>
    </message>
    <message>
        <source>Registry of certificates</source>
        <translation>Анықтамалар тізілімі</translation>
    </message>
    <message>
        <source>Certificate&apos;s number and check code</source>
        <translation>Анықтаманың нөмірі және тексеру коды</translation>
    </message>
    <message>
        <source>Certificates and lists</source>
        <translation>Анықтамалар мен тізімдер</translation>
    </message>
    <message>
        <source>Fingerprint of this institution&apos;s signing key (printed on every certificate): {key}. The Department checks certificates with the public key sent with the data.</source>
        <translation>Мекеме қолтаңба кілтінің ізі (әр анықтамада басылады): {key}. Департамент анықтамаларды деректермен бірге жіберілетін ашық кілтпен тексереді.</translation>
    </message>
    <message>
        <source>The institution&apos;s signing key is made when the first certificate is issued.</source>
        <translation>Мекеменің қолтаңба кілті алғашқы анықтама берілгенде жасалады.</translation>
    </message>
    <message>
        <source>Valid certificates: {valid} (duplicates printed: {reprinted}) · voided: {voided} · enumerated and waiting: {waiting}</source>
        <translation>Жарамды анықтамалар: {valid} (басылған телнұсқалар: {reprinted}) · күші жойылған: {voided} · санақтан өтіп, анықтама күтуде: {waiting}</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>берілмеген</translation>
    </message>
    <message>
        <source>The person is not recorded as enumerated at the moment (the census sheet is reopened for a correction, or the outcome was taken back). Void the certificate if it was issued by mistake.</source>
        <translation>Қазір адам санақтан өткен деп белгіленбеген (санақ парағы түзету үшін ашылған немесе нәтиже жойылған). Анықтама қателікпен берілсе, оның күшін жойыңыз.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Анықтамалар</translation>
    </message>
    <message>
        <source>Select the persons in the list first.</source>
        <translation>Алдымен тізімнен адамдарды таңдаңыз.</translation>
    </message>
    <message>
        <source>The selected persons already hold a certificate. A lost one is reprinted from the registry.</source>
        <translation>Таңдалған адамдарда анықтама бар. Жоғалған анықтама тізілімнен қайта басылады.</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>Анықтамаларды сақтау</translation>
    </message>
    <message>
        <source>certificates-{date}.pdf</source>
        <translation>анықтамалар-{date}.pdf</translation>
    </message>
    <message>
        <source>Issuing certificates…</source>
        <translation>Анықтамалар берілуде…</translation>
    </message>
    <message numerus="yes">
        <source>Certificates issued: %n.</source>
        <translation>
            <numerusform>%n анықтама берілді.</numerusform>
            <numerusform>%n анықтама берілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already hold a certificate; reprint it if it is lost.</source>
        <translation>
            <numerusform>%n адамда анықтама бар; жоғалса, телнұсқасын басып шығарыңыз.</numerusform>
            <numerusform>%n адамда анықтама бар; жоғалса, телнұсқасын басып шығарыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new certificate was issued.</source>
        <translation>Жаңа анықтама берілмеді.</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>{file} файлына сақталды</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Select the certificates in the registry first.</source>
        <translation>Алдымен тізілімнен анықтамаларды таңдаңыз.</translation>
    </message>
    <message>
        <source>Save the duplicates</source>
        <translation>Телнұсқаларды сақтау</translation>
    </message>
    <message>
        <source>duplicates-{date}.pdf</source>
        <translation>телнұсқалар-{date}.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Duplicates printed: %n.</source>
        <translation>
            <numerusform>%n телнұсқа басылды.</numerusform>
            <numerusform>%n телнұсқа басылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing duplicates…</source>
        <translation>Телнұсқалар басылуда…</translation>
    </message>
    <message>
        <source>Select one certificate to void.</source>
        <translation>Күшін жою үшін бір анықтаманы таңдаңыз.</translation>
    </message>
    <message>
        <source>Void certificate {number}</source>
        <translation>{number} анықтамасының күшін жою</translation>
    </message>
    <message>
        <source>Why is it voided? The number is never given again.</source>
        <translation>Неліктен күші жойылады? Бұл нөмір енді ешқашан берілмейді.</translation>
    </message>
    <message>
        <source>{name}, born {born}; issued on {issued}.</source>
        <translation>{name}, туған күні {born}; берілген күні {issued}.</translation>
    </message>
    <message>
        <source>Genuine: certificate {number}.</source>
        <translation>{number} анықтамасы шынайы (түпнұсқалығы расталды).</translation>
    </message>
    <message>
        <source>Save the stage-1 list</source>
        <translation>Бірінші кезең тізімін сақтау</translation>
    </message>
    <message>
        <source>stage-1-list.pdf</source>
        <translation>бірінші-кезең-тізімі.pdf</translation>
    </message>
    <message>
        <source>Writing the stage-1 list…</source>
        <translation>Бірінші кезең тізімі жасалуда…</translation>
    </message>
    <message numerus="yes">
        <source>The stage-1 list: %n person(s).</source>
        <translation>
            <numerusform>Бірінші кезең тізімі: %n адам.</numerusform>
            <numerusform>Бірінші кезең тізімі: %n адам.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the progress report</source>
        <translation>Санақ барысы туралы есепті сақтау</translation>
    </message>
    <message>
        <source>progress-{date}.pdf</source>
        <translation>санақ-барысы-{date}.pdf</translation>
    </message>
    <message>
        <source>Writing the progress report…</source>
        <translation>Есеп жасалуда…</translation>
    </message>
    <message>
        <source>The progress report is ready.</source>
        <translation>Санақ барысы туралы есеп дайын.</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Item</source>
        <translation>Зат</translation>
    </message>
    <message>
        <source>Inventory number</source>
        <translation>Инвентарлық нөмірі</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Сериялық нөмірі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <source>Register a tablet…</source>
        <translation>Планшетті тіркеу…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Тапсыру…</translation>
    </message>
    <message>
        <source>Take back…</source>
        <translation>Кері қабылдау…</translation>
    </message>
    <message>
        <source>Register an accessory…</source>
        <translation>Керек-жарақты тіркеу…</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Заттар саны</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>Қайтарылмағаны</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қол қойылды</translation>
    </message>
    <message>
        <source>Print the act…</source>
        <translation>Актіні басып шығару…</translation>
    </message>
    <message>
        <source>Mark as signed</source>
        <translation>Қол қойылғанын белгілеу</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Актілер</translation>
    </message>
    <message>
        <source>Tablets and accessories</source>
        <translation>Планшеттер мен керек-жарақтар</translation>
    </message>
    <message>
        <source>Tablets and acts</source>
        <translation>Планшеттер мен актілер</translation>
    </message>
    <message numerus="yes">
        <source>Still to be returned to the Department: %n item(s)</source>
        <translation>
            <numerusform>Департаментке қайтарылуы тиіс: %n зат</numerusform>
            <numerusform>Департаментке қайтарылуы тиіс: %n зат</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is to be returned to the Department.</source>
        <translation>Департаментке қайтаратын ештеңе жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>not returned (missing): %n</source>
        <translation>
            <numerusform>қайтарылмады (жоқ): %n</numerusform>
            <numerusform>қайтарылмады (жоқ): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>acts not signed yet: %n</source>
        <translation>
            <numerusform>қол қойылмаған актілер: %n</numerusform>
            <numerusform>қол қойылмаған актілер: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Acceptance-transfer act № {n}</source>
        <translation>Қабылдау-тапсыру актісі № {n}</translation>
    </message>
    <message>
        <source>Return act № {n}</source>
        <translation>Қайтару актісі № {n}</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>қол қойылмаған</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Тіркелуде…</translation>
    </message>
    <message>
        <source>Select the tablets to hand over.</source>
        <translation>Тапсыратын планшеттерді таңдаңыз.</translation>
    </message>
    <message>
        <source>Add the responsible employees in Settings first.</source>
        <translation>Алдымен баптауларда жауапты қызметкерлерді қосыңыз.</translation>
    </message>
    <message>
        <source>Handing over…</source>
        <translation>Тапсырылуда…</translation>
    </message>
    <message>
        <source>Select the tablets to take back.</source>
        <translation>Қайтарылатын планшеттерді таңдаңыз.</translation>
    </message>
    <message>
        <source>Taking back…</source>
        <translation>Қабылдануда…</translation>
    </message>
    <message>
        <source>Select an act in the list first.</source>
        <translation>Алдымен тізімнен актіні таңдаңыз.</translation>
    </message>
    <message>
        <source>Take back the signature mark</source>
        <translation>Қол қою белгісін алып тастау</translation>
    </message>
    <message>
        <source>transfer-act-{number}.pdf</source>
        <translation>беру-актісі-{number}.pdf</translation>
    </message>
    <message>
        <source>return-act-{number}.pdf</source>
        <translation>қайтару-актісі-{number}.pdf</translation>
    </message>
    <message>
        <source>Save the act</source>
        <translation>Актіні сақтау</translation>
    </message>
    <message>
        <source>Writing the act…</source>
        <translation>Акт жасалуда…</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Take back from the employee</source>
        <translation>Қызметкерден қабылдау</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Жай-күйі:</translation>
    </message>
    <message>
        <source>Tick what is NOT given back:</source>
        <translation>ҚАЙТАРЫЛМАҒАНЫН белгілеңіз:</translation>
    </message>
    <message>
        <source>Received by (Department):</source>
        <translation>Қабылдайды (департамент қызметкері):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <source>Date of the act:</source>
        <translation>Акт күні:</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Certificates issued: {n}; written to {file}</source>
        <translation>Берілген анықтамалар: {n}; {file} файлына жазылды</translation>
    </message>
    <message>
        <source>No new certificate: nobody is waiting for one.</source>
        <translation>Жаңа анықтама жоқ: ешкім күтпейді.</translation>
    </message>
    <message>
        <source>Already hold a certificate (reprint it if it is lost): {n}</source>
        <translation>Анықтамасы бар (жоғалса, телнұсқасын басыңыз): {n}</translation>
    </message>
    <message>
        <source>Genuine: certificate {number}.</source>
        <translation>{number} анықтамасы шынайы (түпнұсқалығы расталды).</translation>
    </message>
    <message>
        <source>Checked with the public key alone: the signature is genuine, but whether the certificate was voided since only the institution&apos;s registry can say.</source>
        <translation>Тек ашық кілтпен тексерілді: қолтаңба түпнұсқа, бірақ анықтаманың кейін күші жойылған-жойылмағанын тек ұйымның тізілімі айта алады.</translation>
    </message>
    <message>
        <source>the person is not recorded as enumerated now</source>
        <translation>қазір адам санақтан өткен деп белгіленбеген</translation>
    </message>
    <message>
        <source>Duplicates printed: {n}; written to {file}</source>
        <translation>Басылған телнұсқалар: {n}; {file} файлына жазылды</translation>
    </message>
    <message>
        <source>The certificate {number} is voided.</source>
        <translation>{number} анықтамасының күші жойылды.</translation>
    </message>
    <message>
        <source>Items registered: {n}</source>
        <translation>Тіркелген заттар: {n}</translation>
    </message>
    <message>
        <source>Acceptance-transfer act {number} of {date}: {employee}, items: {n}</source>
        <translation>{date} күнгі № {number} қабылдау-тапсыру актісі: {employee}, заттар: {n}</translation>
    </message>
    <message>
        <source>Return act {number} of {date}: {employee}, items: {n}, missing: {missing}</source>
        <translation>{date} күнгі № {number} қайтару актісі: {employee}, заттар: {n}, қайтарылмады: {missing}</translation>
    </message>
    <message>
        <source>signed on {date}</source>
        <translation>{date} қол қойылды</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>әлі қол қойылмаған</translation>
    </message>
    <message>
        <source>Written to {file}</source>
        <translation>{file} файлына жазылды</translation>
    </message>
    <message>
        <source>The stage-1 list ({n} persons) is written to {file}</source>
        <translation>Бірінші кезең тізімі ({n} адам) {file} файлына жазылды</translation>
    </message>
    <message>
        <source>The progress report is written to {file}</source>
        <translation>Санақ барысы туралы есеп {file} файлына жазылды</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Reprinted (duplicate)</source>
        <translation>Телнұсқасы берілді</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Күші жойылды</translation>
    </message>
    <message>
        <source>This is not a certificate code: check that it was typed or scanned completely.</source>
        <translation>Бұл анықтама коды емес: толық енгізілгенін немесе сканерленгенін тексеріңіз.</translation>
    </message>
    <message>
        <source>No certificate with the number {number} was issued here: the code is not genuine or was mistyped.</source>
        <translation>{number} нөмірлі анықтама мұнда берілмеген: код жалған немесе қате енгізілген.</translation>
    </message>
    <message>
        <source>The signature does not match: this certificate is forged or altered (or the code was mistyped).</source>
        <translation>Қолтаңба сәйкес келмейді: анықтама жалған немесе өзгертілген (немесе код қате енгізілген).</translation>
    </message>
    <message>
        <source>The certificate {number} is genuine but was voided: {reason}</source>
        <translation>{number} анықтамасы түпнұсқа, бірақ күші жойылған: {reason}</translation>
    </message>
    <message>
        <source>This institution has not issued any certificate yet: there is no key to check against.</source>
        <translation>Мекеме әлі анықтама бермеген: тексеретін кілт жоқ.</translation>
    </message>
    <message>
        <source>The certificate was issued by another institution (BIN {bin}): check it with that institution&apos;s key.</source>
        <translation>Анықтаманы басқа мекеме берген (БСН {bin}): оны сол мекеменің кілтімен тексеріңіз.</translation>
    </message>
    <message>
        <source>the person was removed from the register</source>
        <extracomment>Reasons the program writes itself when it voids a certificate (translated when shown).</extracomment>
        <translation>адам тізілімнен алынып тасталды</translation>
    </message>
    <message>
        <source>the person is recorded as refused or not resident</source>
        <translation>адамға «бас тартты» немесе «санақ сәтінде тұрмаған» белгісі қойылған</translation>
    </message>
    <message>
        <source>The institution is not set up yet.</source>
        <extracomment>Whether the person is recorded as enumerated now (False while a sheet is reopened for a correction or an outcome was taken back; None when the person is no longer in the register). Persons asked for who already hold a valid certificate: (full name, its number).</extracomment>
        <translation>Мекеме әлі бапталмаған.</translation>
    </message>
    <message>
        <source>No key file is set up to protect the institution&apos;s signing key.</source>
        <translation>Ұйымның қолтаңба кілтін қорғайтын кілт файлы берілмеген.</translation>
    </message>
    <message>
        <source>The institution&apos;s signing key cannot be opened: its key file ({file}) is missing, damaged or belongs to another database. Put the key file back beside the database file; no certificate was issued.</source>
        <translation>Ұйымның қолтаңба кілтін ашу мүмкін емес: оның кілт файлы ({file}) жоқ, бүлінген немесе басқа дерекқорға тиесілі. Кілт файлын дерекқор файлының жанына қайтарыңыз; анықтама берілмеді.</translation>
    </message>
    <message>
        <source>There is no certificate number {number}.</source>
        <translation>{number} нөмірлі анықтама жоқ.</translation>
    </message>
    <message>
        <source>Nobody with the IIN {iin} is in the register.</source>
        <translation>Тізілімде ЖСН-і {iin} адам жоқ.</translation>
    </message>
    <message>
        <source>Choose the persons who get a certificate.</source>
        <translation>Анықтама берілетін адамдарды таңдаңыз.</translation>
    </message>
    <message>
        <source>The person is no longer in the register.</source>
        <translation>Бұл адам енді тізілімде жоқ.</translation>
    </message>
    <message>
        <source>{name} has not been enumerated yet (no complete census sheet or online code), so no certificate can be issued; {n} of the chosen persons are not enumerated.</source>
        <translation>{name} әлі санақтан өтпеген (толтырылған санақ парағы немесе онлайн санақ коды жоқ), сондықтан анықтама беруге болмайды; таңдалғандардың {n} адамы санақтан өтпеген.</translation>
    </message>
    <message>
        <source>{name} was not in the institution at the census moment (00:00, {moment}) by the register&apos;s dates, so no certificate can be issued here.</source>
        <translation>Тізілім күндері бойынша {name} санақтың сындарлы сәтінде (00:00, {moment}) мекемеде болмаған, сондықтан мұнда анықтама беруге болмайды.</translation>
    </message>
    <message>
        <source>Choose the page size A4 or A5.</source>
        <translation>A4 немесе A5 парақ пішімін таңдаңыз.</translation>
    </message>
    <message>
        <source>A certificate was issued to one of these persons at the same moment on another computer; nothing was issued now. Open the list again and issue to those who still have none.</source>
        <translation>Дәл осы сәтте басқа компьютерде осы адамдардың біріне анықтама берілді; қазір ештеңе берілмеді. Тізімді қайта ашып, анықтамасы әлі жоқтарға беріңіз.</translation>
    </message>
    <message>
        <source>Choose the certificates to reprint.</source>
        <translation>Телнұсқасы басылатын анықтамаларды таңдаңыз.</translation>
    </message>
    <message>
        <source>The certificate {number} was voided and cannot be reprinted; issue a new one.</source>
        <translation>{number} анықтамасының күші жойылған, телнұсқасын басуға болмайды; жаңасын беріңіз.</translation>
    </message>
    <message>
        <source>Write why the certificate is voided.</source>
        <translation>Анықтаманың күші неліктен жойылатынын жазыңыз.</translation>
    </message>
    <message>
        <source>The certificate {number} is already voided.</source>
        <translation>{number} анықтамасының күші бұрын жойылған.</translation>
    </message>
    <message>
        <source>The file “{file}” cannot be written: is it open in another program?</source>
        <translation>«{file}» файлын жазу мүмкін емес: ол басқа бағдарламада ашық емес пе?</translation>
    </message>
    <message>
        <source>The folder of “{file}” does not exist.</source>
        <translation>«{file}» файлының қалтасы жоқ.</translation>
    </message>
    <message>
        <source>Tablet</source>
        <extracomment>The accessories that come with every tablet (the act of the census names them).</extracomment>
        <translation>Планшет</translation>
    </message>
    <message>
        <source>Protective shock-proof case</source>
        <translation>Қорғаныш соққыға төзімді қап</translation>
    </message>
    <message>
        <source>Protective glass</source>
        <translation>Қорғаныш шыны</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Зарядтағыш құрылғы</translation>
    </message>
    <message>
        <source>USB cable</source>
        <translation>USB сым</translation>
    </message>
    <message>
        <source>Stylus</source>
        <translation>Стилус</translation>
    </message>
    <message>
        <source>Power bank</source>
        <translation>Сыртқы аккумулятор (Powerbank)</translation>
    </message>
    <message>
        <source>Power bank USB cable</source>
        <translation>Сыртқы аккумулятордың USB сымы</translation>
    </message>
    <message>
        <source>Not handed out</source>
        <extracomment>How the acts print the kinds (Russian, Kazakh): documents are bilingual whatever the window&apos;s language.</extracomment>
        <translation>Берілмеген</translation>
    </message>
    <message>
        <source>With the employee (to be returned)</source>
        <translation>Қызметкерде (қайтарылуы тиіс)</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <source>Not returned (missing)</source>
        <translation>Қайтарылмады (жоқ)</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Жарамды</translation>
    </message>
    <message>
        <source>Worn, works</source>
        <translation>Тозған, жұмыс істейді</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Зақымдалған</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>Ақаулы</translation>
    </message>
    <message>
        <source>Unknown kind of equipment “{kind}”.</source>
        <translation>«{kind}» — белгісіз жабдық түрі.</translation>
    </message>
    <message>
        <source>Unknown condition “{condition}”.</source>
        <translation>«{condition}» — белгісіз жай-күй.</translation>
    </message>
    <message>
        <source>There is no such responsible employee: {employee}.</source>
        <translation>Мұндай жауапты қызметкер жоқ: {employee}.</translation>
    </message>
    <message>
        <source>There is no item with the inventory number {number}.</source>
        <translation>{number} инвентарлық нөмірлі зат жоқ.</translation>
    </message>
    <message>
        <source>The item is no longer in the register of equipment.</source>
        <translation>Бұл зат енді жабдық тізілімінде жоқ.</translation>
    </message>
    <message>
        <source>Enter the inventory number of the tablet.</source>
        <translation>Планшеттің инвентарлық нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>Accessories belong to a tablet: {number} is not a tablet.</source>
        <translation>Керек-жарақтар планшетке тиесілі: {number} — планшет емес.</translation>
    </message>
    <message>
        <source>The inventory number {number} is already registered.</source>
        <translation>{number} инвентарлық нөмірі бұрын тіркелген.</translation>
    </message>
    <message>
        <source>Choose the equipment to hand over.</source>
        <translation>Тапсырылатын жабдықты таңдаңыз.</translation>
    </message>
    <message>
        <source>{item} is already with an employee: it must be returned before it is handed over again.</source>
        <translation>{item} қызметкерде тұр: қайта тапсырмас бұрын оны қайтару керек.</translation>
    </message>
    <message>
        <source>Choose the equipment to take back.</source>
        <translation>Қайтарылатын жабдықты таңдаңыз.</translation>
    </message>
    <message>
        <source>{item} is not with an employee, so it cannot be returned.</source>
        <translation>{item} қызметкерде емес, сондықтан оны қайтаруға болмайды.</translation>
    </message>
    <message>
        <source>One return act is for one employee: choose the equipment of one employee.</source>
        <translation>Бір қайтару актісі бір қызметкерге жасалады: бір қызметкердің жабдығын таңдаңыз.</translation>
    </message>
    <message>
        <source>There is no acceptance-transfer act number {number}.</source>
        <translation>№ {number} қабылдау-тапсыру актісі жоқ.</translation>
    </message>
    <message>
        <source>There is no return act number {number}.</source>
        <translation>№ {number} қайтару актісі жоқ.</translation>
    </message>
    <message>
        <source>No equipment has been handed to an employee yet: there is no act.</source>
        <translation>Жабдық қызметкерлерге әлі тапсырылмаған: акт жоқ.</translation>
    </message>
    <message>
        <source>No equipment has been returned yet: there is no return act.</source>
        <translation>Жабдық әлі қайтарылмаған: қайтару актісі жоқ.</translation>
    </message>
    <message>
        <source>The stage-1 list is a PDF: give the file a .pdf name, not “{file}”.</source>
        <extracomment>How the report prints the statuses (Russian, Kazakh). The figure of :mod:`desktop.services.progress` for each status.</extracomment>
        <translation>Бірінші кезең тізімі — PDF: файлға «{file}» емес, .pdf кеңейтімді атау беріңіз.</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>Larger batches are printed from the system&apos;s PDF viewer (pictures of every page would need too much memory).</extracomment>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>Алдын ала қарау дайындалуда…</translation>
    </message>
</context>
</TS>
