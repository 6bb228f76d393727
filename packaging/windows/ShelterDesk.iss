; Inno Setup 6.3+ script: a per-user installer for the one-folder bundle (dist\ShelterDesk\).
;   iscc /DAppVersion=0.1.0 packaging\windows\ShelterDesk.iss
; makes dist\ShelterDesk-<version>-windows-x86_64-setup.exe (the CI workflow .github/workflows/bundle.yml
; does this after building the bundle with packaging/shelterdesk.spec).
;
; Per user: no administrator rights; the program goes to %LOCALAPPDATA%\Programs\ShelterDesk.
; The vault, settings and logs live in %LOCALAPPDATA%\ShelterDesk (shelterdesk/paths.py), a different
; folder that this installer never writes and its uninstaller never deletes.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\ShelterDesk.iss
#endif

[Setup]
AppId={{C63C5FE4-30C0-40E2-BDDF-23402124B9DF}
AppName=ShelterDesk
AppVersion={#AppVersion}
AppPublisher=ShelterDesk
AppComments=Encrypted case register and referral letters for shelters
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\ShelterDesk
DisableDirPage=yes
DefaultGroupName=ShelterDesk
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ShelterDesk-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\ShelterDesk.exe
UninstallDisplayName=ShelterDesk
; A running ShelterDesk holds files in {app}: ask the user to close it rather than replacing files under it.
CloseApplications=yes
RestartApplications=no

[InstallDelete]
; An upgrade replaces the whole program folder, so no library of the old version lingers beside the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\ShelterDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ShelterDesk"; Filename: "{app}\ShelterDesk.exe"; Comment: "Encrypted case register and referral letters"
Name: "{group}\ShelterDesk demo (invented people)"; Filename: "{app}\ShelterDesk.exe"; Parameters: "--demo"
Name: "{group}\Uninstall ShelterDesk"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\ShelterDesk.exe"; Description: "Start ShelterDesk"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: the uninstaller removes only the files it installed ({app}) and the
; Start-menu entries. %LOCALAPPDATA%\ShelterDesk (the vault) is left exactly as it is.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox('ShelterDesk has been removed. The vault was NOT deleted: it stays in ' +
           ExpandConstant('{localappdata}\ShelterDesk') + '. Install ShelterDesk again to open them.',
           mbInformation, MB_OK);
end;
