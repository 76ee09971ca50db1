; The Windows installer of Clusterverslag, built on Linux or Windows with NSIS 3 (makensis):
;
;   makensis -DVERSION=0.1.0 -DBUNDLE=dist\clusterverslag -DOUTFILE=Clusterverslag-0.1.0-setup.exe installer.nsi
;   (build_spec/windows/make_installer.sh does this; make check-windows tries the result)
;
; For the user alone, without administrator rights: the program goes into
; %LOCALAPPDATA%\Programs\Clusterverslag, a shortcut into the user's Start menu, and an entry
; into "Apps & features" (the user's Uninstall key in HKCU). Its pages speak Dutch or French,
; following the language of Windows (Dutch for any other language). Installing over an earlier
; version replaces the program's files in place. Uninstalling removes the program and leaves
; the user's data folder (%LOCALAPPDATA%\Clusterverslag: the reports and their backups) alone.
; /S installs or uninstalls silently.

; A 64-bit installer for a 64-bit program (Windows 10 and 11 on x86-64).
Target amd64-unicode
ManifestDPIAware true
; -DUNCOMPRESSED: for the test installers only (seconds to build instead of a minute and a half).
!ifdef UNCOMPRESSED
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif
RequestExecutionLevel user

!ifndef VERSION
  !error "VERSION is not defined (-DVERSION=0.1.0)"
!endif
!ifndef BUNDLE
  !error "BUNDLE is not defined (-DBUNDLE=dist\clusterverslag, the one-folder bundle)"
!endif
!ifndef OUTFILE
  !define OUTFILE "Clusterverslag-${VERSION}-setup.exe"
!endif
; VIProductVersion wants four numbers: 0.1.0 -> 0.1.0.0
!ifndef ICON
  !define ICON "..\..\resources\icon.ico"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"
!endif

!define PRODUCT "Clusterverslag"
!define PUBLISHER "Clusterverslag"
!define EXE "clusterverslag.exe"
!define UNINSTALLER "uninstall.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Clusterverslag"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
; An upgrade goes where the previous version is.
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT} ${VERSION} setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "EUPL-1.2"

!include "MUI2.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING

!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UninstallKeepsData)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the one for a Windows in neither language.
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "French"

LangString WelcomeText ${LANG_DUTCH} "Dit installeert ${PRODUCT} ${VERSION} voor u alleen, zonder beheerdersrechten.$\r$\n$\r$\nMet ${PRODUCT} vult u offline het luik cluster van het uniek jaarverslag van het OCMW in, controleert u het en maakt u de PDF om te ondertekenen en het indieningsbestand.$\r$\n$\r$\nEen eerdere versie wordt vervangen; uw verslagen blijven bewaard."
LangString WelcomeText ${LANG_FRENCH} "Ceci installe ${PRODUCT} ${VERSION} pour vous seul, sans droits d'administrateur.$\r$\n$\r$\nAvec ${PRODUCT}, vous remplissez hors ligne le volet cluster du rapport unique du CPAS, vous le vérifiez et vous produisez le PDF à signer et le fichier de soumission.$\r$\n$\r$\nUne version antérieure est remplacée ; vos rapports sont conservés."
LangString UninstallKeepsData ${LANG_DUTCH} "${PRODUCT} wordt van deze computer verwijderd. Uw verslagen en reservekopieën blijven bewaard in:$\r$\n$LOCALAPPDATA\${PRODUCT}"
LangString UninstallKeepsData ${LANG_FRENCH} "${PRODUCT} va être supprimé de cet ordinateur. Vos rapports et copies de sauvegarde sont conservés dans :$\r$\n$LOCALAPPDATA\${PRODUCT}"
LangString ProgramRunning ${LANG_DUTCH} "${PRODUCT} is nog geopend. Sluit ${PRODUCT} en probeer het dan opnieuw."
LangString ProgramRunning ${LANG_FRENCH} "${PRODUCT} est encore ouvert. Fermez ${PRODUCT}, puis réessayez."
LangString ProgramRunningStopped ${LANG_DUTCH} "Gestopt: ${PRODUCT} is nog geopend. Er is niets gewijzigd."
LangString ProgramRunningStopped ${LANG_FRENCH} "Arrêté : ${PRODUCT} est encore ouvert. Rien n'a été modifié."
LangString ShortcutComment ${LANG_DUTCH} "Het luik cluster van het uniek jaarverslag van het OCMW"
LangString ShortcutComment ${LANG_FRENCH} "Le volet cluster du rapport unique du CPAS"

; A running program holds its files: Windows refuses to replace or delete them, and an upgrade
; or uninstall would stop halfway, leaving a program that cannot start. Windows refuses to open
; a running executable for writing, which tells whether the installed one runs (from any
; session of this user). The user closes it and retries, or cancels; with /S nothing is asked
; and the installer or uninstaller stops with exit code 2 before it has changed anything.
!macro CHECK_NOT_RUNNING un
Function ${un}CheckNotRunning
  again:
    IfFileExists "$INSTDIR\${EXE}" 0 free
    ClearErrors
    FileOpen $0 "$INSTDIR\${EXE}" a
    IfErrors running
    FileClose $0
    Goto free
  running:
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(ProgramRunning)" /SD IDCANCEL IDRETRY again
    SetErrorLevel 2
    Abort "$(ProgramRunningStopped)"
  free:
FunctionEnd
!macroend
!insertmacro CHECK_NOT_RUNNING ""
!insertmacro CHECK_NOT_RUNNING "un."

Section "${PRODUCT}" SecProgram
  SectionIn RO
  SetShellVarContext current
  Call CheckNotRunning
  SetOutPath "$INSTDIR"
  ; Upgrade in place: the previous version's files go first, so that none of them is left
  ; beside the new ones. Only the program's own files: the folder may hold nothing else of
  ; the user's, but nothing else is removed either.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"

  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 SW_SHOWNORMAL "" "$(ShortcutComment)"

  ; The size of the files just installed, in KiB, as counted when the installer was built
  ; (FileFunc's GetSize would show an English "Size: ... Files: ... Folders:" on the page).
  SectionGetSize ${SecProgram} $0
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Call un.CheckNotRunning
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  ; Only when empty: whatever else is in the folder stays.
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The data folder ($LOCALAPPDATA\Clusterverslag) and the window's settings stay.
SectionEnd
