# test_loader writes .zip packs here (a folder of its own, so the library test
# sees only its zips); PhysicsFS cannot create folders portably at run time.
file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/test_loader/lib-zip)
# test_broken_packs writes its pack with a file over the size limit here.
file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/test_broken/too-large)
