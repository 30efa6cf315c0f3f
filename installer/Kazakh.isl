; Kazakh messages of the Sanaq Desktop installer (Inno Setup 6).
;
; Inno Setup ships no official Kazakh translation.  sanaq.iss loads the English messages first
; (compiler:Default.isl) and this file over them: every message of the pages, buttons and dialogs this
; installer and its uninstaller show is here; a rare error message not listed stays in English.
; The file is saved as UTF-8 with a byte order mark, as Inno Setup 6 reads Unicode message files.

[LangOptions]
LanguageName=Қазақ тілі
LanguageID=$043F
LanguageCodePage=0

[Messages]
; -- titles
SetupAppTitle=Орнату
SetupWindowTitle=Орнату — %1
UninstallAppTitle=Жою
UninstallAppFullTitle=%1 бағдарламасын жою
InformationTitle=Ақпарат
ConfirmTitle=Растау
ErrorTitle=Қате

; -- starting
SetupLdrStartupMessage=%1 орнатылады. Жалғастырасыз ба?
LdrCannotCreateTemp=Уақытша файлды жасау мүмкін болмады. Орнату тоқтатылды
LdrCannotExecTemp=Уақытша қалтадағы файлды іске қосу мүмкін болмады. Орнату тоқтатылды
SetupAlreadyRunning=Орнату бағдарламасы жұмыс істеп тұр.
WindowsVersionNotSupported=Бұл бағдарлама компьютеріңіздегі Windows нұсқасында жұмыс істемейді.
OnlyOnTheseArchitectures=Бұл бағдарламаны тек мына процессор архитектураларына арналған Windows нұсқаларына орнатуға болады:%n%n%1
AdminPrivilegesRequired=Бұл бағдарламаны орнату үшін әкімші құқығымен кіру керек.
PowerUserPrivilegesRequired=Бұл бағдарламаны орнату үшін әкімші немесе «Power Users» тобының мүшесі ретінде кіру керек.
SetupAppRunningError=Орнату бағдарламасы %1 қазір жұмыс істеп тұрғанын анықтады.%n%nОның барлық терезесін жабыңыз да, жалғастыру үшін «OK», шығу үшін «Болдырмау» түймесін басыңыз.
UninstallAppRunningError=Жою бағдарламасы %1 қазір жұмыс істеп тұрғанын анықтады.%n%nОның барлық терезесін жабыңыз да, жалғастыру үшін «OK», шығу үшін «Болдырмау» түймесін басыңыз.

; -- install mode: for me only, or for every user
PrivilegesRequiredOverrideTitle=Орнату тәсілін таңдаңыз
PrivilegesRequiredOverrideInstruction=Орнату тәсілі
PrivilegesRequiredOverrideText1=%1 бағдарламасын компьютердің барлық пайдаланушысына (әкімші құқығы керек) немесе тек өзіңізге орнатуға болады.
PrivilegesRequiredOverrideText2=%1 бағдарламасын тек өзіңізге немесе компьютердің барлық пайдаланушысына (әкімші құқығы керек) орнатуға болады.
PrivilegesRequiredOverrideAllUsers=&Барлық пайдаланушыға орнату
PrivilegesRequiredOverrideAllUsersRecommended=&Барлық пайдаланушыға орнату (ұсынылады)
PrivilegesRequiredOverrideCurrentUser=&Тек өзіме орнату
PrivilegesRequiredOverrideCurrentUserRecommended=&Тек өзіме орнату (ұсынылады)

; -- common dialogs
ErrorInternal2=Ішкі қате: %1
ErrorFunctionFailedNoCode=%1 орындалмады
ErrorFunctionFailed=%1 орындалмады; коды %2
ErrorFunctionFailedWithMessage=%1 орындалмады; коды %2.%n%3
ErrorExecutingProgram=Файлды іске қосу мүмкін болмады:%n%1
ExitSetupTitle=Орнатудан шығу
ExitSetupMessage=Орнату аяқталған жоқ. Қазір шықсаңыз, бағдарлама орнатылмайды.%n%nОрнатуды кейін қайта іске қосып, аяқтай аласыз.%n%nОрнатудан шығасыз ба?
AboutSetupMenuItem=&Орнату бағдарламасы туралы...
AboutSetupTitle=Орнату бағдарламасы туралы
AboutSetupMessage=%1, нұсқасы %2%n%3%n%n%1 сайты:%n%4
AboutSetupNote=
TranslatorNote=Қазақ тіліне аударған: Sanaq Desktop әзірлеушілері

