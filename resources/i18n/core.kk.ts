<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sanaq Desktop</source>
        <translation>Sanaq Desktop бағдарламасы туралы</translation>
    </message>
    <message>
        <source>The population census in institutions: the list of persons, census sheets, certificates of participation, sending to the Department.</source>
        <translation>Мекемелердегі халық санағы: респонденттер тізімі, санақ парақтары, санақтан өткені туралы анықтамалар, деректерді департаментке жіберу.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Деректер қалтасы: {path}</translation>
    </message>
</context>
<context>
    <name>AdministratorWizard</name>
    <message>
        <source>Sanaq Desktop — the administrator</source>
        <translation>Sanaq Desktop — әкімші</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Responsible employee</source>
        <translation>Жауапты қызметкер</translation>
    </message>
</context>
<context>
    <name>EmployeeForm</name>
    <message>
        <source>Full name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Лауазымы:</translation>
    </message>
    <message>
        <source>Appointment order No.:</source>
        <translation>Тағайындау туралы бұйрық №:</translation>
    </message>
    <message>
        <source>Date of the order:</source>
        <translation>Бұйрық күні:</translation>
    </message>
    <message>
        <source>Date of the training seminar:</source>
        <translation>Оқыту семинарының күні:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Sanaq Desktop — first start</source>
        <translation>Sanaq Desktop — алғашқы іске қосу</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Sanaq Desktop — help</source>
        <translation>Sanaq Desktop — көмек</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Көмек мәтіні</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Мазмұны</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sanaq Desktop — population census in institutions</source>
        <extracomment>The pages in the order of the navigation list, as &quot;module:Class&quot; (imported when the window opens). Settings stays last. The user signed out: the starter closes this window and asks the next person to sign in.</extracomment>
        <translation>Sanaq Desktop — мекемелердегі халық санағы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Өту</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Кө&amp;мек</translation>
    </message>
    <message>
        <source>&amp;About Sanaq Desktop</source>
        <translation>&amp;Sanaq Desktop туралы</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <source>{title} — demo, signed in as {login} ({role})</source>
        <translation>{title} — демо, {login} ({role}) ретінде кірді</translation>
    </message>
    <message>
        <source>{title} — {name} ({role})</source>
        <translation>{title} — {name} ({role})</translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation>Терезені &amp;құлыптау</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Есептік жазбадан шығу</translation>
    </message>
    <message>
        <source>&amp;Help on this page</source>
        <translation>Осы бет бойынша &amp;көмек</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Institution</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Census calendar</source>
        <translation>Санақ күнтізбесі</translation>
    </message>
    <message>
        <source>Responsible employees</source>
        <translation>Жауапты қызметкерлер</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>List of persons (stage 1) as of:</source>
        <translation>Респонденттер тізімі (1-кезең) күні:</translation>
    </message>
    <message>
        <source>Census reference moment:</source>
        <translation>Санақ сәті:</translation>
    </message>
    <message>
        <source>00:00, {date}</source>
        <translation>00:00, {date}</translation>
    </message>
    <message>
        <source>Online self-enumeration:</source>
        <translation>Онлайн санақ (өз бетінше):</translation>
    </message>
    <message>
        <source>Interviews:</source>
        <translation>Сұхбат:</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The institution sheet against the register, with both numbers. The figures in the groups the page shows them in.</extracomment>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Санақ барысы</translation>
    </message>
    <message>
        <source>%v of %m with an outcome (%p%)</source>
        <translation>%m ішінен %v нәтижелі (%p%)</translation>
    </message>
    <message>
        <source>Per day and per unit</source>
        <translation>Күндер және бөлімшелер бойынша</translation>
    </message>
    <message>
        <source>Print the chart…</source>
        <translation>Диаграмманы басып шығару…</translation>
    </message>
    <message>
        <source>Close-out</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>Close out the census work…</source>
        <translation>Санақты аяқтау…</translation>
    </message>
    <message>
        <source>Statement of the institution…</source>
        <translation>Мекеме анықтамасы…</translation>
    </message>
    <message>
        <source>Follow-up until:</source>
        <translation>Жұмыстарды аяқтау мерзімі:</translation>
    </message>
    <message>
        <source>The census work of the institution was closed out on {when}.</source>
        <translation>Мекемеде санақ {when} аяқталды.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n күн қалды</numerusform>
            <numerusform>%n күн қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>(until {date})</source>
        <translation>({date} дейін)</translation>
    </message>
    <message>
        <source>Nothing is late.</source>
        <translation>Артта қалған жұмыс жоқ.</translation>
    </message>
    <message>
        <source>The list</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Санақ нәтижелері</translation>
    </message>
    <message>
        <source>Work left</source>
        <translation>Қалған жұмыс</translation>
    </message>
    <message>
        <source>never</source>
        <translation>болмаған</translation>
    </message>
    <message>
        <source>Last synchronisation: {when}; records waiting to be sent: {count}</source>
        <translation>Соңғы синхрондау: {when}; жіберуді күтіп тұрған жазбалар: {count}</translation>
    </message>
    <message>
        <source>Closed out on {when}. A change now needs the administrator&apos;s confirmation with its reason.</source>
        <translation>{when} аяқталды. Енді өзгерісті әкімші себебін көрсетіп растайды.</translation>
    </message>
    <message>
        <source>The institution is not set up yet</source>
        <translation>Мекеме әлі бапталмаған</translation>
    </message>
    <message>
        <source>Fill in its profile in Settings.</source>
        <translation>Оның мәліметтерін «Баптаулар» бөлімінде толтырыңыз.</translation>
    </message>
    <message>
        <source>BIN:</source>
        <translation>БСН:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>District or city:</source>
        <translation>Аудан немесе қала:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <source>Head:</source>
        <translation>Басшысы:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Сыйымдылығы:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Департамент:</translation>
    </message>
    <message>
        <source>No responsible employee yet: add one in Settings.</source>
        <translation>Жауапты қызметкерлер әзірге жоқ: оларды «Баптаулар» бөлімінде қосыңыз.</translation>
    </message>
    <message>
        <source>Progress of the census — {institution}, {when}</source>
        <translation>Санақ барысы — {institution}, {when}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Name in Kazakh:</source>
        <translation>Қазақша атауы:</translation>
    </message>
    <message>
        <source>Name in Russian:</source>
        <translation>Орысша атауы:</translation>
    </message>
    <message>
        <source>BIN:</source>
        <translation>БСН:</translation>
    </message>
    <message>
        <source>Type of institution:</source>
        <translation>Мекеме түрі:</translation>
    </message>
    <message>
        <source>District or city (KATO):</source>
        <translation>Аудан немесе қала (ӘАОЖ):</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <source>Head of the institution:</source>
        <translation>Мекеме басшысы:</translation>
    </message>
    <message>
        <source>Capacity (places):</source>
        <translation>Сыйымдылығы (орын):</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Department, name in Kazakh:</source>
        <translation>Департамент, қазақша атауы:</translation>
    </message>
    <message>
        <source>Department, name in Russian:</source>
        <translation>Департамент, орысша атауы:</translation>
    </message>
    <message>
        <source>Address of the Department&apos;s service:</source>
        <translation>Департамент сервисінің мекенжайы:</translation>
    </message>
    <message>
        <source>Choose from the list</source>
        <translation>Тізімнен таңдаңыз</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) of 12</source>
        <translation>
            <numerusform>%n / 12 цифр</numerusform>
            <numerusform>%n / 12 цифр</numerusform>
        </translation>
    </message>
    <message>
        <source>The BIN is correct.</source>
        <translation>БСН дұрыс.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Institution</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Responsible employees</source>
        <translation>Жауапты қызметкерлер</translation>
    </message>
    <message>
        <source>Language and this computer</source>
        <translation>Тіл және осы компьютер</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Бұйрық</translation>
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
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>No longer responsible</source>
        <translation>Жауаптылардан шығару</translation>
    </message>
    <message>
        <source>The employee stays in the records of what they did, but is no longer listed.</source>
        <translation>Қызметкер атқарған жұмысының жазбаларында қалады, бірақ тізімде енді көрсетілмейді.</translation>
    </message>
    <message>
        <source>{name} will no longer be listed as a responsible employee. Continue?</source>
        <translation>{name} енді жауапты қызметкер болып саналмайды. Жалғастырасыз ба?</translation>
    </message>
    <message>
        <source>The new language is applied when the program starts again.</source>
        <translation>Жаңа тіл бағдарлама келесі рет іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Қазір қайта іске қосу</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <source>Census campaign:</source>
        <translation>Санақ науқаны:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Деректер қалтасы:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <source>Backups before updates:</source>
        <translation>Жаңарту алдындағы сақтық көшірмелер:</translation>
    </message>
    <message>
        <source>The newest shipped: {name}</source>
        <translation>Жеткізілгендердің ең жаңасы: {name}</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Басқа файл…</translation>
    </message>
    <message>
        <source>In use: {name}. A new campaign is applied when the program starts again.</source>
        <translation>Қолданыста: {name}. Жаңа науқан бағдарлама қайта іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <source>Campaign file</source>
        <translation>Науқан файлы</translation>
    </message>
    <message>
        <source>Campaign files (*.json)</source>
        <translation>Науқан файлдары (*.json)</translation>
    </message>
    <message>
        <source>“{file}” is not a campaign file: it needs the dates of the census (list date, reference moment, online and interview windows).</source>
        <translation>«{file}» науқан файлы емес: онда санақ күндері болуы керек (тізім күні, санақ сәті, онлайн санақ пен сұхбат мерзімдері).</translation>
    </message>
    <message>
        <source>Changes are recorded under the account signed in.</source>
        <translation>Өзгерістер кірген есептік жазбаның атынан жазылады.</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Кірген есептік жазба:</translation>
    </message>
