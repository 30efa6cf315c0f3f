<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>register</name>
    <message>
        <source>Invalid IIN</source>
        <extracomment>Latin letters that look like Cyrillic ones; registers typed on mixed keyboards contain them. Kazakh letters folded to the Russian letters they are often replaced by, for matching only.</extracomment>
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
        <translation>Ықтимал қайталану</translation>
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
        <source>Choose the country of citizenship.</source>
        <translation>Азаматтық елін таңдаңыз.</translation>
    </message>
    <message>
        <source>The birth date {date} contradicts the IIN, which gives {iin_date}.</source>
        <translation>Туған күні {date} ЖСН-мен сәйкес келмейді, ЖСН бойынша ол {iin_date}.</translation>
    </message>
    <message>
        <source>The sex contradicts the IIN (its 7th digit).</source>
        <translation>Жынысы ЖСН-мен (оның 7-цифрымен) сәйкес келмейді.</translation>
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
        <source>The birth date is missing.</source>
        <translation>Туған күні көрсетілмеген.</translation>
    </message>
    <message>
        <source>The sex is missing.</source>
        <translation>Жынысы көрсетілмеген.</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Ауыстырылды</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Қайтыс болды</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Басқа себеп</translation>
    </message>
    <message>
        <source>Usually resident</source>
        <translation>Тұрақты тұратын</translation>
    </message>
    <message>
        <source>Temporarily absent</source>
        <translation>Уақытша жоқ</translation>
    </message>
    <message>
        <source>Temporarily present</source>
        <translation>Уақытша тұратын</translation>
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
        <source>Choose two different persons to merge.</source>
        <extracomment>Two names with the same birth date at least this similar are shown as likely the same person.</extracomment>
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
        <translation>Қайталанулар: {n}</translation>
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
        <source>{n} persons of the register are not in the file; mark them as left in the window if they left.</source>
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
        <source>The folder of “{file}” does not exist.</source>
        <translation>«{file}» қалтасы жоқ.</translation>
    </message>
    <message>
        <source>The file “{file}” cannot be written: is it open in another program?</source>
        <translation>«{file}» файлын жазу мүмкін емес: ол басқа бағдарламада ашық емес пе?</translation>
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
        <source>The file “{file}” cannot be read as a register (.xlsx, .xls, .ods or .csv).</source>
        <translation>«{file}» файлын тізілім ретінде оқу мүмкін емес (.xlsx, .xls, .ods немесе .csv).</translation>
    </message>
    <message>
        <source>The file “{file}” does not exist.</source>
        <translation>«{file}» файлы жоқ.</translation>
    </message>
    <message>
        <source>The file has no sheet “{sheet}”; its sheets: {sheets}.</source>
        <translation>Файлда «{sheet}» парағы жоқ; оның парақтары: {sheets}.</translation>
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
        <translation>«{value}» ЖСН-ін оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The birth date “{value}” is not a date.</source>
        <translation>«{value}» туған күні күн емес.</translation>
    </message>
    <message>
        <source>The admission date “{value}” is not a date.</source>
        <translation>«{value}» түскен күні күн емес.</translation>
    </message>
    <message>
        <source>The leaving date “{value}” is not a date.</source>
        <translation>«{value}» шыққан күні күн емес.</translation>
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
