<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AttachmentEditor</name>
    <message>
        <source>Attach a file… (Space)</source>
        <translation>Файл тіркеу… (Бос орын)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Файл тіркеу</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB; attach a smaller scan.</source>
        <translation>Файл {limit} МБ-тан үлкен; кішірек скан тіркеңіз.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файлды оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Файл тіркелмеген</translation>
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
        <translation>{table} — {row}-жол</translation>
    </message>
    <message>
        <source>Insert adds a row, Delete removes the current row; Enter keeps the table, Esc leaves it as it was.</source>
        <translation>Insert жол қосады, Delete ағымдағы жолды жояды; Enter кестені сақтайды, Esc оны бұрынғы күйінде қалдырады.</translation>
    </message>
</context>
<context>
    <name>QWidgetTr</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>СС:ММ</translation>
    </message>
    <message>
        <source>DD.MM.YYYY HH:MM</source>
        <translation>КК.АА.ЖЖЖЖ СС:ММ</translation>
    </message>
    <message>
        <source>latitude longitude [altitude accuracy]</source>
        <translation>ендік бойлық [биіктік дәлдік]</translation>
    </message>
    <message>
        <source>latitude longitude; latitude longitude; …</source>
        <translation>ендік бойлық; ендік бойлық; …</translation>
    </message>
    <message>
        <source>the code&apos;s digits or letters</source>
        <translation>кодтың цифрлары не әріптері</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Source of the answer: {question}</source>
        <translation>Жауаптың дереккөзі: {question}</translation>
    </message>
    <message>
        <source>Document (e.g. personal file No.)</source>
        <translation>Құжат (мысалы, жеке іс №)</translation>
    </message>
    <message>
        <source>F4 changes the source of the answer</source>
        <translation>F4 жауаптың дереккөзін өзгертеді</translation>
    </message>
    <message>
        <source>The answer is right because… (confirms the warning)</source>
        <translation>Жауап дұрыс, себебі… (ескертуді растайды)</translation>
    </message>
