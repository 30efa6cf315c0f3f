<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>entry</name>
        <message>
            <source>Recorded: {mode}.</source>
            <translation>Записано: {mode}.</translation>
        </message>
        <message>
            <source>Already recorded; nothing changed.</source>
            <translation>Уже записано; ничего не изменилось.</translation>
        </message>
        <message>
            <source>Rows: {rows}; recorded: {recorded}; already recorded: {unchanged}.</source>
            <translation>Строк: {rows}; записано: {recorded}; уже было записано: {unchanged}.</translation>
        </message>
        <message>
            <source>The outcome was taken back: the person is to be enumerated.</source>
            <translation>Итог отменён: человек снова подлежит переписи.</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Опрос</translation>
        </message>
        <message>
            <source>Proxy (a staff member answers)</source>
            <translation>Со слов сотрудника (отвечает сотрудник)</translation>
        </message>
        <message>
            <source>Administration record</source>
            <translation>Административные записи</translation>
        </message>
        <message>
            <source>By interview</source>
            <extracomment>Source labels in both languages for documents that do not depend on the window's language.</extracomment>
            <translation>Опросом</translation>
        </message>
        <message>
            <source>From administration records</source>
            <translation>По административным записям</translation>
        </message>
        <message>
            <source>Online at sanaq.gov.kz</source>
            <translation>Онлайн на sanaq.gov.kz</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Отказ</translation>
        </message>
        <message>
            <source>Enter the confirmation code of the online census.</source>
            <translation>Введите код подтверждения онлайн-переписи.</translation>
        </message>
        <message>
            <source>The confirmation code “{code}” is not valid: it has 4 to 40 letters, digits or dashes.</source>
            <translation>Код подтверждения «{code}» неверен: он состоит из 4–40 букв, цифр или дефисов.</translation>
        </message>
        <message>
            <source>Enter the IIN of the person.</source>
            <extracomment>Statuses set by a completed sheet; an outcome without a sheet may not overwrite them.</extracomment>
            <translation>Введите ИИН человека.</translation>
        </message>
        <message>
            <source>Nobody with the IIN {iin} is in the register.</source>
            <translation>В реестре нет человека с ИИН {iin}.</translation>
        </message>
        <message>
            <source>The IIN {iin} belongs to {n} persons in the register: correct the register first.</source>
            <translation>ИИН {iin} есть у нескольких человек в реестре ({n}): сначала исправьте реестр.</translation>
        </message>
        <message>
            <source>Interview and records outcomes are recorded by completing the person's census sheet.</source>
            <translation>Перепись опросом или по записям отмечается заполнением переписного листа человека.</translation>
        </message>
        <message>
            <source>The census sheet of this person is complete; reopen it before recording another outcome.</source>
            <translation>Переписной лист этого человека заполнен; откройте его заново, прежде чем записывать другой итог.</translation>
        </message>
        <message>
            <source>Write the reason for the refusal.</source>
            <translation>Укажите причину отказа.</translation>
        </message>
        <message>
            <source>The person is no longer in the register.</source>
            <translation>Этого человека больше нет в реестре.</translation>
        </message>
        <message>
            <source>Only an online or refused outcome can be taken back here.</source>
            <translation>Здесь можно отменить только итог «онлайн» или «отказ».</translation>
        </message>
        <message>
            <source>The confirmation code {code} is already recorded for another person.</source>
            <translation>Код подтверждения {code} уже записан для другого человека.</translation>
        </message>
        <message>
            <source>The file {name} does not exist.</source>
            <translation>Файл {name} не существует.</translation>
        </message>
        <message>
            <source>The file {name} cannot be read: save it as an Excel workbook (.xlsx) and try again.</source>
            <translation>Файл {name} не читается: сохраните его как книгу Excel (.xlsx) и повторите.</translation>
        </message>
        <message>
            <source>Choose an Excel workbook (.xlsx) or a CSV file; {name} is neither.</source>
            <translation>Выберите книгу Excel (.xlsx) или файл CSV; {name} — ни то, ни другое.</translation>
        </message>
        <message>
            <source>The file {name} has no rows with an IIN.</source>
            <translation>В файле {name} нет строк с ИИН.</translation>
        </message>
        <message>
            <source>The same person is already in row {row}.</source>
            <translation>Этот же человек уже есть в строке {row}.</translation>
        </message>
        <message>
            <source>The same code is already in row {row}.</source>
            <translation>Этот же код уже есть в строке {row}.</translation>
        </message>
        <message>
            <source>Row {row} of {name}: {problem} Nothing was recorded (rows with problems: {n}).</source>
            <translation>Строка {row} файла {name}: {problem} Ничего не записано (строк с ошибками: {n}).</translation>
        </message>
    </context>
</TS>
