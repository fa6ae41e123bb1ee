@echo off
rem CTG Studio launcher (Windows): Java 21+ from CTGSTUDIO_JAVA, JAVA_HOME or PATH.
rem French user interface unless CTGSTUDIO_NL names another language (e.g. set CTGSTUDIO_NL=en).
setlocal
set "HOME_DIR=%~dp0"
set "JAVA_CMD=java"
if not defined CTGSTUDIO_NL set "CTGSTUDIO_NL=fr_FR"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java"
if defined CTGSTUDIO_JAVA set "JAVA_CMD=%CTGSTUDIO_JAVA%"
for %%J in ("%HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER_JAR=%%~fJ"
if not defined LAUNCHER_JAR (echo CTG Studio: Equinox launcher not found & exit /b 1)
"%JAVA_CMD%" -Xms256m -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn %CTGSTUDIO_VM_ARGS% -Dosgi.requiredJavaVersion=21 -jar "%LAUNCHER_JAR%" -install "%HOME_DIR%." -configuration "%HOME_DIR%configuration" -nl %CTGSTUDIO_NL% %*
