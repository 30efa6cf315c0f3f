<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sanaq Desktop</source>
        <translation>О программе Sanaq Desktop</translation>
    </message>
    <message>
        <source>The population census in institutions: the list of persons, census sheets, certificates of participation, sending to the Department.</source>
        <translation>Перепись населения в учреждениях: список респондентов, переписные листы, справки о прохождении переписи, передача данных в Департамент.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Папка данных: {path}</translation>
    </message>
</context>
<context>
    <name>AdministratorWizard</name>
    <message>
        <source>Sanaq Desktop — the administrator</source>
        <translation>Sanaq Desktop — администратор</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Responsible employee</source>
        <translation>Ответственный сотрудник</translation>
    </message>
</context>
<context>
    <name>EmployeeForm</name>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Appointment order No.:</source>
        <translation>№ приказа о назначении:</translation>
    </message>
    <message>
        <source>Date of the order:</source>
        <translation>Дата приказа:</translation>
    </message>
    <message>
        <source>Date of the training seminar:</source>
        <translation>Дата обучающего семинара:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Sanaq Desktop — first start</source>
        <translation>Sanaq Desktop — первый запуск</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Sanaq Desktop — help</source>
        <translation>Sanaq Desktop — помощь</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Текст помощи</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sanaq Desktop — population census in institutions</source>
        <extracomment>The pages in the order of the navigation list, as &quot;module:Class&quot; (imported when the window opens). Settings stays last. The user signed out: the starter closes this window and asks the next person to sign in.</extracomment>
        <translation>Sanaq Desktop — перепись населения в учреждениях</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>По&amp;мощь</translation>
    </message>
    <message>
        <source>&amp;About Sanaq Desktop</source>
        <translation>&amp;О программе Sanaq Desktop</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>{title} — demo, signed in as {login} ({role})</source>
        <translation>{title} — демо, вход выполнен как {login} ({role})</translation>
    </message>
    <message>
        <source>{title} — {name} ({role})</source>
        <translation>{title} — {name} ({role})</translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation>&amp;Заблокировать окно</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Выйти из &amp;учётной записи</translation>
    </message>
    <message>
        <source>&amp;Help on this page</source>
        <translation>&amp;Помощь по этой странице</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Census calendar</source>
        <translation>Календарь переписи</translation>
    </message>
    <message>
        <source>Responsible employees</source>
        <translation>Ответственные сотрудники</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>List of persons (stage 1) as of:</source>
        <translation>Список респондентов (этап 1) на:</translation>
    </message>
    <message>
        <source>Census reference moment:</source>
        <translation>Критический момент переписи:</translation>
    </message>
    <message>
        <source>00:00, {date}</source>
        <translation>00:00, {date}</translation>
    </message>
    <message>
        <source>Online self-enumeration:</source>
        <translation>Онлайн-перепись (самостоятельно):</translation>
    </message>
    <message>
        <source>Interviews:</source>
        <translation>Опрос:</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The institution sheet against the register, with both numbers. The figures in the groups the page shows them in.</extracomment>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход переписи</translation>
    </message>
    <message>
        <source>%v of %m with an outcome (%p%)</source>
        <translation>%v из %m с итогом (%p%)</translation>
    </message>
    <message>
        <source>Per day and per unit</source>
        <translation>По дням и по подразделениям</translation>
    </message>
    <message>
        <source>Print the chart…</source>
        <translation>Печать диаграммы…</translation>
    </message>
    <message>
        <source>Close-out</source>
        <translation>Завершение</translation>
    </message>
    <message>
        <source>Close out the census work…</source>
        <translation>Завершить перепись…</translation>
    </message>
    <message>
        <source>Statement of the institution…</source>
        <translation>Справка учреждения…</translation>
    </message>
    <message>
        <source>Follow-up until:</source>
        <translation>Завершение работ до:</translation>
    </message>
    <message>
        <source>The census work of the institution was closed out on {when}.</source>
        <translation>Перепись в учреждении завершена {when}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>(until {date})</source>
        <translation>(до {date})</translation>
    </message>
    <message>
        <source>Nothing is late.</source>
        <translation>Отставаний нет.</translation>
    </message>
    <message>
        <source>The list</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Итоги переписи</translation>
    </message>
    <message>
        <source>Work left</source>
        <translation>Осталось сделать</translation>
    </message>
    <message>
        <source>never</source>
        <translation>не было</translation>
    </message>
    <message>
        <source>Last synchronisation: {when}; records waiting to be sent: {count}</source>
        <translation>Последняя синхронизация: {when}; записей ждут отправки: {count}</translation>
    </message>
    <message>
        <source>Closed out on {when}. A change now needs the administrator&apos;s confirmation with its reason.</source>
        <translation>Завершено {when}. Теперь изменение подтверждает администратор с указанием причины.</translation>
    </message>
    <message>
        <source>The institution is not set up yet</source>
        <translation>Учреждение ещё не настроено</translation>
    </message>
    <message>
        <source>Fill in its profile in Settings.</source>
        <translation>Заполните его сведения в разделе «Настройки».</translation>
    </message>
    <message>
        <source>BIN:</source>
        <translation>БИН:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>District or city:</source>
        <translation>Район или город:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Head:</source>
        <translation>Руководитель:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Вместимость:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Департамент:</translation>
    </message>
    <message>
        <source>No responsible employee yet: add one in Settings.</source>
        <translation>Ответственных сотрудников пока нет: добавьте их в разделе «Настройки».</translation>
    </message>
    <message>
        <source>Progress of the census — {institution}, {when}</source>
        <translation>Ход переписи — {institution}, {when}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>not set</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Name in Kazakh:</source>
        <translation>Наименование на казахском:</translation>
    </message>
    <message>
        <source>Name in Russian:</source>
        <translation>Наименование на русском:</translation>
    </message>
    <message>
        <source>BIN:</source>
        <translation>БИН:</translation>
    </message>
    <message>
        <source>Type of institution:</source>
        <translation>Тип учреждения:</translation>
    </message>
    <message>
        <source>District or city (KATO):</source>
        <translation>Район или город (КАТО):</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Head of the institution:</source>
        <translation>Руководитель учреждения:</translation>
    </message>
    <message>
        <source>Capacity (places):</source>
        <translation>Вместимость (мест):</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Department, name in Kazakh:</source>
        <translation>Департамент, наименование на казахском:</translation>
    </message>
    <message>
        <source>Department, name in Russian:</source>
        <translation>Департамент, наименование на русском:</translation>
    </message>
    <message>
        <source>Address of the Department&apos;s service:</source>
        <translation>Адрес сервиса Департамента:</translation>
    </message>
    <message>
        <source>Choose from the list</source>
        <translation>Выберите из списка</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) of 12</source>
        <translation>
            <numerusform>%n цифра из 12</numerusform>
            <numerusform>%n цифры из 12</numerusform>
            <numerusform>%n цифр из 12</numerusform>
        </translation>
    </message>
    <message>
        <source>The BIN is correct.</source>
        <translation>БИН верный.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Responsible employees</source>
        <translation>Ответственные сотрудники</translation>
    </message>
    <message>
        <source>Language and this computer</source>
        <translation>Язык и этот компьютер</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>No longer responsible</source>
        <translation>Исключить из ответственных</translation>
    </message>
    <message>
        <source>The employee stays in the records of what they did, but is no longer listed.</source>
        <translation>Сотрудник остаётся в записях о сделанной работе, но больше не показывается в списке.</translation>
    </message>
    <message>
        <source>{name} will no longer be listed as a responsible employee. Continue?</source>
        <translation>{name} больше не будет числиться ответственным сотрудником. Продолжить?</translation>
    </message>
    <message>
        <source>The new language is applied when the program starts again.</source>
        <translation>Новый язык применяется при следующем запуске программы.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Перезапустить сейчас</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Census campaign:</source>
        <translation>Кампания переписи:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>Backups before updates:</source>
        <translation>Резервные копии перед обновлением:</translation>
    </message>
    <message>
        <source>The newest shipped: {name}</source>
        <translation>Самая новая из поставленных: {name}</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Другой файл…</translation>
    </message>
    <message>
        <source>In use: {name}. A new campaign is applied when the program starts again.</source>
        <translation>Используется: {name}. Новая кампания применяется при следующем запуске программы.</translation>
    </message>
    <message>
        <source>Campaign file</source>
        <translation>Файл кампании</translation>
    </message>
    <message>
        <source>Campaign files (*.json)</source>
        <translation>Файлы кампании (*.json)</translation>
    </message>
    <message>
        <source>“{file}” is not a campaign file: it needs the dates of the census (list date, reference moment, online and interview windows).</source>
        <translation>«{file}» — не файл кампании: в нём должны быть даты переписи (дата списка, критический момент, сроки онлайн-переписи и опроса).</translation>
    </message>
    <message>
        <source>Changes are recorded under the account signed in.</source>
        <translation>Изменения записываются от имени вошедшей учётной записи.</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Вход выполнен как:</translation>
    </message>
