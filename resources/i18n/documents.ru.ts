<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccessoryDialog</name>
    <message>
        <source>Register an accessory</source>
        <translation>Регистрация предмета комплекта</translation>
    </message>
    <message>
        <source>(no tablet)</source>
        <translation>(без планшета)</translation>
    </message>
    <message>
        <source>Accessory:</source>
        <translation>Предмет комплекта:</translation>
    </message>
    <message>
        <source>Of the tablet:</source>
        <translation>К планшету:</translation>
    </message>
    <message>
        <source>Inventory number:</source>
        <translation>Инвентарный номер:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Серийный номер:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Дата получения:</translation>
    </message>
</context>
<context>
    <name>AddTabletDialog</name>
    <message>
        <source>Register a tablet</source>
        <translation>Регистрация планшета</translation>
    </message>
    <message>
        <source>With its accessories (case, glass, charger, USB cable, stylus, power bank and its cable)</source>
        <translation>С комплектом (чехол, защитное стекло, зарядное устройство, USB-шнур, стилус, внешний аккумулятор со шнуром)</translation>
    </message>
    <message>
        <source>Inventory number:</source>
        <translation>Инвентарный номер:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Серийный номер:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Дата получения:</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Hand over to an employee</source>
        <translation>Передача сотруднику</translation>
    </message>
    <message>
        <source>Full name of the Department&apos;s employee</source>
        <translation>ФИО сотрудника Департамента</translation>
    </message>
    <message>
        <source>Responsible employee:</source>
        <translation>Ответственный сотрудник:</translation>
    </message>
    <message>
        <source>Handed over by (Department):</source>
        <translation>Передаёт (сотрудник Департамента):</translation>
    </message>
    <message>
        <source>Date of the act:</source>
        <translation>Дата акта:</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>A4 page</source>
        <translation>Лист A4</translation>
    </message>
    <message>
        <source>A5 page (blank forms)</source>
        <translation>Лист A5 (бланки)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Enumerated</source>
        <translation>Дата переписи</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Search by name or IIN</source>
        <translation>Поиск по ФИО или ИИН</translation>
    </message>
    <message>
        <source>Issue for the selected…</source>
        <translation>Выдать выбранным…</translation>
    </message>
    <message>
        <source>Issue for everyone waiting…</source>
        <translation>Выдать всем ожидающим…</translation>
    </message>
    <message>
        <source>A certificate is issued only to an enumerated person: a complete census sheet (interview or administration records) or a recorded online self-enumeration.</source>
        <translation>Справка выдаётся только переписанному: заполненный переписной лист (опрос или административные данные) или отмеченное прохождение переписи онлайн.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Reason voided</source>
        <translation>Причина аннулирования</translation>
    </message>
    <message>
        <source>Search by number, name or IIN</source>
        <translation>Поиск по номеру, ФИО или ИИН</translation>
    </message>
    <message>
        <source>Reprint as duplicate…</source>
        <translation>Напечатать дубликат…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Аннулировать…</translation>
    </message>
    <message>
        <source>Type the certificate&apos;s number and the check code printed beside the QR code, for example 21-000001 7QK2M-X9D4T (capital or small letters, dashes and spaces do not matter), or scan the QR code into the field. A forged or altered certificate fails the check.</source>
        <translation>Введите номер справки и код проверки, напечатанный рядом с QR-кодом, например 21-000001 7QK2M-X9D4T (заглавные или строчные буквы, дефисы и пробелы не важны), или отсканируйте QR-код в это поле. Поддельная или изменённая справка проверку не пройдёт.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Printed lists with the institution&apos;s header, in Kazakh and Russian.</source>
        <translation>Печатные списки с реквизитами учреждения, на казахском и русском языках.</translation>
    </message>
    <message>
        <source>Stage-1 list of respondents (PDF)…</source>
        <translation>Список респондентов первого этапа (PDF)…</translation>
    </message>
    <message>
        <source>Progress report of the census (PDF)…</source>
        <translation>Отчёт о ходе переписи (PDF)…</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Выдача</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Check a code</source>
        <translation>Проверка кода</translation>
    </message>
    <message>
        <source>Printed lists</source>
        <translation>Печатные списки</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Enumerated persons</source>
        <translation>Переписанные</translation>
    </message>
    <message>
        <source>Registry of certificates</source>
        <translation>Реестр справок</translation>
    </message>
    <message>
        <source>Certificate&apos;s number and check code</source>
        <translation>Номер справки и код проверки</translation>
    </message>
    <message>
        <source>Certificates and lists</source>
        <translation>Справки и списки</translation>
    </message>
    <message>
        <source>Fingerprint of this institution&apos;s signing key (printed on every certificate): {key}. The Department checks certificates with the public key sent with the data.</source>
        <translation>Отпечаток ключа подписи учреждения (печатается на каждой справке): {key}. Департамент проверяет справки открытым ключом, который передаётся вместе с данными.</translation>
    </message>
    <message>
        <source>The institution&apos;s signing key is made when the first certificate is issued.</source>
        <translation>Ключ подписи учреждения создаётся при выдаче первой справки.</translation>
    </message>
    <message>
        <source>Valid certificates: {valid} (duplicates printed: {reprinted}) · voided: {voided} · enumerated and waiting: {waiting}</source>
        <translation>Действующих справок: {valid} (напечатано дубликатов: {reprinted}) · аннулировано: {voided} · переписаны и ждут справку: {waiting}</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>не выдана</translation>
    </message>
    <message>
        <source>The person is not recorded as enumerated at the moment (the census sheet is reopened for a correction, or the outcome was taken back). Void the certificate if it was issued by mistake.</source>
        <translation>Сейчас человек не отмечен как переписанный (переписной лист открыт для исправления или результат отменён). Если справка выдана по ошибке, аннулируйте её.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Справки</translation>
    </message>
    <message>
        <source>Select the persons in the list first.</source>
        <translation>Сначала выберите людей в списке.</translation>
    </message>
    <message>
        <source>The selected persons already hold a certificate. A lost one is reprinted from the registry.</source>
        <translation>У выбранных людей справка уже есть. Утерянную справку печатают повторно из реестра.</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>Сохранить справки</translation>
    </message>
    <message>
        <source>certificates-{date}.pdf</source>
        <translation>справки-{date}.pdf</translation>
    </message>
    <message>
        <source>Issuing certificates…</source>
        <translation>Выдача справок…</translation>
    </message>
    <message numerus="yes">
        <source>Certificates issued: %n.</source>
        <translation>
            <numerusform>Выдана %n справка.</numerusform>
            <numerusform>Выдано %n справки.</numerusform>
            <numerusform>Выдано %n справок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already hold a certificate; reprint it if it is lost.</source>
        <translation>
            <numerusform>У %n человека уже есть справка; если она утеряна, напечатайте дубликат.</numerusform>
            <numerusform>У %n человек уже есть справка; если она утеряна, напечатайте дубликат.</numerusform>
            <numerusform>У %n человек уже есть справка; если она утеряна, напечатайте дубликат.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new certificate was issued.</source>
        <translation>Новых справок не выдано.</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>Сохранено в {file}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Select the certificates in the registry first.</source>
        <translation>Сначала выберите справки в реестре.</translation>
    </message>
    <message>
        <source>Save the duplicates</source>
        <translation>Сохранить дубликаты</translation>
    </message>
    <message>
        <source>duplicates-{date}.pdf</source>
        <translation>дубликаты-{date}.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Duplicates printed: %n.</source>
        <translation>
            <numerusform>Напечатан %n дубликат.</numerusform>
            <numerusform>Напечатано %n дубликата.</numerusform>
            <numerusform>Напечатано %n дубликатов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing duplicates…</source>
        <translation>Печать дубликатов…</translation>
    </message>
    <message>
        <source>Select one certificate to void.</source>
        <translation>Выберите одну справку для аннулирования.</translation>
    </message>
    <message>
        <source>Void certificate {number}</source>
        <translation>Аннулировать справку {number}</translation>
    </message>
    <message>
        <source>Why is it voided? The number is never given again.</source>
        <translation>Почему она аннулируется? Этот номер больше никогда не выдаётся.</translation>
    </message>
    <message>
        <source>{name}, born {born}; issued on {issued}.</source>
        <translation>{name}, дата рождения {born}; выдана {issued}.</translation>
    </message>
    <message>
        <source>Genuine: certificate {number}.</source>
        <translation>Подлинная: справка {number}.</translation>
    </message>
    <message>
        <source>Save the stage-1 list</source>
        <translation>Сохранить список первого этапа</translation>
    </message>
    <message>
        <source>stage-1-list.pdf</source>
        <translation>список-первого-этапа.pdf</translation>
    </message>
    <message>
        <source>Writing the stage-1 list…</source>
        <translation>Формирование списка первого этапа…</translation>
    </message>
    <message numerus="yes">
        <source>The stage-1 list: %n person(s).</source>
        <translation>
            <numerusform>Список первого этапа: %n человек.</numerusform>
            <numerusform>Список первого этапа: %n человека.</numerusform>
            <numerusform>Список первого этапа: %n человек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the progress report</source>
        <translation>Сохранить отчёт о ходе переписи</translation>
    </message>
    <message>
        <source>progress-{date}.pdf</source>
        <translation>ход-переписи-{date}.pdf</translation>
    </message>
    <message>
        <source>Writing the progress report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <source>The progress report is ready.</source>
        <translation>Отчёт о ходе переписи готов.</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Inventory number</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Register a tablet…</source>
        <translation>Зарегистрировать планшет…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <source>Take back…</source>
        <translation>Принять обратно…</translation>
    </message>
    <message>
        <source>Register an accessory…</source>
        <translation>Зарегистрировать предмет комплекта…</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Кол-во предметов</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>Не возвращено</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Print the act…</source>
        <translation>Печать акта…</translation>
    </message>
    <message>
        <source>Mark as signed</source>
        <translation>Отметить подписание</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Акты</translation>
    </message>
    <message>
        <source>Tablets and accessories</source>
        <translation>Планшеты и комплектующие</translation>
    </message>
    <message>
        <source>Tablets and acts</source>
        <translation>Планшеты и акты</translation>
    </message>
    <message numerus="yes">
        <source>Still to be returned to the Department: %n item(s)</source>
        <translation>
            <numerusform>Подлежит возврату в Департамент: %n предмет</numerusform>
            <numerusform>Подлежит возврату в Департамент: %n предмета</numerusform>
            <numerusform>Подлежит возврату в Департамент: %n предметов</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is to be returned to the Department.</source>
        <translation>Возвращать в Департамент нечего.</translation>
    </message>
    <message numerus="yes">
        <source>not returned (missing): %n</source>
        <translation>
            <numerusform>не возвращено (отсутствует): %n</numerusform>
            <numerusform>не возвращено (отсутствует): %n</numerusform>
            <numerusform>не возвращено (отсутствует): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>acts not signed yet: %n</source>
        <translation>
            <numerusform>актов без подписи: %n</numerusform>
            <numerusform>актов без подписи: %n</numerusform>
            <numerusform>актов без подписи: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Acceptance-transfer act № {n}</source>
        <translation>Акт приёма-передачи № {n}</translation>
    </message>
    <message>
        <source>Return act № {n}</source>
        <translation>Акт возврата № {n}</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>не подписан</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Регистрация…</translation>
    </message>
    <message>
        <source>Select the tablets to hand over.</source>
        <translation>Выберите планшеты для передачи.</translation>
    </message>
    <message>
        <source>Add the responsible employees in Settings first.</source>
        <translation>Сначала добавьте ответственных сотрудников в настройках.</translation>
    </message>
    <message>
        <source>Handing over…</source>
        <translation>Передача…</translation>
    </message>
    <message>
        <source>Select the tablets to take back.</source>
        <translation>Выберите планшеты, которые возвращаются.</translation>
    </message>
    <message>
        <source>Taking back…</source>
        <translation>Приём…</translation>
    </message>
    <message>
        <source>Select an act in the list first.</source>
        <translation>Сначала выберите акт в списке.</translation>
    </message>
    <message>
        <source>Take back the signature mark</source>
        <translation>Снять отметку о подписании</translation>
    </message>
    <message>
        <source>transfer-act-{number}.pdf</source>
        <translation>акт-передачи-{number}.pdf</translation>
    </message>
    <message>
        <source>return-act-{number}.pdf</source>
        <translation>акт-возврата-{number}.pdf</translation>
    </message>
    <message>
        <source>Save the act</source>
        <translation>Сохранить акт</translation>
    </message>
    <message>
        <source>Writing the act…</source>
        <translation>Формирование акта…</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Take back from the employee</source>
        <translation>Приём от сотрудника</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Tick what is NOT given back:</source>
        <translation>Отметьте то, что НЕ возвращено:</translation>
    </message>
    <message>
        <source>Received by (Department):</source>
        <translation>Принимает (сотрудник Департамента):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Date of the act:</source>
        <translation>Дата акта:</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Certificates issued: {n}; written to {file}</source>
        <translation>Выдано справок: {n}; записано в {file}</translation>
    </message>
    <message>
        <source>No new certificate: nobody is waiting for one.</source>
        <translation>Новых справок нет: никто не ждёт справку.</translation>
    </message>
    <message>
        <source>Already hold a certificate (reprint it if it is lost): {n}</source>
        <translation>Уже имеют справку (при утере напечатайте дубликат): {n}</translation>
    </message>
    <message>
        <source>Genuine: certificate {number}.</source>
        <translation>Подлинная: справка {number}.</translation>
    </message>
    <message>
        <source>Checked with the public key alone: the signature is genuine, but whether the certificate was voided since only the institution&apos;s registry can say.</source>
        <translation>Проверено только открытым ключом: подпись подлинная, но не была ли справка аннулирована после выдачи, может сказать только реестр организации.</translation>
    </message>
    <message>
        <source>the person is not recorded as enumerated now</source>
        <translation>сейчас человек не отмечен как переписанный</translation>
    </message>
    <message>
        <source>Duplicates printed: {n}; written to {file}</source>
        <translation>Напечатано дубликатов: {n}; записано в {file}</translation>
    </message>
    <message>
        <source>The certificate {number} is voided.</source>
        <translation>Справка {number} аннулирована.</translation>
    </message>
    <message>
        <source>Items registered: {n}</source>
        <translation>Зарегистрировано предметов: {n}</translation>
    </message>
    <message>
        <source>Acceptance-transfer act {number} of {date}: {employee}, items: {n}</source>
        <translation>Акт приёма-передачи {number} от {date}: {employee}, предметов: {n}</translation>
    </message>
    <message>
        <source>Return act {number} of {date}: {employee}, items: {n}, missing: {missing}</source>
        <translation>Акт возврата {number} от {date}: {employee}, предметов: {n}, не возвращено: {missing}</translation>
    </message>
    <message>
        <source>signed on {date}</source>
        <translation>подписан {date}</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>ещё не подписан</translation>
    </message>
    <message>
        <source>Written to {file}</source>
        <translation>Записано в {file}</translation>
    </message>
    <message>
        <source>The stage-1 list ({n} persons) is written to {file}</source>
        <translation>Список первого этапа ({n} чел.) записан в {file}</translation>
    </message>
    <message>
        <source>The progress report is written to {file}</source>
        <translation>Отчёт о ходе переписи записан в {file}</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдана</translation>
    </message>
    <message>
        <source>Reprinted (duplicate)</source>
        <translation>Выдан дубликат</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Аннулирована</translation>
    </message>
    <message>
        <source>This is not a certificate code: check that it was typed or scanned completely.</source>
        <translation>Это не код справки: проверьте, что он введён или отсканирован полностью.</translation>
    </message>
    <message>
        <source>No certificate with the number {number} was issued here: the code is not genuine or was mistyped.</source>
        <translation>Справка с номером {number} здесь не выдавалась: код поддельный или введён с ошибкой.</translation>
    </message>
    <message>
        <source>The signature does not match: this certificate is forged or altered (or the code was mistyped).</source>
        <translation>Подпись не совпадает: справка поддельная или изменена (или код введён с ошибкой).</translation>
    </message>
    <message>
        <source>The certificate {number} is genuine but was voided: {reason}</source>
        <translation>Справка {number} подлинная, но аннулирована: {reason}</translation>
    </message>
    <message>
        <source>This institution has not issued any certificate yet: there is no key to check against.</source>
        <translation>Учреждение ещё не выдавало справок: нет ключа для проверки.</translation>
    </message>
    <message>
        <source>The certificate was issued by another institution (BIN {bin}): check it with that institution&apos;s key.</source>
        <translation>Справка выдана другим учреждением (БИН {bin}): проверяйте её ключом того учреждения.</translation>
    </message>
    <message>
        <source>the person was removed from the register</source>
        <extracomment>Reasons the program writes itself when it voids a certificate (translated when shown).</extracomment>
        <translation>человек удалён из реестра</translation>
    </message>
    <message>
        <source>the person is recorded as refused or not resident</source>
        <translation>у человека отмечен отказ или непроживание</translation>
    </message>
    <message>
        <source>The institution is not set up yet.</source>
        <extracomment>Whether the person is recorded as enumerated now (False while a sheet is reopened for a correction or an outcome was taken back; None when the person is no longer in the register). Persons asked for who already hold a valid certificate: (full name, its number).</extracomment>
        <translation>Учреждение ещё не настроено.</translation>
    </message>
    <message>
        <source>No key file is set up to protect the institution&apos;s signing key.</source>
        <translation>Не задан файл ключа, защищающий ключ подписи организации.</translation>
    </message>
    <message>
        <source>The institution&apos;s signing key cannot be opened: its key file ({file}) is missing, damaged or belongs to another database. Put the key file back beside the database file; no certificate was issued.</source>
        <translation>Ключ подписи организации не удаётся открыть: его файл ключа ({file}) отсутствует, повреждён или относится к другой базе данных. Верните файл ключа рядом с файлом базы данных; справки не выданы.</translation>
    </message>
    <message>
        <source>There is no certificate number {number}.</source>
        <translation>Справки с номером {number} нет.</translation>
    </message>
    <message>
        <source>Nobody with the IIN {iin} is in the register.</source>
        <translation>В реестре нет человека с ИИН {iin}.</translation>
    </message>
    <message>
        <source>Choose the persons who get a certificate.</source>
        <translation>Выберите людей, которым выдаётся справка.</translation>
    </message>
    <message>
        <source>The person is no longer in the register.</source>
        <translation>Этого человека уже нет в реестре.</translation>
    </message>
    <message>
        <source>{name} has not been enumerated yet (no complete census sheet or online code), so no certificate can be issued; {n} of the chosen persons are not enumerated.</source>
        <translation>{name} ещё не переписан(а) (нет заполненного переписного листа или кода онлайн-переписи), поэтому справку выдать нельзя; не переписаны {n} из выбранных.</translation>
    </message>
    <message>
        <source>{name} was not in the institution at the census moment (00:00, {moment}) by the register&apos;s dates, so no certificate can be issued here.</source>
        <translation>По датам реестра {name} не находился(ась) в учреждении на критический момент переписи (00:00, {moment}), поэтому справку здесь выдать нельзя.</translation>
    </message>
    <message>
        <source>Choose the page size A4 or A5.</source>
        <translation>Выберите формат листа A4 или A5.</translation>
    </message>
    <message>
        <source>A certificate was issued to one of these persons at the same moment on another computer; nothing was issued now. Open the list again and issue to those who still have none.</source>
        <translation>В этот же момент на другом компьютере одному из этих лиц выдали справку; сейчас ничего не выдано. Откройте список заново и выдайте справки тем, у кого их ещё нет.</translation>
    </message>
    <message>
        <source>Choose the certificates to reprint.</source>
        <translation>Выберите справки для печати дубликатов.</translation>
    </message>
    <message>
        <source>The certificate {number} was voided and cannot be reprinted; issue a new one.</source>
        <translation>Справка {number} аннулирована, дубликат напечатать нельзя; выдайте новую.</translation>
    </message>
    <message>
        <source>Write why the certificate is voided.</source>
        <translation>Укажите, почему справка аннулируется.</translation>
    </message>
    <message>
        <source>The certificate {number} is already voided.</source>
        <translation>Справка {number} уже аннулирована.</translation>
    </message>
    <message>
        <source>The file “{file}” cannot be written: is it open in another program?</source>
        <translation>Не удаётся записать файл «{file}»: может быть, он открыт в другой программе?</translation>
    </message>
    <message>
        <source>The folder of “{file}” does not exist.</source>
        <translation>Папки для файла «{file}» не существует.</translation>
    </message>
    <message>
        <source>Tablet</source>
        <extracomment>The accessories that come with every tablet (the act of the census names them).</extracomment>
        <translation>Планшет</translation>
    </message>
    <message>
        <source>Protective shock-proof case</source>
        <translation>Защитный ударопрочный чехол</translation>
    </message>
    <message>
        <source>Protective glass</source>
        <translation>Защитное стекло</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Зарядное устройство</translation>
    </message>
    <message>
        <source>USB cable</source>
        <translation>USB-шнур</translation>
    </message>
    <message>
        <source>Stylus</source>
        <translation>Стилус</translation>
    </message>
    <message>
        <source>Power bank</source>
        <translation>Внешний аккумулятор (Powerbank)</translation>
    </message>
    <message>
        <source>Power bank USB cable</source>
        <translation>USB-шнур внешнего аккумулятора</translation>
    </message>
    <message>
        <source>Not handed out</source>
        <extracomment>How the acts print the kinds (Russian, Kazakh): documents are bilingual whatever the window&apos;s language.</extracomment>
        <translation>Не выдано</translation>
    </message>
    <message>
        <source>With the employee (to be returned)</source>
        <translation>У сотрудника (подлежит возврату)</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Not returned (missing)</source>
        <translation>Не возвращено (отсутствует)</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Исправно</translation>
    </message>
    <message>
        <source>Worn, works</source>
        <translation>Есть износ, работает</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Есть повреждения</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>Не работает</translation>
    </message>
    <message>
        <source>Unknown kind of equipment “{kind}”.</source>
        <translation>Неизвестный вид оборудования «{kind}».</translation>
    </message>
    <message>
        <source>Unknown condition “{condition}”.</source>
        <translation>Неизвестное состояние «{condition}».</translation>
    </message>
    <message>
        <source>There is no such responsible employee: {employee}.</source>
        <translation>Нет такого ответственного сотрудника: {employee}.</translation>
    </message>
    <message>
        <source>There is no item with the inventory number {number}.</source>
        <translation>Нет предмета с инвентарным номером {number}.</translation>
    </message>
    <message>
        <source>The item is no longer in the register of equipment.</source>
        <translation>Этого предмета уже нет в реестре оборудования.</translation>
    </message>
    <message>
        <source>Enter the inventory number of the tablet.</source>
        <translation>Введите инвентарный номер планшета.</translation>
    </message>
    <message>
        <source>Accessories belong to a tablet: {number} is not a tablet.</source>
        <translation>Комплектующие относятся к планшету: {number} — не планшет.</translation>
    </message>
    <message>
        <source>The inventory number {number} is already registered.</source>
        <translation>Инвентарный номер {number} уже зарегистрирован.</translation>
    </message>
    <message>
        <source>Choose the equipment to hand over.</source>
        <translation>Выберите оборудование для передачи.</translation>
    </message>
    <message>
        <source>{item} is already with an employee: it must be returned before it is handed over again.</source>
        <translation>{item} уже у сотрудника: прежде чем передать снова, его нужно вернуть.</translation>
    </message>
    <message>
        <source>Choose the equipment to take back.</source>
        <translation>Выберите возвращаемое оборудование.</translation>
    </message>
    <message>
        <source>{item} is not with an employee, so it cannot be returned.</source>
        <translation>{item} не находится у сотрудника, поэтому вернуть его нельзя.</translation>
    </message>
    <message>
        <source>One return act is for one employee: choose the equipment of one employee.</source>
        <translation>Один акт возврата — на одного сотрудника: выберите оборудование одного сотрудника.</translation>
    </message>
    <message>
        <source>There is no acceptance-transfer act number {number}.</source>
        <translation>Акта приёма-передачи № {number} нет.</translation>
    </message>
    <message>
        <source>There is no return act number {number}.</source>
        <translation>Акта возврата № {number} нет.</translation>
    </message>
    <message>
        <source>No equipment has been handed to an employee yet: there is no act.</source>
        <translation>Оборудование ещё не передавалось сотрудникам: актов нет.</translation>
    </message>
    <message>
        <source>No equipment has been returned yet: there is no return act.</source>
        <translation>Оборудование ещё не возвращалось: актов возврата нет.</translation>
    </message>
    <message>
        <source>The stage-1 list is a PDF: give the file a .pdf name, not “{file}”.</source>
        <extracomment>How the report prints the statuses (Russian, Kazakh). The figure of :mod:`desktop.services.progress` for each status.</extracomment>
        <translation>Список первого этапа — это PDF: дайте файлу имя с расширением .pdf, а не «{file}».</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>Larger batches are printed from the system&apos;s PDF viewer (pictures of every page would need too much memory).</extracomment>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>Подготовка предварительного просмотра…</translation>
    </message>
</context>
</TS>