</context>
<context>
    <name>RankEditor</name>
    <message>
        <source>Order set. Ctrl+Up and Ctrl+Down move a choice, Delete clears the order.</source>
        <translation>Рет белгіленді. Ctrl+↑ және Ctrl+↓ жауапты жылжытады, Delete ретті тазартады.</translation>
    </message>
    <message>
        <source>Not ordered yet: Ctrl+Up and Ctrl+Down move a choice, Space keeps this order.</source>
        <translation>Рет әлі белгіленбеген: Ctrl+↑ және Ctrl+↓ жауапты жылжытады, бос орын пернесі осы ретті сақтайды.</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <source>Space or F2 opens the table of the row</source>
        <translation>Бос орын пернесі немесе F2 осы жолдың кестесін ашады</translation>
    </message>
    <message>
        <source>Insert adds a row, Delete removes the current row</source>
        <translation>Insert жол қосады, Delete ағымдағы жолды жояды</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)…</source>
        <translation>
            <numerusform>%n жол…</numerusform>
            <numerusform>%n жол…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>To fill</source>
        <extracomment>A sheet was shown (the person&apos;s id); tests and the benchmark wait on it. A save finished (the new revision). The list was recomputed (search, which persons, a change): how many persons it shows. The day the employee confirmed completing sheets outside the census period (asked once a day).</extracomment>
        <translation>Толтыру керек</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Толтырылғандар</translation>
    </message>
    <message>
        <source>Which persons</source>
        <translation>Қай адамдар көрсетілген</translation>
    </message>
    <message>
        <source>Search by name or IIN</source>
        <translation>Аты немесе ЖСН бойынша іздеу</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>The person answers</source>
        <translation>Адамның өзі жауап береді</translation>
    </message>
    <message>
        <source>A staff member answers (proxy)</source>
        <translation>Адамның орнына қызметкер жауап береді</translation>
    </message>
    <message>
        <source>e.g. personal file, medical record</source>
        <translation>мысалы, жеке іс, медициналық карта</translation>
    </message>
    <message>
        <source>Who answers:</source>
        <translation>Кім жауап береді:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Құжат:</translation>
    </message>
    <message>
        <source>Mode of enumeration:</source>
        <translation>Санақ тәсілі:</translation>
    </message>
    <message>
        <source>confirmation code from sanaq.gov.kz</source>
        <translation>sanaq.gov.kz растау коды</translation>
    </message>
    <message>
        <source>Confirmation code:</source>
        <translation>Растау коды:</translation>
    </message>
    <message>
        <source>Reason for the refusal:</source>
        <translation>Бас тарту себебі:</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Нәтижені жазу</translation>
    </message>
    <message>
        <source>Take the outcome back</source>
        <translation>Нәтижені болдырмау</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <source>Complete and next</source>
        <translation>Аяқтау және келесі</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Түзету</translation>
    </message>
    <message>
        <source>Make the complete sheet a draft again to correct it</source>
        <translation>Толтырылған парақты түзету үшін қайтадан жобаға айналдыру</translation>
    </message>
    <message>
        <source>Print transcript…</source>
        <translation>Парақтың көшірмесі (PDF)…</translation>
    </message>
    <message>
        <source>Enter or Tab: next question · Shift+Tab: back · digits: choose · F4: source of the answer · Ctrl+Enter: complete and next · Ctrl+S: save</source>
        <translation>Enter немесе Tab — келесі сұрақ · Shift+Tab — артқа · цифрлар — жауапты таңдау · F4 — жауаптың дереккөзі · Ctrl+Enter — аяқтау және келесі · Ctrl+S — сақтау</translation>
    </message>
    <message>
        <source>Choose a person in the list (Ctrl+L) to fill their census sheet.</source>
        <translation>Санақ парағын толтыру үшін тізімнен адамды таңдаңыз (Ctrl+L).</translation>
    </message>
    <message>
        <source>Census sheets</source>
        <translation>Санақ парақтары</translation>
    </message>
    <message numerus="yes">
        <source>Persons: %n</source>
        <translation>
            <numerusform>Адам: %n</numerusform>
            <numerusform>Адам: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>IIN: {iin}</source>
        <translation>ЖСН: {iin}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>туған күні {date}</translation>
    </message>
    <message>
        <source>New sheet, prefilled from the register.</source>
        <translation>Жаңа парақ, тізілімнен алдын ала толтырылды.</translation>
    </message>
    <message>
        <source>Last saved {time}</source>
        <translation>Соңғы сақталуы {time}</translation>
    </message>
    <message>
        <source>Date of the code:</source>
        <translation>Кодтың күні:</translation>
    </message>
    <message>
        <source>Date of the refusal:</source>
        <translation>Бас тарту күні:</translation>
    </message>
    <message>
        <source>Changed — saving in a moment…</source>
        <translation>Өзгертілді — бірнеше сәттен кейін сақталады…</translation>
    </message>
    <message>
        <source>End of the sheet: Ctrl+Enter completes it and opens the next person.</source>
        <translation>Парақтың соңы: Ctrl+Enter оны аяқтап, келесі адамды ашады.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Жоба сақталды: {time}</translation>
    </message>
    <message>
        <source>Complete; saved at {time}</source>
        <translation>Толтырылды; {time} сақталды</translation>
    </message>
    <message>
        <source>Not saved: the sheet was changed elsewhere.</source>
        <translation>Сақталмады: парақ басқа жерде өзгертілген.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Сақталмады: {reason}</translation>
    </message>
    <message>
        <source>The sheet cannot be completed yet: see the problems on the right.</source>
        <translation>Парақты әзірге аяқтауға болмайды: оң жақтағы ескертулерді қараңыз.</translation>
    </message>
    <message>
        <source>Completing…</source>
        <translation>Аяқталуда…</translation>
    </message>
    <message>
        <source>Nobody is signed in (this database has no accounts yet), so the transcript cannot say who filled the sheet in: it will say “not recorded”.

