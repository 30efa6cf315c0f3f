<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttachmentEditor</name>
    <message>
        <source>Attach a file… (Space)</source>
        <translation>Приложить файл… (Пробел)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Приложить файл</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB; attach a smaller scan.</source>
        <translation>Файл больше {limit} МБ; приложите скан поменьше.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файл не удаётся прочитать.</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Файл не приложен</translation>
    </message>
    <message>
        <source>{file} ({size} KB)</source>
        <translation>{file} ({size} КБ)</translation>
    </message>
</context>
<context>
    <name>InnerTableDialog</name>
    <message>
        <source>{table} — row {row}</source>
        <translation>{table} — строка {row}</translation>
    </message>
    <message>
        <source>Insert adds a row, Delete removes the current row; Enter keeps the table, Esc leaves it as it was.</source>
        <translation>Insert добавляет строку, Delete удаляет текущую; Enter сохраняет таблицу, Esc оставляет её как была.</translation>
    </message>
</context>
<context>
    <name>QWidgetTr</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <source>DD.MM.YYYY HH:MM</source>
        <translation>ДД.ММ.ГГГГ ЧЧ:ММ</translation>
    </message>
    <message>
        <source>latitude longitude [altitude accuracy]</source>
        <translation>широта долгота [высота точность]</translation>
    </message>
    <message>
        <source>latitude longitude; latitude longitude; …</source>
        <translation>широта долгота; широта долгота; …</translation>
    </message>
    <message>
        <source>the code&apos;s digits or letters</source>
        <translation>цифры или буквы кода</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Source of the answer: {question}</source>
        <translation>Источник ответа: {question}</translation>
    </message>
    <message>
        <source>Document (e.g. personal file No.)</source>
        <translation>Документ (например, личное дело №)</translation>
    </message>
    <message>
        <source>F4 changes the source of the answer</source>
        <translation>F4 меняет источник ответа</translation>
    </message>
    <message>
        <source>The answer is right because… (confirms the warning)</source>
        <translation>Ответ верен, потому что… (подтверждает предупреждение)</translation>
    </message>