</context>
<context>
    <name>_AdministratorPage</name>
    <message>
        <source>The administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>The head of the institution signs in as the administrator and makes the accounts of the responsible employees.</source>
        <translation>Мекеме басшысы әкімші ретінде кіріп, жауапты қызметкерлердің есептік жазбаларын жасайды.</translation>
    </message>
    <message>
        <source>Full name of the head:</source>
        <translation>Басшының аты-жөні:</translation>
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
        <source>The same password again:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <source>At least {n} characters. After this step the program shows a recovery code: print it and keep it in the safe.</source>
        <translation>Кемінде {n} таңба. Осы қадамнан кейін бағдарлама қалпына келтіру кодын көрсетеді: оны басып шығарып, сейфте сақтаңыз.</translation>
    </message>
    <message>
        <source>Enter the full name of the head of the institution.</source>
        <translation>Мекеме басшысының аты-жөнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
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
        <translation>Деректер департаментке жіберіледі. Қабылдау сервисінің мекенжайы семинарда беріледі.</translation>
    </message>
    <message>
        <source>Department, name in Kazakh:</source>
        <translation>Департамент, қазақша атауы:</translation>
    </message>
    <message>
        <source>Department, name in Russian:</source>
        <translation>Департамент, орысша атауы:</translation>
    </message>
    <message>
        <source>Address of the receiving service:</source>
        <translation>Қабылдау сервисінің мекенжайы:</translation>
    </message>
    <message>
        <source>You may leave the address empty now and enter it in Settings later.</source>
        <translation>Мекенжайды қазір бос қалдырып, кейін «Баптаулар» бөлімінде енгізуге болады.</translation>
    </message>