</context>
<context>
    <name>_AdministratorPage</name>
    <message>
        <source>The administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>The head of the institution signs in as the administrator and makes the accounts of the responsible employees.</source>
        <translation>Руководитель учреждения входит как администратор и заводит учётные записи ответственных сотрудников.</translation>
    </message>
    <message>
        <source>Full name of the head:</source>
        <translation>ФИО руководителя:</translation>
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
        <source>The same password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
    <message>
        <source>At least {n} characters. After this step the program shows a recovery code: print it and keep it in the safe.</source>
        <translation>Не менее {n} символов. После этого шага программа покажет код восстановления: распечатайте его и храните в сейфе.</translation>
    </message>
    <message>
        <source>Enter the full name of the head of the institution.</source>
        <translation>Введите ФИО руководителя учреждения.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>_DepartmentPage</name>
    <message>
        <source>The Department</source>
        <translation>Департамент</translation>
    </message>
    <message>
        <source>Where the data is sent. The address of the receiving service is given at the seminar.</source>
        <translation>Данные отправляются в Департамент. Адрес сервиса приёма сообщают на семинаре.</translation>
    </message>
    <message>
        <source>Department, name in Kazakh:</source>
        <translation>Департамент, наименование на казахском:</translation>
    </message>
    <message>
        <source>Department, name in Russian:</source>
        <translation>Департамент, наименование на русском:</translation>
    </message>
    <message>
        <source>Address of the receiving service:</source>
        <translation>Адрес сервиса приёма:</translation>
    </message>
    <message>
        <source>You may leave the address empty now and enter it in Settings later.</source>
        <translation>Адрес можно оставить пустым и указать позже в разделе «Настройки».</translation>
    </message>
