#ifndef REPERE_CSTEMMER_SHIM_H
#define REPERE_CSTEMMER_SHIM_H
// Snowball's libstemmer ships no pkg-config file: the modulemap links it by name.
#include <libstemmer.h>
#endif
