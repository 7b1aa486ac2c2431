# The certificate as a browser shows it: svara-tool writes the certificate of
# the profile in PROFILES (a completed path, both tests taken) for PACK; the
# page must name nothing outside itself; headless Chromium reads it (its DOM
# must hold the learner's name, every scenario with its grade, every
# principle's skill under its theme and the gain) and prints it to a PDF that
# must be there and not empty, both in one launch of the browser (a Chromium
# that does only one of them a launch gets a second launch for the PDF).
# Without CHROMIUM (the sanitizer builds: the browser is not what they check,
# and the default build opens the same page) the certificate is written and
# checked to name nothing outside itself, and the browser's checks are left out.
#   cmake -DTOOL=svara-tool [-DCHROMIUM=chromium] -DPACK=dir -DPROFILES=dir -DOUT=dir
#         -P certificate_check.cmake
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
set(html ${OUT}/certificate.html)
set(pdf ${OUT}/certificate.pdf)
set(failed FALSE)
macro(check_fail what)
  message(SEND_ERROR "${what}")
  set(failed TRUE)
endmacro()

execute_process(COMMAND ${TOOL} profile certificate "Åsa <Öberg> & Co" --pack ${PACK}
                        --dir ${PROFILES} --out ${html} --at 1796600000
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "svara-tool profile certificate failed (${rc}):\n${out}${err}")
endif()

# self-contained: no address, no file, no script, no style sheet from elsewhere
file(READ ${html} page)
foreach(ref "http:" "https:" "file:" "src=" "href=" "url(" "@import" "<script" "<link"
            "<iframe" "<img")
  string(FIND "${page}" "${ref}" at)
  if(NOT at EQUAL -1)
    check_fail("the certificate refers to something outside itself: '${ref}'")
  endif()
endforeach()

if(NOT CHROMIUM)
  if(failed)
    message(FATAL_ERROR "the certificate is not what it should be: ${html}")
  endif()
  message(STATUS "certificate: ${html}, self-contained (no browser here: the default build opens it)")
  return()
endif()

# Chromium's own profile lives in OUT, so tests never share or keep one. One
# launch dumps the DOM and prints the PDF.
set(chrome ${CHROMIUM} --headless --no-sandbox --disable-gpu --no-first-run
           --user-data-dir=${OUT}/chromium-profile)
execute_process(COMMAND ${chrome} --dump-dom --no-pdf-header-footer --print-to-pdf=${pdf}
                        file://${html}
                RESULT_VARIABLE rc OUTPUT_VARIABLE dom ERROR_VARIABLE chrome_err TIMEOUT 60)
if(NOT rc EQUAL 0 OR dom STREQUAL "")
  message(FATAL_ERROR "chromium --dump-dom failed (${rc}):\n${chrome_err}")
endif()
file(WRITE ${OUT}/dom.html "${dom}")

# what the page shows, as the browser parsed it (its DOM escapes < > & again)
set(want
  "<div class=\"name\" id=\"learner\">Åsa &lt;Öberg&gt; &amp; Co</div>"
  "<div class=\"pack\" id=\"pack\"><b>Assessment pack</b> (assess 1.0.0)</div>"
  "<tr data-scenario=\"first\"><td>1</td><td>First day</td><td class=\"grade\">A (74)</td><td>2026-12-05</td></tr>"
  "<tr data-scenario=\"second\"><td>2</td><td>Second day</td><td class=\"grade\">B (66)</td><td>2026-12-06</td></tr>"
  "<h3>Listen first</h3>" "<h3>Build the answer</h3>" "<h3>Keep the tone</h3>"
  "<h3>Public or private</h3>" "<h3>Be there, every time</h3>"
  "<span class=\"label\">Answer in public first</span>"
  "aria-label=\"100%\"" "<span class=\"level\">37%</span>"
  "<tr id=\"pre\"><td>Test before the course</td><td class=\"value\">45 / 100</td>"
  "<tr id=\"post\"><td>Test after the course</td><td class=\"value\">82 / 100</td>"
  "<tr id=\"gain\"><td>Gain</td><td class=\"value gain\" colspan=\"2\">+37 points</td></tr>")
foreach(w IN LISTS want)
  string(FIND "${dom}" "${w}" at)
  if(at EQUAL -1)
    check_fail("Chromium's DOM lacks: ${w}")
  endif()
endforeach()
# every one of the 25 principles, once
string(REGEX MATCHALL "data-principle=\"[A-Z-]+\"" principles "${dom}")
list(LENGTH principles n)
list(REMOVE_DUPLICATES principles)
list(LENGTH principles distinct)
if(NOT n EQUAL 25 OR NOT distinct EQUAL 25)
  check_fail("the skills show ${n} principles (${distinct} different); expected all 25 once")
endif()

if(NOT EXISTS ${pdf}) # a Chromium that does one thing a launch
  execute_process(COMMAND ${chrome} --no-pdf-header-footer --print-to-pdf=${pdf} file://${html}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE chrome_err TIMEOUT 60)
endif()
if(NOT EXISTS ${pdf})
  message(FATAL_ERROR "chromium --print-to-pdf wrote no PDF (${rc}):\n${chrome_err}")
endif()
file(SIZE ${pdf} size)
file(READ ${pdf} magic LIMIT 5 HEX)
if(size LESS 1000 OR NOT magic STREQUAL "255044462d") # "%PDF-"
  check_fail("the PDF is ${size} bytes and starts with the bytes ${magic}, not %PDF-")
endif()
# A4 with the page's own margins: Chromium writes the size of every page
file(STRINGS ${pdf} boxes REGEX "MediaBox" LIMIT_COUNT 1)
if(NOT boxes MATCHES "MediaBox \\[0 0 59[45](\\.[0-9]+)? 84[12](\\.[0-9]+)?\\]")
  check_fail("the PDF's page is not A4: ${boxes}")
endif()
if(failed)
  message(FATAL_ERROR "the certificate is not what it should be; the DOM is in ${OUT}/dom.html")
endif()
message(STATUS "certificate: ${html}, PDF ${size} bytes")