</context>
<context>
    <name>_EmployeePage</name>
    <message>
        <source>The responsible employee</source>
        <translation>Жауапты қызметкер</translation>
    </message>
    <message>
        <source>Appointed by order of the head of the institution. More can be added later.</source>
        <translation>Мекеме басшысының бұйрығымен тағайындалады. Басқаларын кейін қосуға болады.</translation>
    </message>
</context>
<context>
    <name>_ProfilePage</name>
    <message>
        <source>The institution</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>As in the registration certificate. The BIN is checked as you type.</source>
        <translation>Тіркеу куәлігіндегідей. БСН енгізу кезінде тексеріледі.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Sanaq Desktop</source>
        <extracomment>The Department&apos;s name as the acts print it, in Russian and in Kazakh (whatever the window&apos;s language).</extracomment>
        <translation>Sanaq Desktop бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <source>This program helps the responsible employees of an institution carry out the population census: the list of persons to be counted, their census sheets, certificates of participation and sending the data to the Department of the Bureau of National Statistics.

First, a few facts about your institution. Everything can be changed later in Settings.</source>
        <translation>Бағдарлама мекеменің жауапты қызметкерлеріне халық санағын жүргізуге көмектеседі: респонденттер тізімі, санақ парақтары, санақтан өткені туралы анықтамалар және деректерді Ұлттық статистика бюросының департаментіне жіберу.

