@echo off
rem Per-machine install or upgrade of zoomdesk, for a GPO computer startup script (runs as SYSTEM)
rem or any deployment tool that runs a command line. Copy it next to the installer on a share the
rem computer accounts can read, set VERSION, and assign it under Computer Configuration > Policies >
rem Windows Settings > Scripts > Startup. Does nothing when this version is already installed.
rem
rem   deploy-zoomdesk.cmd            install/upgrade silently, log to %WINDIR%\Temp\zoomdesk-setup.log
rem   deploy-zoomdesk.cmd /remove    uninstall silently (user settings are kept)
setlocal
set VERSION=0.1.0
set SETUP=%~dp0zoomdesk-%VERSION%-windows-x64-setup.exe
rem The uninstall key Inno Setup writes for zoomdesk's AppId (see zoomdesk.iss).
set KEY=HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\{1830A9FE-28BD-4DC1-884E-285C677B593E}_is1

if /i "%~1"=="/remove" goto remove

set INSTALLED=
for /f "tokens=2,*" %%A in ('reg query "%KEY%" /v DisplayVersion 2^>nul ^| find "DisplayVersion"') do set INSTALLED=%%B
if "%INSTALLED%"=="%VERSION%" exit /b 0
"%SETUP%" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS /MERGETASKS="addtopath" /LOG="%WINDIR%\Temp\zoomdesk-setup.log"
exit /b %ERRORLEVEL%

:remove
set UNINSTALL=
for /f "tokens=2,*" %%A in ('reg query "%KEY%" /v UninstallString 2^>nul ^| find "UninstallString"') do set UNINSTALL=%%B
if not defined UNINSTALL exit /b 0
%UNINSTALL% /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
exit /b %ERRORLEVEL%
