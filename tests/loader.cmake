# test_loader writes .zip packs here (a folder of its own, so the library test
# sees only its zips); PhysicsFS cannot create folders portably at run time.
file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/test_loader/lib-zip)
# test_broken_packs writes its pack with a file over the size limit here.
file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/test_broken/too-large)
# Named pipes (FIFOs) are made at run time where packs and their files belong:
# a loader that opens one blocks for ever, so a hang must fail, not stall CI.
set_tests_properties(test_broken_packs test_loader PROPERTIES TIMEOUT 60)
