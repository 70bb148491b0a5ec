// Nothing to compile: the module only declares libFuzzer's LLVMFuzzerRunDriver (include/FuzzSupport.h).
#include "FuzzSupport.h"
