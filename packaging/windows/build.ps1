<#
.SYNOPSIS
  Build BadgeDesk for Windows: the frozen one-folder app, its smoke test, and the per-user installer.

.DESCRIPTION
  Run from any folder, in Windows PowerShell 5.1 or PowerShell 7, with Python 3.10+ on PATH (or
  -Python) and NSIS 3 installed (makensis on PATH, or in its default folder). No administrator
  rights are needed, to build or to install. Writes build\ at the repository root:
    build\dist\BadgeDesk\            the frozen app (badgedesk.exe windowed, badgedesk-cli.exe console)
    build\BadgeDesk-VERSION-setup.exe the installer
  -InstallTest also installs it silently into a temporary folder, smoke-tests the installed copy,
  and uninstalls it again (keeping no data of the test).

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 -InstallTest
#>
param(
  [string]$Python = "python",
  [switch]$InstallTest
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Build = Join-Path $Root "build"
New-Item -ItemType Directory -Force -Path $Build | Out-Null

function Invoke-Checked {
  param([string]$What, [scriptblock]$Command)
  Write-Host "build.ps1: $What"
  & $Command
  if ($LASTEXITCODE -ne 0) { throw "build.ps1: $What failed (exit code $LASTEXITCODE)" }
}

function Test-Smoke {
  param([string]$Label, [string]$Exe)
  # The console twin prints; the windowed badgedesk.exe would print nowhere.
  $out = & $Exe --smoke-test 2>&1 | Out-String
  $code = $LASTEXITCODE
  $out.Split("`n") | ForEach-Object { if ($_.Trim()) { Write-Host "  [$Label] $($_.TrimEnd())" } }
  if ($code -ne 0) { throw "build.ps1: the $Label smoke test failed (exit code $code)" }
  if ($out -notmatch "keychain: Windows Credential Manager") {
    throw "build.ps1: the $Label smoke test did not use Windows Credential Manager"
  }
}

$watch = [Diagnostics.Stopwatch]::StartNew()
$Venv = Join-Path $Build "venv-win"
$VPy = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $VPy)) { Invoke-Checked "build venv" { & $Python -m venv $Venv } }
Invoke-Checked "pip install badgedesk and PyInstaller" { & $VPy -m pip install -q $Root "pyinstaller>=6.10" }
# This tree, even at an unchanged version number (not editable: the frozen app needs package data).
Invoke-Checked "pip install this tree" { & $VPy -m pip install -q --force-reinstall --no-deps $Root }
$Version = (& $VPy -c "import badgedesk; print(badgedesk.__version__)").Trim()

$Icons = Join-Path $Build "icons"
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked "icons" { & $VPy (Join-Path $Root "packaging\render_icons.py") $Icons | Out-Null }
Remove-Item Env:\QT_QPA_PLATFORM
$env:BADGEDESK_ICON = Join-Path $Icons "badgedesk.ico"

$Dist = Join-Path $Build "dist"
Invoke-Checked "PyInstaller" {
  & $VPy -m PyInstaller --noconfirm --clean --log-level WARN --distpath $Dist `
    --workpath (Join-Path $Build "pyinstaller") (Join-Path $Root "packaging\badgedesk.spec")
}
$Frozen = Join-Path $Dist "BadgeDesk"
$size = (Get-ChildItem $Frozen -Recurse -File | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("build.ps1: frozen folder {0:N0} MB" -f $size)
Test-Smoke "frozen" (Join-Path $Frozen "badgedesk-cli.exe")

$makensis = (Get-Command makensis -ErrorAction SilentlyContinue).Source
if (-not $makensis) {
  foreach ($dir in @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA "Programs"))) {
    if ($dir -and (Test-Path (Join-Path $dir "NSIS\makensis.exe"))) { $makensis = Join-Path $dir "NSIS\makensis.exe" }
  }
}
if (-not $makensis) { throw "build.ps1: makensis not found: install NSIS 3 (nsis.sourceforge.io) or put it on PATH" }
$Setup = Join-Path $Build "BadgeDesk-$Version-setup.exe"
Invoke-Checked "installer" {
  & $makensis -V2 -WX "/DVERSION=$Version" "/DPAYLOAD=$Frozen" "/DOUTFILE=$Setup" `
    "/DICON=$env:BADGEDESK_ICON" (Join-Path $PSScriptRoot "installer.nsi")
}
Write-Host ("build.ps1: {0} ({1:N0} MB)" -f $Setup, ((Get-Item $Setup).Length / 1MB))

if ($InstallTest) {
  $Target = Join-Path ([IO.Path]::GetTempPath()) "BadgeDesk-install-test"
  # /D= must come last and unquoted (NSIS rule).
  $p = Start-Process -FilePath $Setup -ArgumentList "/S", "/D=$Target" -Wait -PassThru
  if ($p.ExitCode -ne 0) { throw "build.ps1: the silent install failed (exit code $($p.ExitCode))" }
  $cmd = (Get-ItemProperty "HKCU:\Software\Classes\Applications\badgedesk.exe\shell\open\command").'(default)'
  if ($cmd -notlike "*$Target*") { throw "build.ps1: 'Open with BadgeDesk' is not registered: $cmd" }
  foreach ($ext in ".xlsx", ".xls", ".ods", ".csv") {
    $progids = Get-ItemProperty "HKCU:\Software\Classes\$ext\OpenWithProgids" -ErrorAction SilentlyContinue
    if (-not $progids -or -not ($progids.PSObject.Properties.Name -contains "BadgeDesk.Spreadsheet")) {
      throw "build.ps1: $ext does not offer BadgeDesk in Open with"
    }
  }
  Test-Smoke "installed" (Join-Path $Target "badgedesk-cli.exe")
  $p = Start-Process -FilePath (Join-Path $Target "uninstall.exe") -ArgumentList "/S", "_?=$Target" -Wait -PassThru
  if ($p.ExitCode -ne 0) { throw "build.ps1: the silent uninstall failed (exit code $($p.ExitCode))" }
  Remove-Item -Recurse -Force $Target -ErrorAction SilentlyContinue
  Write-Host "build.ps1: installed, smoke-tested and uninstalled again"
}
Write-Host ("build.ps1: done in {0:N0} s" -f $watch.Elapsed.TotalSeconds)
