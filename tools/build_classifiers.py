"""Write the classifiers of the census sheets under resources/classifiers/ (reproducibly).

    pip install babel pycountry && python -m tools.build_classifiers

* ``countries.csv`` — every country of ISO 3166-1 with its numeric code (pycountry, from the ISO 3166
  tables of Debian's iso-codes) and its names in Russian, Kazakh and English from the Unicode CLDR
  (Babel).  Kazakhstan comes first, then the countries already listed (the neighbours the register
  meets most), then the others by their Russian name.  Names already in the file are kept.
* ``languages.csv`` — the languages of the published 2021 results, ISO 639-3 codes, CLDR names.
* ``nationalities.csv``, ``education_levels.csv``, ``occupations.csv``, ``occupation_groups.csv``,
  ``industries.csv``, ``regions.csv`` — written out below.

The program itself never needs Babel or pycountry: it reads the CSV files.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "classifiers"

# ISO 639-3 code, ISO 639-1 (for CLDR) or None, Russian, Kazakh, English when CLDR lacks the language.
LANGUAGES = [
    ("kaz", "kk", None, None, None),
    ("rus", "ru", None, None, None),
    ("eng", "en", None, None, None),
    ("uzb", "uz", None, None, None),
    ("uig", "ug", None, None, None),
    ("tat", "tt", None, None, None),
    ("aze", "az", None, None, None),
    ("tur", "tr", None, None, None),
    ("deu", "de", None, None, None),
    ("ukr", "uk", None, None, None),
    ("dng", None, "дунганский", "дүңген тілі", "Dungan"),
    ("kor", "ko", None, None, None),
    ("tgk", "tg", None, None, None),
    ("bel", "be", None, None, None),
    ("kur", "ku", None, None, None),
    ("che", "ce", None, None, None),
    ("kir", "ky", None, None, None),
    ("pol", "pl", None, None, None),
    ("tuk", "tk", None, None, None),
    ("hye", "hy", None, None, None),
    ("kat", "ka", None, None, None),
    ("bak", "ba", None, None, None),
    ("chv", "cv", None, None, None),
    ("ell", "el", None, None, None),
    ("lez", None, "лезгинский", "лезгин тілі", "Lezgian"),
    ("ava", "av", None, None, None),
    ("mon", "mn", None, None, None),
    ("zho", "zh", None, None, None),
    ("ara", "ar", None, None, None),
    ("fra", "fr", None, None, None),
    ("spa", "es", None, None, None),
    ("ita", "it", None, None, None),
    ("fas", "fa", None, None, None),
    ("heb", "he", None, None, None),
    ("jpn", "ja", None, None, None),
    ("hin", "hi", None, None, None),
    ("sgn", None, "жестовый язык", "ымдау тілі", "Sign language"),
    ("999", None, "другой язык", "басқа тіл", "Other language"),
]

# Code, Russian, Kazakh, English.  Codes are this program's own until the official classifier of
# nationalities is issued; "998" is "not stated", "999" "other".
NATIONALITIES = [
    ("001", "казах", "қазақ", "Kazakh"),
    ("002", "русский", "орыс", "Russian"),
    ("003", "узбек", "өзбек", "Uzbek"),
    ("004", "украинец", "украин", "Ukrainian"),
    ("005", "уйгур", "ұйғыр", "Uighur"),
    ("006", "татарин", "татар", "Tatar"),
    ("007", "немец", "неміс", "German"),
    ("008", "кореец", "корей", "Korean"),
    ("009", "турок", "түрік", "Turk"),
    ("010", "азербайджанец", "әзірбайжан", "Azerbaijani"),
    ("011", "белорус", "беларусь", "Belarusian"),
    ("012", "дунганин", "дүңген", "Dungan"),
    ("013", "курд", "күрд", "Kurd"),
    ("014", "таджик", "тәжік", "Tajik"),
    ("015", "поляк", "поляк", "Pole"),
    ("016", "чеченец", "шешен", "Chechen"),
    ("017", "кыргыз", "қырғыз", "Kyrgyz"),
    ("018", "башкир", "башқұрт", "Bashkir"),
    ("019", "армянин", "армян", "Armenian"),
    ("020", "молдаванин", "молдаван", "Moldovan"),
    ("021", "ингуш", "ингуш", "Ingush"),
    ("022", "мордвин", "мордва", "Mordvin"),
    ("023", "грек", "грек", "Greek"),
    ("024", "туркмен", "түрікмен", "Turkmen"),
    ("025", "чуваш", "чуваш", "Chuvash"),
    ("026", "лезгин", "лезгин", "Lezgin"),
    ("027", "грузин", "грузин", "Georgian"),
    ("028", "болгарин", "болгар", "Bulgarian"),
    ("029", "удмурт", "удмурт", "Udmurt"),
    ("030", "мариец", "мари", "Mari"),
    ("031", "литовец", "литван", "Lithuanian"),
    ("032", "латыш", "латыш", "Latvian"),
    ("033", "эстонец", "эстон", "Estonian"),
    ("034", "еврей", "еврей", "Jew"),
    ("035", "аварец", "авар", "Avar"),
    ("036", "даргинец", "даргин", "Dargin"),
    ("037", "карачаевец", "қарашай", "Karachay"),
    ("038", "балкарец", "балқар", "Balkar"),
    ("039", "ногаец", "ноғай", "Nogai"),
    ("040", "кумык", "құмық", "Kumyk"),
    ("041", "осетин", "осетин", "Ossetian"),
    ("042", "персиянин", "парсы", "Persian"),
    ("043", "монгол", "моңғол", "Mongol"),
    ("044", "китаец", "қытай", "Chinese"),
    ("045", "каракалпак", "қарақалпақ", "Karakalpak"),
    ("046", "цыган", "сыған", "Roma"),
    ("047", "ассириец", "ассириялық", "Assyrian"),
    ("048", "хакас", "хакас", "Khakas"),
    ("049", "алтаец", "алтай", "Altai"),
    ("050", "якут", "якут", "Yakut"),
    ("051", "калмык", "қалмақ", "Kalmyk"),
    ("052", "крымский татарин", "қырым татары", "Crimean Tatar"),
    ("053", "кабардинец", "кабардин", "Kabardian"),
    ("054", "афганец", "ауған", "Afghan"),
    ("055", "араб", "араб", "Arab"),
    ("056", "француз", "француз", "French"),
    ("058", "индиец", "үнді", "Indian"),
    ("060", "японец", "жапон", "Japanese"),
    # 061 on: the other groups of the 2021 results.  Those the Bureau named in its release on the smallest
    # groups (November 2023) come with the Kazakh names of its Kazakh release; the Kazakh names of the others
    # are the standard Kazakh ethnonyms (see the README of the classifiers).
    ("061", "гагауз", "гагауз", "Gagauz"),
    ("062", "лакец", "лак", "Lak"),
    ("063", "табасаранец", "табасаран", "Tabasaran"),
    ("064", "агул", "агул", "Agul"),
    ("065", "рутулец", "рутул", "Rutul"),
    ("066", "цахур", "цахур", "Tsakhur"),
    ("067", "коми", "коми", "Komi"),
    ("068", "коми-пермяк", "коми-пермяк", "Komi-Permyak"),
    ("069", "карел", "карел", "Karelian"),
    ("070", "финн", "фин", "Finn"),
    ("071", "вепс", "вепс", "Veps"),
    ("072", "ижорец", "ижор", "Izhorian"),
    ("073", "лив", "лив", "Livonian"),
    ("074", "саам", "саам", "Sami"),
    ("075", "венгр", "венгр", "Hungarian"),
    ("076", "румын", "румын", "Romanian"),
    ("077", "чех", "чех", "Czech"),
    ("078", "словак", "словак", "Slovak"),
    ("079", "серб", "серб", "Serb"),
    ("080", "хорват", "хорват", "Croat"),
    ("081", "абхаз", "абхаз", "Abkhaz"),
    ("082", "адыгеец", "адыгей", "Adyghe"),
    ("083", "черкес", "черкес", "Circassian"),
    ("084", "абазин", "абазин", "Abazin"),
    ("085", "тат", "тат", "Tat"),
    ("086", "талыш", "талыш", "Talysh"),
    ("087", "горский еврей", "тау еврейі", "Mountain Jew"),
    ("088", "езид", "езид", "Yazidi"),
    ("089", "бурят", "бурят", "Buryat"),
    ("090", "тувинец", "тува", "Tuvan"),
    ("091", "шорец", "шор", "Shor"),
    ("092", "эвенк", "эвенк", "Evenk"),
    ("093", "эвен", "эвен", "Even"),
    ("094", "ненец", "ненец", "Nenets"),
    ("095", "ханты", "ханты", "Khanty"),
    ("096", "манси", "мансы", "Mansi"),
    ("097", "долган", "долган", "Dolgan"),
    ("098", "нганасан", "нганасан", "Nganasan"),
    ("099", "селькуп", "селькуп", "Selkup"),
    ("100", "кет", "кет", "Ket"),
    ("101", "нанаец", "нанай", "Nanai"),
    ("102", "ульта (орок)", "ульта", "Uilta (Orok)"),
    ("103", "ороч", "ороч", "Oroch"),
    ("104", "удэгеец", "удэгей", "Udege"),
    ("105", "нивх", "нивх", "Nivkh"),
    ("106", "чукча", "чукча", "Chukchi"),
    ("107", "коряк", "коряк", "Koryak"),
    ("108", "чуванец", "чуван", "Chuvan"),
    ("109", "караим", "қараим", "Karaite"),
    ("110", "крымчак", "қырымшақ", "Krymchak"),
    ("111", "датчанин", "даниялық", "Dane"),
    ("112", "вьетнамец", "вьетнам", "Vietnamese"),
    ("113", "испанец", "испан", "Spaniard"),
    ("114", "итальянец", "итальян", "Italian"),
    ("115", "англичанин", "ағылшын", "English"),
    ("116", "нидерландец", "нидерланд", "Dutch"),
    ("117", "бесермянин", "бесермян", "Besermyan"),
    ("118", "юкагир", "юкагир", "Yukaghir"),
    ("119", "эскимос", "эскимос", "Eskimo (Yupik)"),
    ("120", "алеут", "алеут", "Aleut"),
    ("121", "ительмен", "ительмен", "Itelmen"),
    ("122", "негидалец", "негидал", "Negidal"),
    ("123", "ульч", "ульч", "Ulch"),
    ("124", "телеут", "телеут", "Teleut"),
    ("125", "кумандинец", "куманды", "Kumandin"),
    ("126", "тофалар", "тофалар", "Tofalar"),
    ("999", "другая национальность", "басқа ұлт", "Other nationality"),
    ("998", "не указана", "көрсетілмеген", "Not stated"),
]

# The levels of ISCED 2011 as the Kazakh system of education names them.
EDUCATION = [
    ("0", "нет начального образования", "бастауыш білімі жоқ", "No primary education"),
    ("1", "начальное", "бастауыш", "Primary"),
    ("2", "основное среднее", "негізгі орта", "Lower secondary"),
    ("3", "общее среднее", "жалпы орта", "Upper secondary"),
    (
        "4",
        "техническое и профессиональное (среднее специальное)",
        "техникалық және кәсіптік (орта арнаулы)",
        "Technical and vocational",
    ),
    ("5", "послесреднее", "орта білімнен кейінгі", "Post-secondary"),
    ("6", "высшее (бакалавриат)", "жоғары (бакалавриат)", "Higher (bachelor's)"),
    # ISCED 2011 puts a long first degree (five years or more, the "specialist" diploma) at level 7.
    (
        "7",
        "высшее (специалитет) или послевузовское (магистратура)",
        "жоғары (мамандық) немесе жоғары оқу орнынан кейінгі (магистратура)",
        "Specialist (long first degree) or master's",
    ),
    ("8", "докторантура (PhD)", "докторантура (PhD)", "Doctoral (PhD)"),
]

# The major groups of ISCO-08 (International Standard Classification of Occupations).
OCCUPATIONS = [
    ("1", "Руководители", "Басшылар", "Managers"),
    ("2", "Специалисты-профессионалы", "Кәсіби мамандар", "Professionals"),
    ("3", "Специалисты-техники и иной вспомогательный профессиональный персонал",
     "Техник-мамандар және өзге де көмекші кәсіби персонал", "Technicians and associate professionals"),
    ("4", "Служащие, занятые подготовкой и оформлением документации, учетом и обслуживанием",
     "Құжаттаманы дайындаумен, есепке алумен және қызмет көрсетумен айналысатын қызметшілер",
     "Clerical support workers"),
    ("5", "Работники сферы обслуживания и торговли", "Қызмет көрсету және сауда саласының қызметкерлері",
     "Service and sales workers"),
    ("6", "Квалифицированные работники сельского, лесного и рыбного хозяйства",
     "Ауыл, орман және балық шаруашылығының білікті қызметкерлері",
     "Skilled agricultural, forestry and fishery workers"),
    ("7", "Квалифицированные рабочие промышленности и строительства, ремесленники",
     "Өнеркәсіп пен құрылыстың білікті жұмысшылары, қолөнершілер", "Craft and related trades workers"),
    ("8", "Операторы и сборщики оборудования и машин", "Жабдықтар мен машиналардың операторлары мен құрастырушылары",
     "Plant and machine operators, and assemblers"),
    ("9", "Неквалифицированные рабочие", "Біліктілігі жоқ жұмысшылар", "Elementary occupations"),
    ("0", "Военнослужащие", "Әскери қызметшілер", "Armed forces occupations"),
]


# The sub-major groups (two digits) of ISCO-08, the level the reconstructed sheet codes occupation at.  The
# major groups above stay for sheets completed on the form's earlier versions.
OCCUPATION_GROUPS = [
    ("11", "Руководители высшего звена, законодатели и высшие должностные лица",
     "Жоғары буын басшылары, заң шығарушылар және жоғары лауазымды тұлғалар",
     "Chief executives, senior officials and legislators"),
    ("12", "Руководители в области административной и коммерческой деятельности",
     "Әкімшілік және коммерциялық қызмет саласындағы басшылар", "Administrative and commercial managers"),
    ("13", "Руководители производственных подразделений и специализированных служб",
     "Өндірістік бөлімшелер мен мамандандырылған қызметтердің басшылары",
     "Production and specialised services managers"),
    ("14", "Руководители в сфере гостиничного бизнеса, торговли и других услуг",
     "Қонақ үй бизнесі, сауда және басқа да қызметтер саласындағы басшылар",
     "Hospitality, retail and other services managers"),
    ("21", "Специалисты в области науки и техники", "Ғылым және техника саласындағы мамандар",
     "Science and engineering professionals"),
    ("22", "Специалисты в области здравоохранения", "Денсаулық сақтау саласындағы мамандар", "Health professionals"),
    ("23", "Специалисты в области образования", "Білім беру саласындағы мамандар", "Teaching professionals"),
    ("24", "Специалисты в сфере бизнеса и администрирования", "Бизнес және әкімшілік басқару саласындағы мамандар",
     "Business and administration professionals"),
    ("25", "Специалисты по информационно-коммуникационным технологиям",
     "Ақпараттық-коммуникациялық технологиялар жөніндегі мамандар",
     "Information and communications technology professionals"),
    ("26", "Специалисты в области права, гуманитарных наук и культуры",
     "Құқық, гуманитарлық ғылымдар және мәдениет саласындағы мамандар", "Legal, social and cultural professionals"),
    ("31", "Специалисты-техники в области науки и техники", "Ғылым және техника саласындағы техник-мамандар",
     "Science and engineering associate professionals"),
    ("32", "Средний медицинский персонал", "Орта медициналық персонал", "Health associate professionals"),
    ("33", "Средний профессиональный персонал в сфере бизнеса и администрирования",
     "Бизнес және әкімшілік басқару саласындағы орта кәсіби персонал",
     "Business and administration associate professionals"),
    ("34", "Средний профессиональный персонал в области права, социальной работы, культуры и родственных занятий",
     "Құқық, әлеуметтік жұмыс, мәдениет және ұқсас салалардағы орта кәсіби персонал",
     "Legal, social, cultural and related associate professionals"),
    ("35", "Специалисты-техники в области информационно-коммуникационных технологий",
     "Ақпараттық-коммуникациялық технологиялар саласындағы техник-мамандар",
     "Information and communications technicians"),
    ("41", "Служащие общего профиля и операторы офисной техники",
     "Жалпы бейіндегі қызметшілер және кеңсе техникасының операторлары", "General and keyboard clerks"),
    ("42", "Служащие, работающие с клиентами", "Клиенттермен жұмыс істейтін қызметшілер", "Customer services clerks"),
    ("43", "Служащие, занятые учётом числовой информации и материальных ценностей",
     "Сандық ақпаратты және материалдық құндылықтарды есепке алатын қызметшілер",
     "Numerical and material recording clerks"),
    ("44", "Другие офисные служащие", "Басқа да кеңсе қызметшілері", "Other clerical support workers"),
    ("51", "Работники сферы индивидуальных услуг", "Жеке қызмет көрсету саласының қызметкерлері",
     "Personal service workers"),
    ("52", "Продавцы", "Сатушылар", "Sales workers"),
    ("53", "Работники, оказывающие услуги по индивидуальному уходу", "Жеке күтім көрсететін қызметкерлер",
     "Personal care workers"),
    ("54", "Работники служб охраны граждан и собственности",
     "Азаматтар мен меншікті қорғау қызметтерінің қызметкерлері",
     "Protective services workers"),
    ("61", "Квалифицированные работники сельского хозяйства, производящие продукцию для рынка",
     "Нарық үшін өнім өндіретін ауыл шаруашылығының білікті қызметкерлері",
     "Market-oriented skilled agricultural workers"),
    ("62", "Квалифицированные работники лесного и рыбного хозяйства и охоты, производящие продукцию для рынка",
     "Нарық үшін өнім өндіретін орман, балық шаруашылығы мен аңшылықтың білікті қызметкерлері",
     "Market-oriented skilled forestry, fishery and hunting workers"),
    ("63", "Фермеры, рыбаки, охотники и собиратели, работающие на собственное потребление",
     "Өз тұтынуы үшін жұмыс істейтін фермерлер, балықшылар, аңшылар мен жинаушылар",
     "Subsistence farmers, fishers, hunters and gatherers"),
    ("71", "Рабочие строительства и родственных занятий, кроме электриков",
     "Құрылыс және ұқсас кәсіптердің жұмысшылары (электриктерден басқа)",
     "Building and related trades workers, excluding electricians"),
    ("72", "Рабочие металлообработки, машиностроения и родственных занятий",
     "Металл өңдеу, машина жасау және ұқсас кәсіптердің жұмысшылары",
     "Metal, machinery and related trades workers"),
    ("73", "Рабочие ремесленного и полиграфического производства", "Қолөнер және полиграфия өндірісінің жұмысшылары",
     "Handicraft and printing workers"),
    ("74", "Рабочие в области электротехники и электроники", "Электротехника және электроника саласының жұмысшылары",
     "Electrical and electronic trades workers"),
    ("75", "Рабочие пищевой, деревообрабатывающей, швейной и других отраслей, ремесленники",
     "Тамақ, ағаш өңдеу, тігін және басқа да салалардың жұмысшылары, қолөнершілер",
     "Food processing, wood working, garment and other craft and related trades workers"),
    ("81", "Операторы стационарных установок и машин", "Стационарлық қондырғылар мен машиналардың операторлары",
     "Stationary plant and machine operators"),
    ("82", "Сборщики", "Құрастырушылар", "Assemblers"),
    ("83", "Водители и операторы подвижного оборудования", "Жүргізушілер және жылжымалы жабдық операторлары",
     "Drivers and mobile plant operators"),
    ("91", "Уборщики и помощники", "Тазалаушылар мен көмекшілер", "Cleaners and helpers"),
    ("92", "Неквалифицированные работники сельского, лесного и рыбного хозяйства",
     "Ауыл, орман және балық шаруашылығының біліктілігі жоқ жұмысшылары",
     "Agricultural, forestry and fishery labourers"),
    ("93", "Неквалифицированные рабочие горнодобывающей и обрабатывающей промышленности, строительства и транспорта",
     "Тау-кен өндіру мен өңдеу өнеркәсібінің, құрылыстың және көліктің біліктілігі жоқ жұмысшылары",
     "Labourers in mining, construction, manufacturing and transport"),
    ("94", "Помощники по приготовлению пищи", "Тамақ дайындау жөніндегі көмекшілер", "Food preparation assistants"),
    ("95", "Уличные торговцы и работники уличных услуг",
     "Көшеде сауда жасаушылар және көше қызметтерінің қызметкерлері",
     "Street and related sales and service workers"),
    ("96", "Сборщики отходов и другие неквалифицированные работники",
     "Қалдық жинаушылар және басқа да біліктілігі жоқ жұмысшылар", "Refuse workers and other elementary workers"),
    ("01", "Офицеры вооружённых сил", "Қарулы күштердің офицерлері", "Commissioned armed forces officers"),
    ("02", "Сержанты и старшины вооружённых сил", "Қарулы күштердің сержанттары мен старшиналары",
     "Non-commissioned armed forces officers"),
    ("03", "Военнослужащие рядового состава", "Қатардағы әскери қызметшілер", "Armed forces occupations, other ranks"),
]

# The sections (A–U) of the General classifier of kinds of economic activity (ОКЭД / ЭҚЖЖ), the
# Kazakhstan edition of NACE Rev. 2: the industry of the employed.
INDUSTRY_SECTIONS = [
    ("A", "Сельское, лесное и рыбное хозяйство", "Ауыл, орман және балық шаруашылығы",
     "Agriculture, forestry and fishing"),
    ("B", "Горнодобывающая промышленность и разработка карьеров", "Тау-кен өндіру өнеркәсібі және карьерлерді қазу",
     "Mining and quarrying"),
    ("C", "Обрабатывающая промышленность", "Өңдеу өнеркәсібі", "Manufacturing"),
    ("D", "Электроснабжение, подача газа, пара и воздушное кондиционирование",
     "Электрмен жабдықтау, газ, бу беру және ауа баптау", "Electricity, gas, steam and air conditioning supply"),
    ("E", "Водоснабжение; водоотведение, сбор и утилизация отходов, деятельность по ликвидации загрязнений",
     "Сумен жабдықтау; су бұру, қалдықтарды жинау және кәдеге жарату, ластануды жою жөніндегі қызмет",
     "Water supply; sewerage, waste management and remediation activities"),
    ("F", "Строительство", "Құрылыс", "Construction"),
    ("G", "Оптовая и розничная торговля; ремонт автомобилей и мотоциклов",
     "Көтерме және бөлшек сауда; автомобильдер мен мотоциклдерді жөндеу",
     "Wholesale and retail trade; repair of motor vehicles and motorcycles"),
    ("H", "Транспорт и складирование", "Көлік және қоймалау", "Transportation and storage"),
    ("I", "Предоставление услуг по проживанию и питанию", "Тұру және тамақтану бойынша қызметтер көрсету",
     "Accommodation and food service activities"),
    ("J", "Информация и связь", "Ақпарат және байланыс", "Information and communication"),
    ("K", "Финансовая и страховая деятельность", "Қаржы және сақтандыру қызметі", "Financial and insurance activities"),
    ("L", "Операции с недвижимым имуществом", "Жылжымайтын мүлікпен операциялар", "Real estate activities"),
    ("M", "Профессиональная, научная и техническая деятельность", "Кәсіби, ғылыми және техникалық қызмет",
     "Professional, scientific and technical activities"),
    ("N", "Деятельность в области административного и вспомогательного обслуживания",
     "Әкімшілік және қосалқы қызмет көрсету саласындағы қызмет", "Administrative and support service activities"),
    ("O", "Государственное управление и оборона; обязательное социальное обеспечение",
     "Мемлекеттік басқару және қорғаныс; міндетті әлеуметтік қамсыздандыру",
     "Public administration and defence; compulsory social security"),
    ("P", "Образование", "Білім беру", "Education"),
    ("Q", "Здравоохранение и социальное обслуживание населения",
     "Денсаулық сақтау және халыққа әлеуметтік қызмет көрсету",
     "Human health and social work activities"),
    ("R", "Искусство, развлечения и отдых", "Өнер, ойын-сауық және демалыс", "Arts, entertainment and recreation"),
    ("S", "Предоставление прочих видов услуг", "Басқа да қызмет түрлерін ұсыну", "Other service activities"),
    ("T", "Деятельность домашних хозяйств как работодателей; производство товаров и услуг домашними хозяйствами "
     "для собственного потребления",
     "Үй шаруашылықтарының жұмыс беруші ретіндегі қызметі; үй шаруашылықтарының өз тұтынуы үшін тауарлар мен "
     "қызметтер өндіруі",
     "Activities of households as employers; goods- and services-producing activities of households for own use"),
    ("U", "Деятельность экстерриториальных организаций и органов", "Экстерриториялық ұйымдар мен органдардың қызметі",
     "Activities of extraterritorial organisations and bodies"),
]

# The regions (oblystar) and the cities of republican significance at the census moment, 1 September 2021:
# fourteen regions and three cities (Abai, Zhetisu and Ulytau regions were formed only in June 2022).
# Codes: the two-digit region prefixes of KATO, to be checked against the official KATO file.
REGIONS = [
    ("11", "Акмолинская область", "Ақмола облысы", "Akmola Region"),
    ("15", "Актюбинская область", "Ақтөбе облысы", "Aktobe Region"),
    ("19", "Алматинская область", "Алматы облысы", "Almaty Region"),
    ("23", "Атырауская область", "Атырау облысы", "Atyrau Region"),
    ("27", "Западно-Казахстанская область", "Батыс Қазақстан облысы", "West Kazakhstan Region"),
    ("31", "Жамбылская область", "Жамбыл облысы", "Zhambyl Region"),
    ("35", "Карагандинская область", "Қарағанды облысы", "Karaganda Region"),
    ("39", "Костанайская область", "Қостанай облысы", "Kostanay Region"),
    ("43", "Кызылординская область", "Қызылорда облысы", "Kyzylorda Region"),
    ("47", "Мангистауская область", "Маңғыстау облысы", "Mangystau Region"),
    ("55", "Павлодарская область", "Павлодар облысы", "Pavlodar Region"),
    ("59", "Северо-Казахстанская область", "Солтүстік Қазақстан облысы", "North Kazakhstan Region"),
    ("61", "Туркестанская область", "Түркістан облысы", "Turkistan Region"),
    ("63", "Восточно-Казахстанская область", "Шығыс Қазақстан облысы", "East Kazakhstan Region"),
    ("71", "город Нур-Султан", "Нұр-Сұлтан қаласы", "Nur-Sultan city"),
    ("75", "город Алматы", "Алматы қаласы", "Almaty city"),
    ("79", "город Шымкент", "Шымкент қаласы", "Shymkent city"),
]


def write(name: str, rows: list[tuple[str, str, str, str]]) -> None:
    with (OUT / name).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["code", "name_ru", "name_kk", "name_en"])
        writer.writerows(rows)
    print(f"{name}: {len(rows)}")


def countries() -> list[tuple[str, str, str, str]]:
    import pycountry
    from babel import Locale

    ru, kk, en = (Locale(code).territories for code in ("ru", "kk", "en"))
    existing: dict[str, tuple[str, str, str, str]] = {}
    path = OUT / "countries.csv"
    if path.exists():
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                existing[row["code"]] = (row["code"], row["name_ru"], row["name_kk"], row.get("name_en") or "")
    made: dict[str, tuple[str, str, str, str]] = {}
    for country in pycountry.countries:
        alpha = country.alpha_2
        made[country.numeric] = (country.numeric, ru.get(alpha, country.name), kk.get(alpha, country.name),
                                 en.get(alpha, country.name))
    first = ["398", *[code for code in existing if code != "398"]]
    rows = [existing.get(code) or made[code] for code in first if code in made or code in existing]
    rest = sorted((made[c] for c in made if c not in first), key=lambda r: r[1])
    return rows + rest


def languages() -> list[tuple[str, str, str, str]]:
    from babel import Locale

    names = {code: Locale(code).languages for code in ("ru", "kk", "en")}
    rows = []
    for code, short, name_ru, name_kk, name_en in LANGUAGES:
        if short is not None:
            name_ru = names["ru"][short]
            name_kk = names["kk"].get(short, names["ru"][short])
            name_en = names["en"][short]
        rows.append((code, name_ru, name_kk, name_en))
    return rows


def main() -> int:
    write("countries.csv", countries())
    write("languages.csv", languages())
    write("nationalities.csv", NATIONALITIES)
    write("education_levels.csv", EDUCATION)
    write("occupations.csv", OCCUPATIONS)
    write("regions.csv", REGIONS)
    write("occupation_groups.csv", OCCUPATION_GROUPS)
    write("industries.csv", INDUSTRY_SECTIONS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
