; Inno Setup 6 script of the NALS Desktop installer for Windows (x64).
; Per-user install without administrator rights, into %LOCALAPPDATA%\Programs\NALS Desktop; Start-menu entry;
; optional desktop icon; optional `nals` on the user's PATH; uninstaller (Settings > Apps); version info.
; The user's data (%LOCALAPPDATA%\nals-desktop, or NALS_HOME) is not part of the installation: an upgrade keeps
; it and the uninstaller never removes it.
;
; Fed by the PyInstaller one-folder bundle of packaging/nals-desktop.spec (packaging/build-bundle.sh), from the
; checkout's root:
;   iscc /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 packaging\windows\nals-desktop.iss
; (the versions come from `python packaging/version.py` and `--win`; CI passes them). Output:
;   dist\nals-desktop-<version>-windows-x64-setup.exe
; Silent per-user install for IT: nals-desktop-...-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /CURRENTUSER

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z /DAppVersionNumeric=X.Y.Z.0 (see packaging/version.py)
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric "0.0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\pyinstaller\dist\nals-desktop"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\nals-desktop.ico"
#endif
#define AppName "NALS Desktop"
#define AppExe "nals-desktop.exe"

[Setup]
; AppId identifies the installation across versions (upgrades install over it): never change it.
AppId={{6F1C2B0E-8E1D-4C56-9B57-0A3C5E2D7B41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=NALS Desktop developers
AppCopyright=NALS Desktop developers, MIT License
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} installer
VersionInfoProductName={#AppName}
; Per user, no elevation: {autopf} is then %LOCALAPPDATA%\Programs, {autoprograms} the user's Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=nals-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the nals command line to my PATH"; GroupDescription: "Command line:"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no stale libraries of the previous version stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the installation folder; the data folder %LOCALAPPDATA%\nals-desktop belongs to the user and stays.
Type: dirifempty; Name: "{app}"

[Code]
const
  EnvKey = 'Environment';

function PathHasDir(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, EnvKey, 'Path', Path) then
    Path := '';
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') > 0;
end;

procedure AddToUserPath(Dir: string);
var
  Path: string;
begin
  if PathHasDir(Dir) then
    exit;
  if not RegQueryStringValue(HKEY_CURRENT_USER, EnvKey, 'Path', Path) then
    Path := '';
  if (Path <> '') and (Copy(Path, Length(Path), 1) <> ';') then
    Path := Path + ';';
  RegWriteExpandStringValue(HKEY_CURRENT_USER, EnvKey, 'Path', Path + Dir);
end;

procedure RemoveFromUserPath(Dir: string);
var
  Path: string;
  P: Integer;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, EnvKey, 'Path', Path) then
    exit;
  Path := ';' + Path + ';';
  P := Pos(';' + Uppercase(Dir) + ';', Uppercase(Path));
  if P = 0 then
    exit;
  Delete(Path, P, Length(Dir) + 1);
  Path := Copy(Path, 2, Length(Path) - 2);
  RegWriteExpandStringValue(HKEY_CURRENT_USER, EnvKey, 'Path', Path);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('addtopath') then
    AddToUserPath(ExpandConstant('{app}'));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveFromUserPath(ExpandConstant('{app}'));
end;