Алдымен мекемеңіз туралы бірнеше мәлімет. Барлығын кейін «Баптаулар» бөлімінде өзгертуге болады.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Restore the newest good backup, made {when}? The damaged file is kept aside, nothing is deleted.</source>
        <extracomment>The administrator&apos;s recovery code, shown once after the first start.</extracomment>
        <translation>{when} жасалған ең жаңа дұрыс көшірмені қалпына келтіру керек пе? Бүлінген файл бөлек сақталады, ештеңе жойылмайды.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The work was done and saved, but its report could not be printed: the output was closed.</source>
        <translation>Жұмыс орындалып, сақталды, бірақ ол туралы есепті шығару мүмкін болмады: шығыс жабық болды.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Үзілді.</translation>
    </message>
    <message>
        <source>Unexpected error; nothing was changed. Details are in the log.</source>
        <translation>Күтпеген қате; ештеңе өзгертілмеді. Толығырақ журналда.</translation>
    </message>
    <message>
        <source>Profile updated: {name}</source>
        <translation>Мекеме мәліметтері жаңартылды: {name}</translation>
    </message>
    <message>
        <source>Profile created: {name}</source>
        <translation>Мекеме мәліметтері құрылды: {name}</translation>
    </message>
    <message>
        <source>Employee added: {name}</source>
        <translation>Қызметкер қосылды: {name}</translation>
    </message>
    <message>
        <source>The institution is not set up yet (sanaq init).</source>
        <translation>Мекеме әлі бапталмаған (sanaq init).</translation>
    </message>
    <message>
        <source>BIN: {bin}</source>
        <translation>БСН: {bin}</translation>
    </message>
    <message>
        <source>Type: {type}</source>
        <translation>Түрі: {type}</translation>
    </message>
    <message>
        <source>District: {kato}</source>
        <translation>Аудан: {kato}</translation>
    </message>
    <message>
        <source>Responsible employees: {n}</source>
        <translation>Жауапты қызметкерлер: {n}</translation>
    </message>
    <message>
        <source>Persons in the register: {n}</source>
        <translation>Тізілімдегі респонденттер: {n}</translation>
    </message>
    <message>
        <source>Database schema version: {v}</source>
        <translation>Дерекқор сызбасының нұсқасы: {v}</translation>
    </message>
    <message>
        <source>The database is at version {current}, the program needs {head}.</source>
        <translation>Дерекқор нұсқасы {current}, бағдарламаға {head} қажет.</translation>
    </message>
    <message>
        <source>The database cannot be opened: {error}</source>
        <translation>Дерекқорды ашу мүмкін емес: {error}</translation>
    </message>
    <message>
        <source>A resource file is missing: {path}</source>
        <translation>Ресурс файлы жоқ: {path}</translation>
    </message>
    <message>
        <source>A font cannot render Kazakh letters: {font}</source>
        <translation>Қаріп қазақ әріптерін көрсетпейді: {font}</translation>
    </message>
    <message>
        <source>The translation “{lang}” does not load.</source>
        <translation>«{lang}» аудармасы жүктелмейді.</translation>
    </message>
    <message>
        <source>Everything is in order.</source>
        <translation>Барлығы дұрыс.</translation>
    </message>
    <message>
        <source>The demo institution is in {home}</source>
        <translation>Демо мекеме мына жерде: {home}</translation>
    </message>
    <message>
        <source>Open it with: sanaq-desktop --home {home}</source>
        <translation>Оны мына пәрменмен ашыңыз: sanaq-desktop --home {home}</translation>
    </message>
    <message>
        <source>The database is busy: another program or employee is writing to it. Wait a moment and try again; nothing was changed.</source>
        <translation>Дерекқор бос емес: оған қазір басқа бағдарлама немесе басқа қызметкер жазып жатыр. Сәл күтіп, қайталаңыз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The database cannot be written: the file or its folder is read-only. Check the permissions of the data folder; nothing was changed.</source>
        <translation>Дерекқорға жазу мүмкін емес: файл немесе оның қалтасы тек оқуға арналған. Деректер қалтасының рұқсаттарын тексеріңіз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The disk is full (or the database reached its size limit); nothing was changed. Free some space and try again.</source>
        <translation>Диск толы (немесе дерекқор шекті көлемге жетті); ештеңе өзгертілмеді. Орын босатып, қайталаңыз.</translation>
    </message>
    <message>
        <source>The disk did not accept the write (it may be full or failing); nothing was changed. Free some space, check the disk and try again.</source>
        <translation>Диск жазуды қабылдамады (ол толы немесе ақаулы болуы мүмкін); ештеңе өзгертілмеді. Орын босатып, дискіні тексеріп, қайталаңыз.</translation>
    </message>
    <message>
        <source>The database file is damaged; nothing was changed and nothing will be written to it. Restore the last good copy from the backups folder, or ask for help.</source>
        <translation>Дерекқор файлы бүлінген; ештеңе өзгертілмеді және оған ештеңе жазылмайды. Сақтық көшірмелер қалтасынан соңғы дұрыс көшірмені қалпына келтіріңіз немесе көмек сұраңыз.</translation>
    </message>
    <message>
        <source>The database file is empty (0 bytes): it was cut off, for example by a failed copy or a full disk. Restore the last good copy from the backups folder; the program does not start a new institution over it.</source>
        <translation>Дерекқор файлы бос (0 байт): ол қиылып қалған, мысалы, сәтсіз көшіру немесе дискінің толуы салдарынан. Сақтық көшірмелер қалтасынан соңғы дұрыс көшірмені қалпына келтіріңіз; бағдарлама оның үстіне жаңа ұйым ашпайды.</translation>
    </message>
    <message>
        <source>Somebody else changed the same records at the same moment; nothing was changed. Open them again and repeat.</source>
        <translation>Дәл сол сәтте басқа біреу сол жазбаларды өзгертті; ештеңе өзгертілмеді. Оларды қайта ашып, қайталаңыз.</translation>
    </message>
    <message>
        <source>The database address (--db or the settings) is not one the program can use; nothing was changed. Write it as sqlite:///path/to/file.sqlite or postgresql+psycopg://user@host/database.</source>
        <translation>Дерекқор мекенжайын (--db немесе баптаулардағы) бағдарлама пайдалана алмайды; ештеңе өзгертілмеді. Оны sqlite:///файлға/жол.sqlite немесе postgresql+psycopg://пайдаланушы@сервер/дерекқор түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>The database cannot be opened: the file or the server cannot be reached. Check the address and try again.</source>
        <translation>Дерекқорды ашу мүмкін емес: файл немесе сервер қолжетімсіз. Мекенжайды тексеріп, қайталаңыз.</translation>
    </message>
    <message>
        <source>The data folder cannot be written (it is read-only or the disk is full); nothing was changed.</source>
        <translation>Деректер қалтасына жазу мүмкін емес (ол тек оқуға арналған немесе диск толы); ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Accounts: admin (administrator), employee, viewer; the password of each: demo</source>
        <translation>Есептік жазбалар: admin (әкімші), employee, viewer; әрқайсысының құпиясөзі: demo</translation>
    </message>
    <message>
        <source>The newest good backup is “{file}”: restore it with “sanaq backup restore --newest” (the damaged file is kept aside), or start the window, which offers it.</source>
        <translation>Ең жаңа дұрыс көшірме — «{file}»: оны «sanaq backup restore --newest» командасымен қалпына келтіріңіз (бүлінген файл бөлек сақталады) немесе бағдарлама терезесін ашыңыз, ол осы көшірмені ұсынады.</translation>
    </message>
    <message>
        <source>No backup that opens with this computer&apos;s key was found.</source>
        <translation>Осы компьютердің кілтімен ашылатын бірде-бір көшірме табылмады.</translation>
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
        <translation>Бірдеңе дұрыс болмады; ештеңе өзгертілмеді. Қайталанса, әкімшіге хабарлаңыз; толығырақ журналда.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>coverage</name>
    <message>
        <source>To enumerate</source>
        <translation>Санаққа жатады</translation>
    </message>
    <message>
        <source>Enumerated by interview</source>
        <translation>Сұхбат арқылы санақтан өтті</translation>
    </message>
    <message>
        <source>Enumerated from administration records</source>
        <translation>Әкімшілік деректер бойынша санақтан өтті</translation>
    </message>
    <message>
        <source>Self-enumerated online (sanaq.gov.kz)</source>
        <translation>Онлайн санақтан өтті (sanaq.gov.kz)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартты</translation>
    </message>
    <message>
        <source>Not resident at the reference moment</source>
        <translation>Санақ сәтінде тұрмаған</translation>
    </message>