</context>
<context>
    <name>RankEditor</name>
    <message>
        <source>Order set. Ctrl+Up and Ctrl+Down move a choice, Delete clears the order.</source>
        <translation>Порядок задан. Ctrl+↑ и Ctrl+↓ перемещают ответ, Delete сбрасывает порядок.</translation>
    </message>
    <message>
        <source>Not ordered yet: Ctrl+Up and Ctrl+Down move a choice, Space keeps this order.</source>
        <translation>Порядок ещё не задан: Ctrl+↑ и Ctrl+↓ перемещают ответ, пробел сохраняет этот порядок.</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <source>Space or F2 opens the table of the row</source>
        <translation>Пробел или F2 открывает таблицу этой строки</translation>
    </message>
    <message>
        <source>Insert adds a row, Delete removes the current row</source>
        <translation>Insert добавляет строку, Delete удаляет текущую</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)…</source>
        <translation>
            <numerusform>%n строка…</numerusform>
            <numerusform>%n строки…</numerusform>
            <numerusform>%n строк…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>To fill</source>
        <extracomment>A sheet was shown (the person&apos;s id); tests and the benchmark wait on it. A save finished (the new revision). The list was recomputed (search, which persons, a change): how many persons it shows. The day the employee confirmed completing sheets outside the census period (asked once a day).</extracomment>
        <translation>К заполнению</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Заполненные</translation>
    </message>
    <message>
        <source>Which persons</source>
        <translation>Какие люди показаны</translation>
    </message>
    <message>
        <source>Search by name or IIN</source>
        <translation>Поиск по имени или ИИН</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>The person answers</source>
        <translation>Отвечает сам человек</translation>
    </message>
    <message>
        <source>A staff member answers (proxy)</source>
        <translation>Отвечает сотрудник (за человека)</translation>
    </message>
    <message>
        <source>e.g. personal file, medical record</source>
        <translation>например, личное дело, медицинская карта</translation>
    </message>
    <message>
        <source>Who answers:</source>
        <translation>Кто отвечает:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Mode of enumeration:</source>
        <translation>Способ переписи:</translation>
    </message>
    <message>
        <source>confirmation code from sanaq.gov.kz</source>
        <translation>код подтверждения с sanaq.gov.kz</translation>
    </message>
    <message>
        <source>Confirmation code:</source>
        <translation>Код подтверждения:</translation>
    </message>
    <message>
        <source>Reason for the refusal:</source>
        <translation>Причина отказа:</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Записать итог</translation>
    </message>
    <message>
        <source>Take the outcome back</source>
        <translation>Отменить итог</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Complete and next</source>
        <translation>Завершить и далее</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>Make the complete sheet a draft again to correct it</source>
        <translation>Снова сделать заполненный лист черновиком, чтобы исправить его</translation>
    </message>
    <message>
        <source>Print transcript…</source>
        <translation>Копия листа (PDF)…</translation>
    </message>
    <message>
        <source>Enter or Tab: next question · Shift+Tab: back · digits: choose · F4: source of the answer · Ctrl+Enter: complete and next · Ctrl+S: save</source>
        <translation>Enter или Tab — следующий вопрос · Shift+Tab — назад · цифры — выбор ответа · F4 — источник ответа · Ctrl+Enter — завершить и далее · Ctrl+S — сохранить</translation>
    </message>
    <message>
        <source>Choose a person in the list (Ctrl+L) to fill their census sheet.</source>
        <translation>Выберите человека в списке (Ctrl+L), чтобы заполнить его переписной лист.</translation>
    </message>
    <message>
        <source>Census sheets</source>
        <translation>Переписные листы</translation>
    </message>
    <message numerus="yes">
        <source>Persons: %n</source>
        <translation>
            <numerusform>Человек: %n</numerusform>
            <numerusform>Человек: %n</numerusform>
            <numerusform>Человек: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>IIN: {iin}</source>
        <translation>ИИН: {iin}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>дата рождения {date}</translation>
    </message>
    <message>
        <source>New sheet, prefilled from the register.</source>
        <translation>Новый лист, предварительно заполнен из реестра.</translation>
    </message>
    <message>
        <source>Last saved {time}</source>
        <translation>Последнее сохранение {time}</translation>
    </message>
    <message>
        <source>Date of the code:</source>
        <translation>Дата кода:</translation>
    </message>
    <message>
        <source>Date of the refusal:</source>
        <translation>Дата отказа:</translation>
    </message>
    <message>
        <source>Changed — saving in a moment…</source>
        <translation>Изменено — сохранение через мгновение…</translation>
    </message>
    <message>
        <source>End of the sheet: Ctrl+Enter completes it and opens the next person.</source>
        <translation>Конец листа: Ctrl+Enter завершает его и открывает следующего человека.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Черновик сохранён в {time}</translation>
    </message>
    <message>
        <source>Complete; saved at {time}</source>
        <translation>Заполнен; сохранён в {time}</translation>
    </message>
    <message>
        <source>Not saved: the sheet was changed elsewhere.</source>
        <translation>Не сохранено: лист изменён в другом месте.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <source>The sheet cannot be completed yet: see the problems on the right.</source>
        <translation>Лист пока нельзя завершить: см. замечания справа.</translation>
    </message>
    <message>
        <source>Completing…</source>
        <translation>Завершение…</translation>
    </message>
    <message>
        <source>Nobody is signed in (this database has no accounts yet), so the transcript cannot say who filled the sheet in: it will say “not recorded”.

Print it anyway?</source>
        <translation>Вход в программу не выполнен (в этой базе ещё нет учётных записей), поэтому в копии листа не будет указано, кто его заполнил: там будет написано «не указан».

Всё равно напечатать?</translation>
    </message>
    <message>
        <source>Complete. That was the last person of the list.</source>
        <translation>Заполнено. Это был последний человек в списке.</translation>
    </message>
    <message>
        <source>Today, {today}, is outside the census period ({first} – {last}). A sheet completed now is dated today, and so is the certificate of the person. Complete sheets with today&apos;s date?</source>
        <translation>Сегодня, {today}, — вне периода переписи ({first} – {last}). Лист, завершённый сейчас, будет датирован сегодняшним днём, как и справка этого человека. Завершать листы сегодняшней датой?</translation>
    </message>
    <message>
        <source>Not completed: the date of enumeration is outside the census period.</source>
        <translation>Не завершено: сегодняшняя дата вне периода переписи.</translation>
    </message>
    <message>
        <source>Record the outcome with this date?</source>
        <translation>Записать результат с этой датой?</translation>
    </message>
    <message>
        <source>sheet-{name}.pdf</source>
        <translation>лист-{name}.pdf</translation>
    </message>
    <message>
        <source>Save the transcript</source>
        <translation>Сохранить копию переписного листа</translation>
    </message>
    <message>
        <source>Print transcript</source>
        <translation>Печать копии листа</translation>
    </message>
    <message>
        <source>Transcript saved: {path}</source>
        <translation>Копия переписного листа сохранена: {path}</translation>
    </message>
    <message>
        <source>The last changes of this sheet could not be saved because it was changed elsewhere. Close anyway?</source>
        <translation>Последние изменения листа не удалось сохранить: он изменён в другом месте. Всё равно закрыть?</translation>
    </message>
