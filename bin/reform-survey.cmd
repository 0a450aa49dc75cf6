@echo off
rem reform-survey launcher (Windows): the one way to start the program, by hand or from a scheduled task.
rem
rem   bin\reform-survey.cmd [--inbox=DIR] [--output=DIR] [any setting of the README]
rem
rem Starts the extracted application (app\reform-survey.jar, libraries in app\lib, made by mvnw package)
rem with the JVM options the job is measured with and a class-data-sharing archive (app\reform-survey-win.jsa)
rem of the classes a run loads. The archive only fits the JVM, the folder and the jars it was made
rem with; a stamp beside it records them, and when they differ (first run, a JDK update, a rebuild, the
rem folder moved) this run makes a new archive as it exits. Extra JVM options: REFORM_JAVA_OPTS.
rem JVM: JAVA_HOME, else java.exe on PATH. The exit code is the program's (0, 3, 1, 4: see README).
setlocal EnableExtensions DisableDelayedExpansion

set "APP=%~dp0..\app"
if exist "%APP%\reform-survey.jar" goto :app_found
set "APP=%~dp0..\target\reform-survey\app"
if exist "%APP%\reform-survey.jar" goto :app_found
if not exist "%~dp0..\pom.xml" goto :no_app
echo reform-survey: 初回のためビルドします（mvnw package、数分かかります） 1>&2
pushd "%~dp0.."
call mvnw.cmd -q -B package -DskipTests 1>&2
popd
if not exist "%APP%\reform-survey.jar" goto :no_app
:app_found
for %%A in ("%APP%") do set "APP=%%~fA"

if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (for %%J in (java.exe) do set "JAVA=%%~$PATH:J")
if not defined JAVA goto :no_java
if not exist "%JAVA%" goto :no_java
for %%J in ("%JAVA%") do set "JVMDLL=%%~dpJserver\jvm.dll"
if not exist "%JVMDLL%" set "JVMDLL=%JAVA%"

set "JAR=%APP%\reform-survey.jar"
set "JSA=%APP%\reform-survey-win.jsa"
rem -XX:TieredStopAtLevel=1: a run lasts seconds; on two cores the optimising compiler costs more than it gives.
set "OPTS=-XX:TieredStopAtLevel=1"
rem -XX:+UseParallelGC: G1 copied the reports' data again in every young collection (1,000 workbooks: 55 s, this 45 s).
rem Unless REFORM_JAVA_OPTS chooses a collector: two would stop the JVM.
echo.%REFORM_JAVA_OPTS% | findstr /r /c:"-XX:+Use[A-Za-z]*GC" >nul || set "OPTS=%OPTS% -XX:+UseParallelGC"

rem What the archive depends on: this folder, the JVM build and the application's jars.
for %%F in ("%JVMDLL%") do set "STAMP=%APP%;%%~fF;%%~zF %%~tF"
for %%F in ("%JAR%") do set "STAMP=%STAMP%;%%~zF %%~tF"
set "OLD="
if exist "%JSA%.stamp" set /p OLD=<"%JSA%.stamp"
if not exist "%JSA%" goto :train
if not "%OLD%"=="%STAMP%" goto :train
"%JAVA%" %OPTS% -XX:SharedArchiveFile="%JSA%" %REFORM_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:train
rem This run is the training run: the JVM writes the classes it loaded when it exits.
set "TMP_JSA=%JSA%.%RANDOM%.tmp"
"%JAVA%" %OPTS% -XX:ArchiveClassesAtExit="%TMP_JSA%" -Xlog:cds=off -Xlog:cds+dynamic=off %REFORM_JAVA_OPTS% -jar "%JAR%" %*
set "CODE=%ERRORLEVEL%"
if not exist "%TMP_JSA%" exit /b %CODE%
move /y "%TMP_JSA%" "%JSA%" >nul 2>&1
if exist "%TMP_JSA%" del /q "%TMP_JSA%" >nul 2>&1
if exist "%JSA%" >"%JSA%.stamp" echo %STAMP%
exit /b %CODE%

:no_app
echo reform-survey: %APP%\reform-survey.jar がありません。mvnw package でビルドしてください。 1>&2
exit /b 1

:no_java
echo reform-survey: java.exe が見つかりません（JDK 17 以上を入れるか JAVA_HOME を設定してください）。 1>&2
exit /b 1
