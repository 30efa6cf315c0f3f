<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New password for {login}</source>
        <translation>{login} үшін жаңа құпиясөз</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Жаңа есептік жазба</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Рөлі:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Who may sign in, and with which role: the administrator manages accounts, settings and the audit trail; a responsible employee keeps the register, the census sheets and the certificates and sends them; a viewer reads lists and reports.</source>
        <translation>Бағдарламаға кім және қандай рөлмен кіре алады: әкімші есептік жазбаларды, баптауларды және аудит журналын басқарады; жауапты қызметкер тізілімді, санақ парақтарын және анықтамаларды жүргізіп, оларды жібереді; бақылаушы тізімдер мен есептерді қарайды.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Соңғы кіру</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Жаңа есептік жазба…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Құлыпты &amp;ашу</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Жаңа құпия&amp;сөз…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Lock the window after (minutes without work, every computer):</source>
        <translation>Терезені құлыптау уақыты (жұмыссыз минут, барлық компьютерде):</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Есептік жазбалар</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>құлыпталған</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>active, wrong passwords: {n}</source>
        <translation>белсенді, қате құпиясөздер: {n}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Person: name or IIN</source>
        <extracomment>How many of the newest entries the page shows; the export takes every entry that passes the filters.</extracomment>
        <translation>Адам: аты-жөні немесе ЖСН</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Кез келген есептік жазба</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Бастап</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;Дейін</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>Т&amp;абу</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Есептік жазба</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Өзгеріс түрі</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Аудит журналының жазбалары</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Changes: old → new</source>
        <translation>Өзгерістер: бұрын → кейін</translation>
    </message>
    <message>
        <source>&amp;Check the trail</source>
        <translation>&amp;Журналды тексеру</translation>
    </message>
    <message>
        <source>Each entry carries the hash of the one before: a changed or removed entry shows here.</source>
        <translation>Әр жазба алдыңғысының хешін сақтайды: өзгертілген немесе жойылған жазба осында көрінеді.</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Excel-ге шығару…</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <source>The newest {n} entries; narrow the filters or export them all.</source>
        <translation>Соңғы {n} жазба көрсетілді; сүзгіні нақтылаңыз немесе барлығын шығарыңыз.</translation>
    </message>
    <message>
        <source>Entries: {n}</source>
        <translation>Жазбалар: {n}</translation>
    </message>
    <message>
        <source>Checking the trail…</source>
        <translation>Журнал тексерілуде…</translation>
    </message>
    <message>
        <source>The trail is whole: {n} entries checked.</source>
        <translation>Журнал бүтін: {n} жазба тексерілді.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Аудит журналын шығару</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>{n} entries written to {file}</source>
        <translation>{n} жазба {file} файлына шығарылды</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Шығарылуда…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sanaq Desktop — the window is locked</source>
        <translation>Sanaq Desktop — терезе құлыпталған</translation>
    </message>
    <message>
        <source>The window was locked after a while without work. Enter your password to go on.</source>
        <translation>Жұмыста үзіліс болғандықтан терезе құлыпталды. Жалғастыру үшін құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Sanaq Desktop — sign in</source>
        <translation>Sanaq Desktop — кіру</translation>
    </message>
    <message>
        <source>Sign in with the account the administrator gave you.</source>
        <translation>Әкімші берген есептік жазбамен кіріңіз.</translation>
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
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Кіру</translation>
    </message>
    <message>
        <source>&amp;Quit the program</source>
        <translation>Бағдарламадан &amp;шығу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Forgot the password?</source>
        <translation>Құпиясөзді &amp;ұмыттыңыз ба?</translation>
    </message>
    <message>
        <source>An employee asks the administrator; the administrator uses the printed recovery code.</source>
        <translation>Қызметкер әкімшіге жүгінеді; әкімші басып шығарылған қалпына келтіру кодын енгізеді.</translation>
    </message>
    <message>
        <source>Enter the login and the password.</source>
        <translation>Логин мен құпиясөзді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>The administrator&apos;s recovery code</source>
        <translation>Әкімшінің қалпына келтіру коды</translation>
    </message>
    <message>
        <source>Print this code and keep it in the safe. With it the administrator sets a new password when the old one is forgotten. It is shown only now.</source>
        <translation>Бұл кодты басып шығарып, сейфте сақтаңыз. Әкімші ескі құпиясөзін ұмытса, осы кодпен жаңасын орнатады. Код тек қазір көрсетіледі.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>I have &amp;kept the code</source>
        <translation>Код &amp;сақталды</translation>
    </message>
    <message>
        <source>Sanaq Desktop: recovery code of the administrator {login}</source>
        <translation>Sanaq Desktop: {login} әкімшісінің қалпына келтіру коды</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover the administrator&apos;s password</source>
        <translation>Әкімшінің құпиясөзін қалпына келтіру</translation>
    </message>
    <message>
        <source>Type the recovery code printed when the program was set up. A new password is set and a new recovery code is made; the old one no longer works.</source>
        <translation>Бағдарламаны баптаған кезде басып шығарылған қалпына келтіру кодын енгізіңіз. Жаңа құпиясөз орнатылып, жаңа қалпына келтіру коды жасалады; ескі код енді жарамайды.</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;login:</source>
        <translation>Әкімшінің &amp;логині:</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Қалпына келтіру &amp;коды:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>The same password &amp;again:</source>
        <translation>Құпиясөзді &amp;қайталаңыз:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>Sign in: set SANAQ_USER and SANAQ_PASSWORD, or run the command in a terminal.</source>
        <translation>Кіру қажет: SANAQ_USER және SANAQ_PASSWORD мәндерін беріңіз немесе пәрменді терминалда іске қосыңыз.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Құпиясөздер сәйкес келмейді; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Account added: {login} ({role})</source>
        <translation>Есептік жазба қосылды: {login} ({role})</translation>
    </message>
    <message>
        <source>Recovery code of the administrator (print it and keep it in the safe; it is shown once): {code}</source>
        <translation>Әкімшінің қалпына келтіру коды (басып шығарып, сейфте сақтаңыз; бір рет қана көрсетіледі): {code}</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>құлыпталған</translation>
    </message>
    <message>
        <source>The account {login} is locked.</source>
        <translation>{login} есептік жазбасы құлыпталды.</translation>
    </message>
    <message>
        <source>The account {login} is unlocked.</source>
        <translation>{login} есептік жазбасының құлпы ашылды.</translation>
    </message>
    <message>
        <source>The account {login} has a new password.</source>
        <translation>{login} есептік жазбасына жаңа құпиясөз орнатылды.</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Қалпына келтіру коды:</translation>
    </message>
    <message>
        <source>New password set. The new recovery code (print it; the old one is used up): {code}</source>
        <translation>Жаңа құпиясөз орнатылды. Жаңа қалпына келтіру коды (басып шығарыңыз; ескісі енді жарамайды): {code}</translation>
    </message>
    <message>
        <source>The audit trail is whole: {n} entries checked.</source>
        <translation>Аудит журналы бүтін: {n} жазба тексерілді.</translation>
    </message>
    <message>
        <source>{n} audit entries written to {file}</source>
        <translation>Аудит журналының {n} жазбасы {file} файлына шығарылды</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Responsible employee</source>
        <translation>Жауапты қызметкер</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Бақылаушы</translation>
    </message>
    <message>
        <source>read the lists and reports</source>
        <extracomment>Read lists, reports and records: every role. The register, census sheets, outcomes, certificates, tablets, imports and exports. Sending to the Department. Accounts, the institution&apos;s profile and settings, the audit trail, the close-out.</extracomment>
        <translation>тізімдер мен есептерді қарай</translation>
    </message>
    <message>
        <source>change the register, census sheets and certificates</source>
        <translation>тізілімді, санақ парақтарын және анықтамаларды өзгерте</translation>
    </message>
    <message>
        <source>send data to the Department</source>
        <translation>деректерді департаментке жібере</translation>
    </message>
    <message>
        <source>manage accounts, settings and the audit trail</source>
        <translation>есептік жазбаларды, баптауларды және аудит журналын басқара</translation>
    </message>
    <message>
        <source>Sign in first: this institution has accounts.</source>
        <extracomment>The uuid of the employee record the account acts as (who filled a sheet, issued a certificate); empty for a viewer.</extracomment>
        <translation>Алдымен кіріңіз: мекемеде есептік жазбалар бар.</translation>
    </message>
    <message>
        <source>The account {login} ({role}) may not {action}.</source>
        <translation>{login} ({role}) есептік жазбасы {action} алмайды.</translation>
    </message>
    <message>
        <source>A password has at least {n} characters.</source>
        <extracomment>Wrong passwords in a row that cost nothing; from then on each next try waits longer. The longest wait between two tries, in seconds. Wrong passwords in a row that lock the account until an administrator unlocks it. Letters of a recovery code: no 0/O, 1/I/L, so that it reads back from paper without doubt.</extracomment>
        <translation>Құпиясөзде кемінде {n} таңба болуы керек.</translation>
    </message>
    <message>
        <source>A password does not begin or end with a space.</source>
        <translation>Құпиясөз бос орынмен басталмайды және аяқталмайды.</translation>
    </message>
    <message>
        <source>A login has 2 to 40 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>Логин — бос орынсыз 2–40 әріп, цифр, нүкте, сызықша немесе астыңғы сызық.</translation>
    </message>
    <message>
        <source>No account with the login {login}.</source>
        <extracomment>Minutes without a key or a click after which the window locks, unless the administrator sets others.</extracomment>
        <translation>{login} логині бар есептік жазба жоқ.</translation>
    </message>
    <message>
        <source>The first account is the administrator&apos;s (the head of the institution).</source>
        <extracomment>The administrator&apos;s recovery code, shown once to be printed; None for other roles.</extracomment>
        <translation>Бірінші есептік жазба — әкімшінікі (мекеме басшысының).</translation>
    </message>
    <message>
        <source>Enter the full name of the account&apos;s owner.</source>
        <translation>Есептік жазба иесінің аты-жөнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The login {login} is taken already.</source>
        <translation>{login} логині бос емес.</translation>
    </message>
    <message>
        <source>You cannot lock your own account.</source>
        <translation>Өз есептік жазбаңызды құлыптай алмайсыз.</translation>
    </message>
    <message>
        <source>The login or the recovery code is wrong.</source>
        <translation>Логин немесе қалпына келтіру коды қате.</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>The account {login} is locked after wrong passwords: ask the administrator to unlock it.</source>
        <translation>Қате құпиясөздерден кейін {login} есептік жазбасы құлыпталды: құлпын ашуды әкімшіден сұраңыз.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again in {seconds} s.</source>
        <translation>Қате құпиясөз тым көп: {seconds} с кейін қайталаңыз.</translation>
    </message>
    <message>
        <source>The window locks after 0 to 240 minutes (0: never).</source>
        <translation>Терезе 0–240 минуттан кейін құлыпталады (0 — ешқашан).</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Person</source>
        <extracomment>The link of the first entry.</extracomment>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Census sheet</source>
        <translation>Санақ парағы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Санақ нәтижесі</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Жабдық</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Есептік жазба</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Шығару</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>What was done, as the trail shows it (an action not listed shows as its code).</extracomment>
        <translation>қосылды</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортталды</translation>
    </message>
    <message>
        <source>marked as left</source>
        <translation>шығып кетті</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>қайта оралды</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>біріктірілді</translation>
    </message>
    <message>
        <source>merged into another</source>
        <translation>басқа жазбамен біріктірілді</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сақталды</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>толтырылды</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>түзетуге ашылды</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>жазылды</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>қайтарылды</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>берілді</translation>
    </message>
    <message>
        <source>reprinted</source>
        <translation>телнұсқа</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>күші жойылды</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>берілді</translation>
    </message>
    <message>
        <source>act signed</source>
        <translation>акт қол қойылды</translation>
    </message>
    <message>
        <source>institution profile</source>
        <translation>мекеме профилі</translation>
    </message>
    <message>
        <source>employee added</source>
        <translation>қызметкер қосылды</translation>
    </message>
    <message>
        <source>employee changed</source>
        <translation>қызметкер өзгертілді</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>құлыпталды</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>құлпы ашылды</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>жаңа құпиясөз</translation>
    </message>
    <message>
        <source>recovered by the code</source>
        <translation>код бойынша қалпына келтірілді</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>кірді</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>қате құпиясөз</translation>
    </message>
    <message>
        <source>unknown login</source>
        <translation>белгісіз логин</translation>
    </message>
    <message>
        <source>register file</source>
        <translation>тізілім файлы</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>аудит журналы</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <source>receipt loaded</source>
        <translation>түбіртек жүктелді</translation>
    </message>
    <message>
        <source>package written</source>
        <translation>пакет жазылды</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <source>stage-1 list (.xlsx)</source>
        <translation>1-кезең тізімі (.xlsx)</translation>
    </message>
    <message>
        <source>stage-1 list (PDF)</source>
        <translation>1-кезең тізімі (PDF)</translation>
    </message>
    <message>
        <source>whole register (.xlsx)</source>
        <translation>бүкіл тізілім (.xlsx)</translation>
    </message>
    <message>
        <source>progress report (PDF)</source>
        <translation>санақ барысы туралы есеп (PDF)</translation>
    </message>
    <message>
        <source>act (PDF)</source>
        <translation>акт (PDF)</translation>
    </message>
    <message>
        <source>census sheet transcript (PDF)</source>
        <translation>санақ парағының көшірмесі (PDF)</translation>
    </message>
    <message>
        <source>changed after the close-out</source>
        <translation>санақ аяқталғаннан кейін өзгертілді</translation>
    </message>
    <message>
        <source>census work closed out</source>
        <translation>санақ аяқталып, жабылды</translation>
    </message>
    <message>
        <source>surname</source>
        <extracomment>The names of the fields an entry&apos;s changes name (a census sheet&apos;s answers keep their question names).</extracomment>
        <translation>тегі</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>әкесінің аты</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>жынысы</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>азаматтығы</translation>
    </message>
    <message>
        <source>country</source>
        <translation>елі</translation>
    </message>
    <message>
        <source>residence</source>
        <translation>тұруы</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>бөлімше</translation>
    </message>
    <message>
        <source>admitted on</source>
        <translation>түскен күні</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>left on</source>
        <translation>шыққан күні</translation>
    </message>
    <message>
        <source>reason of leaving</source>
        <translation>шығу себебі</translation>
    </message>
    <message>
        <source>note on leaving</source>
        <translation>шығу туралы ескертпе</translation>
    </message>
    <message>
        <source>status</source>
        <translation>мәртебесі</translation>
    </message>
    <message>
        <source>online code</source>
        <translation>онлайн санақ коды</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>себебі</translation>
    </message>
    <message>
        <source>state</source>
        <translation>күйі</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>көшірмелер</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>басып шығарылды</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <source>role</source>
        <translation>рөлі</translation>
    </message>
    <message>
        <source>wrong passwords</source>
        <translation>қате құпиясөздер</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>inventory number</source>
        <translation>инвентарлық нөмірі</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>сериялық нөмірі</translation>
    </message>
    <message>
        <source>items</source>
        <translation>заттар</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>қызметкер</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>қайтарылмады</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>қол қойылды</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>арна</translation>
    </message>
    <message>
        <source>result</source>
        <translation>нәтижесі</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>position</source>
        <translation>лауазымы</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>head of the institution</source>
        <translation>мекеме басшысы</translation>
    </message>
    <message>
        <source>lock the window after (minutes)</source>
        <translation>терезені құлыптау (минут)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Audit entry {seq} was changed after it was written.</source>
        <extracomment>What was done, e.g. &quot;edited&quot;, &quot;issued&quot;, &quot;failed&quot; (a short code, also shown). The record&apos;s kind and uuid (&quot;person&quot;, &quot;…&quot;), empty for an event of no one record (an export). The person the record belongs to, for the filter by person. How to name the record to a reader (a person&apos;s name, a certificate&apos;s number): kept in the database only. {field: [old, new]} or other plain facts (counts, a file&apos;s name).</extracomment>
        <translation>Аудит журналының {seq} жазбасы жазылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <source>Audit entry {seq} was removed.</source>
        <translation>Аудит журналының {seq} жазбасы жойылған.</translation>
    </message>
    <message>
        <source>Audit entry {seq} does not follow the entry before it: an entry was changed or removed.</source>
        <translation>Аудит журналының {seq} жазбасы алдыңғысын жалғастырмайды: жазба өзгертілген немесе жойылған.</translation>
    </message>
    <message>
        <source>Audit entry {seq} is not the one the Department received: the trail was rewritten.</source>
        <translation>Аудит журналының {seq} жазбасы департамент алғанмен сәйкес емес: журнал қайта жазылған.</translation>
    </message>
</context>
</TS>
