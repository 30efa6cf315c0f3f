<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>forms</name>
    <message>
        <source>The form {form_id} version {version} is valid: {questions} questions.</source>
        <translation>Форма {form_id} версии {version} корректна: вопросов — {questions}.</translation>
    </message>
    <message>
        <source>The form is not valid:</source>
        <translation>Форма содержит ошибки:</translation>
    </message>
    <message>
        <source>Installed: form {form_id} version {version}; new sheets are filled on it.</source>
        <translation>Установлена форма {form_id} версии {version}; новые листы заполняются по ней.</translation>
    </message>
    <message>
        <source>row {row}: no IIN match, and no full name with a birth date</source>
        <translation>строка {row}: ИИН не найден, а ФИО с датой рождения не указаны</translation>
    </message>
    <message>
        <source>row {row}: several persons of the register match</source>
        <translation>строка {row}: подходят несколько человек из реестра</translation>
    </message>
    <message>
        <source>row {row}: nobody in the register matches</source>
        <translation>строка {row}: в реестре нет такого человека</translation>
    </message>
    <message>
        <source>Rows: {rows}; matched: {matched}; new sheets: {created}; answers filled: {filled}; complete sheets left alone: {complete}.</source>
        <translation>Строк: {rows}; сопоставлено: {matched}; новых листов: {created}; заполнено ответов: {filled}; заполненные листы не тронуты: {complete}.</translation>
    </message>
    <message>
        <source>row {row}: the value for “{name}” was not understood</source>
        <translation>строка {row}: значение для «{name}» не распознано</translation>
    </message>
    <message>
        <source>Exported {count} sheet(s) to {file}.</source>
        <translation>Выгружено листов: {count}, файл {file}.</translation>
    </message>
    <message>
        <source>“{label}”: enter a whole number.</source>
        <extracomment>For warnings: confirmed by the employee, with the reason. For a question of a repeat (``name`` is then the repeat&apos;s): the row, from 1, and the question. Ages are computed at this date: the campaign&apos;s reference date (the newest shipped campaign&apos;s by default). The values of metadata questions (``username``, ``email``, ``deviceid``, …): who fills the sheet and on which computer. Names of relevant questions, notes and calculations. Names of relevant input questions that are required now. Values as expressions see them: answers of relevant questions and calculated values. Relevant input questions and notes in form order: the keyboard order of the sheet. Required questions still without an answer. Answered questions that are no longer relevant (kept in a draft, dropped on completion). Relevant questions not answered whose ``default`` stands as their answer (name → value). Each repeat&apos;s rows as expressions see them, and the questions relevant in each row. A repeat inside a repeat has a table in each row of the outer one, at ``outer.&lt;row from 1&gt;.inner``.</extracomment>
        <translation>«{label}»: введите целое число.</translation>
    </message>
    <message>
        <source>“{label}”: enter a number.</source>
        <translation>«{label}»: введите число.</translation>
    </message>
    <message>
        <source>“{label}”: enter a date.</source>
        <translation>«{label}»: введите дату.</translation>
    </message>
    <message>
        <source>“{label}”: choose one of the answers in the list.</source>
        <translation>«{label}»: выберите один из ответов списка.</translation>
    </message>
    <message>
        <source>“{label}”: choose answers from the list only.</source>
        <translation>«{label}»: выбирайте ответы только из списка.</translation>
    </message>
    <message>
        <source>“{label}”: enter text.</source>
        <translation>«{label}»: введите текст.</translation>
    </message>
    <message>
        <source>“{label}”: enter a time as HH:MM.</source>
        <translation>«{label}»: введите время в виде ЧЧ:ММ.</translation>
    </message>
    <message>
        <source>“{label}”: enter a date and a time.</source>
        <translation>«{label}»: введите дату и время.</translation>
    </message>
    <message>
        <source>“{label}”: enter a number of the range shown.</source>
        <translation>«{label}»: введите число из указанного диапазона.</translation>
    </message>
    <message>
        <source>“{label}”: the answer can only be “OK”.</source>
        <translation>«{label}»: ответ может быть только «OK».</translation>
    </message>
    <message>
        <source>“{label}”: enter latitude and longitude (degrees), then altitude and accuracy (metres) if known.</source>
        <translation>«{label}»: введите широту и долготу (в градусах), затем, если известны, высоту и точность (в метрах).</translation>
    </message>
    <message>
        <source>“{label}”: enter two or more points separated by “;”.</source>
        <translation>«{label}»: введите две или более точек через «;».</translation>
    </message>
    <message>
        <source>“{label}”: enter three or more points separated by “;”.</source>
        <translation>«{label}»: введите три или более точек через «;».</translation>
    </message>
    <message>
        <source>“{label}”: attach a file from the disk.</source>
        <translation>«{label}»: приложите файл с диска.</translation>
    </message>
    <message>
        <source>Row {row}: {what}</source>
        <extracomment>This level&apos;s own values (a row&apos;s values are seen before the sheet&apos;s). The answers as the sheet holds them, with the defaults of questions not answered.</extracomment>
        <translation>Строка {row}: {what}</translation>
    </message>
    <message>
        <source>“{label}”: {detail}</source>
        <translation>«{label}»: {detail}</translation>
    </message>
    <message>
        <source>“{label}” needs an answer.</source>
        <translation>«{label}»: нужен ответ.</translation>
    </message>
    <message>
        <source>“{label}”: the answer is not allowed.</source>
        <translation>«{label}»: такой ответ недопустим.</translation>
    </message>
    <message>
        <source>“{label}”: the answer is unusual; check it.</source>
        <translation>«{label}»: необычный ответ, проверьте его.</translation>
    </message>
    <message>
        <source>Unexpected character “{char}” at position {position} of “{expression}”.</source>
        <extracomment>The form&apos;s lists and files (``instance()``, ``pulldata()``, ``jr:choice-name()``). The value the question had before this evaluation (what ``once()`` keeps). Inside a repeat: the row&apos;s number, from 1 (``position(..)``). Every row&apos;s value of each question in a repeat (``indexed-repeat()``, ``count()``, ``sum()``). name → (function, minimum arguments, maximum arguments or None)</extracomment>
        <translation>Недопустимый знак «{char}» в позиции {position} выражения «{expression}».</translation>
    </message>
    <message>
        <source>“${{{name}}}” is not a question name in “{expression}”.</source>
        <translation>«${{{name}}}» в «{expression}» — не имя вопроса.</translation>
    </message>
    <message>
        <source>“{expression}” is too long.</source>
        <extracomment>Lists read with ``instance(&apos;name&apos;)`` and files read with ``pulldata(&apos;name&apos;, …)``.</extracomment>
        <translation>Выражение «{expression}» слишком длинное.</translation>
    </message>
    <message>
        <source>“{expression}” ends too early.</source>
        <translation>Выражение «{expression}» обрывается.</translation>
    </message>
    <message>
        <source>Expected “{wanted}” but found “{found}” at position {position} of “{expression}”.</source>
        <translation>Ожидалось «{wanted}», а стоит «{found}» в позиции {position} выражения «{expression}».</translation>
    </message>
    <message>
        <source>Unexpected “{found}” at position {position} of “{expression}”.</source>
        <translation>Лишнее «{found}» в позиции {position} выражения «{expression}».</translation>
    </message>
    <message>
        <source>“{expression}” is nested too deeply.</source>
        <translation>В выражении «{expression}» слишком глубокая вложенность.</translation>
    </message>
    <message>
        <source>“{name}” in “{expression}” is neither a function call nor a question: write ${{{name}}}.</source>
        <translation>«{name}» в «{expression}» — не функция и не вопрос: пишите ${{{name}}}.</translation>
    </message>
    <message>
        <source>instance() takes a list name in quotes in “{expression}”.</source>
        <translation>В «{expression}» функции instance() нужно имя списка в кавычках.</translation>
    </message>
    <message>
        <source>Write a list lookup as instance(&apos;list&apos;)/root/item[…]/column in “{expression}”.</source>
        <translation>В «{expression}» запишите поиск по списку в виде instance(&apos;list&apos;)/root/item[…]/column.</translation>
    </message>
    <message>
        <source>Unknown function “{name}()” in “{expression}”.</source>
        <translation>Неизвестная функция «{name}()» в «{expression}».</translation>
    </message>
    <message>
        <source>The function “{name}()” does not take {count} argument(s) in “{expression}”.</source>
        <translation>Функция «{name}()» не принимает столько аргументов ({count}) в «{expression}».</translation>
    </message>
    <message>
        <source>The pattern “{pattern}” in “{expression}” is not a valid regular expression.</source>
        <translation>Шаблон «{pattern}» в «{expression}» — неверное регулярное выражение.</translation>
    </message>
    <message>
        <source>“{expression}” is not an expression.</source>
        <translation>«{expression}» — не выражение.</translation>
    </message>
    <message>
        <source>The expression is empty.</source>
        <translation>Выражение пустое.</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The translation of this source text in the ``forms`` catalogue is the catalogue&apos;s language code; it lets a Message pick the form&apos;s own text in the language the window speaks.</extracomment>
        <translation>ru</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, row {row}, column “{column}”</source>
        <extracomment>Questions a person answers. Location is typed as numbers, media is a file attached from disk, a barcode is typed text, an acknowledgement is &quot;OK&quot;. A file attached to a media question is kept in the sheet itself (in the database, with its SHA-256), so it travels and is saved with the answers; this keeps sheets small enough to save at every step. Metadata filled without a question: from the clock, the employee and the computer. The code of the &quot;not known&quot; answer of questions with ``allow_unknown``. All other columns of the choices row (or of the classifier file), for choice filters. For ``meta`` questions: which metadata (one of META_TYPES). The question also offers the answer &quot;not known&quot; (:data:`UNKNOWN`): column ``allow_unknown``. The ``default`` column: a fixed answer, or an expression (``default_expression``) when it reads other answers or calls a function, as pyxform decides. The ``parameters`` column (``start=1 end=10 step=1`` of a range), by name. Names of the enclosing groups (and repeat), outermost first. The repeat the question is asked in, once per row; ``None`` outside repeats. For a repeat: the ``repeat_count`` column, the number of rows when the form fixes it. Raw expression texts by column (for change lists and the command line). &quot;person&quot; or &quot;institution&quot; (settings column ``kind``). Evaluation order of questions and groups (dependencies first), computed at load. What the form&apos;s author should know but that does not stop the form (columns not used, settings given defaults), each at its sheet, row and column. Tables expressions read: the choice lists by name, and the CSV files shipped with the form (``pulldata(&apos;file&apos;, …)``, ``instance(&apos;file&apos;)``) by name without ``.csv``. The questions of each repeat in an order where what an expression reads comes first.</extracomment>
        <translation>лист «{sheet}», строка {row}, столбец «{column}»</translation>
    </message>
    <message>
        <source>The workbook has no “survey” sheet.</source>
        <translation>В книге нет листа «survey».</translation>
    </message>
    <message>
        <source>The type is empty.</source>
        <translation>Тип не указан.</translation>
    </message>
    <message>
        <source>“end_group” without a matching “begin_group”.</source>
        <translation>«end_group» без парного «begin_group».</translation>
    </message>
    <message>
        <source>The name “{name}” is already used in row {other}.</source>
        <translation>Имя «{name}» уже занято в строке {other}.</translation>
    </message>
    <message>
        <source>The group “{name}” is never closed with “end_group”.</source>
        <translation>Группа «{name}» не закрыта строкой «end_group».</translation>
    </message>
    <message>
        <source>“{name}”: the file “{file}” that pulldata() reads is not with the form.</source>
        <translation>«{name}»: файла «{file}», который читает pulldata(), нет при форме.</translation>
    </message>
    <message>
        <source>The default source “{value}” is not interview, proxy or records.</source>
        <translation>Источник по умолчанию «{value}» — не interview, proxy или records.</translation>
    </message>
    <message>
        <source>“{value}” is not a register field that can fill a question.</source>
        <translation>«{value}» — не поле реестра, которым можно заполнить вопрос.</translation>
    </message>
    <message>
        <source>“{name}”: the expression refers to ${{{ref}}}, which is not a question.</source>
        <translation>«{name}»: выражение ссылается на ${{{ref}}}, такого вопроса нет.</translation>
    </message>
    <message>
        <source>“{name}”: instance(&apos;{list}&apos;) is neither a choice list nor a file of the form.</source>
        <translation>«{name}»: instance(&apos;{list}&apos;) — не список вариантов и не файл формы.</translation>
    </message>
    <message>
        <source>The kind “{kind}” is neither “person” nor “institution”.</source>
        <translation>Вид «{kind}» — ни «person», ни «institution».</translation>
    </message>
    <message>
        <source>“{name}” depends on itself through its expressions.</source>
        <translation>«{name}» через свои выражения зависит сам от себя.</translation>
    </message>
    <message>
        <source>A choice needs both a list_name and a name.</source>
        <translation>У варианта ответа должны быть list_name и name.</translation>
    </message>
    <message>
        <source>“{type}” needs the name of a choice list after it.</source>
        <translation>После «{type}» нужно имя списка ответов.</translation>
    </message>
    <message>
        <source>The choice list “{list}” is not in the choices sheet.</source>
        <translation>Списка ответов «{list}» нет на листе choices.</translation>
    </message>
    <message>
        <source>“{type}” needs a .csv file name after it.</source>
        <translation>После «{type}» нужно имя файла .csv.</translation>
    </message>
    <message>
        <source>The list file “{file}” is not among the classifiers.</source>
        <translation>Файла списка «{file}» нет среди классификаторов.</translation>
    </message>
    <message>
        <source>The type “{type}” is not supported by the census sheets.</source>
        <translation>Тип «{type}» не поддерживается переписными листами.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx or .xls): {detail}</source>
        <translation>Файл не является книгой Excel (.xlsx или .xls): {detail}</translation>
    </message>
    <message>
        <source>The column “{header}” is not used by the census sheets; what it holds is ignored.</source>
        <translation>Столбец «{header}» переписными листами не используется; его содержимое не учитывается.</translation>
    </message>
    <message>
        <source>The settings give no form_id; the file name “{form_id}” is used.</source>
        <translation>В настройках нет form_id; используется имя файла «{form_id}».</translation>
    </message>
    <message>
        <source>The settings give no version; “{version}”, taken from the file&apos;s content, is used.</source>
        <translation>В настройках нет version; используется «{version}», полученная по содержимому файла.</translation>
    </message>
    <message>
        <source>The choice “{name}” is already in the list “{list}” (row {other}); allow_choice_duplicates in the settings permits it.</source>
        <translation>Вариант «{name}» уже есть в списке «{list}» (строка {other}); разрешить повтор можно настройкой allow_choice_duplicates.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Имя не указано.</translation>
    </message>
    <message>
        <source>The name “{name}” must start with a Latin letter and hold only Latin letters, digits and _ - .</source>
        <translation>Имя «{name}» должно начинаться с латинской буквы и состоять из латинских букв, цифр и _ - .</translation>
    </message>
    <message>
        <source>The question “{name}” has no label.</source>
        <translation>У вопроса «{name}» нет текста.</translation>
    </message>
    <message>
        <source>“{name}”: {detail}</source>
        <translation>«{name}»: {detail}</translation>
    </message>
    <message>
        <source>The calculation “{name}” has no formula.</source>
        <translation>У вычисления «{name}» нет формулы.</translation>
    </message>
    <message>
        <source>New question “{label}”.</source>
        <translation>Новый вопрос «{label}».</translation>
    </message>
    <message>
        <source>The question “{label}” was removed; its answer is kept aside.</source>
        <translation>Вопрос «{label}» удалён; ответ на него сохранён отдельно.</translation>
    </message>
    <message>
        <source>The question “{label}” takes another kind of answer now.</source>
        <translation>На вопрос «{label}» теперь отвечают иначе.</translation>
    </message>
    <message>
        <source>The wording of “{label}” changed.</source>
        <translation>Изменена формулировка вопроса «{label}».</translation>
    </message>
    <message>
        <source>The answers to choose from in “{label}” changed.</source>
        <translation>Изменились варианты ответа на вопрос «{label}».</translation>
    </message>
    <message>
        <source>When “{label}” is asked or what it accepts changed.</source>
        <translation>Изменилось, когда задаётся вопрос «{label}» или какие ответы он принимает.</translation>
    </message>
    <message>
        <source>The answer to “{label}” no longer fits the question; answer it again.</source>
        <translation>Ответ на вопрос «{label}» больше не подходит; ответьте заново.</translation>
    </message>
    <message>
        <source>XLSForm check: {detail}</source>
        <translation>Проверка XLSForm: {detail}</translation>
    </message>
    <message>
        <source>XLSForm check: the file cannot be read ({detail}).</source>
        <translation>Проверка XLSForm: файл не читается ({detail}).</translation>
    </message>
    <message>
        <source>The form file {file} is too large.</source>
        <extracomment>What pyxform says beside its errors. What the program notes about the form without refusing it (columns it does not use, defaults given to form_id and version), each at its sheet, row and column.</extracomment>
        <translation>Файл формы {file} слишком большой.</translation>
    </message>
    <message>
        <source>The form file {file} cannot be read.</source>
        <translation>Файл формы {file} не удаётся прочитать.</translation>
    </message>
    <message>
        <source>The form is not valid: {problem}</source>
        <translation>Форма содержит ошибку: {problem}</translation>
    </message>
    <message>
        <source>Another file with form {form_id} version {version} is already installed; a changed form needs a new version number.</source>
        <translation>Другой файл формы {form_id} версии {version} уже установлен; изменённой форме нужен новый номер версии.</translation>
    </message>
    <message>
        <source>No form for {kind} sheets is installed.</source>
        <translation>Форма для листов вида «{kind}» не установлена.</translation>
    </message>
    <message>
        <source>The mapping file {file} is not readable JSON.</source>
        <extracomment>(row number, reason) of rows that matched nobody. (row number, question) of cells that could not be understood. Row numbers of persons whose sheet is complete (left untouched).</extracomment>
        <translation>Файл сопоставления {file} — не читаемый JSON.</translation>
    </message>
    <message>
        <source>The mapping file needs a “columns” object: header → question name.</source>
        <translation>В файле сопоставления нужен объект «columns»: заголовок → имя вопроса.</translation>
    </message>
    <message>
        <source>The mapping names questions the form does not have: {names}</source>
        <translation>В файле соответствия названы вопросы, которых нет в форме: {names}</translation>
    </message>
    <message>
        <source>No column of the file matches a question; give a mapping file (--mapping).</source>
        <translation>Ни один столбец файла не совпал с вопросом; укажите файл сопоставления (--mapping).</translation>
    </message>
    <message>
        <source>Export to a .xlsx or .csv file.</source>
        <translation>Выгружайте в файл .xlsx или .csv.</translation>
    </message>
    <message>
        <source>all residents</source>
        <extracomment>Questions of the institution sheet counted from the register, with their names in messages.</extracomment>
        <translation>всего проживающих</translation>
    </message>
    <message>
        <source>children under 18</source>
        <translation>детей до 18 лет</translation>
    </message>
    <message>
        <source>women and girls</source>
        <translation>женщин и девочек</translation>
    </message>
    <message>
        <source>foreigners and stateless persons</source>
        <translation>иностранцев и лиц без гражданства</translation>
    </message>
    <message>
        <source>temporarily absent</source>
        <translation>временно отсутствующих</translation>
    </message>
    <message>
        <source>temporarily present</source>
        <translation>временно находящихся</translation>
    </message>
    <message>
        <source>Institution sheet: {category} {stated}, but the register counts {counted} at the moment.</source>
        <translation>Лист учреждения: {category} — {stated}, а по реестру на критический момент — {counted}.</translation>
    </message>
    <message>
        <source>“{label}”: put every answer of the list in order, each once.</source>
        <translation>«{label}»: расставьте по порядку все ответы списка, каждый по одному разу.</translation>
    </message>
</context>
</TS>