</context>
<context>
    <name>_EmployeePage</name>
    <message>
        <source>The responsible employee</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <source>Appointed by order of the head of the institution. More can be added later.</source>
        <translation>Назначается приказом руководителя учреждения. Других можно добавить позже.</translation>
    </message>
</context>
<context>
    <name>_ProfilePage</name>
    <message>
        <source>The institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>As in the registration certificate. The BIN is checked as you type.</source>
        <translation>Как в свидетельстве о регистрации. БИН проверяется при вводе.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Sanaq Desktop</source>
        <extracomment>The Department&apos;s name as the acts print it, in Russian and in Kazakh (whatever the window&apos;s language).</extracomment>
        <translation>Добро пожаловать в Sanaq Desktop</translation>
    </message>
    <message>
        <source>This program helps the responsible employees of an institution carry out the population census: the list of persons to be counted, their census sheets, certificates of participation and sending the data to the Department of the Bureau of National Statistics.

First, a few facts about your institution. Everything can be changed later in Settings.</source>
        <translation>Программа помогает ответственным сотрудникам учреждения провести перепись населения: список респондентов, переписные листы, справки о прохождении переписи и передача данных в Департамент Бюро национальной статистики.

Сначала — несколько сведений о вашем учреждении. Всё можно изменить позже в разделе «Настройки».</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Restore the newest good backup, made {when}? The damaged file is kept aside, nothing is deleted.</source>
        <extracomment>The administrator&apos;s recovery code, shown once after the first start.</extracomment>
        <translation>Восстановить самую новую исправную копию от {when}? Повреждённый файл будет отложен в сторону, ничего не удаляется.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The work was done and saved, but its report could not be printed: the output was closed.</source>
        <translation>Работа выполнена и сохранена, но отчёт о ней не удалось вывести: вывод был закрыт.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Прервано.</translation>
    </message>
    <message>
        <source>Unexpected error; nothing was changed. Details are in the log.</source>
        <translation>Непредвиденная ошибка; ничего не изменено. Подробности в журнале.</translation>
    </message>
    <message>
        <source>Profile updated: {name}</source>
        <translation>Сведения об учреждении обновлены: {name}</translation>
    </message>
    <message>
        <source>Profile created: {name}</source>
        <translation>Сведения об учреждении созданы: {name}</translation>
    </message>
    <message>
        <source>Employee added: {name}</source>
        <translation>Сотрудник добавлен: {name}</translation>
    </message>
    <message>
        <source>The institution is not set up yet (sanaq init).</source>
        <translation>Учреждение ещё не настроено (sanaq init).</translation>
    </message>
    <message>
        <source>BIN: {bin}</source>
        <translation>БИН: {bin}</translation>
    </message>
    <message>
        <source>Type: {type}</source>
        <translation>Тип: {type}</translation>
    </message>
    <message>
        <source>District: {kato}</source>
        <translation>Район: {kato}</translation>
    </message>
    <message>
        <source>Responsible employees: {n}</source>
        <translation>Ответственных сотрудников: {n}</translation>
    </message>
    <message>
        <source>Persons in the register: {n}</source>
        <translation>Респондентов в реестре: {n}</translation>
    </message>
    <message>
        <source>Database schema version: {v}</source>
        <translation>Версия схемы базы данных: {v}</translation>
    </message>
    <message>
        <source>The database is at version {current}, the program needs {head}.</source>
        <translation>База данных имеет версию {current}, программе нужна {head}.</translation>
    </message>
    <message>
        <source>The database cannot be opened: {error}</source>
        <translation>Не удаётся открыть базу данных: {error}</translation>
    </message>
    <message>
        <source>A resource file is missing: {path}</source>
        <translation>Отсутствует файл ресурсов: {path}</translation>
    </message>
    <message>
        <source>A font cannot render Kazakh letters: {font}</source>
        <translation>Шрифт не отображает казахские буквы: {font}</translation>
    </message>
    <message>
        <source>The translation “{lang}” does not load.</source>
        <translation>Перевод «{lang}» не загружается.</translation>
    </message>
    <message>
        <source>Everything is in order.</source>
        <translation>Всё в порядке.</translation>
    </message>
    <message>
        <source>The demo institution is in {home}</source>
        <translation>Демонстрационное учреждение находится в {home}</translation>
    </message>
    <message>
        <source>Open it with: sanaq-desktop --home {home}</source>
        <translation>Откройте его командой: sanaq-desktop --home {home}</translation>
    </message>
    <message>
        <source>The database is busy: another program or employee is writing to it. Wait a moment and try again; nothing was changed.</source>
        <translation>База данных занята: в неё сейчас пишет другая программа или другой сотрудник. Подождите немного и повторите; ничего не изменено.</translation>
    </message>
    <message>
        <source>The database cannot be written: the file or its folder is read-only. Check the permissions of the data folder; nothing was changed.</source>
        <translation>В базу данных нельзя записать: файл или его папка доступны только для чтения. Проверьте права на папку данных; ничего не изменено.</translation>
    </message>
    <message>
        <source>The disk is full (or the database reached its size limit); nothing was changed. Free some space and try again.</source>
        <translation>Диск заполнен (или база данных достигла предельного размера); ничего не изменено. Освободите место и повторите.</translation>
    </message>
    <message>
        <source>The disk did not accept the write (it may be full or failing); nothing was changed. Free some space, check the disk and try again.</source>
        <translation>Диск не принял запись (возможно, он заполнен или неисправен); ничего не изменено. Освободите место, проверьте диск и повторите.</translation>
    </message>
    <message>
        <source>The database file is damaged; nothing was changed and nothing will be written to it. Restore the last good copy from the backups folder, or ask for help.</source>
        <translation>Файл базы данных повреждён; ничего не изменено, и запись в него не будет выполняться. Восстановите последнюю исправную копию из папки резервных копий или обратитесь за помощью.</translation>
    </message>
    <message>
        <source>The database file is empty (0 bytes): it was cut off, for example by a failed copy or a full disk. Restore the last good copy from the backups folder; the program does not start a new institution over it.</source>
        <translation>Файл базы данных пуст (0 байт): он был обрезан, например неудачным копированием или из-за заполненного диска. Восстановите последнюю исправную копию из папки резервных копий; программа не заводит новую организацию поверх него.</translation>
    </message>
    <message>
        <source>Somebody else changed the same records at the same moment; nothing was changed. Open them again and repeat.</source>
        <translation>Кто-то другой изменил те же записи в тот же момент; ничего не изменено. Откройте их заново и повторите.</translation>
    </message>
    <message>
        <source>The database address (--db or the settings) is not one the program can use; nothing was changed. Write it as sqlite:///path/to/file.sqlite or postgresql+psycopg://user@host/database.</source>
        <translation>Адрес базы данных (--db или в настройках) программа использовать не может; ничего не изменено. Укажите его в виде sqlite:///путь/к/файлу.sqlite или postgresql+psycopg://пользователь@сервер/база.</translation>
    </message>
    <message>
        <source>The database cannot be opened: the file or the server cannot be reached. Check the address and try again.</source>
        <translation>Базу данных не удаётся открыть: файл или сервер недоступны. Проверьте адрес и повторите.</translation>
    </message>
    <message>
        <source>The data folder cannot be written (it is read-only or the disk is full); nothing was changed.</source>
        <translation>В папку данных нельзя записать (она только для чтения или диск заполнен); ничего не изменено.</translation>
    </message>
    <message>
        <source>Accounts: admin (administrator), employee, viewer; the password of each: demo</source>
        <translation>Учётные записи: admin (администратор), employee, viewer; пароль каждой: demo</translation>
    </message>
    <message>
        <source>The newest good backup is “{file}”: restore it with “sanaq backup restore --newest” (the damaged file is kept aside), or start the window, which offers it.</source>
        <translation>Самая новая исправная копия — «{file}»: восстановите её командой «sanaq backup restore --newest» (повреждённый файл будет отложен в сторону) или запустите окно программы, оно предложит её.</translation>
    </message>
    <message>
        <source>No backup that opens with this computer&apos;s key was found.</source>
        <translation>Не найдено ни одной копии, которая открывается ключом этого компьютера.</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Sanaq Desktop</source>
        <translation>Sanaq Desktop</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed. If it happens again, tell the administrator; details are in the log.</source>
        <translation>Что-то пошло не так; ничего не изменено. Если это повторится, сообщите администратору; подробности в журнале.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>coverage</name>
    <message>
        <source>To enumerate</source>
        <translation>Подлежит переписи</translation>
    </message>
    <message>
        <source>Enumerated by interview</source>
        <translation>Перепись путём опроса</translation>
    </message>
    <message>
        <source>Enumerated from administration records</source>
        <translation>Перепись по административным данным</translation>
    </message>
    <message>
        <source>Self-enumerated online (sanaq.gov.kz)</source>
        <translation>Онлайн-перепись (sanaq.gov.kz)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Not resident at the reference moment</source>
        <translation>Не проживал(а) на критический момент</translation>
    </message>
