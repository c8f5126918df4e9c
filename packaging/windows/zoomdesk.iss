; zoomdesk installer for Windows 10/11 x64 (Inno Setup 6.3 or newer).
;
; Built by packaging\windows\build-windows.ps1, which passes everything that changes per build:
;   iscc /DAppVersion=0.1.0 /DVersionNumeric=0.1.0.0 /DSourceDir=<frozen app folder>
;        /DOutputDir=<dist> /DIconFile=<zoomdesk.ico> packaging\windows\zoomdesk.iss
; The version comes from zoomdesk.__version__ (via packaging\version.py) and nowhere else.
;
; Per-user install without admin rights by default (%LOCALAPPDATA%\Programs\zoomdesk); per-machine
; (C:\Program Files\zoomdesk) when run with /ALLUSERS or when the user picks "all users".
; Silent deployment (Intune, SCCM/MECM, a GPO startup script), see docs/packaging.md:
;   setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS /LOG="%TEMP%\zoomdesk-setup.log"
;   unins000.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/REMOVEUSERDATA]

#ifndef AppVersion
  #error Pass /DAppVersion=... (packaging\windows\build-windows.ps1 does)
#endif
#ifndef VersionNumeric
  #error Pass /DVersionNumeric=... (four numbers, packaging\version.py numeric4)
#endif
#ifndef SourceDir
  #error Pass /DSourceDir=... (the PyInstaller output folder holding zoomdesk.exe)
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif

[Setup]
; AppId identifies zoomdesk to Windows for upgrades and uninstall: never change it.
AppId={{1830A9FE-28BD-4DC1-884E-285C677B593E}
AppName=zoomdesk
AppVersion={#AppVersion}
AppVerName=zoomdesk {#AppVersion}
AppPublisher=zoomdesk
VersionInfoVersion={#VersionNumeric}
VersionInfoProductVersion={#VersionNumeric}
VersionInfoDescription=zoomdesk setup
DefaultDirName={autopf}\zoomdesk
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per-user by default, no UAC prompt; /ALLUSERS on the command line or the first wizard page
; switches to a per-machine install (asks for admin rights).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 supports Windows 10 1809 and later.
MinVersion=10.0.17763
OutputDir={#OutputDir}
OutputBaseFilename=zoomdesk-{#AppVersion}-windows-x64-setup
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\zoomdesk.exe
UninstallDisplayName=zoomdesk
Compression=lzma2/ultra64
SolidCompression=yes
LZMAUseSeparateProcess=yes
WizardStyle=modern
; Close a running zoomdesk before replacing its files (Restart Manager); do not restart it.
CloseApplications=yes
RestartApplications=no
; The PATH entry: tell Explorer and new terminals about it without a log-off.
ChangesEnvironment=yes
SetupLogging=yes
#ifdef SIGN
; build-windows.ps1 defines the "zoomdesksign" tool (/S…) when a certificate is configured.
SignTool=zoomdesksign
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the zoomdesk command to PATH (for scripts and terminals)"; GroupDescription: "Command line:"

[InstallDelete]
; An upgrade must not mix the previous version's libraries with the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; No AppUserModelID: a shortcut ID the running app does not also set splits pinned and running
; taskbar buttons. Add it here and in the app together (SetCurrentProcessExplicitAppUserModelID).
Name: "{autoprograms}\zoomdesk"; Filename: "{app}\zoomdesk.exe"; Comment: "Schedule and edit Zoom meetings"
Name: "{autodesktop}\zoomdesk"; Filename: "{app}\zoomdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\zoomdesk.exe"; Description: "{cm:LaunchProgram,zoomdesk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: dirifempty; Name: "{app}"

[Code]
const
  SystemEnvironment = 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';
  UserEnvironment = 'Environment';

{ PATH of the machine for per-machine installs, of the user for per-user installs. }
function EnvRoot: Integer;
begin
  if IsAdminInstallMode then Result := HKEY_LOCAL_MACHINE else Result := HKEY_CURRENT_USER;
end;

function EnvKey: String;
begin
  if IsAdminInstallMode then Result := SystemEnvironment else Result := UserEnvironment;
end;

procedure AddToPath(Dir: String);
var
  Path: String;
begin
  if not RegQueryStringValue(EnvRoot, EnvKey, 'Path', Path) then Path := '';
  if Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') > 0 then Exit;
  if (Path <> '') and (Copy(Path, Length(Path), 1) <> ';') then Path := Path + ';';
  RegWriteExpandStringValue(EnvRoot, EnvKey, 'Path', Path + Dir);
end;

procedure RemoveFromPath(Dir: String);
var
  Path: String;
  P: Integer;
begin
  if not RegQueryStringValue(EnvRoot, EnvKey, 'Path', Path) then Exit;
  Path := ';' + Path + ';';
  P := Pos(';' + Uppercase(Dir) + ';', Uppercase(Path));
  if P = 0 then Exit;
  Delete(Path, P, Length(Dir) + 1);
  RegWriteExpandStringValue(EnvRoot, EnvKey, 'Path', Copy(Path, 2, Length(Path) - 2));
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('addtopath') then
    AddToPath(ExpandConstant('{app}'));
end;

function HasSwitch(Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then Result := True;
end;

{ Before the files go: ask whether to remove the user's settings too (default: keep them, so a
  reinstall finds the profiles again). Silent uninstalls keep them unless /REMOVEUSERDATA is given.
  zoomdesk.com removes the client secrets from Windows Credential Manager first (their names are in
  the settings), then the settings, data and log folders of the user running the uninstaller. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  RemoveData: Boolean;
  ResultCode: Integer;
begin
  if CurUninstallStep <> usUninstall then Exit;
  RemoveFromPath(ExpandConstant('{app}'));
  if UninstallSilent then
    RemoveData := HasSwitch('/REMOVEUSERDATA')
  else
    RemoveData := MsgBox('Also remove your zoomdesk settings?' + #13#10#13#10 +
      'This deletes your connection profiles and the client secrets zoomdesk stored in ' +
      'Windows Credential Manager. Choose No to keep them for a later reinstall.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if not RemoveData then Exit;
  if not Exec(ExpandConstant('{app}\zoomdesk.com'), '--packaging-remove-user-data', '',
              SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
    Log('zoomdesk could not remove all user data (exit code ' + IntToStr(ResultCode) + ')');
  RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\zoomdesk');
end;
