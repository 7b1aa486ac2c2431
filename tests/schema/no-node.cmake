# What a schema test does when CMake found no node: fail, and say how to get it.
message(FATAL_ERROR "node was not found, so the JSON Schemas cannot be checked: run "
                    "tools/setup.sh (it installs Debian's nodejs and npm, then ajv-cli with "
                    "npm ci in tools/node), then configure again")
