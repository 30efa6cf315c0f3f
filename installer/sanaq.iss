; Inno Setup 6 script of the Windows installer of Sanaq Desktop.
;
; Made by  python -m installer.build --installer  after the bundle (dist\sanaq\), which passes
;   /DAppVersion=<version of pyproject.toml>  /DAppVersionNumbers=<the same as four numbers>
;   /DBundleDir=<the bundle's folder>  /DAppIcon=<the .ico made from resources\icons\sanaq.svg>
; By hand:  ISCC /DAppVersion=0.1.0 /DBundleDir=..\dist\sanaq installer\sanaq.iss
;
; Installs for the current user without administrator rights (into %LOCALAPPDATA%\Programs); a user
; with the rights may choose "for all users" (Program Files).  The uninstaller removes the program's
; folder only: the user's data (%LOCALAPPDATA%\Sanaq\Sanaq Desktop: the database, its key, settings,
; backups, logs) is never among the installed files and stays.

#ifndef AppVersion
  #error The version is passed by installer.build: ISCC /DAppVersion=X.Y.Z (see the first lines)
#endif
#ifndef AppVersionNumbers
  #define AppVersionNumbers "0.0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\sanaq"
#endif
#define AppName "Sanaq Desktop"
#define AppExe "sanaq-desktop.exe"

[Setup]
; One identity for every version: a new installer updates the installed program in place.
AppId={{6A0E5C1B-3F47-4C2D-9E8B-5D1F7A2C9B34}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Sanaq
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductVersion={#AppVersionNumbers}
VersionInfoProductTextVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per user without administrator rights; per machine when the user chooses it and has the rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=sanaq-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=yes
UsePreviousLanguage=no
UninstallDisplayName={#AppName} {#AppVersion}
UninstallDisplayIcon={app}\{#AppExe}
CloseApplications=yes
#ifdef AppIcon
SetupIconFile={#AppIcon}
#endif

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
; Inno Setup has no official Kazakh translation: the English messages with ours over them (Kazakh.isl
; beside this script translates every message of the pages and dialogs this installer shows).
Name: "kk"; MessagesFile: "compiler:Default.isl,Kazakh.isl"

[CustomMessages]
ru.DataKept=Данные программы (база данных, её ключ, настройки, резервные копии) остались в папке:%n%1%n%nУдалите её сами, если они больше не нужны.
kk.DataKept=Бағдарлама деректері (дерекқор, оның кілті, баптаулар, сақтық көшірмелер) мына қалтада қалды:%n%1%n%nҚажет болмаса, оны өзіңіз жойыңыз.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\Sanaq\{#AppName}');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