Print it anyway?</source>
        <translation>Бағдарламаға кіру орындалмаған (бұл дерекқорда әлі есептік жазба жоқ), сондықтан парақ көшірмесінде оны кім толтырғаны көрсетілмейді: онда «көрсетілмеген» деп жазылады.

Бәрібір басып шығару керек пе?</translation>
    </message>
    <message>
        <source>Complete. That was the last person of the list.</source>
        <translation>Толтырылды. Бұл тізімдегі соңғы адам еді.</translation>
    </message>
    <message>
        <source>Today, {today}, is outside the census period ({first} – {last}). A sheet completed now is dated today, and so is the certificate of the person. Complete sheets with today&apos;s date?</source>
        <translation>Бүгін, {today}, санақ кезеңінен тыс ({first} – {last}). Қазір толтырылған парақ бүгінгі күнмен белгіленеді, адамның анықтамасы да солай. Парақтарды бүгінгі күнмен аяқтау керек пе?</translation>
    </message>
    <message>
        <source>Not completed: the date of enumeration is outside the census period.</source>
        <translation>Аяқталмады: бүгінгі күн санақ кезеңінен тыс.</translation>
    </message>
    <message>
        <source>Record the outcome with this date?</source>
        <translation>Нәтижені осы күнмен жазу керек пе?</translation>
    </message>
    <message>
        <source>sheet-{name}.pdf</source>
        <translation>парақ-{name}.pdf</translation>
    </message>
    <message>
        <source>Save the transcript</source>
        <translation>Санақ парағының көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Print transcript</source>
        <translation>Парақ көшірмесін басып шығару</translation>
    </message>
    <message>
        <source>Transcript saved: {path}</source>
        <translation>Санақ парағының көшірмесі сақталды: {path}</translation>
    </message>
    <message>
        <source>The last changes of this sheet could not be saved because it was changed elsewhere. Close anyway?</source>
        <translation>Парақтың соңғы өзгерістері сақталмады: ол басқа жерде өзгертілген. Бәрібір жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>SheetWidget</name>
    <message numerus="yes">
        <source>Problems: %n</source>
        <extracomment>An answer, a source or a confirmation changed. The focus moved to another question (the page saves then). Enter on the last question: the sheet is filled to its end. Questions the cursor has left: an unanswered required one says so only then (or once completing was tried), so that a fresh sheet is not red from top to bottom.</extracomment>
        <translation>
            <numerusform>Мәселелер: %n</numerusform>
            <numerusform>Мәселелер: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Мәселелер жоқ</translation>
    </message>
