<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DateField</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <extracomment>The screening finished and the pairs are listed.</extracomment>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>Left record</source>
        <translation>Левая запись</translation>
    </message>
    <message>
        <source>Right record</source>
        <translation>Правая запись</translation>
    </message>
    <message>
        <source>Looking for records that may be one person…</source>
        <translation>Ищем записи, которые могут относиться к одному человеку…</translation>
    </message>
    <message>
        <source>Keep the left one, merge the right into it</source>
        <translation>Оставить левую, присоединить к ней правую</translation>
    </message>
    <message>
        <source>Keep the right one, merge the left into it</source>
        <translation>Оставить правую, присоединить к ней левую</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Это разные люди</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message>
        <source>%1 pairs of records may be one person. Compare them: merge a pair entered twice, or say they are different people so that they are not proposed again.</source>
        <translation>Пар записей, которые могут относиться к одному человеку: %1. Сравните их: объедините пару, внесённую дважды, или отметьте, что это разные люди, чтобы пара больше не предлагалась.</translation>
    </message>
    <message>
        <source>No likely duplicates: every person is in the register once.</source>
        <translation>Вероятных дубликатов нет: каждый человек внесён в реестр один раз.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a register: %1</source>
        <extracomment>Columns left out of the view when no row has anything in them (warnings, a unit). The file was read and the mapping page is shown. The outcome page is shown.</extracomment>
        <translation>Импорт реестра: %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Save the errors…</source>
        <translation>&amp;Сохранить ошибки…</translation>
    </message>
    <message>
        <source>&amp;Check the rows &gt;</source>
        <translation>&amp;Проверить строки &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <source>The row of the file that holds the column headers</source>
        <translation>Строка файла, в которой находятся заголовки столбцов</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Строка заголовков:</translation>
    </message>
    <message>
        <source>No header row was recognised. Set the header row, then choose for each column what it holds.</source>
        <translation>Строка заголовков не распознана. Укажите её номер, затем выберите для каждого столбца, что в нём.</translation>
    </message>
    <message>
        <source>The columns are mapped as you confirmed before for files of this layout. Check them and go on.</source>
        <translation>Столбцы сопоставлены так, как вы подтвердили ранее для файлов такого вида. Проверьте и продолжайте.</translation>
    </message>
    <message>
        <source>The header was found in row %1. Check what each column holds (choose “—” to leave a column out); the choice is remembered for files of this layout.</source>
        <translation>Заголовок найден в строке %1. Проверьте, что в каждом столбце (выберите «—», чтобы пропустить столбец); выбор запомнится для файлов такого вида.</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>содержит</translation>
    </message>
    <message>
        <source>The register is imported.</source>
        <translation>Реестр импортирован.</translation>
    </message>
    <message>
        <source>Row / field</source>
        <translation>Строка / поле</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>В реестре</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>These persons are in the register but not in the file. Tick those who left the institution: they will be marked as left on the date below (they stay in the register with their history).</source>
        <translation>Эти люди есть в реестре, но их нет в файле. Отметьте тех, кто выбыл из учреждения: они будут отмечены как выбывшие на дату ниже (и останутся в реестре со своей историей).</translation>
    </message>
    <message>
        <source>Left on:</source>
        <translation>Дата выбытия:</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Отметить всех</translation>
    </message>
    <message>
        <source>Choose the column that holds the surname (or the full name).</source>
        <translation>Выберите столбец с фамилией (или с ФИО целиком).</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <source>Rows with persons: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Строк с людьми: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>new: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>новых: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>with changes: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>с изменениями: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation>без изменений: %1</translation>
    </message>
    <message>
        <source>duplicates: %1</source>
        <translation>дубликатов: %1</translation>
    </message>
    <message>
        <source>errors: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>ошибок: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not in the file: %1</source>
        <translation>нет в файле: %1</translation>
    </message>
    <message>
        <source>lines skipped (totals, signatures, headers): %1</source>
        <translation>пропущено строк (итоги, подписи, заголовки): %1</translation>
    </message>
    <message>
        <source>New persons added:</source>
        <translation>Добавлено новых людей:</translation>
    </message>
    <message>
        <source>Persons updated:</source>
        <translation>Обновлено записей:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Без изменений:</translation>
    </message>
    <message>
        <source>Marked as left:</source>
        <translation>Отмечено выбывшими:</translation>
    </message>
    <message>
        <source>Not imported, with errors:</source>
        <translation>Не импортировано из-за ошибок:</translation>
    </message>
    <message>
        <source>Not imported, duplicates in the file:</source>
        <translation>Не импортировано, повторы в файле:</translation>
    </message>
    <message>
        <source>The persons are on the Respondents page. Rows not imported stay in the file: correct them there and import the file again, or add those persons by hand.</source>
        <translation>Люди — на странице «Респонденты». Неимпортированные строки остались в файле: исправьте их там и импортируйте файл ещё раз или добавьте этих людей вручную.</translation>
    </message>
    <message>
        <source>The persons are on the Respondents page.</source>
        <translation>Люди — на странице «Респонденты».</translation>
    </message>
    <message>
        <source>Rows with errors are not imported: correct them in the file and import it again, or add those persons by hand. “Save the errors…” writes them to a workbook with the reasons.</source>
        <translation>Строки с ошибками не импортируются: исправьте их в файле и импортируйте его снова или добавьте этих людей вручную. «Сохранить ошибки…» запишет их в книгу Excel с причинами.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Новые (%1)</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Изменения (%1)</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Дубликаты (%1)</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Ошибки (%1)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Not in the file (%1)</source>
        <translation>Нет в файле (%1)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translation>Пропущено (%1)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>ошибки</translation>
    </message>
    <message>
        <source>Save the errors</source>
        <translation>Сохранить ошибки</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>LeftDialog</name>
    <message>
        <source>Mark as left: %1</source>
        <translation>Отметить выбытие: %1</translation>
    </message>
    <message>
        <source>Where to, by which order (required for “Other reason”)</source>
        <translation>Куда, по какому приказу (обязательно для «Другая причина»)</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>The person stays in the register with this date; the list as of the list date still counts them if they left after it.</source>
        <translation>Человек остаётся в реестре с этой датой; в списке на дату списка он учитывается, если выбыл после неё.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <extracomment>nothing until saving is tried (a new record does not open red); a stored record shows all.</extracomment>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Человек: %1</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Group, ward or department (type a new one to add it)</source>
        <translation>Группа, палата или отделение (введите новое, чтобы добавить)</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>ИИ&amp;Н</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>&amp;Residence</source>
        <translation>Про&amp;живание</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Подразделени&amp;е</translation>
    </message>
    <message>
        <source>&amp;Admitted on</source>
        <translation>Дата пос&amp;тупления</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>При&amp;мечание</translation>
    </message>
    <message>
        <source>Census</source>
        <translation>Перепись</translation>
    </message>
    <message>
        <source>Coverage status</source>
        <translation>Статус переписи</translation>
    </message>
    <message>
        <source>Confirmation code</source>
        <translation>Код подтверждения</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Выбытие</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 15.03.1987.</source>
        <translation>«%1» — не дата: пишите так: 15.03.1987.</translation>
    </message>
    <message>
        <source>Age at the census moment: %1</source>
        <translation>Возраст на критический момент: %1</translation>
    </message>
    <message>
        <source>on the list of %1</source>
        <translation>в списке на %1</translation>
    </message>
    <message>
        <source>not on the list of %1</source>
        <translation>не в списке на %1</translation>
    </message>
    <message>
        <source>he lived here at the reference moment</source>
        <translation>проживал на критический момент</translation>
    </message>
    <message>
        <source>he did not live here at the reference moment</source>
        <translation>не проживал на критический момент</translation>
    </message>
    <message>
        <source>she lived here at the reference moment</source>
        <translation>проживала на критический момент</translation>
    </message>
    <message>
        <source>she did not live here at the reference moment</source>
        <translation>не проживала на критический момент</translation>
    </message>
    <message>
        <source>resident at the reference moment</source>
        <translation>проживание на критический момент: да</translation>
    </message>
    <message>
        <source>not resident at the reference moment</source>
        <translation>проживание на критический момент: нет</translation>
    </message>
    <message>
        <source>The IIN looks wrong</source>
        <translation>ИИН выглядит неверным</translation>
    </message>
    <message>
        <source>The IIN does not pass the check: a digit was probably mistyped. Check it against a document. Save it anyway? The person will be listed with the problem “Invalid IIN”.</source>
        <translation>ИИН не проходит проверку: вероятно, опечатка в одной из цифр. Сверьте его с документом. Всё равно сохранить? Человек будет в списке с проблемой «Неверный ИИН».</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавление в реестр</translation>
    </message>
    <message>
        <source>imported from a file</source>
        <translation>импорт из файла</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>marked as left</source>
        <translation>отметка о выбытии</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возвращение</translation>
    </message>
    <message>
        <source>merged with a duplicate</source>
        <translation>объединение с дубликатом</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
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
        <source>Sent {when}</source>
        <extracomment>The service&apos;s sort key of each column, in the order of the columns.</extracomment>
        <translation>Отправлено {when}</translation>
    </message>
    <message>
        <source>Changed since sent {when}</source>
        <translation>Изменено после отправки {when}</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Sent to the Department</source>
        <translation>Отправка в Департамент</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Проживание</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <source>Coverage status</source>
        <translation>Статус переписи</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
