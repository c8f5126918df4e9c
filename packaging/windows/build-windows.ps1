<#
.SYNOPSIS
  Build the zoomdesk installer for Windows: dist\zoomdesk-<version>-windows-x64-setup.exe

.DESCRIPTION
  1. a clean build venv with only the runtime dependencies and PyInstaller (pinned)
  2. icons (.ico) and the frozen app from packaging\zoomdesk.spec: zoomdesk.exe (windowed, for the
     Start menu) and zoomdesk.com (console twin: `zoomdesk token` in cmd/PowerShell finds .com first)
  3. optional Authenticode signing of both programs, the installer and its uninstaller
  4. Inno Setup compiles packaging\windows\zoomdesk.iss with the version from zoomdesk.__version__

  Needs Windows 10/11 x64, Python 3.11+ (winget install Python.Python.3.11) and Inno Setup 6.3+
  (winget install JRSoftware.InnoSetup). Run from any folder:
    powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1

  Signing (recommended: unsigned installers get SmartScreen warnings and are blocked by many
  AppLocker/WDAC policies): put the code-signing certificate in the user's certificate store and set
    $env:SIGN_CERT_SHA1 = "<certificate thumbprint>"
    $env:SIGN_TIMESTAMP_URL = "http://timestamp.digicert.com"   # your CA's RFC 3161 server
  signtool.exe (Windows SDK) must be on PATH.
#>
param(
    [string]$Python = "python",
    [string]$DistDir = "dist"
)
Set-StrictMode -Version Latest
$ErrorActionPreference = "Stop"

$Repo = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Repo
$Build = Join-Path $Repo "build"
$Venv = Join-Path $Build "venv-pkg"
$Frozen = Join-Path $Build "frozen-win\zoomdesk"
New-Item -ItemType Directory -Force -Path $Build, $DistDir | Out-Null
$Dist = (Resolve-Path $DistDir).Path

# Native programs do not throw on failure; stop at the first one that fails. (A plain function:
# an advanced one would try to bind "-m", "-c" … as its own parameters.)
function Invoke-Native {
    $Program, $Arguments = $args
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') failed (exit code $LASTEXITCODE)" }
}

Write-Host "==> build venv"
# Always fresh: PyInstaller bundles whatever the venv holds, so it must hold only what we list.
if (Test-Path $Venv) { Remove-Item -Recurse -Force $Venv }
Invoke-Native $Python -m venv $Venv
$Py = Join-Path $Venv "Scripts\python.exe"
Invoke-Native $Py packaging\requirements.py | Set-Content -Encoding ascii (Join-Path $Build "requirements-pkg.txt")
Invoke-Native $Py -m pip install -q --disable-pip-version-check -c packaging\constraints.txt -r (Join-Path $Build "requirements-pkg.txt")
$Version = (Invoke-Native $Py packaging\version.py).Trim()
$VersionNumeric = (Invoke-Native $Py packaging\version.py numeric4).Trim()

Write-Host "==> frozen app (zoomdesk $Version)"
$Icons = Join-Path $Build "icons"
if (Test-Path $Icons) { Remove-Item -Recurse -Force $Icons }
Invoke-Native $Py packaging\make_icons.py $Icons
$env:ZOOMDESK_ICONS = $Icons
Invoke-Native (Join-Path $Venv "Scripts\pyinstaller.exe") --noconfirm --log-level WARN `
    --distpath (Join-Path $Build "frozen-win") --workpath (Join-Path $Build "pyinstaller-win") packaging\zoomdesk.spec
Move-Item -Force (Join-Path $Frozen "zoomdesk-console.exe") (Join-Path $Frozen "zoomdesk.com")
# keyring finds the Credential Manager backend through its package metadata: it must be bundled.
$EntryPoints = Get-ChildItem (Join-Path $Frozen "_internal\keyring-*.dist-info\entry_points.txt")
if (-not (Select-String -Quiet -Pattern "keyring.backends.Windows" -Path $EntryPoints)) {
    throw "keyring's entry points are missing from the bundle"
}

$IsccArgs = @(
    "/DAppVersion=$Version", "/DVersionNumeric=$VersionNumeric", "/DSourceDir=$Frozen",
    "/DOutputDir=$Dist", "/DIconFile=$(Join-Path $Icons 'zoomdesk.ico')"
)
if ($env:SIGN_CERT_SHA1) {
    Write-Host "==> signing zoomdesk.exe and zoomdesk.com"
    $Timestamp = if ($env:SIGN_TIMESTAMP_URL) { $env:SIGN_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
    $Sign = "signtool.exe sign /sha1 $($env:SIGN_CERT_SHA1) /fd sha256 /tr $Timestamp /td sha256"
    Invoke-Native signtool.exe sign /sha1 $env:SIGN_CERT_SHA1 /fd sha256 /tr $Timestamp /td sha256 `
        (Join-Path $Frozen "zoomdesk.exe") (Join-Path $Frozen "zoomdesk.com")
    # Inno Setup signs the installer and the uninstaller it generates with this command.
    $IsccArgs += @("/Szoomdesksign=$Sign `$f", "/DSIGN")
}

Write-Host "==> installer (Inno Setup)"
$Iscc = Get-Command iscc.exe -ErrorAction SilentlyContinue
$IsccPath = if ($Iscc) { $Iscc.Source } else { Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $IsccPath)) { throw "Inno Setup 6 not found: winget install JRSoftware.InnoSetup" }
Invoke-Native $IsccPath /Q @IsccArgs packaging\windows\zoomdesk.iss
$Setup = Join-Path $Dist "zoomdesk-$Version-windows-x64-setup.exe"
Write-Host ("==> {0}: {1:N1} MB" -f $Setup, ((Get-Item $Setup).Length / 1MB))
