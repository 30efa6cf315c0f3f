<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <extracomment>What the last check said of each file: True sound, or the reason it is not.</extracomment>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Тексеру нәтижесі</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>Қазір көшірме &amp;жасау</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Тексеру</translation>
    </message>
    <message>
        <source>Open the selected backup with the key and check it, changing nothing</source>
        <translation>Таңдалған көшірмені кілтпен ашып, ештеңені өзгертпей тексеру</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Қалпына келтіру…</translation>
    </message>
    <message>
        <source>Put the selected backup in place of the database</source>
        <translation>Дерекқорды таңдалған көшірмемен ауыстыру</translation>
    </message>
    <message>
        <source>Copies of the database</source>
        <translation>Дерекқордың көшірмелері</translation>
    </message>
    <message>
        <source>The database is on a PostgreSQL server: its backups are the server&apos;s (pg_dump), made by its administrator. “Make a backup now” runs pg_dump when it is installed on this computer.</source>
        <translation>Дерекқор PostgreSQL серверінде: оның сақтық көшірмелерін сервер әкімшісі жасайды (pg_dump). «Қазір көшірме жасау» осы компьютерде pg_dump орнатылған болса, соны іске қосады.</translation>
    </message>
    <message>
        <source>A copy of the database is made at start, at close, before every update and before a restore; each is checked and encrypted. Kept: the last 10 and one a day for a month. A copy opens only with the key this program holds on this computer: copied elsewhere, it reveals nothing.</source>
        <translation>Дерекқордың көшірмесі іске қосқанда, жабарда, әр жаңарту алдында және қалпына келтіру алдында жасалады; әрқайсысы тексеріліп, шифрланады. Соңғы 10 көшірме және бір ай бойы күніне бір көшірме сақталады. Көшірме тек осы компьютердегі бағдарлама сақтайтын кілтпен ашылады: басқа жерге көшірілсе, ештеңе ашпайды.</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Қалта: {folder}</translation>
    </message>
    <message>
        <source>opens and is sound</source>
        <translation>ашылады, бүтін</translation>
    </message>
    <message>
        <source>checked when made</source>
        <translation>жасалғанда тексерілген</translation>
    </message>
    <message>
        <source>pg_dump wrote {file}</source>
        <translation>pg_dump {file} жазды</translation>
    </message>
    <message>
        <source>Backup made and checked: {file}</source>
        <translation>Көшірме жасалып, тексерілді: {file}</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <source>{file}: opens and is sound</source>
        <translation>{file}: ашылады, бүтін</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Сақтық көшірме тексерілуде…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>The database will be replaced by the backup made {when}. Whatever was changed after it is taken out of the database; the database as it is now is backed up first, so this can be undone. Restore?</source>
        <translation>Дерекқор {when} жасалған көшірмемен ауыстырылады. Одан кейін өзгертілгеннің бәрі дерекқордан шығады; дерекқордың қазіргі күйі алдымен сақтық көшірмеге сақталады, сондықтан мұны кері қайтаруға болады. Қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>The database was restored from the backup made {when}.</source>
        <translation>Дерекқор {when} жасалған көшірмеден қалпына келтірілді.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Сақтық көшірмеден қалпына келтірілуде…</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>at start</source>
        <extracomment>Why a backup was made (the last word of its name).</extracomment>
        <translation>іске қосқанда</translation>
    </message>
    <message>
        <source>at close</source>
        <translation>жабарда</translation>
    </message>
    <message>
        <source>before an update of the database</source>
        <translation>дерекқорды жаңарту алдында</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>қолмен</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>қалпына келтіру алдында</translation>
    </message>
    <message>
        <source>This database is on a server (PostgreSQL): its backups are the server&apos;s (pg_dump). Ask the server&apos;s administrator to restore one.</source>
        <extracomment>The backup of the database as it was just before (None when it was damaged: then ``set_aside``). Where a damaged database file was moved (kept, never deleted), if it was.</extracomment>
        <translation>Бұл дерекқор серверде (PostgreSQL): оның сақтық көшірмелерін сервер жасайды (pg_dump). Көшірмені қалпына келтіруді сервер әкімшісінен сұраңыз.</translation>
    </message>
    <message>
        <source>“{file}” is not a backup of this program, or it is damaged.</source>
        <translation>«{file}» осы бағдарламаның сақтық көшірмесі емес немесе бүлінген.</translation>
    </message>
    <message>
        <source>“{file}” cannot be opened: it was encrypted with the key of another computer or data folder, and this program does not hold that key.</source>
        <translation>«{file}» ашылмайды: ол басқа компьютердің немесе басқа деректер қалтасының кілтімен шифрланған, ал бұл бағдарламада ондай кілт жоқ.</translation>
    </message>
    <message>
        <source>The key that opens the backups is missing (the operating system&apos;s key store or the key file of the data folder); without it no backup can be opened.</source>
        <translation>Сақтық көшірмелерді ашатын кілт жоқ (операциялық жүйенің кілт қоймасында немесе деректер қалтасындағы кілт файлында); онсыз бірде-бір көшірмені ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>The database is damaged, so no backup was made of it (the older backups are kept). Restore the newest good backup.</source>
        <translation>Дерекқор бүлінген, сондықтан одан көшірме жасалмады (бұрынғы көшірмелер сақтаулы). Ең жаңа дұрыс көшірмені қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>“{file}” is a backup of another institution (BIN {other}); this database is of BIN {bin}. Nothing was changed.</source>
        <translation>«{file}» — басқа мекеменің сақтық көшірмесі (БСН {other}); бұл дерекқор — БСН {bin}. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this computer (or not on the PATH), so no backup was made. The database is on a PostgreSQL server: its backups are the server&apos;s; install the PostgreSQL client programs or ask the server&apos;s administrator.</source>
        <translation>Бұл компьютерде pg_dump орнатылмаған (немесе PATH ішінде жоқ), сондықтан көшірме жасалмады. Дерекқор PostgreSQL серверінде: сақтық көшірмелерді сервер жасайды; PostgreSQL клиенттік бағдарламаларын орнатыңыз немесе сервер әкімшісіне хабарласыңыз.</translation>
    </message>
    <message>
        <source>pg_dump failed: {reason}</source>
        <translation>pg_dump қатемен аяқталды: {reason}</translation>
    </message>
