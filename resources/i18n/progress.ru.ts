<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CloseoutDialog</name>
    <message>
        <source>Close out the census work</source>
        <translation>Завершение переписи в учреждении</translation>
    </message>
    <message>
        <source>Every person on the list has an outcome. Check the figures of the statement. Closing out marks the institution closed, sends everything to the Department and gives the statement for the head to sign. After it, a change needs a confirmation with its reason.</source>
        <translation>У каждого лица из списка есть итог переписи. Проверьте цифры справки. Завершение отмечает учреждение как закрытое, отправляет всё в Департамент и готовит справку на подпись руководителю. После него любое изменение нужно подтвердить с указанием причины.</translation>
    </message>
    <message>
        <source>Close out</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Expected from the list:</source>
        <translation>Подлежало переписи по списку:</translation>
    </message>
    <message>
        <source>Enumerated by interview:</source>
        <translation>Переписаны путём опроса:</translation>
    </message>
    <message>
        <source>Enumerated from records:</source>
        <translation>Переписаны по административным данным:</translation>
    </message>
    <message>
        <source>Self-enumerated online:</source>
        <translation>Переписались онлайн:</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Отказались:</translation>
    </message>
    <message>
        <source>Not resident at the census moment:</source>
        <translation>Не проживали на критический момент:</translation>
    </message>
    <message>
        <source>Certificates issued:</source>
        <translation>Выдано справок:</translation>
    </message>
    <message>
        <source>Equipment returned:</source>
        <translation>Возвращено оборудования:</translation>
    </message>
    <message>
        <source>{returned} of {items}</source>
        <translation>{returned} из {items}</translation>
    </message>
    <message>
        <source>Still with the employees:</source>
        <translation>Остаётся у сотрудников:</translation>
    </message>
    <message>
        <source>Closing out</source>
        <translation>Завершение…</translation>
    </message>
    <message>
        <source>Sending to the Department</source>
        <translation>Отправка в Департамент</translation>
    </message>
    <message>
        <source>The institution is not connected to the Department over the network: write a package for a USB stick on the page Sending to the Department, and take it to the Department.</source>
        <translation>Учреждение не подключено к Департаменту по сети: запишите пакет на флешку на странице «Отправка в Департамент» и передайте его в Департамент.</translation>
    </message>
    <message>
        <source>Statement of the institution</source>
        <translation>Справка учреждения</translation>
    </message>
    <message>
        <source>Nothing has reached the Department yet: the statement shows no synchronisation. Send, then print the statement again.</source>
        <translation>В Департамент ещё ничего не поступило: в справке нет синхронизации. Отправьте данные, затем напечатайте справку заново.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Enumerated per day</source>
        <translation>Переписано по дням</translation>
    </message>
    <message>
        <source>Per unit: enumerated and still to do</source>
        <translation>По подразделениям: переписано и осталось</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>опрос</translation>
    </message>
    <message>
        <source>records</source>
        <translation>адм. данные</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>enumerated</source>
        <translation>переписано</translation>
    </message>
    <message>
        <source>still to do</source>
        <translation>осталось</translation>
    </message>
    <message>
        <source>Nobody enumerated yet.</source>
        <translation>Пока никто не переписан.</translation>
    </message>
    <message>
        <source>without a unit</source>
        <translation>без подразделения</translation>
    </message>
    <message>
        <source>{count} without a date</source>
        <translation>без даты: {count}</translation>
    </message>
