<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>DateField</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <extracomment>The screening finished and the pairs are listed.</extracomment>
        <translation>Ықтимал қайталанған жазбалар</translation>
    </message>
    <message>
        <source>Left record</source>
        <translation>Сол жақ жазба</translation>
    </message>
    <message>
        <source>Right record</source>
        <translation>Оң жақ жазба</translation>
    </message>
    <message>
        <source>Looking for records that may be one person…</source>
        <translation>Бір адамға қатысты болуы мүмкін жазбаларды іздеу…</translation>
    </message>
    <message>
        <source>Keep the left one, merge the right into it</source>
        <translation>Сол жақтағысын қалдырып, оң жақтағысын соған біріктіру</translation>
    </message>
    <message>
        <source>Keep the right one, merge the left into it</source>
        <translation>Оң жақтағысын қалдырып, сол жақтағысын соған біріктіру</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Бұлар әртүрлі адамдар</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Қайталанған жазбаларды іздеу…</translation>
    </message>
    <message>
        <source>%1 pairs of records may be one person. Compare them: merge a pair entered twice, or say they are different people so that they are not proposed again.</source>
        <translation>Бір адамға қатысты болуы мүмкін жазба жұптары: %1. Оларды салыстырыңыз: екі рет енгізілген жұпты біріктіріңіз немесе қайта ұсынылмауы үшін олардың әртүрлі адамдар екенін белгілеңіз.</translation>
    </message>
    <message>
        <source>No likely duplicates: every person is in the register once.</source>
        <translation>Ықтимал қайталанған жазбалар жоқ: әр адам тізілімге бір рет енгізілген.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a register: %1</source>
        <extracomment>Columns left out of the view when no row has anything in them (warnings, a unit). The file was read and the mapping page is shown. The outcome page is shown.</extracomment>
        <translation>Тізілімді импорттау: %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Save the errors…</source>
        <translation>Қателерді &amp;сақтау…</translation>
    </message>
    <message>
        <source>&amp;Check the rows &gt;</source>
        <translation>Жолдарды &amp;тексеру &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Парақ:</translation>
    </message>
    <message>
        <source>The row of the file that holds the column headers</source>
        <translation>Файлдағы баған тақырыптары орналасқан жол</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Тақырыптар жолы:</translation>
    </message>
    <message>
        <source>No header row was recognised. Set the header row, then choose for each column what it holds.</source>
        <translation>Тақырыптар жолы танылмады. Оның нөмірін көрсетіп, әр бағанда не бар екенін таңдаңыз.</translation>
    </message>
    <message>
        <source>The columns are mapped as you confirmed before for files of this layout. Check them and go on.</source>
        <translation>Бағандар осындай файлдар үшін бұрын өзіңіз растаған түрде сәйкестендірілді. Тексеріп, жалғастырыңыз.</translation>
    </message>
    <message>
        <source>The header was found in row %1. Check what each column holds (choose “—” to leave a column out); the choice is remembered for files of this layout.</source>
        <translation>Тақырып %1-жолдан табылды. Әр бағанда не бар екенін тексеріңіз (бағанды өткізіп жіберу үшін «—» таңдаңыз); таңдау осындай файлдар үшін есте сақталады.</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>мазмұны</translation>
    </message>
    <message>
        <source>The register is imported.</source>
        <translation>Тізілім импортталды.</translation>
    </message>
    <message>
        <source>Row / field</source>
        <translation>Жол / өріс</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>Тізілімде</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Файлда</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>These persons are in the register but not in the file. Tick those who left the institution: they will be marked as left on the date below (they stay in the register with their history).</source>
        <translation>Бұл адамдар тізілімде бар, бірақ файлда жоқ. Мекемеден шығып кеткендерді белгілеңіз: олар төмендегі күні шыққан деп белгіленеді (тізілімде өз тарихымен қалады).</translation>
    </message>
    <message>
        <source>Left on:</source>
        <translation>Шыққан күні:</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Барлығын белгілеу</translation>
    </message>
    <message>
        <source>Choose the column that holds the surname (or the full name).</source>
        <translation>Тегі (немесе толық аты-жөні) бар бағанды таңдаңыз.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Жолдарды тексеру…</translation>
    </message>
    <message>
        <source>Rows with persons: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Адамдар бар жолдар: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>new: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>жаңа: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>with changes: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>өзгерістері бар: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation>өзгеріссіз: %1</translation>
    </message>
    <message>
        <source>duplicates: %1</source>
        <translation>қайталанған жазбалар: %1</translation>
    </message>
    <message>
        <source>errors: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>қателер: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not in the file: %1</source>
        <translation>файлда жоқ: %1</translation>
    </message>
    <message>
        <source>lines skipped (totals, signatures, headers): %1</source>
        <translation>өткізіп жіберілген жолдар (жиындар, қолдар, тақырыптар): %1</translation>
    </message>
    <message>
        <source>New persons added:</source>
        <translation>Жаңа адамдар қосылды:</translation>
    </message>
    <message>
        <source>Persons updated:</source>
        <translation>Жазбалар жаңартылды:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Өзгеріссіз:</translation>
    </message>
    <message>
        <source>Marked as left:</source>
        <translation>Шығып кеткен деп белгіленді:</translation>
    </message>
    <message>
        <source>Not imported, with errors:</source>
        <translation>Қателерге байланысты импортталмады:</translation>
    </message>
    <message>
        <source>Not imported, duplicates in the file:</source>
        <translation>Импортталмады, файлдағы қайталаулар:</translation>
    </message>
    <message>
        <source>The persons are on the Respondents page. Rows not imported stay in the file: correct them there and import the file again, or add those persons by hand.</source>
        <translation>Адамдар «Респонденттер» бетінде. Импортталмаған жолдар файлда қалды: оларды сонда түзетіп, файлды қайта импорттаңыз немесе ол адамдарды қолмен қосыңыз.</translation>
    </message>
    <message>
        <source>The persons are on the Respondents page.</source>
        <translation>Адамдар «Респонденттер» бетінде.</translation>
    </message>
    <message>
        <source>Rows with errors are not imported: correct them in the file and import it again, or add those persons by hand. “Save the errors…” writes them to a workbook with the reasons.</source>
        <translation>Қатесі бар жолдар импортталмайды: оларды файлда түзетіп, қайта импорттаңыз немесе бұл адамдарды қолмен қосыңыз. «Қателерді сақтау…» оларды себептерімен Excel кітабына жазады.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Жаңа (%1)</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Өзгерістер (%1)</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Қайталанған жазбалар (%1)</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Қателер (%1)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Not in the file (%1)</source>
        <translation>Файлда жоқ (%1)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translation>Өткізілді (%1)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>қателер</translation>
    </message>
    <message>
        <source>Save the errors</source>
        <translation>Қателерді сақтау</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>LeftDialog</name>
    <message>
        <source>Mark as left: %1</source>
        <translation>Шыққанын белгілеу: %1</translation>
    </message>
    <message>
        <source>Where to, by which order (required for “Other reason”)</source>
        <translation>Қайда, қандай бұйрықпен («Басқа себеп» үшін міндетті)</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Шыққан күні</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>The person stays in the register with this date; the list as of the list date still counts them if they left after it.</source>
        <translation>Адам тізілімде осы күнімен қалады; егер ол тізім күнінен кейін шықса, тізімде ескеріледі.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <extracomment>nothing until saving is tried (a new record does not open red); a stored record shows all.</extracomment>
        <translation>Жаңа адам</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Адам: %1</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Group, ward or department (type a new one to add it)</source>
        <translation>Топ, палата немесе бөлім (қосу үшін жаңасын енгізіңіз)</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>Ә&amp;кесінің аты</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>&amp;ЖСН</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Ту&amp;ған күні</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Жыны&amp;сы</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>&amp;Residence</source>
        <translation>Тұ&amp;руы</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Бөлімше</translation>
    </message>
    <message>
        <source>&amp;Admitted on</source>
        <translation>Түскен кү&amp;ні</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Ескертпе</translation>
    </message>
    <message>
        <source>Census</source>
        <translation>Санақ</translation>
    </message>
    <message>
        <source>Coverage status</source>
        <translation>Санақ мәртебесі</translation>
    </message>
    <message>
        <source>Confirmation code</source>
        <translation>Растау коды</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Шығуы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 15.03.1987.</source>
        <translation>«%1» — күн емес: былай жазыңыз: 15.03.1987.</translation>
    </message>
    <message>
        <source>Age at the census moment: %1</source>
        <translation>Санақ сәтіндегі жасы: %1</translation>
    </message>
    <message>
        <source>on the list of %1</source>
        <translation>%1 тізімінде бар</translation>
    </message>
    <message>
        <source>not on the list of %1</source>
        <translation>%1 тізімінде жоқ</translation>
    </message>
    <message>
        <source>he lived here at the reference moment</source>
        <translation>санақ сәтінде осында тұрды</translation>
    </message>
    <message>
        <source>he did not live here at the reference moment</source>
        <translation>санақ сәтінде осында тұрмады</translation>
    </message>
    <message>
        <source>she lived here at the reference moment</source>
        <translation>санақ сәтінде осында тұрды</translation>
    </message>
    <message>
        <source>she did not live here at the reference moment</source>
        <translation>санақ сәтінде осында тұрмады</translation>
    </message>
    <message>
        <source>resident at the reference moment</source>
        <translation>санақ сәтінде тұрды</translation>
    </message>
    <message>
        <source>not resident at the reference moment</source>
        <translation>санақ сәтінде тұрмады</translation>
    </message>
    <message>
        <source>The IIN looks wrong</source>
        <translation>ЖСН қате сияқты</translation>
    </message>
    <message>
        <source>The IIN does not pass the check: a digit was probably mistyped. Check it against a document. Save it anyway? The person will be listed with the problem “Invalid IIN”.</source>
        <translation>ЖСН тексеруден өтпейді: цифрлардың бірінде қате болуы мүмкін. Оны құжатпен салыстырыңыз. Бәрібір сақтау керек пе? Адам тізімде «ЖСН қате» мәселесімен көрсетіледі.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <source>imported from a file</source>
        <translation>файлдан импортталды</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <source>marked as left</source>
        <translation>шыққан деп белгіленді</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>қайтып келді</translation>
    </message>
    <message>
        <source>merged with a duplicate</source>
        <translation>қайталанған жазбамен біріктірілді</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sent {when}</source>
        <extracomment>The service&apos;s sort key of each column, in the order of the columns.</extracomment>
        <translation>Жіберілді {when}</translation>
    </message>
    <message>
        <source>Changed since sent {when}</source>
        <translation>Жіберілгеннен кейін өзгерді {when}</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Жіберілмеген</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>Sent to the Department</source>
        <translation>Департаментке жіберу</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Тұруы</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Шыққан күні</translation>
    </message>
    <message>
        <source>Coverage status</source>
        <translation>Санақ мәртебесі</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
