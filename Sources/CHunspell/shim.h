#ifndef REPERE_CHUNSPELL_SHIM_H
#define REPERE_CHUNSPELL_SHIM_H
// libhunspell's C API (Hunspell_create, Hunspell_analyze, Hunspell_free_list…); the
// include path and the library come from pkg-config (`hunspell`).
#include <hunspell.h>
#endif