</context>
<context>
    <name>SourceButton</name>
    <message>
        <source>Source: as the sheet</source>
        <translation>Дереккөз: парақтағыдай</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Дереккөз: {source}</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>waiting for the second keying</source>
        <translation>қайта енгізуді күтуде</translation>
    </message>
    <message>
        <source>second keying started</source>
        <translation>қайта енгізу басталды</translation>
    </message>
    <message>
        <source>differences to resolve</source>
        <translation>сәйкессіздіктер бар</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>тексерілді</translation>
    </message>
    <message>
        <source>Choose sheets to verify</source>
        <extracomment>The list was shown; tests wait on it. A second keying or a comparison was shown (the verification id). A write finished (second keying saved or compared, differences resolved).</extracomment>
        <translation>Тексеруге парақтарды таңдау</translation>
    </message>
    <message>
        <source>Share of complete sheets:</source>
        <translation>Толтырылған парақтардың үлесі:</translation>
    </message>
    <message>
        <source>Sheets chosen for verification</source>
        <translation>Тексеруге таңдалған парақтар</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>First keying</source>
        <translation>Бірінші енгізу</translation>
    </message>
    <message>
        <source>Second keying</source>
        <translation>Қайта енгізу</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Сәйкессіздіктер</translation>
    </message>
    <message>
        <source>Finish the second keying and compare</source>
        <translation>Қайта енгізуді аяқтап, салыстыру</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>First keying (1)</source>
        <translation>Бірінші енгізу (1)</translation>
    </message>
    <message>
        <source>Second keying (2)</source>
        <translation>Қайта енгізу (2)</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Дұрыс жауап</translation>
    </message>
    <message>
        <source>Apply to the sheet</source>
        <translation>Параққа жазу</translation>
    </message>
    <message>
        <source>Keys: 1 — first keying, 2 — second keying, Enter — type the answer</source>
        <translation>Пернелер: 1 — бірінші енгізу, 2 — қайта енгізу, Enter — жауапты теру</translation>
    </message>
    <message>
        <source>Choose a sheet in the list to key it again or to resolve its differences.</source>
        <translation>Қайта енгізу немесе сәйкессіздіктерді шешу үшін тізімнен парақты таңдаңыз.</translation>
    </message>
    <message>
        <source>Double entry</source>
        <translation>Қос енгізу</translation>
    </message>
    <message>
        <source>Complete sheets: {complete}. Verified by double entry: {resolved} ({share}). Answers compared: {compared}; differences found: {found}; of them the first keying was corrected: {corrected}.</source>
        <translation>Толтырылған парақтар: {complete}. Қос енгізумен тексерілді: {resolved} ({share}). Салыстырылған жауаптар: {compared}; табылған сәйкессіздіктер: {found}; оның ішінде бірінші енгізу түзетілді: {corrected}.</translation>
    </message>
    <message>
        <source>Every complete sheet has already been chosen for verification.</source>
        <translation>Барлық толтырылған парақтар тексеруге таңдалып қойған.</translation>
    </message>
    <message>
        <source>Second keying of {name} (IIN {iin}). Key the paper sheet; the first keying is not shown.</source>
        <translation>Қайта енгізу: {name} (ЖСН {iin}). Қағаз парақтағы жауаптарды енгізіңіз; бірінші енгізу көрсетілмейді.</translation>
    </message>
    <message>
        <source>{name}: verified; answers compared: {n}.</source>
        <translation>{name}: тексерілді; салыстырылған жауаптар: {n}.</translation>
    </message>
    <message>
        <source>{name}: the keyings differ in {d} of {n} answers. Choose the right answer for each.</source>
        <translation>{name}: енгізулер {n} жауаптың {d} жауабында сәйкес емес. Әрқайсысы үшін дұрыс жауапты таңдаңыз.</translation>
    </message>
    <message>
        <source>1 — first keying</source>
        <translation>1 — бірінші енгізу</translation>
    </message>
    <message>
        <source>2 — second keying</source>
        <translation>2 — қайта енгізу</translation>
    </message>
    <message>
        <source>typed: {value}</source>
        <translation>терілді: {value}</translation>
    </message>
    <message>
        <source>the right answer, then Enter</source>
        <translation>дұрыс жауап, содан кейін Enter</translation>
    </message>