</context>
<context>
    <name>RespondentsPage</name>
    <message>
        <source>Search: surname, name, patronymic or IIN</source>
        <extracomment>The list was recomputed (search, filters, sort, a change): how many rows it shows.</extracomment>
        <translation>Іздеу: тегі, аты, әкесінің аты немесе ЖСН</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>Any problems or none</source>
        <translation>Мәселесі бар және жоқ</translation>
    </message>
    <message>
        <source>With any problem</source>
        <translation>Кез келген мәселесі бар</translation>
    </message>
    <message>
        <source>Who is shown</source>
        <translation>Кім көрсетілген</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Present (not left)</source>
        <translation>Қазір бар (шықпаған)</translation>
    </message>
    <message>
        <source>On the stage-1 list</source>
        <translation>1-кезең тізімінде</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Шыққандар</translation>
    </message>
    <message>
        <source>To be counted (list or census moment)</source>
        <translation>Санаққа жатады (тізім немесе санақ сәті)</translation>
    </message>
    <message>
        <source>Work left</source>
        <translation>Қалған жұмыс</translation>
    </message>
    <message>
        <source>Census sheet in draft</source>
        <translation>Санақ парағы жобада</translation>
    </message>
    <message>
        <source>Waiting for double entry</source>
        <translation>Қайта енгізуді күтуде</translation>
    </message>
    <message>
        <source>Certificate to issue</source>
        <translation>Анықтама беру керек</translation>
    </message>
    <message>
        <source>Not yet at the Department</source>
        <translation>Департаментке әлі жетпеген</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Өз&amp;герту…</translation>
    </message>
    <message>
        <source>Mark as &amp;left…</source>
        <translation>Шыққанын &amp;белгілеу…</translation>
    </message>
    <message>
        <source>Came &amp;back</source>
        <translation>Қайтып ке&amp;лді</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>D&amp;uplicates…</source>
        <translation>Қа&amp;йталанған жазбалар…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Э&amp;кспорт</translation>
    </message>
    <message>
        <source>Stage-1 list for the Department (.xlsx)…</source>
        <translation>Департаментке 1-кезең тізімі (.xlsx)…</translation>
    </message>
    <message>
        <source>Stage-1 list to sign (PDF)…</source>
        <translation>Қол қоюға 1-кезең тізімі (PDF)…</translation>
    </message>
    <message>
        <source>Whole register (.xlsx)…</source>
        <translation>Бүкіл тізілім (.xlsx)…</translation>
    </message>
    <message>
        <source>The register is empty. Add persons one by one, or import the institution&apos;s own list (Excel, LibreOffice or CSV) with “Import…”.</source>
        <translation>Тізілім бос. Адамдарды бір-бірлеп қосыңыз немесе мекеме тізімін (Excel, LibreOffice немесе CSV) «Импорт…» батырмасымен импорттаңыз.</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Респонденттер</translation>
    </message>
    <message>
        <source>Any work left</source>
        <translation>Кез келген жұмыс</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Кез келген бөлімше</translation>
    </message>
    <message>
        <source>Without a unit</source>
        <translation>Бөлімшесіз</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Көрсетілді: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <source>Delete %1 from the register? Do this only for a record entered by mistake; a person who left is marked as left instead.</source>
        <translation>%1 тізілімнен жойылсын ба? Мұны тек қателесіп енгізілген жазба үшін жасаңыз; шығып кеткен адам шыққан деп белгіленеді.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>Тізілімді импорттау</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Тізілімдер (*.xlsx *.xlsm *.xls *.ods *.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>stage-1 list</source>
        <translation>1-кезең тізімі</translation>
    </message>
    <message>
        <source>register</source>
        <translation>тізілім</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Saved %1 (%2 persons).</source>
        <translation>Сақталды: %1 (адам саны: %2).</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорттау…</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <source>Invalid IIN</source>
        <extracomment>The IIN rules, remembered per number: an import checks each IIN several times (validation, reconciliation, stored problems) and a register has up to some 100,000 of them. Latin letters that look like Cyrillic ones; registers typed on mixed keyboards contain them. Kazakh letters folded to the Russian letters they are often replaced by, for matching only. The longest part of a name (surname, name, patronymic) a record keeps. Not stored: derived from the dates each time (born, admitted or gone on the wrong side of the reference moment).</extracomment>
        <translation>ЖСН қате</translation>
    </message>
    <message>
        <source>No IIN</source>
        <translation>ЖСН жоқ</translation>
    </message>
    <message>
        <source>Birth date contradicts the IIN</source>
        <translation>Туған күні ЖСН-мен сәйкес келмейді</translation>
    </message>
    <message>
        <source>Sex contradicts the IIN</source>
        <translation>Жынысы ЖСН-мен сәйкес келмейді</translation>
    </message>
    <message>
        <source>Likely duplicate</source>
        <translation>Ықтимал қайталанған жазба</translation>
    </message>
    <message>
        <source>Missing required data</source>
        <translation>Міндетті деректер жетіспейді</translation>
    </message>
    <message>
        <source>Enter the surname.</source>
        <translation>Тегін енгізіңіз.</translation>
    </message>
    <message>
        <source>A part of the name has {length} characters; at most {most} are kept. Check the cell: it may hold more than a name.</source>
        <translation>Аты-жөнінің бір бөлігі {length} таңбадан тұрады; ең көбі {most} таңба сақталады. Ұяшықты тексеріңіз: онда аты-жөнінен басқа нәрсе болуы мүмкін.</translation>
    </message>
    <message>
        <source>Choose the country of citizenship.</source>
        <translation>Азаматтық елін таңдаңыз.</translation>
    </message>
    <message>
        <source>A citizen of Kazakhstan must have an IIN: enter it when known.</source>
        <translation>Қазақстан азаматының ЖСН-і болуы керек: белгілі болғанда енгізіңіз.</translation>
    </message>
    <message>
        <source>No IIN: allowed for a foreigner or a stateless person.</source>
        <translation>ЖСН жоқ: шетел азаматы немесе азаматтығы жоқ адам үшін рұқсат етіледі.</translation>
    </message>
    <message>
        <source>The birth date {date} is not plausible.</source>
        <translation>Туған күні {date} шындыққа жанаспайды.</translation>
    </message>
    <message>
        <source>The admission date is before the birth date.</source>
        <translation>Түскен күні туған күнінен бұрын.</translation>
    </message>
    <message>
        <source>The admission date {date} is in the future.</source>
        <translation>Түскен күні {date} әлі келген жоқ.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Аты көрсетілмеген.</translation>
    </message>
    <message>
        <source>Not counted at the reference moment</source>
        <translation>Санақ сәтінде есепке алынбайды</translation>
    </message>
    <message>
        <source>The birth date is missing.</source>
        <translation>Туған күні көрсетілмеген.</translation>
    </message>
    <message>
        <source>The sex is missing.</source>
        <translation>Жынысы көрсетілмеген.</translation>
    </message>
    <message>
        <source>Born on {date}, after the census moment (00:00, {moment}): not counted.</source>
        <translation>{date} туған, санақтың сындарлы сәтінен (00:00, {moment}) кейін: есепке алынбайды.</translation>
    </message>
    <message>
        <source>Admitted on {date}, after the census moment (00:00, {moment}): not counted here.</source>
        <translation>{date} түскен, санақтың сындарлы сәтінен (00:00, {moment}) кейін: мекемеде есепке алынбайды.</translation>
    </message>
    <message>
        <source>Left on {date}, before the census moment (00:00, {moment}): not counted here.</source>
        <translation>{date} шыққан, санақтың сындарлы сәтіне (00:00, {moment}) дейін: мекемеде есепке алынбайды.</translation>
    </message>
    <message>
        <source>The birth date {date} contradicts the IIN {iin}, which gives {iin_date}.</source>
        <translation>Туған күні {date} ЖСН {iin} бойынша туған күнге ({iin_date}) сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The sex is male, but the IIN {iin} is a woman&apos;s (its 7th digit).</source>
        <translation>Жынысы ер деп көрсетілген, ал ЖСН {iin} әйелдікі (7-цифры бойынша).</translation>
    </message>
    <message>
        <source>The sex is female, but the IIN {iin} is a man&apos;s (its 7th digit).</source>
        <translation>Жынысы әйел деп көрсетілген, ал ЖСН {iin} ер адамдікі (7-цифры бойынша).</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Шығарылу</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Ауыстырылу</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Қайтыс болу</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Басқа себеп</translation>
    </message>
    <message>
        <source>Usually resident</source>
        <translation>Тұрақты тұрады</translation>
    </message>
    <message>
        <source>Temporarily absent</source>
        <translation>Уақытша болмаған</translation>
    </message>
    <message>
        <source>Temporarily present</source>
        <translation>Уақытша тұрып жатыр</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Басқа ел</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Азаматтығы жоқ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>The same IIN</source>
        <translation>Бірдей ЖСН</translation>
    </message>
    <message>
        <source>The same full name and birth date</source>
        <translation>Аты-жөні мен туған күні бірдей</translation>
    </message>
    <message>
        <source>Nearly the same name and the same birth date</source>
        <translation>Аты-жөні дерлік бірдей, туған күні бір</translation>
    </message>
    <message>
        <source>The person is no longer in the register.</source>
        <extracomment>What the Overview&apos;s numbers open in the Respondents list, beyond the coverage status.</extracomment>
        <translation>Бұл адам енді тізілімде жоқ.</translation>
    </message>
    <message>
        <source>Somebody else changed this person meanwhile: open the record again.</source>
        <translation>Осы уақытта басқа біреу бұл жазбаны өзгертті: оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>The leaving date is before the admission date.</source>
        <translation>Шыққан күні түскен күнінен бұрын.</translation>
    </message>
    <message>
        <source>The leaving date {date} is in the future.</source>
        <translation>Шыққан күні {date} әлі келген жоқ.</translation>
    </message>
    <message>
        <source>Say why the person left.</source>
        <translation>Шығу себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>This person already has census work recorded and cannot be deleted; mark them as left instead.</source>
        <translation>Бұл адам бойынша санақ жазбалары бар, оны жоюға болмайды; оны шыққан деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Other records refer to this person; mark them as left instead.</source>
        <translation>Бұл адамға басқа жазбалар сілтейді; оны шыққан деп белгілеңіз.</translation>
    </message>
    <message>
        <source>The register was changed by somebody else while this file was being checked (another import or another employee); nothing was written. Check the file again and import it.</source>
        <translation>Файл тексеріліп жатқанда тізілімді басқа біреу өзгертті (басқа импорт немесе басқа қызметкер); ештеңе жазылмады. Файлды қайта тексеріп, импорттаңыз.</translation>
    </message>
    <message>
        <source>Choose two different persons to merge.</source>
        <translation>Біріктіру үшін екі түрлі адамды таңдаңыз.</translation>
    </message>
    <message>
        <source>The record to remove has census work of its own: keep that record and merge the other into it.</source>
        <translation>Жойылатын жазбаның өз санақ жазбалары бар: сол жазбаны қалдырып, екіншісін соған біріктіріңіз.</translation>
    </message>
    <message>
        <source>Rows read: {n}</source>
        <translation>Оқылған жолдар: {n}</translation>
    </message>
    <message>
        <source>Imported: {n}</source>
        <translation>Импортталды: {n}</translation>
    </message>
    <message>
        <source>Updated: {n}</source>
        <translation>Жаңартылды: {n}</translation>
    </message>
    <message>
        <source>Duplicates: {n}</source>
        <translation>Қайталанған жазбалар: {n}</translation>
    </message>
    <message>
        <source>Errors: {n}</source>
        <translation>Қателер: {n}</translation>
    </message>
    <message>
        <source>  row {row}: {reasons}</source>
        <translation>  {row}-жол: {reasons}</translation>
    </message>
    <message>
        <source>{n} persons of the register are not in the file; if they left, mark them so in the window.</source>
        <translation>Тізілімдегі {n} адам файлда жоқ; егер олар шығып кетсе, мұны бағдарлама терезесінде белгілеңіз.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Сынақ іске қосу: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Written: {file} ({n} persons)</source>
        <translation>Жазылды: {file} (адам саны: {n})</translation>
    </message>
    <message>
        <source>Surname</source>
        <extracomment>The fields a column can hold, in the order the mapping dialog lists them.</extracomment>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Full name (surname, name, patronymic in one cell)</source>
        <translation>Аты-жөні (тегі, аты, әкесінің аты бір ұяшықта)</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Residence category</source>
        <translation>Тұру санаты</translation>
    </message>
    <message>
        <source>Unit (group, ward, department)</source>
        <translation>Бөлімше (топ, палата, бөлім)</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>Шыққан күні</translation>
    </message>
    <message>
        <source>Leaving reason</source>
        <translation>Шығу себебі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>The mapping file “{file}” is not a JSON object of field → column.</source>
        <translation>«{file}» сәйкестендіру файлы «өріс → баған» JSON нысаны емес.</translation>
    </message>
    <message>
        <source>The mapping names an unknown field “{field}”.</source>
        <translation>Сәйкестендіруде белгісіз «{field}» өрісі көрсетілген.</translation>
    </message>
    <message>
        <source>The mapping&apos;s column “{column}” is not in the file.</source>
        <translation>Сәйкестендірудегі «{column}» бағаны файлда жоқ.</translation>
    </message>
    <message>
        <source>The IIN “{value}” cannot be read.</source>
        <extracomment>What the register was when the file was checked (:func:`register.register_stamp`): applying refuses when it changed meanwhile (another import or employee), not to write a person twice.</extracomment>
        <translation>«{value}» ЖСН-ін оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The birth date “{value}” is not a date.</source>
        <translation>Туған күні: «{value}» — күн емес.</translation>
    </message>
    <message>
        <source>The admission date “{value}” is not a date.</source>
        <translation>Түскен күні: «{value}» — күн емес.</translation>
    </message>
    <message>
        <source>The leaving date “{value}” is not a date.</source>
        <translation>Шыққан күні: «{value}» — күн емес.</translation>
    </message>
    <message>
        <source>The sex “{value}” is not understood (write М/Ж, муж./жен., ер/әйел).</source>
        <translation>«{value}» жынысы танылмады (М/Ж, муж./жен., ер/әйел деп жазыңыз).</translation>
    </message>
    <message>
        <source>The citizenship “{value}” is not a known country.</source>
        <translation>«{value}» азаматтығы — белгісіз ел.</translation>
    </message>
    <message>
        <source>The residence category “{value}” is not understood.</source>
        <translation>«{value}» тұру санаты танылмады.</translation>
    </message>
    <message>
        <source>Show which column holds the surname (or the full name).</source>
        <translation>Тегі (немесе толық аты-жөні) қай бағанда екенін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The same person as in row {line}.</source>
        <translation>{line}-жолдағы адаммен бірдей.</translation>
    </message>
    <message>
        <source>Nearly the same as {name}, already in the register, born the same day.</source>
        <translation>Тізілімде бар, сол күні туған {name} адаммен дерлік бірдей.</translation>
    </message>
    <message>
        <source>Nearly the same as row {line}, born the same day.</source>
        <translation>{line}-жолмен дерлік бірдей, туған күні сол.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Импортталмаған жолдар</translation>
    </message>
</context>
</TS>