</context>
<context>
    <name>iin</name>
    <message>
        <source>The IIN must have 12 digits; “{value}” has {length}.</source>
        <translation>ЖСН 12 цифрдан тұруы керек; «{value}» ішінде {length} цифр.</translation>
    </message>
    <message>
        <source>The IIN may contain only digits: “{value}”.</source>
        <translation>ЖСН тек цифрлардан тұруы тиіс: «{value}».</translation>
    </message>
    <message>
        <source>The IIN {value} has a wrong check digit: a digit was probably mistyped.</source>
        <translation>{value} ЖСН-нің бақылау цифры қате: цифрлардың бірі қате терілген болуы мүмкін.</translation>
    </message>
    <message>
        <source>The 7th digit of the IIN {value} must be 1 to 6 (century and sex).</source>
        <translation>{value} ЖСН-нің 7-цифры 1-ден 6-ға дейін болуы керек (ғасыр және жыныс).</translation>
    </message>
    <message>
        <source>The first six digits of the IIN {value} are not a real birth date.</source>
        <translation>{value} ЖСН-нің алғашқы алты цифры нақты туған күн емес.</translation>
    </message>
    <message>
        <source>The BIN must have 12 digits; “{value}” has {length}.</source>
        <translation>БСН 12 цифрдан тұруы керек; «{value}» ішінде {length} цифр.</translation>
    </message>
    <message>
        <source>The BIN may contain only digits: “{value}”.</source>
        <translation>БСН тек цифрлардан тұруы тиіс: «{value}».</translation>
    </message>
    <message>
        <source>The BIN {value} has a wrong check digit: check it against the registration certificate.</source>
        <translation>{value} БСН-нің бақылау цифры қате: оны тіркеу куәлігімен салыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>institution</name>
    <message>
        <source>Enter the name of the institution in Kazakh.</source>
        <translation>Мекеменің қазақша атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the name of the institution in Russian.</source>
        <translation>Мекеменің орысша атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the BIN of the institution (12 digits).</source>
        <translation>Мекеменің БСН-ін енгізіңіз (12 цифр).</translation>
    </message>
    <message>
        <source>Choose the type of institution from the list (code “{code}” is unknown).</source>
        <translation>Мекеме түрін тізімнен таңдаңыз («{code}» коды белгісіз).</translation>
    </message>
    <message>
        <source>Choose the district or city (KATO) from the list (code “{code}” is unknown).</source>
        <translation>Ауданды немесе қаланы (ӘАОЖ) тізімнен таңдаңыз («{code}» коды белгісіз).</translation>
    </message>
    <message>
        <source>The capacity must be a number of places from 0 to 100000.</source>
        <translation>Сыйымдылық — 0-ден 100000-ға дейінгі орын саны.</translation>
    </message>
    <message>
        <source>The Department&apos;s address must start with https:// (for example https://sanaq.example.kz).</source>
        <translation>Департамент мекенжайы https:// деп басталуы керек (мысалы, https://sanaq.example.kz).</translation>
    </message>
    <message>
        <source>The institution is not set up yet: fill in its profile first (sanaq init).</source>
        <translation>Мекеме әлі бапталмаған: алдымен оның мәліметтерін толтырыңыз (sanaq init).</translation>
    </message>
    <message>
        <source>Enter the employee&apos;s full name (surname, name, patronymic).</source>
        <translation>Қызметкердің аты-жөнін енгізіңіз (тегі, аты, әкесінің аты).</translation>
    </message>
    <message>
        <source>The date {date} is not plausible.</source>
        <translation>{date} деген күн қате сияқты: тексеріңіз.</translation>
    </message>
    <message>
        <source>This employee no longer exists.</source>
        <translation>Қызметкер табылмады (жойылған).</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Тоқтатылды: ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Change after the close-out</source>
        <translation>Аяқталғаннан кейінгі өзгеріс</translation>
    </message>
    <message>
        <source>The census work of the institution is closed out. To make this change, write its reason: it is recorded under your name and the Department is told of it at the next sending.</source>
        <translation>Мекемеде санақ аяқталып, жабылды. Бұл өзгерісті енгізу үшін оның себебін жазыңыз: ол сіздің атыңыздан жазылады және келесі жіберуде департаментке хабарланады.</translation>
    </message>