</context>
<context>
    <name>backups_page</name>
    <message>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>pg_dump wrote {file}</source>
        <translation>pg_dump {file} жазды</translation>
    </message>
    <message>
        <source>There is no database to back up yet.</source>
        <translation>Көшірмесін жасайтын дерекқор әзірге жоқ.</translation>
    </message>
    <message>
        <source>Backup made and checked: {file}</source>
        <translation>Көшірме жасалып, тексерілді: {file}</translation>
    </message>
    <message>
        <source>No backups yet in {folder}</source>
        <translation>{folder} ішінде әзірге сақтық көшірме жоқ</translation>
    </message>
    <message>
        <source>{file}: opens and is sound</source>
        <translation>{file}: ашылады, бүтін</translation>
    </message>
    <message>
        <source>No backup that opens and is sound was found in {folder}.</source>
        <translation>{folder} ішінде ашылатын әрі бүтін бірде-бір көшірме табылмады.</translation>
    </message>
    <message>
        <source>The database will be replaced by the backup {file}; the present one is backed up first. Type yes to go on: </source>
        <translation>Дерекқор {file} көшірмесімен ауыстырылады; қазіргісі алдымен сақтық көшірмеге сақталады. Жалғастыру үшін yes (иә) деп жазыңыз: </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The database was restored from {file}.</source>
        <translation>Дерекқор {file} көшірмесінен қалпына келтірілді.</translation>
    </message>
    <message>
        <source>The database as it was is kept in {file}.</source>
        <translation>Дерекқордың бұрынғы күйі {file} ішінде сақталды.</translation>
    </message>
    <message>
        <source>The damaged file is kept as {file}.</source>
        <translation>Бүлінген файл {file} ретінде сақталды.</translation>
    </message>
</context>
</TS>
