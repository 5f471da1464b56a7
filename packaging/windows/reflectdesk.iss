; Inno Setup 6 script: ReflectDesk for one Windows user, installed without administrator
; rights (a GP trainer's managed laptop usually has none).
;
;   iscc /DAppVersion=1.2.3 packaging\windows\reflectdesk.iss
;
; Built by the Windows job of .github/workflows/installers.yml, on GitHub's runner, never
; here: PyInstaller does not cross-compile, so the bundle it packs (dist\ReflectDesk,
; from packaging/build_bundle.py) exists only there. tests/cli/test_packaging_platforms.py
; checks this file's text here (no version typed in it, the data folder the app uses,
; the file association).
;
; The version comes from reflectdesk/__init__.py, the one place it lives: the workflow
; reads it and passes it with /DAppVersion. Nothing here may name a version.
;
; What it does:
; - installs the one-folder bundle into %LOCALAPPDATA%\Programs\ReflectDesk ({autopf} in
;   per-user mode), with a Start menu entry and, if ticked, a desktop icon;
; - registers .rdarchive for this user (HKA = HKCU\Software\Classes in per-user mode), so
;   a double-click runs `ReflectDesk.exe "file"`, which offers to import the archive
;   (or hands it to the ReflectDesk already running);
; - does not touch PATH: the console commands are run by their full path,
;   "%LOCALAPPDATA%\Programs\ReflectDesk\reflectdesk-cli.exe" list (packaging/README.md);
; - uninstalls the program and the association but keeps the user's data (database,
;   backups, log, settings in %LOCALAPPDATA%\ReflectDesk) unless the user says Yes to
;   removing it; a silent uninstall always keeps it.

#ifndef AppVersion
  #error Pass the version from reflectdesk/__init__.py: iscc /DAppVersion=X.Y.Z reflectdesk.iss
#endif
; Where packaging/build_bundle.py put the bundle, relative to this file's folder
; (or pass /DBundleDir=...); the installer lands in OutputDir.
#ifndef BundleDir
  #define BundleDir "..\..\dist\ReflectDesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "ReflectDesk"
#define AppExe "ReflectDesk.exe"
#define CliExe "reflectdesk-cli.exe"
#define ArchiveExtension ".rdarchive"
#define ArchiveProgId "nl.reflectdesk.archive"
; platformdirs' data folder for the app name "ReflectDesk" with no author folder
; (reflectdesk/paths.py: platform_data_dir("win32")), under {localappdata}.
#define DataFolderName "ReflectDesk"

[Setup]
; Fixed for ever: Windows knows an upgrade or the uninstaller by this id.
AppId={{D3575794-BFFB-4A5B-9323-01A0F9C4071E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ReflectDesk
; Per user, no UAC prompt. /CURRENTUSER on the command line says the same; an IT
; department may still install for everyone with /ALLUSERS (then HKA means HKLM).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\icons\reflectdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=ReflectDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; A running ReflectDesk is asked to close before its files are replaced.
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[CustomMessages]
en.ArchiveTypeName=ReflectDesk archive
nl.ArchiveTypeName=ReflectDesk-archief
en.RemoveDataQuestion=ReflectDesk has been removed.%n%nYour groups, sessions, notes and back-ups are still in:%n%1%n%nDo you want to delete them as well? This cannot be undone. Choose No to keep them for a later installation.
nl.RemoveDataQuestion=ReflectDesk is verwijderd.%n%nJe groepen, bijeenkomsten, notities en back-ups staan nog in:%n%1%n%nWil je die ook verwijderen? Dat kan niet ongedaan worden gemaakt. Kies Nee om ze te bewaren voor een latere installatie.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The extension names the ProgID; the ProgID says how to open it. The uninstaller removes
; the ProgID whole (uninsdeletekey) and the extension's values written here.
Root: HKA; Subkey: "Software\Classes\{#ArchiveExtension}"; ValueType: string; ValueName: ""; ValueData: "{#ArchiveProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ArchiveExtension}\OpenWithProgids"; ValueType: string; ValueName: "{#ArchiveProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ArchiveProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ArchiveTypeName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ArchiveProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ArchiveProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#ArchiveExtension}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\{#DataFolderName}');
end;

{ After the program's files are gone: the data stays unless the person asks, and the
  question defaults to No. A silent uninstall (an update, IT's scripts) never asks and
  always keeps it. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent()) and DirExists(DataFolder()) then
  begin
    if MsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [DataFolder()]),
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(DataFolder(), True, True, True);
  end;
end;