</context>
<context>
    <name>selfcheck</name>
    <message>
        <source>A file of the program is missing: {path}</source>
        <extracomment>The languages that ship complete; English is the source and needs no catalogue. The Qt platform plugin the window needs on each system.</extracomment>
        <translation>Бағдарламаның файлы жоқ: {path}</translation>
    </message>
    <message>
        <source>A font cannot render Kazakh letters: {font}</source>
        <translation>Қаріпте қазақ әріптері жоқ: {font}</translation>
    </message>
    <message>
        <source>Qt&apos;s own translation is missing: {path}</source>
        <translation>Qt кітапханасының өз аудармасы жоқ: {path}</translation>
    </message>
    <message>
        <source>A Qt plugin is missing: {plugin}</source>
        <translation>Qt модулі жоқ: {plugin}</translation>
    </message>
    <message>
        <source>The form {name} cannot be read: {error}</source>
        <translation>{name} нысанын оқу мүмкін емес: {error}</translation>
    </message>
    <message>
        <source>The form {name} has errors: {first}</source>
        <translation>{name} нысанында қателер бар: {first}</translation>
    </message>
    <message>
        <source>The new database was not migrated to the program&apos;s version.</source>
        <translation>Жаңа дерекқор бағдарламаның нұсқасына дейін жаңартылмады.</translation>
    </message>
    <message>
        <source>The certificate was not printed.</source>
        <translation>Анықтама басылып шықпады.</translation>
    </message>
    <message>
        <source>The census sheet&apos;s transcript was not printed.</source>
        <translation>Санақ парағының көшірмесі басылып шықпады.</translation>
    </message>
    <message>
        <source>Resources and fonts</source>
        <translation>Ресурстар мен қаріптер</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Аудармалар</translation>
    </message>
    <message>
        <source>Qt plugins</source>
        <translation>Qt модульдері</translation>
    </message>
    <message>
        <source>Census forms</source>
        <translation>Санақ парақтарының нысандары</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Көмек</translation>
    </message>
    <message>
        <source>Database, certificate and transcript</source>
        <translation>Дерекқор, анықтама және санақ парағының көшірмесі</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Ақау: {error}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>жақсы</translation>
    </message>
    <message>
        <source>The self-check failed.</source>
        <translation>Орнатылымды тексеру мәселелер тапты.</translation>
    </message>
    <message>
        <source>Everything is in order.</source>
        <translation>Бәрі дұрыс.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Language of the program</source>
        <translation>Бағдарлама тілі</translation>
    </message>
    <message>
        <source>Database address (empty: this computer)</source>
        <translation>Дерекқор мекенжайы (бос — осы компьютер)</translation>
    </message>
    <message>
        <source>Page shown at start</source>
        <translation>Іске қосқанда көрсетілетін бөлім</translation>
    </message>
    <message>
        <source>Save drafts every (seconds)</source>
        <translation>Жобаларды автосақтау аралығы, сек</translation>
    </message>
    <message>
        <source>CA file of the Department (its own TLS authority)</source>
        <translation>Департаменттің CA файлы (өз TLS орталығы)</translation>
    </message>
    <message>
        <source>Proxy for the Department (address)</source>
        <translation>Департаментпен байланысқа арналған прокси (мекенжайы)</translation>
    </message>
    <message>
        <source>Campaign file (census dates; empty: the newest shipped)</source>
        <translation>Науқан файлы (санақ күндері; бос болса — жеткізілгендердің ең жаңасы)</translation>
    </message>
    <message>
        <source>Colours of the window</source>
        <translation>Терезенің безендірілуі</translation>
    </message>
    <message>
        <source>The settings file could not be read (it is damaged), so the program starts with its default settings. The damaged file is kept as “{file}”.</source>
        <translation>Баптаулар файлын оқу мүмкін болмады (ол бүлінген), сондықтан бағдарлама әдепкі баптаулармен іске қосылды. Бүлінген файл «{file}» ретінде сақталды.</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>The file “{file}” is not a table that can be read. Open it in a spreadsheet program and save it as .xlsx, .ods or .csv.</source>
        <extracomment>The most a table file may hold (see the module&apos;s description).</extracomment>
        <translation>«{file}» файлы оқылатын кесте емес. Оны кестелермен жұмыс істейтін бағдарламада ашып, .xlsx, .ods немесе .csv түрінде сақтаңыз.</translation>
    </message>
    <message>
        <source>The file “{file}” does not exist.</source>
        <translation>«{file}» файлы жоқ.</translation>
    </message>
    <message>
        <source>The file “{file}” is not a table: choose an .xlsx, .xls, .ods or .csv file.</source>
        <translation>«{file}» файлы кесте емес: .xlsx, .xls, .ods немесе .csv файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>The file “{file}” is empty.</source>
        <translation>«{file}» файлы бос.</translation>
    </message>
    <message>
        <source>The file “{file}” is a text table and has no sheets: leave out the sheet “{sheet}”.</source>
        <translation>«{file}» файлы — мәтіндік кесте, онда парақтар жоқ: «{sheet}» парағын көрсетпеңіз.</translation>
    </message>
    <message>
        <source>more than {mb} MB of data</source>
        <translation>{mb} МБ-тан астам дерек</translation>
    </message>
    <message>
        <source>more than {rows} rows</source>
        <translation>{rows} жолдан астам</translation>
    </message>
    <message>
        <source>more than {columns} columns</source>
        <translation>{columns} бағаннан астам</translation>
    </message>
    <message>
        <source>a cell of more than {chars} characters</source>
        <translation>{chars} таңбадан ұзын ұяшық</translation>
    </message>
    <message>
        <source>a cell of more than {chars} characters in row {row}</source>
        <translation>{row}-жолда {chars} таңбадан ұзын ұяшық</translation>
    </message>
    <message>
        <source>The file “{file}” is not read: it holds {what}, more than the program reads from one file. Check that it is the right file, or split it into smaller ones.</source>
        <translation>«{file}» файлы оқылмады: онда {what} бар — бағдарлама бір файлдан оқитыннан көп. Файлдың дұрыс екенін тексеріңіз немесе оны кішірек файлдарға бөліңіз.</translation>
    </message>
    <message>
        <source>The file has no sheet “{sheet}”; its sheets: {sheets}.</source>
        <translation>Файлда «{sheet}» парағы жоқ; оның парақтары: {sheets}.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>As the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Күңгірт</translation>
    </message>
</context>
</TS>