</context>
<context>
    <name>SheetWidget</name>
    <message numerus="yes">
        <source>Problems: %n</source>
        <extracomment>An answer, a source or a confirmation changed. The focus moved to another question (the page saves then). Enter on the last question: the sheet is filled to its end. Questions the cursor has left: an unanswered required one says so only then (or once completing was tried), so that a fresh sheet is not red from top to bottom.</extracomment>
        <translation>
            <numerusform>Замечаний: %n</numerusform>
            <numerusform>Замечаний: %n</numerusform>
            <numerusform>Замечаний: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Замечаний нет</translation>
    </message>
</context>
<context>
    <name>SourceButton</name>
    <message>
        <source>Source: as the sheet</source>
        <translation>Источник: как у листа</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>waiting for the second keying</source>
        <translation>ждёт повторного ввода</translation>
    </message>
    <message>
        <source>second keying started</source>
        <translation>повторный ввод начат</translation>
    </message>
    <message>
        <source>differences to resolve</source>
        <translation>есть расхождения</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверен</translation>
    </message>
    <message>
        <source>Choose sheets to verify</source>
        <extracomment>The list was shown; tests wait on it. A second keying or a comparison was shown (the verification id). A write finished (second keying saved or compared, differences resolved).</extracomment>
        <translation>Выбрать листы для проверки</translation>
    </message>
    <message>
        <source>Share of complete sheets:</source>
        <translation>Доля заполненных листов:</translation>
    </message>
    <message>
        <source>Sheets chosen for verification</source>
        <translation>Листы, выбранные для проверки</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>First keying</source>
        <translation>Первый ввод</translation>
    </message>
    <message>
        <source>Second keying</source>
        <translation>Повторный ввод</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <source>Finish the second keying and compare</source>
        <translation>Завершить повторный ввод и сравнить</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>First keying (1)</source>
        <translation>Первый ввод (1)</translation>
    </message>
    <message>
        <source>Second keying (2)</source>
        <translation>Повторный ввод (2)</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Верный ответ</translation>
    </message>
    <message>
        <source>Apply to the sheet</source>
        <translation>Записать в лист</translation>
    </message>
    <message>
        <source>Keys: 1 — first keying, 2 — second keying, Enter — type the answer</source>
        <translation>Клавиши: 1 — первый ввод, 2 — повторный ввод, Enter — ввести ответ</translation>
    </message>
    <message>
        <source>Choose a sheet in the list to key it again or to resolve its differences.</source>
        <translation>Выберите лист в списке, чтобы ввести его повторно или разрешить расхождения.</translation>
    </message>
    <message>
        <source>Double entry</source>
        <translation>Двойной ввод</translation>
    </message>
    <message>
        <source>Complete sheets: {complete}. Verified by double entry: {resolved} ({share}). Answers compared: {compared}; differences found: {found}; of them the first keying was corrected: {corrected}.</source>
        <translation>Заполненных листов: {complete}. Проверено двойным вводом: {resolved} ({share}). Сравнено ответов: {compared}; найдено расхождений: {found}; из них исправлен первый ввод: {corrected}.</translation>
    </message>
    <message>
        <source>Every complete sheet has already been chosen for verification.</source>
        <translation>Все заполненные листы уже выбраны для проверки.</translation>
    </message>
    <message>
        <source>Second keying of {name} (IIN {iin}). Key the paper sheet; the first keying is not shown.</source>
        <translation>Повторный ввод: {name} (ИИН {iin}). Введите ответы с бумажного листа; первый ввод не показывается.</translation>
    </message>
    <message>
        <source>{name}: verified; answers compared: {n}.</source>
        <translation>{name}: лист проверен; сравнено ответов: {n}.</translation>
    </message>
    <message>
        <source>{name}: the keyings differ in {d} of {n} answers. Choose the right answer for each.</source>
        <translation>{name}: вводы расходятся в {d} из {n} ответов. Выберите верный ответ для каждого.</translation>
    </message>
    <message>
        <source>1 — first keying</source>
        <translation>1 — первый ввод</translation>
    </message>
    <message>
        <source>2 — second keying</source>
        <translation>2 — повторный ввод</translation>
    </message>
    <message>
        <source>typed: {value}</source>
        <translation>введено: {value}</translation>
    </message>
    <message>
        <source>the right answer, then Enter</source>
        <translation>верный ответ, затем Enter</translation>
    </message>
