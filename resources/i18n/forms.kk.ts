<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>forms</name>
    <message>
        <source>The form {form_id} version {version} is valid: {questions} questions.</source>
        <translation>{form_id} нысанының {version} нұсқасы дұрыс: {questions} сұрақ.</translation>
    </message>
    <message>
        <source>The form is not valid:</source>
        <translation>Нысанда қателер бар:</translation>
    </message>
    <message>
        <source>Installed: form {form_id} version {version}; new sheets are filled on it.</source>
        <translation>{form_id} нысанының {version} нұсқасы орнатылды; жаңа парақтар соған толтырылады.</translation>
    </message>
    <message>
        <source>row {row}: no IIN match, and no full name with a birth date</source>
        <translation>{row}-жол: ЖСН табылмады, ал аты-жөні мен туған күні көрсетілмеген</translation>
    </message>
    <message>
        <source>row {row}: several persons of the register match</source>
        <translation>{row}-жол: тізілімнен бірнеше адам сәйкес келеді</translation>
    </message>
    <message>
        <source>row {row}: nobody in the register matches</source>
        <translation>{row}-жол: тізілімде мұндай адам жоқ</translation>
    </message>
    <message>
        <source>Rows: {rows}; matched: {matched}; new sheets: {created}; answers filled: {filled}; complete sheets left alone: {complete}.</source>
        <translation>Жолдар: {rows}; сәйкестендірілді: {matched}; жаңа парақтар: {created}; толтырылған жауаптар: {filled}; толтырылған парақтар өзгертілмеді: {complete}.</translation>
    </message>
    <message>
        <source>row {row}: the value for “{name}” was not understood</source>
        <translation>{row}-жол: «{name}» мәні танылмады</translation>
    </message>
    <message>
        <source>Exported {count} sheet(s) to {file}.</source>
        <translation>Экспортталған парақтар: {count}, файл {file}.</translation>
    </message>
    <message>
        <source>“{label}”: enter a whole number.</source>
        <extracomment>For warnings: confirmed by the employee, with the reason. For a question of a repeat (``name`` is then the repeat&apos;s): the row, from 1, and the question. Ages are computed at this date: the campaign&apos;s reference date (the newest shipped campaign&apos;s by default). The values of metadata questions (``username``, ``email``, ``deviceid``, …): who fills the sheet and on which computer. Names of relevant questions, notes and calculations. Names of relevant input questions that are required now. Values as expressions see them: answers of relevant questions and calculated values. Relevant input questions and notes in form order: the keyboard order of the sheet. Required questions still without an answer. Answered questions that are no longer relevant (kept in a draft, dropped on completion). Relevant questions not answered whose ``default`` stands as their answer (name → value). Each repeat&apos;s rows as expressions see them, and the questions relevant in each row. A repeat inside a repeat has a table in each row of the outer one, at ``outer.&lt;row from 1&gt;.inner``.</extracomment>
        <translation>«{label}»: бүтін сан енгізіңіз.</translation>
    </message>
    <message>
        <source>“{label}”: enter a number.</source>
        <translation>«{label}»: сан енгізіңіз.</translation>
    </message>
    <message>
        <source>“{label}”: enter a date.</source>
        <translation>«{label}»: күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>“{label}”: choose one of the answers in the list.</source>
        <translation>«{label}»: тізімдегі жауаптардың бірін таңдаңыз.</translation>
    </message>
    <message>
        <source>“{label}”: choose answers from the list only.</source>
        <translation>«{label}»: жауаптарды тек тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>“{label}”: enter text.</source>
        <translation>«{label}»: мәтін енгізіңіз.</translation>
    </message>
    <message>
        <source>“{label}”: enter a time as HH:MM.</source>
        <translation>«{label}»: уақытты СС:ММ түрінде енгізіңіз.</translation>
    </message>
    <message>
        <source>“{label}”: enter a date and a time.</source>
        <translation>«{label}»: күн мен уақытты енгізіңіз.</translation>
    </message>
    <message>
        <source>“{label}”: enter a number of the range shown.</source>
        <translation>«{label}»: көрсетілген ауқымдағы санды енгізіңіз.</translation>
    </message>
    <message>
        <source>“{label}”: the answer can only be “OK”.</source>
        <translation>«{label}»: жауап тек «OK» бола алады.</translation>
    </message>
    <message>
        <source>“{label}”: enter latitude and longitude (degrees), then altitude and accuracy (metres) if known.</source>
        <translation>«{label}»: ендік пен бойлықты (градуспен), белгілі болса, биіктік пен дәлдікті (метрмен) енгізіңіз.</translation>
    </message>
    <message>
        <source>“{label}”: enter two or more points separated by “;”.</source>
        <translation>«{label}»: «;» арқылы екі не одан көп нүкте енгізіңіз.</translation>
    </message>
    <message>
        <source>“{label}”: enter three or more points separated by “;”.</source>
        <translation>«{label}»: «;» арқылы үш не одан көп нүкте енгізіңіз.</translation>
    </message>
    <message>
        <source>“{label}”: attach a file from the disk.</source>
        <translation>«{label}»: дискіден файл тіркеңіз.</translation>
    </message>
    <message>
        <source>Row {row}: {what}</source>
        <extracomment>This level&apos;s own values (a row&apos;s values are seen before the sheet&apos;s). The answers as the sheet holds them, with the defaults of questions not answered.</extracomment>
        <translation>{row}-жол: {what}</translation>
    </message>
    <message>
        <source>“{label}”: {detail}</source>
        <translation>«{label}»: {detail}</translation>
    </message>
    <message>
        <source>“{label}” needs an answer.</source>
        <translation>«{label}»: жауап қажет.</translation>
    </message>
    <message>
        <source>“{label}”: the answer is not allowed.</source>
        <translation>«{label}»: мұндай жауап жарамсыз.</translation>
    </message>
    <message>
        <source>“{label}”: the answer is unusual; check it.</source>
        <translation>«{label}»: әдеттен тыс жауап, тексеріңіз.</translation>
    </message>
    <message>
        <source>Unexpected character “{char}” at position {position} of “{expression}”.</source>
        <extracomment>The form&apos;s lists and files (``instance()``, ``pulldata()``, ``jr:choice-name()``). The value the question had before this evaluation (what ``once()`` keeps). Inside a repeat: the row&apos;s number, from 1 (``position(..)``). Every row&apos;s value of each question in a repeat (``indexed-repeat()``, ``count()``, ``sum()``). name → (function, minimum arguments, maximum arguments or None)</extracomment>
        <translation>«{expression}» өрнегінің {position}-орнында рұқсат етілмеген «{char}» таңбасы.</translation>
    </message>
    <message>
        <source>“${{{name}}}” is not a question name in “{expression}”.</source>
        <translation>«{expression}» ішіндегі «${{{name}}}» — сұрақ атауы емес.</translation>
    </message>
    <message>
        <source>“{expression}” is too long.</source>
        <extracomment>Lists read with ``instance(&apos;name&apos;)`` and files read with ``pulldata(&apos;name&apos;, …)``.</extracomment>
        <translation>«{expression}» өрнегі тым ұзын.</translation>
    </message>
    <message>
        <source>“{expression}” ends too early.</source>
        <translation>«{expression}» өрнегі аяқталмай қалған.</translation>
    </message>
    <message>
        <source>Expected “{wanted}” but found “{found}” at position {position} of “{expression}”.</source>
        <translation>«{expression}» өрнегінің {position}-орнында «{wanted}» күтілді, бірақ «{found}» тұр.</translation>
    </message>
    <message>
        <source>Unexpected “{found}” at position {position} of “{expression}”.</source>
        <translation>«{expression}» өрнегінің {position}-орнында артық «{found}».</translation>
    </message>
    <message>
        <source>“{expression}” is nested too deeply.</source>
        <translation>«{expression}» өрнегінде кірістіру тым терең.</translation>
    </message>
    <message>
        <source>“{name}” in “{expression}” is neither a function call nor a question: write ${{{name}}}.</source>
        <translation>«{expression}» ішіндегі «{name}» — функция да, сұрақ та емес: ${{{name}}} деп жазыңыз.</translation>
    </message>
    <message>
        <source>instance() takes a list name in quotes in “{expression}”.</source>
        <translation>«{expression}» ішінде instance() функциясына тырнақшадағы тізім атауы керек.</translation>
    </message>
    <message>
        <source>Write a list lookup as instance(&apos;list&apos;)/root/item[…]/column in “{expression}”.</source>
        <translation>«{expression}» ішінде тізімнен іздеуді instance(&apos;list&apos;)/root/item[…]/column түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>Unknown function “{name}()” in “{expression}”.</source>
        <translation>«{expression}» ішінде белгісіз «{name}()» функциясы.</translation>
    </message>
    <message>
        <source>The function “{name}()” does not take {count} argument(s) in “{expression}”.</source>
        <translation>«{expression}» ішіндегі «{name}()» функциясы мұнша аргумент ({count}) қабылдамайды.</translation>
    </message>
    <message>
        <source>The pattern “{pattern}” in “{expression}” is not a valid regular expression.</source>
        <translation>«{expression}» ішіндегі «{pattern}» үлгісі — дұрыс тұрақты өрнек емес.</translation>
    </message>
    <message>
        <source>“{expression}” is not an expression.</source>
        <translation>«{expression}» — өрнек емес.</translation>
    </message>
    <message>
        <source>The expression is empty.</source>
        <translation>Өрнек бос.</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The translation of this source text in the ``forms`` catalogue is the catalogue&apos;s language code; it lets a Message pick the form&apos;s own text in the language the window speaks.</extracomment>
        <translation>kk</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, row {row}, column “{column}”</source>
        <extracomment>Questions a person answers. Location is typed as numbers, media is a file attached from disk, a barcode is typed text, an acknowledgement is &quot;OK&quot;. A file attached to a media question is kept in the sheet itself (in the database, with its SHA-256), so it travels and is saved with the answers; this keeps sheets small enough to save at every step. Metadata filled without a question: from the clock, the employee and the computer. The code of the &quot;not known&quot; answer of questions with ``allow_unknown``. All other columns of the choices row (or of the classifier file), for choice filters. For ``meta`` questions: which metadata (one of META_TYPES). The question also offers the answer &quot;not known&quot; (:data:`UNKNOWN`): column ``allow_unknown``. The ``default`` column: a fixed answer, or an expression (``default_expression``) when it reads other answers or calls a function, as pyxform decides. The ``parameters`` column (``start=1 end=10 step=1`` of a range), by name. Names of the enclosing groups (and repeat), outermost first. The repeat the question is asked in, once per row; ``None`` outside repeats. For a repeat: the ``repeat_count`` column, the number of rows when the form fixes it. Raw expression texts by column (for change lists and the command line). &quot;person&quot; or &quot;institution&quot; (settings column ``kind``). Evaluation order of questions and groups (dependencies first), computed at load. What the form&apos;s author should know but that does not stop the form (columns not used, settings given defaults), each at its sheet, row and column. Tables expressions read: the choice lists by name, and the CSV files shipped with the form (``pulldata(&apos;file&apos;, …)``, ``instance(&apos;file&apos;)``) by name without ``.csv``. The questions of each repeat in an order where what an expression reads comes first.</extracomment>
        <translation>«{sheet}» парағы, {row}-жол, «{column}» бағаны</translation>
    </message>
    <message>
        <source>The workbook has no “survey” sheet.</source>
        <translation>Кітапта «survey» парағы жоқ.</translation>
    </message>
    <message>
        <source>The type is empty.</source>
        <translation>Түрі көрсетілмеген.</translation>
    </message>
    <message>
        <source>“end_group” without a matching “begin_group”.</source>
        <translation>Жұбы жоқ «end_group» («begin_group» жоқ).</translation>
    </message>
    <message>
        <source>The name “{name}” is already used in row {other}.</source>
        <translation>«{name}» атауы {other}-жолда бұрыннан бар.</translation>
    </message>
    <message>
        <source>The group “{name}” is never closed with “end_group”.</source>
        <translation>«{name}» тобы «end_group» жолымен жабылмаған.</translation>
    </message>
    <message>
        <source>“{name}”: the file “{file}” that pulldata() reads is not with the form.</source>
        <translation>«{name}»: pulldata() оқитын «{file}» файлы нысанмен бірге жоқ.</translation>
    </message>
    <message>
        <source>The default source “{value}” is not interview, proxy or records.</source>
        <translation>Әдепкі «{value}» көзі interview, proxy немесе records емес.</translation>
    </message>
    <message>
        <source>“{value}” is not a register field that can fill a question.</source>
        <translation>«{value}» — сұрақты толтыра алатын тізілім өрісі емес.</translation>
    </message>
    <message>
        <source>“{name}”: the expression refers to ${{{ref}}}, which is not a question.</source>
        <translation>«{name}»: өрнек ${{{ref}}} сұрағына сілтейді, бірақ мұндай сұрақ жоқ.</translation>
    </message>
    <message>
        <source>“{name}”: instance(&apos;{list}&apos;) is neither a choice list nor a file of the form.</source>
        <translation>«{name}»: instance(&apos;{list}&apos;) жауаптар тізімі де, нысан файлы да емес.</translation>
    </message>
    <message>
        <source>The kind “{kind}” is neither “person” nor “institution”.</source>
        <translation>«{kind}» түрі «person» да, «institution» да емес.</translation>
    </message>
    <message>
        <source>“{name}” depends on itself through its expressions.</source>
        <translation>«{name}» өз өрнектері арқылы өзіне тәуелді.</translation>
    </message>
    <message>
        <source>A choice needs both a list_name and a name.</source>
        <translation>Жауап нұсқасында list_name және name болуы керек.</translation>
    </message>
    <message>
        <source>“{type}” needs the name of a choice list after it.</source>
        <translation>«{type}» түрінен кейін жауаптар тізімінің атауы қажет.</translation>
    </message>
    <message>
        <source>The choice list “{list}” is not in the choices sheet.</source>
        <translation>choices парағында «{list}» жауаптар тізімі жоқ.</translation>
    </message>
    <message>
        <source>“{type}” needs a .csv file name after it.</source>
        <translation>«{type}» түрінен кейін .csv файлының атауы қажет.</translation>
    </message>
    <message>
        <source>The list file “{file}” is not among the classifiers.</source>
        <translation>«{file}» тізім файлы жіктеуіштер арасында жоқ.</translation>
    </message>
    <message>
        <source>The type “{type}” is not supported by the census sheets.</source>
        <translation>«{type}» түрін санақ парақтары қолдамайды.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx or .xls): {detail}</source>
        <translation>Файл Excel кітабы емес (.xlsx немесе .xls): {detail}</translation>
    </message>
    <message>
        <source>The column “{header}” is not used by the census sheets; what it holds is ignored.</source>
        <translation>«{header}» бағанын санақ парақтары пайдаланбайды; ондағы мәліметтер ескерілмейді.</translation>
    </message>
    <message>
        <source>The settings give no form_id; the file name “{form_id}” is used.</source>
        <translation>Баптауларда form_id жоқ; «{form_id}» файл атауы қолданылады.</translation>
    </message>
    <message>
        <source>The settings give no version; “{version}”, taken from the file&apos;s content, is used.</source>
        <translation>Баптауларда version жоқ; файл мазмұнынан алынған «{version}» қолданылады.</translation>
    </message>
    <message>
        <source>The choice “{name}” is already in the list “{list}” (row {other}); allow_choice_duplicates in the settings permits it.</source>
        <translation>«{name}» жауабы «{list}» тізімінде бар ({other}-жол); қайталауға баптаулардағы allow_choice_duplicates рұқсат береді.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Атауы көрсетілмеген.</translation>
    </message>
    <message>
        <source>The name “{name}” must start with a Latin letter and hold only Latin letters, digits and _ - .</source>
        <translation>«{name}» атауы латын әрпінен басталып, тек латын әріптерінен, цифрлардан және _ - . таңбаларынан тұруы керек.</translation>
    </message>
    <message>
        <source>The question “{name}” has no label.</source>
        <translation>«{name}» сұрағының мәтіні жоқ.</translation>
    </message>
    <message>
        <source>“{name}”: {detail}</source>
        <translation>«{name}»: {detail}</translation>
    </message>
    <message>
        <source>The calculation “{name}” has no formula.</source>
        <translation>«{name}» есептеуінің формуласы жоқ.</translation>
    </message>
    <message>
        <source>New question “{label}”.</source>
        <translation>Жаңа сұрақ: «{label}».</translation>
    </message>
    <message>
        <source>The question “{label}” was removed; its answer is kept aside.</source>
        <translation>«{label}» сұрағы алынып тасталды; оның жауабы бөлек сақталды.</translation>
    </message>
    <message>
        <source>The question “{label}” takes another kind of answer now.</source>
        <translation>«{label}» сұрағына енді басқаша жауап беріледі.</translation>
    </message>
    <message>
        <source>The wording of “{label}” changed.</source>
        <translation>«{label}» сұрағының тұжырымы өзгерді.</translation>
    </message>
    <message>
        <source>The answers to choose from in “{label}” changed.</source>
        <translation>«{label}» сұрағының жауап нұсқалары өзгерді.</translation>
    </message>
    <message>
        <source>When “{label}” is asked or what it accepts changed.</source>
        <translation>«{label}» сұрағы қашан қойылатыны немесе қандай жауап қабылдайтыны өзгерді.</translation>
    </message>
    <message>
        <source>The answer to “{label}” no longer fits the question; answer it again.</source>
        <translation>«{label}» сұрағына берілген жауап енді сәйкес келмейді; қайта жауап беріңіз.</translation>
    </message>
    <message>
        <source>XLSForm check: {detail}</source>
        <translation>XLSForm тексеруі: {detail}</translation>
    </message>
    <message>
        <source>XLSForm check: the file cannot be read ({detail}).</source>
        <translation>XLSForm тексеруі: файл оқылмайды ({detail}).</translation>
    </message>
    <message>
        <source>The form file {file} is too large.</source>
        <extracomment>What pyxform says beside its errors. What the program notes about the form without refusing it (columns it does not use, defaults given to form_id and version), each at its sheet, row and column.</extracomment>
        <translation>{file} нысан файлы тым үлкен.</translation>
    </message>
    <message>
        <source>The form file {file} cannot be read.</source>
        <translation>{file} нысан файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The form is not valid: {problem}</source>
        <translation>Нысанда қате бар: {problem}</translation>
    </message>
    <message>
        <source>Another file with form {form_id} version {version} is already installed; a changed form needs a new version number.</source>
        <translation>{form_id} нысанының {version} нұсқасының басқа файлы орнатылған; өзгертілген нысанға жаңа нұсқа нөмірі қажет.</translation>
    </message>
    <message>
        <source>No form for {kind} sheets is installed.</source>
        <translation>«{kind}» парақтарына арналған нысан орнатылмаған.</translation>
    </message>
    <message>
        <source>The mapping file {file} is not readable JSON.</source>
        <extracomment>(row number, reason) of rows that matched nobody. (row number, question) of cells that could not be understood. Row numbers of persons whose sheet is complete (left untouched).</extracomment>
        <translation>{file} сәйкестендіру файлы оқылатын JSON емес.</translation>
    </message>
    <message>
        <source>The mapping file needs a “columns” object: header → question name.</source>
        <translation>Сәйкестендіру файлында «columns» объектісі қажет: тақырып → сұрақ атауы.</translation>
    </message>
    <message>
        <source>The mapping names questions the form does not have: {names}</source>
        <translation>Сәйкестендіру файлында нысанда жоқ сұрақтар аталған: {names}</translation>
    </message>
    <message>
        <source>No column of the file matches a question; give a mapping file (--mapping).</source>
        <translation>Файлдың бірде-бір бағаны сұраққа сәйкес келмеді; сәйкестендіру файлын көрсетіңіз (--mapping).</translation>
    </message>
    <message>
        <source>Export to a .xlsx or .csv file.</source>
        <translation>.xlsx немесе .csv файлына түсіріңіз.</translation>
    </message>
    <message>
        <source>all residents</source>
        <extracomment>Questions of the institution sheet counted from the register, with their names in messages.</extracomment>
        <translation>барлық тұрғындар</translation>
    </message>
    <message>
        <source>children under 18</source>
        <translation>18 жасқа дейінгі балалар</translation>
    </message>
    <message>
        <source>women and girls</source>
        <translation>әйелдер мен қыздар</translation>
    </message>
    <message>
        <source>foreigners and stateless persons</source>
        <translation>шетелдіктер мен азаматтығы жоқ адамдар</translation>
    </message>
    <message>
        <source>temporarily absent</source>
        <translation>уақытша болмағандар</translation>
    </message>
    <message>
        <source>temporarily present</source>
        <translation>уақытша тұрып жатқандар</translation>
    </message>
    <message>
        <source>Institution sheet: {category} {stated}, but the register counts {counted} at the moment.</source>
        <translation>Мекеме парағы: {category} — {stated}, ал тізілім бойынша санақ сәтінде — {counted}.</translation>
    </message>
    <message>
        <source>“{label}”: put every answer of the list in order, each once.</source>
        <translation>«{label}»: тізімдегі барлық жауапты ретімен қойыңыз, әрқайсысын бір рет.</translation>
    </message>
</context>
</TS>