</context>
<context>
    <name>iin</name>
    <message>
        <source>The IIN must have 12 digits; “{value}” has {length}.</source>
        <translation>ИИН должен состоять из 12 цифр; в «{value}» их {length}.</translation>
    </message>
    <message>
        <source>The IIN may contain only digits: “{value}”.</source>
        <translation>ИИН может содержать только цифры: «{value}».</translation>
    </message>
    <message>
        <source>The IIN {value} has a wrong check digit: a digit was probably mistyped.</source>
        <translation>У ИИН {value} неверная контрольная цифра: вероятно, опечатка в одной из цифр.</translation>
    </message>
    <message>
        <source>The 7th digit of the IIN {value} must be 1 to 6 (century and sex).</source>
        <translation>7-я цифра ИИН {value} должна быть от 1 до 6 (век и пол).</translation>
    </message>
    <message>
        <source>The first six digits of the IIN {value} are not a real birth date.</source>
        <translation>Первые шесть цифр ИИН {value} не являются датой рождения.</translation>
    </message>
    <message>
        <source>The BIN must have 12 digits; “{value}” has {length}.</source>
        <translation>БИН должен состоять из 12 цифр; в «{value}» их {length}.</translation>
    </message>
    <message>
        <source>The BIN may contain only digits: “{value}”.</source>
        <translation>БИН может содержать только цифры: «{value}».</translation>
    </message>
    <message>
        <source>The BIN {value} has a wrong check digit: check it against the registration certificate.</source>
        <translation>У БИН {value} неверная контрольная цифра: сверьте его со свидетельством о регистрации.</translation>
    </message>