; -- buttons
ButtonBack=< &Артқа
ButtonNext=&Келесі >
ButtonInstall=&Орнату
ButtonOK=OK
ButtonCancel=Болдырмау
ButtonYes=&Иә
ButtonYesToAll=Барлығына и&ә
ButtonNo=&Жоқ
ButtonNoToAll=Барлығына жо&қ
ButtonFinish=&Аяқтау
ButtonBrowse=&Шолу...
ButtonWizardBrowse=Ш&олу...
ButtonNewFolder=&Жаңа қалта жасау

; -- the language of the installer
SelectLanguageTitle=Орнату тілін таңдаңыз
SelectLanguageLabel=Орнату кезінде қолданылатын тілді таңдаңыз.

; -- browsing for a folder
ClickNext=Жалғастыру үшін «Келесі», орнатудан шығу үшін «Болдырмау» түймесін басыңыз.
BeveledLabel=
BrowseDialogTitle=Қалтаны шолу
BrowseDialogLabel=Тізімнен қалтаны таңдап, «OK» түймесін басыңыз.
NewFolderName=Жаңа қалта

; -- welcome
WelcomeLabel1=[name] орнату шеберіне қош келдіңіз
WelcomeLabel2=Компьютеріңізге [name/ver] орнатылады.%n%nЖалғастырмас бұрын басқа бағдарламалардың бәрін жапқан жөн.

; -- destination folder
WizardSelectDir=Орнату қалтасын таңдаңыз
SelectDirDesc=[name] қай жерге орнатылсын?
SelectDirLabel3=[name] мына қалтаға орнатылады.
SelectDirBrowseLabel=Жалғастыру үшін «Келесі» түймесін басыңыз. Басқа қалтаны таңдау үшін «Шолу» түймесін басыңыз.
DiskSpaceGBLabel=Дискіде кемінде [gb] ГБ бос орын керек.
DiskSpaceMBLabel=Дискіде кемінде [mb] МБ бос орын керек.
CannotInstallToNetworkDrive=Желілік дискіге орнату мүмкін емес.
CannotInstallToUNCPath=UNC жолына орнату мүмкін емес.
InvalidPath=Диск әрпі бар толық жолды жазыңыз, мысалы:%n%nC:\APP%n%nнемесе UNC жолын, мысалы:%n%n\\server\share
InvalidDrive=Таңдалған диск немесе UNC ортақ ресурсы жоқ немесе оған қол жеткізу мүмкін емес. Басқасын таңдаңыз.
DiskSpaceWarningTitle=Дискіде орын жеткіліксіз
DiskSpaceWarning=Орнату үшін кемінде %1 КБ бос орын керек, ал таңдалған дискіде тек %2 КБ бар.%n%nСонда да жалғастырасыз ба?
DirNameTooLong=Қалтаның аты немесе жолы тым ұзын.
InvalidDirName=Қалтаның аты дұрыс емес.
BadDirName32=Қалта атында мына таңбалар болмауы керек:%n%n%1
DirExistsTitle=Қалта бар
DirExists=Мына қалта бұрыннан бар:%n%n%1%n%nСонда да осы қалтаға орнатасыз ба?
DirDoesntExistTitle=Қалта жоқ
DirDoesntExist=Мына қалта жоқ:%n%n%1%n%nОны жасау керек пе?

; -- additional tasks
WizardSelectTasks=Қосымша тапсырмаларды таңдаңыз
SelectTasksDesc=Қандай қосымша тапсырмалар орындалсын?
SelectTasksLabel2=[name] орнату кезінде орындалатын қосымша тапсырмаларды таңдап, «Келесі» түймесін басыңыз.

