// libFuzzer's driver, called from each harness's entry point (fuzz_<name>_main): SwiftPM links an
// executable with main=<module>_main, so a harness starts libFuzzer itself instead of relying on its main().
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
