#ifndef COMMUNIQUE_CDEFLATE_SHIM_H
#define COMMUNIQUE_CDEFLATE_SHIM_H
/* libdeflate: whole-buffer DEFLATE compression and CRC-32 (https://github.com/ebiggers/libdeflate). */
#include <libdeflate.h>
#endif