</context>
<context>
    <name>entry</name>
    <message>
        <source>{problem} To record it as it is, repeat the command with --outside-window.</source>
        <translation>{problem} Чтобы записать как есть, повторите команду с --outside-window.</translation>
    </message>
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
        <translation>За человека отвечает сотрудник</translation>
    </message>
    <message>
        <source>Administration record</source>
        <translation>Административные данные</translation>
    </message>
    <message>
        <source>By interview</source>
        <extracomment>Source labels in both languages for documents that do not depend on the window&apos;s language.</extracomment>
        <translation>Опросом</translation>
    </message>
    <message>
        <source>From administration records</source>
        <translation>По административным данным</translation>
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
        <source>The date of enumeration {day} is outside the census period ({first} – {last}). Check the date; if it is right, confirm it.</source>
        <extracomment>Statuses set by a completed sheet; an outcome without a sheet may not overwrite them.</extracomment>
        <translation>Дата переписи {day} — вне периода переписи ({first} – {last}). Проверьте дату; если она верна, подтвердите её.</translation>
    </message>
    <message>
        <source>Enter the IIN of the person.</source>
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
        <source>Interview and records outcomes are recorded by completing the person&apos;s census sheet.</source>
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
        <extracomment>The form definition (a pure domain object; the screen evaluates answers with it). Messages about the form version changing since the sheet was started. &quot;to_fill&quot; (no complete sheet and no outcome), &quot;drafts&quot;, &quot;complete&quot;, &quot;all&quot;.</extracomment>
        <translation>Этого человека больше нет в реестре.</translation>
    </message>
    <message>
        <source>This sheet was changed elsewhere (by another employee or window) since it was opened. Reopen it to see the latest answers.</source>
        <translation>Лист изменён в другом месте (другим сотрудником или в другом окне) после открытия. Откройте его заново, чтобы увидеть последние ответы.</translation>
    </message>
    <message>
        <source>This person is already recorded as enumerated online or as refused; take that outcome back before completing a sheet.</source>
        <translation>У этого человека уже записан итог «онлайн» или «отказ»; отмените его, прежде чем завершать лист.</translation>
    </message>
    <message>
        <source>The sheet cannot be completed yet: {first} (problems: {n}).</source>
        <translation>Лист пока нельзя завершить: {first} (замечаний: {n}).</translation>
    </message>
    <message>
        <source>Only a complete sheet can be reopened.</source>
        <translation>Исправлять можно только заполненный лист.</translation>
    </message>
    <message>
        <source>This person has no census sheet yet: fill it before printing.</source>
        <translation>У этого человека ещё нет переписного листа: заполните его перед печатью.</translation>
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
    <message>
        <source>This verification no longer exists.</source>
        <translation>Эта проверка больше не существует.</translation>
    </message>
    <message>
        <source>This verification was changed elsewhere; open it again.</source>
        <translation>Эта проверка изменена в другом месте; откройте её заново.</translation>
    </message>
    <message>
        <source>You keyed this sheet the first time: the second keying must be done by another employee.</source>
        <translation>Вы вводили этот лист в первый раз: повторный ввод должен выполнить другой сотрудник.</translation>
    </message>
    <message>
        <source>Give the share of sheets to verify, from 1 to 100 per cent.</source>
        <translation>Укажите долю листов для проверки — от 1 до 100 процентов.</translation>
    </message>
    <message>
        <source>A resolved verification stays in the report.</source>
        <translation>Завершённая проверка остаётся в отчёте.</translation>
    </message>
    <message>
        <source>This sheet has already been keyed a second time.</source>
        <translation>Этот лист уже введён повторно.</translation>
    </message>
    <message>
        <source>The differences are shown once the second keying is finished.</source>
        <translation>Расхождения показываются после завершения повторного ввода.</translation>
    </message>
    <message>
        <source>Only a keyed verification with differences can be resolved.</source>
        <translation>Разрешать можно только проверку с расхождениями после повторного ввода.</translation>
    </message>
    <message>
        <source>Choose the right answer for every difference ({n} left).</source>
        <translation>Выберите верный ответ для каждого расхождения (осталось: {n}).</translation>
    </message>
    <message>
        <source>With these choices the sheet would have a problem: {first}</source>
        <translation>При таком выборе в листе будет ошибка: {first}</translation>
    </message>
    <message>
        <source>Transcript written: {path}</source>
        <translation>Копия переписного листа записана: {path}</translation>
    </message>
    <message>
        <source>Sheets chosen for a second keying: {n}.</source>
        <translation>Выбрано листов для повторного ввода: {n}.</translation>
    </message>
    <message>
        <source>Complete sheets: {complete}; chosen: {chosen}; keyed a second time: {keyed}; verified: {resolved} ({share}).</source>
        <translation>Заполненных листов: {complete}; выбрано: {chosen}; введено повторно: {keyed}; проверено: {resolved} ({share}).</translation>
    </message>
    <message>
        <source>Answers compared: {compared}; differences found: {found} ({rate}); first keying corrected: {corrected}.</source>
        <translation>Сравнено ответов: {compared}; найдено расхождений: {found} ({rate}); исправлен первый ввод: {corrected}.</translation>
    </message>
</context>
</TS>