; -- ready
WizardReady=Орнатуға дайын
ReadyLabel1=[name] компьютеріңізге орнатуға дайын.
ReadyLabel2a=Орнатуды бастау үшін «Орнату» түймесін басыңыз; баптауларды қарап шығу немесе өзгерту үшін «Артқа» түймесін басыңыз.
ReadyLabel2b=Орнатуды бастау үшін «Орнату» түймесін басыңыз.
ReadyMemoUserInfo=Пайдаланушы туралы мәлімет:
ReadyMemoDir=Орнату қалтасы:
ReadyMemoType=Орнату түрі:
ReadyMemoComponents=Таңдалған құрамдас бөліктер:
ReadyMemoGroup=«Бастау» мәзіріндегі қалта:
ReadyMemoTasks=Қосымша тапсырмалар:

; -- preparing and installing
WizardPreparing=Орнатуға дайындалу
PreparingDesc=[name] компьютеріңізге орнатуға дайындалуда.
PreviousInstallNotCompleted=Алдыңғы бағдарламаны орнату немесе жою аяқталмаған. Оны аяқтау үшін компьютерді қайта іске қосу керек.%n%nКомпьютерді қайта іске қосқаннан кейін [name] орнатуды қайта бастаңыз.
CannotContinue=Орнатуды жалғастыру мүмкін емес. Шығу үшін «Болдырмау» түймесін басыңыз.
ApplicationsFound=Орнату жаңартатын файлдарды мына бағдарламалар пайдаланып отыр. Оларды орнату бағдарламасы өзі жабуына рұқсат берген жөн.
ApplicationsFound2=Орнату жаңартатын файлдарды мына бағдарламалар пайдаланып отыр. Оларды орнату бағдарламасы өзі жабуына рұқсат берген жөн. Орнату аяқталған соң олар қайта іске қосылады.
CloseApplications=&Бағдарламаларды өзі жапсын
DontCloseApplications=Бағдарламаларды &жаппасын
ErrorCloseApplications=Орнату бағдарламасы барлық бағдарламаны өзі жаба алмады. Жалғастырмас бұрын орнату жаңартатын файлдарды пайдаланып отырған бағдарламалардың бәрін жабыңыз.
WizardInstalling=Орнатылуда
InstallingLabel=[name] компьютеріңізге орнатылып жатыр, күте тұрыңыз.

; -- finished
FinishedHeadingLabel=[name] орнату шебері жұмысын аяқтады
FinishedLabelNoIcons=[name] компьютеріңізге орнатылды.
FinishedLabel=[name] компьютеріңізге орнатылды. Бағдарламаны орнатылған белгішелер арқылы іске қосуға болады.
ClickFinish=Орнатудан шығу үшін «Аяқтау» түймесін басыңыз.
FinishedRestartLabel=[name] орнатуды аяқтау үшін компьютерді қайта іске қосу керек. Қазір қайта іске қосасыз ба?
FinishedRestartMessage=[name] орнатуды аяқтау үшін компьютерді қайта іске қосу керек.%n%nҚазір қайта іске қосасыз ба?
ShowReadmeCheck=Иә, README файлын ашу
YesRadio=&Иә, компьютерді қазір қайта іске қосу
NoRadio=&Жоқ, компьютерді кейін қайта іске қосамын
RunEntryExec=%1 іске қосу
RunEntryShellExec=%1 ашу

; -- status lines while installing
SetupAborted=Орнату аяқталған жоқ.%n%nМәселені түзетіп, орнатуды қайта іске қосыңыз.
AbortRetryIgnoreSelectAction=Әрекетті таңдаңыз
AbortRetryIgnoreRetry=&Қайталау
AbortRetryIgnoreIgnore=Қатеге &назар аудармай, жалғастыру
AbortRetryIgnoreCancel=Орнатуды болдырмау
StatusClosingApplications=Бағдарламалар жабылуда...
StatusCreateDirs=Қалталар жасалуда...
StatusExtractFiles=Файлдар шығарылуда...
StatusCreateIcons=Белгішелер жасалуда...
StatusCreateIniEntries=INI жазбалары жасалуда...
StatusCreateRegistryEntries=Тізілім жазбалары жасалуда...
StatusRegisterFiles=Файлдар тіркелуде...
StatusSavingUninstall=Жою туралы мәлімет сақталуда...
StatusRunProgram=Орнату аяқталуда...
StatusRestartingApplications=Бағдарламалар қайта іске қосылуда...
StatusRollback=Өзгерістер кері қайтарылуда...
ErrorCreatingDir=Орнату бағдарламасы «%1» қалтасын жасай алмады
ErrorTooManyFilesInDir=«%1» қалтасында файл жасау мүмкін болмады: онда файл тым көп
FileAbortRetryIgnoreSkipNotRecommended=Бұл файлды &өткізіп жіберу (ұсынылмайды)
FileAbortRetryIgnoreIgnoreNotRecommended=Қатеге &назар аудармай, жалғастыру (ұсынылмайды)
ErrorReadingExistingDest=Бар файлды оқу кезінде қате шықты:
ErrorCreatingTemp=Орнату қалтасында файл жасау кезінде қате шықты:
ErrorRenamingTemp=Орнату қалтасындағы файлдың атын өзгерту кезінде қате шықты:
ErrorReplacingExistingFile=Бар файлды ауыстыру кезінде қате шықты:
ExistingFileReadOnly2=Бар файл тек оқуға арналғандықтан, оны ауыстыру мүмкін емес.
ExistingFileReadOnlyRetry=«Тек оқу үшін» белгісін алып, &қайталау
ExistingFileReadOnlyKeepExisting=Бар файлды &қалдыру

