<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>CloseoutDialog</name>
    <message>
        <source>Close out the census work</source>
        <translation>Мекемеде санақты аяқтау</translation>
    </message>
    <message>
        <source>Every person on the list has an outcome. Check the figures of the statement. Closing out marks the institution closed, sends everything to the Department and gives the statement for the head to sign. After it, a change needs a confirmation with its reason.</source>
        <translation>Тізімдегі әр адамның санақ нәтижесі бар. Анықтаманың сандарын тексеріңіз. Аяқтау мекемені жабық деп белгілейді, бәрін департаментке жібереді және басшының қолына анықтама дайындайды. Одан кейін кез келген өзгерісті себебін көрсетіп растау керек.</translation>
    </message>
    <message>
        <source>Close out</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>Expected from the list:</source>
        <translation>Тізім бойынша санаққа жатқаны:</translation>
    </message>
    <message>
        <source>Enumerated by interview:</source>
        <translation>Сұхбат арқылы санақтан өтті:</translation>
    </message>
    <message>
        <source>Enumerated from records:</source>
        <translation>Әкімшілік деректер бойынша санақтан өтті:</translation>
    </message>
    <message>
        <source>Self-enumerated online:</source>
        <translation>Онлайн санақтан өткендер:</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Бас тартқандар:</translation>
    </message>
    <message>
        <source>Not resident at the census moment:</source>
        <translation>Санақ сәтінде тұрмағандар:</translation>
    </message>
    <message>
        <source>Certificates issued:</source>
        <translation>Берілген анықтамалар:</translation>
    </message>
    <message>
        <source>Equipment returned:</source>
        <translation>Қайтарылған жабдық:</translation>
    </message>
    <message>
        <source>{returned} of {items}</source>
        <translation>{items} ішінен {returned}</translation>
    </message>
    <message>
        <source>Still with the employees:</source>
        <translation>Қызметкерлерде қалған:</translation>
    </message>
    <message>
        <source>Closing out</source>
        <translation>Аяқталуда…</translation>
    </message>
    <message>
        <source>Sending to the Department</source>
        <translation>Департаментке жіберу</translation>
    </message>
    <message>
        <source>The institution is not connected to the Department over the network: write a package for a USB stick on the page Sending to the Department, and take it to the Department.</source>
        <translation>Мекеме департаментке желі арқылы қосылмаған: «Департаментке жіберу» бетінде флешкаға пакет жазып, оны департаментке апарыңыз.</translation>
    </message>
    <message>
        <source>Statement of the institution</source>
        <translation>Мекеме анықтамасы</translation>
    </message>
    <message>
        <source>Nothing has reached the Department yet: the statement shows no synchronisation. Send, then print the statement again.</source>
        <translation>Департаментке әлі ештеңе жеткен жоқ: анықтамада синхрондау жоқ. Деректерді жіберіп, анықтаманы қайта басып шығарыңыз.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Enumerated per day</source>
        <translation>Күндер бойынша санақтан өтті</translation>
    </message>
    <message>
        <source>Per unit: enumerated and still to do</source>
        <translation>Бөлімшелер бойынша: өтті және қалды</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>сұхбат</translation>
    </message>
    <message>
        <source>records</source>
        <translation>әкімшілік деректер</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>enumerated</source>
        <translation>өтті</translation>
    </message>
    <message>
        <source>still to do</source>
        <translation>қалды</translation>
    </message>
    <message>
        <source>Nobody enumerated yet.</source>
        <translation>Әзірге ешкім санақтан өткен жоқ.</translation>
    </message>
    <message>
        <source>without a unit</source>
        <translation>бөлімшесіз</translation>
    </message>
    <message>
        <source>{count} without a date</source>
        <translation>күні жоқ: {count}</translation>
    </message>
