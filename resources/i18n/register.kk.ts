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
    </context>
</TS>