PrepareToInstallNeedsRestart=Орнату бағдарламасы компьютерді қайта іске қосуы керек. Компьютер қайта іске қосылған соң [name] орнатуды аяқтау үшін орнатуды қайта бастаңыз.%n%nҚазір қайта іске қосасыз ба?

; -- the name in "Programs and Features"
UninstallDisplayNameMark=%1 (%2)
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32 биттік
UninstallDisplayNameMark64Bit=64 биттік
UninstallDisplayNameMarkAllUsers=Барлық пайдаланушы
UninstallDisplayNameMarkCurrentUser=Ағымдағы пайдаланушы

; -- uninstalling
UninstallNotFound=«%1» файлы жоқ. Жою мүмкін емес.
UninstallOpenError=«%1» файлын ашу мүмкін емес. Жою мүмкін емес
UninstallUnsupportedVer=«%1» жою журналының пішімін бұл жою бағдарламасы танымайды. Жою мүмкін емес
UninstallUnknownEntry=Жою журналында белгісіз жазба (%1) бар
ConfirmUninstall=%1 бағдарламасын толық жоюды қалайсыз ба?
UninstallOnlyOnWin64=Бұл бағдарламаны тек 64 биттік Windows жүйесінде жоюға болады.
OnlyAdminCanUninstall=Бұл бағдарламаны тек әкімші құқығы бар пайдаланушы жоя алады.
UninstallStatusLabel=%1 компьютеріңізден жойылып жатыр, күте тұрыңыз.
UninstalledAll=%1 компьютеріңізден жойылды.
UninstalledMost=%1 жою аяқталды.%n%nКейбір элементтерді жою мүмкін болмады. Оларды өзіңіз жоя аласыз.
UninstalledAndNeedsRestart=%1 жоюды аяқтау үшін компьютерді қайта іске қосу керек.%n%nҚазір қайта іске қосасыз ба?
UninstallDataCorrupted=«%1» файлы бүлінген. Жою мүмкін емес
WizardUninstalling=Жою барысы
StatusUninstalling=%1 жойылуда...
ShutdownBlockReasonInstallingApp=%1 орнатылуда.
ShutdownBlockReasonUninstallingApp=%1 жойылуда.

[CustomMessages]
NameAndVersion=%1, нұсқасы %2
AdditionalIcons=Қосымша белгішелер:
CreateDesktopIcon=&Жұмыс үстелінде белгіше жасау
CreateQuickLaunchIcon=&Жылдам іске қосу тақтасында белгіше жасау
ProgramOnTheWeb=%1 интернетте
UninstallProgram=%1 бағдарламасын жою
LaunchProgram=%1 іске қосу
AssocFileExtension=%1 бағдарламасын %2 кеңейтімді файлдармен &байланыстыру
AssocingFileExtension=%1 бағдарламасы %2 кеңейтімді файлдармен байланыстырылуда...
AutoStartProgramGroupDescription=Автоматты іске қосу:
AutoStartProgram=%1 бағдарламасын автоматты түрде іске қосу
AddonHostProgramNotFound=%1 таңдалған қалтада жоқ.%n%nСонда да жалғастырасыз ба?