</context>
<context>
    <name>institution</name>
    <message>
        <source>Enter the name of the institution in Kazakh.</source>
        <translation>Укажите наименование учреждения на казахском языке.</translation>
    </message>
    <message>
        <source>Enter the name of the institution in Russian.</source>
        <translation>Укажите наименование учреждения на русском языке.</translation>
    </message>
    <message>
        <source>Enter the BIN of the institution (12 digits).</source>
        <translation>Укажите БИН учреждения (12 цифр).</translation>
    </message>
    <message>
        <source>Choose the type of institution from the list (code “{code}” is unknown).</source>
        <translation>Выберите тип учреждения из списка (код «{code}» неизвестен).</translation>
    </message>
    <message>
        <source>Choose the district or city (KATO) from the list (code “{code}” is unknown).</source>
        <translation>Выберите район или город (КАТО) из списка (код «{code}» неизвестен).</translation>
    </message>
    <message>
        <source>The capacity must be a number of places from 0 to 100000.</source>
        <translation>Вместимость — число мест от 0 до 100000.</translation>
    </message>
    <message>
        <source>The Department&apos;s address must start with https:// (for example https://sanaq.example.kz).</source>
        <translation>Адрес Департамента должен начинаться с https:// (например, https://sanaq.example.kz).</translation>
    </message>
    <message>
        <source>The institution is not set up yet: fill in its profile first (sanaq init).</source>
        <translation>Учреждение ещё не настроено: сначала заполните его сведения (sanaq init).</translation>
    </message>
    <message>
        <source>Enter the employee&apos;s full name (surname, name, patronymic).</source>
        <translation>Укажите ФИО сотрудника (фамилия, имя, отчество).</translation>
    </message>
    <message>
        <source>The date {date} is not plausible.</source>
        <translation>Дата {date} неправдоподобна.</translation>
    </message>
    <message>
        <source>This employee no longer exists.</source>
        <translation>Сотрудник не найден (удалён).</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Change after the close-out</source>
        <translation>Изменение после завершения</translation>
    </message>
    <message>
        <source>The census work of the institution is closed out. To make this change, write its reason: it is recorded under your name and the Department is told of it at the next sending.</source>
        <translation>Перепись в учреждении завершена и закрыта. Чтобы внести это изменение, напишите его причину: она будет записана под вашим именем, и Департамент узнает о ней при следующей отправке.</translation>
    </message>