</context>
<context>
    <name>entry</name>
    <message>
        <source>{problem} To record it as it is, repeat the command with --outside-window.</source>
        <translation>{problem} Сол күйінде жазу үшін пәрменді --outside-window арқылы қайталаңыз.</translation>
    </message>
    <message>
        <source>Recorded: {mode}.</source>
        <translation>Жазылды: {mode}.</translation>
    </message>
    <message>
        <source>Already recorded; nothing changed.</source>
        <translation>Бұрын жазылған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Rows: {rows}; recorded: {recorded}; already recorded: {unchanged}.</source>
        <translation>Жолдар: {rows}; жазылды: {recorded}; бұрын жазылған: {unchanged}.</translation>
    </message>
    <message>
        <source>The outcome was taken back: the person is to be enumerated.</source>
        <translation>Нәтиже болдырылмады: адам қайтадан санаққа жатады.</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <source>Proxy (a staff member answers)</source>
        <translation>Адамның орнына қызметкер жауап береді</translation>
    </message>
    <message>
        <source>Administration record</source>
        <translation>Әкімшілік деректер</translation>
    </message>
    <message>
        <source>By interview</source>
        <extracomment>Source labels in both languages for documents that do not depend on the window&apos;s language.</extracomment>
        <translation>Сұхбат арқылы</translation>
    </message>
    <message>
        <source>From administration records</source>
        <translation>Әкімшілік деректер бойынша</translation>
    </message>
    <message>
        <source>Online at sanaq.gov.kz</source>
        <translation>sanaq.gov.kz сайтында онлайн</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартты</translation>
    </message>
    <message>
        <source>Enter the confirmation code of the online census.</source>
        <translation>Онлайн санақтың растау кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>The confirmation code “{code}” is not valid: it has 4 to 40 letters, digits or dashes.</source>
        <translation>«{code}» растау коды қате: ол 4–40 әріптен, цифрдан немесе сызықшадан тұрады.</translation>
    </message>
    <message>
        <source>The date of enumeration {day} is outside the census period ({first} – {last}). Check the date; if it is right, confirm it.</source>
        <extracomment>Statuses set by a completed sheet; an outcome without a sheet may not overwrite them.</extracomment>
        <translation>Санаққа алу күні {day} санақ кезеңінен тыс ({first} – {last}). Күнді тексеріңіз; дұрыс болса, растаңыз.</translation>
    </message>
    <message>
        <source>Enter the IIN of the person.</source>
        <translation>Адамның ЖСН-ін енгізіңіз.</translation>
    </message>
    <message>
        <source>Nobody with the IIN {iin} is in the register.</source>
        <translation>Тізілімде ЖСН-і {iin} адам жоқ.</translation>
    </message>
    <message>
        <source>The IIN {iin} belongs to {n} persons in the register: correct the register first.</source>
        <translation>{iin} ЖСН-і тізілімдегі бірнеше адамда бар ({n}): алдымен тізілімді түзетіңіз.</translation>
    </message>
    <message>
        <source>Interview and records outcomes are recorded by completing the person&apos;s census sheet.</source>
        <translation>Сұхбат немесе жазбалар бойынша санақ адамның санақ парағын толтыру арқылы белгіленеді.</translation>
    </message>
    <message>
        <source>The census sheet of this person is complete; reopen it before recording another outcome.</source>
        <translation>Бұл адамның санақ парағы толтырылған; басқа нәтижені жазбас бұрын оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Write the reason for the refusal.</source>
        <translation>Бас тарту себебін жазыңыз.</translation>
    </message>
    <message>
        <source>The person is no longer in the register.</source>
        <extracomment>The form definition (a pure domain object; the screen evaluates answers with it). Messages about the form version changing since the sheet was started. &quot;to_fill&quot; (no complete sheet and no outcome), &quot;drafts&quot;, &quot;complete&quot;, &quot;all&quot;.</extracomment>
        <translation>Бұл адам тізілімде енді жоқ.</translation>
    </message>
    <message>
        <source>This sheet was changed elsewhere (by another employee or window) since it was opened. Reopen it to see the latest answers.</source>
        <translation>Парақ ашылғаннан кейін басқа жерде (басқа қызметкер немесе басқа терезе) өзгертілді. Соңғы жауаптарды көру үшін оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>This person is already recorded as enumerated online or as refused; take that outcome back before completing a sheet.</source>
        <translation>Бұл адамға «онлайн» немесе «бас тартты» нәтижесі жазылған; парақты аяқтамас бұрын сол нәтижені болдырмаңыз.</translation>
    </message>
    <message>
        <source>The sheet cannot be completed yet: {first} (problems: {n}).</source>
        <translation>Парақты әзірге аяқтауға болмайды: {first} (мәселелер: {n}).</translation>
    </message>
    <message>
        <source>Only a complete sheet can be reopened.</source>
        <translation>Тек толтырылған парақты түзетуге болады.</translation>
    </message>
    <message>
        <source>This person has no census sheet yet: fill it before printing.</source>
        <translation>Бұл адамның әлі санақ парағы жоқ: басып шығарар алдында оны толтырыңыз.</translation>
    </message>
    <message>
        <source>Only an online or refused outcome can be taken back here.</source>
        <translation>Мұнда тек «онлайн» немесе «бас тартты» нәтижесін болдырмауға болады.</translation>
    </message>
    <message>
        <source>The confirmation code {code} is already recorded for another person.</source>
        <translation>{code} растау коды басқа адамға жазылған.</translation>
    </message>
    <message>
        <source>The file {name} has no rows with an IIN.</source>
        <translation>{name} файлында ЖСН бар жолдар жоқ.</translation>
    </message>
    <message>
        <source>The same person is already in row {row}.</source>
        <translation>Осы адам {row}-жолда бар.</translation>
    </message>
    <message>
        <source>The same code is already in row {row}.</source>
        <translation>Осы код {row}-жолда бар.</translation>
    </message>
    <message>
        <source>Row {row} of {name}: {problem} Nothing was recorded (rows with problems: {n}).</source>
        <translation>{name} файлының {row}-жолы: {problem} Ештеңе жазылған жоқ (қатесі бар жолдар: {n}).</translation>
    </message>
    <message>
        <source>This verification no longer exists.</source>
        <translation>Бұл тексеру енді жоқ.</translation>
    </message>
    <message>
        <source>This verification was changed elsewhere; open it again.</source>
        <translation>Бұл тексеру басқа жерде өзгертілді; оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>You keyed this sheet the first time: the second keying must be done by another employee.</source>
        <translation>Бұл парақты алғаш рет сіз енгіздіңіз: қайта енгізуді басқа қызметкер орындауы керек.</translation>
    </message>
    <message>
        <source>Give the share of sheets to verify, from 1 to 100 per cent.</source>
        <translation>Тексерілетін парақтардың үлесін көрсетіңіз — 1-ден 100 пайызға дейін.</translation>
    </message>
    <message>
        <source>A resolved verification stays in the report.</source>
        <translation>Аяқталған тексеру есепте қалады.</translation>
    </message>
    <message>
        <source>This sheet has already been keyed a second time.</source>
        <translation>Бұл парақ қайта енгізілген.</translation>
    </message>
    <message>
        <source>The differences are shown once the second keying is finished.</source>
        <translation>Сәйкессіздіктер қайта енгізу аяқталғаннан кейін көрсетіледі.</translation>
    </message>
    <message>
        <source>Only a keyed verification with differences can be resolved.</source>
        <translation>Тек қайта енгізілген және сәйкессіздіктері бар тексеруді шешуге болады.</translation>
    </message>
    <message>
        <source>Choose the right answer for every difference ({n} left).</source>
        <translation>Әр сәйкессіздік үшін дұрыс жауапты таңдаңыз (қалды: {n}).</translation>
    </message>
    <message>
        <source>With these choices the sheet would have a problem: {first}</source>
        <translation>Мұндай таңдауда парақта қате болады: {first}</translation>
    </message>
    <message>
        <source>Transcript written: {path}</source>
        <translation>Санақ парағының көшірмесі жазылды: {path}</translation>
    </message>
    <message>
        <source>Sheets chosen for a second keying: {n}.</source>
        <translation>Қайта енгізуге таңдалған парақтар: {n}.</translation>
    </message>
    <message>
        <source>Complete sheets: {complete}; chosen: {chosen}; keyed a second time: {keyed}; verified: {resolved} ({share}).</source>
        <translation>Толтырылған парақтар: {complete}; таңдалды: {chosen}; қайта енгізілді: {keyed}; тексерілді: {resolved} ({share}).</translation>
    </message>
    <message>
        <source>Answers compared: {compared}; differences found: {found} ({rate}); first keying corrected: {corrected}.</source>
        <translation>Салыстырылған жауаптар: {compared}; табылған сәйкессіздіктер: {found} ({rate}); бірінші енгізу түзетілді: {corrected}.</translation>
    </message>
</context>
</TS>
