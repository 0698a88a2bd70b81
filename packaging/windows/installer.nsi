; BadgeDesk for Windows: a per-user installer that needs no administrator rights.
;
;   makensis /DVERSION=0.1.0 /DPAYLOAD=..\..\build\dist\BadgeDesk /DOUTFILE=BadgeDesk-0.1.0-setup.exe installer.nsi
;
; PAYLOAD is PyInstaller's one-folder app (badgedesk.exe, badgedesk-cli.exe, _internal\).
; ICON (optional) is a .ico. Installs to %LOCALAPPDATA%\Programs\BadgeDesk, writes only under
; HKCU, adds a Start-menu shortcut and "Open with BadgeDesk" for .xlsx, .xls, .ods and .csv
; (offered, never taking over Excel's default). The uninstaller keeps the journal and settings
; unless "Remove my data" is ticked.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\..\build\dist\BadgeDesk"
!endif
!ifndef OUTFILE
  !define OUTFILE "BadgeDesk-${VERSION}-setup.exe"
!endif

!define APP "BadgeDesk"
!define EXE "badgedesk.exe"
!define PROGID "BadgeDesk.Spreadsheet"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\BadgeDesk"
; Where the app keeps its data (platformdirs: %LOCALAPPDATA%\BadgeDesk\BadgeDesk; Qt settings:
; %APPDATA%\BadgeDesk\BadgeDesk.ini). Not under $INSTDIR, so an upgrade never touches it.
!define DATA_DIR "$LOCALAPPDATA\BadgeDesk"
!define SETTINGS_DIR "$APPDATA\BadgeDesk"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
BrandingText "${APP} ${VERSION}"

; -- version information (Explorer › Properties › Details) --------------------------------------
!searchparse /noerrors "${VERSION}" "" V1 "." V2 "." V3
!ifndef V1
  !define V1 0
!endif
!ifndef V2
  !define V2 0
!endif
!ifndef V3
  !define V3 0
!endif
VIProductVersion "${V1}.${V2}.${V3}.0"
VIFileVersion "${V1}.${V2}.${V3}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} ${VERSION} setup (per user, no administrator rights)"
VIAddVersionKey /LANG=1033 "CompanyName" "${APP}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT licence"

; -- pages ------------------------------------------------------------------------------------------
!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APP}"
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!define MUI_PAGE_HEADER_TEXT "Uninstall ${APP}"
!define MUI_PAGE_HEADER_SUBTEXT "Your runs, journal and settings are kept unless you tick the box."
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"

; -- install ----------------------------------------------------------------------------------------
Function .onInit
  SetShellVarContext current
FunctionEnd

Section "${APP}" SecApp
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program, never the data (which lives elsewhere, see DATA_DIR).
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortCut "$SMPROGRAMS\${APP} demo.lnk" "$INSTDIR\${EXE}" "demo" "$INSTDIR\${EXE}" 0 \
    SW_SHOWNORMAL "" "BadgeDesk against its built-in simulators, with a sample cohort"

  ; "Open with BadgeDesk": an application entry and a ProgID offered for each type (HKCU only).
  WriteRegStr HKCU "Software\Classes\Applications\${EXE}" "FriendlyAppName" "${APP}"
  WriteRegStr HKCU "Software\Classes\Applications\${EXE}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "Learner list (${APP})"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "FriendlyTypeName" "Learner list"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open" "FriendlyAppName" "${APP}"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  !macro OPEN_WITH EXT
    WriteRegStr HKCU "Software\Classes\Applications\${EXE}\SupportedTypes" "${EXT}" ""
    WriteRegStr HKCU "Software\Classes\${EXT}\OpenWithProgids" "${PROGID}" ""
  !macroend
  !insertmacro OPEN_WITH ".xlsx"
  !insertmacro OPEN_WITH ".xls"
  !insertmacro OPEN_WITH ".ods"
  !insertmacro OPEN_WITH ".csv"

  ; Settings › Apps lists it, with its size, for this user.
  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"

  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)' ; SHCNE_ASSOCCHANGED
SectionEnd

; -- uninstall --------------------------------------------------------------------------------------
Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "-un.${APP}"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$SMPROGRAMS\${APP} demo.lnk"
  ; Only what the installer put there: $INSTDIR may be a folder the user chose.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\badgedesk.exe"
  Delete "$INSTDIR\badgedesk-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  !macro NOT_OPEN_WITH EXT
    DeleteRegValue HKCU "Software\Classes\${EXT}\OpenWithProgids" "${PROGID}"
    DeleteRegKey /ifempty HKCU "Software\Classes\${EXT}\OpenWithProgids"
  !macroend
  !insertmacro NOT_OPEN_WITH ".xlsx"
  !insertmacro NOT_OPEN_WITH ".xls"
  !insertmacro NOT_OPEN_WITH ".ods"
  !insertmacro NOT_OPEN_WITH ".csv"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "Software\Classes\Applications\${EXE}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

; Unticked by default: the journal is the record of every badge issued.
Section /o "un.Remove my data (journal of runs, settings, logs)" SecUnData
  SetShellVarContext current
  RMDir /r "${DATA_DIR}"
  Delete "${SETTINGS_DIR}\BadgeDesk.ini"
  RMDir "${SETTINGS_DIR}"
  ; Tokens live in Windows Credential Manager under "BadgeDesk"; removing a connection in the
  ; app deletes its token. They are not reachable from here.
SectionEnd