</context>
<context>
    <name>selfcheck</name>
    <message>
        <source>A file of the program is missing: {path}</source>
        <extracomment>The languages that ship complete; English is the source and needs no catalogue. The Qt platform plugin the window needs on each system.</extracomment>
        <translation>Отсутствует файл программы: {path}</translation>
    </message>
    <message>
        <source>A font cannot render Kazakh letters: {font}</source>
        <translation>Шрифт не содержит казахских букв: {font}</translation>
    </message>
    <message>
        <source>Qt&apos;s own translation is missing: {path}</source>
        <translation>Отсутствует перевод самой библиотеки Qt: {path}</translation>
    </message>
    <message>
        <source>A Qt plugin is missing: {plugin}</source>
        <translation>Отсутствует модуль Qt: {plugin}</translation>
    </message>
    <message>
        <source>The form {name} cannot be read: {error}</source>
        <translation>Форму {name} не удаётся прочитать: {error}</translation>
    </message>
    <message>
        <source>The form {name} has errors: {first}</source>
        <translation>В форме {name} есть ошибки: {first}</translation>
    </message>
    <message>
        <source>The new database was not migrated to the program&apos;s version.</source>
        <translation>Новая база данных не обновилась до версии программы.</translation>
    </message>
    <message>
        <source>The certificate was not printed.</source>
        <translation>Справка не напечаталась.</translation>
    </message>
    <message>
        <source>The census sheet&apos;s transcript was not printed.</source>
        <translation>Копия переписного листа не напечаталась.</translation>
    </message>
    <message>
        <source>Resources and fonts</source>
        <translation>Ресурсы и шрифты</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Qt plugins</source>
        <translation>Модули Qt</translation>
    </message>
    <message>
        <source>Census forms</source>
        <translation>Формы переписных листов</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>Database, certificate and transcript</source>
        <translation>База данных, справка и копия переписного листа</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Сбой: {error}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ок</translation>
    </message>
    <message>
        <source>The self-check failed.</source>
        <translation>Проверка установки выявила проблемы.</translation>
    </message>
    <message>
        <source>Everything is in order.</source>
        <translation>Всё в порядке.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Language of the program</source>
        <translation>Язык программы</translation>
    </message>
    <message>
        <source>Database address (empty: this computer)</source>
        <translation>Адрес базы данных (пусто — этот компьютер)</translation>
    </message>
    <message>
        <source>Page shown at start</source>
        <translation>Раздел при запуске</translation>
    </message>
    <message>
        <source>Save drafts every (seconds)</source>
        <translation>Интервал автосохранения черновиков, с</translation>
    </message>
    <message>
        <source>CA file of the Department (its own TLS authority)</source>
        <translation>Файл CA Департамента (собственный центр TLS)</translation>
    </message>
    <message>
        <source>Proxy for the Department (address)</source>
        <translation>Прокси для связи с Департаментом (адрес)</translation>
    </message>
    <message>
        <source>Campaign file (census dates; empty: the newest shipped)</source>
        <translation>Файл кампании (даты переписи; пусто — самая новая из поставленных)</translation>
    </message>
    <message>
        <source>Colours of the window</source>
        <translation>Оформление окна</translation>
    </message>
    <message>
        <source>The settings file could not be read (it is damaged), so the program starts with its default settings. The damaged file is kept as “{file}”.</source>
        <translation>Файл настроек не удалось прочитать (он повреждён), поэтому программа запущена с настройками по умолчанию. Повреждённый файл сохранён как «{file}».</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>The file “{file}” is not a table that can be read. Open it in a spreadsheet program and save it as .xlsx, .ods or .csv.</source>
        <extracomment>The most a table file may hold (see the module&apos;s description).</extracomment>
        <translation>Файл «{file}» не является читаемой таблицей. Откройте его в программе для работы с таблицами и сохраните как .xlsx, .ods или .csv.</translation>
    </message>
    <message>
        <source>The file “{file}” does not exist.</source>
        <translation>Файла «{file}» не существует.</translation>
    </message>
    <message>
        <source>The file “{file}” is not a table: choose an .xlsx, .xls, .ods or .csv file.</source>
        <translation>Файл «{file}» — не таблица: выберите файл .xlsx, .xls, .ods или .csv.</translation>
    </message>
    <message>
        <source>The file “{file}” is empty.</source>
        <translation>Файл «{file}» пуст.</translation>
    </message>
    <message>
        <source>The file “{file}” is a text table and has no sheets: leave out the sheet “{sheet}”.</source>
        <translation>Файл «{file}» — текстовая таблица, листов в нём нет: не указывайте лист «{sheet}».</translation>
    </message>
    <message>
        <source>more than {mb} MB of data</source>
        <translation>более {mb} МБ данных</translation>
    </message>
    <message>
        <source>more than {rows} rows</source>
        <translation>более {rows} строк</translation>
    </message>
    <message>
        <source>more than {columns} columns</source>
        <translation>более {columns} столбцов</translation>
    </message>
    <message>
        <source>a cell of more than {chars} characters</source>
        <translation>ячейку длиннее {chars} символов</translation>
    </message>
    <message>
        <source>a cell of more than {chars} characters in row {row}</source>
        <translation>ячейку длиннее {chars} символов в строке {row}</translation>
    </message>
    <message>
        <source>The file “{file}” is not read: it holds {what}, more than the program reads from one file. Check that it is the right file, or split it into smaller ones.</source>
        <translation>Файл «{file}» не прочитан: в нём {what} — больше, чем программа читает из одного файла. Проверьте, тот ли это файл, или разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>The file has no sheet “{sheet}”; its sheets: {sheets}.</source>
        <translation>В файле нет листа «{sheet}»; его листы: {sheets}.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
</context>
</TS>