</context>
<context>
    <name>closeout</name>
    <message>
        <source>The institution&apos;s census work is closed out. A change now needs a confirmation with its reason; the Department is told of it at the next sending.</source>
        <extracomment>What a change is, as recorded and shown to the Department.</extracomment>
        <translation>Перепись в учреждении завершена и закрыта. Изменение теперь нужно подтвердить с указанием причины; Департамент узнает о нём при следующей отправке.</translation>
    </message>
    <message>
        <source>The institution&apos;s census work is closed out. Only an administrator can confirm a change now, with its reason; ask the administrator to make it.</source>
        <translation>Перепись в учреждении завершена и закрыта. Теперь изменение может подтвердить только администратор, указав причину; попросите администратора внести его.</translation>
    </message>
    <message>
        <source>The institution is not set up yet.</source>
        <extracomment>Why persons were not enumerated: [(status, reason, count)], reason as recorded (or a leaving code). Still with the employees (to return to the Department).</extracomment>
        <translation>Учреждение ещё не настроено.</translation>
    </message>
    <message>
        <source>The census work of the institution is closed.</source>
        <translation>Перепись в учреждении завершена и закрыта.</translation>
    </message>
    <message>
        <source>Nobody is on the list yet.</source>
        <translation>В списке пока никого нет.</translation>
    </message>
    <message>
        <source>{count} person(s) still without an outcome: the close-out comes after.</source>
        <translation>Без итога переписи ещё лиц: {count}. Завершить можно после этого.</translation>
    </message>
    <message>
        <source>Every person on the list has an outcome: the census work can be closed out.</source>
        <translation>У каждого лица из списка есть итог: перепись в учреждении можно завершить.</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Stage: {stage}; days left: {days}</source>
        <translation>Этап: {stage}; осталось дней: {days}</translation>
    </message>
    <message>
        <source>Last synchronisation: {when}</source>
        <translation>Последняя синхронизация: {when}</translation>
    </message>
    <message>
        <source>Report written to {file}.</source>
        <translation>Отчёт записан в {file}.</translation>
    </message>
    <message>
        <source>The institution&apos;s census work is closed. Send to the Department now (sanaq sync) and print the statement (sanaq closeout statement FILE.pdf).</source>
        <translation>Перепись в учреждении завершена и закрыта. Теперь отправьте данные в Департамент (sanaq sync) и напечатайте справку (sanaq closeout statement ФАЙЛ.pdf).</translation>
    </message>
    <message>
        <source>Statement written to {file}.</source>
        <translation>Справка записана в {file}.</translation>
    </message>
    <message>
        <source>Stage 1: the list of persons</source>
        <extracomment>Warn about persons still to enumerate when this many days (or fewer) of the interviews are left. Warn about complete census sheets not at the Department after this many days.</extracomment>
        <translation>Этап 1: список лиц</translation>
    </message>
    <message>
        <source>Online self-enumeration</source>
        <translation>Онлайн-перепись</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Follow-up: certificates, tablets, final sending</source>
        <translation>Завершение работ: справки, планшеты, последняя отправка</translation>
    </message>
    <message>
        <source>The campaign is over</source>
        <translation>Перепись завершена</translation>
    </message>
    <message>
        <source>{count} person(s) still to enumerate and {days} day(s) of the interviews left.</source>
        <extracomment>The last day of the stage (None for the closed campaign, which does not end). Days left in the stage, today included (1 on its last day); 0 once closed. Persons on the stage-1 list that have not reached the Department. Complete census sheets the Department does not hold, completed more than two days ago. The number behind the warning, and where its list is (a key of the progress figures).</extracomment>
        <translation>Осталось переписать лиц: {count}, а до конца опроса дней: {days}.</translation>
    </message>
    <message>
        <source>{count} person(s) not enumerated, and the interviews ended on {date}.</source>
        <translation>Не переписаны лица: {count}, а опрос закончился {date}.</translation>
    </message>
    <message>
        <source>{count} person(s) of the stage-1 list have not reached the Department; the list date was {date}.</source>
        <translation>Лица из списка 1 этапа не поступили в Департамент: {count}; дата списка — {date}.</translation>
    </message>
    <message>
        <source>{count} tablet(s) or accessories not returned after the census ended.</source>
        <translation>Планшеты и комплектующие не возвращены после окончания переписи: {count}.</translation>
    </message>
    <message>
        <source>{count} complete census sheet(s) not sent to the Department for more than {days} days.</source>
        <translation>Заполненные переписные листы не отправлены в Департамент более {days} дней: {count}.</translation>
    </message>
    <message>
        <source>Persons on the stage-1 list</source>
        <extracomment>The figures in the order the Overview, the report and the workbook show them. What each figure is called on the screen and on the command line.</extracomment>
        <translation>Лиц в списке 1 этапа</translation>
    </message>
    <message>
        <source>To be counted (on the list or at the census moment)</source>
        <translation>Подлежат переписи (в списке или на критический момент)</translation>
    </message>
    <message>
        <source>Enumerated by interview</source>
        <translation>Переписаны путём опроса</translation>
    </message>
    <message>
        <source>Enumerated from administration records</source>
        <translation>Переписаны по административным данным</translation>
    </message>
    <message>
        <source>Self-enumerated online</source>
        <translation>Переписались онлайн</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказались</translation>
    </message>
    <message>
        <source>Not resident at the census moment</source>
        <translation>Не проживали на критический момент</translation>
    </message>
    <message>
        <source>Still to enumerate</source>
        <translation>Осталось переписать</translation>
    </message>
    <message>
        <source>Census sheets in draft</source>
        <translation>Переписных листов в черновике</translation>
    </message>
    <message>
        <source>Complete, waiting for double entry</source>
        <translation>Заполнены, ждут двойного ввода</translation>
    </message>
    <message>
        <source>Certificates to issue</source>
        <translation>Справок к выдаче</translation>
    </message>
    <message>
        <source>Persons not yet at the Department</source>
        <translation>Лиц ещё нет в Департаменте</translation>
    </message>
    <message>
        <source>Tablets and accessories to return</source>
        <translation>Планшеты и комплектующие к возврату</translation>
    </message>
    <message>
        <source>The report is written as .pdf or .xlsx, not “{file}”.</source>
        <extracomment>How the documents name each figure (Russian, Kazakh). The warnings as the documents print them (Russian, Kazakh), with the parameters of their messages.</extracomment>
        <translation>Отчёт записывается в файл .pdf или .xlsx, а не «{file}».</translation>
    </message>
</context>
</TS>