</context>
<context>
    <name>closeout</name>
    <message>
        <source>The institution&apos;s census work is closed out. A change now needs a confirmation with its reason; the Department is told of it at the next sending.</source>
        <extracomment>What a change is, as recorded and shown to the Department.</extracomment>
        <translation>Мекемеде санақ аяқталып, жабылды. Енді өзгерісті себебін көрсетіп растау керек; келесі жіберуде бұл туралы департаментке хабарланады.</translation>
    </message>
    <message>
        <source>The institution&apos;s census work is closed out. Only an administrator can confirm a change now, with its reason; ask the administrator to make it.</source>
        <translation>Мекемеде санақ аяқталып, жабылды. Енді өзгерісті тек әкімші себебін көрсетіп растай алады; оны енгізуді әкімшіден сұраңыз.</translation>
    </message>
    <message>
        <source>The institution is not set up yet.</source>
        <extracomment>Why persons were not enumerated: [(status, reason, count)], reason as recorded (or a leaving code). Still with the employees (to return to the Department).</extracomment>
        <translation>Мекеме әлі бапталмаған.</translation>
    </message>
    <message>
        <source>The census work of the institution is closed.</source>
        <translation>Мекемеде санақ аяқталып, жабылды.</translation>
    </message>
    <message>
        <source>Nobody is on the list yet.</source>
        <translation>Тізімде әзірге ешкім жоқ.</translation>
    </message>
    <message>
        <source>{count} person(s) still without an outcome: the close-out comes after.</source>
        <translation>Санақ нәтижесі жоқ адамдар: {count}. Аяқтау осыдан кейін мүмкін болады.</translation>
    </message>
    <message>
        <source>Every person on the list has an outcome: the census work can be closed out.</source>
        <translation>Тізімдегі әр адамның нәтижесі бар: мекемеде санақты аяқтауға болады.</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Stage: {stage}; days left: {days}</source>
        <translation>Кезең: {stage}; қалған күндер: {days}</translation>
    </message>
    <message>
        <source>Last synchronisation: {when}</source>
        <translation>Соңғы синхрондау: {when}</translation>
    </message>
    <message>
        <source>Report written to {file}.</source>
        <translation>Есеп {file} файлына жазылды.</translation>
    </message>
    <message>
        <source>The institution&apos;s census work is closed. Send to the Department now (sanaq sync) and print the statement (sanaq closeout statement FILE.pdf).</source>
        <translation>Мекемеде санақ аяқталып, жабылды. Енді деректерді департаментке жіберіңіз (sanaq sync) және анықтаманы басып шығарыңыз (sanaq closeout statement ФАЙЛ.pdf).</translation>
    </message>
    <message>
        <source>Statement written to {file}.</source>
        <translation>Анықтама {file} файлына жазылды.</translation>
    </message>
    <message>
        <source>Stage 1: the list of persons</source>
        <extracomment>Warn about persons still to enumerate when this many days (or fewer) of the interviews are left. Warn about complete census sheets not at the Department after this many days.</extracomment>
        <translation>1-кезең: адамдар тізімі</translation>
    </message>
    <message>
        <source>Online self-enumeration</source>
        <translation>Онлайн санақ</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <source>Follow-up: certificates, tablets, final sending</source>
        <translation>Жұмыстарды аяқтау: анықтамалар, планшеттер, соңғы жіберу</translation>
    </message>
    <message>
        <source>The campaign is over</source>
        <translation>Санақ аяқталды</translation>
    </message>
    <message>
        <source>{count} person(s) still to enumerate and {days} day(s) of the interviews left.</source>
        <extracomment>The last day of the stage (None for the closed campaign, which does not end). Days left in the stage, today included (1 on its last day); 0 once closed. Persons on the stage-1 list that have not reached the Department. Complete census sheets the Department does not hold, completed more than two days ago. The number behind the warning, and where its list is (a key of the progress figures).</extracomment>
        <translation>Санақтан өткізу қалған адамдар: {count}, ал сұхбаттың аяқталуына қалған күндер: {days}.</translation>
    </message>
    <message>
        <source>{count} person(s) not enumerated, and the interviews ended on {date}.</source>
        <translation>Санақтан өтпеген адамдар: {count}, ал сұхбат {date} аяқталды.</translation>
    </message>
    <message>
        <source>{count} person(s) of the stage-1 list have not reached the Department; the list date was {date}.</source>
        <translation>1-кезең тізіміндегі адамдар департаментке жетпеген: {count}; тізім күні — {date}.</translation>
    </message>
    <message>
        <source>{count} tablet(s) or accessories not returned after the census ended.</source>
        <translation>Санақ аяқталғаннан кейін қайтарылмаған планшеттер мен керек-жарақтар: {count}.</translation>
    </message>
    <message>
        <source>{count} complete census sheet(s) not sent to the Department for more than {days} days.</source>
        <translation>Толтырылған санақ парақтары департаментке {days} күннен астам жіберілмеген: {count}.</translation>
    </message>
    <message>
        <source>Persons on the stage-1 list</source>
        <extracomment>The figures in the order the Overview, the report and the workbook show them. What each figure is called on the screen and on the command line.</extracomment>
        <translation>1-кезең тізіміндегі адамдар</translation>
    </message>
    <message>
        <source>To be counted (on the list or at the census moment)</source>
        <translation>Санаққа жатады (тізімде немесе санақ сәтінде)</translation>
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
        <source>Self-enumerated online</source>
        <translation>Онлайн санақтан өтті</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартты</translation>
    </message>
    <message>
        <source>Not resident at the census moment</source>
        <translation>Санақ сәтінде тұрмаған</translation>
    </message>
    <message>
        <source>Still to enumerate</source>
        <translation>Санақтан өткізу қалды</translation>
    </message>
    <message>
        <source>Census sheets in draft</source>
        <translation>Жобадағы санақ парақтары</translation>
    </message>
    <message>
        <source>Complete, waiting for double entry</source>
        <translation>Толтырылған, қайта енгізуді күтуде</translation>
    </message>
    <message>
        <source>Certificates to issue</source>
        <translation>Берілуі тиіс анықтамалар</translation>
    </message>
    <message>
        <source>Persons not yet at the Department</source>
        <translation>Департаментке әлі жетпеген адамдар</translation>
    </message>
    <message>
        <source>Tablets and accessories to return</source>
        <translation>Қайтарылуы тиіс планшеттер мен керек-жарақтар</translation>
    </message>
    <message>
        <source>The report is written as .pdf or .xlsx, not “{file}”.</source>
        <extracomment>How the documents name each figure (Russian, Kazakh). The warnings as the documents print them (Russian, Kazakh), with the parameters of their messages.</extracomment>
        <translation>Есеп .pdf немесе .xlsx файлына жазылады, «{file}» емес.</translation>
    </message>
</context>
</TS>
