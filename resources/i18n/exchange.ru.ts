<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the Department</source>
        <translation>Подключение к Департаменту</translation>
    </message>
    <message>
        <source>Address of the Department&apos;s service:</source>
        <translation>Адрес сервиса Департамента:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Одноразовый код:</translation>
    </message>
    <message>
        <source>The Department gives the address and a one-time code for this institution.</source>
        <translation>Адрес и одноразовый код для этого учреждения выдаёт Департамент.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Sending to the Department</source>
        <translation>Отправка в Департамент</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Подключить…</translation>
    </message>
    <message>
        <source>Load the Department&apos;s key file…</source>
        <translation>Загрузить файл ключей Департамента…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Not yet at the Department</source>
        <translation>Ещё не в Департаменте</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Write a package for a USB stick…</source>
        <translation>Записать пакет для флешки…</translation>
    </message>
    <message>
        <source>Load the Department&apos;s receipt…</source>
        <translation>Загрузить квитанцию Департамента…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Receipt&apos;s date and time</source>
        <translation>Дата и время квитанции</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>What has not reached the Department</source>
        <translation>Что ещё не дошло до Департамента</translation>
    </message>
    <message>
        <source>Exchange log</source>
        <translation>Журнал обмена</translation>
    </message>
    <message>
        <source>Not connected: connect with the address and the one-time code.</source>
        <translation>Не подключено: подключитесь по адресу и одноразовому коду.</translation>
    </message>
    <message>
        <source>Connected to {url} since {when}.</source>
        <translation>Подключено к {url} с {when}.</translation>
    </message>
    <message>
        <source>No network connection: packages for a USB stick only.</source>
        <translation>Без подключения к сети: только пакеты на флешке.</translation>
    </message>
    <message>
        <source>Last synchronisation: {when}</source>
        <translation>Последняя синхронизация: {when}</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>Пакет записан</translation>
    </message>
    <message>
        <source>Receipt loaded</source>
        <translation>Квитанция загружена</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Some records rejected</source>
        <translation>Часть записей не принята</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не удалось</translation>
    </message>
    <message>
        <source>Connecting to the Department</source>
        <translation>Подключение к Департаменту</translation>
    </message>
    <message>
        <source>The Department&apos;s key file</source>
        <translation>Файл ключей Департамента</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Файлы ключей (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The Department&apos;s keys were loaded. Give the Department this institution&apos;s key:
{key}</source>
        <translation>Ключи Департамента загружены. Передайте Департаменту ключ этого учреждения:
{key}</translation>
    </message>
    <message>
        <source>Loading the key file</source>
        <translation>Загрузка файла ключей</translation>
    </message>
    <message>
        <source>Write a package</source>
        <translation>Запись пакета</translation>
    </message>
    <message>
        <source>Sanaq packages (*.sanaq)</source>
        <translation>Пакеты Sanaq (*.sanaq)</translation>
    </message>
    <message>
        <source>The package is written: {count} records. Give it to the Department and load its receipt.</source>
        <translation>Пакет записан: записей — {count}. Передайте его в Департамент и загрузите его квитанцию.</translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>Запись пакета</translation>
    </message>
    <message>
        <source>The Department&apos;s receipt</source>
        <translation>Квитанция Департамента</translation>
    </message>
    <message>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Квитанции (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Loading the receipt</source>
        <translation>Загрузка квитанции</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>The Department&apos;s keys were loaded: packages can be written.</source>
        <translation>Ключи Департамента загружены: можно записывать пакеты.</translation>
    </message>
    <message>
        <source>This institution&apos;s key for the Department: {key}</source>
        <translation>Ключ этого учреждения для Департамента: {key}</translation>
    </message>
    <message>
        <source>Connected to the Department at {url}.</source>
        <translation>Подключено к Департаменту по адресу {url}.</translation>
    </message>
    <message>
        <source>Last synchronisation: {when}</source>
        <translation>Последняя синхронизация: {when}</translation>
    </message>
    <message>
        <source>Not yet at the Department: {count}</source>
        <translation>Ещё не в Департаменте: {count}</translation>
    </message>
    <message>
        <source>Sent: {accepted} accepted, {rejected} rejected. Synchronised at {when}.</source>
        <translation>Отправлено: принято {accepted}, отклонено {rejected}. Синхронизировано {when}.</translation>
    </message>
    <message>
        <source>Nothing to send: the Department has everything.</source>
        <translation>Отправлять нечего: в Департаменте уже всё есть.</translation>
    </message>
    <message>
        <source>Package written to {file}: {count} records.</source>
        <translation>Пакет записан в {file}: записей — {count}.</translation>
    </message>
    <message>
        <source>This receipt was already loaded; nothing changed.</source>
        <translation>Эта квитанция уже загружена; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Receipt loaded: {accepted} records synchronised at {when}.</source>
        <translation>Квитанция загружена: записей синхронизировано — {accepted}, {when}.</translation>
    </message>
    <message>
        <source>Institution profile</source>
        <extracomment>Records per online batch: small enough for a quick retry, large enough to keep the overhead low. The order in which kinds travel: persons before what refers to them.</extracomment>
        <translation>Сведения об учреждении</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Institution sheet</source>
        <translation>Лист учреждения</translation>
    </message>
    <message>
        <source>Census sheets</source>
        <translation>Переписные листы</translation>
    </message>
    <message>
        <source>Online and refused outcomes</source>
        <translation>Онлайн-перепись и отказы</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Справки</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Equipment acts</source>
        <translation>Акты на оборудование</translation>
    </message>
    <message>
        <source>This institution is not connected to the Department yet: connect with the address and the one-time code, or load the Department&apos;s key file.</source>
        <translation>Учреждение ещё не подключено к Департаменту: подключитесь по адресу и одноразовому коду или загрузите файл ключей Департамента.</translation>
    </message>
    <message>
        <source>The Department&apos;s server at {url} cannot be reached. Check the network (and the VPN or proxy) and send again: nothing is lost.</source>
        <translation>Сервер Департамента {url} недоступен. Проверьте сеть (а также VPN или прокси) и отправьте ещё раз: ничего не потеряно.</translation>
    </message>
    <message>
        <source>The Department&apos;s server answered with an error ({status}). Send again later: nothing is lost.</source>
        <translation>Сервер Департамента ответил ошибкой ({status}). Отправьте позже ещё раз: ничего не потеряно.</translation>
    </message>
    <message>
        <source>This is not an address of a server: {url} (it starts with https://).</source>
        <translation>Это не адрес сервера: {url} (адрес начинается с https://).</translation>
    </message>
    <message>
        <source>The Department did not accept this institution&apos;s token ({text}). Ask the Department for a new one-time code and connect again.</source>
        <translation>Департамент не принял ключ доступа учреждения ({text}). Попросите в Департаменте новый одноразовый код и подключитесь заново.</translation>
    </message>
    <message>
        <source>The Department did not accept the code: {text}</source>
        <translation>Департамент не принял код: {text}</translation>
    </message>
    <message>
        <source>The identity (TLS) of the Department&apos;s server cannot be verified. If the Department runs its own authority (CA), set its CA file in the settings.</source>
        <extracomment>Seconds to connect and to wait for an answer. Attempts per request before giving up on network errors and 5xx answers. First pause between attempts (seconds); doubled each time, with some jitter.</extracomment>
        <translation>Не удаётся проверить подлинность (TLS) сервера Департамента. Если у Департамента собственный центр (CA), укажите его файл CA в настройках.</translation>
    </message>
    <message>
        <source>The Department turned down the request: {text}</source>
        <translation>Департамент не принял запрос: {text}</translation>
    </message>
    <message>
        <source>Fill in the institution profile first.</source>
        <extracomment>The institution&apos;s public key (hex): the Department needs it to accept this institution&apos;s packages.</extracomment>
        <translation>Сначала заполните сведения об учреждении.</translation>
    </message>
    <message>
        <source>The server at {url} did not answer like the Department&apos;s service.</source>
        <translation>Сервер {url} ответил не так, как отвечает сервис Департамента.</translation>
    </message>
    <message>
        <source>This code was issued for the institution with BIN {other}, not for this one ({own}).</source>
        <translation>Этот код выдан учреждению с БИН {other}, а не этому ({own}).</translation>
    </message>
    <message>
        <source>Connected to {url}.</source>
        <translation>Подключено к {url}.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation>Не удаётся прочитать файл {name}.</translation>
    </message>
    <message>
        <source>The file {name} is not a key file of the Department.</source>
        <translation>Файл {name} — не файл ключей Департамента.</translation>
    </message>
    <message>
        <source>The Department&apos;s keys were loaded.</source>
        <translation>Ключи Департамента загружены.</translation>
    </message>
    <message>
        <source>Batch {sequence}: {accepted} accepted, {rejected} rejected.</source>
        <extracomment>Batches written but not acknowledged: (channel, sequence). For an export: the package file written.</extracomment>
        <translation>Пакет данных {sequence}: принято {accepted}, отклонено {rejected}.</translation>
    </message>
    <message>
        <source>The Department&apos;s receipt for batch {sequence} does not match what was sent; nothing was marked as synchronised. Send again.</source>
        <translation>Квитанция Департамента на пакет данных {sequence} не соответствует отправленному; ничего не отмечено как синхронизированное. Отправьте ещё раз.</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>Отправка отменена.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Отправлять нечего.</translation>
    </message>
    <message>
        <source>The answer of the server is not a receipt signed by the Department; nothing was marked as synchronised.</source>
        <translation>Ответ сервера — не квитанция с подписью Департамента; ничего не отмечено как синхронизированное.</translation>
    </message>
    <message>
        <source>Everything has reached the Department: there is nothing to write.</source>
        <translation>Всё уже дошло до Департамента: записывать нечего.</translation>
    </message>
    <message>
        <source>The file {name} cannot be written.</source>
        <translation>Не удаётся записать файл {name}.</translation>
    </message>
    <message>
        <source>Package {sequence} written: {count} records.</source>
        <translation>Пакет {sequence} записан: записей — {count}.</translation>
    </message>
    <message>
        <source>This receipt is for another institution; nothing was marked.</source>
        <translation>Эта квитанция выдана другому учреждению; ничего не отмечено.</translation>
    </message>
    <message>
        <source>This file is not a receipt signed by the Department, or it was altered; nothing was marked.</source>
        <translation>Этот файл — не квитанция с подписью Департамента, или он изменён; ничего не отмечено.</translation>
    </message>
    <message>
        <source>This receipt is for package {sequence}, which was not written here; nothing was marked.</source>
        <translation>Эта квитанция относится к пакету {sequence}, который записан не здесь; ничего не отмечено.</translation>
    </message>
</context>
</TS>
