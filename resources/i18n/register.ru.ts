<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>register</name>
    <message>
        <source>Invalid IIN</source>
        <extracomment>Latin letters that look like Cyrillic ones; registers typed on mixed keyboards contain them. Kazakh letters folded to the Russian letters they are often replaced by, for matching only.</extracomment>
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
        <source>Choose the country of citizenship.</source>
        <translation>Выберите страну гражданства.</translation>
    </message>
    <message>
        <source>The birth date {date} contradicts the IIN, which gives {iin_date}.</source>
        <translation>Дата рождения {date} не совпадает с ИИН, по которому она {iin_date}.</translation>
    </message>
    <message>
        <source>The sex contradicts the IIN (its 7th digit).</source>
        <translation>Пол не совпадает с ИИН (его 7-й цифрой).</translation>
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
        <source>The birth date is missing.</source>
        <translation>Не указана дата рождения.</translation>
    </message>
    <message>
        <source>The sex is missing.</source>
        <translation>Не указан пол.</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Выписан (отчислен)</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Переведён</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Умер</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Другая причина</translation>
    </message>
    <message>
        <source>Usually resident</source>
        <translation>Постоянно проживающий</translation>
    </message>
    <message>
        <source>Temporarily absent</source>
        <translation>Временно отсутствующий</translation>
    </message>
    <message>
        <source>Temporarily present</source>
        <translation>Временно пребывающий</translation>
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
        <source>Choose two different persons to merge.</source>
        <extracomment>Two names with the same birth date at least this similar are shown as likely the same person.</extracomment>
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
        <source>{n} persons of the register are not in the file; mark them as left in the window if they left.</source>
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
        <source>The folder of “{file}” does not exist.</source>
        <translation>Папки для «{file}» не существует.</translation>
    </message>
    <message>
        <source>The file “{file}” cannot be written: is it open in another program?</source>
        <translation>Не удаётся записать файл «{file}»: возможно, он открыт в другой программе?</translation>
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
        <source>The file “{file}” cannot be read as a register (.xlsx, .xls, .ods or .csv).</source>
        <translation>Файл «{file}» не удаётся прочитать как реестр (.xlsx, .xls, .ods или .csv).</translation>
    </message>
    <message>
        <source>The file “{file}” does not exist.</source>
        <translation>Файла «{file}» не существует.</translation>
    </message>
    <message>
        <source>The file has no sheet “{sheet}”; its sheets: {sheets}.</source>
        <translation>В файле нет листа «{sheet}»; его листы: {sheets}.</translation>
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
        <translation>Почти совпадает с {name}, уже внесённым в реестр и родившимся в тот же день.</translation>
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