</context>
<context>
    <name>RespondentsPage</name>
    <message>
        <source>Search: surname, name, patronymic or IIN</source>
        <extracomment>The list was recomputed (search, filters, sort, a change): how many rows it shows.</extracomment>
        <translation>Поиск: фамилия, имя, отчество или ИИН</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Any problems or none</source>
        <translation>С проблемами и без</translation>
    </message>
    <message>
        <source>With any problem</source>
        <translation>С любой проблемой</translation>
    </message>
    <message>
        <source>Who is shown</source>
        <translation>Кто показан</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Present (not left)</source>
        <translation>Присутствующие (не выбыли)</translation>
    </message>
    <message>
        <source>On the stage-1 list</source>
        <translation>В списке 1-го этапа</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Выбывшие</translation>
    </message>
    <message>
        <source>To be counted (list or census moment)</source>
        <translation>Подлежат переписи (список или критический момент)</translation>
    </message>
    <message>
        <source>Work left</source>
        <translation>Оставшаяся работа</translation>
    </message>
    <message>
        <source>Census sheet in draft</source>
        <translation>Переписной лист в черновике</translation>
    </message>
    <message>
        <source>Waiting for double entry</source>
        <translation>Ждёт двойного ввода</translation>
    </message>
    <message>
        <source>Certificate to issue</source>
        <translation>Справку нужно выдать</translation>
    </message>
    <message>
        <source>Not yet at the Department</source>
        <translation>Ещё не в Департаменте</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Mark as &amp;left…</source>
        <translation>Отметить в&amp;ыбытие…</translation>
    </message>
    <message>
        <source>Came &amp;back</source>
        <translation>Отметить &amp;возвращение</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Импор&amp;т…</translation>
    </message>
    <message>
        <source>D&amp;uplicates…</source>
        <translation>Ду&amp;бликаты…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Э&amp;кспорт</translation>
    </message>
    <message>
        <source>Stage-1 list for the Department (.xlsx)…</source>
        <translation>Список 1-го этапа для Департамента (.xlsx)…</translation>
    </message>
    <message>
        <source>Stage-1 list to sign (PDF)…</source>
        <translation>Список 1-го этапа на подпись (PDF)…</translation>
    </message>
    <message>
        <source>Whole register (.xlsx)…</source>
        <translation>Весь реестр (.xlsx)…</translation>
    </message>
    <message>
        <source>The register is empty. Add persons one by one, or import the institution&apos;s own list (Excel, LibreOffice or CSV) with “Import…”.</source>
        <translation>Реестр пуст. Добавляйте людей по одному или импортируйте список учреждения (Excel, LibreOffice или CSV) кнопкой «Импорт…».</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Респонденты</translation>
    </message>
    <message>
        <source>Any work left</source>
        <translation>Любая работа</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Любое подразделение</translation>
    </message>
    <message>
        <source>Without a unit</source>
        <translation>Без подразделения</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Удаление записи</translation>
    </message>
    <message>
        <source>Delete %1 from the register? Do this only for a record entered by mistake; a person who left is marked as left instead.</source>
        <translation>Удалить %1 из реестра? Делайте это только для записи, внесённой по ошибке; выбывшего человека отмечают как выбывшего.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>Импорт реестра</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Реестры (*.xlsx *.xlsm *.xls *.ods *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>stage-1 list</source>
        <translation>список 1-го этапа</translation>
    </message>
    <message>
        <source>register</source>
        <translation>реестр</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Saved %1 (%2 persons).</source>
        <translation>Сохранено: %1 (человек: %2).</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <source>Invalid IIN</source>
        <extracomment>The IIN rules, remembered per number: an import checks each IIN several times (validation, reconciliation, stored problems) and a register has up to some 100,000 of them. Latin letters that look like Cyrillic ones; registers typed on mixed keyboards contain them. Kazakh letters folded to the Russian letters they are often replaced by, for matching only. The longest part of a name (surname, name, patronymic) a record keeps. Not stored: derived from the dates each time (born, admitted or gone on the wrong side of the reference moment).</extracomment>
        <translation>Неверный ИИН</translation>
    </message>
    <message>
        <source>No IIN</source>
        <translation>Нет ИИН</translation>
    </message>
    <message>
        <source>Birth date contradicts the IIN</source>
        <translation>Дата рождения не совпадает с ИИН</translation>
    </message>
    <message>
        <source>Sex contradicts the IIN</source>
        <translation>Пол не совпадает с ИИН</translation>
    </message>
    <message>
        <source>Likely duplicate</source>
        <translation>Вероятный дубликат</translation>
    </message>
    <message>
        <source>Missing required data</source>
        <translation>Не хватает обязательных данных</translation>
    </message>
    <message>
        <source>Enter the surname.</source>
        <translation>Введите фамилию.</translation>
    </message>
    <message>
        <source>A part of the name has {length} characters; at most {most} are kept. Check the cell: it may hold more than a name.</source>
        <translation>Часть ФИО длиной {length} символов; сохраняется не более {most}. Проверьте ячейку: в ней, возможно, не только имя.</translation>
    </message>
    <message>
        <source>Choose the country of citizenship.</source>
        <translation>Выберите страну гражданства.</translation>
    </message>
    <message>
        <source>A citizen of Kazakhstan must have an IIN: enter it when known.</source>
        <translation>У гражданина Казахстана должен быть ИИН: введите его, когда он станет известен.</translation>
    </message>
    <message>
        <source>No IIN: allowed for a foreigner or a stateless person.</source>
        <translation>Нет ИИН: допустимо для иностранца или лица без гражданства.</translation>
    </message>
    <message>
        <source>The birth date {date} is not plausible.</source>
        <translation>Дата рождения {date} неправдоподобна.</translation>
    </message>
    <message>
        <source>The admission date is before the birth date.</source>
        <translation>Дата поступления раньше даты рождения.</translation>
    </message>
    <message>
        <source>The admission date {date} is in the future.</source>
        <translation>Дата поступления {date} ещё не наступила.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Не указано имя.</translation>
    </message>
    <message>
        <source>Not counted at the reference moment</source>
        <translation>Не учитывается на критический момент</translation>
    </message>
    <message>
        <source>The birth date is missing.</source>
        <translation>Не указана дата рождения.</translation>
    </message>
    <message>
        <source>The sex is missing.</source>
        <translation>Не указан пол.</translation>
    </message>
    <message>
        <source>Born on {date}, after the census moment (00:00, {moment}): not counted.</source>
        <translation>Родился(ась) {date}, после критического момента переписи (00:00, {moment}): не учитывается.</translation>
    </message>
    <message>
        <source>Admitted on {date}, after the census moment (00:00, {moment}): not counted here.</source>
        <translation>Поступил(а) {date}, после критического момента переписи (00:00, {moment}): в учреждении не учитывается.</translation>
    </message>
    <message>
        <source>Left on {date}, before the census moment (00:00, {moment}): not counted here.</source>
        <translation>Выбыл(а) {date}, до критического момента переписи (00:00, {moment}): в учреждении не учитывается.</translation>
    </message>
    <message>
        <source>The birth date {date} contradicts the IIN {iin}, which gives {iin_date}.</source>
        <translation>Дата рождения {date} не совпадает с ИИН {iin}, по которому она {iin_date}.</translation>
    </message>
    <message>
        <source>The sex is male, but the IIN {iin} is a woman&apos;s (its 7th digit).</source>
        <translation>Указан мужской пол, а ИИН {iin} — женский (по 7-й цифре).</translation>
    </message>
    <message>
        <source>The sex is female, but the IIN {iin} is a man&apos;s (its 7th digit).</source>
        <translation>Указан женский пол, а ИИН {iin} — мужской (по 7-й цифре).</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Выписка (отчисление)</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Смерть</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Другая причина</translation>
    </message>
    <message>
        <source>Usually resident</source>
        <translation>Постоянно проживает</translation>
    </message>
    <message>
        <source>Temporarily absent</source>
        <translation>Временно отсутствует</translation>
    </message>
    <message>
        <source>Temporarily present</source>
        <translation>Временно находится</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Другая страна</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Без гражданства</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>The same IIN</source>
        <translation>Один и тот же ИИН</translation>
    </message>
    <message>
        <source>The same full name and birth date</source>
        <translation>Одинаковые ФИО и дата рождения</translation>
    </message>
    <message>
        <source>Nearly the same name and the same birth date</source>
        <translation>Почти одинаковые ФИО и одна дата рождения</translation>
    </message>
    <message>
        <source>The person is no longer in the register.</source>
        <extracomment>What the Overview&apos;s numbers open in the Respondents list, beyond the coverage status.</extracomment>
        <translation>Этого человека уже нет в реестре.</translation>
    </message>
    <message>
        <source>Somebody else changed this person meanwhile: open the record again.</source>
        <translation>Кто-то другой тем временем изменил эту запись: откройте её заново.</translation>
    </message>
    <message>
        <source>The leaving date is before the admission date.</source>
        <translation>Дата выбытия раньше даты поступления.</translation>
    </message>
    <message>
        <source>The leaving date {date} is in the future.</source>
        <translation>Дата выбытия {date} ещё не наступила.</translation>
    </message>
    <message>
        <source>Say why the person left.</source>
        <translation>Укажите причину выбытия.</translation>
    </message>
    <message>
        <source>This person already has census work recorded and cannot be deleted; mark them as left instead.</source>
        <translation>По этому человеку уже есть записи переписи, его нельзя удалить; отметьте его как выбывшего.</translation>
    </message>
    <message>
        <source>Other records refer to this person; mark them as left instead.</source>
        <translation>На этого человека ссылаются другие записи; отметьте его как выбывшего.</translation>
    </message>
    <message>
        <source>The register was changed by somebody else while this file was being checked (another import or another employee); nothing was written. Check the file again and import it.</source>
        <translation>Пока файл проверялся, реестр изменил кто-то другой (другой импорт или другой сотрудник); ничего не записано. Проверьте файл ещё раз и импортируйте его.</translation>
    </message>
    <message>
        <source>Choose two different persons to merge.</source>
        <translation>Выберите двух разных людей для объединения.</translation>
    </message>
    <message>
        <source>The record to remove has census work of its own: keep that record and merge the other into it.</source>
        <translation>У удаляемой записи есть свои записи переписи: оставьте эту запись и объедините другую с ней.</translation>
    </message>
    <message>
        <source>Rows read: {n}</source>
        <translation>Прочитано строк: {n}</translation>
    </message>
    <message>
        <source>Imported: {n}</source>
        <translation>Импортировано: {n}</translation>
    </message>
    <message>
        <source>Updated: {n}</source>
        <translation>Обновлено: {n}</translation>
    </message>
    <message>
        <source>Duplicates: {n}</source>
        <translation>Дубликатов: {n}</translation>
    </message>
    <message>
        <source>Errors: {n}</source>
        <translation>Ошибок: {n}</translation>
    </message>
    <message>
        <source>  row {row}: {reasons}</source>
        <translation>  строка {row}: {reasons}</translation>
    </message>
    <message>
        <source>{n} persons of the register are not in the file; if they left, mark them so in the window.</source>
        <translation>В файле нет {n} человек из реестра; если они выбыли, отметьте это в окне программы.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный прогон: ничего не записано.</translation>
    </message>
    <message>
        <source>Written: {file} ({n} persons)</source>
        <translation>Записано: {file} (человек: {n})</translation>
    </message>
    <message>
        <source>Surname</source>
        <extracomment>The fields a column can hold, in the order the mapping dialog lists them.</extracomment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Full name (surname, name, patronymic in one cell)</source>
        <translation>ФИО (фамилия, имя, отчество в одной ячейке)</translation>
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
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Residence category</source>
        <translation>Категория проживания</translation>
    </message>
    <message>
        <source>Unit (group, ward, department)</source>
        <translation>Подразделение (группа, палата, отделение)</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <source>Leaving reason</source>
        <translation>Причина выбытия</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>The mapping file “{file}” is not a JSON object of field → column.</source>
        <translation>Файл сопоставления «{file}» не является JSON-объектом «поле → столбец».</translation>
    </message>
    <message>
        <source>The mapping names an unknown field “{field}”.</source>
        <translation>В сопоставлении указано неизвестное поле «{field}».</translation>
    </message>
    <message>
        <source>The mapping&apos;s column “{column}” is not in the file.</source>
        <translation>Столбца «{column}» из сопоставления нет в файле.</translation>
    </message>
    <message>
        <source>The IIN “{value}” cannot be read.</source>
        <extracomment>What the register was when the file was checked (:func:`register.register_stamp`): applying refuses when it changed meanwhile (another import or employee), not to write a person twice.</extracomment>
        <translation>ИИН «{value}» не удаётся прочитать.</translation>
    </message>
    <message>
        <source>The birth date “{value}” is not a date.</source>
        <translation>Дата рождения «{value}» — не дата.</translation>
    </message>
    <message>
        <source>The admission date “{value}” is not a date.</source>
        <translation>Дата поступления «{value}» — не дата.</translation>
    </message>
    <message>
        <source>The leaving date “{value}” is not a date.</source>
        <translation>Дата выбытия «{value}» — не дата.</translation>
    </message>
    <message>
        <source>The sex “{value}” is not understood (write М/Ж, муж./жен., ер/әйел).</source>
        <translation>Пол «{value}» не распознан (пишите М/Ж, муж./жен., ер/әйел).</translation>
    </message>
    <message>
        <source>The citizenship “{value}” is not a known country.</source>
        <translation>Гражданство «{value}» — неизвестная страна.</translation>
    </message>
    <message>
        <source>The residence category “{value}” is not understood.</source>
        <translation>Категория проживания «{value}» не распознана.</translation>
    </message>
    <message>
        <source>Show which column holds the surname (or the full name).</source>
        <translation>Укажите, в каком столбце фамилия (или ФИО целиком).</translation>
    </message>
    <message>
        <source>The same person as in row {line}.</source>
        <translation>Тот же человек, что в строке {line}.</translation>
    </message>
    <message>
        <source>Nearly the same as {name}, already in the register, born the same day.</source>
        <translation>Почти совпадает с {name}: этот человек уже есть в реестре, дата рождения та же.</translation>
    </message>
    <message>
        <source>Nearly the same as row {line}, born the same day.</source>
        <translation>Почти совпадает со строкой {line}, дата рождения та же.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Неимпортированные строки</translation>
    </message>
</context>
</TS>
