<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New password for {login}</source>
        <translation>Новый пароль для {login}</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Who may sign in, and with which role: the administrator manages accounts, settings and the audit trail; a responsible employee keeps the register, the census sheets and the certificates and sends them; a viewer reads lists and reports.</source>
        <translation>Кто может входить в программу и с какой ролью: администратор управляет учётными записями, настройками и журналом аудита; ответственный сотрудник ведёт реестр, переписные листы и справки и отправляет их; наблюдатель читает списки и отчёты.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Новая учётная запись…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Новый пар&amp;оль…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Lock the window after (minutes without work, every computer):</source>
        <translation>Блокировать окно через (минут без работы, на всех компьютерах):</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>active, wrong passwords: {n}</source>
        <translation>действует, неверных паролей: {n}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Person: name or IIN</source>
        <extracomment>How many of the newest entries the page shows; the export takes every entry that passes the filters.</extracomment>
        <translation>Человек: ФИО или ИИН</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Любая учётная запись</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;От</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;до</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>На&amp;йти</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Вид изменения</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Записи журнала аудита</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Changes: old → new</source>
        <translation>Изменения: было → стало</translation>
    </message>
    <message>
        <source>&amp;Check the trail</source>
        <translation>Проверить &amp;журнал</translation>
    </message>
    <message>
        <source>Each entry carries the hash of the one before: a changed or removed entry shows here.</source>
        <translation>Каждая запись хранит хеш предыдущей: изменённая или удалённая запись будет видна здесь.</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <source>The newest {n} entries; narrow the filters or export them all.</source>
        <translation>Показаны последние {n} записей; уточните отбор или выгрузите все.</translation>
    </message>
    <message>
        <source>Entries: {n}</source>
        <translation>Записей: {n}</translation>
    </message>
    <message>
        <source>Checking the trail…</source>
        <translation>Проверка журнала…</translation>
    </message>
    <message>
        <source>The trail is whole: {n} entries checked.</source>
        <translation>Журнал цел: проверено записей: {n}.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Выгрузка журнала аудита</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{n} entries written to {file}</source>
        <translation>Записей выгружено: {n}, файл {file}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sanaq Desktop — the window is locked</source>
        <translation>Sanaq Desktop — окно заблокировано</translation>
    </message>
    <message>
        <source>The window was locked after a while without work. Enter your password to go on.</source>
        <translation>Окно заблокировано после перерыва в работе. Чтобы продолжить, введите пароль.</translation>
    </message>
    <message>
        <source>Sanaq Desktop — sign in</source>
        <translation>Sanaq Desktop — вход</translation>
    </message>
    <message>
        <source>Sign in with the account the administrator gave you.</source>
        <translation>Войдите с учётной записью, которую выдал администратор.</translation>
    </message>
    <message>
        <source>Sanaq Desktop</source>
        <translation>Sanaq Desktop</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;Quit the program</source>
        <translation>Вы&amp;йти из программы</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Forgot the password?</source>
        <translation>&amp;Забыли пароль?</translation>
    </message>
    <message>
        <source>An employee asks the administrator; the administrator uses the printed recovery code.</source>
        <translation>Сотрудник обращается к администратору; администратор вводит распечатанный код восстановления.</translation>
    </message>
    <message>
        <source>Enter the login and the password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>The administrator&apos;s recovery code</source>
        <translation>Код восстановления администратора</translation>
    </message>
    <message>
        <source>Print this code and keep it in the safe. With it the administrator sets a new password when the old one is forgotten. It is shown only now.</source>
        <translation>Распечатайте этот код и храните его в сейфе. С ним администратор задаст новый пароль, если забудет старый. Код показывается только сейчас.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>I have &amp;kept the code</source>
        <translation>Код &amp;сохранён</translation>
    </message>
    <message>
        <source>Sanaq Desktop: recovery code of the administrator {login}</source>
        <translation>Sanaq Desktop: код восстановления администратора {login}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover the administrator&apos;s password</source>
        <translation>Восстановление пароля администратора</translation>
    </message>
    <message>
        <source>Type the recovery code printed when the program was set up. A new password is set and a new recovery code is made; the old one no longer works.</source>
        <translation>Введите код восстановления, распечатанный при настройке программы. Будет задан новый пароль и создан новый код восстановления; старый код перестанет действовать.</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;login:</source>
        <translation>&amp;Логин администратора:</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Код восстановления:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>The same password &amp;again:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>Sign in: set SANAQ_USER and SANAQ_PASSWORD, or run the command in a terminal.</source>
        <translation>Нужно войти: задайте SANAQ_USER и SANAQ_PASSWORD или запустите команду в терминале.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Пароли не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <source>Account added: {login} ({role})</source>
        <translation>Учётная запись добавлена: {login} ({role})</translation>
    </message>
    <message>
        <source>Recovery code of the administrator (print it and keep it in the safe; it is shown once): {code}</source>
        <translation>Код восстановления администратора (распечатайте и храните в сейфе; показывается один раз): {code}</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <source>The account {login} is locked.</source>
        <translation>Учётная запись {login} заблокирована.</translation>
    </message>
    <message>
        <source>The account {login} is unlocked.</source>
        <translation>Учётная запись {login} разблокирована.</translation>
    </message>
    <message>
        <source>The account {login} has a new password.</source>
        <translation>У учётной записи {login} новый пароль.</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Код восстановления:</translation>
    </message>
    <message>
        <source>New password set. The new recovery code (print it; the old one is used up): {code}</source>
        <translation>Новый пароль задан. Новый код восстановления (распечатайте его; старый больше не действует): {code}</translation>
    </message>
    <message>
        <source>The audit trail is whole: {n} entries checked.</source>
        <translation>Журнал аудита цел: проверено записей: {n}.</translation>
    </message>
    <message>
        <source>{n} audit entries written to {file}</source>
        <translation>Записей журнала аудита выгружено: {n}, файл {file}</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Responsible employee</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>read the lists and reports</source>
        <extracomment>Read lists, reports and records: every role. The register, census sheets, outcomes, certificates, tablets, imports and exports. Sending to the Department. Accounts, the institution&apos;s profile and settings, the audit trail, the close-out.</extracomment>
        <translation>просматривать списки и отчёты</translation>
    </message>
    <message>
        <source>change the register, census sheets and certificates</source>
        <translation>изменять реестр, переписные листы и справки</translation>
    </message>
    <message>
        <source>send data to the Department</source>
        <translation>отправлять данные в Департамент</translation>
    </message>
    <message>
        <source>manage accounts, settings and the audit trail</source>
        <translation>управлять учётными записями, настройками и журналом аудита</translation>
    </message>
    <message>
        <source>Sign in first: this institution has accounts.</source>
        <extracomment>The uuid of the employee record the account acts as (who filled a sheet, issued a certificate); empty for a viewer.</extracomment>
        <translation>Сначала войдите: в учреждении заведены учётные записи.</translation>
    </message>
    <message>
        <source>The account {login} ({role}) may not {action}.</source>
        <translation>Учётная запись {login} ({role}) не может {action}.</translation>
    </message>
    <message>
        <source>A password has at least {n} characters.</source>
        <extracomment>Wrong passwords in a row that cost nothing; from then on each next try waits longer. The longest wait between two tries, in seconds. Wrong passwords in a row that lock the account until an administrator unlocks it. Letters of a recovery code: no 0/O, 1/I/L, so that it reads back from paper without doubt.</extracomment>
        <translation>Пароль должен содержать не менее {n} символов.</translation>
    </message>
    <message>
        <source>A password does not begin or end with a space.</source>
        <translation>Пароль не может начинаться или заканчиваться пробелом.</translation>
    </message>
    <message>
        <source>A login has 2 to 40 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>Логин — от 2 до 40 букв, цифр, точек, дефисов или подчёркиваний, без пробелов.</translation>
    </message>
    <message>
        <source>No account with the login {login}.</source>
        <extracomment>Minutes without a key or a click after which the window locks, unless the administrator sets others.</extracomment>
        <translation>Учётной записи с логином {login} нет.</translation>
    </message>
    <message>
        <source>The first account is the administrator&apos;s (the head of the institution).</source>
        <extracomment>The administrator&apos;s recovery code, shown once to be printed; None for other roles.</extracomment>
        <translation>Первая учётная запись — администратора (руководителя учреждения).</translation>
    </message>
    <message>
        <source>Enter the full name of the account&apos;s owner.</source>
        <translation>Введите ФИО владельца учётной записи.</translation>
    </message>
    <message>
        <source>The login {login} is taken already.</source>
        <translation>Логин {login} уже занят.</translation>
    </message>
    <message>
        <source>You cannot lock your own account.</source>
        <translation>Нельзя заблокировать собственную учётную запись.</translation>
    </message>
    <message>
        <source>The login or the recovery code is wrong.</source>
        <translation>Неверный логин или код восстановления.</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>The account {login} is locked after wrong passwords: ask the administrator to unlock it.</source>
        <translation>Учётная запись {login} заблокирована после неверных паролей: попросите администратора её разблокировать.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again in {seconds} s.</source>
        <translation>Слишком много неверных паролей: повторите через {seconds} с.</translation>
    </message>
    <message>
        <source>The window locks after 0 to 240 minutes (0: never).</source>
        <translation>Окно блокируется через 0–240 минут (0 — никогда).</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Person</source>
        <extracomment>The link of the first entry.</extracomment>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Census sheet</source>
        <translation>Переписной лист</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог переписи</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>What was done, as the trail shows it (an action not listed shows as its code).</extracomment>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <source>marked as left</source>
        <translation>выбыл(а)</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>вернулся(ась)</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединено</translation>
    </message>
    <message>
        <source>merged into another</source>
        <translation>объединено с другой записью</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>заполнен</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>открыт для исправления</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>записано</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>возвращено</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>выдана</translation>
    </message>
    <message>
        <source>reprinted</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>аннулирована</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>передано</translation>
    </message>
    <message>
        <source>act signed</source>
        <translation>акт подписан</translation>
    </message>
    <message>
        <source>institution profile</source>
        <translation>профиль учреждения</translation>
    </message>
    <message>
        <source>employee added</source>
        <translation>сотрудник добавлен</translation>
    </message>
    <message>
        <source>employee changed</source>
        <translation>сотрудник изменён</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>разблокирована</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>новый пароль</translation>
    </message>
    <message>
        <source>recovered by the code</source>
        <translation>восстановлен по коду</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>неверный пароль</translation>
    </message>
    <message>
        <source>unknown login</source>
        <translation>неизвестный логин</translation>
    </message>
    <message>
        <source>register file</source>
        <translation>файл реестра</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>журнал аудита</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>receipt loaded</source>
        <translation>квитанция загружена</translation>
    </message>
    <message>
        <source>package written</source>
        <translation>пакет записан</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>подключено</translation>
    </message>
    <message>
        <source>stage-1 list (.xlsx)</source>
        <translation>список 1-го этапа (.xlsx)</translation>
    </message>
    <message>
        <source>stage-1 list (PDF)</source>
        <translation>список 1-го этапа (PDF)</translation>
    </message>
    <message>
        <source>whole register (.xlsx)</source>
        <translation>весь реестр (.xlsx)</translation>
    </message>
    <message>
        <source>progress report (PDF)</source>
        <translation>отчёт о ходе переписи (PDF)</translation>
    </message>
    <message>
        <source>act (PDF)</source>
        <translation>акт (PDF)</translation>
    </message>
    <message>
        <source>census sheet transcript (PDF)</source>
        <translation>копия переписного листа (PDF)</translation>
    </message>
    <message>
        <source>changed after the close-out</source>
        <translation>изменено после завершения</translation>
    </message>
    <message>
        <source>census work closed out</source>
        <translation>перепись завершена и закрыта</translation>
    </message>
    <message>
        <source>surname</source>
        <extracomment>The names of the fields an entry&apos;s changes name (a census sheet&apos;s answers keep their question names).</extracomment>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>residence</source>
        <translation>проживание</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>подразделение</translation>
    </message>
    <message>
        <source>admitted on</source>
        <translation>дата поступления</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>left on</source>
        <translation>дата выбытия</translation>
    </message>
    <message>
        <source>reason of leaving</source>
        <translation>причина выбытия</translation>
    </message>
    <message>
        <source>note on leaving</source>
        <translation>примечание к выбытию</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>online code</source>
        <translation>код онлайн-переписи</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>state</source>
        <translation>состояние</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>копии</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>напечатана</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>wrong passwords</source>
        <translation>неверные пароли</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>inventory number</source>
        <translation>инвентарный номер</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>серийный номер</translation>
    </message>
    <message>
        <source>items</source>
        <translation>предметы</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>не возвращено</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписан</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>записей</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>result</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>head of the institution</source>
        <translation>руководитель учреждения</translation>
    </message>
    <message>
        <source>lock the window after (minutes)</source>
        <translation>блокировать окно через (минут)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Audit entry {seq} was changed after it was written.</source>
        <extracomment>What was done, e.g. &quot;edited&quot;, &quot;issued&quot;, &quot;failed&quot; (a short code, also shown). The record&apos;s kind and uuid (&quot;person&quot;, &quot;…&quot;), empty for an event of no one record (an export). The person the record belongs to, for the filter by person. How to name the record to a reader (a person&apos;s name, a certificate&apos;s number): kept in the database only. {field: [old, new]} or other plain facts (counts, a file&apos;s name).</extracomment>
        <translation>Запись журнала аудита {seq} изменена после того, как была сделана.</translation>
    </message>
    <message>
        <source>Audit entry {seq} was removed.</source>
        <translation>Запись журнала аудита {seq} удалена.</translation>
    </message>
    <message>
        <source>Audit entry {seq} does not follow the entry before it: an entry was changed or removed.</source>
        <translation>Запись журнала аудита {seq} не продолжает предыдущую: запись была изменена или удалена.</translation>
    </message>
    <message>
        <source>Audit entry {seq} is not the one the Department received: the trail was rewritten.</source>
        <translation>Запись журнала аудита {seq} не совпадает с полученной Департаментом: журнал переписан.</translation>
    </message>
</context>
</TS>
