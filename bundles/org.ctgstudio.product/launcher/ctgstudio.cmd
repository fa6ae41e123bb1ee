@echo off
rem CTG Studio launcher (Windows): Java 21+ from CTGSTUDIO_JAVA, JAVA_HOME or PATH.
rem French user interface unless CTGSTUDIO_NL names another language (e.g. set CTGSTUDIO_NL=en).
rem ctgstudio validate|new|coverage ... runs the command line (see README); anything else starts the workbench.
setlocal
set "HOME_DIR=%~dp0"
set "JAVA_CMD=java"
if not defined CTGSTUDIO_NL set "CTGSTUDIO_NL=fr_FR"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java"
if defined CTGSTUDIO_JAVA set "JAVA_CMD=%CTGSTUDIO_JAVA%"
for %%J in ("%HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER_JAR=%%~fJ"
if not defined LAUNCHER_JAR (echo CTG Studio: Equinox launcher not found & exit /b 1)
rem A subcommand as first argument (ctgstudio validate ...): the headless command line instead of the workbench.
set "MODE_VM="
set "MODE_ARGS="
set "CONFIGURATION=%HOME_DIR%configuration"
set "FIRST=%~1"
if "%FIRST%"=="-nl" set "FIRST=%~3"
if not defined FIRST goto launch
if "%FIRST%"=="--help" goto headless
if "%FIRST%"=="--version" goto headless
if "%FIRST:~0,1%"=="-" goto launch
:headless
set "MODE_VM=-Djava.awt.headless=true "-Djava.util.logging.config.file=%HOME_DIR%logging.properties""
set "MODE_ARGS=-application org.ctgstudio.cli.application -data @none"
set "CONFIGURATION=%HOME_DIR%configuration\cli"
:launch
"%JAVA_CMD%" %MODE_VM% -Xms256m -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn %CTGSTUDIO_VM_ARGS% -Dosgi.requiredJavaVersion=21 -jar "%LAUNCHER_JAR%" -install "%HOME_DIR%." -configuration "%CONFIGURATION%" -nl %CTGSTUDIO_NL% %MODE_ARGS% %*
